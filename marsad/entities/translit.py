"""Character model that romanizes an Arabic name word no lexicon knows.

Arabic writes few vowels, so each Arabic letter is aligned (hard EM over name pairs) to an English
chunk of 0-4 letters that carries the vowels around it ("محمد" -> mo|ha|mme|d). Decoding picks chunks
by the letter's context (the Arabic letter before it and the two after it) and an English character
4-gram model, with a small beam. Trained by scripts/build_names.py on Wikidata/ANETAC/Google name pairs; the parameters ship
as marsad/data/names_translit.json.gz.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import Callable, Iterable

MAX_CHUNK = 4
LM_ORDER = 4
FLOOR = -12.0
KNOWN_BONUS = 3.0  # log-score bonus of a candidate that is a known English spelling
# Latin spellings an Arabic letter usually starts its chunk with: only steers the first alignment pass,
# so that EM does not settle on splits like ش -> "s", و -> "hu" for "shu".
ONSETS = {"ب": "b p", "ت": "t", "ث": "th t s", "ج": "j g dj zh", "ح": "h", "خ": "kh h ch", "د": "d",
          "ذ": "dh z th d", "ر": "r", "ز": "z s", "س": "s c", "ش": "sh ch sch s", "ص": "s", "ض": "d dh",
          "ط": "t", "ظ": "z dh", "ع": "a e i o u '", "غ": "gh g", "ف": "f v ph", "ق": "q k g", "ك": "k c ch",
          "ل": "l", "م": "m", "ن": "n", "ه": "h e a", "و": "w o u v", "ي": "y i e j", "ا": "a e o i",
          "ء": "'"}
SILENT = set("اويهعءة")  # only these letters may be written with no Latin letter


def _align(ar: str, en: str, logt: Callable[[str, str], float]) -> list[str] | None:
    """Best split of ``en`` into one chunk per Arabic letter (Viterbi)."""
    n, m = len(ar), len(en)
    neg = -1e18
    dp = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for i in range(n):
        row, nxt, a = dp[i], dp[i + 1], ar[i]
        for j in range(m + 1):
            s = row[j]
            if s == neg:
                continue
            for k in range(0 if a in SILENT else 1, min(MAX_CHUNK, m - j) + 1):
                v = s + logt(a, en[j:j + k])
                if v > nxt[j + k]:
                    nxt[j + k] = v
                    back[i + 1][j + k] = k
    if dp[n][m] == neg:
        return None
    chunks, j = [], m
    for i in range(n, 0, -1):
        k = back[i][j]
        chunks.append(en[j - k:j])
        j -= k
    return chunks[::-1]


def train(pairs: Iterable[tuple[str, str]], iterations: int = 4, log: Callable[..., None] = lambda *a: None) -> dict:
    """Fit the model on (Arabic word, lowercase English word) pairs; returns JSON-able parameters."""
    pairs = [(a, e) for a, e in pairs if 0 < len(a) <= 15 and 0 < len(e) <= 20 and len(e) <= MAX_CHUNK * len(a)]
    table: dict[str, dict[str, float]] = {}

    def logt(a: str, sub: str) -> float:
        if not table:  # first pass: letter-onset prior, one or two letters per Arabic letter
            onsets = ONSETS.get(a)
            fit = not onsets or sub == "" or any(sub.startswith(o) for o in onsets.split())
            return -abs(len(sub) - 1.5) - (0.0 if fit else 6.0)
        return table.get(a, {}).get(sub, FLOOR)

    aligned: list[tuple[str, list[str]]] = []
    for it in range(iterations):
        counts: dict[str, Counter] = defaultdict(Counter)
        aligned = []
        for a, e in pairs:
            chunks = _align(a, e, logt)
            if chunks is None:
                continue
            aligned.append((a, chunks))
            for ch, sub in zip(a, chunks):
                counts[ch][sub] += 1
        table = {}
        for ch, c in counts.items():
            total = sum(c.values())
            table[ch] = {s: math.log(n / total) for s, n in c.items()}
        log(f"  alignment pass {it + 1}: {len(aligned)} pairs aligned")

    emit: dict[str, Counter] = defaultdict(Counter)
    for a, chunks in aligned:
        padded = "^" + a + "$$"
        for i, sub in enumerate(chunks):
            p, ch, nx, nx2 = padded[i], padded[i + 1], padded[i + 2], padded[i + 3]
            for ctx in (ch, ch + nx, p + ch + nx, p + ch + nx + nx2):
                emit[ctx][sub] += 1
    lm: dict[str, Counter] = defaultdict(Counter)
    for _, e in pairs:
        w = "^" * (LM_ORDER - 1) + e + "$"
        for i in range(LM_ORDER - 1, len(w)):
            for n in range(LM_ORDER):
                lm[w[i - n:i]][w[i]] += 1
    # Prune single observations in long contexts: they add size, not accuracy.
    emit_out = {k: {s: n for s, n in c.items() if n > 1 or len(k) == 1} for k, c in emit.items()}
    lm_out = {k: {s: n for s, n in c.items() if n > 1 or len(k) < 2} for k, c in lm.items()}
    return {"emit": {k: v for k, v in emit_out.items() if v}, "lm": {k: v for k, v in lm_out.items() if v}}


class CharModel:
    """``known``: English name spellings with their counts; a candidate that is one gets a bonus, so that an
    Arabic spelling no lexicon has maps back to a spelling people use ("straits", "mnuchin", not "strits",
    "manuchin"). The bonus is kept small so that a common spelling does not replace an unusual name
    (عريان stays "arian", not "arjan"): on the held-out Google test pairs, with spellings from the training
    split only, exact 0.28 -> 0.46 (a bonus of 8 gives 0.54 there but such replacements in news names)."""

    def __init__(self, params: dict, beam: int = 24, lm_weight: float = 0.5, known: dict[str, int] | None = None):
        self.emit = params["emit"]
        self.lm = params["lm"]
        self.beam = beam
        self.lm_weight = lm_weight
        self.known = known or {}
        self._tot = {k: sum(v.values()) for k, v in self.emit.items()}
        self._lmtot = {k: sum(v.values()) for k, v in self.lm.items()}

    def _p_emit(self, p: str, ch: str, nx: str, nx2: str, sub: str) -> float:
        prob = 0.0
        for ctx in (ch, ch + nx, p + ch + nx, p + ch + nx + nx2):  # each smooths towards the shorter one
            c = self.emit.get(ctx)
            if c is None:
                continue
            prob = (c.get(sub, 0) + 2.0 * prob) / (self._tot[ctx] + 2.0) if prob else c.get(sub, 0) / self._tot[ctx]
        return prob

    def _lp_char(self, hist: str, c: str) -> float:
        prob = 1.0 / 30
        for n in range(LM_ORDER):
            ctx = hist[len(hist) - n:] if n else ""
            d = self.lm.get(ctx)
            if d is None:
                break
            prob = (d.get(c, 0) + 3.0 * prob) / (self._lmtot[ctx] + 3.0)
        return math.log(prob)

    def candidates(self, word: str, k: int = 5) -> list[tuple[str, float]]:
        """Up to k romanizations of one folded Arabic word, best first, with log scores."""
        padded = "^" + word + "$$"
        # a final يه (ية folded) is read "-iya"/"-ia" (عباسية -> abbasia), never dropped as foreign -ier/-é is
        voiced = len(word) - 2 if word.endswith("يه") and len(word) > 3 else len(word)
        beams: list[tuple[float, str]] = [(0.0, "^" * (LM_ORDER - 1))]
        for i, ch in enumerate(word):
            p, nx, nx2 = padded[i], padded[i + 2], padded[i + 3]
            subs = self.emit.get(ch)
            if not subs:
                continue  # a letter never seen in training (digit, Latin): dropped
            opts = []
            for sub in subs:
                pe = self._p_emit(p, ch, nx, nx2, sub)
                if pe > 0 and (sub or (ch in SILENT and i < voiced)):
                    opts.append((math.log(pe), sub))
            opts.sort(reverse=True)
            nxt: list[tuple[float, str]] = []
            for score, hist in beams:
                for le, sub in opts[:8]:
                    s, h = score + le, hist
                    for c in sub:
                        s += self.lm_weight * self._lp_char(h, c)
                        h += c
                    nxt.append((s, h))
            nxt.sort(reverse=True)
            beams = nxt[:self.beam]
        final = sorted(((s + self.lm_weight * self._lp_char(h, "$"), h[LM_ORDER - 1:]) for s, h in beams), reverse=True)
        seen, out = set(), []
        for s, h in final:
            if h and h not in seen:
                seen.add(h)
                out.append((h, s))
        return out[:k]

    def best(self, word: str) -> str:
        if not self.known:
            c = self.candidates(word, 1)
            return c[0][0] if c else ""
        c = self.candidates(word, self.beam)
        if not c:
            return ""
        return max(c, key=lambda hs: hs[1] + (KNOWN_BONUS + 0.5 * math.log(self.known[hs[0]])
                                              if self.known.get(hs[0]) else 0.0))[0]
