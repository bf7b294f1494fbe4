"""`marsad ingest` (sources -> analysed archive) and `marsad search` (the archive -> answers)."""
from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field

DB_HELP = "archive: a SQLite file (default marsad.db) or postgresql://user@host/db"


def register(commands, train_sub, eval_sub) -> None:
    ingest = commands.add_parser("ingest", help="analyse sources and add them to the archive (idempotent, resumable)")
    ingest.add_argument("sources", nargs="+", metavar="SOURCE", help="files, directories, JSON Lines, feeds, HTML")
    ingest.add_argument("--db", default=os.environ.get("MARSAD_DB"), help=DB_HELP)
    ingest.add_argument("-j", "--jobs", type=int, default=min(2, os.cpu_count() or 1),
                        help="worker processes for analysis (default: %(default)s)")
    ingest.add_argument("--no-embed", action="store_true",
                        help="skip sentence embeddings (faster ingest; those articles are not found by --semantic)")
    ingest.add_argument("--batch", type=int, default=16, help="articles per transaction (default: %(default)s)")
    ingest.add_argument("--steps", help="comma-separated pipeline steps to run (default: all; "
                        "e.g. segment,tokenize archives text without entities or statements)")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(func=run_ingest)

    search = commands.add_parser("search", help="search the archive: articles, entities or statements")
    search.add_argument("query", nargs="?", default="", help='words, "a phrase", -excluded; Arabic or English')
    search.add_argument("--db", default=os.environ.get("MARSAD_DB"), help=DB_HELP)
    search.add_argument("--semantic", action="store_true", help="rank by meaning (cross-lingual) instead of words")
    search.add_argument("--entity", help="only articles mentioning this entity (key, Arabic or English name)")
    search.add_argument("--speaker", help="only articles / statements where this entity speaks")
    search.add_argument("--about", help="with --statements: the statement or its article mentions this")
    search.add_argument("--stance", help="only statements with this stance (assert, deny, accuse, ...)")
    search.add_argument("--source", help="only this outlet")
    search.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="published on or after")
    search.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="published on or before")
    search.add_argument("--entities", action="store_true", help="look up entities by name instead of articles")
    search.add_argument("--statements", action="store_true", help="search statements (who said what) instead")
    search.add_argument("-n", "--limit", type=int, default=20)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--json", action="store_true", help="one JSON object per line")
    search.set_defaults(func=run_search)


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    failed: Counter = field(default_factory=Counter)  # reason -> count
    examples: dict = field(default_factory=dict)  # reason -> first origin

    def fail(self, reason: str, origin: str) -> None:
        self.failed[reason] += 1
        self.examples.setdefault(reason, origin)

    def lines(self, seconds: float) -> list[str]:
        rate = self.read / seconds if seconds > 0 else 0.0
        out = [f"read {self.read:,}, new {self.new:,}, duplicates {self.duplicates:,}, "
               f"failed {sum(self.failed.values()):,} in {seconds:.1f} s ({rate:.1f} articles/s)"]
        for reason, n in self.failed.most_common():
            out.append(f"  failed {n:,} x {reason} (first: {self.examples[reason]})")
        return out


