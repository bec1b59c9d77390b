//! Lines that repeat the reader's header inside the body: a line holding
//! only a date or time ("Updated: 3:59 PM").

use super::{Cleaner, Rule};
use crate::dom::{NodeId, NONE};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if c.short_block(id).is_none() {
            continue;
        }
        let t = c.kept_lower(id);
        if is_date_line(&t) {
            c.drop(id, Rule::HeaderLine);
        }
    }
}

/// A short line that holds only a date or time ("05. Februar 2020",
/// "Updated: 3:59 PM"): the reader's header shows the date already.
pub(super) fn is_date_line(t: &str) -> bool {
    if t.len() > 90 {
        return false;
    }
    // A day and a year, or hours and minutes: two groups of digits at least.
    let digit_groups = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    if digit_groups < 2 {
        return false;
    }
    // "11:29 a.m.": the dotted hours read as "am" and "pm".
    let dotted;
    let t = if t.contains(".m.") {
        dotted = t.replace("a.m.", "am").replace("p.m.", "pm");
        &dotted
    } else {
        t
    };
    t.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| rules::DATE_WORDS.contains(&w))
}

/// From the start of the body, while blocks repeat the header (a date, an
/// "Updated ..." line, the byline, a reading time, the site's name, the
/// summary the page also gives as its description), they go; the first
/// block of the story ends the walk. A bare section label over them
/// ("Details", "विस्तार"), a caption under the lead picture, or a lead set
/// apart in emphasis or named as the lead, stays and does not end it; what
/// is left of the byline's box goes. Returns the article's units
/// ([`super::edges::units`]) when none of them went, for the tail's rule to
/// use again: with nothing dropped they are still the same.
pub(super) fn head(c: &mut Cleaner<'_, '_>) -> Option<Vec<NodeId>> {
    let units = super::edges::units(c);
    let mut dropped = false;
    // The last section label seen, and whether all under it went so far.
    let mut label: Option<(NodeId, bool)> = None;
    for &u in &units {
        let len = c.live.len[u as usize];
        // What is left of the byline's box once its name moved to the
        // header: the author's picture, their title ("Reporter").
        if let Some(b) = byline_box(c, u) {
            c.drop(b, Rule::HeaderLine);
            dropped = true;
            continue;
        }
        if len == 0.0 {
            continue;
        }
        if is_section_label(c, u) {
            // A label whose every line moved to the header ("सार" over
            // the summary) has nothing left to label.
            if let Some((l, true)) = label {
                c.drop(l, Rule::HeaderLine);
            }
            label = Some((u, false));
            continue;
        }
        // The lead picture and its caption may sit above the byline.
        if in_figure(c, u) {
            label = None;
            continue;
        }
        // The summary may be longer than other header lines.
        if c.out.summary.is_none() && is_summary(c, u) {
            c.out.summary = Some(crate::text::normalize_space(&c.kept_text(u)));
        } else if is_set_lead(c, u) {
            label = None;
            continue;
        } else if let Some(line) = byline_line(c, u) {
            if c.page.meta_byline.is_none() && c.out.byline.is_none() {
                c.out.byline = Some(line);
            }
        } else if is_credit_line(c, u) {
            // "Reviewed by ...", "Posted by ...": where the header names
            // no author, the line is the only credit and stays.
            if c.page.meta_byline.is_none() && c.out.byline.is_none() {
                label = None;
                continue;
            }
        } else if len > rules::PROMO_MAX_CHARS * 2.0
            || !(repeats_header(c, u)
                || is_kicker(c, u)
                || is_disclosure(c, u)
                || of_header_parts(c, u)
                || is_stamp_block(c, u))
        {
            if is_named_lead(c, u) {
                label = None;
                continue;
            }
            break;
        }
        c.drop(u, Rule::HeaderLine);
        dropped = true;
        if let Some((_, all_went)) = &mut label {
            *all_went = true;
        }
    }
    (!dropped).then_some(units)
}

/// The lead the page gives as its description, set in emphasis as a
/// whole like a standfirst: it stays in the story, and the header lines
/// may still follow it ("باريس - كريم حداد، مراسل أ ف ب", a reading
/// time).
fn is_set_lead(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    c.page.meta_excerpt.as_deref().is_some_and(|d| {
        super::edges::all_emphasised(c, id, &["em", "i", "strong", "b"])
            && crate::content::is_description(d, &c.kept_lower(id))
    })
}

