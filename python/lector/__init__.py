"""Lector: the article alone, out of any web page.

    >>> import lector
    >>> article = lector.extract(html_bytes, "https://example.org/story")
    >>> article["title"], article["textContent"]

`extract` returns a dict with the fields of `lector --format json`, or None
where the page holds no article. `iter_warc` reads web archives (WARC,
WARC.gz) page by page. Pages are read in Rust with the GIL released, so a
thread pool scales with the cores.

`lector.spark` (and the `lector-spark` command) runs the extraction over
WARC files with PySpark and writes Parquet.
"""

from ._lector import (
    WarcIterator,
    __version__,
    extract,
    is_probably_readerable,
    iter_warc,
    to_markdown,
)

__all__ = [
    "WarcIterator",
    "__version__",
    "extract",
    "is_probably_readerable",
    "iter_warc",
    "to_markdown",
]
