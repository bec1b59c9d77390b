//! Text the page hides: the `hidden` attribute, `aria-hidden`, inline
//! styles that hide or move a block off screen, and the class names that
//! CSS frameworks use for the same ("sr-only", "visually-hidden", "d-none").
//! In the browser the live DOM reader also reports what the page's own
//! styles hide.

use crate::dom::{Element, NodeId, Ns, Tree};
use crate::rules;

/// Whether node `id` of `tree` is hidden by the page: attributes, inline
/// style or a hiding class. The page's whole app marked `aria-hidden`
/// (see [`inert_app`]) is shown.
pub(crate) fn is_hidden_in(tree: &Tree, id: NodeId) -> bool {
    tree.element(id).is_some_and(|e| {
        // Hidden by `aria-hidden` alone on the app is no hiding. The
        // app test is cheap for all but `<body>`'s children, so it goes
        // before a second reading of the element's style and class.
        hides(&e, true)
            && (!inert_app(tree, id) || hides(&e, false))
            && !is_accordion_panel(tree, id)
    })
}

/// Whether `id` is an accordion's panel: the block right after a button
/// that reads as its heading ([`is_accordion_button`]), holding an answer
/// of some length and no menu or form. A page keeps the panel closed until
/// the reader opens it, but its text is the page's ("Is dengue passed from
/// person to person?" over its answer); a menu's button ("Menu") opens a
/// list of links.
pub(crate) fn is_accordion_panel(tree: &Tree, id: NodeId) -> bool {
    let mut prev = tree.node(id).prev;
    while prev != crate::dom::NONE && tree.element(prev).is_none() {
        if tree.text(prev).is_some_and(|t| !crate::text::is_blank(t)) {
            return false;
        }
        prev = tree.node(prev).prev;
    }
    prev != crate::dom::NONE && is_accordion_button(tree, prev) && holds_answer(tree, id)
}

/// Whether `id` is a button that heads an accordion's panel: its words a
/// question or a heading of a few words (a CJK character counting half a
/// word), not a control's ("Menu", "Share", "+"), and the next element an
/// answer ([`holds_answer`]).
pub(crate) fn is_accordion_button(tree: &Tree, id: NodeId) -> bool {
    if !tree.is(id, "button") {
        return false;
    }
    // A bounded read: a button holding a page's worth of text (a hostile
    // one, set deep in many boxes that each look at it) is no question.
    let Some(t) = text_within(tree, id, rules::ACCORDION_BUTTON_MAX_BYTES) else {
        return false;
    };
    let t = t.trim();
    let s = crate::text::stats(t);
    let words = s.spaced_words();
    let asks = t.ends_with(['?', '？', '؟']);
    if words > rules::ACCORDION_BUTTON_MAX_WORDS || !(asks || words >= 3) {
        return false;
    }
    let next = tree.next_element(id);
    next != crate::dom::NONE && holds_answer(tree, next)
}

/// Whether block `id` reads as an answer: some text, mostly not links,
/// and no menu, form or frame, judged on its first nodes.
fn holds_answer(tree: &Tree, id: NodeId) -> bool {
    if !matches!(tree.tag(id), "div" | "section" | "p" | "dd") {
        return false;
    }
    let (mut len, mut linked) = (0usize, 0usize);
    // Inside a link until the walk reaches the node after it.
    let mut link_ends: Option<NodeId> = None;
    let mut d = tree.next_in(id, id);
    let mut budget = rules::FIGURE_MAX_NODES;
    while d != crate::dom::NONE && budget > 0 {
        budget -= 1;
        if link_ends == Some(d) {
            link_ends = None;
        }
        match tree.tag(d) {
            "nav" | "form" | "input" | "select" | "textarea" | "iframe" | "button" => {
                return false;
            }
            "a" if link_ends.is_none() => link_ends = Some(tree.next_skipping_children(id, d)),
            _ => {}
        }
        if let Some(t) = tree.text(d) {
            let n = t.trim().chars().count();
            len += n;
            if link_ends.is_some() {
                linked += n;
            }
        }
        d = tree.next_in(id, d);
    }
    len >= rules::ACCORDION_ANSWER_MIN_CHARS && linked * 2 < len
}

