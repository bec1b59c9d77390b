// The playground: a page goes in (sample, file or pasted HTML), Lector's wasm
// engine reads it, and two script-less frames show the reader view and the
// original page with what Lector kept marked.
//
// Safety: the page under study is only ever parsed with DOMParser (an inert
// document: no scripts run, nothing loads) and shown through `srcdoc` in
// frames sandboxed without `allow-scripts`, which also inherit this page's
// CSP. It is never inserted into this document.
import init, { explain, extract, version } from "../dist/wasm/web/lector.js";

const $ = (id) => document.getElementById(id);
const READER_CSS = new URL("../extension/reader.css", import.meta.url).href;
const OUTLINE_CSS = new URL("outline.css", import.meta.url).href;

function status(text, error = false) {
  $("status").textContent = text;
  $("status").classList.toggle("error", error);
}

// ---- getting the page ----

/** Decodes a saved page the way a browser would pick its charset: BOM, then
 * a <meta> declaration near the top, then UTF-8 if valid, else windows-1252. */
function decode(bytes) {
  const b = new Uint8Array(bytes);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder("utf-8").decode(b);
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) {
    return new TextDecoder(b[0] === 0xfe ? "utf-16be" : "utf-16le").decode(b);
  }
  const head = new TextDecoder("windows-1252").decode(b.subarray(0, 1024));
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
  try {
    if (label) return new TextDecoder(label).decode(b);
  } catch {
    // An unknown label: fall through to the guesses below.
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return new TextDecoder("windows-1252").decode(b);
  }
}

/** The page's own address if it states one: links then resolve as on the
 * real site rather than against this playground. */
function statedUrl(doc) {
  const found =
    doc.querySelector('link[rel~="canonical"]')?.getAttribute("href") ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content");
  try {
    return found ? new URL(found).href : null;
  } catch {
    return null;
  }
}

// ---- reading it ----

let last = null; // the last page read, to read again with another address

function read(html, name, fallbackUrl) {
  last = { html, name, fallbackUrl };
  // DOMParser gives an inert document: scripts don't run, images don't load,
  // so onerror/onload handlers never fire. (Chromium still checks the page's
  // inline handlers and styles against our CSP while parsing, and logs that
  // it refused them: expected console noise, nothing ran.)
  const doc = new DOMParser().parseFromString(html, "text/html");
  const url = $("url").value.trim() || statedUrl(doc) || fallbackUrl || undefined;
  const start = performance.now();
  let article = extract(doc, { url });
  let forced = false;
  if (!article) {
    // Show the best attempt rather than nothing: this is a place to look
    // at how Lector judges pages.
    article = extract(doc, { url, force: true });
    forced = true;
  }
  const ms = performance.now() - start;
  if (!article) {
    $("result").hidden = true;
    status(`Lector found no text at all in ${name}.`, true);
    return;
  }
  // Why each block is in or out, read before the marks below change `doc`.
  // (Where no article is found, explain covers the best attempt shown.)
  const explanation = explain(doc, { url });
  showReader(article);
  showMeta(article);
  showKept(doc, article, explanation);
  $("result").hidden = false;
  status(
    (forced ? `${name} does not look like an article; this is Lector's best attempt. ` : `Read ${name}: `) +
      `${article.wordCount} words, ${article.readingTimeMinutes} min read, extracted in ${ms.toFixed(1)} ms.`,
  );
}

// ---- the reader view ----

/** The reader page as a string for `srcdoc`, in the structure reader.css
 * expects. Built as a DOM and serialized, so article strings are text, never
 * markup, except `content`, which the engine builds from an allowlist. */
