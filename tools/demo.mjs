// `make demo`: Lector on the bundled sample page in Debian's Chromium, with
// the built extension (dist/extension/) loaded.
//
// Headless (no $DISPLAY): a real toolbar click, then the reader view saved
// as target/demo/reader.png and the article the extension computed as
// target/demo/article.json, and a summary printed.
// With a display: a normal Chromium window on the sample page, Lector
// loaded, for a person to click; it runs until that window is closed.
//
// The page server, the browser launch and the click come from the extension's
// end-to-end harness, so the demo does exactly what its tests do.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import * as h from "../tests/extension/e2e/harness.mjs";

const SAMPLE = "/samples/kenya-news.html";
const OUT = join(h.REPO, "target/demo");

async function headless() {
  const server = await h.startServer();
  const browser = await h.launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.origin + SAMPLE, { waitUntil: "load" });
    const frame = await h.openReader(browser, page);
    const shown = await h.readerState(frame);
    if (!shown.article) throw new Error(`the reader shows no article: ${JSON.stringify(shown)}`);
    // The article object itself, asked for the way the reader frame asks
    // (its token is in its own URL), so the JSON is what the extension
    // computed, not a second extraction.
    const reply = await frame.evaluate(() => chrome.runtime.sendMessage({ type: "lector:get", token: location.hash.slice(1) }));
    if (reply?.kind !== "article" || !reply.article) throw new Error(`unexpected reply from the page: ${JSON.stringify(reply)?.slice(0, 200)}`);
    const article = reply.article;

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, "reader.png") });
    writeFileSync(join(OUT, "article.json"), JSON.stringify(article, null, 2) + "\n");

    const show = (path) => relative(process.cwd(), path) || ".";
    console.log(`
Lector read ${SAMPLE.slice(1)} in headless Chromium (toolbar click, reader view):
  title         ${article.title ?? "(none)"}
  byline        ${article.byline ?? "(none)"}
  words         ${article.wordCount}
  reading time  ${article.readingTimeMinutes} min
  screenshot    ${show(join(OUT, "reader.png"))}
  article JSON  ${show(join(OUT, "article.json"))}
The extension, ready to load (chrome://extensions > Developer mode > Load unpacked):
  ${h.EXTENSION}`);
  } finally {
    await browser.close();
    browser.removeProfile();
    await server.close();
  }
}

async function headful() {
  // The harness launches headless only, so this one launch is our own; the
  // flags are Chromium's own for loading an unpacked extension.
  const { chromium } = createRequire(join(h.REPO, "tests/extension/package.json"))("playwright-core");
  const server = await h.startServer();
  const profile = mkdtempSync(join(tmpdir(), "lector-demo-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: false,
    viewport: null, // the window's own size
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [`--disable-extensions-except=${h.EXTENSION}`, `--load-extension=${h.EXTENSION}`, "--no-first-run"],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.origin + SAMPLE);
  console.log(`
Chromium is open on ${server.origin}${SAMPLE} with Lector loaded.
Click Lector in the toolbar (pin it from the puzzle-piece menu) or press Alt+Shift+R.
Close the window to end the demo. The extension: ${h.EXTENSION}`);
  await new Promise((closed) => context.on("close", closed));
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}

await (process.env.DISPLAY ? headful() : headless());
