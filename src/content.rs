//! Finding the article body: score paragraphs, credit their containers, pick
//! the best container, gather its siblings, then mark what to leave out.
//!
//! The page tree is never changed. Where a DOM-mutating extractor would
//! delete a node or turn a `<div>` into a `<p>`, this module records it in
//! per-node vectors (`drop`, `as_para`) that the renderer reads.
//!
//! Extraction runs in passes, strictest first. When a pass yields too little
//! text, the next one relaxes a rule (leave "unlikely" blocks in, stop
//! trusting class names, stop cleaning conditionally); the longest result wins
//! if none is long enough.

use std::cell::{Cell, OnceCell};

use crate::clean::Rule;
use crate::dom::{NodeId, Tree, DOCUMENT, NONE};
use crate::metadata::Metadata;
use crate::rules;
use crate::text;

/// The chosen body: top-level nodes to render, and what to drop inside them.
pub(crate) struct Body {
    /// Nodes to render, in document order.
    pub roots: Vec<NodeId>,
    /// `drop[n]` is true for nodes left out of the output.
    pub drop: Vec<bool>,
    /// Tables that hold data (rendered as tables); other tables are layout
    /// and are flattened.
    pub data_table: Vec<bool>,
    /// For each dropped node where the decision was made, the rule that
    /// left it out (its descendants inherit it).
    pub why: Vec<Rule>,
    /// Why the chosen container won, for `--explain`.
    pub chosen: String,
    /// The summary line under the headline, taken out of the body for the
    /// reader's header.
    pub summary: Option<String>,
    /// The byline line the body opened with ("By Jane Doe, BBC News"),
    /// taken out for the reader's header: the byline when the page marks
    /// none.
    pub byline: Option<String>,
    /// A recipe's ingredient list joined to the body (one of `roots`): it
    /// does not count toward the article's length, so that it never makes
    /// a wrong block long enough to be taken.
    pub ingredients: Option<NodeId>,
    /// Images with their caption in a block of their own, not a
    /// `<figure>`: for each such block, the node where its caption starts
    /// (`NONE` for other nodes; empty when the page has none). The block
    /// is written as a `<figure>` and the caption part as its
    /// `<figcaption>` (see `clean/captions.rs`). A picture alone in its
    /// block may be captioned by the next block instead: the picture's
    /// entry is that block, whose own entry is itself (written there, not
    /// again in its place).
    pub figures: Vec<NodeId>,
}

/// Which rules a pass applies.
#[derive(Clone, Copy)]
pub(crate) struct Pass {
    pub strip_unlikely: bool,
    pub weight_classes: bool,
    pub clean_conditionally: bool,
}

impl Pass {
    /// The pass's name, for `--explain`.
    fn name(self) -> &'static str {
        match (
            self.strip_unlikely,
            self.weight_classes,
            self.clean_conditionally,
        ) {
            (true, _, _) => "strict pass",
            (false, true, _) => "pass 2 (unlikely names kept)",
            (false, false, true) => "pass 3 (class names ignored)",
            (false, false, false) => "pass 4 (no conditional cleaning)",
        }
    }
}

/// Per-page facts computed once and shared by all passes.
pub(crate) struct Page<'a> {
    pub tree: &'a Tree,
    /// Pre-order list of the body's nodes (the body first).
    pub order: Vec<NodeId>,
    /// Collapsed-whitespace character count of each text node (0 elsewhere).
    pub text_len: Vec<u32>,
    /// Commas in each text node.
    pub commas: Vec<u32>,
    /// Nodes never shown: hidden, or text-less by nature (scripts...).
    pub invisible: Vec<bool>,
    /// Nodes the page hides (`hidden`, `display:none`...), with their
    /// content. Unlike `invisible`, this leaves out iframes and
    /// `<noscript>`: they hold no text but render as video links and images.
    pub hidden: Vec<bool>,
    /// Where each node's lower-case "class id" sits in `name_list` (0, the
    /// empty string, for most nodes): an index instead of a string per node
    /// keeps tag soup's per-node memory down.
    pub names: Vec<u32>,
    pub name_list: Vec<Box<str>>,
    /// Per `name_list` entry, the byte pairs of the name ([`text::Pairs`]),
    /// made on first asking: the rules ask one name about several word
    /// lists ([`Page::names_have`]).
    pub name_pairs: Vec<OnceCell<text::Pairs>>,
    /// Per `name_list` entry, whether the name alone marks the block as
    /// unlikely ([`unlikely_by_name`]), judged on first asking (0 not yet,
    /// 1 no, 2 yes): every pass asks again for the same nodes, while most
    /// named nodes are never asked (they sit in blocks already dropped).
    pub unlikely_name: Vec<Cell<u8>>,
    /// Elements marked as a recipe's ingredients, in document order: found
    /// on the first pass that asks, the same for every pass.
    pub ingredient_marks: OnceCell<Vec<NodeId>>,
    /// Each node's index in `order`, built on first need.
    pub positions: OnceCell<Vec<u32>>,
    /// Per `name_list` entry, the element's [`Page::class_weight`] when
    /// classes are weighed, worked out on first asking (NaN until then):
    /// scoring asks for it on every pass and for every candidate's parent.
    pub class_weights: Vec<Cell<f32>>,
    pub body: NodeId,
    /// Heading that repeats the title, left out since the reader shows it.
    pub title_heading: Option<NodeId>,
    /// The heading a subtitle sits under: [`Self::title_heading`], or an
    /// `<h3>` that reads as the title where there is none.
    deck_heading: Option<NodeId>,
    pub byline: Vec<bool>,
    /// The byline, description and site name from the metadata, lower-case
    /// with whitespace collapsed: lines of the body that repeat them are
    /// header lines.
    pub meta_byline: Option<String>,
    pub meta_excerpt: Option<String>,
    pub meta_site: Option<String>,
    /// The words of the claim a fact-check reviews (its JSON-LD), lower-case:
    /// the box that states it over the story is the story's.
    pub claim_words: Vec<String>,
    /// The page's host, to tell links within the site from others.
    pub host: Option<String>,
    /// Holds an embedded post (a tweet, an Instagram post) at or below.
    pub embed: Vec<bool>,
    /// The teaser cards the strict pass left out (see
    /// [`Page::find_teaser_cards`]), for judging the looser passes.
    pub teaser_cards: OnceCell<Vec<NodeId>>,
}

/// Finds the article body, or `None` when the page has none.
pub(crate) fn find(tree: &Tree, meta: &Metadata, base: Option<&str>, force: bool) -> Option<Body> {
    let body = tree.body()?;
    let mut page = Page::new(tree, body, meta);
    // A saved page read from a file has no host of its own: the address
    // it states says which site it is.
    page.host = base
        .and_then(crate::url::host)
        .or_else(|| meta.address.as_deref().and_then(crate::url::host))
        .or_else(|| Some(page.linked_site()));
    let mut found = page.choose(force)?;
    // 5. The standfirst and the byline line the container left out,
    // looked for in the same stretch of the page, found once.
    let want_summary = found.summary.is_none();
    let want_byline = found.byline.is_none() && meta.byline.is_none();
    if want_summary || want_byline {
        if let Some(span) = page.head_span(&found) {
            if want_summary {
                found.summary = page.standfirst(span, &found.roots);
            }
            if want_byline {
                found.byline = page.header_byline(span);
            }
        }
    }
    Some(found)
}

/// The stretch of the page between the headline and the body's first kept
/// words, where it puts what the story's container leaves out (see
/// [`Page::head_span`]).
#[derive(Clone, Copy)]
struct HeadSpan {
    /// The body's first kept text node...
    first: NodeId,
    /// ... and its index in `order`.
    end: usize,
    /// The index in `order` of the headline, when the page has one.
    headline: Option<usize>,
}

impl Page<'_> {
    /// The site a page that states no address of its own belongs to, told
    /// by its addresses: the site that most of its absolute links, icons,
    /// stylesheets, pictures and scripts come from, when at least
    /// [`rules::OWN_SITE_MIN_LINKS`] do and no other site as many (menus
    /// and teasers link the site's pages, its theme loads from it).
    /// Otherwise an empty name, which no link's site matches: only relative
    /// links are then the site's own, and a list of links to official
    /// sites is not taken for links into the site.
    fn linked_site(&self) -> String {
        let tree = self.tree;
        // Each site seen and how many addresses lead to it; the first
        // few dozen sites only (a hostile page may name thousands).
        let mut sites: Vec<(String, usize)> = Vec::new();
        for id in tree.descendants(DOCUMENT) {
            let Some(e) = tree.element(id) else {
                continue;
            };
            let name = match e.name {
                "a" | "link" | "area" => "href",
                "img" | "script" => "src",
                _ => continue,
            };
            let Some(h) = e.attr(name).and_then(crate::url::link_host) else {
                continue;
            };
            let site = crate::url::site_of(&h);
            if let Some((_, n)) = sites.iter_mut().find(|(s, _)| s == site) {
                *n += 1;
            } else if sites.len() < rules::OWN_SITE_MAX_SITES {
                sites.push((site.to_owned(), 1));
            }
        }
        // The most used site, and how often the runner-up is.
        let (mut best, mut second) = (None, 0usize);
        for (s, n) in &sites {
            match best {
                Some((_, b)) if *n <= b => second = second.max(*n),
                _ => {
                    second = best.map_or(0, |(_, b)| b);
                    best = Some((s, *n));
                }
            }
        }
        match best {
            Some((s, n)) if n >= rules::OWN_SITE_MIN_LINKS && n > second => s.clone(),
            _ => String::new(),
        }
    }

    /// Runs the passes, strictest first, and picks the result.
    fn choose(&self, force: bool) -> Option<Body> {
        let page = self;
        let passes = [
            Pass {
                strip_unlikely: true,
                weight_classes: true,
                clean_conditionally: true,
            },
            Pass {
                strip_unlikely: false,
                weight_classes: true,
                clean_conditionally: true,
            },
            Pass {
                strip_unlikely: false,
                weight_classes: false,
                clean_conditionally: true,
            },
            Pass {
                strip_unlikely: false,
                weight_classes: false,
                clean_conditionally: false,
            },
        ];
        let mut best: Option<(usize, Body)> = None;
        // The strict pass's result when it sits in a marked article container
        // (`<article>`, `itemprop=articleBody`): a short post is still the
        // post, and a looser pass that reaches outside the container into
        // the page around it (the comment thread under it, the reporter's
        // card, a ranking) must not replace it.
        let mut strict: Option<(usize, Body, NodeId)> = None;
        for (k, pass) in passes.into_iter().enumerate() {
            let Some(found) = page.run(pass) else {
                continue;
            };
            let len = page.kept_len(&found);
            if k == 0 && len > 0 && len < rules::MIN_ARTICLE_CHARS {
                if let Some(m) = page.marked_container(&found) {
                    strict = Some((len, found, m));
                    continue;
                }
            }
            if let Some((_, _, m)) = &strict {
                if page.takes_page_around(&found, *m) || page.takes_teasers(&found, *m) {
                    continue;
                }
            }
            if len >= rules::MIN_ARTICLE_CHARS {
                return Some(found);
            }
            if best.as_ref().is_none_or(|(l, _)| len > *l) {
                best = Some((len, found));
            }
        }
        if let Some((len, found, _)) = strict {
            if best.as_ref().is_none_or(|(l, _)| len >= *l) {
                best = Some((len, found));
            }
        }
        let (len, body) = best?;
        if len == 0 && !force {
            return None;
        }
        Some(body)
    }
}

