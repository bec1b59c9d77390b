//! Front-end tests in a real browser (headless Chromium): `make test-wasm`.
//!
//! The test page runs with scripting on, so `<noscript>` holds text here, as
//! on a page a person reads.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Document, DomParser, Element, MutationObserver, MutationObserverInit, ShadowRootInit,
    ShadowRootMode, SupportedType,
};

use super::{noscript, walk};
use crate::dom::{NodeId, Ns, Tree, DOCUMENT};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a test page has a document")
}

fn parse(html: &str) -> Document {
    DomParser::new()
        .expect("DOMParser")
        .parse_from_string(html, SupportedType::TextHtml)
        .expect("parsed")
}

/// The element with `id` in the tree.
fn by_id(tree: &Tree, id: &str) -> NodeId {
    tree.descendants(DOCUMENT)
        .find(|&n| tree.attr(n, "id") == Some(id))
        .unwrap_or_else(|| panic!("no #{id} in the tree"))
}

/// Element names under `n`, in document order.
fn names_under(tree: &Tree, n: NodeId) -> Vec<String> {
    tree.descendants(n)
        .skip(1)
        .filter_map(|c| tree.element(c).map(|e| e.name.to_string()))
        .collect()
}

/// A fresh container in the live test page, emptied of earlier tests.
fn container(id: &str, html: &str) -> Element {
    let doc = document();
    if let Some(old) = doc.get_element_by_id(id) {
        old.remove();
    }
    let div = doc.create_element("div").expect("div");
    div.set_id(id);
    div.set_inner_html(html);
    doc.body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

#[wasm_bindgen_test]
fn attribute_list_is_sorted_and_unique() {
    let mut sorted = walk::ATTRIBUTES.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, walk::ATTRIBUTES);
}

#[wasm_bindgen_test]
fn noscript_scanner_finds_images_and_decodes_attributes() {
    let imgs = noscript::images(
        r#"<p>x</p><IMG class="a b" src='/i.jpg?a=1&amp;b=2' alt=Moon onload="x()"><imgur><img data-src=/d.png/>"#,
    );
    assert_eq!(imgs.len(), 2);
    let first: Vec<(&str, &str)> = imgs[0].iter().map(|(n, v)| (&**n, &**v)).collect();
    assert_eq!(
        first,
        vec![("class", "a b"), ("src", "/i.jpg?a=1&b=2"), ("alt", "Moon")]
    );
    assert_eq!(&*imgs[1][0].0, "data-src");
    assert_eq!(&*imgs[1][0].1, "/d.png/");
    assert!(noscript::images("<img").len() == 1);
    assert!(noscript::images("no tags < here").is_empty());
}

#[wasm_bindgen_test]
fn domparser_document_reads_like_the_native_tree() {
    let doc = parse(
        r#"<!doctype html><html lang="en"><head><title>T</title>
        <script>var hidden = "code";</script><style>p{}</style>
        <script type="application/ld+json">{"@type":"NewsArticle"}</script>
        </head><body><!-- c --><p id="p" class="lead" onclick="x()" data-x="1">Hello <b>world</b></p>
        <svg id="s" viewBox="0 0 1 1"><circle r="1"/></svg>
        <a id="a" href="/rel">link</a><iframe id="f" src="/x"></iframe></body></html>"#,
    );
    let (tree, stats) = walk::read(&doc);
    let html = tree.html().expect("html");
    assert_eq!(tree.attr(html, "lang"), Some("en"));
    let p = by_id(&tree, "p");
    assert_eq!(tree.text_content(p), "Hello world");
    assert_eq!(tree.attr(p, "class"), Some("lead"));
    assert_eq!(tree.attr(p, "onclick"), None, "only the listed attributes");
    assert_eq!(tree.attr(p, "data-x"), None);
    let head = tree.head().expect("head");
    let text = tree.text_content(head);
    assert!(!text.contains("code") && !text.contains("p{}"), "{text}");
    assert!(text.contains("NewsArticle"), "JSON-LD is kept: {text}");
    let svg = by_id(&tree, "s");
    assert_eq!(tree.element(svg).map(|e| e.ns), Some(Ns::Svg));
    assert_eq!(tree.attr(svg, "viewbox"), None);
    assert!(
        names_under(&tree, svg).is_empty(),
        "an inline SVG's shapes are left out"
    );
    let a = by_id(&tree, "a");
    let href = tree.attr(a, "href").unwrap_or_default();
    assert!(
        href.starts_with("http") && href.ends_with("/rel"),
        "resolved: {href}"
    );
    assert!(names_under(&tree, by_id(&tree, "f")).is_empty());
    assert!(stats.calls > 0 && stats.elements >= 10);
}

