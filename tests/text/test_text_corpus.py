"""Every span of the text layer round-trips on a few hundred real articles from ../shared (skips without it)."""
from __future__ import annotations

import gzip
import json
import unicodedata

import pytest

from marsad.document import Document
from marsad.text import segment, tokenize
from marsad.text.normalize import norm_word, normalize

EVERY = 100  # one article in 100 of the 31k: ~300 articles from all five outlets


@pytest.fixture(scope="module")
def articles(shared) -> list[str]:
    texts = []
    with gzip.open(shared / "data" / "corpus" / "ant_v2_multisource.jsonl.gz", "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % EVERY == 0:
                art = json.loads(line)
                texts.append(unicodedata.normalize("NFC", f"{art['title']}\n\n{art['text']}".strip()))
    gold = sorted((shared / "data" / "gold" / "dev").glob("*.json"))
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"] for p in gold]
    return texts


def test_spans_round_trip_on_real_articles(articles):
    assert len(articles) > 300
    for text in articles:
        doc = tokenize.annotate(segment.annotate(Document(text)))
        doc.check_offsets()
        assert doc.paragraphs[0].kind == "headline"
        for p in doc.paragraphs:
            assert text[p.start:p.end].strip() == text[p.start:p.end] != ""
        for a, b in zip(doc.sentences, doc.sentences[1:]):
            assert a.start < a.end <= b.start < b.end
        for t in doc.tokens:
            assert t.norm == norm_word(t.text)
            if t.kind == "word" and t.pieces:
                assert "".join(text[p.start:p.end] for p in t.pieces) == t.text
        view = normalize(text)
        for t in doc.tokens[::7]:  # the view maps each token's normalized span back to the token
            i = view.from_original(t.start)
            j = i + len(t.norm)
            if t.norm:
                assert view.text[i:j] == t.norm
                assert view.to_original(i, j) == (t.start, t.end)


def test_token_count_is_close_to_whitespace_words(articles):
    words = sum(len(t.split()) for t in articles)
    tokens = sum(len(tokenize.tokenize(t)) for t in articles)
    assert words < tokens < 1.4 * words
