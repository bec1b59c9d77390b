//! Labelled pages in seventeen languages (`tests/pages/labelled/`): whole
//! news and blog pages as regional CMSs render them, each with the text a
//! good extraction must hold ("with") and the boilerplate it must not
//! ("without"), as `NAME.json` beside `NAME.html`. Helper sessions wrote
//! them without reading Lector's rules, to find what the rules miss on
//! pages they were not made from; they are kept as a regression set. The
//! pages are read as saved files, with no address given: a page that
//! states none of its own (no `<link rel=canonical>`, no `og:url`) is
//! taken to belong to the site its own links, theme and pictures come
//! from.
//!
//! A second round of 56 pages (`tests/pages/labelled-2/`) was written the
//! same way, after the first had become a regression set, and is scored
//! against floors of its own; so are a third (`tests/pages/labelled-3/`)
//! a fourth (`tests/pages/labelled-4/`), a fifth
//! (`tests/pages/labelled-5/`), a sixth (`tests/pages/labelled-6/`), a
//! seventh (`tests/pages/labelled-7/`), an eighth
//! (`tests/pages/labelled-8/`), a ninth (`tests/pages/labelled-9/`), a
//! tenth (`tests/pages/labelled-10/`), an eleventh
//! (`tests/pages/labelled-11/`), a twelfth (`tests/pages/labelled-12/`),
//! a thirteenth (`tests/pages/labelled-13/`), a fourteenth
//! (`tests/pages/labelled-14/`) and a fifteenth
//! (`tests/pages/labelled-15/`).
//!
//! Segments are matched as in the shared segment scorer: whitespace runs
//! collapsed, case kept, as substrings of the article's text.

use std::path::Path;

/// Floors just under what Lector reaches (precision 0.990, recall 0.992 on
/// 389 "with" and 414 "without" segments); raise them as it gets better.
const PRECISION: f64 = 0.98;
const RECALL: f64 = 0.98;

/// The second round (`tests/pages/labelled-2/`): 56 pages in 27 languages,
/// written blind the same way, with emphasis on galleries and embeds in
/// media wrappers, comment threads and split bodies, short CJK briefs,
/// and header and credit lines in the languages of South Asia, the Middle
/// East, East Africa and Southeast Asia; each also names the headline a
/// reader should show. Before the rules made from what it found:
/// precision 0.884, recall 0.967; then 0.948 and 0.994, every title right;
/// then 0.958 and 0.994; now 0.965 and 0.994.
const PRECISION_2: f64 = 0.96;
const RECALL_2: f64 = 0.99;
const TITLES_2: f64 = 0.98;

/// The third round (`tests/pages/labelled-3/`): 56 pages in 26 languages,
/// written blind the same way, with emphasis on long reads with boxes and
/// tables that are content, reviews with affiliate widgets, paywalls and
/// old table layouts, short briefs on busy CJK and Southeast Asian
/// portals, and follow, app and end-mark lines in right-to-left and South
/// Asian scripts. Before the rules made from what it found: precision
/// 0.912, recall 0.992; then 0.947, now 0.949, recall 0.992, 55 of 56 titles (the one
/// miss: a straight apostrophe from `og:title` where the headline has a
/// curly one).
const PRECISION_3: f64 = 0.94;
const RECALL_3: f64 = 0.99;
const TITLES_3: f64 = 0.98;

/// The fourth round (`tests/pages/labelled-4/`): 56 pages in 25
/// languages, written blind the same way, with emphasis on live blogs,
/// match reports and key-points boxes (Spanish, Catalan, Dutch and the
/// Nordic languages); regional portals of Greece and Central and
/// Southeast Europe with galleries, source lines, polls and old table
/// layouts; promo-heavy Indian, Nepali and Malay portals; and recipe,
/// technical, newsletter and press-release pages in English, German,
/// French and Spanish. Before the rules made from what it found:
/// precision 0.927, recall 0.983, 55 of 56 titles; now 0.980 and 0.990
/// (the title miss: the page's `og:title` is the headline cut before its
/// colon).
const PRECISION_4: f64 = 0.97;
const RECALL_4: f64 = 0.985;
const TITLES_4: f64 = 0.98;

