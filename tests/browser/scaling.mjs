// Browser part of the scaling benchmark: the bad inputs of
// tests/support/hostile.rs (as hostile.mjs builds them) at 1x, 10x and 100x
// (100x is the size the issue names), parsed by Chromium's DOMParser and
// read by the optimized wasm build. For each: the time of Lector's work (read the DOM, the
// readerable check, extract; best of 3) against the 1x time, and the growth
// of a fresh wasm instance's linear memory per input byte, which is Lector's
// whole heap high-water mark in the browser. DOMParser's own time and
// memory are the browser's, not Lector's, and are left out.
//
//   make bench-browser      (after `make wasm`; writes target/bench/browser-scaling.json)

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, HERE, startServer, launch, lectorBundle } from './harness.mjs';
import { SHAPES, toBuild } from './hostile.mjs';

const server = await startServer({ '/fixtures/': path.join(HERE, 'fixtures') });
const chrome = await launch({ javaScriptEnabled: true });
chrome.state.origin = server.origin;
const page = chrome.page;
await page.goto(`${server.origin}/fixtures/article.html`);
const bundle = lectorBundle();

const rows = [];
for (const [name, [full, make]] of Object.entries(SHAPES)) {
  for (const scale of [1, 10, 100]) {
    const row = await page.evaluate(({ build, make, n, glue, wasm }) => {
      // eslint-disable-next-line no-new-func
      const html = new Function(`return (${build})`)()({ make, n });
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
    }, { ...toBuild(make, Math.round((full * scale) / 100)), ...bundle });
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
