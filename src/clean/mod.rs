//! Cleaning the chosen article: each kind of boilerplate is one named rule
//! in a module of its own, run in the order [`clean`] lists.
//!
//! A rule never changes the page tree. It marks a node left out with
//! [`Cleaner::drop`], which records the rule's [`Rule`] so that `lector
//! --explain` and the playground can say why a block is gone, and takes the
//! node's text out of its ancestors' live statistics so that later rules
//! judge containers on what is left.

mod captions;
mod chrome;
mod conditional;
mod controls;
mod edges;
pub(crate) mod header_lines;
pub(crate) mod hidden;
mod promos;

use std::cell::RefCell;
use std::rc::Rc;

use crate::content::{is_data_table, Body, Page, Pass, Stats};
use crate::dom::{NodeId, Tree, NONE};

/// Why a node is not in the article. `Kept` for nodes that are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(u8)]
pub(crate) enum Rule {
    /// In the article, or not judged.
    #[default]
    Kept,
    /// Outside the block chosen as the article.
    OutsideArticle,
    /// Hidden by the page: attributes, inline style or a hiding class.
    Hidden,
    /// The heading that repeats the title, which the reader shows itself.
    TitleHeading,
    /// The page's byline, which the reader shows in its header.
    Byline,
    /// A modal dialog.
    Modal,
    /// Named like chrome (comments, sidebars, menus...) on the strict pass.
    UnlikelyName,
    /// Form controls, navigation, asides and footers inside the article.
    Chrome,
    /// A share or social-media widget.
    ShareWidget,
    /// A block named as an advertising or affiliate disclosure.
    Disclosure,
    /// The box asking leave to load another site's post or video.
    ConsentGate,
    /// A question put to the reader with its answer buttons: "Was this
    /// page helpful? Yes No", a reaction bar, a satisfaction survey.
    Poll,
    /// A heading whose class names it as chrome.
    ChromeHeading,
    /// A media player's own words: its controls, clock, loading notice and
    /// "Up next" card.
    MediaPlayer,
    /// A photo credit or copyright line.
    Credit,
    /// A caption already shown, or a copy of it cut short.
    DuplicateCaption,
    /// An author box or biography.
    AuthorBox,
    /// A one- to three-word control label ("Print", "Video", "close").
    ControlLabel,
    /// A line that repeats the header: date, byline, reading time,
    /// summary, site name.
    HeaderLine,
    /// A promo for other stories: a label such as "Read more", or a block
    /// that is one link to another page of the site.
    Promo,
    /// The list of links a promo heading introduces.
    PromoList,
    /// A label left introducing nothing: the links or widget after it
    /// were left out ("Related Coverage" over a dropped list of links).
    DanglingLabel,
    /// A box between the story's paragraphs asking the reader to give,
    /// join or subscribe, with its button.
    Appeal,
    /// Boilerplate after the last or before the first prose paragraph:
    /// sign-ups, contact lines, credits, tags, copyright.
    Edge,
    /// Conditional cleaning: mostly links.
    LinkHeavy,
    /// Conditional cleaning: images without prose.
    ImageHeavy,
    /// Conditional cleaning: a form-like block.
    FormLike,
    /// Conditional cleaning: embedded objects.
    Embeds,
    /// Conditional cleaning: a class named like chrome.
    NegativeName,
    /// Conditional cleaning: no prose inside.
    NoProse,
    /// A shop's button and its prices ("$24.99 Buy now at Amazon"), and
    /// the deal box around them.
    ShopButton,
    /// An empty paragraph.
    Empty,
}

impl Rule {
    /// The rule's name, as `--explain` prints it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Rule::Kept => "kept",
            Rule::OutsideArticle => "outside-article",
            Rule::Hidden => "hidden",
            Rule::TitleHeading => "title-heading",
            Rule::Byline => "byline",
            Rule::Modal => "modal",
            Rule::UnlikelyName => "unlikely-name",
            Rule::Chrome => "chrome",
            Rule::ShareWidget => "share-widget",
            Rule::Disclosure => "disclosure",
            Rule::ConsentGate => "consent-gate",
            Rule::Poll => "poll",
            Rule::ChromeHeading => "chrome-heading",
            Rule::MediaPlayer => "media-player",
            Rule::Credit => "credit",
            Rule::DuplicateCaption => "duplicate-caption",
            Rule::AuthorBox => "author-box",
            Rule::ControlLabel => "control-label",
            Rule::HeaderLine => "header-line",
            Rule::Promo => "promo",
            Rule::PromoList => "promo-list",
            Rule::DanglingLabel => "dangling-label",
            Rule::Appeal => "appeal",
            Rule::Edge => "edge-boilerplate",
            Rule::LinkHeavy => "link-heavy",
            Rule::ImageHeavy => "image-heavy",
            Rule::FormLike => "form-like",
            Rule::Embeds => "embeds",
            Rule::NegativeName => "negative-name",
            Rule::NoProse => "no-prose",
            Rule::ShopButton => "shop-button",
            Rule::Empty => "empty",
        }
    }
}

