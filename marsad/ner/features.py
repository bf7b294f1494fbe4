"""Discrete word features for the NER tagger: the lexicon (corpus clusters and gazetteers), clitic
stripping, shape, and multi-word gazetteer matches. Almost everything belongs to the word type, so it is
computed once per type and cached; only the multi-word matches depend on the sentence."""
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


class WordFeatures:
    """Discrete features of word types (cached) and multi-word gazetteer marks of sentences."""

    # word types kept in the cache (cleared when full): bounds memory on long-running workers and servers
    MAX_TYPES = 40_000

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.cache: dict[str, tuple[str, str, dict[str, str]]] = {}
        # multi-word names by their first two words, longest first: a common first word (جامعة) has
        # thousands of names, and only those whose second word also matches are worth comparing
        self.tails: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for first, tails in lex.phrases.items():
            for rest, typ in tails:
                self.tails.setdefault((first, rest[0]), []).append((rest, typ))
        for tails in self.tails.values():
            tails.sort(key=lambda t: -len(t[0]))

    def _type(self, tok: str) -> tuple[str, str, dict[str, str]]:
        n = norm(tok)
        lex = self.lex
        pre, bare = strip_clitics(n, lex)
        stem = bare[2:] if bare.startswith("ال") and len(bare) > 3 else bare
        found = lex.clusters.get(n) or lex.clusters.get(bare)
        gaz = lex.gazetteer.get(n) or lex.gazetteer.get(bare) or lex.gazetteer.get(stem)
        fields = {"stem": stem, "pc": pre, "k": shape(tok.strip("\u200e\u200f\ufeff") or tok),
                  "n": str(min(len(n), 9)), "al": "1" if stem is not bare else "0",
                  "oov": "0" if found else "1", "g": gaz or ""}
        if found:
            fields.update((f"c{i}", c) for i, c in enumerate(found[1]))
        return n, bare, fields

    def word_type(self, tok: str) -> tuple[str, str, dict[str, str]]:
        """(normalized form, form without clitics, features) of one token: clitic prefix pc, shape k, length n,
        article al, corpus clusters c0..c2 (oov when the corpus lacks the word), one-word gazetteer class g."""
        t = self.cache.get(tok)
        if t is None:
            if len(self.cache) >= self.MAX_TYPES:
                self.cache.clear()
            t = self.cache[tok] = self._type(tok)
        return t

    def phrase_marks(self, tokens: list[str]) -> list[str]:
        """Longest multi-word gazetteer match starting at each token as B-TYPE/I-TYPE ("" outside one);
        the first word may carry a clitic."""
        types = [self.word_type(t) for t in tokens]
        n = len(types)
        marks = [""] * n
        i = 0
        while i < n - 1:
            hit = None
            for first in (types[i][0], types[i][1]):
                for rest, typ in self.tails.get((first, types[i + 1][0]), ()):
                    k = len(rest)
                    if i + k < n and all(types[i + 1 + j][0] == rest[j] for j in range(k)):
                        if hit is None or k > hit[0]:
                            hit = (k, typ)
                        break
            if hit:
                k, typ = hit
                marks[i] = f"B-{typ}"
                for j in range(i + 1, i + k + 1):
                    marks[j] = f"I-{typ}"
                i += k + 1
            else:
                i += 1
        return marks
