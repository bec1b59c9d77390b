// Save and copy: the article Lector already has, offline.
//
// Markdown comes from the same Rust writer as `lector --format markdown`,
// built as its own small wasm module (engine/lector_markdown.js) that is
// imported the first time it is needed, so opening the reader never pays
// for it. "Save as HTML" writes one file: the reader's stylesheet, the
// header and the article as shown, the source address, and a CSP that
// allows no script. Files are handed over through an <a download> link to a
// blob: no "downloads" permission.

const lectorSave = (() => {
  const $ = (id) => document.getElementById(id);
  let markdownModule = null;

  function status(text) {
    $("save-status").textContent = text;
  }

  /** The article as `lector --format markdown` prints it. */
  async function markdown(article) {
    markdownModule ??= import(chrome.runtime.getURL("engine/lector_markdown.js")).then(async (module) => {
      await module.default({ module_or_path: chrome.runtime.getURL("engine/lector_markdown_bg.wasm") });
      return module;
    });
    try {
      const module = await markdownModule;
      return module.markdown(article.title ?? null, article.summary ?? null, article.content ?? "");
    } catch (error) {
      markdownModule = null; // a later click tries again
      throw error;
    }
  }

  // A file name from the title: no path separators or characters that
  // some systems refuse, not too long.
  function fileName(article, extension) {
    const base = (article.title ?? "")
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 80)
      .replace(/[. ]+$/, "");
    return `${base || "article"}.${extension}`;
  }

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Long enough for the browser to have read it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // A page's Permissions-Policy can keep the async clipboard from this
      // frame; the older command still works on a click.
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      const done = document.execCommand("copy");
      area.remove();
      return done;
    }
  }

  /** One self-contained HTML file: stylesheet, header, article, source.
   * `body` holds the article's nodes. */
  async function html(article, body) {
    const css = await (await fetch(chrome.runtime.getURL("reader.css"))).text();
    const doc = document.implementation.createHTMLDocument("");
    const root = doc.documentElement;
    // The reader's look as chosen now: theme, font, size, width, spacing.
    const shown = document.documentElement;
    root.dataset.theme = shown.dataset.theme;
    root.dataset.font = shown.dataset.font;
    root.setAttribute("style", shown.getAttribute("style") ?? "");
    root.style.removeProperty("--lector-top-height"); // the toolbar's, not saved
    if (article.lang) root.lang = article.lang;

    const add = (parent, tag, props = {}) => parent.appendChild(Object.assign(doc.createElement(tag), props));
    const head = doc.head;
    head.replaceChildren();
    add(head, "meta").setAttribute("charset", "utf-8");
    // No script at all, whatever the file holds; images may still load.
    const csp = add(head, "meta", { httpEquiv: "Content-Security-Policy" });
    csp.content = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";
    add(head, "meta", { name: "viewport", content: "width=device-width, initial-scale=1" });
    add(head, "meta", { name: "color-scheme", content: "light dark" });
    add(head, "title", { textContent: article.title ?? "Article" });
    if (article.byline) add(head, "meta", { name: "author", content: article.byline });
    if (article.excerpt) add(head, "meta", { name: "description", content: article.excerpt });
    if (article.publishedTime) add(head, "meta", { name: "date", content: article.publishedTime });
    if (article.url) add(head, "link", { rel: "canonical", href: article.url });
    add(head, "meta", { name: "generator", content: "Lector" });
    add(head, "style", {
      textContent: `${css}\n:root[data-font="sans-serif"] { --lector-font-family: var(--lector-sans-family); }\n` +
        ".lector-source { margin-top: 3em; font-size: 0.85em; color: var(--lector-muted); }\n",
    });

    doc.body.className = "lector";
    const main = add(doc.body, "main", { className: "lector-page" });
    // The header as the reader shows it (its text was set as text), without
    // the parts this article does not have.
    const view = doc.importNode($("article"), false);
    view.removeAttribute("hidden");
    view.removeAttribute("id");
    main.append(view);
    const header = doc.importNode($("article").querySelector(".lector-header"), true);
    header.querySelectorAll("[hidden]").forEach((e) => e.remove());
    header.querySelectorAll("[id]").forEach((e) => e.removeAttribute("id"));
    view.append(header);
    // The body afresh from the engine's sanitised HTML, without the
    // reader's marks (paragraph being read, section ids).
    const content = add(view, "article", { className: "content" });
    content.append(...[...body.childNodes].map((node) => doc.importNode(node, true)));
    if (article.url) {
      const source = add(view, "p", { className: "lector-source" });
      source.append("Source: ");
      add(source, "a", { href: article.url, textContent: article.url });
      source.append(`. Saved with Lector on ${new Date().toISOString().slice(0, 10)}.`);
    }
    return `<!doctype html>\n${root.outerHTML}\n`;
  }

  /** Wires the buttons; `current()` gives the article shown and its body
   * afresh (an element whose children are the article). */
  function setUp(current) {
    const run = (id, work) =>
      $(id).addEventListener("click", async () => {
        const shown = current();
        if (!shown) return;
        status("…");
        try {
          status(await work(shown));
        } catch (error) {
          console.error("Lector save:", error);
          status(`Could not do that: ${error?.message || error}`);
        }
      });
    run("copy-markdown", async ({ article }) =>
      (await copyText(await markdown(article))) ? "Copied as Markdown." : "The browser refused to copy.",
    );
    run("save-markdown", async ({ article }) => {
      download(fileName(article, "md"), "text/markdown;charset=utf-8", await markdown(article));
      return "Saved as Markdown.";
    });
    run("save-html", async ({ article, body }) => {
      download(fileName(article, "html"), "text/html;charset=utf-8", await html(article, body));
      return "Saved as HTML.";
    });
  }

  return {
    setUp,
    markdown,
    html,
    fileName,
    /** Whether the Markdown module was imported (tests: not at first paint). */
    get markdownLoaded() {
      return markdownModule !== null;
    },
  };
})();
