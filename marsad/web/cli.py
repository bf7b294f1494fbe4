"""`marsad serve`: the REST API and the web UI over an archive (uvicorn)."""
from __future__ import annotations

import ipaddress
import os
import sys
from argparse import Namespace
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "corpus.jsonl.gz"
DEFAULT_DB = "marsad.db"


def register(commands, train_sub, eval_sub) -> None:
    serve = commands.add_parser("serve", help="run the REST API (/api/v1) and the web UI")
    serve.add_argument("--db", help="archive: a SQLite file or postgresql://... (default: marsad.db, created "
                       "from the bundled sample corpus on first run)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="default: %(default)s")
    serve.add_argument("--token", default=os.environ.get("MARSAD_TOKEN"),
                       help="bearer token required by endpoints that write (env MARSAD_TOKEN); "
                       "mandatory when --host is not a loopback address")
    serve.add_argument("--max-body", type=int, default=None, metavar="BYTES",
                       help="largest request body accepted (default: 2 MiB)")
    serve.set_defaults(func=run_serve)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def ensure_sample_archive(db: str, sample: Path = SAMPLE, jobs: int | None = None) -> None:
    """First run without --db: build the SQLite archive from the bundled sample, with progress on stderr.
    An archive that holds only the sample is rebuilt when a newer marsad (other models or rules) would
    analyse it differently; one with other articles is kept as it is, with a note."""
    from ..pipeline import analyzer_id
    from ..store.base import open_store

    articles = stale = 0
    if Path(db).exists():
        with open_store(db) as store:
            articles = store.stats().get("articles", 0)
            stale = articles - store.analyzers().get(analyzer_id(), 0)
            only_sample = stale and _holds_only(store, sample, articles)
    if not articles:
        print(f"first run: building {db} from the sample corpus {sample.name} (about 300 articles, "
              "analysed once; later runs reuse it)", file=sys.stderr)
        _build(db, sample, jobs)
    elif stale and not only_sample:
        print(f"note: {stale:,} of the {articles:,} articles in {db} were analysed by an older marsad; their "
              "entities and statements stay as they were (ingest them into a new archive to refresh them)",
              file=sys.stderr)
    elif stale:
        print(f"{db} was built by an older marsad ({analyzer_id()} now): rebuilding it from the sample",
              file=sys.stderr)
        fresh = db + ".rebuild"
        for path in (fresh, fresh + "-wal", fresh + "-shm"):
            Path(path).unlink(missing_ok=True)  # a rebuild interrupted before: start it again
        _build(fresh, sample, jobs)  # the old archive stays whole until the new one is complete
        for leftover in (db + "-wal", db + "-shm"):  # never let the old archive's log meet the new file
            Path(leftover).unlink(missing_ok=True)
        os.replace(fresh, db)


def _holds_only(store, sample: Path, articles: int) -> bool:
    from ..ingest import read_sources
    from ..store.sql import content_hash

    found = sum(1 for item in read_sources([str(sample)])
                if hasattr(item, "text") and store.has_hash(content_hash(item.text)))
    return found == articles


def _build(db: str, sample: Path, jobs: int | None) -> None:
    from ..store.cli import run_ingest

    run_ingest(Namespace(sources=[str(sample)], db=db, jobs=jobs or min(2, os.cpu_count() or 1), no_embed=False,
                         batch=16, steps=None, quiet=False))


def run_serve(args) -> int:
    import uvicorn

    from ..api import create_app
    from ..api.app import MAX_BODY_BYTES
    from ..store.base import open_store

    token = args.token or None
    if not is_loopback(args.host) and not token:
        print(f"refusing to listen on {args.host} without a token: anyone who can reach it could write to "
              "the archive. Pass --token or set MARSAD_TOKEN (or listen on 127.0.0.1).", file=sys.stderr)
        return 2
    db = args.db
    if db is None:
        db = DEFAULT_DB
        ensure_sample_archive(db)
    elif not db.startswith(("postgresql://", "postgres://")) and db != ":memory:" and not Path(
            db.removeprefix("sqlite:///")).exists():
        print(f"note: {db} does not exist yet; starting with an empty archive (fill it with `marsad ingest`)",
              file=sys.stderr)
    # an in-memory archive exists once per connection: share one store instead of one per thread
    source = open_store(db) if db == ":memory:" else db
    app = create_app(source, token=token, max_body=args.max_body or MAX_BODY_BYTES)
    print(f"marsad: http://{args.host}:{args.port}/  (API reference: /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", server_header=False,
                limit_concurrency=64, timeout_keep_alive=5)
    return 0
