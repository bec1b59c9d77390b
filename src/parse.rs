//! Native front end: html5ever parses bytes straight into Lector's [`Tree`].
//!
//! This is the only code that sees html5ever. The `TreeSink` writes into the
//! arena directly; there is no intermediate DOM.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::BTreeMap;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeBuilderOpts, TreeSink};
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, ParseOpts, QualName};

use crate::dom::{Data, NodeId, Ns, Tree, DOCUMENT, NONE};

/// Parses an HTML document from text.
pub(crate) fn parse_str(html: &str) -> Tree {
    let opts = parse_opts();
    let scan = limit_nesting(html, true);
    let sink = Sink::with_room(scan.nodes, html, &scan.raw);
    let (mut tree, restored) = html5ever::parse_document(sink, opts.clone()).one(scan.text);
    if restored != scan.raw.len() {
        // A raw-text body went somewhere its marker was not looked for (no
        // page seen so far): parse again with nothing left out.
        let scan = limit_nesting(html, false);
        (tree, _) =
            html5ever::parse_document(Sink::with_room(scan.nodes, html, &[]), opts).one(scan.text);
    }
    tree.expand_noscript_images();
    tree
}

/// html5ever's options.
fn parse_opts() -> ParseOpts {
    ParseOpts {
        tree_builder: TreeBuilderOpts {
            // Parse as a browser with scripts on does, so that `<noscript>`
            // holds raw text: parsed as markup, one unclosed `<div>` inside
            // it swallows the rest of the page. Its images are recovered
            // afterwards, as the live-DOM front end does.
            scripting_enabled: true,
            ..Default::default()
        },
        ..Default::default()
    }
}

/// What [`limit_nesting`] makes of a page.
struct Scan {
    /// The text to parse.
    text: StrTendril,
    /// About how many nodes the page makes.
    nodes: usize,
    /// Byte ranges of `html` whose raw text was replaced by markers (see
    /// [`unread_raw_text`]), in order.
    raw: Vec<(usize, usize)>,
}

/// Starts the marker that stands for the `k`-th left-out raw-text body:
/// `MARK`, then `k` in decimal. html5ever passes control characters through
/// untouched (without `exact_errors`), and no page using one anywhere has
/// its raw text left out, so a marker can't be confused with page text.
const MARK: char = '\x01';

/// Open elements beyond this depth are dropped before parsing. The HTML
/// tree builder checks element scopes by walking its stack of open elements,
/// so each tag costs time in proportion to the depth: 100,000 nested `<div>`
/// would take minutes. Real pages stay far below this.
const MAX_SOURCE_DEPTH: usize = 1024;

/// Elements that never nest: void elements and those whose end tag is
/// optional and implied by a sibling (a rough scan can't track those).
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
    "tfoot", "colgroup", "rb", "rt", "rp", "rtc", "param", "keygen", "frame", "basefont",
    "bgsound", "image",
];

/// Elements whose content is raw text: skipped whole by the scan.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// What the scan needs to know of a tag name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// In [`NON_NESTING`].
    NonNesting,
    /// In [`RAW_TEXT`].
    RawText,
    Svg,
    Math,
    Other,
}

/// The [`Kind`] of tag name `name`, in any case. Looked up by length and
/// first letter, then compared ignoring case in place: running down both
/// lists for every tag was most of the scan's time.
fn kind_of(name: &str) -> Kind {
    let b = name.as_bytes();
    let candidates: &[&str] = match (b.len(), b.first().map(u8::to_ascii_lowercase)) {
        (2, Some(b'b' | b'd' | b'h' | b'l' | b'r' | b't')) => &[
            "br", "hr", "li", "dt", "dd", "tr", "td", "th", "rb", "rt", "rp",
        ],
        (1, Some(b'p')) => &["p"],
        (3, _) => &["col", "img", "wbr", "rtc", "svg", "xmp"],
        (4, _) => &["area", "base", "link", "meta", "math"],
        (5, _) => &[
            "embed", "input", "track", "tbody", "thead", "tfoot", "param", "frame", "image",
            "style", "title",
        ],
        (6, _) => &["source", "option", "keygen", "script", "iframe"],
        (7, _) => &["bgsound", "noembed"],
        (8, _) => &[
            "optgroup", "colgroup", "basefont", "textarea", "noframes", "noscript",
        ],
        (9, _) => &["plaintext"],
        _ => &[],
    };
    let Some(&hit) = candidates.iter().find(|c| c.eq_ignore_ascii_case(name)) else {
        return Kind::Other;
    };
    match hit {
        "svg" => Kind::Svg,
        "math" => Kind::Math,
        _ if RAW_TEXT.contains(&hit) => Kind::RawText,
        _ => {
            debug_assert!(NON_NESTING.contains(&hit));
            Kind::NonNesting
        }
    }
}

