//! A small URL resolver (RFC 3986 reference resolution) for absolute links.
//!
//! The `url` crate would pull IDNA and Unicode tables into the wasm build; the
//! live DOM already resolves most URLs, so this covers what is left (srcset,
//! lazy-loading attributes, saved pages) with a few dozen lines.

/// A URL split into the parts resolution needs.
struct Parts<'a> {
    scheme: &'a str,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
}

fn split(url: &str) -> Option<Parts<'_>> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    if scheme.is_empty()
        || !scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let rest = &url[colon + 1..];
    let rest = rest.split('#').next().unwrap_or("");
    let (rest, query) = match rest.find('?') {
        Some(q) => (&rest[..q], Some(&rest[q + 1..])),
        None => (rest, None),
    };
    let (authority, path) = if let Some(r) = rest.strip_prefix("//") {
        let end = r.find('/').unwrap_or(r.len());
        (Some(&r[..end]), &r[end..])
    } else {
        (None, rest)
    };
    Some(Parts {
        scheme,
        authority,
        path,
        query,
    })
}

/// Removes `.` and `..` segments.
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segs: Vec<&str> = path.split('/').collect();
    let n = segs.len();
    for (i, seg) in segs.iter().enumerate() {
        let last = i + 1 == n;
        match *seg {
            "." => {
                if last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 || (out.len() == 1 && !absolute) {
                    out.pop();
                }
                if last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let mut s = out.join("/");
    if absolute && !s.starts_with('/') {
        s.insert(0, '/');
    }
    s
}

/// True when `s` starts with a URL scheme (`http:`, `mailto:`...).
pub(crate) fn has_scheme(s: &str) -> bool {
    split(s).is_some()
}

/// Resolves `reference` against `base`. Returns the reference unchanged
/// when it is already absolute, and `None` when it cannot be resolved.
pub(crate) fn resolve(base: &str, reference: &str) -> Option<String> {
    // Browsers strip leading/trailing C0 controls and spaces, and drop tabs
    // and newlines anywhere in a URL.
    let reference = reference.trim_matches(|c: char| c <= ' ');
    let reference: String = if reference.contains(['\t', '\n', '\r']) {
        reference
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect()
    } else {
        // Nearly every address: one copy, not a character at a time.
        reference.to_owned()
    };
    if let Some(p) = split(&reference) {
        if p.scheme.eq_ignore_ascii_case("http") || p.scheme.eq_ignore_ascii_case("https") {
            // `http:foo` without `//` is relative to the base in browsers
            // only when schemes match; treat it as absolute like the rest.
        }
        return Some(reference);
    }
    let b = split(base)?;
    let mut out = String::with_capacity(base.len() + reference.len());
    out.push_str(b.scheme);
    out.push(':');
    if let Some(r) = reference.strip_prefix("//") {
        out.push_str("//");
        out.push_str(r);
        return Some(out);
    }
    if let Some(a) = b.authority {
        out.push_str("//");
        out.push_str(a);
    }
    if reference.is_empty() {
        out.push_str(b.path);
        if let Some(q) = b.query {
            out.push('?');
            out.push_str(q);
        }
        return Some(out);
    }
    if reference.starts_with('#') {
        out.push_str(b.path);
        if let Some(q) = b.query {
            out.push('?');
            out.push_str(q);
        }
        out.push_str(&reference);
        return Some(out);
    }
    if reference.starts_with('?') {
        out.push_str(b.path);
        out.push_str(&reference);
        return Some(out);
    }
    // Split the reference's path from its query and fragment.
    let cut = reference.find(['?', '#']).unwrap_or(reference.len());
    let (rpath, tail) = reference.split_at(cut);
    let merged = if rpath.starts_with('/') {
        remove_dots(rpath)
    } else {
        let dir = match b.path.rfind('/') {
            Some(i) => &b.path[..=i],
            None if b.authority.is_some() => "/",
            None => "",
        };
        remove_dots(&format!("{dir}{rpath}"))
    };
    out.push_str(&merged);
    out.push_str(tail);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn resolves_rfc3986_examples() {
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("https://x.org/y", "https://x.org/y"),
            ("mailto:someone@example.org", "mailto:someone@example.org"),
        ];
        for (r, want) in cases {
            assert_eq!(resolve(base, r).as_deref(), Some(want), "resolving {r:?}");
        }
    }

    #[test]
    fn no_base_no_relative() {
        assert_eq!(resolve("not a url", "g"), None);
        assert_eq!(
            resolve("file:///tmp/page.html", "img/a.png").as_deref(),
            Some("file:///tmp/img/a.png")
        );
    }
}

/// The host of an absolute `http(s)` URL, lower-case, without `www.`.
pub(crate) fn host(url: &str) -> Option<String> {
    host_after_scheme(url.trim().split_once("://")?.1)
}

/// The host of an absolute or protocol-relative (`//cdn.example/x`)
/// address, as [`host`] gives it.
pub(crate) fn link_host(href: &str) -> Option<String> {
    let h = href.trim();
    match h.strip_prefix("//") {
        Some(rest) => host_after_scheme(rest),
        None => host(h),
    }
}

/// The host at the start of `rest`, what follows an address's `//`.
fn host_after_scheme(rest: &str) -> Option<String> {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (!host.is_empty()).then_some(host)
}

/// The path of address `href` and what follows it, without its scheme and
/// host ("/contact-us?x" for "https://example.com/contact-us?x"); a
/// relative address is its own path.
pub(crate) fn path_part(href: &str) -> &str {
    match href.split_once("//") {
        Some((_, rest)) => rest.find('/').map_or("", |p| &rest[p..]),
        None => href,
    }
}

/// Whether address `href` names a document file ("/files/ruling.pdf",
/// "report.DOCX?v=2"): its path ends in one of
/// [`crate::rules::DOCUMENT_FILE_ENDS`], in any case. Media and archives
/// ([`crate::rules::MEDIA_FILE_ENDS`]) are not documents.
pub(crate) fn is_document(href: &str) -> bool {
    let path = path_part(href.trim());
    let path = path.split(['?', '#']).next().unwrap_or("").as_bytes();
    crate::rules::DOCUMENT_FILE_ENDS.iter().any(|e| {
        // A file name before the ending, not a bare "/.pdf".
        path.len() > e.len()
            && path[path.len() - e.len() - 1] != b'/'
            && path[path.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    })
}

/// The part of a host a site owns: its last two labels, or three where the
/// second-level label is a short public one ("bbc.co.uk", "abc.net.au").
pub(crate) fn site_of(host: &str) -> &str {
    let labels: Vec<&str> = host.rsplitn(4, '.').collect();
    let keep = match labels.as_slice() {
        [tld, second, ..] if tld.len() == 2 && second.len() <= 3 && labels.len() >= 3 => 3,
        _ => 2,
    };
    if labels.len() <= keep {
        return host;
    }
    let cut: usize = labels[..keep].iter().map(|l| l.len() + 1).sum::<usize>() - 1;
    &host[host.len() - cut..]
}

/// Whether a link's `href` points into the site at `page_host` (relative
/// links always do; with no known page host any web link may).
pub(crate) fn same_site(href: &str, page_host: Option<&str>) -> bool {
    let h = href.trim();
    if h.starts_with('#') || h.is_empty() {
        return false;
    }
    // A protocol-relative address ("//cdn.example/x") is a web link.
    if !h.starts_with("//") {
        if !has_scheme(h) {
            return true;
        }
        let lower = h.to_ascii_lowercase();
        if !(lower.starts_with("http:") || lower.starts_with("https:")) {
            return false;
        }
    }
    match (page_host, link_host(h)) {
        (None, _) => true,
        (Some(p), Some(l)) => site_of(p) == site_of(&l),
        (Some(_), None) => false,
    }
}

#[cfg(test)]
mod site_tests {
    use super::*;

    #[test]
    fn documents_by_their_ending() {
        for href in [
            "/fileadmin/Richtlinie_2026.pdf",
            "https://example.gov/files/Report.DOCX?v=2",
            "forms/antrag.odt#page=2",
            " /data/results.csv ",
        ] {
            assert!(is_document(href), "{href}");
        }
        for href in [
            "/news/pdf-tools-compared/",
            "https://example.com/report.pdf/comments",
            "https://example.com/.pdf",
            "/2026/03/story.html",
            "",
        ] {
            assert!(!is_document(href), "{href}");
        }
    }

    #[test]
    fn sites_compare_by_registrable_part() {
        assert_eq!(
            host("https://www.News.example.com:8080/a?b").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(site_of("news.example.com"), "example.com");
        assert_eq!(site_of("www.bbc.co.uk"), "bbc.co.uk");
        assert!(same_site("/2024/other-story", Some("example.com")));
        assert!(same_site(
            "https://m.example.com/x",
            Some("www.example.com")
        ));
        assert!(!same_site("https://other.org/x", Some("example.com")));
        assert!(!same_site("#fn1", Some("example.com")));
        assert!(!same_site("mailto:a@example.com", Some("example.com")));
    }
}
