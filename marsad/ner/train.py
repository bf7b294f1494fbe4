"""`marsad train ner`: rebuild the shipped NER model from ../shared/data.

Steps: word vectors and clusters from the unlabeled news corpus (PPMI + SVD, k-means; cached in build/ner),
gazetteers from the name lists and CLDR, then a BiLSTM-CRF (torch, see neural_train.py) on ANERcorp minus its
held-out dev tail, exported to marsad/models/ner_bilstm.npz and marsad/models/ner_lexicon.tsv.gz for the numpy
tagger. WikiFANE can be mixed in (off by default: at 20 epochs, 10% gave ANERcorp dev F1 76.0 against 76.4
without it; pretraining on all of it, on silver-tagged corpus text or as a language model did no better).
On the project machine (2 shared cores, one torch thread) a full run takes about 9 minutes: ~40 s for the
word vectors and clusters (cached in build/ner), a few seconds for the gazetteers, 36 epochs of 13-25 s each.
The output is byte-for-byte reproducible (fixed seeds, one thread)."""
from __future__ import annotations

import json
import random
import re
import time
from pathlib import Path

import numpy as np

from . import conll
from .features import Lexicon

MODELS = Path(__file__).resolve().parents[1] / "models"
DEV_TOKENS = 12_000
EPOCHS = 36  # mean ANERcorp dev F1 of 3 seeds: 76.3 at 20 epochs, 76.7 at 28, 77.1 at 32, 77.9 at 36, 77.3 at 40
VECTOR_SCALE = 3.0

# WikiFANE's fine-grained classes -> our four; None = not a name in ANERcorp's sense (tagged O)
WIKIFANE_TYPES = {
    **dict.fromkeys(["Politician", "Other_PER", "Artist", "Scientist", "Religious_PER", "Athlete",
                     "Businessperson", "Engineer", "Lawyer", "Police"], "PER"),
    **dict.fromkeys(["Population-Center", "Nation", "State-or-Province", "County-or-District", "GPE-Cluster",
                     "Continent", "Water-Body", "Land-Region-Natural", "Celestial", "Building-Grounds",
                     "Airport", "Path", "Subarea-Facility"], "LOC"),
    **dict.fromkeys(["Government", "Commercial", "Non-Governmental", "Sports", "Media", "Educational",
                     "Religious_ORG", "Entertainment", "Medical-Science"], "ORG"),
    **dict.fromkeys(["Software", "Hardware", "Book", "Movie", "Sound"], "MISC"),
}


def split_anercorp(path: Path, dev_tokens: int = DEV_TOKENS) -> tuple[list, list]:
    """(train, dev): dev is the last ~dev_tokens tokens, cut at a sentence boundary."""
    sents = conll.read(path)
    n, cut = 0, len(sents)
    while cut > 0 and n < dev_tokens:
        cut -= 1
        n += len(sents[cut])
    return sents[:cut], sents[cut:]


def read_wikifane(path: Path, types: dict[str, str | None] = WIKIFANE_TYPES) -> list:
    sents = []
    with open(path, encoding="utf-8-sig") as f:
        raw = conll.parse((line for line in f), with_tags=False)
    with open(path, encoding="utf-8-sig") as f:
        tags = [line.split()[-1] for line in f if line.strip()]
    k = 0
    for s in raw:
        out = []
        for tok, _ in s:
            tag = tags[k]
            k += 1
            bio, _, fine = tag.partition("-")
            typ = types.get(fine) if bio in ("B", "I") else None
            out.append((tok, f"{bio}-{typ}" if typ else "O"))
        sents.append(out)
    return _repair_iob(sents)


def _repair_iob(sents: list) -> list:
    """An I- whose type was mapped away at the B- becomes O (so dropped types leave no orphans)."""
    for s in sents:
        prev = "O"
        for i, (tok, tag) in enumerate(s):
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                s[i] = (tok, "O")
            prev = s[i][1]
    return sents


def read_aqmar(folder: Path) -> list:
    return [s for p in sorted(folder.glob("*.txt")) for s in conll.read(p)]


