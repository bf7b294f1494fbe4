"""The one `marsad` command group. Each area registers its own subcommands from its own module,
so this file stays a table of contents: analyze, ner, train, eval, ingest, search, serve."""
from __future__ import annotations

import argparse
import importlib
import sys

# module with a `register(commands, train, evaluate)` function, in help order
REGISTRARS = (
    "marsad.commands.analyze",
    "marsad.ner.cli",
    "marsad.store.cli",
    "marsad.web.cli",
)


def build_parser() -> argparse.ArgumentParser:
    from . import __version__
    parser = argparse.ArgumentParser(prog="marsad", description="Arabic news in, searchable knowledge out: "
                                     "entities with English names, who said what, and an archive to search.")
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    train = commands.add_parser("train", help="rebuild a shipped model from ../shared/data")
    train_sub = train.add_subparsers(dest="what", metavar="MODEL", required=True)
    evaluate = commands.add_parser("eval", help="measure a shipped model on gold data")
    eval_sub = evaluate.add_subparsers(dest="what", metavar="TASK", required=True)
    for name in REGISTRARS:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # one broken area must not take the other commands down with it
            print(f"marsad: warning: the commands of {name} are unavailable ({type(exc).__name__}: {exc})",
                  file=sys.stderr)
            continue
        module.register(commands, train_sub, eval_sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
