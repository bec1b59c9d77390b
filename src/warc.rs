//! Web archives: the HTML pages in a WARC file, for reading at crawl scale.
//!
//! A WARC file (ISO 28500, what Common Crawl and `wget --warc-file` write)
//! is a series of records. [`WarcPages`] walks them and yields each HTTP
//! `response` record whose payload is an HTML page, with its address, its
//! capture date and the charset its HTTP headers gave; every other record
//! (requests, metadata, images, redirects, errors) is skipped. Files may be
//! plain or gzipped, one gzip member per record as usual or the whole file
//! at once: the first bytes decide, not the file name.
//!
//! ```no_run
//! for page in lector::warc::WarcPages::open("crawl.warc.gz")? {
//!     let line = page?.extract(&lector::Options::default());
//!     println!("{} {:?}", line.url, line.article.map(|a| a.title));
//! }
//! # Ok::<(), lector::Error>(())
//! ```

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::Serialize;

use crate::{Article, Error, Options, Page};

/// Bodies that inflate past this are cut here: a compressed page that
/// grows beyond it is a bomb, not an article.
const MAX_BODY: u64 = 64 << 20;

/// The HTML responses in a WARC file, in file order.
pub struct WarcPages {
    records: ::warc::RawRecordIter<Box<dyn BufRead + Send>>,
    /// After a broken record the reader has lost its place; nothing more
    /// can be trusted.
    done: bool,
}

impl std::fmt::Debug for WarcPages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WarcPages")
            .field("done", &self.done)
            .finish()
    }
}

/// One HTML page captured in a WARC file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HtmlResponse {
    /// The page's address (`WARC-Target-URI`).
    pub url: String,
    /// When it was captured (`WARC-Date`), as the file gives it.
    pub warc_date: Option<String>,
    /// The HTTP status code (always 2xx: other responses are skipped).
    pub status: u16,
    /// The `charset` of the HTTP `Content-Type` header, if any.
    pub charset: Option<String>,
    /// The page's bytes, with any chunked transfer or gzip/deflate content
    /// encoding undone.
    pub body: Vec<u8>,
}

/// What [`HtmlResponse::extract`] found: one line of `lector warc`.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WarcArticle {
    /// The page's address.
    pub url: String,
    /// When it was captured (`WARC-Date`).
    pub warc_date: Option<String>,
    /// The article, or `None` where the page holds none.
    pub article: Option<Article>,
    /// [`crate::is_probably_readerable`] on the page.
    pub readerable: bool,
    /// Why the page could not be read, if it could not.
    pub error: Option<String>,
}

impl WarcPages {
    /// Opens a WARC or WARC.gz file.
    pub fn open(path: impl AsRef<Path>) -> Result<WarcPages, Error> {
        let path = path.as_ref();
        let file = std::fs::File::open(path)
            .map_err(|e| Error::InvalidInput(format!("{}: {e}", path.display())))?;
        WarcPages::from_reader(file)
    }

    /// Reads a WARC stream, gzipped or not.
    pub fn from_reader(reader: impl Read + Send + 'static) -> Result<WarcPages, Error> {
        let mut raw = BufReader::with_capacity(1 << 20, reader);
        let head = raw
            .fill_buf()
            .map_err(|e| Error::InvalidInput(format!("cannot read: {e}")))?;
        let stream: Box<dyn BufRead + Send> = if head.starts_with(&[0x1f, 0x8b]) {
            // MultiGzDecoder: per-record gzip members follow one another.
            Box::new(BufReader::with_capacity(
                1 << 20,
                flate2::bufread::MultiGzDecoder::new(raw),
            ))
        } else if head.is_empty() || head.starts_with(b"WARC/") {
            Box::new(raw)
        } else {
            return Err(Error::InvalidInput(
                "not a WARC file (no WARC/ version line, not gzip)".into(),
            ));
        };
        Ok(WarcPages {
            records: ::warc::WarcReader::new(stream).iter_raw_records(),
            done: false,
        })
    }
}

