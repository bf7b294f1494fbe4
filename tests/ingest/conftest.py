"""Small Arabic inputs built in the tests themselves (bytes in several encodings, HTML, feeds, records)."""
from __future__ import annotations

import pytest

from ingest_samples import NEWS


@pytest.fixture
def news() -> str:
    return NEWS


@pytest.fixture
def write(tmp_path):
    """write(name, bytes_or_text) -> Path under a fresh directory."""
    def _write(name: str, content: bytes | str):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    return _write
