"""Near-duplicate detection: MinHash over word 3-shingles, with LSH band keys stored in the archive.

The same wire story republished by several outlets shares most of its 3-word shingles; 16 bands of 4
hashes make two articles candidates from a Jaccard similarity of about 0.5, and a candidate joins the
group when its estimated similarity reaches THRESHOLD.
"""
from __future__ import annotations

import hashlib
import zlib

import numpy as np

from .search import words

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.5
MIN_SHINGLES = 8  # shorter texts are too small to call near-duplicates
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20180218)  # fixed seed: signatures must agree across runs and processes
_A = _rng.integers(1, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, PERMUTATIONS, dtype=np.uint64)


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (PERMUTATIONS uint32) of the text's word 3-shingles, or None if too short."""
    ws = words(text)
    shingles = {" ".join(ws[i:i + 3]) for i in range(len(ws) - 2)}
    if len(shingles) < MIN_SHINGLES:
        return None
    x = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    hashed = (x[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return (hashed.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per band (fits SQLite INTEGER and PostgreSQL BIGINT)."""
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(bytes([b]) + sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")
