//! Boilerplate at the edges of the body. After the last prose paragraph
//! come sign-ups, "follow / contact the author" lines, reporting credits,
//! disclosures, "About the company" notes, tag lists, author bios, copyright
//! and citation lines; before the first come dates, bylines and reading
//! times. Walking in from each end, blocks are dropped while they carry
//! such a cue, and the walk stops at the first block of real prose: a cue
//! in the middle of the story never removes anything here.
//!
//! The cues are structural first (a whole paragraph in emphasis or small
//! print, a leading "Label:", an e-mail address or @handle, mostly links,
//! the author's name opening a paragraph), with phrase lists in
//! `rules.rs` as support.

use super::{Cleaner, Rule};
use crate::dom::{NodeId, NONE};
use crate::rules;
use crate::text;

/// The article's blocks in document order: paragraphs, headings, lists,
/// quotes, figures, tables, each not inside another.
pub(super) fn units(c: &mut Cleaner<'_, '_>) -> Vec<NodeId> {
    let tree = c.tree;
    // Which kept elements hold a unit below them: children come after
    // their parent in `inside`, so one backward pass marks every parent.
    // A text node is marked when it is a line of its own (a unit itself).
    let mut unit_below = vec![false; tree.nodes.len()];
    // Per wrapper: 1 when it holds a short block of text, 3 when a long one.
    let mut text_blocks = vec![0u8; tree.nodes.len()];
    for &id in c.inside.iter().rev() {
        let i = id as usize;
        if c.out.drop[i] {
            continue;
        }
        if tree.element(id).is_none() {
            // A line of text between `<br>`s is a unit of its block.
            if is_text_line(c, id) {
                unit_below[i] = true;
                unit_below[tree.node(id).parent as usize] = true;
            }
            continue;
        }
        let p = tree.node(id).parent;
        if p == crate::dom::NONE {
            continue;
        }
        if unit_below[i] || is_unit_tag(tree.tag(id)) {
            unit_below[p as usize] = true;
        } else if matches!(tree.tag(id), "div" | "section") && c.live.len[i] > 0.0 {
            // Blocks of text with no unit inside, side by side, one of
            // them a paragraph's length at least: a story set in bare
            // `div`s, each a line of its wrapper, not one block with it.
            // (Short ones alone, a byline box's name and date, stay one.)
            let n = &mut text_blocks[p as usize];
            *n |= if c.live.len[i] >= rules::PROSE_MIN_CHARS {
                3
            } else {
                1
            };
            if *n == 3 && tree.child_elements(p).nth(1).is_some() {
                unit_below[p as usize] = true;
            }
        }
    }
    let mut out = Vec::new();
    let mut open_depth: Option<u32> = None;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let depth = tree.node(id).depth;
        if let Some(d) = open_depth {
            if depth > d {
                continue;
            }
            open_depth = None;
        }
        if c.out.drop[i] {
            continue;
        }
        if tree.element(id).is_none() {
            if unit_below[i] && !c.dropped_above(id) {
                out.push(id);
            }
            continue;
        }
        // A block with text and no unit inside is a unit too: a rating
        // widget's label in a `span`, with empty star `div`s beside it.
        // So is a run of inline text set among blocks (a "Weather" kicker
        // in a `span` beside the headline and the summary): it is laid
        // out as a line of its own.
        let parent = tree.node(id).parent;
        let leaf_block = !unit_below[i]
            && c.live.len[i] > 0.0
            && (matches!(tree.tag(id), "div" | "section" | "td" | "th")
                || (parent != crate::dom::NONE
                    && unit_below[parent as usize]
                    && matches!(
                        tree.tag(id),
                        "span" | "a" | "strong" | "b" | "em" | "i" | "small" | "time"
                    )
                    && stands_alone(tree, id)));
        // A root is the container, not a unit of it, unless it is one
        // paragraph itself: a sibling joined to the body as its own root
        // ("© 2020 Example Inc.").
        if c.is_root[i] && !(leaf_block || tree.is(id, "p")) {
            continue;
        }
        if c.dropped_above(id) {
            continue;
        }
        let unit = c.is_root[i]
            || leaf_block
            || is_unit_tag(tree.tag(id))
            || (c.as_para[i] && !tree.is(id, "span"));
        if unit {
            out.push(id);
            open_depth = Some(depth);
        }
    }
    out
}

/// Whether an inline element is all the inline content between the blocks
/// around it: its nearest siblings that are not blank text are blocks, or
/// none (for a `<time>`, past other `<time>`s). A link inside a sentence
/// is not.
fn stands_alone(tree: &crate::dom::Tree, id: NodeId) -> bool {
    // Dates side by side (published, updated) are each a line of their
    // own: a `<time>` beside another is looked past.
    let is_time = tree.is(id, "time");
    let side = |mut s: NodeId, next: bool| {
        while s != crate::dom::NONE {
            if let Some(e) = tree.element(s) {
                if is_time && e.name == "time" {
                    let n = tree.node(s);
                    s = if next { n.next } else { n.prev };
                    continue;
                }
                return !matches!(
                    e.name,
                    "span"
                        | "a"
                        | "strong"
                        | "b"
                        | "em"
                        | "i"
                        | "small"
                        | "time"
                        | "img"
                        | "br"
                        | "font"
                        | "label"
                        | "abbr"
                        | "cite"
                        | "code"
                        | "sup"
                        | "sub"
                        | "u"
                        | "mark"
                        | "button"
                        | "input"
                        | "select"
                );
            }
            if tree.text(s).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            }
            let n = tree.node(s);
            s = if next { n.next } else { n.prev };
        }
        true
    };
    let node = tree.node(id);
    side(node.prev, false) && side(node.next, true)
}

/// A text node that is a line of its block on its own: set off by a
/// `<br>` on either side, directly in a block (not in a paragraph or a
/// link). Bodies written as text and line breaks, with no paragraphs
/// (common on Korean and Chinese news sites), end with their notes as
/// such lines ("hong@example.co.kr", "2024/03/15 10:00 송고").
fn is_text_line(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let node = tree.node(id);
    let parent = node.parent;
    if parent == crate::dom::NONE
        || c.live.len[id as usize] == 0.0
        || !matches!(
            tree.tag(parent),
            "div" | "section" | "article" | "td" | "main" | "body"
        )
    {
        return false;
    }
    // The nearest element siblings, past whitespace.
    let is_br = |mut s: NodeId, next: bool| {
        while s != crate::dom::NONE {
            if tree.element(s).is_some() {
                return tree.is(s, "br");
            }
            if tree.text(s).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            }
            let n = tree.node(s);
            s = if next { n.next } else { n.prev };
        }
        false
    };
    is_br(node.prev, false) || is_br(node.next, true)
}

/// The tags that make a unit of the article on their own.
fn is_unit_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "dl"
            | "blockquote"
            | "figure"
            | "table"
            | "pre"
            | "img"
            | "picture"
            | "iframe"
    )
}