#[wasm_bindgen_test]
fn hidden_markers_reach_the_tree() {
    container(
        "hid",
        r#"<p id="h1" hidden>a</p><p id="h2" aria-hidden="true">b</p>
        <p id="h3" style="display:none">c</p><p id="h4">d</p>"#,
    );
    let (tree, _) = walk::read(&document());
    assert_eq!(tree.attr(by_id(&tree, "h1"), "hidden"), Some(""));
    assert_eq!(tree.attr(by_id(&tree, "h2"), "aria-hidden"), Some("true"));
    assert_eq!(tree.attr(by_id(&tree, "h3"), "style"), Some("display:none"));
    assert_eq!(tree.text_content(by_id(&tree, "h4")), "d");
}

#[wasm_bindgen_test]
fn noscript_text_becomes_images() {
    container(
        "ns",
        r#"<noscript id="n"><img src="/full.jpg" alt="Full"><p>enable JS</p></noscript>"#,
    );
    let doc = document();
    let live = doc.get_element_by_id("n").expect("noscript");
    assert_eq!(
        live.child_element_count(),
        0,
        "scripting is on: noscript holds text"
    );
    let (tree, _) = walk::read(&doc);
    let n = by_id(&tree, "n");
    assert_eq!(names_under(&tree, n), vec!["img"]);
    let img = tree.child_elements(n).next().expect("img");
    assert_eq!(tree.attr(img, "src"), Some("/full.jpg"));
    assert_eq!(tree.attr(img, "alt"), Some("Full"));
}

#[wasm_bindgen_test]
fn open_shadow_roots_are_read_closed_ones_are_not() {
    container(
        "sh",
        r#"<div id="open"><span id="light">slotted text</span></div><div id="closed">light of closed</div>"#,
    );
    let doc = document();
    let open = doc.get_element_by_id("open").expect("open host");
    let root = open
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .expect("attach");
    root.set_inner_html(r#"<p id="inside">shadow text</p><slot></slot>"#);
    let closed = doc.get_element_by_id("closed").expect("closed host");
    let croot = closed
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Closed))
        .expect("attach");
    croot.set_inner_html("<p>secret</p>");
    let (tree, _) = walk::read(&doc);
    let sh = by_id(&tree, "sh");
    let text = tree.text_content(sh);
    assert!(text.contains("shadow text"), "{text}");
    assert!(
        text.find("shadow text") < text.find("slotted text"),
        "slot order: {text}"
    );
    assert!(!text.contains("secret"), "{text}");
}

#[wasm_bindgen_test]
fn extraction_never_changes_the_page() {
    container(
        "mo",
        r#"<article><h1>Title</h1><p>Some long paragraph of text that goes on and on.</p>
        <noscript><img src="/x.jpg"></noscript><a href="rel">l</a><img src="i.png"></article>"#,
    );
    let doc = document();
    let observer = MutationObserver::new(&js_sys::Function::new_no_args("")).expect("observer");
    let init = MutationObserverInit::new();
    init.set_subtree(true);
    init.set_child_list(true);
    init.set_attributes(true);
    init.set_character_data(true);
    observer.observe_with_options(&doc, &init).expect("observe");
    let article = super::extract(doc.clone().into(), None);
    let readerable = super::is_probably_readerable(doc.clone().into());
    let records = observer.take_records();
    observer.disconnect();
    assert!(article.is_ok() && readerable.is_ok());
    assert_eq!(records.length(), 0, "the page was changed");
}

