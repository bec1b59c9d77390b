//! Safe output: the body rendered as HTML from an allowlist of tags and
//! attributes, and as plain text.
//!
//! Nothing of the input's markup is copied through: every tag written is a
//! literal from this file, every attribute is one the allowlist names, with a
//! value that was checked (URLs by scheme, numbers as digits, keywords from a
//! fixed set) and escaped. Whatever is not recognised is unwrapped (its text
//! kept) or dropped with its content.

use std::borrow::Cow;

use crate::content::{is_video, Body};
use crate::dom::{Data, Element, NodeId, Ns, Tree, NONE};

/// Prefix of the ids Lector writes for in-article link targets (footnotes,
/// a table of contents), so that a page's ids can never take the name of
/// one the reader page uses.
pub const ANCHOR_PREFIX: &str = "ref-";

/// Class of the link written for an embedded video that the page gave no
/// name: the link has no text, and a reader's style draws it (its `title`
/// says "Video").
pub const VIDEO_CLASS: &str = "lector-video";

/// The rendered article.
pub(crate) struct Output {
    pub html: String,
    pub text: String,
    pub first_paragraph: Option<String>,
    pub first_image: Option<String>,
    /// Characters of text inside links (to tell a list of links from prose).
    pub link_chars: usize,
}

/// How an input element is written out.
enum Action {
    /// Write this tag (from the allowlist) and its children.
    Keep(&'static str),
    /// Write only the children.
    Unwrap,
    /// Write nothing.
    Skip,
}

/// A list of tag names as a `match`: the renderer asks about every element
/// it writes, and a `match` on strings compiles to a length switch and a
/// few compares where scanning a list compared most of its entries (a call
/// to `memcmp` each in wasm). A `lookup fn` gives the list's own literal
/// for a name, a plain `fn` whether the name is in it.
macro_rules! tag_list {
    ($(#[$doc:meta])* fn $has:ident: $($tag:literal),+ $(,)?) => {
        $(#[$doc])*
        fn $has(name: &str) -> bool {
            matches!(name, $($tag)|+)
        }
    };
    ($(#[$doc:meta])* lookup fn $lookup:ident: $($tag:literal),+ $(,)?) => {
        $(#[$doc])*
        fn $lookup(name: &str) -> Option<&'static str> {
            match name {
                $($tag => Some($tag),)+
                _ => None,
            }
        }
    };
}

tag_list! {
    /// Elements written as they are (after the input name is checked against
    /// this list, the literal from the list is what gets written).
    lookup fn kept_tag:
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "code",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "hr",
    "br",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "del",
    "ins",
    "mark",
    "small",
    "sub",
    "sup",
    "abbr",
    "cite",
    "q",
    "time",
    "kbd",
    "samp",
    "var",
    "dfn",
    "div",
    "details",
    "summary",
    "wbr",
    "bdi",
    "bdo",
    "ruby",
    "rt",
    "rp",
}

tag_list! {
    /// Containers rendered as a plain `div`.
    fn is_as_div:
    "section",
    "article",
    "main",
    "header",
    "center",
    "address",
    "hgroup",
    "search",
}

tag_list! {
    /// Dropped with their content.
    fn is_skip:
    "script",
    "style",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "select",
    "textarea",
    "option",
    "optgroup",
    "datalist",
    "input",
    "button",
    "object",
    "embed",
    "canvas",
    "frame",
    "frameset",
    "map",
    "area",
    "audio",
    "track",
    "source",
    "dialog",
    "applet",
    "param",
    "svg",
    "nav",
    "form",
    "menu",
    "slot",
    "portal",
    "fencedframe",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "iframe",
    "video",
}

/// MathML elements kept inside `<math>`.
const MATHML: &[&str] = &[
    "math",
    "mi",
    "mn",
    "mo",
    "ms",
    "mtext",
    "mspace",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "mstyle",
    "merror",
    "mpadded",
    "mphantom",
    "mfenced",
    "menclose",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mmultiscripts",
    "mprescripts",
    "none",
    "mtable",
    "mtr",
    "mtd",
    "mlabeledtr",
    "semantics",
    "annotation",
];

tag_list! {
    /// Block-level output elements: text gets a paragraph break around them.
    fn is_block:
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "pre",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "hr",
    "div",
    "details",
    "summary",
}

struct Writer<'a> {
    tree: &'a Tree,
    body: &'a Body,
    base: Option<&'a str>,
    html: String,
    text: String,
    /// Inside `<pre>`: whitespace kept.
    pre_depth: usize,
    /// Inside ruby annotations (`<rt>`, `<rp>`): shown, but not part of
    /// the plain text, which reads the base text alone.
    ruby_depth: usize,
    /// Inside a `<figcaption>` or a block named as a caption: captions are
    /// shown, not part of the running text.
    caption_depth: usize,
    first_paragraph: Option<String>,
    first_image: Option<String>,
    /// Start of the current `<p>` in `text`, to capture the first paragraph.
    para_start: Option<usize>,
    /// Inside `<a>`.
    link_depth: usize,
    link_chars: usize,
    /// Images written so far.
    images: usize,
    /// Inside an emitted `<math>`: only there are MathML elements written.
    math_depth: usize,
    /// Ids in the article that a link in the article points at: these
    /// elements get an id and those links stay in the reader.
    /// Sorted, for binary search (a hash set would add hashing code to
    /// the wasm for this one use).
    anchors: Vec<Cow<'a, str>>,
    /// The page's own address.
    page: Option<&'a str>,
}

enum Step {
    Enter(NodeId),
    Close(&'static str, bool),
    EndPara,
    /// Leaves a block named as a caption: its text is back in the running
    /// text.
    EndCaption,
    /// Opens the `<figcaption>` of a figure Lector assembles.
    OpenCaption,
    /// Leaves a `<figure>` shaped as a picture's: when it did show an image,
    /// its words (a credit, a label, a caption outside the figcaption) are
    /// taken back out of the running text. Holds the text's length, the
    /// images written and whether the first paragraph was known, at entry.
    EndPictureFigure(usize, usize, bool),
}

/// Renders `body`, making URLs absolute against `base`; links to `page`'s
/// own address with a fragment stay in the article when their target does.
pub(crate) fn render(tree: &Tree, body: &Body, base: Option<&str>, page: Option<&str>) -> Output {
    let mut w = Writer {
        tree,
        body,
        base,
        html: String::new(),
        text: String::new(),
        pre_depth: 0,
        ruby_depth: 0,
        caption_depth: 0,
        first_paragraph: None,
        first_image: None,
        para_start: None,
        link_depth: 0,
        link_chars: 0,
        images: 0,
        math_depth: 0,
        anchors: anchors(tree, body, base, page),
        page,
    };
    let mut stack: Vec<Step> = Vec::new();
    for &r in body.roots.iter().rev() {
        stack.push(Step::Enter(r));
    }
    while let Some(step) = stack.pop() {
        match step {
            Step::Close(tag, block) => {
                // A caption left with nothing in it (its words were all
                // dropped) is not written: an empty one still takes room.
                if tag == "figcaption" && w.html.trim_end().ends_with("<figcaption>") {
                    let open = w.html.trim_end().len() - "<figcaption>".len();
                    w.html.truncate(open);
                } else {
                    w.html.push_str("</");
                    w.html.push_str(tag);
                    w.html.push('>');
                }
                if tag == "pre" {
                    w.pre_depth -= 1;
                }
                if tag == "rt" || tag == "rp" {
                    w.ruby_depth -= 1;
                }
                if tag == "figcaption" {
                    w.caption_depth -= 1;
                }
                if tag == "a" {
                    w.link_depth -= 1;
                }
                if tag == "math" {
                    w.math_depth -= 1;
                }
                if block {
                    w.block_break();
                }
            }
            Step::EndPara => {
                if let Some(start) = w.para_start.take() {
                    let t = w.text[start..].trim();
                    if !t.is_empty() && w.first_paragraph.is_none() {
                        w.first_paragraph = Some(t.to_owned());
                    }
                }
            }
            Step::EndCaption => w.caption_depth -= 1,
            Step::EndPictureFigure(text_at, images_at, had_first) => {
                if w.images > images_at && w.text.len() >= text_at {
                    w.text.truncate(text_at);
                    if !had_first {
                        w.first_paragraph = None;
                    }
                }
            }
            Step::OpenCaption => {
                w.html.push_str("<figcaption>");
                w.caption_depth += 1;
            }
            Step::Enter(id) => w.enter(id, &mut stack),
        }
    }
    let text = w.text.trim().to_owned();
    Output {
        html: w.html,
        text,
        first_paragraph: w.first_paragraph,
        first_image: w.first_image,
        link_chars: w.link_chars,
    }
}

impl Writer<'_> {
    fn enter(&mut self, id: NodeId, stack: &mut Vec<Step>) {
        if self.body.drop[id as usize] {
            return;
        }
        let tree = self.tree;
        let node = tree.node(id);
        let el = match node.data {
            Data::Text(_) => {
                self.write_text(tree.text(id).unwrap_or(""));
                return;
            }
            Data::Element(_) => match tree.element(id) {
                Some(e) => e,
                None => return,
            },
            _ => return,
        };
        // Elements the page hides are not asked about again here: choosing
        // the body drops them (`Rule::Hidden`) on every pass, with all
        // they hold.
        if el.ns == Ns::MathMl {
            self.math(id, stack);
            return;
        }
        if el.ns != Ns::Html {
            return;
        }
        if let Some(&split) = self.body.figures.get(id as usize).filter(|&&s| s != NONE) {
            // A caption block marked with itself was written in the
            // figure of the picture before it.
            if split != id {
                self.figure(id, split, stack);
            }
            return;
        }
        let name: &str = el.name;
        let action = match name {
            "img" => {
                self.image(id);
                return;
            }
            "picture" => {
                self.picture(id);
                return;
            }
            "noscript" => {
                self.noscript(id);
                return;
            }
            "iframe" | "video" | "embed" | "object" => {
                self.video_link(id);
                return;
            }
            "br" => {
                self.html.push_str("<br>");
                while self.text.ends_with(' ') {
                    self.text.pop();
                }
                self.text.push('\n');
                return;
            }
            "hr" => {
                self.html.push_str("<hr>");
                self.block_break();
                return;
            }
            "h1" => Action::Keep("h2"),
            // An accordion's question over its answer: a line of text.
            "button" if crate::clean::hidden::is_accordion_button(tree, id) => Action::Keep("p"),
            "table" if !self.body.data_table[id as usize] => Action::Keep("div"),
            "tbody" | "thead" | "tfoot" | "tr" | "caption" if self.in_layout_table(id) => {
                if name == "caption" {
                    Action::Keep("div")
                } else {
                    Action::Unwrap
                }
            }
            "td" | "th" if self.in_layout_table(id) => Action::Keep("div"),
            "body" => Action::Keep("div"),
            _ if is_skip(name) => Action::Skip,
            _ if is_as_div(name) => Action::Keep("div"),
            _ => match kept_tag(name) {
                Some(k) => Action::Keep(k),
                None => Action::Unwrap,
            },
        };
        match action {
            Action::Skip => {}
            Action::Unwrap => {
                // The target of an in-article link keeps its place.
                if let Some(anchor) = self.anchor_of(&el, "") {
                    self.html.push_str("<a");
                    self.attr("id", &format!("{ANCHOR_PREFIX}{anchor}"));
                    self.html.push_str("></a>");
                }
                push_children(tree, id, stack)
            }
            Action::Keep(tag) => {
                let block = is_block(tag);
                if block {
                    self.block_break();
                }
                self.html.push('<');
                self.html.push_str(tag);
                self.attributes(id, tag);
                // A block the page names as a caption ("wp-caption-text",
                // "gallery__caption") is shown as one, like a figcaption,
                // but is not running text. The one class Lector writes
                // marks it, so the output read again says the same.
                // A table so named frames a picture and its caption
                // ("tplCaption"); one with no picture is a table of data.
                let caption = !matches!(tag, "figcaption" | "code" | "pre")
                    && tree.attr(id, "class").is_some_and(|c| {
                        let c = crate::text::lower(c);
                        crate::text::contains_any(&c, crate::rules::CAPTION_NAMES)
                    })
                    && (tag != "table"
                        || tree
                            .descendants(id)
                            .take(crate::rules::FIGURE_MAX_NODES as usize)
                            .any(|d| matches!(tree.tag(d), "img" | "picture")))
                    && !self.holds_story(id);
                if caption {
                    self.html.push_str(" class=\"caption\"");
                }
                self.html.push('>');
                if tag == "pre" {
                    self.pre_depth += 1;
                }
                if tag == "rt" || tag == "rp" {
                    self.ruby_depth += 1;
                }
                if tag == "figcaption" {
                    self.caption_depth += 1;
                }
                if tag == "a" {
                    self.link_depth += 1;
                }
                stack.push(Step::Close(tag, block));
                if caption {
                    self.caption_depth += 1;
                    stack.push(Step::EndCaption);
                }
                // A picture's figure holds its caption and credit, whether
                // or not the page put them in the figcaption. Judged on what
                // is written, so that the output read again says the same.
                if tag == "figure" && self.caption_depth == 0 && self.picture_figure(id) {
                    let had_first = self.first_paragraph.is_some();
                    stack.push(Step::EndPictureFigure(
                        self.text.len(),
                        self.images,
                        had_first,
                    ));
                }
                if tag == "p" && self.first_paragraph.is_none() && self.para_start.is_none() {
                    self.para_start = Some(self.text.len());
                    stack.push(Step::EndPara);
                }
                push_children(tree, id, stack);
            }
        }
    }

    /// A block holding an image and then its caption (see
    /// [`Body::figures`]): written as a `<figure>` (inside its `<li>` for a
    /// gallery's item) whose `<figcaption>` holds the children from `split`
    /// on; or, when `split` is the next block (a picture alone in its
    /// block), that block's children.
    fn figure(&mut self, id: NodeId, split: NodeId, stack: &mut Vec<Step>) {
        let tree = self.tree;
        self.block_break();
        // A gallery's list item stays an item, holding the figure.
        if tree.is(id, "li") {
            self.html.push_str("<li>");
            stack.push(Step::Close("li", true));
        }
        self.html.push_str("<figure>");
        stack.push(Step::Close("figure", true));
        stack.push(Step::Close("figcaption", true));
        if tree.node(split).parent != id {
            // The caption is the next block: its content, after all of
            // this block's.
            push_children(tree, split, stack);
            stack.push(Step::OpenCaption);
            push_children(tree, id, stack);
            return;
        }
        let mut ch = tree.node(id).last_child;
        while ch != NONE {
            stack.push(Step::Enter(ch));
            if ch == split {
                break;
            }
            ch = tree.node(ch).prev;
        }
        stack.push(Step::OpenCaption);
        let mut ch = tree.node(split).prev;
        while ch != NONE {
            stack.push(Step::Enter(ch));
            ch = tree.node(ch).prev;
        }
    }

    /// A `<figure>` shaped to show a picture with a few words about it (a
    /// credit, a label, a caption outside the figcaption), not a figure
    /// holding a table, code, a quote or a list, nor a long text. Whether
    /// an image is shown is known once it is written.
    fn picture_figure(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let mut budget = crate::rules::FIGURE_MAX_NODES;
        let mut text = 0;
        let mut d = tree.node(id).first_child;
        while d != NONE {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                return false;
            }
            if self.body.drop[d as usize] || tree.is(d, "figcaption") {
                d = tree.next_skipping_children(id, d);
                continue;
            }
            if NOT_A_PICTURE_FIGURE.contains(&tree.tag(d)) {
                return false;
            }
            if let Some(t) = tree.text(d) {
                text += t.trim().chars().count();
            }
            let node = tree.node(d);
            d = if node.first_child != NONE {
                node.first_child
            } else {
                tree.next_skipping_children(id, d)
            };
        }
        text as f32 <= crate::rules::FIGURE_CAPTION_MAX_CHARS
    }

    /// True when `id` sits in a table that only lays out the page.
    fn in_layout_table(&self, id: NodeId) -> bool {
        self.tree
            .ancestors(id)
            .find(|&a| self.tree.is(a, "table"))
            .is_some_and(|t| !self.body.data_table[t as usize])
    }

    /// Whether a block the page names as a caption holds more than a
    /// caption does: a heading, or more paragraphs and list items than
    /// [`crate::rules::CAPTION_MAX_PARAGRAPHS`]. Judged on the first
    /// [`crate::rules::FIGURE_MAX_NODES`] nodes the output keeps, which it
    /// writes with their tags, so that the article read again says the same.
    fn holds_story(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let mut paragraphs = 0;
        let mut budget = crate::rules::FIGURE_MAX_NODES;
        let mut d = tree.next_in(id, id);
        while d != NONE && budget > 0 {
            budget -= 1;
            if self.body.drop[d as usize] {
                d = tree.next_skipping_children(id, d);
                continue;
            }
            let tag = tree.tag(d);
            if crate::rules::is_heading(tag) {
                return true;
            }
            if matches!(tag, "p" | "li") {
                paragraphs += 1;
                if paragraphs > crate::rules::CAPTION_MAX_PARAGRAPHS {
                    return true;
                }
            }
            d = tree.next_in(id, d);
        }
        false
    }

    fn write_text(&mut self, t: &str) {
        let shown_only = self.ruby_depth > 0 || self.caption_depth > 0;
        if shown_only && self.pre_depth > 0 {
            escape_text(&mut self.html, t);
            return;
        }
        if self.pre_depth > 0 {
            escape_text(&mut self.html, t);
            self.text
                .extend(t.chars().filter(|&c| c != '\u{ad}' && c != '\u{200b}'));
            return;
        }
        // Collapse whitespace runs, as a browser lays them out. What needs
        // no change (words, and a lone space after one) is copied a run at
        // a time, ASCII read a byte at a time: all the article's text
        // passes here.
        let mut collapsed = String::with_capacity(t.len());
        let mut ws = false;
        // Soft hyphens or zero-width spaces seen.
        let mut invisible = false;
        let bytes = t.as_bytes();
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (space, len) = if b < 0x80 {
                (matches!(b, b'\t'..=b'\r' | b' '), 1)
            } else {
                let Some(c) = t[i..].chars().next() else {
                    break;
                };
                invisible |= c == '\u{ad}' || c == '\u{200b}';
                (c.is_whitespace() && c != '\u{a0}', c.len_utf8())
            };
            if space && (ws || b != b' ') {
                if run < i {
                    collapsed.push_str(&t[run..i]);
                }
                if !ws {
                    collapsed.push(' ');
                }
                // The rest of an ASCII run at once: indentation between
                // tags.
                i = crate::text::skip_blank(bytes, i + len);
                run = i;
                ws = true;
                continue;
            }
            ws = space;
            i += len;
        }
        collapsed.push_str(&t[run..]);
        escape_text(&mut self.html, &collapsed);
        if shown_only {
            return;
        }
        // Soft hyphens and zero-width spaces shape the layout but are not
        // text a reader sees or copies.
        if invisible {
            collapsed.retain(|c| c != '\u{ad}' && c != '\u{200b}');
        }
        let at_line_start = self.text.is_empty() || self.text.ends_with('\n');
        let piece = if at_line_start {
            collapsed.trim_start()
        } else {
            &collapsed
        };
        if self.link_depth > 0 {
            self.link_chars += piece.trim().chars().count();
        }
        if self.text.ends_with(' ') && piece.starts_with(' ') {
            self.text.push_str(&piece[1..]);
        } else {
            self.text.push_str(piece);
        }
    }

    /// Ends the current line of text with a paragraph break.
    fn block_break(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
        }
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        if self.text.ends_with('\n') {
            self.text.push('\n');
        } else {
            self.text.push_str("\n\n");
        }
    }

