//! Conditional cleaning: tables, lists and blocks inside the article
//! judged on what is left inside them (links, images, forms, embeds, prose),
//! innermost first so that a container is judged after its children.

use super::{Cleaner, Rule};
use crate::content::is_video;
use crate::dom::{NodeId, NONE};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        c.dropped_above(c.inside[k]);
    }
    // Whether a kept prose paragraph lies at or below each node, filled
    // innermost first as the sweep goes.
    let mut prose = vec![false; tree.nodes.len()];
    for k in (0..c.inside.len()).rev() {
        let id = c.inside[k];
        let i = id as usize;
        let tag = tree.tag(id);
        if (tag == "p" || c.as_para[i])
            && !c.out.drop[i]
            && c.live.len[i] >= rules::PROSE_MIN_CHARS
            && c.live.link_density(id) < 0.25
        {
            prose[i] = true;
        }
        let judged =
            matches!(
                tag,
                "table" | "ul" | "ol" | "div" | "section" | "form" | "fieldset"
            ) && !(c.out.drop[i] || c.as_para[i] || c.is_root[i] || c.above[i] || c.in_data[i]);
        if judged {
            // A heading in a wrapper of its own, over the prose it heads
            // (page builders wrap every block in a "widget"): the name says
            // nothing of it, as it says nothing of the paragraphs' wrappers.
            let heads_prose = heads_prose(c, id, &prose);
            if let Some(rule) = should_clean(c, id, prose[i] || heads_prose) {
                c.drop(id, rule);
            }
        }
        let parent = tree.node(id).parent;
        if prose[i] && !c.out.drop[i] && parent != NONE {
            prose[parent as usize] = true;
        }
    }
}

/// Whether `id` holds nothing but a heading and the next element after it
/// holds kept prose (`prose`, filled for the blocks after `id`), or a
/// paragraph's length or a sentence of text that is not links.
fn heads_prose(c: &Cleaner<'_, '_>, id: NodeId, prose: &[bool]) -> bool {
    let tree = c.tree;
    let len = c.live.len[id as usize];
    if len <= 0.0 || len > rules::EDGE_MAX_CHARS / 4.0 {
        return false;
    }
    // Down through wrappers that hold all of its words in one child (a
    // few: a hostile page nests thousands).
    let mut d = id;
    let mut depth = 0;
    let heading = loop {
        depth += 1;
        if depth > 8 {
            break false;
        }
        let mut kids = tree
            .child_elements(d)
            .filter(|&k| !c.out.drop[k as usize] && c.live.len[k as usize] > 0.0);
        match (kids.next(), kids.next()) {
            (Some(k), None) if c.live.len[k as usize] >= len - 2.0 => {
                if matches!(tree.tag(k), "h2" | "h3" | "h4" | "h5" | "h6") {
                    break true;
                }
                d = k;
            }
            _ => break false,
        }
    };
    let n = tree.next_element(id);
    if !heading || n == NONE || c.out.drop[n as usize] {
        return false;
    }
    if prose[n as usize] {
        return true;
    }
    // Or a shorter paragraph that is not links: a paragraph's length, or
    // a sentence (a language written densely, as Korean is, says as much
    // in fewer characters).
    let nl = c.live.len[n as usize];
    nl >= rules::PLAYER_SENTENCE_MIN_CHARS as f32
        && nl <= rules::EDGE_MAX_CHARS
        && c.live.link_density(n) < 0.25
        && (nl >= rules::PROSE_PARAGRAPH_MIN_CHARS as f32
            || c.kept_text(n).trim_end().ends_with(rules::SENTENCE_ENDS))
}