/// The fifth round (`tests/pages/labelled-5/`): 56 pages in 25
/// languages, written blind the same way, with emphasis on East and
/// Southeast Asian portals (syndicated Japanese and Korean pages, Chinese,
/// Vietnamese, Thai and Filipino); Eastern Europe, Turkey, the Middle East
/// and Central Asia (Bitrix, paywalls, RTL pages, AMP); big publisher
/// templates in English and the languages of Western Europe and Latin
/// America (players of other clips, live blogs, wire pages); and pages
/// beyond mainstream news (a forum thread, a press release, documentation,
/// a podcast, a review, an advice column, a match report, Kenyan, Nigerian,
/// Hausa and Yoruba news). Before the rules made from what it found:
/// precision 0.914, recall 0.985, 52 of 56 titles; now 0.972 and 0.998
/// (the title miss: the page's only title besides its heading is a social
/// title that carries the site's name).
const PRECISION_5: f64 = 0.96;
const RECALL_5: f64 = 0.99;
const TITLES_5: f64 = 0.98;

/// The sixth round (`tests/pages/labelled-6/`): 56 pages in 25
/// languages, written blind the same way after the fifth round's rules
/// had landed, and scored before any rule was made from it: South and
/// Southeast Asian portals (Bengali, Tamil, Gujarati, Punjabi, Sinhala,
/// Burmese, Khmer, Indonesian, Malay, Hindi); regional news of Western and
/// Northern Europe with consent walls, paywalls and fact boxes; Latin
/// America, Iberia and French- and Arabic-speaking Africa; and blogs,
/// newsletters, documentation, reports and recipes. As written: precision
/// 0.969, recall 0.995, every title right; now 0.986 and 0.996, after
/// the paywall-box, embedded-post, ad-unit and jump-line rules made from
/// it.
const PRECISION_6: f64 = 0.975;
const RECALL_6: f64 = 0.99;
const TITLES_6: f64 = 0.98;

/// The seventh round (`tests/pages/labelled-7/`): 56 pages in 26
/// languages, written blind the same way after the sixth round's rules
/// had landed, and scored before any rule was made from it: English news
/// from ten countries, each on a different kind of system (TownNews,
/// Postmedia, Arc XP, WordPress themes, Drupal, a wire story on a finance
/// portal, a syndicated science release); European dailies in thirteen
/// languages; Chinese, Japanese, Korean, Arabic, Persian, Hebrew, Turkish,
/// Urdu and Vietnamese portals; and hard structures (a split body, a
/// gallery, an interview, a live blog, a review, documentation, a brief
/// over a long thread, a post over teaser articles, a lead in a media
/// wrapper, hidden text, a data story). As written: precision 0.979,
/// recall 0.993, 55 of 56 titles; now 0.997 and 1.000, after the teaser
/// article, lead wrapper, mid-body appeal, late network name,
/// reference-mark, ad-marking and inflected site-name rules made from it (the title miss: documentation whose
/// only titles carry the site's name, as Readability.js's output keeps
/// them).
const PRECISION_7: f64 = 0.985;
const RECALL_7: f64 = 0.995;
const TITLES_7: f64 = 0.98;

/// The eighth round (`tests/pages/labelled-8/`): 56 pages in 19
/// languages, written blind after the seventh round's rules had landed and
/// scored before any rule was made from it: English pages from publishers
/// and systems not tested before (a Gannett-like local paper, Guardian-
/// and BBC-like pages, Australian, Philippine, Pakistani, Kenyan and
/// Ghanaian dailies, Substack, Medium, a WordPress blog, a corporate press
/// release, a university news page, a wire story on a TV station's site);
/// Spanish, Portuguese, French, Italian and German regional news from
/// three continents; Indonesian, Malay, Thai, Hindi, Bengali, Tamil,
/// Swahili, Serbian, Croatian, Bulgarian, Slovak, Lithuanian and Estonian
/// portals; and hard structures (a contents box, a recipe card, key points
/// and a correction, a paginated story, AMP, comments as `<article>`s, a
/// fact-check's verdict box, a wiki page, embeds, promos in the body's own
/// paragraph class, a page builder's nested widgets, a wire story in one
/// `<pre>`, endnotes, a 60-word flash). As written: precision 0.957,
/// recall 0.991, 54 of 56 titles (trafilatura 2.0 on the same pages:
/// 0.859 and 0.980); now 0.984 and 0.998, 55 of 56, after the rules made
/// from it and the ninth round's. Left as they are: a wiki page's
/// references, edit links and title suffix (Readability.js's output keeps
/// such suffixes), a wire story's notices inside its one `<pre>`, an
/// Instagram embed's caption, a video box's title and an unlinked channel
/// invite.
const PRECISION_8: f64 = 0.97;
const RECALL_8: f64 = 0.99;
const TITLES_8: f64 = 0.98;