function readerPage(article) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html data-theme="auto"><head><meta charset="utf-8"><link rel="stylesheet">
     </head><body class="lector"><main class="lector-page"><div id="article"><header class="lector-header">
     <p class="lector-site"></p><h1 class="lector-title"></h1><p class="lector-byline"></p>
     <p class="lector-meta"><time></time><span class="reading-time"></span></p></header>
     <article class="content"></article></div></main></body></html>`,
    "text/html",
  );
  const q = (s) => doc.querySelector(s);
  q("link").href = READER_CSS;
  doc.title = article.title ?? "Untitled";
  const view = q("#article");
  if (article.lang) view.lang = article.lang;
  view.dir = ["rtl", "ltr"].includes(article.dir) ? article.dir : "auto";
  const set = (s, text) => (text ? (q(s).textContent = text) : q(s).remove());
  set(".lector-site", article.siteName);
  set(".lector-title", article.title || "Untitled");
  set(".lector-byline", article.byline);
  if (article.publishedTime) {
    q("time").dateTime = article.publishedTime;
    const date = new Date(article.publishedTime);
    q("time").textContent = Number.isNaN(date.getTime()) ? article.publishedTime : date.toLocaleDateString(article.lang || undefined, { dateStyle: "long" });
  } else q("time").remove();
  const dot = article.publishedTime ? " · " : "";
  set(".reading-time", article.readingTimeMinutes ? `${dot}${article.readingTimeMinutes} min read` : "");

  // A second line of defence behind the engine's allowlist (as the
  // extension's reader does): nothing that could script or restyle.
  const body = new DOMParser().parseFromString(`<body>${article.content}`, "text/html").body;
  body.querySelectorAll("script, style, link, meta, base, object, embed, iframe, frame, form").forEach((n) => n.remove());
  const first = body.firstElementChild;
  // A leading heading that repeats the title shown above it.
  if (first && /^H[12]$/.test(first.tagName) && first.textContent.trim() === (article.title ?? "").trim()) first.remove();
  q("article").append(...body.childNodes);
  return "<!doctype html>\n" + doc.documentElement.outerHTML;
}

function showReader(article) {
  $("reader").srcdoc = readerPage(article);
}

function showMeta(article) {
  // The long fields would bury the metadata; their sizes stand in for them.
  const { content, textContent, ...meta } = article;
  meta.content = `(${content.length} characters of HTML)`;
  meta.textContent = textContent.length > 200 ? textContent.slice(0, 200) + "…" : textContent;
  $("meta").textContent = JSON.stringify(meta, null, 2);
}

// ---- what Lector kept ----

// Elements that flow inside a block: their text belongs to the block around
// them, which is the unit marked kept or removed.
const INLINE = new Set(
  "a abbr b bdi bdo br cite code data del dfn em font i ins kbd label mark q s samp small span strong sub sup time u var wbr".split(" "),
);
const SKIP = "script, style, template, noscript, head";
// Whitespace collapsed as the engine does it (Unicode White_Space), so the
// texts compare equal to the engine's.
const squash = (text) => text.replace(/\p{White_Space}+/gu, " ").replace(/^ | $/g, "");

// The elements that start a block in the engine's `explain` (src/explain.rs,
// `is_block_tag`); the text of any other element, a `<button>`, `<option>`
// or MathML's `<mi>`, belongs to the block around it there.
const ENGINE_BLOCKS = new Set(
  "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption caption td th div section article aside header footer nav main form figure address summary details ul ol table tr body".split(" "),
);
// Where the engine reads no text, so lists no text block.
const ENGINE_SKIP = "script, style, template, noscript, svg";
const isInline = (element) => INLINE.has(element.localName);
const isEngineBlock = (element) => ENGINE_BLOCKS.has(element.localName);

/** Each block that holds text directly, with that text (squashed). A block
 * is the nearest element around the text that is not `inline`; text under
 * `skip` is left out. Text nodes of white space alone count too: they are
 * what separates the words of `<b>READ MORE</b>&nbsp; <a>...</a>`. */
function textBlocks(root, skip = SKIP, inline = isInline) {
  const blocks = new Map();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(skip)) continue;
    let block = node.parentElement;
    while (block && block !== root && inline(block)) block = block.parentElement;
    if (block) blocks.set(block, (blocks.get(block) ?? "") + node.data);
  }
  for (const [block, text] of blocks) {
    const squashed = squash(text);
    if (squashed) blocks.set(block, squashed);
    else blocks.delete(block);
  }
  return blocks;
}

const imageSources = (img, base) =>
  ["src", "data-src", "data-lazy-src", "data-original"]
    .map((name) => img.getAttribute(name))
    .filter(Boolean)
    .map((src) => {
      try {
        return new URL(src, base).href;
      } catch {
        return src;
      }
    });

// Texts this long are taken not to match by chance.
const LONG = 30;

/**
 * The engine's verdict on a source block, from `explain`'s blocks: a lookup
 * `(isImage, text) => Block | null` to call in document order.
 *
 * `explain` lists the blocks of the engine's own tree (text blocks by their
 * own text, images by their alt text) in document order; it does not say
 * which source elements they are. So the n-th source block with a given
 * text takes the n-th explained block with that text. A source block the
 * engine cut otherwise (it starts a block of its own where a rule removed
 * part of one) takes the next unused explained block, after the last one
 * matched, whose text holds it or that it holds, if the shorter of the two
 * is long enough not to match by chance.
 */
function verdicts(explanation) {
  const key = (isImage, text) => (isImage ? "img\u0000" : "text\u0000") + text;
  const blocks = explanation.blocks;
  const byKey = new Map();
  blocks.forEach((block, index) => {
    const k = key(block.tag === "img", block.text);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(index);
  });
  const used = new Set();
  let next = 0; // just after the last explained block matched
  const take = (index) => {
    used.add(index);
    next = Math.max(next, index + 1);
    return blocks[index];
  };
  return (isImage, text) => {
    const same = byKey.get(key(isImage, text)) ?? [];
    while (same.length && used.has(same[0])) same.shift();
    if (same.length) return take(same.shift());
    if (isImage || text.length < LONG) return null;
    // A bounded look ahead: a page of thousands of blocks stays linear.
    for (let i = next; i < Math.min(blocks.length, next + 200); i++) {
      const other = blocks[i];
      if (used.has(i) || other.tag === "img" || Math.min(other.text.length, text.length) < LONG) continue;
      if (other.text.includes(text) || text.includes(other.text)) return take(i);
    }
    return null;
  };
}

/**
 * Marks each text block and image of the source `doc` as kept or removed,
 * with the rule that removed it: `data-lector="kept|removed"`, and, where
 * the block is found in `explain`'s list, `data-lector-rule` (the rule's
 * name, or "kept") and a `title` for the hover ("removed: promo", "kept").
 *
 * A block `explain` does not list falls back to matching the article's
 * text: it is kept when its text is one of the article's blocks, or, for
 * blocks long enough not to match by chance, appears anywhere in the
 * article's text. Images fall back to matching by address.
 */
function markKept(doc, article, explanation) {
  const out = new DOMParser().parseFromString(`<body>${article.content}`, "text/html");
  const whole = squash(article.textContent);
  const own = new Set(textBlocks(out.body).values());
  const base = article.url ?? doc.URL;
  const images = new Set([...out.querySelectorAll("img")].flatMap((img) => imageSources(img, base)));
  // The engine's verdicts, matched to the page's elements as the engine
  // cuts the page into blocks; each marked block takes the verdict of the
  // engine's block its text is part of: itself, or the nearest around it.
  const judged = verdicts(explanation);
  const engineVerdicts = new Map();
  for (const [element, text] of textBlocks(doc.body, ENGINE_SKIP, (e) => !isEngineBlock(e))) {
    const block = judged(false, text);
    if (block) engineVerdicts.set(element, block);
  }
  const verdictOf = (element) => {
    if (element.closest(ENGINE_SKIP)) return null;
    let unit = element;
    while (unit && !isEngineBlock(unit)) unit = unit.parentElement;
    return engineVerdicts.get(unit) ?? null;
  };
  const counts = { kept: 0, removed: 0, explained: 0 };
  const mark = (element, block, guess) => {
    const kept = block ? block.kept : guess;
    element.setAttribute("data-lector", kept ? "kept" : "removed");
    counts[kept ? "kept" : "removed"] += 1;
    if (block) {
      const rule = kept ? "kept" : block.rule ?? "removed";
      element.setAttribute("data-lector-rule", rule);
      element.setAttribute("title", kept ? "kept" : `removed: ${rule}`);
      counts.explained += 1;
    } else {
      // The attribute, not the property: SVG elements have no `title` property.
      element.setAttribute("title", kept ? "kept (matched by text)" : "removed (rule not identified)");
    }
  };
  for (const [block, text] of textBlocks(doc.body)) {
    mark(block, verdictOf(block), own.has(text) || (text.length >= LONG && whole.includes(text)));
  }
  for (const img of doc.body.querySelectorAll("img")) {
    const alt = squash(img.getAttribute("alt") ?? "") || "(image)";
    // (The engine lists images under `<noscript>` too, as "empty".)
    mark(img, judged(true, alt), imageSources(img, base).some((src) => images.has(src)));
  }
  return counts;
}

/** The original page as a string for `srcdoc`: its markup, marked, minus
 * anything active or styled from elsewhere (the frame's CSP would block
 * those anyway; removing them keeps the console quiet) and minus image
 * addresses: relative ones would resolve against this playground, remote
 * ones are blocked, and the alt text marks the spot just as well. */
function originalPage(doc) {
  doc.querySelectorAll("script, style, link, meta, base, iframe, frame, frameset, object, embed").forEach((n) => n.remove());
  for (const element of doc.querySelectorAll("*")) {
    for (const { name } of [...element.attributes]) {
      if (name === "style" || name.startsWith("on") || name === "src" || name === "srcset" || name === "poster") {
        element.removeAttribute(name);
      }
    }
  }
  const link = doc.createElement("link");
  link.rel = "stylesheet";
  link.href = OUTLINE_CSS;
  doc.head.append(link);
  return "<!doctype html>\n" + doc.documentElement.outerHTML;
}

function showKept(doc, article, explanation) {
  const { kept, removed, explained } = markKept(doc, article, explanation);
  $("counts").textContent = `${kept} blocks and images kept, ${removed} removed`;
  $("counts").title = `${explained} of ${kept + removed} matched to the engine's explanation; hover a block for its rule`;
  $("container").textContent = explanation.container ? `Article container: ${explanation.container}` : "";
  $("original").srcdoc = originalPage(doc);
}

