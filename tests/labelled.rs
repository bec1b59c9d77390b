//! Labelled pages in seventeen languages (`tests/pages/labelled/`): whole
//! news and blog pages as regional CMSs render them, each with the text a
//! good extraction must hold ("with") and the boilerplate it must not
//! ("without"), as `NAME.json` beside `NAME.html`. Helper sessions wrote
//! them without reading Lector's rules, to find what the rules miss on
//! pages they were not made from; they are kept as a regression set. The
//! pages are read as saved files, with no address given: a page that
//! states none of its own (no `<link rel=canonical>`, no `og:url`) cannot
//! tell its own site's links from others', and three of them lose a list
//! of links to other sites for it.
//!
//! Segments are matched as in the shared segment scorer: whitespace runs
//! collapsed, case kept, as substrings of the article's text.

use std::path::Path;

/// Floors just under what Lector reaches (precision 0.984, recall 0.977 on
/// 380 "with" and 414 "without" segments); raise them as it gets better.
const PRECISION: f64 = 0.98;
const RECALL: f64 = 0.97;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn labelled_pages_meet_floors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages/labelled");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pages/labelled")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "html").then_some(p)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 50, "labelled pages missing: {}", names.len());
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut report = String::new();
    for path in &names {
        let labels: serde_json::Value = serde_json::from_slice(
            &std::fs::read(path.with_extension("json")).expect("labels beside the page"),
        )
        .expect("labels are JSON");
        let page = lector::Page::from_bytes(&std::fs::read(path).unwrap());
        let text = lector::extract(&page, &lector::Options::default())
            .map(|a| norm(&a.text_content))
            .unwrap_or_default();
        let list = |k: &str| -> Vec<String> {
            labels[k]
                .as_array()
                .expect("segment list")
                .iter()
                .map(|s| norm(s.as_str().expect("segment text")))
                .collect()
        };
        let name = path.file_name().unwrap().to_string_lossy();
        for s in list("with") {
            if text.contains(&s) {
                tp += 1;
            } else {
                fn_ += 1;
                report.push_str(&format!("{name}: missed {s:?}\n"));
            }
        }
        for s in list("without") {
            if text.contains(&s) {
                fp += 1;
                report.push_str(&format!("{name}: kept {s:?}\n"));
            }
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    eprintln!(
        "labelled pages: {} pages, precision {precision:.3}, recall {recall:.3}\n{report}",
        names.len()
    );
    assert!(
        precision >= PRECISION && recall >= RECALL,
        "labelled pages: precision {precision:.3} (floor {PRECISION}), recall {recall:.3} (floor {RECALL})\n{report}"
    );
}
