import io

from marsad.ner import conll
from marsad.ner.tagger import iob2


def test_parse_handles_crlf_blank_runs_and_columns():
    raw = "\ufeff\u200eبوتين\tB-Politician\r\nقال O\r\n\r\n\r\nفي x y B-PERS\nموسكو O B-LOC\n"
    sents = conll.parse(raw.lstrip("\ufeff").splitlines())
    assert [[t for t, _ in s] for s in sents] == [["\u200eبوتين", "قال"], ["في", "موسكو"]]  # tokens verbatim
    assert sents[1] == [("في", "B-PER"), ("موسكو", "B-LOC")]


def test_tag_normalization():
    assert conll.norm_tag("B-PERS") == "B-PER"
    assert conll.norm_tag("I-MIS2") == "I-MISC"
    assert conll.norm_tag("B-MIS1`") == "B-MISC"
    assert conll.norm_tag("I--ORG") == "I-ORG"
    assert conll.norm_tag("O") == conll.norm_tag("IO") == conll.norm_tag("OO") == "O"


def test_spans_read_like_conlleval():
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-MISC"]
    assert conll.spans(tags) == [(0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG"), (7, 8, "MISC")]
    assert conll.spans([]) == []


def test_iob2_repair_opens_mentions():
    assert iob2(["I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-LOC"]) == \
        ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-LOC"]


def test_write_round_trip(tmp_path):
    sents = [[("بوتين", "B-PER"), ("قال", "O")], [("روسيا", "B-LOC")]]
    buf = io.StringIO()
    conll.write(sents, buf)
    p = tmp_path / "x.conll"
    p.write_text(buf.getvalue(), encoding="utf-8")
    assert conll.read(p) == sents
    assert buf.getvalue().endswith("روسيا B-LOC\n\n")