    /// Writes the allowed attributes of an element kept as `tag`.
    fn attributes(&mut self, id: NodeId, tag: &str) {
        let tree = self.tree;
        let Some(el) = tree.element(id) else {
            return;
        };
        if let Some(anchor) = self.anchor_of(&el, tag) {
            self.attr("id", &format!("{ANCHOR_PREFIX}{anchor}"));
        }
        if let Some(dir) = el.attr("dir") {
            let d = dir.trim().to_ascii_lowercase();
            if matches!(d.as_str(), "ltr" | "rtl" | "auto") {
                self.attr("dir", &d);
            }
        }
        if let Some(lang) = el.attr("lang") {
            let l = lang.trim();
            if !l.is_empty()
                && l.len() <= 35
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            {
                self.attr("lang", l);
            }
        }
        match tag {
            "a" => {
                let href = el.attr("href").unwrap_or("");
                let inside = fragment(href, self.base, self.page).filter(|f| self.is_anchor(f));
                if let Some(target) = inside {
                    self.attr("href", &format!("#{ANCHOR_PREFIX}{target}"));
                } else if let Some(href) = self.link_url(href) {
                    self.attr("href", &href);
                }
                if let Some(t) = el.attr("title") {
                    self.attr("title", t);
                }
            }
            "td" | "th" => {
                for name in ["colspan", "rowspan"] {
                    if let Some(v) = el.attr(name).and_then(number) {
                        self.attr(name, &v);
                    }
                }
                if tag == "th" {
                    if let Some(s) = el.attr("scope") {
                        let s = s.trim().to_ascii_lowercase();
                        if matches!(s.as_str(), "row" | "col" | "rowgroup" | "colgroup") {
                            self.attr("scope", &s);
                        }
                    }
                }
            }
            "ol" => {
                if let Some(v) = el.attr("start").and_then(number) {
                    self.attr("start", &v);
                }
                if el.attr("reversed").is_some() {
                    self.html.push_str(" reversed");
                }
                if let Some(t) = el.attr("type") {
                    if matches!(t, "1" | "a" | "A" | "i" | "I") {
                        self.attr("type", t);
                    }
                }
            }
            "li" => {
                if let Some(v) = el.attr("value").and_then(number) {
                    self.attr("value", &v);
                }
            }
            "blockquote" | "q" | "del" | "ins" => {
                if let Some(c) = el.attr("cite").and_then(|h| self.web_url(h)) {
                    self.attr("cite", &c);
                }
            }
            "time" => {
                if let Some(d) = el.attr("datetime") {
                    self.attr("datetime", d);
                }
            }
            "abbr" | "dfn" => {
                if let Some(t) = el.attr("title") {
                    self.attr("title", t);
                }
            }
            "code" | "pre" => {
                // Keep a language hint for code highlighting, nothing else.
                if let Some(class) = el.attr("class") {
                    if let Some(lang) = class.split_whitespace().find(|c| {
                        (c.starts_with("language-") || c.starts_with("lang-"))
                            && c.len() < 40
                            && c.chars().all(|ch| {
                                ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '+' | '#')
                            })
                    }) {
                        self.attr("class", lang);
                    }
                }
            }
            _ => {}
        }
    }

    /// The id of `el` when an in-article link points at it (an `<a name>`
    /// counts when written as a link, `tag` "a").
    fn anchor_of<'e>(&self, el: &Element<'e>, tag: &str) -> Option<&'e str> {
        if self.anchors.is_empty() {
            return None;
        }
        let named = (tag == "a").then(|| el.attr("name")).flatten();
        [el.attr("id"), named]
            .into_iter()
            .flatten()
            .find(|v| self.is_anchor(v))
    }

    /// True when an in-article link points at the id `v`.
    fn is_anchor(&self, v: &str) -> bool {
        self.anchors.binary_search_by(|a| (**a).cmp(v)).is_ok()
    }

    fn attr(&mut self, name: &str, value: &str) {
        self.html.push(' ');
        self.html.push_str(name);
        self.html.push_str("=\"");
        escape_attr(&mut self.html, value);
        self.html.push('"');
    }

    /// A link target: absolute http(s) or mailto, else nothing.
    fn link_url(&self, raw: &str) -> Option<String> {
        let u = self.absolute(raw)?;
        let lower = u.to_ascii_lowercase();
        if lower.starts_with("http:") || lower.starts_with("https:") || lower.starts_with("mailto:")
        {
            Some(u)
        } else {
            None
        }
    }

    /// An absolute http(s) URL, else nothing.
    fn web_url(&self, raw: &str) -> Option<String> {
        let u = self.absolute(raw)?;
        let lower = u.to_ascii_lowercase();
        if lower.starts_with("http:") || lower.starts_with("https:") {
            Some(u)
        } else {
            None
        }
    }

    /// An image source: absolute http(s), or an inline `data:image/` that
    /// is not SVG (SVG documents can carry script).
    fn image_url(&self, raw: &str) -> Option<String> {
        let t = raw.trim();
        let lower = t.to_ascii_lowercase();
        if lower.starts_with("data:") {
            let ok = lower.starts_with("data:image/")
                && !lower.starts_with("data:image/svg")
                && !t
                    .chars()
                    .any(|c| c == '"' || c == '<' || c == '>' || c.is_whitespace());
            return ok.then(|| t.to_owned());
        }
        self.web_url(t)
    }

    fn absolute(&self, raw: &str) -> Option<String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return None;
        }
        match self.base {
            Some(b) => crate::url::resolve(b, raw),
            None => crate::url::has_scheme(raw).then(|| raw.to_owned()),
        }
    }

    /// The best source of an `<img>`, resolving lazy-loading attributes.
    fn image_source(&self, id: NodeId) -> Option<String> {
        let tree = self.tree;
        let el = tree.element(id)?;
        let src = el.attr("src").map(str::trim).filter(|s| !s.is_empty());
        let placeholder = src.is_none_or(looks_like_placeholder);
        if !placeholder {
            if let Some(u) = src.and_then(|s| self.image_url(s)) {
                return Some(u);
            }
        }
        for name in [
            "data-src",
            "data-lazy-src",
            "data-original",
            "data-url",
            "data-hi-res-src",
            "data-full-src",
            "data-lazyload",
            "data-echo",
        ] {
            if let Some(u) = el.attr(name).and_then(|v| self.image_url(v)) {
                return Some(u);
            }
        }
        for name in ["data-srcset", "srcset", "data-lazy-srcset"] {
            if let Some(u) = el
                .attr(name)
                .and_then(best_from_srcset)
                .and_then(|v| self.image_url(v))
            {
                return Some(u);
            }
        }
        // Any other attribute that holds an image URL.
        for (n, v) in el.attrs() {
            if n.starts_with("data-") {
                let lv = v.trim().to_ascii_lowercase();
                let img_ext = crate::rules::PICTURE_FILE_ENDS
                    .iter()
                    .any(|e| lv.split('?').next().is_some_and(|p| p.ends_with(e)));
                if img_ext && !lv.contains(' ') {
                    if let Some(u) = self.image_url(v) {
                        return Some(u);
                    }
                }
            }
        }
        src.and_then(|s| self.image_url(s))
    }

    fn image(&mut self, id: NodeId) {
        let tree = self.tree;
        let Some(el) = tree.element(id) else {
            return;
        };
        // Tracking pixels.
        let tiny = |n: &str| {
            el.attr(n)
                .and_then(|v| v.trim().parse::<u32>().ok())
                .is_some_and(|v| v <= 2)
        };
        if tiny("width") || tiny("height") {
            return;
        }
        let Some(src) = self.image_source(id) else {
            return;
        };
        // A placeholder whose real image waits in the `<noscript>` beside
        // it: that one is written instead.
        if el
            .attr("src")
            .is_some_and(|s| src == s.trim() || self.absolute(s).as_deref() == Some(&src))
            && looks_like_placeholder(&src)
            && self.next_noscript_has_image(id)
        {
            return;
        }
        self.write_img(id, &src);
    }

    fn next_noscript_has_image(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let mut next = tree.node(id).next;
        while next != NONE && tree.text(next).is_some_and(|t| t.trim().is_empty()) {
            next = tree.node(next).next;
        }
        next != NONE
            && tree.is(next, "noscript")
            && tree.descendants(next).any(|d| tree.is(d, "img"))
    }

    fn write_img(&mut self, id: NodeId, src: &str) {
        self.images += 1;
        let el = self.tree.element(id);
        self.html.push_str("<img");
        self.attr("src", src);
        let alt = el.and_then(|e| e.attr("alt")).unwrap_or("");
        self.attr("alt", alt);
        if let Some(t) = el.and_then(|e| e.attr("title")) {
            self.attr("title", t);
        }
        for name in ["width", "height"] {
            if let Some(v) = el.and_then(|e| e.attr(name)).and_then(number) {
                self.attr(name, &v);
            }
        }
        self.html.push_str(" loading=\"lazy\">");
        if self.first_image.is_none() {
            self.first_image = Some(src.to_owned());
        }
    }

    fn picture(&mut self, id: NodeId) {
        let tree = self.tree;
        let img = tree.descendants(id).find(|&d| tree.is(d, "img"));
        let from_img = img.and_then(|i| self.image_source(i));
        let src = from_img.or_else(|| {
            tree.descendants(id)
                .filter(|&d| tree.is(d, "source"))
                .find_map(|s| {
                    tree.attr(s, "srcset")
                        .or_else(|| tree.attr(s, "data-srcset"))
                        .and_then(best_from_srcset)
                        .and_then(|v| self.image_url(v))
                })
        });
        if let Some(src) = src {
            self.write_img(img.unwrap_or(id), &src);
        }
    }

    /// `<noscript>` holds the real image of many lazy-loading pages: use it
    /// when the image just before it has no usable source.
    fn noscript(&mut self, id: NodeId) {
        let tree = self.tree;
        let Some(img) = tree.descendants(id).find(|&d| tree.is(d, "img")) else {
            return;
        };
        let mut prev = tree.node(id).prev;
        while prev != NONE && tree.text(prev).is_some_and(|t| t.trim().is_empty()) {
            prev = tree.node(prev).prev;
        }
        let prev_img = if prev != NONE {
            if tree.is(prev, "img") {
                Some(prev)
            } else {
                tree.descendants(prev).find(|&d| tree.is(d, "img"))
            }
        } else {
            None
        };
        // The image before it is written when it has a real source of its
        // own, in `src` or in a lazy loader's attribute (`data-src`).
        let prev_has_source = prev_img.is_some_and(|p| {
            !self.body.drop[p as usize]
                && self
                    .image_source(p)
                    .is_some_and(|s| !looks_like_placeholder(&s))
        });
        if prev_has_source {
            return;
        }
        if let Some(src) = self.image_source(img) {
            self.write_img(img, &src);
        }
    }

    /// An embedded video becomes a link to it.
    fn video_link(&mut self, id: NodeId) {
        let tree = self.tree;
        let Some(el) = tree.element(id) else {
            return;
        };
        let is_player = match el.name {
            "iframe" | "embed" | "object" => is_video(tree, id),
            _ => true,
        };
        if !is_player {
            return;
        }
        let raw = el
            .attr("src")
            .or_else(|| el.attr("data-src"))
            .or_else(|| el.attr("data"))
            .or_else(|| {
                tree.descendants(id)
                    .filter(|&d| tree.is(d, "source"))
                    .find_map(|s| tree.attr(s, "src"))
            });
        let Some(url) = raw.and_then(|r| self.web_url(r)) else {
            return;
        };
        // The page's own name for the video is its text; with none, the
        // link is named in its `title` and drawn by the reader's style, so
        // that a word the page never showed does not join the article's
        // text (nor its read-aloud, search or word count).
        let label = el.attr("title").map(str::trim).filter(|t| !t.is_empty());
        if self.link_depth > 0 {
            // A link cannot hold another.
            return;
        }
        // Inside a paragraph the link stays inline: a paragraph written
        // inside another is split apart when the reader parses it.
        let in_paragraph = tree.ancestors(id).take(64).any(|a| tree.is(a, "p"));
        if in_paragraph {
            self.html.push_str("<a");
        } else {
            self.block_break();
            self.html.push_str("<p><a");
        }
        self.attr("href", &url);
        match label {
            Some(label) => {
                self.html.push('>');
                escape_text(&mut self.html, label);
                self.text.push_str(label);
            }
            None => {
                self.attr("class", VIDEO_CLASS);
                self.attr("title", "Video");
                self.html.push('>');
            }
        }
        if in_paragraph {
            self.html.push_str("</a>");
        } else {
            self.html.push_str("</a></p>");
            self.block_break();
        }
    }

    /// MathML: the element names on the list and their text.
    fn math(&mut self, id: NodeId, stack: &mut Vec<Step>) {
        let tree = self.tree;
        let Some(el) = tree.element(id) else {
            return;
        };
        let name: &str = el.name;
        let Some(tag) = MATHML.iter().find(|&&m| m == name) else {
            // annotation-xml and unknown elements may embed HTML or SVG.
            return;
        };
        if *tag != "math" && self.math_depth == 0 {
            // A MathML element outside any <math> we wrote (the article
            // starts inside a formula): written as HTML it would be an
            // unknown element, so only its content is kept.
            push_children(tree, id, stack);
            return;
        }
        if *tag == "math" {
            self.math_depth += 1;
        }
        self.html.push('<');
        self.html.push_str(tag);
        if *tag == "math" {
            if let Some(d) = el.attr("display") {
                let d = d.trim().to_ascii_lowercase();
                if d == "block" || d == "inline" {
                    self.attr("display", &d);
                }
            }
        }
        for a in [
            "mathvariant",
            "stretchy",
            "fence",
            "separator",
            "accent",
            "linethickness",
        ] {
            if let Some(v) = el.attr(a) {
                if v.len() < 32
                    && v.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                {
                    self.attr(a, v);
                }
            }
        }
        self.html.push('>');
        stack.push(Step::Close(tag, false));
        push_children(tree, id, stack);
    }
}