/// `known` is [`units`] when the caller has them and nothing was dropped
/// since.
pub(super) fn run(c: &mut Cleaner<'_, '_>, known: Option<Vec<NodeId>>) {
    let units = known.unwrap_or_else(|| units(c));
    let total: f32 = units.iter().map(|&u| c.live.len[u as usize]).sum();
    if total == 0.0 {
        return;
    }
    // A closing section under "About <Name>" (a press release's "About
    // Northvale Energy", then its legal notes and contacts) goes whole:
    // the company's boilerplate, not the story. The rest of the tail is
    // judged above it.
    let about = about_section(c, &units, total);
    let units = match about {
        Some(k) => {
            for &u in units[k..].iter() {
                c.drop(u, Rule::Edge);
            }
            &units[..k]
        }
        None => &units[..],
    };
    // Where most of the body is set in bold, bold marks nothing out.
    let bold: f32 = units
        .iter()
        .filter(|&&u| all_emphasised(c, u, BOLD))
        .map(|&u| c.live.len[u as usize])
        .sum();
    let bold_body = bold > total * 0.5;
    // The story's words, made once when a tail phrase asks: a phrase the
    // story itself keeps using is its subject (a story about newsletters),
    // not a note's cue. Counted in the blocks above the one judged: the
    // tail's own notes repeat their cue ("Newsletter" over "… our
    // newsletter").
    let story = std::cell::OnceCell::new();
    let topical = |phrase: &str, above: usize| {
        let (story, ends): &(String, Vec<usize>) = story.get_or_init(|| {
            let mut s = String::new();
            let mut ends = Vec::with_capacity(units.len());
            for &u in units {
                s.push_str(&c.kept_lower(u));
                s.push('\n');
                ends.push(s.len());
            }
            (s, ends)
        });
        let end = above.checked_sub(1).map_or(0, |i| ends[i]);
        story[..end].matches(phrase).count() >= rules::TOPICAL_MIN_USES
    };
    // From the end: collect, then drop only if most of the text stays.
    // A heading goes only with boilerplate under it: a closing subheading
    // or pull quote over the story's last paragraphs stays.
    let mut tail = Vec::new();
    let mut tail_len = 0.0;
    // An "About" section below is a note: what introduces it goes too.
    let mut cue_below = about.is_some();
    // Nothing below yet, not even an image: a heading or a "Label:" here
    // introduces nothing (its links or widget were left out).
    let mut nothing_below = true;
    let mut no_media_below = true;
    let mut k = units.len();
    while k > 0 {
        k -= 1;
        let u = units[k];
        let len = c.live.len[u as usize];
        if len == 0.0 || c.kept_texts(u).all(|t| t.trim().is_empty()) {
            // An image or an empty block: look past it. For a label, only
            // an image is something below: a block left empty (its embed
            // or links gone) is not.
            nothing_below = false;
            no_media_below = no_media_below && !c.holds_media(u);
            continue;
        }
        if c.kept_texts(u).all(|t| {
            t.chars()
                .all(|ch| ch.is_whitespace() || SEPARATOR_MARKS.contains(&ch))
        }) {
            // A separator line ("___", "* * *"): it goes with the notes
            // around it, and marks no end of the story.
            tail.push(u);
            tail_len += len;
            continue;
        }
        let heading = is_heading(c, u);
        let short = len <= rules::EDGE_MAX_CHARS / 4.0;
        if short
            && (cue_below || nothing_below)
            && (is_label(c, u) || (heading && !is_sentence(c, u)))
        {
            tail.push(u);
            tail_len += len;
            cue_below = true;
        } else if short && no_media_below && is_label(c, u) {
            // A label over blocks left empty (its links or embed gone):
            // it goes, but says nothing of the blocks above it.
            tail.push(u);
            tail_len += len;
        } else if heading && cue_below && short {
            tail.push(u);
            tail_len += len;
        } else if (!heading || is_comment_status(&c.kept_lower(u)))
            && is_tail_boilerplate(c, u, bold_body, &|p| {
                // A paragraph beside the story's own: a box of its own
                // (a sign-up box under a story that mentions its
                // newsletter) is a note whatever the story's subject.
                k > 0 && c.tree.node(units[k - 1]).parent == c.tree.node(u).parent && topical(p, k)
            })
        {
            tail.push(u);
            tail_len += len;
            cue_below = true;
        } else if let Some(b) = appeal_box(c, u)
            .or_else(|| follow_box(c, u))
            .or_else(|| author_card(c, u))
            .or_else(|| comments_box(c, u))
            .filter(|&b| tail_len + c.live.len[b as usize] <= total * rules::EDGE_MAX_SHARE)
        {
            // The whole box goes, its appeal with its button.
            tail.push(u);
            tail_len += len;
            // Its blocks sit a few levels below it at most (a bounded
            // look: a hostile page may nest thousands deep).
            while k > 0 && c.tree.ancestors(units[k - 1]).take(16).any(|a| a == b) {
                k -= 1;
                tail.push(units[k]);
                tail_len += c.live.len[units[k] as usize];
            }
            cue_below = true;
        } else {
            break;
        }
    }
    if tail_len <= total * rules::EDGE_MAX_SHARE {
        for u in tail {
            c.drop(u, Rule::Edge);
        }
    }
}

/// Where a closing "About <Name>" section starts in `units`: a heading of
/// a word for "about" ([`rules::ABOUT_WORDS`]) and a name in capitals, at
/// most [`rules::ABOUT_SECTION_MAX_UNITS`] units from the end, over
/// blocks none longer than [`rules::EDGE_MAX_CHARS`], the whole a small
/// share of the text ([`rules::ABOUT_SECTION_MAX_SHARE`]), with story
/// above it.
fn about_section(c: &Cleaner<'_, '_>, units: &[NodeId], total: f32) -> Option<usize> {
    let mut len = 0.0;
    for k in (1..units.len()).rev().take(rules::ABOUT_SECTION_MAX_UNITS) {
        let u = units[k];
        let l = c.live.len[u as usize];
        len += l;
        if l > rules::EDGE_MAX_CHARS || len > total * rules::ABOUT_SECTION_MAX_SHARE {
            return None;
        }
        if is_heading(c, u) && is_about_name(&text::normalize_space(&c.kept_text(u))) {
            return Some(k);
        }
    }
    None
}

/// "About Northvale Energy", "Acerca de Ecopetrol": the words for
/// "about" ([`rules::ABOUT_WORDS`]), then at most
/// [`rules::ABOUT_NAME_MAX_WORDS`] words, the first and more than half of
/// them a name's (opening with a capital or a digit).
fn is_about_name(raw: &str) -> bool {
    let words: Vec<&str> = raw
        .trim()
        .trim_end_matches(':')
        .split_whitespace()
        .collect();
    let name_like = |w: &str| w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
    rules::ABOUT_WORDS.iter().any(|about| {
        let lead: Vec<&str> = about.split(' ').collect();
        let Some(rest) = words.get(lead.len()..) else {
            return false;
        };
        words[..lead.len()]
            .iter()
            .zip(&lead)
            .all(|(w, a)| text::lower(w) == *a)
            && (1..=rules::ABOUT_NAME_MAX_WORDS).contains(&rest.len())
            && name_like(rest[0])
            && rest.iter().filter(|w| name_like(w)).count() * 2 > rest.len()
    })
}

/// Whether a unit is a heading: a heading element, or a block that holds
/// nothing but one (the unit a box made of a heading alone is read as).
/// A heading named as a caption is a picture's caption, set as a heading.
fn is_heading(c: &Cleaner<'_, '_>, u: NodeId) -> bool {
    let tree = c.tree;
    let h =
        |n: NodeId| rules::is_heading(tree.tag(n)) && !c.page.names_have(n, rules::CAPTION_NAMES);
    matches!(tree.tag(u), "h2" | "h3" | "h4" | "h5" | "h6")
        || h(u)
        || c.first_worded_child(u)
            .is_some_and(|k| h(k) && c.live.len[k as usize] >= c.live.len[u as usize] - 2.0)
}

/// The marks a separator line is drawn with ("___", "* * *", "+++").
const SEPARATOR_MARKS: &[char] = &['_', '-', '—', '–', '*', '+', '=', '#', '~', '·', '•', '.'];

/// Bold and small print: a note set apart from the story's text.
const BOLD: &[&str] = &["strong", "b", "small"];

/// A short line that ends with a colon: a label for what should follow.
fn is_label(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let t = text::normalize_space(&c.kept_text(id));
    t.ends_with([':', '：']) && text::stats(&t).words <= rules::EDGE_DANGLING_LABEL_MAX_WORDS
}

/// A line that ends as a sentence does: prose, even in a heading's tag.
fn is_sentence(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    text::normalize_space(&c.kept_text(id)).ends_with(rules::SENTENCE_ENDS)
}

