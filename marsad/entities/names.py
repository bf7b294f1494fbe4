"""English names for entities: lexicon look-up, composition, then transliteration.

Order of trust: the hand-written list (marsad/data/names_manual.tsv), the built place lexicon
(CLDR, mledoze countries, GeoNames), names composed from those ("الجيش السوري" -> "Syrian Army",
"مدينة حلب" -> "Aleppo", "شمال سيناء" -> "North Sinai"), and last a word-by-word romanization
(name-word lexicon from Wikidata/ANETAC/Google pairs, character model for unknown words).
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .arabic import clitic_variants, edit1, key, same_word, strip_marks, words

DATA = Path(__file__).resolve().parents[1] / "data"
# First words of Arabic place names, romanized the way maps and news write them ("بيت سوا" is Beit Sawa,
# not "House of Sawa"; "عين ترما" is Ein Tarma).
TOPONYM_WORDS = {key(a): e for a, e in (
    ("بيت", "Beit"), ("عين", "Ein"), ("تل", "Tel"), ("كفر", "Kafr"), ("دير", "Deir"), ("خان", "Khan"),
    ("جبل", "Jabal"), ("وادي", "Wadi"), ("رأس", "Ras"), ("بئر", "Bir"), ("قصر", "Qasr"), ("أم", "Umm"),
    ("أبو", "Abu"), ("بني", "Bani"), ("سيدي", "Sidi"), ("مرج", "Marj"))}

# Latin letters spelled out in Arabic ("بي بي سي" is BBC, "إف بي آي" FBI); read before folding, which
# would merge إي (E) and آي (I). بي also writes P, which Arabic lacks: B is the more common reading.
LETTER_NAMES = {a: e for e, forms in (
    ("A", "إيه ايه أيه"), ("B", "بي"), ("C", "سي"), ("D", "دي"), ("E", "إي"), ("F", "إف اف أف"), ("G", "جي"),
    ("H", "إتش اتش أتش إيتش"), ("I", "آي اي"), ("J", "جيه جاي"), ("K", "كيه كاي"), ("L", "إل"), ("M", "إم ام"),
    ("N", "إن ان"), ("O", "أو او"), ("Q", "كيو"), ("R", "آر ار"), ("S", "إس اس"), ("T", "تي"), ("U", "يو"),
    ("V", "في"), ("W", "دبليو"), ("X", "إكس اكس"), ("Y", "واي"), ("Z", "زد")) for a in forms.split()}


def _raw_words(name: str) -> list[str] | None:
    """The words of ``name`` as written (marks dropped, letters not folded), when they line up with words()."""
    raw = [w.strip("\"'()«»،,.") for w in strip_marks(name).split()]
    return raw if len(raw) == len(words(name)) else None


def spelled_letters(name: str) -> list[str | None]:
    """Per word of ``name`` (as marsad.entities.arabic.words splits it), the Latin letter it spells or None."""
    raw = _raw_words(name)
    return [LETTER_NAMES.get(w) for w in raw] if raw else [None] * len(words(name))

# Letters the article assimilates to ("ad-Din", "ash-Sharif"), with their Latin spelling.
SUN_LETTERS = {"ت": "t", "ث": "th", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
               "ض": "d", "ط": "t", "ظ": "z", "ن": "n"}
# Words that follow a name without being part of it: "القدس المحتلة", "تشاينا ديلي الرسمية".
TRAILING = {key(a) for a in ("المحتلة", "المحتل", "الرسمية", "الرسمي")}


@dataclass(frozen=True)
class Lexicons:
    names: dict[str, dict[str, str]]  # key -> {type: English}, manual entries first
    demonyms: dict[str, tuple[str, str]]  # folded adjective (no ال, no ة) -> (country, adjective)
    heads: dict[str, str]  # folded head words -> pattern with {adj}/{country}
    descriptors: dict[str, str]  # folded descriptor word -> pattern with {x}
    tokens: dict[str, str]  # folded name word -> English spelling
    glossary: dict[str, str]  # folded word of institution/event names (no ال) -> English
    typed: dict[str, str]  # key -> the one type a hand-written or country record gives the name
    spotted: dict[str, str]  # key -> type of the unambiguous names worth finding in text the tagger missed
    surnames: dict[str, str]  # last word of a listed person's name -> English name of its first holder
    canon: dict[tuple[str, str], str]  # (key, type) of a hand-written form -> key of the row's first form
    single: dict[str, list[str]]  # type -> hand-written names and countries, for spelling variants
    spellings: dict[str, int]  # English spelling of name words -> votes, for the character model
    countries: frozenset[str]  # keys of country names (mledoze, CLDR)
    cities: frozenset[str]  # keys of city names (GeoNames, CLDR time zones)


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    names: dict[str, tuple[str, str]] = {}
    demonyms, heads, descriptors, glossary = {}, {}, {}, {}
    typed: dict[str, str] = {}
    countries: set[str] = set()
    cities: set[str] = set()
    last: dict[str, str] = {}
    manual: set[str] = set()
    canon: dict[tuple[str, str], str] = {}
    for line in (DATA / "names_manual.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        col = line.split("\t")
        if col[0] == "DEM":
            for form in col[3].split("|"):
                demonyms[key(form)] = (col[1], col[2])
        elif col[0] == "WORD":
            for form in col[2].split("|"):
                k = key(form)
                glossary.setdefault(k, col[1])
                if not k.endswith("ه"):  # feminine adjective: وطني -> وطنيه, مشترك -> مشتركه
                    glossary.setdefault(k + "ه", col[1])
        elif col[0] in ("HEAD", "DESC"):
            table = heads if col[0] == "HEAD" else descriptors
            for form in col[2].split("|"):
                table.setdefault(key(form), col[1])
        else:
            first = key(col[2].split("|")[0])
            for form in col[2].split("|"):
                names.setdefault(key(form), {}).setdefault(col[0], col[1])
                manual.add(key(form))
                canon.setdefault((key(form), col[0]), first)
                if col[0] == "PER" and " " in key(form):
                    canon.setdefault((key(form).split()[-1], "PER*"), first)
                if col[0] == "PER" and " " in key(form):  # the list puts a surname's best-known holder first
                    last.setdefault(key(form).split()[-1], col[1])
    with gzip.open(DATA / "names_places.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            k, typ, en, src = line.rstrip("\n").split("\t")
            names.setdefault(k, {}).setdefault(typ, en)
            if src not in ("geonames", "cldr-city") and k not in typed:  # town names collide with words
                typed[k] = typ
            if src in ("mledoze", "cldr"):
                countries.add(k)
            else:
                cities.add(k)
    tokens = {}
    spellings: dict[str, int] = {}
    with gzip.open(DATA / "names_tokens.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            k, en, votes = line.rstrip("\n").split("\t")
            tokens[k] = en
            spellings[en] = spellings.get(en, 0) + int(votes)
    for k in manual:  # hand-written names with one type; GeoNames towns stay untyped (people share them)
        if len(names[k]) == 1:
            typed[k] = next(iter(names[k]))
    # Names with one reading: several words, countries, hand-written organizations and places.
    spotted = {k: t for k, t in typed.items() if len(names[k]) == 1 and (
        " " in k or k in countries or (k in manual and t in ("ORG", "LOC")))}
    surnames = last
    single: dict[str, list[str]] = {}
    for k in manual | countries:
        if len(k) >= 5 and k in typed:
            single.setdefault(typed[k], []).append(k)
    return Lexicons(names, demonyms, heads, descriptors, tokens, glossary, typed, spotted, surnames, canon, single,
                    spellings, frozenset(countries), frozenset(cities - countries))


@lru_cache(maxsize=1)
def char_model():
    from .translit import CharModel
    with gzip.open(DATA / "names_translit.json.gz", "rt", encoding="utf-8") as f:
        return CharModel(json.load(f), known=lexicons().spellings)


def gazetteer() -> dict[str, dict[str, str]]:
    """Folded name (marsad.entities.arabic.key) -> {type: English} for every full name the lexicons
    know; for NER gazetteer features."""
    return lexicons().names


def _keys(name: str) -> list[str]:
    """The name's key and its readings without a prefix clitic on the first word."""
    w = words(name)
    if not w:
        return []
    return [" ".join(w)] + [" ".join([v] + w[1:]) for v in clitic_variants(w[0])]


