"""Shared fixtures: the `lector` CLI to compare against, and test archives.

LECTOR_BIN    the CLI (default: the repository's target/release/lector)
LECTOR_CORPUS the shared corpus folder (default: ../shared/corpus beside the
              repository); tests that need it are skipped without it
LECTOR_WARC_PAGES  how many corpus pages go into the generated archive (300)
LECTOR_SPARK_PAGES how many go into the smaller one the Spark job reads (80)
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SAMPLE_HTML = REPO / "samples" / "kenya-news.html"
SAMPLE_WARC = HERE / "data" / "sample.warc.gz"

sys.path.insert(0, str(HERE))
import make_warc  # noqa: E402


@pytest.fixture(scope="session")
def lector_bin():
    path = Path(os.environ.get("LECTOR_BIN", REPO / "target" / "release" / "lector"))
    if not path.is_file():
        pytest.fail(f"no lector CLI at {path}: run `cargo build --release` or set LECTOR_BIN")
    return path


@pytest.fixture(scope="session")
def cli(lector_bin):
    """Runs the CLI; returns (exit code, stdout)."""

    def run(*args, stdin=None):
        p = subprocess.run([str(lector_bin), *map(str, args)], input=stdin,
                           capture_output=True, check=False)
        return p.returncode, p.stdout.decode("utf-8")

    return run


@pytest.fixture(scope="session")
def cli_warc(cli):
    """`lector warc FILE` as a list of parsed JSON lines."""

    def run(path):
        code, out = cli("warc", path)
        assert code == 0, out
        return [json.loads(line) for line in out.splitlines()]

    return run


@pytest.fixture(scope="session")
def corpus():
    path = Path(os.environ.get("LECTOR_CORPUS", REPO.parent / "shared" / "corpus"))
    if not (path / "trafilatura" / "truth.json").is_file():
        pytest.skip(f"no shared corpus at {path}")
    return path


@pytest.fixture(scope="session")
def corpus_warc(corpus, tmp_path_factory):
    """A WARC.gz of corpus pages (both corpora, name order) with records to skip."""
    limit = int(os.environ.get("LECTOR_WARC_PAGES", "300"))
    out = tmp_path_factory.mktemp("warc") / "corpus.warc.gz"
    make_warc.write(str(out), make_warc.build_corpus_records(str(corpus), limit))
    return out


@pytest.fixture(scope="session")
def spark_warc(corpus, tmp_path_factory):
    """A smaller archive for the Spark job: Spark's own overhead dominates."""
    limit = int(os.environ.get("LECTOR_SPARK_PAGES", "80"))
    out = tmp_path_factory.mktemp("warc") / "spark.warc.gz"
    make_warc.write(str(out), make_warc.build_corpus_records(str(corpus), limit))
    return out
