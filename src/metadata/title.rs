//! Cleaning a document title: "Headline | Site" to "Headline".
//!
//! A `<title>` usually carries the site name, sometimes a section too, on
//! either side of a separator. Cutting blindly breaks real titles that hold a
//! dash ("Spider-Man – A Review"), so the cut is made only with evidence: a
//! part equal to a heading of the page, a part naming the site, or else a
//! short outer part leaving a remainder long enough to be a headline.

use crate::text::normalize_space;

/// Separators between a headline and the site or section name. Each needs
/// spaces around it: "Spider-Man" and "AC/DC" are not separated. Titles in
/// Chinese and Japanese, written without spaces, use marks that never join
/// words: a full-width bar, `丨` ("标题丨网站"). (Not the underscore: it
/// also joins the words of handles and file names, and Firefox's reader
/// keeps "标题_新闻_网站" whole as well.)
pub(crate) const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " \\ ", " > ", " ~ ",
    "｜", "丨",
];

/// Fewest words the headline must keep when the cut rests on length alone;
/// below this the whole title is kept (a "Short | Title" may be both parts).
pub(crate) const MIN_TITLE_WORDS: usize = 4;

/// Most words an outer part may have to be taken for a site or section name
/// when nothing else identifies it.
pub(crate) const MAX_SITE_WORDS: usize = 5;

/// At most this many separators are considered; more is a list, not a title.
const MAX_SEPARATORS: usize = 8;

/// Letters and digits only, lower-cased: "Mac & i" and "mac&i" compare equal.
pub(crate) fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .map(crate::text::lower_char)
        .collect()
}

fn words(s: &str) -> usize {
    crate::text::stats(s).words
}

/// Byte ranges of the separators in `t`, in order, not overlapping.
fn separators(t: &str) -> Vec<(usize, usize)> {
    // Each separator's matches come in order, so merging them in keeps
    // `found` sorted: `sort_unstable` on these pairs cost 10 KB of wasm.
    // No two matches are equal (one start and end is one separator).
    let mut found: Vec<(usize, usize)> = Vec::new();
    for sep in TITLE_SEPARATORS {
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(found.len());
        let mut rest = found.into_iter().peekable();
        for (i, _) in t.match_indices(sep) {
            let m = (i, i + sep.len());
            while let Some(f) = rest.next_if(|&f| f < m) {
                merged.push(f);
            }
            merged.push(m);
        }
        merged.extend(rest);
        found = merged;
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in found {
        if out.last().is_none_or(|l| s.0 >= l.1) {
            out.push(s);
        }
    }
    out.truncate(MAX_SEPARATORS);
    out
}

/// True when `part` names the site: the same letters, or one holding the
/// other ("BBC News" and "BBC News - Home").
fn names_site(part: &str, site: &str) -> bool {
    let (p, s) = (key(part), key(site));
    if p.is_empty() || s.is_empty() {
        return false;
    }
    p == s
        || (s.chars().count() >= 3 && p.contains(&s))
        || (p.chars().count() >= 3 && s.contains(&p))
}

/// `s` without separators dangling at either end ("Title |", "- Title"),
/// left where a site name was cut off upstream.
pub(crate) fn trim_separators(s: &str) -> &str {
    let mut t = s.trim();
    loop {
        let before = t;
        for sep in TITLE_SEPARATORS {
            let mark = sep.trim();
            if let Some(rest) = t
                .strip_suffix(mark)
                .filter(|r| r.ends_with(char::is_whitespace))
            {
                t = rest.trim_end();
            }
            if let Some(rest) = t
                .strip_prefix(mark)
                .filter(|r| r.starts_with(char::is_whitespace))
            {
                t = rest.trim_start();
            }
        }
        if t == before {
            return t;
        }
    }
}

/// Host labels that never name a site: `www` and second-level registry
/// labels (`bbc.co.uk`).
const HOST_NOISE: &[&str] = &[
    "www", "co", "com", "org", "net", "gov", "ac", "edu", "ne", "or",
];

/// Words of a host name that may name the site: the labels before the
/// top-level domain, split at dashes and dots, without `www`.
fn host_words(host: &str) -> Vec<String> {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let keep = labels.len().saturating_sub(1);
    labels[..keep]
        .iter()
        .filter(|l| !HOST_NOISE.iter().any(|n| l.eq_ignore_ascii_case(n)))
        .flat_map(|l| l.split(['-', '_']))
        .map(key)
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// True when `part` looks like the site named by the page's host: the same
/// letters as a host label ("Time 4 talks" on time4talks.com), or at least
/// half of the host's words starting its words ("CDU-Fraktion im Erfurter
/// Stadtrat" on cdu-fraktion-erfurt.de).
fn names_host(part: &str, host_words: &[String]) -> bool {
    if host_words.is_empty() {
        return false;
    }
    let p = key(part);
    if p.is_empty() {
        return false;
    }
    if host_words.concat() == p || host_words.contains(&p) {
        return true;
    }
    let part_words: Vec<String> = part
        .split(|c: char| !c.is_alphanumeric())
        .map(key)
        .filter(|w| !w.is_empty())
        .collect();
    let hits = host_words
        .iter()
        .filter(|h| part_words.iter().any(|w| w.starts_with(h.as_str())))
        .count();
    hits * 2 >= host_words.len() && hits >= 1 && host_words.len() >= 2
}

/// `t` without a site name set after its last separator ("Rendang record
/// broken - Warta Minang" with the site "Warta Minang"): structured data
/// that copied the document title. `None` when no last part names `site`.
pub(crate) fn without_site<'t>(t: &'t str, site: &str) -> Option<&'t str> {
    let &(start, end) = separators(t).last()?;
    let (head, last) = (&t[..start], &t[end..]);
    (names_site(last, site) && !head.trim().is_empty()).then(|| head.trim_end())
}

