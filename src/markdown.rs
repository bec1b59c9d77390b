//! CommonMark output: an [`Article`] as Markdown, for the CLI and for
//! anyone who wants the text in a notes app or a static site.
//!
//! The article body is a clean HTML fragment built from an allowlist, so
//! this module only needs to know that allowlist well. It parses the
//! fragment with the crate's own parser and walks the tree with explicit
//! stacks: a page nested 100,000 levels deep costs heap, not call stack.
//!
//! Block structure is written line by line with a stack of *containers*
//! (block quotes and list items). Each line gets the prefixes of the
//! containers it sits in: `> ` for a quote, the marker (`- `, `3. `) on an
//! item's first line and as many spaces on the lines after it.

use crate::dom::{NodeId, Ns, Tree};
use crate::Article;

/// Deeper quotes and lists than this are flattened. Every line carries one
/// prefix per level, so unbounded nesting would make the output grow with
/// the square of the depth; no real article nests this deep.
const MAX_CONTAINER_DEPTH: usize = 24;

/// Deeper emphasis and links than this are rendered as plain text, for the
/// same reason: each level rewrites the text inside it once.
const MAX_INLINE_DEPTH: usize = 24;

impl Article {
    /// The article as CommonMark (with GFM tables and strikethrough): the
    /// title as a level-1 heading, the summary line in emphasis, then the
    /// body.
    ///
    /// ```
    /// let html = r#"<html><head><title>Tides</title></head><body><article>
    /// <p>The sea rises and falls twice a day, pulled by the moon and by the
    /// sun, and the height of each tide depends on where both of them stand.</p>
    /// <p>Spring tides come at new and full moon, when the pulls add up; neap
    /// tides come between, when they partly cancel and the range is smallest.</p>
    /// <p>Harbour masters publish tables a year ahead, because the motion of
    /// the moon and sun is known so well that tides can be predicted exactly.</p>
    /// </article></body></html>"#;
    /// let page = lector::Page::parse(html);
    /// if let Some(article) = lector::extract(&page, &lector::Options::default()) {
    ///     let md = article.to_markdown();
    ///     assert!(md.starts_with("# "));
    /// }
    /// ```
    pub fn to_markdown(&self) -> String {
        article_markdown(
            self.title.as_deref(),
            self.summary.as_deref(),
            &self.content,
        )
    }
}

/// [`Article::to_markdown`] from the fields it reads, for the Markdown wasm
/// module, which gets them from the reader rather than an `Article`.
pub(crate) fn article_markdown(
    title: Option<&str>,
    summary: Option<&str>,
    content: &str,
) -> String {
    let mut out = String::new();
    if let Some(title) = title.map(collapse).filter(|t| !t.is_empty()) {
        out.push_str("# ");
        out.push_str(&heading_text(&escape(&title)));
        out.push_str("\n\n");
    }
    // The summary, under the title as the reader shows it: one emphasised
    // line each (a summary given as a list of points has several).
    if let Some(s) = summary {
        let lines: Vec<String> = s.lines().map(collapse).filter(|l| !l.is_empty()).collect();
        for (i, line) in lines.iter().enumerate() {
            out.push('*');
            out.push_str(&escape(line));
            out.push('*');
            out.push_str(if i + 1 < lines.len() { "  \n" } else { "\n\n" });
        }
    }
    out.push_str(&fragment_to_markdown(content));
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Converts an HTML fragment (an article body) to CommonMark.
pub(crate) fn fragment_to_markdown(html: &str) -> String {
    let tree = crate::parse::parse_str(html);
    match tree.body() {
        Some(body) => tree_to_markdown(&tree, body),
        None => String::new(),
    }
}

/// Converts the children of `root` to CommonMark.
fn tree_to_markdown(tree: &Tree, root: NodeId) -> String {
    let mut w = Writer::new(tree);
    w.run(root);
    w.out
}

/// A quote or list item open around the lines being written.
enum Container {
    Quote,
    Item {
        marker: String,
        /// True until the item's first line is written with the marker.
        pending: bool,
    },
}

/// A list being written: its kind and the number of its next item.
struct List {
    ordered: bool,
    next: u64,
    /// Items opened so far.
    items: usize,
    /// The marker of the latest item, to indent a list nested without one.
    last_marker: Option<String>,
    /// `-` or `*` for bullets, `.` or `)` for numbers; the second one is used
    /// for a list right after another of the same kind, which CommonMark
    /// would otherwise merge into one.
    delim: char,
}

/// Work for the block walker.
enum Task {
    /// A block-level element.
    Block(NodeId),
    /// Consecutive inline nodes, written as one paragraph.
    Run(Vec<NodeId>),
    /// Close the innermost quote.
    EndQuote,
    /// Close the innermost list item, writing a bare marker if it was empty.
    EndItem,
    /// Close the innermost list.
    EndList,
}

struct Writer<'t> {
    tree: &'t Tree,
    out: String,
    containers: Vec<Container>,
    lists: Vec<List>,
    /// Containers that were already open when the last block was written;
    /// a blank line only carries those prefixes, so a new quote does not
    /// start with an empty `>` line.
    depth_at_last_block: usize,
    /// The next block follows without a blank line (the first block of a
    /// list item, or a list nested in an item).
    tight: bool,
    /// A list just ended at this container depth with this delimiter.
    list_just_ended: Option<(usize, char)>,
}

