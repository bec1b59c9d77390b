// Shared set-up for the extension's end-to-end tests: a local page server,
// Debian's Chromium with the built extension, a real toolbar click, and
// helpers to reach the reader frame.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { fail as assertFail } from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, "../../..");
export const EXTENSION = process.env.LECTOR_EXTENSION ?? join(REPO, "dist/extension");
export const CORPUS = process.env.LECTOR_CORPUS ?? resolve(REPO, "../shared/corpus/readability");
export const FIXTURES = join(here, "fixtures");
export const ARTIFACTS = join(REPO, "target/e2e");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

// ---- pages ----

// Page CSPs the tests can ask for with `?csp=`: `strict` forbids everything,
// wasm included; `noscript` stops the page's own scripts and handlers. The
// engine runs in the background, so neither stops it; both check that.
const CSP = { strict: "default-src 'none'", noscript: "script-src 'wasm-unsafe-eval'; object-src 'none'" };

/** Pages the tests read: `/corpus/NAME/` is a corpus page's source.html,
 * `/fixtures/FILE` a file of ours, and `pages(pathname)` may make up others
 * (HTML or null); `?csp=` adds a CSP (see CSP). Nothing else exists. */
export async function startServer({ pages = () => null } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    let file = null;
    const corpus = url.pathname.match(/^\/corpus\/([\w.-]+)\/$/);
    const fixture = url.pathname.match(/^\/fixtures\/([\w.-]+\.html)$/);
    const sample = url.pathname === "/samples/kenya-news.html";
    if (corpus) file = join(CORPUS, corpus[1], "source.html");
    else if (fixture) file = join(FIXTURES, fixture[1]);
    else if (sample) file = join(REPO, "samples/kenya-news.html");
    const made = file ? null : pages(url.pathname);
    if (made === null && (!file || !existsSync(file))) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
    const csp = CSP[url.searchParams.get("csp")];
    if (csp) headers["content-security-policy"] = csp;
    response.writeHead(200, headers).end(made ?? readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((done) => server.close(done)) };
}

/** Corpus pages present on this machine (empty when the corpus is absent). */
export function corpusPages(names) {
  if (!existsSync(CORPUS)) return [];
  const present = new Set(readdirSync(CORPUS));
  return names.filter((name) => present.has(name) && existsSync(join(CORPUS, name, "source.html")));
}

// What the engine extracts natively from each corpus page (the same bytes the
// browser gets). The extension must show exactly that article: engine
// accuracy against Readability.js's output is tests/corpus.rs's job, the
// extension's job is to show the engine's answer faithfully.
const NATIVE = join(REPO, "target/browser/native-readability.json");
let native = null;
function nativeArticles() {
  if (native) return native;
  if (!existsSync(NATIVE)) {
    mkdirSync(dirname(NATIVE), { recursive: true }); // a fresh checkout has no target/browser
    execFileSync("cargo", ["run", "--quiet", "--release", "--example", "predict", "--", "readability", CORPUS, NATIVE], {
      cwd: REPO,
      stdio: "inherit",
    });
  }
  native = JSON.parse(readFileSync(NATIVE, "utf8"));
  return native;
}

export function corpusExpected(name) {
  const article = nativeArticles()[name];
  if (!article) throw new Error(`${NATIVE} has no page ${name}`);
  return { html: article.content ?? "", meta: article };
}

/** What `lector --format markdown --url URL FILE` prints: what "Copy as
 * Markdown" and "Save as Markdown" must give for the same page. */
