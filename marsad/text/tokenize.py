"""Tokens with offsets: Arabic words (with clitic pieces), numbers, Latin words, punctuation, symbols.

Every token's ``text`` is ``doc.text[start:end]``; ``norm`` is its normalized form (marsad.text.normalize)
and Arabic words carry clitic ``pieces`` (marsad.text.clitics) with document offsets. Tokens are made
per sentence, so none crosses a sentence end.
"""
from __future__ import annotations

import re
import unicodedata

from ..document import Document, Piece, Token
from .clitics import split
from .normalize import CONTROLS, norm_word

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_AR_LETTER = ("\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
              "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdff\ufe70-\ufefc")
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u08d3-\u08ff"
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"

_TOKEN = re.compile(
    rf"(?P<number>[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*)"
    rf"|(?P<word>[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*(?:[\u200c\u200d][{_AR_LETTER}{_AR_MARK}]+)*)"
    rf"|(?P<latin>[A-Z](?:\.[A-Z])+\.?(?![{_LATIN}])"  # initials: U.S., U.N.
    rf"|[{_LATIN}][{_LATIN}0-9]*(?:['\u2019][{_LATIN}]+)*)"
    rf"|(?P<other>[^\W\d_]+)"  # letters of other scripts
    rf"|(?P<dots>\.{{2,}})"
    rf"|(?P<char>[^\s{CONTROLS}])"
)
_KIND = {"number": "number", "word": "word", "latin": "latin", "other": "word", "dots": "punct"}
_char_kind: dict[str, str] = {}


def _kind_of_char(ch: str) -> str:
    kind = _char_kind.get(ch)
    if kind is None:
        cat = unicodedata.category(ch)
        kind = _char_kind[ch] = "punct" if cat[0] == "P" else "number" if cat[0] == "N" else "symbol"
    return kind


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens = []
    append = tokens.append
    for m in _TOKEN.finditer(text, start, end):
        group = m.lastgroup
        s, e = m.span()
        word = m.group()
        if group == "word":
            pieces = [Piece(s + a, s + b, role) for a, b, role in split(word)]
            append(Token(s, e, word, "word", norm_word(word), pieces))
        elif group == "char":
            append(Token(s, e, word, _kind_of_char(word), norm_word(word)))
        else:
            append(Token(s, e, word, _KIND[group], norm_word(word)))
    return tokens


def annotate(doc: Document) -> Document:
    text = doc.text
    doc.tokens = [t for s in doc.sentences for t in tokenize(text, s.start, s.end)]
    return doc
