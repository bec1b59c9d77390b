// Puts the stylesheets a page links (by relative href) into <style> elements
// of its built copy: `make extension` runs it on dist/extension/reader/
// reader.html. Each linked file is one more request the reader frame waits
// for before its script may run (scripts wait for pending stylesheets), and
// extension-page requests go through the browser process.
// Usage: node tools/inline-css.mjs FILE.html
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const file = process.argv[2];
const html = readFileSync(file, "utf8");
let count = 0;
const out = html.replace(/<link rel="stylesheet" href="([^":]+)">/g, (_, href) => {
  count++;
  const css = readFileSync(join(dirname(file), href), "utf8");
  if (css.includes("</style")) throw new Error(`${href} contains </style`);
  return `<style>\n${css}</style>`;
});
writeFileSync(file, out);
console.log(`${file}: ${count} stylesheet(s) inlined`);
