// Two builds of Lector on the same live pages, interleaved: for each
// Readability-corpus page, times (old) and (new) `extract(document)`,
// Readability.js and a bare TreeWalker pass, alternating batches, so that
// machine load hits both builds alike. Prints the medians and p90s of the
// per-page ratios Readability / Lector and Lector / walk for each build.
//
//   node tests/browser/compare.mjs --old /tmp/old/dist/wasm/no-modules [--new dist/wasm/no-modules] [--limit N] [--encoded]
//
// A build is timed on `extract(document)`, or, with `--encoded` or when it
// has no `extract` (the extension's engine, dist/wasm/extension), the way the
// extension runs it: `extractEncoded(__lectorEncode(document), { url })`.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  option, REPO, startServer, launch, readabilitySource, readabilityPages,
} from './harness.mjs';

const corpus = path.resolve(REPO, option('corpus', '../shared/corpus'));
const limit = Number(option('limit', '100000'));
const encoded = process.argv.includes('--encoded');
const bundleOf = (dir) => ({
  glue: readFileSync(path.join(dir, 'lector.js'), 'utf8'),
  wasm: readFileSync(path.join(dir, 'lector_bg.wasm')).toString('base64'),
});
const builds = {
  old: bundleOf(path.resolve(REPO, option('old', '/tmp/inpage-old/wasm/no-modules'))),
  new: bundleOf(path.resolve(REPO, option('new', 'dist/wasm/no-modules'))),
};
const pages = readabilityPages(corpus).slice(0, limit);
const server = await startServer({ '/corpus/': corpus });
const chrome = await launch();
chrome.state.origin = server.origin;
const readability = readabilitySource();

const rows = [];
for (const p of pages) {
  await chrome.load(p.canonical, `${server.origin}/corpus/${p.rel}`);
  await chrome.page.evaluate(({ builds, readability }) => {
    window.__builds = {};
    for (const [k, { glue, wasm }] of Object.entries(builds)) {
      const [lector, encode] = new Function(
        `${glue}\nreturn [wasm_bindgen, typeof __lectorEncode === 'function' ? __lectorEncode : null];`,
      )();
      lector.initSync({ module: Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0)) });
      window.__builds[k] = { api: lector, encode };
    }
    window.__Readability = new Function(`${readability}\nreturn Readability;`)();
  }, { builds, readability });
  const row = await chrome.page.evaluate((encoded) => {
    const { old, new: nu } = window.__builds;
    const run = (b) => (encoded || !b.api.extract
      ? () => b.api.extractEncoded(b.encode(document), { url: document.URL })
      : () => b.api.extract(document));
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
      old: run(old),
      new: run(nu),
      newEncode: () => nu.encode(document),
      // The engine alone, on the page encoded once.
      newExtract: (() => {
        const s = nu.encode ? nu.encode(document) : null;
        return s === null ? () => 0 : () => nu.api.extractEncoded(s, { url: document.URL });
      })(),
      // Without `readOnly` (the extension's engine) the shares are not shown.
      ...(nu.api.readOnly ? { newRead: () => nu.api.readOnly(document) } : {}),
      readability: () => new Readability(document.cloneNode(true)).parse(),
      walk,
    };
    const same = JSON.stringify(cases.old()) === JSON.stringify(cases.new());
    const n = {};
    for (const [k, f] of Object.entries(cases)) {
      f();
      const t0 = performance.now();
      f();
      n[k] = Math.max(1, Math.ceil(4 / Math.max(performance.now() - t0, 0.005)));
    }
    const means = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    // The builds swap places every batch: the case run right after the
    // others (Readability.js's allocations, the walk) runs slower, and with
    // a fixed order the same build twice measured new / old at 0.937.
    const order = Object.keys(cases);
    const swapped = ['new', 'old', ...order.filter((k) => k !== 'old' && k !== 'new')];
    for (let b = 0; b < 6; b++) {
      for (const k of b % 2 ? swapped : order) {
        const f = cases[k];
        const t0 = performance.now();
        for (let i = 0; i < n[k]; i++) f();
        means[k].push((performance.now() - t0) / n[k]);
      }
    }
    const out = { same };
    for (const k of Object.keys(cases)) {
      const m = means[k].sort((x, y) => x - y);
      out[k] = (m[2] + m[3]) / 2;
    }
    return out;
  }, encoded);
  row.name = p.name;
  rows.push(row);
}
await chrome.close();
await server.close();

const q = (xs, f) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(f * (s.length - 1) + 0.5))];
};
const r = (f) => rows.map(f);
const line = (label, xs) => console.log(`${label.padEnd(34)} median ${q(xs, 0.5).toFixed(3).padStart(7)}  p90 ${q(xs, 0.9).toFixed(3).padStart(7)}`);
console.log(`compare: ${rows.length} pages, old and new interleaved`);
line('Readability / old (per page)', r((x) => x.readability / x.old));
line('Readability / new (per page)', r((x) => x.readability / x.new));
line('old / walk', r((x) => x.old / x.walk));
line('new / walk', r((x) => x.new / x.walk));
line('new / old', r((x) => x.new / x.old));
line('new: encode share', r((x) => x.newEncode / x.new));
line('ms new encode', r((x) => x.newEncode));
line('ms new extractEncoded alone', r((x) => x.newExtract));
if (rows.every((x) => x.newRead !== undefined)) {
  line('new: decode share (read - encode)', r((x) => (x.newRead - x.newEncode) / x.new));
  line('new: extract share', r((x) => (x.new - x.newRead) / x.new));
}
line('ms old', r((x) => x.old));
line('ms new', r((x) => x.new));
line('ms readability', r((x) => x.readability));
line('ms walk', r((x) => x.walk));
const ms = (k, f) => q(r((x) => x[k]), f);
for (const b of ['old', 'new']) {
  console.log(`${b}: Readability / Lector of the medians ${(ms('readability', 0.5) / ms(b, 0.5)).toFixed(3)}, of the p90s ${(ms('readability', 0.9) / ms(b, 0.9)).toFixed(3)}`);
}
// The ratio that 90% of pages reach.
console.log(`Readability / Lector, 10th percentile of pages: old ${q(r((x) => x.readability / x.old), 0.1).toFixed(3)}  new ${q(r((x) => x.readability / x.new), 0.1).toFixed(3)}`);
const diff = rows.filter((x) => !x.same).map((x) => x.name);
console.log(`pages where old and new results differ: ${diff.length}${diff.length ? ` (${diff.join(', ')})` : ''}`);
