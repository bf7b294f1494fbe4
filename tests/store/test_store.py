"""The one store test suite, run against every backend (see conftest.store)."""
from __future__ import annotations

import pytest

from marsad.store.base import Query

from archive_docs import make_doc

PUTIN = ("PER", "فلاديمير بوتين", "Vladimir Putin", ["فلاديمير بوتين", "بوتين"])
ALEPPO = ("LOC", "حلب", "Aleppo", ["حلب"])
UN = ("ORG", "الأمم المتحدة", "United Nations", ["الأمم المتحدة"])


def aleppo_doc(**meta):
    return make_doc(
        "بوتين يرفض اتهامات بارتكاب جرائم حرب في حلب",
        "رفض الرئيس الروسي فلاديمير بوتين الاتهامات الموجهة لبلاده، وقال إن تلك الاتهامات كلام خطابي "
        "لا يأخذ في الاعتبار الوقائع في سوريا. وتستمر المعارك في مدينة حلب وحولها منذ أشهر.",
        entities=[PUTIN, ALEPPO],
        statements=[("فلاديمير بوتين", "وقال", "reject", "تلك الاتهامات كلام خطابي")],
        source="BBC", published="2016-10-12T10:00:00Z", url="https://example.org/aleppo", **meta)


def un_doc():
    return make_doc(
        "الأمم المتحدة تحذر من كارثة إنسانية",
        "حذرت الأمم المتحدة من كارثة إنسانية في اليمن بسبب نقص الغذاء والدواء. وأضافت أن ملايين الأطفال "
        "يواجهون خطر المجاعة، داعية إلى فتح الموانئ أمام المساعدات فورا.",
        entities=[UN],
        statements=[("الأمم المتحدة", "حذرت", "warn", "من كارثة إنسانية في اليمن")],
        source="SkyNews", published="2018-03-01T08:00:00+04:00")


def putin_moscow_doc():
    return make_doc(
        "بوتين يستقبل الرئيس الفرنسي في موسكو",
        "استقبل الرئيس الروسي بوتين نظيره الفرنسي في الكرملين، وأكد بوتين أن العلاقات بين البلدين تتحسن. "
        "وبحث الجانبان الوضع في حلب والأزمة السورية والتعاون الاقتصادي.",
        entities=[("PER", "فلاديمير بوتين", "Vladimir Putin", ["بوتين"]), ALEPPO],
        statements=[("فلاديمير بوتين", "وأكد", "assert", "العلاقات بين البلدين تتحسن")],
        source="France24", published="2018-05-20T12:00:00")


@pytest.fixture
def filled(store):
    for doc in (aleppo_doc(), un_doc(), putin_moscow_doc()):
        assert store.add(doc).new
    return store


def ids(hits):
    return [h.id for h in hits]


def test_round_trip_and_idempotent_add(store):
    doc = aleppo_doc()
    first = store.add(doc)
    assert first.new and first.article_id == doc.id
    assert store.has(doc.id)
    again = store.add(aleppo_doc())
    assert not again.new and again.article_id == doc.id
    back = store.get(doc.id)
    assert back.to_json() == doc.to_json()
    back.check_offsets()
    assert store.get("missing") is None
    assert store.stats()["articles"] == 1


def test_schema_version_recorded(store):
    assert store.schema_version() >= 1


@pytest.mark.parametrize("query", ["حلب", "وحلب", "حَلَب", "بحلب", "لحلب"])
def test_arabic_variants_find_aleppo(filled, query):
    found = ids(filled.search(Query(query)))
    assert aleppo_doc().id in found and putin_moscow_doc().id in found
    assert un_doc().id not in found


def test_stemmed_words_and_spelling_variants(filled):
    # الاتهامات in the text; query in another inflection and with hamza/ta-marbuta variants
    assert ids(filled.search(Query("اتهامات"))) == [aleppo_doc().id]
    assert un_doc().id in ids(filled.search(Query("الامم المتحده")))
    assert un_doc().id in ids(filled.search(Query("إنسانيّة")))


def test_names_match_unstemmed(filled):
    # the stemmer turns بوتين into وتين; names are indexed as they are, so both routes find him
    hits = ids(filled.search(Query("بوتين")))
    assert set(hits) == {aleppo_doc().id, putin_moscow_doc().id}


def test_english_entity_names_are_searchable_words(filled):
    assert set(ids(filled.search(Query("Putin")))) == {aleppo_doc().id, putin_moscow_doc().id}
    assert ids(filled.search(Query("united nations"))) == [un_doc().id]


def test_title_match_ranks_first_and_snippet_shows_match(filled):
    hits = filled.search(Query("موسكو"))
    assert ids(hits) == [putin_moscow_doc().id]
    hits = filled.search(Query("كارثة اليمن"))
    assert ids(hits)[0] == un_doc().id
    assert "اليمن" in hits[0].snippet
    assert hits[0].title == "الأمم المتحدة تحذر من كارثة إنسانية"
    assert hits[0].source == "SkyNews" and hits[0].published.startswith("2018-03-01")


