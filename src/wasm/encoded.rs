//! Decodes the one-string page encoding made by `encode.js` into Lector's
//! [`Tree`]. The format is described at the top of `encode.js`.

use crate::dom::{Builder, Ns, Tree};

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
    let mut i = b.iter().position(|&c| (START..=TEXT).contains(&c));
    std::iter::from_fn(move || {
        let at = i?;
        let next = b[at + 1..]
            .iter()
            .position(|&c| (START..=TEXT).contains(&c))
            .map(|p| at + 1 + p);
        i = next;
        let end = next.unwrap_or(b.len());
        Some((b[at], &s[at + 1..end]))
    })
}

/// An element whose attributes are still arriving.
struct Pending<'a> {
    name: &'a str,
    ns: Ns,
    attrs: Vec<(Box<str>, Box<str>)>,
}

/// Builds the tree from the encoding; `stats` gets the element and text
/// counts.
pub(crate) fn decode(s: &str, stats: &mut ReadStats) -> Tree {
    let mut b = Builder::new();
    let mut pending: Option<Pending> = None;
    let mut toks = tokens(s).peekable();
    while let Some((kind, payload)) = toks.next() {
        match kind {
            START => {
                let ns = match payload.as_bytes().first() {
                    Some(b's') => Ns::Svg,
                    Some(b'm') => Ns::MathMl,
                    _ => Ns::Html,
                };
                pending = Some(Pending {
                    name: payload.get(1..).unwrap_or(""),
                    ns,
                    attrs: Vec::new(),
                });
            }
            ATTR => {
                let code = payload.as_bytes().first().copied().unwrap_or(0);
                let name = ATTRIBUTES.get(usize::from(code.wrapping_sub(0x30)));
                if let (Some(p), Some(name)) = (pending.as_mut(), name) {
                    stats.attributes += 1;
                    p.attrs
                        .push(((*name).into(), payload.get(1..).unwrap_or("").into()));
                }
            }
            END => b.close(),
            _ => {
                stats.texts += 1;
                stats.text_bytes += payload.len() as u32;
                b.text(payload);
            }
        }
        // The element is complete once its last attribute is read.
        if pending.is_some() && !matches!(toks.peek(), Some((ATTR, _))) {
            if let Some(p) = pending.take() {
                let noscript = p.ns == Ns::Html && p.name == "noscript";
                open(&mut b, p, stats);
                if noscript {
                    noscript_body(&mut b, &mut toks, stats);
                }
            }
        }
    }
    b.finish()
}

fn open(b: &mut Builder, p: Pending, stats: &mut ReadStats) {
    stats.elements += 1;
    if p.ns == Ns::Html && p.name.bytes().any(|c| c.is_ascii_uppercase()) {
        // XHTML documents keep the source case; html5ever lower-cases.
        b.open(&p.name.to_ascii_lowercase(), p.ns, p.attrs);
    } else {
        b.open(p.name, p.ns, p.attrs);
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
            b.open("img", Ns::Html, attrs);
            b.close();
            stats.elements += 1;
        }
    } else {
        b.text(markup);
    }
}
