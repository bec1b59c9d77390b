//! Lector's own read-only page tree: an arena of nodes.
//!
//! Both front ends fill this tree: html5ever natively (`parse.rs`) and the
//! live browser DOM through web-sys (`wasm/`). Every stage after that works on
//! this tree only, so nothing here may depend on either front end.
//!
//! Nodes are addressed by [`NodeId`] (an index into the arena). Links are
//! plain indices, so walking the tree never recurses and a page nested
//! 100,000 levels deep costs no stack.
//!
//! Nothing is allocated per node: every string of the page (text, element
//! names, attribute names and values) lives in one byte arena,
//! [`Tree::strings`], and nodes hold [`Span`]s into it; an element's
//! attributes are a run of the shared [`Tree::attrs`] list. Allocating a
//! string per node was most of the cost of building the tree.

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

/// A run of bytes of [`Tree::strings`], always on character boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Span {
    start: u32,
    len: u32,
}

impl Span {
    #[inline]
    fn end(self) -> usize {
        self.start as usize + self.len as usize
    }
}

/// The string at `s` of the arena `strings`. Spans are made only from
/// whole strings appended to the arena, so the lookup never fails; `get`
/// spares each caller a panic path.
#[inline]
fn slice(strings: &str, s: Span) -> &str {
    strings.get(s.start as usize..s.end()).unwrap_or_default()
}

/// The bytes at `s` of the arena `strings`, for comparing names.
#[inline]
fn bytes(strings: &str, s: Span) -> &[u8] {
    strings
        .as_bytes()
        .get(s.start as usize..s.end())
        .unwrap_or_default()
}

/// The value of attribute `name` among `attrs`.
// Inlined natively, where it saves 2.5% of extraction's instructions; in
// wasm, inlining it at every caller cost 2 KB of the gzipped module.
#[cfg_attr(not(target_arch = "wasm32"), inline)]
fn find_attr<'a>(strings: &'a str, attrs: &[Attr], name: &str) -> Option<&'a str> {
    // Bytes, lengths first: names rarely share a length, and a `str` slice
    // would check character boundaries first.
    attrs
        .iter()
        .find(|a| a.name.len as usize == name.len() && bytes(strings, a.name) == name.as_bytes())
        .map(|a| slice(strings, a.value))
}

/// One attribute: its name (lower-case) and value, as spans.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Attr {
    name: Span,
    value: Span,
}

/// An element as the arena stores it; read it through [`Element`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct ElementData {
    name: Span,
    /// Its attributes: `count` entries of [`Tree::attrs`] from `first`.
    first: u32,
    count: u32,
    ns: Ns,
}

/// An element of a [`Tree`]: lower-case local name, namespace and
/// attributes, borrowed from the tree's arena.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Element<'a> {
    /// Local name, lower-case for HTML elements (SVG keeps its camelCase).
    pub name: &'a str,
    pub ns: Ns,
    attrs: &'a [Attr],
    strings: &'a str,
}

impl<'a> Element<'a> {
    /// The value of attribute `name`, if present.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        find_attr(self.strings, self.attrs, name)
    }

    /// True when this is the HTML element `name`.
    #[inline]
    pub fn is(&self, name: &str) -> bool {
        self.ns == Ns::Html && self.name == name
    }

    /// The attributes in source order, as (name, value); names lower-case.
    pub fn attrs(&self) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        let strings = self.strings;
        self.attrs
            .iter()
            .map(move |a| (slice(strings, a.name), slice(strings, a.value)))
    }

    /// How many attributes the element has.
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn attr_count(&self) -> usize {
        self.attrs.len()
    }
}

/// What a node holds.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Data {
    Document,
    Element(ElementData),
    Text(Span),
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

impl Node {
    /// True for a text node.
    #[inline]
    pub fn is_text(&self) -> bool {
        matches!(self.data, Data::Text(_))
    }
}

