// The reader's features end to end in Debian's Chromium: read aloud (with a
// stand-in for speechSynthesis, since headless Chromium has no voices),
// copy and save (Markdown identical to `lector --format markdown`, a
// self-contained HTML file), contents, and the keyboard.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, afterEach, before, describe, it } from "node:test";
import * as h from "./harness.mjs";

const LIMIT = { timeout: 120_000 };
// (The Markdown of each corpus page is compared with the CLI's in
// reader.test.mjs, which opens them anyway.)
const SECTIONS = ["Where the river starts", "The mills of the middle valley", "Floods and the new embankment", "What the town plans next"];

let server;
let browser;
before(async () => {
  server = await h.startServer();
  browser = await h.launch();
});
afterEach(() => browser?.closeTabs());
after(async () => {
  await browser?.close();
  browser?.removeProfile();
  await server?.close();
});

const visit = (path) => h.visit(browser, server, path);

/** Opens the reader on `path` at the top of the article. */
async function reader(path) {
  const page = await visit(path);
  const frame = await h.openReader(browser, page);
  await frame.evaluate(() => scrollTo({ top: 0, behavior: "instant" }));
  return { page, frame };
}

const speechLog = (frame) => frame.evaluate(() => window.speechTest.log.map((e) => ({ ...e })));
const spoken = async (frame) => (await speechLog(frame)).filter((e) => e.op === "speak");
const waitForSpeech = (frame, count) => frame.waitForFunction((n) => window.speechTest.log.filter((e) => e.op === "speak").length >= n, count);
const paragraphs = (frame) => frame.evaluate(() => [...document.querySelectorAll("#content p")].map((p) => p.textContent));
const reading = (frame) => frame.evaluate(() => document.querySelector(".lector-reading")?.textContent ?? null);

