"""The server-rendered pages: search, article, entity, statements, analyse; hostile text stays inert."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app

from . import docs
from .conftest import light_analyze
from .fake_store import FakeStore

HOSTILE_MARKERS = ("<script", "<img", "<b>", "<i>src", "\u202e", "\u202c", "javascript:")


def html_of(resp, status=200) -> str:
    assert resp.status_code == status, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    return resp.text


def test_every_page_is_rtl_arabic_with_the_shipped_font(client):
    page = html_of(client.get("/"))
    assert '<html dir="rtl" lang="ar">' in page
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "Noto Naskh Arabic" in css.text
    for font in re.findall(r'url\("([^"]+\.ttf)"\)', css.text):
        resp = client.get(f"/static/{font}")
        assert resp.status_code == 200 and resp.content[:4] == b"\x00\x01\x00\x00"  # a TrueType font


def test_pages_forbid_scripts_by_policy(client, seed_docs):
    for path in ("/", f"/articles/{seed_docs[0].id}", "/nope", "/docs"):
        csp = client.get(path).headers["content-security-policy"]
        assert "script-src 'none'" in csp and "object-src 'none'" in csp


def test_home_lists_latest_articles_and_people(client, seed_docs):
    page = html_of(client.get("/"))
    assert f'href="/articles/{seed_docs[0].id}"' in page
    assert "فلاديمير بوتين" in page


def test_search_page_finds_and_marks(client, seed_docs):
    page = html_of(client.get("/", params={"q": "خطابي"}))
    assert f'href="/articles/{seed_docs[0].id}"' in page
    assert "<mark>خطابي</mark>" in page
    assert 'value="خطابي"' in page
    english = html_of(client.get("/", params={"q": "Hollande"}))
    assert f'href="/articles/{seed_docs[0].id}"' in english


def test_search_page_filters_and_paging(client, seed_docs):
    page = html_of(client.get("/", params={"stance": "reject", "q": ""}))
    assert f'href="/articles/{seed_docs[0].id}"' in page
    assert page.count('class="hit"') == 1
    assert '<option value="reject" selected>' in page
    first = html_of(client.get("/", params={"limit": 2}))
    assert first.count('class="hit"') == 2 and 'rel="next"' in first and "offset=2" in first
    assert html_of(client.get("/", params={"q": "لاشيءهنا"})).count('class="hit"') == 0


def test_bad_filters_give_an_html_error_page(client):
    page = html_of(client.get("/", params={"date_from": "not-a-date"}), 422)
    assert "date_from" in page and '<html dir="rtl" lang="ar">' in page
    assert "not-a-date" in page
    html_of(client.get("/", params={"limit": "500"}), 422)


def test_article_page_highlights_entities_and_lists_statements(client, seed_docs):
    doc = seed_docs[0]
    page = html_of(client.get(f"/articles/{doc.id}"))
    assert "<h1>عشرات الأشخاص قتلوا في شرق حلب بسبب قصف قوات الحكومة</h1>" in page
    for ent in doc.entities:
        assert f'class="ent ent-{ent.type}"' in page
        assert f'title="{ent.name_en} · {ent.type}"' in page
    # each statement beside the text links to its highlighted content and sentence
    body, side = page.split('<aside class="side">')
    for st in doc.statements:
        assert f'id="q-{st.id}"' in body
        assert f'href="#q-{st.id}"' in side
    assert side.count('<li class="statement') == len(doc.statements)
    assert re.search(r'href="#s-\d+">الجملة \d+</a>', side)
    assert "فرانسوا هولاند" in side and "اتّهم" in side  # Hollande, stance accuse


def test_article_links_to_its_source_only_over_http(client, seed_docs):
    page = html_of(client.get(f"/articles/{seed_docs[0].id}"))
    assert 'href="https://www.bbc.com/arabic/example"' in page


def test_missing_article_is_a_404_page(client):
    page = html_of(client.get("/articles/nope"), 404)
    assert "nope" in page and "غير موجود" in page


def test_entity_page(client):
    page = html_of(client.get("/entities/PER:فلاديمير بوتين"))
    assert "Vladimir Putin" in page
    assert "المحادثات في موسكو كانت مفيدة بشأن حلب" in page  # statements by him
    assert 'href="/entities/LOC%3A%D9%85%D9%88%D8%B3%D9%83%D9%88"' in page  # related: Moscow
    assert page.count("<rect ") >= 2  # the timeline chart
    about = html_of(client.get("/entities/LOC:حلب"))
    assert "الغارات الجوية الروسية على حلب" in about  # a statement about Aleppo
    html_of(client.get("/entities/PER:nobody"), 404)


def test_entities_and_statements_pages(client):
    page = html_of(client.get("/entities", params={"name": "Churkin"}))
    assert "فيتالي تشوركين" in page and "Vitaly Churkin" in page
    html_of(client.get("/entities", params={"type": "XYZ"}), 422)
    rows = html_of(client.get("/statements", params={"stance": "accuse"}))
    assert "الغارات الجوية الروسية" in rows and "كلام خطابي" not in rows


def test_analyze_page_shows_the_analysis_without_storing(client, store, aleppo_text):
    assert "<textarea" in html_of(client.get("/analyze"))
    before = store.stats()["articles"]
    page = html_of(client.post("/analyze", data={"text": aleppo_text, "title": "حلب"}))
    assert "لم تُحفظ" in page and "<h1>حلب</h1>" in page
    assert 'id="s-1"' in page and "فلاديمير بوتين" in page
    assert store.stats()["articles"] == before


def test_analyze_page_reads_uploaded_files_in_arabic_encodings(client):
    text = "مرحبا بالعالم\n\nقال الوزير إن الوضع مستقر في المدينة."
    for data in (text.encode("utf-8"), text.encode("cp1256")):
        page = html_of(client.post("/analyze", files={"file": ("a.txt", data, "text/plain")}))
        assert "قال الوزير إن الوضع مستقر" in page


def test_analyze_page_refuses_binary_uploads(client):
    page = html_of(client.post("/analyze", files={"file": ("a.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")}),
                   422)
    assert "PNG" in page


def test_analyze_page_reports_bad_input(client):
    page = html_of(client.post("/analyze", data={"text": "hello world, not Arabic"}), 422)
    assert 'role="alert"' in page and "hello world" in page


def test_oversized_uploads_are_refused_with_413(store):
    with TestClient(create_app(store, max_body=2000, analyzer=light_analyze)) as c:
        page = html_of(c.post("/analyze", files={"file": ("a.txt", "ب".encode() * 5000, "text/plain")}), 413)
        assert "2,000" in page


@pytest.mark.parametrize("path", ["/", "/?q=alert", "/statements", "/entities", "/articles/{id}",
                                  "/entities/PER:<b>المتحدث</b>", "/entities/MISC:<script>"])
def test_hostile_text_is_shown_inert_on_every_page(client, path):
    doc = docs.hostile()
    page = html_of(client.get(path.replace("{id}", doc.id)))
    for marker in HOSTILE_MARKERS:
        assert marker not in page, marker


def test_hostile_article_is_readable_as_text(client):
    doc = docs.hostile()
    page = html_of(client.get(f"/articles/{doc.id}"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "⟦U+202E⟧الوزراء⟦U+202C⟧" in page
    assert 'title="&lt;script&gt;x&lt;/script&gt; · PER"' in page


def test_hostile_text_posted_for_analysis_is_inert(client):
    page = html_of(client.post("/analyze", data={"text": docs.HOSTILE, "title": "<script>t()</script>"}))
    for marker in HOSTILE_MARKERS:
        assert marker not in page, marker
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_pages_share_one_store_safely_across_threads(seed_docs):
    import concurrent.futures

    with TestClient(create_app(FakeStore(seed_docs))) as c:
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(lambda _: c.get("/entities/LOC:حلب").status_code, range(16)))
    assert codes == [200] * 16
