//! Promos for other stories inside the body: a block opening with a label
//! such as "Read more" or "Lesen Sie auch", and the list a label heading
//! introduces; a paragraph, heading or quote that is one link into the
//! site with at most a short label; lists and `<article>` runs of teasers;
//! author boxes; labels left introducing nothing once their links went.

use super::{Cleaner, Rule};
use crate::dom::{NodeId, NONE};
use crate::rules;
use crate::text;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    labelled(c);
    channel_invites(c);
    channel_lines(c);
    super::edges::appeals_between(c);
    super::edges::invitations_between(c);
    let mut found = link_blocks(c);
    line_promos(c);
    found.extend(link_lists(c));
    found.extend(teasers(c));
    cards_and_labels(c, &found);
    dangling_labels(c);
}

/// A short box the page names for a network ("whatsapp-promo",
/// "telegram-cta") that links to a channel or profile on one (not to a
/// post): an invitation to follow the site there, wherever it sits in the
/// body and whatever its words ("Stay informed. Join our WhatsApp channel
/// for breaking news."). A box holding a quote, a picture or a player is
/// an embedded post, which links its author's page as well.
fn channel_invites(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !matches!(tree.tag(id), "p" | "div" | "aside" | "section")
            || c.is_root[i]
            || c.out.drop[i]
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::EDGE_PHRASE_MAX_CHARS
            || !c.page.names_have(id, rules::NETWORK_NAMES)
            || c.dropped_above(id)
        {
            continue;
        }
        // An embedded post ("fb-post" around a quote that ends "Posted by
        // <a>the page</a>") links its author's page too: it is a source.
        let mut invites = false;
        for d in tree.descendants(id).take(rules::APPEAL_BOX_MAX_NODES) {
            match tree.tag(d) {
                "blockquote" | "iframe" | "video" | "img" => {
                    invites = false;
                    break;
                }
                "a" => {
                    invites = invites
                        || !c.out.drop[d as usize]
                            && tree
                                .attr(d, "href")
                                .is_some_and(super::edges::is_follow_link);
                }
                _ => {}
            }
        }
        if invites {
            c.drop(id, Rule::Promo);
        }
    }
}

/// A short line in bold between the story's paragraphs that names a
/// network and either the site or nothing but a symbol before its words
/// ("📲 Participe do canal do g1 PE no WhatsApp", "לכל העדכונים, הצטרפו
/// לערוץ הטלגרם של מעריב"): the site's invitation to its channel, link or
/// not. A bold line that ends a sentence is the story's.
fn channel_lines(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !matches!(tree.tag(id), "p" | "div")
            || c.is_root[i]
            || c.out.drop[i]
            || c.live.len[i] == 0.0
            || c.live.len[i] > rules::EDGE_PHRASE_MAX_CHARS
            || c.dropped_above(id)
            || !super::edges::all_emphasised(c, id, &["strong", "b"])
        {
            continue;
        }
        let raw = text::normalize_space(&c.kept_text(id));
        if raw.ends_with(rules::SENTENCE_ENDS) {
            continue;
        }
        let t = text::lower(&raw);
        let symbol_first = raw.chars().next().is_some_and(|ch| !ch.is_alphanumeric());
        if super::edges::names_network(&t) && (symbol_first || super::edges::names_site(c, &t)) {
            c.drop(id, Rule::Promo);
        }
    }
}

