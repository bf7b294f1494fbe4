"""NER tagging speed on one core, side by side with a BERT-base-sized token classifier (random weights).

Prints: model load time, tokens/s of the shipped BiLSTM-CRF tagger (feature extraction included; cold = empty
per-word-type cache, warm = second pass; sentences are passed 20 at a time, about one news article, as the
pipeline passes each article's sentences), peak memory, and -- if torch is installed -- subword tokens/s of a
12-layer, 768-wide, 12-head transformer encoder with a tagging head at sequence length 128.

Usage: python benchmarks/ner_speed.py [CONLL ...]   (default: the ANERcorp dev tail from ../shared,
else the bundled sample article)"""
from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_core() -> None:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def sentences(paths: list[str]) -> tuple[list[list[str]], str]:
    from marsad.ner import conll
    if paths:
        return [[t for t, _ in s] for p in paths for s in conll.read(p)], ", ".join(paths)
    shared = ROOT.parent / "shared" / "data" / "ner" / "anercorp_train.conll"
    if shared.exists():
        from marsad.ner.train import split_anercorp
        return [[t for t, _ in s] for s in split_anercorp(shared)[1]], "ANERcorp dev tail"
    from marsad.pipeline import Options, analyze
    doc = analyze((ROOT / "marsad" / "samples" / "aleppo.txt").read_text(encoding="utf-8"),
                  options=Options(steps=("segment", "tokenize")))
    sents = [[t.text for t in doc.tokens if s.start <= t.start < s.end] for s in doc.sentences]
    return [s for s in sents if s] * 20, "sample article x20"


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tagger_speed(sents: list[list[str]], per_call: int = 20) -> float:
    from marsad.ner.tagger import Tagger
    base = maxrss_mb()
    t = time.perf_counter()
    tagger = Tagger()
    print(f"BiLSTM-CRF tagger: load {time.perf_counter() - t:.2f}s, +{maxrss_mb() - base:.0f} MB resident")
    n = sum(map(len, sents))
    rates = []
    for label in ("cold cache", "warm cache"):
        t = time.perf_counter()
        for k in range(0, len(sents), per_call):
            tagger.tag_sentences(sents[k:k + per_call])
        dt = time.perf_counter() - t
        rates.append(n / dt)
        print(f"BiLSTM-CRF tagger ({label}): {n:,} tokens in {dt:.2f}s = {n / dt:,.0f} tokens/s")
    print(f"peak resident memory so far: {maxrss_mb():.0f} MB")
    return rates[0]


def bert(seconds: float = 20.0) -> float | None:
    try:
        import torch
    except ImportError:
        print("BERT-base comparison skipped: torch is not installed (pip install 'marsad[train]')")
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    layer = torch.nn.TransformerEncoderLayer(768, 12, 3072, activation="gelu", batch_first=True)
    embed = torch.nn.Embedding(32_000, 768)
    encoder = torch.nn.TransformerEncoder(layer, 12, enable_nested_tensor=False)
    head = torch.nn.Linear(768, 9)
    model = torch.nn.ModuleList([embed, encoder, head]).eval()
    ids = torch.randint(0, 32_000, (1, 128))
    done, t = 0, time.perf_counter()
    with torch.inference_mode():
        while True:
            head(encoder(embed(ids))).argmax(-1)
            done += ids.numel()
            if time.perf_counter() - t > seconds:
                break
    dt = time.perf_counter() - t
    print(f"BERT-base-sized tagger (torch {torch.__version__}, 1 thread, random weights, len 128): "
          f"{done:,} subword tokens in {dt:.1f}s = {done / dt:,.0f} tokens/s")
    print(f"peak resident memory: {maxrss_mb():.0f} MB")
    del model
    return done / dt


def main() -> None:
    one_core()
    sents, name = sentences(sys.argv[1:])
    print(f"data: {name}, {len(sents):,} sentences, {sum(map(len, sents)):,} tokens; one core")
    fast = tagger_speed(sents)
    slow = bert()
    if slow:
        print(f"BiLSTM-CRF (cold) vs BERT-base: {fast / slow:.0f}x the tokens per second")


if __name__ == "__main__":
    main()
