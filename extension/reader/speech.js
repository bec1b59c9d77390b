// Read aloud: the article spoken paragraph by paragraph with the browser's
// own speech synthesis (system voices, no network).
//
// One utterance per paragraph, so previous/next, a new speed or a new voice
// restart at a paragraph's start, and the paragraph being read can be
// marked. `speechSynthesis` and `SpeechSynthesisUtterance` are looked up at
// each use, not kept, so that tests can put stand-ins in their place after
// the page has loaded.
//
// The voice must speak the article's language: where the system has none,
// the player says so and does not read, rather than mangle the text in
// another language's voice. The choice is remembered per language in
// storage.sync.

const lectorSpeech = (() => {
  const $ = (id) => document.getElementById(id);
  const synth = () => globalThis.speechSynthesis;
  const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
  // Leaf blocks of text, read in document order. A list item or quote that
  // holds paragraphs is read through them.
  const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, dt, dd, th, td, caption";
  const WORD = "lector-word";

  let blocks = []; // the title, then the body's blocks
  let index = -1; // the block being read (or paused in)
  let state = "idle"; // idle | playing | paused
  let generation = 0; // ignores events of utterances cancelled since
  let rate = 1;
  let lang = null; // the article's, e.g. "pt-BR"; null: unknown
  let voices = []; // those for `lang`, best first
  let voice = null;

  const available = () => typeof globalThis.speechSynthesis === "object" && typeof globalThis.SpeechSynthesisUtterance === "function";
  const primary = (tag) => (tag || "").toLowerCase().split(/[-_]/)[0];

  function languageName(tag) {
    try {
      return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  function status(text) {
    $("player-status").textContent = text;
  }

  // ---- voices ----

  // Chromium fills the list after a moment and says so with `voiceschanged`.
  async function systemVoices() {
    let list = synth().getVoices();
    if (list.length) return list;
    await new Promise((done) => {
      const timer = setTimeout(done, 1500);
      synth().addEventListener?.("voiceschanged", () => (clearTimeout(timer), done()), { once: true });
    });
    return synth().getVoices();
  }

  async function chooseVoice() {
    const all = await systemVoices();
    const want = primary(lang);
    // No language on the page: any voice is as right as another, so the
    // system's default leads.
    voices = want ? all.filter((v) => primary(v.lang) === want) : [...all];
    const exact = (v) => (lang && v.lang.toLowerCase() === lang.toLowerCase().replace("_", "-") ? 1 : 0);
    voices.sort((a, b) => exact(b) - exact(a) || Number(b.default) - Number(a.default) || Number(b.localService) - Number(a.localService));
    const { voices: remembered } = await chrome.storage.sync.get("voices");
    const chosen = remembered && typeof remembered === "object" ? remembered[want || "*"] : null;
    voice = voices.find((v) => v.voiceURI === chosen) ?? voices[0] ?? null;

    const select = $("voice");
    select.replaceChildren(
      ...voices.map((v) => {
        const option = document.createElement("option");
        option.value = v.voiceURI;
        option.textContent = `${v.name} (${v.lang})`;
        option.selected = v === voice;
        return option;
      }),
    );
    const none = !voice;
    if (none) {
      const option = document.createElement("option");
      option.textContent = want ? `No ${languageName(lang)} voice` : "No voice";
      select.append(option);
      status(
        want
          ? `No voice for ${languageName(lang)} on this device: Lector won’t read it in another language.`
          : "This device has no voice to read with.",
      );
    }
    for (const id of ["voice", "play-button", "previous-button", "next-button"]) $(id).disabled = none;
    return !none;
  }

  async function rememberVoice(uri) {
    const { voices: stored } = await chrome.storage.sync.get("voices");
    const map = stored && typeof stored === "object" ? { ...stored } : {};
    map[primary(lang) || "*"] = uri;
    await chrome.storage.sync.set({ voices: map });
  }

  // ---- what is read ----

  /** The article being shown: its title element, body and language. */
  function setArticle(title, content, articleLang) {
    stop();
    lang = articleLang || null;
    const leaves = [...content.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS) && el.textContent.trim());
    blocks = [title, ...leaves].filter((el) => el.textContent.trim());
    index = -1;
  }

  // The bottom of the sticky toolbar: what is under it is not in view.
  const topEdge = () => document.querySelector(".lector-top").getBoundingClientRect().bottom;

  // The first block that shows below the toolbar: where the reader is.
  function firstInView() {
    const top = topEdge();
    const i = blocks.findIndex((el) => el.getBoundingClientRect().bottom > top + 4);
    return i === -1 ? 0 : i;
  }

  // Scrolls only when the text being read leaves the view, and then
  // smoothly (unless the reader prefers less motion), to the upper third.
  function follow(rect) {
    const top = topEdge();
    if (rect.top >= top && rect.bottom <= innerHeight) return;
    const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
    const y = scrollY + rect.top - top - (innerHeight - top) / 3;
    scrollTo({ top: Math.max(0, y), behavior: reduce ? "auto" : "smooth" });
  }

  function mark(el) {
    for (const e of document.querySelectorAll(".lector-reading")) {
      e.classList.remove("lector-reading");
      if (!e.classList.length) e.removeAttribute("class"); // as the engine wrote it
    }
    globalThis.CSS?.highlights?.delete(WORD);
    if (el) el.classList.add("lector-reading");
    // The contents mark the section being read.
    document.dispatchEvent(new Event("lector:reading"));
  }

  // The word at `start` (a character offset in the block's text), marked
  // with a CSS highlight: the article's DOM is not changed for it.
  function markWord(el, start, length) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const size = node.data.length;
      if (start < offset + size) {
        const from = start - offset;
        // Without charLength (older engines) the word runs to the next space.
        const len = length > 0 ? length : (node.data.slice(from).match(/^\S+/)?.[0].length ?? 0);
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, Math.min(size, from + Math.max(len, 1)));
        if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set(WORD, new Highlight(range));
        follow(range.getBoundingClientRect());
        return;
      }
      offset += size;
    }
  }

  // ---- playing ----

  function speak(i) {
    if (i < 0 || i >= blocks.length || !voice) return;
    const g = ++generation;
    synth().cancel();
    index = i;
    const el = blocks[i];
    const u = new globalThis.SpeechSynthesisUtterance(el.textContent);
    u.voice = voice;
    u.lang = voice.lang || lang || "";
    u.rate = rate;
    u.onend = () => {
      if (g !== generation) return;
      if (index + 1 < blocks.length) speak(index + 1);
      else finish("Finished.");
    };
    u.onerror = (event) => {
      if (g !== generation || ["interrupted", "canceled"].includes(event?.error)) return;
      finish(`Speech stopped: ${event?.error || "error"}.`);
    };
    u.onboundary = (event) => {
      if (g !== generation || (event.name && event.name !== "word")) return;
      markWord(el, event.charIndex, event.charLength);
    };
    mark(el);
    follow(el.getBoundingClientRect());
    setState("playing");
    status(`Paragraph ${i + 1} of ${blocks.length}`);
    synth().speak(u);
    // Skipping while paused: the queue stays paused after cancel().
    if (synth().paused) synth().resume();
  }

  function setState(next) {
    state = next;
    const play = $("play-button");
    play.textContent = state === "playing" ? "Pause" : "Play";
    document.documentElement.dataset.speech = state;
  }

  function finish(text) {
    generation++;
    setState("idle");
    mark(null);
    index = -1;
    status(text);
  }

  /** Starts from the paragraph in view, pauses, or resumes. */
  async function playPause() {
    await opening;
    if (!available()) {
      status("This browser has no speech synthesis.");
      return;
    }
    if (state === "playing") {
      synth().pause();
      setState("paused");
      status(`Paused at paragraph ${index + 1} of ${blocks.length}`);
    } else if (state === "paused") {
      synth().resume();
      setState("playing");
      status(`Paragraph ${index + 1} of ${blocks.length}`);
    } else if (await chooseVoice()) {
      speak(startAt ?? firstInView());
      startAt = null;
    }
  }

  function skip(step) {
    if (state === "idle" || !voice) return;
    speak(Math.min(blocks.length - 1, Math.max(0, index + step)));
  }

  /** Stops reading (closing the reader, hiding the player). */
  function stop() {
    if (state === "idle") return;
    generation++;
    synth()?.cancel();
    setState("idle");
    mark(null);
    status("");
  }

  // ---- the player's controls ----

  let opening = Promise.resolve();
  // Where the reader was looking before the player, opening under the
  // toolbar, covered a few lines; forgotten once they scroll. (Not on every
  // scroll event: the player's opening makes one, by scroll anchoring.)
  let startAt = null;
  const forget = () => (startAt = null);
  addEventListener("wheel", forget, { passive: true });
  addEventListener("touchmove", forget, { passive: true });
  addEventListener("keydown", (event) => {
    if (/^(PageUp|PageDown|ArrowUp|ArrowDown|Home|End)$/.test(event.key)) forget();
  });

  /** Shows the player with the voices for the article's language. */
  function open() {
    if (state === "idle" && blocks.length) startAt = firstInView();
    $("player").hidden = false;
    $("listen-button").setAttribute("aria-expanded", "true");
    opening = (async () => {
      if (!available()) {
        status("This browser has no speech synthesis.");
        for (const id of ["voice", "play-button", "previous-button", "next-button", "rate"]) $(id).disabled = true;
        return;
      }
      const { speechRate } = await chrome.storage.sync.get("speechRate");
      if (RATES.includes(speechRate)) rate = speechRate;
      $("rate").value = String(rate);
      if (await chooseVoice()) status("");
    })();
    return opening;
  }

  function close() {
    stop();
    $("player").hidden = true;
    $("listen-button").setAttribute("aria-expanded", "false");
  }

  $("play-button").addEventListener("click", () => playPause());
  $("previous-button").addEventListener("click", () => skip(-1));
  $("next-button").addEventListener("click", () => skip(1));
  $("rate").addEventListener("change", () => {
    const value = Number($("rate").value);
    if (!RATES.includes(value)) return;
    rate = value;
    chrome.storage.sync.set({ speechRate: rate });
    if (state === "playing") speak(index); // again from the paragraph's start, at the new speed
  });
  $("voice").addEventListener("change", () => {
    const chosen = voices.find((v) => v.voiceURI === $("voice").value);
    if (!chosen) return;
    voice = chosen;
    rememberVoice(chosen.voiceURI);
    if (state === "playing") speak(index);
  });
  // Speech belongs to this frame: it ends when the reader closes.
  addEventListener("pagehide", () => stop());

  return {
    setArticle,
    open,
    close,
    playPause,
    skip,
    stop,
    get isOpen() {
      return !$("player").hidden;
    },
  };
})();