/// Whether a block after the story's last paragraph is boilerplate.
fn is_tail_boilerplate(
    c: &Cleaner<'_, '_>,
    id: NodeId,
    bold_body: bool,
    topical: &dyn Fn(&str) -> bool,
) -> bool {
    let i = id as usize;
    let len = c.live.len[i];
    if len > rules::EDGE_MAX_CHARS {
        return false;
    }
    let raw = text::normalize_space(&c.kept_text(id));
    let t = text::lower(&raw);
    // Mostly links: tag lists, "more from", share rows. Not a sentence
    // of the story that links its source ("Les résultats sont
    // consultables <a>sur le site de l'Agence régionale</a>.").
    if c.live.link_density(id) > 0.5
        && !links_in_sentence(c, id, &raw)
        && !kept_hrefs(c, id).any(|h| h.is_some_and(crate::url::is_document))
    {
        return true;
    }
    // A contact line: an e-mail address, a social handle, or a network
    // channel's address. (In a list it is one entry's detail, like a
    // venue's booking address.)
    if !matches!(c.tree.tag(id), "ul" | "ol" | "dl" | "table")
        && ((has_contact(&t) && !opens_with_own_sentence(&raw))
            || names_follow_address(&text_outside_links(c, id)))
    {
        return true;
    }
    // "Disclosure: ...", "Tags: ...", "Sobre X: ...".
    if starts_with_label(&raw) {
        return true;
    }
    // The author's bio opens with their name; a short footer line names
    // them ("Posted by Helen Park at 18:42 · 8 comments").
    if let Some(b) = &c.page.meta_byline {
        let name: Vec<&str> = b.split_whitespace().take(2).collect();
        if name.len() == 2 && t.starts_with(&name.join(" ")) {
            return true;
        }
        // Not a sentence of the story that the reporter signs off after
        // ("… 목소리가 나옵니다. KNB 뉴스 박상훈입니다.").
        if len < rules::EDGE_BYLINE_LINE_CHARS
            && t.find(b.as_str())
                .is_some_and(|at| !t[..at].contains(". ") && !t[..at].contains(['。', '!', '?']))
        {
            return true;
        }
    }
    // The comment section's status line ("Comments are closed", "0
    // Kommentare", "Trackback | Permalink"): a few words that name it.
    if is_comment_status(&t) {
        return true;
    }
    // The post's filing line ("Posted on 27 November 2019 in Travel,
    // Food"): its category links carry `rel=tag`, the microformat that
    // blog and news systems put on tag and category links.
    if has_tag_link(c, id) {
        return true;
    }
    // The time the story was filed ("2024/03/15 10:00 송고"), bare or
    // labelled ("Artikel ini disiarkan pada : Sabtu, 6 Julai 2024 @ 11:05
    // AM").
    if super::header_lines::is_date_line(&t)
        || (super::header_lines::is_labelled_stamp(&t, rules::EDGE_LABEL_MAX_WORDS)
            && has_year_or_time(&t))
    {
        return true;
    }
    // The wire's end mark or agency tag, alone on its line: "（完）",
    // "(END)", "(dpa)", "【끝】".
    if is_end_mark(&raw) || is_dash_credit(&raw) || is_name_credit(&raw) {
        return true;
    }
    // A credit or copyright note opens with its sign or label, however
    // long it runs ("© 2022 Example News. This article may not be
    // reprinted ...", "Fotos: ...").
    // A line of marks may set it off: "+++ Credits: ...".
    let lead = t.trim_start_matches(|ch: char| ch.is_whitespace() || SEPARATOR_MARKS.contains(&ch));
    if rules::starts_with_credit(lead)
        || rules::RIGHTS_RESERVED.iter().any(|r| lead.starts_with(r))
        || is_source_line(lead)
        || is_source_list(&raw)
    {
        return true;
    }
    // A short line that names the site and a network: an invitation to
    // follow it there, linked or not ("I-follow ang Balitang Bayan sa
    // Facebook at TikTok …").
    if len < rules::EDGE_PHRASE_MAX_CHARS && names_network(&t) && names_site(c, &t) {
        return true;
    }
    // A short line wholly in brackets: a tag or a note on the page
    // ("(Visited 215 times)", "（本文內容如有更新，以HKNow網站…為準。）"),
    // not the story's last words.
    if len < rules::EDGE_PHRASE_MAX_CHARS {
        if let Some(inner) = bracketed(&raw) {
            // A sentence in brackets is a note on the story itself
            // ("(Names have been changed.)") unless it is about the site;
            // an aside to the reader ("(… they'd be appreciated!)") is the
            // writer's own closing words.
            let aside = inner.ends_with(['!', '?', '！', '？']);
            if !inner.ends_with(rules::SENTENCE_ENDS) || (names_site(c, &t) && !aside) {
                return true;
            }
        }
    }
    // A question put to the reader just before the comment section
    // ("Mitä ajatuksia juttu herätti? Voit keskustella aiheesta …"): the
    // section's invitation, not the story's last words.
    if len < rules::EDGE_PHRASE_MAX_CHARS && raw.contains(['?', '？']) && opens_comments(c, id) {
        return true;
    }
    // A short line that names the site and links only to its sections
    // ("Catch all the <a>City News</a>, <a>Nagpur News</a> and updates
    // from across India on Times of India."): the site's own signpost.
    if len < rules::EDGE_PHRASE_MAX_CHARS && names_site(c, &t) && links_own_sections(c, id) {
        return true;
    }
    // A short line that points to the site's own contact page ("For
    // feedback, complaints, or inquiries, contact us."): the site's
    // invitation, not the story's (a story sends readers to the police's
    // or a charity's contact page, on their site).
    if len < rules::EDGE_PHRASE_MAX_CHARS && links_contact_page(c, id) {
        return true;
    }
    // Where the story appeared in print ("Published in Dawn, March 14th,
    // 2026"): a few words opened by the phrase, naming the site or not
    // closing as a sentence does ("Published in 1998, the survey is the
    // only one." is the story's).
    if is_print_stamp(c, &t) {
        return true;
    }
    // A short line marked as a note by the reference mark of Japanese and
    // Korean print ("※価格は記事執筆時点のものです。…", "※ 이 기사는 …").
    if len < rules::EDGE_PHRASE_MAX_CHARS && raw.starts_with(['※', '☆', '★']) {
        return true;
    }
    // A short line that names the site and its app ("海量资讯、精准解读，
    // 尽在新浪财经APP"): the site's own advertisement.
    if len < rules::EDGE_PHRASE_MAX_CHARS
        && (latin_word(&t, "app") || latin_word(&t, "apps"))
        && names_site(c, &t)
    {
        return true;
    }
    // A phrase alone marks a short note only: a paragraph of a story
    // about newsletters says "subscribe" too.
    if len < rules::EDGE_PHRASE_MAX_CHARS && (cued_by_phrase(&t, topical) || is_app_promo(&t)) {
        return true;
    }
    // A whole paragraph in small print, or in emphasis with a link out,
    // is a note (a series note, an invitation), not the story's end: an
    // italic closing line of the story carries no link.
    // So is one that names the network to follow the site on ("Følg
    // Nordjysk Bold på Facebook, …"), link or not, or the site itself
    // ("This is a developing story. Stay with WMBK 8 News for updates."):
    // the newsroom speaking, not the story.
    (!bold_body && all_emphasised(c, id, BOLD))
        || (all_emphasised(c, id, &["em", "i"])
            && (c.live.link_len[i] > 0.0
                || (len < rules::EDGE_PHRASE_MAX_CHARS
                    && (names_network(&t) || names_site(c, &t)))))
}

