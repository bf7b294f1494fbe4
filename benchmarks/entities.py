"""Entity resolution and English naming speed.

Prints: lexicon load time (first call), the shipped lexicons' sizes in memory (entries), and the time of
marsad.entities.cluster.annotate per article over the bundled sample corpus (tagger mentions computed
once beforehand, so only resolution is timed), plus the character model's words/s.

Usage: python benchmarks/entities.py [N_ARTICLES]   (default 200)
"""
from __future__ import annotations

import copy
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    from marsad.entities import cluster, names
    from marsad.pipeline import Options, analyze

    t0 = time.perf_counter()
    lex = names.lexicons()
    names.char_model()
    print(f"lexicon load: {time.perf_counter() - t0:.2f} s  (names {len(lex.names):,}, name words "
          f"{len(lex.tokens):,}, glossary {len(lex.glossary):,})")

    texts = []
    with gzip.open(ROOT / "marsad/samples/corpus.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            texts.append(d.get("text") or "")
            if len(texts) >= n:
                break
    steps = ("segment", "tokenize", "ner")
    docs = [analyze(t, options=Options(steps=steps)) for t in texts if t.strip()]
    mentions = sum(len(d.mentions) for d in docs)
    work = [copy.deepcopy(d) for d in docs]
    t0 = time.perf_counter()
    for d in work:
        cluster.annotate(d)
    dt = time.perf_counter() - t0
    ents = sum(len(d.entities) for d in work)
    print(f"resolution: {len(work)} articles, {mentions:,} tagger mentions -> {ents:,} entities in {dt:.2f} s "
          f"({1000 * dt / max(1, len(work)):.1f} ms/article)")

    model = names.char_model()
    words = [w for d in work for e in d.entities for w in e.name.split()][:2000]
    t0 = time.perf_counter()
    for w in words:
        model.best(w)
    dt = time.perf_counter() - t0
    print(f"character model: {len(words) / dt:,.0f} words/s")


if __name__ == "__main__":
    main()
