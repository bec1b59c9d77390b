// The core flow in headless Firefox ESR, through geckodriver's plain
// WebDriver HTTP API: install the built extension as a temporary add-on,
// click the toolbar button (from chrome context, as the shortcut does), read
// the reader frame, close it, and check the page is as it was.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as h from "./harness.mjs";

const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER ?? join(process.env.CARGO_HOME ?? join(process.env.HOME ?? "/root", ".cargo"), "bin/geckodriver");
const missing = [FIREFOX, GECKODRIVER].filter((path) => !existsSync(path));
if (missing.length) console.warn(`\n*** SKIPPING the Firefox tests: missing ${missing.join(", ")} ***\n`);
const LIMIT = { timeout: 90_000 };

let server;
let driver;
let base;
let addonId;
let downloads;

async function wd(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (value && value.error) throw new Error(`${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}
const run = (script, ...args) => wd("POST", "/execute/sync", { script, args });

// The toolbar click, as Firefox's own _execute_action shortcut does it
// (it also grants activeTab).
async function clickAction() {
  await wd("POST", "/moz/context", { context: "chrome" });
  try {
    await run(
      `const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
       const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
       const window = Services.wm.getMostRecentWindow("navigator:browser");
       ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);`,
      addonId,
    );
  } finally {
    await wd("POST", "/moz/context", { context: "content" });
  }
}

async function waitFor(check, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Starts geckodriver on a free port and waits for it to answer. Start-up is
 * not under test: one clean-clone CI run timed out after ten seconds before
 * any test ran, so it gets thirty, and a driver that exits at once (its
 * random port taken) is started again on another.
 */
async function startDriver() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = 4444 + Math.floor(Math.random() * 1000);
    const child = spawn(GECKODRIVER, ["--port", String(port), "--allow-system-access"], { stdio: "ignore" });
    let exited = false;
    child.on("exit", () => {
      exited = true;
    });
    const url = `http://127.0.0.1:${port}`;
    const up = await waitFor(
      () => (exited ? "exited" : fetch(`${url}/status`).then((r) => r.ok, () => false)),
      "geckodriver",
      30_000,
    );
    if (up === true) {
      driver = child;
      base = url;
      return;
    }
  }
  throw new Error("geckodriver exited three times on start");
}

const snapshot = () =>
  run(`return { html: document.documentElement.outerHTML, y: window.scrollY, mark: window.lectorTestMark ?? null,
                lector: document.querySelector("lector-reader") !== null };`);

/** What the reader frame shows, read from inside it. */
async function readReader() {
  // The frame sits in a closed shadow root, out of reach of element lookups;
  // WebDriver can still enter it as the page's first child frame.
  await wd("POST", "/frame", { id: 0 });
  try {
    return await waitFor(
      () =>
        run(`// The frame may still be loading its page.
             if (!document.getElementById("article")) return null;
             const shown = (id) => !document.getElementById(id).hidden;
             if (!shown("article") && !shown("empty")) return null;
             const text = (id) => document.getElementById(id).textContent.replace(/\\s+/g, " ").trim();
             return { url: location.href, article: shown("article"), empty: shown("empty"), title: text("title"),
                      byline: text("byline"), content: text("content"),
                      dir: document.getElementById("article").getAttribute("dir") };`),
      "the reader to show something",
    );
  } finally {
    await wd("POST", "/frame/parent", {});
  }
}

async function roundTrip(path) {
  await wd("POST", "/url", { url: server.origin + path });
  await run(`document.scrollingElement.scrollTop = 300; window.lectorTestMark = "still here";`);
  const before = await snapshot();
  await clickAction();
  await waitFor(async () => (await snapshot()).lector, "the reader overlay");
  const shown = await readReader();
  await clickAction();
  await waitFor(async () => !(await snapshot()).lector, "the reader to close");
  const after = await snapshot();
  assert.equal(after.html, before.html, "page DOM restored");
  assert.equal(after.y, before.y, "scroll position restored");
  assert.equal(after.mark, "still here", "no reload");
  return shown;
}

