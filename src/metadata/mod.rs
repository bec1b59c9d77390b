//! Article metadata: title, byline, site name, dates, language, excerpt and
//! lead image, from JSON-LD, OpenGraph, Twitter cards, Dublin Core, `<meta>`,
//! `<time>`, `rel=author` and byline elements in the page.
//!
//! Every source is read in one walk of the tree; each field then takes the
//! first source that has it, in the orders below, which put structured,
//! article-specific data before generic page data.

mod date;
mod entities;
mod jsonld;
mod title;

use crate::dom::{NodeId, Tree, DOCUMENT, NONE};
use crate::text::normalize_space;

/// Meta keys for the title, best first (after JSON-LD).
const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterms:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "twitter:title",
    "parsely:title",
    "sailthru:title",
];

/// Meta keys for the author, best first (after JSON-LD).
const BYLINE_KEYS: &[&str] = &[
    "dc:creator",
    "dcterms:creator",
    "author",
    "parsely:author",
    "sailthru:author",
    // Dable, the recommendation widget of many Korean, Taiwanese and
    // Indonesian news sites, is told the reporter's name.
    "dable:author",
    "article:author",
    "og:article:author",
    "itemprop:author",
];

/// Byline keys that may hold a profile URL instead of a name.
const BYLINE_URL_KEYS: &[&str] = &["article:author", "og:article:author"];

/// Meta keys for the summary, best first (after JSON-LD).
const EXCERPT_KEYS: &[&str] = &[
    "dc:description",
    "dcterms:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
    "sailthru:description",
    "itemprop:description",
];

/// Meta keys for the site's name, best first (after JSON-LD).
const SITE_NAME_KEYS: &[&str] = &["og:site_name"];

/// Meta keys naming the publication time outright, best first (after
/// JSON-LD); their values are kept even when not readable as a date.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "parsely:pub-date",
    "og:published_time",
];

/// Meta keys that usually hold the publication time, used only when their
/// value reads as a date: generic names like `date` also hold other things.
const WEAK_DATE_KEYS: &[&str] = &[
    "article:published",
    "dc:date.issued",
    "dcterms:issued",
    "dc:date",
    "dcterms:date",
    "dcterms:created",
    "dc:date.created",
    "sailthru:date",
    "pubdate",
    "publish-date",
    "date",
    "itemprop:datepublished",
];

/// Meta keys for the lead image, best first (after JSON-LD).
const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "parsely:image-url",
    "sailthru:image:full",
    "itemprop:image",
    "link:image_src",
];

/// Meta keys for the language when `<html lang>` is missing. `og:locale` is
/// not one: SEO plugins fill it with a site-wide default (often `en_US` on
/// pages in other languages).
const LANG_KEYS: &[&str] = &[
    "http-equiv:content-language",
    "content-language",
    "dc:language",
];

/// Vocabulary prefixes whose separator after the prefix (`.`, `-`, `:`) is
/// normalized to `:`, so `DC.title`, `dc:title` and `dc-title` are one key.
const KEY_PREFIXES: &[&str] = &[
    "dc", "dcterms", "dcterm", "og", "twitter", "parsely", "sailthru", "article", "weibo",
];

/// Words in a class or id that mark a byline element.
/// ("dateline" is not one: it holds a place and date, not a name.)
const BYLINE_WORDS: &[&str] = &["byline", "author", "writer"];

/// Longer words that contain a byline word without meaning one
/// ("authorization" in a login box, "authority").
const BYLINE_FALSE_FRIENDS: &[&str] = &["authoriz", "authorit"];

/// A byline element's text must be shorter than this (in characters) to be
/// a name rather than an author biography.
const MAX_BYLINE_CHARS: usize = 100;

/// Words in a class or id of page chrome whose author names belong to other
/// content (comments, related stories, sidebars).
const BYLINE_SKIP_WORDS: &[&str] = &[
    "comment",
    "sidebar",
    "footer",
    "related",
    "disqus",
    "recommend",
    "popular",
    "trending",
];

/// Elements never holding the article's byline. A `match`: the byline walk
/// asks for every node of the body.
fn is_byline_skip_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "footer"
            | "form"
            | "select"
            | "button"
            | "textarea"
            | "svg"
    )
}

/// Most nodes read under one element for a short text (a byline, a date):
/// a real one is small, and the cap keeps nested hostile markup linear.
const MAX_SHORT_TEXT_NODES: usize = 100;

/// Headings at most this many are kept to compare with the title.
const MAX_HEADINGS: usize = 32;

