//! Lector's own read-only page tree: an arena of nodes.
//!
//! Both front ends fill this tree: html5ever natively (`parse.rs`) and the
//! live browser DOM through web-sys (`wasm/`). Every stage after that works on
//! this tree only, so nothing here may depend on either front end.
//!
//! Nodes are addressed by [`NodeId`] (an index into the arena). Links are
//! plain indices, so walking the tree never recurses and a page nested
//! 100,000 levels deep costs no stack.

/// Index of a node in [`Tree::nodes`].
pub(crate) type NodeId = u32;

/// "No node": the end of a sibling chain, the parent of the root.
pub(crate) const NONE: NodeId = u32::MAX;

/// The document node is always the first one.
pub(crate) const DOCUMENT: NodeId = 0;

/// Elements nested deeper than this are attached beside their parent
/// instead, as browsers do at their own nesting limit: no reader view needs
/// more depth, and it bounds every walk up the tree.
pub(crate) const MAX_DEPTH: u32 = 512;

/// The namespace an element lives in; extraction treats SVG and MathML apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ns {
    Html,
    Svg,
    MathMl,
}

/// An element: lower-case local name, namespace and attributes.
#[derive(Clone, Debug)]
pub(crate) struct Element {
    /// Local name, lower-case for HTML elements (SVG keeps its camelCase).
    pub name: Box<str>,
    pub ns: Ns,
    /// Attributes in source order, names lower-case. A boxed slice, not a
    /// `Vec`: the tree never grows them, and one word less per node counts
    /// on tag soup.
    pub attrs: Box<[(Box<str>, Box<str>)]>,
}

impl Element {
    /// The value of attribute `name`, if present.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }

    /// True when this is the HTML element `name`.
    pub fn is(&self, name: &str) -> bool {
        self.ns == Ns::Html && &*self.name == name
    }
}

/// What a node holds.
#[derive(Clone, Debug)]
pub(crate) enum Data {
    Document,
    Element(Element),
    Text(String),
    /// A comment, processing instruction or doctype: kept out of the tree.
    // Only the native parser (html5ever) creates these.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Other,
}

/// One node of the arena with its links.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub prev: NodeId,
    pub next: NodeId,
    /// Distance from the document node (kept at most [`MAX_DEPTH`]).
    pub depth: u32,
    pub data: Data,
}