describe("read aloud", () => {
  it("reads paragraph by paragraph in the article's language, marks what it reads, pauses, skips, changes speed and voice", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/sections.html");
    await frame.evaluate(h.SPEECH_STUB);
    const texts = await paragraphs(frame);

    // The shortcut opens the player and starts at the top: the title first.
    await page.keyboard.press("a");
    await waitForSpeech(frame, 1);
    let said = await spoken(frame);
    assert.deepEqual(said[0], { op: "speak", text: "A river from source to town", lang: "en-US", rate: 1, voice: "test-en-us" });
    assert.equal(await reading(frame), "A river from source to town", "the title is marked");
    assert.equal(await frame.evaluate(() => document.getElementById("play-button").textContent), "Pause");

    // A word boundary marks the word, without changing the article's DOM.
    const html = await frame.evaluate(() => document.getElementById("content").innerHTML);
    await frame.evaluate(() => window.speechTest.word(8, 4));
    assert.equal(await frame.evaluate(() => [...CSS.highlights.get("lector-word")][0].toString()), "from");
    await frame.evaluate(() => window.speechTest.word(2, 5));
    assert.equal(await frame.evaluate(() => [...CSS.highlights.get("lector-word")][0].toString()), "river");

    // The end of an utterance starts the next block, in order: the first
    // heading, then its paragraph.
    await frame.evaluate(() => window.speechTest.end());
    await frame.evaluate(() => window.speechTest.end());
    said = await spoken(frame);
    assert.deepEqual(said.map((s) => s.text), ["A river from source to town", SECTIONS[0], texts[0]]);
    assert.equal(await reading(frame), texts[0], "the paragraph being read is marked");
    assert.equal(await frame.evaluate(() => document.getElementById("content").innerHTML.replace(/ class="lector-reading"/g, "")), html.replace(/ class="lector-reading"/g, ""), "only the mark changed");

    // Pause and resume, with the button.
    await frame.click("#play-button");
    await frame.click("#play-button");
    let log = await speechLog(frame);
    assert.deepEqual(log.slice(-2).map((e) => e.op), ["pause", "resume"]);
    assert.equal(said.length, (await spoken(frame)).length, "resuming does not start again");

    // Next and previous paragraph, by keyboard and button.
    await page.keyboard.press("]");
    await frame.click("#previous-button");
    said = await spoken(frame);
    assert.deepEqual(said.slice(-2).map((s) => s.text), [texts[1], texts[0]]);

    // Speed: the paragraph starts again at the new rate, which is kept.
    await frame.selectOption("#rate", "1.5");
    said = await spoken(frame);
    assert.deepEqual(said.at(-1), { op: "speak", text: texts[0], lang: "en-US", rate: 1.5, voice: "test-en-us" });

    // Voice: only English ones are offered; the choice is remembered for English.
    const offered = await frame.evaluate(() => [...document.querySelectorAll("#voice option")].map((o) => o.value));
    assert.deepEqual(offered, ["test-en-us", "test-en-gb"]);
    await frame.selectOption("#voice", "test-en-gb");
    said = await spoken(frame);
    assert.deepEqual(said.at(-1), { op: "speak", text: texts[0], lang: "en-GB", rate: 1.5, voice: "test-en-gb" });
    const stored = await frame.evaluate(() => chrome.storage.sync.get(["voices", "speechRate"]));
    assert.deepEqual(stored, { voices: { en: "test-en-gb" }, speechRate: 1.5 });

    // The view follows: a paragraph far below comes into view, smoothly.
    // (Headings are read too: eight blocks on from the first paragraph is
    // the third section's first paragraph.)
    for (let i = 0; i < 8; i++) await page.keyboard.press("]");
    const far = (await spoken(frame)).at(-1).text;
    assert.equal(far, texts[6]);
    await frame.waitForFunction(() => {
      const box = document.querySelector(".lector-reading").getBoundingClientRect();
      const top = document.querySelector(".lector-top").getBoundingClientRect().bottom;
      return box.top >= top && box.bottom <= innerHeight;
    });

    // Escape closes the player, which stops reading.
    await page.keyboard.press("Escape");
    log = await speechLog(frame);
    assert.equal(log.at(-1).op, "cancel");
    assert.ok(await frame.evaluate(() => document.getElementById("player").hidden));
    assert.equal(await reading(frame), null, "no mark left");

    // Playing again starts from the paragraph the reader is looking at.
    // Scrolled until paragraph 4 starts just below the toolbar, and is
    // still there two frames later: a smooth scroll or scroll anchoring from
    // closing the player may move the view after an instant scroll.
    await frame.evaluate(async () => {
      const p = document.querySelectorAll("#content p")[4];
      const bar = () => document.querySelector(".lector-top");
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      for (let tries = 0; tries < 20; tries++) {
        scrollTo({ top: p.getBoundingClientRect().top + scrollY - bar().offsetHeight - 2, behavior: "instant" });
        await frames();
        const edge = bar().getBoundingClientRect().bottom;
        const box = p.getBoundingClientRect();
        if (Math.abs(box.top - (edge + 2)) <= 3) return;
      }
      throw new Error("could not scroll paragraph 4 under the toolbar");
    });
    const before = (await spoken(frame)).length;
    await page.keyboard.press("a");
    await waitForSpeech(frame, before + 1);
    assert.equal((await spoken(frame)).at(-1).text, texts[4]);
    assert.equal((await spoken(frame)).at(-1).voice, "test-en-gb", "the remembered voice");

    await frame.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });

  it("stops when the reader closes", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/sections.html");
    await frame.evaluate(h.SPEECH_STUB);
    await frame.click("#listen-button");
    await frame.click("#play-button");
    await waitForSpeech(frame, 1);
    await browser.click(page);
    await h.waitClosed(page);
    // The frame is gone; its log was kept in the extension's storage.
    const check = await browser.context.newPage();
    await check.goto(h.readerUrl(browser));
    const log = await check.evaluate(async () => (await chrome.storage.local.get("speechLog")).speechLog);
    assert.equal(log.filter((e) => e.op === "speak").length, 1);
    assert.equal(log.at(-1).op, "cancel", "reading was cancelled");
    await check.close();
    await page.close();
  });

  it("says so where no voice speaks the article's language, and reads nothing", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/rtl.html");
    await frame.evaluate(h.SPEECH_STUB);
    await page.keyboard.press("a");
    await frame.waitForFunction(() => /Arabic/.test(document.getElementById("player-status").textContent));
    const facts = await frame.evaluate(() => ({
      status: document.getElementById("player-status").textContent,
      play: document.getElementById("play-button").disabled,
      voice: document.getElementById("voice").textContent,
      log: window.speechTest.log.filter((e) => e.op === "speak").length,
    }));
    assert.match(facts.status, /No voice for Arabic/);
    assert.ok(facts.play, "play is disabled");
    assert.equal(facts.voice, "No Arabic voice");
    assert.equal(facts.log, 0, "nothing read in another language");
    await page.close();
  });
});

