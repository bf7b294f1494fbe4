"""Shared fixtures. Tests may read ../shared (the product never does)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def aleppo_text() -> str:
    return (ROOT / "marsad" / "samples" / "aleppo.txt").read_text(encoding="utf-8")
