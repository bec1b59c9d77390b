//! Tunables: word lists, weights and thresholds, together and explained.
//!
//! Class and id names are matched as lower-case substrings of
//! `"{class} {id}"`, unless a list says it wants whole tokens.

/// A word list kept as one string, each word after a byte that holds its
/// length, for the long lists that are read once per block rather than per
/// node: a `&[&str]` costs the browser build a pointer and a length per word
/// besides the text (8 bytes each, and pointers compress badly). The string
/// is packed at compile time by [`words!`]; reading it is as cheap as reading
/// a slice. Read with [`Words::iter`] and [`Words::contains`], in the order
/// written.
#[derive(Clone, Copy)]
pub(crate) struct Words(&'static str);

impl Words {
    /// The words in order.
    pub(crate) fn iter(self) -> WordsIter {
        WordsIter(self.0)
    }

    /// Whether `word` is one of the words. Skips by the length bytes and
    /// compares only words of `word`'s length.
    pub(crate) fn contains(self, word: &&str) -> bool {
        let packed = self.0.as_bytes();
        let word = word.as_bytes();
        let mut at = 0;
        while let Some(&len) = packed.get(at) {
            let len = len as usize;
            if len == word.len() && packed.get(at + 1..at + 1 + len) == Some(word) {
                return true;
            }
            at += 1 + len;
        }
        false
    }
}

/// The words of a [`Words`] list, in order.
pub(crate) struct WordsIter(&'static str);

impl Iterator for WordsIter {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let len = *self.0.as_bytes().first()? as usize;
        let word = self.0.get(1..1 + len)?;
        self.0 = &self.0[1 + len..];
        Some(word)
    }
}

/// The length of `list` packed by [`pack`].
pub(crate) const fn packed_len(list: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < list.len() {
        n += 1 + list[i].len();
        i += 1;
    }
    n
}

/// `list` as one byte string: each word after its length. Lengths must be
/// below 128, so that the length bytes are ASCII and the result UTF-8.
pub(crate) const fn pack<const N: usize>(list: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < list.len() {
        let word = list[i].as_bytes();
        assert!(word.len() < 128, "a word of 128 bytes or more");
        out[at] = word.len() as u8;
        at += 1;
        let mut k = 0;
        while k < word.len() {
            out[at] = word[k];
            at += 1;
            k += 1;
        }
        i += 1;
    }
    out
}

/// A [`Words`] list from string literals, packed at compile time: the
/// literals themselves are not in the binary.
macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        const LIST: &[&str] = &[$($word),*];
        const PACKED: [u8; packed_len(LIST)] = pack(LIST);
        Words(match std::str::from_utf8(&PACKED) {
            Ok(s) => s,
            Err(_) => panic!("packed words are UTF-8"),
        })
    }};
}

/// Class/id fragments of blocks that are almost never the article: site
/// chrome, comment threads, promos. Such blocks are left out before scoring
/// (on the first, strictest pass only).
pub(crate) const UNLIKELY: &[&str] = &[
    "-ad-",
    "call-to-action",
    "about-author",
    "author-bio",
    "author-box",
    "authorbox",
    "author-description",
    "author-info",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "comentario",
    "komentar",
    "kommentar",
    "yorum",
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
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "yom-remote",
];

/// Like [`UNLIKELY`], but matched as whole parts of a class or id (split at
/// spaces, `-` and `_`): as a fragment, "rss" is inside "rsSlide".
pub(crate) const UNLIKELY_PARTS: &[&str] = &["rss"];

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

/// Fragments of [`NEGATIVE`] too vague to drop a block that holds a prose
/// paragraph: "media" wraps leads and embeds, "meta" and "widget" wrap
/// anything.
pub(crate) const WEAK_NEGATIVE: &[&str] = &["media", "meta", "widget", "scroll"];

/// A paragraph with at least this many characters and few links is prose.
pub(crate) const PROSE_MIN_CHARS: f32 = 140.0;

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

/// Template rows whose class lists differ by a modifier are compared token
/// by token only up to this many bytes of class each.
pub(crate) const TEMPLATE_CLASS_MAX_BYTES: usize = 200;

/// A class or id word holding one of these with a [`POSITIVE`] one names
/// the story's header ("article-header", "entry-header", "post-heading"),
/// which does not score as the story.
pub(crate) const HEADER_PARTS: &[&str] = &["header", "heading"];

/// Score for a class or id that matches [`POSITIVE`] or [`NEGATIVE`].
pub(crate) const CLASS_WEIGHT: f32 = 25.0;

/// Class/id fragments of share and social widgets; removed inside the
/// article when short.
pub(crate) const SHARE: &[&str] = &["share", "sharedaddy", "social", "sharing"];

/// Social networks a share or follow link names, lower-case.
pub(crate) const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "pinterest",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "instagram",
    "tiktok",
    "bluesky",
    "mastodon",
    "flipboard",
    "xing",
    "vkontakte",
    "вконтакте",
    "одноклассники",
    "weibo",
    "微博",
    "微信",
    "kakaotalk",
    "카카오톡",
];

/// Names of networks as a follow line spells them, lower-case, matched at
/// the start of a word so that a language's endings may follow
/// ("Facebookon", "Facebooku", "Вајберу", "Телеграму"): the networks of
/// [`SOCIAL_NETWORKS`] and their names in other scripts.
pub(crate) const NETWORK_NAMES: &[&str] = &[
    "facebook",
    "instagram",
    "twitter",
    "telegram",
    "whatsapp",
    "viber",
    "youtube",
    "tiktok",
    "linkedin",
    "фејсбук",
    "фейсбук",
    "инстаграм",
    "телеграм",
    "вајбер",
    "вайбер",
    "твитер",
    "твиттер",
    "ютуб",
    "페이스북",
    "인스타그램",
    "유튜브",
    "카카오톡",
    "트위터",
];

/// Networks' names in scripts written without spaces between words, or
/// that join a prefix to a name ("הטלגרם", "بتيليجرام"), matched anywhere
/// in a line.
pub(crate) const NETWORK_NAMES_INSIDE: &[&str] = &[
    "微博",
    "微信",
    "公众号",
    "抖音",
    "小红书",
    "脸书",
    "臉書",
    "推特",
    "ツイッター",
    "フェイスブック",
    "インスタグラム",
    "ユーチューブ",
    "טלגרם",
    "וואטסאפ",
    "פייסבוק",
    "אינסטגרם",
    "יוטיוב",
    "טוויטר",
    "تيليجرام",
    "تلغرام",
    "واتساب",
    "فيسبوك",
    "يوتيوب",
    "تويتر",
    "انستغرام",
    // Persian and Urdu spellings
    "تلگرام",
    "اینستاگرام",
    "واتساپ",
    "واتس‌اپ",
    "یوتیوب",
    "یوٹیوب",
    "فیس بک",
    "فیسبوک",
    // Devanagari, Bengali, Tamil, Telugu, Sinhala, Thai
    "फेसबुक",
    "इंस्टाग्राम",
    "यूट्यूब",
    "व्हाट्सएप",
    "टेलीग्राम",
    "ফেসবুক",
    "ইউটিউব",
    "பேஸ்புக்",
    "யூடியூப்",
    "வாட்ஸ்அப்",
    "ఫేస్‌బుక్",
    "యూట్యూబ్",
    "వాట్సాప్",
    "යූටියුබ්",
    "ෆේස්බුක්",
    "เฟซบุ๊ก",
    "ยูทูบ",
];

/// Hosts of the networks a site asks readers to follow it on, matched as
/// the link's host or a host under it: a link to one of them in a small
/// box after the story is a follow box.
pub(crate) const FOLLOW_HOSTS: &[&str] = &[
    "line.me",
    "lin.ee",
    "t.me",
    "telegram.me",
    "whatsapp.com",
    "wa.me",
    "news.google.com",
    "x.com",
    "twitter.com",
    "facebook.com",
    "instagram.com",
    "youtube.com",
    "tiktok.com",
    "threads.net",
    "bsky.app",
    "linkedin.com",
    "pinterest.com",
    "flipboard.com",
    "vk.com",
    "ok.ru",
    "dzen.ru",
    "pf.kakao.com",
    "viber.com",
    "media.naver.com",
    "weibo.com",
];

/// Pieces of a network address that lead to one post, not to a profile
/// or channel ("x.com/…/status/…", "instagram.com/p/…"): a source; or
/// that share the page ("sharer.php", "intent/tweet", "wa.me/?text="):
/// a share bar, which its own rule judges.
pub(crate) const POST_PATHS: &[&str] = &[
    "share",
    "intent",
    "?text=",
    "/send",
    "/status/",
    "instagram.com/p/",
    "/posts/",
    "/post/",
    "/watch",
    "/video",
    "/reel",
    "/photo",
    "/shorts/",
    "/playlist",
    "/embed",
    "/events/",
];

/// Pieces of a network's address that share the page rather than show
/// anything: a link to one of them is a share button whatever its words.
pub(crate) const SHARE_PATHS: &[&str] = &[
    "/sharer",
    "/share?",
    "/share/",
    "/share.php",
    "/intent/",
    "/pin/create",
    "?text=",
    "/send?",
    "/sharearticle",
    "/submit?url=",
];