tag_list! {
    /// Elements whose inside is never written as it is, so no id in there can
    /// be a link target in the reader.
    fn is_opaque:
    "img",
    "picture",
    "noscript",
    "iframe",
    "video",
    "embed",
    "object",
    "br",
    "hr",
}

/// The ids that in-article links point at and that the article contains:
/// one walk over what [`render`] will write, before it writes.
fn anchors<'a>(
    tree: &'a Tree,
    body: &Body,
    base: Option<&str>,
    page: Option<&str>,
) -> Vec<Cow<'a, str>> {
    // One element type for both lists: one sort in the wasm, not two.
    let mut ids: Vec<Cow<'a, str>> = Vec::new();
    let mut wanted: Vec<Cow<'a, str>> = Vec::new();
    let mut stack: Vec<NodeId> = body.roots.iter().rev().copied().collect();
    while let Some(id) = stack.pop() {
        if body.drop[id as usize] {
            continue;
        }
        let Some(el) = tree.element(id) else {
            continue;
        };
        // Hidden elements are dropped already (see `Writer::enter`).
        if el.ns != Ns::Html {
            continue;
        }
        let name: &str = el.name;
        if is_skip(name) || is_opaque(name) {
            continue;
        }
        if let Some(v) = el.attr("id") {
            ids.push(Cow::Borrowed(v));
        }
        if name == "a" {
            if let Some(v) = el.attr("name") {
                ids.push(Cow::Borrowed(v));
            }
            if let Some(f) = el.attr("href").and_then(|h| fragment(h, base, page)) {
                wanted.push(f);
            }
        }
        let mut c = tree.node(id).last_child;
        while c != NONE {
            stack.push(c);
            c = tree.node(c).prev;
        }
    }
    if wanted.is_empty() {
        return wanted;
    }
    ids.sort_unstable();
    wanted.retain(|f| ids.binary_search(f).is_ok());
    wanted.sort_unstable();
    wanted.dedup();
    wanted
}

