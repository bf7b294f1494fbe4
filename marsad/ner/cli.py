"""`marsad ner --conll FILE`, `marsad train ner`, `marsad eval ner FILE`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def register(commands, train_sub, eval_sub) -> None:
    p = commands.add_parser("ner", help="tag named entities (PER/LOC/ORG/MISC) in a CoNLL file",
                            description="Tag a CoNLL file: the token is the first column (other columns are "
                                        "ignored), a blank line separates sentences. Writes each token followed "
                                        "by its IOB2 tag, keeping the sentence breaks.")
    p.add_argument("--conll", required=True, metavar="FILE", help="input CoNLL file, or - for stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=run_tag)

    t = train_sub.add_parser("ner", help="rebuild the NER model (BiLSTM-CRF + lexicon) from ../shared/data",
                             description="Rebuild marsad/models/ner_bilstm.npz and ner_lexicon.tsv.gz from the "
                                         "shared data (ANERcorp minus its dev tail, name lists, unlabeled news for "
                                         "word vectors and clusters), then score both dev sets. Needs torch "
                                         "(pip install -e '.[train]'); takes 10-20 minutes on two cores.")
    t.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default: %(default)s)")
    t.add_argument("--out", type=Path, default=None, help="model folder (default: marsad/models)")
    t.add_argument("--cache", type=Path, default=Path("build/ner"), help="cache for word vectors and clusters")
    t.add_argument("--epochs", type=int, default=None, help="training epochs (default: the tuned number)")
    t.set_defaults(func=run_train)

    e = eval_sub.add_parser("ner", help="entity-level P/R/F1 of the shipped NER model on a CoNLL file",
                            description="Tag the tokens of a gold CoNLL file (token first, tag last) and print "
                                        "precision, recall and F1 per type and micro-averaged (exact span and "
                                        "type; PERS is read as PER, MIS* as MISC).")
    e.add_argument("file", metavar="FILE", help="gold CoNLL file")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.set_defaults(func=run_eval)


def run_tag(args: argparse.Namespace) -> int:
    from . import conll
    from .evaluate import predict
    from .tagger import default_tagger
    src = sys.stdin if args.conll == "-" else open(args.conll, encoding="utf-8-sig")
    with src:
        sents = conll.parse(src, with_tags=False)
    tagged = predict(sents, default_tagger())
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        conll.write(tagged, out)
    finally:
        if args.output:
            out.close()
    return 0


def run_train(args: argparse.Namespace) -> int:
    from . import train
    if not (args.data / "ner" / "anercorp_train.conll").exists():
        print(f"no training data under {args.data} (use --data)", file=sys.stderr)
        return 2
    try:
        import torch  # noqa: F401
    except ImportError:
        print("training needs torch: pip install -e '.[train]' (CPU wheel, torch==2.13.0)", file=sys.stderr)
        return 2
    train.run(args.data, out_dir=args.out or train.MODELS, cache=args.cache, epochs=args.epochs or train.EPOCHS)
    return 0


def run_eval(args: argparse.Namespace) -> int:
    import json
    from . import conll
    from .evaluate import score_sents, table
    from .tagger import default_tagger
    res = score_sents(conll.read(args.file), default_tagger())
    print(json.dumps(res, indent=1) if args.json else table(res))
    return 0
