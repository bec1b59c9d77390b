//! Site chrome inside the article: form controls and the short boxes
//! around them, navigation, asides and footers; short share widgets and rating widgets; blocks named as
//! disclosures; headings whose class names them as chrome.

use super::{Cleaner, Rule};
use crate::content::is_video;
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    // Always out, whatever they hold.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let tag = tree.tag(id);
        let always = matches!(
            tag,
            "form"
                | "fieldset"
                | "footer"
                | "aside"
                | "nav"
                | "input"
                | "textarea"
                | "select"
                | "button"
                | "link"
                | "object"
                | "embed"
        ) || (tag == "iframe" && !is_video(tree, id));
        if always && !c.is_root[id as usize] {
            c.drop(id, Rule::Chrome);
        }
    }
    // A sign-up or contact box: the few lines around a form ("Recibe
    // nuestro boletín", "Suscríbete gratis...") go with it. From each
    // form, the box climbs while what is left in it stays short.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let fields = tree.is(id, "form")
            || tree.is(id, "textarea")
            || (tree.is(id, "input")
                && tree
                    .attr(id, "type")
                    .is_none_or(|t| matches!(t.trim(), "" | "text" | "email" | "tel")));
        if !fields || c.is_root[id as usize] {
            continue;
        }
        let mut top = crate::dom::NONE;
        let mut up = tree.node(id).parent;
        while up != crate::dom::NONE
            && !c.is_root[up as usize]
            && c.live.len[up as usize] <= rules::PROMO_MAX_CHARS
        {
            top = up;
            up = tree.node(up).parent;
        }
        if top != crate::dom::NONE && c.live.len[top as usize] > 0.0 {
            c.drop(top, Rule::Chrome);
        }
    }
    // Blocks judged by their names, in one walk: share widgets that are
    // short (a long one is content that happens to carry the word); rating
    // widgets ("War der Artikel nützlich? (95 Stimmen)", "(No ratings
    // yet)"), controls unless they hold a review's verdict (its headings,
    // its pros and cons); and notes the page names as a disclosure
    // ("editorial-disclaimer", "ad-disclosure", "aawp-disclaimer"),
    // wherever they sit.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let gone = c.dropped_above(id);
        let names = c.page.names(id);
        if names.is_empty() || gone || c.is_root[id as usize] {
            continue;
        }
        let len = c.live.len[id as usize];
        let rule = if c.page.names_have(id, rules::SHARE)
            && len < rules::SHARE_MAX_CHARS as f32
            && !c.page.holds_embed(id)
        {
            Rule::ShareWidget
        } else if len <= rules::RATING_MAX_CHARS
            && names
                .split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| rules::RATING_NAMES.contains(&w))
            && !tree.descendants(id).skip(1).any(|d| {
                matches!(
                    tree.tag(d),
                    "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
                )
            })
        {
            Rule::ControlLabel
        } else if len <= rules::PROMO_MAX_CHARS * 2.0
            && c.page.names_have(id, rules::DISCLOSURE_NAMES)
        {
            Rule::Disclosure
        } else {
            continue;
        };
        c.drop(id, rule);
    }
    // Headings named like chrome ("related-title", "comments-heading").
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let gone = c.dropped_above(id);
        if (tree.is(id, "h1") || tree.is(id, "h2"))
            && c.page.class_weight(id, c.pass) < 0.0
            && !gone
        {
            c.drop(id, Rule::ChromeHeading);
        }
    }
}