impl<'a> Page<'a> {
    fn new(tree: &'a Tree, body: NodeId, meta: &Metadata) -> Self {
        let n = tree.nodes.len();
        let order: Vec<NodeId> = tree.descendants(body).collect();
        let mut text_len = vec![0u32; n];
        let mut commas = vec![0u32; n];
        let mut invisible = vec![false; n];
        let mut hidden = vec![false; n];
        let mut names = vec![0u32; n];
        let mut name_list: Vec<Box<str>> = vec![Box::from("")];
        let mut unlikely_name = vec![Cell::new(1)];
        let mut class_weights = vec![Cell::new(0.0)];
        // Each entry's class and id, from which it is made.
        let mut keys: Vec<(&str, &str)> = vec![("", "")];
        for &id in &order {
            let node = tree.node(id);
            let parent = node.parent;
            // Read once: the style parse is the costly part of both marks.
            let own_hidden = crate::clean::hidden::is_hidden_in(tree, id);
            hidden[id as usize] = (parent != NONE && hidden[parent as usize]) || own_hidden;
            if parent != NONE && invisible[parent as usize] {
                invisible[id as usize] = true;
                continue;
            }
            if let Some(t) = tree.text(id) {
                let (len, c) = len_and_commas(t);
                text_len[id as usize] = len;
                commas[id as usize] = c;
            } else if let Some(e) = tree.element(id) {
                let class = e.attr("class").unwrap_or("");
                let idv = e.attr("id").unwrap_or("");
                // An id made from the words of the block's own heading
                // names no component: "example-1-amend-a-shared-changeset"
                // is a story's section, whatever words its title holds.
                let idv = if heading_slug(tree, id, idv) { "" } else { idv };
                if !class.is_empty() || !idv.is_empty() {
                    names[id as usize] = name_list.len() as u32;
                    unlikely_name.push(Cell::new(0));
                    class_weights.push(Cell::new(f32::NAN));
                    // Made below, once per distinct class and id.
                    name_list.push(Box::default());
                    keys.push((class, idv));
                }
                invisible[id as usize] = own_hidden
                    || (e.ns == crate::dom::Ns::Html && rules::is_never_text(e.name))
                    || e.ns == crate::dom::Ns::Svg;
            }
        }
        // Elements with the same class and id share the first one's entry,
        // so that what is judged from the names alone (unlikely, class
        // weight, embed) is judged once per page and not once per element:
        // most named elements repeat another's names (menu items, cards),
        // and the word-list searches were a tenth of extraction.
        // Found by hash (FNV-1a over class, a byte UTF-8 never has, and id)
        // in an open-addressed table of entry numbers plus one: sorting
        // the entries instead cost about half of what sharing saves.
        let mut shared: Vec<u32> = (0..keys.len() as u32).collect();
        let mask = (keys.len() * 2).next_power_of_two() - 1;
        let mut slots = vec![0u32; mask + 1];
        for k in 1..keys.len() {
            let (class, idv) = keys[k];
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for &b in class.as_bytes().iter().chain(&[0xff]).chain(idv.as_bytes()) {
                h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
            }
            let mut s = h as usize & mask;
            loop {
                match slots[s] {
                    0 => {
                        slots[s] = k as u32 + 1;
                        break;
                    }
                    e if keys[e as usize - 1] == keys[k] => {
                        shared[k] = e - 1;
                        break;
                    }
                    _ => s = (s + 1) & mask,
                }
            }
        }
        for k in &mut names {
            *k = shared[*k as usize];
        }
        for (k, &(class, idv)) in keys.iter().enumerate().skip(1) {
            if shared[k] == k as u32 {
                name_list[k] = text::names_key(class, idv).into();
            }
        }
        let name_pairs: Vec<OnceCell<text::Pairs>> =
            (0..keys.len()).map(|_| OnceCell::new()).collect();
        // Per entry: 0 not yet judged, 1 no embed name, 2 one.
        let mut embed_name = vec![0u8; keys.len()];
        // Children come after their parent in `order`: in reverse, each
        // node has its answer before it passes it up.
        let mut embed = vec![false; n];
        for &id in order.iter().rev() {
            let i = id as usize;
            let own = names[i] != 0 && {
                let known = &mut embed_name[names[i] as usize];
                if *known == 0 {
                    let k = names[i] as usize;
                    *known =
                        1 + u8::from(names_in(&name_list[k], &name_pairs[k], rules::EMBED_NAMES));
                }
                *known == 2
            };
            embed[i] |= own;
            let p = tree.node(id).parent;
            if embed[i] && p != NONE {
                embed[p as usize] = true;
            }
        }
        let mut byline = vec![false; n];
        for &b in &meta.byline_nodes {
            if (b as usize) < n {
                byline[b as usize] = true;
            }
        }
        let mut page = Page {
            tree,
            order,
            text_len,
            commas,
            invisible,
            hidden,
            names,
            name_list,
            name_pairs,
            unlikely_name,
            ingredient_marks: OnceCell::new(),
            teaser_cards: OnceCell::new(),
            positions: OnceCell::new(),
            class_weights,
            body,
            title_heading: None,
            deck_heading: None,
            byline,
            embed,
            host: None,
            meta_byline: norm(meta.byline.as_deref()),
            meta_excerpt: norm(meta.excerpt.as_deref()),
            meta_site: norm(meta.site_name.as_deref()),
            claim_words: claim_words(meta.claim.as_deref()),
        };
        page.title_heading = meta
            .title
            .as_deref()
            .and_then(|t| page.find_title_heading(t));
        page.deck_heading = page
            .title_heading
            .or_else(|| meta.title.as_deref().and_then(|t| page.find_h3_headline(t)));
        page
    }

    /// Whether the text `found` keeps outside `m` is the page around a
    /// short story rather than more of it: most of it sits in blocks named
    /// as comments, or in lists and links, or outside paragraphs of prose
    /// (the reporter's card, reactions, a "most read" ranking, the
    /// thread). A story split around the container (its paragraphs
    /// outside it) is prose, and a looser pass may take it.
    fn takes_page_around(&self, found: &Body, m: NodeId) -> bool {
        let tree = self.tree;
        let mut outside = 0u64;
        let mut comments = 0u64;
        let mut prose = 0u64;
        for &r in &found.roots {
            // Depth of the comment-named block, of the list or link, and
            // of the paragraph of prose we are in, if any.
            let mut in_comment: Option<u32> = None;
            let mut in_list: Option<u32> = None;
            let mut in_prose: Option<u32> = None;
            let mut id = r;
            while id != NONE {
                let depth = tree.node(id).depth;
                for inside in [&mut in_comment, &mut in_list, &mut in_prose] {
                    if inside.is_some_and(|d| depth <= d) {
                        *inside = None;
                    }
                }
                if found.drop[id as usize] || self.invisible[id as usize] || id == m {
                    id = tree.next_skipping_children(r, id);
                    continue;
                }
                let names = self.names(id);
                if in_comment.is_none()
                    && !names.is_empty()
                    && self.names_have(id, rules::COMMENT_NAMES)
                {
                    in_comment = Some(depth);
                }
                let tag = tree.tag(id);
                if in_list.is_none() && matches!(tag, "ul" | "ol" | "a" | "button") {
                    in_list = Some(depth);
                }
                if in_prose.is_none()
                    && tag == "p"
                    && self.prose_len(id) >= rules::PROSE_PARAGRAPH_MIN_CHARS
                {
                    in_prose = Some(depth);
                }
                let len = self.text_len[id as usize] as u64;
                outside += len;
                if in_comment.is_some() {
                    comments += len;
                } else if in_list.is_none() && in_prose.is_some() {
                    prose += len;
                }
                id = tree.next_in(r, id);
            }
        }
        outside > 0 && (comments * 2 >= outside || prose * 2 < outside)
    }

    /// The visible text length of paragraph `p` as the page shows it
    /// (whatever a rule has left out), read over a bounded number of its
    /// nodes.
    pub(crate) fn prose_len(&self, p: NodeId) -> u32 {
        let mut len = 0;
        for d in self
            .tree
            .descendants(p)
            .take(rules::PROSE_PARAGRAPH_MAX_NODES)
        {
            if !self.invisible[d as usize] {
                len += self.text_len[d as usize];
            }
        }
        len
    }

    /// Whether most of the text `found` keeps sits in the teaser cards the
    /// strict pass left out outside the marked container `m` of its short
    /// story: a looser pass that took the list of other stories beside
    /// the story for the article.
    fn takes_teasers(&self, found: &Body, m: NodeId) -> bool {
        let Some(cards) = self.teaser_cards.get().filter(|c| !c.is_empty()) else {
            return false;
        };
        let tree = self.tree;
        let kept = self.kept_len(found);
        let mut in_cards = 0usize;
        for &c in cards {
            if found.drop[c as usize] || tree.ancestors(c).any(|a| a == m) {
                continue;
            }
            let inside = found
                .roots
                .iter()
                .any(|&r| r == c || tree.ancestors(c).any(|a| a == r));
            if inside {
                in_cards += tree
                    .descendants(c)
                    .filter(|&d| !found.drop[d as usize] && !self.invisible[d as usize])
                    .map(|d| self.text_len[d as usize] as usize)
                    .sum::<usize>();
            }
        }
        in_cards * 2 > kept
    }

    /// An `<article>`, or an element with `itemprop="articleBody"`.
    fn is_marked_article(&self, a: NodeId) -> bool {
        self.tree.is(a, "article") || self.is_article_body(a)
    }

    /// An element the page marks as the story's body
    /// (`itemprop="articleBody"`).
    fn is_article_body(&self, a: NodeId) -> bool {
        self.tree
            .attr(a, "itemprop")
            .is_some_and(|v| v.split_whitespace().any(|t| t == "articleBody"))
    }

    /// The marked article container holding all of `body`'s roots: an
    /// `<article>` or an element with `itemprop="articleBody"`, nearest
    /// first.
    fn marked_container(&self, body: &Body) -> Option<NodeId> {
        let tree = self.tree;
        let first = *body.roots.first()?;
        let marked = |a: NodeId| self.is_marked_article(a);
        // The root itself or an ancestor; or, where the first root stands
        // for a lone kept child (the comments beside it stripped), that
        // child, the blocks joined beside the root (a byline, a copyright
        // line) notwithstanding.
        let m = std::iter::once(first)
            .chain(tree.ancestors(first))
            .take_while(|&a| a != self.body)
            .find(|&a| marked(a));
        if m.is_none() {
            let mut d = first;
            for _ in 0..rules::SCORE_ANCESTORS {
                let mut kept = tree.child_elements(d).filter(|&c| !body.drop[c as usize]);
                let (Some(only), None) = (kept.next(), kept.next()) else {
                    break;
                };
                if marked(only) {
                    // All the kept text is inside it.
                    return Some(only);
                }
                d = only;
            }
        }
        let m = m?;
        body.roots
            .iter()
            .all(|&r| r == m || tree.ancestors(r).any(|a| a == m))
            .then_some(m)
    }

    /// The standfirst the body's container left out: between the headline
    /// and the body, a block whose text is the page's own description
    /// (sites put the summary line in the article's header, outside the
    /// story's container). Without a headline to start from, the block
    /// must also be named as a summary.
    fn standfirst(&self, span: HeadSpan, roots: &[NodeId]) -> Option<String> {
        let HeadSpan { first, end, .. } = span;
        let start = span.headline.map_or(0, |h| h + 1);
        self.described_lead(first, start, end).or_else(|| {
            // Under the `<h3>` headline, where that is the page's.
            let start = match (span.headline, self.deck_heading) {
                (None, Some(h)) => self.order.iter().position(|&id| id == h)? + 1,
                _ => start,
            };
            self.lone_lead(first, start, end, roots)
        })
    }

    /// Where the headline and the body's first kept words sit in `order`:
    /// up to those words, since a block left out may sit outside the
    /// container, or inside it where a rule dropped it.
    fn head_span(&self, out: &Body) -> Option<HeadSpan> {
        let first = self.first_kept_text(out)?;
        let end = self.order.iter().position(|&id| id == first)?;
        let headline = match self.title_heading {
            Some(h) => Some(self.order.iter().position(|&id| id == h)?),
            None => None,
        };
        Some(HeadSpan {
            first,
            end,
            headline,
        })
    }

    /// A byline line between the headline and the body's first words,
    /// outside the container ("Von Anna Berg" beside the date under the
    /// headline), when the page marks no byline: the first element there
    /// whose short text reads as one.
    fn header_byline(&self, span: HeadSpan) -> Option<String> {
        let tree = self.tree;
        let start = span.headline? + 1;
        for &id in self.order.get(start..span.end)? {
            if tree.text(id).is_none_or(text::is_blank) || self.invisible[id as usize] {
                continue;
            }
            let p = tree.node(id).parent;
            if self.hidden[p as usize] {
                continue;
            }
            let texts = tree
                .descendants(p)
                .take(rules::STANDFIRST_MAX_NODES)
                .filter_map(|d| tree.text(d));
            if let Some(line) = crate::clean::header_lines::byline_of(texts) {
                return Some(line);
            }
        }
        None
    }

    /// The standfirst as the page's description identifies it, between
    /// `order[start]` and `order[end]` (the body's first kept text,
    /// `first`).
    fn described_lead(&self, first: NodeId, start: usize, end: usize) -> Option<String> {
        let tree = self.tree;
        let d = self.meta_excerpt.as_deref()?;
        let dlen = d.chars().count();
        if dlen < rules::STANDFIRST_MIN_CHARS {
            return None;
        }
        // A lead may run on past the description (see `is_lead`).
        let max = dlen * 3 + rules::STANDFIRST_SLACK;
        // The innermost block that matches: a wrapper may add a photo
        // credit or a kicker to the line it holds.
        let mut found: Option<(NodeId, String, u8)> = None;
        let mut i = start;
        while i < end {
            let id = self.order[i];
            i += 1;
            if let Some((m, ..)) = &found {
                if !tree.ancestors(id).any(|a| a == *m) {
                    break;
                }
            }
            let list = matches!(tree.tag(id), "ul" | "ol");
            if self.invisible[id as usize]
                || self.hidden[id as usize]
                || !(list || matches!(tree.tag(id), "p" | "div" | "h2" | "h3" | "h4" | "span"))
                || (self.title_heading.is_none() && !self.names_have(id, rules::SUMMARY_NAMES))
            {
                continue;
            }
            // Its text (a list's items one per line), read no further than
            // the description's length allows and through no more than a
            // bounded number of nodes, so that nested empty wrappers stay
            // linear.
            let Some(lines) = self.bounded_lines(id, list, max * 4) else {
                continue;
            };
            let t = lines.join("\n");
            let lower = text::lower(&lines.join(" "));
            let n = lower.chars().count();
            if n < rules::STANDFIRST_MIN_CHARS || n > max {
                continue;
            }
            // The description itself beats a line that only starts it or
            // holds it; between equals, the inner one wins.
            let rank = if is_description(d, &lower) {
                2
            } else if is_lead(d, &lower) {
                1
            } else {
                0
            };
            if rank > 0
                && found.as_ref().is_none_or(|f| rank >= f.2)
                && !tree.ancestors(first).any(|a| a == id)
            {
                found = Some((id, t, rank));
            }
        }
        found.map(|(_, t, _)| t)
    }

