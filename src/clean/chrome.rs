//! Site chrome inside the article: form controls and the short boxes
//! around them, navigation, asides and footers; consent gates in place of
//! embeds; short share widgets and rating widgets; blocks named as
//! disclosures; the words of media players; headings whose class names
//! them as chrome.

use super::{Cleaner, Rule};
use crate::content::is_video;
use crate::dom::{NodeId, Tree, NONE};
use crate::rules;
use crate::text;

/// A note set in the story's text as an `<aside>` (a "tip" or "warning"
/// callout of a blog or a documentation page): between the story's own
/// blocks (paragraphs, headings, lists, code), a short box whose words
/// are a sentence of prose with few links. An aside of links (related
/// stories) or one that stands at the story's edge is not one.
fn is_callout(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let len = c.live.len[id as usize];
    if len == 0.0 || len > rules::CALLOUT_MAX_CHARS || c.live.link_density(id) > 0.3 {
        return false;
    }
    let story_block = |s: NodeId| {
        s != NONE
            && (matches!(
                tree.tag(s),
                "p" | "pre" | "ul" | "ol" | "blockquote" | "table"
            ) || rules::is_heading(tree.tag(s))
                || tree.is(s, "div")
                    && tree
                        .child_elements(s)
                        .any(|ch| matches!(tree.tag(ch), "pre" | "p")))
    };
    if !story_block(tree.prev_element(id)) || !story_block(tree.next_element(id)) {
        return false;
    }
    let t = c.kept_lower(id);
    // A pull quote repeats a line of the story: its words come twice in
    // the story's block.
    let line = t.trim_matches(|ch: char| !ch.is_alphanumeric());
    let parent = c.kept_lower(tree.node(id).parent);
    let pull_quote = !line.is_empty() && parent.matches(line).nth(1).is_some();
    !pull_quote
        && !c.page.names_have(id, &["pull", "quote"])
        && t.trim_end_matches(rules::CLOSING_QUOTES)
            .trim_end()
            .ends_with(rules::SENTENCE_ENDS)
        && tree
            .descendants(id)
            .take(rules::STANDFIRST_MAX_NODES)
            .all(|d| !matches!(tree.tag(d), "form" | "input" | "iframe" | "ul" | "ol"))
}

