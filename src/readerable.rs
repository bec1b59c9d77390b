//! A cheap guess whether a page holds an article, run on every page load to
//! set the toolbar icon. It only looks for enough long, visible paragraphs
//! outside the page's chrome; no scoring, no cleaning.

use crate::clean::hidden::is_hidden_in;
use crate::dom::{Tree, DOCUMENT, NONE};
use crate::rules;

/// Paragraphs shorter than this say nothing about a page (weighted chars).
const MIN_PARAGRAPH: f64 = 140.0;
/// Evidence needed: the sum over paragraphs of sqrt(length - MIN_PARAGRAPH).
const MIN_SCORE: f64 = 20.0;

/// True when the page probably holds an article.
pub(crate) fn check(tree: &Tree) -> bool {
    // Chrome is judged block by block, not by its containers: extraction
    // falls back to ignoring class names, so a page whose wrappers are
    // oddly named still reads.
    let root = tree.body().unwrap_or(DOCUMENT);
    let mut score = 0.0;
    let mut id = root;
    while id != NONE {
        let mut skip = false;
        if let Some(el) = tree.element(id) {
            let name: &str = el.name;
            if is_hidden_in(tree, id)
                || matches!(name, "script" | "style" | "noscript" | "template")
            {
                skip = true;
            } else if !looks_like_chrome(&el) {
                let counts = match name {
                    "p" | "pre" | "article" => {
                        // A paragraph inside a list item is a teaser in a
                        // list of links, not prose.
                        !(name == "p" && tree.ancestors(id).any(|a| tree.is(a, "li")))
                    }
                    "div" => tree.child_elements(id).any(|c| tree.is(c, "br")),
                    _ => false,
                };
                if counts {
                    let len = text_len(tree, id);
                    if len >= MIN_PARAGRAPH {
                        score += (len - MIN_PARAGRAPH).sqrt();
                        if score > MIN_SCORE {
                            return true;
                        }
                    }
                    // Text inside was measured with this block.
                    skip = name != "div" && name != "article";
                }
            }
        }
        let node = tree.node(id);
        id = if !skip && node.first_child != NONE {
            node.first_child
        } else {
            tree.next_skipping_children(root, id)
        };
    }
    false
}

fn looks_like_chrome(el: &crate::dom::Element) -> bool {
    if let Some(role) = el.attr("role") {
        if rules::UNLIKELY_ROLES.contains(&role.trim()) {
            return true;
        }
    }
    let class = el.attr("class").unwrap_or("");
    let id = el.attr("id").unwrap_or("");
    if class.is_empty() && id.is_empty() {
        return false;
    }
    let names = crate::text::lower(&format!("{class} {id}"));
    crate::text::contains_any(&names, rules::UNLIKELY)
        && !crate::text::contains_any(&names, rules::MAYBE)
}

/// Trimmed text length, whitespace runs counted once, CJK weighted.
fn text_len(tree: &Tree, id: crate::dom::NodeId) -> f64 {
    let t = tree.text_content(id);
    let mut n = 0usize;
    let mut ws = false;
    for c in t.trim().chars() {
        if c.is_whitespace() {
            if !ws {
                n += 1;
            }
            ws = true;
        } else {
            // A Hangul syllable writes two or three letters' sounds:
            // Korean says in a hundred syllables what English says in two
            // hundred letters.
            n += if crate::text::is_cjk(c) {
                3
            } else if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
                2
            } else {
                1
            };
            ws = false;
        }
    }
    n as f64
}