/// What the cleaning rules share: the chosen body, live statistics and
/// per-node facts about where each node sits.
pub(crate) struct Cleaner<'p, 'a> {
    pub page: &'p Page<'a>,
    pub tree: &'a Tree,
    pub out: &'p mut Body,
    /// This pass's text statistics, kept up to date as nodes are dropped.
    pub live: Stats,
    /// Nodes inside the roots, in document order.
    pub inside: Vec<NodeId>,
    pub is_root: Vec<bool>,
    /// Divs read as paragraphs by scoring.
    pub as_para: &'p [bool],
    pub pass: Pass,
    /// Inside code, tables, formulas or figures: short tokens are content.
    pub in_tokens: Vec<bool>,
    /// Inside a data table or code: everything is content.
    pub in_data: Vec<bool>,
    /// Inside code, tables or formulas (not figures): for the rules that
    /// judge captions.
    pub in_code: Vec<bool>,
    /// Whether an ancestor is dropped, as of the last sweep that asked.
    above: Vec<bool>,
    /// [`Cleaner::kept_lower`] of the nodes asked so far: several rules ask
    /// for the same short blocks, and each answer stands until a node
    /// inside is dropped ([`Cleaner::drop`] forgets the answers of the
    /// dropped node's ancestors).
    lower: RefCell<LowerCache>,
}

/// Kept texts by node: `slot[id]` is 1 + the text's index in `texts`, 0
/// when not known. The slots are made on the first question.
#[derive(Default)]
struct LowerCache {
    slot: Vec<u32>,
    texts: Vec<Rc<str>>,
}

impl Cleaner<'_, '_> {
    /// Leaves `id` out for `rule`: its text no longer counts in its
    /// ancestors.
    pub fn drop(&mut self, id: NodeId, rule: Rule) {
        let i = id as usize;
        if self.out.drop[i] {
            return;
        }
        let (l, ll, c) = (self.live.len[i], self.live.link_len[i], self.live.commas[i]);
        let lower = &mut self.lower.get_mut().slot;
        for a in self.tree.ancestors(id) {
            let ai = a as usize;
            if let Some(s) = lower.get_mut(ai) {
                *s = 0;
            }
            self.live.len[ai] -= l;
            self.live.link_len[ai] -= ll;
            self.live.commas[ai] -= c;
            if a == self.page.body {
                break;
            }
        }
        self.out.drop[i] = true;
        self.out.why[i] = rule;
    }

    /// Whether an ancestor of `id` is dropped, from its parent's answer:
    /// sweeps go in document order, so each node asks its parent instead
    /// of walking up, which deep nesting would make slow.
    pub fn dropped_above(&mut self, id: NodeId) -> bool {
        let i = id as usize;
        let p = self.tree.node(id).parent;
        self.above[i] = if self.is_root[i] || p == NONE {
            self.tree.ancestors(id).any(|a| self.out.drop[a as usize])
        } else {
            self.above[p as usize] || self.out.drop[p as usize]
        };
        self.above[i]
    }