/// A follow link stands as its own line when its block holds at most
/// this many characters besides the link's words (an icon's label, "→").
pub(crate) const LINK_LABEL_SLACK_CHARS: usize = 12;

/// A sentence that links its source has at least this many words of its
/// own besides the link.
pub(crate) const SENTENCE_OWN_MIN_WORDS: usize = 6;

/// Verbs of a share or follow link ("Share on Pinterest", "Partager sur
/// Facebook", "Auf WhatsApp teilen", "Folgen Sie uns auf Instagram"),
/// lower-case, matched as whole words: with a network's name, in a link of
/// a few words, they make a sharing control, not prose.
pub(crate) const SHARE_VERBS: &[&str] = &[
    "share",
    "tweet",
    "pin",
    "follow",
    "teilen",
    "folgen",
    "partager",
    "suivez",
    "suivre",
    "compartir",
    "compartilhar",
    "síguenos",
    "seguir",
    "condividi",
    "seguici",
    "delen",
    "volg",
    "udostępnij",
    "obserwuj",
    "поделиться",
    "подписаться",
    "مشاركة",
    "شارك",
    "تابعنا",
    "シェア",
    "共有",
    "分享",
    "关注",
    "공유",
    "공유하기",
];

/// A share or follow link is at most this many words.
pub(crate) const SHARE_LINK_MAX_WORDS: usize = 5;

/// Class/id words of a rating widget ("post-ratings", "star-rating"),
/// matched as whole words of the names: "decorating" is not one.
pub(crate) const RATING_NAMES: &[&str] = &["rating", "ratings", "stars"];

/// Rating widgets longer than this are kept: a review's verdict.
pub(crate) const RATING_MAX_CHARS: f32 = 150.0;

/// ARIA roles of a media player's controls: its progress bar and volume
/// slider, its clock. Where one of them (or a `<video>`/`<audio>`) sits,
/// the short box around it is a player, whatever its language.
pub(crate) const PLAYER_ROLES: &[&str] = &["slider", "timer", "progressbar"];

/// A media player's box climbs at most this many levels from a control or
/// the media element: players are shallow, and a bound keeps deep nesting
/// linear.
pub(crate) const PLAYER_MAX_DEPTH: usize = 12;

/// Inside a player, a paragraph at least this long is prose the page put
/// beside the video, not the player's words, and stays.
pub(crate) const PLAYER_PROSE_CHARS: f32 = 80.0;

/// Class or id words of a video player's box ("video-player",
/// "jwplayer", "c-video-player"), matched inside the names.
pub(crate) const PLAYER_NAMES: &[&str] = &["video", "player", "youtube"];

/// Whole parts of a class or id (split at spaces, `-` and `_`) that name a
/// video player's box, too short to match inside a name: YouTube's "yt"
/// ("yt-embed", "Embed_yt__9oLpM").
pub(crate) const PLAYER_NAME_PARTS: &[&str] = &["yt"];

/// A shop's button with its prices holds at most this many characters,
/// and its links this many words besides prices.
pub(crate) const SHOP_BUTTON_MAX_CHARS: f32 = 80.0;
/// See [`SHOP_BUTTON_MAX_CHARS`].
pub(crate) const SHOP_BUTTON_MAX_WORDS: usize = 6;
/// A shop's button is at most this many nodes.
pub(crate) const SHOP_BUTTON_MAX_NODES: usize = 16;
/// A line of paid links holds at least this share of its text in them.
pub(crate) const SPONSORED_LINE_MIN_LINK_SHARE: f32 = 0.3;
/// A line of paid links is at most this many words: a label, the links and
/// a note.
pub(crate) const SPONSORED_LINE_MAX_WORDS: usize = 24;

/// A section's header box (a live post's time and title) holds at most
/// this many nodes.
pub(crate) const SECTION_HEADER_MAX_NODES: u32 = 16;

/// Signs that mark a price.
pub(crate) const CURRENCY_SIGNS: &str = "$€£¥₹₩₽₺₫฿₱₪₦₴";

/// A video's or a recording's label over its player, lower-case.
pub(crate) const MEDIA_LABELS: Words = words![
    "watch",
    "video",
    "watch video",
    "listen",
    "vídeo",
    "vidéo",
    "regarder",
    "ansehen",
    "guarda",
    "assista",
    "mira",
    "видео",
    "смотрите",
    "動画",
    "视频",
    "視頻",
    "영상",
    "فيديو",
    "वीडियो",
];

/// In a player box holding no media, a line this long (characters) that
/// ends in a full stop is prose the page set there, and the box stays.
pub(crate) const PLAYER_SENTENCE_MIN_CHARS: usize = 40;

/// A link of fewer than three words is a headline when it holds at least
/// this many letters: a script written without spaces (Thai, Khmer,
/// Burmese) runs a headline together as one or two words.
pub(crate) const UNSPACED_HEADLINE_MIN_CHARS: usize = 20;

/// Class/id fragments of a paywall's offer box ("paywall-teaser",
/// "ks-paywall", "regwall").
pub(crate) const PAYWALL_NAMES: &[&str] = &["paywall", "regwall"];

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

/// Class/id fragments of comment threads: a looser pass whose extra text
/// is mostly in such blocks does not replace a short post in its
/// `<article>`.
pub(crate) const COMMENT_NAMES: &[&str] = &[
    "comment",
    "disqus",
    "replies",
    "respond",
    "discussion",
    "reactions",
];

/// An article with fewer characters than this is retried with looser rules.
pub(crate) const MIN_ARTICLE_CHARS: usize = 500;
/// Outside a short story's marked container, a paragraph of at least this
/// many characters is more of the story (prose), not the page around it.
pub(crate) const PROSE_PARAGRAPH_MIN_CHARS: u32 = 80;
/// A paragraph's length is read over at most this many nodes.
pub(crate) const PROSE_PARAGRAPH_MAX_NODES: usize = 64;

/// Links whose target is a fragment of the same page (footnotes, tables of
/// contents) count this much towards link density.
pub(crate) const HASH_LINK_WEIGHT: f32 = 0.3;

/// A word of a site's name this long or longer may change its ending
/// where a line names the site in a language that inflects names.
pub(crate) const INFLECTED_NAME_MIN_CHARS: usize = 6;

/// An ad's label, before the mark that ends it, is at most this many
/// characters ("Advertisement:", "Реклама.").
pub(crate) const AD_LABEL_MAX_CHARS: usize = 16;

/// An ad's legal marking names its advertiser by a registry or tax number
/// of at least this many digits ("ИНН 590500112233").
pub(crate) const AD_MARKING_MIN_DIGITS: usize = 10;

/// Whole texts of blocks that are only an advertisement or loading label.
pub(crate) const AD_LABELS: Words = words![
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

/// The word that labels an ad slot, lower-case, in many languages: where
/// it opens or closes a line of a few words, the line is the slot's notice
/// ("Story continues below advertisement"). Not the short, ambiguous
/// labels of [`AD_LABELS`] ("ad", "pub"), which count alone only, nor
/// "Werbung", which is also recruiting ("Werbung neuer Mitglieder").
pub(crate) const AD_WORDS: Words = words![
    "advertisement",
    "anzeige",
    "publicité",
    "publicidad",
    "publicidade",
    "pubblicità",
    "reklama",
    "reklam",
    "реклама",
    "广告",
    "廣告",
    "広告",
    "광고",
    "إعلان",
    "iklan",
    "oglas",
    "hirdetés",
    "reklaam",
    "mainos",
    "reclamă",
    "διαφήμιση",
    "реклами",
];

/// Whole parts of a class or id (split at spaces, `-` and `_`) that name
/// an ad slot: "ad_in_content", "ads-scrollpage-bottom",
/// "medyanet-inline-adv".
pub(crate) const AD_SLOT_PARTS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "adunit",
    "adslot",
    // Google AdSense's slot, on pages everywhere.
    "adsbygoogle",
];

/// An ad slot's label, in any language, is at most this many words...
pub(crate) const AD_SLOT_LABEL_MAX_WORDS: usize = 2;

/// ... and this many characters.
pub(crate) const AD_SLOT_LABEL_MAX_CHARS: f32 = 24.0;

/// The word for "continue" in the line beside an ad slot that says the
/// story goes on below it, lower-case, matched anywhere in the line.
pub(crate) const CONTINUE_WORDS: Words = words![
    "continu",
    "devam",
    "weiter",
    "sigue",
    "suite",
    "prosegu",
    "продолж",
    "继续",
    "繼續",
    "続き",
    "계속",
    "lanjut",
    "tiếp",
    "dalej",
    "verder",
    "fortsätt",
    "fortsett",
    "fortsæt",
    "jatku",
    "jätku",
    "nastavlja",
    "nastavak",
    "наставља",
    "nadaljuje",
    "pokračuje",
    "pokračov",
    "folytat",
    "συνεχ",
    "продовж",
    "продълж",
    "tęsiasi",
    "turpin",
    "يتبع",
    "تابع",
    "ادامه",
];