#[wasm_bindgen_test]
fn extract_returns_a_plain_object_and_rejects_bad_input() {
    let doc =
        parse("<html><head><title>Hi</title></head><body><p>Some words here.</p></body></html>");
    let out = super::extract(doc.into(), None).unwrap_or(JsValue::NULL);
    assert!(out.is_object());
    assert!(!out.is_instance_of::<js_sys::Map>());
    let title = js_sys::Reflect::get(&out, &"title".into()).unwrap_or_default();
    assert_eq!(title.as_string().as_deref(), Some("Hi"));
    let tc = js_sys::Reflect::get(&out, &"textContent".into()).unwrap_or_default();
    assert!(tc.as_string().is_some_and(|t| t.contains("Some words")));
    let byline = js_sys::Reflect::get(&out, &"byline".into()).unwrap_or_default();
    assert!(byline.is_null(), "missing fields are null");

    assert!(super::extract(JsValue::from(3), None).is_err());
    assert!(super::extract(JsValue::NULL, None).is_err());
    let doc = parse("<p>x</p>");
    assert!(super::extract(
        doc.clone().into(),
        Some(JsValue::from("x").unchecked_into())
    )
    .is_err());
    let bad = js_sys::Object::new();
    js_sys::Reflect::set(&bad, &"force".into(), &"yes".into()).unwrap_or_default();
    assert!(super::extract(doc.into(), Some(bad.unchecked_into())).is_err());
    assert!(!super::version().is_empty());
}

#[wasm_bindgen_test]
fn deep_pages_cost_no_stack() {
    let depth = 20_000;
    let html = "<div>".repeat(depth) + "deep" + &"</div>".repeat(depth);
    let doc = parse(&html);
    let (tree, _) = walk::read(&doc);
    assert!(tree.text_content(DOCUMENT).contains("deep"));
}

/// Makes `encode.js` available as the glue made by `make wasm` does.
fn install_encoder() {
    let src = format!(
        "{}\nglobalThis.__lectorEncode = __lectorEncode;",
        include_str!("encode.js")
    );
    js_sys::Function::new_no_args(&src)
        .call0(&JsValue::NULL)
        .expect("encode.js runs");
    super::HAVE_ENCODER.with(|h| h.set(true));
}

/// Both readers give the same tree, and the encoder crosses once.
fn same_tree_both_ways(doc: &Document) {
    install_encoder();
    let slow = super::dump_tree(&super::read_tree(doc, super::How::WebSys));
    let fast = super::dump_tree(&super::read_tree(doc, super::How::Best));
    assert_eq!(super::LAST_STATS.with(|s| s.get().calls), 1);
    assert_eq!(slow, fast);
}

#[wasm_bindgen_test]
fn encoder_and_web_sys_agree() {
    assert_eq!(super::WANTED_LIST, walk::ATTRIBUTES.join(","));
    // encode.js's default list, for callers without the wasm, is the same.
    let js: String = include_str!("encode.js")
        .split("wanted = wanted || ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .unwrap_or_default()
        .split(['\'', '+', '\n', ' '])
        .collect();
    assert_eq!(js, super::WANTED_LIST);
    same_tree_both_ways(&parse(
        r#"<!doctype html><html lang="en"><head><title>T &amp; U</title>
        <script>var x = "\u{1}code";</script><style>p{}</style>
        <script type=" Application/LD+JSON ">{"@type":"NewsArticle"}</script>
        </head><body><p id="p" class="lead" onclick="x()">Hello <b>world</b></p>
        <svg viewBox="0 0 1 1"><circle r="1"/><foreignObject><p>in svg</p></foreignObject></svg>
        <math><mi>x</mi></math><a href="/rel">link</a><img srcset="a.png 1x">
        <noscript><img src="/n.jpg"></noscript><iframe src="/x">fallback</iframe>
        <table><tr><td colspan=2>cell</td></tr></table></body></html>"#,
    ));
    container(
        "both",
        r#"<div id="host2"><span>slotted</span></div><p hidden>h</p>
        <noscript><img src="/full.jpg" alt="Full"><p>enable JS</p></noscript>
        <noscript>plain words</noscript>"#,
    );
    let doc = document();
    let host = doc.get_element_by_id("host2").expect("host");
    let root = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .expect("attach");
    root.set_inner_html("<p>shadow</p><slot></slot><slot name=none>fallback</slot>");
    same_tree_both_ways(&doc);
}

/// A link to a fragment reaches the tree as written, as the native parser
/// gives it (it marks a link within the page); other links are resolved.
#[wasm_bindgen_test]
fn fragment_links_stay_as_written_and_others_resolve() {
    install_encoder();
    let doc =
        parse(r##"<!doctype html><body><a id="f" href=" #note">n</a><a id="r" href="/rel">r</a>"##);
    for how in [super::How::WebSys, super::How::Best] {
        let tree = super::read_tree(&doc, how);
        assert_eq!(tree.attr(by_id(&tree, "f"), "href"), Some(" #note"));
        let resolved = tree.attr(by_id(&tree, "r"), "href").unwrap_or("");
        assert!(
            resolved.ends_with("/rel") && resolved.contains("://"),
            "{resolved}"
        );
    }
}

/// The page encoded by JS alone (the default attribute list, as a content
/// script without wasm calls it) and extracted from the string gives the
/// same article as extracting from the document.
#[wasm_bindgen_test]
fn extracting_an_encoded_page_gives_the_same_article() {
    install_encoder();
    let doc = parse(&format!(
        "<!doctype html><html lang=\"en\"><head><title>Rain returns | Courier</title>\
         <meta name=\"author\" content=\"Amina Odhiambo\"></head><body><nav><a href=\"/\">Home</a></nav>\
         <article><h1>Rain returns</h1>{}<img src=\"/a.jpg\" alt=\"Rain\" onerror=\"x()\"></article></body></html>",
        "<p>After eleven dry months the long rains reached the valley, and farmers, \
         who had waited since March, began planting maize and beans at once.</p>"
            .repeat(5)
    ));
    let options = || {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"url".into(), &"https://news.example/rain".into()).unwrap();
        Some(o.unchecked_into::<super::ExtractOptions>())
    };
    let direct = super::extract(doc.clone().into(), options()).expect("extract");
    let encoder: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"__lectorEncode".into())
            .unwrap()
            .unchecked_into();
    let encoded = encoder.call1(&JsValue::NULL, &doc).expect("encode");
    let from_string = super::extract_encoded(&encoded.as_string().expect("a string"), options())
        .expect("extractEncoded");
    let json = |v: &JsValue| js_sys::JSON::stringify(v).unwrap().as_string().unwrap();
    assert!(
        json(&direct).contains("Amina Odhiambo"),
        "{}",
        json(&direct)
    );
    assert_eq!(json(&direct), json(&from_string));
}