/// The id a link to this same page points at (`#note-1`, or the page's
/// own address with a fragment, resolved against `base`), percent-decoded.
fn fragment<'h>(href: &'h str, base: Option<&str>, page: Option<&str>) -> Option<Cow<'h, str>> {
    let href = href.trim();
    let frag = match href.strip_prefix('#') {
        Some(f) => f,
        None => {
            let (address, f) = href.split_once('#')?;
            let page = page?;
            let here = page.split_once('#').map_or(page, |(p, _)| p);
            if crate::url::resolve(base.unwrap_or(page), address)? != here {
                return None;
            }
            f
        }
    };
    if frag.is_empty() || frag.len() > 256 {
        return None;
    }
    Some(percent_decode(frag))
}

/// `%XX` escapes decoded, when the result is UTF-8; else `s` as it is.
fn percent_decode(s: &str) -> Cow<'_, str> {
    if !s.contains('%') {
        return Cow::Borrowed(s);
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_or(Cow::Borrowed(s), Cow::Owned)
}

fn push_children(tree: &Tree, id: NodeId, stack: &mut Vec<Step>) {
    let mut c = tree.node(id).last_child;
    while c != NONE {
        stack.push(Step::Enter(c));
        c = tree.node(c).prev;
    }
}

/// What makes a `<figure>` more than a picture with a few words.
const NOT_A_PICTURE_FIGURE: &[&str] = &[
    "table",
    "pre",
    "code",
    "blockquote",
    "ul",
    "ol",
    "math",
    "figure",
];

