"""Names the tagger missed or cut short, found by the lexicon: names with a single type from the
hand-written list and country names ("منظمة الصحة العالمية", "فرنسا", "تويتر"). Single words that are also
common words ("العربية" the channel or the adjective, "الحياة", "القاعدة") are never looked for.
A found name may carry a prefix clitic (لفرنسا), kept inside the mention as the tagger does. A tagger
mention lying inside a found name ("بي سي" in "بي بي سي", "الشام" in "هيئة تحرير الشام") gives way to it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Mention
from . import names
from .arabic import clitic_variants, fold

# digits belong to names as in the lexicon keys ("فرانس 24", "فرانس24", "تي إف 1")
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u064b-\u065f\u0670\u06400-9]+")
MAX_WORDS = 8
# Single-word names that are also ordinary words or other things' names ("مالي" Mali / financial).
AMBIGUOUS = set(map(fold, """العربية الحياة الحدث فتح الجزيرة المنار الشرق الأهرام النهضة القاعدة الإخوان الغرب
الخليج معا قنا وام واس سبأ فارس تاس الأناضول تسنيم أمازون آبل أبل الإنتربول الانتربول الحوثي الجمهوريون
الديمقراطيون الجمهوريين الديمقراطيين الكونغرس الكونجرس الرئاسة الحشد مالي بنين""".split()))


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, ...]]]:
    idx: dict[str, list[tuple[str, ...]]] = {}
    lex = names.lexicons()
    for k in lex.spotted:
        if " " not in k and (k in AMBIGUOUS or k in lex.glossary or k[2:] in lex.glossary):
            continue
        w = tuple(k.split())
        if len(w) <= MAX_WORDS:
            idx.setdefault(w[0], []).append(w)
    for v in idx.values():
        v.sort(key=len, reverse=True)
    return idx


def find(doc: Document) -> list[Mention]:
    """Lexicon names in ``doc.text`` (overlapping tagger mentions or not)."""
    text, idx, spotted = doc.text, _index(), names.lexicons().spotted
    toks = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        first = toks[i][2]
        hit = None
        for head in [first, *clitic_variants(first)]:
            for cand in idx.get(head, ()):
                n = len(cand)
                if i + n > len(toks) or any(toks[i + k][2] != cand[k] for k in range(1, n)):
                    continue
                # the words must be adjacent (spaces only) in the text
                if any(text[toks[i + k][1]:toks[i + k + 1][0]].strip() for k in range(n - 1)):
                    continue
                hit = (n, " ".join(cand))
                break
            if hit:
                break
        if hit:
            n, k = hit
            start, end = toks[i][0], toks[i + n - 1][1]
            out.append(Mention(start, end, text[start:end], spotted[k]))
            i += n
        else:
            i += 1
    return out


def merge(tagged: list[Mention], found: list[Mention]) -> list[Mention]:
    """Tagger mentions plus found names: a found name replaces the mentions inside it and is dropped
    when a tagger mention covers it or crosses its edge."""
    out = list(tagged)
    for f in found:
        overlapping = [m for m in out if m.start < f.end and f.start < m.end]
        if all(f.start <= m.start and m.end <= f.end and (m.start, m.end) != (f.start, f.end) for m in overlapping):
            out = [m for m in out if m not in overlapping] + [f]
    return out