export function cliMarkdown(file, url) {
  return execFileSync("cargo", ["run", "--quiet", "--release", "--bin", "lector", "--", "--format", "markdown", "--url", url, file], {
    cwd: REPO,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
}

/** A stand-in for speechSynthesis, put in the reader frame (Chromium or
 * Firefox) with `frame.evaluate(SPEECH_STUB)` or WebDriver: headless
 * browsers have no voices. It records every call in `speechTest.log`, lets
 * the test end an utterance (`speechTest.end()`) or report a word
 * (`speechTest.word(index, length)`), and copies the log to the extension's
 * storage.local as it grows (`speechLog`), to check reading stopped after
 * the frame has gone (localStorage is denied to the frame: it is a
 * third-party frame in the page). */
export const SPEECH_STUB = () => {
  const log = [];
  const record = (entry) => {
    log.push(entry);
    chrome.storage.local.set({ speechLog: log });
  };
  const voices = [
    { name: "Test English", lang: "en-US", voiceURI: "test-en-us", default: true, localService: true },
    { name: "Test British", lang: "en-GB", voiceURI: "test-en-gb", default: false, localService: true },
    { name: "Test French", lang: "fr-FR", voiceURI: "test-fr", default: false, localService: true },
  ];
  let queue = [];
  const synth = {
    paused: false,
    getVoices: () => voices,
    addEventListener() {},
    speak(u) {
      record({ op: "speak", text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.voiceURI ?? null });
      queue.push(u);
    },
    cancel() {
      record({ op: "cancel" });
      const dropped = queue;
      queue = [];
      // As browsers do: the utterance cut short reports an error.
      dropped.forEach((u) => u.onerror?.({ error: "interrupted" }));
    },
    pause() {
      record({ op: "pause" });
      this.paused = true;
    },
    resume() {
      record({ op: "resume" });
      this.paused = false;
    },
  };
  class Utterance {
    constructor(text) {
      Object.assign(this, { text, lang: "", rate: 1, voice: null });
    }
  }
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  window.speechTest = {
    log,
    end: () => queue.shift()?.onend?.({}),
    word: (charIndex, charLength) => queue[0]?.onboundary?.({ name: "word", charIndex, charLength }),
  };
  chrome.storage.local.remove("speechLog");
};

// ---- the browser ----

const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A Chromium profile with the extension loaded. Pass the same `profile`
 * again to relaunch the browser on it (settings must survive that). */
export async function launch({
  profile = mkdtempSync(join(tmpdir(), "lector-e2e-")),
  colorScheme = "light",
  extension = EXTENSION,
} = {}) {
  if (!existsSync(join(extension, "manifest.json"))) {
    throw new Error(`no built extension at ${extension}: run make extension`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new below: the old headless mode has no extensions
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      "--enable-unsafe-extension-debugging",
      ...FLAGS,
    ],
    viewport: { width: 1100, height: 800 },
    colorScheme,
  });
  // Only the local server is reachable: Lector must work offline and must not
  // make requests of its own; pages' own third-party requests just fail.
  await context.route("**/*", (route) => {
    const { protocol, hostname } = new URL(route.request().url());
    const local = hostname === "127.0.0.1" || hostname === "localhost";
    return !/^https?:$/.test(protocol) || local ? route.continue() : route.abort();
  });
  // On a fresh profile the service worker starts at once; on a reused one it
  // may sleep until an event, so don't wait for it: an unpacked extension's
  // id is derived from its path (sha256, first 32 hex digits spelt a-p).
  const extensionId = createHash("sha256")
    .update(resolve(extension))
    .digest("hex")
    .slice(0, 32)
    .replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 16)));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 5000 }).catch(() => null));
  if (worker && new URL(worker.url()).host !== extensionId) throw new Error(`unexpected extension id ${worker.url()}`);
  // What the background says. A click simulated through CDP sometimes
  // reaches the background before Chromium has granted activeTab for it, and
  // the background then says it cannot run on the page (a person's click
  // always grants it first); counting those lets openReader click again at
  // once instead of guessing from a timeout.
  let refusals = 0;
  const listen = (w) =>
    w.on("console", (m) => {
      debug(`service worker: ${m.text()}`);
      if (m.text().startsWith("Lector cannot run on this page")) refusals++;
    });
  context.serviceWorkers().forEach(listen);
  context.on("serviceworker", listen);
  context.setDefaultTimeout(20_000);
  const cdp = await context.browser().newBrowserCDPSession();
  let lastClick = NaN;
  return {
    context,
    profile,
    extensionId,
    async close() {
      await context.close();
    },
    removeProfile() {
      rmSync(profile, { recursive: true, force: true });
    },
    /** Closes every tab, each within 5 s (a close can otherwise wait forever
     * on a reader frame that went away): after a test that failed half-way,
     * the next test's toolbar click then finds just its own tab. */
    async closeTabs() {
      for (const page of context.pages()) {
        await withTimeout(page.close(), 5000, "a tab to close").catch((error) => debug(error.message));
      }
    },
    /** How many clicks the background has refused so far. */
    refusals: () => refusals,
    /** When (epoch ms) the last toolbar click was sent, for measure.mjs. */
    lastClick: () => lastClick,
    /** A real toolbar click on the page's tab (grants activeTab). */
    async click(page) {
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
      const tabs = targetInfos.filter((t) => t.url === page.url());
      if (tabs.length !== 1) throw new Error(`expected one tab at ${page.url()}, found ${tabs.length}`);
      lastClick = Date.now();
      await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tabs[0].targetId });
    },
  };
}

