"""`marsad analyze PATH...`: read articles, analyse each, print contract JSON or a terminal report."""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..document import ENTITY_TYPES, Document
from ..ingest import DEFAULT_MAX_BYTES, ReadError, read_sources
from ..pipeline import InputError, Options, analyze

TYPE_LABELS = {"PER": "People", "LOC": "Places", "ORG": "Organisations", "MISC": "Other names"}


def register(commands, train_sub, eval_sub) -> None:
    p = commands.add_parser(
        "analyze", help="analyse Arabic news: entities with English names and who said what",
        description="Analyse Arabic news articles: paragraphs, sentences, named entities with English "
                    "names, and statements (speaker, stance, cue, content, addressee).",
        epilog="PATH may be a .txt, .html/.htm, .json, .jsonl (or .jsonl.gz), .xml/.rss/.atom feed file, a "
               "directory (read recursively by those extensions, hidden files skipped) or - for standard "
               "input. Text may be UTF-8, UTF-16 or Windows-1256. Each unreadable input gets one error line "
               "on stderr and the others are still analysed; the exit status is 1 if any input failed, "
               "2 for usage errors.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input file, directory, or - for stdin")
    p.add_argument("--json", action="store_true",
                   help="print the document contract JSON (schema marsad.document/1), one object per line")
    p.add_argument("--max-chars", type=_positive, default=Options().max_chars, metavar="N",
                   help="refuse an article longer than N characters (default: %(default)s)")
    p.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                   help="refuse a file (or one JSON Lines record) larger than N bytes (default: %(default)s)")
    p.set_defaults(func=run)


def _positive(value: str) -> int:
    try:
        n = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return n


def run(args: argparse.Namespace) -> int:
    options = Options(max_chars=args.max_chars)
    out = Console(highlight=False, soft_wrap=False)
    # progress only where it cannot interleave with the report: stderr a terminal, stdout not
    show_progress = sys.stderr.isatty() and not sys.stdout.isatty()
    analysed = failed = 0
    with _progress() if show_progress else nullcontext() as progress:
        task = progress.add_task("analysing", total=None) if progress else None
        for item in read_sources(args.paths, args.max_bytes):
            if progress:
                progress.update(task, description=f"analysed {analysed}, failed {failed}")
            if isinstance(item, ReadError):
                failed += 1
                _error(progress, item.origin, item.reason)
                continue
            try:
                doc = analyze(item.text, item.meta, options)
            except InputError as exc:
                failed += 1
                _error(progress, item.origin, str(exc))
                continue
            except (OSError, ImportError) as exc:  # missing model file or module: every article would fail alike
                _error(progress, "cannot analyse", str(exc))
                return 1
            except Exception as exc:  # a component failing on one odd article must not stop a batch
                failed += 1
                _error(progress, item.origin, f"analysis failed ({type(exc).__name__}: {exc})")
                continue
            analysed += 1
            if args.json:
                sys.stdout.write(doc.dumps() + "\n")
            else:
                if analysed > 1:
                    out.rule(style="dim")
                render(doc, out, item.origin)
    if show_progress:
        print(f"marsad: analysed {analysed} article(s), {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _progress():
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True, redirect_stdout=False)


def _error(progress, origin: str, reason: str) -> None:
    line = f"marsad: error: {origin}: {reason}"
    if progress:  # above the live progress line
        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        print(line, file=sys.stderr, flush=True)


def render(doc: Document, console: Console, origin: str = "") -> None:
    """A readable terminal report of one analysed article."""
    headline = next((doc.text[p.start:p.end] for p in doc.paragraphs if p.kind == "headline"), None) \
        or doc.meta.get("title") or doc.text[:80]
    console.print(Text(headline, style="bold"))
    about = [doc.meta.get("source"), doc.meta.get("published"), doc.meta.get("url"), origin]
    console.print(Text(" · ".join(str(a) for a in about if a), style="dim"))
    console.print(Text(f"{len(doc.paragraphs)} paragraphs · {len(doc.sentences)} sentences · "
                       f"{len(doc.entities)} entities · {len(doc.statements)} statements", style="dim"))
    console.print()
    console.print(_entities_table(doc) if doc.entities else Text("no entities found", style="italic"))
    console.print()
    console.print(_statements_table(doc) if doc.statements else Text("no statements found", style="italic"))


def _entities_table(doc: Document) -> Table:
    table = Table(title="Entities", title_justify="left", show_lines=False)
    table.add_column("type", style="cyan", no_wrap=True)
    table.add_column("name")
    table.add_column("English")
    table.add_column("mentions", justify="right")
    for etype in (*ENTITY_TYPES, *sorted({e.type for e in doc.entities} - set(ENTITY_TYPES))):
        group = sorted((e for e in doc.entities if e.type == etype), key=lambda e: (-len(e.mentions), e.name))
        for i, e in enumerate(group):
            english = e.name_en or "—"
            if e.name_en and e.name_en_source == "transliterated":
                english += " (translit.)"
            table.add_row(TYPE_LABELS.get(etype, etype) if i == 0 else "", e.name, english,
                          str(len(e.mentions)), end_section=i == len(group) - 1)
    return table


def _statements_table(doc: Document) -> Table:
    # widths follow the content; when the terminal is narrow the long columns wrap, never the stance
    table = Table(title="Statements", title_justify="left", show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("speaker")
    table.add_column("stance", no_wrap=True)
    table.add_column("cue")
    table.add_column("content")
    table.add_column("to")
    for n, s in enumerate(doc.statements, 1):
        table.add_row(str(n), _speaker(doc, s), s.cue.stance, s.cue.text, s.content.text,
                      s.addressee.text if s.addressee else "")
    return table


def _speaker(doc: Document, statement) -> str:
    entity = doc.entity(statement.speaker.entity)
    if entity:
        return f"{entity.name} ({entity.name_en})" if entity.name_en else entity.name
    return statement.speaker.text or "(unnamed)"
