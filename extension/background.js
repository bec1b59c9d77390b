// Lector's background: it only routes events. A toolbar click (or the
// _execute_action shortcut) toggles the reader in that tab; messages from the
// reader frame are passed on to the content script of the tab it sits in.
// It keeps no state, so it works the same as a Chromium service worker that
// stops when idle and as a Firefox event page.

// Files injected once per page load. The engine glue declares a top-level
// `let wasm_bindgen`, so injecting it a second time would throw.
const CONTENT_FILES = ["engine/lector.js", "content/page.js"];

chrome.action.onClicked.addListener(async (tab) => {
  const target = { tabId: tab.id, frameIds: [0] };
  try {
    // Already injected in this page load: one call toggles (the fast path
    // for reopening).
    const [done] = await chrome.scripting.executeScript({
      target,
      func: () => (globalThis.lectorPage ? (globalThis.lectorPage.toggle(), true) : false),
    });
    if (!done.result) {
      await chrome.scripting.executeScript({ target, files: CONTENT_FILES });
      await chrome.scripting.executeScript({ target, func: () => globalThis.lectorPage.toggle() });
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
  chrome.tabs
    .sendMessage(sender.tab.id, message, { frameId: 0 })
    .then(sendResponse, (error) => sendResponse({ error: error.message }));
  return true; // the response comes asynchronously
});
