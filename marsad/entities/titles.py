"""Role phrases attached to a person: "الرئيس الروسي، فلاديمير بوتين" / "وزير الخارجية الروسي سيرغي لافروف"
/ "فرحان حق، المتحدث باسم الأمم المتحدة،". A title starts with a role noun (head) and runs up to the name;
later uses of the same phrase alone ("وقال الرئيس الروسي") are references to that person.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..document import Entity, Span
from .arabic import clitic_variants, fold

_TOKEN = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3A-Za-z0-9_]+|\S")

HEADS = set(map(fold, """رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة نائب النائب المتحدث متحدث المتحدثة
متحدثة الناطق ناطق الناطقة مندوب المندوب مندوبة سفير السفير سفيرة مبعوث المبعوث المبعوثة الأمين أمين أمينة زعيم
الزعيم زعيمة قائد القائد الملك ملك الأمير أمير ولي الشيخ المستشار مستشار المستشارة ممثل الممثل ممثلة مدير المدير
مديرة المديرة منسق المنسق منسقة مرشح المرشح المرشحة السيناتور الجنرال اللواء العميد العقيد المقدم الرائد الفريق
المشير القاضي القاضية المدعي المدعية المحامي المحامية محامي محامية الصحفي الصحفية الصحافي الصحافية المراسل
مراسل المراسلة مراسلة الكاتب الكاتبة الشاعر الشاعرة الخبير الخبيرة خبير المحلل المفكر الداعية البابا القس القمص
الإمام المرشد الحاخام السير عضو العضو المحرر المحررة محرر كبير كبيرة كبيرا المسؤول مسؤول المسؤولة مسؤولة عمدة
حاكم الحاكم محافظ المحافظ قائدة رئيسا وزيرا الوزيرة المفوض مفوض المفوضة مساعد مساعدة المدون المدونة الناشط
الناشطة الأستاذ أستاذ الدكتور البروفيسور المطران الكاردينال المنسقة""".split()))
# Words that end a title when scanning away from the name (reporting verbs, complementizers, relatives).
STOP = set(map(fold, """قال قالت يقول تقول أن إن أنه إنه أنها إنها بأن الذي التي الذين اللذان حيث لكن بعد قبل خلال
مع عن على من منذ أمس اليوم كما أيضا وقد قد لقد هو هي ثم حين عندما""".split()))
PREPOSITIONS = set(map(fold, "في لدى إلى باسم لشؤون بشؤون عن و".split()))
ATTRIBUTES = set(map(fold, "سابق سابقة السابق السابقة الأسبق المستقيل المستقيلة الجديد الجديدة المؤقت".split()))
MAX_WORDS = 8
# Role nouns that head a longer role right before another one: "نائب الرئيس", "كبير المستشارين".
EXTENDERS = set(map(fold, "نائب النائب مساعد مساعدة كبير كبيرة القائم".split()))
ADVERBS = set(map(fold, "حاليا سابقا آنذاك أيضا".split()))


@lru_cache(maxsize=4)  # one article's tokens serve every person in it
def _tokens(text: str) -> list[tuple[int, int, str]]:
    toks = ((m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text))
    return [t for t in toks if t[2]]  # a lone tatweel or diacritic folds to nothing


def _is_word(tok: tuple[int, int, str]) -> bool:
    return tok[2][0].isalnum()


def _head(word: str) -> int | None:
    """Length of the prefix clitic before a head word (0 for none), or None if not a head."""
    if word in HEADS:
        return 0
    for v in clitic_variants(word):
        if v in HEADS and word.endswith(v):
            return len(word) - len(v)
    return None


def _inside(pos: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos[0] and pos[1] <= e for s, e in spans)


def _title_like(word: str, after_head: bool, in_name: bool) -> bool:
    return (word.startswith(("ال", "لل", "بال")) or word in PREPOSITIONS or in_name or after_head
            or word in ATTRIBUTES or word in HEADS)


def _before(text, toks, j, taken, persons) -> Span | None:
    """Title ending at token j (the last token before a name), scanning backwards."""
    if j >= 0 and toks[j][2] in (",", "،"):
        j -= 1
    while j >= 0 and toks[j][2] in ADVERBS:  # "رئيس بلدية تالاهاسي حاليا أندرو غيلوم"
        j -= 1
    if j < 0 or toks[j][2] in PREPOSITIONS:  # "متحدث باسم عباس": a relation, not a role of the person
        return None
    best, first_head = None, -1
    k = j
    while k >= 0 and j - k < MAX_WORDS:
        s, e, w = toks[k]
        if not _is_word(toks[k]) or w in STOP or _inside((s, e), persons) or "\n" in text[e:toks[k + 1][0]]:
            break
        clitic = _head(w)
        if clitic is not None:
            if best is not None and not (w in EXTENDERS and k + 1 == first_head):
                break  # beyond the nearest role noun only "نائب الرئيس", "الأمين العام"-like pairs
            best = Span(s + clitic, toks[j][1], text[s + clitic:toks[j][1]])
            first_head = k
            if clitic:
                break
        else:
            prev_is_head = k > 0 and _head(toks[k - 1][2]) is not None
            if not _title_like(w, prev_is_head, _inside((s, e), taken)):
                # an indefinite word is only part of a title right after a head ("وزير خارجية")
                break
        k -= 1
    if best and " " not in best.text.strip() and not fold(best.text).startswith("ال"):
        return None  # a bare indefinite noun ("رئيس") is no title
    return best


def _after(text, toks, i, taken, persons) -> Span | None:
    """Apposition after a name: "فرحان حق، المتحدث باسم الأمم المتحدة،"."""
    if i >= len(toks) or toks[i][2] not in (",", "،") or i + 1 >= len(toks) or toks[i + 1][2] not in HEADS:
        return None
    k = i + 1
    while k < len(toks) and k - i <= MAX_WORDS:
        s, e, w = toks[k]
        if not _is_word(toks[k]):
            last = k - 1
            while last > i + 1 and toks[last][2] in ADVERBS:
                last -= 1
            if w in (",", "،", ".", ":", "؛", ";") and last > i:
                return Span(toks[i + 1][0], toks[last][1], text[toks[i + 1][0]:toks[last][1]])
            return None
        if w in STOP or _inside((s, e), persons):
            return None
        k += 1
    return None


def find_titles(text: str, spans: list[Span], taken: list[tuple[int, int]],
                persons: list[tuple[int, int]] | None = None) -> list[str]:
    """Title phrases next to any of a person's mention ``spans`` (verbatim, first occurrence order)."""
    toks = _tokens(text)
    ends = [t[1] for t in toks]
    starts = [t[0] for t in toks]
    persons = persons if persons is not None else []
    out: list[str] = []
    for sp in spans:
        j = bisect_right(ends, sp.start) - 1  # last token ending before the name
        i = bisect_left(starts, sp.end)  # first token after it
        found = [_before(text, toks, j, taken, persons), _after(text, toks, i, taken, persons)]
        if found[0]:  # a second role before the first, across a comma: "ولي العهد السعودي، الأمير محمد"
            k = bisect_right(starts, found[0].start) - 1  # the token the title starts in
            if k > 0 and toks[k - 1][2] in (",", "،"):
                found.append(_before(text, toks, k - 1, taken, persons))
        for t in found:
            if t and fold(t.text) not in {fold(x) for x in out}:
                out.append(t.text)
    return out


