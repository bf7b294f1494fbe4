"""Clitic segmentation of Arabic words: وبالاتفاق = و + ب + ال + اتفاق, حكومته = حكومت + ه.

Proclitics: conjunctions و ف, prepositions ب ل ك, future س, the article ال (ل + ل for للـ).
Enclitics: the pronoun suffixes ه ها هم هما هن ك كم كما نا ي.

Conservative by design: a split is kept only when the stem is long enough and the remaining stem is
attested in the shipped word counts (marsad/data/arabic_word_counts.tsv.gz, built from the ANT
corpus by scripts/build_word_counts.py) often enough compared with the whole word, so وزير, بلد,
فرنسا, سيناء stay whole while وقال, بفرنسا, وزارته split. Function words that look like clitic
forms (كان, لكن, لقد, الذي...) are never split.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from .normalize import CONTROLS, MARKS, REMOVE

COUNTS_PATH = Path(__file__).resolve().parents[1] / "data" / "arabic_word_counts.tsv.gz"

_LIGHT = {**REMOVE, **{ord(c): "ا" for c in "أإآٱ"}}
_MARK = re.compile(f"[{MARKS}{CONTROLS}]")

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه", "ك", "ي")  # longest first
IMPERFECT = "يتنأ"  # the future س only comes before an imperfect verb
_OTHER_PERSON = {"ي": "ت", "ت": "ي", "ن": "ي", "أ": "ي"}
MIN_STEM = 2  # letters left for the stem, article excluded
MIN_COUNT = 5  # a stem seen fewer times than this is not evidence
# How frequent the stem must be compared with the whole word. Conjunctions attach to anything, so
# واضاف can be 20 times as common as اضاف; prepositions and suffixes need more (بحث is not ب + حث);
# the rare preposition ك and two-letter stems need the stem at least as common as the whole word
# (كلام is not ك + لام). A suffix with a proclitic uses the proclitic's ratio.
RATIO_CONJ = 0.03
RATIO_CONJ_SHORT = 0.3  # وهو, ولا, ومن split; وعد, وضع do not
RATIO = 0.5
RATIO_SUFFIX = 0.02  # third person and نا: بلاده is 20 times as common as بلاد in the news
SECOND_PERSON = ("ك", "كم", "كما", "ي")  # rare in news, and كم / ك end many words (محاكم, شريك)
RATIO_SHORT = 1.0
ARTICLE_RATIO = 0.02  # the article is productive: a rarely bare stem is still evidence

# Words that begin or end with clitic letters but are not clitic forms (or are fixed function words).
WHOLE = frozenset("""
كان كانت كانوا كانا كنت كنا كما كل كلا كلما كلها كله كلهم كي كيف كيلا كأن كأنه لكن لكنه لكنها لكنهم لكي لقد لم لما لن
لا لو لولا ليس ليست ليسوا لدى لدي لذا لعل لعله لدينا لديه لديها لديهم فقط فيما فإن فلا بل بلى بعد بين بينما بدون
بيد الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي اللائي الى الا الان الله اللهم
ذلك تلك هناك هنالك اولئك هنا ماذا لماذا إذا إذ كذا هكذا هذه هذا هذي
""".split())


def key(word: str) -> str:
    """Lexicon key of a word: no diacritics or tatweel, one alef; keeps ة and ى (they matter for suffixes)."""
    return word.translate(_LIGHT)


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    with gzip.open(COUNTS_PATH, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    pairs = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return {w: int(c) for w, c in pairs}


def _stem_count(counts: dict[str, int], stem: str, had_suffix: bool) -> int:
    """Count of a stem, restoring ة / ى that turn into ت / ا / ي before a suffix (حكومته, مستواه, عليه)."""
    n = counts.get(stem, 0)
    if had_suffix:
        last = stem[-1]
        if last == "ت":
            n = max(n, counts.get(stem[:-1] + "ة", 0))
        elif last in "اي":
            n = max(n, counts.get(stem[:-1] + "ى", 0))
        elif last in "ئؤ":  # أبنائهم, شركائنا: the hamza seat changes before a suffix
            n = max(n, counts.get(stem[:-1] + "ء", 0))
    return n


def _nisba(counts: dict[str, int], stem: str) -> bool:
    """عربي, سوري: a final ي that is an adjective ending, not the pronoun 'my'."""
    return any(counts.get(stem + end, 0) for end in ("ية", "يين", "يون", "يا"))


def _candidates(w: str):
    """Yield (proclitic lengths, stem start, stem end, enclitic, article) for every reading of ``w``."""
    n = len(w)
    for conj in ("", *CONJUNCTIONS):
        if conj and not w.startswith(conj):
            continue
        i = len(conj)
        for prep in ("", *PREPOSITIONS, "س"):
            if prep and not w.startswith(prep, i):
                continue
            j = i + len(prep)
            if prep == "س" and (j >= n or w[j] not in IMPERFECT):
                continue
            articles = [0]
            if prep != "س":
                if w.startswith("ال", j):
                    articles.append(2)
                elif prep == "ل" and w.startswith("ل", j):
                    articles.append(1)  # للـ: the article's alef is dropped after ل
            for art in articles:
                k = j + art
                for enc in ("", *ENCLITICS):
                    if enc and not w.endswith(enc):
                        continue
                    e = n - len(enc)
                    if e - k >= MIN_STEM:
                        yield conj, prep, art, k, e, enc


@lru_cache(maxsize=262_144)
def split(word: str) -> tuple[tuple[int, int, str], ...]:
    """Pieces of an Arabic word as (start, end, role) offsets into ``word``; one 'stem' piece if unsplit."""
    bare = word
    index = None
    if _MARK.search(word):  # diacritics/tatweel: segment the bare letters, map offsets back
        index = [i for i, ch in enumerate(word) if not _MARK.fullmatch(ch)]
        bare = "".join(word[i] for i in index)
    best = _best(bare)
    if best is None:
        return ((0, len(word), "stem"),)
    if index is None:
        return tuple(best)

    def at(b: int) -> int:  # marks between two letters stay with the piece before them
        return len(word) if b == len(bare) else 0 if b == 0 else index[b]
    pieces = [(at(s), at(e), role) for s, e, role in best]
    return tuple(pieces)


def _paradigm(counts: dict[str, int], stem: str, full: str, enc: str) -> int:
    """How many forms of the stem are attested besides this one (بلاد: البلاد, بلادها, بلادهم...): a real
    stem takes other suffixes too; a word's first letters (ميا of مياه, ماي of مايك) do not."""
    forms = (full, "ال" + full, *(stem + x for x in ("ه", "ها", "هم", "نا", "ك", "كم") if x != enc))
    return sum(counts.get(f, 0) >= MIN_COUNT for f in forms)


