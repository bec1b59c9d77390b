// The reader view end to end in Debian's Chromium: a real toolbar click on
// pages served locally, then what the reader frame shows and what the page
// looks like after closing it.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, afterEach, before, describe, it } from "node:test";
import * as h from "./harness.mjs";

// Real pages with a title, a byline and several paragraphs, in several
// languages and layouts.
const CORPUS_PAGES = [
  "aclu", "aktualne", "ars-1", "bbc-1", "citylab-1", "cnet", "cnn", "dropbox-blog",
  "engadget", "firefox-nightly-blog", "folha", "gitlab-blog", "guardian-1", "heise",
  "lemonde-1", "lwn-1", "medium-1", "nytimes-1", "quanta-1", "salon-1",
  "seattletimes-1", "theverge", "wapo-1", "wikipedia-3", "yahoo-4",
];
const corpus = h.corpusPages(CORPUS_PAGES);
if (corpus.length < CORPUS_PAGES.length) {
  console.warn(`\n*** SKIPPING ${CORPUS_PAGES.length - corpus.length} corpus pages: not found under ${h.CORPUS} ***\n`);
}

// The bundled sample page (its article is described in tests/sample.rs),
// or a corpus page until the sample exists.
const KENYA = {
  meta: { title: "Tech issues disrupt the Trump-Musk interview’s premiere.", byline: "Ivy Irungu" },
  site: "Newsunplug Kenya",
  first: "Elon Musk’s interview with Republican presidential candidate Donald Trump was disrupted by technical issues",
  last: "who cannot run a livestream in the year 2024.”",
  chrome: ["READ MORE", "By using this site, you agree", "Share This Article", "Recent Posts", "Welcome Back!"],
};
const SAMPLE = existsSync(join(h.REPO, "samples/kenya-news.html"))
  ? { path: "/samples/kenya-news.html", expected: () => KENYA }
  : corpus.includes("ars-1")
    ? { path: "/corpus/ars-1/", expected: (page) => expectationsFor(page, "ars-1") }
    : { path: "/fixtures/article.html", expected: () => null };

// Generous: a cold browser start is part of some tests, and a loaded
// 2-core machine makes big pages slow.
const LIMIT = { timeout: 120_000 };

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

/** Opens the reader, reads what it shows, closes it the given way and checks
 * that the page is exactly as before. Returns what the reader showed. */
async function roundTrip(page, close = "toolbar", inspect = null) {
  const before = await h.pageSnapshot(page);
  const started = Date.now();
  const frame = await h.openReader(browser, page);
  const openedIn = Date.now() - started;
  h.debug(`opened in ${openedIn} ms`);
  const state = await h.readerState(frame);
  // Checks of the open reader that need no page of their own.
  const inspected = inspect ? await inspect(frame) : null;
  h.debug(`closing by ${close}`);
  if (close === "toolbar") await browser.click(page);
  else if (close === "escape") await h.pressToClose(page, "Escape");
  else if (close === "button") {
    // By keyboard: a mouse click that removes its own frame leaves
    // Playwright waiting for the click to finish.
    await frame.focus("#close-button");
    await h.pressToClose(page, "Enter");
  }
  await h.waitClosed(page); // after a toolbar click
  h.debug("closed");
  const after = await h.pageSnapshot(page);
  h.assertSameHtml(after.html, before.html);
  assert.deepEqual([after.scrollX, after.scrollY], [before.scrollX, before.scrollY], "scroll position restored");
  assert.equal(await page.evaluate(() => window.lectorTestMark), "still here", "the page was not reloaded");
  return { state, openedIn, inspected };
}

/** First and last real paragraphs of the expected article, and bits of the
 * page's chrome (navigation, footer) that the article does not contain. */
async function expectationsFor(page, name) {
  const { html, meta } = h.corpusExpected(name);
  const found = await page.evaluate((expectedHtml) => {
    const norm = (t) => (t ?? "").replace(/\s+/g, " ").trim();
    const doc = new DOMParser().parseFromString(expectedHtml, "text/html");
    const paragraphs = [...doc.querySelectorAll("p")].map((p) => norm(p.textContent)).filter((t) => t.length >= 40);
    const articleText = norm(doc.body.textContent);
    const chrome = [...document.querySelectorAll("nav, footer, [role=navigation], [role=contentinfo]")]
      .map((e) => norm(e.textContent))
      .filter((t) => t.length >= 20 && t.length <= 2000 && !articleText.includes(t))
      .slice(0, 5);
    return { first: paragraphs[0], last: paragraphs.at(-1), chrome };
  }, html);
  return { ...found, meta };
}