/// The page tree. Built once, then only read.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    /// A tree holding only the document node.
    pub fn new() -> Self {
        Tree {
            nodes: vec![Node {
                parent: NONE,
                first_child: NONE,
                last_child: NONE,
                prev: NONE,
                next: NONE,
                depth: 0,
                data: Data::Document,
            }],
        }
    }

    // Used by the native parser only.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    #[inline]
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The element at `id`, or `None` for text and the document.
    #[inline]
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            Data::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The text at `id`, or `None` for elements and the document.
    #[inline]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id as usize].data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// True when `id` is the HTML element `name`.
    #[inline]
    pub fn is(&self, id: NodeId, name: &str) -> bool {
        self.element(id).is_some_and(|e| e.is(name))
    }

    /// The lower-case local name of an HTML element, or "" otherwise.
    #[inline]
    pub fn tag(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            Data::Element(e) if e.ns == Ns::Html => &e.name,
            _ => "",
        }
    }

    /// Attribute `name` of element `id`.
    #[inline]
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// Creates a detached node.
    pub fn create(&mut self, data: Data) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev: NONE,
            next: NONE,
            depth: 0,
            data,
        });
        id
    }

    /// Appends `child` (detached) as the last child of `parent`.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        if matches!(self.nodes[child as usize].data, Data::Other) {
            return;
        }
        let mut parent = parent;
        while self.nodes[parent as usize].depth >= MAX_DEPTH {
            parent = self.nodes[parent as usize].parent;
        }
        let depth = self.nodes[parent as usize].depth + 1;
        let last = self.nodes[parent as usize].last_child;
        {
            let c = &mut self.nodes[child as usize];
            c.depth = depth;
            c.parent = parent;
            c.prev = last;
            c.next = NONE;
        }
        if last == NONE {
            self.nodes[parent as usize].first_child = child;
        } else {
            self.nodes[last as usize].next = child;
        }
        self.nodes[parent as usize].last_child = child;
    }

    /// Inserts `child` (detached) right before `sibling`.
    // Used by the native parser only.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub fn insert_before(&mut self, sibling: NodeId, child: NodeId) {
        if matches!(self.nodes[child as usize].data, Data::Other) {
            return;
        }
        let parent = self.nodes[sibling as usize].parent;
        let prev = self.nodes[sibling as usize].prev;
        let depth = self.nodes[sibling as usize].depth;
        {
            let c = &mut self.nodes[child as usize];
            c.depth = depth;
            c.parent = parent;
            c.prev = prev;
            c.next = sibling;
        }
        self.nodes[sibling as usize].prev = child;
        if prev == NONE {
            if parent != NONE {
                self.nodes[parent as usize].first_child = child;
            }
        } else {
            self.nodes[prev as usize].next = child;
        }
    }

    /// Unlinks `id` from its parent and siblings.
    // Used by the native parser only.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = {
            let n = &self.nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if prev != NONE {
            self.nodes[prev as usize].next = next;
        } else if parent != NONE {
            self.nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            self.nodes[next as usize].prev = prev;
        } else if parent != NONE {
            self.nodes[parent as usize].last_child = prev;
        }
        let n = &mut self.nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    /// Appends text to `parent`, merging with a text node already last there.
    pub fn append_text(&mut self, parent: NodeId, text: &str) {
        let last = self.nodes[parent as usize].last_child;
        if last != NONE {
            if let Data::Text(t) = &mut self.nodes[last as usize].data {
                t.push_str(text);
                return;
            }
        }
        let id = self.create(Data::Text(text.to_owned()));
        self.append(parent, id);
    }

    /// Children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            tree: self,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// Element children of `id`, in order.
    pub fn child_elements(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.element(c).is_some())
    }

    /// `id` and all its descendants in document order (pre-order), without
    /// recursion.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            tree: self,
            root: id,
            next: id,
        }
    }

    /// Ancestors of `id`, nearest first (not including `id`).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        let mut cur = self.nodes[id as usize].parent;
        std::iter::from_fn(move || {
            if cur == NONE {
                None
            } else {
                let r = cur;
                cur = self.nodes[cur as usize].parent;
                Some(r)
            }
        })
    }

    /// The next node after `id` in pre-order that is not inside `id`,
    /// staying within `root`'s subtree (`NONE` at the end).
    pub fn next_skipping_children(&self, root: NodeId, mut id: NodeId) -> NodeId {
        loop {
            if id == root {
                return NONE;
            }
            let n = &self.nodes[id as usize];
            if n.next != NONE {
                return n.next;
            }
            id = n.parent;
            if id == NONE {
                return NONE;
            }
        }
    }

    /// The first element named `name` (HTML namespace) in document order.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.descendants(DOCUMENT).find(|&n| self.is(n, name))
    }

    /// The `<html>` element, if any.
    pub fn html(&self) -> Option<NodeId> {
        self.child_elements(DOCUMENT).find(|&n| self.is(n, "html"))
    }

    /// The `<head>` element, if any.
    #[allow(dead_code)]
    pub fn head(&self) -> Option<NodeId> {
        self.html()
            .and_then(|h| self.child_elements(h).find(|&n| self.is(n, "head")))
    }

    /// The `<body>` element (or `<frameset>`), if any.
    pub fn body(&self) -> Option<NodeId> {
        self.html().and_then(|h| {
            self.child_elements(h)
                .find(|&n| self.is(n, "body") || self.is(n, "frameset"))
        })
    }

    /// Gives each `<noscript>` the `<img>` elements its raw text describes.
    ///
    /// With scripts on, a browser keeps `<noscript>` content as text; many
    /// lazy-loading pages put the real image there. Both front ends call
    /// this once after building the tree, so extraction sees the same
    /// thing natively and in the browser. (The live-DOM reader does the
    /// same as it reads, with [`scan_img_tags`].)
    #[cfg(any(not(target_arch = "wasm32"), feature = "markdown-wasm"))]
    pub fn expand_noscript_images(&mut self) {
        let noscripts: Vec<NodeId> = (0..self.nodes.len() as NodeId)
            .filter(|&id| self.is(id, "noscript"))
            .collect();
        for ns in noscripts {
            let raw = self.text_content(ns);
            if !raw.contains("<img") && !raw.contains("<IMG") {
                continue;
            }
            for attrs in scan_img_tags(&raw) {
                let img = self.create(Data::Element(Element {
                    name: "img".into(),
                    ns: Ns::Html,
                    attrs: attrs.into(),
                }));
                self.append(ns, img);
            }
        }
    }

    /// All text under `id`, concatenated as it stands in the source.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut s = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                s.push_str(t);
            }
        }
        s
    }
}

/// Iterator over a node's children.
pub(crate) struct Children<'a> {
    tree: &'a Tree,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let r = self.next;
        self.next = self.tree.nodes[r as usize].next;
        Some(r)
    }
}

