//! Captions and credits, in the body and inside figures: photo credits
//! and copyright lines, named by class or by their opening ("Foto: ...",
//! "© ..."); gallery counters ("Image 1 of 5", "2 / 5"); and copies of a
//! caption already shown (a gallery's overlay, a truncated copy), so that
//! each image keeps its caption once.

use super::{Cleaner, Rule};
use crate::dom::{NodeId, NONE};
use crate::rules;
use crate::text;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    // 1. The captions: figcaptions and blocks named as captions, with the
    // figure or gallery item each belongs to. Bounded, so a page of
    // thousands of captions stays linear.
    let mut captions: Vec<(std::rc::Rc<str>, Option<NodeId>, NodeId)> = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if captions.len() >= rules::MAX_CAPTIONS {
            break;
        }
        if c.short_block_in_figures(id).is_none() {
            continue;
        }
        let caption = tree.is(id, "figcaption") || c.page.names_have(id, rules::CAPTION_NAMES);
        if !caption {
            continue;
        }
        let t = c.kept_lower(id);
        let cut_short = t.ends_with('…') || t.ends_with("...");
        if t.chars().count() >= rules::CAPTION_MIN_CHARS && !cut_short {
            captions.push((t, image_group(c, id), id));
        }
    }
    // 2. Credits, counters, and copies of a caption: in its own figure or
    // gallery item, or anywhere outside a figure (a lightbox's copy, the
    // caption repeated as a paragraph). Two photos may share a caption.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let Some(len) = c.short_block_in_figures(id) else {
            continue;
        };
        if len < rules::CREDIT_MAX_CHARS
            && !c.page.names(id).is_empty()
            && c.page.names_have(id, rules::CREDIT)
        {
            c.drop(id, Rule::Credit);
            continue;
        }
        let t = c.kept_lower(id);
        if len < rules::CREDIT_MAX_CHARS && !tree.is(id, "li") && rules::starts_with_credit(&t) {
            c.drop(id, Rule::Credit);
            continue;
        }
        if is_counter(&t) || is_picture_link_label(c, id, &t) {
            c.drop(id, Rule::ControlLabel);
            continue;
        }
        if t.chars().count() < rules::CAPTION_MIN_CHARS {
            continue;
        }
        let group = image_group(c, id);
        let copy = captions.iter().any(|(s, g, node)| {
            *node != id
                && (group.is_none() || group == *g)
                && repeats(&t, s)
                && !tree.ancestors(id).any(|a| a == *node)
                && !tree.ancestors(*node).any(|a| a == id)
        });
        // The first full copy in a group is the caption itself.
        let first = captions
            .iter()
            .find(|(s, g, _)| *g == group && *s == t)
            .is_some_and(|(_, _, node)| *node == id);
        if copy && !first {
            c.drop(id, Rule::DuplicateCaption);
        }
    }
}

/// Images with their caption in a block of their own that is not a
/// `<figure>`: `div > (a > img) + div "Caption. Photo: X"`, or
/// `p > img + br + em "(Credit: X)"`, a gallery's `li > (a > img) + div`,
/// as CMSs without figures write them.
/// The block is recorded in `Body::figures` with the node where its
/// caption starts, so that the reader shows a figure
/// with its figcaption, out of the running text. Judged by shape alone,
/// in any language: one image first, then a short text with no media,
/// list, heading or table, in a block that is a small part of the story.
pub(super) fn figures(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let total: f32 = c.out.roots.iter().map(|&r| c.live.len[r as usize]).sum();
    let mut found = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if c.out.drop[i] || c.is_root[i] || c.in_tokens[i] || c.page.invisible[i] {
            continue;
        }
        let inline = match tree.tag(id) {
            "div" | "section" | "center" | "li" => false,
            "p" | "span" => true,
            _ => continue,
        };
        let len = c.live.len[i];
        if len == 0.0 || len > rules::FIGURE_CAPTION_MAX_CHARS || len > total * 0.5 {
            continue;
        }
        if c.dropped_above(id) {
            continue;
        }
        if let Some(split) = caption_split(c, id, inline) {
            found.push((id, split));
        }
    }
    // A picture alone in its block, and its caption in the next block,
    // set apart in emphasis or small print or named as a caption:
    // `<p><img></p><p><em>Caption</em></p>`. The caption block is marked
    // with itself: it is written inside the picture's figure.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if let Some(next) = caption_after(c, id, total) {
            found.push((id, next));
            found.push((next, next));
        }
    }
    // Captions are a small part of a story. Where blocks of this shape
    // carry much of the text, they are the story: a slideshow's slides, a
    // how-to's steps, each a picture and its paragraph.
    let captions: f32 = found.iter().map(|&(f, _)| c.live.len[f as usize]).sum();
    // (A picture alone adds nothing to this: its length is nought.)
    if captions > total * rules::FIGURE_CAPTIONS_MAX_SHARE {
        return;
    }
    if found.is_empty() {
        return;
    }
    c.out.figures = vec![NONE; tree.nodes.len()];
    for &(f, split) in &found {
        c.out.figures[f as usize] = split;
    }
    // A picture's block inside another found block that has the same
    // caption (`div > (div > img) + p.caption`, found both as a picture
    // and its next block and as one block) is written once, as the outer
    // figure: a figure inside a figure would leave the outer caption
    // empty.
    let is_figure = |figures: &[NodeId], a: NodeId| {
        let s = figures[a as usize];
        s != NONE && s != a
    };
    for &(f, split) in &found {
        if f == split || c.out.figures[f as usize] == NONE {
            continue;
        }
        let nested = tree
            .ancestors(f)
            .take_while(|&a| !c.is_root[a as usize])
            .any(|a| is_figure(&c.out.figures, a));
        if nested {
            c.out.figures[f as usize] = NONE;
            if tree.node(split).parent != f {
                c.out.figures[split as usize] = NONE;
            }
        }
    }
}

