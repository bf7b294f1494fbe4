"""CRF features for one sentence of tokens.

Most features belong to the word type (normalized form, clitic-stripped forms, affixes, shape, corpus
clusters, gazetteer classes), so they are computed once per type and cached; a token's feature list is
its own type features plus its neighbours' context features under a position prefix, plus multi-word
gazetteer matches, which depend on the sentence."""
from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import norm

CONJ = "وف"  # conjunction clitics, always safe to try stripping
PREP = "بلك"  # preposition clitics: only stripped when the rest is the more frequent word
UNSEEN = 10**9


@dataclass
class Lexicon:
    """Unlabeled-corpus clusters (with frequency rank) and gazetteers, all keyed by normalized form."""
    clusters: dict[str, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)  # one-word name -> "LOC" or "LOC+PER"
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first word -> (rest, type)

    def rank(self, w: str) -> int:
        c = self.clusters.get(w)
        return c[0] if c else UNSEEN

    def add_name(self, name: str, typ: str) -> None:
        toks = tuple(norm(t) for t in name.split())
        if not toks or not all(toks):
            return
        if len(toks) == 1:
            w = toks[0]
            have = self.gazetteer.get(w, "")
            if typ not in have.split("+"):
                self.gazetteer[w] = "+".join(sorted(filter(None, [*have.split("+"), typ])))
            return
        tails = self.phrases.setdefault(toks[0], [])
        if (toks[1:], typ) not in tails:
            tails.append((toks[1:], typ))

    @classmethod
    def load(cls, path: str | Path) -> "Lexicon":
        lex = cls()
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                kind, a, b = line.rstrip("\n").split("\t")
                if kind == "c":
                    lex.clusters[a] = (len(lex.clusters), tuple(b.split()))
                elif kind == "g":
                    lex.gazetteer[a] = b
                else:
                    first, *rest = a.split(" ")
                    lex.phrases.setdefault(first, []).append((tuple(rest), b))
        for tails in lex.phrases.values():
            tails.sort(key=lambda t: -len(t[0]))
        return lex

    def save(self, path: str | Path) -> None:
        # mtime=0 and no file name: the same lexicon gives byte-identical files
        with open(path, "wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as gz, \
                io.TextIOWrapper(gz, encoding="utf-8") as f:
            for w, (_, ids) in sorted(self.clusters.items(), key=lambda kv: kv[1][0]):
                f.write(f"c\t{w}\t{' '.join(ids)}\n")
            for w in sorted(self.gazetteer):
                f.write(f"g\t{w}\t{self.gazetteer[w]}\n")
            for first in sorted(self.phrases):
                for rest, typ in sorted(self.phrases[first]):
                    f.write(f"p\t{' '.join((first, *rest))}\t{typ}\n")


def strip_clitics(w: str, lex: Lexicon) -> tuple[str, str]:
    """Return (proclitics, bare word) -- the article ال stays on the bare word. A clitic letter is only
    taken off when the rest is a more frequent word than the whole (so لبنان and بوتين stay whole)."""
    pre = ""
    for _ in range(2):
        if len(w) < 4:
            break
        c = w[0]
        if w.startswith("لل") and lex.rank("ا" + w[1:]) < lex.rank(w):
            return pre + "ل", "ا" + w[1:]
        if (c in CONJ or c in PREP) and lex.rank(w[1:]) < min(lex.rank(w), UNSEEN):
            pre, w = pre + c, w[1:]
        elif c in CONJ and w[1:].startswith("ال"):
            pre, w = pre + c, w[1:]
        elif c in PREP and w[1:].startswith("ال") and len(w) > 4:
            pre, w = pre + c, w[1:]
        else:
            break
    return pre, w


def shape(tok: str) -> str:
    c = tok[0]
    if c.isdigit():
        return "num"
    if "\u0600" <= c <= "\u08ff":
        return "ar"
    if c.isascii() and c.isalpha():
        return "LAT" if c.isupper() else "lat"
    return "pun"


class Featurizer:
    """Per-sentence feature lists for python-crfsuite, with a per-word-type cache."""

    OFFSETS = (-2, -1, 1, 2)

    # ~3.5 KB of feature strings per word type: 40k types keep a worker near 150 MB while still
    # covering the frequent words that make up most tokens (the cache is cleared when full).
    MAX_TYPES = 40_000

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.cache: dict[str, tuple[list[str], dict[int, list[str]], str, str]] = {}

    def _type(self, tok: str):
        n = norm(tok)
        lex = self.lex
        pre, bare = strip_clitics(n, lex)
        stem = bare[2:] if bare.startswith("ال") and len(bare) > 3 else bare
        sh = shape(tok.strip("\u200e\u200f\ufeff") or tok)
        own = [f"w={n}", f"b={bare}", f"s={stem}", f"pc={pre}", f"k={sh}", f"n={min(len(n), 9)}"]
        if stem is not bare:
            own.append("al")
        for k in range(1, 4):
            if len(stem) > k:
                own += [f"p{k}={stem[:k]}", f"x{k}={stem[-k:]}"]
        if len(n) > 4:
            own.append(f"x4={n[-4:]}")
        found = lex.clusters.get(n) or lex.clusters.get(bare)
        if found is None:
            own.append("oov")
            ctx_c = ["c=oov"]
        else:
            r, ids = found
            own += [f"c{i}={c}" for i, c in enumerate(ids)]
            own.append(f"r={min(len(str(r)), 5)}")  # frequency band: digits of the rank
            ctx_c = [f"c{i}={c}" for i, c in enumerate(ids[1:], 1)]
        gaz = lex.gazetteer.get(n) or lex.gazetteer.get(bare) or lex.gazetteer.get(stem)
        if gaz:
            own.append(f"g={gaz}")
        ctx = [f"w={n}", f"s={stem}", f"k={sh}", *ctx_c] + ([f"g={gaz}"] if gaz else [])
        by_offset = {o: [f"{o}:{f}" for f in ctx] for o in self.OFFSETS}
        return own, by_offset, n, bare

    def _types(self, tokens: list[str]) -> list:
        cache = self.cache
        types = []
        for tok in tokens:
            t = cache.get(tok)
            if t is None:
                if len(cache) >= self.MAX_TYPES:  # bound memory on long-running workers and servers
                    cache.clear()
                t = cache[tok] = self._type(tok)
            types.append(t)
        return types

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        types = self._types(tokens)
        n = len(types)
        phrase = self._phrases(types)
        out = []
        for i, (own, _, w, _) in enumerate(types):
            feats = ["bias", *own]
            for o in self.OFFSETS:
                j = i + o
                if 0 <= j < n:
                    feats += types[j][1][o]
                else:
                    feats.append(f"{o}:edge")
            if i > 0:
                feats.append(f"-1|0={types[i - 1][2]}|{w}")
            if i + 1 < n:
                feats.append(f"0|1={w}|{types[i + 1][2]}")
            if phrase[i]:
                feats.append(phrase[i])
            out.append(feats)
        return out

    def _phrases(self, types) -> list[str]:
        """Longest multi-word gazetteer match starting at each token (the first word may carry a clitic)."""
        n = len(types)
        marks = [""] * n
        phrases = self.lex.phrases
        i = 0
        while i < n:
            hit = None
            for first in (types[i][2], types[i][3]):
                for rest, typ in phrases.get(first, ()):
                    k = len(rest)
                    if i + k < n and all(types[i + 1 + j][2] == rest[j] for j in range(k)):
                        if hit is None or k > hit[0]:
                            hit = (k, typ)
                        break
            if hit:
                k, typ = hit
                marks[i] = f"mg=B-{typ}"
                for j in range(i + 1, i + k + 1):
                    marks[j] = f"mg=I-{typ}"
                i += k + 1
            else:
                i += 1
        return marks
