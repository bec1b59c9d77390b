//! A small JSON reader for the JSON-LD blocks of web pages.
//!
//! serde_json stays out of the library so the wasm build stays small. Pages
//! are hostile and often sloppy, so this reader never panics, never recurses
//! (an explicit stack holds open containers, capped at [`MAX_DEPTH`]) and
//! forgives what sloppy publishers commonly write: trailing commas, raw
//! control characters inside strings, and invalid escapes.

/// Deepest nesting of arrays and objects accepted; deeper input is refused
/// rather than risking unbounded memory or drop recursion.
pub(crate) const MAX_DEPTH: usize = 64;

/// A parsed JSON value. Objects keep their members in source order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// A number, kept as written: metadata never computes with one.
    Num(Box<str>),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Member `key` of an object (the first one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The elements of an array, or the value itself as a one-element
    /// slice: JSON-LD lets any property be a single value or a list.
    pub fn items(&self) -> &[Json] {
        match self {
            Json::Arr(a) => a,
            other => std::slice::from_ref(other),
        }
    }
}

/// A container being filled while parsing.
enum Open {
    Arr(Vec<Json>),
    /// Members so far, and the key waiting for its value.
    Obj(Vec<(String, Json)>, Option<String>),
}

/// Parses one JSON document. Returns `None` on malformed input or nesting
/// deeper than [`MAX_DEPTH`]. Whitespace (and nothing else) may follow.
pub(crate) fn parse(src: &str) -> Option<Json> {
    let mut p = Parser {
        s: src.as_bytes(),
        src,
        i: 0,
    };
    let v = p.document()?;
    p.ws();
    if p.i == p.s.len() {
        Some(v)
    } else {
        None
    }
}

struct Parser<'a> {
    s: &'a [u8],
    src: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.s.get(self.i) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    /// The main loop: scalars complete immediately; `[` and `{` push onto
    /// the stack, and `]`/`}` pop and hand the finished value to the parent.
    fn document(&mut self) -> Option<Json> {
        let mut stack: Vec<Open> = Vec::new();
        loop {
            self.ws();
            // Inside an object, a key (or the end) comes before any value.
            if let Some(Open::Obj(members, key @ None)) = stack.last_mut() {
                match self.peek()? {
                    b'}' => {
                        self.i += 1;
                        let done = Json::Obj(std::mem::take(members));
                        stack.pop();
                        match self.finish(&mut stack, done)? {
                            Some(v) => return Some(v),
                            None => continue,
                        }
                    }
                    b'"' => {
                        let k = self.string()?;
                        self.ws();
                        if self.peek()? != b':' {
                            return None;
                        }
                        self.i += 1;
                        *key = Some(k);
                        continue;
                    }
                    _ => return None,
                }
            }
            let value = match self.peek()? {
                b'{' => {
                    self.i += 1;
                    if stack.len() >= MAX_DEPTH {
                        return None;
                    }
                    stack.push(Open::Obj(Vec::new(), None));
                    continue;
                }
                b'[' => {
                    self.i += 1;
                    if stack.len() >= MAX_DEPTH {
                        return None;
                    }
                    stack.push(Open::Arr(Vec::new()));
                    continue;
                }
                b']' => {
                    // An empty array, or a trailing comma before the end.
                    match stack.last_mut() {
                        Some(Open::Arr(items)) => {
                            self.i += 1;
                            let done = Json::Arr(std::mem::take(items));
                            stack.pop();
                            match self.finish(&mut stack, done)? {
                                Some(v) => return Some(v),
                                None => continue,
                            }
                        }
                        _ => return None,
                    }
                }
                b'"' => Json::Str(self.string()?),
                b't' => self.word("true", Json::Bool(true))?,
                b'f' => self.word("false", Json::Bool(false))?,
                b'n' => self.word("null", Json::Null)?,
                b'-' | b'0'..=b'9' => self.number()?,
                _ => return None,
            };
            if let Some(v) = self.finish(&mut stack, value)? {
                return Some(v);
            }
        }
    }

    /// Hands a complete value to the innermost open container and reads the
    /// separator after it. `Some(Some(v))` means the whole document is done.
    fn finish(&mut self, stack: &mut [Open], value: Json) -> Option<Option<Json>> {
        let Some(top) = stack.last_mut() else {
            return Some(Some(value));
        };
        match top {
            Open::Arr(items) => items.push(value),
            Open::Obj(members, key) => {
                let k = key.take()?;
                members.push((k, value));
            }
        }
        self.ws();
        match (self.peek()?, top) {
            // A trailing comma before the closing bracket is forgiven by
            // the main loop, which accepts a closer where a value may start.
            (b',', _) => {
                self.i += 1;
                Some(None)
            }
            (b']', Open::Arr(_)) | (b'}', Open::Obj(..)) => Some(None),
            _ => None,
        }
    }

    fn word(&mut self, w: &str, v: Json) -> Option<Json> {
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            Some(v)
        } else {
            None
        }
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E') {
                self.i += 1;
            } else {
                break;
            }
        }
        let n = self.src.get(start..self.i)?;
        is_number(n).then(|| Json::Num(n.into()))
    }

    /// Reads four hex digits of a `\u` escape.
    fn hex4(&mut self) -> Option<u32> {
        let h = self.src.get(self.i..self.i + 4)?;
        let v = u32::from_str_radix(h, 16).ok()?;
        if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.i += 4;
        Some(v)
    }

    /// Reads a string starting at its opening quote.
    fn string(&mut self) -> Option<String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters in one go; quote and backslash
            // are ASCII, so the run ends on a char boundary.
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' {
                    break;
                }
                self.i += 1;
            }
            out.push_str(self.src.get(start..self.i)?);
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => {
                    self.i += 1;
                    let e = self.peek()?;
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()),
                        // An invalid escape such as `\'`: keep the character.
                        _ => {
                            self.i -= 1;
                            let rest = self.src.get(self.i..)?;
                            let c = rest.chars().next()?;
                            self.i += c.len_utf8();
                            out.push(c);
                        }
                    }
                }
            }
        }
    }

    /// Decodes the rest of a `\u` escape, joining surrogate pairs; a lone
    /// surrogate or bad hex becomes U+FFFD rather than failing the document.
    fn unicode_escape(&mut self) -> char {
        let Some(hi) = self.hex4() else {
            return '\u{FFFD}';
        };
        if (0xD800..0xDC00).contains(&hi) {
            if self.s[self.i..].starts_with(b"\\u") {
                let save = self.i;
                self.i += 2;
                if let Some(lo) = self.hex4() {
                    if (0xDC00..0xE000).contains(&lo) {
                        let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        return char::from_u32(c).unwrap_or('\u{FFFD}');
                    }
                }
                self.i = save;
            }
            return '\u{FFFD}';
        }
        char::from_u32(hi).unwrap_or('\u{FFFD}')
    }
}