describe("save and copy", () => {
  it("copies and saves the same Markdown as the CLI, and a self-contained HTML file", LIMIT, async () => {
    const { page, frame } = await reader("/samples/kenya-news.html");
    const expected = h.cliMarkdown(join(h.REPO, "samples/kenya-news.html"), page.url());
    // The test reads the clipboard from the page's own origin (Chromium
    // grants no permission to extension origins through CDP).
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });

    // The Markdown module is not loaded until asked for.
    const loaded = () =>
      frame.evaluate(() => lectorSave.markdownLoaded || performance.getEntriesByType("resource").some((r) => r.name.includes("lector_markdown")));
    assert.equal(await loaded(), false, "no Markdown module at first paint");

    await page.keyboard.press("m");
    await frame.click("#copy-markdown");
    await frame.waitForFunction(() => document.getElementById("save-status").textContent === "Copied as Markdown.");
    assert.ok(await loaded());
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected, "copied Markdown = CLI's");

    const [markdown] = await Promise.all([page.waitForEvent("download"), frame.click("#save-markdown")]);
    assert.equal(markdown.suggestedFilename(), "Tech issues disrupt the Trump-Musk interview’s premiere.md");
    assert.equal(readFileSync(await markdown.path(), "utf8"), expected, "saved Markdown = CLI's");

    // Save as HTML in the dark theme: one file, the reader's stylesheet,
    // the header, the article and where it came from, and no script.
    await frame.click("#settings-button");
    await frame.check("input[name=theme][value=dark]");
    const [file] = await Promise.all([page.waitForEvent("download"), frame.click("#save-html")]);
    assert.match(file.suggestedFilename(), /\.html$/);
    mkdirSync(h.ARTIFACTS, { recursive: true });
    const saved = join(h.ARTIFACTS, "saved-article.html");
    await file.saveAs(saved);
    const text = readFileSync(saved, "utf8");
    const css = readFileSync(join(h.REPO, "extension/reader.css"), "utf8");
    assert.ok(text.includes(css.slice(0, 200)), "the reader's stylesheet is inside");
    assert.doesNotMatch(text, /<script|<link rel="stylesheet"|<iframe/i);
    assert.equal(text.replace(/<style>[^]*<\/style>/, "").match(/<body/g).length, 1, "one body");
    assert.match(text, /<article class="content"><div> <p>Elon Musk’s interview/, "the article's own markup inside");
    assert.match(text, /Content-Security-Policy" content="default-src 'none'/);

    // Opened offline from disk: styled, with its header and source.
    const copy = await browser.context.newPage();
    await copy.goto(pathToFileURL(saved).href);
    const shown = await copy.evaluate(() => ({
      title: document.title,
      h1: document.querySelector("h1")?.textContent,
      byline: document.querySelector(".lector-byline")?.textContent,
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      source: document.querySelector(".lector-source a")?.href,
      first: document.querySelector(".content p")?.textContent,
      scripts: document.scripts.length,
      marks: document.querySelectorAll(".lector-reading, [id^=lector-section]").length,
    }));
    const readerBackground = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.deepEqual(shown, {
      title: "Tech issues disrupt the Trump-Musk interview’s premiere.",
      h1: "Tech issues disrupt the Trump-Musk interview’s premiere.",
      byline: "Ivy Irungu",
      theme: "dark",
      background: readerBackground,
      source: page.url(),
      first: shown.first,
      scripts: 0,
      marks: 0,
    });
    assert.match(shown.first, /^Elon Musk’s interview with Republican presidential candidate/);
    await copy.close();

    // Print keeps working: the controls are hidden on paper.
    await page.emulateMedia({ media: "print" });
    assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector(".lector-top")).display), "none");
    await page.emulateMedia({ media: "screen" });
    await frame.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });
});