/** Checks everything and reports every difference at once, so one run tells
 * what the engine still gets wrong on a page. */
function assertShowsArticle(state, expected) {
  assert.ok(state.article, `the article is shown (status: ${state.status}, empty: ${state.empty})`);
  const wrong = [];
  const title = h.normalize(expected.meta.title);
  if (state.title !== title) wrong.push(`title: ${JSON.stringify(state.title)}, want ${JSON.stringify(title)}`);
  const byline = h.normalize(expected.meta.byline);
  if (byline && state.byline !== byline) wrong.push(`byline: ${JSON.stringify(state.byline)}, want ${JSON.stringify(byline)}`);
  if (!state.text.includes(expected.first)) wrong.push(`first paragraph missing: ${expected.first.slice(0, 80)}…`);
  if (!state.text.includes(expected.last)) wrong.push(`last paragraph missing: ${expected.last.slice(0, 80)}…`);
  for (const chrome of expected.chrome) {
    if (state.text.includes(chrome)) wrong.push(`page chrome shown: ${chrome.slice(0, 80)}…`);
  }
  for (const key of ["site", "lang", "dir"]) {
    if (expected[key] && state[key] !== expected[key]) wrong.push(`${key}: ${JSON.stringify(state[key])}, want ${JSON.stringify(expected[key])}`);
  }
  assert.deepEqual(wrong, [], "what the reader shows");
}

describe("sample page", () => {
  it("shows the article with its header, gives the page back, reopens at once", LIMIT, async () => {
    const page = await visit(SAMPLE.path);
    const expected = await SAMPLE.expected(page);
    const first = await roundTrip(page, "toolbar");
    assert.ok(first.state.title, "a title");
    assert.ok(first.state.readingTime, "reading time shown");
    const again = await roundTrip(page, "escape");
    assert.deepEqual(again.state, first.state, "the same article again");
    console.log(`sample: first open ${first.openedIn} ms, reopen ${again.openedIn} ms (click to shown)`);
    await roundTrip(page, "button");
    if (expected) assertShowsArticle(first.state, expected);
    await page.close();
  });

  it("saves screenshots in light and dark themes", LIMIT, async () => {
    mkdirSync(h.ARTIFACTS, { recursive: true });
    const page = await visit(SAMPLE.path);
    const frame = await h.openReader(browser, page);
    for (const theme of ["light", "dark"]) {
      await frame.click("#settings-button");
      await frame.check(`input[name=theme][value=${theme}]`);
      await frame.click("#settings-button");
      assert.equal((await h.readerState(frame)).theme, theme);
      await page.screenshot({ path: join(h.ARTIFACTS, `sample-${theme}.png`) });
    }
    await frame.evaluate(() => chrome.storage.sync.clear());
    await page.close();
  });

  it("keeps landmarks, opens links outside the frame, loads images lazily, prints without controls", LIMIT, async () => {
    const page = await visit(SAMPLE.path);
    const frame = await h.openReader(browser, page);
    const facts = await frame.evaluate(() => ({
      landmarks: !!document.querySelector("main .lector-header h1") && !!document.querySelector("main article.content"),
      links: [...document.querySelectorAll("#content a[href]")].map((a) => [a.target, a.rel]),
      images: [...document.querySelectorAll("#content img")].map((img) => img.loading),
    }));
    assert.ok(facts.landmarks, "main landmark, header with h1, article");
    for (const [target, rel] of facts.links) {
      assert.equal(target, "_blank");
      assert.match(rel, /noopener/);
    }
    for (const loading of facts.images) assert.equal(loading, "lazy");
    await page.emulateMedia({ media: "print" });
    const barDisplay = await frame.evaluate(() => getComputedStyle(document.querySelector(".lector-bar")).display);
    assert.equal(barDisplay, "none", "toolbar hidden in print");
    await page.emulateMedia({ media: "screen" });
    await page.close();
  });
});

describe("the header", () => {
  it("shows the page's summary line under the title, not again in the body", LIMIT, async () => {
    const page = await visit("/fixtures/summary.html");
    const frame = await h.openReader(browser, page);
    const state = await h.readerState(frame);
    const line = "The county will run two boats across the lake from June";
    assert.equal(state.title, "The ferry gets a second boat");
    assert.ok(state.summary?.startsWith(line), `summary under the title: ${state.summary}`);
    assert.ok(!state.text.includes(line), "the body does not repeat it");
    assert.ok(state.text.includes("For thirty years a single ferry"), "the story is there");
    await page.close();
  });
});