/// A note set in the text as an `<aside>` (a callout) is at most this
/// many characters.
pub(crate) const CALLOUT_MAX_CHARS: f32 = 600.0;

/// At most this many asides a page are read as possible callouts; any
/// more are left out as asides are.
pub(crate) const CALLOUTS_MAX: usize = 32;

/// The note beside a control's button (how a listen button reads the
/// story) is at most this many characters.
pub(crate) const CONTROL_NOTE_MAX_CHARS: f32 = 140.0;

/// A notice beside an ad slot is looked for in a box named as an ad up to
/// this many levels above it.
pub(crate) const AD_BOX_MAX_DEPTH: usize = 3;

/// An ad slot's notice is at most this many words.
pub(crate) const AD_NOTICE_MAX_WORDS: usize = 6;

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

/// Elements whose text is never article text. A `match`, not a list to
/// scan: extraction asks for every element of the page, and a `match` on
/// strings compiles to a length switch and a few compares.
pub(crate) fn is_never_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "select"
            | "textarea"
            | "option"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "svg"
            | "button"
            | "input"
            | "datalist"
            | "dialog"
    )
}

/// Elements that make a `<div>` a container rather than a paragraph
/// (asked for every element on every pass: a `match`, as [`is_never_text`]).
pub(crate) fn is_block_in_div(name: &str) -> bool {
    matches!(
        name,
        "blockquote"
            | "dl"
            | "div"
            | "img"
            | "ol"
            | "p"
            | "pre"
            | "table"
            | "ul"
            | "figure"
            | "section"
            | "article"
    )
}

/// Heading elements, `h1` to `h6`.
pub(crate) fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Inline ("phrasing") elements: text-level markup a paragraph is made of
/// (asked for every element on every pass: a `match`, as [`is_never_text`]).
pub(crate) fn is_phrasing(name: &str) -> bool {
    matches!(
        name,
        "abbr"
            | "audio"
            | "b"
            | "bdi"
            | "bdo"
            | "br"
            | "button"
            | "cite"
            | "code"
            | "data"
            | "datalist"
            | "dfn"
            | "em"
            | "embed"
            | "i"
            | "img"
            | "input"
            | "kbd"
            | "label"
            | "mark"
            | "math"
            | "meter"
            | "noscript"
            | "object"
            | "output"
            | "picture"
            | "progress"
            | "q"
            | "ruby"
            | "s"
            | "samp"
            | "script"
            | "select"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "textarea"
            | "time"
            | "u"
            | "var"
            | "wbr"
            | "font"
            | "a"
            | "del"
            | "ins"
            | "strike"
            | "tt"
            | "big"
    )
}

/// Labels that open a promo for other articles placed inside a story
/// ("READ MORE: ...", "Lesen Sie auch: ..."). Matched at the start of a
/// short block's text, lower-cased. Many languages: Lector reads the world.
pub(crate) const PROMO_LABELS: Words = words![
    "read more",
    "keep reading",
    "read also",
    "read the full",
    "to view the full story",
    "subscribe now",
    "if you enjoyed",
    "if you're seeing this message",
    "if you’re seeing this message",
    "for the latest stories",
    "download our app",
    "also read",
    "read next",
    "related:",
    "related articles",
    "related stories",
    "related content",
    "related posts",
    "related reading",
    "see also",
    "more on this",
    "more from",
    "more stories",
    "most read",
    "most popular",
    "recommended",
    "you may also like",
    "you might also like",
    "don't miss",
    "trending now",
    "follow us",
    "sign up for",
    "subscribe to",
    "lesen sie auch",
    "lesen sie hier",
    "auch lesen",
    "schon gelesen",
    "zum weiterlesen",
    "beiträge zum thema",
    "mehr zu ",
    "entdecke weitere",
    "lade weitere",
    "meist-diskutiert",
    "meistgelesen",
    "war der artikel",
    "war dieser artikel",
    "möchten sie den artikel",
    "den artikel mit anderen",
    "kommentare schreiben",
    "kommentieren sie",
    "jetzt kommentieren",
    "lesen sie mehr",
    "lies auch",
    "mehr zum thema",
    "mehr themen",
    "auch interessant",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "weitere artikel",
    "weiterlesen",
    "neueste artikel",
    "verwandte artikel",
    "empfohlene artikel",
    "le puede interesar",
    "lea más",
    "lea:",
    "puedes ver",
    "hazte miembro",
    "suscríbete",
    "te puede interesar",
    "lea también",
    "lee también",
    "vea también",
    "ver también",
    "siguenos",
    "síguenos",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "leggi anche",
    "potrebbe interessarti",
    "czytaj także",
    "czytaj też",
    "czytaj również",
    "zobacz także",
    "zobacz też",
    "leia também",
    "veja também",
    "lees ook",
    "läs också",
    "читайте также",
    "смотрите также",
];

/// Whole labels of a list of related stories, lower-case, beside
/// [`PROMO_LABELS`] (which are matched as openings): a heading that says
/// only this heads the list, not the prose after it.
pub(crate) const RELATED_LABELS: &[&str] = &[
    "related",
    "relacionados",
    "noticias relacionadas",
    "articles liés",
    "sur le même sujet",
    "articoli correlati",
    "powiązane",
    "по теме",
    "関連記事",
    "関連ニュース",
    "あわせて読みたい",
    "相关阅读",
    "相关文章",
    "相关新闻",
    "相關新聞",
    "관련기사",
    "관련 기사",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "مواضيع ذات صلة",
];

/// A paragraph whose link text is at least this share of its text may be
/// a teaser for another story (see `clean/promos.rs`).
pub(crate) const PROMO_LINK_SHARE: f32 = 0.6;

/// A list whose link text is at least this share of its text, every item
/// one headline link into the site, lists other stories.
pub(crate) const PROMO_LIST_LINK_SHARE: f32 = 0.8;

/// A label beside a promo ("Baca juga:", "あわせて読みたい") is at most this
/// long (weighted characters).
pub(crate) const PROMO_LABEL_MAX_CHARS: f32 = 40.0;

/// A teaser's label ("More:", "Lesen Sie auch:", "あわせて読みたい") is at
/// most this many words (CJK characters count as words, scaled).
pub(crate) const PROMO_LABEL_MAX_WORDS: usize = 4;

/// At most this many `<br>` bodies of a page are read line by line for
/// promo lines (see `clean/promos.rs`).
pub(crate) const LINE_PROMO_MAX_BLOCKS: usize = 64;

/// The label over a row of links to other stories is at most this many
/// words.
pub(crate) const PROMO_ROW_LABEL_MAX_WORDS: usize = 7;

/// A labelled row of links to other stories holds at most this many; a
/// block of one or two links needs no label to set it off.
pub(crate) const PROMO_LIST_MAX_LINKS: usize = 5;