/// What the page says about its article.
#[derive(Clone, Debug, Default)]
pub(crate) struct Metadata {
    /// The headline: structured metadata as given, else the document
    /// `<title>` with the site name cut off.
    pub title: Option<String>,
    /// Author names (", "-joined when several), else a byline element's text.
    pub byline: Option<String>,
    /// The publication's name (JSON-LD publisher, `og:site_name`).
    pub site_name: Option<String>,
    /// ISO 8601 where readable; a value from an explicit publication-time
    /// field is kept raw when it is not.
    pub published_time: Option<String>,
    /// The page's own summary (descriptions in JSON-LD or meta tags).
    pub excerpt: Option<String>,
    /// The lead image, absolute when a base URL is known.
    pub lead_image_url: Option<String>,
    /// The document language (`<html lang>`, `<body lang>`, declared
    /// content language).
    pub lang: Option<String>,
    /// The direction most paragraph text inherits (`ltr`, `rtl`, `auto`).
    pub dir: Option<String>,
    /// Byline elements found in the page body; the content leaves them out
    /// since the reader shows the byline in its header. Holds the element
    /// the byline was read from, or one naming the metadata's author.
    pub byline_nodes: Vec<NodeId>,
    /// The page's own address as it states it (`<link rel=canonical>`,
    /// `og:url`), when absolute: which site it is when no address was
    /// given, as for a saved page read from a file.
    pub address: Option<String>,
    /// The claim a fact-check reviews, as its JSON-LD states it.
    pub claim: Option<String>,
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

/// Trims, collapses whitespace and decodes leftover character references;
/// empty becomes `None`.
fn clean(s: &str) -> Option<String> {
    let s = normalize_space(&entities::decode(s));
    (!s.is_empty()).then_some(s)
}

/// A meta key in canonical form: lower case, no spaces, `:` after a known
/// vocabulary prefix.
fn canonical_key(raw: &str) -> String {
    let k: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::text::lower_char)
        .collect();
    for p in KEY_PREFIXES {
        if let Some(rest) = k.strip_prefix(p) {
            if let Some(rest) = rest.strip_prefix(['.', '-', ':']) {
                return format!("{p}:{rest}");
            }
        }
    }
    k
}

/// `<meta>` values by canonical key. `property` values beat `name` values
/// (the RDFa attribute is the more deliberate one); otherwise the first
/// wins.
#[derive(Default)]
struct MetaMap {
    property: Vec<(String, String)>,
    name: Vec<(String, String)>,
}

impl MetaMap {
    fn get(&self, key: &str) -> Option<&str> {
        fn find<'a>(v: &'a [(String, String)], key: &str) -> Option<&'a str> {
            v.iter()
                .find(|(k, val)| k == key && !val.trim().is_empty())
                .map(|(_, v)| v.as_str())
        }
        find(&self.property, key).or_else(|| find(&self.name, key))
    }

    /// Every distinct value of `key` from the attribute kind that has it
    /// (several `DC.creator` tags name several authors).
    fn get_all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let list = if self
            .property
            .iter()
            .any(|(k, v)| k == key && !v.trim().is_empty())
        {
            &self.property
        } else {
            &self.name
        };
        let mut seen: Vec<&str> = Vec::new();
        list.iter().filter_map(move |(k, v)| {
            if k != key || v.trim().is_empty() || seen.contains(&v.as_str()) {
                return None;
            }
            seen.push(v.as_str());
            Some(v.as_str())
        })
    }

    /// The first of `keys` holding a clean, non-empty value.
    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.get(k).and_then(clean))
    }
}

/// Everything one walk of the tree gathers.
#[derive(Default)]
struct Scan {
    /// `<meta>` (and a few `<link>`) values.
    meta: MetaMap,
    /// The first `<title>`'s text.
    title: Option<String>,
    /// `h1` and `h2` texts, to recognize the headline inside the title.
    headings: Vec<String>,
    /// Texts of `application/ld+json` scripts.
    ld_scripts: Vec<String>,
    /// `<time pubdate>` / `<time itemprop=datePublished>` values, in order.
    pub_times: Vec<String>,
    /// The values of the first plain `<time>` element shortly after the
    /// first `<h1>`: the date a story shows under its headline without
    /// naming it as the publication date, read last. (Before the headline,
    /// a `<time>` is more often today's date in the site's header.)
    first_time: Vec<String>,
    /// Elements read since the first `<h1>`, once there was one.
    after_h1: Option<u32>,
    /// `itemprop=headline` element text, if any.
    headline: Option<String>,
    /// True when an element below `<html>` sets `dir`.
    inner_dir: bool,
}

