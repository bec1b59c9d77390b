// Readability.js's predictions for the shared corpora, run as Firefox's
// reader view runs it: on the live page in a browser,
//   new Readability(document.cloneNode(true)).parse()
// plus isProbablyReaderable(document), here in headless Chromium.
//
//   node tools/compare/readability_predict.mjs --corpus ../shared/corpus \
//     --out-readability R.json --out-trafilatura T.json [--jobs 2] [--limit N]
//
// Pages are loaded through tests/browser/harness.mjs: served from a local
// server, page scripts off, every request outside the local server aborted,
// each page requested at the address Lector's native run gives it
// (`http://fakehost/test/page.html` for the Readability corpus, the page's
// own URL for the trafilatura corpus; the 37 `hard::` entries without a URL
// get `http://fakehost/trafilatura/<file>`, where Lector has no URL at all).
//
// Output per page id (folder name / file name): content, textContent, title,
// byline, excerpt, siteName, publishedTime, lang, dir, readerable, and
// time_s: clone + parse() on the already-parsed live DOM, one call, timed
// with performance.now() in the page (about 0.1 ms resolution). The
// browser's own HTML parse is not in it. `--jobs N` runs N Chromiums, each
// on a share of the pages.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  option,
  HERE, REPO, startServer, launch, readabilitySource, readabilityPages, trafilaturaPages,
} from '../../tests/browser/harness.mjs';

const corpus = path.resolve(option('corpus', path.join(REPO, '..', 'shared', 'corpus')));
const outs = {
  readability: option('out-readability', 'target/compare/readabilityjs-readability.json'),
  trafilatura: option('out-trafilatura', 'target/compare/readabilityjs-trafilatura.json'),
};
const jobs = Math.max(1, Number(option('jobs', '2')));
const limit = Number(option('limit', '100000'));

const rdb = readabilityPages(corpus);
const traf = trafilaturaPages(corpus, limit);
if (!rdb || !traf) {
  console.error(`no shared corpus at ${corpus} (expected readability/ and trafilatura/truth.json)`);
  process.exit(1);
}
const pages = [...rdb.slice(0, limit), ...traf];

const pkg = JSON.parse(readFileSync(path.join(HERE, 'node_modules', '@mozilla', 'readability', 'package.json'), 'utf8'));
const sources = {
  readability: readabilitySource(),
  readerable: readFileSync(path.join(HERE, 'node_modules', '@mozilla', 'readability', 'Readability-readerable.js'), 'utf8'),
};

const server = await startServer({ '/corpus/': corpus });

const EMPTY = {
  content: '', textContent: '', title: null, byline: null, excerpt: null, siteName: null,
  publishedTime: null, lang: null, dir: null,
};

let finished = 0;
const started = Date.now();

async function worker(share) {
  let chrome = null;
  const results = [];
  for (const p of share) {
    let entry;
    try {
      if (!chrome) {
        chrome = await launch();
        chrome.state.origin = server.origin;
      }
      await chrome.load(p.canonical, `${server.origin}/corpus/${p.rel}`);
      entry = await chrome.page.evaluate(({ readability, readerable }) => {
        const Readability = new Function(`${readability}\nreturn Readability;`)();
        const isProbablyReaderable = new Function(`${readerable}\nreturn isProbablyReaderable;`)();
        const t0 = performance.now();
        const article = new Readability(document.cloneNode(true)).parse();
        const ms = performance.now() - t0;
        const pick = (k) => (article && article[k] != null ? article[k] : null);
        return {
          content: pick('content') ?? '',
          textContent: pick('textContent') ?? '',
          title: pick('title'),
          byline: pick('byline'),
          excerpt: pick('excerpt'),
          siteName: pick('siteName'),
          publishedTime: pick('publishedTime'),
          lang: pick('lang'),
          dir: pick('dir'),
          readerable: isProbablyReaderable(document),
          time_s: ms / 1000,
        };
      }, sources);
    } catch (e) {
      // A page that fails to load or parse finds nothing; the browser is
      // restarted in case it was the browser that failed.
      console.error(`${p.corpus}/${p.name}: ${String(e.message ?? e).split('\n')[0]}`);
      entry = { ...EMPTY, readerable: false, error: String(e.message ?? e).split('\n')[0] };
      await chrome?.close().catch(() => {});
      chrome = null;
    }
    results.push([p, entry]);
    finished += 1;
    if (finished % 100 === 0) {
      console.error(`  ${finished}/${pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }
  await chrome?.close();
  return results;
}

// Interleaved shares, so both workers see small and large pages alike.
const shares = Array.from({ length: jobs }, (_, j) => pages.filter((_, i) => i % jobs === j));
const done = (await Promise.all(shares.map(worker))).flat();
await server.close();

for (const kind of ['readability', 'trafilatura']) {
  const out = {};
  for (const [p, entry] of done.filter(([p]) => p.corpus === kind).sort(([a], [b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    out[p.name] = entry;
  }
  mkdirSync(path.dirname(path.resolve(outs[kind])), { recursive: true });
  writeFileSync(path.resolve(outs[kind]), JSON.stringify(out, null, 1));
}
const errors = done.filter(([, e]) => e.error).length;
console.error(
  `Readability.js ${pkg.version} in ${jobs} headless Chromium: ${done.length} pages in `
  + `${((Date.now() - started) / 1000).toFixed(1)} s, ${errors} failed -> ${outs.readability}, ${outs.trafilatura}`,
);