/// The ninth round (`tests/pages/labelled-9/`): 30 pages in 10 languages,
/// written blind after the eighth round's rules had landed and scored
/// before any rule was made from it: mainstream English news in the
/// manner of the big publishers benchmark sets are drawn from (New York
/// Times, Washington Post, CNN, Reuters, AP, Fox, NPR, Politico, the
/// Independent, the Daily Mail), big national outlets in German, French,
/// Spanish, Italian, Russian, Chinese, Japanese, Korean and Turkish, and
/// blogs and tech sites (Verge- and Ars-like pages, dev.to, Blogger,
/// Squarespace, Wix, Ghost, Heise-, Xataka- and Numerama-like pages). As
/// written: precision 0.969, recall 1.000, 28 of 30 titles (the English
/// news alone 0.991 / 1.000; trafilatura 2.0 on the same pages 0.925 /
/// 0.994); now 0.978 / 1.000, after the rules made from it (bare-`div`
/// paragraphs read as lines, code blocks' own controls, Google News named
/// in more languages). Left as they are: Le Monde's subscriber lines, a
/// Ghost newsletter's preview cut, a Korean reaction prompt, an appeal in
/// a page's header, a kicker that the page's `og:title` leaves out and a
/// Squarespace title whose only sources carry the site's name.
const PRECISION_9: f64 = 0.965;
const RECALL_9: f64 = 0.99;
const TITLES_9: f64 = 0.93;

/// The tenth round (`tests/pages/labelled-10/`): 48 pages in 20
/// languages, written blind after the ninth round's rules had landed and
/// scored before any rule was made from it: pages built with front-end
/// frameworks whose class names say nothing (Next.js, Tailwind,
/// styled-components, Nuxt, Svelte, Gatsby, Astro, Angular, React
/// portals, skeleton loaders, paragraphs as `<div>`s or one `<section>`
/// each), special formats (a live blog, an FAQ in `<details>`, a
/// listicle of products, a review, an interview, an obituary, a photo
/// essay, a data story, a match report, a storm story updated through the
/// day, a court story), national and regional news in twelve languages
/// with promos in local shapes (Polish, Czech, Hungarian, Romanian,
/// Greek, Dutch, Swedish, Finnish, Ukrainian, Persian, Hebrew, Urdu), and
/// English news outside the big US and UK brands (India, Nigeria, South
/// Africa, Singapore, Ireland, Canada, New Zealand, a US local paper, a
/// TV station, a nonprofit newsroom, a university). As written:
/// precision 0.979, recall 0.971, 47 of 48 titles (one page lost whole:
/// its app root marked `aria-hidden` behind a dialog); now 0.998 / 0.998,
/// 48 of 48, after the rules made from it. Left as they are: a promo
/// written as a sentence ("If you liked this, you might enjoy …") and a
/// live blogger's first-person hello that names them as the byline does.
const PRECISION_10: f64 = 0.99;
const RECALL_10: f64 = 0.99;
const TITLES_10: f64 = 0.98;

/// The eleventh round (`tests/pages/labelled-11/`): 48 pages in 20
/// languages, written blind after the tenth round's rules had landed and
/// scored before any rule was made from it: pages where the right block
/// is hard to pick (a short post under a long comment thread, a story
/// split by ad rows, nested layout tables, `<br>`-run bodies, an infinite
/// scroll's next story, long teaser and author lists, a forum thread, a
/// government release beside a big menu, a photo gallery), the big
/// portals of East, South-East and South Asia, news sites of the Middle
/// East, Africa and Latin America, and blogs and long-form (Gutenberg,
/// Medium, Substack, Ghost, Hugo, an academic blog, travel and small-press
/// sites). As written: precision 0.974, recall 0.998, 48 of 48 titles
/// (trafilatura 2.0: 0.903 / 0.986); now 0.982 / 1.000, after the rules
/// made from it (a release's closing news kept with its contact, notes
/// opened by a star, the site's app line, networks named inside words
/// written without spaces or behind a prefix, bold channel invites between
/// paragraphs). Left as they are: a Chinese portal whose only site name
/// is in an underscore-separated title, a "most viewed" list of dead
/// links, a photo credit in italics at a caption's end, an academic
/// post's "Cite this" box and an affiliate hotel box.
const PRECISION_11: f64 = 0.975;
const RECALL_11: f64 = 0.99;
const TITLES_11: f64 = 0.98;