    /// A standfirst the description does not give (it may repeat the
    /// body's first paragraph instead): the one paragraph of prose between
    /// the headline and the body. It reads as a sentence, has few links,
    /// and sits in no figure (a caption is passed over); a second such
    /// paragraph there means these are
    /// not the article's lead (teasers, another story), and nothing is
    /// taken.
    fn lone_lead(
        &self,
        first: NodeId,
        start: usize,
        end: usize,
        roots: &[NodeId],
    ) -> Option<String> {
        let tree = self.tree;
        let headline = self.deck_heading?;
        // The block set right under the headline (its next element, or
        // its wrapper's where the headline stands alone in one): a
        // subtitle there may be any block of inline text ("h2.subtitle",
        // a CMS field's `div`), not only a paragraph.
        let next_element = |n: NodeId| Some(tree.next_element(n)).filter(|&s| s != NONE);
        let parent = tree.node(headline).parent;
        let under = next_element(headline).or_else(|| {
            (tree.child_elements(parent).count() == 1)
                .then(|| next_element(parent))
                .flatten()
        });
        // A subtitle may sit in wrappers of its own (a CMS field's `div >
        // div > p`): those wrappers, the block under the headline first,
        // down to the one holding the text; each with no text of its own
        // and one element inside.
        let mut wrappers: Vec<NodeId> = Vec::new();
        let mut inner = under;
        while let Some(w) = inner.filter(|&w| tree.is(w, "div")) {
            let mut kids = tree.child_elements(w);
            let (Some(only), None) = (kids.next(), kids.next()) else {
                break;
            };
            if wrappers.len() >= rules::LONE_LEAD_NAME_LEVELS
                || tree
                    .children(w)
                    .any(|c| tree.text(c).is_some_and(|t| !t.trim().is_empty()))
            {
                break;
            }
            wrappers.push(w);
            inner = Some(only);
        }
        let named_summary = |id: NodeId| {
            std::iter::once(id)
                .chain(wrappers.iter().copied())
                .any(|n| self.names_have(n, rules::SUMMARY_NAMES))
        };
        // Where each of the body's roots starts and ends in document
        // order: a paragraph inside one that is not kept was left out by
        // a rule (a disclosure, a promo), and is no lead.
        let pos = self.positions();
        let spans: Vec<(u32, u32)> = roots
            .iter()
            .map(|&r| {
                let after = tree.next_skipping_children(NONE, r);
                let stop = if after == NONE {
                    u32::MAX
                } else {
                    pos[after as usize]
                };
                (pos[r as usize], stop)
            })
            .collect();
        let in_body = |id: NodeId| {
            let p = pos[id as usize];
            spans.iter().any(|&(a, b)| a <= p && p < b)
        };
        // Paragraphs around the body's first words are the body's.
        let around: Vec<NodeId> = tree.ancestors(first).filter(|&a| tree.is(a, "p")).collect();
        let mut lead = None;
        // Captions passed over, up to a bound (a gallery over the story).
        let mut captions = 0;
        for &id in self.order.get(start..end)? {
            // A subtitle under the headline: a block of inline text alone,
            // right under it or named as a summary (a player's note may
            // come between).
            let subtitle = (Some(id) == inner
                || (matches!(tree.tag(id), "h2" | "h3" | "h4")
                    && self.names_have(id, rules::SUMMARY_NAMES)))
                && matches!(tree.tag(id), "h2" | "h3" | "h4" | "div" | "p")
                && tree
                    .child_elements(id)
                    .take(rules::STANDFIRST_MAX_NODES)
                    .all(|c| rules::is_phrasing(tree.tag(c)));
            if !(tree.is(id, "p") || subtitle)
                || self.invisible[id as usize]
                || self.hidden[id as usize]
                || around.contains(&id)
                // A paragraph inside the body that a rule dropped is
                // no lead, even right under the headline (a disclosure),
                // unless named as one; a subtitle heading or field is.
                || in_body(id) && !(subtitle && (!tree.is(id, "p") || named_summary(id)))
                // A subtitle the body keeps is its first words, not a lead
                // left out of it.
                || subtitle && tree.ancestors(first).any(|a| a == id)
            {
                continue;
            }
            // A picture's caption between the headline and the body is
            // neither a lead nor a sign that there is none, in a figure or
            // named as one ("wp-caption-text" under a featured image).
            if tree
                .ancestors(id)
                .take_while(|&a| a != self.body)
                .any(|a| matches!(tree.tag(a), "figure" | "figcaption"))
                || std::iter::once(id)
                    .chain(tree.ancestors(id).take(rules::LONE_LEAD_NAME_LEVELS))
                    .any(|a| self.names_have(a, rules::CAPTION_NAMES))
            {
                captions += 1;
                if captions > rules::STANDFIRST_MAX_NODES {
                    return None;
                }
                continue;
            }
            // Its length and link text, as scoring weighs them, through a
            // bounded number of nodes.
            let (mut len, mut link) = (0u32, 0u32);
            for (seen, n) in tree.descendants(id).enumerate() {
                if seen >= rules::STANDFIRST_MAX_NODES {
                    len = u32::MAX;
                    break;
                }
                if tree.text(n).is_some() && !self.invisible[n as usize] {
                    len += self.text_len[n as usize];
                    if tree
                        .ancestors(n)
                        .take_while(|&a| a != id)
                        .any(|a| tree.is(a, "a"))
                    {
                        link += self.text_len[n as usize];
                    }
                }
            }
            // A subtitle the page names as one may be shorter.
            let min = if subtitle && named_summary(id) {
                rules::LONE_LEAD_MIN_CHARS / 2
            } else {
                rules::LONE_LEAD_MIN_CHARS
            };
            if (len as usize) < min {
                continue;
            }
            let t = text::normalize_space(&tree.text_lines(id));
            let prose = (len as usize) <= rules::LONE_LEAD_MAX_CHARS
                && (t
                    .trim_end_matches(rules::CLOSING_QUOTES)
                    .ends_with(rules::SENTENCE_ENDS)
                    // A subtitle the page names as one may end without a
                    // full stop, as Brazilian and Spanish decks do.
                    || subtitle && named_summary(id)
                    || subtitle && Some(id) == inner)
                && link as f32 <= len as f32 * rules::LONE_LEAD_MAX_LINK_DENSITY
                && !tree
                    .ancestors(id)
                    .any(|a| matches!(tree.tag(a), "a" | "li" | "blockquote"))
                // Not a credit, a disclosure or the author's line (a block
                // named as a caption was passed over above).
                && !std::iter::once(id)
                    .chain(tree.ancestors(id).take(rules::LONE_LEAD_NAME_LEVELS))
                    .any(|a| {
                        self.byline[a as usize]
                            || rules::CREDIT
                                .iter()
                                .chain(rules::DISCLOSURE_NAMES)
                                .any(|k| self.names(a).contains(k))
                    })
                && !tree.descendants(id).any(|n| self.byline[n as usize])
                // The author's line opens with their name, or is little
                // more than it; a deck may name the author later on
                // ("Pour l'hydrologue X, la querelle ...").
                && !self.meta_byline.as_deref().is_some_and(|b| {
                    let lower = text::lower(&t);
                    lower.find(b).is_some_and(|at| {
                        lower[..at].chars().count() <= rules::LONE_LEAD_BYLINE_OPENING
                            || lower.len() <= b.len() + rules::LONE_LEAD_BYLINE_REST
                    })
                });
            if subtitle && !prose {
                // Another kind of block under the headline (a byline box).
                continue;
            }
            if !prose || lead.is_some() {
                // Prose of another kind, or a second paragraph: not a lead.
                return None;
            }
            lead = Some(t);
        }
        lead
    }

    /// Each node's index in document order (`order`); nodes outside the
    /// body come first.
    fn positions(&self) -> &[u32] {
        self.positions.get_or_init(|| {
            let mut pos = vec![0u32; self.tree.nodes.len()];
            for (k, &id) in self.order.iter().enumerate() {
                pos[id as usize] = k as u32;
            }
            pos
        })
    }

    /// The other chunks of a story split by the page's template into
    /// blocks that each wrap their part a few levels deep (`section.topic >
    /// div.row > div.col` three times, a table or a teaser row between
    /// them): for the lowest ancestor of `top` whose siblings repeat its
    /// tag and class, the node at the same path inside each such sibling,
    /// when it holds prose. A sibling with a headline of its own is another
    /// story; stories after `next_story` are not this one.
    fn template_cousins(
        &self,
        top: NodeId,
        drop: &[bool],
        stats: &Stats,
        next_story: Option<NodeId>,
    ) -> Vec<NodeId> {
        let tree = self.tree;
        // The same tag and class, or classes that differ by one modifier
        // on each side past two in common: a template's variants ("row
        // row--story main-section", "row row--story mobile-spacing").
        let sig = |a: NodeId, b: NodeId| {
            if tree.tag(a) != tree.tag(b) {
                return false;
            }
            let (ca, cb) = (tree.attr(a, "class"), tree.attr(b, "class"));
            if ca == cb {
                return true;
            }
            let (ca, cb) = (ca.unwrap_or(""), cb.unwrap_or(""));
            // Tokens are compared pairwise: only for class lists of a
            // template's size, so a hostile page's stays linear.
            if ca.len() > rules::TEMPLATE_CLASS_MAX_BYTES
                || cb.len() > rules::TEMPLATE_CLASS_MAX_BYTES
            {
                return false;
            }
            let shared = ca
                .split_ascii_whitespace()
                .filter(|t| cb.split_ascii_whitespace().any(|u| u == *t))
                .count();
            let (na, nb) = (
                ca.split_ascii_whitespace().count(),
                cb.split_ascii_whitespace().count(),
            );
            shared >= 2 && na - shared <= 1 && nb - shared <= 1
        };
        // path[0] = top, path[k] = its k-th ancestor.
        let mut path = vec![top];
        let mut cousins = Vec::new();
        for _ in 0..rules::TEMPLATE_MAX_DEPTH {
            let a = *path.last().unwrap_or(&top);
            let parent = tree.node(a).parent;
            if parent == NONE || parent == DOCUMENT || tree.is(a, "body") {
                break;
            }
            path.push(parent);
            let level = path.len() - 1;
            let a = parent;
            if tree.attr(a, "class").unwrap_or("").trim().is_empty() {
                continue;
            }
            let up = tree.node(a).parent;
            if up == NONE || up == DOCUMENT {
                break;
            }
            for sib in tree.child_elements(up) {
                if sib == a || drop[sib as usize] || !sig(sib, a) {
                    continue;
                }
                if next_story.is_some_and(|h| sib > h || tree.ancestors(h).any(|x| x == sib)) {
                    continue;
                }
                // Another story's headline, or a teaser's linked one (the
                // page's own headline heads the story's first chunk).
                let headline = tree.descendants(sib).any(|d| {
                    Some(d) != self.title_heading
                        && (tree.is(d, "h1")
                            || matches!(tree.tag(d), "h2" | "h3")
                                && stats.len[d as usize] > 0.0
                                && stats.link_density(d) > 0.5)
                });
                if headline {
                    continue;
                }
                // Down the same path: at each level the matching child with
                // the most text.
                let mut here = sib;
                for k in (0..level).rev() {
                    let want = path[k];
                    let next = tree
                        .child_elements(here)
                        .filter(|&c| !drop[c as usize] && sig(c, want))
                        .max_by(|&x, &y| stats.len[x as usize].total_cmp(&stats.len[y as usize]));
                    match next {
                        Some(n) => here = n,
                        None => {
                            here = NONE;
                            break;
                        }
                    }
                }
                if here != NONE
                    && stats.len[here as usize] >= rules::TEMPLATE_CHUNK_MIN_CHARS
                    && stats.link_density(here) < 0.25
                {
                    cousins.push(here);
                }
            }
            if !cousins.is_empty() {
                break;
            }
        }
        cousins
    }

