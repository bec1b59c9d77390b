//! Native benchmark: time per page for parsing, the readerable check and
//! extraction over the Readability.js corpus. Run with `make bench`.
//!
//! Prints median and p90 per stage and writes `target/bench/native.json`.
//! Times are wall-clock on a possibly busy machine: compare ratios within
//! one run, not absolute numbers across runs.

use std::path::Path;
use std::time::Instant;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/readability");
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    match std::fs::read_dir(&corpus) {
        Ok(dir) => {
            for e in dir.flatten() {
                let p = e.path().join("source.html");
                if let Ok(b) = std::fs::read(&p) {
                    pages.push((e.file_name().to_string_lossy().into_owned(), b));
                }
            }
        }
        Err(_) => {
            eprintln!("SKIPPED: {} not found", corpus.display());
            return;
        }
    }
    pages.sort();
    // Repeat each page and keep the fastest run: the least disturbed one.
    const RUNS: usize = 5;
    let (mut parse, mut readerable, mut extract) = (Vec::new(), Vec::new(), Vec::new());
    for (_, bytes) in &pages {
        let (mut bp, mut br, mut be) = (f64::MAX, f64::MAX, f64::MAX);
        for _ in 0..RUNS {
            let t = Instant::now();
            let page = lector::Page::from_bytes(bytes).with_url("http://fakehost/test/page.html");
            bp = bp.min(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            std::hint::black_box(lector::is_probably_readerable(&page));
            br = br.min(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            std::hint::black_box(lector::extract(&page, &lector::Options::default()));
            be = be.min(t.elapsed().as_secs_f64() * 1e3);
        }
        parse.push(bp);
        readerable.push(br);
        extract.push(be);
    }
    let mut report = serde_json::Map::new();
    println!(
        "native, {} pages of the readability corpus (ms per page, best of {RUNS})",
        pages.len()
    );
    println!("{:<12} {:>8} {:>8} {:>8}", "stage", "median", "p90", "max");
    for (name, v) in [
        ("parse", &mut parse),
        ("readerable", &mut readerable),
        ("extract", &mut extract),
    ] {
        v.sort_by(f64::total_cmp);
        let (m, p, x) = (percentile(v, 0.5), percentile(v, 0.9), percentile(v, 1.0));
        println!("{name:<12} {m:>8.3} {p:>8.3} {x:>8.3}");
        report.insert(
            name.into(),
            serde_json::json!({ "median_ms": m, "p90_ms": p, "max_ms": x }),
        );
    }
    let ratio = percentile(&readerable, 0.5) / percentile(&extract, 0.5);
    println!("readerable / extract (median): {ratio:.3}");
    report.insert("readerable_over_extract".into(), ratio.into());
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let _ = std::fs::create_dir_all(&out);
    let _ = std::fs::write(
        out.join("native.json"),
        serde_json::to_string_pretty(&serde_json::Value::Object(report)).unwrap_or_default(),
    );
}
