"""The Python package against the CLI: same pages, same answers."""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import lector
from conftest import SAMPLE_HTML, SAMPLE_WARC

URL = "https://www.the-star.co.ke/news/2024-08-13-sample"

STORY = "During the conversation, X Spaces displayed around one million people listening in."


def article_para(text, n=4):
    return "".join(
        f"<p>{text} Paragraph {i} goes on about the harbour, the boats that come in at dawn "
        "and the people who unload them before the market opens in the square.</p>"
        for i in range(n)
    )


def test_extract_matches_the_cli_json(cli):
    code, out = cli("--format", "json", "--url", URL, SAMPLE_HTML)
    assert code == 0
    from_bytes = lector.extract(SAMPLE_HTML.read_bytes(), URL)
    assert from_bytes == json.loads(out)
    assert STORY in from_bytes["textContent"]
    # The same page as text gives the same article.
    assert lector.extract(SAMPLE_HTML.read_text(encoding="utf-8"), URL) == from_bytes
    assert lector.extract(bytearray(SAMPLE_HTML.read_bytes()), url=URL) == from_bytes


def test_bytes_are_decoded_like_the_cli(cli):
    body = article_para("Caf\xe9 cr\xe8me au bord de l\u2019eau.")
    cases = {
        "undeclared-1252": ("<html><body><article>" + body + "</article></body></html>").encode("cp1252"),
        "meta-latin2": ("<html><head><meta charset=iso-8859-2></head><body><article>"
                        + article_para("Zażółć gęślą jaźń.") + "</article></body></html>").encode("iso-8859-2"),
        "bom-utf16": b"\xff\xfe" + ("<html><body><article>" + body + "</article></body></html>").encode("utf-16-le"),
    }
    for name, page in cases.items():
        code, out = cli("--format", "json", "--url", "http://t.test/", "-", stdin=page)
        assert code == 0, name
        got = lector.extract(page, "http://t.test/")
        assert got == json.loads(out), name
    assert "Café crème au bord de l’eau." in lector.extract(cases["undeclared-1252"])["textContent"]
    assert "Zażółć gęślą jaźń." in lector.extract(cases["meta-latin2"])["textContent"]


def test_no_article_is_none_and_force_gives_an_attempt(cli):
    # Mostly links: a list of stories, not an article, unless forced.
    links = "<html><body><div><p>" + " ".join(
        f"<a href='/s/{i}'>Story number {i} of the day</a>" for i in range(30)
    ) + " and a few plain words.</p></div></body></html>"
    assert lector.extract(links) is None
    assert lector.extract("") is None
    code, _ = cli("--format", "json", "-", stdin=links.encode())
    assert code == 1
    forced = lector.extract(links, force=True)
    assert forced["textContent"].startswith("Story number 0 of the day")
    code, out = cli("--format", "json", "--force", "-", stdin=links.encode())
    assert code == 0 and forced == json.loads(out)
    assert lector.to_markdown(links) is None
    assert lector.to_markdown(links, force=True).startswith("Story number 0")


def test_readerable_matches_the_cli(cli):
    html = SAMPLE_HTML.read_bytes()
    assert lector.is_probably_readerable(html) is True
    assert lector.is_probably_readerable("<p>short</p>") is False
    _, out = cli("--format", "json", SAMPLE_HTML)
    assert json.loads(out)["readerable"] is lector.is_probably_readerable(html)


def test_markdown_matches_the_cli(cli):
    code, out = cli("--format", "markdown", "--url", URL, SAMPLE_HTML)
    assert code == 0
    md = lector.to_markdown(SAMPLE_HTML.read_bytes(), URL)
    assert md + "\n" == out
    # From extract()'s dict, without extracting again.
    assert lector.to_markdown(lector.extract(SAMPLE_HTML.read_bytes(), URL)) == md
    assert md.startswith("# Tech issues disrupt")
    with pytest.raises(ValueError):
        lector.to_markdown({"title": "no content"})