/// A short label whose next sibling, the links it introduced, was left out
/// ("Related Coverage" over a list of headlines named as chrome): the
/// label introduces nothing now. Only a block of links counts: a heading
/// over a dropped ad slot still introduces the prose after it.
fn dangling_labels(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let heading = matches!(tree.tag(id), "h2" | "h3" | "h4" | "h5" | "h6");
        if c.in_tokens[i] || !(heading || matches!(tree.tag(id), "p" | "div" | "section")) {
            continue;
        }
        let Some(len) = c.short_block(id) else {
            continue;
        };
        if len > rules::PROMO_LABEL_MAX_CHARS || c.live.link_len[i] > 0.0 || !is_label(c, id) {
            continue;
        }
        let mut next = tree.node(id).next;
        while next != NONE && tree.text(next).is_some_and(|t| t.trim().is_empty()) {
            next = tree.node(next).next;
        }
        if next == NONE || tree.element(next).is_none() || !c.out.drop[next as usize] {
            continue;
        }
        // A heading over a section that goes on after the links (a
        // "Main article" line under "Etymology") still heads its prose;
        // a promo's own label ("Related", "Read more") heads none.
        if heading && section_goes_on(c, next) && !names_promo(c, id) {
            continue;
        }
        if mostly_links(c, next) {
            c.drop(id, Rule::DanglingLabel);
        }
    }
}

/// Whether the text of label `id` is a promo's label: one of
/// [`rules::RELATED_LABELS`] ("Related", "関連記事") whole, or opening with
/// one of [`rules::PROMO_LABELS`] ("Read more", "Lesen Sie auch").
fn names_promo(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let t = c.kept_lower(id);
    let t = t.trim().trim_end_matches(rules::LABEL_TRAILERS);
    rules::RELATED_LABELS.contains(&t) || rules::PROMO_LABELS.iter().any(|l| t.starts_with(l))
}

/// Whether kept text follows `id` among its siblings before the next
/// heading.
fn section_goes_on(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let mut s = tree.node(id).next;
    while s != NONE {
        if rules::is_heading(tree.tag(s)) {
            return false;
        }
        let i = s as usize;
        if !c.out.drop[i]
            && (tree.element(s).is_some() && c.live.len[i] > 0.0
                || tree.text(s).is_some_and(|t| !t.trim().is_empty()))
        {
            return true;
        }
        s = tree.node(s).next;
    }
    false
}

/// Whether most of the text under `id` (as the page has it, dropped or
/// not) is link text. Looks at a bounded number of nodes.
fn mostly_links(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let (mut all, mut linked) = (0usize, 0usize);
    let mut budget = rules::FIGURE_MAX_NODES;
    let mut d = tree.node(id).first_child;
    while d != NONE {
        budget = budget.saturating_sub(1);
        if budget == 0 {
            break;
        }
        if tree.is(d, "a") {
            // The link's text, counted here; its subtree is then skipped.
            for x in tree.descendants(d) {
                budget = budget.saturating_sub(1);
                if budget == 0 {
                    break;
                }
                let n = tree.text(x).map_or(0, |t| t.trim().chars().count());
                all += n;
                linked += n;
            }
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if let Some(t) = tree.text(d) {
            all += t.trim().chars().count();
        }
        d = tree.next_in(id, d);
    }
    all > 0 && linked * 2 > all
}

/// Teasers for other stories: an `<article>` inside the article whose
/// heading is a link into the site (a headline, a line of text, a share
/// bar), such as the "you may like" run under a short post. The story's
/// own heading is not a link to another page.
fn teasers(c: &mut Cleaner<'_, '_>) -> Vec<NodeId> {
    let tree = c.tree;
    let total: f32 = c.out.roots.iter().map(|&r| c.live.len[r as usize]).sum();
    let mut candidates = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        // A root too: sibling teasers may be joined to the story's block
        // by their score. Not the article holding the page's headline.
        if !tree.is(id, "article") || c.out.drop[i] || c.dropped_above(id) {
            continue;
        }
        if c.page
            .title_heading
            .is_some_and(|h| tree.ancestors(h).any(|a| a == id))
        {
            continue;
        }
        if c.live.len[i] > rules::PROMO_MAX_CHARS * 2.0 {
            continue;
        }
        // The heading as the page shows it, whether or not a rule has
        // already left it out (a teaser's title named "related-post-title"
        // goes by its name, and its excerpt must still be known as one).
        let linked_heading = tree.descendants(id).any(|h| {
            if !matches!(tree.tag(h), "h2" | "h3" | "h4" | "h5" | "h6")
                || c.page.invisible[h as usize]
            {
                return false;
            }
            let len = c.page.prose_len(h);
            len > 0
                && tree.descendants(h).any(|a| {
                    tree.is(a, "a")
                        && crate::url::same_site(
                            tree.attr(a, "href").unwrap_or(""),
                            c.page.host.as_deref(),
                        )
                        && c.page.prose_len(a) as f32 >= len as f32 * 0.9
                })
        });
        if linked_heading {
            candidates.push(id);
        }
    }
    // A run of them beside a story: one linked article alone may be the
    // post itself, its title a permalink; and a story must remain.
    let teaser_len: f32 = candidates.iter().map(|&t| c.live.len[t as usize]).sum();
    let teaser_links: f32 = candidates
        .iter()
        .map(|&t| c.live.link_len[t as usize])
        .sum();
    let links: f32 = c
        .out
        .roots
        .iter()
        .map(|&r| c.live.link_len[r as usize])
        .sum();
    let (rest, rest_links) = (total - teaser_len, links - teaser_links);
    if candidates.len() < 2
        || (candidates.len() < 3 && teaser_len > total * 0.5)
        || rest < rules::PROSE_MIN_CHARS
        || rest_links > rest * 0.5
    {
        return Vec::new();
    }
    for &t in &candidates {
        c.drop(t, Rule::Promo);
    }
    candidates
}

