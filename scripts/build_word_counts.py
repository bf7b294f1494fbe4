"""Build marsad/data/arabic_word_counts.tsv.gz: how often each Arabic word form occurs in the ANT v2 corpus.

The clitic segmenter (marsad/text/clitics.py) uses these counts to tell a clitic from a word's own
first/last letter (وقال = و + قال, but وزير is one word). Forms are keyed by ``clitics.key`` (no
diacritics, one alef); rare forms are dropped to keep the file small.

    .venv/bin/python scripts/build_word_counts.py [--min-count 4]
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import re
from collections import Counter
from pathlib import Path

from marsad.text.clitics import key

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"
OUT = ROOT / "marsad" / "data" / "arabic_word_counts.tsv.gz"
_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671]+")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-count", type=int, default=4)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            counts.update(map(key, _WORD.findall(f"{art.get('title') or ''}\n{art.get('text') or ''}")))
    kept = sorted(((w, c) for w, c in counts.items() if c >= args.min_count and len(w) > 1),
                  key=lambda x: (-x[1], x[0]))
    # mtime=0: the same corpus gives the same bytes
    with io.TextIOWrapper(gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0), encoding="utf-8") as f:
        f.write("# Arabic word-form counts from the ANT v2.1 corpus (Apache-2.0, Chouigui et al. 2021); "
                "built by scripts/build_word_counts.py\n")
        f.writelines(f"{w}\t{c}\n" for w, c in kept)
    print(f"{len(kept):,} forms (of {len(counts):,}) -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
