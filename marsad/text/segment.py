"""Paragraphs (headline / caption / body) and sentences, as offsets into the text.

Paragraphs are the non-empty lines of the text (news text from feeds and HTML extraction has one
paragraph per line, with or without blank lines between). The first paragraph is the headline when it
looks like one (short, no final full stop) or equals ``meta["title"]``. A caption is a short paragraph
without final punctuation standing between body paragraphs (a photo caption left in the article
text); question subheadings end with ? and stay body.

Sentences end at . ! ? ؟ … (with any closing quotes/brackets after them) and at line ends, but not
inside numbers (3.5), after single letters and common abbreviations (U.S. / د. / م.), at a spaced
ellipsis (" ... "), or inside a quotation that closes later in the same paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..document import Document, Paragraph, Sentence
from .clitics import split

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_SPACE = " \t\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\ufeff"
_FINAL = ".!?؟…:"
_CLOSERS = "\"'»”’)]}›"
# a run of end marks (matched from its first mark only: no quadratic retries on long runs), then closers
_END = re.compile(rf"(?<![.!?؟…])([.!?؟…]+)[{re.escape(_CLOSERS)}]*(?=\s|$)")
_QUOTE = re.compile("[\"«»“”„]")
_ALNUM = re.compile(r"[^\W_]")
_NUMBER_ONLY = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")
_LIST_ITEM = re.compile(r"[*•·\-–—]|\(?[0-9\u0660-\u0669]+[.)\-]")
_LABEL = re.compile(r"\S+(?: \S+)?:")  # a colon after the first one or two words

HEADLINE_MAX_WORDS = 30
CAPTION_MIN_WORDS, CAPTION_MAX_WORDS = 6, 25
# Latin abbreviations that take a full stop inside a sentence (single letters are handled generally).
ABBREVIATIONS = frozenset("Mr Mrs Ms Dr Prof St Jr Sr Inc Ltd Co Corp No vs Gen Col Lt Sgt Capt Gov Sen Rep Jan Feb "
                          "Mar Apr Aug Sept Sep Oct Nov Dec".split())


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s] in _SPACE):
        s += 1
    while e > s and (text[e - 1] in _SPACE):
        e -= 1
    return s, e


def _final_punct(para: str) -> bool:
    return para.rstrip(_CLOSERS + _SPACE)[-1:] in _FINAL


def _word_count(para: str) -> int:
    return len(para.split())


def paragraphs(text: str, title: str | None = None) -> list[Paragraph]:
    paras = []
    for m in _LINE.finditer(text):
        s, e = _strip(text, m.start(), m.end())
        if s < e:
            paras.append(Paragraph(s, e, "body"))
    n = len(paras)
    if n < 2:
        return paras
    first = text[paras[0].start:paras[0].end]
    if (title and first == title.strip()) or (
            _word_count(first) <= HEADLINE_MAX_WORDS and first.rstrip(_CLOSERS)[-1:] != "."):
        paras[0].kind = "headline"
    for i in range(1, n - 1):
        if paras[i - 1].kind == "body" and _caption(text[paras[i].start:paras[i].end]) \
                and _final_punct(text[paras[i + 1].start:paras[i + 1].end]):
            paras[i].kind = "caption"
    return paras


def _caption(para: str) -> bool:
    """A short sentence with no final punctuation; not a list item, a label ("للمزيد: ..."), a cut-off
    paragraph (ends with a comma), a body paragraph that lost its full stop (starts with و/ف) or a
    short subheading (under CAPTION_MIN_WORDS words)."""
    if not CAPTION_MIN_WORDS <= _word_count(para) <= CAPTION_MAX_WORDS or _final_punct(para):
        return False
    if para.rstrip(_CLOSERS)[-1:] in "،,؛;-" or _LIST_ITEM.match(para) or _LABEL.match(para):
        return False
    first = para.split(" ", 1)[0]
    # running text goes on with a conjunction (وقال ..., وحسب ...); a caption stands alone
    return not (first[:1] in "وف" and split(first)[0][2] == "proclitic")


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of the quotations closed inside text[start:end]."""
    spans = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE.finditer(text, start, end):
        q, i = m.group(), m.start()
        if len(stack) > 8:
            del stack[0]  # quotes nest a level or two; unclosed ones must not pile up
        if q in "«“„":
            stack.append((q, i))
            continue
        if q in "»”":
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] != '"':
                    spans.append((stack[k][1], i))
                    del stack[k:]
                    break
            continue
        # ASCII ": its direction comes from the context
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        open_ascii = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == '"'), None)
        opener = (before.isspace() or before in "(«[ـ") and not after.isspace()
        closer = (after.isspace() or after in ".,،؛;:!?؟)»]") and not before.isspace()
        if opener and not closer:
            if open_ascii is not None:
                del stack[open_ascii:]  # an earlier quote was never closed
            stack.append(('"', i))
        elif open_ascii is not None:
            spans.append((stack[open_ascii][1], i))
            del stack[open_ascii:]
        elif not closer:
            stack.append(('"', i))
    return _outermost(spans)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations nest or follow each other; keep the outermost ones, in order (for bisect)."""
    out: list[tuple[int, int]] = []
    for o, c in sorted(spans):
        if out and o < out[-1][1]:
            continue
        out.append((o, c))
    return out


def _in_quote(quotes: list[tuple[int, int]], p0: int, p: int) -> bool:
    """Does a quotation open before ``p0`` and close at or after ``p``?"""
    k = bisect_left(quotes, (p0,)) - 1
    return k >= 0 and quotes[k][1] >= p


def _abbreviation(text: str, line_start: int, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or initial (U.S. / د. / م.)?"""
    lo = max(line_start, dot - 8)  # abbreviations are short: look no further back
    ws = max(text.rfind(" ", lo, dot), text.rfind("\t", lo, dot))
    if ws < 0 and lo > line_start:
        return False
    prev = text[max(ws + 1, lo):dot].lstrip("(«\"“")
    if not prev:
        return False
    if len(prev) == 1:
        return prev.isalpha()
    if prev in ABBREVIATIONS:
        return True
    return len(prev) <= 5 and prev[-2] == "." and prev[-1].isalpha()  # U.S / e.g / ق.م


