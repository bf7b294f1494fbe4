"""Tokens with offsets. (first cut: no clitic pieces yet)"""
from __future__ import annotations

import re

from ..document import Document, Token

_TOKEN = re.compile(r"(?P<number>\d+(?:[.,]\d+)*)|(?P<word>[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+)"
                    r"|(?P<latin>[A-Za-z]+)|(?P<punct>\S)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group(), m.lastgroup) for m in _TOKEN.finditer(text, start, end)]


def annotate(doc: Document) -> Document:
    doc.tokens = [t for s in doc.sentences for t in tokenize(doc.text, s.start, s.end)]
    return doc
