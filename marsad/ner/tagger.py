"""The NER component: tags marsad's tokens with the shipped BiLSTM-CRF (all sentences of an article in
one batch) and turns the IOB2 tags into mentions. Mentions cover whole tokens, so a leading clitic
(وروسيا) stays inside the mention; the entity step strips it when it builds names."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..document import Document, Mention
from .conll import spans
from .neural import BiLSTMCRF

MODELS = Path(__file__).resolve().parents[1] / "models"
MODEL = MODELS / "ner_bilstm.npz"
LEXICON = MODELS / "ner_lexicon.tsv.gz"


class Tagger:
    def __init__(self, model: str | Path = MODEL, lexicon: str | Path = LEXICON):
        for path in (model, lexicon):
            if not Path(path).exists():
                raise FileNotFoundError(f"NER model missing: {path} (build it with `marsad train ner`)")
        self.net = BiLSTMCRF(model, lexicon)

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags for each sentence; pass many sentences at once: they are tagged as one batch."""
        return [iob2(tags) for tags in self.net.tag_sentences(sentences)]


def iob2(tags: list[str]) -> list[str]:
    """Repair an I- that does not continue a mention of its type into a B- (a CRF layer rarely emits one)."""
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
