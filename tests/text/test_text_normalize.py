"""Normalization view: what is normalized, and the offset map back to the original."""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text.normalize import norm_text, norm_word, normalize


def test_each_normalization():
    assert norm_word("قَالَ") == "قال"  # tashkeel
    assert norm_word("كبيـــر") == "كبير"  # tatweel
    assert norm_word("أإآٱ") == "اااا"
    assert norm_word("على") == "علي"
    assert norm_word("مدرسة") == "مدرسه"
    assert norm_word("٣٫٥") == "3.5" and norm_word("۱۲۳") == "123"
    assert norm_word("،؛؟") == ",;?"
    assert norm_word("\u200fحلب\u200e\u202b\u2066\ufeff\u200b") == "حلب"
    assert norm_word("Putin 2016") == "Putin 2016"


def test_nfc_of_decomposed_input():
    decomposed = "ا\u0653لاف"  # alef + combining madda = آ
    assert not unicodedata.is_normalized("NFC", decomposed)
    view = normalize(decomposed)
    assert view.text == "الاف"
    assert view.to_original(0, 1) == (0, 2)


def test_span_maps_back_with_its_diacritics_but_not_controls():
    text = "قالَ \u200f«الرئيسُ» ٣٫٥"
    view = normalize(text)
    assert view.text == "قال «الرئيس» 3.5"
    s, e = view.to_original(0, 3)
    assert text[s:e] == "قالَ"
    i = view.text.index("«")
    s, e = view.to_original(i, i + len("«الرئيس»"))
    assert text[s:e] == "«الرئيسُ»"
    i = view.text.index("3.5")
    assert text[slice(*view.to_original(i, i + 3))] == "٣٫٥"
    assert view.offset(len(view.text)) == len(text)


def test_norm_word_agrees_with_the_view():
    for word in ["وَبِالتَّالِي", "إلى", "الأمم", "مئة", "ـالـ", "\u200fبوتين"]:
        assert norm_word(word) == normalize(word).text == norm_text(word)


ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئٱ") + list("\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
    + list("\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff") + list("٠١٢٣٤٥٦٧٨٩۰۱۲٫٬0123456789")
    + list("abcXYZ.,!?؟،؛«»\"“” \n") + ["\u0653", "\u0654", "\u0655", "e\u0301"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.data())
def test_offset_map_round_trip(text, data):
    view = normalize(text)
    assert norm_text(text) == view.text
    n = len(view.text)
    offsets = [view.offset(i) for i in range(n + 1)]
    assert offsets == sorted(offsets) and offsets[-1] == len(text)
    assert [view.from_original(o) for o in offsets] == list(range(n + 1))
    back = [view.from_original(o) for o in range(len(text) + 1)]
    assert back == sorted(back) and back[-1] == n
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = view.to_original(start, end)
    assert 0 <= s <= e <= len(text)
    # the original span normalizes to exactly the normalized span
    assert normalize(text[s:e]).text == view.text[start:end]
    for i in range(n):  # every normalized character comes from its own original characters
        s, e = view.to_original(i, i + 1)
        assert normalize(text[s:e]).text == view.text[i]
