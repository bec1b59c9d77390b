// How long the reader takes to appear: from the toolbar click to the reader
// frame's largest contentful paint (the article on screen), on the first
// opening (engine load + extraction) and on reopening (cached article),
// median and p90 over pages, and where the time goes (the trace the content
// script hands the reader with the article, and the reader frame's own
// marks and navigation timing). summarize.mjs sums up several runs.
//
// Usage: node measure.mjs [--json FILE] [corpus page names...]
//   (run `make extension` first; LECTOR_EXTENSION=DIR measures another build)
import { writeFileSync } from "node:fs";
import * as h from "./e2e/harness.mjs";

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const names = args;
const paths = names.length
  ? names.map((n) => `/corpus/${n}/`)
  : ["/samples/kenya-news.html", "/fixtures/article.html?csp=strict", ...h.corpusPages(["ars-1", "bbc-1", "cnn", "guardian-1", "lemonde-1", "medium-1", "nytimes-1", "wapo-1", "wikipedia-3", "yahoo-4", "heise"]).map((n) => `/corpus/${n}/`)];

const server = await h.startServer();
const browser = await h.launch();
const q = (xs, f) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))] : NaN;
};
const median = (xs) => q(xs, 0.5);

// Steps of one opening, each as the time (ms since the click) it ended.
// Trace names come from background.js and content/page.js; "reader:" ones
// from the reader frame.
const STEPS = [
  ["lector:click", "toolbar event reaches the background"],
  ["lector:probed", "probe: is the content script there? (first opening)"],
  ["lector:injected", "engine glue + content script injected (first opening)"],
  ["lector:toggle", "content script toggles"],
  ["lector:frame", "reader frame created"],
  ["lector:encoded", "page encoded (encode.js)"],
  ["lector:sent", "page sent to the background's engine"],
  ["lector:bg-received", "background: page received"],
  ["lector:bg-engine", "background: engine ready (compiled once per worker)"],
  ["lector:bg-extracted", "background: decode + extract + serialize (wasm)"],
  ["lector:extracted", "content script has the article"],
  ["reader:nav", "reader page: navigation starts (its document's time origin)"],
  ["reader:response", "reader page: its HTML received"],
  ["reader:interactive", "reader page: HTML parsed (domInteractive)"],
  ["reader:scripts", "reader page: its scripts fetched (last responseEnd)"],
  ["reader:start", "reader page: reader.js starts"],
  ["reader:dcl", "reader page: DOMContentLoaded"],
  ["lector:answered", "content script answers the reader"],
  ["reader:answer", "reader page: answer received"],
  ["reader:rendered", "reader page: article in the DOM"],
  ["reader:painted", "reader page: article painted (rAF + task after)"],
  ["reader:lcp", "reader page: largest contentful paint"],
];

async function timeOpen(page) {
  const frame = await h.openReader(browser, page);
  const clicked = browser.lastClick();
  const seen = await frame.evaluate(() => {
    const at = (name) => {
      const mark = performance.getEntriesByName(name)[0];
      return mark ? performance.timeOrigin + mark.startTime : null;
    };
    const nav = performance.getEntriesByType("navigation")[0];
    const abs = (t) => (t ? performance.timeOrigin + t : null);
    const scripts = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script");
    return {
      trace: performance.getEntriesByName("lector-answer")[0]?.detail ?? [],
      "reader:nav": performance.timeOrigin,
      "reader:response": nav ? abs(nav.responseEnd) : null,
      "reader:interactive": nav ? abs(nav.domInteractive) : null,
      "reader:scripts": scripts.length ? abs(Math.max(...scripts.map((r) => r.responseEnd))) : null,
      "reader:dcl": nav ? abs(nav.domContentLoadedEventStart) : null,
      "reader:start": at("lector-reader-start"),
      "reader:answer": at("lector-answer"),
      "reader:rendered": at("lector-rendered"),
    };
  });
  seen["reader:painted"] = await frame
    .waitForFunction(() => {
      const mark = performance.getEntriesByName("lector-painted")[0];
      return mark ? performance.timeOrigin + mark.startTime : null;
    }, null, { timeout: 2000 })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  // The largest contentful paint so far (the article, once painted): read
  // after the painted mark and one more frame, so its entry is reported.
  seen["reader:lcp"] = await frame
    .evaluate(
      () =>
        new Promise((done) => {
          const entries = [];
          const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
          observer.observe({ type: "largest-contentful-paint", buffered: true });
          requestAnimationFrame(() =>
            setTimeout(() => {
              entries.push(...observer.takeRecords());
              observer.disconnect();
              const last = entries.at(-1);
              done(last ? performance.timeOrigin + (last.renderTime || last.startTime) : null);
            }, 50),
          );
        }),
    )
    .catch(() => null);
  await browser.click(page);
  await h.waitClosed(page);
  const steps = {};
  for (const [name, t] of seen.trace) steps[name] = t - clicked;
  for (const [name] of STEPS) if (name.startsWith("reader:") && seen[name]) steps[name] = seen[name] - clicked;
  return steps;
}

// What the person sees: painted where the reader marks it, else rendered
// (builds from before the painted mark).
const shown = (steps) => steps["reader:lcp"] ?? steps["reader:painted"] ?? steps["reader:rendered"] ?? NaN;

const rows = [];
// A warm-up opening, so the first measured page doesn't pay for browser start-up.
{
  const page = await browser.context.newPage();
  await page.goto(server.origin + "/fixtures/article.html?warmup");
  await timeOpen(page);
  await page.close();
}
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(0) : "-").padStart(5);
for (const path of paths) {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: "load" });
  const first = await timeOpen(page);
  const again = [];
  for (let i = 0; i < 5; i++) again.push(await timeOpen(page));
  const reopen = median(again.map(shown));
  rows.push({ path, first, again, firstMs: shown(first), reopenMs: reopen });
  console.log(`${path.padEnd(40)} first ${fmt(shown(first))} ms (rendered ${fmt(first["reader:rendered"])})   reopen (median of 5) ${fmt(reopen)} ms`);
  await page.close();
}

const firsts = rows.map((r) => r.firstMs);
const reopens = rows.map((r) => r.reopenMs);
console.log(
  `over ${rows.length} pages, click to largest contentful paint: first median ${fmt(median(firsts))} ms, p90 ${fmt(q(firsts, 0.9))} ms; ` +
    `reopen median ${fmt(median(reopens))} ms, p90 ${fmt(q(reopens, 0.9))} ms`,
);
console.log("\nwhere the time goes (ms after the click at which each step ended; median over pages):");
console.log(`${"step".padEnd(58)} first  reopen`);
for (const [name, label] of STEPS) {
  const a = median(rows.map((r) => r.first[name]));
  const b = median(rows.map((r) => median(r.again.map((s) => s[name]))));
  if (!Number.isFinite(a) && !Number.isFinite(b)) continue;
  console.log(`${label.padEnd(58)}${fmt(a)}  ${fmt(b)}`);
}
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ extension: h.EXTENSION, rows, first: { median: median(firsts), p90: q(firsts, 0.9) }, reopen: { median: median(reopens), p90: q(reopens, 0.9) } }, null, 1));
}
await browser.close();
browser.removeProfile();
await server.close();