def test_bad_input_raises_clear_errors():
    with pytest.raises(TypeError, match="str or bytes, not int"):
        lector.extract(42)
    with pytest.raises(TypeError):
        lector.extract(None)
    with pytest.raises(ValueError):  # UnicodeEncodeError: a lone surrogate
        lector.extract("<p>\ud800</p>")
    with pytest.raises(TypeError):
        lector.extract("<p>x</p>", url=5)
    with pytest.raises(TypeError):
        lector.extract("<p>x</p>", "http://a", True)  # force is keyword-only


def test_hostile_pages_do_not_crash():
    deep = "<div>" * 100_000 + article_para("Deep.") + "</div>" * 100_000
    assert lector.extract(deep) is None or "Deep." in lector.extract(deep)["textContent"]
    junk = bytes(range(256)) * 2000
    lector.extract(junk)
    lector.is_probably_readerable(junk)
    assert lector.extract("\x00" * 1000 + "<p>" + "x" * 10) is None or True


def test_the_gil_is_released_while_extracting():
    """Another Python thread keeps running during one long extraction."""
    sample = SAMPLE_HTML.read_bytes()
    related = b"<div class=related><p>" + b"Related story text. " * 40 + b"</p></div>"
    # Grow the page until one extraction takes long enough to watch.
    n = 2000
    while True:
        big = sample.replace(b"</body>", related * n + b"</body>")
        t0 = time.perf_counter()
        lector.extract(big)
        if time.perf_counter() - t0 > 0.2 or n >= 64000:
            break
        n *= 2
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    time.sleep(0.01)
    start = time.perf_counter()
    lector.extract(big)
    end = time.perf_counter()
    stop.set()
    counter.join()
    during = [t for t in ticks if start < t < end]
    # With the GIL held the counter would stand still for the whole call.
    assert len(during) >= 5, (len(during), end - start)


def test_thread_pool_gives_the_same_answers():
    pages = [SAMPLE_HTML.read_bytes()] * 8 + [b""] * 4
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lector.extract, pages))
    assert results[:8] == [lector.extract(pages[0])] * 8
    assert results[8:] == [None] * 4


def test_iter_warc_matches_lector_warc_on_the_bundled_archive(cli_warc):
    pages = list(lector.iter_warc(SAMPLE_WARC))
    assert pages == cli_warc(SAMPLE_WARC)
    assert [p["url"] for p in pages] == [URL, "http://news.test/ru/most"]
    assert pages[0]["article"] == {
        k: v for k, v in lector.extract(SAMPLE_HTML.read_bytes(), URL).items() if k != "readerable"
    }
    # The Cyrillic page's only charset is its HTTP header's windows-1251.
    assert "жители города" in pages[1]["article"]["textContent"]
    assert pages[1]["warcDate"] == "2024-05-01T10:00:00Z"


def test_iter_warc_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="nope.warc"):
        lector.iter_warc(tmp_path / "nope.warc")
    with pytest.raises(ValueError, match="not a WARC"):
        lector.iter_warc(SAMPLE_HTML)
    cut = tmp_path / "cut.warc"
    whole = b"".join(lector_records())
    cut.write_bytes(whole[: len(whole) - 30])
    it = lector.iter_warc(str(cut))
    assert next(it)["url"] == "http://a.test/1"
    with pytest.raises(ValueError, match="broken WARC record"):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def lector_records():
    import make_warc

    page = ("<html><body><article>" + article_para("Story.") + "</article></body></html>").encode()
    return make_warc.page_records("http://a.test/1", page) + make_warc.page_records("http://a.test/2", page)


def test_iter_warc_matches_lector_warc_on_the_corpus(corpus_warc, cli_warc):
    expected = cli_warc(corpus_warc)
    got = list(lector.iter_warc(str(corpus_warc)))
    assert len(got) == len(expected) > 100
    for g, e in zip(got, expected):
        assert g == e, g["url"]
    assert sum(1 for g in got if g["article"]) > 0.9 * len(got)