    /// The whitespace-normalised text under `id`, one entry per list item
    /// when `list`, or `None` past `max_bytes` or
    /// [`rules::STANDFIRST_MAX_NODES`] nodes.
    fn bounded_lines(&self, id: NodeId, list: bool, max_bytes: usize) -> Option<Vec<String>> {
        let tree = self.tree;
        let mut lines = Vec::new();
        let mut t = String::new();
        let mut item = None;
        for (seen, n) in tree.descendants(id).enumerate() {
            if seen >= rules::STANDFIRST_MAX_NODES || t.len() > max_bytes {
                return None;
            }
            if list
                && tree.is(n, "li")
                && !item.is_some_and(|li| tree.ancestors(n).any(|a| a == li))
            {
                // A new item (not one nested in the last).
                let line = text::normalize_space(&t);
                if !line.is_empty() {
                    lines.push(line);
                }
                t.clear();
                item = Some(n);
            }
            if let Some(s) = tree.text(n) {
                if !self.invisible[n as usize] {
                    t.push_str(s);
                }
            }
        }
        let line = text::normalize_space(&t);
        if !line.is_empty() {
            lines.push(line);
        }
        Some(lines)
    }

    /// A recipe's ingredients outside the chosen blocks: many pages set the
    /// ingredient list in a box of its own beside the method. The items are
    /// marked as ingredients in the page's structured data (`itemprop`) or
    /// class names; the block holding them all, when it holds at least
    /// [`rules::INGREDIENTS_MIN_ITEMS`] of them, is not inside or around the
    /// chosen blocks, and is short, joins them.
    fn ingredients(&self, roots: &[NodeId], drop: &[bool], stats: &Stats) -> Option<NodeId> {
        let tree = self.tree;
        let all = self.ingredient_marks.get_or_init(|| {
            self.order
                .iter()
                .copied()
                .filter(|&id| {
                    !self.invisible[id as usize]
                        && (text::contains(self.names(id), rules::INGREDIENT_NAME)
                            || tree.attr(id, "itemprop").is_some_and(|v| {
                                rules::INGREDIENT_PROPS
                                    .iter()
                                    .any(|p| v.eq_ignore_ascii_case(p))
                            }))
                })
                .take(rules::INGREDIENTS_MAX_MARKS + 1)
                .collect()
        });
        if all.len() > rules::INGREDIENTS_MAX_MARKS {
            return None;
        }
        let marked: Vec<NodeId> = all
            .iter()
            .copied()
            .filter(|&id| !drop[id as usize] && stats.len[id as usize] > 0.0)
            .collect();
        if marked.is_empty() {
            return None;
        }
        // The items: marked nodes with no marked node inside (a list's
        // wrapper and an item's name part are marked too). In document
        // order, a node's first marked descendant comes right after it.
        let items = marked
            .iter()
            .enumerate()
            .filter(|&(i, &m)| {
                marked
                    .get(i + 1)
                    .is_none_or(|&next| !tree.ancestors(next).any(|a| a == m))
            })
            .count();
        if items < rules::INGREDIENTS_MIN_ITEMS {
            return None;
        }
        // The block holding them all: the longest shared start of their
        // root-first ancestor chains.
        let chain = |id: NodeId| {
            let mut c: Vec<NodeId> = std::iter::once(id).chain(tree.ancestors(id)).collect();
            c.reverse();
            c
        };
        let mut lca = chain(marked[0]);
        for &m in &marked[1..] {
            let c = chain(m);
            let k = lca.iter().zip(&c).take_while(|(a, b)| a == b).count();
            lca.truncate(k);
        }
        let &list = lca.last()?;
        // Apart from the chosen blocks: none of them at or above `b`, none
        // inside it (by pre-order position: inside `b` is between `b` and
        // the next node after its subtree). Linear in the roots and the
        // depth, however many sibling blocks were gathered.
        let pos = self.positions();
        let inside = |b: NodeId| {
            let end = tree.next_skipping_children(self.body, b);
            let (from, to) = (
                pos[b as usize],
                if end == NONE {
                    u32::MAX
                } else {
                    pos[end as usize]
                },
            );
            roots
                .iter()
                .any(|&r| pos[r as usize] > from && pos[r as usize] < to)
        };
        let mut is_root = vec![false; tree.nodes.len()];
        for &r in roots {
            is_root[r as usize] = true;
        }
        let apart = |b: NodeId| {
            !std::iter::once(b)
                .chain(tree.ancestors(b))
                .any(|a| is_root[a as usize])
                && !inside(b)
        };
        if stats.len[list as usize] > rules::INGREDIENTS_MAX_CHARS as f32 || !apart(list) {
            return None;
        }
        // With its heading and the line on servings: the box around the
        // list, while what it adds is a few words and no links.
        let mut list = list;
        for _ in 0..rules::INGREDIENTS_BOX_LEVELS {
            let p = tree.node(list).parent;
            let (l, pl) = (list as usize, p as usize);
            if p == NONE
                || p == self.body
                || drop[pl]
                || !apart(p)
                || stats.link_len[pl] > stats.link_len[l]
                || stats.len[pl] > stats.len[l] + rules::INGREDIENTS_BOX_EXTRA_CHARS as f32
            {
                break;
            }
            list = p;
        }
        Some(list)
    }

    /// The first `<h1>`/`<h2>` whose text is the article title, or an
    /// `<h1>` that opens with it: the shorter headline of the page's
    /// metadata, the heading going on with a subtitle ("… (and how to
    /// avoid them)").
    fn find_title_heading(&self, title: &str) -> Option<NodeId> {
        let title = text::normalize_lower(title);
        let long_enough = text::words(&title).nth(2).is_some();
        self.order.iter().copied().find(|&id| {
            let h1 = self.tree.is(id, "h1");
            if !(h1 || self.tree.is(id, "h2")) || self.invisible[id as usize] {
                return false;
            }
            let heading = text::normalize_lower(&self.tree.text_content(id));
            similarity(&title, &heading) >= 0.75
                || (h1 && long_enough && heading.starts_with(title.as_str()))
        })
    }

    /// Where the page has no headline in an `<h1>` or `<h2>`, the first
    /// `<h3>` that reads as the title: some templates set the headline
    /// there (Korean news systems' `h3.heading`). Only the subtitle under
    /// it is looked for from it; the rules that take the headline out of
    /// the body keep to [`Self::find_title_heading`].
    fn find_h3_headline(&self, title: &str) -> Option<NodeId> {
        let title = text::normalize_lower(title);
        self.order.iter().copied().find(|&id| {
            self.tree.is(id, "h3")
                && !self.invisible[id as usize]
                && similarity(&title, &text::normalize_lower(&self.tree.text_content(id))) >= 0.75
        })
    }

    /// A page of several stories one after another, each under its own
    /// `<h1>` (an endless scroll): the story under the page's headline is
    /// the article, even when a later one scores higher. The best
    /// candidate that holds the headline, or sits between it and the next
    /// story's `<h1>`, moves to the front of `ranked`.
    /// A headline in a block this pass leaves out, or in an `<aside>` (a
    /// "Related:" box's heading), is no next story.
    fn prefer_headline_story(&self, ranked: &mut [(f32, NodeId)], drop: &[bool]) -> Option<NodeId> {
        let tree = self.tree;
        let th = self.title_heading.filter(|&h| tree.is(h, "h1"))?;
        let &(best, top) = ranked.first()?;
        let next = self
            .order
            .iter()
            .copied()
            .skip_while(|&id| id != th)
            .find(|&id| {
                id > th
                    && tree.is(id, "h1")
                    && !self.invisible[id as usize]
                    && !drop[id as usize]
                    && !tree
                        .ancestors(id)
                        .any(|a| a == th || drop[a as usize] || tree.is(a, "aside"))
            })?;
        let holds = |c: NodeId, h: NodeId| tree.ancestors(h).any(|a| a == c);
        // Only when the winner is another story (after the next headline,
        // not holding ours), or holds both stories, each in an `<article>`
        // of its own (not one article whose sections use `<h1>`).
        let story = |h: NodeId| {
            std::iter::once(h)
                .chain(tree.ancestors(h))
                .find(|&a| tree.is(a, "article"))
        };
        let other_story = !holds(top, th) && (top > next || holds(top, next));
        let both = holds(top, th)
            && holds(top, next)
            && story(th).is_some_and(|a| Some(a) != story(next) && story(next).is_some());
        if !(other_story || both) {
            return None;
        }
        let ours = ranked.iter().position(|&(s, c)| {
            s >= best * rules::HEADLINE_STORY_MIN_SHARE
                && !holds(c, next)
                && (holds(c, th) || (c > th && c < next))
        });
        let k = ours?;
        ranked[..=k].rotate_right(1);
        Some(next)
    }

    /// A post in an `<article>` of its own followed by other `<article>`s
    /// in the same wrapper: teasers of other posts under a "You may like"
    /// heading, each with its own heading, excerpt and share bar, or the
    /// comments, each an `<article>`. When the best candidate holds the
    /// headline's article and such an article after it, the best
    /// candidate within the headline's article (if it scores at least
    /// `HEADLINE_STORY_MIN_SHARE` of the best) moves to the front of
    /// `ranked`, and a node at the start of the first article after it is
    /// returned: the story ends there.
    fn prefer_headline_article(
        &self,
        ranked: &mut [(f32, NodeId)],
        drop: &[bool],
    ) -> Option<NodeId> {
        let tree = self.tree;
        let th = self.title_heading?;
        let story = tree.ancestors(th).find(|&a| tree.is(a, "article"))?;
        let &(best, top) = ranked.first()?;
        let holds = |c: NodeId, d: NodeId| tree.ancestors(d).any(|a| a == c);
        if top == story || !holds(top, story) {
            return None;
        }
        // The first article after the story in the candidate, not inside
        // a block this pass leaves out.
        let mut next = NONE;
        let mut d = tree.next_skipping_children(top, story);
        while d != NONE {
            if drop[d as usize] || self.invisible[d as usize] {
                d = tree.next_skipping_children(top, d);
                continue;
            }
            if tree.is(d, "article") {
                next = d;
                break;
            }
            d = tree.next_in(top, d);
        }
        if next == NONE {
            return None;
        }
        let k = ranked.iter().position(|&(s, c)| {
            s >= best * rules::HEADLINE_STORY_MIN_SHARE && (c == story || holds(story, c))
        })?;
        ranked[..=k].rotate_right(1);
        // The fence is a node inside the next article, as a next story's
        // headline is: the article holding it is not joined as a sibling.
        let inside = tree.node(next).first_child;
        Some(if inside != NONE { inside } else { next })
    }

    /// The first text node with words that `body` keeps.
    fn first_kept_text(&self, body: &Body) -> Option<NodeId> {
        let tree = self.tree;
        for &r in &body.roots {
            let mut id = r;
            while id != NONE {
                if body.drop[id as usize] || self.invisible[id as usize] {
                    id = tree.next_skipping_children(r, id);
                    continue;
                }
                if tree.text(id).is_some_and(|t| !text::is_blank(t)) {
                    return Some(id);
                }
                id = tree.next_in(r, id);
            }
        }
        None
    }

    /// Characters of kept text, as scoring weighs them: all text run
    /// together, whitespace runs counted once, ends trimmed, CJK
    /// characters counted three times.
    pub(crate) fn kept_len(&self, body: &Body) -> usize {
        let tree = self.tree;
        let mut total = 0usize;
        let mut pending_space = false;
        for &r in body.roots.iter().filter(|&&r| Some(r) != body.ingredients) {
            let mut id = r;
            while id != NONE {
                if body.drop[id as usize] || self.invisible[id as usize] {
                    id = tree.next_skipping_children(r, id);
                    continue;
                }
                if let Some(t) = tree.text(id) {
                    // A text node of whitespace only (indentation between
                    // tags, mostly) is told at once.
                    if t.len() > 1 && self.is_blank(id) {
                        pending_space = total > 0;
                    } else {
                        for c in t.chars() {
                            if c.is_whitespace() {
                                pending_space = total > 0;
                            } else {
                                if pending_space {
                                    total += 1;
                                    pending_space = false;
                                }
                                // A CJK character carries as much as a short
                                // word, as scoring weighs it: a 450-character
                                // Japanese story is not "too short".
                                total += if text::is_cjk(c) { 3 } else { 1 };
                            }
                        }
                    }
                }
                id = tree.next_in(r, id);
            }
        }
        total
    }

