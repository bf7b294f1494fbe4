"""Cross-lingual search with the real sentence encoder (the one test that loads it)."""
from __future__ import annotations

from archive_docs import make_doc

from marsad.embed import Encoder, article_text
from marsad.store.base import Query, open_store


def test_english_query_finds_arabic_article(tmp_path):
    docs = [
        make_doc("الأمم المتحدة تحذر من مجاعة في اليمن",
                 "حذرت الأمم المتحدة من أن ملايين الأطفال في اليمن يواجهون خطر المجاعة بسبب الحرب ونقص الغذاء."),
        make_doc("ارتفاع أسعار النفط في الأسواق العالمية",
                 "ارتفعت أسعار النفط الخام اليوم بعد قرار منظمة أوبك خفض الإنتاج، وسط توقعات بزيادة الطلب."),
        make_doc("ريال مدريد يفوز بدوري أبطال أوروبا",
                 "فاز فريق ريال مدريد الإسباني بلقب دوري أبطال أوروبا لكرة القدم بعد تغلبه على ليفربول في النهائي."),
    ]
    encoder = Encoder()
    vectors = encoder.encode([article_text(d) for d in docs])
    assert vectors.shape == (3, 512)
    with open_store(str(tmp_path / "a.db")) as store:
        store.embedder = encoder
        for d, v in zip(docs, vectors):
            store.add(d, embedding=v)
        for query, expected in (("famine in Yemen", docs[0]), ("oil prices", docs[1]),
                                ("football Champions League final", docs[2])):
            hits = store.search(Query(query, mode="semantic", limit=3))
            assert hits[0].id == expected.id, (query, [h.title for h in hits])
