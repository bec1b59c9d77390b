// Sums up several `measure.mjs --json` runs of one or more builds, for
// comparing builds interleaved in one session: per step of an opening, the
// median over all page runs of the time (ms after the click) it ended, as a
// Markdown table, then click to largest contentful paint, median and p90.
//
// Usage: node summarize.mjs DIR NAME... (reads DIR/NAME-*.json for each NAME)
// e.g. for i in 1 2 3; do for v in old new; do
//        LECTOR_EXTENSION=/tmp/ext-$v node measure.mjs --json runs/$v-$i.json; done; done
//      node summarize.mjs runs old new
import { readFileSync, readdirSync } from "node:fs";
const [dir, ...versions] = process.argv.slice(2);
const q = (xs, f) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))] : NaN; };
const STEPS = [
  ["lector:click", "toolbar event reaches the background"],
  ["lector:probed", "probe: is the content script there?"],
  ["lector:injected", "engine glue + content script injected"],
  ["lector:toggle", "content script toggles"],
  ["reader:nav", "reader frame: navigation starts"],
  ["lector:frame", "reader frame created (page laid out for it)"],
  ["reader:response", "reader frame: its HTML received"],
  ["lector:encoded", "page encoded (encode.js) and sent"],
  ["lector:bg-received", "background: page received"],
  ["lector:bg-extracted", "background: decode + extract + serialize"],
  ["lector:extracted", "content script has the article"],
  ["reader:interactive", "reader frame: HTML parsed (domInteractive)"],
  ["reader:start", "reader frame: its script starts"],
  ["reader:dcl", "reader frame: DOMContentLoaded"],
  ["lector:answered", "content script answers the reader"],
  ["reader:answer", "reader frame: answer received"],
  ["reader:rendered", "reader frame: article in the DOM"],
  ["reader:painted", "reader frame: rAF + task after"],
  ["reader:lcp", "**reader frame: largest contentful paint**"],
];
const data = {};
for (const v of versions) {
  data[v] = { first: {}, again: {} };
  for (const n of readdirSync(dir).filter((n) => n.startsWith(v + "-") && n.endsWith(".json"))) {
    const j = JSON.parse(readFileSync(`${dir}/${n}`));
    for (const row of j.rows) for (const [k] of STEPS) {
      (data[v].first[k] ??= []).push(row.first[k]);
      (data[v].again[k] ??= []).push(q(row.again.map((s) => s[k]), 0.5));
    }
  }
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
console.log(`| step (ms after the click it ended, median) | ${versions.map((v) => `${v} first | ${v} reopen`).join(" | ")} |`);
console.log(`|---|${versions.map(() => "---:|---:").join("|")}|`);
for (const [k, label] of STEPS) {
  const cells = versions.flatMap((v) => [f(q(data[v].first[k] ?? [], 0.5)), f(q(data[v].again[k] ?? [], 0.5))]);
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
for (const v of versions) {
  const a = data[v].first["reader:lcp"], b = data[v].again["reader:lcp"];
  console.log(`${v}: click to LCP first median ${f(q(a, .5))} p90 ${f(q(a, .9))}; reopen median ${f(q(b, .5))} p90 ${f(q(b, .9))} (n=${a.length})`);
}
