//! Lector: the article alone, out of any web page.
//!
//! Build a [`Page`] (natively from HTML with [`Page::parse`] or
//! [`Page::from_bytes`]; in the browser from the live DOM), then call
//! [`extract`]. "No article here" is `None`, a normal result.
//!
//! ```
//! let html = r#"<html><head><title>Moon landing | Daily Planet</title></head>
//! <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
//! <article><h1>Moon landing</h1>
//! <p>The crew touched down on the lunar surface late on Sunday, after a
//! descent that took longer than planned, and sent a short message home.</p>
//! <p>Engineers in the control room, who had watched the fuel run low, said
//! the landing was the calmest moment of a long and difficult day for all.</p>
//! <p>The astronauts will spend two hours outside, collecting rock samples,
//! setting up experiments and taking photographs, before they rest and sleep.</p>
//! </article></body></html>"#;
//! let page = lector::Page::parse(html);
//! let article = lector::extract(&page, &lector::Options::default()).expect("an article");
//! assert_eq!(article.title.as_deref(), Some("Moon landing"));
//! assert!(article.text_content.contains("lunar surface"));
//! assert!(!article.content.contains("World"));
//! ```
#![deny(missing_docs)]

mod clean;
mod content;
mod dom;
mod explain;
mod json;
#[cfg(any(not(target_arch = "wasm32"), feature = "markdown-wasm"))]
mod markdown;
mod metadata;
#[cfg(any(not(target_arch = "wasm32"), feature = "markdown-wasm"))]
mod parse;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
mod readerable;
mod rules;
#[cfg(all(any(test, feature = "validator"), not(target_arch = "wasm32")))]
#[doc(hidden)]
pub mod safety;
mod serialize;
mod text;
mod url;
#[cfg(not(target_arch = "wasm32"))]
pub mod warc;
#[cfg(all(target_arch = "wasm32", not(feature = "markdown-wasm")))]
mod wasm;
// The Markdown module is built from this crate alone with its own exports
// (the `markdown-wasm` feature); the engine's are left out of it.
#[cfg(all(target_arch = "wasm32", feature = "markdown-wasm"))]
mod wasm_markdown;

use serde::Serialize;

/// A page to read: Lector's own read-only tree of its DOM, plus its address.
#[derive(Clone, Debug)]
pub struct Page {
    tree: dom::Tree,
    url: Option<String>,
}

impl Page {
    /// Parses an HTML document.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(html: &str) -> Page {
        Page {
            tree: parse::parse_str(html),
            url: None,
        }
    }

    /// Parses an HTML document from raw bytes, honouring a byte-order mark
    /// and `<meta charset>`; undeclared non-UTF-8 bytes are read as
    /// windows-1252.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes(bytes: &[u8]) -> Page {
        Page {
            tree: parse::parse_bytes(bytes, None),
            url: None,
        }
    }

    /// Like [`Page::from_bytes`], for bytes that came with a charset from
    /// outside the page, such as the `charset` of an HTTP `Content-Type`
    /// header. A byte-order mark or `<meta charset>` in the page still wins;
    /// an unknown label is ignored.
    ///
    /// ```
    /// // "Привет" in windows-1251, with no <meta charset> in the page.
    /// let bytes = b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>";
    /// let page = lector::Page::from_bytes_with_charset(bytes, Some("windows-1251"));
    /// let why = lector::explain(&page, &lector::Options::default());
    /// assert!(why.blocks.iter().any(|b| b.text == "Привет"));
    /// ```
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_bytes_with_charset(bytes: &[u8], charset: Option<&str>) -> Page {
        Page {
            tree: parse::parse_bytes(bytes, charset),
            url: None,
        }
    }

    /// Sets the page's own address, used to make links absolute (a
    /// `<base href>` in the page still takes precedence for relative links).
    pub fn with_url(mut self, url: impl Into<String>) -> Page {
        self.url = Some(url.into());
        self
    }

    /// The page's address, if known.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    #[allow(dead_code)]
    pub(crate) fn from_tree(tree: dom::Tree, url: Option<String>) -> Page {
        Page { tree, url }
    }
}

/// What to extract and how.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Options {
    /// The page's address; overrides the one set on the [`Page`].
    pub url: Option<String>,
    /// Return the best candidate even when the page does not look like an
    /// article (for "show it anyway").
    pub force: bool,
}

impl Options {
    /// Options with the page address set.
    pub fn with_url(mut self, url: impl Into<String>) -> Options {
        self.url = Some(url.into());
        self
    }

    /// Options that return a best attempt even where no article is found.
    pub fn forced(mut self) -> Options {
        self.force = true;
        self
    }
}

/// The article found on a page. Serializes in camelCase, like
/// Readability.js's result.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The article's title, without the site name around it.
    pub title: Option<String>,
    /// The author(s), as the page names them.
    pub byline: Option<String>,
    /// The site's or publication's name.
    pub site_name: Option<String>,
    /// Publication time, ISO 8601 where the page gives a parseable date.
    pub published_time: Option<String>,
    /// The content's language (`lang`), e.g. `en` or `pt-BR`.
    pub lang: Option<String>,
    /// Text direction: `ltr`, `rtl` or `auto`, where the page says.
    pub dir: Option<String>,
    /// A short summary: the page's description or the first paragraph.
    pub excerpt: Option<String>,
    /// The summary line the page shows under its headline (a standfirst),
    /// taken out of the body: the reader shows it under the title. A
    /// summary the page gives as a list of points has one per line.
    pub summary: Option<String>,
    /// The article's main image.
    pub lead_image_url: Option<String>,
    /// The article body as a clean, safe HTML fragment.
    pub content: String,
    /// The article as plain text, as the reader shows it: the summary
    /// line, then the body's running text, without figure captions (the
    /// reader shows them under their images in `content`).
    pub text_content: String,
    /// Characters of text in the body.
    pub length: usize,
    /// Words in the body (CJK characters count as words, scaled).
    pub word_count: usize,
    /// Minutes a person takes to read the body, at least 1.
    pub reading_time_minutes: usize,
    /// The page's address, if known.
    pub url: Option<String>,
}