/// Around each promo found by structure: the card that holds it (its
/// thumbnail, its "あわせて読みたい" label) and a short label just before
/// it ("Baca juga:", "관련기사") go with it.
fn cards_and_labels(c: &mut Cleaner<'_, '_>, found: &[NodeId]) {
    let tree = c.tree;
    for &p in found {
        let mut top = p;
        loop {
            let parent = tree.node(top).parent;
            if parent == NONE
                || c.is_root[parent as usize]
                || c.out.drop[parent as usize]
                || !(is_label(c, parent) || is_cut_excerpt(c, parent))
            {
                break;
            }
            c.drop(parent, Rule::Promo);
            top = parent;
        }
        let mut prev = tree.node(top).prev;
        while prev != NONE && tree.text(prev).is_some_and(|t| t.trim().is_empty()) {
            prev = tree.node(prev).prev;
        }
        if prev != NONE
            && tree.element(prev).is_some()
            && !c.is_root[prev as usize]
            && !c.out.drop[prev as usize]
            && c.live.len[prev as usize] > 0.0
            && c.live.link_len[prev as usize] == 0.0
            && is_label(c, prev)
        {
            c.drop(prev, Rule::Promo);
        }
    }
}

/// A teaser's excerpt cut short ("フォロワーが半年間ほとんど増えなかった
/// 時期に…", "The council met on…"): a short text that ends in an
/// ellipsis, beside the promo's link in its card.
fn is_cut_excerpt(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    if c.live.len[id as usize] > rules::TEASER_LABEL_MAX_CHARS {
        return false;
    }
    let t = text::normalize_space(&c.kept_text(id));
    t.ends_with('…') || t.ends_with("...")
}

/// A few words that end no sentence: a label, not prose.
fn is_label(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    if c.live.len[id as usize] > rules::PROMO_LABEL_MAX_CHARS {
        return false;
    }
    let t = text::normalize_space(&c.kept_text(id));
    !t.ends_with(rules::SENTENCE_ENDS)
}

/// A list whose every item is one headline link into this site: a list of
/// other stories ("li > a" teasers), not a list the article makes. One
/// such item alone between paragraphs is a teaser too.
fn link_lists(c: &mut Cleaner<'_, '_>) -> Vec<NodeId> {
    let tree = c.tree;
    let mut found = Vec::new();
    // Other stories sit beside this one: a list holding most of the text
    // is the page itself (a front page), for the link-density check to
    // judge.
    let total: f32 = c.out.roots.iter().map(|&r| c.live.len[r as usize]).sum();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !(tree.is(id, "ul") || tree.is(id, "ol")) || c.is_root[i] || c.in_tokens[i] {
            continue;
        }
        if c.dropped_above(id) || c.out.drop[i] {
            continue;
        }
        let len = c.live.len[i];
        if len == 0.0
            || c.live.link_len[i] < len * rules::PROMO_LIST_LINK_SHARE
            || len > total * 0.5
        {
            continue;
        }
        let mut items = 0;
        let all = tree.child_elements(id).all(|li| {
            if c.out.drop[li as usize] || c.live.len[li as usize] == 0.0 {
                return true;
            }
            items += 1;
            tree.is(li, "li") && is_promo_link_block(c, li, false)
        });
        if all && items >= 1 {
            c.drop(id, Rule::PromoList);
            found.push(id);
        }
    }
    found
}

