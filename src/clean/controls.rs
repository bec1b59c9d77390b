//! Control labels: one- to three-word blocks that are page controls or ad
//! slots, not prose ("Print", "Back to top", "Video", "Advertisement"),
//! links for sharing ("Share on Pinterest", "Partager sur Facebook"), and
//! lines linking to a place on the page the reader leaves out.

use super::{Cleaner, Rule};
use crate::dom::{NodeId, NONE};
use crate::rules;
use crate::text;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    links(c);
    jump_lines(c);
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        // Inside figures too: "Enlarge", "写真を見る".
        let Some(len) = c.short_block_in_figures(id) else {
            continue;
        };
        if len > rules::CONTROL_MAX_CHARS {
            continue;
        }
        let t = c.kept_lower(id);
        let bare = t.trim_end_matches(rules::LABEL_TRAILERS);
        // "- Publicidad -": the dashes a theme sets around its label.
        let inner = bare.trim_matches(|ch: char| !ch.is_alphanumeric());
        if rules::CONTROL_TEXTS.contains(&bare)
            || rules::AD_LABELS.contains(&bare)
            || rules::AD_LABELS.contains(&inner)
        {
            c.drop(id, Rule::ControlLabel);
            continue;
        }
        let heading = rules::is_heading(c.tree.tag(id));
        if !heading && (is_ad_notice(&t) || is_loading_notice(c, id) || is_loading_line(&t)) {
            c.drop(id, Rule::ControlLabel);
        }
    }
    ad_slot_labels(c);
    ad_break_notices(c);
    ad_markings(c);
    shop_buttons(c);
    sponsored_lines(c);
    sponsored_boxes(c);
}

/// The note a control's box sets beside its button ("Artikel vorlesen
/// lassen" over "Diese Audiofassung wurde automatisch … erzeugt", a
/// listen button's "read by a synthetic voice"): once the button is gone,
/// a short line with no link that is all the box holds besides it says
/// how the control works, not the story. A box with a picture (a figure's
/// zoom button beside its caption) is left alone.
pub(super) fn control_notes(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if c.out.drop[i]
            || c.is_root[i]
            || tree.element(id).is_none()
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::CONTROL_NOTE_MAX_CHARS
            || c.live.link_len[i] > 0.0
            || rules::is_heading(tree.tag(id))
            || c.in_tokens[i]
            || !matches!(tree.tag(id), "span" | "p" | "div" | "small")
        {
            continue;
        }
        // The box holds the note and one button, nothing more.
        let p = tree.node(id).parent;
        let mut others = tree.child_elements(p).filter(|&s| s != id);
        let (Some(b), None) = (others.next(), others.next()) else {
            continue;
        };
        if !tree.is(b, "button")
            || !c.out.drop[b as usize]
            || tree
                .descendants(id)
                .take(rules::STANDFIRST_MAX_NODES)
                .any(|d| matches!(tree.tag(d), "pre" | "code" | "kbd" | "samp"))
            || tree
                .children(p)
                .take(rules::STANDFIRST_MAX_NODES)
                .any(|t| tree.text(t).is_some_and(|t| !crate::text::is_blank(t)))
        {
            continue;
        }
        // A code block's header (its file name beside a copy button)
        // names the code below it.
        let next = tree.next_element(p);
        let heads_code = next != NONE
            && tree
                .descendants(next)
                .take(rules::STANDFIRST_MAX_NODES)
                .any(|d| matches!(tree.tag(d), "pre" | "code"));
        if !c.holds_media(p) && !heads_code {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// A box set into the story that opens with a sponsor's label of its own
/// ("Materiał sponsorowany", "Sponsorlu", "Anzeige": a line of a few words
/// naming a paid placement, [`rules::DISCLOSURE_WORDS`]) and links away
/// from the site or marks its link as paid (`rel=sponsored`): an
/// advertiser's pitch set like the story's paragraphs. It is a small part
/// of the story's text ([`rules::SPONSORED_BOX_MAX_CHARS`], at most a
/// third): a sponsored story's own label over its whole text is no box.
fn sponsored_boxes(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let total: f32 = c.out.roots.iter().map(|&r| c.live.len[r as usize]).sum();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let len = c.live.len[i];
        // Cheap tests first: this looks at every block of the story.
        if len == 0.0
            || len > rules::SPONSORED_BOX_MAX_CHARS
            || len * 3.0 > total
            || c.is_root[i]
            || c.out.drop[i]
            || !matches!(tree.tag(id), "div" | "aside" | "section")
        {
            continue;
        }
        // The label: the box's first element with words, all of them few.
        let Some(first) = c.first_worded_child(id) else {
            continue;
        };
        // A heading heads the story's own box ("The festival's sponsors"
        // over their links); a placement's label is a line.
        if c.live.len[first as usize] > rules::PROMO_LABEL_MAX_CHARS
            || rules::is_heading(tree.tag(first))
            || first_text_elsewhere(c, id, first)
        {
            continue;
        }
        let label = c.kept_lower(first);
        if text::stats(&label).words > rules::PROMO_LABEL_MAX_WORDS
            || !rules::DISCLOSURE_WORDS.iter().any(|w| label.contains(w))
            || c.dropped_above(id)
        {
            continue;
        }
        let paid = tree
            .descendants(id)
            .take(rules::APPEAL_BOX_MAX_NODES)
            .filter(|&d| tree.is(d, "a") && !c.out.drop[d as usize])
            .any(|a| {
                let href = tree.attr(a, "href").unwrap_or("");
                is_paid_link(tree, a)
                    || (!href.trim().is_empty()
                        && !href.trim().starts_with('#')
                        && !crate::url::same_site(href, c.page.host.as_deref())
                        && !crate::url::is_document(href))
            });
        if paid {
            c.drop(id, Rule::Promo);
        }
    }
}

/// Whether link `a` is marked as paid (`rel=sponsored`).
fn is_paid_link(tree: &crate::dom::Tree, a: NodeId) -> bool {
    tree.attr(a, "rel").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("sponsored"))
    })
}