/// What `raw` holds when it is one group in round brackets, half- or
/// full-width, a full stop after it allowed: the brackets that open it
/// close at its end.
fn bracketed(raw: &str) -> Option<&str> {
    let t = raw.trim_end_matches(['.', '。']);
    let inner = t.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let mut depth = 0usize;
    for ch in inner.chars() {
        match ch {
            '(' | '（' => depth += 1,
            // A bracket closing the opening one before the end: two groups.
            ')' | '）' if depth == 0 => return None,
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    Some(inner.trim())
}

/// Whether lower-case `t` names the site ([`crate::content::Page::meta_site`],
/// three characters at least).
///
/// A site named by its address ("DAWN.COM", "www.example.co.uk") is also
/// named by the address's first name ("Follow Dawn on X").
pub(super) fn names_site(c: &Cleaner<'_, '_>, t: &str) -> bool {
    c.page.meta_site.as_deref().is_some_and(|s| {
        let s = text::lower(s.trim());
        let named = |s: &str| s.chars().count() >= 3 && (t.contains(s) || names_inflected(t, s));
        named(&s) || address_name(&s).is_some_and(named)
    })
}

/// The first name of a site name written as an address, lower-case
/// ("dawn" for "dawn.com", "example" for "www.example.co.uk"): one word
/// of letters, digits and hyphens with a dot after it, and no spaces.
fn address_name(s: &str) -> Option<&str> {
    if s.contains(char::is_whitespace) {
        return None;
    }
    let s = s.strip_prefix("www.").unwrap_or(s);
    let (name, rest) = s.split_once('.')?;
    let tld = rest.rsplit('.').next()?;
    (!name.is_empty()
        && name.chars().all(|ch| ch.is_alphanumeric() || ch == '-')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_alphabetic()))
    .then_some(name)
}

/// Whether lower-case `t` names the site `site` (lower-case, of two words
/// or more) in a language that inflects names: its words in a row, each
/// word of [`rules::INFLECTED_NAME_MIN_CHARS`] or more letters matched by
/// all but its last two ("Seuraa Pohjolan Sanomia" names "Pohjolan
/// Sanomat"), shorter ones whole.
fn names_inflected(t: &str, site: &str) -> bool {
    let want: Vec<&str> = site.split_whitespace().collect();
    if want.len() < 2 {
        return false;
    }
    let words: Vec<&str> = t
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let matches = |w: &str, s: &str| {
        let n = s.chars().count();
        if n >= rules::INFLECTED_NAME_MIN_CHARS {
            let stem: String = s.chars().take(n - 2).collect();
            w.starts_with(&stem) && w.chars().count() <= n + 3
        } else {
            w == s
        }
    };
    words
        .windows(want.len())
        .any(|run| run.iter().zip(&want).all(|(w, s)| matches(w, s)))
}

/// Whether lower-case `t` names a network ([`rules::NETWORK_NAMES`]) as
/// a word, a language's ending after it allowed: the link to a channel
/// that says which network it is on ("Facebookon", "Вајберу"), where a
/// story citing a profile links the account's name.
///
/// In scripts written without spaces, or that join a prefix to the name,
/// a name of [`rules::NETWORK_NAMES_INSIDE`] anywhere in `t` counts.
pub(super) fn names_network(t: &str) -> bool {
    names_network_word(t) || rules::NETWORK_NAMES_INSIDE.iter().any(|n| t.contains(n))
}

/// [`names_network`] by words alone: a link whose words are a network's
/// name is a follow link.
fn names_network_word(t: &str) -> bool {
    t.split(|ch: char| !ch.is_alphanumeric())
        .any(|w| rules::NETWORK_NAMES.iter().any(|n| w.starts_with(n)))
}

/// Whether `raw`, the text of `id`, is a statement that holds its links:
/// it ends with a full stop (a call ends with "!"), opens with no label
/// ("Tipp: …"), and has words of its own besides the links.
fn links_in_sentence(c: &Cleaner<'_, '_>, id: NodeId, raw: &str) -> bool {
    let labelled = raw
        .split_once([':', '：'])
        .is_some_and(|(head, _)| text::stats(head).words <= 3);
    raw.ends_with(['.', '。'])
        && !labelled
        && text::stats(&text_outside_links(c, id)).words >= rules::SENTENCE_OWN_MIN_WORDS
}

/// The box around `u` when it is an appeal after the story: a box of
/// short blocks (at most [`rules::APPEAL_BOX_MAX_CHARS`] in all) that
/// holds a button (a link drawn as one, or a few words of link on a line
/// of their own), and whose own words, outside its links, ask the reader
/// to join, give or subscribe ("Support independent journalism … Become a
/// member", [`rules::APPEAL_WORDS`]). `u` is the
/// last block the tail walk reached, so nothing of the story comes after
/// the box. A recipe card's "Print" button or a paywall's "Subscribe"
/// under the story's lead asks for nothing in the box's own words.
fn appeal_box(c: &Cleaner<'_, '_>, u: NodeId) -> Option<NodeId> {
    let live = &c.live;
    if live.len[u as usize] > rules::EDGE_MAX_CHARS {
        return None;
    }
    // The nearest box above `u` that holds a button. An appeal is a
    // small box: a bounded look, however many empty elements a hostile
    // page nests in it.
    let b = boxes_above(c, u).find(|&b| {
        c.tree
            .descendants(b)
            .take(rules::APPEAL_BOX_MAX_NODES)
            .any(|d| is_action_link(c, d))
    })?;
    let own = text_outside_links(c, b);
    (rules::APPEAL_WORDS.iter().any(|w| starts_word(&own, w)) || opens_membership(c, b))
        .then_some(b)
}

/// Whether box `b` holds a link that opens the site's membership sign-up
/// or upgrade on the page (Ghost's "#/portal/signup", "#/portal/upgrade"):
/// a box whose button is that asks the reader to join, in any language.
fn opens_membership(c: &Cleaner<'_, '_>, b: NodeId) -> bool {
    let tree = c.tree;
    tree.descendants(b)
        .take(rules::APPEAL_BOX_MAX_NODES)
        .filter(|&d| tree.is(d, "a") && !c.out.drop[d as usize])
        .any(|a| tree.attr(a, "href").is_some_and(is_membership_href))
}

/// Whether `href` opens a membership sign-up, upgrade or support dialog
/// on the page (Ghost's portal), not its sign-in.
fn is_membership_href(href: &str) -> bool {
    let h = href.trim();
    [
        "#/portal/signup",
        "#/portal/upgrade",
        "#/portal/support",
        "#/portal/account/plans",
    ]
    .iter()
    .any(|p| h.starts_with(p))
}

/// Appeal boxes set between the story's paragraphs: a small box (a
/// `div`, `section` or `aside`, at most [`rules::APPEAL_BOX_MAX_CHARS`])
/// holding a button that asks by its words or its address, whose own
/// words ask the reader to give, join or subscribe
/// ([`rules::APPEAL_WORDS`]), with no more of the story's prose
/// than one short paragraph (its pitch). The innermost such box goes. A
/// paragraph of the story that mentions a donation has no button beside
/// it in a box of its own.
pub(super) fn appeals_between(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in (0..c.inside.len()).rev() {
        let id = c.inside[k];
        let i = id as usize;
        let len = c.live.len[i];
        if !matches!(tree.tag(id), "div" | "section" | "aside")
            || c.is_root[i]
            || c.out.drop[i]
            || len == 0.0
            || len > rules::APPEAL_BOX_MAX_CHARS
            || c.in_data[i]
            || c.dropped_above(id)
        {
            continue;
        }
        let mut button = false;
        let mut prose = 0.0;
        for d in tree.descendants(id).take(rules::APPEAL_BOX_MAX_NODES) {
            if c.out.drop[d as usize] {
                continue;
            }
            if tree.is(d, "table") {
                // A price table's "Subscribe" buttons: the page's content.
                button = false;
                break;
            }
            if is_action_link(c, d) {
                button = button || asks(c, d);
            } else if tree.is(d, "p") && c.live.len[d as usize] >= rules::PROSE_MIN_CHARS {
                prose += c.live.len[d as usize] + rules::PROSE_MIN_CHARS;
            }
        }
        if !button || prose >= 3.0 * rules::PROSE_MIN_CHARS {
            continue;
        }
        let own = text_outside_links(c, id);
        if rules::APPEAL_WORDS.iter().any(|w| starts_word(&own, w)) || opens_membership(c, id) {
            c.drop(id, Rule::Appeal);
        }
    }
}

/// An invitation set between the story's paragraphs as a line of its own
/// in italics, with a link into the site: a short line (under
/// [`rules::EDGE_PHRASE_MAX_CHARS`]) wholly in emphasis whose words ask
/// the reader to subscribe or join ([`rules::APPEAL_WORDS`], or name the
/// newsletter: "Ti piace questa serie? <a>Iscriviti alla newsletter</a> e
/// ricevi la prossima puntata via e-mail."). The writer's own italic aside
/// links no page of the site, or asks for nothing.
pub(super) fn invitations_between(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let len = c.live.len[i];
        if len == 0.0
            || len >= rules::EDGE_PHRASE_MAX_CHARS
            || c.live.link_len[i] == 0.0
            || c.is_root[i]
            || c.out.drop[i]
            || !(tree.is(id, "p") || c.as_para[i] && tree.is(id, "div"))
            || !all_emphasised(c, id, &["em", "i"])
        {
            continue;
        }
        let host = c.page.host.as_deref();
        let into_site =
            kept_hrefs(c, id).any(|h| h.is_some_and(|h| crate::url::same_site(h, host)));
        if !into_site {
            continue;
        }
        let t = c.kept_lower(id);
        if (t.contains("newsletter") || rules::APPEAL_WORDS.iter().any(|w| starts_word(&t, w)))
            && !c.dropped_above(id)
        {
            c.drop(id, Rule::Appeal);
        }
    }
}

