// The reader view: an extension page in a frame over the article's page.
//
// It asks for the article through extension messaging, sent straight to the
// content script of its tab (the tab's id is in our URL's fragment), never
// through postMessage, which the page could forge. The token in the fragment
// proves to the content script that this frame is the one it just opened.

performance.mark("lector-reader-start");
// "#TOKEN:TAB" (TAB missing: the background relays, as it did before).
const [TOKEN, TAB] = location.hash.slice(1).split(":");
const TAB_ID = Number.parseInt(TAB, 10);
const $ = (id) => document.getElementById(id);

// The article is rebuilt from an allowlist, and this page's CSP would stop
// anything active that slipped through anyway; if that ever happens, say so
// (the end-to-end tests fail on this line).
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`Lector reader blocked: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});

// Text size in px, line width in em (reader.css's unit), line spacing as a
// multiple of the text size.
const DEFAULTS = { theme: "system", font: "serif", size: 20, width: 38, spacing: 1.6 };
const CHOICES = { theme: ["light", "sepia", "dark", "system"], font: ["serif", "sans-serif"] };
const RANGES = { size: [14, 30], width: [26, 50], spacing: [1.2, 2.2] };

// Straight to the content script of the tab's top frame: one hop through
// the browser process, not two (the background's relay). Where that fails
// (it does in Firefox's end-to-end tests), through the background, which
// relays to the same content script, and so on for this frame's life.
let direct = Number.isInteger(TAB_ID) && typeof chrome.tabs?.sendMessage === "function";
async function ask(type, extra = {}) {
  const message = { type, token: TOKEN, ...extra };
  if (direct) {
    try {
      return await chrome.tabs.sendMessage(TAB_ID, message, { frameId: 0 });
    } catch {
      direct = false;
    }
  }
  return chrome.runtime.sendMessage(message);
}

function close() {
  lectorSpeech.stop();
  ask("lector:close");
}

// ---- settings ----

// Values come from storage.sync, which another device may have written:
// keep only what this version understands.
function clean(stored) {
  const settings = { ...DEFAULTS };
  for (const [key, allowed] of Object.entries(CHOICES)) {
    if (allowed.includes(stored?.[key])) settings[key] = stored[key];
  }
  for (const [key, [min, max]] of Object.entries(RANGES)) {
    const value = Number(stored?.[key]);
    if (Number.isFinite(value)) settings[key] = Math.min(max, Math.max(min, value));
  }
  return settings;
}

function apply(settings) {
  const root = document.documentElement;
  // reader.css follows the system when data-theme is "auto".
  root.dataset.theme = settings.theme === "system" ? "auto" : settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty("--lector-font-size", `${settings.size}px`);
  root.style.setProperty("--lector-line-width", `${settings.width}em`);
  root.style.setProperty("--lector-line-height", String(settings.spacing));
  const form = $("settings");
  for (const [key, value] of Object.entries(settings)) {
    const field = form.elements[key];
    if (field) field.value = String(value);
  }
}

async function setUpSettings() {
  // Apply on every change at once; store on each committed change. Listening
  // starts before the stored settings are read, and a choice made while they
  // are read wins over them: on a busy machine a person (or a test) can
  // already be pressing arrow keys in the panel.
  const form = $("settings");
  const current = () => clean(Object.fromEntries(new FormData(form)));
  let chosen = false;
  // Each write carries this reader's mark, so that its own writes coming
  // back through onChanged are known whatever their order or timing (two
  // quick arrow presses on a busy machine): only other readers' changes
  // are applied here. clean() drops the mark when settings are read.
  const writer = crypto.randomUUID();
  form.addEventListener("input", () => {
    chosen = true;
    apply(current());
  });
  form.addEventListener("change", () => {
    chrome.storage.sync.set({ settings: { ...current(), writer } });
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  // A reader open in another tab follows along.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync" || !changes.settings) return;
    const value = changes.settings.newValue;
    if (value?.writer === writer) return;
    apply(clean(value));
  });

  const { settings } = await chrome.storage.sync.get("settings");
  if (!chosen) apply(clean(settings));
}

// Text size by keyboard (+ and -): through the form, so that it is
// applied, shown and stored like a change made with the slider.
function stepTextSize(step) {
  const form = $("settings");
  const field = form.elements.size;
  const [min, max] = RANGES.size;
  const value = Math.min(max, Math.max(min, Number(field.value) + step));
  if (value === Number(field.value)) return;
  field.value = String(value);
  form.dispatchEvent(new Event("input"));
  form.dispatchEvent(new Event("change"));
}

// ---- panels under the toolbar ----

// Each toolbar button opens and closes its panel; Escape closes the latest
// panel opened, then the reader.
const PANELS = {
  settings: "settings-button",
  save: "save-button",
  contents: "contents-button",
  player: "listen-button",
};
const opened = []; // panel ids, latest last

function togglePanel(id, show = $(id).hidden) {
  if (id === "player") {
    if (show) lectorSpeech.open();
    else lectorSpeech.close();
  } else {
    $(id).hidden = !show;
    $(PANELS[id]).setAttribute("aria-expanded", String(show));
  }
  const at = opened.indexOf(id);
  if (at !== -1) opened.splice(at, 1);
  if (show) opened.push(id);
  if (show) {
    // Focus where the keyboard acts: the chosen theme (arrow keys change
    // it), the first action, the current section, the play button.
    const panel = $(id);
    const target =
      id === "settings"
        ? panel.querySelector("input:checked") ?? panel.querySelector("input")
        : id === "contents"
          ? panel.querySelector('[aria-current="location"]') ?? panel.querySelector("a")
          : panel.querySelector("button:not(:disabled), select:not(:disabled)");
    target?.focus();
  }
}

function closeLatestPanel() {
  const id = opened.pop();
  if (!id) return false;
  togglePanel(id, false);
  $(PANELS[id]).focus();
  return true;
}

// The toolbar and its open panels stay at the top; targets of in-article
// links land below them.
new ResizeObserver(([entry]) => {
  document.documentElement.style.setProperty("--lector-top-height", `${Math.ceil(entry.target.getBoundingClientRect().height)}px`);
}).observe(document.querySelector(".lector-top"));

// ---- contents ----

// Articles with at least this many section headings get a table of
// contents; fewer are easy enough to scroll.
const MIN_SECTIONS = 3;
let sections = []; // [{heading, link}]

function buildContents(content, article) {
  const headings = [...content.querySelectorAll("h1, h2, h3, h4")].filter((h) => h.textContent.trim());
  sections = [];
  const list = $("contents-list");
  list.replaceChildren();
  const nav = $("contents");
  if (article.lang) nav.lang = article.lang;
  else nav.removeAttribute("lang");
  nav.dir = ["rtl", "ltr"].includes(article.dir) ? article.dir : "auto";
  const enough = headings.length >= MIN_SECTIONS;
  $("contents-button").hidden = !enough;
  if (!enough) {
    if (!nav.hidden) togglePanel("contents", false);
    return;
  }
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])));
  headings.forEach((heading, i) => {
    // The engine's own ids (`ref-…`) are kept; others get one of ours.
    if (!heading.id) heading.id = `lector-section-${i + 1}`;
    const item = document.createElement("li");
    item.className = `level-${Number(heading.tagName[1]) - top + 1}`;
    const link = document.createElement("a");
    link.href = `#${heading.id}`;
    link.textContent = heading.textContent.replace(/\s+/g, " ").trim();
    item.append(link);
    list.append(item);
    sections.push({ heading, link });
  });
  markSection();
}