/// The headline inside a document title. `site` is the site name when
/// known, `host` the page's host name; `headings` are the page's `h1`/`h2`
/// texts.
pub(crate) fn clean(
    raw: &str,
    site: Option<&str>,
    host: Option<&str>,
    headings: &[String],
) -> String {
    let t = normalize_space(raw);
    let seps = separators(&t);
    if seps.is_empty() {
        return t;
    }
    let heading_keys: Vec<String> = headings
        .iter()
        .map(|h| key(h))
        .filter(|k| !k.is_empty())
        .collect();
    if heading_keys.contains(&key(&t)) {
        return t;
    }
    // Part boundaries: part i runs from bounds[i].1 to bounds[i + 1].0.
    let mut bounds = vec![(0, 0)];
    bounds.extend(seps.iter().copied());
    bounds.push((t.len(), t.len()));
    let span = |i: usize, j: usize| &t[bounds[i].1..bounds[j + 1].0];
    let parts = bounds.len() - 1;
    // A run of parts equal to a heading is the headline, however short;
    // of several, the longest, since a site's logo is often a heading too.
    let mut best: Option<&str> = None;
    for len in (1..parts).rev() {
        for i in 0..=parts - len {
            let s = span(i, i + len - 1);
            if heading_keys.contains(&key(s)) && best.is_none_or(|b| words(s) > words(b)) {
                best = Some(s);
            }
        }
    }
    if let Some(b) = best {
        return b.to_owned();
    }
    let (first, last) = (span(0, 0), span(parts - 1, parts - 1));
    if let Some(site) = site {
        if names_site(last, site) {
            return span(0, parts - 2).to_owned();
        }
        if names_site(first, site) {
            return span(1, parts - 1).to_owned();
        }
    }
    // A site name is short; a long part sharing the host's words is a
    // headline that mentions the site.
    let hw = host.map(host_words).unwrap_or_default();
    if words(last) <= MAX_SITE_WORDS && names_host(last, &hw) {
        return span(0, parts - 2).to_owned();
    }
    if words(first) <= MAX_SITE_WORDS && names_host(first, &hw) {
        return span(1, parts - 1).to_owned();
    }
    let rest_without_last = span(0, parts - 2);
    if words(last) <= MAX_SITE_WORDS && words(rest_without_last) >= MIN_TITLE_WORDS {
        return rest_without_last.to_owned();
    }
    let rest_without_first = span(1, parts - 1);
    if words(first) <= MAX_SITE_WORDS && words(rest_without_first) >= MIN_TITLE_WORDS {
        return rest_without_first.to_owned();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(t: &str) -> String {
        clean(t, None, None, &[])
    }

    #[test]
    fn cuts_site_suffixes_and_prefixes() {
        assert_eq!(
            c("Lorem ipsum dolor sit amet – My website"),
            "Lorem ipsum dolor sit amet"
        );
        assert_eq!(
            c("Why the sea is salty and cold | The Daily"),
            "Why the sea is salty and cold"
        );
        assert_eq!(
            c("Daily Planet :: Why the sea is salty and cold"),
            "Why the sea is salty and cold"
        );
        assert_eq!(
            c("Why the sea is salty and cold » Blog"),
            "Why the sea is salty and cold"
        );
        assert_eq!(
            c("Why the sea is salty and cold — Blog"),
            "Why the sea is salty and cold"
        );
        assert_eq!(
            c("Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault"),
            "Get your Frontend JavaScript Code Covered | Code"
        );
    }

    #[test]
    fn uses_site_name_and_headings() {
        assert_eq!(
            clean(
                "Moon landing | Daily Planet",
                Some("Daily Planet"),
                None,
                &[]
            ),
            "Moon landing"
        );
        assert_eq!(
            clean(
                "Daily Planet - Moon landing",
                Some("The Daily Planet"),
                None,
                &[]
            ),
            "Moon landing"
        );
        let h = vec!["Moon landing".to_owned()];
        assert_eq!(
            clean("Moon landing | Daily Planet", None, None, &h),
            "Moon landing"
        );
        let h = vec!["Spider-Man - A Review".to_owned()];
        assert_eq!(
            clean("Spider-Man - A Review | Site", None, None, &h),
            "Spider-Man - A Review"
        );
    }

    #[test]
    fn trims_dangling_separators() {
        assert_eq!(trim_separators("About Ann |"), "About Ann");
        assert_eq!(
            trim_separators("National Rail Enquiries - "),
            "National Rail Enquiries"
        );
        assert_eq!(trim_separators("» Title :: ::"), "Title");
        assert_eq!(trim_separators("C-3PO -"), "C-3PO");
        assert_eq!(trim_separators("-"), "-");
        assert_eq!(trim_separators("Top 10 -5% deals"), "Top 10 -5% deals");
    }

    #[test]
    fn uses_the_host_and_the_longest_heading() {
        let t = "Geschichte - St. Georgs Chorknaben Ulm";
        assert_eq!(
            clean(t, None, Some("www.chorknaben-ulm.de"), &[]),
            "Geschichte"
        );
        let t = "CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht";
        assert_eq!(
            clean(t, None, Some("cdu-fraktion-erfurt.de"), &[]),
            "Entwicklung der Waldorfschule ermöglicht"
        );
        let t = "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos";
        let h = vec![
            "Time 4 talks".to_owned(),
            "Weitere Digitalisierung der Kinos".to_owned(),
        ];
        assert_eq!(
            clean(t, None, None, &h),
            "Weitere Digitalisierung der Kinos"
        );
        // A host unrelated to the title changes nothing.
        assert_eq!(
            clean(
                "Why the sea is salty and cold | The Daily",
                None,
                Some("fakehost"),
                &[]
            ),
            "Why the sea is salty and cold"
        );
    }

    #[test]
    fn keeps_real_titles_with_separators() {
        // Too short a remainder: the separator is part of the title.
        assert_eq!(c("Spider-Man - A Review"), "Spider-Man - A Review");
        assert_eq!(c("Apples | Oranges"), "Apples | Oranges");
        assert_eq!(
            c("This is a long title with a colon: Hello there"),
            "This is a long title with a colon: Hello there"
        );
        // No spaces: not a separator.
        assert_eq!(
            c("AC/DC rock the stadium tonight"),
            "AC/DC rock the stadium tonight"
        );
        // A heading equal to the whole title keeps it whole.
        let h = vec!["Cats - the complete guide to cat care".to_owned()];
        assert_eq!(
            clean("Cats - the complete guide to cat care", None, None, &h),
            "Cats - the complete guide to cat care"
        );
    }
}
