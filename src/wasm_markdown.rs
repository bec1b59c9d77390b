//! The Markdown writer in the browser: a wasm module of its own, built with
//! the `markdown-wasm` feature (`make wasm-markdown`). The reader loads it
//! the first time someone copies or saves Markdown, so the engine every
//! page loads does not carry html5ever or the writer.
//!
//! ```js
//! import init, { markdown } from "./lector_markdown.js";
//! await init();
//! const text = markdown(article.title, article.summary, article.content);
//! ```

use wasm_bindgen::prelude::*;

/// The article as `lector --format markdown` prints it (CommonMark with GFM
/// tables, the title as a level-1 heading, a final newline), from the
/// `title`, `summary` and `content` of an `Article` that `extract` returned.
#[wasm_bindgen]
pub fn markdown(title: Option<String>, summary: Option<String>, content: &str) -> String {
    let mut out = crate::markdown::article_markdown(title.as_deref(), summary.as_deref(), content);
    // The CLI ends its output with a newline; so does this.
    out.push('\n');
    out
}