/// Digits only (a table span, a list start), else nothing.
fn number(v: &str) -> Option<String> {
    let v = v.trim();
    let digits = v.strip_prefix('-').unwrap_or(v);
    (!digits.is_empty() && digits.len() <= 6 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| v.to_owned())
}

/// A `src` that only holds the place of a lazily loaded image.
fn looks_like_placeholder(src: &str) -> bool {
    let s = src.to_ascii_lowercase();
    if s.starts_with("data:") {
        // Tiny inline GIFs and SVGs are placeholders; real inline images
        // are larger than a few hundred bytes.
        return s.len() < 200 || s.starts_with("data:image/svg");
    }
    [
        "placeholder",
        "blank.",
        "spacer.",
        "lazy",
        "loading",
        "transparent.",
        "pixel.",
        "1x1",
        "grey.gif",
        "gray.gif",
    ]
    .iter()
    .any(|k| s.contains(k))
}

/// The largest candidate of a `srcset` (by width, or density).
fn best_from_srcset(srcset: &str) -> Option<&str> {
    let mut best: Option<(&str, f32)> = None;
    for cand in srcset.split(", ").flat_map(|c| c.split(",\n")) {
        let mut parts = cand.split_whitespace();
        let Some(url) = parts.next() else {
            continue;
        };
        let size = parts
            .next()
            .and_then(|d| {
                let d = d.trim();
                d.strip_suffix('w')
                    .or_else(|| d.strip_suffix('x'))
                    .and_then(descriptor_value)
            })
            .unwrap_or(1.0);
        if best.is_none_or(|(_, s)| size > s) {
            best = Some((url.trim_end_matches(','), size));
        }
    }
    best.map(|(u, _)| u)
}

