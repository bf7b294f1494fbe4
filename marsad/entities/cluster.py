"""In-document entity resolution: NER mentions -> one Entity record per real-world entity.

First the tagger's mentions are repaired: widened over name-part descriptors it left out ("محافظة
هلمند"), replaced by a lexicon name they lie inside ("بي سي" in "بي بي سي"), and joined by lexicon names
it missed (marsad.entities.gazetteer). Mentions are then grouped by their name key (clitic and spelling variants folded), then groups are joined
when one name contains the other (بوتين ⊂ فلاديمير بوتين; حماس ⊂ حركة حماس; مجلس الأمن ⊂ مجلس الأمن
الدولي), when an acronym follows a name in parentheses, when two names differ by one letter
(غوتيريش/غوتيريس), or when the lexicon gives both the same English name (داعش / تنظيم الدولة
الإسلامية). Titles next to a person's name (الرئيس الروسي، فلاديمير بوتين) become the person's titles,
and later uses of the same title phrase become mentions of that person. Each entity then gets its
fullest name, an English name and a cross-document key.
"""
from __future__ import annotations

import re
from collections import Counter

from ..document import Document, Entity, Mention, Span
from ..text import clitics
from ..text.normalize import norm_word
from . import gazetteer, homographs, names, pieces
from .arabic import clitic_variants, fold, key, same_word, word_before, words
from .titles import ATTRIBUTES, HEADS, find_titles, title_references


# Words in front of a name that do not change what it names ("حركة حماس" is "حماس").
TRANSPARENT = set(map(fold, """حركة تنظيم جماعة فصيل ميليشيات ميليشيا مليشيات مليشيا وكالة صحيفة جريدة قناة
محطة شبكة موقع مجلة شركة حزب منظمة هيئة مدينة بلدة قرية مخيم محافظة إقليم اقليم ولاية دولة مضيق هضبة
جزيرة منطقة العاصمة جهاز مؤسسة قوات""".split()))
# Descriptors left out of an entity's name ("مدينة حلب" is named "حلب").
PLACE_WORDS = set(map(fold, "مدينة بلدة قرية".split()))
# Outlet words: "صحيفة هاآرتس الإسرائيلية" is named "صحيفة هاآرتس", "صحيفة "الشرق الأوسط"" is "الشرق الأوسط".
OUTLET_WORDS = set(map(fold, "صحيفة جريدة قناة مجلة وكالة شبكة موقع إذاعة".split()))
_PAREN = re.compile(r"\s*[(\[]\s*$")
_RAW_WORD = re.compile(r"[\u0621-\u064a\u0670\u064b-\u065f]+")
_NAME_WORD = re.compile(r"\w+")
# Descriptor words that are part of a name ("محافظة هلمند", "بحر قزوين", "وكالة فرانس برس"); the tagger
# sometimes leaves them out. Generic ones ("مدينة", "موقع", "صحيفة") are not: "موقع تويتر" is "تويتر".
EXTEND_BEFORE = {
    "LOC": set(map(fold, "محافظة إقليم جزيرة مضيق بحر نهر جبل قطاع ميناء مطار معبر سجن مخيم".split())),
    "ORG": set(map(fold, "وكالة حركة تنظيم حزب كلية جامعة معهد".split())),
}
PLACE_ADJECTIVES = set(map(fold, "المحتلة الشرقية الغربية الشمالية الجنوبية الوسطى الكبرى".split()))
_PREV_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0640]+(?=\s*$)")
_NEXT_WORD = re.compile(r"\s+([\u0621-\u064a\u064b-\u065f\u0640]+)")
# Words a tagger sometimes takes into a mention's first token: prepositions, a naming verb.
FUNCTION = set(map(fold, "على في من عن إلى الى مع أن إن يدعى تدعى يسمى اسمه قال قالت".split()))