    /// The text nodes inside `id` that are neither dropped nor invisible,
    /// in document order: what [`Cleaner::kept_text`] joins.
    pub fn kept_texts(&self, id: NodeId) -> impl Iterator<Item = &str> + '_ {
        let tree = self.tree;
        let mut d = id;
        std::iter::from_fn(move || {
            while d != NONE {
                let here = d;
                if (self.out.drop[here as usize] && here != id)
                    || self.page.invisible[here as usize]
                {
                    d = tree.next_skipping_children(id, here);
                    continue;
                }
                d = tree.next_in(id, here);
                if let Some(t) = tree.text(here) {
                    return Some(t);
                }
            }
            None
        })
    }

    /// Text inside `id` that is not dropped.
    pub fn kept_text(&self, id: NodeId) -> String {
        self.kept_texts(id).collect()
    }

    /// Kept text of `id`, whitespace collapsed and lower-cased. Shared
    /// with the cache: the rules ask again for the same blocks, and a copy
    /// per question cost more than reading the text once.
    pub fn kept_lower(&self, id: NodeId) -> Rc<str> {
        if let Some(t) = self.known_lower(id) {
            return t;
        }
        let t: Rc<str> = self.read_lower(id, usize::MAX).unwrap_or_default().into();
        let mut cache = self.lower.borrow_mut();
        if cache.slot.is_empty() {
            cache.slot = vec![0; self.tree.nodes.len()];
        }
        cache.texts.push(Rc::clone(&t));
        let k = cache.texts.len() as u32;
        cache.slot[id as usize] = k;
        t
    }

    /// The kept text of `id` as last read, if it still stands.
    fn known_lower(&self, id: NodeId) -> Option<Rc<str>> {
        let cache = self.lower.borrow();
        let k = *cache.slot.get(id as usize)?;
        (k != 0).then(|| Rc::clone(&cache.texts[k as usize - 1]))
    }

    /// The first child element of `id` that keeps words.
    pub fn first_worded_child(&self, id: NodeId) -> Option<NodeId> {
        self.tree
            .child_elements(id)
            .find(|&k| !self.out.drop[k as usize] && self.live.len[k as usize] > 0.0)
    }

    /// [`Cleaner::kept_lower`] when it is at most `max` bytes long, else
    /// `None`: a container compared with a list of short labels need not
    /// have all its text copied. The text is lower-cased as it is read,
    /// with no copy of the raw text in between.
    pub fn kept_lower_within(&self, id: NodeId, max: usize) -> Option<String> {
        if let Some(t) = self.known_lower(id) {
            return (t.len() <= max).then(|| t.to_string());
        }
        self.read_lower(id, max)
    }

    /// Reads [`Cleaner::kept_lower_within`] from the tree.
    fn read_lower(&self, id: NodeId, max: usize) -> Option<String> {
        let mut s = crate::text::NormalizeLower::with_capacity(
            (self.live.len[id as usize].max(0.0) as usize).min(max),
        );
        for t in self.kept_texts(id) {
            s.push(t);
            if s.out.len() > max {
                return None;
            }
        }
        Some(s.out)
    }
}

/// Marks, inside the chosen roots, what a reader does not want. It takes
/// this pass's `stats` and keeps them live. The rules run in this order;
/// each is a module of its own.
pub(crate) fn clean(page: &Page<'_>, out: &mut Body, stats: Stats, as_para: &[bool], pass: Pass) {
    let tree = page.tree;
    let mut inside: Vec<NodeId> = Vec::new();
    for &r in &out.roots {
        let mut id = r;
        while id != NONE {
            if out.drop[id as usize] {
                id = tree.next_skipping_children(r, id);
                continue;
            }
            inside.push(id);
            id = tree.next_in(r, id);
        }
    }
    let n = tree.nodes.len();
    let mut is_root = vec![false; n];
    for &r in &out.roots {
        is_root[r as usize] = true;
    }
    for &id in &inside {
        if tree.is(id, "table") {
            out.data_table[id as usize] = is_data_table(tree, id);
        }
    }
    let in_tokens = under(tree, &inside, &is_root, |a| {
        matches!(tree.tag(a), "pre" | "code" | "table" | "math" | "figure")
    });
    // A table that lays out the story's parts (an ad box, a picture
    // beside its caption) is not a data table: its lines are the story's.
    let in_code = under(tree, &inside, &is_root, |a| {
        matches!(tree.tag(a), "pre" | "code" | "math")
            || (tree.is(a, "table") && out.data_table[a as usize])
    });
    let in_data = under(tree, &inside, &is_root, |a| {
        (tree.is(a, "table") && out.data_table[a as usize]) || tree.is(a, "code")
    });
    let mut c = Cleaner {
        page,
        tree,
        out,
        live: stats,
        inside,
        is_root,
        as_para,
        pass,
        in_tokens,
        in_data,
        in_code,
        above: vec![false; n],
        lower: RefCell::default(),
    };
    // 1. Forms, navigation, asides, footers, share widgets, disclosures,
    // chrome headings.
    chrome::run(&mut c);
    // 2. Captions shown twice, gallery counters and photo credits.
    captions::run(&mut c);
    // 3. Lines the reader's header shows: date, byline, reading time, summary.
    header_lines::run(&mut c);
    // 4. Control labels ("Print", "Video", "close"); twice, so that a
    // block left holding only a label once its other label is gone
    // ("Advertisement · Close") goes too.
    controls::run(&mut c);
    controls::run(&mut c);
    controls::control_notes(&mut c);
    // 5. Promos for other stories, labelled or not.
    promos::run(&mut c);
    // 6. Containers judged on what is left inside them.
    if pass.clean_conditionally {
        conditional::run(&mut c);
    }
    // 7. Boilerplate before the first and after the last prose paragraph.
    let units = header_lines::head(&mut c);
    edges::run(&mut c, units);
    // 8. Share and follow links ("Share on Pinterest"), lines linking to a
    // place the reader leaves out, then paragraphs left empty.
    controls::share_links(&mut c);
    controls::dead_anchors(&mut c);
    drop_empty_paragraphs(&mut c);
    // 9. Images with a caption beside them, to be shown as figures.
    captions::figures(&mut c);
}

