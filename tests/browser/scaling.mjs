// Browser part of the scaling benchmark: the bad inputs of
// tests/support/hostile.rs, built here at 1x, 10x and 100x (100x is the size
// the issue names), parsed by Chromium's DOMParser and read by the optimized
// wasm build. For each: the time of Lector's work (read the DOM, the
// readerable check, extract; best of 3) against the 1x time, and the growth
// of a fresh wasm instance's linear memory per input byte, which is Lector's
// whole heap high-water mark in the browser. DOMParser's own time and
// memory are the browser's, not Lector's, and are left out.
//
//   make bench-browser      (after `make wasm`; writes target/bench/browser-scaling.json)

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, HERE, startServer, launch, lectorBundle } from './harness.mjs';

// The same shapes and full sizes as tests/support/hostile.rs. Each maker
// runs in the page: `p` wraps a body in a page, `three` is three paragraphs.
const CASES = [
  ['nested', 100_000, (n, p, three) => p('<div>'.repeat(n) + three + '</div>'.repeat(n))],
  ['siblings', 1_000_000, (n, p, three) => p(`${three}<div>${'<i></i>'.repeat(n)}</div>`)],
  ['text-node', 10_000_000, (n, p) => p(`<p>${'word '.repeat(n)}</p>`)],
  ['attribute', 1 << 20, (n, p, three, prose) => {
    const attr = 'x'.repeat(n);
    return p(`<article class="${attr}"><p title="${attr}">${prose}</p>${three}</article>`);
  }],
  ['scripts', 200_000, (n, p, three) => p(three + '<script>var n = 1;</script><STYLE>p{}</STYLE>'.repeat(n))],
  ['attribute-count', 1_000_000, (n, p, three) =>
    p(`<article${Array.from({ length: n }, (_, i) => ` a${i}=1`).join('')}>${three}</article>`)],
  ['table', 20_000, (n, p, three, prose) =>
    p(`<table>${Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>${prose}</td></tr>`).join('')}</table>`)],
  ['images', 50_000, (n, p) =>
    p(`<article>${Array.from({ length: n }, (_, i) => `<figure><img src="/p/${i}.jpg" alt="Photo ${i}"></figure>`).join('')}</article>`)],
  ['paragraphs', 30_000, (n, p, three, prose) =>
    p(`<nav><a href=/>Home</a></nav><article>${Array.from({ length: n }, (_, i) => `<p>${i}. ${prose}</p>`).join('')}</article>`)],
];

const server = await startServer({ '/fixtures/': path.join(HERE, 'fixtures') });
const chrome = await launch({ javaScriptEnabled: true });
chrome.state.origin = server.origin;
const page = chrome.page;
await page.goto(`${server.origin}/fixtures/article.html`);
const bundle = lectorBundle();

const rows = [];
for (const [name, full, make] of CASES) {
  for (const scale of [1, 10, 100]) {
    const row = await page.evaluate(({ make, n, glue, wasm }) => {
      const prose = 'The committee met on Tuesday to review the budget, and after a long debate it agreed to '
        + 'fund the new library, the repairs to the bridge and a study of the river\'s water quality over '
        + 'the next three years.';
      const three = `<p>${prose}</p><p>${prose}</p><p>${prose}</p>`;
      const p = (body) => `<!doctype html><html><head><title>Budget news</title></head><body>${body}</body></html>`;
      // eslint-disable-next-line no-new-func
      const html = new Function('n', 'p', 'three', 'prose', `return (${make})(n, p, three, prose);`)(n, p, three, prose);
      const doc = new DOMParser().parseFromString(html, 'text/html');
      // A fresh instance per input: its memory only grows, so its growth
      // over one run is the peak of that run.
      // eslint-disable-next-line no-new-func
      const m = new Function(`${glue}\nreturn wasm_bindgen;`)();
      const bytes = Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0));
      const { memory } = m.initSync({ module: bytes });
      const before = memory.buffer.byteLength;
      const run = () => {
        const readerable = m.isProbablyReaderable(doc);
        const a = m.extract(doc);
        return { readerable, article: a !== null };
      };
      const result = run();
      const grown = memory.buffer.byteLength - before;
      // performance.now() is coarse (100 us) here: each of the 3 tries
      // times a batch of runs lasting about 20 ms or more.
      let t0 = performance.now();
      run();
      const reps = Math.max(1, Math.ceil(20 / Math.max(performance.now() - t0, 0.01)));
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        t0 = performance.now();
        for (let r = 0; r < reps; r++) run();
        best = Math.min(best, (performance.now() - t0) / reps);
      }
      return { input: html.length, ms: best, grown, ...result };
    }, { make: make.toString(), n: Math.round((full * scale) / 100), ...bundle });
    rows.push({ name, scale, ...row });
  }
}
await chrome.close();
await server.close();

const out = rows.map((r) => {
  const base = rows.find((b) => b.name === r.name && b.scale === 1);
  return { ...r, time_ratio: r.ms / Math.max(base.ms, 0.1), memory_per_input_byte: r.grown / r.input };
});
console.log('browser scaling: DOM read + readerable + extract in the optimized wasm, best of 3; wasm memory growth / input bytes');
console.log('case             scale   input MB         ms   x time   mem/in  article');
for (const r of out) {
  console.log(
    `${r.name.padEnd(16)}${String(r.scale).padStart(4)}x ${(r.input / 1e6).toFixed(2).padStart(10)} `
    + `${r.ms.toFixed(2).padStart(10)} ${r.time_ratio.toFixed(1).padStart(8)} `
    + `${r.memory_per_input_byte.toFixed(2).padStart(8)}  ${r.article ? 'yes' : 'no'}`,
  );
}
mkdirSync(path.join(REPO, 'target', 'bench'), { recursive: true });
writeFileSync(path.join(REPO, 'target', 'bench', 'browser-scaling.json'), JSON.stringify(out, null, 1));
console.log('wrote target/bench/browser-scaling.json');
