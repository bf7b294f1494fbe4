"""Index terms, query parsing, snippets and near-duplicate signatures (no database)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.store import dedupe
from marsad.store.search import index_text, match_spans, name_text, normalize, parse_query, snippet, stem, variants


def test_normalize_folds_spelling_variants():
    assert normalize("حَلَبُ") == "حلب"
    assert normalize("إسرائيل") == normalize("اسرائيل") == "اسراييل"
    assert normalize("مدرسة") == normalize("مدرسه")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("الـــعـــربية") == normalize("العربية")
    assert normalize("٢٠١٨") == "2018"
    assert normalize("BBC") == "bbc"


def test_light_stem_conflates_clitics_and_inflections():
    assert stem(normalize("وحلب")) == stem("حلب") == "حلب"
    assert stem(normalize("فرنسا")) == stem(normalize("وفرنسا"))  # Snowball splits these two
    assert stem(normalize("الحكومات")) == stem(normalize("حكومات")) == stem(normalize("للحكومة"))
    assert stem(normalize("والمدن")) == stem(normalize("المدن"))
    assert stem("2018") == "2018" and stem("putin") == "putin"
    assert stem("من") == "من"  # too short to strip


def test_query_variants_try_one_letter_proclitics():
    assert variants(normalize("لحلب")) == ["لحلب", "حلب"]
    assert variants(normalize("وبحلب")) == ["وبحلب", "حلب"]
    assert variants(normalize("بالحكومة")) == ["بالحكومه"]  # the article form is the stemmer's job
    assert variants("حلب") == ["حلب"]


def test_names_are_indexed_unstemmed():
    assert name_text(["فلاديمير بوتين", "بوتين"]) == "فلاديمير بوتين بوتين"
    assert "بوتين" not in index_text("فلاديمير بوتين").split()


def test_parse_query_terms_phrases_exclusions():
    q = parse_query('حَلَب "كلام خطابي" -موسكو "واحدة" -"سوريا"')
    assert q.terms == ["حلب", "واحده"]
    assert q.phrases == [["كلام", "خطابي"]]
    assert q.excluded == ["موسكو", "سوريا"]
    assert not parse_query("  ... ؟ !")
    assert parse_query("#عاصي_الحلاني").terms == ["عاصي", "الحلاني"]


def test_snippet_centres_on_matches_and_match_spans_point_at_words():
    text = "عنوان الخبر\n\n" + " ".join(["كلمة"] * 60) + " وتستمر المعارك في حَلَب اليوم " + " ".join(["نص"] * 60)
    q = parse_query("حلب")
    snip = snippet(text, q)
    assert "حَلَب" in snip and snip.startswith("…") and snip.endswith("…")
    spans = match_spans(text, q)
    assert [text[a:b] for a, b in spans] == ["حَلَب"]
    assert snippet("قصير", None) == "قصير"


def test_minhash_groups_near_copies_not_different_stories():
    base = " ".join(f"كلمة{i}" for i in range(80))
    edited = base.replace("كلمة40", "تعديل") + " (وكالات)"
    other = " ".join(f"خبر{i}" for i in range(80))
    a, b, c = (dedupe.signature(t) for t in (base, edited, other))
    assert dedupe.similarity(a, b) >= dedupe.THRESHOLD
    assert dedupe.similarity(a, c) < 0.1
    assert set(dedupe.band_keys(a)) & set(dedupe.band_keys(b))
    assert dedupe.signature("نص قصير جدا") is None
    assert (dedupe.from_bytes(dedupe.to_bytes(a)) == a).all()


ARABIC_LETTERS = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة", min_size=2, max_size=10)
HARAKAT = st.lists(st.sampled_from("\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0640"), max_size=4)


@settings(max_examples=200, deadline=None)
@given(ARABIC_LETTERS, HARAKAT, st.randoms())
def test_diacritics_and_tatweel_never_change_terms(word, marks, rnd):
    chars = list(word)
    for m in marks:
        chars.insert(rnd.randint(1, len(chars)), m)
    decorated = "".join(chars)
    assert index_text(decorated) == index_text(word)
    assert name_text([decorated]) == name_text([word])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=40))
def test_snippets_and_queries_never_fail(text, query):
    q = parse_query(query)
    snippet(text, q)
    for a, b in match_spans(text, q):
        assert 0 <= a < b <= len(text)
