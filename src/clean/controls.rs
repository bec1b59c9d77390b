//! Control labels: one- to three-word blocks that are page controls or ad
//! slots, not prose ("Print", "Back to top", "Video", "Advertisement"),
//! and links for sharing ("Share on Pinterest", "Partager sur Facebook").

use super::{Cleaner, Rule};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    links(c);
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
        if rules::CONTROL_TEXTS.contains(&bare) || rules::AD_LABELS.contains(&bare) {
            c.drop(id, Rule::ControlLabel);
            continue;
        }
        let heading = matches!(c.tree.tag(id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        if !heading && (is_ad_notice(&t) || is_loading_notice(c, id)) {
            c.drop(id, Rule::ControlLabel);
        }
    }
}

/// What a page shows while a script fetches more ("Lade weitere Inhalte
/// ...", "正在加载..."), in any language: a few words in a box named as a
/// loading indicator ("loading", "loader", "spinner"), the block itself or
/// one of its two nearest wrappers. The box holds those few words only (a
/// wrapper whose state is "loading" holds more) and no picture (a
/// lazy-loading image's wrapper is named so too).
fn is_loading_notice(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> bool {
    std::iter::once(id)
        .chain(c.tree.ancestors(id))
        .take(3)
        .take_while(|&a| {
            !c.is_root[a as usize] && c.live.len[a as usize] <= rules::CONTROL_MAX_CHARS
        })
        .any(|a| c.page.names_have(a, rules::LOADING_NAMES) && !c.holds_media(a))
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
    let mut words = t.split_whitespace();
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
        if !tree.is(id, "a") || c.out.drop[i] || c.is_root[i] || c.in_code[i] {
            continue;
        }
        if c.dropped_above(id) {
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

/// Links of a few words that name a social network and a verb for sharing
/// or following ("Share on Pinterest" in a caption, "Partager sur
/// Facebook" on a line of its own). Run after the containers are judged,
/// so that a figure's wrapper is judged with the words it showed.
pub(super) fn share_links(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if !tree.is(id, "a") || c.out.drop[i] || c.is_root[i] || c.in_code[i] {
            continue;
        }
        let len = c.live.len[i];
        if len == 0.0 || len > rules::CONTROL_MAX_CHARS || c.dropped_above(id) {
            continue;
        }
        let t = c.kept_lower(id);
        if is_share_link(&t) {
            c.drop(id, Rule::ShareWidget);
        }
    }
}

/// A link of a few words that names a social network and a verb for
/// sharing or following ("Share on Pinterest", "Partager sur Facebook",
/// "Auf WhatsApp teilen"): a sharing control, even inside a caption. A
/// story's link to a post ("on Twitter") names no such verb.
fn is_share_link(t: &str) -> bool {
    let words: Vec<&str> = t
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || words.len() > rules::SHARE_LINK_MAX_WORDS {
        return false;
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    has(rules::SOCIAL_NETWORKS) && has(rules::SHARE_VERBS)
}
