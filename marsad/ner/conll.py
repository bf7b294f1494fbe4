"""CoNLL files (token first, tag last, blank line between sentences) and IOB2 tag handling."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, TextIO

Sentence = list[tuple[str, str]]  # (token, tag)


def norm_type(typ: str) -> str:
    """Corpus type names -> PER/LOC/ORG/MISC (ANERcorp PERS, AQMAR MIS0..3 and its typos)."""
    t = typ.strip("-`").upper()
    if t.startswith("PER"):
        return "PER"
    if t.startswith("MIS"):
        return "MISC"
    return t


def norm_tag(tag: str) -> str:
    if "-" not in tag or tag.upper() in ("O", "IO", "OO"):
        return "O"
    bio, typ = tag.split("-", 1)
    bio = bio.upper()
    return f"{bio}-{norm_type(typ)}" if bio in ("B", "I") else "O"


def parse(lines: Iterable[str], with_tags: bool = True) -> list[Sentence]:
    """Read sentences; the token is the first column, the tag the last (``O`` when absent or not wanted).
    Tokens are kept verbatim (bidi marks included) so tagged output lines up with the input; the
    features normalize them away."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in lines:
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        tag = norm_tag(parts[-1]) if with_tags and len(parts) > 1 else "O"
        cur.append((parts[0], tag))
    if cur:
        sents.append(cur)
    return sents


def read(path: str | Path, with_tags: bool = True) -> list[Sentence]:
    with open(path, encoding="utf-8-sig", newline=None) as f:
        return parse(f, with_tags)


def write(sents: Iterable[Sentence], out: TextIO) -> None:
    for sent in sents:
        for tok, tag in sent:
            out.write(f"{tok} {tag}\n")
        out.write("\n")


def spans(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """IOB/IOB2 tags -> [(start, end, type)], end exclusive; an I- after O or another type opens a span
    (conlleval's reading, so badly formed predictions are scored the way score_ner.py scores them)."""
    out: list[tuple[int, int, str]] = []
    start, typ = None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or "-" not in tag:
            bio, t = "O", None
        else:
            bio, t = tag.split("-", 1)
            bio, t = bio.upper(), norm_type(t)
        if start is not None and (bio in ("O", "B") or t != typ):
            out.append((start, i, typ))
            start = None
        if bio in ("B", "I") and start is None:
            start, typ = i, t
    return out