/// Reads every metadata source in one pass over the tree (meta tags may sit
/// in the body, as microdata does).
fn scan(tree: &Tree) -> Scan {
    let mut s = Scan::default();
    for n in tree.descendants(DOCUMENT) {
        let Some(e) = tree.element(n) else { continue };
        if e.ns != crate::dom::Ns::Html {
            continue;
        }
        if let Some(k) = &mut s.after_h1 {
            *k += 1;
        }
        match e.name {
            "meta" => {
                let Some(content) = e.attr("content") else {
                    continue;
                };
                if let Some(p) = e.attr("property") {
                    for t in p.split_whitespace() {
                        s.meta.property.push((canonical_key(t), content.to_owned()));
                    }
                }
                if let Some(name) = e.attr("name") {
                    s.meta.name.push((canonical_key(name), content.to_owned()));
                }
                if let Some(h) = e.attr("http-equiv") {
                    s.meta.name.push((
                        format!("http-equiv:{}", canonical_key(h)),
                        content.to_owned(),
                    ));
                }
                if let Some(ip) = e.attr("itemprop") {
                    for t in ip.split_whitespace() {
                        s.meta.name.push((
                            format!("itemprop:{}", crate::text::lower(t)),
                            content.to_owned(),
                        ));
                    }
                }
            }
            "link" => {
                let rel = e.attr("rel").unwrap_or("").to_ascii_lowercase();
                if let Some(href) = e.attr("href") {
                    if rel.split_whitespace().any(|r| r == "image_src") {
                        s.meta.name.push(("link:image_src".into(), href.to_owned()));
                    }
                    if rel.split_whitespace().any(|r| r == "canonical") {
                        s.meta.name.push(("link:canonical".into(), href.to_owned()));
                    }
                    if e.attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("image"))
                    {
                        s.meta.name.push(("itemprop:image".into(), href.to_owned()));
                    }
                }
            }
            "title" if s.title.is_none() => {
                // A `<title>` inside an inline SVG is not in the HTML namespace,
                // so this is the document's.
                s.title = Some(tree.text_content(n));
            }
            "h1" | "h2" if s.headings.len() < MAX_HEADINGS => {
                if e.name == "h1" && s.after_h1.is_none() {
                    s.after_h1 = Some(0);
                }
                s.headings.push(normalize_space(&tree.text_content(n)));
            }
            "script" => {
                let ty = e.attr("type").unwrap_or("").trim().to_ascii_lowercase();
                if ty == "application/ld+json" {
                    s.ld_scripts.push(tree.text_content(n));
                }
            }
            "time" => {
                let published = e.attr("pubdate").is_some()
                    || e.attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"));
                if published {
                    push_time_values(&mut s.pub_times, tree, n);
                } else if s.first_time.is_empty()
                    && s.after_h1
                        .is_some_and(|k| k <= crate::rules::TIME_AFTER_H1_MAX_ELEMENTS)
                {
                    push_time_values(&mut s.first_time, tree, n);
                }
            }
            _ => {}
        }
        if !s.inner_dir && e.attr("dir").is_some() && !e.is("html") {
            s.inner_dir = true;
        }
        if let Some(ip) = e.attr("itemprop") {
            if e.name != "meta" && e.name != "time" {
                for t in ip.split_whitespace() {
                    if t.eq_ignore_ascii_case("headline") && s.headline.is_none() {
                        s.headline = short_text(tree, n);
                    } else if t.eq_ignore_ascii_case("datepublished") {
                        push_time_values(&mut s.pub_times, tree, n);
                    }
                }
            }
        }
    }
    s
}

/// Adds the places a published-time element may keep its date, most
/// machine-readable first; the caller takes the first that reads as a date.
fn push_time_values(out: &mut Vec<String>, tree: &Tree, n: NodeId) {
    for a in ["datetime", "content", "title"] {
        if let Some(v) = tree.attr(n, a) {
            out.push(v.to_owned());
        }
    }
    if let Some(t) = short_text(tree, n) {
        out.push(t);
    }
}

/// The whitespace-normalized text under `n` if the subtree is small (at
/// most [`MAX_SHORT_TEXT_NODES`] nodes), else `None`.
fn short_text(tree: &Tree, n: NodeId) -> Option<String> {
    let mut s = String::new();
    for (i, d) in tree.descendants(n).enumerate() {
        if i > MAX_SHORT_TEXT_NODES {
            return None;
        }
        if let Some(t) = tree.text(d) {
            s.push_str(t);
        }
    }
    Some(normalize_space(&s))
}

