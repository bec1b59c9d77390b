//! Writes Lector's predictions for a shared corpus as JSON, in the form the
//! scorers in `../shared/tools` read.
//!
//! ```text
//! cargo run --release --example predict -- readability ../shared/corpus/readability out.json
//! cargo run --release --example predict -- trafilatura ../shared/corpus/trafilatura out.json
//! python3 ../shared/tools/score.py --truth ../shared/corpus/readability --pred out.json --pred-html-field content
//! python3 ../shared/tools/segments.py --truth ../shared/corpus/trafilatura --pred out.json
//! ```
//!
//! Each page also gets `time_s`: the wall-clock seconds of
//! `Page::from_bytes` (decode + html5ever parse) plus `extract`, the field
//! `segments.py` times from (`is_probably_readerable` is left out).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: predict readability|trafilatura CORPUS_DIR OUT.json");
        std::process::exit(2);
    }
    let (kind, dir, out) = (&args[1], Path::new(&args[2]), &args[3]);
    let mut preds: BTreeMap<String, Value> = BTreeMap::new();
    match kind.as_str() {
        "readability" => {
            let mut names: Vec<_> = std::fs::read_dir(dir)
                .expect("corpus dir")
                .filter_map(|e| e.ok())
                .filter(|e| e.path().join("source.html").exists())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            for name in names {
                let bytes = std::fs::read(dir.join(&name).join("source.html")).expect("read");
                let t0 = Instant::now();
                // The URL Readability.js's own tests give every page.
                let page =
                    lector::Page::from_bytes(&bytes).with_url("http://fakehost/test/page.html");
                preds.insert(name, prediction(&page, t0));
            }
        }
        "trafilatura" => {
            let truth: Value =
                serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth.json"))
                    .expect("json");
            for (file, entry) in truth.as_object().expect("object") {
                let bytes = std::fs::read(dir.join("pages").join(file)).expect("read page");
                let t0 = Instant::now();
                let mut page = lector::Page::from_bytes(&bytes);
                if let Some(u) = entry["url"].as_str().filter(|u| u.starts_with("http")) {
                    page = page.with_url(u);
                }
                preds.insert(file.clone(), prediction(&page, t0));
            }
        }
        _ => {
            eprintln!("unknown corpus kind {kind}");
            std::process::exit(2);
        }
    }
    std::fs::write(out, serde_json::to_string_pretty(&preds).expect("json")).expect("write");
}

/// `t0`: when the page's parse started.
fn prediction(page: &lector::Page, t0: Instant) -> Value {
    let article = lector::extract(page, &lector::Options::default());
    let time_s = t0.elapsed().as_secs_f64();
    let readerable = lector::is_probably_readerable(page);
    let mut v = match article {
        Some(a) => serde_json::to_value(&a).expect("article"),
        None => json!({ "content": "", "textContent": "" }),
    };
    v["readerable"] = json!(readerable);
    v["time_s"] = json!(time_s);
    v
}
