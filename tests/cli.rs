//! The `lector` binary, run as a user would: formats, standard input,
//! directories in parallel, exit codes and messages.

#[path = "support/hostile.rs"]
mod hostile;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_lector");
const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/kenya-news.html");
const TITLE: &str = "Tech issues disrupt the Trump-Musk interview’s premiere.";
/// A sentence from the middle of the sample story.
const STORY: &str =
    "During the conversation, X Spaces displayed around one million people listening in.";

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run lector")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run lector");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for lector")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code, not a signal")
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("lector-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }

    fn write(&self, rel: &str, content: &str) -> PathBuf {
        let p = self.0.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("create dir");
        }
        std::fs::write(&p, content).expect("write file");
        p
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("UTF-8 temp path")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A plain article page whose paragraphs name it, so output can be told
/// apart page by page.
fn article_page(n: usize) -> String {
    let mut body = String::new();
    for p in 0..5 {
        body.push_str(&format!(
            "<p>Story {n}, paragraph {p}: the harbour board met on Tuesday to decide \
             whether the old pier, closed since the winter storms, should be rebuilt \
             in stone or taken down, and after a long debate voted to rebuild it.</p>\n"
        ));
    }
    format!(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Story {n}</title></head>\
         <body><nav><a href=/>Home</a> <a href=/news>News</a></nav>\
         <article><h1>Story {n}</h1>\n{body}</article><footer>© Harbour Times</footer></body></html>"
    )
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn help_and_version() {
    let o = run(&["--help"]);
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    for part in ["USAGE", "--format", "--url", "EXIT STATUS", "JSON Lines"] {
        assert!(help.contains(part), "help lacks {part:?}:\n{help}");
    }
    let o = run(&["-V"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).starts_with("lector "), "{}", stdout(&o));
}

#[test]
fn html_is_a_standalone_reader_page() {
    let o = run(&[SAMPLE]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let html = stdout(&o);
    assert!(
        html.starts_with("<!doctype html>"),
        "{}",
        &html[..80.min(html.len())]
    );
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         img-src http: https: data:; style-src 'unsafe-inline'\">"
    ));
    // The stylesheet is inlined whole.
    let css = include_str!("../extension/reader.css");
    assert!(html.contains(css), "reader.css is not inlined");
    for class in [
        "lector-title",
        "lector-meta",
        "min read",
        "<article class=\"content\">",
    ] {
        assert!(html.contains(class), "page lacks {class:?}");
    }
    assert!(html.contains(TITLE), "title missing from the page");
    assert!(html.trim_end().ends_with("</html>"));
    // No script of the page's can come along.
    assert!(
        !html.contains("<script"),
        "a script reached the reader page"
    );
}

#[test]
fn html_escapes_metadata() {
    let dir = TempDir::new("escape");
    let page = article_page(1).replace(
        "<title>Story 1</title>",
        "<title>Q&amp;A: &lt;script&gt;alert(1)&lt;/script&gt; \"quoted\"</title>",
    );
    let file = dir.write("page.html", &page);
    let o = run(&[file.to_str().expect("path")]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let html = stdout(&o);
    assert!(
        !html.contains("<script>alert(1)"),
        "unescaped title:\n{html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "title not escaped as text"
    );
}

#[test]
fn json_has_the_article_and_readerable() {
    let url = "https://newsunplug.co.ke/tech-issues-disrupt-the-trump-musk-interviews-premiere/";
    let o = run(&["--format", "json", "--url", url, SAMPLE]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(v["readerable"], serde_json::Value::Bool(true));
    assert_eq!(v["url"], url);
    assert!(
        v["title"].as_str().is_some_and(|t| t.contains(TITLE)),
        "{}",
        v["title"]
    );
    assert!(v["textContent"].as_str().is_some_and(|t| t.contains(STORY)));
    for key in [
        "content",
        "byline",
        "siteName",
        "publishedTime",
        "wordCount",
        "readingTimeMinutes",
    ] {
        assert!(v.get(key).is_some(), "JSON lacks {key}");
    }
}

#[test]
fn default_url_is_the_files_absolute_file_url() {
    let o = run(&["-f", "json", "samples/kenya-news.html"]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let url = v["url"].as_str().unwrap_or_default();
    assert!(url.starts_with("file:///"), "{url}");
    assert!(url.ends_with("/samples/kenya-news.html"), "{url}");
}

#[test]
fn text_is_title_blank_line_then_text() {
    let o = run(&["--format=text", SAMPLE]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let text = stdout(&o);
    let mut lines = text.lines();
    assert!(lines.next().is_some_and(|l| l.contains(TITLE)), "{text}");
    assert_eq!(lines.next(), Some(""));
    assert!(text.contains(STORY));
    assert!(!text.contains('<'), "markup in text output");
}

#[test]
fn markdown_starts_with_the_title_heading() {
    let o = run(&["-f", "markdown", SAMPLE]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let md = stdout(&o);
    let first = md.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("# ") && first.contains("Tech issues disrupt"),
        "{first}"
    );
}

/// The story itself in the formats built from the article's HTML. This
/// needs the extraction engine's body output.
#[test]
fn markdown_and_html_carry_the_story() {
    let md = stdout(&run(&["-f", "md", SAMPLE]));
    assert!(md.contains(STORY), "story missing from markdown:\n{md}");
    assert!(!md.contains("READ MORE"), "promo leaked into markdown");
    let html = stdout(&run(&[SAMPLE]));
    // The stylesheet's comment names the same element, so take the last one.
    let body = html
        .rsplit("<article class=\"content\">")
        .next()
        .unwrap_or_default();
    assert!(
        body.contains(STORY),
        "story missing from the reader page's article"
    );
}

#[test]
fn reads_standard_input() {
    let page = std::fs::read(SAMPLE).expect("sample");
    for args in [&["-f", "json", "-"][..], &["-f", "json"][..]] {
        let o = run_stdin(args, &page);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
        assert!(v["readerable"].is_boolean());
        assert!(v["url"].is_null(), "stdin has no address: {}", v["url"]);
        assert!(v["textContent"].as_str().is_some_and(|t| t.contains(STORY)));
    }
    let o = run_stdin(&["--url", "https://example.org/a", "-f", "json"], &page);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(v["url"], "https://example.org/a");
}

#[test]
fn directory_prints_json_lines_in_order() {
    let dir = TempDir::new("batch");
    let mut expected = Vec::new();
    for n in 0..12 {
        let rel = if n % 3 == 0 {
            format!("sub/page{n:02}.htm")
        } else {
            format!("page{n:02}.html")
        };
        dir.write(&rel, &article_page(n));
        expected.push((rel, n));
    }
    dir.write("notes.txt", "not a page");
    dir.write(
        "empty.html",
        "<!doctype html><html><head><title>x</title></head><body></body></html>",
    );
    // Sorted by name, subdirectories after the files beside them.
    expected.sort_by(|a, b| {
        let (da, db) = (a.0.starts_with("sub/"), b.0.starts_with("sub/"));
        da.cmp(&db).then(a.0.cmp(&b.0))
    });

    let o = run(&["--jobs", "3", dir.path()]);
    // One page holds no article: exit 1.
    assert_eq!(code(&o), 1, "stderr: {}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 13, "{}", stdout(&o));
    let files: Vec<&str> = lines
        .iter()
        .map(|l| l["file"].as_str().unwrap_or_default())
        .collect();
    assert!(files[0].ends_with("empty.html"), "{files:?}");
    assert!(lines[0]["article"].is_null());
    assert!(lines[0]["error"].is_null());
    for (line, (rel, n)) in lines[1..].iter().zip(&expected) {
        let file = line["file"].as_str().unwrap_or_default();
        assert!(
            file.ends_with(rel.as_str()),
            "order: {file} where {rel} was expected"
        );
        let text = line["article"]["textContent"].as_str().unwrap_or_default();
        assert!(
            text.contains(&format!("Story {n}, paragraph 4")),
            "{file}: wrong text"
        );
        assert!(line["readerable"].is_boolean());
        assert!(line["error"].is_null());
        assert!(
            line["article"]["url"]
                .as_str()
                .is_some_and(|u| u.starts_with("file:///")),
            "{file}: no file URL"
        );
    }
    assert!(
        !stderr(&o).contains('['),
        "progress bar drawn on a non-terminal"
    );
}

#[test]
fn several_files_all_with_articles_exit_zero() {
    let dir = TempDir::new("all-good");
    let a = dir.write("a.html", &article_page(1));
    let b = dir.write("b.html", &article_page(2));
    let o = run(&[b.to_str().expect("path"), a.to_str().expect("path")]);
    assert_eq!(code(&o), 0, "stderr: {}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    // Input order, not name order.
    assert!(lines[0]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("b.html")));
    assert!(lines[1]["file"]
        .as_str()
        .is_some_and(|f| f.ends_with("a.html")));
}

#[test]
fn unreadable_input_in_a_batch_is_an_error_line_and_exit_2() {
    let dir = TempDir::new("missing");
    let a = dir.write("a.html", &article_page(1));
    let missing = dir.0.join("missing.html");
    let o = run(&[a.to_str().expect("path"), missing.to_str().expect("path")]);
    assert_eq!(code(&o), 2, "stderr: {}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["error"].is_null());
    assert!(lines[1]["article"].is_null());
    assert!(
        lines[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("missing.html")),
        "{}",
        lines[1]
    );
}

#[test]
fn missing_file_exits_2() {
    let o = run(&["/nonexistent/lector/page.html"]);
    assert_eq!(code(&o), 2);
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(
        err.starts_with("lector: ") && err.contains("/nonexistent/lector/page.html"),
        "{err}"
    );
}

#[test]
fn page_without_article_exits_1_with_a_reason() {
    let dir = TempDir::new("empty");
    let file = dir.write(
        "empty.html",
        "<!doctype html><html><head><title>Nothing</title></head><body></body></html>",
    );
    let path = file.to_str().expect("path");
    let o = run(&[path]);
    assert_eq!(code(&o), 1);
    assert!(o.stdout.is_empty());
    assert_eq!(stderr(&o), format!("lector: no article found in {path}\n"));
    let o = run_stdin(&["-f", "text"], b"");
    assert_eq!(code(&o), 1);
    assert_eq!(stderr(&o), "lector: no article found in standard input\n");
}

#[test]
fn bad_usage_exits_2() {
    let two = [SAMPLE, SAMPLE];
    let cases: Vec<Vec<&str>> = vec![
        vec!["--bogus", SAMPLE],
        vec!["--format", "pdf", SAMPLE],
        vec!["--format"],
        vec!["--url"],
        vec!["--jobs", "zero", SAMPLE],
        vec!["--url", "https://e.x/", two[0], two[1]],
        vec!["--format", "markdown", two[0], two[1]],
    ];
    for args in cases {
        let o = run(&args);
        assert_eq!(code(&o), 2, "{args:?} should be a usage error");
        assert!(o.stdout.is_empty(), "{args:?} printed to stdout");
        assert!(
            stderr(&o).starts_with("lector: "),
            "{args:?}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn sample_path_exists() {
    assert!(Path::new(SAMPLE).is_file());
}

/// Every bad input of tests/support/hostile.rs at its full size (100,000
/// deep, a million siblings, 50 MB of text...) and some odd documents, as
/// files: the CLI prints an article (exit 0) or says plainly there is none
/// (exit 1), and never crashes.
#[test]
fn bad_and_huge_files_get_an_article_or_a_clear_no_article() {
    let dir = TempDir::new("hostile");
    let mut files: Vec<(String, Vec<u8>)> = hostile::cases()
        .into_iter()
        .map(|c| (format!("{}.html", c.name), (c.make)(c.full)))
        .collect();
    files.push(("empty.html".into(), Vec::new()));
    files.push(("nul.html".into(), b"\xff\xfe\0<p>\0\0</p>\xc3\x28".to_vec()));
    files.push((
        "frameset.html".into(),
        b"<html><frameset><frame src=a.html></frameset></html>".to_vec(),
    ));
    files.push((
        "drawing.svg".into(),
        b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .to_vec(),
    ));
    for (name, bytes) in files {
        let path = dir.path().to_owned() + "/" + &name;
        std::fs::write(&path, &bytes).expect("write");
        let o = run(&["-f", "json", &path]);
        match code(&o) {
            0 => {
                let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
                assert!(v["content"].is_string(), "{name}: {v}");
            }
            1 => assert_eq!(
                stderr(&o),
                format!("lector: no article found in {path}\n"),
                "{name}"
            ),
            c => panic!("{name}: exit {c}: {}", stderr(&o)),
        }
    }
}

#[test]
fn explain_lists_each_block_with_the_rule_that_removed_it() {
    let out = run(&["--explain", SAMPLE]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let line = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
            .to_owned()
    };
    assert!(
        text.starts_with("article found\ncontainer: strict pass: <div"),
        "{text}"
    );
    // The inline promo names its rule; the story's paragraphs are kept; the
    // menu is out by its class name.
    assert!(line("READ MORE President Ruto").starts_with("- promo "));
    assert!(line("Elon Musk’s interview with").starts_with("+ kept "));
    assert!(line("Politics").starts_with("- unlikely-name "));

    // As JSON: the same blocks, in order, with the rule's name.
    let out = run(&["--explain", "--format", "json", SAMPLE]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["found"], true);
    let blocks = v["blocks"].as_array().expect("blocks");
    let promo = blocks
        .iter()
        .find(|b| b["text"].as_str().unwrap_or("").starts_with("READ MORE"))
        .expect("the promo block");
    assert_eq!(promo["kept"], false);
    assert_eq!(promo["rule"], "promo");
    // Several inputs are refused: the listing is for one page.
    let out = run(&["--explain", SAMPLE, SAMPLE]);
    assert_eq!(out.status.code(), Some(2));
}

/// The small archive bundled with the Python tests (built by
/// python/tests/make_warc.py from the sample page).
const SAMPLE_WARC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/python/tests/data/sample.warc.gz"
);

#[test]
fn warc_prints_one_line_per_html_response() {
    let o = run(&["warc", SAMPLE_WARC]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let lines = json_lines(&stdout(&o));
    // Requests, metadata, the image, the redirect and the 404 are skipped.
    let urls: Vec<_> = lines.iter().map(|l| l["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        [
            "https://www.the-star.co.ke/news/2024-08-13-sample",
            "http://news.test/ru/most"
        ]
    );
    assert_eq!(lines[0]["warcDate"], "2024-05-01T10:00:00Z");
    assert_eq!(lines[0]["article"]["title"], TITLE);
    assert!(lines[0]["article"]["textContent"]
        .as_str()
        .unwrap()
        .contains(STORY));
    // Its only charset is the HTTP header's windows-1251.
    assert!(lines[1]["article"]["textContent"]
        .as_str()
        .unwrap()
        .contains("жители города"));
    // The same page as a file gives the same article, but for its address.
    let page = run(&["--format", "json", "--url", urls[0], SAMPLE]);
    let mut single: serde_json::Value = serde_json::from_str(&stdout(&page)).unwrap();
    single.as_object_mut().unwrap().remove("readerable");
    assert_eq!(single, lines[0]["article"]);
}

#[test]
fn warc_errors_are_exit_2_with_the_file_name() {
    let dir = TempDir::new("warc");
    let bad = dir.0.join("bad.warc");
    std::fs::write(&bad, "<html>not an archive</html>").unwrap();
    let bad = bad.to_str().unwrap();
    let o = run(&["warc", bad, SAMPLE_WARC]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("bad.warc: invalid input: not a WARC file"));
    // The good archive after it is still read.
    assert_eq!(json_lines(&stdout(&o)).len(), 2);
    assert_eq!(code(&run(&["warc", "--url", "x", SAMPLE_WARC])), 2);
}
