//! `lector._lector`: the Python face of the `lector` crate.
//!
//! Only conversions live here. Pages are read and extracted with the GIL
//! released, so a thread pool of Python workers uses every core; results
//! cross back as plain dicts with the fields of `lector --format json`
//! (the crate's own serialization, so the two cannot drift apart).

use std::path::PathBuf;
use std::sync::Mutex;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};

/// A page's markup as Python gave it: text, or bytes still to decode.
enum Markup {
    Text(String),
    Bytes(Vec<u8>),
}

impl Markup {
    /// Reads `str`, `bytes` or `bytearray`; anything else is a TypeError.
    fn from_py(html: &Bound<'_, PyAny>) -> PyResult<Markup> {
        if let Ok(s) = html.cast::<PyString>() {
            // Lone surrogates cannot be UTF-8: UnicodeEncodeError, a
            // ValueError.
            return Ok(Markup::Text(s.to_cow()?.into_owned()));
        }
        if let Ok(b) = html.cast::<PyBytes>() {
            return Ok(Markup::Bytes(b.as_bytes().to_vec()));
        }
        if let Ok(b) = html.cast::<PyByteArray>() {
            return Ok(Markup::Bytes(b.to_vec()));
        }
        Err(PyTypeError::new_err(format!(
            "html must be str or bytes, not {}",
            html.get_type().name()?
        )))
    }

    /// The page, decoded as the CLI decodes files (BOM, `<meta charset>`,
    /// UTF-8, else windows-1252).
    fn page(&self, url: Option<&str>) -> lector::Page {
        let page = match self {
            Markup::Text(s) => lector::Page::parse(s),
            Markup::Bytes(b) => lector::Page::from_bytes(b),
        };
        match url {
            Some(u) => page.with_url(u),
            None => page,
        }
    }
}

/// Runs `f` without the GIL; a panic inside becomes a ValueError naming
/// the page as the cause instead of taking the interpreter down.
fn detached<T: Send>(py: Python<'_>, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    py.detach(|| std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)))
        .map_err(|payload| {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown".into());
            PyValueError::new_err(format!("lector could not read this page: {msg}"))
        })
}

fn options(force: bool) -> lector::Options {
    let options = lector::Options::default();
    if force {
        options.forced()
    } else {
        options
    }
}

/// A JSON value as the Python object `json.loads` would give.
fn to_py<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => u.into_pyobject(py)?.into_any(),
            (None, Some(i)) => i.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, item) in map {
                dict.set_item(k, to_py(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// Serializes with the crate's serde derive, then builds the Python value.
fn serialized<'py>(py: Python<'py>, value: &impl serde::Serialize) -> PyResult<Bound<'py, PyAny>> {
    let v = serde_json::to_value(value).map_err(|e| PyValueError::new_err(e.to_string()))?;
    to_py(py, &v)
}

/// `--format json`'s object: the article's fields, then `readerable`.
#[derive(serde::Serialize)]
struct JsonArticle<'a> {
    #[serde(flatten)]
    article: &'a lector::Article,
    readerable: bool,
}

/// The article on a page, as a dict with the fields of
/// `lector --format json` (title, byline, siteName, publishedTime, lang,
/// dir, excerpt, summary, leadImageUrl, content, textContent, length,
/// wordCount, readingTimeMinutes, url, readerable), or None where the page
/// holds no article.
///
/// `html` is str, or bytes decoded as the CLI decodes files: byte-order
/// mark, then `<meta charset>`, then UTF-8, else windows-1252. `url` is the
/// page's address, for absolute links. `force` returns the best attempt
/// even where the page does not look like an article. The GIL is released
/// while the page is read.
#[pyfunction]
#[pyo3(signature = (html, url=None, *, force=false))]
fn extract<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<&str>,
    force: bool,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let markup = Markup::from_py(html)?;
    let found = detached(py, || {
        let page = markup.page(url);
        let article = lector::extract(&page, &options(force))?;
        Some((article, lector::is_probably_readerable(&page)))
    })?;
    match found {
        Some((article, readerable)) => Ok(Some(serialized(
            py,
            &JsonArticle {
                article: &article,
                readerable,
            },
        )?)),
        None => Ok(None),
    }
}

