//! One pass over a live `Document` into Lector's own [`Tree`], node by
//! node through web-sys.
//!
//! The default reader is `encode.js` + [`super::encoded`] (one call per
//! page); this one is used where the glue lacks `encode.js`, and the tests
//! check both build the same tree. Every node is read once, in
//! document order, with the builder mirroring the walk: open an element,
//! add its children, close it. What costs in the browser is copying strings
//! out of JS (UTF-16 to UTF-8 and an allocation each), so the walk copies
//! only what extraction reads: tag names, text, and the attributes in
//! [`ATTRIBUTES`]. Node handles, node types and booleans are nearly free.
//!
//! The page is never changed: only getters are called.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    AssignedNodesOptions, Document, Element, HtmlAnchorElement, HtmlElement, HtmlImageElement,
    HtmlSlotElement, Node, SvgElement,
};

use crate::dom::{Builder, Ns, Tree};

use super::noscript;

/// The attributes extraction reads; every other attribute stays in the page.
/// Names are lower-case, as the HTML parser gives them.
pub(crate) const ATTRIBUTES: &[&str] = &[
    "alt",
    "aria-hidden",
    "charset",
    "cite",
    "class",
    "colspan",
    "content",
    "data-lazy-src",
    "data-original",
    "data-src",
    "data-srcset",
    "datetime",
    "dir",
    "height",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "lang",
    "media",
    "name",
    "property",
    "rel",
    "role",
    "rowspan",
    "src",
    "srcset",
    "start",
    "style",
    "title",
    "type",
    "width",
];

#[wasm_bindgen]
extern "C" {
    /// An element, seen only for [`AttrSource::get_attribute_js`].
    type AttrSource;
    /// `getAttribute` given the name as the JS string `getAttributeNames`
    /// returned: nothing to convert on the way in.
    #[wasm_bindgen(method, js_name = getAttribute)]
    fn get_attribute_js(this: &AttrSource, name: &JsValue) -> Option<String>;
}

thread_local! {
    /// The wanted attribute names as JS strings, mapped to their index in
    /// [`ATTRIBUTES`]. Built once per instance.
    static WANTED: js_sys::Map = {
        let map = js_sys::Map::new();
        for (i, name) in ATTRIBUTES.iter().enumerate() {
            map.set(&JsValue::from_str(name), &JsValue::from(i as u32));
        }
        map
    };
}

/// True when attribute `name` is one extraction reads.
pub(crate) fn wanted(name: &str) -> bool {
    ATTRIBUTES.binary_search(&name).is_ok()
}

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;
const CDATA_SECTION_NODE: u16 = 4;

const MATHML_NS: &str = "http://www.w3.org/1998/Math/MathML";

/// What one walk read and how often it crossed into JS.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ReadStats {
    /// Elements put in the tree (noscript images included).
    pub elements: u32,
    /// Text nodes read.
    pub texts: u32,
    /// Bytes of text copied into wasm (UTF-8).
    pub text_bytes: u32,
    /// Attribute values copied into wasm.
    pub attributes: u32,
    /// Calls from wasm into JS made by the walk.
    pub calls: u32,
}

/// Where the next sibling comes from: a DOM sibling chain, or the nodes
/// assigned to a `<slot>` of an open shadow root.
enum Siblings {
    Chain(Option<Node>),
    List(js_sys::Array, u32),
}

/// One level of the walk: the siblings still to read and whether an
/// element was opened in the builder for this level.
struct Frame {
    next: Siblings,
    close: bool,
    /// Inside an open shadow root, where `<slot>` takes assigned nodes.
    in_shadow: bool,
}

