#!/usr/bin/env python3
"""Lector's Python package against trafilatura and resiliparse on one WARC.

    python bench.py --warc corpus.warc.gz --corpus ../shared/corpus \\
        --segments ../shared/tools/segments.py --out target/bench

Every extractor gets the same HTML responses, read once from the archive
(`make_warc.py` builds it from the shared corpora), in a fresh worker
process of its own:

  lector            lector.extract(body, url)["textContent"]
  lector-warc       lector.iter_warc(path): WARC reading and gunzip included
  trafilatura       trafilatura.extract(body, ...) with the settings of its
                    official benchmark (as tools/compare/ runs it)
  resiliparse       extract_plain_text(HTMLTree.parse_from_bytes(body,
                    detect_encoding(body)), main_content=True)

Speed is pages per second of CPU time on one thread (time.thread_time), so
it is per core and barely moved by other work on the machine; wall-clock
rates are reported beside it. Memory is each worker's peak resident set
while extracting (VmHWM, reset after the pages are loaded), in total and
above the pages it holds (the bodies, loaded before timing).
Quality is segments.py's F1 on the trafilatura corpus pages of the archive.
Writes OUT/python.json and OUT/python.md.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import time

TRAFILATURA_SETTINGS = dict(fast=False, include_comments=False, include_tables=True,
                            include_formatting=False)
TOOLS = ["lector", "lector-warc", "trafilatura", "resiliparse"]


def read_warc(path):
    """(url, body) of each 2xx text/html response, a small reader of the
    records make_warc.py writes (one gzip member each, Content-Length set)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    pages, pos = [], 0
    while pos < len(data):
        head_end = data.index(b"\r\n\r\n", pos)
        fields = {}
        for line in data[pos:head_end].split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            fields[k.strip().lower().decode("ascii", "replace")] = v.strip().decode("utf-8", "replace")
        length = int(fields["content-length"])
        block = data[head_end + 4: head_end + 4 + length]
        pos = head_end + 4 + length + 4
        if fields.get("warc-type") != "response":
            continue
        http_end = block.index(b"\r\n\r\n")
        http = block[:http_end].split(b"\r\n")
        status = int(http[0].split()[1])
        ctype = next((h.split(b":", 1)[1].strip().decode() for h in http[1:]
                      if h.lower().startswith(b"content-type:")), "")
        if 200 <= status < 300 and ctype.split(";")[0].strip() == "text/html":
            pages.append((fields["warc-target-uri"], block[http_end + 4:]))
    return pages


def memory_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def worker(tool, warc, out):
    """Runs one extractor over the archive; writes texts and timings."""
    pages = read_warc(warc)
    if tool in ("lector", "lector-warc"):
        import lector
    elif tool == "trafilatura":
        import trafilatura
    else:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree
    loaded_kb = memory_kb("VmRSS")
    # Reset the peak (Linux: "5" to clear_refs), so that VmHWM below is the
    # peak while extracting, not while the archive was read into memory.
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    texts = {}
    cpu0, wall0 = time.thread_time(), time.perf_counter()
    if tool == "lector-warc":
        for page in lector.iter_warc(warc):
            texts[page["url"]] = (page["article"] or {}).get("textContent", "")
    else:
        for url, body in pages:
            try:
                if tool == "lector":
                    a = lector.extract(body, url)
                    text = a["textContent"] if a else ""
                elif tool == "trafilatura":
                    text = trafilatura.extract(body, **TRAFILATURA_SETTINGS) or ""
                else:
                    tree = HTMLTree.parse_from_bytes(body, detect_encoding(body))
                    text = extract_plain_text(tree, main_content=True)
            except Exception as e:  # a crash finds nothing
                print(f"{tool}: {url}: {type(e).__name__}: {e}", file=sys.stderr)
                text = ""
            texts[url] = text
    cpu, wall = time.thread_time() - cpu0, time.perf_counter() - wall0
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"tool": tool, "pages": len(texts), "cpu_s": cpu, "wall_s": wall,
                   "peak_kb": memory_kb("VmHWM"), "loaded_kb": loaded_kb,
                   "texts": texts}, f, ensure_ascii=False)