// ---- the reader ----

export const readerUrl = (browser) => `chrome-extension://${browser.extensionId}/reader/reader.html`;

// The frame of a reader just closed can linger in page.frames() for a moment;
// waiting on it would never end.
export function readerFrame(browser, page) {
  return page.frames().find((frame) => !frame.isDetached() && frame.url().startsWith(readerUrl(browser))) ?? null;
}

const hasHost = (page) => page.evaluate(() => document.querySelector("lector-reader") !== null);

async function waitFor(check, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Clicks the toolbar button until `opened(page)` is true. A click the
 * background refused (see `launch`) is made again, a few times at most; any
 * other failure to open is the test's failure. */
export async function clickToOpen(browser, page, opened, { timeout = 10000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const refused = browser.refusals();
    await browser.click(page);
    const outcome = await waitFor(
      async () => ((await opened(page)) ? "open" : browser.refusals() > refused ? "refused" : null),
      timeout,
      "the reader overlay",
    );
    if (outcome === "open") return;
    debug(`click ${attempt} on ${page.url()} refused: clicking again`);
    if (attempt === 3) throw new Error(`three clicks on ${page.url()} refused`);
  }
}

/** Clicks the toolbar button and waits until the reader shows an article, the
 * "no article" message or a status. Returns the reader frame. */
export async function openReader(browser, page, { timeout = 10000 } = {}) {
  await clickToOpen(browser, page, hasHost, { timeout });
  const end = Date.now() + timeout;
  for (;;) {
    const frame = await waitFor(() => readerFrame(browser, page), Math.max(0, end - Date.now()), "the reader frame");
    try {
      await withTimeout(frame.waitForFunction(
        () => {
          const shown = (id) => !document.getElementById(id).hidden;
          return shown("article") || shown("empty") || !/^Reading/.test(document.getElementById("status").textContent);
        },
        null,
        { timeout: Math.max(1, end - Date.now()) },
      ), Math.max(0, end - Date.now()) + 1000, "the reader to show something");
      return frame;
    } catch (error) {
      // A page that removes the reader (fight.html does, twice) detaches
      // this frame; Lector puts a new one back, which is the one to wait on.
      if (!frame.isDetached() || Date.now() > end) throw error;
      debug(`reader frame on ${page.url()} was detached: waiting on the new one`);
    }
  }
}

/** What the reader shows, as plain data. */
export function readerState(frame) {
  return frame.evaluate(() => {
    const text = (selector) => (document.querySelector(selector)?.textContent ?? "").replace(/\s+/g, " ").trim();
    const shown = (id) => !document.getElementById(id).hidden;
    const article = document.getElementById("article");
    return {
      article: shown("article"),
      empty: shown("empty"),
      status: shown("status") ? text("#status") : null,
      site: shown("site") ? text("#site") : null,
      title: text("#title"),
      summary: document.getElementById("summary").hidden ? null : text("#summary"),
      byline: document.getElementById("byline").hidden ? null : text("#byline"),
      date: document.getElementById("date").hidden ? null : text("#date"),
      readingTime: document.getElementById("reading-time").hidden ? null : text("#reading-time"),
      text: text("#content"),
      lang: article.getAttribute("lang"),
      dir: article.getAttribute("dir"),
      theme: document.documentElement.dataset.theme,
      font: document.documentElement.dataset.font,
      size: document.documentElement.style.getPropertyValue("--lector-font-size"),
      width: document.documentElement.style.getPropertyValue("--lector-line-width"),
      spacing: document.documentElement.style.getPropertyValue("--lector-line-height"),
    };
  });
}

/** The page as the page itself sees it: its serialization and scroll. */
export function pageSnapshot(page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    lector: document.querySelector("lector-reader") !== null,
  }));
}