def lookup(name: str, type_: str | None = None) -> str | None:
    """English name from the lexicons for a full name, preferring a record of the same type."""
    lex = lexicons()
    other = None
    for k in _keys(name):
        hit = lex.names.get(k)
        if hit:
            if type_ is None or type_ in hit:
                return hit.get(type_) or next(iter(hit.values()))
            for t in ("LOC", "ORG"):
                if t in hit and type_ in ("LOC", "ORG"):
                    other = other or hit[t]
    # Countries act (LOC) and NER sometimes types an organization LOC ("الناتو"): LOC and ORG records
    # answer each other when nothing of the asked type exists; people never take a place's name.
    return other


@lru_cache(maxsize=1)
def _people() -> tuple[dict[str, str], list[tuple[list[str], str]]]:
    """Hand-written people by their name written without spaces, and by their words."""
    lex = lexicons()
    joined, split = {}, []
    for (k, t), first in lex.canon.items():
        if t == "PER" and " " in k:
            joined.setdefault(k.replace(" ", ""), k)
            split.append((k.split(), k))
    return joined, split


def listed_person(name: str) -> str | None:
    """Key of the hand-written person a name spells a little differently: spaces ("حسن نصرالله",
    "عبدالفتاح السيسي") or one letter per word ("بنيامين نتانياهو")."""
    w = words(name)
    if len(w) < 2 and not (w and len(w[0]) >= 8):
        return None
    joined, split = _people()
    hit = joined.get("".join(w))
    if hit:
        return hit
    for parts, k in split:
        if len(parts) == len(w) and all(same_word(a, b) for a, b in zip(w, parts)):
            return k
    return None


