// The JS API in a real page with scripts on: the `--target web` module and
// the `--target no-modules` script, plain-object results, errors, DOMParser
// documents, no mutation, and a fresh instance working after a panic.
//
//   node tests/browser/api.mjs      (after `make wasm`)

import assert from 'node:assert/strict';
import path from 'node:path';
import { REPO, HERE, startServer, launch } from './harness.mjs';
import { SHAPES, toBuild } from './hostile.mjs';

const server = await startServer({
  '/dist/': path.join(REPO, 'dist'),
  '/fixtures/': path.join(HERE, 'fixtures'),
});
const chrome = await launch({ javaScriptEnabled: true });
chrome.state.origin = server.origin;
const page = chrome.page;
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`${server.origin}/fixtures/article.html`);

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL - ${name}: ${e.message}`);
  }
}

await check('web target: extract returns a plain camelCase object', async () => {
  const r = await page.evaluate(async () => {
    const m = await import('/dist/wasm/web/lector.js');
    await m.default();
    window.__m = m;
    const a = m.extract(document);
    return {
      proto: Object.getPrototypeOf(a) === Object.prototype,
      keys: Object.keys(a),
      a,
      readerable: m.isProbablyReaderable(document),
      version: m.version(),
    };
  });
  assert.ok(r.proto, 'not a plain object');
  for (const k of ['title', 'byline', 'siteName', 'textContent', 'content', 'wordCount', 'readingTimeMinutes', 'leadImageUrl', 'publishedTime']) {
    assert.ok(r.keys.includes(k), `missing ${k}`);
  }
  assert.equal(r.a.url, `${server.origin}/fixtures/article.html`);
  assert.match(r.a.textContent, /lunar surface/);
  assert.equal(typeof r.readerable, 'boolean');
  assert.match(r.version, /^\d+\.\d+\.\d+/);
});

await check('options: url and force; null/undefined options', async () => {
  const r = await page.evaluate(() => {
    const m = window.__m;
    return [
      m.extract(document, { url: 'https://example.org/news/moon' }).url,
      m.extract(document, { force: true }) !== undefined,
      m.extract(document, null).url,
      m.extract(document, undefined).url,
    ];
  });
  assert.equal(r[0], 'https://example.org/news/moon');
  assert.ok(r[1]);
  assert.equal(r[2], r[3]);
});

await check('bad input throws an Error with a clear message', async () => {
  const r = await page.evaluate(() => {
    const m = window.__m;
    const msg = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return [e instanceof Error, e.message];
      }
    };
    return [
      msg(() => m.extract(42)),
      msg(() => m.extract(null)),
      msg(() => m.extract(document, { force: 'yes' })),
      msg(() => m.isProbablyReaderable({})),
    ];
  });
  for (const x of r) {
    assert.ok(x, 'did not throw');
    assert.ok(x[0], 'not an Error');
    assert.match(x[1], /^lector\./);
  }
  assert.match(r[0][1], /expected a Document, got number/);
});

await check('a DOMParser document works', async () => {
  const t = await page.evaluate(() => {
    const doc = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');
    return window.__m.extract(doc).textContent;
  });
  assert.match(t, /calmest moment/);
});

await check('extraction records no mutation', async () => {
  const n = await page.evaluate(() => {
    const seen = [];
    const obs = new MutationObserver((m) => seen.push(...m));
    obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    window.__m.extract(document);
    window.__m.isProbablyReaderable(document);
    const n = seen.length + obs.takeRecords().length;
    obs.disconnect();
    return n;
  });
  assert.equal(n, 0);
});

await check('after a panic a fresh instance goes on (web target)', async () => {
  const r = await page.evaluate(async () => {
    let thrown = null;
    try {
      window.__m.__testPanic();
    } catch (e) {
      thrown = e.constructor.name;
    }
    const m2 = await import('/dist/wasm/web/lector.js?fresh=1');
    await m2.default();
    return { thrown, text: m2.extract(document).textContent };
  });
  assert.equal(r.thrown, 'RuntimeError');
  assert.match(r.text, /lunar surface/);
});

await check('no-modules target: initSync, panic, fresh instance', async () => {
  const r = await page.evaluate(async () => {
    const load = () => new Promise((ok, err) => {
      const s = document.createElement('script');
      s.src = '/dist/wasm/no-modules/lector.js';
      s.onload = ok;
      s.onerror = err;
      document.head.append(s);
    });
    await load();
    const bytes = await (await fetch('/dist/wasm/no-modules/lector_bg.wasm')).arrayBuffer();
    wasm_bindgen.initSync({ module: bytes });
    const first = wasm_bindgen.extract(document).title;
    let thrown = null;
    try {
      wasm_bindgen.__testPanic();
    } catch (e) {
      thrown = e.constructor.name;
    }
    // The glue keeps its instance, and its top-level `let` cannot be
    // declared twice: a fresh instance is the glue evaluated in a new scope.
    const glue = await (await fetch('/dist/wasm/no-modules/lector.js')).text();
    const fresh = new Function(`${glue}\nreturn wasm_bindgen;`)();
    fresh.initSync({ module: bytes });
    return { first, thrown, again: fresh.extract(document).title };
  });
  assert.equal(r.thrown, 'RuntimeError');
  assert.ok(r.first);
  assert.equal(r.again, r.first);
});

// Bad and huge pages (the shapes and sizes of tests/robustness.rs), parsed
// by the browser and read by the optimized build: an article or null ("no
// article"), never an exception or a hang. Time and memory against input
// size are measured by `make bench` (natively) and `make bench-browser`
// (scaling.mjs).
const full = ([size, make]) => [make, size];
const HOSTILE = {
  'nested 100,000 deep': ['article', ...full(SHAPES.nested)],
  '1,000,000 siblings': ['article', ...full(SHAPES.siblings)],
  'a 50 MB text node': ['article', ...full(SHAPES['text-node'])],
  'a 1 MB attribute': ['article', ...full(SHAPES.attribute)],
  'one element with 1,000,000 attributes': ['article', ...full(SHAPES['attribute-count'])],
  '200,000 scripts and styles': ['article', ...full(SHAPES.scripts)],
  'NUL and noncharacters': ['article', (n, p, three) => p(`<p>\u0000\uFFFF\uFFFD</p>${three}`)],
  'an empty file': ['none', () => ''],
  'a frameset': ['none', () => '<html><frameset><frame src=a.html><frame src=b.html></frameset></html>'],
  'an SVG document': ['none', () => '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><text>Hi</text></svg>', 0, 'image/svg+xml'],
  'an RSS document': ['none', () => '<?xml version="1.0"?><rss><channel><item><title>x</title></item></channel></rss>', 0, 'application/xml'],
  'a body that is one giant table': ['article', ...full(SHAPES.table)],
  // Fewer images than hostile.rs's 50,000: a no-article answer is the point.
  'an article of only images': ['none', SHAPES.images[1], 50],
};
for (const [name, [want, make, n, type]] of Object.entries(HOSTILE)) {
  await check(`bad input, ${name}: ${want === 'article' ? 'an article' : 'no article'}`, async () => {
    const r = await page.evaluate(({ build, make, n, type }) => {
      // eslint-disable-next-line no-new-func
      const html = new Function(`return (${build})`)()({ make, n });
      const doc = new DOMParser().parseFromString(html, type ?? 'text/html');
      const m = window.__m;
      const readerable = m.isProbablyReaderable(doc);
      const a = m.extract(doc);
      return {
        readerable: typeof readerable,
        article: a !== null,
        content: a ? a.content.length : 0,
        active: a ? /<script|<svg|onerror|<iframe|<frame/i.test(a.content) : false,
        words: a ? a.wordCount : 0,
      };
    }, { ...toBuild(make, n ?? 0), type });
    assert.equal(r.readerable, 'boolean');
    assert.equal(r.article, want === 'article', `article: ${r.article}`);
    assert.equal(r.active, false, 'active content in the output');
    if (name === 'a 50 MB text node') assert.ok(r.words >= 10_000_000, `${r.words} words`);
    if (name === 'a 1 MB attribute') assert.ok(r.content < 10_000, 'attributes copied through');
  });
}

await check('no uncaught page errors', async () => {
  assert.deepEqual(errors, []);
});

await chrome.close();
await server.close();
console.log(`api: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