/// JSON's number grammar: `-? digits (. digits)? ([eE] [+-]? digits)?`.
fn is_number(n: &str) -> bool {
    let b = n.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > s
    };
    if !digits(&mut i) {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_values() {
        let v = parse(r#" {"a": [1, -2.5e1, true, false, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Arr(vec![
                Json::Num("1".into()),
                Json::Num("-2.5e1".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null
            ]))
        );
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")).and_then(Json::as_str),
            Some("d")
        );
        assert_eq!(parse("[]"), Some(Json::Arr(vec![])));
        assert_eq!(parse("{}"), Some(Json::Obj(vec![])));
        assert_eq!(parse("[[],{}]").unwrap().items().len(), 2);
        assert_eq!(parse("\"x\""), Some(Json::Str("x".into())));
    }

    #[test]
    fn decodes_escapes() {
        let v = parse(r#""a\"b\\c\/d\n\u00e9\ud83d\ude00\u2013""#).unwrap();
        assert_eq!(v.as_str(), Some("a\"b\\c/d\né😀–"));
        // A lone surrogate does not fail the document.
        assert_eq!(parse(r#""\ud83d x""#).unwrap().as_str(), Some("\u{FFFD} x"));
        assert_eq!(parse(r#""\udc00""#).unwrap().as_str(), Some("\u{FFFD}"));
        assert_eq!(parse(r#""it\'s""#).unwrap().as_str(), Some("it's"));
        assert_eq!(parse("\"ünï\ncode\"").unwrap().as_str(), Some("ünï\ncode"));
    }

    #[test]
    fn forgives_trailing_commas() {
        let v = parse(r#"{"a": [1, 2,], "b": 3,}"#).unwrap();
        assert_eq!(v.get("a").unwrap().items().len(), 2);
    }

    #[test]
    fn refuses_malformed_input_without_panicking() {
        for bad in [
            "",
            "{",
            "}",
            "[",
            "]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":}",
            "{1: 2}",
            "\"abc",
            "\"\\u12\"",
            "[1,,2]",
            "{,}",
            "[,]",
            "nul",
            "tru",
            "-",
            "1.2.3",
            "{\"a\":1}x",
            "\"\\",
            "[\"\\u",
            "{\"a\":1,,}",
            "[1,]]",
            "{\"a\"",
            "\u{0}",
        ] {
            assert!(
                parse(bad).is_none() || bad == "\"\\u12\"",
                "accepted {bad:?}"
            );
        }
        // A bad \u escape degrades to U+FFFD instead of failing.
        assert_eq!(parse("\"\\u12\"").unwrap().as_str(), Some("\u{FFFD}12"));
    }

    #[test]
    fn caps_nesting_depth() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_some());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse(&deep).is_none());
        // Huge depth costs no stack and fails fast.
        let huge = "[{\"a\":".repeat(200_000);
        assert!(parse(&huge).is_none());
    }
}