/// The twelfth round (`tests/pages/labelled-12/`): 48 pages in 35
/// languages, written blind after the eleventh round's rules had landed
/// and scored before any rule was made from it: recipes, how-to guides,
/// reviews and travel guides whose lists, steps and tables are the content
/// beside shop and booking boxes; documentation, release notes and the
/// pages of ministries, courts, hospitals, universities and NGOs (their
/// "On this page" lists, "Was this page helpful?" boxes, file downloads);
/// magazines and long-form (interviews, footnotes, timelines, multi-page
/// stories, op-eds with their disclaimers); and portals that republish
/// partners' stories, AMP pages and infinite scroll. As written: precision
/// 0.939, recall 0.960, 46 of 48 titles (trafilatura 2.0: 0.813 / 0.898);
/// now 0.974 / 0.991 / 47, after the rules made from it (a story area
/// named as a caption, document links, scroll utilities, ad-slot boxes,
/// notes in `role=alert` boxes, polls, pinned bars, a page builder's next
/// record, italic notes by class, bookmark cards, paid-link lines). Left
/// as they are: a recipe site's user reviews and its "Jump to recipe" row,
/// a sign-up box whose class reads "article-footer-cta", partners' "first
/// published by" notes, a related link set inline in a `<br>` body, a
/// "next page" teaser, a hotel carousel's heading, a donation line, a
/// documentation title's site suffix after " | ", and three links the
/// labels count as content (a paper cited by DOI, a deeper guide, a
/// session's video).
const PRECISION_12: f64 = 0.97;
const RECALL_12: f64 = 0.985;
const TITLES_12: f64 = 0.97;

/// The thirteenth round (`tests/pages/labelled-13/`): 48 pages in 46
/// languages, written blind after the twelfth round's rules had landed
/// and scored before any rule was made from it: business and market news
/// and wire press releases (quote chips, key-figure tables, "About" and
/// forward-looking notes, paywalls, sponsored pieces); sports, local and
/// regional news (match reports with line-ups and tables, live blogs,
/// police briefs, obituaries, push prompts, tip boxes); blogs and
/// newsletters on hosted platforms (subscribe prompts, series navigation,
/// long comment threads, short posts under far longer boilerplate); and
/// science, health and fact-checking (verdict boxes, FAQ accordions, key
/// facts, charts with their data in `<details>`, disclaimers, video
/// placeholders). As written: precision 0.961, recall 0.979, 47 of 48
/// titles (trafilatura 2.0: 0.754 / 0.879); now 0.993 / 0.983 / 47, after
/// the rules made from it (prompts without a question mark, bracketed
/// promo labels, sponsored boxes, accordions, exhibit blocks between the
/// story's chunks, named boxes joined beside the story, membership
/// buttons, the comment section by its heading, abbreviations before a
/// contact, networks named in more scripts, "yt" player boxes, disclaimer
/// labels, consent words in more languages, italic invitations between
/// paragraphs). Left as they are: a fact box whose unclosed markup swallows the
/// sidebar, a chart's source list after the story's last chunk, a
/// fact-check verdict set in the header above the story, an Elementor
/// page's source list and accordion dropped as links, an affiliate note in
/// a shop box with no links, like and subscriber counters, and a source
/// link after a disclaimer the walk now passes.
const PRECISION_13: f64 = 0.985;
const RECALL_13: f64 = 0.975;
const TITLES_13: f64 = 0.97;

