//! Results cross into JS as one JSON string that the glue's caller gets back
//! from `JSON.parse`: one string copied out of wasm instead of an object
//! built field by field through serde-wasm-bindgen, whose serializer and
//! glue made the wasm bigger. Written by hand, without `core::fmt`.

use crate::Article;
#[cfg(feature = "document-api")]
use crate::Explanation;

/// A JSON object being written.
pub(crate) struct Object {
    out: String,
    first: bool,
}

impl Object {
    pub(crate) fn new(capacity: usize) -> Self {
        let mut out = String::with_capacity(capacity + 2);
        out.push('{');
        Object { out, first: true }
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str("\":");
    }

    pub(crate) fn str(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key);
        string(&mut self.out, value);
        self
    }

    pub(crate) fn opt(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        self.key(key);
        match value {
            Some(v) => string(&mut self.out, v),
            None => self.out.push_str("null"),
        }
        self
    }

    pub(crate) fn num(&mut self, key: &str, value: usize) -> &mut Self {
        self.key(key);
        self.out.push_str(crate::text::decimal(value, &mut [0; 20]));
        self
    }

    #[cfg(feature = "document-api")]
    pub(crate) fn bool(&mut self, key: &str, value: bool) -> &mut Self {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
        self
    }

    /// `value` must be JSON already.
    #[cfg(feature = "document-api")]
    pub(crate) fn raw(&mut self, key: &str, value: &str) -> &mut Self {
        self.key(key);
        self.out.push_str(value);
        self
    }

    pub(crate) fn finish(&mut self) -> String {
        self.out.push('}');
        std::mem::take(&mut self.out)
    }
}

/// `s` as a JSON string: quotes, backslashes and control characters
/// escaped, everything else copied in runs.
fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.push_str(&s[start..i]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The `Article` interface of mod.rs's TypeScript types.
pub(crate) fn article(a: &Article) -> String {
    Object::new(a.content.len() + a.text_content.len() + 512)
        .opt("title", a.title.as_deref())
        .opt("byline", a.byline.as_deref())
        .opt("siteName", a.site_name.as_deref())
        .opt("publishedTime", a.published_time.as_deref())
        .opt("lang", a.lang.as_deref())
        .opt("dir", a.dir.as_deref())
        .opt("excerpt", a.excerpt.as_deref())
        .opt("summary", a.summary.as_deref())
        .opt("leadImageUrl", a.lead_image_url.as_deref())
        .str("content", &a.content)
        .str("textContent", &a.text_content)
        .num("length", a.length)
        .num("wordCount", a.word_count)
        .num("readingTimeMinutes", a.reading_time_minutes)
        .opt("url", a.url.as_deref())
        .finish()
}

/// The `Explanation` interface.
#[cfg(feature = "document-api")]
pub(crate) fn explanation(e: &Explanation) -> String {
    let mut blocks = String::from("[");
    for (i, b) in e.blocks.iter().enumerate() {
        if i > 0 {
            blocks.push(',');
        }
        blocks.push_str(
            &Object::new(b.text.len() + 48)
                .str("tag", &b.tag)
                .str("text", &b.text)
                .bool("kept", b.kept)
                .opt("rule", b.rule)
                .finish(),
        );
    }
    blocks.push(']');
    Object::new(blocks.len() + 64)
        .bool("found", e.found)
        .opt("container", e.container.as_deref())
        .raw("blocks", &blocks)
        .finish()
}
