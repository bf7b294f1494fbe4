"""Names the tagger missed, found by the lexicon: several-word names from the hand-written list and
country names, each with a single type ("منظمة الصحة العالمية", "مجلس الأمن الدولي", "فرنسا").
Ambiguous single words ("العربية" the channel or the adjective, "الحياة") are never looked for.
A found name may carry a prefix clitic (لفرنسا), kept inside the mention as the tagger does.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document, Mention
from . import names
from .arabic import clitic_variants, fold

_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u064b-\u065f\u0670\u0640]+")
MAX_WORDS = 8


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, ...]]]:
    idx: dict[str, list[tuple[str, ...]]] = {}
    for k in names.lexicons().spotted:
        w = tuple(k.split())
        if len(w) <= MAX_WORDS:
            idx.setdefault(w[0], []).append(w)
    for v in idx.values():
        v.sort(key=len, reverse=True)
    return idx


def find(doc: Document) -> list[Mention]:
    """Lexicon names in ``doc.text`` that overlap none of ``doc.mentions``."""
    text, idx, spotted = doc.text, _index(), names.lexicons().spotted
    toks = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    taken = sorted((m.start, m.end) for m in doc.mentions)
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
            if not any(s < end and start < e for s, e in taken):
                out.append(Mention(start, end, text[start:end], spotted[k]))
            i += n
        else:
            i += 1
    return out
