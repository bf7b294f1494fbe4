"""Statement extraction cost per article, next to the whole pipeline's, over corpus articles.

Each article is analysed by the pipeline up to entities; the statements step is then timed on its own.
Prints ms per article (mean, p50, p95) for the statements step and for the whole pipeline, statements per
article, and the statements step's share of the pipeline time. Figures are printed, never asserted.

    python benchmarks/statements.py               # 300 articles spread over the ANT v2 corpus
    python benchmarks/statements.py --limit 100
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from pathlib import Path

from marsad.pipeline import DEFAULT_STEPS, InputError, Options, analyze
from marsad.statements import extract

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"


def sample(path: Path, limit: int, stride: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % stride:
                continue
            row = json.loads(line)
            texts.append(((row.get("title") or "") + "\n\n" + (row.get("text") or "")).strip())
            if len(texts) >= limit:
                break
    return texts


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--stride", type=int, default=97, help="take every Nth article of the corpus")
    a = ap.parse_args()
    texts = sample(a.corpus, a.limit, a.stride)
    before = Options(steps=tuple(s for s in DEFAULT_STEPS if s != "statements"))
    analyze(texts[0])  # load the models once, outside the timings
    st_ms, pre_ms, n_st, chars, failed = [], [], 0, 0, 0
    for text in texts:
        try:
            t0 = time.perf_counter()
            doc = analyze(text, options=before)
            t1 = time.perf_counter()
        except InputError:
            continue
        except Exception:  # an earlier step failing is reported, not hidden
            failed += 1
            continue
        extract.annotate(doc)
        t2 = time.perf_counter()
        pre_ms.append((t1 - t0) * 1000)
        st_ms.append((t2 - t1) * 1000)
        n_st += len(doc.statements)
        chars += len(doc.text)
    total = [p + s for p, s in zip(pre_ms, st_ms)]
    n = len(st_ms)
    print(f"articles           {n} (mean {chars / max(n, 1):,.0f} characters; {failed} failed in earlier steps)")
    print(f"statements/article {n_st / max(n, 1):.2f}")
    for name, xs in (("statements step", st_ms), ("whole pipeline", total)):
        print(f"{name:18s} mean {statistics.mean(xs):7.2f} ms  p50 {pct(xs, 0.5):7.2f} ms  p95 {pct(xs, 0.95):7.2f} ms")
    print(f"statements share   {sum(st_ms) / sum(total):.1%} of pipeline time")


if __name__ == "__main__":
    main()
