//! Decodes the one-string page encoding made by `encode.js` into Lector's
//! [`Tree`]. The format is described at the top of `encode.js`.

use crate::dom::{Builder, Ns, Span, Tree};

use super::noscript;
use super::walk::{ReadStats, ATTRIBUTES};

const START: u8 = 1;
const ATTR: u8 = 2;
const END: u8 = 3;
const TEXT: u8 = 4;

/// The tokens of `s`: each a control byte and its payload. The control
/// bytes are ASCII, so they never occur inside a multi-byte character and
/// every payload is valid UTF-8.
fn tokens(s: &str) -> impl Iterator<Item = (u8, &str)> + Clone {
    let b = s.as_bytes();
    let mut i = next_control(b, 0);
    std::iter::from_fn(move || {
        let at = i?;
        let next = next_control(b, at + 1);
        i = next;
        let end = next.unwrap_or(b.len());
        Some((b[at], &s[at + 1..end]))
    })
}

fn is_control(c: &u8) -> bool {
    (START..=TEXT).contains(c)
}

/// Where the next control byte is in `b` from `from`. The payloads (the
/// page's text) are most of the encoding: they are passed over eight bytes
/// at a time, a chunk looked into only when one of its bytes is below
/// `TEXT + 1` (the test is exact for "any byte below n", n <= 128).
fn next_control(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = b.get(from..)?;
    let chunks = rest.chunks_exact(8);
    let tail = chunks.remainder();
    let mut at = from;
    for c in chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        if x.wrapping_sub(ONES * u64::from(TEXT + 1)) & !x & HIGH != 0 {
            if let Some(p) = c.iter().position(is_control) {
                return Some(at + p);
            }
        }
        at += 8;
    }
    tail.iter().position(is_control).map(|p| at + p)
}

/// Builds the tree from the encoding; `stats` gets the element and text
/// counts.
pub(crate) fn decode(s: &str, stats: &mut ReadStats) -> Tree {
    // Every string of the tree is a payload of `s` (attribute names are
    // stored once each), and a node takes a few bytes of it at least.
    let mut b = Builder::with_capacity(s.len() / NODE_BYTES, s.len());
    let mut names: [Option<Span>; ATTRIBUTES.len()] = [None; ATTRIBUTES.len()];
    // The element just opened, while its attributes may follow.
    let mut taking_attrs = false;
    // It is an HTML `<noscript>`, read apart once its attributes are in.
    let mut noscript = false;
    let mut toks = tokens(s).peekable();
    while let Some((kind, payload)) = toks.next() {
        match kind {
            START => {
                let ns = match payload.as_bytes().first() {
                    Some(b's') => Ns::Svg,
                    Some(b'm') => Ns::MathMl,
                    _ => Ns::Html,
                };
                let name = payload.get(1..).unwrap_or("");
                noscript = ns == Ns::Html && name == "noscript";
                open(&mut b, name, ns, stats);
                taking_attrs = true;
            }
            ATTR => {
                let code = payload.as_bytes().first().copied().unwrap_or(0);
                let i = usize::from(code.wrapping_sub(0x30));
                if let (true, Some(name)) = (taking_attrs, ATTRIBUTES.get(i)) {
                    stats.attributes += 1;
                    let span = *names[i].get_or_insert_with(|| b.intern(name));
                    b.attr_named(span, payload.get(1..).unwrap_or(""));
                }
            }
            END => {
                taking_attrs = false;
                b.close();
            }
            _ => {
                taking_attrs = false;
                stats.texts += 1;
                stats.text_bytes += payload.len() as u32;
                b.text(payload);
            }
        }
        // The element is complete once its last attribute is read.
        if noscript && !matches!(toks.peek(), Some((ATTR, _))) {
            noscript = false;
            taking_attrs = false;
            noscript_body(&mut b, &mut toks, stats);
        }
    }
    b.finish()
}

/// About the fewest bytes of the encoding a node takes (a control byte, a
/// kind and a short name, or a control byte and a little text), for the
/// room reserved for nodes: too few means a copy of the node list when it
/// grows, too many only unused room.
const NODE_BYTES: usize = 16;

fn open(b: &mut Builder, name: &str, ns: Ns, stats: &mut ReadStats) {
    stats.elements += 1;
    if ns == Ns::Html && name.bytes().any(|c| c.is_ascii_uppercase()) {
        // XHTML documents keep the source case; html5ever lower-cases.
        b.open(&name.to_ascii_lowercase(), ns);
    } else {
        b.open(name, ns);
    }
}

/// A `<noscript>` holding only text (scripting on) gets the images in that
/// text as elements, as in `walk.rs`; other content is decoded as usual.
fn noscript_body<'a>(
    b: &mut Builder,
    toks: &mut std::iter::Peekable<impl Iterator<Item = (u8, &'a str)> + Clone>,
    stats: &mut ReadStats,
) {
    let mut ahead = toks.clone();
    let (Some((TEXT, markup)), Some((END, _))) = (ahead.next(), ahead.next()) else {
        return;
    };
    toks.next();
    stats.texts += 1;
    stats.text_bytes += markup.len() as u32;
    if markup.contains('<') {
        for attrs in noscript::images(markup) {
            b.open("img", Ns::Html);
            for (n, v) in &attrs {
                b.attr(n, v);
            }
            b.close();
            stats.elements += 1;
        }
    } else {
        b.text(markup);
    }
}