describe("contents", () => {
  it("lists the sections, jumps within the reader and marks the section being read", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/sections.html");
    const url = await frame.evaluate(() => location.href);
    await frame.click("#contents-button");
    const list = await frame.evaluate(() => [...document.querySelectorAll("#contents a")].map((a) => a.textContent));
    assert.deepEqual(list, SECTIONS);
    assert.equal(await frame.evaluate(() => document.querySelector("#contents [aria-current]")), null, "at the top no section is being read");

    await frame.click(`#contents a >> text=${SECTIONS[2]}`);
    await frame.waitForFunction((title) => {
      const heading = [...document.querySelectorAll("#content h2")].find((h) => h.textContent === title);
      const top = document.querySelector(".lector-top").getBoundingClientRect().bottom;
      const box = heading.getBoundingClientRect();
      return document.activeElement === heading && box.top >= top - 1 && box.top < top + 40;
    }, SECTIONS[2]);
    await frame.waitForFunction(() => document.querySelector("#contents [aria-current=location]")?.textContent === "Floods and the new embankment");
    assert.equal(await frame.evaluate(() => location.href), url, "no navigation");

    // Scrolling marks the section in view.
    await frame.evaluate(() => {
      const heading = document.querySelectorAll("#content h2")[1];
      scrollTo({ top: heading.getBoundingClientRect().top + scrollY - document.querySelector(".lector-top").offsetHeight - 20, behavior: "instant" });
    });
    await frame.waitForFunction(() => document.querySelector("#contents [aria-current=location]")?.textContent === "The mills of the middle valley");

    // Reading aloud, the section marked is the one being read. (And a
    // screenshot of the controls for the README.)
    mkdirSync(h.ARTIFACTS, { recursive: true });
    await frame.evaluate(h.SPEECH_STUB);
    await page.keyboard.press("a");
    await waitForSpeech(frame, 1);
    await frame.evaluate(() => window.speechTest.end()); // the heading, then its first paragraph
    await frame.evaluate(() => window.speechTest.word(0, 7));
    assert.equal(await reading(frame), (await paragraphs(frame))[3]);
    await frame.waitForFunction(() => document.querySelector("#contents [aria-current=location]")?.textContent === "The mills of the middle valley");
    await page.screenshot({ path: join(h.ARTIFACTS, "controls.png") });
    await frame.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });

  it("is not offered for an article without sections; follows a right-to-left article", LIMIT, async () => {
    const plain = await reader("/fixtures/article.html");
    assert.ok(await plain.frame.evaluate(() => document.getElementById("contents-button").hidden));
    await plain.page.keyboard.press("c");
    assert.ok(await plain.frame.evaluate(() => document.getElementById("contents").hidden));
    await plain.page.close();

    const { page, frame } = await reader("/fixtures/sections-rtl.html");
    await page.keyboard.press("c");
    const facts = await frame.evaluate(() => ({
      hidden: document.getElementById("contents").hidden,
      dir: document.getElementById("contents").dir,
      lang: document.getElementById("contents").lang,
      links: document.querySelectorAll("#contents a").length,
      focused: document.activeElement.textContent,
    }));
    assert.deepEqual(facts, { hidden: false, dir: "rtl", lang: "ar", links: 3, focused: "من أين يبدأ النهر" });
    await page.close();
  });
});

describe("with themes, settings and right-to-left pages", () => {
  it("the panels follow the theme; an Arabic article keeps its direction in contents, save and read aloud", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/sections-rtl.html");
    await frame.evaluate(h.SPEECH_STUB);
    // Sepia and a larger text, as another tab would set them.
    await frame.evaluate(() => chrome.storage.sync.set({ settings: { theme: "sepia", size: 24 } }));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === "sepia");
    for (const key of ["c", "m", "a", "?"]) await page.keyboard.press(key);
    // The player looks for voices before it says it has none.
    await frame.waitForFunction(() => document.getElementById("player-status").textContent.trim() !== "");
    const look = await frame.evaluate(() => {
      const style = (selector) => getComputedStyle(document.querySelector(selector));
      return {
        page: [style("body").backgroundColor, style("body").color],
        panels: ["#player", "#contents", "#save", "#help"].map((s) => [style(s).backgroundColor, style(s).color]),
        buttons: [...document.querySelectorAll(".lector-top button:not([hidden])")].map((b) => getComputedStyle(b).color),
        size: style("#content").fontSize,
        contents: [document.getElementById("contents").dir, style("#contents li").direction],
        status: document.getElementById("player-status").textContent,
      };
    });
    for (const [background, color] of look.panels) assert.deepEqual([background, color], look.page, "panel in the sepia theme");
    for (const color of look.buttons) assert.equal(color, look.page[1], "buttons in the theme's colour");
    assert.equal(look.size, "24px");
    assert.deepEqual(look.contents, ["rtl", "rtl"]);
    assert.match(look.status, /No voice for Arabic/);
    await page.keyboard.press("Escape"); // the help dialog

    // The Markdown of the right-to-left page is the CLI's too.
    await page.bringToFront();
    const md = await frame.evaluate(() => lectorSave.markdown(shown));
    assert.equal(md, h.cliMarkdown(join(h.FIXTURES, "sections-rtl.html"), page.url()));
    await frame.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });
});

