//! Lines that repeat the reader's header inside the body: a line holding
//! only a date or time ("Updated: 3:59 PM").

use super::{Cleaner, Rule};
use crate::rules;

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if c.short_block(id).is_none() {
            continue;
        }
        let t = c.kept_lower(id);
        if is_date_line(&t) {
            c.drop(id, Rule::HeaderLine);
        }
    }
}

/// A short line that holds only a date or time ("05. Februar 2020",
/// "Updated: 3:59 PM"): the reader's header shows the date already.
fn is_date_line(t: &str) -> bool {
    if t.len() > 60 {
        return false;
    }
    // A day and a year, or hours and minutes: two groups of digits at least.
    let digit_groups = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    if digit_groups < 2 {
        return false;
    }
    t.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| rules::DATE_WORDS.contains(&w))
}
