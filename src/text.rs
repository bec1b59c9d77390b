//! Text measures: characters, words, reading time, and helpers to judge text
//! in any script.

/// Reading speed for space-separated scripts, words per minute.
const WORDS_PER_MINUTE: usize = 230;
/// Reading speed for Chinese and Japanese, characters per minute.
const CJK_CHARS_PER_MINUTE: usize = 500;

/// Counts for an article's text.
pub(crate) struct Stats {
    pub chars: usize,
    pub words: usize,
    /// Of `words`, the CJK characters (each counted as a word).
    pub cjk: usize,
    pub reading_minutes: usize,
}

impl Stats {
    /// About how many words the text says, two CJK characters making
    /// about a word ("無料で試してみる" is a few words, not eight): for
    /// limits on short labels and buttons in any script.
    pub(crate) fn spaced_words(&self) -> usize {
        self.words - self.cjk + self.cjk.div_ceil(2)
    }
}

/// True for characters of scripts written without spaces between words
/// (Han, Hiragana, Katakana), where each character carries about a word.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    // Most text is below the first range: one comparison for it.
    (c as u32) >= 0x3040
        && matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // Compatibility Ideographs
        | 0x20000..=0x2FFFF) // Extensions B..
}

/// An element's `class` and `id` joined by a space and lower-cased, as the
/// rules that judge names read them; lower-cased in place when ASCII
/// (nearly always): built for every named element of the page.
pub(crate) fn names_key(class: &str, id: &str) -> String {
    let mut s = String::with_capacity(class.len() + 1 + id.len());
    s.push_str(class);
    s.push(' ');
    s.push_str(id);
    let s = if s.is_ascii() {
        s.make_ascii_lowercase();
        s
    } else {
        lower(&s)
    };
    without_scroll_utilities(s)
}

/// `names` (lower-case) without the utility classes for scrolling
/// ("scroll-mt-20", "overflow-x-scroll", "md:overscroll-contain"): they
/// set a box's scroll margins and overflow, and say nothing about what it
/// holds, though they spell "scroll", a carousel's or a back-to-top
/// button's name. Documentation sites styled with utilities put
/// "scroll-mt-*" on every heading, for the links to it.
pub(crate) fn without_scroll_utilities(names: String) -> String {
    if !contains(&names, "scroll") {
        return names;
    }
    let utility = |t: &str| {
        let t = t
            .rsplit(':')
            .next()
            .unwrap_or(t)
            .trim_start_matches(['!', '-']);
        t.starts_with("overflow-")
            || t.starts_with("overscroll-")
            || matches!(t, "scroll-smooth" | "scroll-auto")
            // scroll-m-4, scroll-mt-20, scroll-px-2, scroll-p-[3rem]
            || t.strip_prefix("scroll-")
                .and_then(|rest| rest.strip_prefix(['m', 'p']))
                .is_some_and(|r| {
                    let r = r.strip_prefix(['x', 'y', 't', 'b', 'l', 'r', 's', 'e']).unwrap_or(r);
                    r.starts_with('-')
                })
    };
    if !names.split(' ').any(utility) {
        return names;
    }
    // Class tokens, then the id after the one space names_key puts in.
    names
        .split(' ')
        .filter(|t| !utility(t))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of `s`: its runs of letters, digits and the marks written on
/// them ([`is_word_char`]).
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Whether `c` belongs to a word: a letter or a digit, or a mark written
/// on one, which `char::is_alphanumeric` leaves out. In the Indic scripts
/// a virama or a nukta sits inside most words ("पढ़ने", "मार्च", "পড়তে"),
/// and splitting there counted one word as two or three; so do Thai tone
/// marks, Hebrew and Arabic points, accents written apart, and the zero
/// width (non-)joiner. The blocks are taken whole (their few signs of
/// punctuation but the dandas too): a table of marks would cost wasm size
/// for no difference in a count.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F // combining diacritical marks
            | 0x0591..=0x05BD | 0x05BF..=0x05C2 | 0x05C4..=0x05C5 | 0x05C7 // Hebrew points
            | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED // Arabic marks
            | 0x0900..=0x0963 | 0x0966..=0x0DFF // Devanagari to Sinhala, without the dandas
            | 0x0E00..=0x0EFF // Thai, Lao
            | 0x1000..=0x109F // Myanmar
            | 0x1780..=0x17D3 // Khmer
            | 0x200C..=0x200D // zero width non-joiner, joiner
        )
}

