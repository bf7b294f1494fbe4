from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.pipeline import Options, analyze

from . import docs
from .fake_store import FakeStore

LIGHT = Options(steps=("segment", "tokenize"))


def light_analyze(text: str, meta: dict):
    """The real pipeline minus the models: fast, and what the API does with a posted text is the same."""
    return analyze(text, meta, LIGHT)


@pytest.fixture
def seed_docs(aleppo_text):
    return [docs.aleppo(aleppo_text), docs.hostile(), *(docs.other(n) for n in range(1, 6))]


@pytest.fixture
def store(seed_docs):
    return FakeStore(seed_docs)


@pytest.fixture
def client(store):
    with TestClient(create_app(store, analyzer=light_analyze)) as c:
        yield c