/// Removes start and end tags nested deeper than [`MAX_SOURCE_DEPTH`], and
/// attributes beyond [`MAX_ATTRIBUTES`] in a tag, with a rough tag scan
/// (comments and raw-text elements skipped). Returns the input untouched
/// when it is not that deep or crowded, which is every real page, and
/// about how many nodes it makes (start tags, and text after tags), which the
/// same scan counts for free.
///
/// With `skip_raw`, the bodies of scripts and styles are also swapped for
/// short markers, which the sink swaps back (see [`unread_raw_text`]), and
/// the shapes inside inline `<svg>`s are left out.
fn limit_nesting(html: &str, skip_raw: bool) -> Scan {
    let b = html.as_bytes();
    let skip_raw = skip_raw && memchr::memchr(MARK as u8, b).is_none();
    // Text follows the tag or comment ending at `i`.
    let text_at = |i: usize| usize::from(i < b.len() && b[i] != b'<');
    let mut nodes = 0usize;
    let mut depth = 0usize;
    // Open `<svg>` and `<math>` elements, roughly: more rather than fewer.
    let (mut svg, mut math) = (0usize, 0usize);
    // The body of a raw-text element to leave out, cut after its tag's own
    // surplus attributes so that the cuts stay in order.
    let mut raw_cut = None;
    // Spans to cut, and which of them (indices into `cuts`, a separate
    // list since they are few) are raw-text bodies to mark.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut marked: Vec<usize> = Vec::new();
    // The outermost open `<svg>`: where its body starts, and how many cuts
    // came before it. Its body is cut at its end tag, unless a tag in it
    // holds more than SVG (see [`breaks_out`]).
    let mut svg_body: Option<(usize, usize, usize)> = None;
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let start = i + off;
        i = start + 1;
        if i >= b.len() {
            break;
        }
        if b[i] == b'!' {
            // Comment or doctype.
            let end = if html[i..].starts_with("!--") {
                html[i..].find("-->").map(|e| i + e + 3)
            } else {
                html[i..].find('>').map(|e| i + e + 1)
            };
            i = end.unwrap_or(b.len());
            nodes += text_at(i);
            continue;
        }
        let closing = b[i] == b'/';
        let name_start = if closing { i + 1 } else { i };
        if name_start >= b.len() || !b[name_start].is_ascii_alphabetic() {
            continue;
        }
        let mut name_end = name_start;
        while name_end < b.len() && b[name_end].is_ascii_alphanumeric()
            || (name_end < b.len() && b[name_end] == b'-')
        {
            name_end += 1;
        }
        let name = &html[name_start..name_end];
        let kind = kind_of(name);
        let tag_end = tag_end(b, name_end);
        i = tag_end;
        nodes += text_at(i);
        let nests = kind != Kind::NonNesting;
        // Inside SVG or MathML, `<script>` and `<style>` hold markup, not
        // raw text: their contents are never cut there.
        // A stray end tag is ignored by the tree builder where no such
        // element is open, hence a count per name.
        let open = match kind {
            Kind::Svg => Some(&mut svg),
            Kind::Math => Some(&mut math),
            _ => None,
        };
        let mut svg_opened = false;
        if let Some(open) = open {
            if closing {
                *open = open.saturating_sub(1);
            } else if !(tag_end >= 2 && b[tag_end - 2] == b'/') {
                *open += 1;
            }
        }
        if kind == Kind::Svg {
            if !closing && svg == 1 && svg_body.is_none() {
                svg_opened = true;
            } else if closing && svg == 0 {
                // An inline SVG's shapes are never text nor content (the
                // reader leaves SVG out): they were about a twelfth of the
                // corpus bytes left after scripts and styles.
                if let Some((body, n_cuts, n_marked)) = svg_body.take() {
                    if skip_raw && start > body && !breaks_out(&html[body..start]) {
                        cuts.truncate(n_cuts);
                        marked.truncate(n_marked);
                        cuts.push((body, start));
                    }
                }
            }
        }
        // Whether this tag opens or closes an element nested too deep.
        let too_deep = if closing {
            let deep = nests && depth > MAX_SOURCE_DEPTH;
            if nests {
                depth = depth.saturating_sub(1);
            }
            deep
        } else if kind == Kind::RawText {
            nodes += 1;
            let close = format!("</{}", name.to_ascii_lowercase());
            let body = i;
            i = find_ignoring_case(&b[i..], close.as_bytes()).map_or(b.len(), |e| i + e);
            if skip_raw
                && svg + math == 0
                && unread_raw_text(b, name, start, tag_end, body, i, close.len())
            {
                raw_cut = Some((body, i));
            }
            false
        } else if !nests || (tag_end >= 2 && b[tag_end - 2] == b'/') {
            nodes += 1;
            false
        } else {
            depth += 1;
            // An element, unless cut here.
            nodes += usize::from(depth <= MAX_SOURCE_DEPTH);
            depth > MAX_SOURCE_DEPTH
        };
        // A tag cut whole, or else its attributes past the cap, or else
        // (on an ordinary HTML tag) the attributes nothing reads.
        if too_deep {
            cuts.push((start, tag_end));
        } else if let Some(cut) = surplus_attributes(b, name_end, tag_end) {
            cuts.push(cut);
        } else if skip_raw
            && !closing
            && svg + math == 0
            && matches!(kind, Kind::Other | Kind::NonNesting)
            && tag_end - name_end > SHORTEST_UNREAD
            && !keeps_all_attributes(name)
        {
            unread_attributes(b, name_end, tag_end, &mut cuts);
        }
        if let Some(c) = raw_cut.take() {
            marked.push(cuts.len());
            cuts.push(c);
        }
        if svg_opened {
            svg_body = Some((tag_end, cuts.len(), marked.len()));
        }
    }
    let mut text = StrTendril::new();
    // One allocation, of what is kept plus the markers (at most 21 bytes
    // each), which may outgrow their cuts.
    let cut: usize = cuts.iter().map(|&(s, e)| e - s).sum();
    text.reserve(u32::try_from(html.len() - cut + 21 * marked.len()).unwrap_or(u32::MAX));
    let mut raw = Vec::with_capacity(marked.len());
    let mut last = 0;
    let mut marks = marked.into_iter().peekable();
    for (k, (s, e)) in cuts.into_iter().enumerate() {
        text.push_slice(&html[last..s]);
        if marks.next_if_eq(&k).is_some() {
            text.push_char(MARK);
            text.push_slice(crate::text::decimal(raw.len(), &mut [0; 20]));
            raw.push((s, e));
        }
        last = e;
    }
    text.push_slice(&html[last..]);
    Scan { text, nodes, raw }
}

