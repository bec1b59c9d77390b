// Browser benchmark: on each Readability-corpus page, loaded in headless
// Chromium, times on the same live page
//   (a) Lector: read the live DOM + extract          api.extract(document)
//   (a') Lector's read alone (encode.js + decode)     api.readOnly(document)
//   (a'') the web-sys reader alone, node by node      api.readOnly(document, 'websys')
//   (e) encode.js alone (the JS walk, one string)      __lectorEncode(document)
//   (x) Lector from that string: crossing + decode + extract + output
//                                                     api.extractEncoded(s, { url })
//   (b) Readability.js: new Readability(document.cloneNode(true)).parse()
//   (c) a bare JS TreeWalker pass summing text lengths
// Prints median and p90 over pages for each, the ratios, where Lector's time
// goes (encode in JS; crossing + decode = read - encode; extraction and
// output = extract - read; each as a share of (a)), the boundary calls
// of the read, and wasm memory after extracting the largest page. Writes
// target/bench/browser.json.
//
//   make bench-browser
//   node tests/browser/bench.mjs --corpus ../shared/corpus [--limit N]

import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  option,
  REPO, startServer, launch, lectorBundle, readabilitySource, injectLector, readabilityPages,
} from './harness.mjs';

const corpus = path.resolve(REPO, option('corpus', '../shared/corpus'));
const limit = Number(option('limit', '100000'));

let pages = readabilityPages(corpus);
if (!pages) {
  console.log(`# SKIPPED: no Readability corpus at ${corpus}`);
  process.exit(0);
}
pages = pages.slice(0, limit);
const sizeOf = (p) => statSync(path.join(corpus, p.rel)).size;
const largest = pages.reduce((a, b) => (sizeOf(b) > sizeOf(a) ? b : a));

const server = await startServer({ '/corpus/': corpus });
const chrome = await launch();
chrome.state.origin = server.origin;
const bundle = lectorBundle();
const readability = readabilitySource();

const rows = [];
for (const p of pages) {
  await chrome.load(p.canonical, `${server.origin}/corpus/${p.rel}`);
  await injectLector(chrome.page, bundle, readability);
  const row = await chrome.page.evaluate(() => {
    const { api, encode } = window.__lector;
    const encoded = encode(document);
    const Readability = window.__Readability;
    const walk = () => {
      const w = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n = 0;
      let len = 0;
      while (w.nextNode()) {
        n += 1;
        if (w.currentNode.nodeType === 3) len += w.currentNode.length;
      }
      return n + len;
    };
    const cases = {
      lector: () => api.extract(document),
      lectorRead: () => api.readOnly(document),
      lectorReadWebSys: () => api.readOnly(document, 'websys'),
      lectorEncode: () => encode(document),
      lectorExtractEncoded: () => api.extractEncoded(encoded, { url: document.URL }),
      readability: () => new Readability(document.cloneNode(true)).parse(),
      walk,
    };
    // performance.now() is coarse (100 us) here: time batches of calls
    // lasting >= 5 ms each and take the median of 5 batch means.
    const time = (f) => {
      f();
      let t0 = performance.now();
      f();
      const once = Math.max(performance.now() - t0, 0.005);
      const n = Math.max(1, Math.ceil(5 / once));
      const means = [];
      for (let b = 0; b < 5; b++) {
        t0 = performance.now();
        for (let i = 0; i < n; i++) f();
        means.push((performance.now() - t0) / n);
      }
      means.sort((x, y) => x - y);
      return means[2];
    };
    const out = {};
    for (const [k, f] of Object.entries(cases)) out[k] = time(f);
    api.readOnly(document, 'websys');
    out.websysStats = api.lastReadStats();
    api.extract(document);
    out.stats = api.lastReadStats();
    out.nodes = document.getElementsByTagName('*').length;
    return out;
  });
  row.name = p.name;
  rows.push(row);
}

// Memory: a fresh instance, then the largest page once.
await chrome.load(largest.canonical, `${server.origin}/corpus/${largest.rel}`);
await injectLector(chrome.page, bundle);
const memory = await chrome.page.evaluate(() => {
  const { api, memory } = window.__lector;
  const before = memory.buffer.byteLength;
  api.extract(document);
  return { before, after: memory.buffer.byteLength, stats: api.lastReadStats() };
});
await chrome.close();
await server.close();