/// `class` and `id` of element `n`, lower-cased and joined; `None` when it
/// has neither (most elements), which spares an allocation.
fn class_id(tree: &Tree, n: NodeId) -> Option<String> {
    let class = tree.attr(n, "class");
    let id = tree.attr(n, "id");
    if class.is_none() && id.is_none() {
        return None;
    }
    Some(crate::text::names_key(
        class.unwrap_or(""),
        id.unwrap_or(""),
    ))
}

/// True when a lower-cased class/id string marks a byline.
fn class_id_is_byline(ci: &str) -> bool {
    class_id_is_byline_in(ci, &crate::text::Pairs::of(ci))
}

/// [`class_id_is_byline`] given the byte pairs of `ci`.
fn class_id_is_byline_in(ci: &str, pairs: &crate::text::Pairs) -> bool {
    BYLINE_WORDS.iter().any(|w| {
        // The cheap tests first: most names hold none of the words, and
        // `match_indices` sets up a searcher for each.
        pairs.may_contain(w)
            && crate::text::contains(ci, w)
            && ci
                .match_indices(w)
                .any(|(i, _)| !BYLINE_FALSE_FRIENDS.iter().any(|f| ci[i..].starts_with(f)))
    })
}

/// True when the element is hidden from readers.
fn is_hidden(tree: &Tree, n: NodeId) -> bool {
    if tree.attr(n, "hidden").is_some() {
        return true;
    }
    if tree
        .attr(n, "aria-hidden")
        .is_some_and(|v| v.trim() == "true")
        && !crate::clean::hidden::inert_app(tree, n)
    {
        return true;
    }
    let Some(style) = tree.attr(n, "style") else {
        return false;
    };
    // Both patterns are a colon and then "n" or "h" (whitespace and case
    // aside): a style without one, as nearly all are, is not copied.
    let may_hide = style.match_indices(':').any(|(i, _)| {
        style[i + 1..]
            .chars()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| matches!(c, 'n' | 'N' | 'h' | 'H'))
    });
    if !may_hide {
        return false;
    }
    let style: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::text::lower_char)
        .collect();
    style.contains("display:none") || style.contains("visibility:hidden")
}

/// True when attribute `attr` of `n` holds the token `word`.
fn has_token(tree: &Tree, n: NodeId, attr: &str, word: &str) -> bool {
    tree.attr(n, attr)
        .is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(word)))
}

/// The byline text an element shows: in a microdata author (or
/// `rel=author` link) an `itemprop=name` holds just the name; otherwise the
/// whole text.
fn byline_text(tree: &Tree, n: NodeId) -> Option<String> {
    let structured =
        has_token(tree, n, "rel", "author") || has_token(tree, n, "itemprop", "author");
    let named = if structured {
        tree.descendants(n)
            .skip(1)
            .find(|&d| has_token(tree, d, "itemprop", "name"))
    } else {
        None
    };
    short_text(tree, named.unwrap_or(n))
}

/// True when element `n` looks like a byline by its markup; `ci` is its
/// [`class_id`].
fn is_byline_element(tree: &Tree, n: NodeId, ci: Option<&str>) -> bool {
    has_token(tree, n, "rel", "author")
        || has_token(tree, n, "itemprop", "author")
        || ci.is_some_and(class_id_is_byline)
}

/// A usable byline text: name-sized, holding letters, and not just a date
/// (date elements often share the byline's class).
fn usable_byline(text: &str) -> bool {
    let len = text.chars().count();
    len > 0
        && len < MAX_BYLINE_CHARS
        && text.contains(char::is_alphabetic)
        && date::to_iso(text).is_none()
}

/// The name inside a byline container, which often adds a date, a job
/// title or the publisher around it: a nested microdata author or
/// `rel=author` link, else the first nested byline element of two words or
/// more.
fn inner_byline(tree: &Tree, n: NodeId) -> Option<(NodeId, String)> {
    let nested = |structured_only: bool| {
        tree.descendants(n).skip(1).find_map(|d| {
            let structured =
                has_token(tree, d, "rel", "author") || has_token(tree, d, "itemprop", "author");
            let wanted = if structured_only {
                structured
            } else {
                tree.element(d).is_some()
                    && is_byline_element(tree, d, class_id(tree, d).as_deref())
            };
            if !wanted {
                return None;
            }
            let t = byline_text(tree, d)?;
            let words = t.split_whitespace().count();
            (usable_byline(&t) && (structured_only || words >= 2)).then_some((d, t))
        })
    };
    nested(true).or_else(|| nested(false))
}

