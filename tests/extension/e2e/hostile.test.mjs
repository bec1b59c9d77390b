// Hostile pages and faults, end to end in Chromium with the extension:
// script-injection vectors in every part of an article page, a page that
// keeps removing the reader, navigation while it is open, a panic in the
// engine. Nothing may run, nothing may be left behind, the next click works.
import assert from "node:assert/strict";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import * as h from "./harness.mjs";

const LIMIT = { timeout: 120_000 };

// ---- pages made up by the server ----

const VECTORS_FILE = resolve(h.REPO, "../shared/corpus/xss/vectors.json");
const vectors = existsSync(VECTORS_FILE) ? JSON.parse(readFileSync(VECTORS_FILE, "utf8")) : [];
if (!vectors.length) console.warn(`\n*** SKIPPING the script-injection pages: ${VECTORS_FILE} not found ***\n`);
const PER_PAGE = 10;
const xssPages = Array.from({ length: Math.ceil(vectors.length / PER_PAGE) }, (_, k) => vectors.slice(k * PER_PAGE, (k + 1) * PER_PAGE));

const PROSE =
  "The council voted on Tuesday to fund the library, the bridge repairs and a study of the river, " +
  "after a debate that ran late into the evening.";
const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** A news article with each vector in the title, metadata, JSON-LD, byline,
 * body text, image attributes, caption, link and quote. The JSON-LD is not
 * escaped: a vector that closes the script element is part of the test. */
function xssPage(batch) {
  const all = batch.map((v) => v.payload).join(" ");
  const json = JSON.stringify(all);
  const body = batch
    .map(
      ({ payload }) => `<p>${PROSE}</p><p>${payload}</p><p>${PROSE} ${payload} ${PROSE}</p>
<figure><img src="${attr(payload)}" alt="${attr(payload)}" srcset="${attr(payload)}"><figcaption>${payload}</figcaption></figure>
<p><a href="${attr(payload)}" title="${attr(payload)}">${payload}</a> ${PROSE}</p><blockquote cite="${attr(payload)}">${payload}</blockquote>`,
    )
    .join("\n");
  return `<!doctype html><html><head><title>${all} | Daily News</title>
<meta property="og:title" content="${attr(all)}"><meta name="author" content="${attr(all)}">
<meta property="og:image" content="${attr(all)}"><meta name="description" content="${attr(all)}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":${json},"author":{"name":${json}},"image":${json}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${batch[0].payload}</h1>
<p class="byline">By ${batch[0].payload}</p>${body}</article><footer>Daily News, all rights reserved</footer></body></html>`;
}

const STORY = (title, words) => `<h1>${title}</h1>${Array.from({ length: 6 }, (_, i) => `<p>${words} ${i + 1}. ${PROSE}</p>`).join("")}`;

// A page that keeps taking Lector's element out as soon as it appears.
const REMOVER = `<!doctype html><html><head><title>A page that removes the reader</title></head><body>
<article>${STORY("A page that removes the reader", "Paragraph")}</article>
<script>
  window.removals = 0;
  new MutationObserver(() => {
    for (const el of document.querySelectorAll("lector-reader")) { el.remove(); window.removals++; }
  }).observe(document.documentElement, { childList: true, subtree: true });
</script></body></html>`;

// A page that moves to another story without loading (history.pushState).
const SPA = `<!doctype html><html><head><title>First story</title></head><body>
<article id="story">${STORY("First story", "First story paragraph")}</article>
<script>
  window.nextStory = () => {
    document.getElementById("story").innerHTML = ${JSON.stringify(STORY("Second story", "Second story paragraph"))};
    document.title = "Second story";
    history.pushState({}, "", location.pathname + "?story=2");
  };
</script></body></html>`;

function pages(pathname) {
  const xss = pathname.match(/^\/xss\/(\d+)\.html$/);
  if (xss && xssPages[Number(xss[1])]) return xssPage(xssPages[Number(xss[1])]);
  if (pathname === "/made/remover.html") return REMOVER;
  if (pathname === "/made/spa.html") return SPA;
  return null;
}

