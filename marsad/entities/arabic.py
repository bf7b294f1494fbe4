"""Arabic name forms: lookup keys, name tokens and prefix clitics.

Lexicon keys fold the spelling variation news writers use for one name (hamza/alef forms, alef maqsura,
ta marbuta, diacritics, tatweel) so "أنطونيو" and "انطونيو" find the same record. The key is fixed
here (not taken from marsad.text.normalize) because the shipped lexicons are built with it.
"""
from __future__ import annotations

import re
import unicodedata

_DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       "ی": "ي", "ک": "ك", "ـ": None})
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ffA-Za-z0-9]+")
PROCLITICS = ("و", "ف", "ب", "ل", "ك")


def strip_marks(text: str) -> str:
    """Text without diacritics and tatweel, letters unchanged (إي and آي stay apart)."""
    return _DIAC.sub("", unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Spelling-variant folding of Arabic text (keeps spaces and non-Arabic characters)."""
    text = unicodedata.normalize("NFC", text)
    return _DIAC.sub("", text).translate(_FOLD).lower()


def words(text: str) -> list[str]:
    """Folded word tokens of a name (punctuation such as '#', '(' and '_' dropped, '_' splits)."""
    return _WORD.findall(fold(text).replace("_", " "))


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def word_before(text: str, pos: int, window: int = 30) -> str:
    """The whitespace-separated word that ends right before ``pos`` (spaces between), else ""."""
    m = _WORD_BEFORE.search(text, max(0, pos - window), pos)
    return m.group(1) if m else ""


def key(text: str) -> str:
    """Lexicon key of a name: folded words joined by one space."""
    return " ".join(words(text))


def clitic_variants(word: str) -> list[str]:
    """Readings of a folded word with its prefix clitics removed, most likely first.

    ``للامم`` -> ``الامم`` (the alef of the article is dropped after لـ); ``وبوتين`` -> ``بوتين``.
    The word itself is not included; callers decide which reading exists.
    """
    out: list[str] = []
    w = word
    for _ in range(2):  # at most two clitics: و + ب/ل/ك
        if len(w) < 3 or w[0] not in PROCLITICS:  # "لبي بي سي": a short first word may carry one too
            break
        if w.startswith("لل") and len(w) > 4:
            out.append("ال" + w[2:])
        w = w[1:]
        out.append(w)
    return out


def edit1(a: str, b: str) -> bool:
    """a and b differ by at most one inserted, deleted or substituted letter."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def same_word(a: str, b: str) -> bool:
    """One name word in two spellings: equal, or one letter apart when both have four letters or more."""
    return a == b or (min(len(a), len(b)) >= 4 and edit1(a, b))