/// The block after `id` that captions it, when `id` holds a picture and
/// nothing else (one image, no text) and that next block is a short text
/// with no structure, set apart as a caption: wholly in emphasis or small
/// print, or named as one.
fn caption_after(c: &mut Cleaner<'_, '_>, id: NodeId, total: f32) -> Option<NodeId> {
    let tree = c.tree;
    let i = id as usize;
    if !matches!(tree.tag(id), "p" | "div")
        || c.out.drop[i]
        || c.is_root[i]
        || !wordless(c, id)
        || c.page.invisible[i]
        || c.dropped_above(id)
    {
        return None;
    }
    // The picture: one image (not an icon), nothing else but wrappers.
    let mut images = 0;
    let mut budget = rules::FIGURE_MAX_NODES;
    for d in tree.descendants(id).skip(1) {
        budget = budget.saturating_sub(1);
        if budget == 0 || NOT_A_PICTURE.contains(&tree.tag(d)) {
            return None;
        }
        if tree.is(d, "img") && !c.out.drop[d as usize] {
            if is_icon(c, d) {
                return None;
            }
            images += 1;
        }
    }
    if images != 1 {
        return None;
    }
    // The next element, past blank text.
    let mut next = tree.node(id).next;
    while next != NONE && tree.text(next).is_some_and(text::is_blank) {
        next = tree.node(next).next;
    }
    let n = next as usize;
    if next == NONE
        || !matches!(tree.tag(next), "p" | "div")
        || c.out.drop[n]
        || c.is_root[n]
        || c.page.invisible[n]
    {
        return None;
    }
    let len = c.live.len[n];
    if len == 0.0 || len > rules::FIGURE_CAPTION_MAX_CHARS || len > total * 0.5 {
        return None;
    }
    let mut budget = rules::FIGURE_MAX_NODES;
    let structure = tree.descendants(next).skip(1).any(|d| {
        budget = budget.saturating_sub(1);
        budget == 0 || !c.out.drop[d as usize] && NOT_A_CAPTION.contains(&tree.tag(d))
    });
    if structure {
        return None;
    }
    let named = c.page.names_have(next, rules::CAPTION_NAMES);
    let set_apart = super::edges::all_emphasised(c, next, &["em", "i", "small", "cite"]);
    (named || set_apart).then_some(next)
}

