//! Captions and credits: photo credits and copyright lines, named by class
//! or by their opening ("Foto: ...", "© ...").

use super::{Cleaner, Rule};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let Some(len) = c.short_block(id) else {
            continue;
        };
        if len >= rules::CREDIT_MAX_CHARS {
            continue;
        }
        let names = c.page.names(id);
        if !names.is_empty() && rules::CREDIT.iter().any(|k| names.contains(k)) {
            c.drop(id, Rule::Credit);
            continue;
        }
        if tree.is(id, "li") {
            continue;
        }
        let t = c.kept_lower(id);
        if rules::CREDIT_PREFIXES.iter().any(|p| t.starts_with(p)) {
            c.drop(id, Rule::Credit);
        }
    }
}
