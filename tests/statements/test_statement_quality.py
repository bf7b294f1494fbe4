"""Statement scores on the dev gold, computed with ../shared/eval/score_docs.py's own matching.

Two settings: gold entities (an oracle: only the statement step is measured) and the full pipeline
(segment, tokenize, NER, entities, statements). The floors sit a little under what was measured.
"""
import importlib.util

import pytest

from marsad.pipeline import analyze
from oracle import GOLD, gold_files, oracle_doc

pytestmark = pytest.mark.quality


def _scorer(shared):
    spec = importlib.util.spec_from_file_location("score_docs", shared / "eval" / "score_docs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _totals(sd, pairs):
    tp = npred = ngold = spk = cue = 0
    cf = 0.0
    for gold, pred in pairs:
        r = sd.score_doc(gold, pred)
        t, p, g = r["statements"]
        tp, npred, ngold = tp + t, npred + p, ngold + g
        spk, cue, cf = spk + r["speaker"], cue + r["cue"], cf + r["content_f1_sum"]
    return {"f1": sd.prf(tp, npred, ngold)["f1"], "speaker": spk / max(tp, 1),
            "end_to_end": sd.prf(spk, npred, ngold)["f1"], "cue": cue / max(tp, 1), "content": cf / max(tp, 1)}


def test_statements_with_gold_entities(shared):
    assert GOLD.is_dir()
    sd = _scorer(shared)
    got = _totals(sd, [(g, oracle_doc(g).to_json()) for g in gold_files()])
    # measured: f1 0.940, speaker 0.958, end-to-end 0.900, cue 0.967, content 0.963
    assert got["f1"] >= 0.92, got
    assert got["speaker"] >= 0.94, got
    assert got["end_to_end"] >= 0.88, got
    assert got["cue"] >= 0.94, got
    assert got["content"] >= 0.94, got


def test_statements_full_pipeline(shared):
    sd = _scorer(shared)
    try:
        pairs = [(g, analyze(g["text"]).to_json()) for g in gold_files()]
    except FileNotFoundError as e:  # a model not built in this checkout
        pytest.skip(str(e))
    got = _totals(sd, pairs)
    # measured with the CRF NER and the entity step of 29 Nov: f1 0.931, speaker 0.952, end-to-end 0.886;
    # the floors leave room for NER changes, which move the speaker figures
    assert got["f1"] >= 0.88, got
    assert got["speaker"] >= 0.90, got
    assert got["end_to_end"] >= 0.82, got
