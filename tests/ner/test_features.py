from marsad.ner.features import Featurizer, Lexicon, shape, strip_clitics
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


def test_sentence_features():
    feat = Featurizer(lexicon())
    toks = ["قال", "بوتين", "إن", "الولايات", "المتحدة", "وروسيا"]
    fs = feat.sentence(toks)
    assert len(fs) == len(toks)
    assert "g=PER" in fs[1] and "-1:w=قال" in fs[1] and "1:w=ان" in fs[1]
    assert "mg=B-LOC" in fs[3] and "mg=I-LOC" in fs[4] and "mg=I-LOC" not in fs[5]
    assert "pc=و" in fs[5] and "g=LOC" in fs[5]  # clitic stripped before the gazetteer lookup
    assert "-2:edge" in fs[0] and "2:edge" in fs[-1]
    assert feat.sentence(toks) == fs  # the per-type cache gives the same features
    marked = feat.sentence(["\u200fقال\u200f", "\u200e,"])
    assert "w=قال" in marked[0] and "k=ar" in marked[0] and "k=pun" in marked[1]


def test_longest_phrase_wins():
    feat = Featurizer(lexicon())
    fs = feat.sentence(["الولايات", "المتحدة", "الأمريكية"])
    assert ["mg=B-LOC" in fs[0], "mg=I-LOC" in fs[1], "mg=I-LOC" in fs[2]] == [True, True, True]


def test_lexicon_round_trip(tmp_path):
    lex = lexicon()
    p = tmp_path / "lex.tsv.gz"
    lex.save(p)
    back = Lexicon.load(p)
    assert back.clusters == lex.clusters and back.gazetteer == lex.gazetteer
    assert {k: sorted(v) for k, v in back.phrases.items()} == {k: sorted(v) for k, v in lex.phrases.items()}
    lex.save(tmp_path / "again.tsv.gz")
    assert (tmp_path / "again.tsv.gz").read_bytes() == p.read_bytes()  # reproducible bytes
