//! Captions and credits, in the body and inside figures: photo credits
//! and copyright lines, named by class or by their opening ("Foto: ...",
//! "© ..."); gallery counters ("Image 1 of 5", "2 / 5"); and copies of a
//! caption already shown (a gallery's overlay, a truncated copy), so that
//! each image keeps its caption once.

use super::{Cleaner, Rule};
use crate::dom::NodeId;
use crate::rules;
use crate::text;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    // 1. The captions: figcaptions and blocks named as captions, with the
    // figure or gallery item each belongs to. Bounded, so a page of
    // thousands of captions stays linear.
    let mut captions: Vec<(String, Option<NodeId>, NodeId)> = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if captions.len() >= rules::MAX_CAPTIONS {
            break;
        }
        if c.short_block_in_figures(id).is_none() {
            continue;
        }
        let names = c.page.names(id);
        let caption =
            tree.is(id, "figcaption") || crate::text::contains_any(names, rules::CAPTION_NAMES);
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
        let names = c.page.names(id);
        if len < rules::CREDIT_MAX_CHARS
            && !names.is_empty()
            && crate::text::contains_any(names, rules::CREDIT)
        {
            c.drop(id, Rule::Credit);
            continue;
        }
        let t = c.kept_lower(id);
        if len < rules::CREDIT_MAX_CHARS
            && !tree.is(id, "li")
            && rules::CREDIT_PREFIXES.iter().any(|p| t.starts_with(p))
        {
            c.drop(id, Rule::Credit);
            continue;
        }
        if is_counter(&t) {
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
    let mut slash = false;
    for part in t.split(|c: char| c.is_whitespace() || c == '/' || c == '|') {
        if part.is_empty() {
            continue;
        }
        if let Ok(n) = part.parse::<u32>() {
            numbers.push(n);
        } else if text::stats(part).words > 0 {
            words += text::stats(part).words;
        }
    }
    if t.contains('/') {
        slash = true;
    }
    numbers.len() == 2
        && numbers[0] >= 1
        && numbers[0] <= numbers[1]
        && numbers[1] <= 1000
        && (words <= if slash { 2 } else { 3 })
        && (slash || words >= 1)
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
        for t in ["5 of 1", "in 2019 and 2020 we", "call 555 1234", "page"] {
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
