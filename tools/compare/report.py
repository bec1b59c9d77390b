#!/usr/bin/env python3
"""Scores the three extractors' predictions and prints one markdown table.

    python3 tools/compare/report.py --corpus ../shared/corpus \
        --tools ../shared/tools --dir target/compare

Reads <dir>/{lector,readabilityjs,trafilatura}-{readability,trafilatura}.json
(written by the predict scripts), runs the shared scorers on them:

  * score.py --truth CORPUS/readability --pred ... --pred-html-field content
    (text F1 of 4-token shingles on the HTML `content` field, plus the
    metadata exact-match rates);
  * segments.py --truth CORPUS/trafilatura --pred ...
    (with/without segments, micro-averaged P/R/F1, and the median of the
    per-page `time_s`);

and writes <dir>/results.md (the table) and <dir>/results.json (the
scorers' own JSON plus the timings). Every number in the table comes from
those two scorers' JSON, except the Readability-corpus median time, which is
the median of the predictions' `time_s` computed here. Python standard
library only.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

ROWS = [
    ("lector", "Lector", "native Rust, 1 thread: decode + html5ever parse + extract"),
    ("readabilityjs", "Readability.js", "JS in headless Chromium: cloneNode + parse() on the live DOM (browser HTML parse not included)"),
    ("trafilatura", "trafilatura", "Python, extract(html_bytes) incl. lxml parse"),
]


def run(cmd):
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def median_ms(pred_file):
    with open(pred_file, encoding="utf-8") as f:
        preds = json.load(f)
    ts = [e["time_s"] for e in preds.values() if isinstance(e, dict) and isinstance(e.get("time_s"), (int, float))]
    return (statistics.median(ts) * 1000 if ts else None), len(ts)


def f3(x):
    return "n/a" if x is None else f"{x:.3f}"


def ms(x):
    return "–" if x is None else f"{x:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--tools", default="../shared/tools")
    ap.add_argument("--dir", default="target/compare")
    ap.add_argument("--python", default=sys.executable, help="interpreter for the scorers")
    args = ap.parse_args()

    d = args.dir
    rdb = {k: os.path.join(d, f"{k}-readability.json") for k, _, _ in ROWS}
    trf = {k: os.path.join(d, f"{k}-trafilatura.json") for k, _, _ in ROWS}
    score_json = os.path.join(d, "score-readability.json")
    seg_json = os.path.join(d, "segments-trafilatura.json")
    run([args.python, os.path.join(args.tools, "score.py"), "--truth", os.path.join(args.corpus, "readability"),
         "--pred", *rdb.values(), "--pred-html-field", "content", "--json", score_json])
    run([args.python, os.path.join(args.tools, "segments.py"), "--truth", os.path.join(args.corpus, "trafilatura"),
         "--pred", *trf.values(), "--json", seg_json])
    with open(score_json, encoding="utf-8") as f:
        score = json.load(f)
    with open(seg_json, encoding="utf-8") as f:
        seg = json.load(f)

    results = {}
    for key, name, runtime in ROWS:
        s = score[f"{key}-readability"]
        g = seg[f"{key}-trafilatura"]["overall"]
        r_ms, r_n = median_ms(rdb[key])
        results[name] = {
            "runtime": runtime,
            "readability_corpus": {
                "pages": s["n_pages"],
                "text_f1": s["f1"], "text_f1_std": s["f1_std"],
                "text_precision": s["precision"], "text_recall": s["recall"],
                "title_exact": s["metadata"]["title"]["match"],
                "byline_exact": s["metadata"]["byline"]["match"],
                "metadata": s["metadata"],
                "time_median_ms": r_ms, "timed_pages": r_n,
            },
            "trafilatura_corpus": {
                **{k: g[k] for k in ("pages", "precision", "recall", "f1", "accuracy", "tp", "fp", "fn", "tn", "empty")},
                "time_median_ms": None if g.get("time_median_s") is None else g["time_median_s"] * 1000,
                "timed_pages": g.get("timed_pages"),
            },
        }

    lines = [
        "| extractor | readability corpus: text F1 | title / byline exact | trafilatura corpus: P / R / F1 "
        "| median ms/page (readability / trafilatura corpus) | timed runtime |",
        "|---|---|---|---|---|---|",
    ]
    for key, name, runtime in ROWS:
        r, t = results[name]["readability_corpus"], results[name]["trafilatura_corpus"]
        lines.append(
            f"| {name} | {f3(r['text_f1'])} ± {r['text_f1_std']:.3f} | {f3(r['title_exact'])} / {f3(r['byline_exact'])} "
            f"| {f3(t['precision'])} / {f3(t['recall'])} / {f3(t['f1'])} "
            f"| {ms(r['time_median_ms'])} / {ms(t['time_median_ms'])} | {runtime} |"
        )
    notes = [
        "",
        f"Readability corpus: {results['Lector']['readability_corpus']['pages']} pages, score.py --pred-html-field content "
        "(4-token shingle F1 of the `content` HTML's text against expected.html; ± = bootstrap std); "
        "title/byline = exact match after whitespace collapse, over all pages (null = missing = empty).",
        f"Trafilatura corpus: {results['Lector']['trafilatura_corpus']['pages']} pages, segments.py (micro-averaged "
        "with/without segments on textContent).",
        "Times are each run's own per-page `time_s`, in three different runtimes (last column), wall clock on "
        "whatever else the machine runs at the time; they are not a like-for-like speed comparison.",
        "",
        "Caveats: the Readability corpus is Readability.js's own test suite (expected.html is its output), and "
        "the trafilatura corpus is trafilatura's own development set; each favours its owner.",
        "trafilatura: `extract(html_bytes, fast=False, include_comments=False, include_tables=True, "
        "include_formatting=False)`, no URL; its Readability-corpus `content` is the same call with "
        "output_format=\"html\", and its title/byline come from `extract_metadata(html_bytes)` (title, author).",
        "Readability.js: `new Readability(document.cloneNode(true)).parse()`, default options, page scripts off; "
        "pages requested at Lector's URLs (http://fakehost/test/page.html; the trafilatura page's `url`), "
        "except the trafilatura corpus's `hard::` entries: http://fakehost/trafilatura/<file> where Lector has none.",
    ]
    table = "\n".join(lines + notes) + "\n"
    with open(os.path.join(d, "results.md"), "w", encoding="utf-8") as f:
        f.write(table)
    with open(os.path.join(d, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    print(table)


if __name__ == "__main__":
    main()
