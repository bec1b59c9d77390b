//! The JavaScript API: Lector on the live DOM of the page being read.
//!
//! This layer converts types and nothing else: the page is read into
//! Lector's tree, the crate's [`extract`](crate::extract) does the work, and
//! the result crosses back as a plain JS object (one JSON string, parsed by
//! `JSON.parse`: see [`json_out`]). [`explain`] does the same
//! for [`crate::explain`], the rule behind each block.
//!
//! Reading the page: copying strings out of JS one at a time is what costs,
//! so `encode.js` (appended to the glue by `make wasm`) walks the DOM in JS
//! and returns one string, decoded by [`encoded`]: one boundary call per
//! page. [`walk`] does the same walk through web-sys, node by node; it runs
//! when the glue has no encoder, and the tests compare the two.
//!
//! The extension calls only `extractEncoded` (its content script encodes the
//! page, an extension page extracts). The exports that take a `Document`
//! (`extract`, `explain`, `isProbablyReaderable` and the benchmark helpers)
//! are the `document-api` feature, on by default: `make wasm` builds the
//! playground's and the tests' engines with it and the extension's
//! (`dist/wasm/extension`) without, about 10 KB gzipped less.
//!
//! ```js
//! import init, { explain, extract, isProbablyReaderable } from "./lector.js";
//! await init();
//! const article = extract(document, { url: location.href });
//! const why = explain(document); // { found, container, blocks: [{ tag, text, kept, rule }] }
//! ```

mod encoded;
mod json_out;
mod noscript;
#[cfg(all(test, feature = "document-api"))]
mod tests;
// Without `document-api` only its `ReadStats` and attribute list are used.
#[cfg_attr(not(feature = "document-api"), allow(dead_code))]
mod walk;

#[cfg(feature = "document-api")]
use std::cell::Cell;

use wasm_bindgen::prelude::*;
#[cfg(feature = "document-api")]
use wasm_bindgen::JsCast;
#[cfg(feature = "document-api")]
use web_sys::Document;

use crate::{Options, Page};

/// Results in JS: a thrown `Error` with a readable message on failure.
type JsResult<T> = Result<T, JsError>;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** The article found on a page; `null` fields are what the page does not say. */
export interface Article {
  /** The article's title, without the site name around it. */
  title: string | null;
  /** The author(s), as the page names them. */
  byline: string | null;
  /** The site's or publication's name. */
  siteName: string | null;
  /** Publication time, ISO 8601 where the page gives a parseable date. */
  publishedTime: string | null;
  /** The content's language, e.g. `en` or `pt-BR`. */
  lang: string | null;
  /** Text direction: `ltr`, `rtl` or `auto`. */
  dir: string | null;
  /** A short summary. */
  excerpt: string | null;
  /** The summary line the page shows under its headline, taken out of the body. */
  summary: string | null;
  /** The article's main image. */
  leadImageUrl: string | null;
  /** The article body as a clean, safe HTML fragment. */
  content: string;
  /** The article body as plain text. */
  textContent: string;
  /** Characters of text in the body. */
  length: number;
  /** Words in the body. */
  wordCount: number;
  /** Minutes a person takes to read the body, at least 1. */
  readingTimeMinutes: number;
  /** The page's address, if known. */
  url: string | null;
}

/** One block of the page as Lector judged it, in document order. */
export interface Block {
  /** The element's tag name (`p`, `li`, `img`...). */
  tag: string;
  /** The block's own text, whitespace collapsed (an image's alt text). */
  text: string;
  /** Whether the block is in the article. */
  kept: boolean;
  /** The name of the rule that left the block out (`promo`, `unlikely-name`...); `null` when kept. */
  rule: string | null;
}

/** Why a page's blocks are in the article or not. */
export interface Explanation {
  /** Whether `extract` finds an article on the page (else the best attempt is explained). */
  found: boolean;
  /** Why the chosen container won: the pass, its tag and class, its score. */
  container: string | null;
  /** The page's text blocks and images, in document order. */
  blocks: Block[];
}

/** Options for `extract` and `explain`. */
export interface ExtractOptions {
  /** The page's address for absolute links; defaults to `document.URL`. */
  url?: string;
  /** Return the best candidate even when the page does not look like an article. */
  force?: boolean;
}