/// Whether `t` opens with `label` and then a colon, half- or full-width,
/// a space before it allowed: "source: x", "المصدر : x", "来源：x".
pub(crate) fn opens_with_label(t: &str, label: &str) -> bool {
    t.strip_prefix(label)
        .is_some_and(|rest| rest.trim_start().starts_with([':', '：']))
}

/// Characters, words and reading time of `text`. Words are runs of letters
/// or digits; every CJK character counts as one word.
pub(crate) fn stats(text: &str) -> Stats {
    let mut chars = 0;
    let mut words = 0;
    let mut cjk = 0;
    let mut in_word = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII (most text) a byte at a time, without decoding: this
        // reads the article's whole text.
        let b = bytes[i];
        if b < 0x80 {
            chars += 1;
            i += 1;
            if b.is_ascii_alphanumeric() {
                words += usize::from(!in_word);
                in_word = true;
            } else if b != b'\'' && b != b'-' {
                in_word = false;
            }
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        chars += 1;
        if is_cjk(c) {
            cjk += 1;
            in_word = false;
        } else if is_word_char(c) {
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else if c != '\'' && c != '\u{2019}' && c != '-' {
            in_word = false;
        }
    }
    let minutes = words as f64 / WORDS_PER_MINUTE as f64 + cjk as f64 / CJK_CHARS_PER_MINUTE as f64;
    Stats {
        chars,
        words: words + cjk,
        cjk,
        reading_minutes: (minutes.ceil() as usize).max(1),
    }
}

/// Lower-cases one character: ASCII, Latin-1, Latin Extended-A, Greek and
/// Cyrillic, the scripts Lector's word lists use. Everything else is kept.
/// (The standard library's full Unicode case table would add about 10 KB
/// to the wasm build for letters no rule here compares.)
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 32,
        0xC0..=0xDE if u != 0xD7 => u + 32,
        // Latin Extended-A: capital and small letters alternate.
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x391..=0x3A9 if u != 0x3A2 => u + 32,
        0x410..=0x42F => u + 32,
        0x400..=0x40F => u + 80,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `s` lower-cased with [`lower_char`].
pub(crate) fn lower(s: &str) -> String {
    // Class names and most text are ASCII: lower-casing bytes in place is
    // several times cheaper than rebuilding the string char by char, and
    // `lower_char` agrees with ASCII lower-casing there.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    out.extend(s.chars().map(lower_char));
    out
}

/// `s` with whitespace collapsed ([`normalize_space`]) and lower-cased
/// ([`lower`]) in one pass: the same string as
/// `lower(&normalize_space(s))`, since lower-casing never makes or removes
/// whitespace, without the intermediate copy.
pub(crate) fn normalize_lower(s: &str) -> String {
    let mut n = NormalizeLower::with_capacity(s.len());
    n.push(s);
    n.out
}

/// [`normalize_lower`] fed piece by piece: the pieces give the same string
/// as their concatenation would, without building that first.
pub(crate) struct NormalizeLower {
    pub out: String,
    /// Whitespace seen since the last character written.
    space: bool,
}

impl NormalizeLower {
    pub(crate) fn with_capacity(n: usize) -> Self {
        NormalizeLower {
            out: String::with_capacity(n),
            space: false,
        }
    }

    pub(crate) fn push(&mut self, s: &str) {
        let out = &mut self.out;
        let mut space = self.space;
        let bytes = s.as_bytes();
        let mut i = 0;
        let ascii_word = |b: u8| b < 0x80 && !matches!(b, b'\t'..=b'\r' | b' ');
        // ASCII a run of words at a time (most text), the rest a character
        // at a time.
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    // A run of it at once: indentation between tags.
                    space = true;
                    i = skip_blank(bytes, i + 1);
                } else {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    // Words with one space between them are copied as
                    // they are, in one piece.
                    let start = i;
                    loop {
                        while i < bytes.len() && ascii_word(bytes[i]) {
                            i += 1;
                        }
                        if bytes.get(i) == Some(&b' ')
                            && bytes.get(i + 1).is_some_and(|&b| ascii_word(b))
                        {
                            i += 2;
                        } else {
                            break;
                        }
                    }
                    let at = out.len();
                    out.push_str(&s[start..i]);
                    out[at..].make_ascii_lowercase();
                }
                continue;
            }
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            if c.is_whitespace() {
                space = true;
            } else {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(lower_char(c));
            }
        }
        self.space = space;
    }
}