/// The number of a srcset descriptor ("640", "1.5"), read by hand: float
/// parsing from the standard library costs the wasm build kilobytes.
fn descriptor_value(n: &str) -> Option<f32> {
    let (int, frac) = n.split_once('.').unwrap_or((n, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || !digits(frac) || int.len() > 6 {
        return None;
    }
    let mut v = int
        .bytes()
        .fold(0f32, |a, b| a * 10.0 + f32::from(b - b'0'));
    let mut scale = 0.1;
    for b in frac.bytes().take(4) {
        v += f32::from(b - b'0') * scale;
        scale /= 10.0;
    }
    Some(v)
}

fn escape_text(out: &mut String, s: &str) {
    // All four are found by bytes (a no-break space is C2 A0 in UTF-8).
    escape_with(out, s, |bytes, i| match bytes[i] {
        b'&' => Some(("&amp;", 1)),
        b'<' => Some(("&lt;", 1)),
        b'>' => Some(("&gt;", 1)),
        0xC2 if bytes.get(i + 1) == Some(&0xA0) => Some(("&nbsp;", 2)),
        _ => None,
    });
}

fn escape_attr(out: &mut String, s: &str) {
    // Control characters but the tab are left out: C0, DEL, and C1 (C2 80
    // to C2 9F in UTF-8).
    escape_with(out, s, |bytes, i| match bytes[i] {
        b'&' => Some(("&amp;", 1)),
        b'"' => Some(("&quot;", 1)),
        b'<' => Some(("&lt;", 1)),
        b'>' => Some(("&gt;", 1)),
        b'\t' => None,
        0..=0x1f | 0x7f => Some(("", 1)),
        0xC2 if bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)) => Some(("", 2)),
        _ => None,
    });
}

