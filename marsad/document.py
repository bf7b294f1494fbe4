"""The analysed document: the original text plus character-span annotations.

The JSON form is the public contract in docs/document-contract.md (schema "marsad.document/1").
Every span's ``text`` equals ``document.text[start:end]``; nothing here ever rewrites ``text``.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "marsad.document/1"
ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
STANCES = ("assert", "deny", "reject", "accuse", "appeal", "warn", "promise", "hope",
           "regret", "describe", "admit", "question", "other")
PARAGRAPH_KINDS = ("headline", "caption", "body")
STATEMENT_KINDS = ("direct", "indirect", "mixed")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str = "body"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Piece:
    """A clitic-segmentation piece of a token: ``role`` is 'proclitic', 'stem' or 'enclitic'."""
    start: int
    end: int
    role: str


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word | number | latin | punct | symbol
    norm: str = ""  # normalized form (see marsad.text.normalize), used by models and search
    pieces: list[Piece] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """An entity mention found by NER; ``entity`` is filled by entity resolution."""
    start: int
    end: int
    text: str
    type: str
    entity: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    name_en: str | None = None
    name_en_source: str | None = None  # "lexicon" | "transliterated"
    key: str = ""  # cross-document key: type + normalized canonical name

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name, "name_en": self.name_en,
                "name_en_source": self.name_en_source, "key": self.key, "titles": list(self.titles),
                "mentions": [m.to_json() for m in self.mentions]}


@dataclass(slots=True)
class Speaker:
    entity: str | None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        return {"entity": self.entity, "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    text: str
    stance: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "stance": self.stance}


@dataclass(slots=True)
class Statement:
    id: str
    speaker: Speaker
    cue: Cue
    content: Span
    kind: str
    addressee: Span | None = None
    continues: bool = False

    def to_json(self) -> dict:
        return {"id": self.id, "speaker": self.speaker.to_json(), "cue": self.cue.to_json(),
                "content": self.content.to_json(), "kind": self.kind,
                "addressee": self.addressee.to_json() if self.addressee else None,
                "continues": self.continues}


def content_id(text: str) -> str:
    """Stable id from the text itself: re-analysing the same text gives the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    analyzer: str = ""  # which marsad and models produced the analysis (marsad.pipeline.analyzer_id)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = str(self.meta.get("id") or content_id(self.text))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_json(self) -> dict:
        meta = {"title": None, "url": None, "published": None, "source": None, "language": "ar"}
        meta.update({k: v for k, v in self.meta.items() if k != "id"})
        return {
            "schema": SCHEMA,
            "id": self.id,
            "text": self.text,
            "meta": meta,
            "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in self.paragraphs],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [e.to_json() for e in self.entities],
            "statements": [s.to_json() for s in self.statements],
            "analyzer": self.analyzer or None,
        }

    def dumps(self, **kw) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, **kw)

    @classmethod
    def from_json(cls, data: dict) -> "Document":
        """Rebuild a Document from contract JSON (tokens and raw mentions are not part of it)."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported document schema: {data.get('schema')!r}")
        doc = cls(text=data["text"], meta=dict(data.get("meta") or {}), id=data["id"],
                  analyzer=data.get("analyzer") or "")
        doc.paragraphs = [Paragraph(p["start"], p["end"], p.get("kind", "body")) for p in data.get("paragraphs", [])]
        doc.sentences = [Sentence(s["start"], s["end"]) for s in data.get("sentences", [])]
        for e in data.get("entities", []):
            ent = Entity(id=e["id"], type=e["type"], name=e["name"], titles=list(e.get("titles") or []),
                         name_en=e.get("name_en"), name_en_source=e.get("name_en_source"), key=e.get("key", ""),
                         mentions=[Span(m["start"], m["end"], m["text"]) for m in e.get("mentions", [])])
            doc.entities.append(ent)
            doc.mentions.extend(Mention(m.start, m.end, m.text, ent.type, ent.id) for m in ent.mentions)
        doc.mentions.sort(key=lambda m: m.start)
        for s in data.get("statements", []):
            sp, cue, content, addr = s["speaker"], s["cue"], s["content"], s.get("addressee")
            doc.statements.append(Statement(
                id=s["id"], speaker=Speaker(sp.get("entity"), sp.get("text"), sp.get("start"), sp.get("end")),
                cue=Cue(cue["start"], cue["end"], cue["text"], cue["stance"]),
                content=Span(content["start"], content["end"], content["text"]), kind=s["kind"],
                addressee=Span(addr["start"], addr["end"], addr["text"]) if addr else None,
                continues=bool(s.get("continues", False))))
        return doc

    def check_offsets(self) -> None:
        """Raise AssertionError if any span's text disagrees with the document text."""
        t = self.text
        spans: list[Any] = [*self.tokens, *self.mentions]
        for e in self.entities:
            spans.extend(e.mentions)
        for s in self.statements:
            spans.extend([s.cue, s.content] + ([s.addressee] if s.addressee else []))
            if s.speaker.start is not None:
                spans.append(Span(s.speaker.start, s.speaker.end, s.speaker.text))
        for sp in spans:
            assert t[sp.start:sp.end] == sp.text, (sp, t[sp.start:sp.end])
        for p in [*self.paragraphs, *self.sentences]:
            assert 0 <= p.start <= p.end <= len(t), p