def run_ingest(args) -> int:
    from concurrent.futures.process import BrokenProcessPool

    from ..batch import Task, analyze_many
    from ..pipeline import DEFAULT_STEPS, Options, build
    from ..ingest import read_sources
    from .sql import content_hash

    steps = tuple(s.strip() for s in args.steps.split(",") if s.strip()) if args.steps else DEFAULT_STEPS
    try:
        build(steps)  # a bad --steps is one error now, not one per article later
    except ValueError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    options = Options(steps=steps)
    summary = Summary()
    started = time.monotonic()
    store = _open(args.db)
    if store is None:
        return 2
    seen: set[str] = set()

    def tasks():
        """Readable, not-yet-stored articles; the hash is checked before any analysis so re-runs are cheap."""
        for item in read_sources(args.sources):
            if not hasattr(item, "text"):  # a ReadError
                summary.fail(item.reason, item.origin)
                continue
            summary.read += 1
            text_hash = content_hash(item.text)
            if text_hash in seen or store.has_hash(text_hash):
                summary.duplicates += 1
                continue
            seen.add(text_hash)
            yield Task(text_hash, item.text, dict(item.meta), item.origin)

    progress = _progress(args.quiet)
    buffer = []
    last_flush = time.monotonic()

    def flush():
        nonlocal buffer, last_flush
        try:
            stored = store.add_many([(r.doc, r.embedding, r.signature) for r in buffer]) if buffer else []
        except Exception:  # one article the database refuses: store the others one by one
            stored = []
            for r in buffer:
                try:
                    stored.append(store.add(r.doc, r.embedding, r.signature))
                except Exception as exc:
                    summary.fail(f"could not store: {type(exc).__name__}: {exc}"[:160], r.task.origin)
        for result in stored:
            if result.new:
                summary.new += 1
            else:
                summary.duplicates += 1
        buffer, last_flush = [], time.monotonic()

    stopped = None
    try:
        with progress:
            bar = progress.add_task("analysed", total=None, status="")
            try:
                for result in analyze_many(tasks(), workers=args.jobs, embed=not args.no_embed,
                                           options=options):
                    if result.error:
                        summary.fail(result.error[:160], result.task.origin)
                    else:
                        buffer.append(result)
                    if len(buffer) >= args.batch or time.monotonic() - last_flush > 2.0:
                        flush()
                    progress.update(bar, advance=1, status=_status(summary))
            except (KeyboardInterrupt, BrokenProcessPool) as exc:
                stopped = "interrupted" if isinstance(exc, KeyboardInterrupt) else "a worker process died"
            flush()  # what was analysed before a stop is kept
            progress.update(bar, status=_status(summary))
    finally:
        store.close()
    for line in summary.lines(time.monotonic() - started):
        print(line)
    if stopped:
        print(f"stopped early ({stopped}); run the same command again to continue", file=sys.stderr)
        return 130 if stopped == "interrupted" else 1
    return 0 if summary.read or not summary.failed else 1


def _open(url: str | None):
    """The archive, or None after saying why it cannot be opened (bad path, server down, wrong password)."""
    from .base import open_store
    try:
        return open_store(url)
    except Exception as exc:  # sqlite3 / psycopg errors alike: one line for the user, not a traceback
        print(f"marsad: cannot open archive {url or 'marsad.db'}: {exc}".strip(), file=sys.stderr)
        return None


def _status(summary: Summary) -> str:
    return (f"read {summary.read:,} · new {summary.new:,} · duplicates {summary.duplicates:,} · "
            f"failed {sum(summary.failed.values()):,}")


def _progress(quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                    console=Console(stderr=True), disable=quiet, transient=False)


def run_search(args) -> int:
    from .base import Query

    store = _open(args.db)
    if store is None:
        return 2
    try:
        if args.entities:
            rows = store.find_entities(args.query, limit=args.limit, offset=args.offset)
            for r in rows:
                _emit(args, asdict(r), f"{r.key}\t{r.name_en or ''}\tarticles {r.articles}\tmentions {r.mentions}")
        elif args.statements:
            rows = store.statements(speaker=args.speaker, about=args.about, stance=args.stance,
                                    text=args.query or None, source=args.source, date_from=args.date_from,
                                    date_to=args.date_to, limit=args.limit, offset=args.offset)
            for r in rows:
                who = r.speaker_en or r.speaker or "?"
                _emit(args, asdict(r), f"{(r.published or '')[:10]}\t{who}\t{r.stance}\t{_line(r.content)}")
        else:
            query = Query(text=args.query, mode="semantic" if args.semantic else "keyword", entity=args.entity,
                          speaker=args.speaker, stance=args.stance, source=args.source,
                          date_from=args.date_from, date_to=args.date_to, limit=args.limit, offset=args.offset)
            rows = store.search(query)
            for h in rows:
                dup = f" (+{h.duplicates} similar)" if h.duplicates else ""
                _emit(args, asdict(h), f"{(h.published or '')[:10]}\t{h.source or ''}\t{h.id}\t"
                      f"{_line(h.title)}{dup}\t{_line(h.snippet)}")
    finally:
        store.close()
    if not rows and not args.json:
        print("no results", file=sys.stderr)
    return 0


def _line(text: str) -> str:
    return " ".join((text or "").split())


def _emit(args, data: dict, line: str) -> None:
    print(json.dumps(data, ensure_ascii=False) if args.json else line)
