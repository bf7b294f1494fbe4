#!/usr/bin/env python3
"""Audit marsad/data/names_manual.tsv: how many news articles use each hand-written name.

The hand-written list is meant for names that are common in Arabic news, not for names seen in the
gold dev articles. This counts, for every PER/ORG/LOC/MISC row, the ANT corpus articles (gold dev
articles excluded) that contain one of its Arabic forms, and with --prune drops rows used in fewer
than --min articles. Run it after adding names by hand.

    python scripts/audit_manual_names.py [--data ../shared/data] [--min 5] [--prune]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "marsad" / "data" / "names_manual.tsv"
WORD = re.compile(r"[\u0621-\u064a]+|[0-9]+|[A-Za-z]+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def fold(s: str) -> str:
    return re.sub("[\u064b-\u0652\u0640]", "", s).translate(_FOLD)


def variants(word: str) -> list[str]:
    """The word and the word without a leading conjunction/preposition clitic."""
    out = [word]
    if word.startswith("لل"):
        out.append("ال" + word[2:])
    if len(word) > 3 and word[0] in "وفبلك":
        out.append(word[1:])
        if word[1] in "بلك" and len(word) > 4:
            out.append(word[2:])
    return out


def count(data: Path, rows: list[tuple[str, str, list[str]]]) -> collections.Counter:
    forms: dict[str, set[int]] = collections.defaultdict(set)
    for i, (_, _, arabic) in enumerate(rows):
        for a in arabic:
            forms[" ".join(WORD.findall(fold(a)))].add(i)
    longest = max(len(f.split()) for f in forms)
    dev = {p.stem for p in (data / "gold" / "dev").glob("*.json")}
    counts: collections.Counter = collections.Counter()
    with gzip.open(data / "corpus" / "ant_v2_multisource.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in dev:
                continue
            words = WORD.findall(fold(f"{rec.get('title') or ''} {rec.get('text') or ''}"))
            seen: set[int] = set()
            for i, first in enumerate(words):
                for s in variants(first):
                    for n in range(1, longest + 1):
                        if n > 1:
                            if i + n - 1 >= len(words):
                                break
                            s = f"{s} {words[i + n - 1]}"
                        if s in forms:
                            seen |= forms[s]
            counts.update(seen)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--min", type=int, default=5, help="fewest corpus articles a row must appear in")
    ap.add_argument("--prune", action="store_true", help="drop rows below --min from the file")
    args = ap.parse_args()
    lines = MANUAL.read_text(encoding="utf-8").split("\n")
    rows, where = [], []
    for n, line in enumerate(lines):
        parts = line.split("\t")
        if len(parts) >= 3 and parts[0] in ("PER", "ORG", "LOC", "MISC"):
            rows.append((parts[0], parts[1], [a.strip() for a in parts[2].split("|") if a.strip()]))
            where.append(n)
    counts = count(args.data, rows)
    rare = [i for i in range(len(rows)) if counts[i] < args.min]
    for i in rare:
        print(f"{counts[i]:4d}  {rows[i][0]:4s} {rows[i][1]}")
    print(f"{len(rare)} of {len(rows)} names appear in fewer than {args.min} corpus articles")
    if args.prune and rare:
        drop = {where[i] for i in rare}
        MANUAL.write_text("\n".join(l for n, l in enumerate(lines) if n not in drop), encoding="utf-8")
        print(f"pruned {len(drop)} rows from {MANUAL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