/// The text of `id`, read over at most [`rules::FIGURE_MAX_NODES`] nodes;
/// `None` when it runs past `max` bytes or past those nodes.
pub(crate) fn text_within(tree: &Tree, id: NodeId, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut d = tree.next_in(id, id);
    let mut budget = rules::FIGURE_MAX_NODES;
    while d != crate::dom::NONE {
        if budget == 0 {
            return None;
        }
        budget -= 1;
        if let Some(t) = tree.text(d) {
            if out.len() + t.len() > max {
                return None;
            }
            out.push_str(t);
        }
        d = tree.next_in(id, d);
    }
    Some(out)
}

/// Whether `id` is the page's app made inert while a dialog is open: a
/// child of `<body>` marked `aria-hidden="true"` that holds the page's
/// `<main>`, an `<article>` or the `<h1>`. Dialog libraries hide
/// everything beside the box they open from screen readers this way (a
/// cookie or paywall box, saved with the page); the page shows it all the
/// same. A page hides its own decoration so, never its story.
pub(crate) fn inert_app(tree: &Tree, id: NodeId) -> bool {
    let parent = tree.node(id).parent;
    parent != crate::dom::NONE
        && tree.is(parent, "body")
        && tree
            .attr(id, "aria-hidden")
            .is_some_and(|v| v.trim() == "true")
        && tree
            .descendants(id)
            .any(|d| matches!(tree.tag(d), "main" | "article" | "h1"))
}

/// The checks of [`is_hidden_in`] on one element; `aria_counts` says
/// whether `aria-hidden` counts.
fn hides(e: &Element, aria_counts: bool) -> bool {
    // One pass over the attributes rather than a lookup per name: this runs
    // for every element, and most have one or two attributes.
    let (mut aria, mut style, mut class) = (None, None, None);
    for (name, value) in e.attrs() {
        let slot = match name {
            "hidden" => return true,
            "aria-hidden" => &mut aria,
            "style" => &mut style,
            "class" => &mut class,
            _ => continue,
        };
        // The first of a repeated name counts, as with `attr`.
        slot.get_or_insert(value);
    }
    if aria_counts && aria.is_some_and(|v: &str| v.trim() == "true") {
        // Image fallbacks are marked aria-hidden but are the real image.
        if !class.unwrap_or("").contains("fallback-image") && e.ns == Ns::Html {
            return true;
        }
    }
    if style.is_some_and(style_hides) {
        return true;
    }
    class.is_some_and(|c| class_hides(c) || (is_line(e) && print_only(c)) || closed_modal(e, c))
}

/// A dialog box the page opens on demand ("modal fade"): CSS frameworks
/// keep a block whose class is `modal` out of sight until a script adds an
/// open state ("in", "show", "is-open") or shows it inline. A link named
/// "modal" is what opens one, and stays.
fn closed_modal(e: &Element, class: &str) -> bool {
    if e.ns != Ns::Html || !matches!(e.name, "div" | "section" | "aside" | "form") {
        return false;
    }
    let mut tokens = class.split_ascii_whitespace();
    if !tokens.clone().any(|t| t.eq_ignore_ascii_case("modal")) {
        return false;
    }
    let open = tokens.any(|t| rules::OPEN_STATES.iter().any(|o| t.eq_ignore_ascii_case(o)));
    !open && !e.attr("style").is_some_and(style_shows)
}

