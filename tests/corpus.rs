//! Accuracy floors on the shared corpora, scored by the shared scorers.
//!
//! The corpora live beside the repository (`../shared/corpus`), not in it.
//! Where they are absent these tests say so loudly and pass; the project's
//! own pages in `tests/` still run in the other test files.
//!
//! A failing floor prints the pages that pull it down, each with the text it
//! missed and the text it should not have kept.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

/// Floors from the engine issue, raised to just under what Lector reaches
/// where it reaches more, so that a regression of a few pages fails here
/// instead of hiding under a loose floor. Raise them as Lector gets better;
/// never lower one to make a run pass.
/// Lector reaches 0.9806 (0.9798 before embedded videos the page gives no
/// name were written without a word of Lector's own).
const READABILITY_F1: f64 = 0.980;
const TITLE_EXACT: f64 = 0.95;
/// The engine issue asked for 0.90, but exact match against Readability.js's
/// bylines rewards its mistakes: on this corpus it returns dates ("April 28,
/// 2019 at 6:01 am ..." on seattletimes-1, "Last Updated: January 7, 2025" on
/// spiceworks), "Follow Author" (royal-road), another story's author
/// (salon-1, herald-sun-1) and no byline where the page names one (buzzfeed-1,
/// simplyfound-1, wordpress). Lector gives the page's actual author on those,
/// so at most about 0.88 is reachable without copying the errors. This floor
/// guards what Lector does reach (0.869), not the peer's noise.
const BYLINE_EXACT: f64 = 0.86;
const DATE_EXACT: f64 = 0.90;
const READERABLE_ACCURACY: f64 = 0.98;
/// Lector reaches 0.9486 (0.911 before the cleaning rules of `src/clean/`,
/// 0.918 before the standfirst outside the container counted, 0.930
/// before leads the description starts or does not give, and recipes'
/// ingredient lists, 0.933 before edge trimming reached past empty
/// widgets and knew filing, comment-status and rating lines, 0.937
/// before loose captions became figures and template chunks were joined,
/// 0.939 before teaser lists, named disclosures, rating widgets and the
/// boxes around forms were left out, 0.941 before media players' words
/// went, inline lines among blocks were judged as lines and pictures set
/// directly in their blocks became figures, 0.943 before lazy pictures were
/// written once, indented picture blocks became figures, a header block
/// stopped scoring as the story, one-headline lists went and template
/// rows differing by a modifier were joined, 0.945 before blocks classed
/// `hidden` or as a closed dialog box, loading notices and closing labels
/// over emptied embeds went, 0.946 before blurb and stretched-link cards,
/// consent gates and closing disclaimers went, 0.9465 before appeal boxes
/// after the story went and credit labels were known in more languages,
/// 0.9477 before the fourth blind round's rules: gallery counters told
/// from numbers written in groups, author cards, source lines by shape,
/// 0.9484 before notes opened by the reference mark ※ went; 0.9483 since
/// the accordion rule of the thirteenth blind round set one page's FAQ
/// questions over their answers, which were kept already and which the
/// labels count as boilerplate, as they do the questions).
/// A parser change that cut one page short (citylimits.org) gave 0.908
/// and passed the old floor of 0.90.
const TRAFILATURA_F1: f64 = 0.948;

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("corpus").is_dir() && p.join("tools").is_dir() {
        Some(p)
    } else {
        eprintln!(
            "\n*** SKIPPED: {} not found: the shared corpora are not beside this clone, \
             so the accuracy floors were NOT checked. ***\n",
            p.join("corpus").display()
        );
        None
    }
}

fn out_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/corpus");
    std::fs::create_dir_all(&d).expect("create target/corpus");
    d
}

fn prediction(page: &lector::Page) -> Value {
    let readerable = lector::is_probably_readerable(page);
    match lector::extract(page, &lector::Options::default()) {
        Some(a) => {
            let mut v = serde_json::to_value(&a).expect("article serializes");
            v["readerable"] = json!(readerable);
            v
        }
        None => json!({ "content": "", "textContent": "", "readerable": readerable }),
    }
}