def _trim(text: str, type_: str) -> tuple[int, int]:
    """The name part of a tagger's mention: without a leading preposition or verb the tagger took in
    ("على عباس", "ويدعى عمر"), a person's role words in front ("المدون الشاب شادي أبوزيد"), or words
    run on after a known name ("منظمة الصحة العالمية قوله"). Returns (start, end) in ``text``."""
    toks = [(m.start(), m.end(), fold(m.group())) for m in _NAME_WORD.finditer(text)]
    if len(toks) < 2:
        return 0, len(text)
    i = 0
    first = toks[0][2]
    if first in FUNCTION or any(v in FUNCTION for v in clitic_variants(first)):
        i = 1
    if type_ == "PER":
        j = i
        while j < len(toks) - 1 and (toks[j][2] in HEADS or any(v in HEADS for v in clitic_variants(toks[j][2]))
                                     or (j > i and toks[j][2].startswith("ال"))):
            j += 1
        if j > i and not toks[j][2].startswith("ال"):
            i = j
    end = len(toks)
    if type_ != "PER":
        full = " ".join(t[2] for t in toks[i:])
        if not _lexicon_has(full):
            for e in range(len(toks) - 1, i + 1, -1):
                # an adjective after the known part belongs to the name ("الأراضي الفلسطينية المحتلة")
                if not toks[e][2].startswith("ال") and names.lookup(" ".join(t[2] for t in toks[i:e])):
                    end = e
                    break
    return toks[i][0], toks[end - 1][1]


def _bare(text: str, known: Counter) -> tuple[str, int | None]:
    """The mention's key without a prefix clitic when the bare reading is a name, and how many
    characters of ``text`` that clitic takes (None when the bare form is not a plain suffix of the text,
    as in للأمم = لـ + الأمم).

    Evidence for the bare reading: another mention or a lexicon name reads so, or the corpus-based
    clitic segmenter splits the word (وفرحان = و + فرحان, while بوتين and فرنسا stay whole).
    """
    w = words(text)
    raw = _RAW_WORD.search(text)
    if not w or not raw:
        return " ".join(w), 0
    full = " ".join(w)
    if _lexicon_has(full):
        return full, 0
    for v in clitic_variants(w[0]):
        cand = " ".join([v] + w[1:])
        article = v.startswith("ال") and len(v) >= 5 and not w[0].startswith("ال")  # والولايات, not وكالة
        if known[cand] or _lexicon_has(cand) or article:
            return cand, (raw.start() + len(w[0]) - len(v) if w[0].endswith(v) else None)
    if not w[0].startswith("لل"):
        pieces = clitics.split(raw.group())
        n = 0
        for s, e, role in pieces:
            if role != "proclitic" or e - s != 1 or raw.group()[s] not in "وفبلك":
                break
            n = e
        if n and len(w[0]) - n >= 3:
            return " ".join([w[0][n:]] + w[1:]), raw.start() + n
    return full, 0


def _lexicon_has(k: str) -> bool:
    lex = names.lexicons()
    return k in lex.names or (" " not in k and k in lex.tokens)


def _same_person_word(a: str, b: str) -> bool:
    """One word of a person's name in two spellings: a letter written or left out (ترمب/ترامب), or a
    changed letter in a long word (غوتيريش/غوتيريس); "دونغ" and "يونغ" name different people."""
    return a == b or (same_word(a, b) and (len(a) != len(b) or min(len(a), len(b)) >= 5))


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(_same_person_word(s, x) for x in it) for s in short)


def _contains(long: str, short: str, type_: str) -> bool:
    """Does the name ``long`` include the name ``short`` as a shorter reference to the same entity?"""
    lw, sw = long.split(), short.split()
    if len(sw) >= len(lw):
        same = _same_person_word if type_ == "PER" else same_word
        return len(sw) == len(lw) and all(same(a, b) for a, b in zip(sw, lw))
    if type_ == "PER":
        return _subsequence(sw, lw)
    # Other types: transparent descriptors before, definite adjectives after ("الغوطة الشرقية").
    for i in range(len(lw) - len(sw) + 1):
        if all(same_word(a, b) for a, b in zip(sw, lw[i:i + len(sw)])):
            before, after = lw[:i], lw[i + len(sw):]
            if all(w in TRANSPARENT for w in before) and all(w.startswith(("ال", "لل")) for w in after):
                return True
    return False


class _Sets:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, keep: int, other: int) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


