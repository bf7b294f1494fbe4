"""Person names the tagger cut into pieces, put back together before resolution.

The tagger sometimes ends a person's mention inside a name: at a hyphen ("كيم هاك" + "سونغ" for
كيم هاك-سونغ, "كيم جونغ" without "-أون"), after a word that cannot end a name ("محمد أبو" + "عثمان",
"عبد اللطيف" + "يوسف الحمد", "سلمان" + "بن عبد العزيز"), after a naming word ("اسمه عبدالرزاق عبده" +
"سعيد ثابت"), or before a surname the article uses alone ("مامودو" + untagged "قاساما"), and it leaves out
a given name named by the father ("حصة بنت" + "سلمان"). Two persons named side by side are joined only
on such evidence: "ترامب-كيم" (two known names) and "ترامب وكيم" stay apart.
"""
from __future__ import annotations

import re

from ..document import Document, Mention
from . import names
from .arabic import fold, words

# Words that need a name after them ("عبد", "أبو", "بن") or open a name's lineage part ("بن سلمان").
LINKS = set(map(fold, "عبد أبو ابو بن ابن بنت آل أم".split()))
LINEAGE = set(map(fold, "بن ابن بنت آل".split()))
COMPOUND = set(map(fold, "عبد أبو ابو".split()))
# Words that introduce one person's full name: what follows up to punctuation is that name.
NAMING = set(map(fold, "اسمه اسمها يدعى تدعى يسمى تسمى المدعو المدعوة ويدعى وتدعى واسمه واسمها".split()))
_PREV = re.compile(r"([\u0621-\u064a\u064b-\u065f\u0640]+) +$")
_NEXT_WORD = re.compile(r" +([\u0621-\u064a\u064b-\u065f\u0640]+)(?![\u0621-\u064a])")
_HYPHEN_WORD = re.compile(r"-([\u0621-\u064a\u064b-\u065f\u0640]+)")
# "حصة بنت" before a tagged "سلمان": a given name and a lineage word the tagger left out.
_LINEAGE_BEFORE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a\u064b-\u065f\u0640]+) +(بن|بنت|ابن|ابنة) +$")


def _known(text: str) -> bool:
    """A name the lexicons know on its own (a listed person, place or surname)."""
    w = words(text)
    return bool(w) and (names.lookup(" ".join(w)) is not None or (len(w) == 1 and w[0] in names.lexicons().surnames))


def _listed(text: str) -> bool:
    return names.lookup(text, "PER") is not None and names.known_type(text) == "PER"


def _joins(text: str, a: Mention, b: Mention) -> bool:
    gap = text[a.end:b.start]
    if gap == "-":
        # one name hyphenated (Korean given names), not two names side by side ("قمة ترامب-كيم")
        return len(words(b.text)) == 1 and (_listed(a.text + " " + b.text) or not (_known(a.text) and _known(b.text)))
    if gap.strip() or "\n" in gap:
        return False
    wa, wb = words(a.text), words(b.text)
    if not (wa and wb):
        return False
    # "عبد المسيح" or "أبو الحسن" is a given name or kunya: a name right after it is the rest of the name
    # ("عبد المسيح" + "بسيط"), unless joined by "و" ("عبد الله وجعفر")
    compound = len(wa) == 2 and wa[0] in COMPOUND and wa[1].startswith("ال") or len(wa) == 1 and wa[0].startswith("عبدال")
    named = _PREV.search(text, max(0, a.start - 20), a.start)  # "طفل آخر اسمه عبدالرزاق عبده سعيد ثابت"
    after_naming = bool(named) and fold(named.group(1)) in NAMING and not wb[0].startswith("و")
    return wa[-1] in LINKS or wb[0] in LINEAGE or after_naming or (
        compound and len(wb) <= 2 and not wb[0].startswith("و"))


def _extend_hyphen(text: str, m: Mention, starts: set[int]) -> None:
    """"كيم جونغ" right before "-أون": the hyphenated word is the rest of the name."""
    after = _HYPHEN_WORD.match(text, m.end)
    if after and after.start(1) not in starts and (
            not _known(after.group(1)) or _listed(m.text + " " + after.group(1))):
        m.end = after.end()
        m.text = text[m.start:m.end]


def _extend_lineage(text: str, m: Mention, ends: set[int]) -> None:
    """"حصة بنت [سلمان]": the person is حصة, named by her father; the word before بن/بنت must be a
    name word the lexicon knows (not a verb or a title: "قال بن سلمان", "الأمير بن سلمان")."""
    before = _LINEAGE_BEFORE.search(text, max(0, m.start - 40), m.start)
    if not before or before.end(1) in ends:
        return
    w = fold(before.group(1))
    if not w.startswith("ال") and w not in LINKS and len(w) >= 3 and w in names.lexicons().tokens:
        m.start = before.start(1)
        m.text = text[m.start:m.end]


def _extend_by_surname(text: str, m: Mention, surnames: set[str], starts: set[int]) -> None:
    """"مامودو" right before an untagged "قاساما" that the article elsewhere uses alone for a person: the
    word is this person's surname. A name the lexicons know is whole already ("ماكرون ترامب"); listed
    full names ("عبد الملك الحوثي") are found by the gazetteer."""
    after = _NEXT_WORD.match(text, m.end)
    if not after or after.start(1) in starts:
        return
    w, own = fold(after.group(1)), words(m.text)
    if w in surnames and w not in own and len(own) <= 2 and not _known(m.text):
        m.end = after.end()
        m.text = text[m.start:m.end]


def repair(doc: Document) -> None:
    text = doc.text
    out: list[Mention] = []
    for m in sorted(doc.mentions, key=lambda m: (m.start, -m.end)):
        prev = out[-1] if out else None
        if prev and prev.type == m.type == "PER" and prev.end <= m.start and _joins(text, prev, m):
            prev.end = m.end
            prev.text = text[prev.start:prev.end]
            continue
        out.append(m)
    starts, ends = {m.start for m in out}, {m.end for m in out}
    for m in out:
        if m.type == "PER":
            _extend_hyphen(text, m, starts)
            _extend_lineage(text, m, ends)
    alone = {fold(m.text) for m in out if m.type == "PER" and len(words(m.text)) == 1}
    for m in out:
        if m.type == "PER":
            _extend_by_surname(text, m, alone, starts)
    doc.mentions = out
