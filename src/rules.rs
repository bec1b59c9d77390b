//! Tunables: word lists, weights and thresholds, together and explained.
//!
//! Class and id names are matched as lower-case substrings of
//! `"{class} {id}"`, unless a list says it wants whole tokens.

/// Class/id fragments of blocks that are almost never the article: site
/// chrome, comment threads, promos. Such blocks are left out before scoring
/// (on the first, strictest pass only).
pub(crate) const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "consent",
    "cookie",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "newsletter",
    "pager",
    "pagination",
    "popup",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "yom-remote",
];

/// Fragments that rescue a block matched by [`UNLIKELY`]: "article-header",
/// "main-column" and the like are often the article's own wrappers.
pub(crate) const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// ARIA roles of chrome.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];

/// Class/id fragments that lower a block's score.
pub(crate) const NEGATIVE: &[&str] = &[
    "-ad-",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "cookie",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "newsletter",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "subscribe",
    "tags",
    "taboola",
    "widget",
];

/// Whole class tokens that lower a block's score (too short to match as
/// fragments: "hid" is inside "hidden-xs" legitimately... and "ad" inside
/// "header").
pub(crate) const NEGATIVE_TOKENS: &[&str] = &["hid", "hidden", "ad", "ads", "advert"];

/// Class/id fragments that raise a block's score.
pub(crate) const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Score for a class or id that matches [`POSITIVE`] or [`NEGATIVE`].
pub(crate) const CLASS_WEIGHT: f32 = 25.0;

/// Class/id fragments of share and social widgets; removed inside the
/// article when short.
pub(crate) const SHARE: &[&str] = &["share", "sharedaddy", "social", "sharing"];

/// Share widgets longer than this are kept: they are probably content that
/// happens to carry the word.
pub(crate) const SHARE_MAX_CHARS: usize = 500;

/// Paragraph-like blocks shorter than this (weighted characters) do not
/// score: captions, labels, buttons.
pub(crate) const MIN_PARAGRAPH_LEN: usize = 25;

/// How many ancestors a paragraph's score reaches.
pub(crate) const SCORE_ANCESTORS: usize = 5;

/// How many top candidates are compared when looking for a shared ancestor.
pub(crate) const TOP_CANDIDATES: usize = 5;

/// Candidates whose ancestors are shared by at least this many close
/// runners-up are replaced by that ancestor (the article is split in
/// several scored blocks).
pub(crate) const MIN_SHARED_CANDIDATES: usize = 3;

/// An article with fewer characters than this is retried with looser rules.
pub(crate) const MIN_ARTICLE_CHARS: usize = 500;

/// Links whose target is a fragment of the same page (footnotes, tables of
/// contents) count this much towards link density.
pub(crate) const HASH_LINK_WEIGHT: f32 = 0.3;

/// Whole texts of blocks that are only an advertisement or loading label.
pub(crate) const AD_LABELS: &[&str] = &[
    "ad",
    "advertising",
    "advertisement",
    "anzeige",
    "publicité",
    "publicidad",
    "pub",
    "werbung",
    "anuncio",
    "реклама",
    "广告",
    "loading",
    "loading...",
    "loading…",
    "wird geladen",
    "cargando",
    "chargement",
    "загрузка",
];

/// Hosts of video players whose embeds become links in the article.
pub(crate) const VIDEO_HOSTS: &[&str] = &[
    "youtube.com",
    "youtube-nocookie.com",
    "youtu.be",
    "vimeo.com",
    "dailymotion.com",
    "player.twitch.tv",
    "bilibili.com",
    "archive.org",
    "ted.com",
    "v.qq.com",
];

/// Elements whose text is never article text.
pub(crate) const NEVER_TEXT: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "select", "textarea", "option",
    "iframe", "object", "embed", "canvas", "svg", "button", "input", "datalist", "dialog",
];

/// Elements that make a `<div>` a container rather than a paragraph.
pub(crate) const BLOCKS_IN_DIV: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "figure",
    "section",
    "article",
];

/// Inline ("phrasing") elements: text-level markup a paragraph is made of.
pub(crate) const PHRASING: &[&str] = &[
    "abbr", "audio", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn",
    "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
    "object", "output", "picture", "progress", "q", "ruby", "s", "samp", "script", "select",
    "small", "span", "strong", "sub", "sup", "textarea", "time", "u", "var", "wbr", "font", "a",
    "del", "ins", "strike", "tt", "big",
];