pub(super) fn run(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    // Asides read as callouts, at most so many a page: each is compared
    // with its parent's text for a pull quote.
    let mut callouts_left = rules::CALLOUTS_MAX;
    // Always out, whatever they hold.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let tag = tree.tag(id);
        let always = matches!(
            tag,
            "form"
                | "fieldset"
                | "footer"
                | "aside"
                | "nav"
                | "input"
                | "textarea"
                | "select"
                | "button"
                | "link"
                | "object"
                | "embed"
        ) && !(tag == "button" && super::hidden::is_accordion_button(tree, id))
            || (tag == "iframe" && !is_video(tree, id));
        // An aside of the story's key points over it, or of its facts
        // beside it, is the story's.
        let key_points = tag == "aside"
            && (crate::content::is_key_points(tree, id, &c.live)
                || crate::content::is_fact_box(tree, id, &c.live)
                || callouts_left > 0 && {
                    callouts_left -= 1;
                    is_callout(c, id)
                });
        if always && !key_points && !c.is_root[id as usize] {
            c.drop(id, Rule::Chrome);
        }
    }
    // A sign-up or contact box: the few lines around a form ("Recibe
    // nuestro boletín", "Suscríbete gratis...") go with it. From each
    // form, the box climbs while what is left in it stays short.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let fields = tree.is(id, "form")
            || tree.is(id, "textarea")
            || (tree.is(id, "input")
                && tree
                    .attr(id, "type")
                    .is_none_or(|t| matches!(t.trim(), "" | "text" | "email" | "tel")));
        if !fields || c.is_root[id as usize] {
            continue;
        }
        let top = c.climb(id, usize::MAX, |up| {
            c.live.len[up as usize] <= rules::PROMO_MAX_CHARS
        });
        // The box may be a block that scoring joined beside the story
        // (a sign-up box after the story's own wrapper): it goes whole,
        // short as it is.
        let stop = tree.node(if top == NONE { id } else { top }).parent;
        if stop != NONE
            && is_side_root(c, stop)
            && c.live.len[stop as usize] <= rules::PROMO_MAX_CHARS
        {
            c.drop(stop, Rule::Chrome);
        } else if top != NONE && c.live.len[top as usize] > 0.0 {
            c.drop(top, Rule::Chrome);
        }
    }
    consent_gates(c);
    polls(c);
    players(c);
    empty_players(c);
    // Blocks judged by their names, in one walk: share widgets that are
    // short (a long one is content that happens to carry the word); rating
    // widgets ("War der Artikel nützlich? (95 Stimmen)", "(No ratings
    // yet)"), controls unless they hold a review's verdict (its headings,
    // its pros and cons); and notes the page names as a disclosure
    // ("editorial-disclaimer", "ad-disclosure", "aawp-disclaimer"),
    // wherever they sit.
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let gone = c.dropped_above(id);
        let names = c.page.names(id);
        // A block joined beside the story is judged too (a disclaimer box
        // after the story's own wrapper), the story's container never.
        if names.is_empty() || gone || (c.is_root[id as usize] && !is_side_root(c, id)) {
            continue;
        }
        let len = c.live.len[id as usize];
        // A picture named for sharing ("img-share": a photo with a share
        // overlay) is still the story's picture; share icons go with
        // their widget.
        let rule = if c.page.names_have(id, rules::SHARE)
            && len < rules::SHARE_MAX_CHARS as f32
            && !c.page.holds_embed(id)
            && !matches!(tree.tag(id), "img" | "picture" | "figure")
        {
            Rule::ShareWidget
        } else if len <= rules::RATING_MAX_CHARS
            && names
                .split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| rules::RATING_NAMES.contains(&w))
            && !tree.descendants(id).skip(1).any(|d| {
                matches!(
                    tree.tag(d),
                    "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
                )
            })
        {
            Rule::ControlLabel
        } else if len <= rules::PROMO_MAX_CHARS * 2.0
            && c.page.names_have(id, rules::DISCLOSURE_NAMES)
        {
            Rule::Disclosure
        } else if is_paywall_box(c, id) || is_fixed_bar(c, id, len) {
            Rule::Chrome
        } else {
            continue;
        };
        c.drop(id, rule);
    }
    // Headings named like chrome ("related-title", "comments-heading").
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let gone = c.dropped_above(id);
        if (tree.is(id, "h1") || tree.is(id, "h2"))
            && c.page.class_weight(id, c.pass) < 0.0
            && !gone
            && !opens_prose(c, id)
        {
            c.drop(id, Rule::ChromeHeading);
        }
    }
}

/// A paywall's offer where the story breaks off (or goes on, for those
/// who may read it): a box named as a paywall ([`rules::PAYWALL_NAMES`]),
/// short ([`rules::APPEAL_BOX_MAX_CHARS`]), with a link to subscribe or
/// log in, and not two paragraphs of prose (nor one twice as long as
/// [`rules::PROSE_MIN_CHARS`]): a wrapper so named around the story's
/// locked paragraphs is the story.
fn is_paywall_box(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let len = c.live.len[id as usize];
    if !matches!(tree.tag(id), "div" | "section" | "aside" | "form" | "p")
        || len == 0.0
        || len > rules::APPEAL_BOX_MAX_CHARS
        || !c.page.names_have(id, rules::PAYWALL_NAMES)
    {
        return false;
    }
    // "non-paywall", "no-paywall": the part anyone may read.
    let named = c
        .page
        .names(id)
        .split_whitespace()
        .any(|t| rules::PAYWALL_NAMES.iter().any(|p| t.contains(p)) && !t.starts_with("no"));
    if !named {
        return false;
    }
    // The offer's own pitch may run to a long line; the story's locked
    // paragraphs are two at least, or one twice as long.
    let mut link = false;
    let mut prose = 0.0;
    for d in tree.descendants(id).take(rules::APPEAL_BOX_MAX_NODES) {
        if tree.is(d, "a") {
            link = true;
        } else if tree.is(d, "p") && c.live.len[d as usize] >= rules::PROSE_MIN_CHARS {
            prose += c.live.len[d as usize] + rules::PROSE_MIN_CHARS;
        }
    }
    link && prose < 3.0 * rules::PROSE_MIN_CHARS
}