/// Whether the body of an `<svg>` holds a tag that is not one of SVG's
/// own shapes and parts ([`SVG_PARTS`]), read without regard to quotes or
/// raw text, every `<` opening a tag. Such a body is parsed whole: a
/// `<p>` or `<div>` there would end the SVG in the tree builder, and a
/// stray quote that the scan took for an open value may have hidden the
/// SVG's end tag, so that the span runs on into the page's HTML. A cut
/// then only ever holds SVG.
fn breaks_out(body: &str) -> bool {
    let b = body.as_bytes();
    memchr::memchr_iter(b'<', b).any(|at| {
        let from = at + 1 + usize::from(b.get(at + 1) == Some(&b'/'));
        let len = b[from..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = &body[from..from + len];
        !(SVG_PARTS.iter().any(|p| p.eq_ignore_ascii_case(name))
            || name.len() > 2 && name[..2].eq_ignore_ascii_case("fe"))
    })
}

/// The SVG elements an inline icon or chart is drawn with (with the
/// filter primitives, `fe...`): an `<svg>` whose body holds only these is
/// left out of the parse.
const SVG_PARTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "rect",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "metadata",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "filter",
    "text",
    "tspan",
    "textPath",
    "image",
    "style",
    "marker",
    "switch",
    "animate",
    "animateTransform",
    "animateMotion",
    "set",
    "view",
];

/// Whether the contents of the raw-text element whose start tag spans
/// `start..tag_end` and whose body runs `body..end` (up to its end tag, of
/// `close_len` bytes before the delimiter) can be left out of the parse:
/// a `<script>` that is not JSON-LD, or a `<style>`. Nothing after parsing
/// reads either (the live-DOM front end skips them too), and html5ever
/// tokenizes raw text a character at a time: they were about 45% of the
/// corpus bytes. Cut only where the tokenizer would surely end the element
/// at `end`: the end tag is followed by a delimiter, and a script holds no
/// `<!--` (which can hide a `</script>` from the tokenizer).
fn unread_raw_text(
    b: &[u8],
    name: &str,
    start: usize,
    tag_end: usize,
    body: usize,
    end: usize,
    close_len: usize,
) -> bool {
    let ends = matches!(
        b.get(end + close_len),
        Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>')
    );
    if !ends || end <= body {
        return false;
    }
    if name.eq_ignore_ascii_case("style") {
        return true;
    }
    name.eq_ignore_ascii_case("script")
        && find_ignoring_case(&b[start..tag_end], b"json").is_none()
        && memchr::memmem::find(&b[body..end], b"<!--").is_none()
}

/// Most attributes one tag keeps. html5ever checks each new attribute of a
/// tag against all the earlier ones, so a tag with a million attributes
/// would take hours to read; real elements have a few dozen at most.
const MAX_ATTRIBUTES: usize = 256;

/// The span to cut from a tag whose attributes run past [`MAX_ATTRIBUTES`]:
/// from the first surplus attribute's name up to the tag's closing `>`.
/// `from` is just past the tag name; `rough_end` is where [`tag_end`]
/// thinks the tag ends. Attributes are read as the HTML tokenizer reads
/// them (a quote opens a value only right after `=`), since a cut made
/// from a rougher reading could remove a whole page: one stray `"` in a
/// tag would seem to open a value that runs to the next tag's quote.
fn surplus_attributes(b: &[u8], from: usize, rough_end: usize) -> Option<(usize, usize)> {
    // Every attribute takes at least two bytes, a space and a name.
    if rough_end - from <= 2 * MAX_ATTRIBUTES {
        return None;
    }
    // Never read past the rough end: the rough spans of successive tags do
    // not overlap, so the whole scan stays linear. A tag whose real end
    // lies beyond it keeps all its attributes.
    let b = &b[..rough_end];
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut count = 0;
    let mut cut = None;
    let mut i = from;
    loop {
        while i < b.len() && (space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        if b[i] == b'>' {
            return cut.map(|start| (start, i));
        }
        // An attribute name: its first character may be anything left.
        count += 1;
        if count == MAX_ATTRIBUTES + 1 {
            cut = Some(i);
        }
        i += 1;
        while i < b.len() && !space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    i = i + 1 + b[i + 1..].iter().position(|&c| c == q)? + 1;
                }
                _ => {
                    while i < b.len() && !space(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                }
            }
        }
    }
}

/// A tag's attributes, from its name's end, take more bytes than this when
/// one of them can be worth leaving out (` data-x="1"` is 11): shorter tags
/// are not read twice.
const SHORTEST_UNREAD: usize = 10;