impl<'t> Writer<'t> {
    fn new(tree: &'t Tree) -> Self {
        Writer {
            tree,
            out: String::new(),
            containers: Vec::new(),
            lists: Vec::new(),
            depth_at_last_block: 0,
            tight: false,
            list_just_ended: None,
        }
    }

    fn run(&mut self, root: NodeId) {
        let mut stack = Vec::new();
        self.push_children(root, &mut stack);
        while let Some(task) = stack.pop() {
            match task {
                Task::Block(n) => self.block(n, &mut stack),
                Task::Run(nodes) => {
                    let text = Inline::render(self.tree, &nodes, Mode::Flow);
                    self.paragraph(&text);
                }
                Task::EndQuote => {
                    self.containers.pop();
                }
                Task::EndItem => {
                    if matches!(
                        self.containers.last(),
                        Some(Container::Item { pending: true, .. })
                    ) {
                        self.emit(&[String::new()]);
                    }
                    self.containers.pop();
                }
                Task::EndList => {
                    if let Some(list) = self.lists.pop() {
                        self.list_just_ended = Some((self.containers.len(), list.delim));
                    }
                }
            }
        }
    }

    /// Queues the children of `parent`, grouping runs of inline content.
    fn push_children(&self, parent: NodeId, stack: &mut Vec<Task>) {
        let mut tasks = Vec::new();
        let mut run = Vec::new();
        for c in self.tree.children(parent) {
            if is_block(self.tree, c) {
                if !run.is_empty() {
                    tasks.push(Task::Run(std::mem::take(&mut run)));
                }
                tasks.push(Task::Block(c));
            } else if !is_skipped(self.tree, c) {
                run.push(c);
            }
        }
        if !run.is_empty() {
            tasks.push(Task::Run(run));
        }
        stack.extend(tasks.into_iter().rev());
    }