def _group(doc: Document, mentions: list[Mention]) -> tuple[list[list[int]], list[tuple[str, tuple[int, int]]]]:
    """Indices of ``mentions`` grouped by entity, and each mention's bare key with the (start, end) of
    its name part in the mention text."""
    known = Counter(" ".join(words(m.text)) for m in mentions)
    readings = []
    for m in mentions:
        s0, e0 = _trim(m.text, m.type)
        k, skip = _bare(m.text[s0:e0], known)
        readings.append((k, (s0 + skip, e0) if skip is not None else (0, len(m.text))))
    bare = [k for k, _ in readings]
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(bare):
        if k:
            by_key.setdefault(k, []).append(i)
    keys = list(by_key)
    tagged = {k: Counter(mentions[i].type for i in by_key[k]).most_common(1)[0][0] for k in keys}
    typ = {k: names.known_type(k) or tagged[k] for k in keys}
    sets = _Sets(len(keys))
    idx = {k: n for n, k in enumerate(keys)}

    # Same English name from the lexicon (places and organizations also across the tagger's types:
    # "يوروستات" tagged LOC is the ORG "مكتب الإحصاءات الأوروبي").
    en: dict[tuple[bool, str], int] = {}
    for k in keys:
        hit = names.lookup(k, typ[k])
        if hit:
            other = en.setdefault((typ[k] == "PER", hit), idx[k])
            sets.union(other, idx[k])

    # Acronym or short form in parentheses right after a name.
    for i, m in enumerate(mentions):
        for j in range(i + 1, min(i + 2, len(mentions))):
            n = mentions[j]
            if bare[i] and bare[j] and _PAREN.match(doc.text[m.end:n.start]):
                sets.union(idx[bare[i]], idx[bare[j]])

    # Containment and one-letter variants: join each name to the best longer name of its type.
    order = sorted(keys, key=lambda k: (len(k.split()), len(k)), reverse=True)
    first = {k: min(mentions[i].start for i in by_key[k]) for k in keys}
    for n, short in enumerate(order):
        # a surname the tagger typed as a place joins a full name the lexicon knows as a person's
        # ("هولاند" in "فرانسوا هولاند"), and so does a surname the tagger read as a person although the
        # lexicon knows the word as something else ("رمضان" of "طارق رمضان"); otherwise types must agree
        hosts = [long for long in order[:n] if _contains(long, short, typ[long]) and (
            typ[long] == typ[short] or (typ[long] == "PER" and " " not in short and (
                not names.known_type(short) or tagged[short] == "PER")))]
        if not hosts:
            continue
        roots = {sets.find(idx[h]) for h in hosts}
        if len(roots) > 1 and typ[short] == "PER":
            # "عباس" with two full names that include it: the nearest full name before it.
            before = [h for h in hosts if first[h] <= first[short]] or hosts
            hosts = [max(before, key=lambda h: first[h])]
        sets.union(sets.find(idx[hosts[0]]), idx[short])

    out: dict[int, list[int]] = {}
    for k in keys:
        out.setdefault(sets.find(idx[k]), []).extend(by_key[k])
    return [sorted(v, key=lambda i: mentions[i].start) for v in out.values()], readings


def _name(doc_text: str, ms: list[Mention], readings: list[tuple[str, tuple[int, int]]]) -> tuple[str, str]:
    """Fullest name form, verbatim, without a leading clitic where the text allows (guideline D7) and
    without a place word in front ("مدينة حلب" is named "حلب"); with its bare key."""
    forms, keys = [], []
    for m, (k, (s, e)) in zip(ms, readings):
        text = m.text[s:e]
        if text.startswith("لل") and k.startswith("ال"):  # للسعودية: "السعودية" if the text has it anywhere
            bare = re.search(r"(?<![\u0621-\u064a])ال" + re.escape(text[2:]) + r"(?![\u0621-\u064a])", doc_text)
            text = bare.group() if bare else text
        w = words(text)
        if len(w) > 1 and w[0] in PLACE_WORDS:
            text = text.split(None, 1)[1]
            k = key(text)
        elif m.type == "ORG" and len(w) > 1 and w[0] in OUTLET_WORDS:
            text = _outlet_name(text)
            k = key(text)
        forms.append(text.strip())
        keys.append(k)
    counts = Counter(forms)
    best = max(range(len(forms)), key=lambda n: (len(words(forms[n])), counts[forms[n]], len(forms[n]), -n))
    # a listed person's name with a word the tagger ran on ("تركي آل الشيخ أومال") is named as listed
    listed = [n for n in range(len(forms)) if ms[n].type == "PER" and names.known_type(keys[n]) == "PER"
              and keys[best].startswith(keys[n] + " ")]
    if listed:
        best = max(listed, key=lambda n: (len(words(forms[n])), counts[forms[n]], -n))
    return forms[best], keys[best]


