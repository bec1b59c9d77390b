//! A tiny tag scanner for the text of `<noscript>`: finds `<img ...>` tags
//! and their attributes, nothing else. No HTML parser is needed in the
//! browser build for this one job.

use super::walk::wanted;

/// An element's attributes, as the tree stores them.
type Attrs = Vec<(Box<str>, Box<str>)>;

/// The wanted attributes of every `<img>` tag in `markup`, in order.
pub(crate) fn images(markup: &str) -> Vec<Attrs> {
    let bytes = markup.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = markup[i..].find('<') {
        let start = i + off + 1;
        i = start;
        let is_img = bytes.len() >= start + 3
            && bytes[start..start + 3].eq_ignore_ascii_case(b"img")
            && bytes
                .get(start + 3)
                .is_none_or(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>');
        if !is_img {
            continue;
        }
        let (attrs, end) = attributes(markup, start + 3);
        out.push(attrs);
        i = end;
    }
    out
}

/// Reads attributes from `pos` to the end of the tag; returns them and the
/// position after the tag.
fn attributes(markup: &str, mut pos: usize) -> (Attrs, usize) {
    let b = markup.as_bytes();
    let mut attrs: Attrs = Vec::new();
    loop {
        while pos < b.len() && (b[pos].is_ascii_whitespace() || b[pos] == b'/') {
            pos += 1;
        }
        if pos >= b.len() {
            return (attrs, pos);
        }
        if b[pos] == b'>' {
            return (attrs, pos + 1);
        }
        let name_start = pos;
        while pos < b.len()
            && !b[pos].is_ascii_whitespace()
            && !matches!(b[pos], b'=' | b'>' | b'/')
        {
            pos += 1;
        }
        let name = markup[name_start..pos].to_ascii_lowercase();
        while pos < b.len() && b[pos].is_ascii_whitespace() {
            pos += 1;
        }
        let mut value = String::new();
        if pos < b.len() && b[pos] == b'=' {
            pos += 1;
            while pos < b.len() && b[pos].is_ascii_whitespace() {
                pos += 1;
            }
            let (raw, next) = match b.get(pos) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = markup[pos + 1..]
                        .find(q as char)
                        .map_or(b.len(), |e| pos + 1 + e);
                    (&markup[pos + 1..end], (end + 1).min(b.len()))
                }
                _ => {
                    let end = markup[pos..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(b.len(), |e| pos + e);
                    (&markup[pos..end], end)
                }
            };
            value = decode_entities(raw);
            pos = next;
        }
        // The first of a repeated attribute wins, as in the HTML parser.
        if wanted(&name) && !attrs.iter().any(|(n, _)| **n == *name) {
            attrs.push((name.into(), value.into()));
        }
    }
}

/// Decodes the character references that occur in attribute values of real
/// pages: the five named XML ones, `&nbsp;`, and numeric references.
fn decode_entities(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