    fn block(&mut self, n: NodeId, stack: &mut Vec<Task>) {
        let tree = self.tree;
        let deep = self.containers.len() >= MAX_CONTAINER_DEPTH;
        match tree.tag(n) {
            "p" | "figcaption" | "dt" | "summary" | "caption" | "address" => {
                let nodes: Vec<NodeId> = tree.children(n).collect();
                let text = Inline::render(tree, &nodes, Mode::Flow);
                self.paragraph(&text);
            }
            h @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                let nodes: Vec<NodeId> = tree.children(n).collect();
                let text = Inline::render(tree, &nodes, Mode::Heading);
                if !text.is_empty() {
                    let level = usize::from(h.as_bytes()[1] - b'0');
                    self.emit(&[format!("{} {}", "#".repeat(level), heading_text(&text))]);
                }
            }
            "blockquote" if !deep => {
                self.containers.push(Container::Quote);
                stack.push(Task::EndQuote);
                self.push_children(n, stack);
            }
            tag @ ("ul" | "ol") if !deep => {
                // A list put straight inside another (`<ol><li>…</li><ol>`,
                // common and invalid) belongs to the item before it; left
                // at the same indent it would continue the outer list.
                let parent = tree.node(n).parent;
                if matches!(tree.tag(parent), "ul" | "ol") {
                    if let Some(marker) = self.lists.last().and_then(|l| l.last_marker.clone()) {
                        self.containers.push(Container::Item {
                            marker,
                            pending: false,
                        });
                        stack.push(Task::EndItem);
                    }
                }
                let ordered = tag == "ol";
                let next = if ordered {
                    tree.attr(n, "start")
                        .and_then(|s| s.trim().parse::<u64>().ok())
                        .unwrap_or(1)
                } else {
                    0
                };
                let (first, second) = if ordered { ('.', ')') } else { ('-', '*') };
                let delim = match self.list_just_ended {
                    Some((d, prev)) if d == self.containers.len() && prev == first => second,
                    _ => first,
                };
                self.lists.push(List {
                    ordered,
                    next,
                    items: 0,
                    delim,
                    last_marker: None,
                });
                if matches!(self.containers.last(), Some(Container::Item { .. })) {
                    self.tight = true;
                }
                stack.push(Task::EndList);
                self.push_children(n, stack);
            }
            "li" if !deep && !self.lists.is_empty() => {
                // Items follow each other without blank lines (a tight
                // list); the first item keeps the blank line before it.
                if self.lists.last().is_some_and(|l| l.items > 0) {
                    self.tight = true;
                }
                let marker = match self.lists.last_mut() {
                    Some(list) if list.ordered => {
                        if let Some(v) = tree.attr(n, "value").and_then(|v| v.trim().parse().ok()) {
                            list.next = v;
                        }
                        let m = format!("{}{}", list.next, list.delim);
                        list.next = list.next.saturating_add(1);
                        m
                    }
                    Some(list) => list.delim.to_string(),
                    None => "-".to_owned(),
                };
                if let Some(list) = self.lists.last_mut() {
                    list.items += 1;
                    list.last_marker = Some(marker.clone());
                }
                self.containers.push(Container::Item {
                    marker,
                    pending: true,
                });
                stack.push(Task::EndItem);
                self.push_children(n, stack);
            }
            "pre" => self.code_block(n),
            "table" => self.table(n),
            "hr" => self.emit(&["---".to_owned()]),
            _ => {
                // Other containers (div, figure, section, and quotes and
                // lists nested too deep) only group their children.
                self.push_children(n, stack);
            }
        }
    }

    /// Writes a paragraph of inline Markdown, guarding each line's start
    /// against being read as a heading, list or quote.
    fn paragraph(&mut self, text: &str) {
        let text = trim_inline(text);
        if text.is_empty() {
            return;
        }
        let lines: Vec<String> = text
            .split('\n')
            .map(|l| guard_line_start(l.trim_start()))
            .collect();
        self.emit(&lines);
    }

    /// A fenced code block, the fence longer than any backtick run inside.
    fn code_block(&mut self, pre: NodeId) {
        let tree = self.tree;
        let mut text = pre_text(tree, pre);
        if text.ends_with('\n') {
            text.pop();
        }
        let fence = "`".repeat(longest_run(&text, '`').max(2) + 1);
        let lang = tree
            .descendants(pre)
            .filter_map(|d| tree.attr(d, "class"))
            .flat_map(str::split_ascii_whitespace)
            .find_map(|c| {
                c.strip_prefix("language-")
                    .or_else(|| c.strip_prefix("lang-"))
            })
            .filter(|l| {
                l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_+-.#".contains(c))
            })
            .unwrap_or("");
        let mut lines = vec![format!("{fence}{lang}")];
        if !text.is_empty() {
            lines.extend(
                text.split('\n')
                    .map(|l| l.trim_end_matches('\r').to_owned()),
            );
        }
        lines.push(fence);
        self.emit(&lines);
    }

    /// A GFM pipe table. The first row is the header (GFM requires one);
    /// a `<caption>` goes before the table as a paragraph.
    fn table(&mut self, table: NodeId) {
        let tree = self.tree;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut aligns: Vec<Option<&str>> = Vec::new();
        let mut caption = None;
        let mut sections: Vec<NodeId> = tree.child_elements(table).collect();
        sections.reverse();
        while let Some(s) = sections.pop() {
            match tree.tag(s) {
                "caption" => caption = Some(s),
                "thead" | "tbody" | "tfoot" => {
                    let mut trs: Vec<NodeId> = tree.child_elements(s).collect();
                    trs.reverse();
                    sections.extend(trs);
                }
                "tr" => {
                    let mut row = Vec::new();
                    for cell in tree
                        .child_elements(s)
                        .filter(|&c| matches!(tree.tag(c), "td" | "th"))
                    {
                        let nodes: Vec<NodeId> = tree.children(cell).collect();
                        let text = Inline::render(tree, &nodes, Mode::Cell).replace('|', "\\|");
                        let span = tree
                            .attr(cell, "colspan")
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .clamp(1, 64);
                        if rows.is_empty() {
                            let align = tree.attr(cell, "align").map(str::trim);
                            aligns.extend(std::iter::repeat_n(align, span));
                        }
                        row.push(text);
                        row.extend(std::iter::repeat_n(String::new(), span - 1));
                    }
                    if !row.is_empty() {
                        rows.push(row);
                    }
                }
                _ => {}
            }
        }
        if let Some(c) = caption {
            let nodes: Vec<NodeId> = tree.children(c).collect();
            let text = Inline::render(tree, &nodes, Mode::Flow);
            self.paragraph(&text);
        }
        let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
        if cols == 0 {
            return;
        }
        let line = |cells: &[String]| {
            let mut s = String::from("|");
            for i in 0..cols {
                let c = cells.get(i).map_or("", String::as_str);
                s.push(' ');
                s.push_str(c);
                s.push_str(" |");
            }
            s
        };
        let mut lines = Vec::with_capacity(rows.len() + 1);
        lines.push(line(&rows[0]));
        let mut delim = String::from("|");
        for i in 0..cols {
            delim.push_str(match aligns.get(i).copied().flatten() {
                Some(a) if a.eq_ignore_ascii_case("center") => " :---: |",
                Some(a) if a.eq_ignore_ascii_case("right") => " ---: |",
                Some(a) if a.eq_ignore_ascii_case("left") => " :--- |",
                _ => " --- |",
            });
        }
        lines.push(delim);
        lines.extend(rows[1..].iter().map(|r| line(r)));
        self.emit(&lines);
    }

    /// Writes a block's lines with the prefixes of the open containers,
    /// after a blank line unless the block follows tightly.
    fn emit(&mut self, lines: &[String]) {
        if !self.out.is_empty() && !self.tight {
            let keep = self.depth_at_last_block.min(self.containers.len());
            let prefix = self.prefix(keep, true);
            self.out.push_str(prefix.trim_end());
            self.out.push('\n');
        }
        self.tight = false;
        self.list_just_ended = None;
        for line in lines {
            let prefix = self.prefix(self.containers.len(), false);
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(&prefix);
                self.out.push_str(line);
            }
            self.out.push('\n');
        }
        self.depth_at_last_block = self.containers.len();
    }

    /// The prefix of the first `depth` containers. A pending item marker is
    /// used up by the first written line that is not a separator; items
    /// opened on the same line each show theirs (`- - x`).
    fn prefix(&mut self, depth: usize, separator: bool) -> String {
        let mut s = String::new();
        for c in self.containers[..depth].iter_mut() {
            match c {
                Container::Quote => s.push_str("> "),
                Container::Item { marker, pending } if *pending && !separator => {
                    s.push_str(marker);
                    s.push(' ');
                    *pending = false;
                }
                Container::Item { marker, .. } => {
                    s.extend(std::iter::repeat_n(' ', marker.chars().count() + 1));
                }
            }
        }
        s
    }
}

