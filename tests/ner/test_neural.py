import itertools
import subprocess
import sys

import numpy as np
import pytest

from marsad.ner.features import Lexicon
from marsad.ner.neural import TAGS, BiLSTMCRF

SENTENCES = [
    [("قال", "O"), ("الرئيس", "O"), ("الروسي", "O"), ("فلاديمير", "B-PER"), ("بوتين", "I-PER")],
    [("في", "O"), ("الولايات", "B-LOC"), ("المتحدة", "I-LOC")],
    [("وروسيا", "B-LOC")],
]


def tiny_lexicon() -> Lexicon:
    lex = Lexicon()
    for i, w in enumerate(["في", "قال", "الرئيس", "روسيا", "بوتين", "الولايات", "المتحدة"]):
        lex.clusters[w] = (i, (str(i % 2), str(i), str(i * 7)))
    lex.add_name("بوتين", "PER")
    lex.add_name("الولايات المتحدة", "LOC")
    return lex


@pytest.fixture()
def exported(tmp_path):
    """A small random BiLSTM-CRF trained one epoch with torch, exported, and the torch net itself."""
    torch = pytest.importorskip("torch")
    from marsad.ner import neural_train
    from marsad.ner.inputs import Inputs
    lex_path = tmp_path / "lex.tsv.gz"
    tiny_lexicon().save(lex_path)
    lex = Lexicon.load(lex_path)
    inputs = Inputs(lex, sorted(lex.clusters, key=lambda w: lex.clusters[w][0]))
    rng = np.random.default_rng(0)
    # float16-exact vectors: the export stores them as float16
    vectors = rng.normal(size=(len(lex.clusters) + 1, 8)).astype(np.float16).astype(np.float32)
    net = neural_train.train(inputs, vectors, SENTENCES, epochs=1, batch_size=2, log=lambda *_: None,
                             hidden=6, field_dim=3, char_dim=4, char_filters=5)
    with torch.no_grad():  # make the CRF layer matter in the comparison
        net.trans.copy_(torch.tensor(rng.normal(size=(len(TAGS), len(TAGS))), dtype=torch.float32))
    neural_train.export(net, inputs, tmp_path / "model.npz")
    return net.eval(), inputs, BiLSTMCRF(tmp_path / "model.npz", lex_path)


def test_numpy_tagger_reproduces_the_torch_network(exported):
    import torch
    from marsad.ner import neural_train
    net, inputs, tagger = exported
    sents = [[t for t, _ in s] for s in SENTENCES] + [["كلمة", "غريبة", "جدا", "xyz", "٣٤"]]
    inputs.grow = False  # run-time behaviour: unseen values map to 0
    items = neural_train.encode(inputs, [[(t, "O") for t in s] for s in sents])
    words, fields, chars, _, _, lens = neural_train.batch(items)
    with torch.no_grad():
        ref = net.emissions(words, fields, chars, lens).numpy()
    ours = tagger.emissions(sents)
    for i, s in enumerate(sents):
        np.testing.assert_allclose(ours[i], ref[i, :len(s)], atol=1e-4)


def test_batching_does_not_change_tags(exported):
    _, _, tagger = exported
    sents = [[t for t, _ in s] for s in SENTENCES] * 3 + [[], ["بوتين"]]
    together = tagger.tag_sentences(sents)
    alone = [tagger.tag_sentences([s])[0] for s in sents]
    assert together == alone and together[-2] == [] and all(t in TAGS for s in together for t in s)
    assert tagger.tag_sentences(sents, batch_tokens=4) == together


def test_over_long_sentences_are_tagged_in_pieces(exported):
    _, _, tagger = exported
    long = [t for s in SENTENCES for t, _ in s] * 3  # 27 tokens
    tagger.MAX_LEN = 10
    tags = tagger.tag_sentences([long, [], ["بوتين"]])
    assert [len(t) for t in tags] == [27, 0, 1]
    assert tags[0] == [t for k in range(0, 27, 10) for t in tagger.tag_sentences([long[k:k + 10]])[0]]


def test_viterbi_finds_the_best_sequence(exported):
    _, _, tagger = exported
    rng = np.random.default_rng(1)
    trans, start, end = tagger.p["trans"], tagger.p["start"], tagger.p["end"]

    def best(em):
        def score(seq):
            return start[seq[0]] + end[seq[-1]] + sum(em[i, t] for i, t in enumerate(seq)) + \
                sum(trans[a, b] for a, b in zip(seq, seq[1:]))
        return list(max(itertools.product(range(len(TAGS)), repeat=len(em)), key=score))
    long, short = (rng.normal(size=(n, len(TAGS))).astype(np.float32) for n in (3, 2))
    assert tagger.viterbi(long[None], np.array([3])) == [best(long)]
    # a batch holds sentences longest first; a shorter one is decoded from its own positions only
    padded = np.stack([long, np.vstack([short, np.full((1, len(TAGS)), 100.0, np.float32)])])
    assert tagger.viterbi(padded, np.array([3, 2])) == [best(long), best(short)]


def test_analysis_does_not_import_torch():
    code = ("import sys; from marsad.pipeline import analyze; "
            "d = analyze('قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا لن تتراجع.'); "
            "assert d.mentions; print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
