"""Speakers that are names the entity step does not have become entities.

The tagger misses names, so the extractor finds some speakers by their shape: a name NER did not tag
after a title ("منسق الأمم المتحدة للشؤون الإنسانية، بانوز مومزيس") or an outlet named after its outlet
word ("صحيفة هاآريتس الإسرائيلية"، "بحسب صحيفة "الشرق الأوسط""). Such a speaker is a named source like
any other: it becomes (or joins) an entity, with its other occurrences in the text as mentions.
"""
from __future__ import annotations

import re

from ..document import Document, Entity, Mention, Span
from ..entities import names
from ..entities.arabic import key
from ..entities.cluster import entity_key
from .cues import norm
from .words import FUNCTION, NAMED_HEADS, words_of

OUTLETS = words_of("صحيفة جريدة قناة مجلة وكالة شبكة موقع إذاعة الصحيفة الوكالة القناة")
# words after an outlet word that describe it rather than name it ("وكالة أنباء"، "موقع إخباري")
_NOT_NAMES = words_of("أنباء الأنباء إعلام الإعلام تلفزيون تلفزيونية إخبارية إخباري أخرى آخر نفسها ذاتها")
_WORD = re.compile(r"[^\s،,.:؛]+")
_QUOTED = re.compile(r'\s*["«“]([^"«»“”]{2,60})["»”]\s*$')
_LETTER = "\u0621-\u064a"


def outlet_name(text: str) -> tuple[int, int] | None:
    """Where the name is in an outlet phrase ("صحيفة هاآريتس الإسرائيلية" -> "هاآريتس"), else None."""
    toks = [(m.start(), m.end(), norm(m.group())) for m in _WORD.finditer(text)]
    if len(toks) < 2:
        return None
    quoted = _QUOTED.match(text, toks[0][1])
    if quoted and toks[0][2] in NAMED_HEADS:  # "جمعية "بي إي إن إنترناشيونال""
        return quoted.start(1), quoted.end(1)
    if toks[0][2] not in OUTLETS:
        return None
    end = 1
    while end < len(toks) and not toks[end][2].startswith("ال") and toks[end][2] not in FUNCTION \
            and toks[end][2] not in _NOT_NAMES and re.fullmatch(f"[{_LETTER}]+", toks[end][2]):
        end += 1
    names_ = [t[2] for t in toks[1:end]]
    if not names_ or names_[0] in OUTLETS:
        return None  # "موقع جريدة أخبار …": the name is the paper's, and it goes on
    if not names_ or len(names_) > 3 or any(w.endswith(("ية", "يه")) for w in names_) \
            or len(names_) == 1 and names_[0].endswith("ي"):
        return None  # "صحيفة محلية"، "موقع إلكتروني": a description, not a name
    # only nationality adjectives may follow the name ("الإسرائيلية"، "الروسية")
    if any(not (w.startswith("ال") and w.endswith(("ية", "يه", "ي"))) for _, _, w in toks[end:]):
        return None
    if names.known_type(key(text[toks[1][0]:toks[end - 1][1]])) not in (None, "ORG"):
        return None  # "موقع كوبا ديبيت" cut short: a place is not the outlet
    return toks[1][0], toks[end - 1][1]


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    pat = re.compile(f"(?<![{_LETTER}]){re.escape(name)}(?![{_LETTER}])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


class Promoter:
    """Turns name-shaped speakers into entities of ``doc``, one entity per name."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_key = {}
        for e in doc.entities:  # by name only: a mention may be a partial form the entity step took in
            self.by_key.setdefault((e.type, key(e.name)), e)

    def entity(self, type_: str, start: int, end: int, title: str | None = None) -> str:
        doc = self.doc
        name = doc.text[start:end].strip()
        ent = self.by_key.get((type_, key(name))) or self._same_person(type_, name)
        if ent is not None and len(name.split()) > len(ent.name.split()):
            # "بسيط" tagged alone, "عبد المسيح بسيط" found here: one person, named in full
            ent.name = name
            ent.name_en, ent.name_en_source = names.english_name(key(name), type_)
            ent.key = entity_key(type_, names.canonical(key(name), type_))
            ent.mentions.append(Span(start, end, name))
            ent.mentions.sort(key=lambda m: m.start)
            doc.mentions.append(Mention(start, end, name, type_, ent.id))
            doc.mentions.sort(key=lambda m: (m.start, -m.end))
            self.by_key[(type_, key(name))] = ent
        if ent is None:
            ent = Entity(f"E{len(doc.entities) + 1}", type_, name)
            while any(e.id == ent.id for e in doc.entities):
                ent.id += "x"
            ent.name_en, ent.name_en_source = names.english_name(key(name), type_)
            ent.key = entity_key(type_, names.canonical(key(name), type_))
            doc.entities.append(ent)
            self.by_key[(type_, key(name))] = ent
            taken = [(m.start, m.end) for m in doc.mentions]
            for s, e in _occurrences(doc.text, name):
                if not any(s < te and ts < e for ts, te in taken):
                    ent.mentions.append(Span(s, e, doc.text[s:e]))
                    doc.mentions.append(Mention(s, e, doc.text[s:e], type_, ent.id))
            ent.mentions.sort(key=lambda m: m.start)
            doc.mentions.sort(key=lambda m: (m.start, -m.end))
        for part in re.split(r"\s*[،,]\s*", title or ""):  # "راعي كنيسة العذراء، القمص": two titles
            if part and type_ == "PER" and len(part.split()) <= 8 and part not in ent.titles:
                ent.titles.append(part)
        return ent.id

    def _same_person(self, type_: str, name: str) -> Entity | None:
        """A person already known by the surname of this name, or by a full name this one is the surname of."""
        new = key(name).split()
        for e in self.doc.entities:
            old = key(e.name).split()
            if e.type == type_ == "PER" and old and new and (old == new[-len(old):] or new == old[-len(new):]):
                return e
        return None