/// Blocks that open with a promo label ("Read more", "Lesen Sie auch"),
/// and the list a label heading introduces.
fn labelled(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let mut drop_next_list = false;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let gone = c.dropped_above(id);
        if c.out.drop[i] || tree.element(id).is_none() || c.is_root[i] {
            drop_next_list = false;
            continue;
        }
        if !super::is_blockish(tree.tag(id)) {
            continue;
        }
        if drop_next_list {
            // The list or block a promo heading introduces.
            drop_next_list = false;
            if !gone && c.live.link_density(id) > 0.5 && tree.node(id).parent == prev_parent(c, id)
            {
                c.drop(id, Rule::PromoList);
                continue;
            }
        }
        let Some(_) = c.short_block(id) else {
            continue;
        };
        let names = c.page.names(id);
        if !names.is_empty()
            && rules::AUTHOR_BOX
                .iter()
                .any(|w| crate::text::contains(names, w))
        {
            c.drop(id, Rule::AuthorBox);
            continue;
        }
        let t = c.kept_lower(id);
        let Some(label) = rules::PROMO_LABELS.iter().find(|l| t.starts_with(*l)) else {
            continue;
        };
        let label_only = t.trim_end_matches(rules::LABEL_TRAILERS).len() <= label.len() + 2;
        if label_only {
            // A heading: it and the links below it go.
            c.drop(id, Rule::Promo);
            drop_next_list = true;
        } else if c.live.link_len[i] > 0.0 {
            c.drop(id, Rule::Promo);
        }
    }
}

/// The parent of the previous element sibling (to check that a promo
/// heading and its list are neighbours).
fn prev_parent(c: &Cleaner<'_, '_>, id: NodeId) -> NodeId {
    let tree = c.tree;
    let mut p = tree.node(id).prev;
    while p != NONE && tree.element(p).is_none() {
        p = tree.node(p).prev;
    }
    if p == NONE {
        NONE
    } else {
        tree.node(p).parent
    }
}

/// A paragraph that is essentially one link to another page of the site
/// (or to the site's channel on a network), with at most a short label
/// ("More:", "あわせて読みたい", "Baca juga:"), and not a sentence: the way
/// a CMS drops a teaser for another story between the paragraphs of this
/// one, in any language.
fn link_blocks(c: &mut Cleaner<'_, '_>) -> Vec<NodeId> {
    let tree = c.tree;
    let mut found = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        // A heading may be a story's own link (a list of reviews, each
        // titled with a link to its page): only a labelled one is a teaser
        // ("MIRA: <a>…</a>", "Mire: <a>…</a>").
        let heading = matches!(tree.tag(id), "h2" | "h3" | "h4" | "h5" | "h6");
        let card = is_card_link(c, id);
        if !(tree.is(id, "p")
            || tree.is(id, "blockquote")
            || heading
            || card
            || (c.as_para[i] && tree.is(id, "div")))
        {
            continue;
        }
        let len = if card {
            (!c.in_tokens[i] || figure_of_card(c, id))
                .then(|| c.short_element(id, |_| true))
                .flatten()
        } else {
            c.short_block(id)
        };
        let Some(len) = len else {
            continue;
        };
        if c.live.link_len[i] < len * rules::PROMO_LINK_SHARE {
            continue;
        }
        if is_promo_link_block(c, id, heading) {
            c.drop(id, Rule::Promo);
            found.push(id);
        }
    }
    found
}

