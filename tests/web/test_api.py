"""/api/v1 in-process: every endpoint, the error shape, limits, pagination and the write token."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.document import SCHEMA, Document

from .conftest import light_analyze
from .fake_store import FakeStore

ARTICLE = "بوتين يرفض الاتهامات\n\nقال الرئيس الروسي فلاديمير بوتين إن الاتهامات كلام خطابي."


def assert_error(resp, status: int, code: str | None = None) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"} and {"code", "message"} <= set(body["error"]), body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_stats(client, store):
    assert client.get("/api/v1/stats").json() == store.stats()


def test_analyze_returns_contract_json_and_stores_nothing(client, store):
    before = store.stats()["articles"]
    resp = client.post("/api/v1/analyze", json={"text": ARTICLE, "meta": {"title": "عنوان", "source": "BBC"}})
    assert resp.status_code == 200
    data = resp.json()
    assert data["schema"] == SCHEMA and data["text"] == ARTICLE
    assert data["meta"]["title"] == "عنوان" and data["meta"]["source"] == "BBC"
    assert data["sentences"] and data["paragraphs"][0]["kind"] == "headline"
    Document.from_json(data).check_offsets()
    assert store.stats()["articles"] == before


def test_analyze_and_store_on_loopback_without_token(client, store):
    resp = client.post("/api/v1/analyze", json={"text": ARTICLE, "store": True})
    assert resp.status_code == 201
    article_id = resp.json()["id"]
    assert resp.headers["location"] == f"/api/v1/articles/{article_id}"
    assert store.has(article_id)
    assert client.get(resp.headers["location"]).json()["text"] == ARTICLE
    again = client.post("/api/v1/analyze", json={"text": ARTICLE, "store": True})
    assert again.status_code == 200  # already archived


def test_writes_need_the_token_when_one_is_set(store):
    with TestClient(create_app(store, token="s3cret", analyzer=light_analyze)) as c:
        err = assert_error(c.post("/api/v1/analyze", json={"text": ARTICLE, "store": True}), 401, "unauthorized")
        assert "Bearer" in err["message"]
        wrong = c.post("/api/v1/analyze", json={"text": ARTICLE, "store": True},
                       headers={"Authorization": "Bearer nope"})
        assert_error(wrong, 401)
        assert wrong.headers["www-authenticate"] == "Bearer"
        assert not any(d.text == ARTICLE for d in store.docs.values())
        ok = c.post("/api/v1/analyze", json={"text": ARTICLE, "store": True},
                    headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201
        # analysis alone writes nothing and needs no token; reads never do
        assert c.post("/api/v1/analyze", json={"text": ARTICLE}).status_code == 200
        assert c.get("/api/v1/stats").status_code == 200


@pytest.mark.parametrize("text", ["", "   \n", "This is English text only, no Arabic at all.", "123 456"])
def test_analyze_refuses_unanalysable_text(client, text):
    assert_error(client.post("/api/v1/analyze", json={"text": text}), 422, "invalid_text")


@pytest.mark.parametrize("body", [{}, {"text": 5}, {"text": ARTICLE, "colour": "red"},
                                  {"text": ARTICLE, "meta": {"author": "x"}}, {"text": ARTICLE, "store": "maybe"}])
def test_analyze_validation_errors_use_the_error_shape(client, body):
    err = assert_error(client.post("/api/v1/analyze", json=body), 422, "invalid_request")
    assert err["details"] and all({"loc", "message"} <= set(d) for d in err["details"])


def test_malformed_bodies_use_the_error_shape(client):
    headers = {"content-type": "application/json"}
    assert_error(client.post("/api/v1/analyze", content=b'{"text": "\xd8', headers=headers), 400, "bad_request")
    assert_error(client.post("/api/v1/analyze", content=b'{"text": ', headers=headers), 422, "invalid_request")


def test_body_limit_by_content_length(store):
    with TestClient(create_app(store, max_body=1000, analyzer=light_analyze)) as c:
        err = assert_error(c.post("/api/v1/analyze", json={"text": "ب" * 2000}), 413, "payload_too_large")
        assert "1,000" in err["message"]


def test_body_limit_by_bytes_received_when_length_is_not_declared(store):
    def chunks():
        yield b'{"text": "'
        for _ in range(50):
            yield "ب".encode() * 100
        yield b'"}'

    with TestClient(create_app(store, max_body=1000, analyzer=light_analyze)) as c:
        resp = c.post("/api/v1/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert "content-length" not in resp.request.headers
        assert_error(resp, 413, "payload_too_large")
        small = c.post("/api/v1/analyze", json={"text": ARTICLE})
        assert small.status_code == 200


def test_text_over_the_character_limit_is_413(store):
    with TestClient(create_app(store, max_chars=100, analyzer=light_analyze)) as c:
        assert_error(c.post("/api/v1/analyze", json={"text": ARTICLE * 3}), 413)


def test_search_keyword_and_filters(client, seed_docs):
    aleppo = seed_docs[0]
    hits = client.get("/api/v1/articles", params={"q": "حلب"}).json()["items"]
    assert aleppo.id in [h["id"] for h in hits]
    assert {"id", "title", "source", "published", "url", "snippet", "score", "duplicates"} <= set(hits[0])
    by_source = client.get("/api/v1/articles", params={"source": "BBC"}).json()["items"]
    assert [h["id"] for h in by_source] == [aleppo.id]
    by_speaker = client.get("/api/v1/articles", params={"speaker": "Francois Hollande"}).json()["items"]
    assert [h["id"] for h in by_speaker] == [aleppo.id]
    by_stance = client.get("/api/v1/articles", params={"stance": "reject"}).json()["items"]
    assert [h["id"] for h in by_stance] == [aleppo.id]
    by_entity = client.get("/api/v1/articles", params={"entity": "PER:فيتالي تشوركين"}).json()["items"]
    assert [h["id"] for h in by_entity] == [aleppo.id]
    dated = client.get("/api/v1/articles", params={"date_from": "2016-01-01", "date_to": "2016-12-31"}).json()
    assert [h["id"] for h in dated["items"]] == [aleppo.id]
    assert client.get("/api/v1/articles", params={"q": "حلب", "mode": "semantic"}).status_code == 200


def test_search_pagination(client, store):
    total = store.stats()["articles"]
    first = client.get("/api/v1/articles", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_offset"] == 3 and first["limit"] == 3
    seen = [h["id"] for h in first["items"]]
    offset = first["next_offset"]
    while offset is not None:
        page = client.get("/api/v1/articles", params={"limit": 3, "offset": offset}).json()
        seen += [h["id"] for h in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"offset": 10_001},
                                    {"stance": "angry"}, {"date_from": "2018-13-01"}, {"date_to": "yesterday"},
                                    {"mode": "fuzzy"}, {"q": "ب" * 501}, {"limit": "ten"}])
def test_search_rejects_bad_parameters(client, params):
    err = assert_error(client.get("/api/v1/articles", params=params), 422, "invalid_request")
    assert err["details"][0]["loc"][-1] == next(iter(params))


def test_article_detail_is_the_contract_json(client, seed_docs):
    doc = seed_docs[0]
    data = client.get(f"/api/v1/articles/{doc.id}").json()
    assert data == doc.to_json()
    assert_error(client.get("/api/v1/articles/nope"), 404, "not_found")


def test_entity_lookup(client):
    items = client.get("/api/v1/entities", params={"name": "Putin"}).json()["items"]
    assert [e["key"] for e in items] == ["PER:فلاديمير بوتين"]
    assert items[0]["name"] == "فلاديمير بوتين" and items[0]["articles"] == 6
    places = client.get("/api/v1/entities", params={"type": "LOC", "limit": 100}).json()["items"]
    assert places and {e["type"] for e in places} == {"LOC"}
    assert_error(client.get("/api/v1/entities", params={"type": "CITY"}), 422)
    page = client.get("/api/v1/entities", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2


def test_entity_detail(client):
    data = client.get("/api/v1/entities/PER:فلاديمير بوتين").json()
    assert data["entity"]["name_en"] == "Vladimir Putin"
    assert {s["statement_id"] for s in data["statements_by"]} and all(
        s["speaker_key"] == "PER:فلاديمير بوتين" for s in data["statements_by"])
    related = {r["entity"]["key"]: r["articles"] for r in data["related"]}
    assert related["LOC:حلب"] == 6 and related["LOC:موسكو"] == 5
    assert data["timeline"][0] == {"date": "2016-10-12", "articles": 1}
    assert sum(p["articles"] for p in data["timeline"]) == 6
    about = client.get("/api/v1/entities/LOC:حلب").json()["statements_about"]
    assert about and all("حلب" in s["content"] for s in about)
    limited = client.get("/api/v1/entities/LOC:حلب", params={"statements_limit": 1, "related_limit": 0}).json()
    assert len(limited["statements_about"]) == 1 and limited["related"] == []
    assert_error(client.get("/api/v1/entities/PER:nobody"), 404, "not_found")


def test_entity_keys_with_slashes_reach_the_entity(store, seed_docs):
    doc = seed_docs[0]
    doc.entities[0].key = "PER:a/b"
    store.add(doc)
    with TestClient(create_app(store)) as c:
        assert c.get("/api/v1/entities/PER%3Aa%2Fb").json()["entity"]["key"] == "PER:a/b"


def test_statements_with_filters(client, seed_docs):
    aleppo = seed_docs[0]
    all_rows = client.get("/api/v1/statements", params={"limit": 100}).json()["items"]
    assert len(all_rows) == sum(len(d.statements) for d in seed_docs)
    rejects = client.get("/api/v1/statements", params={"stance": "reject"}).json()["items"]
    assert {r["statement_id"] for r in rejects} == {"S1", "S3"} and {r["article_id"] for r in rejects} == {aleppo.id}
    churkin = client.get("/api/v1/statements", params={"speaker": "فيتالي تشوركين"}).json()["items"]
    assert [r["cue"] for r in churkin] == ["ورفض"]
    words = client.get("/api/v1/statements", params={"q": "خطابي"}).json()["items"]
    assert [r["statement_id"] for r in words] == ["S1"]
    in_article = client.get("/api/v1/statements", params={"article_id": aleppo.id}).json()["items"]
    assert len(in_article) == 3
    dated = client.get("/api/v1/statements", params={"date_to": "2017-01-01"}).json()["items"]
    assert {r["article_id"] for r in dated} == {aleppo.id}
    page = client.get("/api/v1/statements", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    assert_error(client.get("/api/v1/statements", params={"stance": "shout"}), 422)


def test_unknown_routes_and_methods_use_the_error_shape(client):
    assert_error(client.get("/api/v1/nothing-here"), 404, "not_found")
    assert_error(client.delete("/api/v1/stats"), 405, "method_not_allowed")


def test_internal_errors_are_500_without_details(seed_docs):
    class Broken(FakeStore):
        def stats(self):
            raise RuntimeError("database password is hunter2")

    with TestClient(create_app(Broken(seed_docs)), raise_server_exceptions=False) as c:
        err = assert_error(c.get("/api/v1/stats"), 500, "internal_error")
        assert "hunter2" not in err["message"]


def test_openapi_and_docs_are_served_offline(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/v1/analyze", "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/entities",
            "/api/v1/entities/{key}", "/api/v1/statements"} <= set(schema["paths"])
    assert not any(p.startswith("/articles") for p in schema["paths"])  # pages stay out of the API schema
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/v1/statements" in docs.text
    assert "<script" not in docs.text and "cdn" not in docs.text.lower()  # nothing fetched from outside


def test_a_crash_in_the_analyzer_is_a_clean_500(store):
    def broken(text, meta):
        raise KeyError("model file")

    with TestClient(create_app(store, analyzer=broken)) as c:
        assert_error(c.post("/api/v1/analyze", json={"text": ARTICLE}), 500, "analysis_failed")
        page = c.post("/analyze", data={"text": ARTICLE})
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
