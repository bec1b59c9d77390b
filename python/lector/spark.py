"""Lector over web archives with PySpark: WARC files in, articles as Parquet out.

    lector-spark --input warc.paths --output articles.parquet [--content markdown]
    spark-submit --master yarn -m lector.spark ...   # see the README

Each WARC path becomes one task; executors read their archive with
`lector.iter_warc` (Rust, GIL released) and turn every HTML response with an
article into one row:

    url, warc_date, title, byline, published_time, language, text,
    content (HTML or Markdown), word_count

Paths may be local files, `http(s)://` URLs (downloaded to the executor's
temp dir first) or `s3://` URLs (with boto3 installed on the executors). A
paths file may be gzipped, like Common Crawl's `warc.paths.gz`; `--prefix`
is put before each relative path (`https://data.commoncrawl.org/`).
"""

import argparse
import gzip
import os
import shutil
import sys
import tempfile
import urllib.request
from contextlib import contextmanager
from typing import Iterator, List, Optional, Tuple

import lector

#: The Parquet columns, in order, with their Spark SQL types.
COLUMNS = [
    ("url", "string"),
    ("warc_date", "string"),
    ("title", "string"),
    ("byline", "string"),
    ("published_time", "string"),
    ("language", "string"),
    ("text", "string"),
    ("content", "string"),
    ("word_count", "long"),
]

Row = Tuple[Optional[str], ...]


def schema():
    """The Spark schema of the output (imports pyspark only when called)."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    types = {"string": StringType(), "long": LongType()}
    return StructType([StructField(name, types[t], True) for name, t in COLUMNS])


@contextmanager
def local_copy(path: str) -> Iterator[str]:
    """A local file for `path`: itself, or a temporary download of a URL."""
    if path.startswith(("http://", "https://", "s3://")):
        fd, tmp = tempfile.mkstemp(suffix=".warc.gz", prefix="lector-")
        try:
            with os.fdopen(fd, "wb") as out:
                if path.startswith("s3://"):
                    import boto3  # only where the cluster reads S3 this way

                    bucket, _, key = path[len("s3://"):].partition("/")
                    boto3.client("s3").download_fileobj(bucket, key, out)
                else:
                    with urllib.request.urlopen(path, timeout=600) as resp:
                        shutil.copyfileobj(resp, out, 1 << 20)
            yield tmp
        finally:
            os.unlink(tmp)
    else:
        yield path[len("file://"):] if path.startswith("file://") else path


def article_row(page: dict, content: str = "html") -> Optional[Row]:
    """One output row for a `lector.iter_warc` item; None without an article."""
    a = page.get("article")
    if not a:
        return None
    body = lector.to_markdown(a) if content == "markdown" else a["content"]
    return (
        page["url"],
        page.get("warcDate"),
        a.get("title"),
        a.get("byline"),
        a.get("publishedTime"),
        a.get("lang"),
        a["textContent"],
        body,
        a["wordCount"],
    )


def extract_warc(path: str, content: str = "html", force: bool = False) -> Iterator[Row]:
    """The rows of one WARC file (runs on an executor)."""
    with local_copy(path) as local:
        for page in lector.iter_warc(local, force=force):
            row = article_row(page, content)
            if row is not None:
                yield row


def run(spark, paths: List[str], output: str, content: str = "html",
        force: bool = False, mode: str = "errorifexists"):
    """Extracts every WARC in `paths` into Parquet at `output`; returns the
    DataFrame read back lazily from there."""
    if content not in ("html", "markdown"):
        raise ValueError(f"content must be 'html' or 'markdown', not {content!r}")
    if not paths:
        raise ValueError("no WARC paths")
    rows = spark.sparkContext.parallelize(paths, len(paths)).flatMap(
        lambda p: extract_warc(p, content, force)
    )
    spark.createDataFrame(rows, schema()).write.mode(mode).parquet(output)
    return spark.read.parquet(output)


def read_paths(listing: str, prefix: str = "") -> List[str]:
    """WARC paths, one a line, from a (gzipped) file; blank lines and
    `#` comments are skipped."""
    opener = gzip.open if listing.endswith(".gz") else open
    with opener(listing, "rt", encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [prefix + line for line in lines if line and not line.startswith("#")]


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(
        prog="lector-spark",
        description="Extract the articles of WARC files with PySpark into Parquet.",
    )
    ap.add_argument("warcs", nargs="*", help="WARC paths or URLs")
    ap.add_argument("--input", help="a file of WARC paths, one a line (may be .gz)")
    ap.add_argument("--prefix", default="",
                    help="put before each path of --input, e.g. https://data.commoncrawl.org/")
    ap.add_argument("--output", required=True, help="where to write the Parquet files")
    ap.add_argument("--content", choices=["html", "markdown"], default="html",
                    help="the article body's format in the content column")
    ap.add_argument("--force", action="store_true",
                    help="keep a best attempt where a page does not look like an article")
    ap.add_argument("--mode", default="errorifexists",
                    help="Spark save mode: errorifexists, overwrite, append, ignore")
    ap.add_argument("--master", help="Spark master (default: spark-submit's, or local[*])")
    a = ap.parse_args(argv)
    paths = list(a.warcs)
    if a.input:
        paths += read_paths(a.input, a.prefix)
    if not paths:
        ap.error("no WARC paths: give them as arguments or with --input")

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("lector-spark")
    if a.master:
        builder = builder.master(a.master)
    spark = builder.getOrCreate()
    try:
        df = run(spark, paths, a.output, a.content, a.force, a.mode)
        print(f"lector-spark: {df.count()} articles from {len(paths)} WARC file(s) "
              f"in {a.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