/// Reads `doc` into a tree with web-sys, node by node. Never fails and
/// never changes the page.
pub(crate) fn read(doc: &Document) -> (Tree, ReadStats) {
    let mut walk = Walk {
        builder: Builder::new(),
        stats: ReadStats::default(),
    };
    walk.calls(1);
    let first = doc.first_child();
    let mut frames = vec![Frame {
        next: Siblings::Chain(first),
        close: false,
        in_shadow: false,
    }];
    while let Some(frame) = frames.last_mut() {
        let node = match &mut frame.next {
            Siblings::Chain(cur) => match cur.take() {
                Some(n) => {
                    walk.stats.calls += 1;
                    *cur = n.next_sibling();
                    Some(n)
                }
                None => None,
            },
            Siblings::List(list, i) => {
                if *i < list.length() {
                    walk.stats.calls += 2;
                    let v = list.get(*i);
                    *i += 1;
                    Some(v.unchecked_into::<Node>())
                } else {
                    walk.stats.calls += 1;
                    None
                }
            }
        };
        let in_shadow = frame.in_shadow;
        match node {
            None => {
                if let Some(done) = frames.pop() {
                    if done.close {
                        walk.builder.close();
                    }
                }
            }
            Some(node) => {
                if let Some(f) = walk.node(&node, in_shadow) {
                    frames.push(f);
                }
            }
        }
    }
    (walk.builder.finish(), walk.stats)
}

struct Walk {
    builder: Builder,
    stats: ReadStats,
}

impl Walk {
    #[inline]
    fn calls(&mut self, n: u32) {
        self.stats.calls += n;
    }

    /// Reads one node; returns the frame for its children, if they are to be
    /// read.
    fn node(&mut self, node: &Node, in_shadow: bool) -> Option<Frame> {
        self.calls(1);
        match node.node_type() {
            ELEMENT_NODE => self.element(node.unchecked_ref::<Element>(), in_shadow),
            TEXT_NODE | CDATA_SECTION_NODE => {
                self.calls(1);
                if let Some(text) = node.node_value() {
                    self.stats.texts += 1;
                    self.stats.text_bytes += text.len() as u32;
                    self.builder.text(&text);
                }
                None
            }
            // Comments, doctypes, processing instructions: not content.
            _ => None,
        }
    }

    fn element(&mut self, el: &Element, in_shadow: bool) -> Option<Frame> {
        self.calls(2);
        let mut name = el.local_name();
        let ns = if el.is_instance_of::<HtmlElement>() {
            Ns::Html
        } else {
            self.calls(1);
            if el.is_instance_of::<SvgElement>() {
                Ns::Svg
            } else {
                self.calls(1);
                match el.namespace_uri() {
                    Some(u) if u == MATHML_NS => Ns::MathMl,
                    _ => Ns::Html,
                }
            }
        };
        if ns == Ns::Html && name.bytes().any(|b| b.is_ascii_uppercase()) {
            // XHTML documents keep the source case; html5ever lower-cases.
            name.make_ascii_lowercase();
        }
        let html = ns == Ns::Html;
        let id = self.builder.open(&name, ns);
        self.attributes(el, html.then_some(name.as_str()));
        let script_data = html
            && name == "script"
            && self
                .builder
                .tree
                .attr(id, "type")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/ld+json"));
        self.stats.elements += 1;

        let children = if html {
            match name.as_str() {
                // Code and styles are not content, except JSON-LD, which
                // metadata reads. Frames are other documents.
                "script" if !script_data => None,
                "style" | "iframe" | "frame" | "frameset" => None,
                "noscript" => self.noscript(el, in_shadow),
                "slot" if in_shadow => self.slot(el),
                _ => self.children(el, in_shadow),
            }
        } else if ns == Ns::Svg && name == "svg" {
            // An inline SVG's shapes are never text nor content: the
            // engine keeps only the element.
            None
        } else {
            self.children(el, in_shadow)
        };
        if children.is_none() {
            self.builder.close();
        }
        children
    }

    /// The children to read: an open shadow root's, if there is one (what
    /// the reader sees), else the element's own.
    fn children(&mut self, el: &Element, in_shadow: bool) -> Option<Frame> {
        self.calls(1);
        if let Some(root) = el.shadow_root() {
            self.calls(1);
            return Some(Frame {
                next: Siblings::Chain(root.first_child()),
                close: true,
                in_shadow: true,
            });
        }
        self.calls(1);
        Some(Frame {
            next: Siblings::Chain(el.first_child()),
            close: true,
            in_shadow,
        })
    }

