#!/usr/bin/env python3
"""Scores Python trafilatura on trafilatura-eval the way `sitrep eval clean` scores sitrep.

Same pages (evaldata.json entries sorted by key, html/<file>.gz read and gunzipped before the
clock starts), same snippet scoring (whitespace-normalised substring match: a "with" snippet
found is a TP, missed an FN; a "without" snippet found an FP, absent a TN; a crash is a full
miss), same splits (first half of the keys = tuning half, second half, all), same timing
(extraction only, one thread, bytes in).

usage: score_trafilatura.py DIR [--mode fallback|fast] [--json]
"""

import argparse
import gzip
import json
import os
import re
import sys
import time


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def count(item, result):
    if isinstance(result, str):
        res = norm(result)
        tp = sum(1 for w in item["with"] if norm(w) in res)
        fp = sum(1 for w in item["without"] if norm(w) in res)
    else:
        tp = fp = 0
    return [tp, fp, len(item["with"]) - tp, len(item["without"]) - fp]


def scores(c):
    tp, fp, fn, tn = c
    div = lambda a, b: a / b if b else 0.0
    return {
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": div(tp, tp + fp), "recall": div(tp, tp + fn),
        "f1": div(2 * tp, 2 * tp + fp + fn), "accuracy": div(tp + tn, tp + tn + fp + fn),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--mode", choices=["fallback", "fast"], default="fallback")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import trafilatura

    with open(os.path.join(args.dir, "evaldata.json"), encoding="utf-8") as f:
        data = json.load(f)
    keys = sorted(data)
    half = (len(keys) + 1) // 2
    pages = []
    for key in keys:
        path = os.path.join(args.dir, "html", data[key]["file"] + ".gz")
        with gzip.open(path, "rb") as f:
            pages.append((key, f.read()))

    opts = dict(include_comments=False, include_tables=True, include_formatting=False,
                fast=(args.mode == "fast"))
    results = []
    start = time.perf_counter()
    for _, html in pages:
        try:
            results.append(trafilatura.extract(html, **opts))
        except Exception:  # a crash counts as a full miss, as in trafilatura's own evaluation
            results.append(None)
    seconds = time.perf_counter() - start

    splits = [[0, 0, 0, 0] for _ in range(3)]
    for i, ((key, _), result) in enumerate(zip(pages, results)):
        c = count(data[key], result)
        for s in (0 if i < half else 1, 2):
            splits[s] = [a + b for a, b in zip(splits[s], c)]
    labels = [f"tune (1-{half})", f"test ({half + 1}-{len(keys)})", f"all ({len(keys)})"]
    name = f"trafilatura {trafilatura.__version__} ({args.mode})"
    pps = len(pages) / seconds if seconds else 0.0
    if args.json:
        rows = [dict(split=l, **scores(c)) for l, c in zip(labels, splits)]
        print(json.dumps({"extractor": name, "pages": len(pages), "seconds": seconds,
                          "pages_per_second": pps, "splits": rows}, indent=2))
        return
    print(f"{name:<16} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5} | {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}")
    for label, c in zip(labels, splits):
        s = scores(c)
        print(f"{label:<16} {c[0]:>5} {c[1]:>5} {c[2]:>5} {c[3]:>5} | {s['precision']:>6.3f} "
              f"{s['recall']:>6.3f} {s['f1']:>6.3f} {s['accuracy']:>6.3f}")
    print(f"{len(pages)} pages in {seconds:.2f} s: {pps:.1f} pages/s on one thread")


if __name__ == "__main__":
    sys.exit(main())
