// Builds the reader page for the extension: `make extension` runs it on
// dist/extension/reader/reader.html. Every request the reader frame makes
// goes through the browser process (extension resources are read there),
// and on a busy machine each one costs tens of milliseconds before the
// frame can paint, so the built page makes as few as possible:
// - the stylesheets it links (by relative href) go into <style> elements
//   (scripts wait for pending stylesheets);
// - its deferred scripts are joined, in order, into one file (reader.html's
//   first script's name + ".bundle.js"), loaded by one deferred <script>.
//   They are classic scripts sharing one global scope, so joining them
//   changes nothing else.
// Usage: node tools/build-reader.mjs FILE.html
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const file = process.argv[2];
const dir = dirname(file);
let html = readFileSync(file, "utf8");
let styles = 0;
html = html.replace(/<link rel="stylesheet" href="([^":]+)">/g, (_, href) => {
  styles++;
  const css = readFileSync(join(dir, href), "utf8");
  if (css.includes("</style")) throw new Error(`${href} contains </style`);
  return `<style>\n${css}</style>`;
});

const tag = /<script src="([^":]+\.js)" defer><\/script>\n?/g;
const scripts = [...html.matchAll(tag)].map((m) => m[1]);
if (scripts.length > 1) {
  const bundle = scripts.at(-1).replace(/\.js$/, ".bundle.js");
  const code = scripts.map((src) => `// ---- ${src}\n${readFileSync(join(dir, src), "utf8")}\n;`).join("\n");
  writeFileSync(join(dir, bundle), code);
  for (const src of scripts) rmSync(join(dir, src));
  let first = true;
  html = html.replace(tag, () => (first ? ((first = false), `<script src="${bundle}" defer></script>\n`) : ""));
}
writeFileSync(file, html);
console.log(`${file}: ${styles} stylesheet(s) inlined, ${scripts.length} script(s) in one`);
