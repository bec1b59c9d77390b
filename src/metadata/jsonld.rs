//! Article facts from schema.org JSON-LD blocks.
//!
//! Publishers write JSON-LD many ways: one object, a top-level array, a
//! `@graph` of linked nodes (Yoast and friends, where the author is only an
//! `{"@id": ...}` reference to a Person elsewhere in the graph), `@type` as a
//! string or a list, values as a string, an object or a list of either.

use crate::json::{self, Json};

/// schema.org types whose node describes the article itself.
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "AskPublicFeedbackNewsArticle",
    "AdvertiserContentArticle",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "TechArticle",
    "APIReference",
    "Report",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "Review",
    "Recipe",
    "HowTo",
];

/// Page types used when no article node exists: they describe the page,
/// which on a single-article page is the article.
pub(crate) const PAGE_TYPES: &[&str] = &["WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage"];

/// What JSON-LD says about the article. Strings are raw (entities and
/// spacing untouched); the caller cleans them.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct LdArticle {
    pub headline: Option<String>,
    pub name: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    /// True when the node is an article type rather than a page type.
    pub is_article: bool,
    /// The claim a fact-check reviews (`ClaimReview`'s `claimReviewed`).
    pub claim: Option<String>,
}

/// Strips what sites wrap JSON-LD in: HTML comments and CDATA markers.
fn unwrap(src: &str) -> &str {
    let mut s = src.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = s.strip_prefix(open) {
            s = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    s.trim_end_matches(';').trim()
}

/// The schema.org type names of a node, without a vocabulary prefix.
fn types(node: &Json) -> impl Iterator<Item = &str> {
    node.get("@type")
        .map(Json::items)
        .unwrap_or(&[])
        .iter()
        .filter_map(Json::as_str)
        .map(|t| t.rsplit(['/', ':']).next().unwrap_or(t).trim())
}

/// 0 for an article node, 1 for a page node, `None` otherwise.
fn rank(node: &Json) -> Option<u8> {
    let mut best = None;
    for t in types(node) {
        if ARTICLE_TYPES.contains(&t) {
            return Some(0);
        }
        if PAGE_TYPES.contains(&t) {
            best = Some(1);
        }
    }
    best
}

/// Every object node of a document: the root, items of a top-level array
/// and members of `@graph`, one level deep each (no recursion).
fn nodes(doc: &Json) -> Vec<&Json> {
    let mut out = Vec::new();
    for top in doc.items() {
        for item in top.items() {
            if matches!(item, Json::Obj(_)) {
                out.push(item);
                if let Some(g) = item.get("@graph") {
                    out.extend(g.items().iter().filter(|n| matches!(n, Json::Obj(_))));
                }
            }
        }
    }
    out
}

/// Finds the node a bare `{"@id": ...}` reference points at, or the value
/// itself.
fn resolve<'a>(v: &'a Json, all: &[&'a Json]) -> &'a Json {
    if v.get("name").is_some() {
        return v;
    }
    let Some(id) = v.get("@id").and_then(Json::as_str) else {
        return v;
    };
    all.iter()
        .find(|n| n.get("@id").and_then(Json::as_str) == Some(id) && n.get("name").is_some())
        .copied()
        .unwrap_or(v)
}

/// The first non-empty string of a value that may be a list.
fn first_str(v: Option<&Json>) -> Option<String> {
    v?.items()
        .iter()
        .filter_map(Json::as_str)
        .map(str::trim)
        .find(|s| !s.is_empty())
        .map(str::to_owned)
}

/// A `name` property, which is sometimes itself a list.
fn name_of(v: &Json) -> Option<String> {
    first_str(v.get("name"))
}

/// Author names joined with ", ": authors may be strings, objects with a
/// name, references into the graph, or lists of any of these.
fn authors(v: &Json, all: &[&Json]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for a in v.items() {
        let name = match a {
            Json::Str(s) => Some(s.trim().to_owned()),
            Json::Obj(_) => name_of(resolve(a, all)),
            _ => None,
        };
        if let Some(n) = name.filter(|n| !n.is_empty()) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// An image given as a URL, an ImageObject (`url` or `contentUrl`) or a list.
fn image(v: &Json, all: &[&Json]) -> Option<String> {
    for i in v.items() {
        let url = match i {
            Json::Str(s) => Some(s.trim().to_owned()),
            Json::Obj(_) => {
                let i = resolve(i, all);
                first_str(i.get("url")).or_else(|| first_str(i.get("contentUrl")))
            }
            _ => None,
        };
        if let Some(u) = url.filter(|u| !u.is_empty()) {
            return Some(u);
        }
    }
    None
}

/// Reads the article node from the page's JSON-LD script texts. The first
/// article node wins; a page node is used only when there is none.
pub(crate) fn extract<'s>(scripts: impl IntoIterator<Item = &'s str>) -> Option<LdArticle> {
    let docs: Vec<Json> = scripts
        .into_iter()
        .filter_map(|s| json::parse(unwrap(s)))
        .collect();
    let all: Vec<&Json> = docs.iter().flat_map(nodes).collect();
    let claim = all
        .iter()
        .find(|n| types(n).any(|t| t == "ClaimReview"))
        .and_then(|n| first_str(n.get("claimReviewed")))
        .filter(|c| !c.trim().is_empty());
    let Some((r, n)) = all
        .iter()
        .filter_map(|n| rank(n).map(|r| (r, *n)))
        .min_by_key(|(r, _)| *r)
    else {
        // A fact-check's page may describe nothing but its review.
        return claim.map(|claim| LdArticle {
            claim: Some(claim),
            ..LdArticle::default()
        });
    };
    let site_name = n
        .get("publisher")
        .and_then(|p| p.items().first())
        .map(|p| resolve(p, &all))
        .and_then(|p| match p {
            Json::Str(s) => Some(s.trim().to_owned()),
            _ => name_of(p),
        });
    Some(LdArticle {
        headline: first_str(n.get("headline")),
        name: name_of(n),
        // `creator` is left out: sites fill it with the CMS user name.
        byline: n.get("author").and_then(|a| authors(a, &all)),
        site_name,
        // `dateCreated` is left out: it is often when the CMS record was made.
        published: first_str(n.get("datePublished")),
        description: first_str(n.get("description")),
        image: n.get("image").and_then(|i| image(i, &all)),
        is_article: r == 0,
        claim,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> LdArticle {
        extract([s]).expect("an article")
    }

    #[test]
    fn reads_the_claim_a_fact_check_reviews() {
        let only = one(
            r#"{"@type":"ClaimReview","claimReviewed":" Rain barrels are banned ",
              "reviewRating":{"@type":"Rating","alternateName":"False"}}"#,
        );
        assert_eq!(only.claim.as_deref(), Some("Rain barrels are banned"));
        assert_eq!(only.headline, None);
        let both = extract([
            r#"{"@type":"NewsArticle","headline":"No, they are not"}"#,
            r#"{"@type":"ClaimReview","claimReviewed":"Rain barrels are banned"}"#,
        ])
        .unwrap();
        assert_eq!(both.headline.as_deref(), Some("No, they are not"));
        assert_eq!(both.claim.as_deref(), Some("Rain barrels are banned"));
        assert!(extract([r#"{"@type":"ClaimReview","claimReviewed":" "}"#]).is_none());
    }

    #[test]
    fn reads_a_plain_article() {
        let a = one(
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Moon landing",
            "author":{"@type":"Person","name":"Ann Lee"},"publisher":{"@type":"Organization","name":"Daily Planet"},
            "datePublished":"2019-05-02T10:00:00Z","description":"The crew &amp; the moon",
            "image":{"@type":"ImageObject","url":"https://x.test/a.jpg"}}"#,
        );
        assert_eq!(a.headline.as_deref(), Some("Moon landing"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.site_name.as_deref(), Some("Daily Planet"));
        assert_eq!(a.published.as_deref(), Some("2019-05-02T10:00:00Z"));
        assert_eq!(a.description.as_deref(), Some("The crew &amp; the moon"));
        assert_eq!(a.image.as_deref(), Some("https://x.test/a.jpg"));
        assert!(a.is_article);
    }

    #[test]
    fn reads_graphs_with_references() {
        let a = one(r#"{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://x.test/#site","name":"Site"},
              {"@type":"WebPage","@id":"https://x.test/p","name":"Page name | Site"},
              {"@type":["Article","BlogPosting"],"headline":"Real headline",
               "author":{"@id":"https://x.test/#ann"},"publisher":{"@id":"https://x.test/#org"},
               "image":["https://x.test/1.jpg","https://x.test/2.jpg"]},
              {"@type":"Person","@id":"https://x.test/#ann","name":"Ann Lee"},
              {"@type":"Organization","@id":"https://x.test/#org","name":"Org Name"}]}"#);
        assert_eq!(a.headline.as_deref(), Some("Real headline"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(a.site_name.as_deref(), Some("Org Name"));
        assert_eq!(a.image.as_deref(), Some("https://x.test/1.jpg"));
    }

    #[test]
    fn reads_arrays_and_author_forms() {
        let a = one(
            r#"[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/ReportageNewsArticle",
              "name":"N","author":[{"name":"Stella Kim"},"Jennifer Jett",{"name":["Stella Kim"]},{"@type":"Person"}]}]"#,
        );
        assert_eq!(a.name.as_deref(), Some("N"));
        assert_eq!(a.byline.as_deref(), Some("Stella Kim, Jennifer Jett"));
        let a = one(r#"{"@type":"BlogPosting","author":"Solo Writer"}"#);
        assert_eq!(a.byline.as_deref(), Some("Solo Writer"));
    }

    #[test]
    fn prefers_articles_over_pages_and_skips_bad_blocks() {
        let a = extract([
            "{ not json",
            r#"{"@type":"WebPage","name":"Page"}"#,
            "<!-- {\"@type\":\"Article\",\"headline\":\"Wrapped\",} -->",
        ])
        .unwrap();
        assert_eq!(a.headline.as_deref(), Some("Wrapped"));
        let p = extract([r#"{"@type":"WebPage","name":"Page"}"#]).unwrap();
        assert!(!p.is_article);
        assert!(extract([r#"{"@type":"Organization","name":"Org"}"#]).is_none());
        assert!(extract([
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]"
        ])
        .is_none());
    }
}
