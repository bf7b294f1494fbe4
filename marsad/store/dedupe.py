"""Near-duplicate detection: MinHash over word 3-shingles, with LSH band keys stored in the archive.

The same wire story republished by several outlets shares most of its 3-word shingles; 16 bands of 4
hashes make two articles candidates from a Jaccard similarity of about 0.5, and a candidate joins the
group when its estimated similarity reaches THRESHOLD.
"""
from __future__ import annotations

import hashlib

import numpy as np

from .search import words

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.5
MIN_SHINGLES = 8  # shorter texts are too small to call near-duplicates
# fixed seeds: signatures must agree across runs and processes
_SEEDS = np.random.default_rng(20180218).integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)
_M1, _M2 = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)


def _mix(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer (wrapping uint64 arithmetic): one independent-looking
    permutation per seed. A linear (a*x + b) mod p over 32-bit inputs barely wraps and makes the
    minima of different permutations fall on the same few shingles."""
    h = h ^ (h >> np.uint64(33))
    h = h * _M1
    h = h ^ (h >> np.uint64(33))
    h = h * _M2
    return h ^ (h >> np.uint64(33))


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (PERMUTATIONS uint32) of the text's word 3-shingles, or None if too short."""
    ws = words(text)
    shingles = {" ".join(ws[i:i + 3]) for i in range(len(ws) - 2)}
    if len(shingles) < MIN_SHINGLES:
        return None
    x = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
                     for s in shingles), dtype=np.uint64, count=len(shingles))
    hashed = _mix(x[:, None] ^ _SEEDS[None, :])
    return (hashed.min(axis=0) >> np.uint64(32)).astype(np.uint32)


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
