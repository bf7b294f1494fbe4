"""Gold-entity oracle and scoring driver for statement extraction.

``oracle_doc(gold)`` analyses a gold article with the real segmenter and tokenizer but takes its entities
from the gold annotation (every name and alias located in the text), so statements can be measured apart
from NER errors. ``python tests/statements/oracle.py OUTDIR [--pipeline] [--only a,b]`` writes one analysed
JSON per gold article for ../shared/eval/score_docs.py.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.document import Document, Entity, Mention, Span
from marsad.pipeline import analyze
from marsad.statements import extract
from marsad.text import segment, tokenize

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gold" / "dev"
_PREFIX = "(?:و|ف)?(?:ب|ل|ك)?"


def _locate(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        pat = re.compile(r"(?<!\w)" + _PREFIX + "(" + re.escape(name) + r")(?!\w)")
        for m in pat.finditer(text):
            s, e = m.span(1)
            if not any(s < b and a < e for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


def oracle_doc(gold: dict) -> Document:
    doc = Document(text=gold["text"], meta={"id": gold["id"]})
    segment.annotate(doc)
    tokenize.annotate(doc)
    # longest names first over all entities, so "مفوضية الأمم المتحدة" is not cut into "الأمم المتحدة"
    names = sorted(((n, i) for i, g in enumerate(gold["entities"]) for n in {g["name"], *g.get("aliases", [])}),
                   key=lambda x: -len(x[0]))
    taken: list[tuple[int, int, int]] = []
    for name, i in names:
        for s, e in _locate(doc.text, [name]):
            if not any(s < b and a < e for a, b, _ in taken):
                taken.append((s, e, i))
    for i, g in enumerate(gold["entities"]):
        spans = sorted((s, e) for s, e, k in taken if k == i)
        ent = Entity(id=f"E{i + 1}", type=g["type"], name=g["name"], titles=list(g.get("titles", [])),
                     mentions=[Span(s, e, doc.text[s:e]) for s, e in spans])
        doc.entities.append(ent)
        doc.mentions += [Mention(s, e, doc.text[s:e], g["type"], ent.id) for s, e in spans]
    doc.mentions.sort(key=lambda m: m.start)
    return extract.annotate(doc)


def gold_files(only: set[str] | None = None) -> list[dict]:
    out = []
    for f in sorted(GOLD.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if not only or g["id"] in only:
            out.append(g)
    return out


def main(argv: list[str]) -> None:
    outdir = Path(argv[0])
    outdir.mkdir(parents=True, exist_ok=True)
    only = None
    if "--only" in argv:
        only = set(argv[argv.index("--only") + 1].split(","))
    for g in gold_files(only):
        doc = analyze(g["text"], meta={"id": g["id"]}) if "--pipeline" in argv else oracle_doc(g)
        doc.id = g["id"]
        doc.check_offsets()
        (outdir / f"{g['id']}.json").write_text(doc.dumps(), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