/// Blocks longer than this are prose, whatever word they start with.
pub(crate) const PROMO_MAX_CHARS: f32 = 250.0;
/// How the address of a picture file ends, lower-case.
pub(crate) const PICTURE_FILE_ENDS: &[&str] = &[".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];
/// How the address of a document or media file ends, lower-case: a card
/// or a paragraph that links one is the file the story offers (a ruling,
/// the regulation it reports on), not a teaser for another story.
pub(crate) const DOCUMENT_FILE_ENDS: &[&str] = &[
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf", ".csv",
    ".epub",
];
/// How the address of an archive or media file ends, lower-case: a card
/// that opens one is no teaser either, but a "Download: mp3" line is a
/// player's control, not a source the story cites.
pub(crate) const MEDIA_FILE_ENDS: &[&str] = &[".zip", ".mp3", ".mp4"];
/// A card link is searched for a caption over at most this many nodes (a
/// card is a handful; a link around half the page is no card anyway).
pub(crate) const CARD_MAX_NODES: usize = 64;

/// A plain `<time>` gives the publication date only this many elements
/// after the first `<h1>` at most: under the headline, not a comment's.
pub(crate) const TIME_AFTER_H1_MAX_ELEMENTS: u32 = 150;

/// Sibling teaser cards that make a list of other stories (see
/// `content::Page::find_teaser_cards`): at least this many, with at most
/// [`TEASER_LABEL_MAX_CHARS`] of other text beside them in their parent.
pub(crate) const TEASER_RUN_MIN: usize = 3;
/// The most text beside a teaser run in its list (the list's heading, "Die
/// meistgelesenen Artikel bei SWR.de/Sport"); its wrappers holding no
/// more go with it.
pub(crate) const TEASER_LABEL_MAX_CHARS: f32 = 80.0;

/// Class/id fragments of photo credits and copyright lines.
pub(crate) const CREDIT: &[&str] = &["credit", "copyright", "photographer", "bildnachweis"];

/// Format marks a link's text gives a document it opens ("Ruling (PDF,
/// 389 kB)", "申請須知（PDF）"), upper-case as written.
pub(crate) const DOCUMENT_MARKS: &[&str] = &["(PDF", "（PDF", "[PDF", "PDF)", "PDF）", "PDF]"];

/// Class/id fragments of captions, whose copies later in the article are
/// dropped.
pub(crate) const CAPTION_NAMES: &[&str] = &["caption", "legend", "cutline", "bildunterschrift"];

/// A block named as a caption holds at most this many paragraphs or
/// list items, and no heading: a caption and its credit. Some CMS templates
/// name the whole story's area after the page's title bar
/// ("page-caption"), which holds the headline and every paragraph.
pub(crate) const CAPTION_MAX_PARAGRAPHS: usize = 2;

/// Captions shorter than this (characters) are not compared: short labels
/// repeat legitimately.
pub(crate) const CAPTION_MIN_CHARS: usize = 20;
/// A label in the link around a figure's picture ("クリックで拡大",
/// "Click to enlarge") is at most this many characters and words.
pub(crate) const PICTURE_LABEL_MAX_CHARS: usize = 24;
/// See [`PICTURE_LABEL_MAX_CHARS`].
pub(crate) const PICTURE_LABEL_MAX_WORDS: usize = 3;

/// How far up a caption looks for the figure or gallery item it belongs to.
pub(crate) const CAPTION_GROUP_DEPTH: usize = 6;

/// At most this many captions are remembered for the comparison.
pub(crate) const MAX_CAPTIONS: usize = 256;

/// A caption set beside its image in a block of its own (no `<figure>`) is
/// at most this long (weighted characters): a caption and a credit, not a
/// paragraph that happens to follow a picture.
pub(crate) const FIGURE_CAPTION_MAX_CHARS: f32 = 300.0;

/// Blocks of image and caption shape holding more than this share of the
/// story's text are its content (slides, steps), not captions.
pub(crate) const FIGURE_CAPTIONS_MAX_SHARE: f32 = 0.3;

/// An image block with its caption is judged on at most this many nodes;
/// a bigger block is no such thing.
pub(crate) const FIGURE_MAX_NODES: u32 = 200;

/// An image whose width and height are both under this many pixels is an
/// icon, not a picture with a caption.
pub(crate) const ICON_MAX_PX: u32 = 64;

/// Credits longer than this are kept: they are probably a caption.
pub(crate) const CREDIT_MAX_CHARS: f32 = 80.0;

/// Whole texts of small blocks that are page controls, not prose ("back to
/// top", "print", a share label), lower-case, trailing punctuation removed.
pub(crate) const CONTROL_TEXTS: Words = words![
    "back",
    "back to top",
    "top",
    "to top",
    "print",
    "print this",
    "print article",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "email",
    "e-mail",
    "pin",
    "tags",
    "comments",
    "no comments",
    "leave a comment",
    "leave a reply",
    "advertisement",
    "skip to content",
    "skip to main content",
    "zurück",
    "nach oben",
    "zurück zur startseite",
    "zurück zur übersicht",
    "zurück zur liste",
    "drucken",
    "teilen",
    "pinnen",
    "schlagwörter",
    "kommentare",
    "keine kommentare",
    "hinterlasse einen kommentar",
    "hinterlasse jetzt einen kommentar",
    "artikel drucken",
    "rezept drucken",
    "anzeige",
    "- anzeige -",
    "werbung",
    "imprimir",
    "compartir",
    "volver",
    "imprimer",
    "partager",
    "retour",
    "stampa",
    "condividi",
    "drukuj",
    "udostępnij",
    "reklama",
    "no response so far",
    "say your words",
    "permalink",
    "permalien",
    "video",
    "videos",
    "watch",
    "play",
    "close",
    "click to tweet",
    "fullscreen",
    "enter fullscreen mode",
    "exit fullscreen mode",
    "copy code",
    "copy to clipboard",
    "full screen",
    "vollbild",
    "plein écran",
    "pantalla completa",
    "schermo intero",
    "tweet this",
    "advert",
    "sponsored",
    "show more",
    "view gallery",
    "enlarge",
    "cerrar",
    "pubblicità",
    "schließen",
    "закрыть",
    "видео",
    "動画",
    "閉じる",
    "広告",
    "写真を見る",
    "拡大する",
    "拡大",
    "视频",
    "关闭",
    "广告",
    "分享",
    "닫기",
    "광고",
    "동영상",
    "공유하기",
    "إعلان",
    "إغلاق",
    "فيديو",
    "pdf",
    "weiter",
    "kontakt",
];

/// Openings of photo credit and source lines ("Foto: ...", "© ..."); a
/// space before the colon is allowed ("Photo : ..."), see
/// [`starts_with_credit`].
pub(crate) const CREDIT_PREFIXES: Words = words![
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "bilder:",
    "bildquelle:",
    "quelle:",
    "image:",
    "credit:",
    "credits:",
    "crédit",
    "crédits",
    "©",
    "(c) ",
    "copyright",
    "fuente:",
    "źródło:",
    "titelbild:",
    "titelfoto:",
    "beitragsbild:",
    "imagen:",
    "imagem:",
    "immagine:",
    "crédito:",
    "créditos:",
    "zdjęcie:",
    "фото:",
    "mynd:",
    "kuva:",
];

/// Openings of a rights notice after a story, lower-case: the notice
/// goes however long it runs ("All rights reserved. This material … may
/// not be reproduced …").
pub(crate) const RIGHTS_RESERVED: Words = words![
    "all rights reserved",
    "tous droits réservés",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "alle rechte vorbehalten",
    "riproduzione riservata",
];

/// Whether lower-cased `t` opens with one of [`CREDIT_PREFIXES`], a colon
/// in the prefix matching with a space before it too ("photo : x").
pub(crate) fn starts_with_credit(t: &str) -> bool {
    CREDIT_PREFIXES.iter().any(|p| match p.strip_suffix(':') {
        Some(word) => t
            .strip_prefix(word)
            .is_some_and(|r| r.trim_start().starts_with(':')),
        None => t.starts_with(p),
    })
}

/// Labels of a source line under a story ("Source: ...", "来源：...",
/// "المصدر : ..."), lower-case, followed by a colon (a space before it
/// allowed); judged only after the story's last paragraph: inside the
/// story a source is often cited in running text.
pub(crate) const SOURCE_LABELS: Words = words![
    "source",
    "sources",
    "дереккөз",
    "fonte",
    "kaynak",
    "sursa",
    "forrás",
    "zdroj",
    "izvor",
    "bron",
    "kilde",
    "källa",
    "lähde",
    "nguồn",
    "sumber",
    "πηγή",
    "πηγές",
    "източник",
    "извор",
    "джерело",
    "источник",
    "מקור",
    "منبع",
    "ماخذ",
    "स्रोत",
    "المصدر",
    "来源",
    "來源",
    "出典",
    "출처",
];

/// A source line's names ([`SOURCE_LABELS`] aside, known by shape) run
/// to at most this many characters after the label...
pub(crate) const SOURCE_LIST_MAX_CHARS: usize = 80;

/// ...and each name to at most this many words.
pub(crate) const SOURCE_NAME_MAX_WORDS: usize = 4;

/// A fact-check's verdict box over the story holds at least this share
/// of the reviewed claim's words...
pub(crate) const CLAIM_MIN_SHARE: f32 = 0.6;

/// ... of a claim of at least this many words of three letters or more.
pub(crate) const CLAIM_MIN_WORDS: usize = 4;

/// A box of key points over the story is at most this long...
pub(crate) const KEY_POINTS_MAX_CHARS: f32 = 700.0;

/// ...holds at most this many nodes...
pub(crate) const KEY_POINTS_MAX_NODES: usize = 80;

/// ...and besides its list, at most a heading this long.
pub(crate) const KEY_POINTS_LABEL_MAX_CHARS: f32 = 40.0;

/// A fact box's item opens with a label of at most this many words
/// before its colon ("Neue Haltestellen:").
pub(crate) const FACT_LABEL_MAX_WORDS: usize = 3;

/// What is left of the byline's box under the headline, once its name
/// moved to the header, is found at most this many levels up...
pub(crate) const BYLINE_BOX_MAX_DEPTH: usize = 3;

/// ...holds at most this many characters...
pub(crate) const BYLINE_BOX_MAX_CHARS: f32 = 40.0;

/// ...and this many nodes are looked at in each box.
pub(crate) const BYLINE_BOX_MAX_NODES: usize = 32;

/// A line over the story at least this share of whose words (by length)
/// the description holds too restates it: the story's lead. A disclosure
/// shares next to nothing with the story's description.
pub(crate) const LEAD_DESCRIPTION_MIN_SHARE: f32 = 0.25;

/// ...and it runs to at least this many words.
pub(crate) const LEAD_MIN_WORDS: usize = 12;

/// Class/id fragments of author boxes: the byline is in the reader's
/// header, and a biography is not the article.
pub(crate) const AUTHOR_BOX: Words = words![
    "author-bio",
    "author_bio",
    "authorbio",
    "about-author",
    "about-the-author",
    "author-box",
    "author_box",
    "authorbox",
    "author-info",
    "author_info",
    "author-description",
    "author-card",
    "autorenbox",
    "autor-box",
];

/// Words a line holding only a date or time may contain besides numbers
/// ("Updated 3 May 2021, 10:42 am"). Such lines repeat the header's date.
pub(crate) const DATE_WORDS: Words = words![
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "am",
    "pm",
    "uhr",
    "um",
    "at",
    "on",
    "de",
    "del",
    "le",
    "der",
    "den",
    "updated",
    "published",
    "posted",
    "aktualisiert",
    "veröffentlicht",
    "publié",
    "publicado",
    "actualizado",
    "stand",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "gmt",
    "utc",
    "cet",
    "cest",
    "est",
    "edt",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "bst",
    "ist",
    "jst",
    "kst",
    "aest",
    "aedt",
    "release",
    "date",
    "datum",
    "opublikowano",
    "h",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "pubblicato",
    "il",
    "ultima",
    "modifica",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "dezembro",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
    "veröffentlichung",
    "publiziert",
    "erstellt",
    "송고",
    "입력",
    "수정",
    "기사입력",
    "최종수정",
    "发布",
    "发布时间",
    "更新",
    "発信",
    "配信",
    "更新日",
    "опубликовано",
    "обновлено",
    "à",
    "mis",
    "jour",
    "publiée",
    "às",
    "atualizado",
    "atualização",
    "alle",
    "aggiornato",
    "ore",
    "gepubliceerd",
    "bijgewerkt",
    "om",
    "uur",
    "aktualizacja",
];

/// An article has at least this many characters of text. Any visible
/// text is kept, as Firefox's reader does for short notes; a page without
/// text (only images, scripts or frames) says "no article" unless forced.
pub(crate) const MIN_ARTICLE_TEXT: usize = 1;

/// Text that is mostly link text is a page of links, not an article.
pub(crate) const MAX_ARTICLE_LINK_DENSITY: f64 = 0.65;

/// Class/id fragments of embedded posts (tweets, Instagram and TikTok
/// embeds): content, even inside a wrapper named "social" or "media".
pub(crate) const EMBED_NAMES: &[&str] = &[
    "twitter-tweet",
    "instagram-media",
    "tiktok-embed",
    "fb-post",
    "bluesky-embed",
    "mastodon-embed",
    "reddit-embed",
];

/// Punctuation and arrows that may close a label ("Read more »").
pub(crate) const LABEL_TRAILERS: &[char] = &[':', '.', ' ', '!', '»', '›', '>', '|', '…'];

/// A block between the story's blocks is looked through for a picture or
/// a video up to this many nodes.
pub(crate) const MEDIA_BLOCK_MAX_NODES: usize = 12;

/// A consent gate (the box a page shows in place of another site's post or
/// video until the reader agrees to load it) is at most this long.
pub(crate) const CONSENT_MAX_CHARS: f32 = 750.0;

/// A consent gate's box climbs at most this many levels from its button.
pub(crate) const CONSENT_MAX_DEPTH: usize = 6;

/// Words of a consent gate, lower-case: it asks leave to load another
/// site's content and speaks of privacy or personal data ("We ask for
/// your permission before anything is loaded", "Ich bin einverstanden,
/// dass ... personenbezogenen Daten ..."). Only a short box around a
/// button is read for them.
pub(crate) const CONSENT_WORDS: &[&str] = &[
    // English
    "permission",
    "consent",
    "privacy",
    "third-party",
    "third party",
    // German
    "einverstanden",
    "einwillig",
    "zustimm",
    "datenschutz",
    "personenbezogen",
    "drittanbieter",
    "externe inhalte",
    "externer inhalt",
    // French
    "consentement",
    "données personnelles",
    "confidentialité",
    // Spanish, Portuguese, Italian
    "privacidad",
    "privacidade",
    "consentimiento",
    "consentimento",
    "datos personales",
    "dados pessoais",
    "consenso",
    "dati personali",
    // Dutch, Polish
    "toestemming",
    "ga je akkoord",
    "gaat u akkoord",
    "prywatności",
    "zgodę",
    // Nordic, Finnish, Baltic, Czech, Slovak, Hungarian
    "samtykke",
    "samtycke",
    "suostu",
    "souhlas",
    "súhlas",
    "sutikim",
    "piekrīt",
    "nõusolek",
    "hozzájárul",
    // Russian
    "согласие",
    "конфиденциальн",
    "персональн",
    // Arabic
    "الخصوصية",
    "موافقة",
    // Japanese, Chinese, Korean
    "同意",
    "プライバシー",
    "個人情報",
    "隐私",
    "隱私",
    "个人信息",
    "개인정보",
    "동의",
];

/// Parts of the class or id of a loading indicator, lower-case.
pub(crate) const LOADING_NAMES: &[&str] = &["loading", "loader", "spinner"];

/// The word that opens a placeholder's line ("Loading tweet…"),
/// lower-case.
pub(crate) const LOADING_WORDS: Words = words![
    "loading",
    "cargando",
    "carregando",
    "chargement",
    "caricamento",
    "laden",
    "lädt",
    "laddar",
    "ladataan",
    "ładowanie",
    "načítání",
    "načítavam",
    "загрузка",
    "завантаження",
    "読み込み中",
    "加载中",
    "載入中",
    "로딩",
    "불러오는",
];

/// A placeholder's line holds at most this many words.
pub(crate) const LOADING_LINE_MAX_WORDS: usize = 4;

/// A line that is one link to a place on the page is at most this long
/// ("Kommentare lesen und schreiben, hier klicken").
pub(crate) const ANCHOR_LINE_MAX_CHARS: f32 = 80.0;

/// Control labels are at most this long (a few words).
pub(crate) const CONTROL_MAX_CHARS: f32 = 40.0;

/// An ad slot's box, its label and the notice beside the slot ("Anzeige …
/// Artikel wird unter der Anzeige fortgesetzt"), holds at most this many
/// characters.
pub(crate) const AD_BOX_MAX_CHARS: f32 = 100.0;

/// A question put to the reader with its answer buttons (a "Was this page
/// helpful?" box, a reaction bar, a survey), the thanks it shows after
/// included, holds at most this many characters.
pub(crate) const POLL_MAX_CHARS: f32 = 300.0;

/// An accordion's button that heads its panel says at most this many
/// words (see `clean/hidden.rs`)...
pub(crate) const ACCORDION_BUTTON_MAX_WORDS: usize = 20;

/// ... and the panel holds at least this many characters.
pub(crate) const ACCORDION_ANSWER_MIN_CHARS: usize = 20;

/// An accordion's button is read up to this many bytes: one with more
/// text is no heading.
pub(crate) const ACCORDION_BUTTON_MAX_BYTES: usize = 600;

/// A prompt with no question mark ("Turn on notifications … [Allow] [Not
/// now]") holds at most this many characters...
pub(crate) const PROMPT_MAX_CHARS: f32 = 200.0;

/// ... and each of its buttons at most this many words.
pub(crate) const PROMPT_BUTTON_MAX_WORDS: usize = 3;

/// Class tokens of text shown only on paper; hidden on lines of text only
/// (see `clean/hidden.rs`).
pub(crate) const PRINT_ONLY_CLASSES: &[&str] = &[
    "print-only",
    "printonly",
    "visible-print",
    "visible-print-block",
    "show-for-print",
    "d-print-block",
];

/// Class tokens that CSS frameworks use to hide an element on screen
/// while screen readers still read it (matched whole, case-insensitive).
/// Generic names ("hidden", "hide", "print-only") are left out: pages put
/// them on blocks their scripts reveal, and on their printable article.
pub(crate) const HIDING_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "assistive-text",
    "a11y-hidden",
    "u-visually-hidden",
    "element-invisible",
    "show-for-sr",
    // Korean portals' name for it (Naver, Daum, Kakao).
    "blind",
];