export async function waitClosed(page, timeout = 5000) {
  await waitFor(async () => !(await hasHost(page)), timeout, "the reader to close");
  await waitFor(() => !page.frames().some((f) => !f.isDetached() && f.url().includes("/reader/reader.html")), timeout, "the reader frame to go");
}

const KEYS = {
  Escape: { key: "Escape", code: "Escape", windowsVirtualKeyCode: 27 },
  Enter: { key: "Enter", code: "Enter", windowsVirtualKeyCode: 13, text: "\r" },
};

/** Presses a key that closes the reader, then waits until it has closed.
 *
 * Not through `page.keyboard`: when a key event removes the (out-of-process)
 * frame that has focus, Chromium can lose the event's acknowledgement and
 * CDP's `Input.dispatchKeyEvent` never answers, which left a test waiting
 * until its time limit in about one run in ten. A person's key press waits
 * for nothing, so the events are sent without waiting for an answer, and the
 * closing itself is what the test waits for. */
export async function pressToClose(page, name) {
  const key = KEYS[name];
  const cdp = await page.context().newCDPSession(page);
  const send = (type, extra = {}) => cdp.send("Input.dispatchKeyEvent", { type, ...key, ...extra }).catch(() => {});
  void send("keyDown");
  void send("keyUp", { text: undefined });
  try {
    await waitClosed(page);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// Playwright's own timeouts don't always fire when a frame goes away under
// a wait, and some calls (newPage, page.close) have none; this one does.
export function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const DEBUG = !!process.env.LECTOR_E2E_DEBUG;
const started = Date.now();
/** With LECTOR_E2E_DEBUG set, logs a step with the time since start. */
export function debug(message) {
  if (DEBUG) console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`);
}

let visits = 0;
/** Opens `path` of the test server in a new tab, waits until the page stops
 * changing, scrolls it a little and leaves a mark in its own world: both must
 * still be there after the reader closes (no reload, same position). */
export async function visit(browser, server, path) {
  debug(`visit ${path}`);
  const page = await withTimeout(browser.context.newPage(), 20_000, "a new tab");
  debug("tab open");
  // A unique address per visit, to tell tabs apart.
  const url = new URL(server.origin + path);
  url.searchParams.set("visit", String(++visits));
  await page.goto(url.href, { waitUntil: "load" });
  await page.bringToFront(); // keyboard tests need the focused tab
  debug("loaded");
  await settle(page);
  debug("settled");
  await page.evaluate(() => {
    document.scrollingElement.scrollTop = 500;
    window.lectorTestMark = "still here";
  });
  return page;
}

/** Waits until the page stops changing its own DOM (pages with timers or
 * late scripts), so that a change seen later is Lector's doing. */
export async function settle(page, timeout = 3000) {
  const end = Date.now() + timeout;
  let last = await page.evaluate(() => document.documentElement.outerHTML);
  while (Date.now() < end) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => document.documentElement.outerHTML);
    if (now === last) return;
    last = now;
  }
}

/** Fails with the first difference when the page's HTML changed. */
export function assertSameHtml(actual, expected) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  assertFail(`page DOM changed at character ${i}:\n  before: ${around(expected)}\n  after:  ${around(actual)}`);
}

/** Fails with the first difference between two texts, in context. */
export function assertSameText(actual, expected, what) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  const around = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  assertFail(`${what} differ at character ${i}:\n  ${around(actual)}\n  ${around(expected)}`);
}

export const normalize = (text) => (text ?? "").replace(/\s+/g, " ").trim();