/// Where inline content goes, which decides how line breaks are written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A paragraph: `<br>` is a hard line break.
    Flow,
    /// A heading: one line only.
    Heading,
    /// A table cell: one line; `<br>` stays as HTML, which GFM allows.
    Cell,
}

/// Steps of the inline walker.
enum Step {
    Enter(NodeId),
    /// Wrap the output written since `start` (the content of `node`) as
    /// emphasis of this kind.
    Wrap {
        start: usize,
        kind: Emphasis,
        node: NodeId,
    },
    /// Close a link opened at `start`.
    Link {
        start: usize,
        node: NodeId,
    },
    /// Write closing raw HTML (`</sup>`).
    Close(&'static str),
    /// Leave an inline level that was counted against the depth limit.
    Leave,
    /// Write a space (after a block met inside inline content).
    Space,
}

/// The kinds of emphasis, each with a Markdown delimiter and HTML tags.
#[derive(Clone, Copy)]
enum Emphasis {
    Em,
    Strong,
    Del,
}

/// Inline Markdown for a run of nodes.
struct Inline<'t> {
    tree: &'t Tree,
    out: String,
    mode: Mode,
    depth: usize,
}

impl<'t> Inline<'t> {
    fn render(tree: &'t Tree, nodes: &[NodeId], mode: Mode) -> String {
        let mut w = Inline {
            tree,
            out: String::new(),
            mode,
            depth: 0,
        };
        let mut stack: Vec<Step> = nodes.iter().rev().map(|&n| Step::Enter(n)).collect();
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(n) => w.enter(n, &mut stack),
                Step::Wrap { start, kind, node } => w.wrap(start, kind, node),
                Step::Link { start, node } => w.link(start, node),
                Step::Close(tag) => w.out.push_str(tag),
                Step::Leave => w.depth -= 1,
                Step::Space => w.space(),
            }
        }
        trim_inline(&w.out).to_owned()
    }

    fn push_children(&self, n: NodeId, stack: &mut Vec<Step>) {
        let start = stack.len();
        stack.extend(self.tree.children(n).map(Step::Enter));
        stack[start..].reverse();
    }

    fn enter(&mut self, n: NodeId, stack: &mut Vec<Step>) {
        let tree = self.tree;
        if let Some(t) = tree.text(n) {
            self.text(t);
            return;
        }
        let Some(el) = tree.element(n) else { return };
        if el.ns == Ns::MathMl && el.name == "math" {
            self.math(n);
            return;
        }
        if el.ns != Ns::Html || is_skipped(tree, n) {
            return;
        }
        let limited = self.depth >= MAX_INLINE_DEPTH;
        match el.name {
            "em" | "i" | "cite" | "dfn" | "var" if !limited => {
                self.nest(
                    stack,
                    Step::Wrap {
                        start: self.out.len(),
                        kind: Emphasis::Em,
                        node: n,
                    },
                );
                self.push_children(n, stack);
            }
            "strong" | "b" if !limited => {
                self.nest(
                    stack,
                    Step::Wrap {
                        start: self.out.len(),
                        kind: Emphasis::Strong,
                        node: n,
                    },
                );
                self.push_children(n, stack);
            }
            "s" | "del" | "strike" if !limited => {
                self.nest(
                    stack,
                    Step::Wrap {
                        start: self.out.len(),
                        kind: Emphasis::Del,
                        node: n,
                    },
                );
                self.push_children(n, stack);
            }
            "a" if !limited => {
                self.nest(
                    stack,
                    Step::Link {
                        start: self.out.len(),
                        node: n,
                    },
                );
                self.push_children(n, stack);
            }
            tag @ ("sup" | "sub") if !limited => {
                // CommonMark has no super/subscript; inline HTML keeps it.
                self.out
                    .push_str(if tag == "sup" { "<sup>" } else { "<sub>" });
                self.nest(
                    stack,
                    Step::Close(if tag == "sup" { "</sup>" } else { "</sub>" }),
                );
                self.push_children(n, stack);
            }
            "code" | "kbd" | "samp" | "tt" => self.code_span(&tree.text_content(n)),
            "img" => self.image(n),
            "br" => match self.mode {
                Mode::Flow => {
                    let kept = self.out.trim_end_matches(' ').len();
                    self.out.truncate(kept);
                    self.out.push_str("\\\n");
                }
                Mode::Heading => self.space(),
                Mode::Cell => self.out.push_str("<br>"),
            },
            "input" | "button" | "select" | "textarea" => {}
            _ => {
                // A block inside inline content (a list in a table cell, a
                // paragraph inside a link) is kept apart by a space.
                if is_block(tree, n) {
                    self.space();
                    stack.push(Step::Space);
                }
                self.push_children(n, stack);
            }
        }
    }

    /// Pushes the closing step of a counted inline level.
    fn nest(&mut self, stack: &mut Vec<Step>, close: Step) {
        self.depth += 1;
        stack.push(Step::Leave);
        stack.push(close);
    }

    fn space(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with([' ', '\n']) {
            self.out.push(' ');
        }
    }

    /// Text with HTML whitespace collapsed and Markdown syntax escaped.
    fn text(&mut self, t: &str) {
        let mut chars = t.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                while chars
                    .peek()
                    .is_some_and(|&(_, c)| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c'))
                {
                    chars.next();
                }
                self.space();
                continue;
            }
            escape_char(c, &t[i..], &mut self.out);
        }
    }

    /// Wraps what was written since `start` as emphasis, moving whitespace
    /// at either end outside (`* a*` would not be emphasis). Where the
    /// delimiters would not be read as such (CommonMark's flanking rules:
    /// `a*(b)*c`, or `*a**b*` from two adjacent elements), the HTML tags
    /// are written instead, which CommonMark passes through.
    fn wrap(&mut self, start: usize, kind: Emphasis, node: NodeId) {
        let Some((lead, body, trail)) = split_edges(&self.out[start..]) else {
            return;
        };
        let (marker, open_tag, close_tag) = match kind {
            Emphasis::Em => ("*", "<em>", "</em>"),
            Emphasis::Strong => ("**", "<strong>", "</strong>"),
            Emphasis::Del => ("~~", "<del>", "</del>"),
        };
        let mark = marker.chars().next().unwrap_or('*');
        let prev = self.out[..start + lead.len()].chars().next_back();
        let next = if trail.is_empty() {
            next_char_after(self.tree, node)
        } else {
            Some(' ')
        };
        let first = body.chars().next();
        let last = body.chars().next_back();
        let loose = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || is_punct(c));
        let opens = prev != Some(mark) && (!first.is_some_and(is_punct) || loose(prev));
        let closes = next != Some(mark) && (!last.is_some_and(is_punct) || loose(next));
        let (open, close) = if opens && closes {
            (marker, marker)
        } else {
            (open_tag, close_tag)
        };
        self.out.truncate(start + lead.len());
        self.out.push_str(open);
        self.out.push_str(&body);
        self.out.push_str(close);
        self.out.push_str(&trail);
    }

    fn link(&mut self, start: usize, node: NodeId) {
        let href = self.tree.attr(node, "href").map(str::trim).unwrap_or("");
        // In-page anchors lead nowhere outside the page; script URLs never
        // reach here from clean content, but are dropped all the same.
        if href.is_empty() || href.starts_with('#') || is_script_url(href) {
            return;
        }
        let mut title = self
            .tree
            .attr(node, "title")
            .map(collapse)
            .filter(|t| !t.is_empty());
        let Some((lead, body, trail)) = split_edges(&self.out[start..]).or_else(|| {
            // A link with no text of its own (an embedded video's) is
            // named by its title, written once.
            let named = title.take()?;
            Some((String::new(), escape(&named), String::new()))
        }) else {
            return;
        };
        self.out.truncate(start + lead.len());
        self.out.push('[');
        self.out.push_str(&body);
        self.out.push_str("](");
        self.out.push_str(&destination(href));
        if let Some(title) = title {
            self.out.push_str(" \"");
            self.out.push_str(&title_text(&title));
            self.out.push('"');
        }
        self.out.push(')');
        self.out.push_str(&trail);
    }

    fn image(&mut self, n: NodeId) {
        let tree = self.tree;
        let srcset = tree.attr(n, "srcset").and_then(largest_candidate);
        let Some(src) = tree
            .attr(n, "src")
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .or(srcset)
            .or_else(|| {
                tree.attr(n, "data-src")
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            })
            .filter(|s| !is_script_url(s))
        else {
            return;
        };
        let alt = collapse(tree.attr(n, "alt").unwrap_or(""));
        self.out.push_str("![");
        self.out.push_str(&escape(&alt));
        self.out.push_str("](");
        self.out.push_str(&destination(src));
        if let Some(title) = tree
            .attr(n, "title")
            .map(collapse)
            .filter(|t| !t.is_empty())
        {
            self.out.push_str(" \"");
            self.out.push_str(&title_text(&title));
            self.out.push('"');
        }
        self.out.push(')');
    }

    /// A code span: the fence one backtick longer than any run inside.
    fn code_span(&mut self, code: &str) {
        let code = code.replace(['\n', '\r'], " ");
        if code.is_empty() {
            return;
        }
        let fence = "`".repeat(longest_run(&code, '`') + 1);
        // One space of padding is stripped by readers; it is needed when the
        // code starts or ends with a backtick, or is padded itself.
        let pad = code.starts_with('`')
            || code.ends_with('`')
            || (code.starts_with(' ') && code.ends_with(' ') && code.trim() != "");
        self.out.push_str(&fence);
        if pad {
            self.out.push(' ');
        }
        self.out.push_str(&code);
        if pad {
            self.out.push(' ');
        }
        self.out.push_str(&fence);
    }

    /// MathML as its TeX annotation in `$…$` where the page gives one,
    /// else as its text.
    fn math(&mut self, n: NodeId) {
        let tree = self.tree;
        let tex = tree.descendants(n).find(|&d| {
            tree.element(d).is_some_and(|e| {
                e.name == "annotation"
                    && e.attr("encoding")
                        .is_some_and(|enc| enc.to_ascii_lowercase().contains("tex"))
            })
        });
        match tex {
            Some(a) => {
                let t = collapse(&tree.text_content(a));
                if !t.is_empty() {
                    let display = tree.attr(n, "display") == Some("block");
                    let d = if display { "$$" } else { "$" };
                    self.out.push_str(d);
                    self.out.push_str(&t);
                    self.out.push_str(d);
                }
            }
            None => {
                let t = collapse(&tree.text_content(n));
                self.text(&t);
            }
        }
    }
}