/// Class tokens that mark a dialog box as open, shown over the page
/// (Bootstrap's "in" and "show", and the usual state names).
pub(crate) const OPEN_STATES: &[&str] = &[
    "in",
    "show",
    "open",
    "opened",
    "active",
    "visible",
    "is-open",
    "is-active",
    "is-visible",
];

/// A page with no address of its own belongs to the site that at least
/// this many of its absolute addresses lead to.
pub(crate) const OWN_SITE_MIN_LINKS: usize = 2;

/// The sites a page's addresses lead to are counted for this many distinct
/// sites at most.
pub(crate) const OWN_SITE_MAX_SITES: usize = 64;

/// Edge trimming leaves the article alone when it would remove more than
/// this share of the text: then the "boilerplate" is the story.
pub(crate) const EDGE_MAX_SHARE: f32 = 0.6;

/// An appeal box after the story (its text and its button) is at most
/// this long...
pub(crate) const APPEAL_BOX_MAX_CHARS: f32 = 900.0;

/// ...and found at most this many parents above the tail walk's block.
pub(crate) const APPEAL_BOX_MAX_DEPTH: usize = 4;

/// ...and at most this many nodes are looked at in it.
pub(crate) const APPEAL_BOX_MAX_NODES: usize = 500;

/// Class and id fragments of a link drawn as a button.
pub(crate) const BUTTON_NAMES: &[&str] = &["button", "btn"];

