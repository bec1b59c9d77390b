#!/usr/bin/env python3
"""Builds WARC files out of saved HTML pages, for Lector's tests and benchmarks.

    python make_warc.py OUT.warc.gz --corpus ../shared/corpus [--limit N]
    python make_warc.py OUT.warc.gz --sample samples/kenya-news.html

Each page becomes a `request` and a `response` record, as a crawler writes
them, at the page's own address (from the corpus's truth.json where it has
one). Between the pages go records that an extractor must skip: a warcinfo
record, metadata records, an image, a redirect and a 404 page. A name ending
in `.gz` writes one gzip member per record, as Common Crawl does.

`--sample` writes the small archive bundled with the tests: the sample page,
a page in windows-1251 whose only charset is the HTTP header's, and the
records to skip.
"""

import argparse
import gzip
import hashlib
import json
import os
import sys
import uuid

DATE = "2024-05-01T10:00:00Z"


def record(kind, block, url=None, content_type=None, extra=None):
    """One WARC/1.1 record: the header lines, a blank line, the block."""
    # A fixed seed per record keeps the output the same from run to run.
    rid = uuid.uuid5(uuid.NAMESPACE_URL, f"{kind} {url} {hashlib.sha1(block).hexdigest()}")
    lines = ["WARC/1.1", f"WARC-Type: {kind}", f"WARC-Date: {DATE}",
             f"WARC-Record-ID: <urn:uuid:{rid}>"]
    if url is not None:
        lines.append(f"WARC-Target-URI: {url}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body, content_type, status="200 OK", headers=()):
    head = [f"HTTP/1.1 {status}"]
    if content_type:
        head.append(f"Content-Type: {content_type}")
    head += list(headers)
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def page_records(url, body, content_type="text/html"):
    """The request and response records of one fetched page."""
    host = url.split("/")[2] if "://" in url else "localhost"
    request = f"GET / HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
    return [
        record("request", request, url, "application/http; msgtype=request"),
        record("response", http_response(body, content_type), url,
               "application/http; msgtype=response",
               {"WARC-Identified-Payload-Type": "text/html"}),
    ]


def noise_records(n):
    """Records an HTML extractor must skip."""
    base = f"http://noise.test/{n}"
    return [
        record("metadata", b"fetchTimeMs: 12\r\n", base, "application/warc-fields"),
        record("response", http_response(b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png"),
               base + ".png", "application/http; msgtype=response"),
        record("response", http_response(b"<html><body>Moved</body></html>", "text/html",
                                         "301 Moved Permanently", ["Location: /elsewhere"]),
               base + "/moved", "application/http; msgtype=response"),
        record("response", http_response(b"<html><body><p>Not found</p></body></html>",
                                         "text/html", "404 Not Found"),
               base + "/missing", "application/http; msgtype=response"),
    ]


def content_type_for(body):
    try:
        body.decode("utf-8")
        return "text/html; charset=utf-8"
    except UnicodeDecodeError:
        return "text/html"


def corpus_pages(corpus, limit=None):
    """(url, bytes, key) for the pages of both shared corpora, in name order."""
    pages = []
    traf = os.path.join(corpus, "trafilatura")
    if os.path.isdir(traf):
        with open(os.path.join(traf, "truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        for name in sorted(os.listdir(os.path.join(traf, "pages"))):
            # Some truth URLs end in a space, which a WARC header cannot keep.
            url = ((truth.get(name) or {}).get("url") or "").strip() or f"http://trafilatura.test/{name}"
            pages.append((url, os.path.join(traf, "pages", name), name))
    rdb = os.path.join(corpus, "readability")
    if os.path.isdir(rdb):
        for name in sorted(os.listdir(rdb)):
            src = os.path.join(rdb, name, "source.html")
            if os.path.isfile(src):
                pages.append((f"http://fakehost.test/{name}/", src, name))
    for url, path, key in pages[:limit]:
        with open(path, "rb") as f:
            yield url, f.read(), key


def sample_records(sample_path):
    with open(sample_path, "rb") as f:
        sample = f.read()
    cyrillic = ("<html><head><title>Новости</title></head><body><article>"
                "<h1>Новости города</h1>"
                + "".join(f"<p>Абзац {i}: жители города обсуждают новый мост через реку, "
                          "который строители обещают открыть до конца года, и спорят о "
                          "том, кто будет платить за его содержание.</p>" for i in range(5))
                + "</article></body></html>").encode("windows-1251")
    out = [record("warcinfo", b"software: lector make_warc.py\r\nformat: WARC/1.1\r\n",
                  None, "application/warc-fields")]
    out += page_records("https://www.the-star.co.ke/news/2024-08-13-sample", sample,
                        content_type_for(sample))
    out += noise_records(1)
    out += page_records("http://news.test/ru/most", cyrillic, "text/html; charset=windows-1251")
    return out


def write(path, records):
    zipped = path.endswith(".gz")
    with open(path, "wb") as f:
        for r in records:
            # mtime=0: the same input gives the same bytes.
            f.write(gzip.compress(r, mtime=0) if zipped else r)


def build_corpus_records(corpus, limit=None):
    out = [record("warcinfo", b"software: lector make_warc.py\r\n", None,
                  "application/warc-fields")]
    for i, (url, body, _key) in enumerate(corpus_pages(corpus, limit)):
        out += page_records(url, body, content_type_for(body))
        if i % 10 == 0:
            out += noise_records(i)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--corpus", help="the shared corpus folder (readability/, trafilatura/)")
    ap.add_argument("--sample", help="a saved page: write the small bundled archive")
    ap.add_argument("--limit", type=int, help="at most this many corpus pages")
    a = ap.parse_args(argv)
    if bool(a.corpus) == bool(a.sample):
        ap.error("give exactly one of --corpus and --sample")
    records = sample_records(a.sample) if a.sample else build_corpus_records(a.corpus, a.limit)
    write(a.out, records)
    print(f"{a.out}: {len(records)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