def _one_letter_more_or_less(a: list[str], b: list[str]) -> bool:
    """Word lists equal but for one word of four letters or more that has one letter written or left out
    (الدانمارك/الدنمارك, السوفييتي/السوفيتي); a changed letter is another name (العرب/الغرب)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and min(map(len, diff[0])) >= 4 and abs(len(diff[0][0]) - len(diff[0][1])) == 1 \
        and edit1(*diff[0])


def variant(name: str, type_: str) -> str | None:
    """English name of a place, organization or work written a little differently from its listed form:
    a country with the article ("البيرو" for بيرو), a word one letter longer or shorter ("الدانمارك",
    "تشلسي", "الاتحاد السوفييتي")."""
    w = words(name)
    if not w or type_ == "PER" or len(" ".join(w)) < 5:
        return None
    lex = lexicons()
    if len(w) == 1 and w[0].startswith("ال") and type_ == "LOC" and lex.typed.get(w[0][2:]) == "LOC":
        return lex.names[w[0][2:]]["LOC"]
    close = {lex.names[k][type_] for k in lex.single.get(type_, ()) if _one_letter_more_or_less(k.split(), w)}
    return close.pop() if len(close) == 1 else None


def known_type(name: str) -> str | None:
    """The type the trusted lexicons (hand-written, countries) give a name, if exactly one."""
    lex = lexicons()
    for k in _keys(name):
        if k in lex.typed:
            return lex.typed[k]
        if k in lex.names:
            return None
    return None


def demonym(word: str) -> tuple[str, str] | None:
    """(country, adjective) for a nationality adjective like "الروسي", "الأمريكية", "سوري"."""
    w = key(word)
    if w.startswith("ال"):
        w = w[2:]
    if w.endswith("ه"):
        w = w[:-1]
    return lexicons().demonyms.get(w)


def _with_article(country: str) -> str:
    return "the " + country if country.split()[0] in ("United", "Netherlands", "Philippines") else country


def compose(name: str, type_: str) -> tuple[str, bool] | None:
    """English name built from a head/descriptor pattern; (name, all parts from a lexicon)."""
    lex = lexicons()
    w = words(name)
    if len(w) >= 2:
        dem = demonym(w[-1])
        head = " ".join(w[:-1])
        if dem and head in lex.heads:
            country, adj = dem
            return lex.heads[head].format(adj=adj, country=_with_article(country)), True
    if len(w) >= 2 and w[0] in lex.descriptors:
        rest = " ".join(w[1:])
        en, source = english_name(rest, type_)
        if en:
            return lex.descriptors[w[0]].format(x=en), source == "lexicon"
    return None


def _cap(part: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in part.split("-"))


@lru_cache(maxsize=65_536)
def romanize_word(word: str) -> str:
    """One folded Arabic word in Latin letters: name-word lexicon, else the character model."""
    lex = lexicons()
    if word in lex.tokens:
        return lex.tokens[word]
    return char_model().best(word)


def without_article(english: str, word: str) -> str:
    """The English spelling of a name word written with the article (``word``), the article dropped:
    "alhariri" -> "hariri", "el-shamy" -> "shamy", "eddine" (الدين, assimilated) -> "dine"."""
    bare = re.sub(r"^(al|el|l')-?(?=[a-z]{3})", "", english)
    sun = SUN_LETTERS.get(word[2:3])
    if sun and re.match(rf"[ae]{sun}-?{sun}[a-z]{{2}}", english):
        bare = english[1 + len(sun):].lstrip("-")
    return bare


def _after_article(word: str) -> str:
    """A word written with the article, romanized without it: the word with its article has its own
    spelling when known (المشنوق -> Machnouk, not Mashnok; الرحمن -> Rahman), else its stem's."""
    known = lexicons().tokens.get(word) if len(word) > 4 else None
    return _cap(without_article(known, word) if known else romanize_word(word[2:]))