impl Iterator for WarcPages {
    type Item = Result<HtmlResponse, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let (header, block) = match self.records.next()? {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::InvalidInput(format!("broken WARC record: {e}"))));
                }
            };
            let field = |h: ::warc::WarcHeader| {
                header
                    .headers
                    .get(&h)
                    .map(|v| String::from_utf8_lossy(v).trim().to_owned())
            };
            let is_response = field(::warc::WarcHeader::WarcType).as_deref() == Some("response");
            let is_http = field(::warc::WarcHeader::ContentType)
                .is_some_and(|t| t.to_ascii_lowercase().starts_with("application/http"));
            if !is_response || !is_http {
                continue;
            }
            let Some(http) = parse_http(&block) else {
                continue;
            };
            if !(200..300).contains(&http.status) || !is_html(http.content_type, http.body) {
                continue;
            }
            let body = match decode_body(&http) {
                Ok(b) => b,
                // An undecodable body is skipped like any non-page: its
                // bytes are not HTML we could read.
                Err(_) => continue,
            };
            // WARC 1.0 wrote the address in angle brackets.
            let url = field(::warc::WarcHeader::TargetURI).unwrap_or_default();
            let url = url
                .strip_prefix('<')
                .and_then(|u| u.strip_suffix('>'))
                .unwrap_or(&url)
                .to_owned();
            return Some(Ok(HtmlResponse {
                url,
                warc_date: field(::warc::WarcHeader::Date),
                status: http.status,
                charset: http.content_type.and_then(charset_of),
                body,
            }));
        }
        None
    }
}

impl HtmlResponse {
    /// The page, decoded with the HTTP charset where the page declares
    /// none, at its captured address.
    pub fn page(&self) -> Page {
        Page::from_bytes_with_charset(&self.body, self.charset.as_deref()).with_url(&self.url)
    }

    /// Extracts the article. Never panics: a panic inside extraction
    /// becomes this page's `error`, so one page cannot stop a crawl.
    pub fn extract(&self, options: &Options) -> WarcArticle {
        let run = || {
            let page = self.page();
            (
                crate::extract(&page, options),
                crate::is_probably_readerable(&page),
            )
        };
        let (article, readerable, error) =
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
                Ok((article, readerable)) => (article, readerable, None),
                Err(payload) => {
                    let msg = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown".into());
                    (None, false, Some(format!("internal error: {msg}")))
                }
            };
        WarcArticle {
            url: self.url.clone(),
            warc_date: self.warc_date.clone(),
            article,
            readerable,
            error,
        }
    }
}

/// An HTTP response split into the parts we use.
struct Http<'a> {
    status: u16,
    content_type: Option<&'a str>,
    transfer_encoding: Option<&'a str>,
    content_encoding: Option<&'a str>,
    body: &'a [u8],
}

/// Splits a response record's block into status, headers and body. Header
/// lines may end in CRLF or a bare LF, as servers send them.
fn parse_http(block: &[u8]) -> Option<Http<'_>> {
    // The header block ends at the first empty line.
    let mut pos = 0;
    let mut lines = Vec::new();
    loop {
        let nl = block[pos..].iter().position(|&b| b == b'\n')? + pos;
        let line = &block[pos..nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        pos = nl + 1;
        if line.is_empty() {
            break;
        }
        lines.push(std::str::from_utf8(line).unwrap_or(""));
    }
    let status_line = lines.first()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let mut http = Http {
        status,
        content_type: None,
        transfer_encoding: None,
        content_encoding: None,
        body: &block[pos..],
    };
    for line in &lines[1..] {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => http.content_type = Some(value),
            "transfer-encoding" => http.transfer_encoding = Some(value),
            "content-encoding" => http.content_encoding = Some(value),
            _ => {}
        }
    }
    Some(http)
}

/// Whether a response is an HTML page: its media type says so, or, without
/// one, its first bytes look like markup.
fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type {
        Some(t) => {
            let media = t
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            media == "text/html" || media == "application/xhtml+xml"
        }
        None => {
            let start: Vec<u8> = body
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .take(15)
                .map(u8::to_ascii_lowercase)
                .collect();
            start.starts_with(b"<!doctype html") || start.starts_with(b"<html")
        }
    }
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let v = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (!v.is_empty()).then(|| v.to_owned())
    })
}

