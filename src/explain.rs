//! Why each block of a page is in the article or not: the page's text
//! blocks in document order, each with the rule that removed it.

use crate::clean::Rule;
use crate::content::Body;
use crate::dom::{Tree, NONE};
use crate::{Block, Explanation};

/// Elements that start a block of their own in the explanation.
fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "figcaption"
            | "caption"
            | "td"
            | "th"
            | "div"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "form"
            | "figure"
            | "address"
            | "summary"
            | "details"
            | "ul"
            | "ol"
            | "table"
            | "tr"
            | "body"
    )
}

/// The blocks of `tree`'s body as `body` (the chosen article) judges them.
pub(crate) fn blocks(tree: &Tree, body: &Body) -> Vec<Block> {
    let Some(page_body) = tree.body() else {
        return Vec::new();
    };
    let n = tree.nodes.len();
    let mut in_roots = vec![false; n];
    for &r in &body.roots {
        in_roots[r as usize] = true;
    }
    // Each node's verdict (its own rule, else its parent's) and the block
    // its text belongs to.
    let mut verdict = vec![Rule::Kept; n];
    let mut block_of = vec![usize::MAX; n];
    let mut out: Vec<Block> = Vec::new();
    for id in tree.descendants(page_body) {
        let i = id as usize;
        let parent = tree.node(id).parent;
        let (pv, pin, pblock) = if id == page_body || parent == NONE {
            (Rule::Kept, false, usize::MAX)
        } else {
            let p = parent as usize;
            (verdict[p], in_roots[p], block_of[p])
        };
        in_roots[i] |= pin;
        verdict[i] = if body.why[i] != Rule::Kept {
            body.why[i]
        } else if body.drop[i] && pv == Rule::Kept {
            // Dropped without a recorded rule: text-less by nature.
            Rule::Empty
        } else {
            pv
        };
        if let Some(e) = tree.element(id) {
            if matches!(e.name, "script" | "style" | "noscript" | "template" | "svg") {
                verdict[i] = Rule::Empty;
                block_of[i] = usize::MAX;
                continue;
            }
            let own_rule = body.why[i] != Rule::Kept;
            if is_block_tag(e.name) || own_rule || e.is("img") {
                block_of[i] = out.len();
                let text = if e.is("img") {
                    e.attr("alt").unwrap_or("").to_owned()
                } else {
                    String::new()
                };
                out.push(Block {
                    tag: e.name.to_string(),
                    text,
                    kept: false,
                    rule: None,
                });
                set_verdict(&mut out, block_of[i], verdict[i], in_roots[i]);
                if e.is("img") {
                    // An image has no text of its own; keep it listed.
                    if out[block_of[i]].text.is_empty() {
                        out[block_of[i]].text = "(image)".to_owned();
                    }
                }
                continue;
            }
            block_of[i] = pblock;
        } else if let Some(t) = tree.text(id) {
            block_of[i] = pblock;
            if pblock != usize::MAX && verdict[parent as usize] != Rule::Empty {
                let b = &mut out[pblock].text;
                if b.len() < 4096 {
                    b.push_str(t);
                }
            }
        }
    }
    out.retain_mut(|b| {
        b.text = crate::text::normalize_space(&b.text);
        !b.text.is_empty()
    });
    out
}

fn set_verdict(out: &mut [Block], k: usize, rule: Rule, in_article: bool) {
    let b = &mut out[k];
    match (rule, in_article) {
        (Rule::Kept, true) => {
            b.kept = true;
            b.rule = None;
        }
        (Rule::Kept, false) => b.rule = Some(Rule::OutsideArticle.name()),
        (r, _) => b.rule = Some(r.name()),
    }
}

/// Explains `page`: what was found and why each block is in or out.
pub(crate) fn explain(tree: &Tree, body: Option<&Body>, found: bool) -> Explanation {
    let Some(body) = body else {
        return Explanation {
            found,
            container: None,
            blocks: Vec::new(),
        };
    };
    Explanation {
        found,
        container: Some(body.chosen.clone()),
        blocks: blocks(tree, body),
    }
}