/// Block-level elements: they end a paragraph and start their own block.
fn is_block(tree: &Tree, n: NodeId) -> bool {
    matches!(
        tree.tag(n),
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "ul"
            | "ol"
            | "li"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "figure"
            | "figcaption"
            | "hr"
            | "div"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "main"
            | "nav"
            | "dl"
            | "dt"
            | "dd"
            | "details"
            | "summary"
            | "address"
            | "picture"
    )
}

/// Elements whose content is never text to read.
fn is_skipped(tree: &Tree, n: NodeId) -> bool {
    match tree.element(n) {
        Some(e) if e.ns == Ns::Svg => true,
        Some(e) if e.ns == Ns::Html => matches!(
            e.name,
            "script" | "style" | "template" | "noscript" | "iframe" | "object" | "embed" | "head"
        ),
        _ => false,
    }
}

/// Trims spaces and hard line breaks (`\\` + newline) from both ends of
/// inline Markdown. Newlines only ever come from hard breaks, since text
/// whitespace is collapsed to spaces.
fn trim_inline(s: &str) -> &str {
    let mut s = s;
    loop {
        let before = s.len();
        // Unicode whitespace (a no-break space, say) counts for CommonMark's
        // emphasis rules, so it has to move outside the delimiters too.
        s = s.trim_start_matches(|c: char| c != '\n' && c.is_whitespace());
        s = s.strip_prefix("\\\n").unwrap_or(s);
        s = s.trim_end_matches(|c: char| c != '\n' && c.is_whitespace());
        s = s.strip_suffix("\\\n").unwrap_or(s);
        if s.len() == before {
            return s;
        }
    }
}