// The section being read: while reading aloud, the one holding the
// paragraph being read; else the last heading that has reached the toolbar.
function markSection() {
  if (!sections.length) return;
  const reading = document.querySelector("#content .lector-reading");
  // A heading that a jump has just put under the toolbar (scroll-margin) counts.
  const edge = document.querySelector(".lector-top").getBoundingClientRect().bottom + 32;
  const reached = reading
    ? (heading) => heading === reading || !!(heading.compareDocumentPosition(reading) & Node.DOCUMENT_POSITION_FOLLOWING)
    : (heading) => heading.getBoundingClientRect().top <= edge;
  let current = null;
  for (const section of sections) {
    if (reached(section.heading)) current = section;
    else break;
  }
  for (const section of sections) {
    if (section === current) section.link.setAttribute("aria-current", "location");
    else section.link.removeAttribute("aria-current");
  }
}
document.addEventListener("lector:reading", () => markSection());
let sectionFrame = 0;
addEventListener("scroll", () => {
  if (!sectionFrame) sectionFrame = requestAnimationFrame(() => ((sectionFrame = 0), markSection()));
}, { passive: true });

// Scrolls to a place in the article and moves the focus there, without a
// navigation.
function jumpTo(target) {
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  markSection();
}

$("contents").addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!link) return;
  event.preventDefault();
  const target = document.getElementById(link.getAttribute("href").slice(1));
  if (target && $("content").contains(target)) jumpTo(target);
});