/// The `data-` and `aria-` attributes something reads (the rest of those
/// families, and every `on...` event handler, go unread): the lazy-image
/// sources of the writer and the browser reader, and the hidden, modal and
/// portal checks.
const READ_DATA_ARIA: &[&str] = &[
    "data-src",
    "data-srcset",
    "data-original",
    "data-lazy-src",
    "data-lazy-srcset",
    "data-lazyload",
    "data-hi-res-src",
    "data-full-src",
    "data-url",
    "data-echo",
    "data-portal",
    "aria-hidden",
    "aria-modal",
];

/// Whether an attribute named `name` (any case) on an ordinary HTML
/// element is never read: an event handler (`onclick`), or a `data-` or
/// `aria-` attribute not in [`READ_DATA_ARIA`]. Such attributes were about
/// a sixteenth of the Readability corpus's bytes outside scripts and
/// styles (analytics payloads, framework ids, JSON options), and html5ever
/// tokenizes attribute values a character at a time.
fn is_unread_attribute(name: &[u8]) -> bool {
    let starts = |p: &[u8]| name.len() > p.len() && name[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"on") {
        return true;
    }
    if !(starts(b"data-") || starts(b"aria-")) {
        return false;
    }
    !READ_DATA_ARIA
        .iter()
        .any(|r| r.as_bytes().eq_ignore_ascii_case(name))
}

/// Elements whose every attribute is kept: pictures and media (the writer
/// looks through an image's `data-` attributes for its source), embeds,
/// the head's elements, forms' controls and the document's own elements.
fn keeps_all_attributes(name: &str) -> bool {
    const KEEP: &[&str] = &[
        "img", "source", "picture", "video", "audio", "track", "iframe", "embed", "object",
        "param", "meta", "link", "base", "html", "head", "body", "template", "input", "image",
        "frame", "frameset",
    ];
    KEEP.iter().any(|k| k.eq_ignore_ascii_case(name))
}

/// Adds to `cuts` the attributes of the start tag whose name ends at
/// `from` and whose rough end is `rough_end` that nothing reads
/// ([`is_unread_attribute`]). The tag is read as the HTML tokenizer reads
/// it, and left whole unless that reading ends at the rough end too. An
/// attribute is cut from its name to its value's end: what came before it
/// (a blank, a `/`, or a quoted value) still ends what precedes. It stays
/// when the next thing in the tag starts with `=`, which after a blank
/// would give the attribute before it a value.
fn unread_attributes(b: &[u8], from: usize, rough_end: usize, cuts: &mut Vec<(usize, usize)>) {
    let b = &b[..rough_end];
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    // Spans found so far are dropped unless the reading reaches the tag's
    // end; the last one waits for what comes after it.
    let first_new = cuts.len();
    let mut open: Option<(usize, usize)> = None;
    let mut i = from;
    loop {
        while i < b.len() && (space(b[i]) || b[i] == b'/') {
            i += 1;
        }
        if let Some(span) = open.take() {
            if i < b.len() && b[i] != b'=' {
                cuts.push(span);
            }
        }
        if i >= b.len() {
            cuts.truncate(first_new);
            return;
        }
        if b[i] == b'>' {
            if i + 1 != rough_end {
                cuts.truncate(first_new);
            }
            return;
        }
        let name_start = i;
        i += 1;
        while i < b.len() && !space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let unread = is_unread_attribute(&b[name_start..i]);
        while i < b.len() && space(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && space(b[i]) {
                i += 1;
            }
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => match memchr::memchr(q, &b[i + 1..]) {
                    Some(p) => i += p + 2,
                    None => {
                        cuts.truncate(first_new);
                        return;
                    }
                },
                _ => {
                    while i < b.len() && !space(b[i]) && b[i] != b'>' {
                        i += 1;
                    }
                }
            }
        }
        if unread {
            open = Some((name_start, i));
        }
    }
}

/// Where `needle` (lower-case ASCII) first occurs in `hay`, ignoring ASCII
/// case. No copy of `hay` is made: the scan meets every raw-text element of
/// the page, so a lower-cased copy of the rest would make it quadratic.
fn find_ignoring_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut from = 0;
    while from + needle.len() <= hay.len() {
        let at = from + memchr::memchr(first, &hay[from..])?;
        if hay
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', b)
}

/// The index just past the `>` that ends a tag, honouring quoted values.
fn tag_end(b: &[u8], mut i: usize) -> usize {
    while let Some(at) = memchr::memchr3(b'>', b'"', b'\'', &b[i.min(b.len())..]) {
        i += at;
        let c = b[i];
        if c == b'>' {
            return i + 1;
        }
        // Past the closing quote, or to the end if there is none.
        match memchr::memchr(c, &b[i + 1..]) {
            Some(q) => i += q + 2,
            None => return b.len(),
        }
    }
    b.len()
}