/// Splits inline Markdown into leading whitespace, body and trailing
/// whitespace, so delimiters go around the body only (`* a*` is not
/// emphasis). `None` when there is no body.
fn split_edges(inner: &str) -> Option<(String, String, String)> {
    let body = trim_inline(inner);
    if body.is_empty() {
        return None;
    }
    // `body` is a subslice of `inner`: its offset is where it starts.
    let offset = body.as_ptr() as usize - inner.as_ptr() as usize;
    Some((
        inner[..offset].to_owned(),
        body.to_owned(),
        inner[offset + body.len()..].to_owned(),
    ))
}

/// The text of a `<pre>` as it displays: `<br>` and the edges of blocks
/// inside (pages put `<p>` and `<div>` lines in code) are line breaks.
fn pre_text(tree: &Tree, pre: NodeId) -> String {
    let mut out = String::new();
    let mut id = tree.node(pre).first_child;
    while id != crate::dom::NONE {
        let n = tree.node(id);
        if let Some(t) = tree.text(id) {
            out.push_str(t);
        } else if tree.is(id, "br") {
            out.push('\n');
        }
        let block = tree.tag(id) != "pre" && is_block(tree, id);
        if block && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        id = if n.first_child != crate::dom::NONE && !is_skipped(tree, id) {
            n.first_child
        } else {
            // Leaving this node and maybe some ancestors: a block that
            // closes ends its line.
            let mut cur = id;
            loop {
                if cur == pre {
                    break crate::dom::NONE;
                }
                if cur != id && is_block(tree, cur) && !out.ends_with('\n') {
                    out.push('\n');
                }
                let c = tree.node(cur);
                if c.next != crate::dom::NONE {
                    if is_block(tree, cur) && !out.ends_with('\n') {
                        out.push('\n');
                    }
                    break c.next;
                }
                cur = c.parent;
                if cur == crate::dom::NONE {
                    break crate::dom::NONE;
                }
            }
        };
    }
    out
}

/// True for `javascript:` URLs (any case), which never belong in output.
fn is_script_url(url: &str) -> bool {
    url.get(..11)
        .is_some_and(|s| s.eq_ignore_ascii_case("javascript:"))
}

/// The widest candidate of a `srcset` (by its `w` or `x` descriptor, else
/// the last one), for images that give no `src`.
fn largest_candidate(srcset: &str) -> Option<&str> {
    let mut best: Option<(&str, f64)> = None;
    for cand in srcset.split(',') {
        let mut parts = cand.split_ascii_whitespace();
        let Some(url) = parts.next() else { continue };
        let w = parts
            .next()
            .and_then(|d| d.strip_suffix(['w', 'x']))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0);
        if best.is_none_or(|(_, bw)| w >= bw) {
            best = Some((url, w));
        }
    }
    best.map(|(u, _)| u)
}

/// CommonMark's "punctuation" for emphasis: anything neither a letter,
/// digit nor whitespace (ASCII punctuation and Unicode P and S classes,
/// near enough).
fn is_punct(c: char) -> bool {
    !c.is_alphanumeric() && !c.is_whitespace()
}

/// The first character written after `node` in document order: the start
/// of the following text, a space at a block boundary, `None` at the end.
/// Looks a few nodes ahead only; past that it answers "space", the safe
/// guess for emphasis.
fn next_char_after(tree: &Tree, node: NodeId) -> Option<char> {
    let mut id = tree.next_skipping_children(crate::dom::DOCUMENT, node);
    for _ in 0..16 {
        if id == crate::dom::NONE {
            return None;
        }
        if let Some(t) = tree.text(id) {
            if let Some(c) = t.chars().next() {
                return Some(c);
            }
        } else if is_block(tree, id) || tree.is(id, "br") {
            return Some(' ');
        } else if tree.is(id, "img") {
            return Some('!');
        }
        let n = tree.node(id);
        id = if n.first_child != crate::dom::NONE {
            n.first_child
        } else {
            tree.next_skipping_children(crate::dom::DOCUMENT, id)
        };
    }
    Some(' ')
}

