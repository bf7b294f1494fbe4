#!/usr/bin/env python3
"""Build marsad/samples/corpus.jsonl.gz: the small archive `marsad serve` loads on first run.

A deterministic sample across the outlets of the ANT v2.1 corpus (Apache-2.0; article text © the outlets)
plus the project's seed article (marsad/samples/aleppo.txt, BBC Arabic). Articles are picked per source
by the SHA-1 of their id, so the same input always gives the same sample, with no bias toward any topic.

    python scripts/build_sample_corpus.py [--per-source 60]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"
SEED = ROOT / "marsad" / "samples" / "aleppo.txt"
OUT = ROOT / "marsad" / "samples" / "corpus.jsonl.gz"
FIELDS = ("id", "url", "source", "category", "title", "published", "text")
# short enough to keep the file small and the first-run ingest quick; long enough to carry quotes
MIN_CHARS, MAX_CHARS = 400, 3500


def seed_record() -> dict:
    text = SEED.read_text(encoding="utf-8").strip()
    headline, _, body = text.partition("\n")
    # the headline is kept as the title; the text stays as the seed file has it (headline first)
    return {"id": "bbc-aleppo-putin", "url": None, "source": "BBC", "category": "middleEast",
            "title": headline.strip(), "published": "2016-10-12", "text": text}


def sample(path: Path, per_source: int) -> list[dict]:
    by_source: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = (rec.get("text") or "").strip()
            if not rec.get("source", "").strip() or not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            rank = hashlib.sha1(rec["id"].encode("utf-8")).hexdigest()
            by_source[rec["source"]].append((rank, {k: rec.get(k) for k in FIELDS}))
    picked, texts = [], set()
    for source in sorted(by_source):
        taken = 0
        for _, rec in sorted(by_source[source], key=lambda x: x[0]):
            # outlets republish the same story under several ids: keep one copy
            if taken == per_source or rec["text"].strip() in texts:
                continue
            texts.add(rec["text"].strip())
            picked.append(rec)
            taken += 1
    return picked


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-source", type=int, default=60)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = [seed_record(), *sample(args.corpus, args.per_source)]
    buf = io.BytesIO()
    # mtime=0 keeps the gzip bytes identical from run to run
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as gz:
        for rec in records:
            gz.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    args.out.write_bytes(buf.getvalue())
    sources = defaultdict(int)
    for rec in records:
        sources[rec["source"]] += 1
    print(f"{args.out}: {len(records)} articles, {args.out.stat().st_size / 1024:.0f} KiB; "
          + ", ".join(f"{s} {n}" for s, n in sorted(sources.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