#[cfg(not(target_arch = "wasm32"))]
/// `bytes` as UTF-8, invalid sequences replaced. Valid pages (nearly all)
/// are borrowed after `str::from_utf8`, whose check runs several times
/// faster than the chunk-by-chunk scan of `String::from_utf8_lossy`.
fn utf8_lossy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Decodes `bytes` (BOM, then `<meta charset>` / `http-equiv` in the first
/// 16 KiB, then UTF-8 if valid, else windows-1252) and parses the result.
pub(crate) fn parse_bytes(bytes: &[u8], transport_charset: Option<&str>) -> Tree {
    let text = decode(bytes, transport_charset);
    parse_str(&text)
}

#[cfg(not(target_arch = "wasm32"))]
/// Turns page bytes into text, following the HTML encoding sniffing rules
/// closely enough for saved pages. `transport_charset` is the label the
/// page came with (an HTTP `Content-Type` charset); it counts only where the
/// page itself declares none, because archived headers are often wrong
/// about pages that were re-encoded on the way.
pub(crate) fn decode<'a>(bytes: &'a [u8], transport_charset: Option<&str>) -> Cow<'a, str> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return text;
    }
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let label = sniff_meta_charset(head)
        .filter(|l| encoding_rs::Encoding::for_label(l.as_bytes()).is_some())
        .or_else(|| transport_charset.map(|l| l.trim().to_owned()));
    let declared = label.and_then(|label| {
        let enc = encoding_rs::Encoding::for_label(label.as_bytes())?;
        // A page that claims UTF-16 while being read as bytes is really
        // ASCII-compatible; the HTML standard says to treat it as UTF-8.
        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            Some(encoding_rs::UTF_8)
        } else {
            Some(enc)
        }
    });
    match declared {
        // A page that declares UTF-8 but is not valid UTF-8 is still mostly
        // UTF-8: decode lossily rather than guessing a legacy encoding.
        Some(enc) if enc == encoding_rs::UTF_8 => utf8_lossy(bytes),
        // Saved pages are often re-encoded as UTF-8 while keeping their old
        // `<meta charset=gb2312>`. Legacy-encoded text with non-ASCII bytes
        // is almost never valid UTF-8 by chance, so valid UTF-8 wins.
        Some(_) if std::str::from_utf8(bytes).is_ok() => utf8_lossy(bytes),
        Some(enc) => {
            let (text, _, _) = enc.decode(bytes);
            text
        }
        None => match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                text
            }
        },
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// Finds a charset label in `<meta charset=...>` or
/// `<meta http-equiv=content-type content="...; charset=...">`.
fn sniff_meta_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut i = 0;
    while let Some(pos) = find(&lower[i..], b"<meta") {
        let start = i + pos + 5;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let mut j = c + 7;
            while j < tag.len() && (tag[j] == b' ' || tag[j] == b'\t') {
                j += 1;
            }
            if j < tag.len() && tag[j] == b'=' {
                j += 1;
                while j < tag.len() && matches!(tag[j], b' ' | b'\t' | b'"' | b'\'') {
                    j += 1;
                }
                let k = tag[j..]
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .map_or(tag.len(), |p| j + p);
                if k > j {
                    return Some(String::from_utf8_lossy(&tag[j..k]).into_owned());
                }
            }
        }
        i = end;
        if i >= lower.len() {
            break;
        }
    }
    None
}

#[cfg(not(target_arch = "wasm32"))]
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The html5ever sink. Handles are node ids; the tree sits in a `RefCell`
/// because html5ever's sink methods take `&self`.
struct Sink<'a> {
    /// The page as given, which left-out raw-text bodies are read back from.
    html: &'a str,
    /// Their spans in `html`, indexed by marker number.
    raw: &'a [(usize, usize)],
    /// How many markers were swapped back.
    restored: Cell<usize>,
    tree: RefCell<Tree>,
    /// Local names of elements, indexed like the arena, for `elem_name`.
    /// Only the local name and the namespace are kept (9 bytes a node, not
    /// a 24-byte `QualName`): the tree builder asks for nothing else.
    names: RefCell<Vec<Option<LocalName>>>,
    /// Namespaces, indexed like `names`.
    spaces: RefCell<Vec<Ns>>,
    /// Text added to a text node after other strings followed it in the
    /// arena (rare: foster-parented text in tables, text merged into a
    /// node closed earlier), gathered here and written to the tree once,
    /// at the end. Moving the node's text to the end of the arena at each
    /// such addition would be quadratic on a table that alternates cell
    /// text with stray text.
    late: RefCell<BTreeMap<NodeId, String>>,
}

impl<'a> Sink<'a> {
    /// A sink with room for about `nodes` nodes (as [`limit_nesting`]
    /// counts them), so that the arena is not grown by doubling: on tag soup
    /// (a million `<i></i>`) the slack and the copy made while growing were
    /// most of the peak memory. `raw` are the spans of `html` whose markers
    /// to swap back.
    fn with_room(nodes: usize, html: &'a str, raw: &'a [(usize, usize)]) -> Self {
        // The implied html, head and body, and a little more.
        let nodes = nodes + 16;
        let sink = Sink {
            html,
            raw,
            restored: Cell::new(0),
            // Strings of the tree come from the page, so its length is
            // about the room they need (character references shrink).
            tree: RefCell::new(Tree::with_capacity(nodes, html.len())),
            names: RefCell::default(),
            spaces: RefCell::default(),
            late: RefCell::default(),
        };
        sink.names.borrow_mut().reserve(nodes);
        sink.spaces.borrow_mut().reserve(nodes);
        sink
    }

