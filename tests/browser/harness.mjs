// Shared plumbing for the browser test and benchmark: a local static server,
// headless Chromium with page scripts off and the network closed, and
// Lector (and Readability.js) injected into a loaded page.
//
// Each corpus page is requested at the address the native run gives it
// (`http://fakehost/test/page.html` for the Readability corpus, the page's
// own URL for the trafilatura corpus) and answered from the local server, so
// the live DOM resolves links against the same address as the native parse.
// Every other request outside the local server is aborted.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, '..', '..');

const TYPES = {
  '.html': 'text/html', // no charset: the browser sniffs as the native side does
  '.htm': 'text/html',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/**
 * The Content-Type a saved page gets: the charset the native decoder
 * (src/parse.rs) settles on, stated outright. Chromium looks for
 * <meta charset> in the first 1024 bytes only and guesses after that, the
 * native side reads 16 KiB, prefers UTF-8 whenever the bytes are valid
 * UTF-8, and falls back to windows-1252. With a BOM the browser follows the
 * BOM anyway.
 */
function htmlType(body) {
  const bom = (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    || (body[0] === 0xfe && body[1] === 0xff) || (body[0] === 0xff && body[1] === 0xfe);
  if (bom) return 'text/html';
  let validUtf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    validUtf8 = false;
  }
  const head = body.subarray(0, 16 * 1024).toString('latin1');
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([^"'\s;\/>]+)/i.exec(head);
  // Valid UTF-8 wins over a declared legacy charset, as natively: saved
  // pages are often re-encoded and keep their old <meta charset>.
  if (meta && !validUtf8) {
    const label = meta[1].toLowerCase();
    // A page read as bytes that says UTF-16 is really ASCII-compatible.
    return `text/html; charset=${label.startsWith('utf-16') ? 'utf-8' : label}`;
  }
  return `text/html; charset=${validUtf8 ? 'utf-8' : 'windows-1252'}`;
}

/** Serves files under `roots` (url prefix -> directory) on 127.0.0.1. */
export async function startServer(roots) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const prefix = Object.keys(roots).find((p) => url.pathname.startsWith(p));
    if (!prefix) {
      res.writeHead(404).end();
      return;
    }
    const rel = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.resolve(roots[prefix], rel);
    if (!file.startsWith(path.resolve(roots[prefix]))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      let type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (type === 'text/html') type = htmlType(body);
      res.writeHead(200, {
        'content-type': type,
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium and one page with JavaScript off for page scripts (our
 * own code still runs through `page.evaluate`). With scripts off the parser
 * reads `<noscript>` as markup, as the native parser does.
 */
export async function launch({ javaScriptEnabled = false } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: run \`make setup-wasm\``);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  // bypassCSP: a page's own CSP (often a <meta>) would forbid compiling our
  // wasm; the extension handles that case apart (see TOOLCHAIN.md).
  const context = await browser.newContext({ javaScriptEnabled, bypassCSP: true });
  const page = await context.newPage();
  const state = { canonical: null, local: null, aborted: 0, origin: null };
  await page.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    if (state.canonical && url === state.canonical && req.resourceType() === 'document') {
      const response = await route.fetch({ url: state.local });
      await route.fulfill({ response });
    } else if (state.origin && url.startsWith(state.origin + '/')) {
      await route.continue();
    } else if (req.isNavigationRequest()) {
      // A <meta http-equiv=refresh> or a link would leave the page: "204 No
      // Content" keeps the current document in place.
      state.aborted += 1;
      await route.fulfill({ status: 204, body: '' });
    } else {
      state.aborted += 1;
      await route.abort();
    }
  });
  return {
    browser,
    page,
    state,
    /** Loads `localUrl` (on the local server) as if it lived at `canonical`. */
    async load(canonical, localUrl) {
      state.canonical = new URL(canonical).href;
      state.local = localUrl;
      await page.goto(state.canonical, { waitUntil: 'load', timeout: 30000 });
    },
    close: () => browser.close(),
  };
}

// LECTOR_WASM_DIR: another build's no-modules folder, to compare builds.
const DIST = process.env.LECTOR_WASM_DIR ?? path.join(REPO, 'dist', 'wasm', 'no-modules');

/** The no-modules glue and wasm bytes (base64), read once. */
export function lectorBundle() {
  const glue = path.join(DIST, 'lector.js');
  if (!existsSync(glue)) throw new Error(`${glue} missing: run \`make wasm\``);
  return {
    glue: readFileSync(glue, 'utf8'),
    wasm: readFileSync(path.join(DIST, 'lector_bg.wasm')).toString('base64'),
  };
}

/** Readability.js's source, for the benchmark. */
export function readabilitySource() {
  return readFileSync(path.join(HERE, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
}

/**
 * Instantiates Lector in the page as `window.__lector` (the glue's exports,
 * `encode`: the glue's `__lectorEncode`, and `memory`). Nothing is added to
 * the document.
 */
export async function injectLector(page, bundle, readability = null) {
  await page.evaluate(({ glue, wasm, readability }) => {
    const [lector, encode] = new Function(
      `${glue}\nreturn [wasm_bindgen, typeof __lectorEncode === 'function' ? __lectorEncode : null];`,
    )();
    const bytes = Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0));
    const exports = lector.initSync({ module: bytes });
    window.__lector = { api: lector, encode, memory: exports.memory };
    if (readability) {
      window.__Readability = new Function(`${readability}\nreturn Readability;`)();
    }
  }, { ...bundle, readability });
}

/** Readability corpus pages: [{name, file, canonical}]. */
export function readabilityPages(corpus) {
  const dir = path.join(corpus, 'readability');
  if (!existsSync(dir)) return null;
  return readdirSorted(dir)
    .filter((n) => existsSync(path.join(dir, n, 'source.html')))
    .map((n) => ({
      corpus: 'readability',
      name: n,
      rel: `readability/${n}/source.html`,
      canonical: 'http://fakehost/test/page.html',
    }));
}

/** Trafilatura corpus pages: the first `limit` in file-name order. */
export function trafilaturaPages(corpus, limit) {
  const dir = path.join(corpus, 'trafilatura');
  const truthFile = path.join(dir, 'truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((file) => {
      const u = truth[file].url;
      // Pages without a usable URL get a stand-in; natively they have none,
      // which only changes how links resolve, not the text.
      const canonical = typeof u === 'string' && u.startsWith('http')
        ? u.split('#')[0]
        : `http://fakehost/trafilatura/${file}`;
      return { corpus: 'trafilatura', name: file, rel: `trafilatura/pages/${file}`, canonical };
    });
}

function readdirSorted(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

// --- the text metric of ../shared/tools/score.py -------------------------

// Python's `\w` in Unicode mode: letters, numbers and the underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

function shingles(text, n = 4) {
  const toks = (text ?? '').match(WORD) ?? [];
  const m = new Map();
  if (toks.length === 0) return m;
  if (toks.length < n) {
    m.set(toks.join('\u0001'), 1);
    return m;
  }
  for (let i = 0; i + n <= toks.length; i++) {
    const k = toks.slice(i, i + n).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

/** F1 of 4-token shingles between two texts (1 when both have no words). */
export function textF1(a, b) {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let tp = 0, fp = 0, fn = 0;
  for (const [k, x] of sa) {
    const y = sb.get(k) ?? 0;
    tp += Math.min(x, y);
    fn += Math.max(0, x - y);
  }
  for (const [k, y] of sb) fp += Math.max(0, y - (sa.get(k) ?? 0));
  if (tp === 0) return 0;
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return (2 * p * r) / (p + r);
}

/** Where two texts' word sequences first differ, with some context. */
export function firstDifference(a, b) {
  const ta = (a ?? '').match(WORD) ?? [];
  const tb = (b ?? '').match(WORD) ?? [];
  let i = 0;
  while (i < ta.length && i < tb.length && ta[i] === tb[i]) i++;
  const ctx = (t) => t.slice(Math.max(0, i - 4), i + 8).join(' ');
  return { index: i, nativeWords: ta.length, liveWords: tb.length, native: ctx(ta), live: ctx(tb) };
}

/** The value after `--name` on the command line, or `dflt`. */
export function option(name, dflt) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
}
