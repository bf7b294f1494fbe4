"""The NER component: tags marsad's tokens sentence by sentence with the shipped CRF and turns the IOB2
tags into mentions. Mentions cover whole tokens, so a leading clitic (وروسيا) stays inside the mention;
the entity step strips it when it builds names."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..document import Document, Mention
from .conll import spans
from .features import Featurizer, Lexicon

MODELS = Path(__file__).resolve().parents[1] / "models"
MODEL = MODELS / "ner_crf.model"
LEXICON = MODELS / "ner_lexicon.tsv.gz"


class Tagger:
    def __init__(self, model: str | Path = MODEL, lexicon: str | Path = LEXICON):
        import pycrfsuite
        if not Path(model).exists():
            raise FileNotFoundError(f"NER model missing: {model} (build it with `marsad train ner`)")
        self.crf = pycrfsuite.Tagger()
        self.crf.open(str(model))
        self.features = Featurizer(Lexicon.load(lexicon))

    def tag(self, tokens: list[str]) -> list[str]:
        """IOB2 tags for one sentence of tokens."""
        if not tokens:
            return []
        return iob2(self.crf.tag(self.features.sentence(tokens)))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tag(s) for s in sentences]


def iob2(tags: list[str]) -> list[str]:
    """Repair an I- that does not continue a mention of its type into a B- (the CRF rarely emits one)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return Tagger()


def annotate(doc: Document) -> Document:
    tagger = default_tagger()
    tokens = sorted(doc.tokens, key=lambda t: t.start)
    groups, k = [], 0
    for sent in doc.sentences:
        group = []
        while k < len(tokens) and tokens[k].start < sent.end:
            group.append(tokens[k])
            k += 1
        groups.append(group)
    if k < len(tokens):  # tokens after the last sentence (or no sentences at all): one more run
        groups.append(tokens[k:])
    doc.mentions = []
    for group, tags in zip(groups, tagger.tag_sentences([[t.text for t in g] for g in groups])):
        for i, j, typ in spans(tags):
            start, end = group[i].start, group[j - 1].end
            doc.mentions.append(Mention(start, end, doc.text[start:end], typ))
    return doc
