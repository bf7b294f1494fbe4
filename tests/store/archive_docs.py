"""Hand-built analysed Documents for the store tests (no NER model needed)."""
from __future__ import annotations

import re

from marsad.document import Cue, Document, Entity, Span, Speaker, Statement
from marsad.store.search import words


def make_doc(title: str, body: str, *, entities=(), statements=(), **meta) -> Document:
    """A hand-built analysed Document. ``entities``: (type, name, name_en, [surface forms]) - every
    occurrence of each form is a mention. ``statements``: (speaker name or None, cue, stance, content)."""
    text = f"{title}\n\n{body}"
    doc = Document(text=text, meta={"title": title, **meta})
    for n, (type_, name, name_en, forms) in enumerate(entities, 1):
        ent = Entity(id=f"E{n}", type=type_, name=name, name_en=name_en,
                     key=f"{type_}:{' '.join(words(name))}")
        for form in forms:
            for m in re.finditer(re.escape(form), text):  # longer forms first; skip their insides
                if not any(s.start <= m.start() < s.end for e in doc.entities + [ent] for s in e.mentions):
                    ent.mentions.append(Span(m.start(), m.end(), form))
        ent.mentions.sort(key=lambda s: s.start)
        doc.entities.append(ent)
    for n, (speaker, cue, stance, content) in enumerate(statements, 1):
        ent = next((e for e in doc.entities if e.name == speaker), None)
        c, s = text.index(cue), text.index(content)
        doc.statements.append(Statement(
            id=f"S{n}", speaker=Speaker(ent.id if ent else None, None if ent else speaker),
            cue=Cue(c, c + len(cue), cue, stance), content=Span(s, s + len(content), content), kind="direct"))
    doc.check_offsets()
    return doc
