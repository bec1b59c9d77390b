//! `<noscript>` text in the live DOM: its `<img>` tags, through the same
//! scanner the native tree uses, keeping only the attributes the page reader
//! reads everywhere else.

use super::walk::wanted;

/// An element's attributes, as the tree stores them.
type Attrs = Vec<(Box<str>, Box<str>)>;

/// The wanted attributes of every `<img>` tag in `markup`, in order.
pub(crate) fn images(markup: &str) -> Vec<Attrs> {
    crate::dom::scan_img_tags(markup)
        .into_iter()
        .map(|attrs| attrs.into_iter().filter(|(n, _)| wanted(n)).collect())
        .collect()
}
