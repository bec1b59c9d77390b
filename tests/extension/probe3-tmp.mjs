import * as h from "./e2e/harness.mjs";
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
const dir = process.argv[2];
const server = await h.startServer();
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const glue = readFileSync(dir + "/lector.js", "utf8");
const wasm = readFileSync(dir + "/lector_bg.wasm").toString("base64");
const page = await b.newPage();
await page.goto(server.origin + "/samples/kenya-news.html", { waitUntil: "load" });
const r = await page.evaluate(async ({ b64, glue }) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const out = [];
  for (let round = 0; round < 3; round++) {
    // a fresh realm each round: an iframe (same origin, same process)
    const f = document.createElement("iframe");
    document.body.append(f);
    const w = f.contentWindow;
    w.eval(glue + ";window.wasm_bindgen = wasm_bindgen; window.__lectorEncode = __lectorEncode;");
    const t0 = performance.now();
    
        const arg = new w.Object(); arg.module = bytes.slice(); w.wasm_bindgen.initSync(arg);
    const t1 = performance.now(); const enc = w.__lectorEncode(document);
    const t2 = performance.now();
    const xs = [];
    for (let i = 0; i < 6; i++) { const s = performance.now(); w.wasm_bindgen.extractEncoded(enc, { url: location.href }); xs.push(Math.round((performance.now() - s) * 10) / 10); }
    out.push(`round ${round}: compile ${Math.round(t1 - t0)} extract x6 ${xs.join(" ")}`);
  }
  return out;
}, { b64: wasm, glue });
console.log(r.join("\n"));
await b.close(); await server.close();
