#!/usr/bin/env python3
"""Measure entity resolution and English names on the gold articles.

  --mode oracle    mentions are the gold entities' names and those aliases a name tagger could find (an
                   alias sharing a word with the name, or a name the lexicon knows: "بوتين", "داعش"; not
                   titles or descriptions like "التكتل", which resolution has to find itself), so only
                   clustering and naming are measured
  --mode pipeline  the full marsad.pipeline.analyze (NER mentions)
Writes one analysed-document JSON per article to --out and runs ../shared/eval/score_docs.py on it.
--no-manual leaves the hand-written names out of the lexicon (nationality/head/descriptor/word rows
kept), to see how much the English names owe to it; --manual-minus-gold leaves out only the hand-written
names that occur in the gold articles (what an article about other people and places would see).

Usage: python scripts/eval_entities.py [--mode oracle] [--gold DIR] [--out DIR] [--show N]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marsad.document import Document, Mention  # noqa: E402
from marsad.entities import cluster, names  # noqa: E402
from marsad.entities.titles import HEADS  # noqa: E402
from marsad.entities.arabic import clitic_variants, fold, words  # noqa: E402

SHARED = ROOT.parent / "shared"
LETTER = r"\u0621-\u064a"


def oracle_mentions(gold: dict) -> list[Mention]:
    text = gold["text"]
    forms = []
    for e in gold["entities"]:
        titles = set(e.get("titles") or [])
        name_words = set(words(e["name"]))
        name_words |= {v for w in name_words for v in clitic_variants(w)}
        for f in [e["name"], *e.get("aliases", [])]:
            first = fold(f.split()[0]) if f.split() else ""
            if f != e["name"] and (f in titles or first in HEADS or not (
                    name_words & set(words(f)) or names.lookup(f, e["type"]))):
                continue
            forms.append((f, e["type"]))
    forms.sort(key=lambda x: -len(x[0]))
    out: list[Mention] = []
    for f, t in forms:
        # gold writes "فرنسا" for "لفرنسا": a mention may carry a prefix clitic, as tagger output does
        for m in re.finditer(rf"(?<![{LETTER}])(?:[وف]?[بلك]?){re.escape(f)}(?![{LETTER}])", text):
            if not any(m.start() < x.end and x.start < m.end() for x in out):
                out.append(Mention(m.start(), m.end(), m.group(), t))
    return sorted(out, key=lambda m: m.start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mode", choices=("oracle", "pipeline"), default="oracle")
    ap.add_argument("--gold", type=Path, default=SHARED / "data/gold/dev")
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "marsad-entities-eval")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--no-manual", action="store_true")
    ap.add_argument("--manual-minus-gold", action="store_true")
    a = ap.parse_args()
    if a.no_manual or a.manual_minus_gold:
        tmp = Path(tempfile.mkdtemp())
        for p in names.DATA.glob("names_*"):
            shutil.copy(p, tmp / p.name)
        rows = (names.DATA / "names_manual.tsv").read_text(encoding="utf-8").splitlines()
        gold_keys = set()
        for f in a.gold.glob("*.json"):
            for e in json.loads(f.read_text(encoding="utf-8"))["entities"]:
                gold_keys |= {" ".join(words(x)) for x in [e["name"], *e.get("aliases", [])]}

        def keep(row: str) -> bool:
            col = row.split("\t")
            if row.startswith(("#", "DEM", "HEAD", "DESC", "WORD")) or len(col) < 3:
                return True
            return a.manual_minus_gold and not any(" ".join(words(x)) in gold_keys for x in col[2].split("|"))
        (tmp / "names_manual.tsv").write_text("\n".join(filter(keep, rows)) + "\n", encoding="utf-8")
        names.DATA = tmp
    a.out.mkdir(parents=True, exist_ok=True)
    for f in sorted(a.gold.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if a.mode == "oracle":
            doc = Document(text=gold["text"], meta={"id": gold["id"]})
            doc.mentions = oracle_mentions(gold)
            doc = cluster.annotate(doc)
        else:
            from marsad.pipeline import analyze
            doc = analyze(gold["text"], meta={"id": gold["id"]})
        doc.check_offsets()
        (a.out / f"{gold['id']}.json").write_text(doc.dumps(), encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval/score_docs.py"), "--gold", str(a.gold), "--pred", str(a.out)]
    if a.show:
        cmd += ["--show", str(a.show)]
    subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