/// Errors for misuse and exceeded limits. "No article" is not an error.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be read as a document.
    InvalidInput(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidInput(m) => write!(f, "invalid input: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// Finds the article on `page`. `None` means the page holds no article (a
/// home page, a search results page, an empty page).
pub fn extract(page: &Page, options: &Options) -> Option<Article> {
    let tree = &page.tree;
    let page_url = options.url.clone().or_else(|| page.url.clone());
    // 1. Where relative links point: `<base href>` over the page address.
    let base = metadata::base_url(tree, page_url.as_deref());
    // 2. Metadata from JSON-LD, meta tags and the page's own byline.
    let meta = metadata::collect(tree, base.as_deref());
    // 3. The body: score blocks, pick the article, clean it.
    let body = content::find(tree, &meta, base.as_deref(), options.force)?;
    // 4. Safe output built from an allowlist.
    let out = serialize::render(tree, &body, base.as_deref(), page_url.as_deref());
    // The reader shows the summary line under the title, then the body:
    // the article's text is both, in that order.
    let summary = body.summary.clone();
    // A byline the page marks wins over the line the body opened with.
    let byline = meta.byline.or_else(|| body.byline.clone());
    let text_content = match &summary {
        Some(s) if !out.text.is_empty() => format!("{s}\n\n{}", out.text),
        _ => out.text,
    };
    let stats = text::stats(&text_content);
    // Too little text, or text that is mostly links (a home page, a list
    // of search results), is no article. `force` asks for it anyway.
    let too_short = stats.chars < rules::MIN_ARTICLE_TEXT;
    let all_links = stats.chars >= rules::MIN_ARTICLE_CHARS
        && out.link_chars as f64 > stats.chars as f64 * rules::MAX_ARTICLE_LINK_DENSITY;
    if stats.chars == 0 || (!options.force && (too_short || all_links)) {
        return None;
    }
    let excerpt = meta.excerpt.clone().or_else(|| out.first_paragraph.clone());
    Some(Article {
        title: meta.title,
        byline,
        site_name: meta.site_name,
        published_time: meta.published_time,
        lang: meta.lang,
        dir: meta.dir,
        excerpt,
        summary,
        // Only a web address: the reader loads it as an image.
        lead_image_url: meta
            .lead_image_url
            .or(out.first_image)
            .filter(|u| u.starts_with("https:") || u.starts_with("http:")),
        content: out.html,
        text_content,
        length: stats.chars,
        word_count: stats.words,
        reading_time_minutes: stats.reading_minutes,
        url: page_url,
    })
}

/// One block of the page as Lector judged it, in document order: what
/// `lector --explain` prints and the playground shows on hover.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Block {
    /// The element's tag name (`p`, `li`, `img`...).
    pub tag: String,
    /// The block's own text, whitespace collapsed (an image's `alt`).
    pub text: String,
    /// Whether the block is in the article.
    pub kept: bool,
    /// The name of the rule that left the block out; `None` when kept.
    pub rule: Option<&'static str>,
}

/// Why a page's blocks are in the article or not.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Explanation {
    /// Whether [`extract`] finds an article on the page.
    pub found: bool,
    /// Why the chosen container won: the pass, its tag and class, its score.
    pub container: Option<String>,
    /// The page's text blocks and images, in document order.
    pub blocks: Vec<Block>,
}

/// Explains [`extract`]'s result on `page`: each block of the page, kept or
/// removed, with the rule that removed it. Where no article is found the
/// best attempt (as with [`Options::force`]) is explained.
///
/// ```
/// let page = lector::Page::parse(
///     "<body><nav><a href='/'>Home</a></nav><article><p>A long enough \
///      paragraph about the harbour, the boats and the people who work \
///      there every day.</p></article></body>",
/// );
/// let why = lector::explain(&page, &lector::Options::default());
/// let home = why.blocks.iter().find(|b| b.text == "Home").unwrap();
/// assert!(!home.kept);
/// assert!(why.blocks.iter().any(|b| b.kept && b.text.contains("harbour")));
/// ```
pub fn explain(page: &Page, options: &Options) -> Explanation {
    let tree = &page.tree;
    let found = extract(page, options).is_some();
    let page_url = options.url.clone().or_else(|| page.url.clone());
    let base = metadata::base_url(tree, page_url.as_deref());
    let meta = metadata::collect(tree, base.as_deref());
    let body = content::find(tree, &meta, base.as_deref(), true);
    explain::explain(tree, body.as_ref(), found)
}

/// A quick guess whether [`extract`] will find an article, cheap enough to
/// run on every page load (it decides the toolbar icon's state).
pub fn is_probably_readerable(page: &Page) -> bool {
    readerable::check(&page.tree)
}
