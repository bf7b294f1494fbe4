"""The extractor survives odd input: cut-off articles, unbalanced quotes, no entities at all."""
import random

from marsad.document import Document
from marsad.statements import extract
from marsad.text import segment, tokenize


def _run(text: str) -> Document:
    doc = Document(text=text)
    segment.annotate(doc)
    tokenize.annotate(doc)
    extract.annotate(doc)
    doc.check_offsets()
    return doc


def test_random_cuts_of_an_article(aleppo_text):
    rng = random.Random(7)
    for _ in range(60):
        a = rng.randrange(len(aleppo_text))
        b = min(len(aleppo_text), a + rng.randrange(1, 400))
        doc = _run(aleppo_text[a:b])
        for st in doc.statements:
            assert st.content.start < st.content.end and st.id.startswith("S")
            assert st.cue.stance and st.kind in ("direct", "indirect", "mixed")


def test_unbalanced_quotes_and_bare_cues():
    for text in ['وقال "', 'قال', '": وقال إن', 'وأضاف «لا شيء', "بحسب", "وقال: ", 'ونقلت عن', '"""']:
        _run(text)


def test_ids_are_sequential(aleppo_text):
    doc = _run(aleppo_text)
    assert [s.id for s in doc.statements] == [f"S{i}" for i in range(1, len(doc.statements) + 1)]
    assert len(doc.statements) >= 15
