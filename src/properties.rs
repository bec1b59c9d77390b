//! Properties of extraction that must hold on any page, checked on the
//! corpus pages (when `../shared` is there), the bundled sample and a few
//! thousand random documents from a seeded generator:
//!
//! - extraction is deterministic;
//! - its output always passes the safety validator;
//! - the output, parsed again (as the reader page does) and written by the
//!   same allowlist renderer, reads the same: the same text (after the
//!   summary line), in the same order, so what the reader shows, saves or prints is the article as
//!   extracted.

use crate::content::Body;
use crate::dom::Tree;
use crate::safety::violations;
use crate::{extract, Options, Page};
use std::path::Path;

/// `html` (an article's content) parsed and rendered whole, nothing dropped:
/// its text.
fn reread(html: &str) -> String {
    let tree: Tree = crate::parse::parse_str(html);
    let Some(body) = tree.body() else {
        return String::new();
    };
    let n = tree.nodes.len();
    // Tables in Lector's output are data tables: layout tables were already
    // flattened.
    let data_table = (0..n as u32)
        .map(|id| tree.element(id).is_some_and(|e| e.is("table")))
        .collect();
    let body = Body {
        roots: tree.children(body).collect(),
        drop: vec![false; n],
        data_table,
        why: vec![Default::default(); n],
        chosen: String::new(),
        summary: None,
        byline: None,
        ingredients: None,
        figures: Vec::new(),
    };
    crate::serialize::render(&tree, &body, None, None).text
}

/// Text with every run of whitespace made one space.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every property for one page; a description of each one broken.
fn check(name: &str, page: &Page, options: &Options) -> Vec<String> {
    let mut broken = Vec::new();
    let Some(a) = extract(page, options) else {
        return broken;
    };
    if extract(page, options).as_ref() != Some(&a) {
        broken.push(format!("{name}: not deterministic"));
    }
    let bad = violations(&a.content);
    if !bad.is_empty() {
        broken.push(format!("{name}: unsafe output {bad:?}"));
    }
    // The text is the summary line (shown under the title) and the body.
    let body = match &a.summary {
        Some(s) => format!("{s} {}", reread(&a.content)),
        None => reread(&a.content),
    };
    let (once, again) = (words(&a.text_content), words(&body));
    if again != once {
        let (t, u): (Vec<char>, Vec<char>) = (once.chars().collect(), again.chars().collect());
        let i = t.iter().zip(&u).take_while(|(x, y)| x == y).count();
        let around = |s: &[char]| -> String {
            s[i.saturating_sub(60).min(s.len())..(i + 60).min(s.len())]
                .iter()
                .collect()
        };
        broken.push(format!(
            "{name}: re-read text differs at character {i}:\n  text:  {:?}\n  again: {:?}",
            around(&t),
            around(&u)
        ));
    }
    broken
}

/// A small xorshift generator: the same documents on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "article",
    "section",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "img",
    "picture",
    "source",
    "figure",
    "figcaption",
    "pre",
    "code",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "br",
    "noscript",
    "iframe",
    "form",
    "math",
    "mi",
    "mtext",
    "svg",
    "script",
    "style",
    "template",
    "sup",
    "b",
    "em",
    "dl",
    "dt",
    "dd",
];
const ATTRS: &[&str] = &[
    "class", "id", "href", "src", "data-src", "srcset", "style", "hidden", "role", "itemprop",
    "lang", "dir", "colspan", "alt", "onerror", "title",
];
const VALUES: &[&str] = &[
    "content",
    "article-body",
    "sidebar",
    "share",
    "comment",
    "https://e.org/x.jpg",
    "/rel/a.png",
    "javascript:alert(1)",
    "display:none",
    "main",
    "rtl",
    "2",
    "data:image/png;base64,AAAA",
];
const WORDS: &[&str] = &[
    "the",
    "river",
    "council",
    "voted,",
    "and",
    "a",
    "study",
    "of",
    "READ MORE",
    "Share",
    "按时",
    "مكتبة",
    "<",
    "&amp;",
    "x < y",
    "bridge.",
    "library",
    "evening",
    "committee",
];

/// A random document: nested elements, attributes and text.
fn random_document(rng: &mut Rng) -> String {
    let mut html =
        String::from("<!doctype html><html><head><title>Random | Site</title></head><body>");
    let mut open: Vec<&str> = Vec::new();
    for _ in 0..(20 + rng.next() % 200) {
        match rng.next() % 4 {
            0 | 1 => {
                let tag = rng.pick(TAGS);
                html.push('<');
                html.push_str(tag);
                for _ in 0..rng.next() % 3 {
                    html.push_str(&format!(" {}=\"{}\"", rng.pick(ATTRS), rng.pick(VALUES)));
                }
                html.push('>');
                open.push(tag);
            }
            2 => {
                if let Some(tag) = open.pop() {
                    html.push_str(&format!("</{tag}>"));
                }
            }
            _ => {
                for _ in 0..(1 + rng.next() % 40) {
                    html.push_str(rng.pick(WORDS));
                    html.push(' ');
                }
            }
        }
    }
    html
}

#[test]
fn random_documents_keep_every_property() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut broken = Vec::new();
    for i in 0..3000 {
        let html = random_document(&mut rng);
        let page = Page::parse(&html).with_url("https://random.example/a/b.html");
        for options in [Options::default(), Options::default().forced()] {
            broken.extend(check(&format!("random document {i}"), &page, &options));
        }
        if broken.len() > 5 {
            break;
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn real_pages_keep_every_property() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("samples/kenya-news.html")];
    let corpus = root.join("../shared/corpus/readability");
    match std::fs::read_dir(&corpus) {
        Ok(dir) => files.extend(dir.flatten().map(|e| e.path().join("source.html"))),
        Err(_) => eprintln!(
            "\n*** SKIPPED corpus pages: {} not found ***\n",
            corpus.display()
        ),
    }
    files.sort();
    let mut broken = Vec::new();
    for file in &files {
        let Ok(bytes) = std::fs::read(file) else {
            continue;
        };
        let page = Page::from_bytes(&bytes).with_url("http://fakehost/test/page.html");
        broken.extend(check(
            &file.display().to_string(),
            &page,
            &Options::default(),
        ));
    }
    assert!(
        broken.is_empty(),
        "{} broken:\n{}",
        broken.len(),
        broken.join("\n")
    );
}