/// `explain` returns a plain object: each block with its verdict and the
/// name of the rule that removed it (`null` when kept), the container's
/// reason, and the same errors as `extract`, naming `explain`.
#[wasm_bindgen_test]
fn explain_names_the_rule_behind_each_block() {
    let doc = parse(&format!(
        "<!doctype html><html><head><title>Rain returns</title></head><body>\
         <nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li></ul></nav>\
         <article><h1>Rain returns</h1>{p}{p}<p>READ MORE <a href=\"/other\">Drought ends in the north</a></p>{p}{p}\
         </article></body></html>",
        p = "<p>After eleven dry months the long rains reached the valley, and farmers, \
             who had waited since March, began planting maize and beans at once.</p>"
    ));
    let out = super::explain(doc.clone().into(), None).unwrap_or(JsValue::NULL);
    assert!(out.is_object() && !out.is_instance_of::<js_sys::Map>());
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &k.into()).unwrap_or_default();
    assert_eq!(get(&out, "found").as_bool(), Some(true));
    let container = get(&out, "container").as_string().unwrap_or_default();
    assert!(container.contains("<article>"), "{container}");
    let blocks: Vec<JsValue> = js_sys::Array::from(&get(&out, "blocks")).iter().collect();
    let verdict = |needle: &str| {
        blocks
            .iter()
            .find(|b| {
                get(b, "text")
                    .as_string()
                    .is_some_and(|t| t.contains(needle))
            })
            .map(|b| (get(b, "kept").as_bool(), get(b, "rule").as_string()))
    };
    assert_eq!(
        verdict("READ MORE"),
        Some((Some(false), Some("promo".into())))
    );
    assert_eq!(
        verdict("Home"),
        Some((Some(false), Some("unlikely-name".into())))
    );
    assert_eq!(verdict("long rains"), Some((Some(true), None)));
    let kept = blocks
        .iter()
        .find(|b| get(b, "kept").as_bool() == Some(true));
    assert!(
        kept.is_some_and(|b| get(b, "rule").is_null()),
        "kept: null rule"
    );

    let err = super::explain(JsValue::from(3), None)
        .err()
        .map(JsValue::from);
    let message = err.map(|e| get(&e, "message").as_string().unwrap_or_default());
    assert!(
        message
            .as_deref()
            .is_some_and(|m| m.contains("lector.explain")),
        "{message:?}"
    );
    let bad = js_sys::Object::new();
    js_sys::Reflect::set(&bad, &"url".into(), &3.into()).unwrap_or_default();
    assert!(super::explain(doc.into(), Some(bad.unchecked_into())).is_err());
}
