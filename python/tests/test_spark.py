"""lector.spark on local[2]: every Parquet row against `lector warc`."""

import os
import shutil
import sys

import pytest

import lector
from conftest import SAMPLE_WARC

pyspark = pytest.importorskip("pyspark")


@pytest.fixture(scope="module")
def spark():
    # Executors run this interpreter, which has lector installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    s = (SparkSession.builder.master("local[2]").appName("lector-test")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
    yield s
    s.stop()


def expected_rows(cli_warc, paths, content):
    rows = {}
    for path in paths:
        for line in cli_warc(path):
            a = line["article"]
            if not a:
                continue
            rows[line["url"]] = {
                "url": line["url"],
                "warc_date": line["warcDate"],
                "title": a["title"],
                "byline": a["byline"],
                "published_time": a["publishedTime"],
                "language": a["lang"],
                "text": a["textContent"],
                "content": lector.to_markdown(a) if content == "markdown" else a["content"],
                "word_count": a["wordCount"],
            }
    return rows


@pytest.mark.parametrize("content", ["html", "markdown"])
def test_spark_job_rows_match_the_cli(spark, cli_warc, spark_warc, tmp_path, content):
    from lector import spark as job

    # Two archives, so two tasks run at once on local[2].
    paths = [str(spark_warc), str(SAMPLE_WARC)]
    out = tmp_path / "articles.parquet"
    df = job.run(spark, paths, str(out), content=content)
    assert [f.name for f in df.schema.fields] == [c for c, _ in job.COLUMNS]
    got = {r["url"]: r.asDict() for r in df.collect()}
    expected = expected_rows(cli_warc, paths, content)
    assert len(got) == df.count() > 50
    assert got.keys() == expected.keys()
    for url, row in expected.items():
        assert got[url] == row, url
    if content == "markdown":
        titled = [r for r in got.values() if r["title"]]
        assert titled and all(r["content"].startswith("# ") for r in titled)
    shutil.rmtree(out)


def test_sample_archive_alone_and_the_command_line(spark, cli_warc, tmp_path, monkeypatch):
    """No corpus needed: the bundled archive through `lector-spark`'s main()."""
    from lector import spark as job

    listing = tmp_path / "warc.paths"
    listing.write_text(f"# one archive\n{SAMPLE_WARC.name}\n\n")
    out = tmp_path / "out.parquet"
    # main() would stop the shared session; keep it for the other tests.
    monkeypatch.setattr(type(spark), "stop", lambda self: None)
    assert job.main(["--input", str(listing), "--prefix", str(SAMPLE_WARC.parent) + "/",
                     "--output", str(out), "--master", "local[2]"]) == 0
    rows = spark.read.parquet(str(out)).collect()
    expected = expected_rows(cli_warc, [SAMPLE_WARC], "html")
    assert {r["url"]: r.asDict() for r in rows} == expected
    assert any("жители города" in r["text"] for r in rows)


def test_bad_arguments():
    from lector import spark as job

    with pytest.raises(ValueError):
        job.run(None, ["x"], "out", content="pdf")
    with pytest.raises(SystemExit):
        job.main(["--output", "x"])