/// Where the caption starts in `id`: its kept children are one image
/// (wrapped or not, with no text) and then text that holds no media or
/// structure. In a paragraph the caption must be set apart from the image
/// (a line break, or emphasis or small print): a paragraph that merely
/// opens with an inline picture is prose.
fn caption_split(c: &Cleaner<'_, '_>, id: NodeId, inline: bool) -> Option<NodeId> {
    let tree = c.tree;
    let mut images = 0;
    let mut noscript = false;
    let mut br = false;
    let mut split = None;
    // An image and its caption are a few nodes: a bound on the nodes
    // looked at keeps a page of huge blocks linear.
    let mut budget = rules::FIGURE_MAX_NODES;
    let mut spend = || {
        budget = budget.saturating_sub(1);
        budget > 0
    };
    for ch in tree.children(id) {
        if !spend() {
            return None;
        }
        let i = ch as usize;
        if c.out.drop[i] || c.page.invisible[i] {
            continue;
        }
        if let Some(t) = tree.text(ch) {
            if text::is_blank(t) {
                continue;
            }
            if split.is_none() {
                if inline && !br {
                    return None;
                }
                split = Some(ch);
            }
            continue;
        }
        if tree.element(ch).is_none() {
            continue;
        }
        let has_text = !wordless(c, ch);
        if split.is_none() && !has_text {
            // The image part: images and their wrappers, line breaks.
            // (`descendants` starts with `ch` itself.)
            for d in tree.descendants(ch) {
                if !spend() {
                    return None;
                }
                if c.out.drop[d as usize] {
                    continue;
                }
                // A lazy page's fallback copy sits right in its noscript.
                let in_noscript = || {
                    tree.ancestors(d)
                        .take(2)
                        .take_while(|&a| a != id)
                        .any(|a| tree.is(a, "noscript"))
                };
                match tree.tag(d) {
                    "img" if !in_noscript() => {
                        if is_icon(c, d) || inline && floats(c, d) {
                            return None;
                        }
                        images += 1;
                    }
                    "noscript" => noscript = true,
                    "br" => br = true,
                    t if NOT_A_PICTURE.contains(&t) => return None,
                    _ => {}
                }
            }
            continue;
        }
        // The caption part.
        let tag = tree.tag(ch);
        if !CAPTION_PART_TAGS.contains(&tag) {
            return None;
        }
        let structure = tree
            .descendants(ch)
            .any(|d| !spend() || !c.out.drop[d as usize] && NOT_A_CAPTION.contains(&tree.tag(d)));
        if structure {
            return None;
        }
        if split.is_none() && has_text {
            // In a paragraph, a caption is set apart: after a line break,
            // or in emphasis or small print.
            if inline && !br && !CAPTION_OPENERS.contains(&tag) && !named_caption(c, ch) {
                return None;
            }
            split = Some(ch);
        }
    }
    let images = if images == 0 && noscript { 1 } else { images };
    (images == 1).then_some(split).flatten()
}

/// Whether `id` shows no words: its live length is nought, or all it
/// counts is blank text between its tags (the indentation of
/// `<div>\n  <img>\n</div>`, a run of whitespace counting one).
fn wordless(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let len = c.live.len[id as usize];
    if len <= 0.0 {
        return true;
    }
    let tree = c.tree;
    let mut budget = rules::FIGURE_MAX_NODES;
    if len > budget as f32 {
        return false;
    }
    let mut d = tree.node(id).first_child;
    while d != NONE {
        budget = budget.saturating_sub(1);
        let i = d as usize;
        if budget == 0 || tree.text(d).is_some_and(|t| !text::is_blank(t)) && !c.out.drop[i] {
            return false;
        }
        let node = tree.node(d);
        d = if node.first_child != NONE && !c.out.drop[i] && !c.page.invisible[i] {
            node.first_child
        } else {
            tree.next_skipping_children(id, d)
        };
    }
    true
}

/// Whether the page names `id` as a caption ("image-caption",
/// "wp-caption-text").
fn named_caption(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    c.page.names_have(id, rules::CAPTION_NAMES)
}

/// Beside an image, these make a block more than a picture.
const NOT_A_PICTURE: &[&str] = &[
    "video", "iframe", "object", "embed", "svg", "table", "ul", "ol", "figure",
];

/// The elements a caption beside its image is made of.
const CAPTION_PART_TAGS: &[&str] = &[
    "div", "p", "span", "em", "i", "small", "b", "strong", "cite", "br", "a",
];

/// In a paragraph, a caption that follows its image with no line break is
/// set in one of these.
const CAPTION_OPENERS: &[&str] = &["em", "i", "small", "cite", "b", "strong"];

/// Inside a caption, these make it more than a caption.
const NOT_A_CAPTION: &[&str] = &[
    "img",
    "picture",
    "video",
    "iframe",
    "object",
    "embed",
    "noscript",
    "ul",
    "ol",
    "table",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
];

/// An image the page sizes as an icon (both dimensions given and small, or
/// a small width in its style), or a vector drawing (an SVG file: a logo,
/// a pictogram), not a photo with a caption.
fn is_icon(c: &Cleaner<'_, '_>, img: NodeId) -> bool {
    let tree = c.tree;
    let px = |v: &str| v.trim().trim_end_matches("px").trim().parse::<u32>().ok();
    let small = |v: Option<u32>| v.is_some_and(|v| v < rules::ICON_MAX_PX);
    let size = |name| tree.attr(img, name).and_then(px);
    if small(size("width")) && small(size("height")) {
        return true;
    }
    let style = tree.attr(img, "style").unwrap_or("");
    let styled = style.split(';').any(|decl| {
        let (prop, value) = decl.split_once(':').unwrap_or(("", ""));
        matches!(prop.trim(), "width" | "max-width") && small(px(value))
    });
    let src = tree.attr(img, "src").unwrap_or("");
    let path = src.split(['?', '#']).next().unwrap_or("");
    styled || path.len() > 4 && path[path.len() - 4..].eq_ignore_ascii_case(".svg")
}

