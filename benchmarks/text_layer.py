"""Speed of the text layer (segment + tokenize with norm and clitic pieces) on one core.

    .venv/bin/python benchmarks/text_layer.py [N] [--corpus PATH]

Reads the first N articles (default 3000) of the shared ANT corpus (title + blank line + text, as the
ingest readers build it), runs segment.annotate + tokenize.annotate in this process, and prints
tokens/s and MB/s per CPU second of this process (the wall time is printed too; on a shared machine
it is longer). The word-count lexicon is loaded before timing; the first pass starts with empty
per-word caches (clitic split, norm), the second reuses them as a long-running worker would.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from marsad.document import Document
from marsad.text import clitics, normalize, segment, tokenize

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"


def load(path: Path, n: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            texts.append(f"{art.get('title') or ''}\n\n{art.get('text') or ''}".strip())
            if len(texts) >= n:
                break
    return texts


def run(texts: list[str]) -> tuple[int, float, float]:
    """Tokens made, CPU seconds of this process, wall seconds (the machine may be shared)."""
    tokens = 0
    c0, w0 = time.process_time(), time.perf_counter()
    for text in texts:
        doc = tokenize.annotate(segment.annotate(Document(text, id="bench")))
        tokens += len(doc.tokens)
    return tokens, time.process_time() - c0, time.perf_counter() - w0


def main() -> None:
    ap = argparse.ArgumentParser(description="text layer speed on one core")
    ap.add_argument("n", nargs="?", type=int, default=3000, help="number of articles (default 3000)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    texts = load(args.corpus, args.n)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    clitics._counts()  # lexicon load is a one-off start-up cost, timed apart
    print(f"{len(texts):,} articles, {mb:.1f} MB UTF-8")
    for label in ("cold word caches", "warm word caches"):
        if label.startswith("cold"):
            clitics.split.cache_clear()
            normalize.norm_word.cache_clear()
        tokens, cpu, wall = run(texts)
        print(f"{label}: {tokens:,} tokens; {tokens / cpu:,.0f} tokens/s, {mb / cpu:.2f} MB/s per CPU second "
              f"({cpu:.2f} s CPU, {wall:.2f} s wall)")


if __name__ == "__main__":
    main()
