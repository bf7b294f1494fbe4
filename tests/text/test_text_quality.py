"""The text layer measured on the gold articles of ../shared/data/gold/dev (skips without it).

Clitics: names are written without their clitic (guidelines: "بفرنسا" is annotated "فرنسا"), so in the article text
a token that is a clitic + a gold name must split at the name, and a token that is exactly a gold name
must not be split inside it (the article ال aside).
"""
from __future__ import annotations

import json

import pytest

from marsad.document import Document
from marsad.text import segment
from marsad.text.tokenize import tokenize

PROCLITICS = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}


@pytest.mark.quality
def test_clitics_on_gold_entity_names(shared):
    names: set[str] = set()
    texts = []
    for path in sorted((shared / "data" / "gold" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        texts.append(gold["text"])
        for ent in gold["entities"]:
            for form in [ent["name"], *ent.get("aliases", [])]:
                first = form.split()[0]
                if first[:1] not in PROCLITICS or first[1:] not in names:  # skip names that are clitic forms
                    names.add(first)
    bare = bare_split = prefixed = prefixed_ok = 0
    for text in texts:
        for tok in tokenize(text):
            if tok.kind != "word":
                continue
            cuts = {p.start - tok.start for p in tok.pieces[1:]}
            if tok.text in names:
                bare += 1
                article = {2} if tok.text.startswith("ال") else {1, 2} if tok.text.startswith("لل") else set()
                bare_split += bool(cuts - article)
                continue
            for n in range(1, 3):
                if tok.text[:n] in PROCLITICS and tok.text[n:] in names and len(tok.text) - n >= 3:
                    prefixed += 1
                    prefixed_ok += n in cuts
                    break
    print(f"bare names split inside: {bare_split}/{bare}; clitic + name split at the name: {prefixed_ok}/{prefixed}")
    assert bare > 1000 and prefixed > 100
    assert bare_split / bare < 0.02
    assert prefixed_ok / prefixed > 0.85


@pytest.mark.quality
def test_gold_statement_contents_stay_inside_one_sentence(shared):
    """Annotators draw a statement's content inside one sentence (a quotation that goes on counts as one);
    a splitter that cuts at every full stop cuts 17 of the 408 dev contents."""
    contents = cut = 0
    for path in sorted((shared / "data" / "gold" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = gold["text"]
        ends = [s.end for s in segment.annotate(Document(text)).sentences]
        for st in gold["statements"]:
            if not st["content"] or st["content"] not in text:
                continue
            i = text.index(st["content"])
            j = i + len(st["content"])
            contents += 1
            cut += any(i < e < j and text[e:j].strip() for e in ends)
    print(f"statement contents cut by a sentence end: {cut}/{contents}")
    assert contents > 350
    assert cut <= 3