def romanize(name: str, type_: str = "PER") -> str:
    """Word-by-word romanization following news conventions for Arabic names (al-, Abdul, Abu, bin)."""
    w = words(name)
    letters = spelled_letters(name)
    # أل/إل opening a word is part of a foreign name (ألكسندر, إلينوي), not the article ال
    raw = _raw_words(name) or w
    hamza_al = [r.startswith(("أل", "إل", "آل")) for r in raw]
    out: list[str] = []
    i = 0
    while i < len(w):
        tok = w[i]
        run = 0
        while i + run < len(w) and letters[i + run]:
            run += 1
        if run >= 2:  # a run of spelled-out letters is an acronym: سي إن إن -> CNN
            out.append("".join(letters[i:i + run]))
            i += run
            continue
        if tok.isascii():  # Latin letters as written: MBC, iPhone
            out.append(raw[i] if raw[i].isascii() and not raw[i].islower() else tok.capitalize())
        elif tok == "الله":
            out.append("Allah")
        elif type_ == "LOC" and i == 0 and tok in TOPONYM_WORDS and len(w) > 1:
            out.append(TOPONYM_WORDS[tok])
        elif i + 1 < len(w) and w[i + 1] == "الله":  # عبد الله -> Abdullah, إحسان الله -> Ehsanullah
            out.append("Abdullah" if tok == "عبد" else _cap(romanize_word(tok)) + "ullah")
            i += 1
        elif tok == "عبد" and i + 1 < len(w) and w[i + 1].startswith("ال"):
            out.append("Abdul " + _after_article(w[i + 1]))  # عبد الحسيب -> Abdul Hasib
            i += 1
        elif tok in ("ابو", "بن", "ابن", "بنت"):
            out.append({"ابو": "Abu", "بن": "bin", "ابن": "Ibn", "بنت": "bint"}[tok])
        elif tok.startswith("ابو") and len(tok) > 5 and tok[3:] in lexicons().tokens:  # أبوزيد -> Abu Zayd
            out.append("Abu " + _cap(romanize_word(tok[3:])))
        elif tok.startswith("ال") and len(tok) > 3 and not hamza_al[i]:
            out.append(("al-" if out else "Al-") + _after_article(tok))
        else:
            out.append(_cap(romanize_word(tok)))
        i += 1
    return " ".join(p for p in out if p)


def _gloss(word: str) -> tuple[str, str] | None:
    """(link, English) for a word of an institution name: link is "of" for a لـ prefix, "and" for و."""
    lex = lexicons()
    link = ""
    if word.startswith("لل") and len(word) > 3:
        link, word = "of", "ال" + word[2:]
    elif word.startswith("وال"):
        link, word = "and", word[1:]
    elif word.startswith("ل") and len(word) > 3 and word not in lex.glossary and word[1:] in lex.glossary:
        link, word = "for", word[1:]  # المرصد السوري لحقوق الإنسان: ... for Human Rights
    base = word[2:] if word.startswith("ال") and len(word) > 3 else word
    if base in lex.glossary:
        return link, lex.glossary[base]
    dem = demonym(base)
    if dem:
        return link, dem[1]
    return None


ROYAL = {key(a): e for a, e in (("الملك", "King"), ("الأمير", "Prince"), ("الملكة", "Queen"))}


