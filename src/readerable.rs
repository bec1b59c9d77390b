//! A cheap guess whether a page holds an article.

use crate::dom::Tree;

/// True when the page probably holds an article.
pub(crate) fn check(tree: &Tree) -> bool {
    let mut score = 0.0;
    for n in tree.descendants(crate::dom::DOCUMENT) {
        if tree.is(n, "p") || tree.is(n, "pre") {
            let len = tree.text_content(n).trim().chars().count();
            if len >= 140 {
                score += ((len - 140) as f64).sqrt();
                if score > 20.0 {
                    return true;
                }
            }
        }
    }
    false
}