    /// The raw text that `text`, the body of raw-text element `parent`,
    /// stands for, when it is one of the markers: as html5ever would have
    /// read it, with line breaks normalized and NULs replaced.
    fn unmarked(&self, tree: &Tree, parent: NodeId, text: &str) -> Option<Cow<'a, str>> {
        let k: usize = text.strip_prefix(MARK)?.parse().ok()?;
        let &(s, e) = self.raw.get(k)?;
        if !(tree.is(parent, "script") || tree.is(parent, "style")) {
            return None;
        }
        self.restored.set(self.restored.get() + 1);
        let body = &self.html[s..e];
        Some(
            if memchr::memchr2(b'\r', b'\0', body.as_bytes()).is_some() {
                Cow::Owned(
                    body.replace("\r\n", "\n")
                        .replace('\r', "\n")
                        .replace('\0', "\u{FFFD}"),
                )
            } else {
                Cow::Borrowed(body)
            },
        )
    }

    fn push_name(&self, id: NodeId, name: QualName) {
        let (mut names, mut spaces) = (self.names.borrow_mut(), self.spaces.borrow_mut());
        if names.len() <= id as usize {
            names.resize(id as usize + 1, None);
            spaces.resize(id as usize + 1, Ns::Html);
        }
        spaces[id as usize] = ns_of(&name.ns);
        names[id as usize] = Some(name.local);
    }

    /// Adds `text` to text node `id`: in place when its text is the last
    /// string of the arena (the pieces of one text node, as html5ever hands
    /// them over one line or character reference at a time), else to
    /// [`Sink::late`].
    fn add_text(&self, tree: &mut Tree, id: NodeId, text: &str) {
        let mut late = self.late.borrow_mut();
        if !late.is_empty() {
            if let Some(t) = late.get_mut(&id) {
                t.push_str(text);
                return;
            }
        }
        if !tree.extend_text(id, text) {
            let mut t = tree.text(id).unwrap_or("").to_owned();
            t.push_str(text);
            late.insert(id, t);
        }
    }

    /// Appends `text` to `parent` as [`Tree::append_text`] does: merged
    /// into its last child when that is text.
    fn append_text(&self, tree: &mut Tree, parent: NodeId, text: &str) {
        let last = tree.node(parent).last_child;
        if last != NONE && tree.node(last).is_text() {
            self.add_text(tree, last, text);
            return;
        }
        let id = tree.create_text(text);
        tree.append(parent, id);
    }

    /// Inserts `text` before `sibling`, merged into the previous sibling
    /// when that is text.
    fn insert_text_before(&self, tree: &mut Tree, sibling: NodeId, text: &str) {
        let prev = tree.node(sibling).prev;
        if prev != NONE && tree.node(prev).is_text() {
            self.add_text(tree, prev, text);
            return;
        }
        let id = tree.create_text(text);
        tree.insert_before(sibling, id);
    }
}

/// `elem_name` result: a borrow of the stored local name and its namespace.
#[derive(Debug)]
struct Name<'a> {
    local: Ref<'a, LocalName>,
    ns: &'static Namespace,
}