def test_phrase_exclusion_and_any_word_fallback(filled):
    assert ids(filled.search(Query('"كلام خطابي"'))) == [aleppo_doc().id]
    assert ids(filled.search(Query('"خطابي كلام"'))) == []
    assert ids(filled.search(Query("حلب -موسكو"))) == [aleppo_doc().id]
    # no article has both words: any-word ranking still answers
    assert set(ids(filled.search(Query("اليمن موسكو")))) == {un_doc().id, putin_moscow_doc().id}


@pytest.mark.parametrize("query", ['حلب" OR 1=1 --', "'; DROP TABLE articles; --", "NEAR(حلب", "*", '"', "AND",
                                   "حلب:*", "a & | !b", "{title}: x"])
def test_hostile_queries_are_just_words(filled, query):
    filled.search(Query(query))
    assert filled.stats()["articles"] == 3


def test_filters(filled):
    a, u, m = aleppo_doc().id, un_doc().id, putin_moscow_doc().id
    assert set(ids(filled.search(Query("", entity="Vladimir Putin")))) == {a, m}
    assert set(ids(filled.search(Query("", entity="بوتين")))) == {a, m}
    assert set(ids(filled.search(Query("", entity="PER:فلاديمير بوتين")))) == {a, m}
    assert ids(filled.search(Query("", entity="nobody at all"))) == []
    assert ids(filled.search(Query("", speaker="putin", stance="reject"))) == [a]
    assert ids(filled.search(Query("", stance="warn"))) == [u]
    assert ids(filled.search(Query("حلب", source="France24"))) == [m]
    assert ids(filled.search(Query("", date_from="2018-01-01", date_to="2018-04-01"))) == [u]
    assert ids(filled.search(Query(""))) == [m, u, a]  # newest first without a query
    assert ids(filled.search(Query("", limit=1, offset=1))) == [u]


def test_entities_merge_across_articles(filled):
    row = filled.entity("PER:فلاديمير بوتين")
    assert row.articles == 2 and row.mentions == 5 and row.statements == 2
    assert row.name_en == "Vladimir Putin"
    assert [r.key for r in filled.find_entities("putin")] == ["PER:فلاديمير بوتين"]
    assert [r.key for r in filled.find_entities("بوتين")] == ["PER:فلاديمير بوتين"]
    assert [r.key for r in filled.find_entities("", type="ORG")] == ["ORG:الامم المتحده"]
    assert filled.find_entities()[0].key in {"PER:فلاديمير بوتين", "LOC:حلب"}
    related = {r.key: n for r, n in filled.related_entities("PER:فلاديمير بوتين")}
    assert related == {"LOC:حلب": 2}
    assert filled.timeline("LOC:حلب") == [("2016-10-12", 1), ("2018-05-20", 1)]
    assert filled.entity("PER:nobody") is None


def test_lexicon_english_name_replaces_a_transliteration(store):
    first = un_doc()
    first.entities[0].name_en, first.entities[0].name_en_source = "Al-Umam Al-Muttahida", "transliterated"
    store.add(first)
    second = make_doc("الأمم المتحدة ترحب بالاتفاق", "رحبت الأمم المتحدة بالاتفاق الجديد بين الطرفين.",
                      entities=[UN])
    second.entities[0].name_en_source = "lexicon"
    store.add(second)
    assert store.entity("ORG:الامم المتحده").name_en == "United Nations"
    assert [e.key for e in store.find_entities("united nations")] == ["ORG:الامم المتحده"]


def test_statements_who_said_what_about_whom(filled):
    said = filled.statements(speaker="Putin")
    assert [s.content for s in said] == ["العلاقات بين البلدين تتحسن", "تلك الاتهامات كلام خطابي"]
    assert said[0].speaker == "فلاديمير بوتين" and said[0].speaker_en == "Vladimir Putin"
    about = filled.statements(speaker="بوتين", about="الاتهامات")  # in the content
    assert [s.content for s in about] == ["تلك الاتهامات كلام خطابي"]
    about = filled.statements(speaker="بوتين", about="Aleppo")  # the article mentions it
    assert len(about) == 2
    assert filled.statements(speaker="بوتين", about="اليمن") == []
    assert [s.stance for s in filled.statements(stance="warn")] == ["warn"]
    assert [s.article_id for s in filled.statements(text="كارثة")] == [un_doc().id]
    assert len(filled.statements(date_from="2018-01-01")) == 2
    s = filled.statements(article_id=aleppo_doc().id)[0]
    text = aleppo_doc().text
    assert text[s.content_start:s.content_end] == s.content