/// The page tree. Built once, then only read.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub nodes: Vec<Node>,
    /// Every string of the page, end to end; nodes and attributes hold
    /// spans of it.
    strings: String,
    /// Every element's attributes, each element's in one run.
    attrs: Vec<Attr>,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    /// A tree holding only the document node.
    pub fn new() -> Self {
        Self::with_capacity(1, 0)
    }

    /// An empty tree (only the document node) with room for about `nodes`
    /// nodes and `bytes` bytes of strings, so that neither arena grows by
    /// doubling while it is filled.
    pub fn with_capacity(nodes: usize, bytes: usize) -> Self {
        let mut tree = Tree {
            nodes: Vec::with_capacity(nodes.max(1)),
            strings: String::with_capacity(bytes),
            attrs: Vec::new(),
        };
        // The first node created is DOCUMENT.
        tree.create(Data::Document);
        tree
    }

    // Used by the native parser only.
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    #[inline]
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The string at `s`.
    #[inline]
    fn str(&self, s: Span) -> &str {
        slice(&self.strings, s)
    }

    /// The element at `id`, or `None` for text and the document.
    #[inline]
    pub fn element(&self, id: NodeId) -> Option<Element<'_>> {
        match &self.nodes[id as usize].data {
            Data::Element(e) => Some(self.view(e)),
            _ => None,
        }
    }

    /// The readable form of a stored element.
    #[inline]
    fn view(&self, e: &ElementData) -> Element<'_> {
        Element {
            name: self.str(e.name),
            ns: e.ns,
            attrs: self.attrs_of(e),
            strings: &self.strings,
        }
    }

    /// The text at `id`, or `None` for elements and the document.
    #[inline]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match self.nodes[id as usize].data {
            Data::Text(t) => Some(self.str(t)),
            _ => None,
        }
    }

    /// True when `id` is the HTML element `name`.
    #[inline]
    pub fn is(&self, id: NodeId, name: &str) -> bool {
        match &self.nodes[id as usize].data {
            Data::Element(e) => {
                e.ns == Ns::Html
                    && e.name.len as usize == name.len()
                    && bytes(&self.strings, e.name) == name.as_bytes()
            }
            _ => false,
        }
    }

    /// The lower-case local name of an HTML element, or "" otherwise.
    #[inline]
    pub fn tag(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            Data::Element(e) if e.ns == Ns::Html => self.str(e.name),
            _ => "",
        }
    }

    /// Attribute `name` of element `id`.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    /// The attributes of a stored element.
    #[inline]
    fn attrs_of(&self, e: &ElementData) -> &[Attr] {
        self.attrs
            .get(e.first as usize..e.first as usize + e.count as usize)
            .unwrap_or_default()
    }

    /// Copies `s` to the end of the string arena. The arena is addressed
    /// with `u32`: past 4 GiB of strings, the rest is left out.
    fn push_str(&mut self, s: &str) -> Span {
        let start = self.strings.len();
        if start + s.len() > u32::MAX as usize {
            return Span {
                start: start.min(u32::MAX as usize) as u32,
                len: 0,
            };
        }
        self.strings.push_str(s);
        Span {
            start: start as u32,
            len: s.len() as u32,
        }
    }

    /// Creates a detached element without attributes (add them with
    /// [`Tree::add_attr`]).
    pub fn create_element(&mut self, name: &str, ns: Ns) -> NodeId {
        let name = self.push_str(name);
        let first = self.attrs.len() as u32;
        self.create(Data::Element(ElementData {
            name,
            first,
            count: 0,
            ns,
        }))
    }

    /// Adds attribute `name` (lower-case; `prefix:name` when a prefix is
    /// given) to element `id`, after those it has.
    pub fn add_attr(&mut self, id: NodeId, prefix: Option<&str>, name: &str, value: &str) {
        let name = match prefix {
            Some(p) => {
                let p = self.push_str(p);
                let colon = self.push_str(":");
                let local = self.push_str(name);
                Span {
                    start: p.start,
                    len: p.len + colon.len + local.len,
                }
            }
            None => self.push_str(name),
        };
        self.add_attr_named(id, name, value);
    }

    /// Stores `s` in the string arena once, for names many attributes share
    /// (see [`Tree::add_attr_named`]).
    pub fn intern(&mut self, s: &str) -> Span {
        self.push_str(s)
    }

    /// Adds an attribute to element `id`, its name a span of this tree
    /// (from [`Tree::intern`]).
    pub fn add_attr_named(&mut self, id: NodeId, name: Span, value: &str) {
        let Data::Element(mut e) = self.nodes[id as usize].data else {
            return;
        };
        if (e.first + e.count) as usize != self.attrs.len() {
            // Not the last element given attributes (only when html5ever
            // adds to an earlier `<html>` or `<body>`): move its run to the
            // end first, leaving the old one unused.
            let from = e.first as usize..(e.first + e.count) as usize;
            e.first = self.attrs.len() as u32;
            self.attrs.extend_from_within(from);
        }
        let value = self.push_str(value);
        self.attrs.push(Attr { name, value });
        e.count += 1;
        self.nodes[id as usize].data = Data::Element(e);
    }

    /// Creates a detached text node holding `text`.
    pub fn create_text(&mut self, text: &str) -> NodeId {
        let span = self.push_str(text);
        self.create(Data::Text(span))
    }

    /// Appends `text` to text node `id` in place, when its text is the last
    /// thing in the string arena (as it is while a front end adds the
    /// pieces of one text node in a row). False, and nothing done,
    /// otherwise.
    pub fn extend_text(&mut self, id: NodeId, text: &str) -> bool {
        let Data::Text(t) = self.nodes[id as usize].data else {
            return false;
        };
        if t.end() != self.strings.len() {
            return false;
        }
        let added = self.push_str(text);
        if added.start as usize == t.end() {
            self.nodes[id as usize].data = Data::Text(Span {
                start: t.start,
                len: t.len + added.len,
            });
        }
        true
    }

    /// Gives text node `id` the text `text`, replacing what it held.
    pub fn set_text(&mut self, id: NodeId, text: &str) {
        if let Data::Text(_) = self.nodes[id as usize].data {
            let span = self.push_str(text);
            self.nodes[id as usize].data = Data::Text(span);
        }
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
        if last != NONE && self.nodes[last as usize].is_text() {
            if !self.extend_text(last, text) {
                // Out of order (never, for a builder that reads in document
                // order): the merged text is copied to the end.
                let mut merged = self.text(last).unwrap_or("").to_owned();
                merged.push_str(text);
                self.set_text(last, &merged);
            }
            return;
        }
        let id = self.create_text(text);
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

    /// The next node after `id` in pre-order, staying within `root`'s
    /// subtree: its first child, or the next node past it (`NONE` at the
    /// end).
    pub fn next_in(&self, root: NodeId, id: NodeId) -> NodeId {
        let first = self.nodes[id as usize].first_child;
        if first != NONE {
            first
        } else {
            self.next_skipping_children(root, id)
        }
    }

    /// The next element after `id` among its siblings, past any text
    /// between (`NONE` when there is none).
    pub fn next_element(&self, id: NodeId) -> NodeId {
        let mut n = self.nodes[id as usize].next;
        while n != NONE && self.element(n).is_none() {
            n = self.nodes[n as usize].next;
        }
        n
    }

    /// The element before `id` among its siblings, past any text between
    /// (`NONE` when there is none).
    pub fn prev_element(&self, id: NodeId) -> NodeId {
        let mut n = self.nodes[id as usize].prev;
        while n != NONE && self.element(n).is_none() {
            n = self.nodes[n as usize].prev;
        }
        n
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
                let img = self.create_element("img", Ns::Html);
                for (n, v) in &attrs {
                    self.add_attr(img, None, n, v);
                }
                self.append(ns, img);
            }
        }
    }

    /// Every node with its links and its strings, one a line: what tests
    /// compare to say two trees are the same (the arena's layout may
    /// differ).
    #[cfg(all(test, not(target_arch = "wasm32")))]
    pub fn dump(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        for (i, n) in self.nodes.iter().enumerate() {
            let _ = write!(
                out,
                "{i}: p{} f{} l{} <{} >{} d{} ",
                n.parent, n.first_child, n.last_child, n.prev, n.next, n.depth
            );
            let _ = match &n.data {
                Data::Element(e) => {
                    let e = self.view(e);
                    writeln!(
                        out,
                        "{:?} {:?} {:?}",
                        e.ns,
                        e.name,
                        e.attrs().collect::<Vec<_>>()
                    )
                }
                Data::Text(t) => writeln!(out, "{:?}", self.str(*t)),
                d => writeln!(out, "{d:?}"),
            };
        }
        out
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

    /// [`Self::text_content`], with a space for each `<br>`: the lines of
    /// a block set on lines of their own read as words apart.
    pub(crate) fn text_lines(&self, id: NodeId) -> String {
        let mut s = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                s.push_str(t);
            } else if self.is(n, "br") {
                s.push(' ');
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
        Self::with_capacity(1, 0)
    }

    /// A builder whose tree has room for about `nodes` nodes and `bytes`
    /// bytes of strings.
    pub fn with_capacity(nodes: usize, bytes: usize) -> Self {
        Builder {
            tree: Tree::with_capacity(nodes, bytes),
            stack: vec![DOCUMENT],
        }
    }

    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&DOCUMENT)
    }

    /// Opens an element as the last child of the current one and enters it;
    /// [`Builder::attr`] then gives it its attributes.
    pub fn open(&mut self, name: &str, ns: Ns) -> NodeId {
        let id = self.tree.create_element(name, ns);
        let parent = self.current();
        self.tree.append(parent, id);
        self.stack.push(id);
        id
    }

    /// Adds an attribute to the element opened last (when it is still open).
    pub fn attr(&mut self, name: &str, value: &str) {
        let id = self.current();
        self.tree.add_attr(id, None, name, value);
    }

    /// Stores a name many attributes share once (see
    /// [`Builder::attr_named`]).
    pub fn intern(&mut self, name: &str) -> Span {
        self.tree.intern(name)
    }

    /// [`Builder::attr`] with a name from [`Builder::intern`].
    pub fn attr_named(&mut self, name: Span, value: &str) {
        let id = self.current();
        self.tree.add_attr_named(id, name, value);
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
    fn a_node_stays_at_48_bytes() {
        assert!(
            std::mem::size_of::<Node>() <= 48,
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
    fn text_and_attributes_live_in_the_arena() {
        let mut b = Builder::new();
        let p = b.open("p", Ns::Html);
        b.attr("class", "a b");
        let name = b.intern("id");
        b.attr_named(name, "x");
        b.text("one ");
        b.text("two");
        b.open("svg", Ns::Svg);
        b.close();
        b.text("three");
        let mut t = b.finish();
        assert_eq!(t.attr(p, "class"), Some("a b"));
        assert_eq!(t.attr(p, "id"), Some("x"));
        assert_eq!(t.attr(p, "i"), None);
        let e = t.element(p).expect("p");
        assert!(e.is("p"));
        assert_eq!(
            e.attrs().collect::<Vec<_>>(),
            [("class", "a b"), ("id", "x")]
        );
        let texts: Vec<&str> = t.children(p).filter_map(|c| t.text(c)).collect();
        assert_eq!(texts, ["one two", "three"]);
        // Out of order: an attribute for an element given its own earlier,
        // and text for a node that is not last in the arena.
        t.add_attr(p, Some("xml"), "lang", "en");
        assert_eq!(t.attr(p, "xml:lang"), Some("en"));
        assert_eq!(t.attr(p, "class"), Some("a b"));
        let first = t.node(p).first_child;
        t.append_text(DOCUMENT, "doc");
        assert!(!t.extend_text(first, "!"));
        t.set_text(first, "one two!");
        assert_eq!(t.text_content(p), "one two!three");
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let mut b = Builder::new();
        for _ in 0..100_000 {
            b.open("div", Ns::Html);
        }
        b.text("deep");
        let t = b.finish();
        let max = t.nodes.iter().map(|n| n.depth).max().unwrap_or(0);
        assert!(max <= MAX_DEPTH + 1, "depth {max}");
        assert_eq!(t.text_content(DOCUMENT), "deep");
    }
}