    /// Class weight of an element: positive for article-ish names,
    /// negative for chrome-ish ones.
    pub(crate) fn class_weight(&self, id: NodeId, pass: Pass) -> f32 {
        if !pass.weight_classes {
            return 0.0;
        }
        // Entry 0 (no class, no id, or both empty) weighs nothing.
        let known = &self.class_weights[self.names[id as usize] as usize];
        if !known.get().is_nan() {
            return known.get();
        }
        let Some(el) = self.tree.element(id) else {
            return 0.0;
        };
        let mut w = 0.0;
        for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
            if value.is_empty() {
                continue;
            }
            let v = text::without_scroll_utilities(text::lower(value));
            if is_negative_name(&v, false) {
                w -= rules::CLASS_WEIGHT;
            }
            // "article-header", "entry-header" name the story's header,
            // not the story: its headline and summary are no body text.
            let positive = v.split_ascii_whitespace().any(|t| {
                text::contains_any(t, rules::POSITIVE)
                    && !text::contains_any(t, rules::HEADER_PARTS)
                    && !is_text_utility(t)
                    && !is_page_wrapper(t)
            });
            if positive {
                w += rules::CLASS_WEIGHT;
            }
        }
        known.set(w);
        w
    }

    /// The node's lower-case "class id", empty when it has neither.
    pub(crate) fn names(&self, id: NodeId) -> &str {
        &self.name_list[self.names[id as usize] as usize]
    }

    /// Whether the node's lower-case "class id" holds any of `words`
    /// ([`text::contains_any`]), the name's byte pairs made once.
    pub(crate) fn names_have(&self, id: NodeId, words: &[&str]) -> bool {
        let k = self.names[id as usize] as usize;
        names_in(&self.name_list[k], &self.name_pairs[k], words)
    }

    /// Whether a block marked `role=alert` is a note set in the text
    /// ("Note", "Warning" over a paragraph), as documentation themes mark
    /// them after Bootstrap's own examples: it holds a paragraph and no
    /// control (a cookie notice's or a form error's buttons and fields),
    /// judged on its first [`rules::FIGURE_MAX_NODES`] nodes.
    fn is_admonition(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let mut paragraph = false;
        for d in tree.descendants(id).take(rules::FIGURE_MAX_NODES as usize) {
            match tree.tag(d) {
                "p" => paragraph = true,
                "button" | "input" | "select" | "textarea" | "form" => return false,
                _ => {}
            }
        }
        paragraph
    }

    fn is_unlikely(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let tag = tree.tag(id);
        if tag == "body" || tag == "a" || tag == "article" || tag == "main" {
            return false;
        }
        if let Some(role) = tree.attr(id, "role") {
            let role = text::lower(role.trim());
            if rules::UNLIKELY_ROLES.contains(&role.as_str())
                && !(role == "alert" && self.is_admonition(id))
            {
                return true;
            }
        }
        let names = self.names(id);
        if names.is_empty() {
            return false;
        }
        // The block around the title ("entry-header", "Post__header") is
        // the article's own header, with its standfirst: not site chrome.
        if self
            .title_heading
            .is_some_and(|t| t == id || tree.ancestors(t).any(|a| a == id))
            && !tree.child_elements(id).any(|c| tree.is(c, "nav"))
        {
            return false;
        }
        // A heading named "header" ("c-heading b-header",
        // "header-anchor-post") names itself: a subheading of the story.
        // So does a section's own header in the story (a live post's
        // "header" around its time and title, over the post's
        // paragraphs); a site's header holds its menus. Their other names
        // still count ("related-header").
        if names.contains("header") && (rules::is_heading(tag) || self.heads_section(id)) {
            let rest = names.replace("header", " ");
            if !unlikely_by_name(&rest, &OnceCell::new()) {
                return false;
            }
        }
        let verdict = &self.unlikely_name[self.names[id as usize] as usize];
        if verdict.get() == 0 {
            let k = self.names[id as usize] as usize;
            verdict.set(if unlikely_by_name(names, &self.name_pairs[k]) {
                2
            } else {
                1
            });
        }
        if verdict.get() == 1 {
            return false;
        }
        // Tables and code keep their rows and lines whatever they are named.
        if tree
            .ancestors(id)
            .any(|a| tree.is(a, "table") || tree.is(a, "code"))
        {
            return false;
        }
        // A "social" wrapper around an embedded post is content.
        !self.holds_embed(id)
    }

    /// Whether `id` is a small box around a subheading (an `h2` to `h6`
    /// with most of the box's words, perhaps a time beside it: no list,
    /// no menu, no link but the heading's own) and the element after it
    /// holds a paragraph's worth of words.
    fn heads_section(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let (mut all, mut heading, mut nodes) = (0u32, 0u32, 0);
        let mut d = id;
        while d != NONE {
            nodes += 1;
            if nodes > rules::SECTION_HEADER_MAX_NODES {
                return false;
            }
            match tree.tag(d) {
                "h2" | "h3" | "h4" | "h5" | "h6" => {
                    // A bounded look, as the walk around it is.
                    heading += tree
                        .descendants(d)
                        .take(rules::SECTION_HEADER_MAX_NODES as usize)
                        .map(|x| self.text_len[x as usize])
                        .sum::<u32>();
                }
                "ul" | "ol" | "nav" | "form" | "img" | "a" | "button" | "input" => return false,
                _ => {}
            }
            all += self.text_len[d as usize];
            d = tree.next_in(id, d);
        }
        let next = tree.next_element(id);
        heading > 0
            && heading * 2 >= all
            && next != NONE
            && tree
                .descendants(next)
                .take(rules::SECTION_HEADER_MAX_NODES as usize)
                .map(|x| self.text_len[x as usize])
                .sum::<u32>()
                >= rules::PROSE_PARAGRAPH_MIN_CHARS
    }

    /// Whether `id` is a text node of whitespace only (`t.trim().is_empty()`),
    /// told from its measured length where it was measured: a blank line
    /// between tags measures at most one (its one run of whitespace).
    /// Scoring asks this of every child of every block it scores, and the
    /// blank lines are long runs of indentation.
    fn is_blank(&self, id: NodeId) -> bool {
        let Some(t) = self.tree.text(id) else {
            return false;
        };
        if self.invisible[id as usize] {
            // Not measured.
            return text::is_blank(t);
        }
        match self.text_len[id as usize] {
            0 => true,
            1 => t.chars().next().is_some_and(char::is_whitespace),
            _ => false,
        }
    }

    /// True when `id` has two `<br>` children in a row (whitespace between).
    fn has_br_pair(&self, id: NodeId) -> bool {
        let tree = self.tree;
        let mut last_br = false;
        for c in tree.children(id) {
            if tree.is(c, "br") {
                if last_br {
                    return true;
                }
                last_br = true;
            } else if !self.is_blank(c) {
                last_br = false;
            }
        }
        false
    }

    /// Whether `id` holds an embedded post (a tweet, an Instagram post).
    pub(crate) fn holds_embed(&self, id: NodeId) -> bool {
        self.embed[id as usize]
    }

    /// Runs of teaser cards: at least [`rules::TEASER_RUN_MIN`] sibling
    /// elements of one tag and class, each a short block (a headline and a
    /// blurb, see [`Page::is_teaser_card`]), holding all their parent's
    /// text but a label of at most [`rules::TEASER_LABEL_MAX_CHARS`]. A
    /// list of other stories, in any language: the story's own heading
    /// links nowhere. The outermost wrapper that holds nothing more than
    /// the run and such a label stands for it. Lists inside the headed
    /// story's own block are the story's.
    fn find_teaser_cards(&self, stats: &Stats, drop: &[bool]) -> Vec<NodeId> {
        let tree = self.tree;
        let mut found = Vec::new();
        let mut run: Vec<NodeId> = Vec::new();
        // The block the page gives the headed story: the marked article
        // container (`<article>`, `articleBody`) holding the headline, or
        // else the headline's parent.
        let story_box = self.title_heading.map(|h| {
            tree.ancestors(h)
                .take_while(|&a| a != self.body)
                .find(|&a| self.is_marked_article(a))
                .unwrap_or(tree.node(h).parent)
        });
        // The first node after a run already found: what comes before it
        // (`order` is pre-order) is inside the run.
        let mut resume = NONE;
        for &p in &self.order {
            if resume != NONE {
                if p != resume {
                    continue;
                }
                resume = NONE;
            }
            let pi = p as usize;
            if drop[pi] || self.invisible[pi] || tree.element(p).is_none() {
                continue;
            }
            let plen = stats.len[pi];
            if plen < rules::PROSE_MIN_CHARS {
                continue;
            }
            run.clear();
            for c in tree.child_elements(p) {
                if !drop[c as usize] && self.is_teaser_card(c, stats, drop) {
                    run.push(c);
                }
            }
            if run.len() < rules::TEASER_RUN_MIN {
                continue;
            }
            // The cards of the run: those shaped like the first one.
            let key = |c: NodeId| (tree.tag(c), tree.attr(c, "class").unwrap_or(""));
            let first = key(run[0]);
            run.retain(|&c| key(c) == first);
            let len: f32 = run.iter().map(|&c| stats.len[c as usize]).sum();
            // A list of its own, with a label at most ("More news"): cards
            // among the story's paragraphs are the story's (a roundup).
            if run.len() < rules::TEASER_RUN_MIN || plen - len > rules::TEASER_LABEL_MAX_CHARS {
                continue;
            }
            // Nor is a list inside the headed story's block.
            if story_box.is_some_and(|b| p == b || tree.ancestors(p).any(|a| a == b)) {
                continue;
            }
            // The run's wrappers go with it, up to the block that holds
            // something else.
            let mut top = p;
            loop {
                let up = tree.node(top).parent;
                if up == NONE
                    || up == self.body
                    || stats.len[up as usize] - len > rules::TEASER_LABEL_MAX_CHARS
                {
                    break;
                }
                top = up;
            }
            found.push(top);
            resume = tree.next_skipping_children(self.body, top);
            if resume == NONE {
                // Nothing follows in the body.
                break;
            }
        }
        found
    }

    /// A short block (a `div`, `li`, `article`, `section`, or a link
    /// around the whole card) whose first heading (within a few nodes) is
    /// wholly a link into the site, other than to a place on this page;
    /// or whose text is little more than that heading, beside such a link.
    fn is_teaser_card(&self, c: NodeId, stats: &Stats, drop: &[bool]) -> bool {
        let tree = self.tree;
        let len = stats.len[c as usize];
        if len <= 0.0
            || len > rules::PROMO_MAX_CHARS * 2.0
            || !matches!(tree.tag(c), "div" | "li" | "article" | "section" | "a")
        {
            return false;
        }
        let same_site = |a: NodeId| {
            tree.is(a, "a")
                && crate::url::same_site(tree.attr(a, "href").unwrap_or(""), self.host.as_deref())
        };
        // The card's first heading; and, on the way, whether a link into
        // the site is laid over it empty (no words, no picture), which the
        // page stretches across the card ("stretched link"): that makes a
        // card with no heading element.
        let mut heading = None;
        let mut stretched = false;
        for d in tree.descendants(c).take(rules::FIGURE_MAX_NODES as usize) {
            match tree.tag(d) {
                "h2" | "h3" | "h4" | "h5" | "h6" => {
                    heading = Some(d);
                    break;
                }
                "a" if !stretched
                    && stats.len[d as usize] <= 0.0
                    && tree.child_elements(d).next().is_none() =>
                {
                    stretched = same_site(d);
                }
                _ => {}
            }
        }
        let Some(h) = heading else {
            return stretched;
        };
        let hl = stats.len[h as usize];
        if drop[h as usize] || hl <= 0.0 {
            return false;
        }
        // A link around the heading, or the heading's text all linked.
        let around = tree
            .ancestors(h)
            .take_while(|&a| a != tree.node(c).parent)
            .find(|&a| tree.is(a, "a"));
        match around {
            Some(a) => same_site(a),
            None if stats.link_len[h as usize] >= hl * 0.9 => tree.descendants(h).any(same_site),
            // A card with a blurb: its heading is plain text, and its last
            // words are a short link into the site ("Read more", "Mehr
            // erfahren", "続きを読む").
            None if stats.link_len[c as usize] > 0.0
                && self.ends_in_short_link(c, stats, same_site) =>
            {
                true
            }
            // A headline tile: the heading is all its text, and its picture
            // is the link to the story.
            None => {
                len <= hl + rules::PROMO_LABEL_MAX_CHARS
                    && tree
                        .descendants(c)
                        .take(rules::FIGURE_MAX_NODES as usize)
                        .any(same_site)
            }
        }
    }

    /// Whether the last words of card `c` (within its first
    /// [`rules::FIGURE_MAX_NODES`] nodes) are a link that `link_ok` accepts,
    /// of at most [`rules::PROMO_LABEL_MAX_CHARS`]: a card's "read more".
    fn ends_in_short_link(
        &self,
        c: NodeId,
        stats: &Stats,
        link_ok: impl Fn(NodeId) -> bool,
    ) -> bool {
        let tree = self.tree;
        let Some(last) = tree
            .descendants(c)
            .take(rules::FIGURE_MAX_NODES as usize)
            .filter(|&t| tree.text(t).is_some() && !self.is_blank(t))
            .last()
        else {
            return false;
        };
        tree.ancestors(last)
            .take_while(|&a| a != c)
            .find(|&a| tree.is(a, "a"))
            .is_some_and(|a| stats.len[a as usize] <= rules::PROMO_LABEL_MAX_CHARS && link_ok(a))
    }

    /// One extraction pass.
    fn run(&self, pass: Pass) -> Option<Body> {
        let tree = self.tree;
        let n = tree.nodes.len();

        // 1. What this pass leaves out before scoring.
        let mut drop = vec![false; n];
        let mut why = vec![Rule::Kept; n];
        for &id in &self.order {
            let i = id as usize;
            let parent = tree.node(id).parent;
            if parent != NONE && drop[parent as usize] {
                drop[i] = true;
                continue;
            }
            if tree.element(id).is_none() {
                continue;
            }
            let rule = if self.hidden[i] {
                Rule::Hidden
            } else if self.byline[i] {
                Rule::Byline
            } else if Some(id) == self.title_heading {
                Rule::TitleHeading
            } else if is_modal(tree, id) {
                Rule::Modal
            } else if pass.strip_unlikely && self.is_unlikely(id) {
                Rule::UnlikelyName
            } else {
                continue;
            };
            drop[i] = true;
            why[i] = rule;
        }

        // 2. Text statistics over what is left.
        let mut stats = Stats::compute(self, &drop);
        // The strict pass also leaves out runs of teaser cards for other
        // stories, which outweigh a short story beside them.
        if pass.strip_unlikely {
            let cards = self.find_teaser_cards(&stats, &drop);
            if !cards.is_empty() {
                for &c in &cards {
                    for d in tree.descendants(c) {
                        drop[d as usize] = true;
                    }
                    why[c as usize] = Rule::Promo;
                }
                stats = Stats::compute(self, &drop);
            }
            let _ = self.teaser_cards.set(cards);
        }

        // 3. Score paragraphs into their ancestors.
        let mut score = vec![f32::NAN; n];
        let mut as_para = vec![false; n];
        let mut candidates: Vec<NodeId> = Vec::new();
        // The first node after a paragraph already scored as a whole: the
        // nodes before it are inside that paragraph (`order` is pre-order),
        // so skipping them needs no walk up the tree per node.
        let mut resume = NONE;
        // Per table: 0 not yet judged, 1 layout, 2 data.
        let mut data_tables = vec![0u8; n];
        for &id in &self.order {
            if resume != NONE {
                if id != resume {
                    continue;
                }
                resume = NONE;
            }
            let i = id as usize;
            if drop[i] || tree.element(id).is_none() {
                continue;
            }
            let tag = tree.tag(id);
            let scored: Option<(NodeId, f32, f32)> = match tag {
                // Cells of data tables are data, not prose: only layout
                // tables' cells stand for paragraphs.
                "td" if tree
                    .ancestors(id)
                    .find(|&a| tree.is(a, "table"))
                    .is_some_and(|t| {
                        let state = &mut data_tables[t as usize];
                        if *state == 0 {
                            *state = if is_data_table(tree, t) { 2 } else { 1 };
                        }
                        *state == 2
                    }) =>
                {
                    None
                }
                // A heading that repeats the page's description is the
                // summary under the headline: it belongs to the story's
                // header (the reader shows it there), and scoring it would
                // make a header block of a headline and its summary look
                // like the story when the story sits beside it.
                "h2" | "h3" | "h4" | "h5" | "h6" if self.repeats_description(id, &stats) => None,
                "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    Some((tree.node(id).parent, stats.len[i], stats.commas[i]))
                }
                // An `<article>` holding its story as text runs between
                // `<br>`s and blocks (Naver's `article#dic_area`): the runs
                // are its paragraphs. An `<article>` of inline content
                // alone is a teaser card, no paragraph.
                "article" => {
                    if stats.has_block[i] || self.has_br_pair(id) {
                        for (len, commas) in self.phrasing_runs(id, &drop, &stats) {
                            self.add_score(id, len, commas, pass, &mut score, &mut candidates);
                        }
                    }
                    None
                }
                "div" => {
                    if !stats.has_block[i] && !self.has_br_pair(id) {
                        as_para[i] = true;
                        // NONE at the end of the body: nothing follows.
                        resume = tree.next_skipping_children(self.body, id);
                        if resume == NONE {
                            resume = DOCUMENT;
                        }
                        Some((tree.node(id).parent, stats.len[i], stats.commas[i]))
                    } else {
                        // Runs of inline content directly in a container
                        // div are paragraphs of their own.
                        for (len, commas) in self.phrasing_runs(id, &drop, &stats) {
                            self.add_score(id, len, commas, pass, &mut score, &mut candidates);
                        }
                        None
                    }
                }
                _ => None,
            };
            if let Some((parent, len, commas)) = scored {
                if parent != NONE {
                    self.add_score(parent, len, commas, pass, &mut score, &mut candidates);
                }
            }
        }

        // 4. Scale by link density and pick the best.
        let mut ranked: Vec<(f32, NodeId)> = candidates
            .iter()
            .map(|&c| {
                let s = score[c as usize] * (1.0 - stats.link_density(c));
                score[c as usize] = s;
                (s, c)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        // The next story's headline, when the one under ours was preferred:
        // climbing must not take in the stories after it.
        let next_story = self
            .prefer_headline_story(&mut ranked, &drop)
            .or_else(|| self.prefer_headline_article(&mut ranked, &drop));
        ranked.truncate(rules::TOP_CANDIDATES);
        #[cfg(debug_assertions)]
        if std::env::var_os("LECTOR_DEBUG").is_some() {
            for &(s, c) in &ranked {
                eprintln!(
                    "candidate {} <{} {}> score {s:.1} len {}",
                    c,
                    tree.tag(c),
                    self.names(c),
                    stats.len[c as usize]
                );
            }
        }

        let body = self.body;
        let mut top = match ranked.first() {
            Some(&(_, c)) if c != body => c,
            _ => {
                // No container stands out: the whole body is the article.
                // Scores are done with; free them before cleaning.
                std::mem::drop((score, data_tables));
                let mut out = Body {
                    roots: vec![body],
                    drop,
                    data_table: vec![false; n],
                    why,
                    chosen: format!("{}: no container stands out, the whole body", pass.name()),
                    summary: None,
                    byline: None,
                    ingredients: None,
                    figures: Vec::new(),
                };
                crate::clean::clean(self, &mut out, stats, &as_para, pass);
                return Some(out);
            }
        };
        let top_score = ranked[0].0;

        // Several close runners-up inside one ancestor: the article is
        // split into sections, and that ancestor holds them all.
        let close: Vec<NodeId> = ranked[1..]
            .iter()
            .filter(|(s, _)| *s / top_score >= 0.75)
            .map(|&(_, c)| c)
            .collect();
        if next_story.is_none() && close.len() >= rules::MIN_SHARED_CANDIDATES {
            let mut p = tree.node(top).parent;
            while p != NONE && p != body && p != DOCUMENT {
                let sharing = close
                    .iter()
                    .filter(|&&c| tree.ancestors(c).any(|a| a == p))
                    .count();
                if sharing >= rules::MIN_SHARED_CANDIDATES {
                    top = p;
                    break;
                }
                p = tree.node(p).parent;
            }
        }
        if score[top as usize].is_nan() {
            score[top as usize] = self.initial_score(top, pass);
        }

        // Climb while the parent scores better: the top block may be one
        // section of a larger article.
        let mut parent = tree.node(top).parent;
        let mut last = score[top as usize];
        let threshold = last / 3.0;
        while parent != NONE && parent != body && parent != DOCUMENT && !self.is_article_body(top) {
            if next_story.is_some_and(|h| tree.ancestors(h).any(|a| a == parent)) {
                break;
            }
            let ps = score[parent as usize];
            if ps.is_nan() {
                parent = tree.node(parent).parent;
                continue;
            }
            if ps < threshold {
                break;
            }
            if ps > last {
                top = parent;
                break;
            }
            last = ps;
            parent = tree.node(parent).parent;
        }
        // A table row or body is never an article by itself: its table,
        // and what surrounds the table, is.
        while matches!(tree.tag(top), "tr" | "tbody" | "thead" | "tfoot") {
            top = tree.node(top).parent;
        }
        // A lone child stands for its parent.
        let mut parent = tree.node(top).parent;
        while parent != NONE
            && parent != body
            && parent != DOCUMENT
            && tree
                .child_elements(parent)
                .filter(|&c| !drop[c as usize])
                .count()
                == 1
        {
            top = parent;
            parent = tree.node(top).parent;
        }
        if score[top as usize].is_nan() {
            score[top as usize] = self.initial_score(top, pass);
        }

        // 5. Siblings that belong with the top block.
        let top_score = score[top as usize];
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = tree.attr(top, "class").unwrap_or("");
        let mut roots = Vec::new();
        if parent == NONE || parent == DOCUMENT {
            roots.push(top);
        } else {
            for sib in tree.child_elements(parent) {
                let si = sib as usize;
                if drop[si] {
                    continue;
                }
                if sib == top {
                    roots.push(sib);
                    continue;
                }
                // Not the stories after ours.
                if next_story.is_some_and(|h| sib > h || tree.ancestors(h).any(|a| a == sib)) {
                    continue;
                }
                let bonus = if !top_class.is_empty() && tree.attr(sib, "class") == Some(top_class) {
                    top_score * 0.2
                } else {
                    0.0
                };
                let s = score[si];
                if !s.is_nan() && s + bonus >= threshold
                    || is_prose_sibling(tree, sib, &as_para, &stats)
                    // The next chunk of a story a page builder sets in a
                    // row of like blocks ("t-rec"), each a few paragraphs:
                    // the same class, prose, hardly a link.
                    // No form: a consent gate's box is set like the story's.
                    || (bonus > 0.0
                        && s > 0.0
                        && stats.len[si] >= rules::PROSE_MIN_CHARS
                        && stats.link_density(sib) < 0.1
                        && !tree
                            .descendants(sib)
                            .take(rules::FIGURE_MAX_NODES as usize)
                            .any(|d| {
                                matches!(
                                    tree.tag(d),
                                    "form" | "input" | "button" | "textarea" | "select" | "iframe"
                                )
                            }))
                    || (sib < top && is_key_points(tree, sib, &stats))
                    || (sib < top && self.states_claim(sib, &stats))
                    || (sib < top
                        && self.title_heading.is_none_or(|h| sib > h)
                        && is_lead_wrapper(
                            tree,
                            sib,
                            &as_para,
                            &stats,
                            &drop,
                            self.is_article_body(parent),
                        ))
                {
                    roots.push(sib);
                }
            }
        }
        // 5c. Pictures and videos set between the story's blocks are the
        // story's, though they hold no text to score.
        // (Between blocks with text: an empty root is no chunk of the
        // story.)
        let mut texts = roots
            .iter()
            .copied()
            .filter(|&r| stats.len[r as usize] > 0.0);
        let between = match (texts.next(), texts.next_back()) {
            (Some(first), Some(last)) if parent != NONE && parent != DOCUMENT => {
                Some((first, last))
            }
            _ => None,
        };
        if let Some((first, last)) = between {
            let mut next = 0;
            let mut with_media = Vec::with_capacity(roots.len());
            for sib in tree.child_elements(parent) {
                if roots.get(next) == Some(&sib) {
                    with_media.push(sib);
                    next += 1;
                } else if sib > first
                    && sib < last
                    && !drop[sib as usize]
                    && (stats.len[sib as usize] == 0.0 && is_media_block(tree, sib)
                        || is_exhibit_block(tree, sib, &stats))
                {
                    with_media.push(sib);
                }
            }
            roots = with_media;
        }
        // 5a. The story's first paragraphs beside a wrapper that adds no
        // more than a label or a button to the top block ("Read more" over
        // the rest of the story): prose paragraphs among the wrapper's
        // siblings belong with it.
        if parent != NONE && parent != body && parent != DOCUMENT && roots.len() == 1 {
            let outer = tree.node(parent).parent;
            let wraps = stats.len[parent as usize] - stats.len[top as usize]
                <= rules::PROMO_LABEL_MAX_CHARS;
            if wraps && outer != NONE && outer != DOCUMENT {
                let mut joined = Vec::new();
                for sib in tree.child_elements(outer) {
                    let si = sib as usize;
                    if sib == parent {
                        joined.push(top);
                        continue;
                    }
                    if drop[si] || next_story.is_some_and(|h| sib > h) {
                        continue;
                    }
                    if is_prose_sibling(tree, sib, &as_para, &stats) {
                        joined.push(sib);
                    }
                }
                if joined.len() > 1 {
                    roots = joined;
                }
            }
        }
        // 5b. The same template repeated higher up: the story split into
        // chunks that each sit a few wrappers deep.
        if roots.len() == 1 {
            let cousins = self.template_cousins(top, &drop, &stats, next_story);
            if !cousins.is_empty() {
                // The cousins come in document order: the story's own
                // chunk goes among them where it stands.
                let pos = self.positions();
                let before = cousins
                    .iter()
                    .take_while(|&&c| pos[c as usize] < pos[top as usize])
                    .count();
                roots = cousins;
                roots.insert(before, top);
            }
        }
        // 6. A recipe's ingredients, kept apart from its method.
        let ingredients = self.ingredients(&roots, &drop, &stats);
        if let Some(list) = ingredients {
            let pos = self.positions();
            let i = roots
                .iter()
                .position(|&r| pos[r as usize] > pos[list as usize])
                .unwrap_or(roots.len());
            roots.insert(i, list);
        }
        std::mem::drop((score, data_tables));
        // The score in tenths, written by hand: float formatting would add
        // its tables to the wasm build for this one line.
        let tenths = (top_score * 10.0).round() as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let chosen = format!(
            "{}: <{}{}> scored {sign}{}.{}, with {} sibling block(s){}",
            pass.name(),
            tree.tag(top),
            match self.names(top) {
                "" => String::new(),
                names => format!(" \"{names}\""),
            },
            tenths.abs() / 10,
            tenths.abs() % 10,
            roots
                .len()
                .saturating_sub(1 + usize::from(ingredients.is_some())),
            if ingredients.is_some() {
                " and the recipe's ingredient list"
            } else {
                ""
            }
        );
        let mut out = Body {
            roots,
            drop,
            data_table: vec![false; n],
            why,
            chosen,
            summary: None,
            byline: None,
            ingredients,
            figures: Vec::new(),
        };
        crate::clean::clean(self, &mut out, stats, &as_para, pass);
        Some(out)
    }

    /// Text length and commas of each run of inline content directly in
    /// `div`.
    pub(crate) fn phrasing_runs(
        &self,
        div: NodeId,
        drop: &[bool],
        stats: &Stats,
    ) -> Vec<(f32, f32)> {
        let tree = self.tree;
        let mut runs = Vec::new();
        let mut cur: Option<(f32, f32)> = None;
        // `<br><br>` (whitespace between allowed) ends a paragraph as much
        // as a block does: many pages write paragraphs that way.
        let mut last_was_br = false;
        for c in tree.children(div) {
            let ci = c as usize;
            if drop[ci] {
                continue;
            }
            if tree.is(c, "br") {
                if last_was_br {
                    if let Some(r) = cur.take() {
                        runs.push(r);
                    }
                }
                last_was_br = true;
                continue;
            }
            if self.is_blank(c) {
                continue;
            }
            last_was_br = false;
            if self.is_phrasing(c, stats) {
                let e = cur.get_or_insert((0.0, 0.0));
                e.0 += stats.len[ci];
                e.1 += stats.commas[ci];
            } else if let Some(r) = cur.take() {
                runs.push(r);
            }
        }
        if let Some(r) = cur {
            runs.push(r);
        }
        runs
    }

    /// Whether heading `id` is long enough to score and says what the
    /// page's description says.
    /// Whether `id` is a fact-check's verdict box over the story: a short
    /// block of few links whose words hold most of the reviewed claim's
    /// ([`rules::CLAIM_MIN_SHARE`]).
    fn states_claim(&self, id: NodeId, stats: &Stats) -> bool {
        let len = stats.len[id as usize];
        if self.claim_words.is_empty()
            || len == 0.0
            || len > rules::KEY_POINTS_MAX_CHARS
            || stats.link_density(id) > 0.1
        {
            return false;
        }
        let t = text::lower(&self.tree.text_content(id));
        let words: Vec<&str> = t.split(|ch: char| !ch.is_alphanumeric()).collect();
        let held = self
            .claim_words
            .iter()
            .filter(|w| words.contains(&w.as_str()))
            .count();
        held as f32 >= self.claim_words.len() as f32 * rules::CLAIM_MIN_SHARE
    }

    fn repeats_description(&self, id: NodeId, stats: &Stats) -> bool {
        let Some(d) = self.meta_excerpt.as_deref() else {
            return false;
        };
        stats.len[id as usize] >= rules::MIN_PARAGRAPH_LEN as f32
            && is_description(d, &text::normalize_lower(&self.tree.text_content(id)))
    }

    fn is_phrasing(&self, id: NodeId, stats: &Stats) -> bool {
        let tree = self.tree;
        if tree.node(id).is_text() {
            return true;
        }
        match tree.element(id) {
            Some(e) => {
                if e.ns != crate::dom::Ns::Html {
                    return e.name == "math";
                }
                match e.name {
                    "a" | "del" | "ins" => !stats.has_nonphrasing[id as usize],
                    name => rules::is_phrasing(name),
                }
            }
            _ => false,
        }
    }

    /// A container's score before any paragraph credits it.
    fn initial_score(&self, id: NodeId, pass: Pass) -> f32 {
        let base = match self.tree.tag(id) {
            "div" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        base + self.class_weight(id, pass)
    }

    /// Credits a paragraph of `len` characters and `commas` commas to
    /// `first` and its ancestors, less and less the further up.
    fn add_score(
        &self,
        first: NodeId,
        len: f32,
        commas: f32,
        pass: Pass,
        score: &mut [f32],
        candidates: &mut Vec<NodeId>,
    ) {
        if len < rules::MIN_PARAGRAPH_LEN as f32 {
            return;
        }
        let points = 1.0 + (commas + 1.0) + (len / 100.0).floor().min(3.0);
        let tree = self.tree;
        let mut a = first;
        for level in 0..rules::SCORE_ANCESTORS {
            if a == NONE || tree.element(a).is_none() {
                break;
            }
            let parent = tree.node(a).parent;
            // The root element has no element parent; it never scores.
            if parent == NONE || tree.element(parent).is_none() {
                break;
            }
            let ai = a as usize;
            if score[ai].is_nan() {
                score[ai] = self.initial_score(a, pass);
                candidates.push(a);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[ai] += points / divider;
            a = parent;
        }
    }
}

/// Per-node text statistics of one pass (subtree sums over what is kept).
pub(crate) struct Stats {
    pub len: Vec<f32>,
    pub link_len: Vec<f32>,
    pub commas: Vec<f32>,
    /// Has an element below it that [`rules::is_block_in_div`] names.
    pub has_block: Vec<bool>,
    /// Has a child that is not inline content.
    pub has_nonphrasing: Vec<bool>,
}

impl Stats {
    fn compute(page: &Page<'_>, drop: &[bool]) -> Stats {
        let tree = page.tree;
        let n = tree.nodes.len();
        let mut s = Stats {
            len: vec![0.0; n],
            link_len: vec![0.0; n],
            commas: vec![0.0; n],
            has_block: vec![false; n],
            has_nonphrasing: vec![false; n],
        };
        for &id in page.order.iter().rev() {
            let i = id as usize;
            if drop[i] || page.invisible[i] {
                continue;
            }
            let node = tree.node(id);
            if node.is_text() {
                s.len[i] = page.text_len[i] as f32;
                s.commas[i] = page.commas[i] as f32;
            } else if tree.is(id, "a") {
                let href = tree.attr(id, "href").unwrap_or("");
                let w = if href.trim_start().starts_with('#') {
                    rules::HASH_LINK_WEIGHT
                } else {
                    1.0
                };
                s.link_len[i] = s.len[i] * w;
            }
            let p = node.parent;
            if p == NONE || id == page.body {
                continue;
            }
            let pi = p as usize;
            s.len[pi] += s.len[i];
            s.link_len[pi] += s.link_len[i];
            s.commas[pi] += s.commas[i];
            if let Some(e) = tree.element(id) {
                let name: &str = e.name;
                if s.has_block[i] || (e.ns == crate::dom::Ns::Html && rules::is_block_in_div(name))
                {
                    s.has_block[pi] = true;
                }
                let phrasing = e.ns == crate::dom::Ns::Html
                    && (rules::is_phrasing(name)
                        && !(matches!(name, "a" | "del" | "ins") && s.has_nonphrasing[i]));
                if !phrasing && name != "math" {
                    s.has_nonphrasing[pi] = true;
                }
            }
        }
        s
    }

    pub(crate) fn link_density(&self, id: NodeId) -> f32 {
        let len = self.len[id as usize];
        if len <= 0.0 {
            0.0
        } else {
            self.link_len[id as usize] / len
        }
    }
}

/// Characters of `t` with each run of whitespace counted once (CJK
/// characters three times, as a short word), and its commas
/// (`text::is_comma`), in one pass, ASCII a byte at a time: every text
/// node of the page is counted.
fn len_and_commas(t: &str) -> (u32, u32) {
    let bytes = t.as_bytes();
    let (mut n, mut commas) = (0u32, 0u32);
    let mut ws = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x21..0x80).contains(&b) {
            // A word of visible ASCII, in a loop of its own: one range
            // check a byte, and the length added once.
            let start = i;
            while i < bytes.len() && (0x21..0x80).contains(&bytes[i]) {
                commas += u32::from(bytes[i] == b',');
                i += 1;
            }
            n += (i - start) as u32;
            ws = false;
            continue;
        }
        if b < 0x80 {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                // The same for a run of ASCII whitespace: most of it is
                // the indentation between tags.
                n += u32::from(!ws);
                ws = true;
                i = text::skip_blank(bytes, i + 1);
                continue;
            } else {
                n += 1;
                commas += u32::from(b == b',');
                ws = false;
            }
            i += 1;
            continue;
        }
        let Some(c) = t[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            n += u32::from(!ws);
            ws = true;
        } else {
            n += if text::is_cjk(c) { 3 } else { 1 };
            commas += u32::from(text::is_comma(c));
            ws = false;
        }
    }
    (n, commas)
}