/// The fourteenth round (`tests/pages/labelled-14/`): 48 pages in 48
/// languages, written blind the same way (magazines and long-form:
/// interviews, reviews with rating and where-to-watch boxes, essays with
/// footnotes, photo essays; news of governments, city halls, universities
/// and agencies in portal and table layouts; technical writing on hosted
/// developer platforms, docs and help centres; entertainment and tabloid
/// portals with inline promos, embeds and appended next stories). The
/// labels' caption lines were taken out, since the article's text leaves
/// captions out by design (58 lines). As written: precision 0.968, recall
/// 0.977, 45 of 48 titles; now 0.984 / 0.993 / 46, after subtitles set
/// under the headline in a heading or a CMS field (inside the chosen
/// container too, where a rule dropped them; a caption between them and the
/// body no longer hides them; decks ending in a danda), a structured
/// headline cut before its colon and typed with plain quotes, notes beside
/// a control's button, ad-break notices in more languages, page wrappers
/// ("body-wrapper", "page-wrap") no longer weighed as the story, callouts
/// set in the text as `<aside>`s, and appeal words in twenty more languages
/// (a Czech subscription box between a photo essay's blocks). Left as they
/// are: docs titles that add the site's name after a bar (the Readability
/// corpus expects them kept), galleries after the story, lead pictures set
/// outside the story's container, a Q&A page's question, a TYPO3 page whose
/// story frames lead the climb to the whole page (comments and paywall line
/// kept), an affiliate note, a help centre's webinar card, a blog's
/// badge-support box, and a gallery's "view all" link.
const PRECISION_14: f64 = 0.98;
const RECALL_14: f64 = 0.99;
const TITLES_14: f64 = 0.95;

/// The fifteenth round (`tests/pages/labelled-15/`): 48 pages in 48
/// languages, written blind the same way, with no caption labelled:
/// WordPress sites as their themes and plugins render them (page builders,
/// block themes, AMP, inline related posts, ad inserters); opinion pieces
/// and wire copy on regional portals; news portals of the Middle East,
/// North Africa and South and South-East Asia; East Asian and post-Soviet
/// portals in older markup (table layouts, `<br>` bodies, paginated
/// stories, reply threads). As written: precision 0.985, recall 0.983, 46
/// of 48 titles (trafilatura 2.0 on the same pages: 0.856 / 0.926); now
/// 0.998 / 0.998 / 46, after decks set in a CMS field's wrappers or named
/// in more ways ("sub-title", "entradeta"), found past a listen button's
/// note or a caption named as one, under an `h3` headline, or naming the
/// author mid-sentence, reuse notices and opinion disclaimers in more
/// languages, and teaser lines inside `<br>` bodies. Left as they are: a
/// "highlights" list under a Hindi headline, an app box in a layout table,
/// and two titles (a headline's "Lucknow Dengue:" tag the social title
/// leaves out, and straight quotes for the page's curly ones).
const PRECISION_15: f64 = 0.99;
const RECALL_15: f64 = 0.99;
const TITLES_15: f64 = 0.95;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What one set of labelled pages scores.
struct Scores {
    pages: usize,
    precision: f64,
    recall: f64,
    /// Share of the pages that name a title whose article has it exactly.
    titles: f64,
    report: String,
}

fn score(dir: &str) -> Scores {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("labelled pages")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "html").then_some(p)
        })
        .collect();
    names.sort();
    // Every round holds 30 pages or more: fewer means pages went missing.
    assert!(names.len() >= 30, "labelled pages missing: {}", names.len());
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let (mut titled, mut titles_right) = (0usize, 0usize);
    let mut report = String::new();
    for path in &names {
        let labels: serde_json::Value = serde_json::from_slice(
            &std::fs::read(path.with_extension("json")).expect("labels beside the page"),
        )
        .expect("labels are JSON");
        let page = lector::Page::from_bytes(&std::fs::read(path).unwrap());
        let article = lector::extract(&page, &lector::Options::default());
        let text = article
            .as_ref()
            .map(|a| norm(&a.text_content))
            .unwrap_or_default();
        let list = |k: &str| -> Vec<String> {
            labels[k]
                .as_array()
                .expect("segment list")
                .iter()
                .map(|s| norm(s.as_str().expect("segment text")))
                .collect()
        };
        let name = path.file_name().unwrap().to_string_lossy();
        if let Some(want) = labels["title"].as_str() {
            titled += 1;
            let got = article
                .as_ref()
                .and_then(|a| a.title.as_deref())
                .map(norm)
                .unwrap_or_default();
            if got == norm(want) {
                titles_right += 1;
            } else {
                report.push_str(&format!("{name}: title {got:?}, not {want:?}\n"));
            }
        }
        for s in list("with") {
            if text.contains(&s) {
                tp += 1;
            } else {
                fn_ += 1;
                report.push_str(&format!("{name}: missed {s:?}\n"));
            }
        }
        for s in list("without") {
            if text.contains(&s) {
                fp += 1;
                report.push_str(&format!("{name}: kept {s:?}\n"));
            }
        }
    }
    Scores {
        pages: names.len(),
        precision: tp as f64 / (tp + fp).max(1) as f64,
        recall: tp as f64 / (tp + fn_).max(1) as f64,
        titles: titles_right as f64 / titled.max(1) as f64,
        report,
    }
}

