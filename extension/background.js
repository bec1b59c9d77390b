// Lector's background: it routes events and runs the engine. A toolbar click
// (or the _execute_action shortcut) toggles the reader in that tab; messages
// from the reader frame are passed on to the content script of the tab it
// sits in; the content script sends the page, read into a string, to be
// extracted here. It keeps no state but the compiled engine, so it works the
// same as a Chromium service worker that stops when idle and as a Firefox
// event page (whose manifest entry loads the engine glue first).
//
// Why the engine runs here and not in the page: compiling the wasm and the
// first extraction on freshly compiled code cost more than everything else
// in an opening, and they were paid again on every page. Here they are paid
// once while the worker lives, and extraction runs on optimized code, off
// the page's main thread; a page whose CSP forbids wasm is no exception.
if (typeof importScripts === "function") importScripts("engine/lector.js");

// Files injected once per page load. The engine glue declares a top-level
// `let wasm_bindgen`, so injecting it a second time would throw.
const CONTENT_FILES = ["engine/lector.js", "content/page.js"];

const now = () => performance.timeOrigin + performance.now();

// The engine, compiled once per worker lifetime. null after a failure (a
// panic leaves the instance unusable): the reader page then extracts.
let engine;
function loadEngine() {
  engine ??= (async () => {
    const bytes = await (await fetch(chrome.runtime.getURL("engine/lector_bg.wasm"))).arrayBuffer();
    wasm_bindgen.initSync({ module: await WebAssembly.compile(bytes) });
    return wasm_bindgen;
  })().catch((error) => {
    console.warn("Lector: the engine can't run in the background.", error);
    return null;
  });
  return engine;
}

// {encoded, url, force} from a content script: the article (null: none), or
// {error} when the engine failed, with the times of each step.
async function extract({ encoded, url, force }) {
  const times = [["lector:bg-received", now()]];
  const lector = await loadEngine();
  times.push(["lector:bg-engine", now()]);
  if (!lector) return { error: "no engine", times };
  try {
    const article = lector.extractEncoded(encoded, { url, force }) ?? null;
    times.push(["lector:bg-extracted", now()]);
    return { article, times };
  } catch (error) {
    console.warn("Lector: extraction failed.", error);
    engine = Promise.resolve(null);
    return { error: String(error?.message ?? error), times };
  }
}

chrome.action.onClicked.addListener(async (tab) => {
  // Times (epoch ms) for the content script's trace of this opening.
  const times = [["lector:click", now()]];
  // Compiled while the scripts are injected and the page is read.
  loadEngine();
  const target = { tabId: tab.id, frameIds: [0] };
  try {
    // Already injected in this page load: one call toggles (the fast path
    // for reopening).
    const [done] = await chrome.scripting.executeScript({
      target,
      func: (times, tabId) => (globalThis.lectorPage ? (globalThis.lectorPage.toggle(times, tabId), true) : false),
      args: [times, tab.id],
    });
    if (!done.result) {
      times.push(["lector:probed", now()]);
      await chrome.scripting.executeScript({ target, files: CONTENT_FILES });
      times.push(["lector:injected", now()]);
      await chrome.scripting.executeScript({
        target,
        func: (times, tabId) => globalThis.lectorPage.toggle(times, tabId),
        args: [times, tab.id],
      });
    }
  } catch (error) {
    // Pages extensions may not script (browser pages, the web store, PDF
    // viewers): nothing to read there.
    console.warn("Lector cannot run on this page:", error.message);
  }
});

// The reader frame is an extension page inside the tab, so `sender.tab` tells
// which page it belongs to. Only the top frame's content script answers.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || typeof message.type !== "string" || !message.type.startsWith("lector:")) {
    return false;
  }
  if (!sender.tab || sender.id !== chrome.runtime.id) {
    sendResponse({ error: "not from a Lector reader frame" });
    return false;
  }
  if (message.type === "lector:extract") {
    // Only the content script of a tab's top frame asks this.
    if (sender.frameId !== 0 || sender.url?.startsWith(chrome.runtime.getURL(""))) return false;
    extract(message).then(sendResponse);
    return true;
  }
  chrome.tabs
    .sendMessage(sender.tab.id, message, { frameId: 0 })
    .then(sendResponse, (error) => sendResponse({ error: error.message }));
  return true; // the response comes asynchronously
});