/// The end of the run of ASCII whitespace that starts at `i` of `bytes`.
/// Most of a page's whitespace is indentation between tags, in spaces:
/// those are skipped eight at a time.
#[inline]
pub(crate) fn skip_blank(bytes: &[u8], mut i: usize) -> usize {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    loop {
        while let Some(chunk) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            if u64::from_le_bytes(chunk) != SPACES {
                break;
            }
            i += 8;
        }
        // One other blank (a line break before the next run of spaces), or
        // the end of the run.
        if i < bytes.len() && matches!(bytes[i], b'\t'..=b'\r' | b' ') {
            i += 1;
        } else {
            return i;
        }
    }
}

/// `s.trim()`: the ASCII whitespace at either end (a page's indentation
/// between tags, nearly all of it) skipped a byte at a time, the standard
/// trim (every Unicode space) only past it. The standard one decodes each
/// character through a generic pattern, and extraction trims every text
/// node it measures.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let start = skip_blank(b, 0);
    let mut end = b.len();
    while end > start && matches!(b[end - 1], b'\t'..=b'\r' | b' ') {
        end -= 1;
    }
    // Both cuts fall on ASCII bytes, so on character boundaries.
    let s = &s[start..end];
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(&f), Some(&l)) if f >= 0x80 || l >= 0x80 => s.trim(),
        _ => s,
    }
}

/// `s.trim().is_empty()`, as cheaply as [`trim`].
#[inline]
pub(crate) fn is_blank(s: &str) -> bool {
    trim(s).is_empty()
}

/// Whether `hay` contains `needle`: `hay.contains(needle)`, cheaper on the
/// short strings extraction asks about (class names, a few dozen bytes),
/// where the standard searcher's setup costs more than the search.
#[inline]
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if n.len() > h.len() {
        return false;
    }
    if h.len() > 64 {
        // Long text: the standard searcher's setup pays for itself.
        return hay.contains(needle);
    }
    // Every start the needle still fits after.
    let starts = &h[..=h.len() - n.len()];
    let mut i = 0;
    while let Some(p) = starts[i..].iter().position(|&c| c == first) {
        let at = i + p;
        if &h[at + 1..at + n.len()] == rest {
            return true;
        }
        i = at + 1;
    }
    false
}

/// Whether `hay` contains any of `needles` (see [`contains`]). Word lists
/// hold dozens of needles, most absent: each needle is first checked
/// against the byte pairs of `hay` ([`Pairs`]), and only searched for
/// when its first and last pairs both occur.
pub(crate) fn contains_any(hay: &str, needles: &[&str]) -> bool {
    if hay.len() < 2 {
        return needles.iter().any(|n| contains(hay, n));
    }
    contains_any_in(hay, &Pairs::of(hay), needles)
}

/// [`contains_any`] given the byte pairs of `hay` ([`Pairs::of`]), for a
/// text asked about several word lists.
pub(crate) fn contains_any_in(hay: &str, pairs: &Pairs, needles: &[&str]) -> bool {
    needles
        .iter()
        .any(|n| pairs.may_contain(n) && contains(hay, n))
}