/// Appends `s` to `out` with the bytes `pick` names replaced: at byte `i`,
/// `pick` gives the replacement and how many bytes it stands for, or
/// `None` to keep the byte. The text between replacements is copied a run
/// at a time: every character of the article passes here.
#[inline]
fn escape_with(
    out: &mut String,
    s: &str,
    pick: impl Fn(&[u8], usize) -> Option<(&'static str, usize)>,
) {
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let Some((entity, len)) = pick(bytes, i) else {
            i += 1;
            continue;
        };
        out.push_str(&s[run..i]);
        out.push_str(entity);
        i += len;
        run = i;
    }
    out.push_str(&s[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_attr_escapes_quotes_and_leaves_out_controls() {
        let mut out = String::new();
        escape_attr(&mut out, "a\"b&c<d>\te\u{1}\u{7f}\u{85}\u{9f}\u{a0}é\u{0}");
        assert_eq!(out, "a&quot;b&amp;c&lt;d&gt;\te\u{a0}é");
    }

    #[test]
    fn escape_text_escapes_markup_and_no_break_spaces() {
        let mut out = String::new();
        escape_text(&mut out, "a&b <c> d\u{a0}é\u{a0}\u{c2}x&");
        assert_eq!(out, "a&amp;b &lt;c&gt; d&nbsp;é&nbsp;\u{c2}x&amp;");
    }

    #[test]
    fn same_page_links_give_their_fragment() {
        let page = Some("https://news.example/a/story.html?p=2");
        let base = Some("https://news.example/a/");
        let f = |h: &'static str| fragment(h, base, page).map(Cow::into_owned);
        assert_eq!(f("#note-1").as_deref(), Some("note-1"));
        assert_eq!(f(" #%C3%A9t%C3%A9 ").as_deref(), Some("été"));
        assert_eq!(f("story.html?p=2#top").as_deref(), Some("top"));
        assert_eq!(
            f("https://news.example/a/story.html?p=2#top").as_deref(),
            Some("top")
        );
        assert_eq!(f("story.html#top"), None, "another query is another page");
        assert_eq!(f("/other#top"), None);
        assert_eq!(f("#"), None);
        assert_eq!(f("https://news.example/a/story.html?p=2"), None);
        // Not UTF-8 once decoded: kept as written.
        assert_eq!(f("#%FF").as_deref(), Some("%FF"));
    }
}