    /// A `<slot>` in a shadow tree shows the light-DOM nodes assigned to
    /// it, or its own children when none are.
    fn slot(&mut self, el: &Element) -> Option<Frame> {
        let slot = el.unchecked_ref::<HtmlSlotElement>();
        let opts = AssignedNodesOptions::new();
        opts.set_flatten(true);
        self.calls(3);
        let assigned = slot.assigned_nodes_with_options(&opts);
        if assigned.length() > 0 {
            return Some(Frame {
                next: Siblings::List(assigned, 0),
                close: true,
                // Assigned nodes live in the light DOM.
                in_shadow: false,
            });
        }
        self.children(el, true)
    }

    /// With scripting on, `<noscript>` holds its markup as text; the native
    /// parser (scripting off) sees elements there, and the fallback `<img>`
    /// of lazy-loading pages is what matters. Read the images back out of
    /// the text. With scripting off the children are elements: walk them.
    fn noscript(&mut self, el: &Element, in_shadow: bool) -> Option<Frame> {
        self.calls(1);
        let first = el.first_child()?;
        self.calls(2);
        let only_text = first.node_type() == TEXT_NODE && first.next_sibling().is_none();
        if !only_text {
            return Some(Frame {
                next: Siblings::Chain(Some(first)),
                close: true,
                in_shadow,
            });
        }
        self.calls(1);
        if let Some(markup) = first.node_value() {
            self.stats.texts += 1;
            self.stats.text_bytes += markup.len() as u32;
            if !markup.contains('<') {
                // Plain text ("please enable JavaScript") is text either way.
                self.builder.text(&markup);
                return None;
            }
            for attrs in noscript::images(&markup) {
                self.builder.open("img", Ns::Html);
                for (n, v) in &attrs {
                    self.builder.attr(n, v);
                }
                self.builder.close();
                self.stats.elements += 1;
            }
        }
        None
    }

    /// Copies the wanted attributes of `el` to the element just opened.
    /// For links and images the live DOM's resolved URL (`href`, `src`,
    /// `currentSrc`) replaces the attribute text, except for a link to a
    /// fragment. `html_name` is the element's name when it is HTML.
    fn attributes(&mut self, el: &Element, html_name: Option<&str>) {
        self.calls(1);
        if !el.has_attributes() {
            if html_name == Some("img") {
                self.current_src(el);
            }
            return;
        }
        self.calls(2);
        let names = el.get_attribute_names();
        let count = names.length();
        let mut has_src = false;
        for i in 0..count {
            // The name stays a JS string: a lookup in a JS `Map` of the
            // wanted names says whether to read it, without copying it.
            self.calls(2);
            let Some(name) = WANTED
                .with(|w| w.get(&names.get(i)))
                .as_f64()
                .and_then(|i| ATTRIBUTES.get(i as usize))
                .copied()
            else {
                continue;
            };
            let value = match (html_name, name) {
                (Some("a"), "href") => {
                    // A fragment stays as written, as the native parser
                    // sees it: it marks a link within the page.
                    self.calls(1);
                    let raw = el.get_attribute("href");
                    if raw
                        .as_deref()
                        .is_some_and(|r| r.trim_start().starts_with('#'))
                    {
                        raw
                    } else {
                        self.calls(1);
                        Some(el.unchecked_ref::<HtmlAnchorElement>().href())
                    }
                }
                (Some("img"), "src") => {
                    has_src = true;
                    self.calls(1);
                    Some(el.unchecked_ref::<HtmlImageElement>().src())
                }
                _ => {
                    self.calls(1);
                    el.unchecked_ref::<AttrSource>()
                        .get_attribute_js(&names.get(i))
                }
            };
            if let Some(v) = value {
                self.stats.attributes += 1;
                self.builder.attr(name, &v);
            }
        }
        if html_name == Some("img") && !has_src {
            self.current_src(el);
        }
    }

    /// An image without `src` may still have one chosen from `srcset` or
    /// `<picture>`: the browser's choice becomes its `src`.
    fn current_src(&mut self, el: &Element) {
        self.calls(1);
        let current = el.unchecked_ref::<HtmlImageElement>().current_src();
        if !current.is_empty() {
            self.builder.attr("src", &current);
        }
    }
}
