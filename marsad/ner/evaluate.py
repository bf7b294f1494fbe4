"""Entity-level scores (exact span and type, micro-averaged), the metric of ../shared/eval/score_ner.py."""
from __future__ import annotations

from collections import Counter

from .conll import Sentence, spans


def score(gold: list[Sentence], pred: list[Sentence]) -> dict:
    """Per-type and micro precision/recall/F1; the two files must hold the same tokens."""
    if len(gold) != len(pred):
        raise ValueError(f"sentence counts differ: gold {len(gold)} vs predicted {len(pred)}")
    tp, fp, fn = Counter(), Counter(), Counter()
    for gs, ps in zip(gold, pred):
        if [w for w, _ in gs] != [w for w, _ in ps]:
            raise ValueError(f"tokens differ in a sentence starting {gs[0][0]!r}")
        g, p = set(spans(t for _, t in gs)), set(spans(t for _, t in ps))
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    res = {t: prf(tp[t], fp[t], fn[t]) for t in sorted(set(tp) | set(fp) | set(fn))}
    res["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return res


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn}


def predict(sents: list[Sentence], tagger) -> list[Sentence]:
    tokens = [[t for t, _ in s] for s in sents]
    return [list(zip(toks, tags)) for toks, tags in zip(tokens, tagger.tag_sentences(tokens))]


def score_sents(gold: list[Sentence], tagger) -> dict:
    return score(gold, predict(gold, tagger))


def table(res: dict) -> str:
    return "\n".join(f"{t:6s} P {m['precision'] * 100:5.1f}  R {m['recall'] * 100:5.1f}  "
                     f"F1 {m['f1'] * 100:5.1f}  n={m['support']}" for t, m in res.items())