describe("links in the article", () => {
  it("a footnote link moves within the reader and back; a web link opens outside", LIMIT, async () => {
    const page = await visit("/fixtures/footnotes.html");
    const pageUrl = page.url();
    const frame = await h.openReader(browser, page);
    const where = () =>
      frame.evaluate(() => ({
        url: location.href,
        history: history.length,
        focused: document.activeElement?.id ?? "",
        titleTop: document.getElementById("title").getBoundingClientRect().top,
        web: [...document.querySelectorAll('#content a[href^="http"]')].map((a) => a.target),
      }));
    const before = await where();
    assert.ok(before.titleTop >= 0, "the reader starts at the top");
    assert.ok(before.web.length > 0 && before.web.every((t) => t === "_blank"), "web links open in a new tab");

    // Down to the note: it is focused and in view, the title has scrolled
    // away, and no navigation happened anywhere.
    await frame.click('#content a[href="#ref-note-1"]');
    await frame.waitForFunction(() => {
      const box = document.getElementById("ref-note-1").getBoundingClientRect();
      return document.activeElement?.id === "ref-note-1" && box.top >= 0 && box.bottom <= innerHeight;
    });
    const down = await where();
    assert.ok(down.titleTop < 0, `the title scrolled out of view (${down.titleTop})`);
    assert.equal(down.url, before.url, "the reader's address is unchanged");
    assert.equal(down.history, before.history, "no history entry");
    assert.equal(page.url(), pageUrl, "the page did not navigate");

    // And back up to where the note is cited.
    await frame.click('#content a[href="#ref-back-1"]');
    await frame.waitForFunction(() => {
      const box = document.getElementById("ref-back-1").getBoundingClientRect();
      return document.activeElement?.id === "ref-back-1" && box.top >= 0 && box.bottom <= innerHeight;
    });
    await page.close();
  });
});

describe(`corpus pages (${corpus.length})`, () => {
  for (const name of corpus) {
    it(name, LIMIT, async () => {
      const page = await visit(`/corpus/${name}/`);
      const expected = await expectationsFor(page, name);
      // "Copy/Save as Markdown" give what the CLI gives for this page.
      const markdown = (frame) => frame.evaluate(() => lectorSave.markdown(shown));
      const first = await roundTrip(page, "toolbar", markdown);
      const again = await roundTrip(page, "escape");
      assert.deepEqual(again.state, first.state, "reopening shows the same");
      h.assertSameText(first.inspected, h.cliMarkdown(join(h.CORPUS, name, "source.html"), page.url()), "Markdown (reader, CLI)");
      assertShowsArticle(first.state, expected); // the tab is closed after each test
    });
  }
});

// What the fixtures' articles are.
const VALLEY = {
  meta: { title: "Rain returns to the valley", byline: "Amina Odhiambo" },
  site: "The Valley Courier",
  first: "After eleven dry months the first long rains reached the valley",
  last: "the county office said in a statement on Saturday afternoon.",
  chrome: ["Subscribe to the Courier", "Most read", "All rights reserved"],
};
const RTL = {
  meta: { title: "عودة الأمطار إلى الوادي", byline: "سلمى حداد" },
  lang: "ar",
  dir: "rtl",
  first: "بعد أحد عشر شهرا من الجفاف",
  last: "على الطرق المنخفضة قرب المعبر.",
  chrome: ["جميع الحقوق محفوظة", "الرياضة والمزيد من الأقسام"],
};
const HOSTILE = {
  meta: { title: "A page that fights back", byline: "Jo Hostile" },
  first: "This page replaces the DOM methods an extension might call",
  last: "the reader only listens to the extension.",
  chrome: ["Deals of the day", "Hostile Times footer", "FORGED"],
};