/// Collapses HTML whitespace to single spaces and trims.
fn collapse(s: &str) -> String {
    s.split([' ', '\t', '\n', '\r', '\x0c'])
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Escapes Markdown syntax in plain text.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        escape_char(c, &s[i..], &mut out);
    }
    out
}

/// Writes `c` (the first char of `rest`), escaped where it could start
/// Markdown syntax anywhere in a line.
fn escape_char(c: char, rest: &str, out: &mut String) {
    match c {
        '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' => {
            out.push('\\');
            out.push(c);
        }
        // Only an entity reference (`&amp;`, `&#38;`) needs escaping; a bare
        // ampersand ("AT&T") reads as itself.
        '&' if looks_like_entity(&rest[1..]) => out.push_str("\\&"),
        _ => out.push(c),
    }
}

fn looks_like_entity(after_amp: &str) -> bool {
    let name: String = after_amp
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && after_amp[name.len()..].starts_with(';')
}

/// Escapes what would make a line start a block: `#` headings, `-`/`+`
/// bullets, `=` setext underlines and `1.`/`1)` ordered items.
fn guard_line_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    match line.as_bytes().first() {
        Some(b'#' | b'-' | b'+' | b'=') => format!("\\{line}"),
        _ => line.to_owned(),
    }
}

/// A heading's text; a trailing `#` would be read as a closing sequence.
fn heading_text(text: &str) -> String {
    let text = text.replace("\\\n", " ").replace('\n', " ");
    match text.strip_suffix('#') {
        Some(rest) => format!("{rest}\\#"),
        None => text,
    }
}