/// Whether box `id` holds words before its first element with words,
/// `first`: text of its own that opens it, so `first` is no label over it.
fn first_text_elsewhere(c: &Cleaner<'_, '_>, id: NodeId, first: NodeId) -> bool {
    let tree = c.tree;
    tree.children(id)
        .take_while(|&k| k != first)
        .any(|k| tree.text(k).is_some_and(|t| !text::is_blank(t)))
}

/// A line whose links are all marked as paid (`rel=sponsored`), with a
/// label or a note beside them and no sentence ("Buy the ingredients
/// without leaving home: <a rel=sponsored>add everything to the cart</a>
/// (sponsored link)"): an affiliate's line set into a recipe or a review.
/// A sentence of the story that links a shop stays ("I bought mine at
/// <a rel=sponsored>the market</a>.").
fn sponsored_lines(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !matches!(tree.tag(id), "div" | "p" | "li")
            || c.out.drop[i]
            || c.is_root[i]
            || c.in_tokens[i]
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::PROMO_MAX_CHARS
            || c.live.link_len[i] < c.live.len[i] * rules::SPONSORED_LINE_MIN_LINK_SHARE
            || c.dropped_above(id)
        {
            continue;
        }
        let mut links = tree
            .descendants(id)
            .take(rules::SHOP_BUTTON_MAX_NODES)
            .filter(|&d| tree.is(d, "a") && !c.out.drop[d as usize])
            .peekable();
        if links.peek().is_none() {
            continue;
        }
        let paid = links.all(|a| is_paid_link(tree, a));
        if !paid {
            continue;
        }
        let t = text::normalize_space(&c.kept_text(id));
        if !t.ends_with(rules::SENTENCE_ENDS)
            && text::stats(&t).words <= rules::SPONSORED_LINE_MAX_WORDS
        {
            c.drop(id, Rule::ShopButton);
        }
    }
}