def _outlet_name(text: str) -> str:
    """An outlet's name without the nationality adjective the article adds ("وكالة انترفاكس الروسية")
    and, when the name itself is quoted, without the outlet word ("صحيفة "الشرق الأوسط"")."""
    head, rest = text.split(None, 1)
    quoted = re.fullmatch(r'["«“]([^"«»“”]+)["»”]?', rest.strip())  # the reading may leave the closing mark out
    if quoted:
        return quoted.group(1).strip()
    w = words(rest)
    last = w[-1] if w else ""
    if len(w) >= 2 and not w[0].startswith("ال") and last.startswith("ال") and last.endswith(("يه", "ي")):
        return text[:text.rstrip().rfind(" ")].rstrip()
    return text


def entity_key(type_: str, name: str) -> str:
    """Cross-document key: type + normalized canonical name (clitic-free, spelling-folded)."""
    return f"{type_}:" + " ".join(norm_word(w) for w in name.split())


def _extend(doc: Document) -> None:
    """Widen a tagger's mention over the descriptor word in front of it and a place adjective after it
    ("محافظة هلمند", "وكالة فرانس برس", "بحر قزوين", "الأراضي الفلسطينية المحتلة"): the text names the
    entity so, and "ميناء الحديدة" is the port, not the city. The words must be adjacent (spaces only)."""
    text = doc.text
    spans = sorted((m.start, m.end) for m in doc.mentions)
    for m in doc.mentions:
        words_before = EXTEND_BEFORE.get(m.type)
        if not words_before:
            continue
        window = max(0, m.start - 30)
        before = _PREV_WORD.search(text, window, m.start)
        if before and (before.start() > window or window == 0) and before.end() < m.start and not text[before.end():m.start].strip():
            w = fold(before.group())
            if (w in words_before or any(v in words_before for v in clitic_variants(w))) and not any(
                    s < m.start and before.start() < e for s, e in spans if (s, e) != (m.start, m.end)):
                m.start = before.start()
        after = _NEXT_WORD.match(text, m.end)
        if m.type == "LOC" and after and fold(after.group(1)) in PLACE_ADJECTIVES and not any(
                s < after.end() and m.end < e for s, e in spans if (s, e) != (m.start, m.end)):
            m.end = after.end()
        m.text = text[m.start:m.end]


def _role_only(text: str) -> bool:
    """A tagged "person" that is only a role: "ولي العهد السعودي", "وزير الخارجية"."""
    w = words(text)
    if not w or not (w[0] in HEADS or any(v in HEADS for v in clitic_variants(w[0]))):
        return False
    return all(x.startswith("ال") or x in HEADS or x in ATTRIBUTES for x in w[1:])


def _drop_roles_before_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A role the tagger marked as a person right before a person's name ("ولي العهد السعودي، الأمير محمد
    بن سلمان") is that person's title, found as such later: it is no mention of its own."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for m, nxt in zip(ordered, ordered[1:] + [None]):
        if (m.type == "PER" and nxt is not None and nxt.type == "PER" and _role_only(m.text)
                and not text[m.end:nxt.start].strip(" ،,")):
            continue
        out.append(m)
    return out


# Currency nouns after an amount ("54 مليار دولار") are units, not names; the tagger learned them as MISC from
# ANERcorp, whose annotators tagged every دولار. A named currency ("الريال الإيراني") stays.
CURRENCIES = set(map(fold, """دولار دولارا دولارات يورو دينار دينارا درهم دراهم جنيه جنيها ريال ريالا ليرة روبل ين
يوان إسترليني استرليني أورو فرنك شيكل روبية""".split()))
AMOUNTS = set(map(fold, "ألف آلاف ألفي مليون ملايين مليوني مليار مليارات ملياري ترليون تريليون".split()))


def _drop_amount_units(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions
            if not (m.type == "MISC" and key(m.text) in CURRENCIES and _after_amount(text, m.start))]


def _after_amount(text: str, pos: int) -> bool:
    before = fold(word_before(text, pos, 20))
    return before[-1:].isdigit() or any(  # "بمليون دولار"، "التريليون درهم"
        v in AMOUNTS or v.removeprefix("ال") in AMOUNTS for v in (before, *clitic_variants(before)))


