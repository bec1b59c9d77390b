//! Writes Lector's predictions for a shared corpus as JSON, in the form the
//! scorers in `../shared/tools` read.
//!
//! ```text
//! cargo run --release --example predict -- readability ../shared/corpus/readability out.json
//! cargo run --release --example predict -- trafilatura ../shared/corpus/trafilatura out.json
//! python3 ../shared/tools/score.py --truth ../shared/corpus/readability --pred out.json --pred-html-field content
//! python3 ../shared/tools/segments.py --truth ../shared/corpus/trafilatura --pred out.json
//! ```

use std::collections::BTreeMap;
use std::path::Path;

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
                // The URL Readability.js's own tests give every page.
                let page =
                    lector::Page::from_bytes(&bytes).with_url("http://fakehost/test/page.html");
                preds.insert(name, prediction(&page));
            }
        }
        "trafilatura" => {
            let truth: Value =
                serde_json::from_slice(&std::fs::read(dir.join("truth.json")).expect("truth.json"))
                    .expect("json");
            for (file, entry) in truth.as_object().expect("object") {
                let bytes = std::fs::read(dir.join("pages").join(file)).expect("read page");
                let mut page = lector::Page::from_bytes(&bytes);
                if let Some(u) = entry["url"].as_str().filter(|u| u.starts_with("http")) {
                    page = page.with_url(u);
                }
                preds.insert(file.clone(), prediction(&page));
            }
        }
        _ => {
            eprintln!("unknown corpus kind {kind}");
            std::process::exit(2);
        }
    }
    std::fs::write(out, serde_json::to_string_pretty(&preds).expect("json")).expect("write");
}

fn prediction(page: &lector::Page) -> Value {
    let readerable = lector::is_probably_readerable(page);
    match lector::extract(page, &lector::Options::default()) {
        Some(a) => {
            let mut v = serde_json::to_value(&a).expect("article");
            v["readerable"] = json!(readerable);
            v
        }
        None => json!({ "content": "", "textContent": "", "readerable": readerable }),
    }
}
