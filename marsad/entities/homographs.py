"""Place names that one unvowelled spelling gives to two places: عمان is Amman (عَمّان) or Oman (عُمان).

The lexicons hold one English name per spelling, so the article has to decide: first the words right
before a mention ("سلطنة عمان", "العاصمة الأردنية عمان"), then which of the two countries the rest of
the article talks about. Without evidence the lexicon's name stands."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Span
from .arabic import fold, key, word_before, words
from .names import lexicons


@dataclass(frozen=True)
class Sense:
    english: str
    among: str  # the kind of places it is listed with: "country" or "city"
    before: frozenset[str]  # folded words that settle it when they stand right before a mention
    article: tuple[str, ...]  # folded words that point to it anywhere in the article


def _senses(english: str, among: str, before: str, article: str) -> Sense:
    return Sense(english, among, frozenset(words(before)), tuple(words(article)))


# First sense: the one the lexicons give, kept without evidence. Each entry is checked on real
# articles: in the news corpus, 295 articles name عمان; 174 of them also name Jordan, 68 Oman.
SENSES: dict[str, tuple[Sense, ...]] = {
    key("عمان"): (
        _senses("Oman", "country", "سلطنة بحر خليج", "سلطنة مسقط العماني العمانية العمانيين العمانيون قابوس ظفار صلالة"),
        _senses("Amman", "city", "الأردنية الاردنية الأردني العاصمة",
                "الأردن الأردنية الأردني الأردنيين الأردنيون الهاشمية الزرقاء إربد العقبة"),
    ),
}
_BEFORE_COMMA = re.compile(r"(\S+)\s*[،,]\s*$")
_AFTER_COMMA = re.compile(r"\s*[،,]\s*(\S+)")
_AFTER_AND = re.compile(r"\s+و(\S+)")


def _cue_pattern(cue: str) -> str:
    """A cue word with the proclitics news attach to it (والأردن، بالأردن، للأردن)."""
    forms = [cue, "ل" + cue[1:]] if cue.startswith("ال") else [cue]
    return "(?:[وف]?[بلك]?)(?:" + "|".join(map(re.escape, forms)) + ")"


def _count(folded_text: str, cues: tuple[str, ...]) -> int:
    pattern = r"(?<![\u0621-\u064a])(?:" + "|".join(map(_cue_pattern, cues)) + r")(?![\u0621-\u064a])"
    return len(re.findall(pattern, folded_text))


def _list_neighbours(text: str, m: Span) -> list[str]:
    """The words either side of a mention that stand in one list with it: joined by و ("X وعمان"، "عمان وY") or
    with commas on both sides ("X، عمان، Y"); one comma alone may be a dateline ("عمان، الأردن")."""
    after_and, after_comma = _AFTER_AND.match(text, m.end), _AFTER_COMMA.match(text, m.end)
    after = [x.group(1) for x in (after_and or after_comma,) if x]
    if m.text.startswith("و"):
        return [w for w in (word_before(text, m.start),) if w] + after
    if after_and:
        return after
    before = _BEFORE_COMMA.search(text, max(0, m.start - 30), m.start)
    return [before.group(1), after_comma.group(1)] if before and after_comma else []


def _place_kind(word: str) -> str | None:
    lex, w = lexicons(), next(iter(words(word)), "")
    for k in (w, w[1:] if w.startswith("و") else None):  # "والبحرين" after a comma
        if k in lex.countries:
            return "country"
        if k in lex.cities:
            return "city"
    return None


def sense(name: str, text: str, mentions: list[Span]) -> Sense | None:
    """The sense of a place named ``name`` in the article ``text``; None when the name has one sense."""
    k = key(name)
    if k not in SENSES and k[:1] in "وبلف":
        k = k[1:]  # "وعمان" named as it stands when the text never writes it bare
    senses = SENSES.get(k)
    if not senses:
        return None
    votes = [0] * len(senses)
    for m in mentions:
        inside = words(m.text)[:-1]  # "سلطنة" tagged with the name
        near = inside + words(word_before(text, m.start))
        for i, s in enumerate(senses):
            votes[i] += any(w in s.before for w in near)
    if not any(votes):  # "الأردن، فلسطين، عمان، البحرين" lists countries; "موسكو وواشنطن وعمان" capitals
        kinds = [_place_kind(w) for m in mentions for w in _list_neighbours(text, m)]
        votes = [kinds.count(s.among) for s in senses]
    if not any(votes):
        folded = fold(text)
        votes = [_count(folded, s.article) for s in senses]
    best = max(votes)
    if best == 0 or votes.count(best) > 1:
        return None
    return senses[votes.index(best)]