/// A line of a body written as text and line breaks (no paragraphs: older
/// portals' `<br>` bodies) that is one labelled link to another story of
/// the site ("<b>Oxu:</b> <a>…</a>", "Читайте также: <a>…</a>"), set off
/// by `<br>`s between the story's own lines: the way such systems drop a
/// teaser in, as [`link_blocks`] finds it in a paragraph. The label must
/// introduce the link (a colon or an arrow after at most a few words), so
/// that a line of the story that links a source stays.
fn line_promos(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let mut lines: Vec<Vec<NodeId>> = Vec::new();
    let mut checked = 0;
    for k in 0..c.inside.len() {
        let block = c.inside[k];
        if !matches!(tree.tag(block), "div" | "p" | "td" | "section" | "article")
            || c.out.drop[block as usize]
        {
            continue;
        }
        // Cheap first: at least two line breaks among the children.
        if tree
            .child_elements(block)
            .filter(|&e| tree.is(e, "br"))
            .nth(1)
            .is_none()
        {
            continue;
        }
        checked += 1;
        if checked > rules::LINE_PROMO_MAX_BLOCKS {
            return;
        }
        lines.clear();
        let mut line = Vec::new();
        for ch in tree.children(block) {
            if tree.is(ch, "br") {
                lines.push(std::mem::take(&mut line));
            } else {
                line.push(ch);
            }
        }
        lines.push(line);
        if lines.iter().filter(|l| !l.is_empty()).count() < 3 {
            continue;
        }
        for l in &lines {
            if is_line_promo(c, l) {
                for &n in l {
                    c.drop(n, Rule::Promo);
                }
            }
        }
    }
}

/// Whether the children `line` of a `<br>` body make one labelled link
/// into the site (see [`line_promos`]).
fn is_line_promo(c: &Cleaner<'_, '_>, line: &[NodeId]) -> bool {
    let tree = c.tree;
    let mut link = None;
    let mut label = String::new();
    for &n in line {
        if let Some(t) = tree.text(n) {
            if link.is_some() && !t.trim().is_empty() {
                // Words after the link: a sentence, not a teaser.
                return false;
            }
            label.push_str(t);
            continue;
        }
        let Some(e) = tree.element(n) else {
            continue;
        };
        if !rules::is_phrasing(e.name) || c.out.drop[n as usize] {
            return false;
        }
        let a = if e.name == "a" {
            Some(n)
        } else {
            tree.descendants(n).find(|&d| tree.is(d, "a"))
        };
        match a {
            Some(a) if link.is_none() => link = Some(a),
            Some(_) => return false,
            None if link.is_none() => label.push_str(&tree.text_content(n)),
            None => return false,
        }
    }
    let Some(a) = link else {
        return false;
    };
    let href = tree.attr(a, "href").unwrap_or("");
    if !crate::url::same_site(href, c.page.host.as_deref()) || crate::url::is_document(href) {
        return false;
    }
    let headline = text::normalize_space(&tree.text_content(a));
    if !is_headline_length(&headline) || headline.contains("://") || headline.starts_with("www.") {
        return false;
    }
    // A label of words alone, then its mark: an abbreviation ("Abb.:",
    // "feat.:") labels a credit or a source, not a teaser.
    let label = text::normalize_space(&label);
    let Some(words_only) = label.strip_suffix(LABEL_MARKS) else {
        return false;
    };
    let words = text::stats(words_only).spaced_words();
    // A source the story cites ("Fuente: <a>…</a>") is the story's.
    let lower = text::lower(words_only.trim());
    (1..=rules::PROMO_LABEL_MAX_WORDS).contains(&words)
        && !rules::SOURCE_LABELS.contains(&lower.as_str())
        && words_only
            .chars()
            .all(|ch| ch.is_alphabetic() || ch.is_whitespace() || ch == '\u{a0}')
}

/// The marks that end a label introducing a link ("More:", "Lesen Sie
/// auch »", "Read →").
const LABEL_MARKS: [char; 9] = [':', '：', '»', '›', '→', '|', '-', '–', '—'];

