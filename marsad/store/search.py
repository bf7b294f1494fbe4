"""Arabic search terms shared by both backends: normalization, light stemming, query parsing, snippets.

Normalization lives here (not in the database) so SQLite FTS5 and PostgreSQL's 'simple' tsvector index
exactly the same terms. Words get a light stem (Larkey's light10: the conjunction و, the article and its
clitic forms, common suffixes) rather than Snowball Arabic, which is inconsistent on place names
(فرنسا -> رنس but وفرنسا -> فرنس) and mangles personal names (بوتين -> وتين). Entity mention words are
indexed unstemmed in their own field, so a name always finds itself.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# A word: letters and digits plus the marks that sit inside Arabic words (harakat, tatweel),
# but not "_" so hashtags like #عاصي_الحلاني split into their words.
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u064B-\u065F\u0670\u0640])*")
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       "ک": "ك", "ی": "ي", "ھ": "ه"})
# Arabic-Indic digits fold to ASCII so ٢٠١٨ finds 2018.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Function words left out of OR-fallback queries (they match nearly every article).
STOPWORDS = frozenset("""
في من على الى عن ان ما لا مع هذا هذه ذلك التي الذي الذين كان كانت قد لم لن او ثم كما بين بعد قبل حتى
عند منذ خلال حيث كل غير اي هو هي هم وقال قال وفي ومن وعلى و the of and to in a is for on
""".split())

# light10 (Larkey, Ballesteros & Connell 2007), on normalized words (ة is already ه, ى is ي)
_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
# one-letter proclitics light10 leaves alone because stripping them blindly hurts (لبنان, بلد, كتاب);
# queries try the word with and without them instead
_PROCLITICS = "بلكف"


def normalize(text: str) -> str:
    """Fold the spelling variants news text mixes freely: diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه."""
    text = unicodedata.normalize("NFKC", text)
    return _MARKS.sub("", text).translate(_FOLD).translate(_DIGITS).lower()


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    return normalize(word)


def words(text: str) -> list[str]:
    """Normalized words of ``text``."""
    return [w for w in (normalize_word(m.group()) for m in _WORD.finditer(text)) if w]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Light stem of one normalized word; Latin words and numbers stay as they are."""
    if not word or not ("\u0600" <= word[0] <= "\u06ff"):
        return word
    if word[0] == "و" and len(word) >= 4:
        word = word[1:]
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            word = word[len(article):]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[:-len(suffix)]
    return word


def variants(word: str) -> list[str]:
    """The query word, plus itself without a one-letter proclitic (لحلب -> حلب) when it has one."""
    out = [word]
    rest = word[1:] if word[:1] == "و" and len(word) >= 4 else word
    if rest[:1] and rest[0] in _PROCLITICS and len(rest) >= 4 and not rest.startswith(_ARTICLES):
        out.append(rest[1:])
    return out


def stems(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def index_text(text: str) -> str:
    """The stemmed term string stored in the full-text index."""
    return " ".join(stems(text))


def name_text(names: list[str]) -> str:
    """Unstemmed normalized words of entity mentions and names."""
    return " ".join(w for n in names for w in words(n))


@dataclass
class ParsedQuery:
    """A keyword query: every term must match (stemmed in the text or unstemmed in the names);
    phrases match as stem sequences; excluded terms must not match."""
    terms: list[str] = field(default_factory=list)  # normalized words
    phrases: list[list[str]] = field(default_factory=list)  # normalized words
    excluded: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases)

    def highlight(self) -> tuple[set[str], set[str]]:
        """(stems, normalized words) to mark in snippets."""
        ws = {v for w in self.terms for v in variants(w)} | {w for p in self.phrases for w in p}
        return {stem(w) for w in ws}, ws


_QUERY_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def parse_query(text: str) -> ParsedQuery:
    """Parse ``word "a phrase" -excluded`` into normalized parts."""
    q = ParsedQuery()
    for m in _QUERY_PART.finditer(text or ""):
        if m.group(2) is not None:
            ws = words(m.group(2))
            if m.group(1):
                q.excluded.extend(ws)
            elif len(ws) > 1:
                q.phrases.append(ws)
            else:
                q.terms.extend(ws)
        else:
            ws = words(m.group(4))
            (q.excluded if m.group(3) and ws else q.terms).extend(ws)
    q.terms = list(dict.fromkeys(q.terms))
    return q


def match_spans(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Character spans of ``text`` whose words match the query (for highlighting)."""
    stem_set, word_set = query.highlight()
    out = []
    for m in _WORD.finditer(text):
        w = normalize_word(m.group())
        if w in word_set or stem(w) in stem_set:
            out.append((m.start(), m.end()))
    return out


def snippet(text: str, query: ParsedQuery | None, width: int = 32) -> str:
    """The window of about ``width`` words holding the most distinct query terms, with ellipses."""
    found = list(_WORD.finditer(text))
    if not found:
        return text[:200]
    hits: list[tuple[int, str]] = []  # (word index, matched stem)
    if query:
        stem_set, word_set = query.highlight()
        for i, m in enumerate(found):
            w = normalize_word(m.group())
            s = stem(w)
            if s in stem_set or w in word_set:
                hits.append((i, s))
    best = 0
    if hits:
        best_score = -1
        j = 0
        for k, (i, _) in enumerate(hits):  # window starting a few words before each hit
            start = max(0, i - 4)
            while j < len(hits) and hits[j][0] < start:
                j += 1
            score = len({s for idx, s in hits[j:] if idx < start + width})
            if score > best_score:
                best, best_score = start, score
    end = min(len(found), best + width)
    a, b = found[best].start(), found[end - 1].end()
    # snap to the start of the line when the window begins near it
    line_start = text.rfind("\n", 0, a) + 1
    if a - line_start < 40:
        a = line_start
    piece = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + piece + ("…" if b < len(text.rstrip()) else "")