def _best(w: str) -> list[tuple[int, int, str]] | None:
    """The best-attested reading of ``w`` that passes every check, as pieces; None to keep it whole."""
    if len(w) < MIN_STEM + 1 or key(w) in WHOLE:
        return None
    counts = _counts()
    whole = counts.get(key(w), 0)
    best, best_score = None, -1
    for conj, prep, art, k, e, enc in _candidates(w):
        outer = len(conj) + len(prep)
        if not (outer or art or enc) or (art and enc):  # the article never takes a pronoun suffix
            continue
        if any(key(w[i:]) in WHOLE or key(w[i:e]) in WHOLE for i in range(1, min(k, outer + 1))):
            continue  # وكان is و + كان, never و + ك + ان
        stem = key(w[k:e])
        evidence = counts.get(stem, 0)
        if enc:
            evidence = _suffix_evidence(counts, w, k, e, enc)
        if art and evidence is not None:
            evidence = _article_evidence(counts, stem, evidence)
        if outer and evidence is not None:
            evidence = _proclitic_evidence(counts, w, conj, prep, art, k, e, enc, whole, evidence)
        if evidence is None:
            continue
        score = evidence * 4 + outer + (1 if art else 0) + (1 if enc else 0)
        if score > best_score:
            best, best_score = (conj, prep, art, k, e, enc), score
    if best is None:
        return None
    conj, prep, art, k, e, enc = best
    pieces = [(i, i + 1, "proclitic") for i in range(len(conj) + len(prep))]
    if art:
        pieces.append((k - art, k, "proclitic"))
    pieces.append((k, e, "stem"))
    if enc:
        pieces.append((e, len(w), "enclitic"))
    return pieces