/// Undoes chunked transfer and gzip/deflate content encoding. Crawlers
/// such as Common Crawl's store bodies already decoded (and rename the
/// headers), so this only acts where the headers still say so.
fn decode_body(http: &Http<'_>) -> Result<Vec<u8>, String> {
    let chunked = http
        .transfer_encoding
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let body = if chunked {
        dechunk(http.body).ok_or("bad chunked encoding")?
    } else {
        http.body.to_vec()
    };
    let encoding = http
        .content_encoding
        .map(|e| e.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let mut out = Vec::new();
    let read = match encoding.as_str() {
        "" | "identity" => return Ok(body),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..])
            .take(MAX_BODY)
            .read_to_end(&mut out),
        "deflate" => flate2::read::ZlibDecoder::new(&body[..])
            .take(MAX_BODY)
            .read_to_end(&mut out),
        other => return Err(format!("unsupported content encoding {other}")),
    };
    read.map_err(|e| format!("bad {encoding} body: {e}"))?;
    Ok(out)
}

/// Joins the chunks of a chunked body. A body cut short after whole chunks
/// (a capture that stopped early) keeps what it has.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let Some(nl) = b.iter().position(|&c| c == b'\n') else {
            return Some(out);
        };
        let size_line = std::str::from_utf8(&b[..nl]).ok()?;
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        let take = size.min(b.len());
        out.extend_from_slice(&b[..take]);
        b = &b[take..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A WARC record as the standard lays it out.
    fn record(kind: &str, url: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n\
             WARC-Date: 2024-05-01T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn response(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut b = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        b.extend_from_slice(body);
        b
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    const HTTP: &str = "application/http; msgtype=response";

    #[test]
    fn keeps_html_responses_only() {
        let mut warc = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: t\r\n",
        );
        warc.extend(record(
            "request",
            "http://a.test/",
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(record(
            "response",
            "http://a.test/",
            HTTP,
            &response(
                "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n",
                b"<p>caf\xe9</p>",
            ),
        ));
        warc.extend(record(
            "response",
            "http://a.test/i.png",
            HTTP,
            &response("Content-Type: image/png\r\n", b"\x89PNG"),
        ));
        warc.extend(record(
            "response",
            "<http://a.test/old>",
            HTTP,
            &response("", b"  <!DOCTYPE html><p>x</p>"),
        ));
        let pages: Vec<_> = WarcPages::from_reader(std::io::Cursor::new(warc))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].url, "http://a.test/");
        assert_eq!(pages[0].charset.as_deref(), Some("ISO-8859-1"));
        assert_eq!(pages[0].warc_date.as_deref(), Some("2024-05-01T10:00:00Z"));
        let why = crate::explain(&pages[0].page(), &Options::default());
        assert!(why.blocks.iter().any(|b| b.text == "café"));
        assert_eq!(pages[1].url, "http://a.test/old");
    }

    #[test]
    fn reads_gzip_members_chunked_and_encoded_bodies() {
        let chunked = response(
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
            b"5\r\n<p>he\r\n7\r\nllo</p>\r\n0\r\n\r\n",
        );
        let encoded = response(
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &gzip(b"<p>zipped</p>"),
        );
        let mut warc = gzip(&record("response", "http://a.test/1", HTTP, &chunked));
        warc.extend(gzip(&record("response", "http://a.test/2", HTTP, &encoded)));
        let pages: Vec<_> = WarcPages::from_reader(std::io::Cursor::new(warc))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(pages[0].body, b"<p>hello</p>");
        assert_eq!(pages[1].body, b"<p>zipped</p>");
    }

    #[test]
    fn a_broken_file_is_an_error_then_the_end() {
        assert!(WarcPages::from_reader(std::io::Cursor::new(b"<html>".to_vec())).is_err());
        let mut warc = record("response", "http://a.test/", HTTP, &response("", b"<html>"));
        warc.truncate(warc.len() - 20);
        let mut pages = WarcPages::from_reader(std::io::Cursor::new(warc)).unwrap();
        assert!(matches!(pages.next(), Some(Err(_))));
        assert!(pages.next().is_none());
        let empty = WarcPages::from_reader(std::io::Cursor::new(Vec::new())).unwrap();
        assert_eq!(empty.count(), 0);
    }

    #[test]
    fn charset_parameter() {
        assert_eq!(
            charset_of("text/html;charset=utf-8").as_deref(),
            Some("utf-8")
        );
        assert_eq!(
            charset_of("text/html; Charset='koi8-r' ").as_deref(),
            Some("koi8-r")
        );
        assert_eq!(charset_of("text/html"), None);
        assert_eq!(dechunk(b"3\r\nabc\r\n2\r\nde").unwrap(), b"abcde");
        assert!(dechunk(b"zz\r\nabc").is_none());
    }
}