/// The story's lead paragraph as the page names it ("article_lead",
/// "standfirst") where it is not the description: it stays, and the
/// header lines may follow it.
fn is_named_lead(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    // The paragraph and its wrappers, a few levels up to the body's root.
    c.tree.is(id, "p")
        && named_summary_within(
            c,
            std::iter::once(id)
                .chain(c.tree.ancestors(id))
                .take(rules::APPEAL_BOX_MAX_DEPTH),
        )
}

/// Whether `nodes` (a block, or its wrappers, nearest first) name a
/// summary or lead ([`rules::SUMMARY_NAMES`]) before they leave the body:
/// the body's root that holds them is the last one asked.
fn named_summary_within(c: &Cleaner<'_, '_>, mut nodes: impl Iterator<Item = NodeId>) -> bool {
    let named = |n: NodeId| c.page.names_have(n, rules::SUMMARY_NAMES);
    nodes
        .find(|&a| named(a) || c.is_root[a as usize])
        .is_some_and(named)
}

/// The small box (a few levels up, a line's length at most) around `id`
/// that held the byline the header took: the rest of it is the author's
/// picture or title ("Reporter"), and it goes whole.
fn byline_box(c: &Cleaner<'_, '_>, id: NodeId) -> Option<NodeId> {
    let tree = c.tree;
    std::iter::once(id)
        .chain(tree.ancestors(id))
        .take(rules::BYLINE_BOX_MAX_DEPTH)
        .take_while(|&a| {
            !c.is_root[a as usize] && c.live.len[a as usize] <= rules::BYLINE_BOX_MAX_CHARS
        })
        .find(|&a| {
            tree.descendants(a)
                .take(rules::BYLINE_BOX_MAX_NODES)
                .any(|d| c.out.drop[d as usize] && c.out.why[d as usize] == Rule::Byline)
        })
}

/// A heading of a word or two with no number and no sentence: the label
/// a page sets over its story's part ("Details", "विस्तार"), which the
/// header lines may follow.
fn is_section_label(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    // Nodes are numbered in document order: over the headline, a label
    // is the section's kicker, which has a rule of its own.
    if c.page.title_heading.is_none_or(|t| id < t)
        || !matches!(c.tree.tag(id), "h2" | "h3" | "h4" | "h5" | "h6")
        || c.live.len[id as usize] > rules::KICKER_MAX_CHARS
    {
        return false;
    }
    let t = c.kept_lower(id);
    let t = t.trim();
    !t.chars().any(char::is_numeric)
        && !t.ends_with(rules::SENTENCE_ENDS)
        && crate::text::words(t).count() <= 2
}

/// A short line under the headline that holds the story's date (a
/// `<time>`, or a part named as a date or as the story's meta line) with
/// no more than a label, a byline or a count around it: "11/25(月) 10:41
/// 配信", "28 พ.ย. 67 (16:05 น.) 1.2K views", "Verkehr 08.10.2024 - 14:37
/// Uhr | Von unserem Redakteur …". Two groups of digits at least and no
/// sentence: a lead that opens with its date runs on to a full stop.
fn is_stamp_block(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let t = c.kept_lower(id);
    let t = t.trim();
    if t.chars().count() > rules::STAMP_BLOCK_MAX_CHARS
        || t.ends_with(rules::SENTENCE_ENDS)
        || crate::text::words(t).count() > rules::STAMP_BLOCK_MAX_WORDS
    {
        return false;
    }
    let digit_groups = t
        .split(|ch: char| !ch.is_numeric())
        .filter(|g| !g.is_empty())
        .count();
    if digit_groups < 2 {
        return false;
    }
    std::iter::once(id)
        .chain(tree.descendants(id).take(rules::APPEAL_BOX_MAX_NODES))
        .any(|d| {
            !c.out.drop[d as usize]
                && (tree.is(d, "time")
                    || c.page.names_have(d, rules::HEAD_PART_NAMES)
                    || c.page.names_have(d, rules::STAMP_BLOCK_NAMES))
        })
}