/// The byline elements of the page body, in document order: visible,
/// outside comments and sidebars, with a name-sized text. Walks with an
/// explicit cursor so hidden subtrees are skipped without recursion.
fn byline_elements(tree: &Tree) -> Vec<(NodeId, String)> {
    let mut out = Vec::new();
    let Some(body) = tree.body() else { return out };
    let mut n = body;
    while n != NONE {
        let ci = class_id(tree, n);
        // One set of byte pairs for both word lists.
        let pairs = ci.as_deref().map(crate::text::Pairs::of);
        let named = |words: &[&str]| match (&ci, &pairs) {
            (Some(c), Some(p)) => crate::text::contains_any_in(c, p, words),
            _ => false,
        };
        let skip = tree.element(n).is_none()
            || is_byline_skip_tag(tree.tag(n))
            || is_hidden(tree, n)
            || (n != body && named(BYLINE_SKIP_WORDS));
        if !skip
            && n != body
            && (has_token(tree, n, "rel", "author")
                || has_token(tree, n, "itemprop", "author")
                || matches!((&ci, &pairs), (Some(c), Some(p)) if class_id_is_byline_in(c, p)))
        {
            let text = byline_text(tree, n).unwrap_or_default();
            if usable_byline(&text) {
                let (n_, t) = inner_byline(tree, n).unwrap_or((n, text));
                let name = title::trim_separators(date::strip_trailing_date(&t));
                // "Updated: May 2, 2019" is a labelled date, not a name.
                if !name.ends_with(':') && usable_byline(name) {
                    out.push((n_, name.to_owned()));
                }
                // What is inside a byline element is part of it.
                n = tree.next_skipping_children(body, n);
                continue;
            }
        }
        n = if skip || tree.node(n).first_child == NONE {
            tree.next_skipping_children(body, n)
        } else {
            tree.node(n).first_child
        };
    }
    out
}

/// The host name of an absolute URL.
fn host(url: Option<&str>) -> Option<&str> {
    let rest = url?.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// True for values that are a link rather than a name (`article:author` is
/// often a profile URL).
fn is_url(s: &str) -> bool {
    let s = s.trim();
    crate::url::has_scheme(s) || s.starts_with("www.") || s.starts_with('/')
}

/// The `lang` of the document: `<html lang>` (or `xml:lang`), then `<body>`,
/// then a declared content language.
fn language(tree: &Tree, meta: &MetaMap) -> Option<String> {
    let from = |n: Option<NodeId>| {
        let n = n?;
        ["lang", "xml:lang"]
            .iter()
            .find_map(|a| tree.attr(n, a).and_then(clean))
    };
    from(tree.html())
        .or_else(|| from(tree.body()))
        .or_else(|| meta.first(LANG_KEYS))
        // A list such as "en, fr" names several; the first is the main one.
        .and_then(|l| clean(l.split(',').next().unwrap_or("")))
}

/// The text direction most of the page's paragraph text is written in:
/// each text node counts with the `dir` it inherits. This follows the
/// content rather than `<html>` alone, since a page may set `dir` on the
/// body or the article element only.
fn direction(tree: &Tree, inner_dir: bool) -> Option<String> {
    // Without `dir` below `<html>`, all text inherits the root's: no need to
    // weigh it.
    if !inner_dir {
        let d = tree.html().and_then(|h| tree.attr(h, "dir"))?;
        let d = d.trim().to_ascii_lowercase();
        return matches!(d.as_str(), "ltr" | "rtl" | "auto").then_some(d);
    }
    // Inherited direction per node (0 none, 1 ltr, 2 rtl, 3 auto), filled in
    // document order so a node's parent is always done before it.
    let mut dir = vec![0u8; tree.nodes.len()];
    let mut in_p = vec![false; tree.nodes.len()];
    let mut weight = [0usize; 4];
    let mut any_weight = [0usize; 4];
    for n in tree.descendants(DOCUMENT) {
        let parent = tree.node(n).parent;
        let (pd, pp) = if parent == NONE {
            (0, false)
        } else {
            (dir[parent as usize], in_p[parent as usize])
        };
        let own = match tree.attr(n, "dir").map(|d| d.trim().to_ascii_lowercase()) {
            Some(d) if d == "ltr" => 1,
            Some(d) if d == "rtl" => 2,
            Some(d) if d == "auto" => 3,
            _ => pd,
        };
        dir[n as usize] = own;
        in_p[n as usize] = pp || tree.is(n, "p");
        if let Some(t) = tree.text(n) {
            // Bytes, not characters: only the proportions matter.
            let len = crate::text::trim(t).len();
            if matches!(
                tree.tag(parent),
                "script" | "style" | "noscript" | "template"
            ) {
                continue;
            }
            any_weight[own as usize] += len;
            if pp {
                weight[own as usize] += len;
            }
        }
    }
    let w = if weight.iter().sum::<usize>() > 0 {
        weight
    } else {
        any_weight
    };
    let best = (1..4)
        .max_by_key(|&i| w[i])
        .filter(|&i| w[i] > 0 && w[i] >= w[0]);
    match best {
        Some(1) => Some("ltr".into()),
        Some(2) => Some("rtl".into()),
        Some(3) => Some("auto".into()),
        _ => None,
    }
}

/// The headline a shortened social title was cut from: a heading of the
/// page that is the social title followed, after a space or a mark, by
/// more words ("« … » : entretien avec …", "…白石島、市教委「…」"), when the
/// page's `<title>` holds that whole heading too. Two places that agree
/// on the long form outweigh the short one.
fn whole_headline(
    social: &str,
    doc_title: Option<&str>,
    site: Option<&str>,
    headings: &[String],
) -> Option<String> {
    let doc = title::key(doc_title?);
    let social = social.trim();
    if social.is_empty() {
        return None;
    }
    headings.iter().find_map(|h| {
        let h = normalize_space(h);
        let rest = strip_prefix_loosely(&h, social)?;
        // The cut falls between words, not inside one.
        if rest.starts_with(char::is_alphanumeric) {
            return None;
        }
        let tail = title::key(rest);
        let whole = title::key(&h);
        (!tail.is_empty() && site.is_none_or(|s| title::key(s) != tail) && doc.contains(&whole))
            .then_some(h)
    })
}

/// `h` past its start `prefix`, where the two may spell a quotation
/// mark or apostrophe differently ("d'inverno" for "d’inverno"): social
/// and structured titles are often typed plain where the page's heading
/// is typeset.
fn strip_prefix_loosely<'h>(h: &'h str, prefix: &str) -> Option<&'h str> {
    let quote = |c: char| match c {
        '\'' | '‘' | '’' | '‚' | '′' | '`' | '´' => '\'',
        '"' | '“' | '”' | '„' | '«' | '»' | '″' => '"',
        c => c,
    };
    let mut rest = h.char_indices();
    for p in prefix.chars() {
        let (_, c) = rest.next()?;
        if quote(c) != quote(p) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &h[i..]))
}

