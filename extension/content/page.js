// Lector's content script: reads the page and shows or hides the reader.
//
// It runs in the extension's isolated world, so the page's own scripts can't
// see its variables or replace the DOM methods it calls. The only thing it
// adds to the page is one host element with a closed shadow root holding the
// reader frame; closing removes it and puts scroll position and focus back.
// The article is computed once per page load and kept here, so reopening
// is instant.

globalThis.lectorPage = (() => {
  const READER_URL = chrome.runtime.getURL("reader/reader.html");
  const WASM_URL = chrome.runtime.getURL("engine/lector_bg.wasm");

  // Computed on first open and kept for this page load. `article` is the
  // engine's answer (null: no article); `copy` is the page read into a string
  // (by the engine's JS half, which needs no wasm) for when the engine can't
  // run here and the reader page extracts instead.
  let article; // undefined until known
  let forcedArticle; // the `force: true` attempt, once asked for
  let copy = null; // {encoded, url}

  let open = null; // {host, token, scrollX, scrollY, focus, guard}

  // Page CSPs without 'wasm-unsafe-eval' make Chromium refuse to compile
  // wasm in content scripts (a CompileError no manifest key avoids); a strict
  // connect-src can also block the fetch. Either way the encoded page goes to
  // the reader page, whose own CSP allows wasm. Not the page's HTML: parsing
  // that again in the reader page would make Chromium report every inline
  // handler in it as a CSP violation there (blocked, but noise that would
  // hide a real one).
  let engine; // undefined: not tried; null: unavailable here; else ready
  async function loadEngine() {
    if (engine === undefined) {
      try {
        const bytes = await (await fetch(WASM_URL)).arrayBuffer();
        wasm_bindgen.initSync({ module: bytes });
        engine = wasm_bindgen;
      } catch (error) {
        console.info("Lector: the engine can't run in this page, using the reader page instead.", error.message);
        engine = null;
      }
    }
    return engine;
  }

  // The address the kept answers are for: a page that moves to another
  // article without loading (history.pushState) gets read again.
  let readFor = null;

  // After an exception (a panic in the wasm shows up as a RuntimeError) the
  // engine's instance may be left in a broken state: don't call it again in
  // this page; the reader page gets the copy and a fresh instance.
  function engineFailed(error) {
    console.warn("Lector: extraction failed on the live page.", error);
    engine = null;
  }

  async function read() {
    const url = location.href;
    if (readFor !== url) {
      article = forcedArticle = undefined;
      copy = null;
      readFor = url;
    }
    if (article !== undefined || copy) return;
    const lector = await loadEngine();
    if (lector) {
      try {
        article = lector.extract(document, { url, force: false }) ?? null;
        return;
      } catch (error) {
        // Never a silent failure: the reader page tries on a copy and shows
        // what went wrong if that fails too.
        engineFailed(error);
      }
    }
    copy = snapshot();
  }

  // The page as the engine reads it, for the reader page to extract from.
  // With the reader open, Lector's own element is in it, empty: its shadow
  // root is closed, so the encoder can't see into it.
  function snapshot() {
    return { encoded: __lectorEncode(document), url: location.href };
  }

  // What the reader gets: the article, or the copy to extract from.
  function answer(known) {
    return known !== undefined ? { kind: "article", article: known } : { kind: "encoded", ...copy };
  }

  async function show() {
    await read();
    const token = crypto.randomUUID();
    const host = document.createElement("lector-reader");
    // Inline !important beats any page rule, so the page's CSS can't move,
    // hide or shrink the reader.
    for (const [name, value] of Object.entries({
      all: "initial",
      position: "fixed",
      inset: "0",
      width: "100vw",
      height: "100vh",
      "z-index": "2147483647",
      display: "block",
    })) {
      host.style.setProperty(name, value, "important");
    }
    const frame = document.createElement("iframe");
    // The token ties the frame's requests to this opening; the closed shadow
    // root keeps the page from reading it off the frame.
    frame.src = `${READER_URL}#${token}`;
    frame.title = "Lector reader view";
    // "Copy as Markdown" writes the clipboard from inside the frame, which
    // Chromium allows a cross-origin frame only when delegated.
    frame.allow = "clipboard-write";
    for (const [name, value] of Object.entries({
      border: "0",
      width: "100%",
      height: "100%",
      display: "block",
      "color-scheme": "normal",
    })) {
      frame.style.setProperty(name, value, "important");
    }
    host.attachShadow({ mode: "closed" }).append(frame);

    const state = {
      host,
      token,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      focus: document.activeElement,
      guard: null,
    };
    // Outside <body>, so pages that clean up their body don't hit it; and
    // put back if a page script removes it anyway, a few times only: a page
    // that keeps removing it would otherwise loop with us forever.
    document.documentElement.append(host);
    let putBack = 0;
    state.guard = new MutationObserver(() => {
      if (open !== state || host.isConnected) return;
      if (++putBack <= 3) document.documentElement.append(host);
      else hide();
    });
    state.guard.observe(document.documentElement, { childList: true });
    open = state;
    frame.focus();
  }

  function hide() {
    if (!open) return;
    const { host, guard, scrollX, scrollY, focus } = open;
    open = null;
    guard.disconnect();
    host.remove();
    // Scrolling inside the reader must not move the page underneath; if it
    // did (scroll chaining), put it back.
    if (window.scrollX !== scrollX || window.scrollY !== scrollY) window.scrollTo(scrollX, scrollY);
    if (focus && focus.isConnected && typeof focus.focus === "function") {
      focus.focus({ preventScroll: true });
    }
  }

  async function forced() {
    if (forcedArticle === undefined && (await loadEngine())) {
      try {
        forcedArticle = engine.extract(document, { url: location.href, force: true }) ?? null;
      } catch (error) {
        engineFailed(error);
      }
    }
    if (forcedArticle === undefined && !copy) copy = snapshot();
    return answer(forcedArticle);
  }

  // Requests from the reader frame, relayed by the background. Anything
  // without the current token (a stale frame, or anything else) is refused.
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!open || message.token !== open.token) return false;
    switch (message.type) {
      case "lector:get":
        sendResponse(answer(article));
        return false;
      case "lector:force":
        forced().then(sendResponse);
        return true;
      case "lector:remember":
        // The reader page extracted from the copy: keep its answer so
        // the next opening is instant.
        if (copy && message.force) forcedArticle ??= message.article ?? null;
        else if (copy) article ??= message.article ?? null;
        sendResponse({ ok: true });
        return false;
      case "lector:close":
        hide();
        sendResponse({ ok: true });
        return false;
      default:
        return false;
    }
  });

  let opening = false; // a second click while the first is still reading
  return {
    async toggle() {
      if (open) return hide();
      if (opening) return;
      opening = true;
      try {
        await show();
      } finally {
        opening = false;
      }
    },
  };
})();
