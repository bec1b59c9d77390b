//! Structured random documents: a tree of elements chosen from the tags and
//! attributes extraction cares about, with text, serialized to HTML and run
//! through extraction. Reaches deep scoring and cleaning paths that random
//! bytes rarely build.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

const TAGS: &[&str] = &[
    "div", "p", "span", "a", "article", "section", "main", "nav", "header", "footer", "aside",
    "ul", "ol", "li", "table", "tr", "td", "th", "img", "picture", "source", "figure",
    "figcaption", "pre", "code", "blockquote", "h1", "h2", "h3", "br", "noscript", "iframe",
    "form", "input", "button", "math", "mi", "svg", "script", "style", "template", "sup",
];
const ATTRS: &[&str] = &[
    "class", "id", "href", "src", "data-src", "srcset", "style", "hidden", "aria-hidden",
    "role", "rel", "itemprop", "lang", "dir", "colspan", "alt", "onerror",
];
const WORDS: &[&str] = &[
    "the", "river", "council", "voted,", "comment", "share", "READ MORE", "javascript:alert(1)",
    "https://e.org/x.jpg", "display:none", "content", "sidebar", "按时", "مكتبة", "<", "&amp;",
];

#[derive(Arbitrary, Debug)]
enum Op {
    Open(u8, Vec<(u8, u8)>),
    Close,
    Text(Vec<u8>),
}

fuzz_target!(|ops: Vec<Op>| {
    let mut html = String::from("<!doctype html><html><head><title>Fuzz | Site</title></head><body>");
    let mut open: Vec<&str> = Vec::new();
    for op in ops.iter().take(5_000) {
        match op {
            Op::Open(t, attrs) => {
                let tag = TAGS[*t as usize % TAGS.len()];
                html.push('<');
                html.push_str(tag);
                for (a, v) in attrs.iter().take(4) {
                    html.push(' ');
                    html.push_str(ATTRS[*a as usize % ATTRS.len()]);
                    html.push_str("=\"");
                    html.push_str(WORDS[*v as usize % WORDS.len()]);
                    html.push('"');
                }
                html.push('>');
                open.push(tag);
            }
            Op::Close => {
                if let Some(tag) = open.pop() {
                    html.push_str("</");
                    html.push_str(tag);
                    html.push('>');
                }
            }
            Op::Text(words) => {
                for w in words.iter().take(40) {
                    html.push_str(WORDS[*w as usize % WORDS.len()]);
                    html.push(' ');
                }
            }
        }
    }
    let page = lector::Page::parse(&html).with_url("https://fuzz.example/");
    let _ = lector::is_probably_readerable(&page);
    if let Some(a) = lector::extract(&page, &lector::Options::default().forced()) {
        // Nothing active in the output, whatever the input: checked by
        // parsing it (a string search flagged `alt="javascript:..."`, which
        // is only text).
        let bad = lector::safety::violations(&a.content);
        assert!(bad.is_empty(), "{bad:?} in output: {}", a.content);
    }
});
