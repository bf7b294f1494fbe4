"""Word clusters learned from unlabeled news (training time only; numpy).

Each frequent word gets a vector from positive-PMI counts of its neighbours (two words either side, each
position separately, so the vectors capture word order), reduced by an eigen-decomposition of the Gram
matrix; k-means at a few sizes then gives coarse-to-fine cluster ids that the tagger uses as features;
the vectors themselves are its word vectors."""
from __future__ import annotations

import gzip
import json
from array import array
from pathlib import Path

import numpy as np

from .normalize import norm, words


def corpus_ids(paths: list[Path], vocab: dict[str, int]) -> np.ndarray:
    """All words of all articles as ids (new words get new ids); -1 separates articles."""
    ids = array("i")
    get = vocab.setdefault
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                art = json.loads(line)
                for field in ("title", "abstract", "text"):
                    ids.extend(get(w, len(vocab)) for w in map(norm, words(art.get(field) or "")))
                    ids.append(-1)
    return np.frombuffer(ids, dtype=np.int32)


def vectors(ids: np.ndarray, n_vocab: int, n_words: int, n_context: int, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (word ids by frequency rank [:n_words], unit vectors [n_words, dim])."""
    counts = np.bincount(ids[ids >= 0], minlength=n_vocab)
    order = np.argsort(-counts, kind="stable")
    rank = np.full(n_vocab + 1, n_words + n_context + 10**6, dtype=np.int64)  # last slot: separator (-1)
    rank[order] = np.arange(n_vocab)
    r = rank[ids]  # -1 indexes the last slot
    width = 4 * n_context
    x = np.zeros((n_words, width), dtype=np.float32)
    for block, off in enumerate((-2, -1, 1, 2)):
        w = r[max(0, -off):len(r) - max(0, off)]
        c = r[max(0, off):len(r) - max(0, -off)]
        keep = (w < n_words) & (c < n_context)
        counts = np.bincount(w[keep] * n_context + c[keep], minlength=n_words * n_context)
        x[:, block * n_context:(block + 1) * n_context] = counts.reshape(n_words, n_context)
        del counts
    total = x.sum()
    rows = x.sum(1, keepdims=True) + 1e-9
    cols = x.sum(0, keepdims=True) ** 0.75  # context smoothing as in word2vec
    cols *= total / cols.sum()
    np.log(x * total / rows / (cols + 1e-9) + 1e-12, out=x)
    np.maximum(x, 0, out=x)
    gram = x.T @ x
    vals, vecs = np.linalg.eigh(gram)
    top = np.argsort(-vals)[:dim]
    emb = x @ (vecs[:, top] / np.sqrt(np.maximum(vals[top], 1e-9)) ** 0.5)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    return order[:n_words], emb.astype(np.float32)


def kmeans(x: np.ndarray, k: int, iters: int = 15, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.concatenate([np.argmax(x[i:i + 8192] @ centers.T, axis=1) for i in range(0, len(x), 8192)])
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, x)
        empty = np.bincount(assign, minlength=k) == 0
        sums[empty] = x[rng.choice(len(x), int(empty.sum()), replace=False)]
        centers = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-9)
    return assign


def build(paths: list[Path], n_words: int = 80_000, n_context: int = 400, dim: int = 100,
          sizes: tuple[int, ...] = (64, 256, 1024)) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Return (words, cluster ids [n_words, len(sizes)], vectors)."""
    vocab: dict[str, int] = {}
    ids = corpus_ids(paths, vocab)
    n_words = min(n_words, len(vocab))
    top, emb = vectors(ids, len(vocab), n_words, n_context, dim)
    inv = np.empty(len(vocab), dtype=object)
    for w, i in vocab.items():
        inv[i] = w
    assign = np.stack([kmeans(emb, k, seed=k) for k in sizes], axis=1)
    return list(inv[top]), assign, emb