def _suffix_evidence(counts: dict[str, int], w: str, k: int, e: int, enc: str) -> int | None:
    """Count of the stem if the suffix split holds (حكومة against حكومته), else None."""
    stem, base = key(w[k:e]), counts.get(key(w[k:]), 0)
    short = e - k < 3
    evidence = _stem_count(counts, stem, True)
    if enc == "ي" and (_nisba(counts, stem) or evidence < base):
        return None  # عربي, كومي (Comey): a final ي is far more often part of the word than "my"
    if short and enc in SECOND_PERSON:
        return None  # بنك is a bank, not بن + ك
    ratio = RATIO_SHORT if short else RATIO if enc in SECOND_PERSON else RATIO_SUFFIX
    if evidence < MIN_COUNT or evidence < ratio * base:
        return None
    weak = evidence < RATIO * base or enc in SECOND_PERSON  # (مايك is Mike, not ماي + ك)
    if not short and weak and _paradigm(counts, stem, _full(counts, stem), enc) < 3:
        return None
    return evidence


def _article_evidence(counts: dict[str, int], stem: str, bare: int) -> int | None:
    """Count of the stem with its article if the article split holds; التزام is one word: the bare
    stem must be attested too (the article is productive, so rarely is enough)."""
    with_article = counts.get("ال" + stem, 0)
    if bare < ARTICLE_RATIO * with_article or (not bare and len(stem) < 3):
        return None
    return max(with_article, bare)


def _proclitic_evidence(counts: dict[str, int], w: str, conj: str, prep: str, art: int, k: int, e: int, enc: str,
                        whole: int, evidence: int) -> int | None:
    """Count of the word without its proclitics if their split holds (قال against وقال), else None."""
    outer = len(conj) + len(prep)
    short = e - k < 3
    rest = w[outer:]
    inner = key(rest) if art != 1 else "ا" + key(rest)  # للمناطق: the inner form is المناطق
    evidence = max(counts.get(inner, 0), evidence)
    if prep in PREPOSITIONS and short:
        return None  # بها, كلاهما: a preposition before a two-letter stem is a pronoun or no split
    if prep in PREPOSITIONS and enc in SECOND_PERSON:
        return None  # باراك is not ب + أرى + ك: "you" is rare in news, Barack is not
    if conj and prep and whole >= MIN_COUNT and counts.get(key(w[len(conj):]), 0) < RATIO_CONJ * whole:
        return None  # ولاية is not و + ل + آية: with two proclitics the inner form must be a word too
    if conj and not prep:
        ratio = RATIO_CONJ_SHORT if short else RATIO_CONJ
    else:
        ratio = RATIO_SHORT if short or prep == "ك" else RATIO
    if not (evidence >= MIN_COUNT and evidence >= ratio * whole) and not (art and not whole):
        return None  # (an unseen word with the article: grammar is enough, والزيلينسكي)
    if conj and not prep and evidence < RATIO * whole and not any(
            counts.get(key(form), 0) >= MIN_COUNT for form in (("ف" if conj == "و" else "و") + rest, rest + "ت")):
        return None  # weak evidence: the other conjunction or a verb's feminine form must occur too
        # (فقال, أضافت; but فيلق is not ف + يلق, وكيل is not و + كيل)
    if prep in PREPOSITIONS and not inner.startswith("ال") and whole >= MIN_COUNT and not any(
            counts.get(form + inner, 0) >= MIN_COUNT for form in ("ب", "ل", "ك", "ال") if form != prep):
        return None  # a noun takes other prepositions too (بفرنسا: لفرنسا); لجان is not ل + جان (Jean)
    if prep == "س" and counts.get(key(_OTHER_PERSON.get(rest[0], "ي") + w[outer + 1:e]), 0) < MIN_COUNT:
        return None  # a verb has other persons (سيلتقي: تلتقي); سيلين (Celine) has no تلين
    return evidence


def _full(counts: dict[str, int], stem: str) -> str:
    """The stem's own spelling before a suffix changed it (حكومت -> حكومة, مستوا -> مستوى)."""
    last = stem[-1]
    for end in ("ة",) if last == "ت" else ("ى",) if last in "اي" else ("ء",) if last in "ئؤ" else ():
        if counts.get(stem[:-1] + end, 0) > counts.get(stem, 0):
            return stem[:-1] + end
    return stem
