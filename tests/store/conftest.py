"""Store fixtures: every store test runs against SQLite in memory, SQLite in a file and PostgreSQL.

The PostgreSQL server is the one scripts/test_setup.d/postgres.sh starts (its URL is in .pgdata/url,
or in MARSAD_TEST_PG); without a reachable server those cases skip with the reason.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import numpy as np
import pytest

from marsad.store.base import open_store
from marsad.store.search import words

ROOT = Path(__file__).resolve().parents[2]


def postgres_url() -> str | None:
    url = os.environ.get("MARSAD_TEST_PG")
    if not url and (ROOT / ".pgdata" / "url").is_file():
        url = (ROOT / ".pgdata" / "url").read_text().strip()
    return url or None


def _reset_postgres(url: str) -> None:
    import psycopg
    with psycopg.connect(url, autocommit=True, connect_timeout=3) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")


@pytest.fixture(scope="session")
def pg_url() -> str:
    url = postgres_url()
    if not url:
        pytest.skip("no PostgreSQL for tests: run scripts/test_setup.d/postgres.sh or set MARSAD_TEST_PG")
    try:
        _reset_postgres(url)
    except Exception as exc:  # noqa: BLE001 - any connection failure means "not available here"
        pytest.skip(f"PostgreSQL at {url} is not reachable: {exc}")
    return url


class FakeEmbedder:
    """Bag-of-words hashing vectors: similar words -> similar vectors, no model load."""

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for w in words(text):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 64] += 1.0
        return out


@pytest.fixture(params=["memory", "file", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    if request.param == "memory":
        s = open_store(":memory:")
    elif request.param == "file":
        s = open_store(str(tmp_path / "marsad.db"))
    else:
        url = request.getfixturevalue("pg_url")
        _reset_postgres(url)
        s = open_store(url)
    s.embedder = FakeEmbedder()
    yield s
    s.close()
