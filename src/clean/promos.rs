//! Promos for other stories inside the body: a block opening with a label
//! such as "Read more" or "Lesen Sie auch", and the list a label heading
//! introduces; author boxes.

use super::{Cleaner, Rule};
use crate::dom::NONE;
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    let mut drop_next_list = false;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        let gone = c.dropped_above(id);
        if c.out.drop[i] || tree.element(id).is_none() || c.is_root[i] {
            drop_next_list = false;
            continue;
        }
        if !super::is_blockish(tree.tag(id)) {
            continue;
        }
        if drop_next_list {
            // The list or block a promo heading introduces.
            drop_next_list = false;
            if !gone && c.live.link_density(id) > 0.5 && tree.node(id).parent == prev_parent(c, id)
            {
                c.drop(id, Rule::PromoList);
                continue;
            }
        }
        let Some(_) = c.short_block(id) else {
            continue;
        };
        let names = c.page.names(id);
        if !names.is_empty() && rules::AUTHOR_BOX.iter().any(|k| names.contains(k)) {
            c.drop(id, Rule::AuthorBox);
            continue;
        }
        let t = c.kept_lower(id);
        let Some(label) = rules::PROMO_LABELS.iter().find(|l| t.starts_with(*l)) else {
            continue;
        };
        let label_only = t.trim_end_matches(rules::LABEL_TRAILERS).len() <= label.len() + 2;
        if label_only {
            // A heading: it and the links below it go.
            c.drop(id, Rule::Promo);
            drop_next_list = true;
        } else if c.live.link_len[i] > 0.0 {
            c.drop(id, Rule::Promo);
        }
    }
}

/// The parent of the previous element sibling (to check that a promo
/// heading and its list are neighbours).
fn prev_parent(c: &Cleaner<'_, '_>, id: crate::dom::NodeId) -> crate::dom::NodeId {
    let tree = c.tree;
    let mut p = tree.node(id).prev;
    while p != NONE && tree.element(p).is_none() {
        p = tree.node(p).prev;
    }
    if p == NONE {
        NONE
    } else {
        tree.node(p).parent
    }
}
