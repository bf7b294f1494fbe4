"""عمان is Amman or Oman: the words before a mention, then the article's other words, decide."""
import pytest

from marsad.document import Span
from marsad.entities import homographs
from marsad.pipeline import analyze


def _sense(text: str, name: str = "عمان") -> str | None:
    start = text.index(name)
    s = homographs.sense(name, text, [Span(start, start + len(name), name)])
    return s.english if s else None


@pytest.mark.parametrize("text, english", [
    ("التقى المبعوث الأممي في سلطنة عمان كبير المفاوضين.", "Oman"),
    ("تظاهر المئات وسط العاصمة الأردنية عمان احتجاجا على قانون الضريبة.", "Amman"),
    ("قال مسؤول في عمان إن الحدود مع سوريا ستبقى مغلقة، وأكدت الحكومة الأردنية ذلك.", "Amman"),
    ("وصل الوفد إلى عمان. وقال وزير الخارجية العماني إن مسقط تدعم الحوار.", "Oman"),
    ("زار الوزير عمان أمس.", None),  # no evidence: the lexicon's name stands
    ("زار الوزير عمان ثم الأردن، وبعدها سلطنة عمان.", None),  # a tie is no evidence
])
def test_sense_from_context(text, english):
    assert _sense(text) == english


@pytest.mark.parametrize("text, name, english", [
    ("ضمت المجموعة منتخبات الأردن، فيتنام، فلسطين، عمان، البحرين.", "عمان", "Oman"),  # countries
    ("اشترت السعودية والإمارات والبحرين وعمان الأجهزة، ونفت الأردن ذلك.", "وعمان", "Oman"),
    ("وقف إطلاق نار أعلنته موسكو مع واشنطن وعمان، وقالت الحكومة الأردنية إنه صامد.", "وعمان", "Amman"),  # capitals
    ("عمان، الأردن (CNN) -- شارك آلاف الأردنيين في الاحتجاجات.", "عمان", "Amman"),  # a dateline is not a list
    ("تواصلت الاحتجاجات في العاصمة عمان.", "عمان", "Amman"),
])
def test_places_listed_with_it_decide(text, name, english):
    assert _sense(text, name) == english


def test_words_before_outweigh_the_article():
    text = "قالت الحكومة الأردنية إن وزير الخارجية الأردني سيزور سلطنة عمان الأسبوع المقبل."
    assert _sense(text) == "Oman"


def test_cue_words_carry_clitics():
    assert homographs._count("والاردن بالاردن للاردن الاردنيه", homographs.SENSES["عمان"][1].article) == 4


def test_names_with_one_sense_are_left_alone():
    assert homographs.sense("دمشق", "في دمشق والأردن", [Span(3, 7, "دمشق")]) is None


def test_amman_is_its_own_entity():
    doc = analyze("تظاهر آلاف الأشخاص في العاصمة الأردنية عمان احتجاجا على قانون الضريبة الجديد.")
    amman = [e for e in doc.entities if e.name_en == "Amman"]
    assert amman and amman[0].key != "LOC:عمان"
    oman = analyze("أعلنت سلطنة عمان أنها ستستضيف المحادثات.")
    assert [e.name_en for e in oman.entities if e.type == "LOC"] == ["Oman"]