/// A link destination that needs no angle brackets: spaces, parentheses
/// and angle brackets percent-encoded, which every URL parser reads back.
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A link title in double quotes.
fn title_text(t: &str) -> String {
    t.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The longest run of `c` in `s`.
fn longest_run(s: &str, c: char) -> usize {
    let mut best = 0;
    let mut cur = 0;
    for ch in s.chars() {
        if ch == c {
            cur += 1;
            best = best.max(cur);
        } else {
            cur = 0;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::fragment_to_markdown as md;

    #[test]
    fn headings_emphasis_links_images() {
        assert_eq!(
            md("<h2>Two</h2><p>An <em>odd</em> <strong>bold</strong> <a href=\"https://e.x/a b\" title='say \"hi\"'>link</a>.</p>"),
            "## Two\n\nAn *odd* **bold** [link](https://e.x/a%20b \"say \\\"hi\\\"\").\n"
        );
        assert_eq!(
            md("<figure><img src=\"/i.png\" alt=\"a [b]\"><figcaption>Cap</figcaption></figure>"),
            "![a \\[b\\]](/i.png)\n\nCap\n"
        );
        assert_eq!(md("<h3>C#</h3>"), "### C\\#\n");
        assert_eq!(
            md("<p><a href=\"JavaScript:alert(1)\">x</a><img src=\"javascript:y\"> <a href=\"#fn1\">1</a></p>"),
            "x 1\n"
        );
        assert_eq!(
            md("<p><img srcset=\"/s.jpg 320w, /l.jpg 800w, /m.jpg 470w\" alt=x></p>"),
            "![x](/l.jpg)\n"
        );
    }

    #[test]
    fn whitespace_moves_outside_emphasis() {
        assert_eq!(md("<p>a<em> b </em>c</p>"), "a *b* c\n");
        assert_eq!(md("<p>a<strong> </strong>c</p>"), "a c\n");
        assert_eq!(md("<p>x<br><em>y<br></em>z</p>"), "x\\\n*y*\\\nz\n");
    }

    #[test]
    fn emphasis_that_delimiters_cannot_express_falls_back_to_html() {
        // Adjacent elements would merge into one `**` run.
        assert_eq!(
            md("<p><em>b</em><em>y Your Name</em></p>"),
            "*b*<em>y Your Name</em>\n"
        );
        // Punctuation inside, a letter outside: not flanking.
        assert_eq!(md("<p>a<em>(b)</em>c</p>"), "a<em>(b)</em>c\n");
        assert_eq!(md("<p>x <em>(b)</em> c</p>"), "x *(b)* c\n");
        // No-break spaces move outside the delimiters or drop them.
        assert_eq!(md("<p>of<b>&nbsp;</b>$35</p>"), "of\u{a0}$35\n");
        assert_eq!(
            md("<p>GUI<i>&nbsp;<b>Oxyd</b></i> x</p>"),
            "GUI\u{a0}***Oxyd*** x\n"
        );
    }

    #[test]
    fn escapes_markdown_in_text() {
        assert_eq!(
            md("<p>*not* _em_ [x](y) `c` &lt;b&gt; a\\b ~s~ AT&amp;T &amp;amp;</p>"),
            "\\*not\\* \\_em\\_ \\[x\\](y) \\`c\\` \\<b\\> a\\\\b \\~s\\~ AT&T \\&amp;\n"
        );
        assert_eq!(
            md("<p># no</p><p>1. no</p><p>- no</p><p>+ no</p><p>2024) x</p>"),
            "\\# no\n\n1\\. no\n\n\\- no\n\n\\+ no\n\n2024\\) x\n"
        );
        // Ten digits cannot start a list.
        assert_eq!(md("<p>1234567890. x</p>"), "1234567890. x\n");
        assert_eq!(md("<p>a<br>1. b</p>"), "a\\\n1\\. b\n");
    }

    #[test]
    fn nested_lists_and_ordered_start() {
        let html = "<ul><li>one<ul><li>a</li><li>b</li></ul></li><li>two</li></ul>\
                    <ol start=\"7\"><li>seven</li><li><p>eight</p><p>more</p></li></ol>";
        assert_eq!(
            md(html),
            "- one\n  - a\n  - b\n- two\n\n7. seven\n8. eight\n\n   more\n"
        );
        // Two lists in a row stay two lists.
        assert_eq!(md("<ul><li>a</li></ul><ul><li>b</li></ul>"), "- a\n\n* b\n");
        assert_eq!(md("<ol><li></li><li>x</li></ol>"), "1.\n2. x\n");
        // A list directly inside a list nests under the item before it.
        assert_eq!(
            md("<ol><li>a</li><ol><li>b</li></ol><li>c</li></ol>"),
            "1. a\n   1. b\n2. c\n"
        );
    }

    #[test]
    fn nested_blockquotes() {
        assert_eq!(
            md("<p>x</p><blockquote><p>a</p><blockquote><p>b</p></blockquote><p>c</p></blockquote>"),
            "x\n\n> a\n>\n> > b\n>\n> c\n"
        );
        assert_eq!(
            md("<ul><li><blockquote><p>q</p><p>r</p></blockquote></li></ul>"),
            "- > q\n  >\n  > r\n"
        );
    }

    #[test]
    fn code_blocks_and_spans() {
        assert_eq!(
            md("<pre><code class=\"language-rust\">fn main() {\n    ```\n}\n</code></pre>"),
            "````rust\nfn main() {\n    ```\n}\n````\n"
        );
        assert_eq!(
            md("<p>use <code>a`b</code> and <code>`x</code></p>"),
            "use ``a`b`` and `` `x ``\n"
        );
        assert_eq!(md("<p><code>*x*</code></p>"), "`*x*`\n");
        assert_eq!(
            md("<pre><code><span>// a</span><br><span>b</span><p>c<br>d</p><div>e</div>f</code></pre>"),
            "```\n// a\nb\nc\nd\ne\nf\n```\n"
        );
        assert_eq!(
            md("<ul><li><pre>a\n\nb</pre></li></ul>"),
            "- ```\n  a\n\n  b\n  ```\n"
        );
    }

    #[test]
    fn tables_as_pipe_tables() {
        let html = "<table><caption>T</caption><thead><tr><th>a|b</th><th align=right>n</th></tr></thead>\
                    <tbody><tr><td><code>x|y</code></td><td>1<br>2</td></tr><tr><td colspan=2>wide</td></tr></tbody></table>";
        assert_eq!(
            md(html),
            "T\n\n| a\\|b | n |\n| --- | ---: |\n| `x\\|y` | 1<br>2 |\n| wide |  |\n"
        );
    }

    #[test]
    fn sup_sub_strike_and_math() {
        assert_eq!(
            md("<p>x<sup>2</sup> H<sub>2</sub>O <del>old</del></p>"),
            "x<sup>2</sup> H<sub>2</sub>O ~~old~~\n"
        );
        let math = "<p><math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x^2</annotation></semantics></math></p>";
        assert_eq!(md(math), "$x^2$\n");
    }

    /// A tree nested `depth` times in `open` (each a list of elements),
    /// built directly: html5ever's own scope checks make parsing such a
    /// page slow, and this test is about the walker.
    fn nested(open: &[&str], depth: usize, text: &str) -> String {
        use crate::dom::{Builder, Ns};
        let mut b = Builder::new();
        b.open("html", Ns::Html);
        let body = b.open("body", Ns::Html);
        for _ in 0..depth {
            for name in open {
                b.open(name, Ns::Html);
                if *name == "a" {
                    b.attr("href", "/a");
                }
            }
        }
        b.text(text);
        let tree = b.finish();
        super::tree_to_markdown(&tree, body)
    }

    #[test]
    fn deep_nesting_is_iterative_and_bounded() {
        let n = 200_000;
        let out = nested(&["blockquote"], n, "deep");
        assert!(out.trim_end().ends_with("deep"));
        assert!(out.len() < 1000, "{} bytes", out.len());
        let out = nested(&["em", "a"], n, "x");
        assert!(out.contains('x') && out.len() < 1000, "{} bytes", out.len());
        let out = nested(&["ul", "li"], n, "y");
        assert!(out.contains('y') && out.len() < 2000, "{} bytes", out.len());
        let out = nested(&["table", "tr", "td"], n, "z");
        assert!(out.contains('z'));
    }

    #[test]
    fn whole_article_has_a_title_heading() {
        let a = crate::Article {
            title: Some("Issue #".into()),
            content: "<p>Body</p>".into(),
            ..Default::default()
        };
        assert_eq!(a.to_markdown(), "# Issue \\#\n\nBody\n");
    }
}