/// A quick guess whether `extract` finds an article on the page (cheaper
/// than extracting). Takes str or bytes like `extract`.
#[pyfunction]
#[pyo3(signature = (html, url=None))]
fn is_probably_readerable(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<&str>,
) -> PyResult<bool> {
    let markup = Markup::from_py(html)?;
    detached(py, || lector::is_probably_readerable(&markup.page(url)))
}

/// The article as CommonMark (GFM tables): the title as a level-1
/// heading, then the body; None where the page holds no article.
///
/// `source` is a page (str or bytes, read like `extract` with `url` and
/// `force`) or a dict that `extract` returned, whose `title` and `content`
/// are converted without extracting again.
#[pyfunction]
#[pyo3(signature = (source, url=None, *, force=false))]
fn to_markdown(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    url: Option<&str>,
    force: bool,
) -> PyResult<Option<String>> {
    if let Ok(dict) = source.cast::<PyDict>() {
        let title = match dict.get_item("title")? {
            Some(t) if !t.is_none() => Some(t.extract()?),
            _ => None,
        };
        let content = match dict.get_item("content")? {
            Some(c) => c.extract().map_err(|_| {
                PyValueError::new_err("the article's \"content\" must be a str of HTML")
            })?,
            None => {
                return Err(PyValueError::new_err(
                    "an article dict needs \"content\" (as extract() returns it)",
                ))
            }
        };
        let article = lector::Article {
            title,
            content,
            ..Default::default()
        };
        return detached(py, || Some(article.to_markdown()));
    }
    let markup = Markup::from_py(source)?;
    detached(py, || {
        lector::extract(&markup.page(url), &options(force)).map(|a| a.to_markdown())
    })
}

/// The HTML pages of a WARC file, read and extracted one by one.
#[pyclass(module = "lector._lector")]
struct WarcIterator {
    pages: Mutex<lector::warc::WarcPages>,
    force: bool,
}

#[pymethods]
impl WarcIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let force = self.force;
        let next = detached(py, || {
            let mut pages = self.pages.lock().unwrap_or_else(|p| p.into_inner());
            pages
                .next()
                .map(|page| page.map(|p| p.extract(&options(force))))
        })?;
        match next {
            None => Ok(None),
            Some(Ok(line)) => Ok(Some(serialized(py, &line)?)),
            Some(Err(e)) => Err(PyValueError::new_err(e.to_string())),
        }
    }
}

/// Iterates over the HTML responses (HTTP 2xx, text/html) of a WARC or
/// WARC.gz file, yielding one dict per page, as a line of `lector warc`:
/// `url`, `warcDate`, `article` (a dict like `extract`'s, without
/// `readerable`, or None), `readerable` and `error`. Other records are
/// skipped. A page without a charset of its own is read in its HTTP
/// header's charset.
///
/// Raises OSError if the file cannot be opened and ValueError for a file
/// that is not a WARC or a record that is broken (the iteration ends
/// there). The GIL is released while records are read and extracted.
#[pyfunction]
#[pyo3(signature = (path, *, force=false))]
fn iter_warc(py: Python<'_>, path: PathBuf, force: bool) -> PyResult<WarcIterator> {
    let pages = py.detach(|| {
        let file = std::fs::File::open(&path)
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        Ok::<_, std::io::Error>(lector::warc::WarcPages::from_reader(file))
    })?;
    let pages = pages.map_err(|e| PyValueError::new_err(format!("{}: {e}", path.display())))?;
    Ok(WarcIterator {
        pages: Mutex::new(pages),
        force,
    })
}

/// Lector: the article alone, out of any web page.
#[pymodule]
fn _lector(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(is_probably_readerable, m)?)?;
    m.add_function(wrap_pyfunction!(to_markdown, m)?)?;
    m.add_function(wrap_pyfunction!(iter_warc, m)?)?;
    m.add_class::<WarcIterator>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