describe("keyboard", () => {
  it("every control is labelled and reachable; shortcuts act; ? lists them", LIMIT, async () => {
    const { page, frame } = await reader("/fixtures/sections.html");
    // Open every panel so their controls are in the tab order.
    for (const key of ["s", "m", "c"]) await page.keyboard.press(key);
    await frame.click("#listen-button");
    const controls = await frame.evaluate(() =>
      [...document.querySelectorAll(".lector-top button, .lector-top input, .lector-top select, .lector-top a")]
        .filter((e) => !e.closest("[hidden]") && !e.hidden)
        .map((e) => {
          const label = e.getAttribute("aria-label") || [...(e.labels ?? [])].map((l) => l.textContent).join(" ") || e.textContent;
          return { id: e.id || e.name || e.textContent.trim(), label: label.replace(/\s+/g, " ").trim(), tabbable: e.tabIndex >= 0 };
        }),
    );
    assert.ok(controls.length >= 20, `${controls.length} controls`);
    for (const c of controls) {
      assert.ok(c.label, `${c.id} has a label`);
      assert.ok(c.tabbable, `${c.id} is reachable by Tab`);
    }
    // Tab from the page reaches the toolbar's buttons in order.
    await frame.evaluate(() => document.getElementById("main").focus());
    await frame.focus("#contents-button");
    const order = [];
    for (let i = 0; i < 7; i++) {
      order.push(await frame.evaluate(() => document.activeElement.id));
      await page.keyboard.press("Tab");
    }
    assert.deepEqual(order, ["contents-button", "listen-button", "settings-button", "save-button", "print-button", "help-button", "close-button"]);

    // Escape closes the panels, latest first.
    for (let i = 0; i < 4; i++) await page.keyboard.press("Escape");
    assert.deepEqual(
      await frame.evaluate(() => ["settings", "save", "contents", "player"].filter((id) => !document.getElementById(id).hidden)),
      [],
    );

    // Text size: + and -, stored like the slider.
    await frame.evaluate(() => document.getElementById("main").focus());
    await page.keyboard.press("+");
    await page.keyboard.press("+");
    await page.keyboard.press("-");
    assert.equal((await h.readerState(frame)).size, "21px");
    await frame.waitForFunction(async () => (await chrome.storage.sync.get("settings")).settings?.size === 21);

    // ? opens the list of shortcuts; Escape closes it, not the reader.
    await page.keyboard.press("?");
    const help = await frame.evaluate(() => ({ open: document.getElementById("help").open, text: document.getElementById("help").textContent }));
    assert.ok(help.open);
    for (const what of ["Read aloud", "Settings", "Contents", "Larger or smaller text", "Close", "Print"]) assert.ok(help.text.includes(what), what);
    await page.keyboard.press("Escape");
    assert.equal(await frame.evaluate(() => document.getElementById("help").open), false);
    assert.ok(await page.evaluate(() => document.querySelector("lector-reader") !== null), "the reader is still open");

    // s opens the settings on the chosen theme; Escape, then Escape closes the reader.
    await page.keyboard.press("s");
    assert.equal(await frame.evaluate(() => document.activeElement.name), "theme");
    await page.keyboard.press("Escape");
    await frame.evaluate(() => chrome.storage.sync.clear());
    await h.pressToClose(page, "Escape");
    await page.close();
  });
});
