"""Orthographic normalization used by the NER features (kept here so the tagger sees the same forms in
training and at run time, whatever marsad.text does to Token.norm)."""
from __future__ import annotations

import re

_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\ufeff]")
_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي",
                      "ھ": "ه", "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6",
                      "٧": "7", "٨": "8", "٩": "9"})


def norm(word: str) -> str:
    """Drop diacritics/tatweel/bidi marks, unify alef, ya and ta marbuta; lower-case Latin."""
    return _DROP.sub("", word).translate(_MAP).lower()


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+|[A-Za-z]+|\S")


def words(text: str) -> list[str]:
    """Split raw text roughly as marsad.text.tokenize does (for building lexicons from raw corpora)."""
    return _TOKEN.findall(text)