/// Whether the next element after heading `id` is a paragraph of prose
/// ([`rules::PROSE_MIN_CHARS`], few links) or a table of data: the heading opens a section
/// of the story, whatever its name says ("com-subtitle" on a site whose
/// every class starts "com-"). A list of links, a form or a thread of
/// comments follows a heading of chrome.
fn opens_prose(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let n = tree.next_element(id);
    n != NONE
        && (tree.is(n, "p") && c.live.len[n as usize] >= rules::PROSE_MIN_CHARS
            || tree.is(n, "table") && c.out.data_table[n as usize])
        && c.live.link_density(n) < 0.25
}

/// A consent gate in place of another site's post or video ("Externer
/// Inhalt ... Zustimmen und Inhalt laden", "Allow Instagram content? ...
/// Allow and continue"): the few lines around a button that ask leave to
/// load it. From each button the box climbs (a few levels) while it stays
/// short ([`rules::CONSENT_MAX_CHARS`]) and holds no media; it goes when its
/// words ask for consent ([`rules::CONSENT_WORDS`]). The words are read
/// only in such a box, so an article about privacy keeps its paragraphs.
fn consent_gates(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let button = tree.is(id, "button")
            || (tree.is(id, "input")
                && tree
                    .attr(id, "type")
                    .is_some_and(|t| matches!(t.trim(), "button" | "submit")));
        if !button || c.is_root[id as usize] {
            continue;
        }
        // A few levels at most: gates are shallow, and a bound keeps a
        // page of deeply nested buttons linear.
        let top = c.climb(id, rules::CONSENT_MAX_DEPTH, |up| {
            c.live.len[up as usize] <= rules::CONSENT_MAX_CHARS && !c.holds_media(up)
        });
        if top == NONE || c.live.len[top as usize] <= 0.0 || c.dropped_above(top) {
            continue;
        }
        // Bytes: a CJK character is three.
        let max = rules::CONSENT_MAX_CHARS as usize * 3;
        let asks = c
            .kept_lower_within(top, max)
            .is_some_and(|t| rules::CONSENT_WORDS.iter().any(|w| t.contains(w)));
        if asks {
            c.drop(top, Rule::ConsentGate);
        }
    }
}

/// A short box the page pins to the window with an inline style
/// (`position: fixed`): a cookie bar, a sticky sign-up or app banner, a
/// chat button. Text that stays on screen while the page scrolls is not
/// the story's; a long one is left alone (an app shell that fixes the
/// whole page in place).
fn is_fixed_bar(c: &Cleaner<'_, '_>, id: NodeId, len: f32) -> bool {
    len <= rules::PROMO_MAX_CHARS
        && c.tree.attr(id, "style").is_some_and(|s| {
            // Read further only where the word is.
            if !s
                .as_bytes()
                .windows(5)
                .any(|w| w.eq_ignore_ascii_case(b"fixed"))
            {
                return false;
            }
            let s: String = s
                .bytes()
                .filter(|b| !b.is_ascii_whitespace())
                .map(|b| char::from(b.to_ascii_lowercase()))
                .collect();
            s.contains("position:fixed")
        })
}