/// An inline style that shows a block the class keeps hidden.
fn style_shows(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    s.contains("display:block") || s.contains("display:flex")
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
    // Each pattern below is a colon and then "n", "h" or "-" (whitespace
    // and case aside): a style without one, as nearly all are ("width:
    // 100%", "display: block"), hides nothing.
    let b = style.as_bytes();
    let may_hide = (0..b.len()).any(|i| {
        b[i] == b':'
            && b[i + 1..]
                .iter()
                .find(|c| !c.is_ascii_whitespace())
                .is_some_and(|c| matches!(c.to_ascii_lowercase(), b'n' | b'h' | b'-'))
    });
    if !may_hide {
        return false;
    }
    // Read with whitespace taken out and ASCII lower-cased ("Display: None"
    // reads "display:none"), on the stack when it fits, as nearly every
    // style does: this runs for every element with a style.
    let mut buf = [0u8; 256];
    let long: Vec<u8>;
    let squeezed = style.bytes().filter(|b| !b.is_ascii_whitespace());
    let s: &[u8] = if style.len() <= buf.len() {
        let mut n = 0;
        for b in squeezed {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        &buf[..n]
    } else {
        long = squeezed.map(|b| b.to_ascii_lowercase()).collect();
        &long
    };
    let find = |needle: &[u8]| (0..s.len()).find(|&i| s[i..].starts_with(needle));
    if find(b"display:none").is_some() || find(b"visibility:hidden").is_some() {
        return true;
    }
    // Far off screen ("left:-9999px", "text-indent:-10000px"): the way
    // pages hide text for screen readers and search engines.
    for prop in [&b"left:-"[..], b"top:-", b"text-indent:-", b"margin-left:-"] {
        if let Some(p) = find(prop) {
            let rest = &s[p + prop.len()..];
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits >= 4 && rest[digits..].starts_with(b"px") {
                return true;
            }
        }
    }
    false
}

/// The component name that CSS-in-JS libraries (emotion, styled-components)
/// put after a class token's hash: "VisuallyHidden" in
/// "ssrcss-1rl8lnr-VisuallyHidden". Only a name in capitals, so that a
/// plain "menu-hidden" names nothing.
fn styled_label(t: &str) -> Option<&str> {
    let label = after_last(t, b'-')?;
    label
        .starts_with(|c: char| c.is_ascii_uppercase())
        .then_some(label)
}

/// What follows the last `sep` in the class token `t`: `t.rsplit_once`,
/// read back byte by byte, which on a token of a few dozen bytes costs a
/// fraction of the standard searcher's setup (this runs for every class
/// token of every element).
fn after_last(t: &str, sep: u8) -> Option<&str> {
    debug_assert!(sep.is_ascii());
    let at = t.bytes().rposition(|b| b == sep)?;
    // `sep` is ASCII, so the byte after it starts a character.
    Some(&t[at + 1..])
}

/// Whether `label` is `name` with its hyphens left out, in any case
/// ("VisuallyHidden" and "visually-hidden").
fn unhyphenated_eq(name: &str, label: &str) -> bool {
    let mut n = name.bytes().filter(|&b| b != b'-');
    let mut l = label.bytes();
    loop {
        match (n.next(), l.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
            _ => return false,
        }
    }
}

/// A class token that CSS frameworks use to hide an element on screen.
fn class_hides(class: &str) -> bool {
    let (mut none, mut shown) = (false, false);
    for t in class.split_ascii_whitespace() {
        if rules::HIDING_CLASSES
            .iter()
            .any(|h| t.eq_ignore_ascii_case(h))
            || styled_label(t)
                .is_some_and(|l| rules::HIDING_CLASSES.iter().any(|h| unhyphenated_eq(h, l)))
        {
            return true;
        }
        if t == "d-none" || t.eq_ignore_ascii_case("hidden") || t == "!hidden" {
            none = true;
        } else if t.starts_with("d-") && t.len() > 6 {
            // "d-none d-md-block": hidden on small screens only.
            shown = true;
        } else if let Some(display) = after_last(t, b':') {
            // "hidden md:block": shown on wider screens. Other variants
            // ("hover:underline") show nothing.
            shown = shown
                || matches!(
                    display.trim_start_matches('!'),
                    "block"
                        | "flex"
                        | "grid"
                        | "inline"
                        | "inline-block"
                        | "inline-flex"
                        | "table"
                        | "contents"
                        | "flow-root"
                );
        }
    }
    none && !shown
}
