//! The project's own test pages (`tests/pages/`): each exercises what a
//! reader must keep and what it must drop, with assertions on the result.
//! They always run, with or without the shared corpora.

use std::path::Path;

fn page(name: &str, url: &str) -> lector::Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pages")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let page = lector::Page::from_bytes(&bytes).with_url(url);
    assert!(
        lector::is_probably_readerable(&page),
        "{name} should look readerable"
    );
    lector::extract(&page, &lector::Options::default())
        .unwrap_or_else(|| panic!("{name}: no article"))
}

/// Every needle found in `hay`, and none of the forbidden ones.
fn check(name: &str, hay: &str, must: &[&str], must_not: &[&str]) {
    let missing: Vec<_> = must.iter().filter(|m| !hay.contains(*m)).collect();
    let leaked: Vec<_> = must_not.iter().filter(|m| hay.contains(*m)).collect();
    assert!(
        missing.is_empty() && leaked.is_empty(),
        "{name}: missing {missing:?}, leaked {leaked:?}\n--- got:\n{hay}"
    );
}

#[test]
fn features_page_keeps_the_article_and_its_media() {
    let a = page(
        "features.html",
        "https://valley.example/news/2024/river.html",
    );
    assert_eq!(a.title.as_deref(), Some("How the river came back"));
    assert_eq!(a.byline.as_deref(), Some("Ana Ribeiro"));
    assert_eq!(a.site_name.as_deref(), Some("The Valley Courier"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    check(
        "features content",
        &a.content,
        &[
            // Lazy images resolved against <base href>, picture, noscript.
            "src=\"https://valley.example/news/2024/img/river-before.jpg\"",
            "src=\"https://valley.example/news/2024/img/river-now-1600.jpg\"",
            "src=\"https://valley.example/news/2024/img/children-swimming.jpg\"",
            "<figcaption>The river in 1994, before the clean-up began.</figcaption>",
            "<blockquote cite=\"https://valley.example/interviews/marta\">",
            // A data table stays a table, a list keeps its start.
            "<caption>Fish counted per kilometre</caption>",
            "<th>Trout</th>",
            "<ol start=\"3\">",
            // Code keeps its whitespace and language.
            "<pre><code class=\"language-python\">def density(count, km):\n    # fish per kilometre\n    return count / km\n</code></pre>",
            "<math display=\"inline\"><mi>N</mi>",
            "<msup><mi>e</mi><mi>t</mi></msup>",
            // A video embed becomes a link to it.
            "<a href=\"https://www.youtube.com/embed/abc123\">The river, filmed from a drone</a>",
            "<a href=\"mailto:desk@valley.example\">",
            // Footnotes stay, and links to places in the article stay in
            // it: a fragment, the page's own address, an unwrapped target.
            "The plan was signed on 4 May 2009",
            "<sup><a href=\"#ref-fn1\">1</a></sup>",
            "<li id=\"ref-fn1\">",
            "<a href=\"#ref-counts\">the numbers the council publishes</a>",
            "<table id=\"ref-counts\">",
            "<a id=\"ref-willows\"></a>replant the willows",
            "<a href=\"#ref-willows\">the otters</a>",
            // A link to what the reader leaves out goes to the page.
            "<a href=\"https://valley.example/news/2024/#comments\">",
        ],
        &[
            "placeholder.png",
            "javascript:",
            "<script",
            "<iframe",
            "<style",
            "<button",
            "<input",
            "ads.example",
            "READ MORE",
            "drought plan",
            "Hidden sponsor text",
            "Share on Facebook",
            "Tweet",
            "cookies",
            "Flood defences",
            "Great story",
            "inbox every morning",
            "Privacy policy",
            "World</a>",
            // The byline is in the reader's header, not the body.
            "By <a",
        ],
    );
    check(
        "features text",
        &a.text_content,
        &["For thirty years the river", "otters that came back"],
        &["READ MORE", "Subscribe", "3 comments"],
    );
    assert!(a.reading_time_minutes >= 1);
    assert!(a.word_count > 200, "{}", a.word_count);
}

#[test]
fn right_to_left_page() {
    let a = page("rtl-arabic.html", "https://wadi.example/library");
    assert_eq!(a.dir.as_deref(), Some("rtl"));
    assert_eq!(a.lang.as_deref(), Some("ar"));
    assert_eq!(a.title.as_deref(), Some("افتتاح مكتبة جديدة في المدينة"));
    check(
        "rtl",
        &a.text_content,
        &["افتتحت البلدية", "ورشاً للكتابة"],
        &["الرئيسية", "جميع الحقوق"],
    );
}

#[test]
fn chinese_page_without_spaces() {
    let a = page("cjk-chinese.html", "https://shangu.example/library");
    assert_eq!(a.title.as_deref(), Some("城市新图书馆今日开放"));
    check(
        "cjk",
        &a.text_content,
        &["经过三年的规划和建设", "享受阅读的乐趣"],
        &["热门文章", "版权所有", "关于我们"],
    );
    // Every Han character counts as a word.
    assert!(a.word_count > 100, "{}", a.word_count);
}

#[test]
fn legacy_encodings_are_decoded() {
    // windows-1252 declared in a meta tag, and undeclared bytes that are
    // not UTF-8 (read as windows-1252).
    let prose = "Der Bürgermeister eröffnete am Dienstag die neue Bibliothek, \
        die über fünfzigtausend Bücher enthält und jeden Tag geöffnet ist. \
        Der Eintritt ist für alle Bürgerinnen und Bürger frei, groß und klein.";
    for declared in [true, false] {
        let head = if declared {
            "<meta charset=\"windows-1252\">"
        } else {
            ""
        };
        let html = format!(
            "<html><head>{head}<title>Neue Bibliothek</title></head><body><article>\
             <p>{prose}</p><p>{prose}</p><p>{prose}</p></article></body></html>"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&html);
        let page = lector::Page::from_bytes(&bytes);
        let a = lector::extract(&page, &lector::Options::default()).expect("article");
        assert!(
            a.text_content.contains("Der Bürgermeister eröffnete"),
            "{}",
            a.text_content
        );
    }
    // A byte-order mark wins over everything.
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(
        format!("<meta charset=\"iso-8859-2\"><p>{prose}</p><p>{prose}</p>").as_bytes(),
    );
    let a = lector::extract(
        &lector::Page::from_bytes(&bytes),
        &lector::Options::default(),
    )
    .expect("article");
    assert!(a.text_content.contains("fünfzigtausend"));
}