def _join_roles(doc: Document, persons: list[Entity]) -> None:
    """A role-only "person" whose phrase is one person's title is that person ("قال ولي العهد السعودي")."""
    owners: dict[str, list[Entity]] = {}
    for e in persons:
        for t in e.titles:
            owners.setdefault(key(t), []).append(e)
    for e in persons:
        if not all(_role_only(m.text) for m in e.mentions):
            continue
        hosts = [h for h in owners.get(key(e.name), []) if h is not e]
        if len(hosts) == 1:
            hosts[0].mentions.extend(e.mentions)
            for m in doc.mentions:
                if m.entity == e.id:
                    m.entity = hosts[0].id
            doc.entities.remove(e)


def _renumber(doc: Document) -> None:
    new = {e.id: f"E{n}" for n, e in enumerate(doc.entities, 1)}
    for e in doc.entities:
        e.id = new[e.id]
    for m in doc.mentions:
        m.entity = new.get(m.entity) if m.entity else None


def annotate(doc: Document) -> Document:
    pieces.repair(doc)
    _extend(doc)
    found = gazetteer.merge(doc.mentions, gazetteer.find(doc))
    found = _drop_amount_units(_drop_roles_before_names(found, doc.text), doc.text)
    doc.mentions = sorted(found, key=lambda m: (m.start, -m.end))
    mentions = list(doc.mentions)
    groups, readings = _group(doc, mentions)
    groups.sort(key=lambda g: mentions[g[0]].start)
    doc.entities = []
    bare_name: dict[str, str] = {}  # entity id -> key of its name without clitic (for English and key)
    for n, g in enumerate(groups, 1):
        ms = [mentions[i] for i in g]
        name, name_key = _name(doc.text, ms, [readings[i] for i in g])
        # the type a trusted lexicon record gives the name, else one of the other forms, else the tagger's
        type_ = Counter(m.type for m in ms).most_common(1)[0][0]
        known = [t for t in (names.known_type(readings[i][0]) for i in g) if t]
        if names.known_type(name_key):
            type_ = names.known_type(name_key)
        elif known and (type_ != "PER" or known[0] == "PER" or len(ms) == 1):
            type_ = Counter(known).most_common(1)[0][0]
        ent = Entity(id=f"E{n}", type=type_, name=name)
        bare_name[ent.id] = name_key
        for m in ms:
            m.entity = ent.id
        ent.mentions = [Span(m.start, m.end, m.text) for m in ms]
        doc.entities.append(ent)

    persons = [e for e in doc.entities if e.type == "PER"]
    # Titles are looked for around the name part of each mention ("المدون الشاب شادي أبوزيد" from the
    # tagger has its role words in front of the name).
    name_part = {}
    for i, m in enumerate(mentions):
        s, e = readings[i][1]
        name_part[(m.start, m.end)] = Span(m.start + s, m.start + e, m.text[s:e])
    taken = [(m.start, m.end) for m in mentions]
    for ent in persons:
        spans = [name_part.get((m.start, m.end), m) for m in ent.mentions]
        others = [(m.start, m.end) for e in persons if e is not ent for m in e.mentions]
        ent.titles = find_titles(doc.text, spans, taken, others)
    for ent, span in title_references(doc.text, persons, taken):
        ent.mentions.append(span)
        doc.mentions.append(Mention(span.start, span.end, span.text, "PER", ent.id))
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    _join_roles(doc, persons)
    _renumber(doc)

    for ent in doc.entities:
        ent.mentions.sort(key=lambda s: s.start)
        title_keys = {key(t) for t in ent.titles}
        forms = sorted({key(m.text) for m in ent.mentions if key(m.text) not in title_keys} - {key(ent.name)},
                       key=lambda f: -len(f.split()))
        name = bare_name.get(ent.id, key(ent.name))
        # romanized from the name as written when no clitic was cut: folding merges أل (Alexander) with
        # the article ال and إي (E) with آي (I)
        written = ent.name if key(ent.name) == name else name
        ent.name_en, ent.name_en_source = names.english_name(written, ent.type, tuple(forms))
        ent.key = entity_key(ent.type, names.canonical(name, ent.type, tuple(forms)))
        place = homographs.sense(name, doc.text, ent.mentions) if ent.type == "LOC" else None
        if place and place.english != ent.name_en:  # Amman, not the lexicon's Oman: another place, another key
            ent.name_en, ent.name_en_source = place.english, "lexicon"
            ent.key += "@" + place.english
    return doc