/// The pairs of adjacent bytes of a text, hashed into 512 bits: a quick
/// "no" for a needle whose first or last two bytes never occur side by
/// side in the text. A hash collision only costs a real search.
pub(crate) struct Pairs([u64; 8]);

impl Pairs {
    #[inline]
    fn slot(a: u8, b: u8) -> usize {
        // The low five bits of each byte tell letters apart (case aside);
        // the sixth of `b` keeps digits and punctuation from letters.
        (usize::from(a & 0x1f) << 4 ^ usize::from(b & 0x3f)) & 0x1ff
    }

    pub(crate) fn of(hay: &str) -> Pairs {
        let mut bits = [0u64; 8];
        for w in hay.as_bytes().windows(2) {
            let k = Self::slot(w[0], w[1]);
            bits[k >> 6] |= 1 << (k & 63);
        }
        Pairs(bits)
    }

    #[inline]
    fn has(&self, a: u8, b: u8) -> bool {
        let k = Self::slot(a, b);
        self.0[k >> 6] & (1 << (k & 63)) != 0
    }

    /// False when `needle` cannot occur in the text; true when it may.
    #[inline]
    pub(crate) fn may_contain(&self, needle: &str) -> bool {
        match needle.as_bytes() {
            [a, b, .., y, z] => self.has(*a, *b) && self.has(*y, *z),
            [a, b] => self.has(*a, *b),
            _ => true,
        }
    }
}

/// Collapses runs of whitespace into one space and trims the ends.
pub(crate) fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// The commas of `s` ([`is_comma`]), a character at a time.
#[cfg(test)]
pub(crate) fn comma_count(s: &str) -> usize {
    s.chars().filter(|&c| is_comma(c)).count()
}

/// Whether `c` is "sentence punctuation": a comma or its CJK or Arabic
/// form. Long prose has many; menus and link lists have few.
#[inline]
pub(crate) fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '\u{3001}'
    )
}