const q = (xs, f) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))];
};
const summary = {};
const KEYS = ['lector', 'lectorRead', 'lectorReadWebSys', 'lectorEncode', 'lectorExtractEncoded', 'readability', 'walk'];
for (const k of KEYS) {
  const xs = rows.map((r) => r[k]);
  summary[k] = { median_ms: q(xs, 0.5), p90_ms: q(xs, 0.9) };
}
const calls = rows.map((r) => r.stats.boundaryCalls);
const wsCalls = rows.map((r) => r.websysStats.boundaryCalls);
const perNode = rows.map((r) => r.websysStats.boundaryCalls / Math.max(1, r.websysStats.elements + r.websysStats.texts));
const ratio = (k1, k2) => q(rows.map((r) => r[k1] / r[k2]), 0.5);
const report = {
  pages: rows.length,
  summary,
  ratios: {
    readability_over_lector: ratio('readability', 'lector'),
    lector_over_walk: ratio('lector', 'walk'),
    lector_read_over_walk: ratio('lectorRead', 'walk'),
    websys_read_over_walk: ratio('lectorReadWebSys', 'walk'),
  },
  // Shares of (a), medians of per-page shares.
  breakdown: {
    encode: q(rows.map((r) => r.lectorEncode / r.lector), 0.5),
    crossing_decode: q(rows.map((r) => (r.lectorRead - r.lectorEncode) / r.lector), 0.5),
    extract_output: q(rows.map((r) => (r.lector - r.lectorRead) / r.lector), 0.5),
  },
  boundary_calls: {
    encoded_median: q(calls, 0.5),
    websys_median: q(wsCalls, 0.5),
    websys_p90: q(wsCalls, 0.9),
    websys_per_node_median: q(perNode, 0.5),
  },
  memory: { page: largest.name, html_bytes: sizeOf(largest), ...memory },
  rows,
};

const f = (x) => x.toFixed(3).padStart(8);
console.log(`browser bench: ${rows.length} Readability-corpus pages, headless Chromium`);
console.log('                              median ms   p90 ms');
const label = {
  lector: '(a) Lector read+extract',
  lectorRead: "(a') Lector read (encode.js)",
  lectorReadWebSys: "(a'') Lector read (web-sys)",
  lectorEncode: '(e) encode.js alone',
  lectorExtractEncoded: '(x) extractEncoded(string)',
  readability: '(b) Readability.js',
  walk: '(c) JS TreeWalker',
};
for (const [k, v] of Object.entries(summary)) {
  console.log(`${label[k].padEnd(30)}${f(v.median_ms)} ${f(v.p90_ms)}`);
}
console.log(`Readability / Lector (median of per-page ratios): ${report.ratios.readability_over_lector.toFixed(2)}`);
console.log(`Lector / walk: ${report.ratios.lector_over_walk.toFixed(2)}   read (encode.js) / walk: ${report.ratios.lector_read_over_walk.toFixed(2)}   read (web-sys) / walk: ${report.ratios.websys_read_over_walk.toFixed(2)}`);
const bd = report.breakdown;
console.log(`share of (a): encode.js ${bd.encode.toFixed(2)}, crossing + decode (a'-e) ${bd.crossing_decode.toFixed(2)}, extraction + output (a-a') ${bd.extract_output.toFixed(2)}`);
const bc = report.boundary_calls;
console.log(`boundary calls per page: encode.js reader ${bc.encoded_median}; web-sys reader median ${bc.websys_median}, p90 ${bc.websys_p90}, ${bc.websys_per_node_median.toFixed(2)} per node`);
console.log(`wasm memory after extracting the largest page (${largest.name}, ${sizeOf(largest)} bytes of HTML): ${(memory.after / 1048576).toFixed(2)} MiB (fresh instance: ${(memory.before / 1048576).toFixed(2)} MiB)`);
mkdirSync(path.join(REPO, 'target', 'bench'), { recursive: true });
writeFileSync(path.join(REPO, 'target', 'bench', 'browser.json'), JSON.stringify(report, null, 1));
console.log('wrote target/bench/browser.json');
