"""Arabic normalization as a *view*: normalized text plus a map back to the original offsets.

The document text is never rewritten (see marsad/document.py); models, matching and search work on
the normalized view and map what they find back with ``NormalizedView.to_original``.

What is normalized: diacritics (tashkeel) and Quranic marks, tatweel, zero-width and bidi controls
are removed; alef variants (أ إ آ ٱ) become ا, ى becomes ي, ة becomes ه; Arabic-Indic and Persian
digits become ASCII; Arabic punctuation (، ؛ ؟ ٫ ٬ ٪) becomes its ASCII form. Input that is not
NFC is composed first (the pipeline already gives NFC text).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache

# Removed characters. MARKS attach to the letter before them (a span ending at that letter keeps
# them); CONTROLS are invisible formatting characters that belong to no word.
MARKS = ("\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
         "\u08d3-\u08e1\u08e3-\u08ff\u0640")
CONTROLS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u061c"
_REMOVED = re.compile(f"[{MARKS}{CONTROLS}]+")
_MARK_CHARS = frozenset(re.findall(f"[{MARKS}]", "".join(map(chr, range(0x0600, 0x0900)))))

_SUBSTITUTE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",", "٪": "%",
}
_SUBSTITUTE.update({chr(0x0660 + i): str(i) for i in range(10)})  # Arabic-Indic digits
_SUBSTITUTE.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits
# str.translate table that drops MARKS and CONTROLS (shared with the clitic lexicon keys)
REMOVE: dict[int, str | None] = {ord(c): None for c in re.findall(f"[{MARKS}{CONTROLS}]", "".join(
    map(chr, [*range(0x00a0, 0x0900), *range(0x2000, 0x2070), 0xfeff])))}
TABLE: dict[int, str | None] = {**REMOVE, **{ord(k): v for k, v in _SUBSTITUTE.items()}}


@lru_cache(maxsize=262_144)
def norm_word(s: str) -> str:
    """Normalized form of a short string (a token); cached, for models and search indexing."""
    if not s.isascii() and not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s.translate(TABLE)


def norm_text(text: str) -> str:
    """Normalized text without the offset map (same result as ``normalize(text).text``), for indexing."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(TABLE)


class NormalizedView:
    """``text`` is the normalized form of ``original``; offsets map back with ``to_original``.

    The map is piecewise linear: ``_norm[k]``/``_orig[k]`` are where the k-th run of one-to-one
    characters starts (removed characters and NFC compositions start a new run).
    """

    __slots__ = ("original", "text", "_norm", "_orig", "_nfc")

    def __init__(self, original: str, text: str, norm: list[int], orig: list[int], nfc: list[int] | None):
        self.original = original
        self.text = text
        self._norm = norm
        self._orig = orig
        self._nfc = nfc  # only for non-NFC input: NFC offset -> original offset (len+1 entries)

    def _point(self, n: int) -> int:
        """Offset in the NFC text of the normalized character at ``n`` (removed ones are skipped)."""
        k = bisect_right(self._norm, n) - 1
        return self._orig[k] + (n - self._norm[k])

    def _nfc_len(self) -> int:
        return len(self.original) if self._nfc is None else len(self._nfc) - 1

    def offset(self, n: int) -> int:
        """Original offset of normalized offset ``n`` (a position between characters)."""
        if not 0 <= n <= len(self.text):
            raise IndexError(n)
        p = self._nfc_len() if n == len(self.text) else self._point(n)
        return p if self._nfc is None else self._nfc[p]

    def from_original(self, o: int) -> int:
        """Normalized offset of original offset ``o`` (a removed character maps to the next kept one)."""
        if not 0 <= o <= len(self.original):
            raise IndexError(o)
        if self._nfc is not None:
            o = bisect_left(self._nfc, o)
        k = bisect_right(self._orig, o) - 1
        run_end = self._norm[k + 1] if k + 1 < len(self._norm) else len(self.text)
        return min(self._norm[k] + (o - self._orig[k]), run_end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalized span [start, end): diacritics after its last letter are
        included, controls around it are not."""
        if not 0 <= start <= end <= len(self.text):
            raise IndexError((start, end))
        if start == end:
            o = self.offset(start)
            return o, o
        s = self._point(start)
        e = self._point(end - 1) + 1
        src = self.original if self._nfc is None else None
        if src is not None:
            while e < len(src) and src[e] in _MARK_CHARS:
                e += 1
            return s, e
        # non-NFC input: map through the composition table, then take trailing marks
        s, e = self._nfc[s], self._nfc[e]
        while e < len(self.original) and self.original[e] in _MARK_CHARS:
            e += 1
        return s, e


def _nfc_with_map(text: str) -> tuple[str, list[int]]:
    """NFC of ``text`` and, for each NFC offset, the original offset (rare path: input not NFC)."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        m = len(cluster)
        if m == j - i:
            offsets.extend(range(i, j))
        elif m < j - i:  # composed: the first char starts the cluster, marks left over end it
            offsets.append(i)
            offsets.extend(range(j - m + 1, j))
        else:
            offsets.extend([i] * m)
        out.append(cluster)
        i = j
    offsets.append(n)
    return "".join(out), offsets


def normalize(text: str) -> NormalizedView:
    nfc: list[int] | None = None
    base = text
    if not unicodedata.is_normalized("NFC", text):
        base, nfc = _nfc_with_map(text)
    norm_starts, orig_starts = [0], [0]
    removed = 0
    for m in _REMOVED.finditer(base):
        removed += m.end() - m.start()
        norm_starts.append(m.end() - removed)
        orig_starts.append(m.end())
    return NormalizedView(text, base.translate(TABLE), norm_starts, orig_starts, nfc)
