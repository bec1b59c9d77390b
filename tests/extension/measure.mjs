// How long the reader takes to appear: from the toolbar click to the
// article rendered in the frame (the frame's "lector-rendered" mark), on the
// first opening (engine load + extraction) and on reopening (cached article).
// Usage: node measure.mjs [corpus page names...]   (run `make extension` first)
import * as h from "./e2e/harness.mjs";

const names = process.argv.slice(2);
const paths = names.length
  ? names.map((n) => `/corpus/${n}/`)
  : ["/samples/kenya-news.html", "/fixtures/article.html?csp=strict", ...h.corpusPages(["ars-1", "guardian-1", "nytimes-1", "wikipedia-3", "yahoo-4"]).map((n) => `/corpus/${n}/`)];

const server = await h.startServer();
const browser = await h.launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeOpen(page) {
  const clicked = Date.now();
  const frame = await h.openReader(browser, page);
  const shown = await frame.evaluate(() => {
    const mark = performance.getEntriesByName("lector-rendered")[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  });
  await browser.click(page);
  await h.waitClosed(page);
  return shown ? Math.round(shown - clicked) : NaN;
}

const rows = [];
// A warm-up opening, so the first measured page doesn't pay for browser start-up.
{
  const page = await browser.context.newPage();
  await page.goto(server.origin + "/fixtures/article.html?warmup");
  await timeOpen(page);
  await page.close();
}
for (const path of paths) {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: "load" });
  const first = await timeOpen(page);
  const again = [];
  for (let i = 0; i < 5; i++) again.push(await timeOpen(page));
  rows.push({ path, first, reopen: median(again) });
  console.log(`${path.padEnd(40)} first ${String(first).padStart(5)} ms   reopen (median of 5) ${String(median(again)).padStart(4)} ms`);
  await page.close();
}
console.log(`median over ${rows.length} pages: first ${median(rows.map((r) => r.first))} ms, reopen ${median(rows.map((r) => r.reopen))} ms`);
await browser.close();
browser.removeProfile();
await server.close();
