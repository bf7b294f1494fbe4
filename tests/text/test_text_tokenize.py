"""Tokens, their kinds and norms, and clitic pieces, on real news sentences."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.document import Document
from marsad.text import segment, tokenize
from marsad.text.clitics import split


def _tokens(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in tokenize.tokenize(text)]


def _pieces(word: str) -> str:
    return "+".join(word[s:e] for s, e, _ in split(word))


def test_numbers_latin_and_punctuation():
    text = 'بلغ النمو 3.5% و1,000 دولار، و٣٫٥ مليون؛ في «U.S.» مع F-16 و"MH17"...'
    assert _tokens(text) == [
        ("بلغ", "word"), ("النمو", "word"), ("3.5", "number"), ("%", "punct"), ("و", "word"), ("1,000", "number"),
        ("دولار", "word"), ("،", "punct"), ("و", "word"), ("٣٫٥", "number"), ("مليون", "word"), ("؛", "punct"),
        ("في", "word"), ("«", "punct"), ("U.S.", "latin"), ("»", "punct"), ("مع", "word"), ("F", "latin"),
        ("-", "punct"), ("16", "number"), ("و", "word"), ('"', "punct"), ("MH17", "latin"), ('"', "punct"),
        ("...", "punct")]
    assert _tokens("2,5 + 3 = $") == [("2,5", "number"), ("+", "symbol"), ("3", "number"), ("=", "symbol"),
                                      ("$", "symbol")]


def test_norm_is_filled():
    toks = tokenize.tokenize("إلى مدرسةِ ٢٠١٦؟")
    assert [t.norm for t in toks] == ["الي", "مدرسه", "2016", "?"]


def test_bidi_marks_are_not_tokens_and_tatweel_stays_in_its_word():
    toks = tokenize.tokenize("\u200fبوتين\u200e لـ\"العربية.نت\"")
    assert [t.text for t in toks] == ["بوتين", "لـ", '"', "العربية", ".", "نت", '"']


def test_clitics_split_where_the_stem_is_a_word():
    assert _pieces("وقال") == "و+قال"
    assert _pieces("وبالتالي") == "و+ب+التالي"
    assert _pieces("للمناطق") == "ل+ل+مناطق"  # ل + the article with its alef dropped
    assert _pieces("بفرنسا") == "ب+فرنسا"
    assert _pieces("الاتحاد") == "ال+اتحاد"
    assert _pieces("حكومته") == "حكومت+ه"
    assert _pieces("وستلاحقهم") == "و+س+تلاحق+هم"
    assert _pieces("منها") == "من+ها"
    assert _pieces("وكان") == "و+كان"
    assert _pieces("والذين") == "و+الذين"


def test_clitic_letters_that_belong_to_the_word_are_kept():
    for word in ["وزير", "ولاية", "بلد", "فرنسا", "سوريا", "سيناء", "لبنان", "كان", "الذي", "التزام", "كلام", "بحث",
                 "والد", "عربي", "مياه", "واشنطن", "بريطانيا", "كندا"]:
        assert _pieces(word) == word, word
    assert _pieces("للبنان") == "ل+لبنان"


def test_pieces_carry_document_offsets_and_roles():
    text = "وقال بوتين لوسائل إعلام فرنسية."
    toks = tokenize.tokenize(text)
    assert [(text[p.start:p.end], p.role) for p in toks[0].pieces] == [("و", "proclitic"), ("قال", "stem")]
    assert [(text[p.start:p.end], p.role) for p in toks[2].pieces] == [("ل", "proclitic"), ("وسائل", "stem")]
    assert [p.role for p in toks[1].pieces] == ["stem"]
    assert toks[-1].pieces == []  # punctuation has none
    word = "وَبِالتَّالِي"  # diacritics stay with the letter before them
    assert [word[s:e] for s, e, _ in split(word)] == ["وَ", "بِ", "التَّالِي"]


def test_tokens_never_cross_sentence_ends():
    doc = tokenize.annotate(segment.annotate(Document("قال: نعم.وأضاف لا\nسطر آخر")))
    for t in doc.tokens:
        assert any(s.start <= t.start and t.end <= s.end for s in doc.sentences)


WORDS = st.sampled_from(["وقال", "بالتالي", "للمناطق", "حكومته", "وَبِالتَّالِي", "كبيـــر", "3.5", "٣٫٥", "1,000",
                         "U.S.", "F-16", "«", "»", '"', "،", "؛", ".", "...", "؟", "\u200f", "\u200c", "#", "_",
                         "Putin", "é", "e\u0301", "ً", "ـ", "中文"])
TEXT = st.lists(st.one_of(WORDS, st.sampled_from([" ", " ", "\n", "\n\n"])), max_size=50).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_spans_slice_to_their_text(text):
    doc = tokenize.annotate(segment.annotate(Document(text)))
    doc.check_offsets()
    for t in doc.tokens:
        assert t.text == text[t.start:t.end] and t.text.strip() == t.text != ""
        if t.pieces:
            assert t.pieces[0].start == t.start and t.pieces[-1].end == t.end
            assert all(a.end == b.start for a, b in zip(t.pieces, t.pieces[1:]))
            assert [p.role for p in t.pieces].count("stem") == 1