/// [`len_and_commas`]'s length, a character at a time: what the test
/// checks it against.
#[cfg(test)]
fn collapsed_len(t: &str) -> usize {
    let mut n = 0;
    let mut ws = false;
    for c in t.chars() {
        if c.is_whitespace() {
            n += usize::from(!ws);
            ws = true;
        } else {
            // CJK characters carry as much as a short Latin word.
            n += if text::is_cjk(c) { 3 } else { 1 };
            ws = false;
        }
    }
    n
}

fn is_modal(tree: &Tree, id: NodeId) -> bool {
    tree.attr(id, "aria-modal") == Some("true") && tree.attr(id, "role") == Some("dialog")
}

/// A paragraph beside the chosen block that reads as the story's prose:
/// long with few links, or short, linkless and sentence-like.
fn is_prose_sibling(tree: &Tree, sib: NodeId, as_para: &[bool], stats: &Stats) -> bool {
    let si = sib as usize;
    if !(tree.is(sib, "p") || as_para[si]) {
        return false;
    }
    let len = stats.len[si];
    let ld = stats.link_density(sib);
    if len > 80.0 && ld < 0.25 {
        return true;
    }
    if len < 80.0 && len > 0.0 && ld == 0.0 {
        let t = text::normalize_space(&tree.text_content(sib));
        return t.ends_with('.') || t.contains(". ");
    }
    false
}

