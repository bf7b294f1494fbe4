"""Helpers for statement tests: a document with known entities, analysed up to statements."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from oracle import oracle_doc  # noqa: E402


@pytest.fixture
def analyse():
    """analyse(text, [(name, type, aliases, titles), ...]) -> Document with statements."""
    def run(text: str, entities: list[tuple] = ()):
        ents = [{"name": e[0], "type": e[1], "aliases": list(e[2]) if len(e) > 2 else [],
                 "titles": list(e[3]) if len(e) > 3 else []} for e in entities]
        doc = oracle_doc({"id": "t", "text": text, "entities": ents})
        doc.check_offsets()
        return doc
    return run


def speaker_name(doc, st):
    ent = doc.entity(st.speaker.entity)
    return ent.name if ent else st.speaker.text