/// Whether button `a` itself asks: its words ("Támogatom", "Become a
/// member") or the page it leads to ("/donate/", "/spenden") are an
/// appeal's ([`rules::APPEAL_WORDS`]), not a store's, a teaser's or a
/// download's.
fn asks(c: &Cleaner<'_, '_>, a: NodeId) -> bool {
    let words = text::lower(&c.tree.text_content(a));
    let path = c.tree.attr(a, "href").map(text::lower).unwrap_or_default();
    // The address without its site: a site named for support or members
    // is not an appeal on every link.
    let path = crate::url::path_part(&path);
    rules::APPEAL_WORDS
        .iter()
        .any(|w| starts_word(&words, w) || path.contains(w))
}

/// The small boxes above `u`, nearest first, that a closing box may be:
/// at most [`rules::APPEAL_BOX_MAX_DEPTH`] levels up and
/// [`rules::APPEAL_BOX_MAX_CHARS`] long, up to the body's root that holds
/// `u`. That root itself is one when it is a block beside the story's
/// container (a sibling joined to it), not the container.
fn boxes_above<'c>(c: &'c Cleaner<'_, '_>, u: NodeId) -> impl Iterator<Item = NodeId> + 'c {
    let mut past_root = false;
    c.tree
        .ancestors(u)
        .take(rules::APPEAL_BOX_MAX_DEPTH)
        .take_while(move |&b| {
            if past_root || c.live.len[b as usize] > rules::APPEAL_BOX_MAX_CHARS {
                return false;
            }
            if c.is_root[b as usize] {
                past_root = true;
                // A lesser root beside a longer one, not the container.
                return c.out.roots.iter().any(|&r| {
                    r != b
                        && c.is_root[r as usize]
                        && c.live.len[r as usize] > c.live.len[b as usize]
                });
            }
            true
        })
}

/// The box around `u` when it asks the reader to follow the site on a
/// network: a small box after the story (as [`appeal_box`] bounds it)
/// holding a link to a profile or channel on a network ("line.me/R/ti/p/
/// @tohto", "news.google.com/publications/…", "whatsapp.com/channel/…"),
/// with at most a short note of its own beside the link. The link's
/// address says what it is, in any language; a link to one post (a
/// tweet, a video) is a source the story cites, not a follow link.
fn follow_box(c: &Cleaner<'_, '_>, u: NodeId) -> Option<NodeId> {
    let live = &c.live;
    if live.len[u as usize] > rules::EDGE_PHRASE_MAX_CHARS {
        return None;
    }
    // The line itself ("لمتابعة أحدث الأخبار تابعوا <a>…</a>" as the
    // story's last paragraph), or a box around it.
    let b = std::iter::once(u)
        .chain(boxes_above(c, u))
        .find(|&b| holds_follow_link(c, b))?;
    // The note beside the link is short: the box is the invitation, not
    // a paragraph of the story that links a profile.
    (live.len[b as usize] - live.link_len[b as usize] <= rules::EDGE_PHRASE_MAX_CHARS).then_some(b)
}

/// The box around `u` when it is the comment section after the story: a
/// small box (as [`appeal_box`] bounds it) that opens with a heading
/// naming the comments or their state ("Comments are closed for this live
/// blog", [`is_comment_status`]); what it says under the heading ("Join
/// the conversation on our Facebook page …") is the section's note.
fn comments_box(c: &Cleaner<'_, '_>, u: NodeId) -> Option<NodeId> {
    let tree = c.tree;
    if c.live.len[u as usize] > rules::EDGE_PHRASE_MAX_CHARS {
        return None;
    }
    boxes_above(c, u).find(|&b| {
        // The box's first element with kept words, a few levels down at
        // most: its heading.
        let mut first = c.first_worded_child(b);
        for _ in 0..3 {
            match first {
                Some(f) if !rules::is_heading(tree.tag(f)) => first = c.first_worded_child(f),
                _ => break,
            }
        }
        // Under the heading, one note: a section of the story under a
        // heading that happens to name comments ("The mayor's comments")
        // runs on for paragraphs.
        let notes = tree
            .descendants(b)
            .take(rules::APPEAL_BOX_MAX_NODES)
            .filter(|&d| {
                matches!(tree.tag(d), "p" | "li" | "blockquote") && c.live.len[d as usize] > 0.0
            })
            .count();
        notes <= 1
            && first.is_some_and(|h| {
                h != u && rules::is_heading(tree.tag(h)) && is_comment_status(&c.kept_lower(h))
            })
    })
}

/// The box around `u` when it presents the story's author after the
/// story: a small box (as [`appeal_box`] bounds it) whose first or second
/// line is the byline's name alone (a heading or a link to the author's
/// page, under an "About the author" label at most), with their picture
/// and a few lines of bio, and no heading under the name (a live blog's
/// post opens with its time and author, then its headline). The header
/// shows the byline; the card is not the story. The outermost such box
/// goes, the picture with it.
fn author_card(c: &Cleaner<'_, '_>, u: NodeId) -> Option<NodeId> {
    let name = c.out.byline.as_deref().or(c.page.meta_byline.as_deref())?;
    let name = text::lower(name.trim());
    if name.is_empty() {
        return None;
    }
    let opens_with_name = |b: NodeId| {
        c.kept_texts(b)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .take(2)
            .any(|t| text::lower(t) == name)
    };
    // A post of a live blog opens with its time and author too, then its
    // own headline: a card has no heading under the name.
    let heading_after_name = |b: NodeId| {
        let tree = c.tree;
        let mut named = false;
        tree.descendants(b)
            .take(rules::APPEAL_BOX_MAX_NODES)
            .filter(|&d| !c.out.drop[d as usize])
            .any(|d| {
                if let Some(t) = tree.text(d) {
                    named = named || text::lower(t.trim()) == name;
                }
                named && rules::is_heading(tree.tag(d)) && c.live.len[d as usize] > 0.0
            })
    };
    boxes_above(c, u)
        .filter(|&b| opens_with_name(b) && !heading_after_name(b))
        .last()
}

/// Whether a kept link in `b` (a look at a bounded number of nodes) is a
/// follow link standing on its own line. Links an earlier rule left out
/// (a Twitter widget beside the story's last paragraph) are gone already.
fn holds_follow_link(c: &Cleaner<'_, '_>, b: NodeId) -> bool {
    let tree = c.tree;
    let mut d = tree.node(b).first_child;
    let mut seen = 0;
    while d != crate::dom::NONE && seen < rules::APPEAL_BOX_MAX_NODES {
        seen += 1;
        if c.out.drop[d as usize] {
            d = tree.next_skipping_children(b, d);
            continue;
        }
        if tree.is(d, "a")
            && tree.attr(d, "href").is_some_and(is_follow_link)
            && (!in_running_text(c, d)
                || ends_its_line(c, d)
                || names_network_word(&text::lower(&tree.text_content(d))))
        {
            return true;
        }
        d = tree.next_in(b, d);
    }
    false
}

/// The block link `a` stands in, a few inline levels up at most (a
/// bounded look: a hostile page may nest inline elements thousands deep).
fn link_block(c: &Cleaner<'_, '_>, a: NodeId) -> Option<NodeId> {
    let tree = c.tree;
    std::iter::once(a)
        .chain(tree.ancestors(a))
        .take(rules::APPEAL_BOX_MAX_DEPTH * 4)
        .find(|&n| super::is_blockish(tree.tag(n)))
}

/// Whether link `a` sits in running text: words of its own block beside
/// it ("… finden Sie unter <a>facebook.com/…</a>."), as a source a
/// sentence cites, rather than standing as its own line or button. Blocks
/// inside that block (a note in a `<p>` beside a button) are not beside
/// it; a few characters (an icon's label, "→") are not words.
fn in_running_text(c: &Cleaner<'_, '_>, a: NodeId) -> bool {
    let tree = c.tree;
    let Some(block) = link_block(c, a) else {
        return true;
    };
    let mut beside = 0;
    let mut d = tree.node(block).first_child;
    let mut seen = 0;
    while d != crate::dom::NONE && seen < rules::APPEAL_BOX_MAX_NODES {
        seen += 1;
        if d == a || (tree.element(d).is_some() && super::is_blockish(tree.tag(d))) {
            d = tree.next_skipping_children(block, d);
            continue;
        }
        if let Some(t) = tree.text(d) {
            beside += t.trim().chars().count();
        }
        d = tree.next_in(block, d);
    }
    beside > rules::LINK_LABEL_SLACK_CHARS
}

