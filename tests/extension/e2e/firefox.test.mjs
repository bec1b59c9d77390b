// The core flow in headless Firefox ESR, through geckodriver's plain
// WebDriver HTTP API: install the built extension as a temporary add-on,
// click the toolbar button (from chrome context, as the shortcut does), read
// the reader frame, close it, and check the page is as it was.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
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
    server = await h.startServer();
    const port = 4444 + Math.floor(Math.random() * 1000);
    driver = spawn(GECKODRIVER, ["--port", String(port), "--allow-system-access"], { stdio: "ignore" });
    base = `http://127.0.0.1:${port}`;
    await waitFor(() => fetch(`${base}/status`).then((r) => r.ok, () => false), "geckodriver");
    const session = await (
      await fetch(`${base}/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          capabilities: {
            alwaysMatch: {
              browserName: "firefox",
              "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless"] },
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

  it("says so on a page with no article", LIMIT, async () => {
    const shown = await roundTrip("/fixtures/no-article.html");
    assert.ok(shown.empty, `"no article" shown`);
  });
});