/// Pre-order iterator over a subtree.
pub(crate) struct Descendants<'a> {
    tree: &'a Tree,
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let r = self.next;
        let n = &self.tree.nodes[r as usize];
        self.next = if n.first_child != NONE {
            n.first_child
        } else {
            self.tree.next_skipping_children(self.root, r)
        };
        Some(r)
    }
}

/// Fills a [`Tree`] in document order, as a DOM walker sees it: open an
/// element, add its children, close it. The live-DOM front end uses this.
#[allow(dead_code)]
pub(crate) struct Builder {
    pub tree: Tree,
    stack: Vec<NodeId>,
}

#[allow(dead_code)]
impl Builder {
    /// A builder positioned inside the document node.
    pub fn new() -> Self {
        Builder {
            tree: Tree::new(),
            stack: vec![DOCUMENT],
        }
    }

    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&DOCUMENT)
    }

    /// Opens an element as the last child of the current one and enters it.
    pub fn open(&mut self, name: &str, ns: Ns, attrs: Vec<(Box<str>, Box<str>)>) -> NodeId {
        let id = self.tree.create(Data::Element(Element {
            name: name.into(),
            ns,
            attrs: attrs.into(),
        }));
        let parent = self.current();
        self.tree.append(parent, id);
        self.stack.push(id);
        id
    }

    /// Closes the current element (the document is never closed).
    pub fn close(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    /// Adds text to the current element.
    pub fn text(&mut self, text: &str) {
        let parent = self.current();
        self.tree.append_text(parent, text);
    }

    /// The finished tree.
    pub fn finish(self) -> Tree {
        self.tree
    }
}

/// Attributes of each `<img>` tag in a fragment of HTML source (the text of
/// a `<noscript>`; the live-DOM front end uses it too), read with a
/// small tokenizer (quoted, unquoted and bare attributes; character
/// references in values decoded for the common cases). At most 16 images.
pub(crate) fn scan_img_tags(src: &str) -> Vec<Vec<(Box<str>, Box<str>)>> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let lower = src.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find("<img") {
        let start = from + p + 4;
        if out.len() >= 16 {
            break;
        }
        // `<imgur>` is not an image.
        if bytes
            .get(start)
            .is_some_and(|&c| !(c.is_ascii_whitespace() || c == b'/' || c == b'>'))
        {
            from = start;
            continue;
        }
        let mut i = start;
        let mut attrs: Vec<(Box<str>, Box<str>)> = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let ns = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && !matches!(bytes[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            let name = lower[ns..i].to_owned();
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let q = bytes[i];
                    let vs = i + 1;
                    let ve = src[vs..].find(q as char).map_or(bytes.len(), |e| vs + e);
                    value = decode_entities(&src[vs..ve]);
                    i = (ve + 1).min(bytes.len());
                } else {
                    let vs = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&src[vs..i]);
                }
            }
            if !name.is_empty() && !attrs.iter().any(|(n, _)| **n == *name) {
                attrs.push((name.into(), value.into()));
            }
        }
        out.push(attrs);
        from = i.max(start);
    }
    out
}

/// Decodes `&amp;`, `&quot;`, `&#39;`, `&lt;`, `&gt;` and numeric references.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let body = &rest[1..e];
            let c = match body {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some('\u{a0}'),
                _ => body.strip_prefix('#').and_then(|n| {
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok(),
                        None => n.parse::<u32>().ok(),
                    };
                    v.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The node is most of the memory on tag soup (a million `<i></i>`):
    /// a field added here costs a million times its size.
    #[test]
    fn a_node_stays_at_64_bytes() {
        assert!(
            std::mem::size_of::<Node>() <= 64,
            "{}",
            std::mem::size_of::<Node>()
        );
    }

    #[test]
    fn scans_noscript_images() {
        let imgs = scan_img_tags(
            r#"<img src="a.jpg?x=1&amp;y=2" alt='A "b"' width=300 data-x><IMG SRC=b.png>"#,
        );
        assert_eq!(imgs.len(), 2);
        assert_eq!(&*imgs[0][0].1, "a.jpg?x=1&y=2");
        assert_eq!(&*imgs[0][1].1, "A \"b\"");
        assert_eq!(&*imgs[0][2].1, "300");
        assert_eq!(&*imgs[0][3].0, "data-x");
        assert_eq!(&*imgs[1][0].1, "b.png");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let mut b = Builder::new();
        for _ in 0..100_000 {
            b.open("div", Ns::Html, Vec::new());
        }
        b.text("deep");
        let t = b.finish();
        let max = t.nodes.iter().map(|n| n.depth).max().unwrap_or(0);
        assert!(max <= MAX_DEPTH + 1, "depth {max}");
        assert_eq!(t.text_content(DOCUMENT), "deep");
    }
}