def title_references(text: str, persons: list[Entity], taken: list[tuple[int, int]]) -> list[tuple[Entity, Span]]:
    """Uses of a person's multi-word title on its own, as (person, span) pairs.

    A phrase given as title to two people in one article refers to neither. A use directly followed
    by a name is that name's title, and a use followed by another qualifier ("الرئيس الأمريكي السابق")
    is a different role.
    """
    toks = _tokens(text)
    owners: dict[tuple[str, ...], set[str]] = {}
    for ent in persons:
        for t in ent.titles:
            seq = tuple(w for _, _, w in _tokens(t) if w.isalnum() or w[0].isalnum())
            if len(seq) >= 2:
                owners.setdefault(seq, set()).add(ent.id)
    by_id = {e.id: e for e in persons}
    person_spans = [(m.start, m.end) for e in persons for m in e.mentions]
    out: list[tuple[Entity, Span]] = []
    for seq, ids in owners.items():
        if len(ids) != 1:
            continue
        ent = by_id[next(iter(ids))]
        n = len(seq)
        for i in range(len(toks) - n + 1):
            first = toks[i][2]
            clitic = 0 if first == seq[0] else next(
                (len(first) - len(v) for v in clitic_variants(first) if v == seq[0] and not v.startswith("ال")), None)
            if clitic is None or any(toks[i + k][2] != seq[k] for k in range(1, n)):
                continue
            start, end = toks[i][0] + clitic, toks[i + n - 1][1]
            if any(s < end and start < e for s, e in taken):
                continue
            nxt = i + n
            if nxt < len(toks) and toks[nxt][2] in (",", "،"):
                nxt += 1
            if nxt < len(toks) and _inside((toks[nxt][0], toks[nxt][1]), person_spans + taken):
                continue  # a title in front of a name
            if i + n < len(toks) and (toks[i + n][2] in ATTRIBUTES or (
                    toks[i + n][2].startswith("ال") and toks[i + n][2].endswith(("ي", "يه")))):
                continue  # a longer, different role
            out.append((ent, Span(start, end, text[start:end])))
    return out