def version(tool):
    try:
        from importlib.metadata import version as v
        return v({"lector-warc": "lector"}.get(tool, tool))
    except Exception:
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--warc", required=True)
    ap.add_argument("--corpus", required=True, help="the shared corpus folder")
    ap.add_argument("--segments", required=True, help="shared/tools/segments.py")
    ap.add_argument("--out", required=True, help="folder for python.json and python.md")
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        worker(a.worker, a.warc, a.worker_out)
        return

    os.makedirs(a.out, exist_ok=True)
    truth_path = os.path.join(a.corpus, "trafilatura", "truth.json")
    with open(truth_path, encoding="utf-8") as f:
        # The addresses make_warc.py gives the pages.
        by_url = {(v.get("url") or "").strip() or f"http://trafilatura.test/{name}": name
                  for name, v in json.load(f).items()}
    results = {}
    for tool in a.tools.split(","):
        raw = os.path.join(a.out, f"{tool}-run.json")
        print(f"== {tool}", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, __file__, "--warc", a.warc, "--corpus", a.corpus,
                        "--segments", a.segments, "--out", a.out,
                        "--worker", tool, "--worker-out", raw], check=True)
        with open(raw, encoding="utf-8") as f:
            run = json.load(f)
        # segments.py reads {page file: {"textContent": ...}}.
        preds = {by_url[u]: {"textContent": t} for u, t in run.pop("texts").items() if u in by_url}
        pred_path = os.path.join(a.out, f"{tool}-trafilatura.json")
        with open(pred_path, "w", encoding="utf-8") as f:
            json.dump(preds, f, ensure_ascii=False)
        score_path = os.path.join(a.out, f"{tool}-segments.json")
        subprocess.run([sys.executable, a.segments, "--truth", os.path.dirname(truth_path),
                        "--pred", pred_path, "--allow-missing", "--json", score_path],
                       check=True, stdout=subprocess.DEVNULL)
        with open(score_path, encoding="utf-8") as f:
            overall = next(iter(json.load(f).values()))["overall"]
        run.update(version=version(tool), pages_per_cpu_s=run["pages"] / run["cpu_s"],
                   pages_per_wall_s=run["pages"] / run["wall_s"],
                   f1=overall["f1"], precision=overall["precision"], recall=overall["recall"],
                   scored_pages=overall["pages"] - overall.get("missing", 0))
        os.remove(raw)
        results[tool] = run
        print(f"   {run['pages']} pages, {run['pages_per_cpu_s']:.1f} pages/s per core, "
              f"peak {run['peak_kb'] / 1024:.0f} MB, F1 {run['f1']:.3f}", file=sys.stderr)

    base = results.get("trafilatura")
    lines = [
        f"Archive: `{os.path.basename(a.warc)}`, {next(iter(results.values()))['pages']} HTML "
        "responses; one thread per extractor, CPU time.",
        "",
        "| extractor | version | pages/s per core | pages/s wall | × trafilatura | peak RSS MB "
        "(above pages) | F1 (trafilatura corpus) | precision | recall |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for tool, r in results.items():
        ratio = f"{r['pages_per_cpu_s'] / base['pages_per_cpu_s']:.1f}" if base else "-"
        lines.append(
            f"| {tool} | {r['version']} | {r['pages_per_cpu_s']:.1f} | {r['pages_per_wall_s']:.1f} "
            f"| {ratio} | {r['peak_kb'] / 1024:.0f} ({(r['peak_kb'] - r['loaded_kb']) / 1024:.0f}) "
            f"| {r['f1']:.3f} | {r['precision']:.3f} | {r['recall']:.3f} |")
    md = "\n".join(lines) + "\n"
    with open(os.path.join(a.out, "python.md"), "w", encoding="utf-8") as f:
        f.write(md)
    with open(os.path.join(a.out, "python.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    print(md)


if __name__ == "__main__":
    main()