/// Why a table, list or block inside the article is clutter, if it is.
fn should_clean(c: &Cleaner<'_, '_>, id: NodeId, holds_prose: bool) -> Option<Rule> {
    let tree = c.tree;
    let (out, live, as_para, pass) = (&*c.out, &c.live, c.as_para, c.pass);
    let tag = tree.tag(id);
    if tag == "table" && out.data_table[id as usize] {
        return None;
    }
    let weight = c.page.class_weight(id, pass);
    // A name such as "media" or "meta" says little: a block with a prose
    // paragraph in it (the lead inside a "media" wrapper) is judged on
    // what it holds instead. A "social" or "media" wrapper around an
    // embedded post (a tweet quoted by the story) is the post's frame.
    if weight < 0.0
        && !(holds_prose && only_weak_negative(c.page.names(id)))
        && !c.page.holds_embed(id)
    {
        return Some(Rule::NegativeName);
    }
    let weight = weight.max(0.0);
    let i = id as usize;
    if live.commas[i] >= 10.0 {
        return None;
    }
    // Count what is inside, leaving out what was dropped.
    let mut paras = 0usize;
    let mut imgs = 0usize;
    let mut lis = 0usize;
    let mut inputs = 0usize;
    let mut embeds = 0usize;
    // Captions (figcaptions, blocks named as captions): a gallery whose
    // images carry captions is content, not a strip of thumbnails.
    let mut captions = 0usize;
    let mut heading_len = 0f32;
    let mut list_len = 0f32;
    let mut textish_len = 0f32;
    let mut d = id;
    while d != NONE {
        let di = d as usize;
        if out.drop[di] && d != id {
            d = tree.next_skipping_children(id, d);
            continue;
        }
        let mut skip_children = false;
        if d != id && is_caption(c, d) {
            captions += 1;
        }
        match tree.tag(d) {
            "p" => paras += 1,
            "img" => imgs += 1,
            "li" => {
                lis += 1;
                list_len += live.len[di];
                textish_len += live.len[di];
            }
            "input" | "select" | "textarea" => inputs += 1,
            // An accordion's question is a heading of its answer.
            "button" if !super::hidden::is_accordion_button(tree, d) => inputs += 1,
            "object" | "embed" => embeds += 1,
            "iframe" if !is_video(tree, d) => embeds += 1,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                heading_len += live.len[di];
                skip_children = true;
            }
            "span" | "td" | "blockquote" | "dl" | "ol" | "ul" | "pre" | "table" if d != id => {
                textish_len += live.len[di];
                skip_children = true;
            }
            "div" if d != id => {
                if as_para[di] {
                    paras += 1;
                }
                textish_len += live.len[di];
                skip_children = true;
                // Still count the media inside.
                for x in tree.descendants(d) {
                    if out.drop[x as usize] {
                        continue;
                    }
                    if x != d && is_caption(c, x) {
                        captions += 1;
                    }
                    match tree.tag(x) {
                        "p" => paras += 1,
                        "img" => imgs += 1,
                        "li" => {
                            lis += 1;
                            list_len += live.len[x as usize];
                        }
                        "input" | "select" | "textarea" => inputs += 1,
                        "button" if !super::hidden::is_accordion_button(tree, x) => inputs += 1,
                        "object" | "embed" => embeds += 1,
                        "iframe" if !is_video(tree, x) => embeds += 1,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        if tree.is(d, "p") && d != id {
            textish_len += live.len[di];
            skip_children = true;
            for x in tree.descendants(d).skip(1) {
                if !out.drop[x as usize] && tree.is(x, "img") {
                    imgs += 1;
                }
            }
        }
        let node = tree.node(d);
        d = if !skip_children && node.first_child != NONE {
            node.first_child
        } else {
            tree.next_skipping_children(id, d)
        };
    }
    let content_len = live.len[i];
    // Direct inline text of a container div reads as paragraphs, and so
    // does that of a list with no items (old pages indent quotes and
    // asides with a bare `<ul>`).
    if tag == "div" || (matches!(tag, "ul" | "ol") && lis == 0) {
        let runs = c.page.phrasing_runs(id, &out.drop, live);
        paras += runs.len();
        textish_len += runs.iter().map(|r| r.0).sum::<f32>();
    }
    let is_list = tag == "ul" || tag == "ol" || (content_len > 0.0 && list_len / content_len > 0.9);
    let in_figure = tree.ancestors(id).any(|a| tree.is(a, "figure"));
    // Only a short text can be a label: the longest word of a list is
    // below 128 bytes.
    if c.kept_lower_within(id, 127)
        .is_some_and(|t| rules::AD_LABELS.contains(&t.as_str()))
    {
        return Some(Rule::ControlLabel);
    }
    let link_density = live.link_density(id);
    let heading_density = if content_len > 0.0 {
        heading_len / content_len
    } else {
        0.0
    };
    let text_density = if content_len > 0.0 {
        textish_len / content_len
    } else {
        0.0
    };
    let lis_adj = lis as f32 - 100.0;
    let gallery = captions + 1 >= imgs;
    let why = if !in_figure && !gallery && imgs > 1 && (paras as f32) / (imgs as f32) < 0.5 {
        Some(Rule::ImageHeavy)
    } else if (!is_list && lis_adj > paras as f32) || (inputs as f32 > (paras as f32 / 3.0).floor())
    {
        Some(Rule::FormLike)
    } else if (!is_list
        && !in_figure
        && heading_density < 0.9
        && content_len < 25.0
        && (imgs == 0 || imgs > 2)
        && link_density > 0.0)
        || (!is_list && weight < 25.0 && link_density > 0.2)
        || (weight >= 25.0 && link_density > 0.5)
    {
        Some(Rule::LinkHeavy)
    } else if (embeds == 1 && content_len < 75.0) || embeds > 1 {
        Some(Rule::Embeds)
    } else if imgs == 0 && text_density == 0.0 && content_len > 0.0 && !holds_prose {
        // A wrapper of a heading over the prose it heads (a component
        // per block: `<section data-component="text-block"><h2>`) has
        // none of its own, as a paragraph's wrapper has no heading.
        Some(Rule::NoProse)
    } else {
        None
    };
    if is_list && why.is_some() {
        // A gallery: every item one image.
        let all_single = tree
            .child_elements(id)
            .all(|c| tree.child_elements(c).count() <= 1);
        if all_single && imgs > 0 && imgs == lis {
            return None;
        }
    }
    why
}

/// Whether the only chrome-ish fragments in `names` are weak ones
/// ([`rules::WEAK_NEGATIVE`]).
fn only_weak_negative(names: &str) -> bool {
    !crate::content::is_negative_name(names, true)
}

/// A figure caption, or a block whose class names it a caption.
fn is_caption(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    c.tree.is(id, "figcaption") || {
        !c.page.names(id).is_empty() && c.page.names_have(id, rules::CAPTION_NAMES)
    }
}