/// A question put to the reader with its answers as buttons: "Was this
/// page helpful? Yes / No" (and the thanks it shows after), a reaction
/// bar ("この記事はいかがでしたか？" over "学びがある 1,204"), a
/// satisfaction survey's radio buttons. From each choice (a button, a
/// radio button or a check box) the box climbs a few levels, while it
/// stays short ([`rules::POLL_MAX_CHARS`]) and holds no media, to the
/// first that holds two choices or more and a question mark in its words,
/// and no code (a code sample's "Copy" button beside `x ? y : z`): the
/// smallest box, so that a short paragraph of the story beside it stays.
fn polls(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        if !is_choice(tree, id) || c.is_root[id as usize] || c.dropped_above(id) {
            continue;
        }
        let mut up = tree.node(id).parent;
        for _ in 0..rules::CONSENT_MAX_DEPTH {
            let u = up as usize;
            // A block joined beside the story may be the box whole (a
            // prompt after the story's own wrapper); the story's is never.
            if up == NONE
                || (c.is_root[u] && !is_side_root(c, up))
                || c.out.drop[u]
                || c.live.len[u] > rules::POLL_MAX_CHARS
                || c.holds_media(up)
            {
                break;
            }
            if c.live.len[u] > 0.0 && (is_poll(c, up) || is_prompt(c, up)) {
                c.drop(up, Rule::Poll);
                break;
            }
            if c.is_root[u] {
                break;
            }
            up = tree.node(up).parent;
        }
    }
}

/// Whether box `id` holds two choices or more, no code, and a question
/// mark in its words outside the choices (an FAQ whose questions are its
/// accordion's buttons is no poll), judged on its first
/// [`rules::FIGURE_MAX_NODES`] nodes as the page wrote them.
fn is_poll(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let (mut choices, mut asked) = (0, false);
    let mut budget = rules::FIGURE_MAX_NODES;
    let mut d = tree.next_in(id, id);
    while d != NONE && budget > 0 {
        budget -= 1;
        if matches!(tree.tag(d), "pre" | "code") {
            return false;
        }
        if is_choice(tree, d) {
            choices += 1;
            d = tree.next_skipping_children(id, d);
            continue;
        }
        if let Some(t) = tree.text(d) {
            asked |= t.contains(['?', '？', '¿', '؟']);
        }
        d = tree.next_in(id, d);
    }
    choices >= 2 && asked
}

/// Whether box `id` is a prompt put to the reader without a question
/// mark: one short line, then a row of two buttons or more that answer it
/// in words and end the box ("Turn on notifications for flood alerts.
/// [Allow] [Not now]", "Įjunkite pranešimus… [Įjungti] [Ne dabar]"). No
/// link, heading, time or picture is in it: a live blog's entry has its
/// time, a card its link. A reaction bar's buttons are counts and signs
/// ("👍 214"), not words, so the story's last line beside one stays.
fn is_prompt(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    if c.live.len[id as usize] > rules::PROMPT_MAX_CHARS {
        return false;
    }
    // The box's children: the line first (one element or a run of text),
    // then the buttons, and nothing after them.
    let (mut line, mut choices) = (0, 0);
    for ch in tree.children(id) {
        if let Some(t) = tree.text(ch) {
            if text::is_blank(t) {
                continue;
            }
            if choices > 0 {
                return false;
            }
            line += 1;
            continue;
        }
        if tree.element(ch).is_none() {
            continue;
        }
        if tree.is(ch, "button") {
            // Read no further than a prompt's length.
            let Some(t) =
                super::hidden::text_within(tree, ch, rules::PROMPT_MAX_CHARS as usize * 4)
            else {
                return false;
            };
            let s = text::stats(&t);
            if s.words == 0
                || s.words > rules::PROMPT_BUTTON_MAX_WORDS
                || t.chars().any(|ch| ch.is_ascii_digit())
            {
                return false;
            }
            choices += 1;
            continue;
        }
        if choices > 0 {
            return false;
        }
        let plain = tree
            .descendants(ch)
            .take(rules::FIGURE_MAX_NODES as usize)
            .all(|d| {
                !matches!(
                    tree.tag(d),
                    "a" | "time"
                        | "img"
                        | "picture"
                        | "svg"
                        | "video"
                        | "iframe"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "input"
                        | "select"
                        | "textarea"
                        | "button"
                )
            });
        if !plain {
            return false;
        }
        line += 1;
    }
    line == 1 && choices >= 2
}

