//! Hostile and huge inputs, generated at any scale, and a heap meter. Shared
//! by `tests/robustness.rs` (bounds at full size), `tests/cli.rs` (the same
//! inputs as files) and `benches/scaling.rs` (time and memory at 1x, 10x and
//! 100x). Nothing huge is committed.

// Each includer uses a part of this module.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Filler prose: long enough sentences for a paragraph to count as text.
pub const PROSE: &str = "The committee met on Tuesday to review the budget, and after a long \
    debate it agreed to fund the new library, the repairs to the bridge and a study of the \
    river's water quality over the next three years.";

/// A whole page around `body`.
pub fn page(body: &str) -> String {
    format!(
        "<!doctype html><html><head><title>Budget news</title></head><body>{body}</body></html>"
    )
}

/// One kind of bad input. `make(scale)` builds it; `FULL` is the scale the
/// issue names (100,000 deep, 1,000,000 siblings, 50 MB of text...).
pub struct Case {
    /// Short name for reports.
    pub name: &'static str,
    /// The scale at which the case has its full, named size.
    pub full: usize,
    /// Builds the input at a scale (the unit is the case's own).
    pub make: fn(usize) -> Vec<u8>,
}

fn three() -> String {
    format!("<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>")
}

/// Every case, smallest unit first.
pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "nested",
            full: 100_000,
            make: |n| {
                page(&format!(
                    "{}{}{}",
                    "<div>".repeat(n),
                    three(),
                    "</div>".repeat(n)
                ))
                .into_bytes()
            },
        },
        Case {
            name: "siblings",
            full: 1_000_000,
            make: |n| page(&format!("{}<div>{}</div>", three(), "<i></i>".repeat(n))).into_bytes(),
        },
        Case {
            name: "text-node",
            full: 10_000_000,
            make: |n| page(&format!("<p>{}</p>", "word ".repeat(n))).into_bytes(),
        },
        Case {
            name: "attribute",
            full: 1 << 20,
            make: |n| {
                let attr = "x".repeat(n);
                page(&format!(
                    "<article class=\"{attr}\"><p title=\"{attr}\">{PROSE}</p>{}</article>",
                    three()
                ))
                .into_bytes()
            },
        },
        Case {
            // Each raw-text element makes the nesting scan look for its end
            // tag: once made that scan quadratic.
            name: "scripts",
            full: 200_000,
            make: |n| {
                page(&format!(
                    "{}{}",
                    three(),
                    "<script>var n = 1;</script><STYLE>p{}</STYLE>".repeat(n)
                ))
                .into_bytes()
            },
        },
        Case {
            // html5ever compares each attribute with the tag's earlier ones.
            name: "attribute-count",
            full: 1_000_000,
            make: |n| {
                let attrs: String = (0..n).map(|i| format!(" a{i}=1")).collect();
                page(&format!("<article{attrs}>{}</article>", three())).into_bytes()
            },
        },
        Case {
            name: "table",
            full: 20_000,
            make: |n| {
                let rows: String = (0..n)
                    .map(|i| format!("<tr><td>{i}</td><td>{PROSE}</td></tr>"))
                    .collect();
                page(&format!("<table>{rows}</table>")).into_bytes()
            },
        },
        Case {
            name: "images",
            full: 50_000,
            make: |n| {
                let imgs: String = (0..n)
                    .map(|i| format!("<figure><img src=\"/p/{i}.jpg\" alt=\"Photo {i}\"></figure>"))
                    .collect();
                page(&format!("<article>{imgs}</article>")).into_bytes()
            },
        },
        Case {
            name: "paragraphs",
            full: 30_000,
            make: |n| {
                let ps: String = (0..n).map(|i| format!("<p>{i}. {PROSE}</p>")).collect();
                page(&format!(
                    "<nav><a href=/>Home</a></nav><article>{ps}</article>"
                ))
                .into_bytes()
            },
        },
    ]
}

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// The system allocator, counting the bytes live on each thread and their
/// peak. Install it with `#[global_allocator]`; read it with [`peak_during`].
pub struct Meter;

fn track(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

/// Counts `size` bytes as allocated when `p` is an allocation.
fn counted(p: *mut u8, size: usize) -> *mut u8 {
    if !p.is_null() {
        track(size as isize);
    }
    p
}

// SAFETY: every call is passed to `System` unchanged; the counters are
// thread-local cells of plain integers, which never allocate.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        counted(unsafe { System.alloc(layout) }, layout.size())
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        track(-(layout.size() as isize));
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        counted(unsafe { System.alloc_zeroed(layout) }, layout.size())
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Runs `f` and returns its result with the most heap it held at once, in
/// bytes, above what this thread held before (needs [`Meter`] installed).
pub fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let out = f();
    let peak = PEAK.with(Cell::get);
    (out, (peak - base).max(0) as usize)
}

/// Parses, checks and extracts `bytes` the way the CLI does: the article's
/// word count, or `None` for "no article".
pub fn run(bytes: &[u8]) -> Option<usize> {
    let page = lector::Page::from_bytes(bytes).with_url("https://news.example/story");
    lector::is_probably_readerable(&page);
    lector::extract(&page, &lector::Options::default()).map(|a| a.word_count)
}