/// A shop's button: a short block whose links say a few words ("Buy now
/// at Amazon", "View Deal") and whose text outside them is prices only,
/// with a price in it or a link marked `rel=sponsored`. A product's name
/// and what the story says of it are words besides prices; a price in a
/// sentence is the story's. The box around a button goes with it when
/// what is left in it is a few words that end no sentence (a deal box's
/// "Today's best … deals" over its shops).
fn shop_buttons(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !matches!(tree.tag(id), "div" | "p" | "li" | "span")
            || c.out.drop[i]
            || c.is_root[i]
            || c.in_tokens[i]
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::SHOP_BUTTON_MAX_CHARS
            || c.live.link_len[i] == 0.0
            || c.dropped_above(id)
        {
            continue;
        }
        let (mut priced, mut sponsored, mut link_words) = (false, false, 0);
        let mut d = id;
        let mut only_prices = true;
        // A button is a few nodes: a bigger block (a wrapper around
        // dropped chrome, say) is not read through.
        let mut steps = 0;
        while d != NONE && only_prices && link_words <= rules::SHOP_BUTTON_MAX_WORDS {
            steps += 1;
            if steps > rules::SHOP_BUTTON_MAX_NODES {
                only_prices = false;
                break;
            }
            if c.out.drop[d as usize] && d != id {
                // A price another rule took for a header line still
                // prices the button.
                priced |= tree
                    .descendants(d)
                    .take(rules::SHOP_BUTTON_MAX_WORDS)
                    .filter_map(|x| tree.text(x))
                    .any(|t| t.split_whitespace().any(is_price));
                d = tree.next_skipping_children(id, d);
                continue;
            }
            if tree.is(d, "a") {
                sponsored |= is_paid_link(tree, d);
                let t = c.kept_text(d);
                priced |= t.split_whitespace().any(is_price);
                link_words += t.split_whitespace().filter(|w| !is_price(w)).count();
                d = tree.next_skipping_children(id, d);
                continue;
            }
            if let Some(t) = tree.text(d) {
                for w in t.split_whitespace() {
                    if is_price(w) {
                        priced = true;
                    } else if w.chars().any(char::is_alphanumeric) {
                        only_prices = false;
                    }
                }
            }
            d = tree.next_in(id, d);
        }
        if !(only_prices
            && (priced || sponsored)
            && (1..=rules::SHOP_BUTTON_MAX_WORDS).contains(&link_words))
        {
            continue;
        }
        // The deal box around it, when nothing of substance is left.
        let parent = tree.node(id).parent;
        c.drop(id, Rule::ShopButton);
        if parent != NONE && !c.is_root[parent as usize] && !c.out.drop[parent as usize] {
            let rest = text::normalize_space(&c.kept_text(parent));
            if !rest.is_empty()
                && text::stats(&rest).words <= rules::SHOP_BUTTON_MAX_WORDS + 2
                && !rest.ends_with(rules::SENTENCE_ENDS)
            {
                c.drop(parent, Rule::ShopButton);
            }
        }
    }
}

/// Whether word `w` is a price: a currency sign and digits ("$24.99",
/// "€19,99", "1.299€", "¥3,980").
fn is_price(w: &str) -> bool {
    let w = w.trim_matches(|ch: char| matches!(ch, '(' | ')' | ',' | ';' | ':' | '*'));
    w.chars().any(|ch| ch.is_ascii_digit())
        && w.chars().any(|ch| rules::CURRENCY_SIGNS.contains(ch))
        && w.chars().all(|ch| {
            ch.is_ascii_digit()
                || matches!(ch, '.' | ',' | '\'' | '-')
                || rules::CURRENCY_SIGNS.contains(ch)
                || ch.is_ascii_uppercase()
        })
}

/// Whether `w` (lower-case) is an ad's label or the word for an ad.
fn is_ad_word(w: &str) -> bool {
    rules::AD_LABELS.contains(&w) || rules::AD_WORDS.contains(&w)
}

