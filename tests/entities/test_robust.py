"""Resolution never breaks on odd input: random Arabic-like text with random tagger mentions."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document, Mention
from marsad.entities import cluster
from marsad.entities.arabic import words

ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ" + "ـًٌٍَُِّْ" + "  ،.:()\n#_1" + "abc"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=200), st.data())
def test_any_text_and_mentions_give_consistent_entities(text, data):
    doc = Document(text)
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    ms = []
    for s, e in data.draw(st.lists(st.sampled_from(spans), max_size=6, unique=True)) if spans else []:
        if not any(s < m.end and m.start < e for m in ms):
            ms.append(Mention(s, e, text[s:e], data.draw(st.sampled_from(["PER", "LOC", "ORG", "MISC"]))))
    doc.mentions = ms
    cluster.annotate(doc)
    doc.check_offsets()
    ids = {e.id for e in doc.entities}
    # a mention with a letter or digit belongs to an entity; punctuation alone is no name and stays unlinked
    assert all(m.entity in ids for m in doc.mentions if words(m.text))
    for e in doc.entities:
        assert e.mentions and e.key.startswith(e.type + ":")
        assert e.name_en is None or e.name_en_source in ("lexicon", "transliterated")