// ---- controls ----

$("show-kept").addEventListener("change", (event) => {
  const on = event.target.checked;
  $("original").hidden = !on;
  $("legend").hidden = !on;
  $("reader").hidden = on;
});

function guarded(task) {
  return (...args) =>
    Promise.resolve()
      .then(() => task(...args))
      .catch((error) => status(`Lector failed: ${error.message}`, true));
}

$("sample").addEventListener(
  "change",
  guarded(async (event) => {
    const file = event.target.value;
    if (!file) return;
    status(`Loading ${file}…`);
    const address = new URL(`../samples/${encodeURIComponent(file)}`, import.meta.url).href;
    const response = await fetch(address);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    read(decode(await response.arrayBuffer()), file, address);
  }),
);

$("file").addEventListener(
  "change",
  guarded(async (event) => {
    const file = event.target.files[0];
    if (file) read(decode(await file.arrayBuffer()), file.name);
  }),
);

$("source").addEventListener(
  "submit",
  guarded((event) => {
    event.preventDefault();
    if ($("html").value.trim()) read($("html").value, "the pasted HTML");
    else if (last) read(last.html, last.name, last.fallbackUrl); // Enter in the address field
    else status("Paste some HTML first.", true);
  }),
);

// A new address changes links and images: read the same page again.
$("url").addEventListener(
  "change",
  guarded(() => last && read(last.html, last.name, last.fallbackUrl)),
);

guarded(async () => {
  await init();
  const list = await (await fetch(new URL("../samples/index.json", import.meta.url))).json();
  for (const { file, title } of list) $("sample").add(new Option(title, file));
  status(`Lector ${version()} is ready: choose a sample, open a saved page or paste HTML.`);
  document.documentElement.dataset.ready = "true";
})();