/// An ad's legal marking, left when the ad's own link went: the label,
/// a full stop or colon, then who advertises, with a registry or tax
/// number ("Реклама. ИП Горбунов А. В., ИНН 590500112233. erid: 2Vtz…"),
/// as advertising law asks of every ad in some countries. A short line;
/// the number (ten digits or more, or an "erid" token) tells it from a
/// sentence that opens with the word.
fn ad_markings(c: &mut Cleaner<'_, '_>) {
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !matches!(c.tree.tag(id), "div" | "p" | "small" | "li")
            || c.out.drop[i]
            || c.is_root[i]
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::EDGE_PHRASE_MAX_CHARS
            || c.dropped_above(id)
        {
            continue;
        }
        // The label opens the line: its first words, read first, say
        // whether the rest is worth reading.
        let opens = c
            .kept_texts(id)
            .find(|t| !text::is_blank(t))
            .is_some_and(|t| {
                let t = t.trim_start();
                // The label's mark within its first few characters, or no
                // label: most lines are not read further.
                t.char_indices()
                    .take(rules::AD_LABEL_MAX_CHARS)
                    .find(|&(_, ch)| ch == '.' || ch == ':')
                    .is_some_and(|(at, _)| is_ad_word(text::lower(&t[..at]).trim()))
            });
        if !opens {
            continue;
        }
        let t = c.kept_lower(id);
        let mut run = 0;
        let mut long_number = false;
        for ch in t.chars() {
            run = if ch.is_ascii_digit() { run + 1 } else { 0 };
            long_number = long_number || run >= rules::AD_MARKING_MIN_DIGITS;
        }
        if long_number || t.contains("erid") {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// A line of short links above the story's first paragraph that jump to
/// a place further down the page, with at most a "Print" link beside them
/// and marks between ("Zum Rezept springen", "Saltar a la receta ·
/// Imprimir receta", "Jump to comments"): the page's own navigation, which
/// the reader's header and contents replace. Each link is a few words
/// ([`rules::BUTTON_MAX_WORDS`]); the line holds no words outside them.
fn jump_lines(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    // Each line is judged once, from its first link.
    let mut judged = crate::dom::NONE;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        // Only above the story's first paragraph of prose.
        if tree.is(id, "p")
            && c.live.len[i] >= rules::PROSE_MIN_CHARS
            && !c.out.drop[i]
            && !c.dropped_above(id)
        {
            return;
        }
        if !tree.is(id, "a") || !c.live_link(id) {
            continue;
        }
        let href = tree.attr(id, "href").unwrap_or("").trim();
        if href.len() < 2 || !href.starts_with('#') {
            continue;
        }
        // The nearest block around the link, or the link itself when it
        // stands in the body's root.
        let line = tree
            .ancestors(id)
            .take(3)
            .take_while(|&a| !c.is_root[a as usize])
            .find(|&a| super::is_blockish(tree.tag(a)))
            .unwrap_or(id);
        // A list of such links is a table of contents, the rules'
        // for dead anchors to judge.
        if line == judged
            || c.out.drop[line as usize]
            || tree
                .ancestors(id)
                .take(4)
                .any(|a| matches!(tree.tag(a), "li" | "ul" | "ol"))
        {
            continue;
        }
        judged = line;
        if is_jump_line(c, line) {
            c.drop(line, Rule::ControlLabel);
        }
    }
}

/// Whether `line` holds only short links ([`rules::BUTTON_MAX_WORDS`]
/// each) and marks: no word outside its links, the dropped ones aside.
/// One bounded walk ([`rules::APPEAL_BOX_MAX_NODES`]); a longer line is
/// not one.
fn is_jump_line(c: &Cleaner<'_, '_>, line: NodeId) -> bool {
    let tree = c.tree;
    let short =
        |a: NodeId| crate::text::stats(&tree.text_content(a)).words <= rules::BUTTON_MAX_WORDS;
    if tree.is(line, "a") {
        return short(line);
    }
    let mut d = tree.node(line).first_child;
    let mut seen = 0;
    while d != crate::dom::NONE {
        seen += 1;
        if seen > rules::APPEAL_BOX_MAX_NODES {
            return false;
        }
        if c.out.drop[d as usize] || tree.is(d, "a") {
            if tree.is(d, "a") && !c.out.drop[d as usize] && !short(d) {
                return false;
            }
            d = tree.next_skipping_children(line, d);
            continue;
        }
        if tree
            .text(d)
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
        {
            return false;
        }
        d = tree.next_in(line, d);
    }
    true
}

/// The word a page sets over an ad slot, in any language ("Tangazo",
/// "বিজ্ঞাপন", "פרסומת", "- โฆษณา -"): a label of a word or two, with no
/// digit and no link, that is all the text of a box named as an ad (the
/// block itself or a wrapper that holds nothing more) or of a box around
/// an empty ad slot. Not a line beside a slot: a short subheading may be.
/// The words of [`rules::AD_LABELS`] need no slot; this finds the ones no
/// list holds.
fn ad_slot_labels(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let Some(len) = c.short_block(id) else {
            continue;
        };
        if len > rules::AD_SLOT_LABEL_MAX_CHARS || c.live.link_len[id as usize] > 0.0 {
            continue;
        }
        let t = c.kept_lower(id);
        let t = t.trim_matches(|ch: char| !ch.is_alphanumeric());
        if t.is_empty()
            || crate::text::stats(t).words > rules::AD_SLOT_LABEL_MAX_WORDS
            || t.chars().any(char::is_numeric)
        {
            continue;
        }
        let mut boxes = std::iter::once(id).chain(
            tree.ancestors(id)
                .take(rules::AD_BOX_MAX_DEPTH)
                .take_while(|&a| !c.is_root[a as usize] && c.live.len[a as usize] <= len),
        );
        let slot = boxes
            .any(|b| is_ad_named(c, b) || tree.child_elements(b).any(|ch| is_empty_ad_slot(c, ch)));
        if slot {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// A box named as an ad with no words in it: the slot a script fills.
fn is_empty_ad_slot(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    c.live.len[id as usize] == 0.0 && is_ad_named(c, id)
}

/// The few words a page sets beside an ad slot in the story to say the
/// story goes on: "Haberin Devamı", "請繼續往下閱讀...", "SCROLL TO
/// CONTINUE WITH CONTENT". Known by where they sit: inside a box named as
/// an ad, or right beside an ad slot (a box named as an ad with no words
/// left, or an ad label this rule set dropped); the word for "continue"
/// ([`rules::CONTINUE_WORDS`]) only confirms it. A line, not a sentence,
/// with no link and no heading.
fn ad_break_notices(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let Some(len) = c.short_block(id) else {
            continue;
        };
        if len > rules::AD_BOX_MAX_CHARS
            || c.live.link_len[id as usize] > 0.0
            || rules::is_heading(tree.tag(id))
            || (len > rules::CONTROL_MAX_CHARS && !labelled_slot_box(c, id))
        {
            continue;
        }
        let t = c.kept_lower(id);
        let t = t.trim_end_matches(['.', '…']);
        if t.ends_with(rules::SENTENCE_ENDS) {
            continue;
        }
        // The slot's own box: its label, the empty slot and its notice,
        // whatever the notice says.
        if labelled_slot_box(c, id) {
            c.drop(id, Rule::ControlLabel);
            continue;
        }
        if len > rules::CONTROL_MAX_CHARS
            || !rules::CONTINUE_WORDS.iter().any(|w| text::contains(t, w))
        {
            continue;
        }
        // The block and its wrappers that hold nothing more.
        let mut outer = id;
        let mut in_ad_box = is_ad_named(c, id);
        for a in tree.ancestors(id).take(rules::AD_BOX_MAX_DEPTH) {
            if c.is_root[a as usize] {
                break;
            }
            in_ad_box |= is_ad_named(c, a);
            if c.live.len[a as usize] <= len {
                outer = a;
            }
        }
        if in_ad_box
            || [beside(c, outer, false), beside(c, outer, true)]
                .into_iter()
                .flatten()
                .any(|s| is_ad_slot(c, s))
        {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// A box that is an ad slot by what it holds: it opens with the ad's
/// label, a piece of its own ("Anzeige", "REKLAM", "ADVERTISEMENT" as a
/// text or an element of the box), and holds an empty element, the slot a
/// script fills ("<div style=height:250px>", `<amp-ad>`); the rest is its
/// notice. Its name may say nothing ("css-4a1ptk", "reklam-alani").
fn labelled_slot_box(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let mut labelled = false;
    let mut ch = tree.node(id).first_child;
    while ch != NONE {
        let i = ch as usize;
        let next = tree.node(ch).next;
        if let Some(t) = tree.text(ch) {
            if !text::is_blank(t) {
                if labelled {
                    // The notice after the label: the slot may follow.
                } else if !is_ad_label(t) {
                    return false;
                } else {
                    labelled = true;
                }
            }
        } else if tree.element(ch).is_some() {
            if !labelled {
                // The first piece, as the page wrote it: the label may be
                // dropped already, as the label of the slot beside it.
                if !c.out.drop[i] && c.live.len[i] > rules::AD_LABEL_MAX_CHARS as f32 {
                    return false;
                }
                let t = if c.out.drop[i] {
                    tree.text_content(ch)
                } else {
                    c.kept_text(ch)
                };
                if text::is_blank(&t) {
                    // An empty box before the label: not this shape.
                    return false;
                }
                if !is_ad_label(&t) {
                    return false;
                }
                labelled = true;
            } else if !c.out.drop[i]
                && c.live.len[i] == 0.0
                && !tree
                    .descendants(ch)
                    .take(rules::FIGURE_MAX_NODES as usize)
                    .any(|d| matches!(tree.tag(d), "img" | "picture" | "video" | "iframe"))
            {
                return true;
            }
        }
        ch = next;
    }
    false
}

/// Whether `t` is an ad's label alone ("Anzeige", "- IKLAN -").
fn is_ad_label(t: &str) -> bool {
    // Bytes: a label of a few letters in any script.
    if t.trim().len() > rules::AD_LABEL_MAX_CHARS * 4 {
        return false;
    }
    let t = text::lower(t);
    let w = t.trim_matches(|ch: char| !ch.is_alphanumeric());
    rules::AD_WORDS.contains(&w) || (w != "ad" && w != "pub" && rules::AD_LABELS.contains(&w))
}

/// Whether `id`'s class or id has an ad's name as a whole part ("ad",
/// "ads", "adv": "ad_in_content", "medyanet-inline-adv").
fn is_ad_named(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    crate::content::has_name_part(c.page.names(id), rules::AD_SLOT_PARTS)
        || c.tree.attr(id, "class").is_some_and(camel_ad_part)
}

/// A class whose camel-case part names an ad, as CSS modules and
/// component libraries write them: "GoogleDfpAd", "AdSlot_wrap__dQ2fL".
fn camel_ad_part(class: &str) -> bool {
    class
        .split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '_')
        .any(|part| {
            let b = part.as_bytes();
            // Each hump opens with a capital: "Ad" then a capital or the end.
            (0..b.len()).any(|i| {
                b[i] == b'A'
                    && b.get(i + 1) == Some(&b'd')
                    && (i == 0 || b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit())
                    && b.get(i + 2)
                        .is_none_or(|n| n.is_ascii_uppercase() || *n == b's')
                    && (b.get(i + 2) != Some(&b's')
                        || b.get(i + 3).is_none_or(|n| n.is_ascii_uppercase()))
            })
        })
}

/// An ad slot: its label dropped as one, or a box named as an ad that has
/// no words left.
fn is_ad_slot(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let i = id as usize;
    (c.out.drop[i] && c.out.why[i] == Rule::ControlLabel) || is_empty_ad_slot(c, id)
}

/// The element next to `id` among its siblings, after it or before it,
/// past blank text; `None` when text comes first.
fn beside(c: &Cleaner<'_, '_>, id: NodeId, after: bool) -> Option<NodeId> {
    let tree = c.tree;
    let step = |n: NodeId| {
        let node = tree.node(n);
        if after {
            node.next
        } else {
            node.prev
        }
    };
    let mut s = step(id);
    while s != crate::dom::NONE && tree.element(s).is_none() {
        if tree.text(s).is_some_and(|t| !text::is_blank(t)) {
            return None;
        }
        s = step(s);
    }
    (s != crate::dom::NONE).then_some(s)
}

/// What a page shows while a script fetches more ("Lade weitere Inhalte
/// ...", "正在加载..."), in any language: a few words in a box named as a
/// loading indicator ("loading", "loader", "spinner"), the block itself or
/// one of its two nearest wrappers. The box holds those few words only (a
/// wrapper whose state is "loading" holds more) and no picture (a
/// lazy-loading image's wrapper is named so too).
fn is_loading_notice(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(c.tree.ancestors(id))
        .take(3)
        .take_while(|&a| {
            !c.is_root[a as usize] && c.live.len[a as usize] <= rules::CONTROL_MAX_CHARS
        })
        .any(|a| c.page.names_have(a, rules::LOADING_NAMES) && !c.holds_media(a))
}

/// A placeholder's words left in the page as the server sent it, before
/// a script filled the place in: a loading word, at most a few more, and
/// an ellipsis ("Loading related story…", "Cargando comentarios...").
fn is_loading_line(t: &str) -> bool {
    let t = t.trim();
    let Some(rest) = t.strip_suffix('…').or_else(|| t.strip_suffix("...")) else {
        return false;
    };
    crate::text::stats(rest).words <= rules::LOADING_LINE_MAX_WORDS
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|w| rules::LOADING_WORDS.contains(&w))
}

/// A few words around an ad slot's label, alone on their line: "Story
/// continues below advertisement", "Advertisement - scroll to continue",
/// "Anzeige – Weiterlesen". The label opens or closes the line, and the
/// line is not a sentence ("Advertising works." is one).
fn is_ad_notice(t: &str) -> bool {
    let t = t.trim();
    if crate::text::stats(t).words > rules::AD_NOTICE_MAX_WORDS
        || t.ends_with(['.', '!', '?', '。'])
    {
        return false;
    }
    let is_label = |w: &str| {
        let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
        rules::AD_WORDS.contains(&w)
    };
    // Marks around the label ("- Publicidad -") are not words.
    let mut words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric));
    let first = words.next().is_some_and(is_label);
    first || words.next_back().is_some_and(is_label)
}

/// A link or button whose whole text is a control label ("Vollbild",
/// "Weiter", "Close"): a control, wherever it sits.
fn links(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !c.live_link(id) {
            continue;
        }
        // A link to a place in the article ("Back" from a footnote) works
        // in the reader; "#" and "#top" do nothing there.
        let href = tree.attr(id, "href").unwrap_or("").trim();
        if href.starts_with('#') && !matches!(href, "#" | "#top") {
            continue;
        }
        let len = c.live.len[i];
        if len == 0.0 || len > rules::CONTROL_MAX_CHARS {
            continue;
        }
        let t = c.kept_lower(id);
        let bare = t.trim_end_matches(rules::LABEL_TRAILERS);
        if rules::CONTROL_TEXTS.contains(&bare) {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// Lines that are one link to a place on this page the reader does not
/// show ("Kommentare lesen und schreiben" to `#comments`, "Zurück zum
/// Inhaltsverzeichnis" to a contents box left out): they lead nowhere in
/// the reader. The place is the element with that id (or an `<a name>`),
/// and the reader shows it when it sits in the article and is kept. Run
/// after the other rules, so that a contents box they leave out goes
/// whole, and a line is judged against what the article kept. One walk
/// over the page finds every place.
pub(super) fn dead_anchors(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let mut anchors: Vec<(NodeId, &str)> = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if !c.live_link(id) {
            continue;
        }
        let href = tree.attr(id, "href").unwrap_or("").trim();
        let Some(frag) = href.strip_prefix('#') else {
            continue;
        };
        // An escaped place ("#caf%C3%A9") is compared as the page wrote
        // its id only when it needs no unescaping: such a link is left be.
        if frag.is_empty() || frag == "top" || frag.contains('%') {
            continue;
        }
        if let Some(line) = alone_on_its_line(c, id) {
            anchors.push((line, frag));
        }
    }
    if anchors.is_empty() {
        return;
    }
    // Sorted by place, so that each id on the page is looked up, not
    // compared with every link (a long contents box has hundreds).
    anchors.sort_unstable_by(|a, b| a.1.cmp(b.1));
    let mut shown = vec![false; anchors.len()];
    for id in 0..tree.nodes.len() as NodeId {
        let Some(e) = tree.element(id) else {
            continue;
        };
        let Some(name) = e
            .attr("id")
            .or_else(|| e.is("a").then(|| e.attr("name")).flatten())
        else {
            continue;
        };
        let from = anchors.partition_point(|a| a.1 < name);
        let to = from + anchors[from..].partition_point(|a| a.1 == name);
        if from < to && !shown[from] && is_shown(c, id) {
            shown[from..to].fill(true);
        }
    }
    for (k, &(line, _)) in anchors.iter().enumerate() {
        if !shown[k] && !c.out.drop[line as usize] && !c.dropped_above(line) {
            c.drop(line, Rule::ControlLabel);
        }
    }
}

/// The line that link `a` is alone on, when it is short (at most
/// [`rules::ANCHOR_LINE_MAX_CHARS`]): the block whose text is all the
/// link's, or the link itself between line breaks or blocks. Never a
/// heading, nor a mark inside a sentence.
fn alone_on_its_line(c: &Cleaner<'_, '_>, a: NodeId) -> Option<NodeId> {
    let tree = c.tree;
    let len = c.live.len[a as usize];
    if len <= 0.0 || len > rules::ANCHOR_LINE_MAX_CHARS {
        return None;
    }
    let block = tree
        .ancestors(a)
        .take(4)
        .take_while(|&up| !c.is_root[up as usize] && c.live.len[up as usize] <= len)
        .find(|&up| super::is_blockish(tree.tag(up)) && !matches!(tree.tag(up), "span" | "strong"));
    // A heading whose words link back to a contents box is still the
    // section's heading.
    if tree
        .ancestors(a)
        .take(4)
        .any(|up| rules::is_heading(tree.tag(up)))
    {
        return None;
    }
    // Or the link (with the inline wrappers that hold only it) stands
    // between line breaks or blocks in a larger box ("<br><br><a
    // href=#comments>...</a>").
    block.or_else(|| {
        let outer = tree
            .ancestors(a)
            .take(4)
            .take_while(|&up| {
                !c.is_root[up as usize]
                    && c.live.len[up as usize] <= len
                    && rules::is_phrasing(tree.tag(up))
            })
            .last()
            .unwrap_or(a);
        (ends_line(c, outer, true) && ends_line(c, outer, false)).then_some(outer)
    })
}

/// Whether what comes before (`back`) or after `id` among its siblings,
/// blank text and scripts aside, ends a line: nothing, a `<br>` or a block.
fn ends_line(c: &Cleaner<'_, '_>, id: NodeId, back: bool) -> bool {
    let tree = c.tree;
    let step = |n: NodeId| {
        if back {
            tree.node(n).prev
        } else {
            tree.node(n).next
        }
    };
    let mut s = step(id);
    while s != crate::dom::NONE
        && (tree.text(s).is_some_and(text::is_blank)
            || matches!(tree.tag(s), "script" | "style" | "template" | "noscript"))
    {
        s = step(s);
    }
    s == crate::dom::NONE
        || tree.is(s, "br")
        || (tree.element(s).is_some() && !rules::is_phrasing(tree.tag(s)))
}

/// Whether `id` is in the article as it stands: under one of the roots,
/// with nothing on the way dropped.
fn is_shown(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    for a in std::iter::once(id).chain(c.tree.ancestors(id)) {
        if c.out.drop[a as usize] {
            return false;
        }
        if c.is_root[a as usize] {
            return true;
        }
    }
    false
}

/// Links of a few words that name a social network and a verb for sharing
/// or following ("Share on Pinterest" in a caption, "Partager sur
/// Facebook" on a line of its own), and links of any words to a network's
/// sharing endpoint ([`is_share_intent`]). Run after the containers are judged,
/// so that a figure's wrapper is judged with the words it showed.
pub(super) fn share_links(c: &mut Cleaner<'_, '_>) {
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if !c.live_link(id) {
            continue;
        }
        let len = c.live.len[id as usize];
        if len == 0.0 || len > 2.0 * rules::CONTROL_MAX_CHARS {
            continue;
        }
        let intent = c.tree.attr(id, "href").is_some_and(is_share_intent);
        if intent || (len <= rules::CONTROL_MAX_CHARS && is_share_link(&c.kept_lower(id))) {
            c.drop(id, Rule::ShareWidget);
        }
    }
}

/// Whether `href` asks a network to share the page, whatever the link
/// says ("¡Guárdala en Pinterest!" to `pinterest.es/pin/create/…`,
/// `facebook.com/sharer.php?u=…`, `wa.me/?text=…`): the host is a network's
/// ([`rules::FOLLOW_HOSTS`], under any country domain) and the path one of
/// its sharing endpoints ([`rules::SHARE_PATHS`]).
fn is_share_intent(href: &str) -> bool {
    let Some(host) = crate::url::link_host(href) else {
        return false;
    };
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let network = rules::FOLLOW_HOSTS.iter().any(|h| {
        // "pinterest.com" also as "pinterest.es" or "pinterest.co.uk".
        let name = h.split('.').next().unwrap_or(h);
        let country = host
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|tld| match tld.split_once('.') {
                None => tld.len() <= 3,
                Some((second, top)) => matches!(second, "co" | "com") && top.len() <= 3,
            });
        super::edges::is_host_of(host, h) || country
    });
    network && {
        let lower = crate::text::lower(href);
        rules::SHARE_PATHS.iter().any(|p| lower.contains(p))
    }
}

/// A link of a few words that names a social network and a verb for
/// sharing or following ("Share on Pinterest", "Partager sur Facebook",
/// "Auf WhatsApp teilen"): a sharing control, even inside a caption. A
/// story's link to a post ("on Twitter") names no such verb.
fn is_share_link(t: &str) -> bool {
    let words: Vec<&str> = crate::text::words(t).collect();
    if words.len() < 2 || words.len() > rules::SHARE_LINK_MAX_WORDS {
        return false;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(rules::SOCIAL_NETWORKS) && has(rules::SHARE_VERBS)
}
