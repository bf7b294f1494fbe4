"""What the neural tagger sees of each token: a corpus word vector id, ids of discrete word-type features
(clitic prefix, shape, corpus clusters, gazetteer class, length, article, out-of-vocabulary) and the
characters of the normalized word, plus the multi-word gazetteer mark, which depends on the sentence.

Vocabularies grow while training and are frozen (unknown -> 0) at run time."""
from __future__ import annotations

from .features import Lexicon, WordFeatures

# word-type fields, then the one sentence-level field (multi-word gazetteer match)
TYPE_FIELDS = ("pc", "k", "c0", "c1", "c2", "g", "n", "al", "oov")
FIELDS = (*TYPE_FIELDS, "mg")
MAX_CHARS = 20
UNKNOWN_CHAR = 1


class Inputs:
    def __init__(self, lex: Lexicon, vector_words: list[str], vocabs: dict[str, dict[str, int]] | None = None,
                 chars: dict[str, int] | None = None):
        self.features = WordFeatures(lex)
        self.vector_id = {w: i + 1 for i, w in enumerate(vector_words)}  # 0: no corpus vector
        self.vocabs = vocabs or {f: {"": 0} for f in FIELDS}
        self.chars = chars or {"": 0, "?": UNKNOWN_CHAR}
        self.grow = vocabs is None

    def _id(self, vocab: dict[str, int], value: str, unknown: int = 0) -> int:
        i = vocab.get(value)
        if i is None:
            if not self.grow:
                return unknown
            i = vocab[value] = len(vocab)
        return i

    def word_type(self, tok: str) -> tuple[int, list[int], list[int]]:
        """(vector id, type-field ids, char ids) of one token."""
        n, bare, found = self.features.word_type(tok)
        vid = self.vector_id.get(n) or self.vector_id.get(bare) or self.vector_id.get(found["stem"]) or 0
        ids = [self._id(self.vocabs[f], found.get(f, "")) for f in TYPE_FIELDS]
        chars = [self._id(self.chars, c, UNKNOWN_CHAR) for c in n[:MAX_CHARS]] or [UNKNOWN_CHAR]
        return vid, ids, chars

    def phrase_marks(self, tokens: list[str]) -> list[int]:
        """Id of the multi-word gazetteer mark (B-LOC, I-ORG, ... or none) of each token."""
        return [self._id(self.vocabs["mg"], m) for m in self.features.phrase_marks(tokens)]