/// An image floated beside the text (by style or a WordPress-style
/// alignment class): the paragraph flows around it, it is not a caption.
fn floats(c: &Cleaner<'_, '_>, img: NodeId) -> bool {
    let tree = c.tree;
    let style = tree.attr(img, "style").unwrap_or("");
    let class = tree.attr(img, "class").unwrap_or("");
    style.contains("float") || class.contains("alignleft") || class.contains("alignright")
}

/// A label inside the link around a figure's picture, beside the image and
/// outside its caption ("クリックで拡大", "Zoom", "Bild vergrößern"): what
/// the link does, drawn over the picture, not a caption. A few words with
/// no sentence; a longer text in the link is left to the caption rules.
fn is_picture_link_label(c: &Cleaner<'_, '_>, id: NodeId, t: &str) -> bool {
    let tree = c.tree;
    if t.chars().count() > rules::PICTURE_LABEL_MAX_CHARS
        || !(1..=rules::PICTURE_LABEL_MAX_WORDS).contains(&crate::text::words(t).count())
        || t.trim_end().ends_with(rules::SENTENCE_ENDS)
    {
        return false;
    }
    // The figure a few levels up first (a bounded look), so that only the
    // blocks near one read their subtrees: a page nesting thousands of
    // spans in a figure stays linear.
    let mut link = None;
    for a in tree.ancestors(id).take(rules::CAPTION_GROUP_DEPTH) {
        if tree.is(a, "figcaption") {
            return false;
        }
        if tree.is(a, "a") && link.is_none() {
            link = Some(a);
        }
        if tree.is(a, "figure") {
            let has_img = |n: NodeId| tree.descendants(n).any(|d| tree.is(d, "img"));
            return !has_img(id) && link.is_some_and(has_img);
        }
    }
    false
}

/// The figure or list item a caption belongs to, if any.
fn image_group(c: &Cleaner<'_, '_>, id: NodeId) -> Option<NodeId> {
    let tree = c.tree;
    std::iter::once(id)
        .chain(tree.ancestors(id))
        .take(rules::CAPTION_GROUP_DEPTH)
        .find(|&a| tree.is(a, "figure") || tree.is(a, "li"))
}

/// Whether `t` repeats the caption `s`: the same text, or a copy cut short
/// ("Volunteers lift a granite block…").
fn repeats(t: &str, s: &str) -> bool {
    if t == s {
        return true;
    }
    let cut = t.trim_end_matches(['…', '.', ' ']);
    cut.chars().count() >= rules::CAPTION_MIN_CHARS && s.starts_with(cut) && cut.len() < s.len()
}

/// A gallery counter: two numbers joined by a slash or one short word,
/// with at most two words of label ("Image 1 of 5", "2 / 5", "Bild 3 von
/// 5", "写真 1/5"). Works in any language: it reads the shape, not words.
fn is_counter(t: &str) -> bool {
    if t.chars().count() > 30 {
        return false;
    }
    let mut numbers = Vec::new();
    let mut words = 0;
    // Words between the first number and the second: one joins them
    // ("1 of 5"); none is a number written in groups ("1 456 heures").
    let mut joining = 0;
    for part in t.split(|c: char| c.is_whitespace() || c == '/' || c == '|') {
        if part.is_empty() {
            continue;
        }
        if let Ok(n) = part.parse::<u32>() {
            numbers.push(n);
        } else if text::stats(part).words > 0 {
            words += text::stats(part).words;
            if numbers.len() == 1 {
                joining += text::stats(part).words;
            }
        }
    }
    let slash = t.contains('/');
    numbers.len() == 2
        && numbers[0] >= 1
        && numbers[0] <= numbers[1]
        && numbers[1] <= 1000
        && (words <= if slash { 2 } else { 3 })
        && (slash || joining == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_in_any_language() {
        for t in [
            "image 1 of 5",
            "2 / 5",
            "bild 3 von 5",
            "写真 1/5",
            "foto 2 de 12",
            "1/8",
        ] {
            assert!(is_counter(t), "{t}");
        }
        for t in [
            "5 of 1",
            "in 2019 and 2020 we",
            "call 555 1234",
            "page",
            "1 456 heures annuelles",
        ] {
            assert!(!is_counter(t), "{t}");
        }
    }

    #[test]
    fn truncated_copies_repeat_a_caption() {
        let s = "volunteers lift a granite block onto the harbour wall at low tide.";
        assert!(repeats("volunteers lift a granite block onto…", s));
        assert!(repeats(s, s));
        assert!(!repeats("volunteers lift", s));
    }
}
