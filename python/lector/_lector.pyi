"""Type stubs of the native module (python/src/lib.rs)."""

import os
from typing import Iterator, Optional, TypedDict, Union

__version__: str

class Article(TypedDict):
    """An article, as `lector --format json` prints it."""

    title: Optional[str]
    byline: Optional[str]
    siteName: Optional[str]
    publishedTime: Optional[str]
    lang: Optional[str]
    dir: Optional[str]
    excerpt: Optional[str]
    summary: Optional[str]
    leadImageUrl: Optional[str]
    content: str
    textContent: str
    length: int
    wordCount: int
    readingTimeMinutes: int
    url: Optional[str]

class ExtractedArticle(Article):
    """`extract`'s result: the article plus whether the page looked readerable."""

    readerable: bool

class WarcPage(TypedDict):
    """One HTML response of a WARC file, as a line of `lector warc`."""

    url: str
    warcDate: Optional[str]
    article: Optional[Article]
    readerable: bool
    error: Optional[str]

Html = Union[str, bytes, bytearray]

def extract(
    html: Html, url: Optional[str] = None, *, force: bool = False
) -> Optional[ExtractedArticle]:
    """The article on a page, or None where the page holds none.

    Bytes are decoded as the CLI decodes files: byte-order mark, then
    `<meta charset>`, then UTF-8, else windows-1252. Raises TypeError for
    other types, ValueError for a str that cannot be UTF-8.
    """

def is_probably_readerable(html: Html, url: Optional[str] = None) -> bool:
    """A quick guess whether `extract` finds an article on the page."""

def to_markdown(
    source: Union[Html, Article, ExtractedArticle],
    url: Optional[str] = None,
    *,
    force: bool = False,
) -> Optional[str]:
    """The article as CommonMark, from a page or from `extract`'s dict."""

class WarcIterator(Iterator[WarcPage]):
    """The HTML pages of a WARC file; see `iter_warc`."""

    def __iter__(self) -> "WarcIterator": ...
    def __next__(self) -> WarcPage: ...

def iter_warc(
    path: Union[str, "os.PathLike[str]"], *, force: bool = False
) -> WarcIterator:
    """One dict per HTML response (HTTP 2xx, text/html) of a WARC(.gz) file."""