/// Whether link `a` ends the line it is in: no word follows it in its
/// block. An invitation leads up to its link ("لمتابعة أحدث الأخبار تابعوا
/// <a>…على جوجل نيوز</a>", "📲 Follow <a>our channel</a>"); a sentence that
/// cites a profile goes on past it, if only to its full stop.
fn ends_its_line(c: &Cleaner<'_, '_>, a: NodeId) -> bool {
    let tree = c.tree;
    let Some(block) = link_block(c, a) else {
        return false;
    };
    let mut d = tree.next_skipping_children(block, a);
    let mut seen = 0;
    while d != crate::dom::NONE && seen < rules::APPEAL_BOX_MAX_NODES {
        seen += 1;
        if tree.text(d).is_some_and(|t| !t.trim().is_empty()) {
            return false;
        }
        d = tree.next_in(block, d);
    }
    d == crate::dom::NONE
}

/// Whether `href` leads to a profile or channel on a network
/// ([`rules::FOLLOW_HOSTS`]), not to one post on it.
pub(super) fn is_follow_link(href: &str) -> bool {
    let Some(host) = crate::url::host(href.trim()) else {
        return false;
    };
    let lower = text::lower(href);
    rules::FOLLOW_HOSTS.iter().any(|h| is_host_of(&host, h))
        && !rules::POST_PATHS.iter().any(|p| lower.contains(p))
}

/// Whether `host` is the network host `h` or a host under it
/// ("m.facebook.com" under "facebook.com").
pub(super) fn is_host_of(host: &str, h: &str) -> bool {
    host == h || host.strip_suffix(h).is_some_and(|rest| rest.ends_with('.'))
}

/// Whether the text `t` (lower-case) spells the address of a network's
/// channel or profile: "WhatsApp Channel : https://www.whatsapp.com/
/// channel/…", written out rather than linked.
fn names_follow_address(t: &str) -> bool {
    t.split_whitespace().any(|w| {
        let w = w.trim_end_matches(|ch: char| !ch.is_alphanumeric() && ch != '/');
        (w.starts_with("http") || w.starts_with("www.")) && {
            let url = if w.starts_with("www.") {
                format!("https://{w}")
            } else {
                w.to_owned()
            };
            is_follow_link(&url)
        }
    })
}

/// The kept text of `id` outside its links, lower-cased, read from at
/// most [`rules::APPEAL_BOX_MAX_NODES`] nodes.
fn text_outside_links(c: &Cleaner<'_, '_>, id: NodeId) -> String {
    let tree = c.tree;
    let mut own = String::new();
    let mut d = tree.node(id).first_child;
    let mut seen = 0;
    while d != crate::dom::NONE && seen < rules::APPEAL_BOX_MAX_NODES {
        seen += 1;
        if c.out.drop[d as usize] || tree.is(d, "a") {
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if let Some(t) = tree.text(d) {
            own.push_str(t);
            own.push(' ');
        }
        d = tree.next_in(id, d);
    }
    text::lower(&own)
}

/// The first sentence of `t`: up to a sentence's end followed by a space,
/// or all of it.
fn first_sentence(t: &str) -> &str {
    let mut prev_end = false;
    for (at, ch) in t.char_indices() {
        if prev_end && ch.is_whitespace() {
            return &t[..at];
        }
        prev_end = matches!(ch, '.' | '!' | '?' | '。' | '！' | '？');
        if matches!(ch, '。' | '！' | '？') {
            return &t[..at + ch.len_utf8()];
        }
    }
    t
}

/// The first sentence of `raw`, as written (not lower-cased): as
/// [`first_sentence`], except that a full stop before a word in small
/// letters ends no sentence but an abbreviation ("el. paštu", "z. B.
/// die", "approx. two").
fn first_cased_sentence(raw: &str) -> &str {
    let mut end = None;
    for (at, ch) in raw.char_indices() {
        if let Some(e) = end {
            if ch.is_whitespace() {
                continue;
            }
            if !ch.is_lowercase() {
                return &raw[..e];
            }
            end = None;
        }
        if matches!(ch, '。' | '！' | '？') {
            return &raw[..at + ch.len_utf8()];
        }
        if matches!(ch, '.' | '!' | '?') {
            let next = raw[at + 1..].chars().next();
            if next.is_some_and(char::is_whitespace) {
                end = Some(at + 1);
            }
        }
    }
    raw
}

/// Whether `t` (as written) opens with a sentence of its own, with no
/// contact in it, before the one that gives a contact ("DEQ will open
/// the next round in January. Districts with questions can contact …@…"):
/// the story's last news, whose closing words say where to ask. A note
/// leads with its call ("Reach the author at …") or a question ("Interested?
/// Write to …").
fn opens_with_own_sentence(t: &str) -> bool {
    let first = first_cased_sentence(t);
    first.len() < t.len()
        && !has_contact(first)
        && first.trim_end().ends_with(['.', '。'])
        && text::stats(first).words >= rules::SENTENCE_OWN_MIN_WORDS
}

/// Whether lower-case `t` holds a phrase of [`rules::EDGE_PHRASES`], and
/// none of its phrases is the story's subject ("Readers can sign up at
/// the library, and the first newsletter goes out in May" closes a story
/// about a newsletter). A network's name ("telegram") after a first
/// sentence that names none is no cue: that is the story's last paragraph
/// saying where its subject posts ("Trains may be late during air-raid
/// alerts. Updates are on the company's Telegram channel."), not a note,
/// which leads with its call.
fn cued_by_phrase(t: &str, topical: &dyn Fn(&str) -> bool) -> bool {
    let first = first_sentence(t);
    let mut cued = false;
    for p in rules::EDGE_PHRASES.iter().filter(|p| t.contains(*p)) {
        if topical(p) {
            return false;
        }
        // A cue, unless a network's name past the first sentence.
        cued = cued || !rules::NETWORK_NAMES.contains(&p) || first.contains(p);
    }
    cued
}

/// Whether `t` (lower-case) asks the reader to get an app: a download
/// verb and the word for an app ("📱 Baixe o app do Portal Pauta", "Pakua
/// programu ya …"). Only in a short line after the story: a story about
/// an app says so in its paragraphs, and its steps are a list.
fn is_app_promo(t: &str) -> bool {
    rules::DOWNLOAD_WORDS.iter().any(|w| starts_word(t, w))
        && (latin_word(t, "app")
            || latin_word(t, "apps")
            || rules::APP_WORDS.iter().any(|w| starts_word(t, w)))
}

/// Whether `t` holds the Latin word `w` with no Latin letter or digit
/// either side: as a word of its own, or against another script
/// ("下載香港日報app", "下载新闻app").
fn latin_word(t: &str, w: &str) -> bool {
    t.match_indices(w).any(|(at, _)| {
        let before = t[..at].chars().next_back();
        let after = t[at + w.len()..].chars().next();
        !before.is_some_and(|ch| ch.is_ascii_alphanumeric())
            && !after.is_some_and(|ch| ch.is_ascii_alphanumeric())
    })
}

/// Whether `t` holds `word` where a word starts (any place, for a word in
/// a script written without spaces or one that is not Latin).
fn starts_word(t: &str, word: &str) -> bool {
    let latin = word.starts_with(|ch: char| ch.is_ascii_alphabetic());
    let mut from = 0;
    while let Some(p) = t[from..].find(word) {
        let at = from + p;
        if !latin
            || !t[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return true;
        }
        from = at + word.len();
    }
    false
}

/// A link of a few words that leads away from the page and is the
/// action a box offers ("Support The Northern Review", "Become a
/// member"): drawn as a button (named `btn`/`button`, given the button
/// role, or painted with a background of its own), or standing on a line
/// of its own.
fn is_action_link(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let Some(e) = tree.element(id) else {
        return false;
    };
    if e.name != "a" {
        return false;
    }
    // Ghost's membership links open its sign-up dialog on the page
    // ("#/portal/signup", or marked `data-portal`): a button, in running
    // text or not.
    let href = e.attr("href").map(str::trim);
    if href.is_some_and(|h| h.starts_with("#/portal")) || e.attr("data-portal").is_some() {
        return true;
    }
    if href.is_none_or(|h| h.starts_with('#')) {
        return false;
    }
    // Two characters of a script written without spaces make about a
    // word ("無料で試してみる" is a few words, not eight).
    let s = text::stats(&tree.text_content(id));
    let words = s.spaced_words();
    if !(1..=rules::BUTTON_MAX_WORDS).contains(&words) {
        return false;
    }
    let drawn = e.attr("role") == Some("button")
        || c.page.names_have(id, rules::BUTTON_NAMES)
        || e.attr("style")
            .is_some_and(|s| text::lower(s).contains("background"));
    drawn || !in_running_text(c, id)
}

/// A few words naming the comments or the rating widget, in lower-cased
/// `t`: the reader-feedback section's status line ("Comments are closed",
/// "Rate this article"), even in a heading's tag.
fn is_comment_status(t: &str) -> bool {
    let words = text::stats(t).words;
    // A sentence of more than a few words is prose ("Officials did not
    // return requests for comments."); a status line is a label or a
    // short statement ("Comments are closed.").
    let sentence = t.trim_end().ends_with(rules::SENTENCE_ENDS);
    words <= rules::TAIL_STATUS_MAX_WORDS
        && (!sentence || words <= rules::TAIL_STATUS_SENTENCE_MAX_WORDS)
        && (rules::COMMENT_WORDS.iter().any(|w| t.contains(w))
            || rules::RATING_WORDS.iter().any(|w| t.contains(w)))
}

/// A line that credits where the story came from, by its shape in any
/// language: one word and a colon, then two to four names set apart by
/// commas ("Forrás: MTI, ATIVIZIG", "Πηγή: ΑΠΕ-ΜΠΕ, kritisimera.gr"), or
/// one name of two to four capitalised words ("Editör: Zeynep Aksoy").
/// Each name opens with a capital or is a site's address, and no number
/// or sentence is in the line: a story's own line with a colon says more.
fn is_source_list(raw: &str) -> bool {
    let Some((label, value)) = raw.split_once([':', '：']) else {
        return false;
    };
    let label = label.trim();
    if label.is_empty() || !label.chars().all(char::is_alphabetic) {
        return false;
    }
    let value = value.trim();
    if value.chars().count() > rules::SOURCE_LIST_MAX_CHARS
        || value.chars().any(char::is_numeric)
        || value.ends_with(rules::SENTENCE_ENDS) && !value.ends_with('.')
    {
        return false;
    }
    let value = value.trim_end_matches('.');
    let names: Vec<&str> = value.split(',').map(str::trim).collect();
    // One name alone: a person's or a body's, every word capitalised
    // ("Editör: Zeynep Aksoy").
    if let [name] = names[..] {
        let words: Vec<&str> = name.split_whitespace().collect();
        return (2..=rules::SOURCE_NAME_MAX_WORDS).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
    }
    (2..=4).contains(&names.len())
        && names.iter().all(|n| {
            let words = text::stats(n).words;
            let address = !n.contains(' ') && n.contains('.');
            (1..=rules::SOURCE_NAME_MAX_WORDS).contains(&words)
                && (address || n.starts_with(char::is_uppercase))
        })
}

/// A line saying where the story was published in print, in lower-cased
/// `t`: opened by one of [`rules::PRINT_STAMPS`], at most
/// [`rules::PRINT_STAMP_MAX_WORDS`] words, naming the site or not ending
/// as a sentence.
fn is_print_stamp(c: &Cleaner<'_, '_>, t: &str) -> bool {
    let lead = t.trim_start();
    rules::PRINT_STAMPS.iter().any(|p| {
        lead.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(|ch: char| !ch.is_alphanumeric()))
    }) && text::stats(t).words <= rules::PRINT_STAMP_MAX_WORDS
        && (names_site(c, t) || !t.trim_end().ends_with(rules::SENTENCE_ENDS))
}