// ---- watching a tab ----

/** Everything the reader frame and the page could do that they must not:
 * dialogs (alert and friends, from any frame), CSP violations the reader
 * reports, and requests from the reader frame. */
function watch(browser, page) {
  const seen = { dialogs: [], blocked: [], requests: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (message.text().startsWith("Lector reader blocked")) seen.blocked.push(message.text());
  });
  page.on("request", (request) => {
    const frame = request.frame();
    if (frame.url().startsWith(h.readerUrl(browser))) seen.requests.push([request.resourceType(), request.url()]);
  });
  return seen;
}

/** The reader frame may fetch its own files and the article's images. */
function unexpectedRequests(browser, requests) {
  const own = `chrome-extension://${browser.extensionId}/`;
  return requests.filter(([type, url]) => !url.startsWith(own) && type !== "image");
}

/** What in the reader's article DOM could run or load active content. */
function activeContent(frame) {
  return frame.evaluate(() => {
    const found = [];
    const root = document.getElementById("article");
    for (const el of root.querySelectorAll("*")) {
      const tag = el.localName;
      // MathML is shown (formulas are content); its elements are checked
      // like the rest, by their attributes.
      if (/^(script|style|link|meta|base|iframe|frame|object|embed|form|input|button|svg|template|video|audio|annotation-xml|maction)$/.test(tag)) found.push(`<${tag}>`);
      for (const { name, value } of el.attributes) {
        if (name.startsWith("on") || name === "style" || name === "srcdoc" || name === "formaction") found.push(`${name} on <${tag}>`);
        if (/^(href|src|srcset|cite|poster|action|xlink:href)$/.test(name)) {
          for (const url of name === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0]) : [value]) {
            const v = url.trim().toLowerCase();
            // `#ref-…` is a place in the article (a footnote): no load, no script.
            const safe = v.startsWith("http:") || v.startsWith("https:") || v.startsWith("mailto:") || (name === "href" && v.startsWith("#ref-")) || (tag === "img" && v.startsWith("data:image/") && !v.startsWith("data:image/svg"));
            if (!safe) found.push(`${name}=${JSON.stringify(url.slice(0, 60))} on <${tag}>`);
          }
        }
      }
    }
    return found;
  });
}

// ---- the tests ----

let server;
let browser;
before(async () => {
  server = await h.startServer({ pages });
  browser = await h.launch();
});
afterEach(() => browser?.closeTabs());
after(async () => {
  await browser?.close();
  browser?.removeProfile();
  await server?.close();
});

const visit = (path) => h.visit(browser, server, path);

describe(`script-injection vectors (${vectors.length}, ${PER_PAGE} per page)`, () => {
  xssPages.forEach((batch, k) => {
    it(`vectors ${batch[0].id}–${batch.at(-1).id}: nothing runs, the reader fetches only images`, LIMIT, async () => {
      // `noscript`: the page's own copies of the vectors can't run, so any
      // dialog is Lector's doing. `strict`: the same under a CSP that
      // forbids everything. Either way no wasm runs in the page: the content
      // script encodes the page and the background extracts.
      for (const csp of ["noscript", "strict"]) {
        const page = await visit(`/xss/${k}.html?csp=${csp}`);
        const seen = watch(browser, page);
        await page.evaluate(() => {
          window.lectorTrap = 0;
          for (const name of ["alert", "confirm", "prompt", "print", "open"]) window[name] = () => window.lectorTrap++;
        });
        const before = await h.pageSnapshot(page);
        const frame = await h.openReader(browser, page);
        const state = await h.readerState(frame);
        assert.ok(state.article, `${csp}: the article is shown (status: ${state.status}, empty: ${state.empty})`);
        assert.ok(state.text.includes("late into the evening"), `${csp}: the article's text`);
        // Lazy images and anything timed get a moment to misbehave.
        await frame.evaluate(() => document.scrollingElement.scrollTo(0, document.scrollingElement.scrollHeight));
        await page.waitForTimeout(300);
        assert.deepEqual(await activeContent(frame), [], `${csp}: active content in the reader`);
        await browser.click(page);
        await h.waitClosed(page);
        h.assertSameHtml((await h.pageSnapshot(page)).html, before.html);
        assert.equal(await page.evaluate(() => window.lectorTrap), 0, `${csp}: the trap was called`);
        assert.deepEqual(seen.dialogs, [], `${csp}: dialogs`);
        assert.deepEqual(seen.blocked, [], `${csp}: CSP violations in the reader`);
        assert.deepEqual(unexpectedRequests(browser, seen.requests), [], `${csp}: requests from the reader`);
        await page.close();
      }
    });
  });
});