def gazetteers(names: Path, lex: Lexicon) -> None:
    """Names from ANETAC, Wikidata person-name words, mledoze countries, GeoNames cities and CLDR."""
    kinds = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
    for line in open(names / "anetac" / "EN-AR_Named-entities.txt", encoding="utf-8-sig"):
        parts = line.split()
        if len(parts) >= 3 and parts[0] in kinds:
            ar = " ".join(p for p in parts[1:] if re.search("[\u0600-\u06ff]", p))
            if ar:
                lex.add_name(ar, kinds[parts[0]])
    for line in open(names / "netranslit_wikidata_ar" / "wd_arabic.normalized.aligned.tokens", encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            lex.add_name(parts[1].replace(" ", ""), "PER")
    for c in json.load(open(names / "countries_mledoze" / "countries.json", encoding="utf-8")):
        for v in (c.get("translations", {}).get("ara") or {}).values():
            lex.add_name(v, "LOC")
    arabic = re.compile("^[\u0621-\u064a ]+$")
    for line in open(names / "geonames_cities15000" / "cities15000.txt", encoding="utf-8"):
        for alt in line.split("\t")[3].split(","):
            if arabic.match(alt):
                lex.add_name(alt, "LOC")
    from babel import Locale
    ar = Locale("ar")
    for code, name in ar.territories.items():
        if code in ("UN", "EU"):
            lex.add_name(name, "ORG")
        elif code not in ("001", "EZ", "QO", "ZZ"):
            lex.add_name(name, "LOC")
    for zone in ar.time_zones.values():
        city = zone.get("city")
        if city:
            lex.add_name(city, "LOC")
    # names annotated in WikiFANE (Wikipedia): many teams, companies, parties and places that news mention
    for sent in read_wikifane(names.parent / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"):
        tags = [t for _, t in sent]
        for i, j, typ in conll.spans(tags):
            lex.add_name(" ".join(t for t, _ in sent[i:j]), typ)
    # also index each one-word name without its article, so بال/وال forms find it after clitic stripping
    for w, typ in list(lex.gazetteer.items()):
        if w.startswith("ال") and len(w) > 4:
            lex.gazetteer.setdefault(w[2:], typ)


def cluster_lexicon(corpus: Path, cache: Path, n_words: int = 80_000) -> tuple[Lexicon, np.ndarray]:
    """Cluster ids and word vectors of the frequent corpus words (cached: the corpus pass takes ~40 s)."""
    lex = Lexicon()
    cache.mkdir(parents=True, exist_ok=True)
    f, fv = cache / f"clusters_{n_words}.tsv", cache / f"vectors_{n_words}.npy"
    if not (f.exists() and fv.exists()):
        from . import clusters
        paths = sorted(corpus.glob("*.jsonl.gz"))
        words, assign, emb = clusters.build(paths, n_words=n_words)
        f.write_text("".join(f"{w}\t{' '.join(map(str, row))}\n" for w, row in zip(words, assign)), encoding="utf-8")
        np.save(fv, emb)
    for line in open(f, encoding="utf-8"):
        w, ids = line.rstrip("\n").split("\t")
        lex.clusters[w] = (len(lex.clusters), tuple(ids.split()))
    return lex, np.load(fv)


def run(data: Path, out_dir: Path = MODELS, cache: Path = Path("build/ner"), wikifane: float = 0.0,
        epochs: int = EPOCHS, seed: int = 0, log=print) -> dict:
    from . import neural_train
    from .inputs import Inputs
    t0 = time.time()
    train, dev = split_anercorp(data / "ner" / "anercorp_train.conll")
    lex, vectors = cluster_lexicon(data / "corpus", cache)
    gazetteers(data / "names", lex)
    log(f"lexicon: {len(lex.clusters)} cluster words, {len(lex.gazetteer)} names, "
        f"{sum(map(len, lex.phrases.values()))} phrases ({time.time() - t0:.0f}s)")
    sents = list(train)
    if wikifane > 0:
        wf = read_wikifane(data / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt")
        random.Random(seed).shuffle(wf)
        sents += wf[:int(len(wf) * wikifane)]
    out_dir.mkdir(parents=True, exist_ok=True)
    lex_path, model_path = out_dir / "ner_lexicon.tsv.gz", out_dir / "ner_bilstm.npz"
    lex.save(lex_path)
    lex = Lexicon.load(lex_path)  # train on exactly what the tagger will load
    inputs = Inputs(lex, sorted(lex.clusters, key=lambda w: lex.clusters[w][0]))
    # unit vectors are scaled up to the size of the freshly initialised feature embeddings; row 0: no vector
    vectors = np.vstack([np.zeros((1, vectors.shape[1]), np.float32), VECTOR_SCALE * vectors])
    t1 = time.time()
    net = neural_train.train(inputs, vectors, sents, epochs=epochs, seed=seed, log=log)
    neural_train.export(net, inputs, model_path)
    log(f"BiLSTM-CRF on {sum(map(len, sents))} tokens: {time.time() - t1:.0f}s")
    from .evaluate import score_sents
    from .tagger import Tagger
    tagger = Tagger(model_path, lex_path)
    res = {"dev": score_sents(dev, tagger), "train_s": round(time.time() - t0)}
    aqmar = data / "ner" / "aqmar_dev"
    if aqmar.is_dir():
        res["aqmar"] = score_sents(read_aqmar(aqmar), tagger)
    log(f"ANERcorp dev micro F1 {res['dev']['micro']['f1'] * 100:.1f}; "
        f"AQMAR dev {res.get('aqmar', {}).get('micro', {}).get('f1', 0) * 100:.1f}; total {res['train_s']}s")
    return res