/// Picks between JSON-LD `headline` and `name` when both exist: the one
/// sharing more words with the document title (some sites put the SEO
/// title in one and a teaser in the other).
fn ld_title(ld: &jsonld::LdArticle, doc_title: Option<&str>, site: Option<&str>) -> Option<String> {
    // Some sites put their own name in the article's `name`.
    let not_site = |t: &String| site.is_none_or(|s| title::key(s) != title::key(t));
    let headline = ld.headline.as_deref().and_then(clean).filter(not_site);
    let name = ld.name.as_deref().and_then(clean).filter(not_site);
    match (headline, name) {
        (Some(h), Some(n)) if h != n => {
            let Some(doc) = doc_title else { return Some(h) };
            let doc_words: Vec<String> = doc.split_whitespace().map(title::key).collect();
            let overlap = |s: &str| {
                let ws: Vec<String> = s.split_whitespace().map(title::key).collect();
                if ws.is_empty() {
                    return 0.0;
                }
                ws.iter().filter(|w| doc_words.contains(w)).count() as f64 / ws.len() as f64
            };
            if overlap(&n) > overlap(&h) {
                Some(n)
            } else {
                Some(h)
            }
        }
        (h, n) => h.or(n),
    }
}

/// Collects the metadata of the page.
pub(crate) fn collect(tree: &Tree, base: Option<&str>) -> Metadata {
    let s = scan(tree);
    let ld = jsonld::extract(s.ld_scripts.iter().map(String::as_str)).unwrap_or_default();
    let meta = &s.meta;
    let address = ["link:canonical", "og:url"]
        .iter()
        .filter_map(|k| meta.get(k))
        .map(str::trim)
        .find(|u| {
            let l = u.get(..8).unwrap_or(u).to_ascii_lowercase();
            l.starts_with("http://") || l.starts_with("https://")
        })
        .map(str::to_owned);
    // Whose site it is: the address given, else the one the page states.
    let site_host = host(base).or_else(|| host(address.as_deref()));
    let doc_title = s.title.as_deref().and_then(clean);

    let site_name = ld
        .site_name
        .as_deref()
        .and_then(clean)
        .or_else(|| meta.first(SITE_NAME_KEYS));

    // A structured headline that copied the document title, site name
    // and all, is cut where the site's name starts, when the page's
    // heading or social title says the same without it.
    let confirmed = |cut: &str| {
        let k = title::key(cut);
        s.headings.iter().any(|h| title::key(h) == k)
            || meta.first(TITLE_KEYS).is_some_and(|m| title::key(&m) == k)
    };
    let title = ld_title(&ld, doc_title.as_deref(), site_name.as_deref())
        .map(|t| {
            match site_name
                .as_deref()
                .and_then(|site| title::without_site(&t, site))
                .filter(|cut| confirmed(cut))
            {
                Some(cut) => cut.to_owned(),
                None => t,
            }
        })
        .or_else(|| meta.first(TITLE_KEYS))
        .map(|t| {
            whole_headline(&t, doc_title.as_deref(), site_name.as_deref(), &s.headings).unwrap_or(t)
        })
        .or_else(|| {
            doc_title
                .as_deref()
                .map(|t| title::clean(t, site_name.as_deref(), site_host, &s.headings))
        })
        .or_else(|| s.headline.as_deref().and_then(clean));

    let bylines = byline_elements(tree);
    let meta_byline = ld.byline.as_deref().and_then(clean).or_else(|| {
        BYLINE_KEYS.iter().find_map(|k| {
            let names: Vec<String> = meta
                .get_all(k)
                .filter_map(clean)
                .filter(|v| !(BYLINE_URL_KEYS.contains(k) && is_url(v)))
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        })
    });
    let mut byline_nodes = Vec::new();
    let byline = match meta_byline {
        Some(b) => {
            let k = title::key(&b);
            if let Some((n, _)) = bylines
                .iter()
                .find(|(_, t)| !k.is_empty() && title::key(t).contains(&k))
            {
                byline_nodes.push(*n);
            }
            Some(b)
        }
        None => bylines.first().map(|(n, t)| {
            byline_nodes.push(*n);
            t.clone()
        }),
    };

    let published_time = ld
        .published
        .as_deref()
        .and_then(clean)
        .or_else(|| meta.first(DATE_KEYS))
        .map(|d| date::normalize(&d))
        .or_else(|| {
            WEAK_DATE_KEYS
                .iter()
                .filter_map(|k| meta.get(k))
                .chain(s.pub_times.iter().map(String::as_str))
                .chain(s.first_time.iter().map(String::as_str))
                .find_map(|v| date::to_iso(&normalize_space(&entities::decode(v))))
        });

    let excerpt = ld
        .description
        .as_deref()
        .and_then(clean)
        .or_else(|| meta.first(EXCERPT_KEYS));

    let lead_image_url = ld
        .image
        .as_deref()
        .and_then(clean)
        .or_else(|| meta.first(IMAGE_KEYS))
        .map(|u| match base {
            Some(b) => crate::url::resolve(b, &u).unwrap_or(u),
            None => u,
        });

    Metadata {
        title,
        byline,
        site_name,
        published_time,
        excerpt,
        lead_image_url,
        lang: language(tree, meta),
        dir: direction(tree, s.inner_dir),
        byline_nodes,
        address,
        claim: ld.claim.as_deref().and_then(clean),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn meta(html: &str) -> Metadata {
        let tree = crate::parse::parse_str(html);
        let base = base_url(&tree, Some("http://example.test/news/a.html"));
        collect(&tree, base.as_deref())
    }

    #[test]
    fn prefers_json_ld_then_meta_tags() {
        let m = meta(
            r#"<html lang="en-GB"><head><title>Ignored | Site</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Tom &amp; Jerry","author":[{"name":"Ann"},{"name":"Bob"}],
               "publisher":{"name":"The Paper"},"datePublished":"May 2, 2019","image":"/img/a.jpg"}]}</script>
            <meta property="og:title" content="OG title"><meta name="description" content="A  summary &amp;amp; more">
            </head><body><p>Text</p></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Tom & Jerry"));
        assert_eq!(m.byline.as_deref(), Some("Ann, Bob"));
        assert_eq!(m.site_name.as_deref(), Some("The Paper"));
        assert_eq!(m.published_time.as_deref(), Some("2019-05-02"));
        assert_eq!(m.excerpt.as_deref(), Some("A summary & more"));
        assert_eq!(
            m.lead_image_url.as_deref(),
            Some("http://example.test/img/a.jpg")
        );
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
    }

    #[test]
    fn reads_meta_vocabularies() {
        let m = meta(
            r#"<html><head><title>Title Element</title>
            <meta name="DC.title" content="DC name title"><meta property="dc:title" content="DC property title">
            <meta name="DC.creator" content="A. Writer"><meta property="article:author" content="https://fb.test/ann">
            <meta property="og:site_name" content="Site"><meta name="DC.date.issued" content="2014-12-15">
            <meta property="og:image" content="//cdn.test/i.png">
            <meta http-equiv="content-language" content="fr, en">
            </head><body><p>Texte</p></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("DC property title"));
        assert_eq!(m.byline.as_deref(), Some("A. Writer"));
        assert_eq!(m.site_name.as_deref(), Some("Site"));
        assert_eq!(m.published_time.as_deref(), Some("2014-12-15"));
        assert_eq!(m.lead_image_url.as_deref(), Some("http://cdn.test/i.png"));
        assert_eq!(m.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn reads_recommendation_widget_author() {
        let m = meta(
            r#"<html><head><meta name="dable:author" content="김서연 기자">
            <meta property="article:author" content="https://fb.test/paper"></head>
            <body><p>본문</p></body></html>"#,
        );
        assert_eq!(m.byline.as_deref(), Some("김서연 기자"));
    }

    #[test]
    fn cleans_document_title_and_finds_page_byline() {
        let m = meta(
            r#"<html><head><title>Moon landing | Daily Planet</title></head><body>
            <nav><span class="author">Nav Person</span></nav>
            <div id="authorization">Sign in</div>
            <h1>Moon landing</h1>
            <div class="byline-box"><span class="byline">By Ann Lee</span> <time>May 2, 2019</time></div>
            <time pubdate datetime="2019-05-02T10:00:00Z">Thursday</time>
            <p>The crew touched down.</p>
            <footer><span class="author">Footer Person</span></footer></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Moon landing"));
        assert_eq!(m.byline.as_deref(), Some("By Ann Lee"));
        assert_eq!(m.published_time.as_deref(), Some("2019-05-02T10:00:00Z"));
        assert_eq!(m.byline_nodes.len(), 1);
    }

    #[test]
    fn reads_microdata_author_and_skips_hidden_ones() {
        let m = meta(
            r#"<html><body><div style="display: none"><a rel="author">Hidden Name</a></div>
            <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span>, Staff</span>
            <p>Body</p></body></html>"#,
        );
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn direction_follows_the_text() {
        let m = meta(
            r#"<html><body><article dir="rtl"><p>שלום עולם, זה מאמר ארוך</p></article></body></html>"#,
        );
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        let m = meta(r#"<html dir="ltr"><body dir="rtl"><p>مرحبا بالعالم</p></body></html>"#);
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        let m = meta("<html><body><p>Plain</p></body></html>");
        assert_eq!(m.dir, None);
    }

    /// Random strings built from the characters the parsers care about.
    fn noise(seed: &mut u64, len: usize) -> String {
        const ALPHABET: &[char] = &[
            '{', '}', '[', ']', '"', '\\', ':', ',', 'u', 'd', '8', '0', 'e', '-', '+', '.', ' ',
            '&', '#', 'x', ';', 'a', 'm', 'p', 'T', 'Z', '|', '–', 'é', '😀', '\u{0}', 'M', 'y',
        ];
        (0..len)
            .map(|_| {
                *seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                ALPHABET[(*seed >> 33) as usize % ALPHABET.len()]
            })
            .collect()
    }

    #[test]
    fn parsers_never_panic_on_noise() {
        let mut seed = 7;
        for i in 0..20_000 {
            let s = noise(&mut seed, i % 40);
            let _ = crate::json::parse(&s);
            let _ = date::normalize(&s);
            let _ = date::strip_trailing_date(&s);
            let _ = entities::decode(&s);
            let _ = title::clean(&s, Some("a"), Some(&s), std::slice::from_ref(&s));
            let _ = title::trim_separators(&s);
            let _ = jsonld::extract([s.as_str()]);
        }
    }

    #[test]
    fn empty_and_hostile_pages_do_not_panic() {
        let m = meta("");
        assert_eq!(m.title, None);
        let deep = format!(
            "<html><head><title> </title></head><body>{}By Ann{}</body></html>",
            "<div class=\"author\"><time pubdate>".repeat(5_000),
            "</time></div>".repeat(5_000)
        );
        let m = meta(&deep);
        assert_eq!(m.title, None);
        let junk = format!(
            "<script type=\"application/ld+json\">{}</script><meta property=\"og:title\" content=\"&#xFFFFFFFF;\">",
            "{\"a\":[".repeat(10_000)
        );
        let m = meta(&junk);
        assert_eq!(m.title.as_deref(), Some("\u{FFFD}"));
    }
}