def _line_sentences(text: str, s: int, e: int, quotes: list[tuple[int, int]], out: list[Sentence]) -> None:
    start = s
    first = len(out)
    for m in _END.finditer(text, s, e):
        p0, p = m.start(), m.end()
        run = m.group(1)
        if run[0] in ".…" and (p0 == s or text[p0 - 1].isspace()) and (len(run) > 1 or run == "…"):
            continue  # spaced ellipsis: a pause, not an end
        if run == ".":
            if _abbreviation(text, s, p0) or _NUMBER_ONLY.fullmatch(text, start, p0):
                continue  # U.S. / د. / the "19." of a numbered list item
        if quotes and _in_quote(quotes, p0, p):
            continue  # inside a quotation that goes on
        if not _ALNUM.search(text, start, p0) and len(out) > first:
            out[-1].end = p  # a stray quote or full stop after a sentence end belongs to it
        else:
            out.append(Sentence(start, p))
        start = p
        while start < e and text[start].isspace():
            start += 1
    if start < e:
        if not _ALNUM.search(text, start, e) and len(out) > first:
            out[-1].end = e
        else:
            out.append(Sentence(start, e))


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    out: list[Sentence] = []
    for para in paras:
        quotes = _quotations(text, para.start, para.end)
        for m in _LINE.finditer(text, para.start, para.end):
            s, e = _strip(text, m.start(), m.end())
            if s < e:
                _line_sentences(text, s, e, quotes, out)
    return out


def annotate(doc: Document) -> Document:
    doc.paragraphs = paragraphs(doc.text, doc.meta.get("title"))
    doc.sentences = sentences(doc.text, doc.paragraphs)
    return doc