impl html5ever::tree_builder::ElemName for Name<'_> {
    fn ns(&self) -> &Namespace {
        self.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

static HTML_NS: Namespace = ns!(html);
static SVG_NS: Namespace = ns!(svg);
static MATHML_NS: Namespace = ns!(mathml);
/// The name given for a node that is not an element (never asked for).
static FALLBACK_NAME: LocalName = local_name!("div");

fn ns_of(ns: &Namespace) -> Ns {
    if *ns == ns!(svg) {
        Ns::Svg
    } else if *ns == ns!(mathml) {
        Ns::MathMl
    } else {
        Ns::Html
    }
}

impl TreeSink for Sink<'_> {
    type Handle = NodeId;
    /// The tree, and how many markers were swapped back.
    type Output = (Tree, usize);
    type ElemName<'a>
        = Name<'a>
    where
        Self: 'a;

    fn finish(self) -> (Tree, usize) {
        let mut tree = self.tree.into_inner();
        for (id, text) in self.late.into_inner() {
            tree.set_text(id, &text);
        }
        (tree, self.restored.get())
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name<'a> {
        let i = *target as usize;
        let ns = match self.spaces.borrow().get(i) {
            Some(Ns::Svg) => &SVG_NS,
            Some(Ns::MathMl) => &MATHML_NS,
            _ => &HTML_NS,
        };
        let local = Ref::map(self.names.borrow(), |n| {
            n.get(i).and_then(|q| q.as_ref()).unwrap_or(&FALLBACK_NAME)
        });
        Name { local, ns }
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        _flags: ElementFlags,
    ) -> NodeId {
        let mut tree = self.tree.borrow_mut();
        let id = tree.create_element(&name.local, ns_of(&name.ns));
        for a in &attrs {
            tree.add_attr(id, a.name.prefix.as_deref(), &a.name.local, &a.value);
        }
        drop(tree);
        self.push_name(id, name);
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.tree.borrow_mut().create(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.tree.borrow_mut().create(Data::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        match child {
            NodeOrText::AppendNode(n) => tree.append(*parent, n),
            NodeOrText::AppendText(t) => match self.unmarked(&tree, *parent, &t) {
                Some(body) => self.append_text(&mut tree, *parent, &body),
                None => self.append_text(&mut tree, *parent, &t),
            },
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.tree.borrow().node(*element).parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        // Template contents are never shown; keeping them under the
        // template element lets extraction skip them with it.
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        match new_node {
            NodeOrText::AppendNode(n) => {
                tree.detach(n);
                tree.insert_before(*sibling, n)
            }
            NodeOrText::AppendText(t) => self.insert_text_before(&mut tree, *sibling, &t),
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut tree = self.tree.borrow_mut();
        // Rare (a second `<html>` or `<body>` tag).
        for a in &attrs {
            let name: Cow<'_, str> = match &a.name.prefix {
                Some(p) => format!("{}:{}", &**p, &*a.name.local).into(),
                None => Cow::Borrowed(&*a.name.local),
            };
            if tree.attr(*target, &name).is_none() {
                tree.add_attr(*target, a.name.prefix.as_deref(), &a.name.local, &a.value);
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.tree.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut tree = self.tree.borrow_mut();
        let mut child = tree.node(*node).first_child;
        while child != NONE {
            let next = tree.node(child).next;
            tree.detach(child);
            tree.append(*new_parent, child);
            child = next;
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, _handle: &NodeId) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::Element;

    /// The first element named `name` in `tree`.
    fn first<'t>(tree: &'t Tree, name: &str) -> Element<'t> {
        tree.find(name)
            .and_then(|id| tree.element(id))
            .expect("element")
    }

    #[test]
    fn a_tag_with_thousands_of_attributes_keeps_its_first_ones() {
        let many: String = (0..10_000).map(|i| format!(" a{i}=\"v {i}\"")).collect();
        let tree = parse_str(&format!(
            "<body><p id=kept{many} class=late>Hello</p><p id=next>World</p></body>"
        ));
        let p = first(&tree, "p");
        assert_eq!(p.attr("id"), Some("kept"));
        assert_eq!(p.attr("a254"), Some("v 254"));
        assert_eq!(p.attr("class"), None);
        assert_eq!(p.attr_count(), MAX_ATTRIBUTES);
        assert_eq!(tree.text_content(DOCUMENT), "HelloWorld");
    }

    /// Text html5ever adds to a text node after others were made (here
    /// foster-parented out of a table) is merged in order.
    #[test]
    fn text_added_out_of_order_is_merged() {
        let tree = parse_str("<table><tr>a<td>b</td>c<td>d</td>e</table>");
        assert_eq!(tree.text_content(DOCUMENT), "acebd");
        let tree = parse_str("<body class=x><p>1</p><body id=y class=z>");
        let body = tree.body().expect("body");
        assert_eq!(tree.attr(body, "class"), Some("x"));
        assert_eq!(tree.attr(body, "id"), Some("y"));
    }

    /// A stray quote in an unquoted value opens nothing (as on a real
    /// page, citylimits.org, whose `<meta content=“…"` once made the scan
    /// cut the rest of the page).
    #[test]
    fn a_stray_quote_does_not_swallow_the_page() {
        let words = "word ".repeat(600);
        let tree = parse_str(&format!(
            "<head><meta name=“site” content=“abc\" /></head><body><p id=a>{words}</p><p id=b>say \"hi\"</p></body>"
        ));
        let text = tree.text_content(DOCUMENT);
        assert_eq!(text.matches("word").count(), 600, "{text}");
        assert!(text.ends_with("say \"hi\""), "{text}");
    }

    #[test]
    fn spaces_inside_a_quoted_value_are_not_attributes() {
        let long = "word ".repeat(2_000);
        let tree = parse_str(&format!(
            "<body><p title=\"{long}\" alt='{long}' class=kept>Hi</p></body>"
        ));
        assert_eq!(first(&tree, "p").attr("class"), Some("kept"));
    }

    /// Parses `html` as [`parse_str`] does, with or without raw text left
    /// out; also says whether every marker was swapped back.
    fn parse_with(html: &str, skip_raw: bool) -> (Tree, bool) {
        let scan = limit_nesting(html, skip_raw);
        let sink = Sink::with_room(scan.nodes, html, &scan.raw);
        let (tree, restored) = html5ever::parse_document(sink, parse_opts()).one(scan.text);
        (tree, restored == scan.raw.len())
    }

    /// The tree in document order, a node a line, with its depth, name
    /// and attributes or text; what is inside an `<svg>` left out, and
    /// the attributes nothing reads ([`is_unread_attribute`]) of ordinary
    /// HTML elements.
    fn outline(tree: &Tree) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let mut id = tree.node(DOCUMENT).first_child;
        while id != NONE {
            let n = tree.node(id);
            let _ = match tree.element(id) {
                Some(e) => writeln!(
                    out,
                    "{} {:?} {:?} {:?}",
                    n.depth,
                    e.ns,
                    e.name,
                    e.attrs()
                        .filter(|(a, _)| e.ns != Ns::Html
                            || keeps_all_attributes(e.name)
                            || !is_unread_attribute(a.as_bytes()))
                        .collect::<Vec<_>>()
                ),
                None => writeln!(out, "{} {:?}", n.depth, tree.text(id)),
            };
            let svg = tree
                .element(id)
                .is_some_and(|e| e.ns == Ns::Svg && e.name == "svg");
            id = if n.first_child != NONE && !svg {
                n.first_child
            } else {
                tree.next_skipping_children(DOCUMENT, id)
            };
        }
        out
    }

    /// Parsing `html` with raw text, SVG shapes and unread attributes left
    /// out swaps every marker back and gives the same [`outline`] as
    /// parsing it whole; `what` names the page in a failure.
    fn assert_scan_changes_nothing(html: &str, what: &str) {
        let (tree, all) = parse_with(html, true);
        assert!(all, "{what}: a marker was not swapped back");
        assert!(
            outline(&tree) == outline(&parse_with(html, false).0),
            "{what}"
        );
    }

    #[test]
    fn svg_shapes_are_left_out_unless_html_breaks_out_of_them() {
        let (tree, _) = parse_with(
            "<p>a<svg viewBox='0 0 1 1'><path d='M0 0'/><title>t</title><svg><g/></svg></svg>b</p>",
            true,
        );
        let svg = tree
            .descendants(DOCUMENT)
            .find(|&d| tree.element(d).is_some_and(|e| e.name == "svg"))
            .expect("svg");
        assert_eq!(tree.node(svg).first_child, NONE);
        assert_eq!(tree.text_content(tree.find("p").expect("p")), "ab");
        // A `<p>` or `<div>` in an SVG closes it in a browser: those and
        // an SVG never closed are parsed whole.
        for html in [
            "<svg><path/><p>breaks out</p></svg><div>x</div>",
            "<svg><g><DIV>x</DIV></g></svg>",
            "<svg><path/><b>y</b>",
        ] {
            let (tree, _) = parse_with(html, true);
            assert_eq!(tree.dump(), parse_with(html, false).0.dump(), "{html}");
        }
    }

    #[test]
    fn leaving_raw_text_out_changes_no_tree() {
        let pages = [
            "<script>a<b && c</script><style>p{}</style><p>x",
            "<script type=\"application/ld+json\">{}</script><script>x\r\ny\0</script>",
            "<script>if (a<!--b) {}</script><p>still</p><script>x</SCRIPT >",
            "<svg><style>a<b>c</b></style><script>d<e></e></script></svg><style>q</style>",
            "<math><script>a<b></b></script></math><script>y</script>",
            "<script>unclosed",
            "<table><script>t</script><tr><td>x<style>s</style></table>",
            "<textarea><script>x</script></textarea><title><style>y</style></title>",
            "<script>\x01 0</script><p>a page with a control character</p>",
            "<p>a<svg><path d='M0'/><title>t</title><svg><g/></svg></svg>b</p><svg/>c",
            "<SVG><Path/></SVG><p>case</p></svg><svg><style>x</style></svg>",
        ];
        for html in pages {
            assert_scan_changes_nothing(html, html);
        }
        // The shared corpora, where present.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let mut files = Vec::new();
        for sub in ["readability", "trafilatura/pages"] {
            for e in std::fs::read_dir(dir.join(sub))
                .into_iter()
                .flatten()
                .flatten()
            {
                let p = e.path();
                files.push(if p.is_dir() { p.join("source.html") } else { p });
            }
        }
        for f in files {
            let Ok(bytes) = std::fs::read(&f) else {
                continue;
            };
            assert_scan_changes_nothing(&decode(&bytes, None), &f.display().to_string());
        }
    }

    /// Attributes nothing reads are left out before parsing, and nothing
    /// else changes, however the tag is written.
    #[test]
    fn unread_attributes_are_left_out_and_nothing_else() {
        let tags = [
            "<div data-track='{\"a\":1}' class=story onclick=\"go()\">x</div>",
            "<p id=a data-x=1 /class=b>y</p>",
            "<p id=a hidden data-x=1 =b>z</p>",
            "<p data-x=\"1\"class=c aria-label=\"Share\" aria-hidden=true>w</p>",
            "<a href=/x DATA-GA=\"e\" ONMOUSEOVER=f data-portal=p>l</a>",
            "<img src=a.png data-hi-res-src=b.png data-foo=c.jpg onerror=x>",
            "<span data-x=\"unclosed>v</span><p class=after>after</p>",
            "<br data-x=1/><hr data-y=2 / ><li value=3 data-z>q</li>",
            "<svg data-x=1><path data-y=2/></svg><math data-m=1></math>",
            "<div data-a=1 data-b=2 data-c=3 data-src=keep role=main>m</div>",
        ];
        for html in tags {
            assert_scan_changes_nothing(html, html);
        }
        let (tree, _) = parse_with(tags[0], true);
        let div = first(&tree, "div");
        assert_eq!(div.attrs().collect::<Vec<_>>(), [("class", "story")]);
        let (tree, _) = parse_with(tags[5], true);
        assert_eq!(first(&tree, "img").attr_count(), 4, "an image keeps all");
    }

    #[test]
    fn tag_kinds_follow_the_lists() {
        for n in NON_NESTING {
            assert_eq!(kind_of(n), Kind::NonNesting, "{n}");
            assert_eq!(kind_of(&n.to_ascii_uppercase()), Kind::NonNesting, "{n}");
        }
        for n in RAW_TEXT {
            assert_eq!(kind_of(n), Kind::RawText, "{n}");
        }
        assert_eq!(kind_of("SVG"), Kind::Svg);
        assert_eq!(kind_of("math"), Kind::Math);
        for n in [
            "div", "a", "span", "pre", "b", "h1", "td2", "", "x", "section", "table",
        ] {
            assert_eq!(kind_of(n), Kind::Other, "{n}");
        }
        // Every name the scan treats apart, of every length and letter.
        let names: Vec<&str> = NON_NESTING.iter().chain(RAW_TEXT).copied().collect();
        for a in b'a'..=b'z' {
            for len in 1..=10 {
                let n: String = std::iter::once(a as char)
                    .chain(std::iter::repeat_n('x', len - 1))
                    .collect();
                if !names.contains(&n.as_str()) {
                    assert_eq!(kind_of(&n), Kind::Other, "{n}");
                }
            }
        }
    }

    #[test]
    fn raw_text_end_tags_are_found_in_any_case() {
        assert_eq!(find_ignoring_case(b"ab</SCRIPT", b"</script"), Some(2));
        assert_eq!(find_ignoring_case(b"</scrip", b"</script"), None);
        assert_eq!(find_ignoring_case(b"", b"</script"), None);
    }
}