describe("hard pages", () => {
  it("a page whose CSP forbids everything (wasm too) still gets the reader", LIMIT, async () => {
    const page = await visit("/fixtures/article.html?csp=strict");
    const { state } = await roundTrip(page, "toolbar");
    assert.ok(state.article, `article shown (status: ${state.status})`);
    const again = await roundTrip(page, "escape");
    assert.deepEqual(again.state, state, "reopening (from the remembered article)");
    assertShowsArticle(state, VALLEY);
    await page.close();
  });

  it("a corpus page served with a strict CSP", { ...LIMIT, skip: !corpus.includes("ars-1") && "corpus absent" }, async () => {
    const page = await visit("/corpus/ars-1/?csp=strict");
    const expected = await expectationsFor(page, "ars-1");
    const { state } = await roundTrip(page, "toolbar");
    assertShowsArticle(state, expected);
    await page.close();
  });

  it("a page with no article says so, and shows the best attempt on request", LIMIT, async () => {
    const page = await visit("/fixtures/no-article.html");
    const before = await h.pageSnapshot(page);
    const frame = await h.openReader(browser, page);
    const state = await h.readerState(frame);
    assert.ok(state.empty, `"no article" shown (article: ${state.article}, status: ${state.status})`);
    assert.equal(await frame.textContent("#empty h1"), "No article found on this page");
    assert.equal(await frame.evaluate(() => document.activeElement.id), "force-button", "the button has focus");
    await page.keyboard.press("Enter");
    await frame.waitForFunction(
      () => !document.getElementById("article").hidden || !/^Reading/.test(document.getElementById("status").textContent),
      null,
      { timeout: 10_000 },
    );
    const forced = await h.readerState(frame);
    assert.ok(forced.article || forced.status, "never blank");
    await h.pressToClose(page, "Escape");
    h.assertSameHtml((await h.pageSnapshot(page)).html, before.html);
    await page.close();
  });

  it("a right-to-left page keeps its language and direction", LIMIT, async () => {
    const page = await visit("/fixtures/rtl.html");
    const { state } = await roundTrip(page, "toolbar");
    assertShowsArticle(state, RTL);
    await page.close();
  });

  it("a page whose scripts fight back can neither break nor reach the reader", LIMIT, async () => {
    const page = await visit("/fixtures/fight.html");
    const before = await h.pageSnapshot(page);
    const frame = await h.openReader(browser, page);
    // Forged messages arrive every 50 ms; the reader must ignore them.
    await page.waitForTimeout(400);
    const state = await h.readerState(frame);
    assert.ok(state.article, `article shown (status: ${state.status})`);
    const seen = await page.evaluate(() => {
      const host = document.querySelector("lector-reader");
      return { host: !!host, shadow: host?.shadowRoot ?? null, log: window.fightLog };
    });
    assert.ok(seen.host, "the reader is still shown after the page removed it");
    assert.equal(seen.shadow, null, "closed shadow root");
    await browser.click(page);
    await h.waitClosed(page);
    const after = await h.pageSnapshot(page);
    h.assertSameHtml(after.html, before.html);
    assert.equal(after.scrollY, before.scrollY);
    assertShowsArticle(state, HOSTILE);
    await page.close();
  });
});

describe("settings", () => {
  it("are reachable by keyboard, apply at once, survive reopening and a browser restart", LIMIT, async () => {
    const page = await visit("/fixtures/article.html");
    let frame = await h.openReader(browser, page);
    assert.equal(await page.evaluate(() => typeof window.ticks), "number");
    const ticks = await page.evaluate(() => window.ticks);

    await frame.focus("#settings-button");
    await page.keyboard.press("Enter");
    assert.equal(await frame.evaluate(() => document.activeElement.value), "system", "focus on the chosen theme");
    await page.keyboard.press("ArrowLeft"); // system -> dark
    assert.equal((await h.readerState(frame)).theme, "dark", "theme applies at once");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // serif -> sans-serif
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // size 20 -> 21
    await page.keyboard.press("ArrowRight"); // -> 22
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowLeft"); // width 38 -> 36
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight"); // spacing 1.6 -> 1.7
    const chosen = { theme: "dark", font: "sans-serif", size: "22px", width: "36em", spacing: "1.7" };
    const pick = (s) => ({ theme: s.theme, font: s.font, size: s.size, width: s.width, spacing: s.spacing });
    assert.deepEqual(pick(await h.readerState(frame)), chosen);
    const fontSize = await frame.evaluate(() => getComputedStyle(document.getElementById("content")).fontSize);
    assert.equal(fontSize, "22px", "text size applied to the article");

    await page.keyboard.press("Escape"); // closes the settings first
    assert.ok(await frame.evaluate(() => document.getElementById("settings").hidden));
    await h.pressToClose(page, "Escape"); // then the reader
    assert.ok((await page.evaluate(() => window.ticks)) > ticks, "page scripts kept running");

    frame = await h.openReader(browser, page);
    assert.deepEqual(pick(await h.readerState(frame)), chosen, "kept after reopening");
    await page.close();

    // Same profile, new browser.
    const profile = browser.profile;
    await browser.close();
    browser = await h.launch({ profile });
    const again = await visit("/fixtures/article.html");
    frame = await h.openReader(browser, again);
    assert.deepEqual(pick(await h.readerState(frame)), chosen, "kept after a browser restart");
    await frame.evaluate(() => chrome.storage.sync.clear());
    await again.close();
  });
});