/** What the last read of a document cost. */
export interface ReadStats {
  /** Elements put in Lector's tree. */
  elements: number;
  /** Text nodes read. */
  texts: number;
  /** Bytes of text copied into wasm (UTF-8). */
  textBytes: number;
  /** Attribute values copied into wasm. */
  attributes: number;
  /** Calls from wasm into JS during the walk. */
  boundaryCalls: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The options object `extract` and `explain` take (typed in TypeScript
    /// only).
    #[wasm_bindgen(typescript_type = "ExtractOptions")]
    pub type ExtractOptions;
}

#[cfg(feature = "document-api")]
#[wasm_bindgen]
extern "C" {
    /// `encode.js`, appended to the glue by `make wasm`: the whole page as
    /// one string, read in JS.
    #[wasm_bindgen(catch, js_name = __lectorEncode)]
    fn encode_page(doc: &Document, wanted: &JsValue) -> Result<JsValue, JsValue>;
}

#[cfg(feature = "document-api")]
thread_local! {
    pub(crate) static LAST_STATS: Cell<walk::ReadStats> = Cell::new(walk::ReadStats::default());
    /// False once the encoder turned out missing (glue made without it).
    pub(crate) static HAVE_ENCODER: Cell<bool> = const { Cell::new(true) };
    /// [`WANTED_LIST`] as a JS string, made once per instance rather than
    /// per page (wasm-bindgen's interning would bring a hash map along).
    static WANTED_JS: JsValue = JsValue::from_str(WANTED_LIST);
}

#[cfg(feature = "document-api")]
/// How to read the page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum How {
    /// `encode.js` when the glue has it (one call), else web-sys.
    Best,
    /// web-sys, node by node.
    WebSys,
}

#[wasm_bindgen]
extern "C" {
    /// `console.error`, for the panic hook.
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs the panic hook, so a Rust panic shows its message and place in
/// the console before the `RuntimeError` reaches the caller. A small hook of
/// our own rather than `console_error_panic_hook`: the message and location
/// are pasted together by hand, without the JS stack trace.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let mut message = String::from("lector panicked");
        if let Some(location) = info.location() {
            message.push_str(" at ");
            message.push_str(location.file());
            message.push(':');
            message.push_str(crate::text::decimal(location.line() as usize, &mut [0; 20]));
        }
        let payload = info.payload();
        let payload = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
        if let Some(payload) = payload {
            message.push_str(": ");
            message.push_str(payload);
        }
        console_error(&message);
    }));
}

/// The options object as JS passes it.
#[derive(Default)]
struct JsOptions {
    url: Option<String>,
    force: Option<bool>,
}

#[cfg(feature = "document-api")]
/// Finds the article in `document` (the live page, or one made by
/// `DOMParser`). Returns `null` when the page holds no article; throws an
/// `Error` when `document` is not a document or the options are malformed.
/// The page is only read, never changed.
#[wasm_bindgen(unchecked_return_type = "Article | null")]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "Document")] document: JsValue,
    options: Option<ExtractOptions>,
) -> JsResult<JsValue> {
    let doc = as_document(&document, "extract")?;
    let options = document_options(&doc, options, "extract")?;
    match crate::extract(&read(&doc), &options) {
        None => Ok(JsValue::NULL),
        Some(article) => to_js(&json_out::article(&article)),
    }
}

#[cfg(feature = "document-api")]
/// Why each block of `document` is in the article or not: the blocks in
/// document order, each kept or with the name of the rule that removed it,
/// and why the article's container won. Takes what `extract` takes; where
/// no article is found the best attempt is explained. Throws an `Error` as
/// `extract` does. The page is only read, never changed.
#[wasm_bindgen(unchecked_return_type = "Explanation")]
pub fn explain(
    #[wasm_bindgen(unchecked_param_type = "Document")] document: JsValue,
    options: Option<ExtractOptions>,
) -> JsResult<JsValue> {
    let doc = as_document(&document, "explain")?;
    let options = document_options(&doc, options, "explain")?;
    to_js(&json_out::explanation(&crate::explain(
        &read(&doc),
        &options,
    )))
}

#[cfg(feature = "document-api")]
/// The crate's options from the JS ones, the page address defaulting to
/// the document's.
fn document_options(
    doc: &Document,
    options: Option<ExtractOptions>,
    func: &str,
) -> JsResult<Options> {
    let opts = parse_options(options.map(JsValue::from), func)?;
    let url = opts.url.unwrap_or_else(|| doc.url().unwrap_or_default());
    let mut options = Options::default();
    if !url.is_empty() && url != "about:blank" {
        options = options.with_url(url);
    }
    options.force = opts.force.unwrap_or(false);
    Ok(options)
}