impl Cleaner<'_, '_> {
    /// Whether a picture, video or other embed under `id` (or `id`
    /// itself) is kept. A box too big to look through
    /// ([`rules::FIGURE_MAX_NODES`]) counts as holding one: the rules
    /// that ask leave such a box alone.
    fn holds_media(&self, id: NodeId) -> bool {
        let tree = self.tree;
        std::iter::once(id)
            .chain(tree.descendants(id))
            .enumerate()
            .any(|(k, d)| {
                k as u32 >= crate::rules::FIGURE_MAX_NODES
                    || matches!(
                        tree.tag(d),
                        "img" | "picture" | "iframe" | "object" | "embed" | "video"
                    ) && !self.out.drop[d as usize]
            })
    }
}

fn drop_empty_paragraphs(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if tree.is(id, "p")
            && !c.out.drop[id as usize]
            && c.live.len[id as usize] == 0.0
            && !c.holds_media(id)
        {
            c.drop(id, Rule::Empty);
        }
    }
}

/// For each node of `inside` (document order, so parents come first),
/// whether an ancestor satisfies `hit`: one step per node instead of a
/// walk up from each, which deep nesting would make slow.
fn under(
    tree: &Tree,
    inside: &[NodeId],
    is_root: &[bool],
    hit: impl Fn(NodeId) -> bool,
) -> Vec<bool> {
    let mut out = vec![false; tree.nodes.len()];
    for &id in inside {
        let parent = tree.node(id).parent;
        out[id as usize] = if is_root[id as usize] {
            // A table around the story itself lays out the page (the
            // story in one of its cells); it makes no token of the story.
            tree.ancestors(id)
                .filter(|&a| !tree.is(a, "table"))
                .any(&hit)
        } else {
            parent != NONE && (out[parent as usize] || hit(parent))
        };
    }
    out
}

/// Tags that hold a line of text of their own: the units the small-block
/// rules (credits, controls, promos, header lines) judge.
pub(crate) fn is_blockish(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "li"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "aside"
            | "span"
            | "strong"
            | "figcaption"
            | "blockquote"
    )
}

impl Cleaner<'_, '_> {
    /// Whether `id` is a link still in the article, outside code and not a
    /// root: what the rules on links judge.
    pub fn live_link(&mut self, id: NodeId) -> bool {
        let i = id as usize;
        self.tree.is(id, "a")
            && !self.out.drop[i]
            && !self.is_root[i]
            && !self.in_code[i]
            && !self.dropped_above(id)
    }

    /// The outermost box around `from` reached by climbing at most
    /// `levels` parents while each one is not a root and `fits`; `NONE`
    /// when not even the parent does.
    pub fn climb(&self, from: NodeId, levels: usize, fits: impl Fn(NodeId) -> bool) -> NodeId {
        let mut top = NONE;
        let mut up = self.tree.node(from).parent;
        for _ in 0..levels {
            if up == NONE || self.is_root[up as usize] || !fits(up) {
                break;
            }
            top = up;
            up = self.tree.node(up).parent;
        }
        top
    }

    /// The live text length of `id` when it is a short block that the
    /// small-block rules may judge: kept, not a root, not inside code or a
    /// table, with some text and at most [`crate::rules::PROMO_MAX_CHARS`].
    pub fn short_block(&mut self, id: NodeId) -> Option<f32> {
        if self.in_tokens[id as usize] {
            return None;
        }
        self.short_block_in_figures(id)
    }

    /// As [`Cleaner::short_block`], but inside figures too: for the rules
    /// that judge captions and credits.
    pub fn short_block_in_figures(&mut self, id: NodeId) -> Option<f32> {
        self.short_element(id, is_blockish)
    }

    /// As [`Cleaner::short_block`], for an element of any tag `shaped`
    /// accepts (a link laid out as a card, say).
    pub fn short_element(&mut self, id: NodeId, shaped: fn(&str) -> bool) -> Option<f32> {
        let i = id as usize;
        let gone = self.dropped_above(id);
        if gone || self.out.drop[i] || self.is_root[i] || self.tree.element(id).is_none() {
            return None;
        }
        if !shaped(self.tree.tag(id)) || self.in_code[i] {
            return None;
        }
        let len = self.live.len[i];
        (len > 0.0 && len <= crate::rules::PROMO_MAX_CHARS).then_some(len)
    }
}
