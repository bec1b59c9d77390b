// A stand-in for the wasm engine's no-modules glue, for testing the extension
// before (or without) `make wasm`: same global, same calls, and it compiles a
// real (empty) wasm module in initSync so strict page CSPs fail just as they
// do with the real engine. Its "extraction" is deliberately naive.
// eslint-disable-next-line no-unused-vars
let wasm_bindgen = (() => {
  let ready = false;
  const text = (node) => (node?.textContent ?? "").replace(/\s+/g, " ").trim();
  return {
    initSync({ module }) {
      new WebAssembly.Instance(module instanceof WebAssembly.Module ? module : new WebAssembly.Module(module));
      ready = true;
    },
    version: () => "fake-0",
    isProbablyReaderable: (doc) => doc.querySelectorAll("p").length > 2,
    // The real engine's string comes from __lectorEncode below; here it is
    // just the page's HTML.
    extractEncoded(encoded, options) {
      return this.extract(new DOMParser().parseFromString(encoded, "text/html"), options);
    },
    extract(doc, { url, force } = {}) {
      if (!ready) throw new Error("initSync first");
      const root = doc.querySelector("article") ?? doc.body;
      const paragraphs = [...root.querySelectorAll("p")].filter((p) => text(p).length >= 80);
      if (!paragraphs.length && !force) return null;
      const html = (paragraphs.length ? paragraphs : [root])
        .map((p) => `<p>${text(p).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("\n");
      const meta = (name) => doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`)?.content ?? null;
      const textContent = paragraphs.map(text).join("\n\n");
      const words = textContent.split(/\s+/).filter(Boolean).length;
      return {
        title: text(doc.querySelector("h1")) || doc.title,
        byline: meta("author"),
        siteName: meta("og:site_name"),
        publishedTime: meta("article:published_time"),
        lang: doc.documentElement.lang || null,
        dir: doc.documentElement.dir || null,
        excerpt: text(paragraphs[0]).slice(0, 200),
        leadImageUrl: null,
        content: html,
        textContent,
        length: textContent.length,
        wordCount: words,
        readingTimeMinutes: Math.max(1, Math.round(words / 230)),
        url,
      };
    },
  };
})();

// The real glue's page encoder needs no wasm; this one is the page's HTML.
// eslint-disable-next-line no-unused-vars
function __lectorEncode(doc) {
  return doc.documentElement.outerHTML;
}
