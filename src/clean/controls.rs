//! Control labels: one- to three-word blocks that are page controls or ad
//! slots, not prose ("Print", "Back to top", "Video", "Advertisement").

use super::{Cleaner, Rule};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let Some(len) = c.short_block(id) else {
            continue;
        };
        if len > rules::CONTROL_MAX_CHARS {
            continue;
        }
        let t = c.kept_lower(id);
        let bare = t.trim_end_matches(rules::LABEL_TRAILERS);
        if rules::CONTROL_TEXTS.contains(&bare) || rules::AD_LABELS.contains(&bare) {
            c.drop(id, Rule::ControlLabel);
        }
    }
}