/// A line made only of parts the page names as its date and reading time
/// (`<time>`, "datePublished", "readingTime"): "dzisiaj, 08:07 Ten tekst
/// przeczytasz w 1 minutę". The names say what the words are in any
/// language; every kept word of the line must sit in such a part, and each
/// part is short: a note named "update" that corrects the story is longer.
fn of_header_parts(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let part = |n: NodeId| {
        (tree.is(n, "time") || c.page.names_have(n, rules::HEAD_PART_NAMES))
            && c.live.len[n as usize] <= rules::HEAD_PART_MAX_CHARS
    };
    if part(id) {
        return true;
    }
    let mut parts = 0;
    let mut d = id;
    while d != NONE {
        let skip = (c.out.drop[d as usize] && d != id) || c.page.invisible[d as usize];
        if skip || (d != id && part(d)) {
            parts += usize::from(!skip);
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if tree.text(d).is_some_and(|t| !t.trim().is_empty()) {
            return false;
        }
        let first = tree.node(d).first_child;
        d = if first != NONE {
            first
        } else {
            tree.next_skipping_children(id, d)
        };
    }
    parts > 0
}

/// Whether `id` is a figure, its caption, or inside one; or a line the
/// page names as a caption ("wp-caption-text" under a lead picture that
/// is not in a `<figure>`).
fn in_figure(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    let tree = c.tree;
    c.page.names_have(id, rules::CAPTION_NAMES)
        || std::iter::once(id)
            .chain(tree.ancestors(id))
            .take_while(|&a| !c.is_root[a as usize])
            .any(|a| matches!(tree.tag(a), "figure" | "figcaption"))
}

/// The summary under the headline, set apart from the story (a heading,
/// or named as a summary), that the page also gives as its description:
/// the reader's header shows it, under the title. A first paragraph that
/// the description merely quotes is the story's lead and stays.
fn is_summary(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    let Some(d) = &c.page.meta_excerpt else {
        return false;
    };
    let t = c.kept_lower(id);
    // Named as a summary itself, or its wrapper is (up to the body's
    // roots).
    let named = |n: crate::dom::NodeId| c.page.names_have(n, rules::SUMMARY_NAMES);
    // Wrappers up to and including the body root it sits in.
    let in_named_wrapper = named_summary_within(c, c.tree.ancestors(id));
    // A paragraph in a wrapper named as the lead ("content lead",
    // "story-intro") is the story's first paragraph: it stays, and
    // [`is_named_lead`] lets the walk go on past it.
    let set_apart = matches!(c.tree.tag(id), "h2" | "h3" | "h4")
        || named(id)
        || (in_named_wrapper && !c.tree.is(id, "p"));
    set_apart && crate::content::is_description(d, &t)
}

/// A byline line over the story, marked by its words rather than its
/// class: "By Jane Doe, BBC News", "Por Ana Gómez", "Von Max Muster": a
/// short line that opens with the word for "by" and a capitalised name,
/// and is not a sentence. Returns the line, its pieces spaced apart.
fn byline_line(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> Option<String> {
    if c.live.len[id as usize] > rules::BYLINE_LINE_MAX_CHARS {
        return None;
    }
    byline_of(c.kept_texts(id))
}

/// The byline that a line's text nodes spell, when they read as one
/// ([`is_byline_line`]): joined with a space where two words would run
/// together ("<span>Jane Doe</span><span>BBC News</span>"), and a date
/// after a separator cut off ("Por Lucía Navarro | 2 de abril de 2024":
/// the header shows the date, it is not part of the name).
pub(crate) fn byline_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut line = String::new();
    for t in texts {
        let joins = line.ends_with(char::is_alphanumeric) && t.starts_with(char::is_alphanumeric);
        if joins {
            line.push(' ');
        }
        line.push_str(t);
        if line.len() > rules::BYLINE_LINE_MAX_CHARS as usize * 4 {
            return None;
        }
    }
    let mut line = crate::text::normalize_space(&line);
    // The reporter's address or handle after the name ("Oleh Nurul
    // Hidayah<br>bhnews@…") is how to reach them, not part of the name.
    while let Some(cut) = line.rfind(' ').filter(|&at| line[at..].contains('@')) {
        line.truncate(cut);
    }
    while let Some(cut) = line.rfind(['|', '·', '•', '—', '–']) {
        let tail = crate::text::lower(
            line[cut..]
                .trim_start_matches(['|', '·', '•', '—', '–'])
                .trim(),
        );
        if !is_date_line(&tail) {
            break;
        }
        line.truncate(cut);
        line.truncate(line.trim_end().len());
    }
    is_byline_line(&line).then_some(line)
}

/// Whether `line` (whitespace collapsed) reads as a byline: the word for
/// "by" and a capitalised name, at most a few words, not a sentence.
fn is_byline_line(line: &str) -> bool {
    if line.len() > rules::BYLINE_LINE_MAX_CHARS as usize * 4 {
        return false;
    }
    let Some((first, rest)) = line.split_once(' ') else {
        return false;
    };
    // "By:" as "By".
    let by = crate::text::lower(first.strip_suffix(':').unwrap_or(first));
    let name_follows = rest.starts_with(char::is_uppercase);
    let words = crate::text::stats(line).words;
    let sentence = line.ends_with(['.', '!', '?', '。']);
    rules::BY_WORDS.contains(&by.as_str())
        && name_follows
        && words <= rules::BYLINE_LINE_MAX_WORDS
        && !sentence
}

/// A credit beside the byline: a word or two, the word for "by" and a
/// name of two words or more ("Reviewed by Hansa D. Bhargava, MD",
/// "Fact-checked by Ana Gómez", "Fotos von Max Muster"), not a sentence.
/// The reader's header names the author; the other credits of the head
/// are not the story.
fn is_credit_line(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    if c.live.len[id as usize] > rules::BYLINE_LINE_MAX_CHARS {
        return false;
    }
    let line = crate::text::normalize_space(&c.kept_text(id));
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() > rules::BYLINE_LINE_MAX_WORDS || line.ends_with(['.', '!', '?', '。']) {
        return false;
    }
    let Some(by) = words.iter().take(3).position(|w| {
        let w = crate::text::lower(w.trim_end_matches(':'));
        rules::BY_WORDS.contains(&w.as_str())
    }) else {
        return false;
    };
    let name = &words[by + 1..];
    by >= 1
        && words[..by]
            .iter()
            .all(|w| w.chars().all(|ch| ch.is_alphabetic() || ch == '-'))
        && name.len() >= 2
        && name[..2].iter().all(|w| w.starts_with(char::is_uppercase))
}

fn repeats_header(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    if is_summary(c, id) {
        return true;
    }
    let t = c.kept_lower(id);
    if t.is_empty() {
        return false;
    }
    let page = c.page;
    if page.meta_site.as_deref() == Some(&*t) {
        return true;
    }
    if t.chars().count() > 120 {
        return false;
    }
    if is_date_line(&t) {
        return true;
    }
    // The headline the story first ran under ("原标题：...", "Original
    // title: ..."): a header line of syndicated copies.
    if rules::ORIGINAL_TITLE_LABELS
        .iter()
        .any(|l| crate::text::opens_with_label(&t, l))
    {
        return true;
    }
    // "By Jane Doe, AP Writer", "Por Ana Gómez": the byline's name in a
    // short line, whatever its case or affiliation. A lead that opens with
    // the reporter's name ("〔記者陳怡君／台北報導〕台北市立圖書館今日宣布…")
    // runs on well past it.
    if let Some(b) = &page.meta_byline {
        // A line that opens with the name and goes on to a sentence of
        // its own is the story's lead ("[강원바다신문 박지훈 기자] 강원
        // 동해안 해수욕장이 … 붐볐다.").
        let lead = t.trim_end().ends_with(rules::SENTENCE_ENDS)
            && t.find(b.as_str()).is_some_and(|at| {
                crate::text::stats(&t[..at]).words <= 2
                    && crate::text::stats(&t[at + b.len()..]).words >= rules::SENTENCE_OWN_MIN_WORDS
            });
        let near = !lead && t.chars().count() <= b.chars().count() + rules::BYLINE_LINE_SLACK_CHARS;
        // (Near it either way: any paragraph that names the author holds
        // all of the byline's words.)
        if near && (t.contains(b.as_str()) || crate::content::similarity(&t, b) >= 0.99) {
            return true;
        }
    }
    if is_labelled_stamp(&t, rules::STAMP_LABEL_MAX_WORDS) {
        return true;
    }
    // Any script's digits: "۷ دقیقه", "५ मिनट".
    let has_digit = t.chars().any(char::is_numeric);
    let words: Vec<&str> = crate::text::words(&t).collect();
    // "5 min read", "Lesezeit: 4 Minuten", "Updated 3 hours ago".
    has_digit
        && words.len() <= 8
        && (words.iter().any(|w| rules::HEAD_WORDS.contains(w))
            // Scripts without spaces: the word inside the run, of a line
            // as short as eight words would be ("この記事は約3分で読めます"),
            // not a paragraph with a number and "分" in "分散".
            || (t.chars().count() <= rules::HEAD_LINE_MAX_UNSPACED_CHARS
                && rules::HEAD_WORDS
                    .iter()
                    .any(|h| h.chars().all(|ch| ch > '\u{3000}') && t.contains(h))))
}

/// A header line of a label and a stamp, in any language and script: a
/// label of a few words without digits, a colon, then a date and time
/// (two groups of digits or more and at most three other words:
/// "עודכן: 12.08.24, 09:41", "Imesasishwa: Jumanne, Juni 04, 2024") or a
/// number and its unit ("Muda wa kusoma: dakika 3", "পড়তে সময় লাগবে: ৩
/// মিনিট"). The shape says what it is where no word list knows the label.
/// `t` is lower-case; the label is at most `max_label_words` words. The
/// rule runs only over the story's first lines and its last ones.
pub(super) fn is_labelled_stamp(t: &str, max_label_words: usize) -> bool {
    let Some((label, value)) = t.split_once([':', '：']) else {
        return false;
    };
    let label_words = crate::text::words(label).count();
    if !(1..=max_label_words).contains(&label_words)
        || label.chars().any(char::is_numeric)
        || value.chars().count() > rules::STAMP_MAX_CHARS
        || value.trim_end().ends_with(rules::SENTENCE_ENDS)
    {
        return false;
    }
    let (mut numbers, mut others) = (0, 0);
    for w in crate::text::words(value) {
        if w.chars().any(char::is_numeric) {
            numbers += 1;
        } else {
            others += 1;
        }
    }
    (numbers >= 2 && others <= 3) || (numbers == 1 && others == 1)
}

/// An advertising or affiliate disclosure over the story ("*Werbung.",
/// "Anzeige, enthält Affiliate Links", "This post contains references to
/// products from our advertisers"): named as one, or a short line set
/// apart (wholly emphasised, opened by a mark, or no sentence) that names
/// advertising. The words only support the shape.
fn is_disclosure(c: &mut Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    let len = c.live.len[id as usize];
    let named = |n: crate::dom::NodeId| c.page.names_have(n, rules::DISCLOSURE_NAMES);
    if named(id) || c.tree.ancestors(id).take(3).any(named) {
        return len <= rules::PROMO_MAX_CHARS * 2.0;
    }
    if len > rules::EDGE_PHRASE_MAX_CHARS {
        return false;
    }
    let t = c.kept_lower(id);
    if !rules::DISCLOSURE_WORDS.iter().any(|w| t.contains(w)) {
        return false;
    }
    // A line that says much of what the description says is the story's
    // lead, whatever word for advertising it holds ("광고 없이 독자와 직접
    // 만나는 1인 뉴스레터가 늘고 있다…": newsletters without ads).
    // (A line of a few words naming the product the description names is
    // the disclosure: "*Werbung für Plantur".)
    if crate::text::words(&t).count() >= rules::LEAD_MIN_WORDS
        && c.page
            .meta_excerpt
            .as_deref()
            .is_some_and(|d| crate::content::similarity(d, &t) >= rules::LEAD_DESCRIPTION_MIN_SHARE)
    {
        return false;
    }
    let set_apart = t.starts_with(['*', '(', '[', '（', '［'])
        || !t.trim_end().ends_with(rules::SENTENCE_ENDS)
        || super::edges::all_emphasised(c, id, &["em", "i", "small", "strong", "b"]);
    set_apart
}

/// A section label above the headline ("地域", "Politics"): a word or two,
/// no number, no sentence, not a heading of the story, before the title.
fn is_kicker(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    // Nodes are numbered in document order as the page is read.
    if c.page.title_heading.is_none_or(|t| id > t)
        || c.live.len[id as usize] > rules::KICKER_MAX_CHARS
        || matches!(c.tree.tag(id), "h2" | "h3" | "h4" | "h5" | "h6")
    {
        return false;
    }
    let t = crate::text::normalize_space(&c.kept_text(id));
    !t.chars().any(|ch| ch.is_ascii_digit())
        && !t.ends_with(rules::SENTENCE_ENDS)
        && !t.ends_with(':')
        && crate::text::stats(&t).words <= 3
}
