from marsad.ner.features import Lexicon, WordFeatures, shape, strip_clitics
from marsad.ner.normalize import norm


def lexicon() -> Lexicon:
    lex = Lexicon()
    for i, w in enumerate(["في", "قال", "الرئيس", "روسيا", "بوتين", "لبنان", "الامم", "بنان"]):
        lex.clusters[w] = (i, (str(i % 2), str(i), str(i * 7)))
    lex.add_name("روسيا", "LOC")
    lex.add_name("بوتين", "PER")
    lex.add_name("الأمم المتحدة", "ORG")
    lex.add_name("الولايات المتحدة الأمريكية", "LOC")
    lex.add_name("الولايات المتحدة", "LOC")
    return lex


def test_norm():
    assert norm("أَحْمَد") == "احمد"
    assert norm("مصطفى") == "مصطفي"
    assert norm("القاهرة") == "القاهره"
    assert norm("\u200eـBBC٢٠") == "bbc20"


def test_clitics_stripped_only_when_the_rest_is_more_frequent():
    lex = lexicon()
    assert strip_clitics("وروسيا", lex) == ("و", "روسيا")
    assert strip_clitics("لبنان", lex) == ("", "لبنان")  # بنان is rarer than لبنان
    assert strip_clitics("بوتين", lex) == ("", "بوتين")
    assert strip_clitics("للامم", lex) == ("ل", "الامم")
    assert strip_clitics("والرئيس", lex) == ("و", "الرئيس")


def test_shape():
    assert [shape(t) for t in ["روسيا", "2016", "BBC", "bbc", "«"]] == ["ar", "num", "LAT", "lat", "pun"]


def test_word_type_features():
    feat = WordFeatures(lexicon())
    n, bare, f = feat.word_type("وروسيا")
    assert (n, bare) == ("وروسيا", "روسيا")
    assert f["pc"] == "و" and f["g"] == "LOC" and f["oov"] == "0"  # clitic stripped before the lookups
    assert (f["c0"], f["c1"], f["c2"]) == ("1", "3", "21")
    _, _, f = feat.word_type("الرئيس")
    assert f["al"] == "1" and f["stem"] == "رئيس" and f["g"] == ""
    _, _, f = feat.word_type("\u200fقال\u200f")
    assert f["k"] == "ar" and f["n"] == "3"
    _, _, f = feat.word_type("\u200e,")
    assert f["k"] == "pun" and f["oov"] == "1" and "c0" not in f
    assert feat.word_type("وروسيا") is feat.word_type("وروسيا")  # cached per type


def test_phrase_marks():
    feat = WordFeatures(lexicon())
    assert feat.phrase_marks(["قال", "بوتين", "إن", "الولايات", "المتحدة", "وروسيا"]) == [
        "", "", "", "B-LOC", "I-LOC", ""]
    assert feat.phrase_marks(["وللأمم", "المتحدة"]) == ["", ""]  # not a listed phrase
    assert feat.phrase_marks(["والأمم", "المتحدة"]) == ["B-ORG", "I-ORG"]  # the first word may carry a clitic
    assert feat.phrase_marks([]) == []


def test_longest_phrase_wins():
    feat = WordFeatures(lexicon())
    assert feat.phrase_marks(["الولايات", "المتحدة", "الأمريكية"]) == ["B-LOC", "I-LOC", "I-LOC"]


def test_lexicon_round_trip(tmp_path):
    lex = lexicon()
    p = tmp_path / "lex.tsv.gz"
    lex.save(p)
    back = Lexicon.load(p)
    assert back.clusters == lex.clusters and back.gazetteer == lex.gazetteer
    assert {k: sorted(v) for k, v in back.phrases.items()} == {k: sorted(v) for k, v in lex.phrases.items()}
    lex.save(tmp_path / "again.tsv.gz")
    assert (tmp_path / "again.tsv.gz").read_bytes() == p.read_bytes()  # reproducible bytes