/// Whether link text `t` (whitespace collapsed) is as long as a headline:
/// three words, or in a script written without spaces (Thai, Khmer,
/// Burmese) a run of as many letters.
fn is_headline_length(t: &str) -> bool {
    text::stats(t).words >= 3
        || t.chars().filter(|ch| ch.is_alphanumeric()).count() >= rules::UNSPACED_HEADLINE_MIN_CHARS
}

/// Whether card link `id` is all its figure holds, and the figure no
/// table's or code's: a blog's bookmark card for another story, set in a
/// `<figure>` of its own (Ghost's "kg-bookmark-card", a WordPress embed).
fn figure_of_card(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let i = id as usize;
    !c.in_code[i]
        && !c.in_data[i]
        && tree
            .ancestors(id)
            .take(rules::CAPTION_GROUP_DEPTH)
            .find(|&a| tree.is(a, "figure"))
            .is_some_and(|f| c.live.len[f as usize] <= c.live.len[i])
}

/// Whether `label`, the words before the link of block `id`, is the
/// whole text of an element of its own among the block's children: a
/// label the markup sets apart from the headline it introduces.
fn set_apart_label(c: &Cleaner<'_, '_>, id: NodeId, label: &str) -> bool {
    let tree = c.tree;
    tree.child_elements(id)
        .take(rules::PROMO_LABEL_MAX_WORDS * 4)
        .any(|k| {
            !tree.is(k, "a")
                && c.live.len[k as usize] <= rules::PROMO_LABEL_MAX_CHARS
                && text::normalize_space(&c.kept_text(k))
                    .trim_matches(|ch: char| !ch.is_alphanumeric())
                    == label
        })
}

/// A link that wraps blocks (a label, a thumbnail, a title, an excerpt):
/// a card for another page, as blog themes set one between paragraphs
/// ("あわせて読みたい" over a picture and a headline, all one `<a>`). Not
/// a picture's own link (one around a caption, or one that opens an image
/// file, is the picture) nor a document's (a card that opens a PDF is the
/// document the story offers).
fn is_card_link(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    if !tree.is(id, "a") {
        return false;
    }
    let blocks = tree.child_elements(id).any(|k| {
        matches!(
            tree.tag(k),
            "div"
                | "p"
                | "figure"
                | "section"
                | "header"
                | "footer"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
        )
    });
    if !blocks {
        return false;
    }
    let href = tree.attr(id, "href").unwrap_or("");
    let lower = href.trim().to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let file = crate::url::is_document(href)
        || rules::PICTURE_FILE_ENDS
            .iter()
            .chain(rules::MEDIA_FILE_ENDS)
            .any(|e| path.ends_with(e));
    !file
        && !tree
            .descendants(id)
            .take(rules::CARD_MAX_NODES)
            .any(|d| tree.is(d, "figcaption"))
}