def translate(name: str, whole: bool = False) -> str | None:
    """English for a name built from common words and known names, in English order.

    Arabic puts the head first ("المقاومة اليمنية المشتركة"); reading each linked segment backwards gives
    the English compound ("Joint Yemeni Resistance"); "لـ" starts an "of" part. Known names inside stay
    whole ("المؤتمر السنوي لحزب المحافظين" -> "Annual Conference of Conservative Party"). None when fewer
    than half of the words are known, or with ``whole`` when any word is unknown.
    """
    w = words(name)
    segments: list[list[tuple[str, bool]]] = [[]]  # (English, is a proper name)
    links: list[str] = []
    known = i = 0
    while i < len(w):
        if w[i] in ROYAL and i + 1 < len(w) and not _gloss(w[i + 1]):
            # a king's or prince's name inside an institution's: "جامعة الملك سعود" -> King Saud University
            n = 3 if w[i + 1] == "عبد" and i + 2 < len(w) else 2
            segments[-1].append((ROYAL[w[i]] + " " + romanize(" ".join(w[i + 1:i + n])), True))
            known += n
            i += n
            continue
        for j in range(min(len(w), i + 4), i, -1):  # longest known name first
            span = " ".join(w[i:j])
            link = ""
            if span.startswith("لل"):
                link, span = "of", "ال" + span[2:]
            en = lookup(span) if j - i > 1 or span not in lexicons().glossary else None
            if en and (j - i > 1 or not _gloss(w[i])):
                if link:
                    links.append(link)
                    segments.append([])
                segments[-1].append((en, True))
                known += j - i
                i = j
                break
        else:
            g = _gloss(w[i])
            if g:
                link, en = g
                if link:
                    links.append(link)
                    segments.append([])
                segments[-1].append((en, False))
                known += 1
            elif w[i] == "في":
                links.append("in")
                segments.append([])
                known += 1
            elif w[i].isdigit():  # a year goes first ("مونديال 2018" -> 2018 World Cup), a model number not
                segments[-1].append((w[i], len(w[i]) < 4))
                known += 1
            elif w[i].startswith("لل") and len(w[i]) > 4:  # an unknown name after لـ: "of" + the name
                links.append("of")
                segments.append([(romanize("ال" + w[i][2:]), True)])
            else:
                segments[-1].append((romanize(w[i]), True))
            i += 1
    if known * 2 < len(w) or (whole and known < len(w)) or not any(not proper for seg in segments for _, proper in seg):
        return None
    out = []
    for n, seg in enumerate(segments):
        if n:
            out.append(links[n - 1])
        if links[n - 1:n] == ["and"]:
            out.extend(en for en, _ in seg)
            continue
        blocks: list[tuple[list[str], bool]] = []  # runs of proper names keep their order
        prev = False
        for en, proper in seg:
            if proper and prev:
                blocks[-1][0].append(en)
            else:
                blocks.append(([en], proper))
            prev = proper
        # a year, then a name after the head word, come before the adjectives: "مجلس منبج العسكري" -> Manbij
        # Military Council; a name that is the head keeps its place ("كولومبيا البريطانية" -> British Columbia)
        named_head = bool(blocks) and blocks[0][1]
        rank = [(0 if b[0].isdigit() else 1 if proper and not named_head else 2) for b, proper in reversed(blocks)]
        ordered = [b for _, b in sorted(zip(rank, (b for b, _ in reversed(blocks))), key=lambda rb: rb[0])]
        out.extend(" ".join(b) for b in ordered)
    return " ".join(p for p in out if p) or None


def canonical(name: str, type_: str, forms: tuple[str, ...] = ()) -> str:
    """Key of the name one entity goes by across articles: the hand-written list's first form for any
    listed spelling or surname ("ترمب", "دونالد ترمب" -> "دونالد ترامب"), else the name's own key."""
    lex = lexicons()
    for form in (name, *forms):
        for k in _keys(form):
            if (k, type_) in lex.canon:
                return lex.canon[(k, type_)]
    w = words(name)
    if type_ == "PER" and len(w) == 1 and w[0] in lex.surnames:
        return lex.canon.get((w[0], "PER*"), key(name))
    close = listed_person(name) if type_ == "PER" else None
    return lex.canon.get((close, "PER"), key(name)) if close else key(name)


def english_name(name: str, type_: str, forms: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """(English name, "lexicon" | "transliterated") for an entity named ``name`` with other ``forms``."""
    for form in (name, *forms):
        en = lookup(form, type_)
        if en:
            return en, "lexicon"
    w = words(name)
    if len(w) > 1 and w[-1] in TRAILING and type_ != "PER":  # "الضفة الغربية المحتلة" is the West Bank
        return english_name(" ".join(w[:-1]), type_)
    close = variant(name, type_)
    if close:
        return close, "lexicon"
    if type_ == "PER" and len(w) == 1 and w[0] in lexicons().surnames:  # "ترامب" alone: Donald Trump
        return lexicons().surnames[w[0]], "lexicon"
    close = listed_person(name) if type_ == "PER" else None
    if close:
        return lookup(close, "PER"), "lexicon"
    for form in (name, *forms):
        built = compose(form, type_)
        if built and built[1]:
            return built[0], "lexicon"
    translatable = type_ != "PER" and len(w) > 1 and not (type_ == "LOC" and w[0] in TOPONYM_WORDS)
    # every word known: "حزب الشعب" is People's Party, not the pattern's "Al-Shab Party"; a place keeps its
    # own name ("ميدان التحرير" is Tahrir Square)
    if translatable and type_ != "LOC":
        en = translate(name, whole=True)
        if en:
            return en, "transliterated"
    built = compose(name, type_)
    if built:
        return built[0], "transliterated"
    if translatable:
        en = translate(name)
        if en:
            return en, "transliterated"
    en = romanize(name, type_)
    return (en, "transliterated") if en else (None, None)
