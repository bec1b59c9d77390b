//! A driver for profilers: parses and extracts every page of the
//! Readability.js corpus once, with nothing else in the run.
//!
//! ```text
//! cargo build --release --example profile
//! valgrind --tool=callgrind target/release/examples/profile ../shared/corpus/readability
//! ```
//!
//! Under callgrind, the inclusive counts of `profile::parse` and
//! `profile::extract` are the parse and extract instruction counts.

/// Decodes and parses a page (dropping it is left to the caller).
#[inline(never)]
fn parse(bytes: &[u8]) -> lector::Page {
    lector::Page::from_bytes(bytes).with_url("http://fakehost/test/page.html")
}

/// Extracts the article of a parsed page.
#[inline(never)]
fn extract(page: &lector::Page) -> Option<lector::Article> {
    lector::extract(page, &lector::Options::default())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(args.get(1).map_or("../shared/corpus/readability", |s| s));
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("source.html"))
        .filter(|p| p.exists())
        .collect();
    names.sort();
    let pages: Vec<Vec<u8>> = names
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect();
    for bytes in &pages {
        let page = parse(bytes);
        std::hint::black_box(extract(&page));
    }
}