// ---- the article ----

function setText(id, text) {
  const element = $(id);
  element.textContent = text ?? "";
  element.hidden = !text;
  return element;
}

// The engine returns a sanitized fragment; parsing it in an inert document
// and dropping anything that could restyle or script the reader is a second
// line of defence behind that and this page's CSP.
function fragment(html) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, "text/html");
  doc.querySelectorAll("script, style, link, meta, base, object, embed, iframe, frame, form").forEach((n) => n.remove());
  for (const link of doc.querySelectorAll("a[href]")) {
    // A footnote or contents link points at a place in the article
    // (`#ref-…`, the engine's own ids): it stays in the reader.
    if (link.getAttribute("href").startsWith("#")) continue;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  }
  for (const image of doc.querySelectorAll("img")) {
    image.loading = "lazy";
    image.decoding = "async";
  }
  return doc.body;
}

function formatDate(value, lang) {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return value || "";
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: "long" }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(date);
  }
}

// The article's body as the reader shows it, without a leading heading
// that only repeats the title shown above it.
function articleBody(article) {
  const body = fragment(article.content || "");
  const first = body.firstElementChild;
  if (first && /^H[12]$/.test(first.tagName) && first.textContent.trim() === (article.title || "").trim()) {
    first.remove();
  }
  return body;
}

let shown = null; // the article on screen

function render(article) {
  $("status").hidden = true;
  $("empty").hidden = true;
  const view = $("article");
  // The article's language and direction, not the reader UI's, decide
  // hyphenation, quotes, fonts and layout of the text.
  if (article.lang) view.lang = article.lang;
  else view.removeAttribute("lang");
  view.dir = ["rtl", "ltr"].includes(article.dir) ? article.dir : "auto";

  setText("site", article.siteName);
  setText("title", article.title || "Untitled");
  // The line the page showed under its headline, taken out of the body.
  setText("summary", article.summary);
  setText("byline", article.byline);
  const date = setText("date", formatDate(article.publishedTime, article.lang));
  if (article.publishedTime) date.dateTime = article.publishedTime;
  const minutes = article.readingTimeMinutes;
  setText("reading-time", minutes ? `${minutes} min read` : "");
  $("meta").hidden = date.hidden && $("reading-time").hidden;
  document.title = article.title ? `${article.title} – Lector` : "Lector";

  const body = articleBody(article);
  $("content").replaceChildren(...body.childNodes);
  view.hidden = false;
  shown = article;
  buildContents($("content"), article);
  lectorSpeech.setArticle($("title"), $("content"), article.lang);
  // Lets tests and the performance panel see how long the frame took.
  performance.mark("lector-rendered");
  requestAnimationFrame(() => setTimeout(() => performance.mark("lector-painted")));
}

function showEmpty() {
  $("status").hidden = true;
  $("article").hidden = true;
  $("empty").hidden = false;
  $("force-button").focus();
}

// An exception out of the engine (a panic in the wasm shows up as a
// RuntimeError) is Lector's fault, never the page's: say that plainly.
function showFailure(error) {
  console.error("Lector:", error);
  showProblem(
    `Lector hit an internal error on this page and cannot show it (${error?.message || error}). ` +
      "The page itself is unchanged: close the reader to go back to it.",
  );
}

function showProblem(text) {
  $("article").hidden = true;
  $("empty").hidden = true;
  setText("status", text);
}

