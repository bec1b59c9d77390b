// The playground (www/) in headless Chromium: the sample page read through
// the wasm engine, the metadata shown, the kept/removed overlay with each
// block's rule on hover, and a hostile pasted page that must not run
// anything.   make test-www   (or: node --test tests/www/)
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { REPO, serve } from "../../tools/serve.mjs";

// The Playwright that `make setup-wasm` installs for tests/browser: one copy
// for the repo's browser tests, no install of our own.
const { chromium } = createRequire(join(REPO, "tests/browser/package.json"))("playwright-core");

const KENYA = {
  title: "Tech issues disrupt the Trump-Musk interview’s premiere.",
  byline: "Ivy Irungu",
  siteName: "Newsunplug Kenya",
  sentence: "DDoS attacks aim to overload a website, rendering it difficult to use or inaccessible.",
  chrome: ["READ MORE", "Share This Article", "By using this site, you agree", "Recent Posts"],
};

let server;
let browser;
let page;
const errors = [];

before(async () => {
  server = await serve();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Only the local server: sample pages point at their real sites.
  await page.route("**/*", (route) => (new URL(route.request().url()).host === new URL(server.origin).host ? route.continue() : route.abort()));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(server.origin + "/");
  await page.waitForSelector("html[data-ready]", { timeout: 20_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const text = (frame, selector) => frame.$eval(selector, (e) => e.textContent.replace(/\s+/g, " ").trim());

test("the sample page becomes a reader view with its metadata", async () => {
  const options = await page.$$eval("#sample option", (os) => os.map((o) => o.value));
  assert.ok(options.includes("kenya-news.html"), `samples offered: ${options}`);
  await page.getByLabel("Bundled sample").selectOption("kenya-news.html");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Read kenya-news.html"));

  const reader = page.frameLocator("#reader");
  await reader.locator("article.content p").first().waitFor();
  const frame = (await page.$("#reader").then((e) => e.contentFrame()));
  // "Contains": until metadata lands (branch meta) the title is the page's
  // whole <title>, site name included.
  assert.ok((await text(frame, ".lector-title")).includes(KENYA.title), "title in the reader header");
  const body = await text(frame, "article.content");
  assert.ok(body.includes(KENYA.sentence), "the story's text is in the reader");
  for (const phrase of KENYA.chrome) assert.ok(!body.includes(phrase), `no page chrome: ${phrase}`);
  // Styled by the extension's own stylesheet, which loaded. The <link> in
  // the srcdoc loads after the article's markup is in place, so wait for
  // it (a loaded machine took longer than one look; CI saw it unloaded).
  await frame.waitForFunction(
    () => [...document.styleSheets].some((s) => s.href?.endsWith("/extension/reader.css") && s.cssRules.length > 0),
    null,
    { timeout: 10_000 },
  );

  const meta = JSON.parse(await page.textContent("#meta"));
  assert.ok(meta.title.includes(KENYA.title), `title ${meta.title}`);
  for (const key of ["byline", "siteName", "publishedTime", "url"]) assert.ok(key in meta, `metadata shows ${key}`);
  assert.equal(meta.url, "https://newsunplug.co.ke/tech-issues-disrupt-the-trump-musk-interviews-premiere/", "the page's canonical address");
  assert.ok(meta.wordCount > 500, `word count ${meta.wordCount}`);

  mkdirSync(join(REPO, "target/www"), { recursive: true });
  await page.screenshot({ path: join(REPO, "target/www/playground.png") });
});

test("the metadata names the sample's title, author and site exactly", async () => {
  const meta = JSON.parse(await page.textContent("#meta"));
  assert.deepEqual(
    { title: meta.title, byline: meta.byline, siteName: meta.siteName },
    { title: KENYA.title, byline: KENYA.byline, siteName: KENYA.siteName },
  );
});

test("'Show what Lector kept' marks story paragraphs kept and chrome removed", async () => {
  await page.getByLabel("Show what Lector kept").check();
  assert.equal(await page.isVisible("#original"), true);
  assert.equal(await page.isVisible("#reader"), false);
  const frame = await page.$("#original").then((e) => e.contentFrame());
  const marks = await frame.evaluate(() => {
    const of = (needle) =>
      [...document.querySelectorAll("[data-lector]")].find((e) => e.textContent.includes(needle))?.dataset.lector ?? null;
    return {
      sentence: of("DDoS attacks aim to overload a website"),
      readMore: of("READ MORE"),
      share: of("Share This Article"),
      scripts: document.querySelectorAll("script").length,
      outline: getComputedStyle(document.querySelector('[data-lector="kept"]')).outlineStyle,
    };
  });
  assert.deepEqual(marks, { sentence: "kept", readMore: "removed", share: "removed", scripts: 0, outline: "solid" });
  assert.match(await page.textContent("#counts"), /\d+ blocks and images kept, \d+ removed/);
  await page.screenshot({ path: join(REPO, "target/www/kept.png") });
  await page.getByLabel("Show what Lector kept").uncheck();
});

test("hovering a marked block names the rule that removed it, or 'kept'", async () => {
  // Read the sample afresh (a change event needs a new value).
  await page.getByLabel("Bundled sample").selectOption("");
  await page.getByLabel("Bundled sample").selectOption("kenya-news.html");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Read kenya-news.html"));
  await page.getByLabel("Show what Lector kept").check();
  const frame = await page.$("#original").then((e) => e.contentFrame());
  await frame.waitForSelector("[data-lector-rule]");
  const marks = await frame.evaluate(() => {
    const all = [...document.querySelectorAll("[data-lector]")];
    const squash = (e) => e.textContent.replace(/\s+/g, " ").trim();
    const of = (found) => {
      const e = all.find(found);
      return e ? { mark: e.dataset.lector, rule: e.dataset.lectorRule ?? null, title: e.title } : null;
    };
    return {
      // "READ MORE President Ruto nominates ...": a promo inside the story.
      promo: of((e) => squash(e).startsWith("READ MORE President Ruto")),
      // The site menu's "Politics" item.
      menu: of((e) => e.localName === "li" && squash(e) === "Politics"),
      sentence: of((e) => e.localName === "p" && squash(e).includes("DDoS attacks aim to overload a website")),
      untitled: all.filter((e) => !e.title).length,
      explained: all.filter((e) => e.dataset.lectorRule).length,
      total: all.length,
      // Every explained mark agrees with its title.
      disagree: all.filter((e) => e.dataset.lectorRule && e.title !== (e.dataset.lector === "kept" ? "kept" : `removed: ${e.dataset.lectorRule}`)).length,
      cursor: getComputedStyle(document.querySelector("[data-lector-rule]")).cursor,
    };
  });
  assert.deepEqual(marks.promo, { mark: "removed", rule: "promo", title: "removed: promo" });
  assert.deepEqual(marks.menu, { mark: "removed", rule: "unlikely-name", title: "removed: unlikely-name" });
  assert.deepEqual(marks.sentence, { mark: "kept", rule: "kept", title: "kept" });
  assert.equal(marks.untitled, 0, "every marked block has a hover title");
  assert.equal(marks.disagree, 0);
  assert.ok(marks.explained >= marks.total * 0.95, `${marks.explained} of ${marks.total} blocks matched to explain's`);
  assert.equal(marks.cursor, "help");
  // The container's reason sits by the counts.
  assert.match(await page.textContent("#container"), /^Article container: strict pass: <div "entry-content[^"]*"> scored [\d.]+/);
  assert.equal(await page.isVisible("#container"), true);
  assert.deepEqual(errors, []);
  await page.getByLabel("Show what Lector kept").uncheck();
});

test("pasted HTML never runs: no script, no event handler", async () => {
  const hostile = `<!doctype html><html><head><title>Trap</title>
    <script>window.__pwned = 1; parent.__pwned = 1; top.__pwned = 1;</script></head>
    <body><article><h1>Trap</h1>
    <img src="/nope.png" onerror="window.__pwned = 2; parent.__pwned = 2; top.__pwned = 2">
    <p onclick="top.__pwned = 3">${"A harmless sentence about nothing much at all. ".repeat(12)}</p>
    <p>${"Another paragraph so that the page reads as an article. ".repeat(10)}</p>
    <svg><script>top.__pwned = 4</script></svg>
    <iframe srcdoc="&lt;script&gt;top.__pwned = 5&lt;/script&gt;"></iframe>
    </article></body></html>`;
  await page.getByLabel("Or paste HTML").fill(hostile);
  await page.getByRole("button", { name: "Read pasted HTML" }).click();
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Read the pasted HTML"));
  await page.getByLabel("Show what Lector kept").check(); // render the original too
  await page.waitForTimeout(500); // time for an image error or a late script
  const frame = await page.$("#reader").then((e) => e.contentFrame());
  assert.ok((await text(frame, "article.content")).includes("A harmless sentence"));
  for (const f of page.frames()) {
    assert.equal(await f.evaluate(() => window.__pwned ?? null), null, `nothing ran in ${f.url()}`);
    // Nor could it later: no inline script or handler made it into any
    // frame (the page's CSP alone would block them; this checks the copy).
    const active = await f.evaluate(() => document.querySelectorAll("script:not([src]), [onerror], [onclick]").length);
    assert.equal(active, 0, `inline scripts or handlers in ${f.url()}`);
  }
  assert.deepEqual(errors, []);
  await page.getByLabel("Show what Lector kept").uncheck();
});

test("a saved page opened from disk, in its declared legacy charset", async () => {
  // "café" and a curly quote in windows-1252: wrong decoding would show
  // replacement characters or mojibake.
  const html = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 notes</title></head><body><article>
    <h1>Caf\u00e9 notes</h1>${"<p>The caf\u00e9 on the corner \u2019s menu changes every week, and regulars keep notes on it.</p>".repeat(8)}
    </article></body></html>`;
  const bytes = Buffer.from([...html].map((c) => ({ "\u00e9": 0xe9, "\u2019": 0x92 })[c] ?? c.charCodeAt(0)));
  await page.getByLabel("Saved page (.html)").setInputFiles({ name: "cafe.html", mimeType: "text/html", buffer: bytes });
  await page.waitForFunction(() => document.getElementById("status").textContent.includes("cafe.html"));
  const frame = await page.$("#reader").then((e) => e.contentFrame());
  assert.ok((await text(frame, "article.content")).includes("The café on the corner ’s menu"), "decoded as windows-1252");
});