/// Like `extract`, on a page already read into a string by `__lectorEncode`
/// (the JS half of the page reader, appended to this glue). A content script
/// that may not run wasm (Chromium applies the page's CSP to it) encodes the
/// page and an extension page extracts from the string: the page's HTML is
/// never parsed again there. Throws an `Error` on malformed options.
#[wasm_bindgen(js_name = extractEncoded, unchecked_return_type = "Article | null")]
pub fn extract_encoded(encoded: &str, options: Option<ExtractOptions>) -> JsResult<JsValue> {
    let opts = parse_options(options.map(JsValue::from), "extract")?;
    let mut options = Options::default();
    if let Some(url) = opts.url.filter(|u| !u.is_empty() && u != "about:blank") {
        options = options.with_url(url);
    }
    options.force = opts.force.unwrap_or(false);
    let mut stats = walk::ReadStats::default();
    let page = Page::from_tree(encoded::decode(encoded, &mut stats), None);
    match crate::extract(&page, &options) {
        None => Ok(JsValue::NULL),
        Some(article) => to_js(&json_out::article(&article)),
    }
}

#[cfg(feature = "document-api")]
/// A quick guess whether `extract` will find an article in `document`.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(
    #[wasm_bindgen(unchecked_param_type = "Document")] document: JsValue,
) -> JsResult<bool> {
    let doc = as_document(&document, "isProbablyReaderable")?;
    Ok(crate::is_probably_readerable(&read(&doc)))
}

/// Lector's version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

#[cfg(feature = "document-api")]
/// What the last `extract` or `isProbablyReaderable` read from its
/// document and how many calls into JS that took (for benchmarks).
#[wasm_bindgen(js_name = lastReadStats, unchecked_return_type = "ReadStats")]
pub fn last_read_stats() -> JsResult<JsValue> {
    let s = LAST_STATS.with(Cell::get);
    to_js(
        &json_out::Object::new(96)
            .num("elements", s.elements as usize)
            .num("texts", s.texts as usize)
            .num("textBytes", s.text_bytes as usize)
            .num("attributes", s.attributes as usize)
            .num("boundaryCalls", s.calls as usize)
            .finish(),
    )
}

#[cfg(feature = "document-api")]
/// Reads `document` into Lector's tree without extracting, for benchmarks
/// and tests: `how` is `"websys"` for the node-by-node reader, anything else
/// for the default. Returns the tree as text, one node a line, when `dump`
/// is true, else the number of nodes.
#[doc(hidden)]
#[wasm_bindgen(js_name = readOnly)]
pub fn read_only(
    #[wasm_bindgen(unchecked_param_type = "Document")] document: JsValue,
    how: Option<String>,
    dump: Option<bool>,
) -> JsResult<JsValue> {
    let doc = as_document(&document, "readOnly")?;
    let how = match how.as_deref() {
        Some("websys") => How::WebSys,
        _ => How::Best,
    };
    let tree = read_tree(&doc, how);
    if dump == Some(true) {
        return Ok(JsValue::from_str(&dump_tree(&tree)));
    }
    Ok(JsValue::from(tree.nodes.len() as u32))
}

#[cfg(feature = "document-api")]
/// The tree as text: one line per node, indented by depth. Written by hand
/// rather than with `{:?}`, whose string escaping would otherwise be in the
/// wasm only for this test helper.
pub(crate) fn dump_tree(tree: &crate::dom::Tree) -> String {
    use crate::dom::{Ns, DOCUMENT};
    let mut out = String::new();
    for n in tree.descendants(DOCUMENT).skip(1) {
        let depth = tree.ancestors(n).count();
        out.push_str(&" ".repeat(depth));
        if let Some(e) = tree.element(n) {
            out.push_str(match e.ns {
                Ns::Html => "<Html:",
                Ns::Svg => "<Svg:",
                Ns::MathMl => "<MathMl:",
            });
            out.push_str(e.name);
            for (k, v) in e.attrs() {
                out.push(' ');
                out.push_str(k);
                out.push('=');
                quoted(&mut out, v);
            }
            out.push('>');
        } else if let Some(t) = tree.text(n) {
            quoted(&mut out, t);
        }
        out.push('\n');
    }
    out
}

