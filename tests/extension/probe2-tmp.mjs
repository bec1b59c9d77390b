import * as h from "./e2e/harness.mjs";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
const dir = process.argv[2];
const server = await h.startServer();
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const glue = readFileSync(dir + "/lector.js", "utf8");
const wasm = readFileSync(dir + "/lector_bg.wasm").toString("base64");
for (const p of ["/samples/kenya-news.html", "/corpus/guardian-1/", "/corpus/wikipedia-3/"]) {
  const page = await b.newPage();
  await page.goto(server.origin + p, { waitUntil: "load" });
  await page.addScriptTag({ content: glue });
  const r = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const t = [performance.now()];
    const module = await WebAssembly.compile(bytes);
    t.push(performance.now());
    wasm_bindgen.initSync({ module });
    t.push(performance.now());
    const enc = __lectorEncode(document);
    t.push(performance.now());
    for (let i = 0; i < 4; i++) { wasm_bindgen.extractEncoded(enc, { url: location.href }); t.push(performance.now()); }
    return t.slice(1).map((x, i) => Math.round((x - t[i]) * 10) / 10);
  }, wasm);
  console.log(p, "compile, init, encode, extract x4:", r.join(" "));
  await page.close();
}
await b.close(); await server.close();
