"""The app over the real SQLite store (the fake store stands in elsewhere): same routes, same shapes."""
from __future__ import annotations

import concurrent.futures

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.store.base import open_store

from .conftest import light_analyze


@pytest.fixture
def sqlite_client(tmp_path, seed_docs):
    db = str(tmp_path / "archive.db")
    with open_store(db) as store:
        for doc in seed_docs:
            store.add(doc)
    app = create_app(db, analyzer=light_analyze)
    with TestClient(app) as c:
        yield c


def test_routes_over_sqlite(sqlite_client, seed_docs):
    c, aleppo = sqlite_client, seed_docs[0]
    assert c.get("/api/v1/stats").json()["articles"] == len(seed_docs)
    assert aleppo.id in [h["id"] for h in c.get("/api/v1/articles", params={"q": "خطابي"}).json()["items"]]
    assert c.get(f"/api/v1/articles/{aleppo.id}").json()["statements"] == aleppo.to_json()["statements"]
    detail = c.get("/api/v1/entities/PER:فيتالي تشوركين").json()
    assert detail["entity"]["name_en"] == "Vitaly Churkin" and detail["statements_by"][0]["cue"] == "ورفض"
    rows = c.get("/api/v1/statements", params={"stance": "accuse"}).json()["items"]
    assert [r["speaker_key"] for r in rows] == ["PER:فرانسوا هولاند"]
    page = c.get(f"/articles/{aleppo.id}").text
    assert 'id="q-S1"' in page and 'title="Vladimir Putin · PER"' in page
    assert "Vladimir Putin" in c.get("/entities/PER:فلاديمير بوتين").text


def test_store_writes_and_concurrent_reads(sqlite_client):
    c = sqlite_client
    text = "وزير يزور المدينة\n\nقال الوزير إن الزيارة ناجحة."
    created = c.post("/api/v1/analyze", json={"text": text, "store": True})
    assert created.status_code == 201
    paths = ["/api/v1/stats", "/", "/entities/LOC:حلب", created.headers["location"], "/statements"] * 6
    with concurrent.futures.ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(lambda p: c.get(p).status_code, paths))
    assert codes == [200] * len(paths)


def test_stored_articles_are_found_by_meaning(sqlite_client):
    text = "المنتخب يفوز بالبطولة\n\nفاز المنتخب الوطني لكرة القدم بالبطولة بعد مباراة نهائية مثيرة."
    article_id = sqlite_client.post("/api/v1/analyze", json={"text": text, "store": True}).json()["id"]
    hits = sqlite_client.get("/api/v1/articles", params={"q": "football championship", "mode": "semantic",
                                                          "limit": 3}).json()["items"]
    assert hits[0]["id"] == article_id