// When the page's CSP keeps wasm out of the content script, we get the page
// read into a string instead and run the same engine on it here.
let engine;
async function extractHere({ encoded, url }, force) {
  if (!engine) {
    // Loaded only here: most pages never need the engine in this frame.
    await new Promise((loaded, failed) => {
      const script = document.createElement("script");
      script.src = "../engine/lector.js";
      script.onload = loaded;
      script.onerror = () => failed(new Error("cannot load the engine"));
      document.head.append(script);
    });
    const bytes = await (await fetch(chrome.runtime.getURL("engine/lector_bg.wasm"))).arrayBuffer();
    wasm_bindgen.initSync({ module: bytes });
    engine = wasm_bindgen;
  }
  const article = engine.extractEncoded(encoded, { url, force }) ?? null;
  ask("lector:remember", { force, article });
  return article;
}

async function load(force) {
  const reply = await ask(force ? "lector:force" : "lector:get");
  // The content script's times for this opening, for measure.mjs.
  performance.mark("lector-answer", { detail: reply?.trace ?? null });
  if (!reply || reply.error || !reply.kind) {
    showProblem("This reader is no longer connected to its page. Close it and open Lector again.");
    return;
  }
  const article = reply.kind === "encoded" ? await extractHere(reply, force) : reply.article;
  // Shown once the reader's settings apply, so that a dark theme or a
  // larger text size never flashes in after the article.
  await settingsReady;
  if (article) render(article);
  else if (force) showProblem("Lector found no text to show on this page.");
  else showEmpty();
}

// ---- keyboard and buttons ----

// One-key shortcuts, listed in the help panel (reader.html). Not while
// typing or choosing in a field, and not with Ctrl, Alt or Meta, which
// belong to the browser.
const SHORTCUTS = {
  a: () => {
    if (!lectorSpeech.isOpen) togglePanel("player", true);
    lectorSpeech.playPause();
  },
  "[": () => lectorSpeech.skip(-1),
  "]": () => lectorSpeech.skip(1),
  c: () => !$("contents-button").hidden && togglePanel("contents"),
  s: () => togglePanel("settings"),
  m: () => togglePanel("save"),
  "+": () => stepTextSize(1),
  "=": () => stepTextSize(1),
  "-": () => stepTextSize(-1),
  "?": () => openHelp(),
};

function openHelp() {
  if (!$("help").open) $("help").showModal();
}

document.addEventListener("keydown", (event) => {
  // The help dialog closes itself on Escape.
  if ($("help").open) return;
  if (event.key === "Escape") {
    event.preventDefault();
    if (!closeLatestPanel()) close();
  } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "p") {
    // Print this frame, not the page underneath it.
    event.preventDefault();
    window.print();
  } else if (!event.ctrlKey && !event.metaKey && !event.altKey && !event.repeat) {
    const field = event.target instanceof Element ? event.target.closest("input, select, textarea") : null;
    const action = SHORTCUTS[event.key.length === 1 ? event.key.toLowerCase() : ""];
    // What is typed in a text field stays there, and so do letters and
    // digits in a list (they pick an option); radios and sliders take none.
    const typed = field && !/^(radio|range|select-one)$/.test(field.type);
    const picks = field?.type === "select-one" && /^\w$/.test(event.key);
    if (!action || typed || picks) return;
    event.preventDefault();
    action();
  }
});
// A link to a place in the article scrolls there and moves the focus with
// it, without a navigation: the frame's address and the tab's history stay
// as they are, and a middle or modified click cannot open this page alone.
function followInArticle(event) {
  const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
  if (!link || !$("content").contains(link)) return;
  event.preventDefault();
  if (event.type !== "click") return;
  const target = document.getElementById(link.getAttribute("href").slice(1));
  if (!target || !$("content").contains(target)) return;
  jumpTo(target);
}
$("content").addEventListener("click", followInArticle);
$("content").addEventListener("auxclick", followInArticle);

$("close-button").addEventListener("click", close);
$("print-button").addEventListener("click", () => window.print());
for (const [panel, button] of Object.entries(PANELS)) $(button).addEventListener("click", () => togglePanel(panel));
$("help-button").addEventListener("click", openHelp);
lectorSave.setUp(() => shown && { article: shown, body: articleBody(shown) });
$("force-button").addEventListener("click", () => {
  $("empty").hidden = true;
  setText("status", "Reading the page…");
  load(true).catch(showFailure);
});

$("main").focus({ preventScroll: true });
const settingsReady = setUpSettings().catch((error) => console.error("Lector settings:", error));
load(false).catch(showFailure);