/// A control that answers a question: a button, a radio button, a check
/// box.
fn is_choice(tree: &Tree, id: NodeId) -> bool {
    tree.is(id, "button")
        || (tree.is(id, "input")
            && tree.attr(id, "type").is_some_and(|t| {
                let t = t.trim();
                ["radio", "checkbox", "button", "submit"]
                    .iter()
                    .any(|k| t.eq_ignore_ascii_case(k))
            }))
}

/// Whether `id` marks a media player: the media itself, or one of the
/// controls only a player has (a progress slider, a clock).
fn is_player_part(tree: &Tree, id: NodeId) -> bool {
    match tree.tag(id) {
        "video" | "audio" => true,
        "iframe" => is_video(tree, id),
        _ => tree.attr(id, "role").is_some_and(|r| {
            r.split_ascii_whitespace().any(|w| {
                rules::PLAYER_ROLES
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
        }),
    }
}

/// Whether `id` is a control a page draws for its player: a button, a
/// slider, a clock.
fn is_player_control(tree: &Tree, id: NodeId) -> bool {
    tree.is(id, "button")
        || tree.attr(id, "role").is_some_and(|r| {
            r.split_ascii_whitespace().any(|w| {
                w.eq_ignore_ascii_case("button")
                    || rules::PLAYER_ROLES
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
            })
        })
}

/// What a player shows besides the media ("Video Player is loading.",
/// "Current Time 0:00", "Up Next", the next clip's title) is not the
/// article. From each player part, the box climbs (a few levels) while it
/// stays short; when it holds controls the page drew (buttons, sliders, a
/// clock), every block in it that holds no media goes, but for a caption
/// or a paragraph of prose the page set beside the video.
fn players(c: &mut Cleaner<'_, '_>) {
    const IN_BOX: u8 = 1;
    const HOLDS_MEDIA: u8 = 2;
    let tree = c.tree;
    let mut mark: Vec<u8> = Vec::new();
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let gone = c.dropped_above(id);
        let seen = mark.get(id as usize).is_some_and(|&m| m & IN_BOX != 0);
        if gone || seen || c.out.drop[id as usize] || !is_player_part(tree, id) {
            continue;
        }
        let top = c.climb(id, rules::PLAYER_MAX_DEPTH, |up| {
            c.live.len[up as usize] <= rules::PROMO_MAX_CHARS
        });
        if top == NONE || c.live.len[top as usize] == 0.0 {
            continue;
        }
        if mark.is_empty() {
            mark = vec![0; tree.nodes.len()];
        }
        // The media in the box, and the way down to each, stay. (A box
        // once judged is not judged again from a part inside it.)
        let mut controls = false;
        let mut d = top;
        while d != NONE {
            mark[d as usize] |= IN_BOX;
            controls = controls || is_player_control(tree, d);
            if matches!(
                tree.tag(d),
                "video" | "audio" | "iframe" | "img" | "picture" | "object" | "embed"
            ) {
                let mut a = d;
                while a != top && mark[a as usize] & HOLDS_MEDIA == 0 {
                    mark[a as usize] |= HOLDS_MEDIA;
                    a = tree.node(a).parent;
                }
            }
            d = next_in(tree, top, d);
        }
        // Media with no controls drawn by the page (the browser's own, a
        // plain `<audio controls>`) has no words of its own to drop.
        if !controls {
            continue;
        }
        let mut d = tree.node(top).first_child;
        while d != NONE {
            let i = d as usize;
            if mark[i] & HOLDS_MEDIA != 0 {
                d = next_in(tree, top, d);
                continue;
            }
            let keep = tree.element(d).is_none()
                || c.out.drop[i]
                || c.live.len[i] == 0.0
                || tree.is(d, "figcaption")
                || (tree.is(d, "p") && c.live.len[i] >= rules::PLAYER_PROSE_CHARS);
            if !keep {
                c.drop(d, Rule::MediaPlayer);
            }
            d = tree.next_skipping_children(top, d);
        }
    }
}

/// A player box the page fills by script ("video-player", "jwplayer",
/// "video-box"), saved or read before it did: no media in it, only the
/// titles of the clip and of the ones after it ("Now Playing: …", "Up
/// next: …", a playlist) and its duration. Those are other stories, not
/// the article. The box is named for a video or player
/// ([`rules::PLAYER_NAMES`]), short ([`rules::PROMO_MAX_CHARS`] twice, a
/// playlist of a few titles), holds no picture, caption (by tag or name),
/// link or embed, and no line in it is prose (a line of
/// [`rules::PLAYER_SENTENCE_MIN_CHARS`] or more that ends a sentence).
fn empty_players(c: &mut Cleaner<'_, '_>) {
    let tree = c.tree;
    for k in 0..c.inside.len() {
        let id = c.inside[k];
        let i = id as usize;
        if c.is_root[i] || c.out.drop[i] || c.dropped_above(id) {
            continue;
        }
        let len = c.live.len[i];
        if len == 0.0
            || len > 2.0 * rules::PROMO_MAX_CHARS
            || !(c.page.names_have(id, rules::PLAYER_NAMES)
                || crate::text::contains(c.page.names(id), "yt")
                    && crate::content::has_name_part(c.page.names(id), rules::PLAYER_NAME_PARTS)
                || labelled_player(c, id))
            || c.holds_media(id)
        {
            continue;
        }
        // A bounded look: a box too big to read through counts as prose
        // (a hostile page may nest empty boxes so named thousands deep).
        let prose = std::iter::once(id)
            .chain(tree.descendants(id))
            .enumerate()
            .any(|(n, d)| match tree.tag(d) {
                _ if n >= rules::APPEAL_BOX_MAX_NODES => true,
                "figcaption" | "table" | "blockquote" => true,
                // A teaser with a link is the promo rules' to judge.
                "a" => c.live.len[d as usize] > 0.0,
                _ if c.page.names_have(d, rules::CAPTION_NAMES) => true,
                "p" | "li" | "div" | "span" => {
                    let t = c.kept_text(d);
                    let t = t.trim();
                    // A credit in brackets may follow the last sentence.
                    let end = match t.strip_suffix(')').and_then(|r| r.rfind('(')) {
                        Some(k) => t[..k].trim_end(),
                        None => t,
                    };
                    t.chars().count() >= rules::PLAYER_SENTENCE_MIN_CHARS
                        && end.ends_with(['.', '\u{3002}', '\u{0964}'])
                }
                _ => false,
            });
        if !prose {
            c.drop(id, Rule::MediaPlayer);
        }
    }
}

/// A box whose names say nothing ("vdo_wrap") but whose first block is
/// a video's label ("Watch", "Video", "動画": [`rules::MEDIA_LABELS`]) and
/// which holds the empty place a script fills with the player.
fn labelled_player(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let tree = c.tree;
    let Some(first) = tree.child_elements(id).next() else {
        return false;
    };
    // The label is the first child's one text node: read it in place.
    let only = tree.node(first).first_child;
    if only == NONE || tree.node(only).next != NONE {
        return false;
    }
    let Some(label) = tree.text(only) else {
        return false;
    };
    if label.len() > rules::CONTROL_MAX_CHARS as usize {
        return false;
    }
    let label = crate::text::lower(label.trim())
        .trim_end_matches(rules::LABEL_TRAILERS)
        .to_string();
    rules::MEDIA_LABELS.contains(&label.as_str())
        && tree
            .descendants(id)
            .take(rules::APPEAL_BOX_MAX_NODES)
            .any(|d| tree.is(d, "div") && tree.node(d).first_child == NONE)
}

/// The node after `id` in document order, within `root`'s subtree.
fn next_in(tree: &Tree, root: NodeId, id: NodeId) -> NodeId {
    match tree.node(id).first_child {
        NONE => tree.next_skipping_children(root, id),
        child => child,
    }
}

/// Whether `id` is one of the body's roots but not its longest: a block
/// joined beside the story, not the story's own container.
fn is_side_root(c: &Cleaner<'_, '_>, id: NodeId) -> bool {
    let roots = &c.out.roots;
    c.is_root[id as usize]
        && roots.len() > 1
        && roots
            .iter()
            .any(|&r| r != id && c.live.len[r as usize] > c.live.len[id as usize])
}
