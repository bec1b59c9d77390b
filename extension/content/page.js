// Lector's content script: reads the page and shows or hides the reader.
//
// It runs in the extension's isolated world, so the page's own scripts can't
// see its variables or replace the DOM methods it calls. The only thing it
// adds to the page is one host element with a closed shadow root holding the
// reader frame; closing removes it and puts scroll position and focus back.
// The article is computed once per page load and kept here, so reopening
// is instant; the reader frame is created at the click and loads while the
// page is read.

globalThis.lectorPage = (() => {
  const READER_URL = chrome.runtime.getURL("reader/reader.html");

  // Computed on first open and kept for this page load. `article` is the
  // engine's answer (null: no article); `copy` is the page read into a string
  // (by the engine's JS half, which needs no wasm) for when the engine can't
  // run here and the reader page extracts instead.
  let article; // undefined until known
  let forcedArticle; // the `force: true` attempt, once asked for
  let copy = null; // {encoded, url}

  let open = null; // {host, token, scrollX, scrollY, focus, guard}

  // The engine runs in the background (background.js says why): this script
  // reads the page into a string with the engine's JS half, which needs no
  // wasm, and sends it there. Should that fail, the copy goes to the reader
  // page, which runs the engine itself. Not the page's HTML: parsing that
  // again in an extension page would make Chromium report every inline
  // handler in it as a CSP violation there (blocked, but noise that would
  // hide a real one).
  let engineOk = true; // false after the background's engine failed
  async function extractThere(encoded, url, force) {
    if (!engineOk) return undefined;
    mark("lector:sent");
    try {
      const reply = await chrome.runtime.sendMessage({ type: "lector:extract", encoded, url, force });
      trace.push(...(reply?.times ?? []));
      if (reply && !reply.error) return reply.article ?? null;
      console.warn("Lector: extraction failed in the background.", reply?.error);
    } catch (error) {
      console.warn("Lector: the background did not answer.", error);
    }
    // Never a silent failure: the reader page tries on the copy and shows
    // what went wrong if that fails too.
    engineOk = false;
    return undefined;
  }

  // The address the kept answers are for: a page that moves to another
  // article without loading (history.pushState) gets read again.
  let readFor = null;

  // One reading per page load (and address): the answer, or the copy.
  let reading = null;
  function read() {
    const url = location.href;
    if (readFor !== url) {
      article = forcedArticle = undefined;
      copy = null;
      reading = null;
      readFor = url;
    }
    if (article !== undefined || copy) return Promise.resolve();
    reading ??= readNow(url).finally(() => {
      reading = null;
    });
    return reading;
  }

  // The page as the engine reads it, without the reader's own element.
  const encode = () => __lectorEncode(document, undefined, open?.host);

  async function readNow(url) {
    const encoded = encode();
    mark("lector:encoded");
    const found = await extractThere(encoded, url, false);
    if (readFor !== url) return;
    if (found !== undefined) {
      article = found;
      mark("lector:extracted");
    } else {
      copy = { encoded, url };
    }
  }

  // The answer for the current address, once known (a page that changed
  // address while it was read is read again).
  async function ready() {
    await read();
    if (article === undefined && !copy) await read();
  }

  // What the reader gets: the article, or the copy to extract from.
  function answer(known) {
    return known !== undefined ? { kind: "article", article: known } : { kind: "encoded", ...copy };
  }

  // Where the time of an opening goes, for tests and the performance panel:
  // [name, time] pairs (epoch ms), from the toolbar click on, handed to the
  // reader frame with the answer (the page's own timeline is left alone).
  let trace = [];
  const now = () => performance.timeOrigin + performance.now();
  const mark = (name) => trace.push([name, now()]);

  // The frame is created at once and loads while the page is read; it asks
  // for the article as it starts, and the answer goes out when ready.
  function show(tabId) {
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
    // The tab's id lets the frame ask this script directly.
    frame.src = `${READER_URL}#${token}${Number.isInteger(tabId) ? `:${tabId}` : ""}`;
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
    mark("lector:frame");
    // The frame loads (in the extension's process) while the page is read
    // here and extracted in the background.
    read().catch(() => {});
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
    if (forcedArticle === undefined) {
      const url = location.href;
      const encoded = copy?.encoded ?? encode();
      forcedArticle = await extractThere(encoded, url, true);
      if (forcedArticle === undefined && !copy) copy = { encoded, url };
    }
    return answer(forcedArticle);
  }

  // Requests from the reader frame, relayed by the background. Anything
  // without the current token (a stale frame, or anything else) is refused.
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!open || message.token !== open.token) return false;
    switch (message.type) {
      case "lector:get":
        ready().then(
          () => {
            mark("lector:answered");
            sendResponse({ ...answer(article), trace });
          },
          (error) => sendResponse({ error: String(error) }),
        );
        return true;
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

  return {
    // `times`: [name, epoch ms] pairs the background took before this call
    // (the click, the scripts injected).
    // `tabId`: this tab's id, which a content script can't learn itself.
    toggle(times = [], tabId) {
      if (open) return hide();
      trace = [...times];
      mark("lector:toggle");
      show(tabId);
    },
  };
})();