/// `n` in decimal, written into the end of `buf`: numbers as text without
/// `core::fmt`, whose tables the wasm build would otherwise carry.
pub(crate) fn decimal(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scroll_utilities_name_nothing() {
        for (names, left) in [
            (
                "mt-10 scroll-mt-20 border-b step-1",
                "mt-10 border-b step-1",
            ),
            (
                "overflow-x-scroll md:scroll-smooth table-wrap",
                "table-wrap",
            ),
            ("lg:!scroll-px-4 overscroll-contain x", "x"),
            ("infinite-scroll feed", "infinite-scroll feed"),
            ("scroll-to-top ", "scroll-to-top "),
            ("scroller carousel", "scroller carousel"),
            ("scroll-margin-box ", "scroll-margin-box "),
        ] {
            assert_eq!(without_scroll_utilities(names.to_owned()), left, "{names}");
        }
    }

    #[test]
    fn trim_is_the_standard_trim() {
        for s in [
            "",
            " ",
            "\n\t  \r\x0b\x0c",
            "a",
            "  a b  ",
            "\u{a0}",
            " \u{a0}x\u{3000} ",
            "\u{2003}\n",
            "\n\u{a0}\n",
            "\x1fa\x1f",
            "é ",
            " ü",
            "\u{200b}x\u{200b}",
            "        \n            text\n        ",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
            assert_eq!(is_blank(s), s.trim().is_empty(), "{s:?}");
        }
    }

    #[test]
    fn marks_stay_inside_words() {
        // A nukta (पढ़ने), a virama (मार्च), a Bengali nukta (পড়তে), a
        // Thai tone mark (ไม้), an accent written apart (e + U+0301).
        for (text, n) in [
            ("पढ़ने का समय", 3),
            ("14 मार्च 2024", 3),
            ("পড়তে সময় লাগবে", 3),
            ("ไม้ ผล", 2),
            ("cafe\u{301} noir", 2),
        ] {
            assert_eq!(words(text).count(), n, "{text}");
            assert_eq!(stats(text).words, n, "{text}");
        }
        // The dandas still end a word.
        assert_eq!(words("समय।अब").count(), 2);
    }

    #[test]
    fn skip_blank_ends_where_ascii_whitespace_does() {
        let long = " ".repeat(19) + "\t\n" + &" ".repeat(9) + "x  ";
        for t in [
            "",
            " ",
            "x",
            "        ",
            "         x",
            "\r\n        \u{a0}",
            long.as_str(),
        ] {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                let naive = i + b[i..]
                    .iter()
                    .take_while(|c| matches!(c, b'\t'..=b'\r' | b' '))
                    .count();
                assert_eq!(skip_blank(b, i), naive, "{t:?} from {i}");
            }
        }
    }

    #[test]
    fn contains_any_agrees_with_str_contains() {
        let long = "x".repeat(70) + " comment-list";
        let needles = ["comment", "-ad-", "ad", "", "x", "list", "mment", "é"];
        for hay in [
            "",
            "a",
            "ad",
            "-ad-",
            "post-comment",
            "Comment",
            "café é",
            "sidebar ad-slot",
            long.as_str(),
        ] {
            for k in 0..needles.len() {
                for set in [&needles[k..k + 1], &needles[k..]] {
                    assert_eq!(
                        contains_any(hay, set),
                        set.iter().any(|n| hay.contains(n)),
                        "{hay:?} {set:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn decimal_writes_numbers() {
        for n in [0usize, 7, 10, 1234567890, usize::MAX] {
            assert_eq!(super::decimal(n, &mut [0; 20]), n.to_string());
        }
    }

    #[test]
    fn counts_words_and_cjk() {
        let s = stats("It's a well-known fact, isn't it?");
        assert_eq!(s.words, 6);
        let s = stats("我们今天去公园");
        assert_eq!(s.words, 7);
        assert_eq!(s.reading_minutes, 1);
        let long = "word ".repeat(2300);
        assert_eq!(stats(&long).reading_minutes, 10);
    }

    #[test]
    fn lower_cases_the_scripts_of_the_word_lists() {
        assert_eq!(
            lower("ÀÉÎÕÜ ŁŚŻ ΑΩ ЧИТАЙТЕ Ёж Ÿ"),
            "àéîõü łśż αω читайте ёж ÿ"
        );
        for c in ['A', 'Ä', 'Ł', 'Ω', 'Я', 'Ё'] {
            assert_eq!(Some(lower_char(c)), c.to_lowercase().next(), "{c}");
        }
    }

    #[test]
    fn normalize_lower_is_lower_of_normalize_space() {
        for s in [
            "",
            "  A  b\tC\n",
            "ÀÉ  Îõ\u{a0}ЧИ Ÿ  ",
            "  \u{3000}日本 Word  ",
            "a\x0bB\x0cc\x1cD\u{85}e\r\nF\u{2028}ÀG ",
        ] {
            assert_eq!(normalize_lower(s), lower(&normalize_space(s)));
            // Fed in pieces, as the cleaning rules read text nodes.
            for cut in (0..=s.len()).filter(|&k| s.is_char_boundary(k)) {
                let mut n = NormalizeLower::with_capacity(0);
                n.push(&s[..cut]);
                n.push(&s[cut..]);
                assert_eq!(n.out, normalize_lower(s), "{s:?} cut at {cut}");
            }
        }
    }

    #[test]
    fn contains_agrees_with_str_contains() {
        let hays = [
            "",
            "a",
            "post-content entry",
            "sidebar",
            "ééx",
            "aab",
            "abab",
        ];
        let needles = [
            "", "a", "b", "ab", "bab", "content", "entry", "é", "éx", "abab", "x",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(contains(h, n), h.contains(n), "{h:?} {n:?}");
            }
            assert_eq!(
                contains_any(h, &needles[1..]),
                needles[1..].iter().any(|n| h.contains(n))
            );
        }
    }

    #[test]
    fn normalizes_space() {
        assert_eq!(normalize_space("  a \n\t b  "), "a b");
        assert_eq!(comma_count("a, b，c、d"), 3);
    }
}