#[test]
fn labelled_pages_meet_floors() {
    let s = score("tests/pages/labelled");
    eprintln!(
        "labelled pages: {} pages, precision {:.3}, recall {:.3}\n{}",
        s.pages, s.precision, s.recall, s.report
    );
    assert!(
        s.precision >= PRECISION && s.recall >= RECALL,
        "labelled pages: precision {:.3} (floor {PRECISION}), recall {:.3} (floor {RECALL})\n{}",
        s.precision,
        s.recall,
        s.report
    );
}

/// Scores the round in `dir` and holds it to its floors.
fn round_meets_floors(dir: &str, round: &str, precision: f64, recall: f64, titles: f64) {
    let s = score(dir);
    eprintln!(
        "labelled pages, {round} round: {} pages, precision {:.3}, recall {:.3}, titles {:.3}\n{}",
        s.pages, s.precision, s.recall, s.titles, s.report
    );
    assert!(
        s.precision >= precision && s.recall >= recall && s.titles >= titles,
        "{round} round: precision {:.3} (floor {precision}), recall {:.3} (floor {recall}), titles {:.3} (floor {titles})\n{}",
        s.precision,
        s.recall,
        s.titles,
        s.report
    );
}

#[test]
fn second_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-2",
        "second",
        PRECISION_2,
        RECALL_2,
        TITLES_2,
    );
}

#[test]
fn third_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-3",
        "third",
        PRECISION_3,
        RECALL_3,
        TITLES_3,
    );
}

#[test]
fn fourth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-4",
        "fourth",
        PRECISION_4,
        RECALL_4,
        TITLES_4,
    );
}

#[test]
fn fifth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-5",
        "fifth",
        PRECISION_5,
        RECALL_5,
        TITLES_5,
    );
}

#[test]
fn sixth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-6",
        "sixth",
        PRECISION_6,
        RECALL_6,
        TITLES_6,
    );
}

#[test]
fn seventh_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-7",
        "seventh",
        PRECISION_7,
        RECALL_7,
        TITLES_7,
    );
}

#[test]
fn eighth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-8",
        "eighth",
        PRECISION_8,
        RECALL_8,
        TITLES_8,
    );
}

#[test]
fn ninth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-9",
        "ninth",
        PRECISION_9,
        RECALL_9,
        TITLES_9,
    );
}

#[test]
fn tenth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-10",
        "tenth",
        PRECISION_10,
        RECALL_10,
        TITLES_10,
    );
}

#[test]
fn eleventh_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-11",
        "eleventh",
        PRECISION_11,
        RECALL_11,
        TITLES_11,
    );
}

#[test]
fn twelfth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-12",
        "twelfth",
        PRECISION_12,
        RECALL_12,
        TITLES_12,
    );
}

#[test]
fn fourteenth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-14",
        "fourteenth",
        PRECISION_14,
        RECALL_14,
        TITLES_14,
    );
}

#[test]
fn fifteenth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-15",
        "fifteenth",
        PRECISION_15,
        RECALL_15,
        TITLES_15,
    );
}

#[test]
fn thirteenth_round_meets_floors() {
    round_meets_floors(
        "tests/pages/labelled-13",
        "thirteenth",
        PRECISION_13,
        RECALL_13,
        TITLES_13,
    );
}