#[cfg(feature = "document-api")]
/// `s` in double quotes, with quotes, backslashes and control characters
/// escaped (these as `\u{hex}`), so that every node stays on its own line.
fn quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                out.push_str("\\u{");
                let mut started = false;
                for shift in (0..8).rev() {
                    let digit = (c as u32 >> (shift * 4)) & 0xf;
                    if digit != 0 || started || shift == 0 {
                        started = true;
                        out.push(char::from_digit(digit, 16).unwrap_or('0'));
                    }
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Panics on purpose, for tests that check a fresh instance works after a
/// panic. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __testPanic)]
pub fn test_panic() {
    panic!("lector: panic requested by a test");
}

#[cfg(feature = "document-api")]
fn read(doc: &Document) -> Page {
    Page::from_tree(read_tree(doc, How::Best), None)
}

#[cfg(feature = "document-api")]
pub(crate) fn read_tree(doc: &Document, how: How) -> crate::dom::Tree {
    if how == How::Best && HAVE_ENCODER.with(Cell::get) {
        match WANTED_JS
            .with(|wanted| encode_page(doc, wanted))
            .map(|v| v.as_string())
        {
            Ok(Some(s)) => {
                let mut stats = walk::ReadStats {
                    calls: 1,
                    ..Default::default()
                };
                let tree = encoded::decode(&s, &mut stats);
                LAST_STATS.with(|c| c.set(stats));
                return tree;
            }
            // Missing helper (ReferenceError) or an odd result: read with
            // web-sys from now on.
            _ => HAVE_ENCODER.with(|h| h.set(false)),
        }
    }
    let (tree, stats) = walk::read(doc);
    LAST_STATS.with(|c| c.set(stats));
    tree
}

#[cfg(feature = "document-api")]
/// [`walk::ATTRIBUTES`] as the comma-separated list `encode.js` takes.
pub(crate) const WANTED_LIST: &str = "alt,aria-hidden,charset,cite,class,colspan,content,\
data-lazy-src,data-original,data-src,data-srcset,datetime,dir,height,hidden,href,\
http-equiv,id,itemprop,lang,media,name,property,rel,role,rowspan,\
src,srcset,start,style,title,type,width";

#[cfg(feature = "document-api")]
fn as_document(value: &JsValue, func: &str) -> JsResult<Document> {
    // `instanceof` fails for documents of other realms (an iframe's), so
    // check the node type the way the DOM defines documents.
    if let Some(doc) = value.dyn_ref::<Document>() {
        return Ok(doc.clone());
    }
    let node_type = js_sys::Reflect::get(value, &JsValue::from_str("nodeType"))
        .ok()
        .and_then(|v| v.as_f64());
    if node_type == Some(9.0) {
        return Ok(value.clone().unchecked_into());
    }
    Err(error(&[
        "lector.",
        func,
        ": expected a Document, got ",
        &describe(value),
    ]))
}

/// An error message joined from its parts: `format!` would bring
/// `core::fmt`'s machinery into the wasm for these few messages.
fn error(parts: &[&str]) -> JsError {
    JsError::new(&parts.concat())
}

fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if value.is_undefined() {
        "undefined".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}

/// Reads `{ url?: string, force?: boolean }`; errors name `func`. Read by hand rather than with
/// serde: it keeps the JS glue small.
fn parse_options(options: Option<JsValue>, func: &str) -> JsResult<JsOptions> {
    let v = match options {
        Some(v) if !v.is_null() && !v.is_undefined() => v,
        _ => return Ok(JsOptions::default()),
    };
    if !v.is_object() {
        return Err(error(&[
            "lector.",
            func,
            ": options must be an object, got ",
            &describe(&v),
        ]));
    }
    let field = |name: &str| {
        js_sys::Reflect::get(&v, &JsValue::from_str(name))
            .map(|f| Some(f).filter(|f| !f.is_undefined() && !f.is_null()))
            .map_err(|_| error(&["lector.", func, ": cannot read options.", name]))
    };
    let url = match field("url")? {
        None => None,
        Some(u) => Some(u.as_string().ok_or_else(|| {
            error(&[
                "lector.",
                func,
                ": options.url must be a string, got ",
                &describe(&u),
            ])
        })?),
    };
    let force = match field("force")? {
        None => None,
        Some(f) => Some(f.as_bool().ok_or_else(|| {
            error(&[
                "lector.",
                func,
                ": options.force must be a boolean, got ",
                &describe(&f),
            ])
        })?),
    };
    Ok(JsOptions { url, force })
}

/// A JSON string from [`json_out`] as the JS value it describes.
fn to_js(json: &str) -> JsResult<JsValue> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("lector: could not convert the result"))
}
