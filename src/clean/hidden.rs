//! Text the page hides: the `hidden` attribute, `aria-hidden`, inline
//! styles that hide or move a block off screen, and the class names that
//! CSS frameworks use for the same ("sr-only", "visually-hidden", "d-none").
//! In the browser the live DOM reader also reports what the page's own
//! styles hide.

use crate::dom::{Element, Ns};
use crate::rules;

/// Hidden by the page: attributes, inline style or a hiding class.
pub(crate) fn is_hidden(e: &Element) -> bool {
    if e.attr("hidden").is_some() {
        return true;
    }
    if e.attr("aria-hidden").is_some_and(|v| v.trim() == "true") {
        // Image fallbacks are marked aria-hidden but are the real image.
        let class = e.attr("class").unwrap_or("");
        if !class.contains("fallback-image") && e.ns == Ns::Html {
            return true;
        }
    }
    if let Some(style) = e.attr("style") {
        if style_hides(style) {
            return true;
        }
    }
    e.attr("class")
        .is_some_and(|c| class_hides(c) || (is_line(e) && print_only(c)))
}

/// A line of text rather than a container: "print only" on a line is a
/// note for paper ("Printed from ..."); on a container it is the page's
/// printable article, shown on screen too.
fn is_line(e: &Element) -> bool {
    e.ns == Ns::Html
        && matches!(
            e.name,
            "p" | "span" | "small" | "a" | "li" | "h2" | "h3" | "h4" | "h5" | "h6" | "figcaption"
        )
}

fn print_only(class: &str) -> bool {
    class.split_ascii_whitespace().any(|t| {
        rules::PRINT_ONLY_CLASSES
            .iter()
            .any(|h| t.eq_ignore_ascii_case(h))
    })
}

/// An inline style that hides the block or moves it off screen.
fn style_hides(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if s.contains("display:none") || s.contains("visibility:hidden") {
        return true;
    }
    // Far off screen ("left:-9999px", "text-indent:-10000px"): the way
    // pages hide text for screen readers and search engines.
    for prop in ["left:-", "top:-", "text-indent:-", "margin-left:-"] {
        if let Some(p) = s.find(prop) {
            let digits: String = s[p + prop.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if digits.len() >= 4 && s[p + prop.len() + digits.len()..].starts_with("px") {
                return true;
            }
        }
    }
    false
}

/// A class token that CSS frameworks use to hide an element on screen.
fn class_hides(class: &str) -> bool {
    let mut none = false;
    for t in class.split_ascii_whitespace() {
        if rules::HIDING_CLASSES
            .iter()
            .any(|h| t.eq_ignore_ascii_case(h))
        {
            return true;
        }
        if t == "d-none" {
            none = true;
        } else if t.starts_with("d-") && t.len() > 6 {
            // "d-none d-md-block": hidden on small screens only.
            return false;
        }
    }
    none
}
