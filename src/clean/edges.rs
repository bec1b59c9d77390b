//! Boilerplate at the edges of the body, before the first and after the
//! last prose paragraph.

use super::Cleaner;

pub(super) fn run(_c: &mut Cleaner<'_, '_>) {}