/// Words (their first letters, lower-case) of an appeal to the reader to
/// support, join or subscribe, in the box around a button after the story.
/// Latin ones match where a word starts ("member", not "remember").
pub(crate) const APPEAL_WORDS: Words = words![
    // English
    "support",
    "donat",
    "member",
    "subscri",
    "contribut",
    // German
    "unterstütz",
    "spende",
    "abonn",
    "mitglied",
    "förder",
    // Spanish, Portuguese, Italian
    "apoy",
    "apóy",
    "miembro",
    "membresía",
    "suscri",
    "donac",
    "donar",
    "apoie",
    "assin",
    "doaç",
    "membro",
    "sostien",
    "abbona",
    "donazion",
    // French, Dutch, Polish, Turkish
    "soutien",
    "soutenez",
    "adhér",
    "steun",
    "lid word",
    "doneer",
    "wesprzyj",
    "subskry",
    "wspier",
    "prenumer",
    "destek",
    "bağış",
    "abone",
    // Hungarian
    "támogat",
    "előfizet",
    // Czech, Slovak, Slovenian, Croatian, Serbian, Bosnian
    "předpla",
    "predpla",
    "podpoř",
    "podpor",
    "daruj",
    "naroč",
    "pretplat",
    "podrž",
    "donir",
    "članstv",
    "členstv",
    // Romanian, Greek, Bulgarian
    "abonea",
    "susține",
    "donea",
    "συνδρομ",
    "στήριξ",
    "абонир",
    "подкреп",
    // Nordic, Finnish, Estonian, Baltic
    "støtt",
    "medlemskap",
    "medlemskab",
    "tilaa",
    "jäsen",
    "telli",
    "toeta",
    "abonē",
    "atbalst",
    "parem",
    // Indonesian, Malay, Thai, Hindi, Hebrew
    "langgan",
    "dukung",
    "donasi",
    "สมัครสมาชิก",
    "สนับสนุน",
    "सदस्यता",
    "सब्सक्राइब",
    "מנוי",
    "הצטרפ",
    // Russian, Ukrainian
    "поддерж",
    "подпис",
    "пожертв",
    "підтрим",
    // Arabic, Japanese, Chinese, Korean
    "ادعم",
    "اشترك",
    "تبرع",
    "عضوي",
    "支援",
    "購読",
    "会員",
    "寄付",
    "支持",
    "订阅",
    "訂閱",
    "會員",
    "捐",
    "후원",
    "구독",
    "회원",
];

/// A button's label is at most this many words.
pub(crate) const BUTTON_MAX_WORDS: usize = 6;

/// Blocks longer than this are never edge boilerplate.
pub(crate) const EDGE_MAX_CHARS: f32 = 600.0;

/// A phrase from [`EDGE_PHRASES`] that the story's blocks above a note
/// use this many times is the story's subject, not the note's cue.
pub(crate) const TOPICAL_MIN_USES: usize = 3;

/// A phrase from [`EDGE_PHRASES`] marks blocks shorter than this only.
/// An end mark set off by a slash ("انتهای پیام/") is at most this many
/// words.
pub(crate) const SLASH_MARK_MAX_WORDS: usize = 3;
pub(crate) const EDGE_PHRASE_MAX_CHARS: f32 = 220.0;

/// After the story, a line shorter than this that names the author is a
/// footer ("Posted by ... at ...").
pub(crate) const EDGE_BYLINE_LINE_CHARS: f32 = 150.0;

/// After the story, a line that is only this many characters or fewer in
/// brackets is an end mark or agency tag ("（完）", "(dpa)", "(With inputs
/// from PTI)", "(भाषा इनपुट के साथ)")...
pub(crate) const END_MARK_MAX_CHARS: usize = 32;

/// ... of at most this many words, and no sentence.
pub(crate) const END_MARK_MAX_WORDS: usize = 4;

/// A header line's label before a date or a reading time ("Imesasishwa:",
/// "পড়তে সময় লাগবে:") is at most this many words...
pub(crate) const STAMP_LABEL_MAX_WORDS: usize = 3;

/// ... and the stamp after it at most this many characters.
pub(crate) const STAMP_MAX_CHARS: usize = 40;

/// After the story, a line opened by a dash of at most this many words,
/// and no sentence, is a wire credit ("— Com informações da Agência
/// Brasil").
pub(crate) const DASH_CREDIT_MAX_WORDS: usize = 8;

/// Words for "about" that open the heading of a closing section on the
/// company or author ("About Northvale Energy"), lower-case.
pub(crate) const ABOUT_WORDS: Words = words![
    "about",
    "über",
    "à propos de",
    "acerca de",
    "sobre",
    "sobre a",
    "sobre o",
    "informazioni su",
    "om",
];

/// An "About" section's name is at most this many words...
pub(crate) const ABOUT_NAME_MAX_WORDS: usize = 5;

/// ... it starts at most this many units from the end...
pub(crate) const ABOUT_SECTION_MAX_UNITS: usize = 12;

/// ... and holds at most this share of the text.
pub(crate) const ABOUT_SECTION_MAX_SHARE: f32 = 0.3;

/// The word for "by" in a credit line after the story ("Imehaririwa na
/// Mary Mwita") is at most this many letters.
pub(crate) const NAME_CREDIT_BY_MAX_CHARS: usize = 5;

/// A note's leading label ("Disclosure:", "About Voltcycle:") is at most
/// this many words.
pub(crate) const EDGE_LABEL_MAX_WORDS: usize = 4;

/// Phrases of the notes that follow a story, lower-case, in many
/// languages. Support for the structural cues in `clean/edges.rs`, used
/// only after the story's last paragraph.
pub(crate) const EDGE_PHRASES: Words = words![
    "newsletter",
    "sign up",
    "subscribe",
    "follow us",
    "follow the author",
    "reporting by",
    "editing by",
    "additional reporting",
    "contributed to this report",
    "all rights reserved",
    "may not be published",
    "without written permission",
    "without prior written",
    "sin autorización",
    "sem autorização",
    "ohne schriftliche",
    "sans autorisation",
    "senza autorizzazione",
    "без письменного",
    "без писмен",
    "be raštiško",
    "bez písemného",
    "bez pisemnej",
    "copyright",
    "©",
    "affiliate",
    "eine provision",
    "originally published",
    "originally appeared",
    "this story was",
    "this article was",
    "print edition",
    "appeared in print",
    "is part of our",
    "cite this",
    "boletín",
    "suscríbe",
    "réservé aux abonnés",
    "il vous reste",
    "for subscribers",
    "subscribers only",
    "nur für abonnenten",
    "exclusivo para suscriptores",
    "exclusivo para assinantes",
    "riservato agli abbonati",
    "会員限定",
    "únete",
    "whatsapp",
    "google news",
    "google haberler",
    "google noticias",
    "google notícias",
    "google actualités",
    "google nachrichten",
    "google notizie",
    "google новости",
    "join our",
    "inscreva-se",
    "suscribir",
    "síguenos",
    "con información de",
    "com informações",
    "telah tayang di",
    "disiarkan pertama",
    "edisi cetak",
    "todos los derechos",
    "derechos reservados",
    "newsletter abonnieren",
    "folgen sie",
    "mit material von",
    "alle rechte vorbehalten",
    "abonnez",
    "suivez-nous",
    "tous droits réservés",
    "iscriviti",
    "seguici",
    "riproduzione riservata",
    "tutti i diritti",
    "подпис",
    "рассылк",
    "все права защищены",
    "при использовании материалов",
    "при подготовке материала",
    "использованы данные",
    "telegram",
    "ctrl+enter",
    "購読",
    "轉載",
    "转载",
    "sledujte nás",
    "sledujte nas",
    "följ oss",
    "følg os",
    "volg ons",
    "obserwuj nas",
    "kövess minket",
    "urmărește-ne",
    "ikuti kami",
    "слідкуйте за",
    "takip edin",
    "無断転載",
    "転載",
    "订阅",
    "关注我们",
    "フォローして",
    "フォローお願い",
    "팔로우",
    "版权所有",
    "责任编辑",
    "責任編輯",
    "纠错",
    "구독",
    "무단 전재",
    "무단전재",
    "저작권자",
    "اشترك",
    "جميع الحقوق",
    "تابعونا",
    // Disclaimers: the views are the author's, no warranty, protected by
    // copyright.
    "necessarily reflect",
    "necessarily those of",
    "views expressed",
    "opinions expressed",
    "nicht notwendigerweise",
    "meinung des autors",
    "meinung der autorin",
    "ohne gewähr",
    "no necesariamente",
    "opiniones expresadas",
    "n'engagent que",
    "non necessariamente",
    "não necessariamente",
    "refletem necessariamente",
    "opiniões expressas",
    "reflejan necesariamente",
    "pas nécessairement",
    "chroniony prawem",
    "prawa zastrzeżone",
    "alle rechten voorbehouden",
    "мнение редакции",
    "不代表本",
    "仅代表作者",
    "僅代表作者",
    "견해와 다를",
    "لا تعبر بالضرورة",
    "δεν απηχούν",
    "δεν εκφράζουν απαραίτητα",
    "не отразяват непременно",
    "не обов'язково збігається",
    "може не збігатися",
    "может не совпадать",
    "ne odražavaju nužno",
    "nie muszą odzwierciedlać",
    "nemusí vyjadřovat",
    "nem feltétlenül tükrözi",
    "nu reflectă neapărat",
    "yazarın kendisine aittir",
    "tidak mencerminkan",
    // Reuse notices: reprinting, quoting or linking back to the site
    // ("При использовании материалов гиперссылка обязательна").
    "перепечатк",
    "перадрук",
    "передрук",
    "гиперссылк",
    "гіперпосилання",
    "гіперспасылк",
    "гиперсілтеме",
    "көшіріп басу",
    "istinad mütləqdir",
    "istinad zəruridir",
    "ակտիվ հղում",
    "ჰიპერბმულ",
    "przedruk",
    "nachdruck nur",
    "prohibida su reproducción",
    "prohibida la reproducción",
    "reproduction interdite",
    "vietata la riproduzione",
    "proibida a reprodução",
    "reprodução proibida",
    "dilarang mengutip",
    "izinsiz kullanılamaz",
    "ห้ามคัดลอก",
    "يمنع نقل",
];

