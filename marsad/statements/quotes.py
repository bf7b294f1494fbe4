"""Quotation spans: « », “ ” and straight double quotes paired within a paragraph."""
from __future__ import annotations

from dataclasses import dataclass

OPEN = {"«": "»", "“": "”", '"': '"', "„": "“"}
MARKS = set('«»“”"„')


@dataclass(frozen=True, slots=True)
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the paragraph end when the quote runs on
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _can_open(text: str, i: int, end: int) -> bool:
    """A straight quote opens a quote only before a word and after a space or punctuation."""
    nxt = text[i + 1] if i + 1 < end else " "
    prev = text[i - 1] if i > 0 else " "
    if nxt.isspace():  # ': " إن …' — a spaced opening mark right after a colon
        return text[max(0, i - 3):i].rstrip().endswith(":")
    return not prev.isalnum()


def find(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in text[start:end] (one paragraph); an unclosed quote runs to the paragraph end."""
    out: list[Quote] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in OPEN and (ch != '"' or _can_open(text, i, end)):
            closer = OPEN[ch]
            j = text.find(closer, i + 1, end)
            spaced = text[i + 1:i + 2].isspace()
            while ch == '"' and j > 0 and text[j - 1].isspace() and not spaced \
                    and j + 1 < end and not text[j + 1].isspace() and text[j + 1] not in ".,،:؛!?؟":
                # a straight quote after a space opens, not closes, unless a space follows it too:
                # "حملة "The Clean Clothes " التي"
                j = text.find(closer, j + 1, end)
            if j < 0:
                out.append(Quote(i, end, False))
                break
            out.append(Quote(i, j, True))
            i = j + 1
            continue
        i += 1
    return out