describe("the reader page's own policy", () => {
  it("allows no inline and no remote script", () => {
    const manifest = JSON.parse(readFileSync(join(h.EXTENSION, "manifest.json"), "utf8"));
    const policy = manifest.content_security_policy.extension_pages;
    const scriptSrc = policy.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "script-src");
    assert.ok(scriptSrc, `script-src in ${policy}`);
    assert.deepEqual(scriptSrc.slice(1).sort(), ["'self'", "'wasm-unsafe-eval'"]);
    const html = readFileSync(join(h.EXTENSION, "reader/reader.html"), "utf8");
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, "inline script in reader.html");
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, "event handler attribute in reader.html");
  });
});

describe("the page stays intact", () => {
  it("reading never mutates the page and leaves no globals in its world", LIMIT, async () => {
    for (const path of ["/samples/kenya-news.html", "/fixtures/article.html?csp=strict", "/fixtures/no-article.html"]) {
      const page = await visit(path);
      // visit() scrolled the page; its scroll event (which the sample page
      // answers by moving a progress bar) comes with the next frames.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.waitForTimeout(100);
      const globals = await page.evaluate(() => {
        // Every change to the page except Lector's one element coming and going.
        window.lectorMutations = [];
        new MutationObserver((records) => {
          for (const r of records) {
            const ours = r.type === "childList" && r.target === document.documentElement && [...r.addedNodes, ...r.removedNodes].every((n) => n.localName === "lector-reader");
            if (!ours) window.lectorMutations.push(`${r.type} on <${r.target.nodeName}> ${r.attributeName ?? ""}`);
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        return Object.getOwnPropertyNames(window).sort();
      });
      const frame = await h.openReader(browser, page);
      const state = await h.readerState(frame);
      assert.ok(state.article || state.empty, `${path}: the reader shows something`);
      if (state.empty) {
        await frame.click("#force-button");
        await frame.waitForFunction(() => !document.getElementById("article").hidden || !/^Reading/.test(document.getElementById("status").textContent));
      }
      await browser.click(page);
      await h.waitClosed(page);
      const after = await page.evaluate(() => ({ mutations: window.lectorMutations, globals: Object.getOwnPropertyNames(window).sort() }));
      assert.deepEqual(after.mutations, [], `${path}: the page was changed`);
      const added = after.globals.filter((name) => !globals.includes(name) && name !== "lectorMutations");
      assert.deepEqual(added, [], `${path}: globals left in the page's world`);
      await page.close();
    }
  });

  it("a page that keeps removing the reader is left as it was, and the next click opens it again", LIMIT, async () => {
    const page = await visit("/made/remover.html");
    const before = await h.pageSnapshot(page);
    const adds = () => page.evaluate(() => window.lectorAdds);
    await page.evaluate(() => {
      window.lectorAdds = 0;
      new MutationObserver((records) => {
        for (const r of records) window.lectorAdds += [...r.addedNodes].filter((n) => n.localName === "lector-reader").length;
      }).observe(document.documentElement, { childList: true });
    });
    // The reader never stays, so what shows it opened is the page's count.
    await h.clickToOpen(browser, page, adds);
    // Lector puts its element back a few times, then gives up.
    await page.waitForTimeout(500);
    const first = await adds();
    assert.ok(first >= 2 && first <= 4, `put back a few times, not forever (${first} additions)`);
    assert.equal(await page.evaluate(() => document.querySelector("lector-reader")), null);
    h.assertSameHtml((await h.pageSnapshot(page)).html, before.html);
    assert.equal(await page.evaluate(() => window.lectorTestMark), "still here");
    // Not stuck thinking it is open: the next click opens again.
    await h.clickToOpen(browser, page, async () => (await adds()) > first);
    await page.waitForTimeout(500);
    h.assertSameHtml((await h.pageSnapshot(page)).html, before.html);
    await page.close();
  });

  it("navigating while the reader is open leaves nothing behind; the new page reads normally", LIMIT, async () => {
    const page = await visit("/fixtures/article.html");
    await h.openReader(browser, page);
    await Promise.all([page.waitForURL(/rtl\.html/), page.evaluate(() => (location.href = "/fixtures/rtl.html"))]);
    await page.waitForLoadState("load");
    await h.waitClosed(page);
    assert.equal(await page.evaluate(() => document.querySelector("lector-reader")), null);
    const frame = await h.openReader(browser, page);
    const state = await h.readerState(frame);
    assert.equal(state.dir, "rtl", "the new page's article");
    assert.equal(state.title, "عودة الأمطار إلى الوادي");
    await browser.click(page);
    await h.waitClosed(page);
    await page.close();
  });

  it("a page that moves to another story without loading is read again", LIMIT, async () => {
    const page = await visit("/made/spa.html");
    let frame = await h.openReader(browser, page);
    assert.equal((await h.readerState(frame)).title, "First story");
    await browser.click(page);
    await h.waitClosed(page);
    await page.evaluate(() => window.nextStory());
    frame = await h.openReader(browser, page);
    const state = await h.readerState(frame);
    assert.equal(state.title, "Second story");
    assert.ok(state.text.includes("Second story paragraph 6."), state.text.slice(0, 200));
    await browser.click(page);
    await h.waitClosed(page);
    await page.close();
  });
});

// A copy of the built extension whose engine really panics (the wasm's
// hidden `__testPanic`: the panic hook's message, then a RuntimeError) on
// pages whose address has `panic=1`.
function panickingExtension() {
  const dir = mkdtempSync(join(tmpdir(), "lector-panic-"));
  cpSync(h.EXTENSION, dir, { recursive: true });
  appendFileSync(
    join(dir, "engine/lector.js"),
    `
{
  for (const name of ["extract", "extractEncoded"]) {
    const real = wasm_bindgen[name];
    wasm_bindgen[name] = (input, options) =>
      String(options?.url).includes("panic=1") ? wasm_bindgen.__testPanic() : real(input, options);
  }
}
`,
  );
  return dir;
}

describe("a panic inside the engine", () => {
  let panicky;
  let dir;
  before(async () => {
    dir = panickingExtension();
    panicky = await h.launch({ extension: dir });
  });
  after(async () => {
    await panicky?.close();
    panicky?.removeProfile();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows a clear error, leaves the page as it was, and the next click works", LIMIT, async () => {
    for (const csp of ["", "&csp=strict"]) {
      const page = await h.visit(panicky, server, `/fixtures/article.html?panic=1${csp}`);
      const before = await h.pageSnapshot(page);
      for (let click = 1; click <= 2; click++) {
        const frame = await h.openReader(panicky, page);
        const state = await h.readerState(frame);
        assert.equal(state.article, false, `click ${click}: no article shown`);
        assert.match(state.status ?? "", /internal error.*unchanged/s, `click ${click}: a clear message`);
        await panicky.click(page);
        await h.waitClosed(page);
        const after = await h.pageSnapshot(page);
        h.assertSameHtml(after.html, before.html);
        assert.deepEqual([after.scrollX, after.scrollY], [before.scrollX, before.scrollY]);
      }
      await page.close();
    }
    // The same browser reads a page that doesn't panic as usual.
    const page = await h.visit(panicky, server, "/fixtures/article.html");
    const frame = await h.openReader(panicky, page);
    assert.equal((await h.readerState(frame)).title, "Rain returns to the valley");
    await page.close();
  });
});