fn run_python(args: &[&str]) -> String {
    let out = Command::new("python3")
        .args(args)
        .output()
        .expect("python3 runs the shared scorers");
    assert!(
        out.status.success(),
        "scorer failed: {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Visible text of an HTML fragment, one block per line: enough to show a
/// person what differs.
fn rough_text(html: &str) -> Vec<String> {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| l.len() > 20)
        .collect()
}

fn print_diff(name: &str, expected_html: &str, got_html: &str) {
    let exp = rough_text(expected_html);
    let got = rough_text(got_html);
    let missing: Vec<_> = exp.iter().filter(|l| !got.contains(l)).take(5).collect();
    let extra: Vec<_> = got.iter().filter(|l| !exp.contains(l)).take(5).collect();
    eprintln!("--- {name}");
    for l in missing {
        eprintln!("  - {}", l.chars().take(110).collect::<String>());
    }
    for l in extra {
        eprintln!("  + {}", l.chars().take(110).collect::<String>());
    }
}

#[test]
fn readability_corpus_meets_floors() {
    let Some(shared) = shared() else { return };
    let corpus = shared.join("corpus/readability");
    let mut names: Vec<String> = std::fs::read_dir(&corpus)
        .expect("read corpus")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 100, "corpus has only {} pages", names.len());
    let mut preds = BTreeMap::new();
    for name in &names {
        let bytes = std::fs::read(corpus.join(name).join("source.html")).expect("read page");
        // The address Readability.js's own tests give every page.
        let page = lector::Page::from_bytes(&bytes).with_url("http://fakehost/test/page.html");
        preds.insert(name.clone(), prediction(&page));
    }
    let dir = out_dir();
    let pred_path = dir.join("readability-pred.json");
    let score_path = dir.join("readability-score.json");
    std::fs::write(&pred_path, serde_json::to_string(&preds).unwrap()).unwrap();
    let table = run_python(&[
        shared.join("tools/score.py").to_str().unwrap(),
        "--truth",
        corpus.to_str().unwrap(),
        "--pred",
        pred_path.to_str().unwrap(),
        "--pred-html-field",
        "content",
        "--bootstrap",
        "0",
        "--json",
        score_path.to_str().unwrap(),
        "--json-per-page",
    ]);
    eprintln!("{table}");
    // The scorer writes bare NaN for undefined deviations; JSON has null.
    let raw = std::fs::read_to_string(&score_path)
        .unwrap()
        .replace("NaN", "null");
    let scores: Value = serde_json::from_str(&raw).expect("scorer JSON");
    let s = scores
        .as_object()
        .and_then(|o| o.values().next())
        .expect("one result");
    let f1 = s["f1"].as_f64().unwrap_or(0.0);
    let meta = &s["metadata"];
    let title = meta["title"]["match"].as_f64().unwrap_or(0.0);
    let byline = meta["byline"]["match"].as_f64().unwrap_or(0.0);
    let date = meta["publishedTime_date"]["match_expected_nonnull"]
        .as_f64()
        .unwrap_or(0.0);
    let readerable = meta["readerable"]["accuracy"].as_f64().unwrap_or(0.0);

    let mut failures = Vec::new();
    if f1 < READABILITY_F1 {
        failures.push(format!("text F1 {f1:.3} < {READABILITY_F1}"));
        // The pages that pull the score down, worst first, with a diff.
        let mut worst: Vec<(f64, String)> = s["per_page"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (v["f1"].as_f64().unwrap_or(0.0), k.clone()))
            .filter(|(f, _)| *f < 0.9)
            .collect();
        worst.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (f, name) in worst.iter().take(15) {
            eprintln!("page {name}: F1 {f:.3}");
            let expected = std::fs::read_to_string(corpus.join(name).join("expected.html"))
                .unwrap_or_default();
            let got = preds[name]["content"].as_str().unwrap_or("");
            print_diff(name, &expected, got);
        }
    }
    let fields = [
        ("title", title, TITLE_EXACT),
        ("byline", byline, BYLINE_EXACT),
        ("publishedTime", date, DATE_EXACT),
        ("readerable", readerable, READERABLE_ACCURACY),
    ];
    for (field, got, floor) in fields {
        if got < floor {
            failures.push(format!("{field} {got:.3} < {floor}"));
            for name in &names {
                let exp: Value = serde_json::from_slice(
                    &std::fs::read(corpus.join(name).join("expected-metadata.json")).unwrap(),
                )
                .unwrap();
                let e = &exp[field];
                let g = &preds[name][field];
                let norm = |v: &Value| -> String {
                    match v {
                        Value::String(s) => s.split_whitespace().collect::<Vec<_>>().join(" "),
                        Value::Null => String::new(),
                        other => other.to_string(),
                    }
                };
                let (en, gn) = (norm(e), norm(g));
                let differs = if field == "publishedTime" {
                    !en.is_empty() && en.get(..10) != gn.get(..10)
                } else {
                    en != gn
                };
                if differs {
                    eprintln!("  {field} {name}: expected {en:?}, got {gn:?}");
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "readability corpus below floors: {failures:?}"
    );
}

#[test]
fn trafilatura_corpus_meets_floor() {
    let Some(shared) = shared() else { return };
    let corpus = shared.join("corpus/trafilatura");
    let truth: Value =
        serde_json::from_slice(&std::fs::read(corpus.join("truth.json")).unwrap()).unwrap();
    let truth = truth.as_object().expect("truth object");
    assert!(truth.len() >= 900, "corpus has only {} pages", truth.len());
    let mut preds = BTreeMap::new();
    for (file, entry) in truth {
        let bytes = std::fs::read(corpus.join("pages").join(file)).expect("read page");
        let mut page = lector::Page::from_bytes(&bytes);
        if let Some(u) = entry["url"].as_str().filter(|u| u.starts_with("http")) {
            page = page.with_url(u);
        }
        preds.insert(file.clone(), prediction(&page));
    }
    let dir = out_dir();
    let pred_path = dir.join("trafilatura-pred.json");
    let score_path = dir.join("trafilatura-score.json");
    std::fs::write(&pred_path, serde_json::to_string(&preds).unwrap()).unwrap();
    let segments = shared.join("tools/segments.py");
    let table = run_python(&[
        segments.to_str().unwrap(),
        "--truth",
        corpus.to_str().unwrap(),
        "--pred",
        pred_path.to_str().unwrap(),
        "--json",
        score_path.to_str().unwrap(),
    ]);
    eprintln!("{table}");
    let scores: Value = serde_json::from_slice(&std::fs::read(&score_path).unwrap()).unwrap();
    let f1 = find_f1(&scores).expect("an f1 in the scorer's JSON");
    if f1 < TRAFILATURA_F1 {
        // Per-page misses, from the scorer itself, for the worst pages.
        let per_page = run_python(&[
            segments.to_str().unwrap(),
            "--truth",
            corpus.to_str().unwrap(),
            "--pred",
            pred_path.to_str().unwrap(),
            "--per-page",
            "--misses",
        ]);
        let mut rows: Vec<(i64, &str)> = per_page
            .lines()
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let fp: i64 = cols.get(2)?.parse().ok()?;
                let fn_: i64 = cols.get(3)?.parse().ok()?;
                Some((fp + fn_, l))
            })
            .filter(|(bad, _)| *bad > 0)
            .collect();
        rows.sort_by_key(|r| std::cmp::Reverse(r.0));
        for (_, l) in rows.iter().take(25) {
            eprintln!("  {}", l.chars().take(300).collect::<String>());
        }
    }
    assert!(
        f1 >= TRAFILATURA_F1,
        "trafilatura corpus F1 {f1:.4} < {TRAFILATURA_F1}"
    );
}

/// The overall F1 in segments.py's JSON, wherever it sits.
fn find_f1(v: &Value) -> Option<f64> {
    match v {
        Value::Object(o) => {
            if let Some(f) = o.get("f1").and_then(Value::as_f64) {
                return Some(f);
            }
            o.iter()
                .filter(|(k, _)| k.as_str() != "per_page")
                .find_map(|(_, v)| find_f1(v))
        }
        _ => None,
    }
}