/// The verb of a line asking the reader to get the site's app, lower-case,
/// matched where a word starts: with a word of [`APP_WORDS`] in a short
/// line after the story, the line is the site's app promo ("Baixe o app
/// do Portal", "डाउनलोड करें खबर संसार ऐप").
pub(crate) const DOWNLOAD_WORDS: Words = words![
    "download",
    "baixe",
    "baixar",
    "descarg",
    "herunterladen",
    "télécharg",
    "scarica",
    "pobierz",
    "indir",
    "pakua",
    "unduh",
    "muat turun",
    "tải",
    "скача",
    "завантаж",
    "تحميل",
    "حمّل",
    "حمل",
    "הורידו",
    "डाउनलोड",
    "ডাউনলোড",
    "ดาวน์โหลด",
    "下载",
    "下載",
    "ダウンロード",
    "다운로드",
];

/// The word for the site's app, lower-case, matched where a word starts
/// (the bare "app" and "apps" as whole words).
pub(crate) const APP_WORDS: Words = words![
    "aplikasi",
    "aplicativo",
    "aplicación",
    "applicazione",
    "appli",
    "aplikac",
    "uygulama",
    "programu",
    "ứng dụng",
    "приложени",
    "застосун",
    "تطبيق",
    "אפליקצי",
    "ऐप",
    "অ্যাপ",
    "แอป",
    "应用",
    "客户端",
    "アプリ",
    "앱",
];

/// After the story, a line of at most this many words that names the
/// comments is the comment section's status ("Comments are closed").
pub(crate) const TAIL_STATUS_MAX_WORDS: usize = 8;

/// A status line that ends as a sentence does is at most this many words
/// ("Comments are closed."); a longer sentence naming comments is prose.
pub(crate) const TAIL_STATUS_SENTENCE_MAX_WORDS: usize = 4;

/// Words naming a page's comments (and the blog's trackbacks), lower-case,
/// in many languages: plurals and section names, not the verb a story
/// uses ("declined to comment").
pub(crate) const COMMENT_WORDS: Words = words![
    "comments",
    "trackback",
    "pingback",
    "permalink",
    "kommentare",
    "comentarios",
    "comentários",
    "commentaires",
    "commenti",
    "reacties",
    "komentarze",
    "komentarzy",
    "комментари",
    "коментарі",
    "yorumlar",
    "コメント",
    "评论",
    "評論",
    "留言",
    "댓글",
    "تعليقات",
];

/// Words of the rating widget under a story ("Rate this article", "No
/// ratings yet"), lower-case, in many languages; judged like
/// [`COMMENT_WORDS`], in a line of a few words after the story.
pub(crate) const RATING_WORDS: Words = words![
    "rate this",
    "ratings",
    "rating:",
    "bewerten",
    "bewertung",
    "valora esta",
    "valorar",
    "calificar",
    "notez cet",
    "évaluer",
    "valuta questo",
    "vota questo",
    "оцените",
    "рейтинг",
    "oceń",
    "評価",
    "评分",
    "평점",
    "قيم",
];

/// The first name of the path of a site's contact page ("/contact-us",
/// "/kontakt"), lower-case.
pub(crate) const CONTACT_PAGES: &[&str] = &[
    "contact",
    "contactus",
    "contacts",
    "kontakt",
    "kontakty",
    "contacto",
    "contactos",
    "contato",
    "contatti",
    "contatto",
    "kontak",
    "contactez-nous",
];

/// Phrases that open a line saying where a story appeared in print
/// ("Published in Dawn, March 14th, 2026"), lower-case, in many languages.
pub(crate) const PRINT_STAMPS: Words = words![
    "published in",
    "first published in",
    "publicado en",
    "publicado em",
    "publicado no",
    "publié dans",
    "paru dans",
    "erschienen in",
    "pubblicato su",
    "pubblicato in",
    "gepubliceerd in",
    "opublikowano w",
];

/// A line of [`PRINT_STAMPS`] is at most this many words.
pub(crate) const PRINT_STAMP_MAX_WORDS: usize = 10;

/// Labels that open the notes under a story ("Disclosure: ...", "Tags:
/// ...", "About Voltcycle: ..."), lower-case, matched as the first words
/// before a colon, after the story's last paragraph only.
pub(crate) const EDGE_LABELS: Words = words![
    "disclosure",
    "disclaimer",
    // The site's disclaimer under a story, in other languages
    "haftungsausschluss",
    "descargo de responsabilidad",
    "aviso legal",
    "exención de responsabilidad",
    "clause de non-responsabilité",
    "esclusione di responsabilità",
    "isenção de responsabilidade",
    "vrijwaring",
    "отказ от ответственности",
    "застереження",
    "zastrzeżenie",
    "feragatname",
    "sorumluluk reddi",
    "إخلاء المسؤولية",
    "إخلاء مسؤولية",
    "سلب مسئولیت",
    "اعلانِ دستبرداری",
    "اعلان دستبرداری",
    "免責聲明",
    "免责声明",
    "免責事項",
    "면책 조항",
    "면책조항",
    "अस्वीकरण",
    "note to editors",
    "notes to editors",
    "note for editors",
    "note aux rédactions",
    "note à la rédaction",
    "nota para editores",
    "nota a los editores",
    "nota per le redazioni",
    "noot voor de redactie",
    "uwaga dla redakcji",
    "tags",
    "tagged",
    "topics",
    "filed under",
    "text",
    "about",
    "cite",
    "how to cite",
    "header image",
    "cover image",
    "featured image",
    "lead image",
    "main image",
    "top image",
    "cover photo",
    "imagen de portada",
    "foto de portada",
    "imagem de capa",
    "foto de capa",
    "titelbild",
    "image de une",
    "foto di copertina",
    "etiquetas",
    "temas",
    "divulgación",
    "aviso",
    "sobre",
    "cómo citar",
    "como citar",
    "schlagworte",
    "schlagwörter",
    "themen",
    "offenlegung",
    "hinweis",
    "über",
    "mots-clés",
    "à propos",
    "argomenti",
    "теги",
    "метки",
    "темы",
    "タグ",
    "标签",
    "关键词",
    "编辑",
    "责任编辑",
    "責任編輯",
    "责编",
    "校对",
    "审核",
    "审校",
    "监制",
    "文字",
    "图片",
    "摄影",
    "作者",
    "記者",
    "编辑部",
    "태그",
    "الوسوم",
    "وسوم",
];

/// The word for "by" that opens a byline line ("By Jane Doe"), lower-case,
/// in many languages; a capitalised name must follow.
pub(crate) const BY_WORDS: Words =
    words!["by", "por", "von", "par", "di", "door", "av", "af", "przez", "oleh",];

/// A byline line is at most this many characters and words.
pub(crate) const BYLINE_LINE_MAX_CHARS: f32 = 120.0;
/// See [`BYLINE_LINE_MAX_CHARS`].
pub(crate) const BYLINE_LINE_MAX_WORDS: usize = 12;

/// Labels of the line that gives a syndicated story's first headline
/// ("原标题：..."), lower-case, followed by a colon.
pub(crate) const ORIGINAL_TITLE_LABELS: Words = words![
    "原标题",
    "原題",
    "原文标题",
    "original title",
    "originaltitel",
    "título original"
];