def test_near_duplicates_grouped(store):
    body = ("قالت وزارة الخارجية الروسية في بيان اليوم إن المحادثات مع الجانب الأمريكي حول الأزمة السورية "
            "ستستأنف الأسبوع المقبل في جنيف، مؤكدة أن موسكو مستعدة لبحث كل الملفات المطروحة على الطاولة "
            "بما في ذلك ملف المساعدات الإنسانية ووقف إطلاق النار في إدلب وريفها.")
    wire = make_doc("موسكو: محادثات جنيف تستأنف الأسبوع المقبل", body, source="BBC")
    copy = make_doc("محادثات جنيف حول سوريا تستأنف الأسبوع المقبل", body + " (وكالات)", source="SkyNews")
    other = make_doc("انطلاق مهرجان القاهرة السينمائي بمشاركة واسعة",
                     "انطلقت مساء أمس فعاليات مهرجان القاهرة السينمائي الدولي في دورته الجديدة بمشاركة أفلام من "
                     "أكثر من ستين دولة، وسط حضور كبير من النجوم والنقاد وصناع السينما العرب والأجانب.",
                     source="CNN")
    for d in (wire, copy, other):
        assert store.add(d).new
    assert store.stats()["articles"] == 3 and store.stats()["groups"] == 2
    hits = store.search(Query("جنيف"))
    assert len(hits) == 1 and hits[0].duplicates == 1
    assert store.search(Query("القاهرة"))[0].duplicates == 0
    assert [h.id for h in store.duplicates(wire.id)] == [copy.id]
    assert [h.id for h in store.duplicates(copy.id)] == [wire.id]
    assert store.duplicates(other.id) == []
    assert sorted(store.sources()) == [("BBC", 1), ("CNN", 1), ("SkyNews", 1)]


def test_add_many_is_all_or_nothing(store):
    good = un_doc()
    bad = aleppo_doc()
    bad.statements.append(bad.statements[0])  # same statement id twice: violates the key
    with pytest.raises(Exception):
        store.add_many([(good, None, None), (bad, None, None)])
    assert store.stats()["articles"] == 0 and store.stats()["entities"] == 0
    assert not store.search(Query("كارثة"))
    assert store.add(good).new


def test_semantic_search_uses_embeddings_and_filters(store):
    docs = [aleppo_doc(), un_doc(), putin_moscow_doc()]
    for d in docs:
        store.add(d, embedding=store.embedder.encode([d.text])[0])
    hits = store.search(Query("كارثة إنسانية في اليمن", mode="semantic"))
    assert hits[0].id == un_doc().id and len(hits) == 3
    hits = store.search(Query("كارثة إنسانية في اليمن", mode="semantic", source="BBC"))
    assert ids(hits) == [aleppo_doc().id]
    assert store.stats()["embeddings"] == 3


def test_semantic_without_embeddings_answers_by_keyword(filled):
    assert ids(filled.search(Query("اليمن", mode="semantic"))) == [un_doc().id]


def test_file_store_persists(tmp_path):
    from marsad.store.base import open_store
    path = str(tmp_path / "a.db")
    with open_store(path) as s:
        s.add(un_doc())
    with open_store(path) as s:
        assert s.stats()["articles"] == 1 and s.search(Query("اليمن"))
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.postgres
def test_postgres_migrates_an_older_schema(pg_url):
    from marsad.store.base import open_store
    from marsad.store.postgres import MIGRATIONS
    with open_store(pg_url) as s:  # start from an empty archive
        s.conn.execute("DROP SCHEMA public CASCADE")
        s.conn.execute("CREATE SCHEMA public")
    with open_store(pg_url) as s:
        s.add(un_doc())
        s.conn.execute("DROP INDEX articles_title_tsv")
        s.conn.execute("ALTER TABLE articles DROP COLUMN analyzer")
        s.conn.execute("DELETE FROM schema_version WHERE version > 1")
    with open_store(pg_url) as s:
        assert s.schema_version() == max(MIGRATIONS)
        assert s._one("SELECT 1 FROM pg_indexes WHERE indexname = 'articles_title_tsv'")
        assert s.analyzers() == {"": 1}  # stored before marsad recorded its analyzer: unknown
        assert ids(s.search(Query("كارثة"))) == [un_doc().id]


def test_sqlite_migrates_an_older_schema(tmp_path):
    from marsad.store.base import open_store
    from marsad.store.sqlite import MIGRATIONS
    db = str(tmp_path / "old.db")
    with open_store(db) as s:
        s.add(un_doc())
        s.conn.execute("ALTER TABLE articles DROP COLUMN analyzer")  # as the first release stored it
        s.conn.execute("DELETE FROM schema_version WHERE version > 1")
    with open_store(db) as s:
        assert s.schema_version() == max(MIGRATIONS)
        assert s.analyzers() == {"": 1}
        assert ids(s.search(Query("كارثة"))) == [un_doc().id]