describe("Firefox", { skip: missing.length > 0 && "Firefox or geckodriver missing" }, () => {
  before(async () => {
    downloads = mkdtempSync(join(tmpdir(), "lector-ff-downloads-"));
    server = await h.startServer();
    await startDriver();
    const session = await (
      await fetch(`${base}/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              browserName: "firefox",
              "moz:firefoxOptions": {
                binary: FIREFOX,
                args: ["-headless"],
                // Saved files go to a folder of the test's, without asking.
                prefs: {
                  "browser.download.dir": downloads,
                  "browser.download.folderList": 2,
                  "browser.download.useDownloadDir": true,
                  "browser.download.always_ask_before_handling_new_types": false,
                  "browser.download.start_downloads_in_tmp_dir": false,
                },
              },
            },
          },
        }),
      })
    ).json();
    if (!session.value?.sessionId) throw new Error(`no Firefox session: ${JSON.stringify(session.value)}`);
    base += `/session/${session.value.sessionId}`;
    const zip = join(h.REPO, "dist/lector-extension.zip");
    addonId = await wd("POST", "/moz/addon/install", { path: zip, temporary: true });
  });
  after(async () => {
    if (base?.includes("/session/")) await wd("DELETE", "").catch(() => {});
    driver?.kill();
    await server?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it("opens and closes the reader on an article, restoring the page", LIMIT, async () => {
    const shown = await roundTrip("/fixtures/article.html");
    assert.match(shown.url, /^moz-extension:\/\/.*\/reader\/reader\.html#/);
    assert.ok(shown.article, "article shown");
    assert.ok(shown.content.includes("After eleven dry months"), "first paragraph");
    assert.ok(shown.content.includes("Saturday afternoon"), "last paragraph");
    assert.ok(!shown.content.includes("All rights reserved"), "no footer");
  });

  it("runs the engine on a page whose CSP forbids everything", LIMIT, async () => {
    const shown = await roundTrip("/fixtures/article.html?csp=strict");
    assert.ok(shown.article, "article shown");
    assert.ok(shown.content.includes("After eleven dry months"), "first paragraph");
  });

  // ---- the reader's features (features.test.mjs has them all in Chromium) ----

  /** Opens the reader on `path` and enters its frame; `close()` leaves it. */
  async function enterReader(path) {
    await wd("POST", "/url", { url: server.origin + path });
    await clickAction();
    await waitFor(async () => (await snapshot()).lector, "the reader overlay");
    await wd("POST", "/frame", { id: 0 });
    await waitFor(() => run(`return !!document.getElementById("article") && !document.getElementById("article").hidden;`), "the article");
    return {
      async close() {
        await wd("POST", "/frame/parent", {});
        await clickAction();
        await waitFor(async () => !(await snapshot()).lector, "the reader to close");
      },
    };
  }

  /** A real click (user activation) on an element of the current frame. */
  async function click(selector) {
    const element = await wd("POST", "/element", { using: "css selector", value: selector });
    await wd("POST", `/element/${Object.values(element)[0]}/click`, {});
  }

  const spoken = () => run(`return window.speechTest.log.filter((e) => e.op === "speak").map((e) => ({ ...e }));`);

  it("reads aloud with the page's language, marks the paragraph, pauses, skips and stops on closing", LIMIT, async () => {
    const reader = await enterReader("/fixtures/sections.html");
    await run(`(${h.SPEECH_STUB})();`);
    await click("#listen-button");
    await click("#play-button");
    await waitFor(async () => (await spoken()).length >= 1, "speech");
    let said = await spoken();
    assert.deepEqual(said[0], { op: "speak", text: "A river from source to town", lang: "en-US", rate: 1, voice: "test-en-us" });
    await run(`window.speechTest.end(); window.speechTest.end();`);
    said = await spoken();
    assert.deepEqual(said.map((s) => s.text.slice(0, 30)), ["A river from source to town", "Where the river starts", "The river begins as a spring i"]);
    assert.equal(await run(`return document.querySelector(".lector-reading").textContent.slice(0, 30);`), "The river begins as a spring i");
    await click("#play-button");
    await click("#play-button");
    await click("#next-button");
    const log = await run(`return window.speechTest.log.map((e) => e.op);`);
    assert.deepEqual(log.slice(-4), ["pause", "resume", "cancel", "speak"]);
    assert.equal((await spoken()).at(-1).text.slice(0, 30), "Shepherds have watered their f");
    await reader.close();
    // The frame is gone: its log, kept in storage.local, ends with a cancel.
    const again = await enterReader("/fixtures/article.html");
    const kept = await wd("POST", "/execute/async", {
      script: `chrome.storage.local.get("speechLog").then((r) => arguments[0](r.speechLog.map((e) => e.op)));`,
      args: [],
    });
    assert.equal(kept.at(-1), "cancel", "reading stopped with the reader");
    await again.close();
  });

  it("saves the CLI's Markdown and a self-contained HTML file", LIMIT, async () => {
    const reader = await enterReader("/fixtures/sections.html");
    await click("#save-button");
    await click("#save-markdown");
    const md = join(downloads, "A river from source to town.md");
    await waitFor(() => existsSync(md) && readFileSync(md, "utf8").length > 0, "the Markdown file");
    const pageUrl = await wd("POST", "/frame/parent", {}).then(() => run(`return location.href;`));
    await wd("POST", "/frame", { id: 0 });
    assert.equal(readFileSync(md, "utf8"), h.cliMarkdown(join(h.FIXTURES, "sections.html"), pageUrl), "Markdown = CLI's");
    await click("#save-html");
    const file = join(downloads, "A river from source to town.html");
    await waitFor(() => existsSync(file) && readFileSync(file, "utf8").endsWith("</html>\n"), "the HTML file");
    const html = readFileSync(file, "utf8");
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /<style>[^]*--lector-bg/);
    assert.ok(html.includes(`<a href="${pageUrl}">`), "the source address");
    await reader.close();
  });

  it("lists the sections and jumps to one, marking it", LIMIT, async () => {
    const reader = await enterReader("/fixtures/sections.html");
    await click("#contents-button");
    const links = await run(`return [...document.querySelectorAll("#contents a")].map((a) => a.textContent);`);
    assert.deepEqual(links, ["Where the river starts", "The mills of the middle valley", "Floods and the new embankment", "What the town plans next"]);
    await click("#contents li:nth-child(3) a");
    await waitFor(
      () =>
        run(`const h = document.querySelectorAll("#content h2")[2];
             const top = document.querySelector(".lector-top").getBoundingClientRect().bottom;
             const box = h.getBoundingClientRect();
             return document.activeElement === h && box.top >= top - 1 && box.top < top + 40
               && document.querySelector("#contents [aria-current]")?.textContent === "Floods and the new embankment";`),
      "the third section in view and marked",
    );
    assert.match(await run(`return location.href;`), /reader\.html#/, "no navigation");
    await reader.close();
  });

  it("says so on a page with no article", LIMIT, async () => {
    const shown = await roundTrip("/fixtures/no-article.html");
    assert.ok(shown.empty, `"no article" shown`);
  });
});