fn is_promo_link_block(c: &Cleaner<'_, '_>, id: NodeId, need_label: bool) -> bool {
    let tree = c.tree;
    // The links: one or two, into this site, with headline-length text.
    let mut links = 0;
    let mut outside = String::new();
    let mut link_text = String::new();
    // Whether text precedes the first link: a teaser's label leads.
    let mut before_link = false;
    // How much of `outside` came before the first link.
    let mut lead_len = 0;
    let mut d = id;
    while d != NONE {
        if c.out.drop[d as usize] && d != id || c.page.invisible[d as usize] {
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if tree.is(d, "a") {
            let href = tree.attr(d, "href").unwrap_or("");
            // Into the site, or to the site's own channel on a network
            // ("📲 Follow our Telegram channel" between paragraphs).
            if !crate::url::same_site(href, c.page.host.as_deref())
                && !super::edges::is_follow_link(href)
            {
                return false;
            }
            let text = tree.text_content(d);
            // A document the story links to as its source (a ruling, the
            // rules it reports on) is part of it, whatever its label says.
            if crate::url::is_document(href)
                || tree
                    .attr(d, "title")
                    .is_some_and(|t| crate::url::is_document(t.trim()))
                || rules::DOCUMENT_MARKS.iter().any(|m| text.contains(m))
            {
                return false;
            }
            if links == 0 {
                before_link = !outside.trim().is_empty();
                lead_len = outside.len();
            }
            links += 1;
            link_text.push_str(&text);
            link_text.push(' ');
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if let Some(t) = tree.text(d) {
            outside.push_str(t);
        }
        d = tree.next_in(id, d);
    }
    if links == 0 || links > rules::PROMO_LIST_MAX_LINKS {
        return false;
    }
    let link_text = text::normalize_space(&link_text);
    if !is_headline_length(&link_text) {
        return false;
    }
    // What is not link: nothing, or a short label. A sentence around the
    // link ("The report is <a>online</a>, the council said.") is prose.
    let outside_raw = outside;
    let outside = text::normalize_space(&outside_raw);
    let label = outside.trim_matches(|ch: char| !ch.is_alphanumeric());
    if need_label && !before_link {
        return false;
    }
    // A label set off by a colon or an arrow introduces the link; a
    // question mark or full stop at the end is then the headline's own
    // ("Sprawdź też: <a>Który kupić do mieszkania?</a>").
    // So does a label set apart in an element of its own ("<span
    // class="label">Olvasd el ezt is</span> <a>…?</a>").
    // Two characters of a script written without spaces make about a
    // word ("あわせて読みたい" is a label of a few words, not eight).
    let label_words = text::stats(label).spaced_words();
    let lead = text::normalize_space(&outside_raw[..lead_len]);
    let colon = |t: &str| t.ends_with(LABEL_MARKS);
    let introduces = colon(&outside)
        || (links > 1 && before_link && colon(&lead))
        // A label in brackets of its own before the link ("【あわせて
        // 読みたい】", "[Read more]") is set off as a colon sets it off.
        || (before_link && label_words > 0 && bracketed(&lead))
        || (before_link
            && label_words > 0
            && label_words <= rules::PROMO_LABEL_MAX_WORDS
            && set_apart_label(c, id, label));
    // A label that introduces a row of links may say a little more ("More
    // pumpkin recipes you'll love:").
    let max_words = if introduces && links > 1 {
        rules::PROMO_ROW_LABEL_MAX_WORDS
    } else {
        rules::PROMO_LABEL_MAX_WORDS
    };
    if label_words > max_words {
        return false;
    }
    let all = text::normalize_space(&c.kept_text(id));
    let sentence =
        label.split_whitespace().count() >= 2 && all.ends_with(rules::SENTENCE_ENDS) && !introduces;
    // More than two links: a row of headlines under a label that
    // introduces them ("More recipes you'll love: <a>…</a> · <a>…</a> ·
    // <a>…</a>"), with nothing but separators between them.
    let row = links <= 2 || (introduces && before_link && separated_only(&outside));
    !sentence && row
}

/// Whether `t` is wholly one pair of brackets around words, as a label
/// is set off in many scripts ("【関連記事】", "[Read more]", "《延伸阅读》").
fn bracketed(t: &str) -> bool {
    const PAIRS: &[(char, char)] = &[
        ('【', '】'),
        ('[', ']'),
        ('［', '］'),
        ('〔', '〕'),
        ('《', '》'),
        ('〈', '〉'),
        ('「', '」'),
    ];
    let mut chars = t.chars();
    let (Some(open), Some(close)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let inner = chars.as_str();
    PAIRS.iter().any(|&(o, c)| o == open && c == close)
        && !inner.contains(|ch| PAIRS.iter().any(|&(o, c)| ch == o || ch == c))
}

/// Whether the text outside a block's links, `outside`, is one label
/// before them and only marks between and after them: no words but the
/// label's.
fn separated_only(outside: &str) -> bool {
    let Some(end) = outside.find([':', '：', '»', '›', '→', '|']) else {
        // A label set apart by its element, then the marks.
        return outside
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            <= rules::PROMO_LABEL_MAX_WORDS;
    };
    !outside[end..].chars().any(char::is_alphanumeric)
}
