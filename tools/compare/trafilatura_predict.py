#!/usr/bin/env python3
"""trafilatura's predictions for a shared corpus, in the JSON the scorers read.

    python tools/compare/trafilatura_predict.py readability CORPUS_DIR OUT.json [--jobs N]
    python tools/compare/trafilatura_predict.py trafilatura CORPUS_DIR OUT.json ...

Each page's bytes go to the call of trafilatura's official benchmark
(../shared/corpus/trafilatura/SOURCE.md):

    extract(html_bytes, fast=False, include_comments=False,
            include_tables=True, include_formatting=False)

and its text is `textContent`. Only that call is timed: `time_s` per page
(the field segments.py reads), wall clock inside the worker process, HTML
decoding and parsing included.

For the Readability corpus two untimed extras make the output comparable with
Readability.js's fields:
  * `content`: the same call with output_format="html" (trafilatura's own
    HTML output), so score.py --pred-html-field content can read it;
  * title/byline/excerpt/siteName/publishedTime/lang from
    trafilatura.extract_metadata(html_bytes) (title, author, description,
    sitename, date, language).
No URL is passed, as in the benchmark.
"""

import argparse
import json
import os
import sys
import time
from multiprocessing import Pool

import trafilatura

SETTINGS = dict(fast=False, include_comments=False, include_tables=True, include_formatting=False)


def pages(kind, corpus):
    """[(id, path)] in id order."""
    if kind == "readability":
        names = sorted(n for n in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, n, "source.html")))
        return [(n, os.path.join(corpus, n, "source.html")) for n in names]
    with open(os.path.join(corpus, "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    return [(n, os.path.join(corpus, "pages", n)) for n in sorted(truth)]


def predict(job):
    kind, pid, path = job
    with open(path, "rb") as f:
        data = f.read()
    t0 = time.perf_counter()
    try:
        text = trafilatura.extract(data, **SETTINGS)
    except Exception as e:  # a crash finds nothing, as in the benchmark
        print(f"{pid}: {type(e).__name__}: {e}", file=sys.stderr)
        text = None
    secs = time.perf_counter() - t0
    out = {"textContent": text or "", "time_s": round(secs, 6)}
    if kind == "readability":
        try:
            html = trafilatura.extract(data, output_format="html", **SETTINGS)
        except Exception as e:
            print(f"{pid} (html): {type(e).__name__}: {e}", file=sys.stderr)
            html = None
        out["content"] = html or ""
        try:
            meta = trafilatura.extract_metadata(data)
        except Exception as e:
            print(f"{pid} (metadata): {type(e).__name__}: {e}", file=sys.stderr)
            meta = None
        m = meta.as_dict() if meta else {}
        out.update(
            title=m.get("title"),
            byline=m.get("author"),
            excerpt=m.get("description"),
            siteName=m.get("sitename"),
            publishedTime=m.get("date"),
            lang=m.get("language"),
        )
    return pid, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["readability", "trafilatura"])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()

    jobs = [(args.kind, pid, path) for pid, path in pages(args.kind, args.corpus)]
    preds = {}
    with Pool(args.jobs) as pool:
        for pid, out in pool.imap(predict, jobs, chunksize=4):
            preds[pid] = out
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(preds, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"trafilatura {trafilatura.__version__} (Python {sys.version.split()[0]}, {args.jobs} processes): "
          f"{len(preds)} {args.kind} pages -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
