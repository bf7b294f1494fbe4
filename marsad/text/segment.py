"""Paragraphs (headline / caption / body) and sentences, as offsets into the text. (first cut)"""
from __future__ import annotations

import re

from ..document import Document, Paragraph, Sentence

_PARA = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_SENT_END = re.compile(r"[.!?؟…]+[\"»”']*(?=\s|$)")


def paragraphs(text: str) -> list[Paragraph]:
    paras = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            paras.append(Paragraph(s, e, "body"))
    if paras:
        paras[0].kind = "headline"
    return paras


def sentences(text: str, paras: list[Paragraph]) -> list[Sentence]:
    out = []
    for p in paras:
        start = p.start
        for m in _SENT_END.finditer(text, p.start, p.end):
            out.append(Sentence(start, m.end()))
            start = m.end()
            while start < p.end and text[start].isspace():
                start += 1
        if start < p.end:
            out.append(Sentence(start, p.end))
    return out


def annotate(doc: Document) -> Document:
    doc.paragraphs = paragraphs(doc.text)
    doc.sentences = sentences(doc.text, doc.paragraphs)
    return doc