/// The story's lead in a wrapper of its own before the chosen block: the
/// story's first paragraphs of prose and at most its lead picture (a
/// figure, a picture, an image), nothing else (a "media-lead"). Each
/// paragraph is a long one ([`rules::PROSE_MIN_CHARS`]): a byline or a
/// reading time in a wrapper is no lead. Without a picture, the wrapper is
/// inside the block the page marks as the story's body
/// (`itemprop="articleBody"`, `in_marked_body`: a subscriber's "preview"
/// of the story), not a standfirst above it. A teaser card has its
/// headline besides, and is no lead either.
fn is_lead_wrapper(
    tree: &Tree,
    sib: NodeId,
    as_para: &[bool],
    stats: &Stats,
    drop: &[bool],
    in_marked_body: bool,
) -> bool {
    let (mut media, mut prose, mut short) = (false, false, false);
    for c in tree.child_elements(sib) {
        if drop[c as usize] {
            continue;
        }
        if is_prose_sibling(tree, c, as_para, stats) {
            prose = true;
            short = short || stats.len[c as usize] < rules::PROSE_MIN_CHARS;
        } else if matches!(tree.tag(c), "figure" | "picture" | "img" | "video")
            || (tree.tag(c) == "div" && stats.len[c as usize] == 0.0 && is_media_block(tree, c))
        {
            // A picture, or a box of one with no words (an author's
            // photo with their name is no lead picture).
            media = true;
        } else {
            return false;
        }
    }
    prose && !short && (media || in_marked_body)
}

/// Whether class token `t` (lower-case) is a utility framework's setting
/// for type ("text-white", "text-lg", "md:text-slate-600", "text-center"),
/// which names no text: in a page styled with such classes nearly every
/// box has one, the sign-up box's white type as much as the story's.
fn is_text_utility(t: &str) -> bool {
    let t = t.rsplit(':').next().unwrap_or(t);
    let Some(rest) = t.strip_prefix("text-") else {
        return false;
    };
    let size = rest
        .strip_suffix("xl")
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    let shade = rest.rsplit_once('-').is_some_and(|(hue, n)| {
        !hue.is_empty()
            && hue.bytes().all(|b| b.is_ascii_lowercase())
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
    });
    size || shade
        || rest.starts_with('[')
        || matches!(
            rest,
            "xs" | "sm"
                | "base"
                | "lg"
                | "left"
                | "center"
                | "right"
                | "justify"
                | "start"
                | "end"
                | "white"
                | "black"
                | "transparent"
                | "current"
                | "inherit"
        )
}

/// A box of the story's key points set over it ("In het kort", "Det här
/// vet vi", "Key takeaways"): one list of two to six items that are each
/// a sentence, with no more than a short heading besides, few links, and
/// short as a whole. A list of links to other stories is mostly links,
/// and its headlines are not sentences.
pub(crate) fn is_key_points(tree: &Tree, id: NodeId, stats: &Stats) -> bool {
    list_box(tree, id, stats).is_some_and(|items| {
        (2..=6).contains(&items.len())
            && items.iter().all(|&li| {
                text::normalize_space(&tree.text_content(li)).ends_with(rules::SENTENCE_ENDS)
            })
    })
}