/// Whether `t` holds a year (four digits from 1900 to 2099) or a time
/// of day ("11:05"): what tells a date from a measure ("104 × 52 × 97
/// cm") in a labelled line.
fn has_year_or_time(t: &str) -> bool {
    let b = t.as_bytes();
    let mut k = 0;
    while k < b.len() {
        if !b[k].is_ascii_digit() {
            k += 1;
            continue;
        }
        let start = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        let run = &b[start..k];
        let year = run.len() == 4 && (run.starts_with(b"19") || run.starts_with(b"20"));
        let time = (1..=2).contains(&run.len())
            && b.get(k) == Some(&b':')
            && b.get(k + 1).is_some_and(u8::is_ascii_digit)
            && b.get(k + 2).is_some_and(u8::is_ascii_digit)
            && !b.get(k + 3).is_some_and(u8::is_ascii_digit);
        if year || time {
            return true;
        }
    }
    false
}

/// A source line: "Source: ...", "المصدر : الجزيرة", in lower-cased `t`.
fn is_source_line(t: &str) -> bool {
    rules::SOURCE_LABELS
        .iter()
        .any(|l| text::opens_with_label(t, l))
}

/// A line that is only a word or two in brackets, or an agency's
/// signature in capitals: a wire story's end mark or agency tag. A
/// sentence in brackets is an aside of the story.
fn is_end_mark(raw: &str) -> bool {
    let t = raw.trim();
    let mut chars = t.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let inner = chars.as_str().trim();
    let paired = matches!(
        (open, close),
        ('(', ')') | ('（', '）') | ('[', ']') | ('【', '】') | ('〔', '〕')
    );
    // A news agency's signature: "TT", "AFP", "NTB/AP", "- BERNAMA",
    // "Avec AFP" (a short word may join it).
    let words: Vec<&str> = t
        .split(['/', ',', ' ', '-', '–', '—'])
        .filter(|w| !w.is_empty())
        .collect();
    let is_agency =
        |w: &&str| (2..=7).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    let signature = (1..=3).contains(&words.len())
        && words.iter().any(is_agency)
        && words
            .iter()
            .all(|w| is_agency(w) || w.chars().count() <= 4 && w.chars().all(char::is_alphabetic));
    // "انتهای پیام/", "/ انتهای خبر": a word or two set off by a slash,
    // the end mark of Persian agencies.
    let slashed = (t.ends_with('/') || t.starts_with('/'))
        && !t.chars().any(char::is_numeric)
        && (1..=rules::SLASH_MARK_MAX_WORDS).contains(&text::words(t).count());
    signature
        || slashed
        || paired
            && !inner.is_empty()
            && inner.chars().count() <= rules::END_MARK_MAX_CHARS
            && !inner.contains(['(', ')', '（', '）', '[', ']', '【', '】'])
            && !inner.ends_with(rules::SENTENCE_ENDS)
            && text::stats(inner).words <= rules::END_MARK_MAX_WORDS
}

/// A wire credit set off by a dash, closing the story: "- BERNAMA",
/// "—বাসস", "— Com informações da Agência Brasil". A few words, no
/// sentence, no quotation and no comma: a line of dialogue ("— Да,
/// конечно.", "– „Ok.“") or a quote's attribution ("—Malachi, age 7")
/// is the story's.
fn is_dash_credit(raw: &str) -> bool {
    const QUOTES: [char; 9] = ['"', '»', '«', '„', '“', '”', '‚', '‘', '’'];
    let t = raw.trim();
    let Some(rest) = t.strip_prefix(['—', '–', '-']) else {
        return false;
    };
    let rest = rest.trim();
    !rest.is_empty()
        && !rest.ends_with(rules::SENTENCE_ENDS)
        && !rest.ends_with('…')
        && !rest.contains(QUOTES)
        && !rest.contains([',', '،', '、', '，'])
        && text::stats(rest).words <= rules::DASH_CREDIT_MAX_WORDS
}

/// A credit line of a participle, a short word for "by" and a name, in
/// any language written in capitals ("Edited by Mary Mwita",
/// "Imehaririwa na Mary Mwita", "Redigert av Kari Nordmann"): a
/// capitalised word, a lower-case word of at most
/// [`rules::NAME_CREDIT_BY_MAX_CHARS`] letters, then two or three
/// capitalised words, and nothing else.
fn is_name_credit(raw: &str) -> bool {
    let t = raw.trim().trim_end_matches('.');
    let words: Vec<&str> = t.split_whitespace().collect();
    if !(4..=5).contains(&words.len()) {
        return false;
    }
    let capitalised = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'' || ch == '’')
    };
    let lower = |w: &str| w.chars().all(char::is_lowercase);
    capitalised(words[0])
        && words[0].chars().skip(1).all(char::is_lowercase)
        && lower(words[1])
        && words[1].chars().count() <= rules::NAME_CREDIT_BY_MAX_CHARS
        && words[2..].iter().all(|w| capitalised(w))
}

