"""The cue lexicon: inflections, clitics, stances and what is not a cue."""
import pytest

from marsad.statements import cues


@pytest.mark.parametrize("word, lemma, gender, number", [
    ("قال", "قال", "m", "sg"), ("وقالت", "قال", "f", "sg"), ("قالوا", "قال", "m", "pl"),
    ("يقول", "قال", "m", "sg"), ("وتقول", "قال", "f", "sg"), ("يقولون", "قال", "m", "pl"),
    ("سيقول", "قال", "m", "sg"), ("قائلا", "قال", "m", "sg"), ("قائلة", "قال", "f", "sg"),
    ("وأضافوا", "أضاف", "m", "pl"), ("نفت", "نفى", "f", "sg"), ("ينفون", "نفى", "m", "pl"),
    ("دعت", "دعا", "f", "sg"), ("يدعو", "دعا", "m", "sg"), ("مشيرا", "أشار", "m", "sg"),
    ("واضاف", "أضاف", "m", "sg"),  # hamza left out, as some outlets write it
])
def test_inflections(word, lemma, gender, number):
    cw = cues.match(word)
    assert cw is not None and (cw.lemma, cw.gender, cw.number) == (lemma, gender, number)


@pytest.mark.parametrize("word, stance", [
    ("ورفض", "reject"), ("نفى", "deny"), ("اتهمت", "accuse"), ("وأدانت", "accuse"), ("ندد", "accuse"),
    ("ناشدت", "appeal"), ("طالب", "appeal"), ("حذر", "warn"), ("تعهدت", "promise"), ("ووصف", "describe"),
    ("أقر", "admit"), ("وتساءل", "question"), ("أعرب", "other"), ("اعتبر", "describe"),
])
def test_stances(word, stance):
    assert cues.match(word).stance == stance


def test_object_pronouns_and_relay_nouns():
    assert cues.match("ووصفها").suffix == "ها"
    assert cues.match("اتهموه").number == "pl"
    assert cues.match("قوله").form == "noun" and cues.match("قولها").gender == "f"


@pytest.mark.parametrize("word", ["إدانة", "مدينة", "يذكر", "ردا", "الرئيس", "حملة", "تعد"])
def test_not_cues(word):
    assert cues.match(word) is None


def test_complementizers():
    for w in ("إن", "أن", "بأن", "بأنها", "أنه", "فإن"):
        assert cues.is_complementizer(w), w
    assert not cues.is_complementizer("إنما")
