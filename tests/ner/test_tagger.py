import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.ner import conll
from marsad.ner.evaluate import score
from marsad.ner.train import read_aqmar, split_anercorp
from marsad.pipeline import Options, analyze

# a bit under what the shipped BiLSTM-CRF measures (78.3 and 39.7; `marsad train ner` prints both)
MIN_ANERCORP_DEV_F1 = 0.77
MIN_AQMAR_DEV_F1 = 0.38


def test_annotate_sets_mentions_on_token_bounds(aleppo_text):
    doc = analyze(aleppo_text, options=Options(steps=("segment", "tokenize", "ner")))
    doc.check_offsets()
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    assert doc.mentions and all(m.start in starts and m.end in ends for m in doc.mentions)
    assert {m.type for m in doc.mentions} <= {"PER", "LOC", "ORG", "MISC"}
    found = {(m.type, m.text) for m in doc.mentions}
    assert ("PER", "بوتين") in found and ("LOC", "روسيا") in found


def test_odd_tokens_get_tags():
    from marsad.ner.tagger import default_tagger
    toks = ["\u200f", "ـــ", "س" * 300, "٣٤٥", "😀", "BBC", "وال"]
    [tags] = default_tagger().tag_sentences([toks])
    assert len(tags) == len(toks)
    assert default_tagger().tag_sentences([[], ["في"]]) == [[], ["O"]]


def test_cli_tags_conll_keeping_tokens_and_breaks(tmp_path, capsys):
    src = tmp_path / "in.conll"
    src.write_text("قال\tO\tx\nالرئيس O\nالروسي O\nفلاديمير O\nبوتين O\n\nفي\nموسكو\n", encoding="utf-8")
    assert main(["ner", "--conll", str(src)]) == 0
    out = capsys.readouterr().out
    blocks = [b.splitlines() for b in out.strip("\n").split("\n\n")]
    assert [[line.split()[0] for line in b] for b in blocks] == [
        ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"], ["في", "موسكو"]]
    tags = [line.split()[1] for b in blocks for line in b]
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags)
    assert tags[3:5] == ["B-PER", "I-PER"] and tags[6] == "B-LOC"


def test_eval_agrees_with_shared_scorer(shared, tmp_path):
    gold = conll.read(shared / "data" / "ner" / "aqmar_dev" / "Damascus.txt")
    rng = random.Random(7)
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    pred = [[(w, t if rng.random() < 0.8 else rng.choice(labels)) for w, t in s] for s in gold]
    with open(tmp_path / "pred.conll", "w", encoding="utf-8") as f:
        conll.write(pred, f)
    ours = score(gold, conll.read(tmp_path / "pred.conll"))
    ref = json.loads(subprocess.run(
        [sys.executable, str(shared / "eval" / "score_ner.py"), str(shared / "data" / "ner" / "aqmar_dev" / "Damascus.txt"),
         str(tmp_path / "pred.conll"), "--json"], capture_output=True, text=True, check=True).stdout)
    assert set(ours) == set(ref)
    for k in ref:
        for m in ("precision", "recall", "f1", "support"):
            assert ours[k][m] == pytest.approx(ref[k][m]), (k, m)
    assert 0.3 < ours["micro"]["f1"] < 0.95  # the perturbation really changed the scores


def test_eval_cli_on_a_file(shared, capsys):
    assert main(["eval", "ner", str(shared / "data" / "ner" / "aqmar_dev" / "Atom.txt"), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert 0 <= res["micro"]["f1"] <= 1 and res["micro"]["support"] > 0


@pytest.mark.quality
def test_shipped_model_on_anercorp_dev(shared):
    from marsad.ner.evaluate import score_sents
    from marsad.ner.tagger import default_tagger
    _, dev = split_anercorp(shared / "data" / "ner" / "anercorp_train.conll")
    assert 11_000 < sum(map(len, dev)) < 13_000
    f1 = score_sents(dev, default_tagger())["micro"]["f1"]
    assert f1 >= MIN_ANERCORP_DEV_F1, f1


@pytest.mark.quality
def test_shipped_model_on_aqmar_dev(shared):
    from marsad.ner.evaluate import score_sents
    from marsad.ner.tagger import default_tagger
    f1 = score_sents(read_aqmar(shared / "data" / "ner" / "aqmar_dev"), default_tagger())["micro"]["f1"]
    assert f1 >= MIN_AQMAR_DEV_F1, f1