/// A box of facts set beside the story ("Die Neubaustrecke in Zahlen"
/// over "Länge: 3,2 Kilometer", "Kosten: 86 Millionen Euro"): the shape
/// of [`is_key_points`], its two to eight items each a short label, a
/// colon and what it labels. The story's, as its key points are; a list
/// of links is mostly links.
pub(crate) fn is_fact_box(tree: &Tree, id: NodeId, stats: &Stats) -> bool {
    list_box(tree, id, stats).is_some_and(|items| {
        (2..=8).contains(&items.len())
            && items.iter().all(|&li| {
                let t = text::normalize_space(&tree.text_content(li));
                t.split_once([':', '：']).is_some_and(|(label, fact)| {
                    let words = text::stats(label).words;
                    (1..=rules::FACT_LABEL_MAX_WORDS).contains(&words)
                        && text::stats(fact).words > 0
                })
            })
    })
}

/// The items of the one list in box `id` when the box is short, has few
/// links and holds little besides the list (a heading).
fn list_box(tree: &Tree, id: NodeId, stats: &Stats) -> Option<Vec<NodeId>> {
    let len = stats.len[id as usize];
    if len == 0.0 || len > rules::KEY_POINTS_MAX_CHARS || stats.link_density(id) > 0.1 {
        return None;
    }
    let mut list = NONE;
    for (k, d) in tree.descendants(id).enumerate() {
        if k >= rules::KEY_POINTS_MAX_NODES {
            return None;
        }
        if matches!(tree.tag(d), "ul" | "ol") {
            if list != NONE && !tree.ancestors(d).any(|a| a == list) {
                return None;
            }
            if list == NONE {
                list = d;
            }
        }
    }
    if list == NONE || len - stats.len[list as usize] > rules::KEY_POINTS_LABEL_MAX_CHARS {
        return None;
    }
    Some(
        tree.child_elements(list)
            .filter(|&k| tree.is(k, "li"))
            .collect(),
    )
}

/// A block that is only a picture or a video: the element itself, or a
/// small wrapper (a few nodes) around one.
fn is_media_block(tree: &Tree, id: NodeId) -> bool {
    let media = |d: NodeId| match tree.tag(d) {
        "img" | "picture" | "figure" | "video" => true,
        "iframe" | "embed" | "object" => is_video(tree, d),
        _ => false,
    };
    std::iter::once(id)
        .chain(tree.descendants(id))
        .take(rules::MEDIA_BLOCK_MAX_NODES)
        .any(media)
}

/// A block of the story's exhibits set between its chunks: one or more
/// figures with their captions, data tables, and a `<details>` holding a
/// chart's text version, and nothing else (no words of its own, hardly a
/// link, no control): a chart with its data, a table of results.
fn is_exhibit_block(tree: &Tree, id: NodeId, stats: &Stats) -> bool {
    if stats.len[id as usize] == 0.0 || stats.link_density(id) >= 0.2 {
        return false;
    }
    let mut exhibits = 0;
    for ch in tree.children(id) {
        if let Some(t) = tree.text(ch) {
            if !text::is_blank(t) {
                return false;
            }
            continue;
        }
        match tree.tag(ch) {
            "figure" | "details" => exhibits += 1,
            "table" if is_data_table(tree, ch) => exhibits += 1,
            "" => {}
            _ => return false,
        }
    }
    exhibits > 0
        && !tree
            .descendants(id)
            .take(rules::FIGURE_MAX_NODES as usize)
            .any(|d| {
                matches!(
                    tree.tag(d),
                    "form" | "input" | "button" | "select" | "textarea" | "iframe"
                )
            })
}

/// True for an iframe/embed of a known video player.
pub(crate) fn is_video(tree: &Tree, id: NodeId) -> bool {
    let src = tree
        .attr(id, "src")
        .or_else(|| tree.attr(id, "data-src"))
        .unwrap_or("")
        .to_ascii_lowercase();
    rules::VIDEO_HOSTS.iter().any(|h| {
        src.find(h).is_some_and(|p| {
            let before = &src[..p];
            before.ends_with("//") || before.ends_with('.')
        })
    })
}

/// Whether a table holds data (keep as a table) or only lays out a page.
pub(crate) fn is_data_table(tree: &Tree, id: NodeId) -> bool {
    if tree.attr(id, "role") == Some("presentation") || tree.attr(id, "datatable") == Some("0") {
        return false;
    }
    if tree
        .attr(id, "summary")
        .is_some_and(|s| !s.trim().is_empty())
    {
        return true;
    }
    let mut rows = 0usize;
    let mut cols = 0usize;
    for d in tree.descendants(id).skip(1) {
        match tree.tag(d) {
            "caption" if tree.node(d).first_child != NONE => return true,
            "col" | "colgroup" | "tfoot" | "thead" | "th" => return true,
            "table" => return false,
            "tr" => {
                rows += 1;
                let c: usize = tree
                    .child_elements(d)
                    .filter(|&c| tree.is(c, "td") || tree.is(c, "th"))
                    .map(|c| {
                        tree.attr(c, "colspan")
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .clamp(1, 1000)
                    })
                    .sum();
                cols = cols.max(c);
            }
            _ => {}
        }
    }
    rows >= 10 || cols > 4 || rows * cols > 10
}

/// Whether lower-case class/id names `v` carry a chrome-ish name
/// ([`rules::NEGATIVE`] fragments, [`rules::NEGATIVE_TOKENS`] tokens),
/// leaving the vague [`rules::WEAK_NEGATIVE`] ones out when `skip_weak`.
pub(crate) fn is_negative_name(v: &str, skip_weak: bool) -> bool {
    let pairs = text::Pairs::of(v);
    rules::NEGATIVE
        .iter()
        .filter(|k| pairs.may_contain(k))
        .filter(|k| !(skip_weak && rules::WEAK_NEGATIVE.contains(k)))
        .any(|k| text::contains(v, k))
        || v.split(|c: char| c.is_whitespace() || c == '_')
            .any(|t| rules::NEGATIVE_TOKENS.contains(&t))
}

/// Whether a lower-case "class id" names a block a reader does not want
/// (comments, sidebars, share bars), and no word in it says "maybe content";
/// `pairs` is the name's byte pairs, made on first need.
fn unlikely_by_name(names: &str, pairs: &OnceCell<text::Pairs>) -> bool {
    let by_part = has_name_part(names, rules::UNLIKELY_PARTS);
    (by_part || names_in(names, pairs, rules::UNLIKELY)) && !names_in(names, pairs, rules::MAYBE)
}

/// Whether lower-case class/id `names` hold one of `parts` as a whole
/// part, split at spaces, `-` and `_` ("rss", or "ad" in "ad_in_content"
/// but not in "header").
pub(crate) fn has_name_part(names: &str, parts: &[&str]) -> bool {
    names
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .any(|p| parts.contains(&p))
}

/// [`text::contains_any`] on a name of `name_list`, with its byte pairs
/// made once in `pairs`.
fn names_in(names: &str, pairs: &OnceCell<text::Pairs>, words: &[&str]) -> bool {
    if names.len() < 2 {
        return text::contains_any(names, words);
    }
    text::contains_any_in(names, pairs.get_or_init(|| text::Pairs::of(names)), words)
}

/// Whether `idv`, the id of `id`, is the slug of the element's own
/// heading: the heading itself, the heading it sits in, or the heading that
/// opens it, all of whose words (three at least, letters and digits, any
/// case) the id spells in order, joined by `-` or `_`.
fn heading_slug(tree: &Tree, id: NodeId, idv: &str) -> bool {
    // Cheap first: three words at least, and nothing but words and joins.
    if idv.matches(['-', '_']).count() < 2
        || !idv
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return false;
    }
    let is_heading = |n: NodeId| rules::is_heading(tree.tag(n));
    let parent = tree.node(id).parent;
    let heading = if is_heading(id) {
        id
    } else if parent != NONE && is_heading(parent) {
        parent
    } else {
        match tree.child_elements(id).next() {
            Some(first) if is_heading(first) => first,
            _ => return false,
        }
    };
    let text = tree.text_content(heading);
    let (mut slug, mut title) = (text::words(idv), text::words(&text));
    let mut n = 0;
    loop {
        match (slug.next(), title.next()) {
            (None, None) => return n >= 3,
            (Some(a), Some(b)) => {
                if text::lower(a) != text::lower(b) {
                    return false;
                }
                n += 1;
            }
            _ => return false,
        }
    }
}

/// Lower-case, whitespace collapsed; `None` for nothing.
/// The words of a reviewed claim that say something (three letters or
/// more), lower-case; none when it has fewer than
/// [`rules::CLAIM_MIN_WORDS`].
fn claim_words(claim: Option<&str>) -> Vec<String> {
    let Some(c) = claim else {
        return Vec::new();
    };
    let words: Vec<String> = text::lower(c)
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_owned)
        .collect();
    if words.len() < rules::CLAIM_MIN_WORDS {
        return Vec::new();
    }
    words
}

fn norm(s: Option<&str>) -> Option<String> {
    let t = text::normalize_lower(s?);
    (!t.is_empty()).then_some(t)
}

/// The part of a description cut short ("…") before its ellipsis.
fn description_cut(d: &str) -> Option<&str> {
    d.strip_suffix('…')
        .or_else(|| d.strip_suffix("..."))
        .map(str::trim_end)
}

/// Whether the lower-case text `t` is the page's description `d` (lower
/// case): the same words, or, where the description was cut short, a
/// line that starts with it.
pub(crate) fn is_description(d: &str, t: &str) -> bool {
    match description_cut(d) {
        Some(c) => {
            t.chars().count() <= c.chars().count() * 3
                && (t.starts_with(c) || similarity(t, c) >= 0.95)
        }
        None => similarity(d, t) >= 0.9 && similarity(t, d) >= 0.9,
    }
}

/// Whether the lower-case block text `t` is the page's lead as its
/// description `d` (lower case) gives it, short of being the description
/// itself ([`is_description`]): the description under a kicker of a few
/// words (`t` holds it whole), or one of the two starting with the other, where a site made
/// its description from the lead's first paragraphs or the lead runs on
/// past a description that stops at a sentence. The shorter of the two
/// has at least [`rules::STANDFIRST_MIN_CHARS`] characters in common, so
/// the match is never a chance one.
fn is_lead(d: &str, t: &str) -> bool {
    let d = d.trim_end_matches(['…', '.', ' ']);
    let shorter = d.len().min(t.len());
    shorter > 0
        && d.chars().count().min(t.chars().count()) >= rules::STANDFIRST_MIN_CHARS
        && (t.starts_with(d)
            || d.starts_with(t)
            || (t.contains(d)
                && t.chars().count() - d.chars().count() <= rules::STANDFIRST_MIN_CHARS))
        && t.len() <= shorter * 3
        && d.len() <= shorter * 3
}

/// How much of `b`'s words also appear in `a` (0..1): a title and a heading
/// that differ only by a site name or punctuation score high.
pub(crate) fn similarity(a: &str, b: &str) -> f32 {
    // `a`'s words sorted, so that each of `b`'s is looked up, not compared
    // with every one: a block's text against the description is hundreds
    // of words each.
    let mut wa: Vec<&str> = text::words(a).collect();
    wa.sort_unstable();
    let (mut total, mut missing) = (0usize, 0usize);
    for w in text::words(b) {
        total += w.len() + 1;
        if wa.binary_search(&w).is_err() {
            missing += w.len() + 1;
        }
    }
    if wa.is_empty() || total == 0 {
        return 0.0;
    }
    1.0 - missing as f32 / total as f32
}

/// A class word that names the whole page's wrapper ("body-wrapper",
/// "body-innerwrapper", "page-wrap"): "body" and "page" there mean the
/// page's `<body>`, which holds its header, menus and footer, not the
/// story's body. A wrapper naming more ("article-body-wrap",
/// "post-content-wrapper") still names the story.
fn is_page_wrapper(t: &str) -> bool {
    t.contains("wrap")
        && !rules::POSITIVE
            .iter()
            .filter(|&&w| w != "body" && w != "page")
            .any(|w| t.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_utilities_name_no_text() {
        for t in [
            "text-white",
            "text-lg",
            "text-2xl",
            "md:text-slate-600",
            "dark:text-indigo-100",
            "text-center",
            "text-[15px]",
        ] {
            assert!(is_text_utility(t), "{t}");
        }
        for t in [
            "text",
            "article-text",
            "text-block",
            "richtext",
            "text-content",
            "bodytext",
        ] {
            assert!(!is_text_utility(t), "{t}");
        }
    }

    #[test]
    fn len_and_commas_counts_as_char_by_char() {
        for t in [
            "",
            " ",
            "  a  b  ",
            "a,b, c",
            "\t\x0b\x0c\r\n x",
            "日本語のテキスト、です，",
            "caf\u{e9}\u{a0}\u{a0}cr\u{e8}me \u{2003} br\u{fb}l\u{e9}e\u{60c}",
            "\u{3000}\u{3000}x\u{85}y",
            "𠀀𠀁 a",
        ] {
            assert_eq!(
                len_and_commas(t),
                (collapsed_len(t) as u32, text::comma_count(t) as u32),
                "{t:?}"
            );
        }
    }
}