/// An e-mail address or an @handle in `t`. (Not a web address: a story
/// often ends by saying where to learn more.)
fn has_contact(t: &str) -> bool {
    let b = t.as_bytes();
    for (k, &ch) in b.iter().enumerate() {
        if ch != b'@' {
            continue;
        }
        let before = k > 0 && b[k - 1].is_ascii_alphanumeric();
        let next = b.get(k + 1).copied().unwrap_or(b' ');
        // name@host.tld, or "@handle" after a space or a mark (any
        // script's: "Threads：@hknow.news"): a handle starts with a letter
        // ("@1377 Peachtree" is an address, not an account).
        let email = before && next.is_ascii_alphanumeric();
        let handle = !before && (next.is_ascii_alphabetic() || next == b'_');
        if email || handle {
            return true;
        }
    }
    false
}

/// Whether a kept link inside `id` leads to the contact page of the
/// page's own site: the first name of its path is one of
/// [`rules::CONTACT_PAGES`], alone or with "-us", "-form" or "-page"
/// ("/contact-us", not "/contact-lenses-guide").
fn links_contact_page(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let host = c.page.host.as_deref();
    host.is_some()
        && kept_hrefs(c, id)
            .any(|h| h.is_some_and(|h| crate::url::same_site(h, host) && is_contact_path(h)))
}

/// The address of each kept link inside `id`, in document order (`None`
/// for a link without one).
fn kept_hrefs<'c>(c: &'c Cleaner<'_, '_>, id: NodeId) -> impl Iterator<Item = Option<&'c str>> {
    let tree = c.tree;
    tree.descendants(id)
        .filter(move |&d| tree.is(d, "a") && !c.out.drop[d as usize])
        .map(move |d| tree.attr(d, "href"))
}

/// Whether the next element after `id`, or after the wrappers it ends
/// (a few levels up), is a comment section by its names.
fn opens_comments(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let mut a = id;
    for _ in 0..rules::BYLINE_BOX_MAX_DEPTH {
        let n = tree.next_element(a);
        if n != NONE {
            return c.page.names_have(n, rules::COMMENT_NAMES);
        }
        a = tree.node(a).parent;
        if a == NONE {
            return false;
        }
    }
    false
}

/// Whether `id` links into the site and only to its sections ("/city",
/// "/city/nagpur"): paths of one or two names of letters, no story's
/// address (a slug of many words, an id, a file). The site pointing to
/// its own pages, not the story citing one of its earlier reports.
fn links_own_sections(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let host = c.page.host.as_deref();
    let mut links = 0;
    for h in kept_hrefs(c, id) {
        match h {
            Some(h) if host.is_some() && crate::url::same_site(h, host) && is_section_path(h) => {
                links += 1;
            }
            _ => return false,
        }
    }
    links > 0
}

/// Whether the path of address `href` names a section: one or two names
/// of letters and at most two hyphens each, and nothing after them.
fn is_section_path(href: &str) -> bool {
    let path = crate::url::path_part(href.trim()).trim_matches('/');
    let names: Vec<&str> = path.split('/').collect();
    !path.is_empty()
        && names.len() <= 2
        && names.iter().all(|n| {
            !n.is_empty()
                && n.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                && n.matches('-').count() <= 2
        })
}

/// Whether the path of address `href` opens with a contact page's name.
fn is_contact_path(href: &str) -> bool {
    let first = crate::url::path_part(href.trim())
        .trim_start_matches('/')
        .split(['/', '?', '#', '.'])
        .next()
        .unwrap_or("");
    let first = first.as_bytes();
    rules::CONTACT_PAGES.iter().any(|n| {
        first.len() >= n.len()
            && first[..n.len()].eq_ignore_ascii_case(n.as_bytes())
            && match first.get(n.len()) {
                None => true,
                Some(b'-' | b'_') => {
                    let rest = &first[n.len() + 1..];
                    ["us", "form", "page"]
                        .iter()
                        .any(|r| rest.eq_ignore_ascii_case(r.as_bytes()))
                }
                _ => false,
            }
    })
}

/// Whether a kept link inside `id` is marked `rel=tag` ("category tag").
fn has_tag_link(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    tree.descendants(id).any(|d| {
        tree.is(d, "a")
            && !c.out.drop[d as usize]
            && tree.attr(d, "rel").is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("tag"))
            })
    })
}

/// A paragraph opening with a note's label and a colon ("Disclosure:",
/// "Cite this article:", "Tags:", "About Voltcycle:").
fn starts_with_label(raw: &str) -> bool {
    let Some(p) = raw.find([':', '：']) else {
        return false;
    };
    let label = text::lower(&raw[..p]);
    text::stats(&label).words <= rules::EDGE_LABEL_MAX_WORDS
        && rules::EDGE_LABELS.iter().any(|l| {
            label.starts_with(l)
                && label[l.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
}

/// Whether all of a block's kept text is inside elements named in `tags`
/// (bold or small print; italics).
pub(super) fn all_emphasised(c: &Cleaner<'_, '_>, id: NodeId, tags: &[&str]) -> bool {
    let tree = c.tree;
    // Set in italics by its class, as utility CSS writes it ("italic",
    // Bootstrap's "fst-italic"): the block is one emphasis.
    if tags.contains(&"i") && c.live.len[id as usize] > 0.0 && styled_italic(tree, id) {
        return true;
    }
    let mut emph = 0.0;
    // The outermost emphasis elements: count one, skip what is inside it.
    let mut d = tree.node(id).first_child;
    while d != crate::dom::NONE {
        if c.out.drop[d as usize] {
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if tree.element(d).is_some() && tags.contains(&tree.tag(d)) {
            emph += c.live.len[d as usize];
            d = tree.next_skipping_children(id, d);
            continue;
        }
        d = tree.next_in(id, d);
    }
    let len = c.live.len[id as usize];
    len > 0.0 && emph >= len * 0.95
}

/// Whether `id`'s class sets it in italics: "italic" (Tailwind, with
/// any variant prefix), "fst-italic" or "font-italic" (Bootstrap).
fn styled_italic(tree: &crate::dom::Tree, id: NodeId) -> bool {
    tree.attr(id, "class").is_some_and(|class| {
        class.split_ascii_whitespace().any(|t| {
            matches!(
                t.rsplit(':').next().unwrap_or(t),
                "italic" | "fst-italic" | "font-italic"
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_headings_name_a_company() {
        assert!(is_about_name("About Northvale Energy"));
        assert!(is_about_name("Acerca de Ecopetrol:"));
        // German writes every noun in capitals: after an article, a
        // capital says nothing, and the heading is left be.
        assert!(!is_about_name("Über die Studie"));
        assert!(is_about_name("À propos de Hydro-Québec"));
        assert!(!is_about_name("About the survey"));
        assert!(!is_about_name("About"));
        assert!(!is_about_name("Abouts Northvale"));
        // Lower-casing changes the length of some letters: no slicing by
        // the lower-cased copy's offsets.
        assert!(!is_about_name("İİİ about Ünal"));
        assert!(is_about_name("ABOUT İstanbul Metro"));
    }

    #[test]
    fn name_credits_and_stamps_by_shape() {
        assert!(is_name_credit("Imehaririwa na Mary Mwita"));
        assert!(is_name_credit("Edited by Jane Doe."));
        assert!(!is_name_credit("Edited by Jane van Dyke"));
        assert!(!is_name_credit("Long ago Mary Mwita left home."));
        assert!(!is_name_credit("Viva Nelson Mandela"));
        assert!(has_year_or_time("sabtu, 6 julai 2024 @ 11:05 am"));
        assert!(!has_year_or_time("maße (breite × höhe): 104 × 97 cm"));
        assert_eq!(address_name("dawn.com"), Some("dawn"));
        assert_eq!(address_name("www.example.co.uk"), Some("example"));
        assert_eq!(address_name("bbc news"), None);
        assert!(is_contact_path("https://www.example.com/contact-us"));
        assert!(is_contact_path("/Kontakt/"));
        assert!(!is_contact_path("/contacts-lenses-review"));
    }
}