/// Words of the short lines under a headline that repeat the header:
/// reading times and update times, lower-case, in many languages. A line
/// needs a number and one of these, and only lines before the story's
/// first paragraph are judged.
pub(crate) const HEAD_WORDS: Words = words![
    "min",
    "mins",
    "minute",
    "minutes",
    "read",
    "reading",
    "updated",
    "update",
    "ago",
    "hours",
    "hour",
    "lectura",
    "minutos",
    "actualizado",
    "hace",
    "horas",
    "lesezeit",
    "minuten",
    "aktualisiert",
    "vor",
    "stunden",
    "lecture",
    "mis",
    "jour",
    "lettura",
    "aggiornato",
    "мин",
    "минут",
    "минуты",
    "чтения",
    "обновлено",
    "назад",
    "часа",
    "часов",
    "分",
    "更新",
    "読了",
    "阅读",
    "분",
    "읽기",
    "업데이트",
    "دقائق",
    "دقيقة",
    "قراءة",
    "تحديث",
    "دقیقه",
    "مطالعه",
    "minut",
    "minuty",
    "minutę",
    "czytania",
    "przeczytasz",
    "leitura",
    "atualizado",
    "dakika",
    "dk",
    "okuma",
    "güncellendi",
    "menit",
    "baca",
    "diperbarui",
    "phút",
    "đọc",
    "leestijd",
    "bijgewerkt",
    "lästid",
    "minuter",
    "uppdaterad",
    "čtení",
    "хвилин",
    "читання",
    "оновлено",
    "λεπτά",
    "ανάγνωση",
    "דקות",
    "קריאה",
    "मिनट",
];

/// A stamp line under the headline ([`HEAD_PART_NAMES`] or these in its
/// names) is at most this many characters and words.
pub(crate) const STAMP_BLOCK_MAX_CHARS: usize = 100;
/// See [`STAMP_BLOCK_MAX_CHARS`].
pub(crate) const STAMP_BLOCK_MAX_WORDS: usize = 14;
/// Names of the story's meta line or date part beside
/// [`HEAD_PART_NAMES`]: "entry-meta", "article-meta", "datum".
pub(crate) const STAMP_BLOCK_NAMES: &[&str] = &["meta", "datum"];

/// Class/id fragments of the parts of a header line: its date and its
/// reading time ("datePublished", "rt-reading-time", "js-read-time"). A
/// line before the story made only of such parts (and `<time>`) repeats
/// the reader's header, whatever its language.
pub(crate) const HEAD_PART_NAMES: &[&str] = &[
    "date",
    "published",
    "timestamp",
    "readingtime",
    "reading-time",
    "reading_time",
    "readtime",
    "read-time",
    "read_time",
    "time-to-read",
];

/// A named date or reading-time part of a header line is at most this
/// long (characters as scoring weighs them).
pub(crate) const HEAD_PART_MAX_CHARS: f32 = 60.0;

/// A line over the story that names the byline's author is a byline line
/// when it runs at most this many characters past the name (an
/// affiliation, a place, a date), not a lead paragraph that opens with it.
pub(crate) const BYLINE_LINE_SLACK_CHARS: usize = 60;

/// A reading-time or update line in a script written without spaces is at
/// most this many characters.
pub(crate) const HEAD_LINE_MAX_UNSPACED_CHARS: usize = 30;

/// Class/id fragments of the summary line under a headline.
pub(crate) const SUMMARY_NAMES: &[&str] = &[
    "summary",
    "standfirst",
    "dek",
    "subtitle",
    "subhead",
    "excerpt",
    "teaser",
    "intro",
    "lead",
    "description",
    "sapo",
    "entradilla",
    "bajada",
    "linha-fina",
    "linhafina",
    "catenaccio",
    "sottotitolo",
    "chapo",
    "chapeau",
    "untertitel",
    "vorspann",
    "sub-title",
    "sub_title",
    "entradeta",
    "copete",
    "perex",
    "ingress",
];

/// A line ending with a colon at the end of the body, with nothing left
/// under it, is a label (not a sentence introducing a quote) up to this
/// many words.
pub(crate) const EDGE_DANGLING_LABEL_MAX_WORDS: usize = 8;

/// On a page of several stories, the one under the page's headline wins
/// over a later one that scores higher if it scores at least this share
/// of it: enough to be a story, not a caption.
pub(crate) const HEADLINE_STORY_MIN_SHARE: f32 = 0.3;

/// A standfirst outside the body is looked for only when the page's
/// description is at least this long: a short one matches any label.
pub(crate) const STANDFIRST_MIN_CHARS: usize = 40;

/// Characters a standfirst may run beyond the description (a byline or
/// date in the same block).
pub(crate) const STANDFIRST_SLACK: usize = 20;

/// A standfirst the description does not identify is one paragraph of
/// at least this many characters (as scoring weighs them): a sentence, not
/// a byline or a photo credit.
pub(crate) const LONE_LEAD_MIN_CHARS: usize = 80;

/// ... and at most this many: longer, it is body text the container missed
/// rather than a lead.
pub(crate) const LONE_LEAD_MAX_CHARS: usize = 600;

/// ... with at most this share of its text in links.
pub(crate) const LONE_LEAD_MAX_LINK_DENSITY: f32 = 0.1;

/// ... and whose own name, or its wrappers' this many levels up, is not a
/// caption's or a credit's.
pub(crate) const LONE_LEAD_NAME_LEVELS: usize = 3;

/// A block under the headline holding the author's name within this many
/// characters of its start ("By X", "Texto: X", "X is a ...")...
pub(crate) const LONE_LEAD_BYLINE_OPENING: usize = 12;

/// ...or not this many bytes longer than the name ("Reporting from Kyiv:
/// X"), is the author's line, not a lead.
pub(crate) const LONE_LEAD_BYLINE_REST: usize = 48;

/// `itemprop` values of a recipe's ingredients (schema.org).
pub(crate) const INGREDIENT_PROPS: &[&str] = &["recipeIngredient", "ingredients"];

/// The class-name fragment recipe plugins and sites give ingredients.
pub(crate) const INGREDIENT_NAME: &str = "ingredient";

/// A recipe's ingredient list beside its method joins the article when it
/// has at least this many marked items (a lone marked link is no list),
pub(crate) const INGREDIENTS_MIN_ITEMS: usize = 3;

/// Nodes marked as ingredients read at most: more, and the marks are not
/// one recipe's list.
pub(crate) const INGREDIENTS_MAX_MARKS: usize = 400;

/// ... in a block of at most this many characters: longer, the marks are
/// spread over the page rather than in one list.
pub(crate) const INGREDIENTS_MAX_CHARS: usize = 4000;

/// The ingredient list takes its box (heading, servings) from up to this
/// many levels of wrappers...
pub(crate) const INGREDIENTS_BOX_LEVELS: usize = 2;

/// ... each adding at most this many characters and no link.
pub(crate) const INGREDIENTS_BOX_EXTRA_CHARS: usize = 80;

/// Nodes read under one block while looking for the standfirst: a block
/// with more is a section, not a line.
pub(crate) const STANDFIRST_MAX_NODES: usize = 64;

/// A section label ("kicker") above a headline is at most this long
/// (weighted characters).
pub(crate) const KICKER_MAX_CHARS: f32 = 30.0;

/// Characters that end a sentence, in the scripts Lector's rules read:
/// a block ending with one is prose, not a label.
/// Closing quotes and brackets that may follow a sentence's end.
pub(crate) const CLOSING_QUOTES: &[char] = &[
    '"', '\'', '”', '’', '»', '«', '“', '」', '』', ')', '）', ' ',
];

pub(crate) const SENTENCE_ENDS: &[char] = &[
    '.', '!', '?', '。', '！', '？', '؟',
    // The full stops of Devanagari and Bengali (danda), Urdu, Armenian,
    // Ethiopic and Myanmar.
    '।', '॥', '۔', '։', '።', '။',
];

/// How many wrappers above the chosen container a repeated template is
/// looked for (a story split into chunks, see `content.rs`).
pub(crate) const TEMPLATE_MAX_DEPTH: usize = 4;

/// A chunk of the story found by the template is at least this long
/// (weighted characters), so that an empty slot of the template is not.
pub(crate) const TEMPLATE_CHUNK_MIN_CHARS: f32 = 100.0;

/// A box set into the story under a sponsor's label is at most this
/// long (see `clean/controls.rs`).
pub(crate) const SPONSORED_BOX_MAX_CHARS: f32 = 600.0;

/// Class/id fragments of an advertising or affiliate disclosure.
pub(crate) const DISCLOSURE_NAMES: &[&str] = &["disclosure", "disclaimer"];

/// Words of a disclosure line over a story, lower-case, in many
/// languages: support for the shape `clean/header_lines.rs` reads.
pub(crate) const DISCLOSURE_WORDS: Words = words![
    "advertis",
    "sponsor",
    "affili",
    "afilia",
    "paid partnership",
    "werbung",
    "anzeige",
    "gesponsert",
    "provision",
    "publicidad",
    "patrocinad",
    "publicité",
    "sponsorisé",
    "pubblicità",
    "sponsorizzat",
    "reklama",
    "реклама",
    "広告",
    "광고",
    "广告",
    // A commission on what readers buy through the page's links: the
    // affiliate disclosure that never says "affiliate".
    "earn a commission",
    "earn a small commission",
    "receive a commission",
    "qualifying purchases",
];
