//! Decoding of HTML character references left in metadata values.
//!
//! html5ever decodes attribute values once, but publishers often escape
//! twice (`&amp;amp;`), and JSON-LD strings are not HTML at all, so their
//! `&amp;` and `&#8217;` arrive raw. Only references ending in `;` are
//! decoded: a bare `&copy` in a title is more likely literal text.

/// Named references worth decoding in titles, names and descriptions. The
/// full HTML table holds over 2,000; these cover what metadata really holds.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("times", '×'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("sect", '§'),
    ("para", '¶'),
    ("shy", '\u{ad}'),
    ("thinsp", '\u{2009}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("aacute", 'á'),
    ("Aacute", 'Á'),
    ("agrave", 'à'),
    ("Agrave", 'À'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("Auml", 'Ä'),
    ("aring", 'å'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("Egrave", 'È'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("iacute", 'í'),
    ("igrave", 'ì'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("oacute", 'ó'),
    ("Oacute", 'Ó'),
    ("ograve", 'ò'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("Ouml", 'Ö'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("uacute", 'ú'),
    ("Uacute", 'Ú'),
    ("ugrave", 'ù'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("Uuml", 'Ü'),
    ("szlig", 'ß'),
    ("yacute", 'ý'),
];

/// The longest name in [`NAMED`], bounding the search for the `;`.
const MAX_NAME: usize = 8;

/// Decodes character references (`&amp;`, `&#8217;`, `&#x1F62D;`) in `s`.
/// Code points that are not characters (0, surrogates, beyond U+10FFFF)
/// become U+FFFD, as browsers do; unknown or malformed references stay as
/// they are.
pub(crate) fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads a reference right after its `&`: the character and the bytes used
/// (including the `;`).
fn reference(s: &str) -> Option<(char, usize)> {
    if let Some(num) = s.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (h, 16, 2),
            None => (num, 10, 1),
        };
        let len = digits
            .bytes()
            .take_while(|b| {
                if radix == 16 {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count();
        if len == 0 || digits.as_bytes().get(len) != Some(&b';') {
            return None;
        }
        // Overlong digit runs saturate to an invalid code point.
        let cp = u32::from_str_radix(&digits[..len], radix).unwrap_or(u32::MAX);
        let c = match cp {
            0 => '\u{FFFD}',
            _ => char::from_u32(cp).unwrap_or('\u{FFFD}'),
        };
        return Some((c, skip + len + 1));
    }
    let len = s
        .bytes()
        .take(MAX_NAME + 1)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if s.as_bytes().get(len) != Some(&b';') {
        return None;
    }
    let name = &s[..len];
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| (c, len + 1))
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_named_and_numeric() {
        assert_eq!(decode("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(decode("It&#8217;s &quot;here&quot;"), "It’s \"here\"");
        assert_eq!(decode("&#x1F62D; &#128557;"), "😭 😭");
        assert_eq!(decode("&eacute;t&eacute; &mdash; &hellip;"), "été — …");
    }

    #[test]
    fn keeps_malformed_and_replaces_invalid() {
        assert_eq!(
            decode("&#xg; &#xFFFFFFFF; &#x0;"),
            "&#xg; \u{FFFD} \u{FFFD}"
        );
        assert_eq!(decode("&#99999999999999999999;"), "\u{FFFD}");
        assert_eq!(decode("&#xD800;"), "\u{FFFD}");
        assert_eq!(decode("AT&T &unknown; & &amp"), "AT&T &unknown; & &amp");
        assert_eq!(decode("&&amp;;"), "&&;");
        assert_eq!(decode("é&"), "é&");
    }
}
