import * as h from "./e2e/harness.mjs";
const server = await h.startServer();
const browser = await h.launch({ extension: "/tmp/extfloor" });
const page = await browser.context.newPage();
await page.goto(`${server.origin}/samples/kenya-news.html`);
const id = browser.extensionId;
const res = {};
for (let round = 0; round < 12; round++) {
  for (const f of ["reader.html", "empty.html", "noscript.html"]) {
    const t = await page.evaluate((url) => new Promise((ok) => {
      const fr = document.createElement("iframe");
      const t0 = performance.now();
      fr.onload = () => { const t = performance.now() - t0; fr.remove(); ok(t); };
      fr.src = url;
      document.body.append(fr);
    }), `chrome-extension://${id}/reader/${f}`);
    (res[f] ??= []).push(t);
    await page.waitForTimeout(100);
  }
}
for (const [k, v] of Object.entries(res)) { v.sort((a,b)=>a-b); console.log(k, "median", v[v.length>>1].toFixed(1), "min", v[0].toFixed(1), "max", v[v.length-1].toFixed(1)); }
await browser.context.close(); server.close?.();
process.exit(0);
