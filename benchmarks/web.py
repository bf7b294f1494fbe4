#!/usr/bin/env python3
"""Response times of every web page and /api/v1 route over the sample archive (goal: p95 <= 150 ms).

Starts a real uvicorn server on 127.0.0.1 (free port) over the SQLite sample archive (built from
marsad/samples/corpus.jsonl.gz on first use, as `marsad serve` does) and requests each route
repeatedly over one keep-alive connection, rotating ids, entity keys and query words so no single
row is measured over and over.

    python benchmarks/web.py [--db PATH] [-n 40]
"""
from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable
from urllib.parse import quote

import httpx
import uvicorn

from marsad.api import create_app
from marsad.store.base import Query, open_store
from marsad.web.cli import ensure_sample_archive

GOAL_MS = 150


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: str) -> tuple[uvicorn.Server, str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def samples(db: str) -> dict[str, list[str]]:
    with open_store(db) as store:
        hits = store.search(Query(limit=60))
        entities = store.find_entities("", limit=30)
        speakers = [r.speaker_key or r.speaker for r in store.statements(limit=60) if r.speaker_key or r.speaker]
    words = [w for h in hits for w in h.title.split() if len(w) > 3][:60]
    return {"ids": [h.id for h in hits], "keys": [e.key for e in entities] or ["PER:none"],
            "names": [e.name_en or e.name for e in entities] or ["none"], "words": words or ["حلب"],
            "speakers": speakers or ["none"], "sources": sorted({h.source for h in hits if h.source})}


def routes(s: dict[str, list[str]], article_texts: list[str]) -> list[tuple[str, str, Callable[[int], str]]]:
    def pick(name):
        return lambda i: s[name][i % len(s[name])]

    word, ident, key, name, speaker = (pick(n) for n in ("words", "ids", "keys", "names", "speakers"))
    source = pick("sources") if s["sources"] else (lambda i: "BBC")
    text = lambda i: article_texts[i % len(article_texts)]  # noqa: E731
    get = "GET"
    return [
        (get, "page /", lambda i: "/"),
        (get, "page /?q=", lambda i: f"/?q={quote(word(i))}"),
        (get, "page /?q=&mode=semantic", lambda i: f"/?q={quote(word(i))}&mode=semantic"),
        (get, "page /?source=&stance=", lambda i: f"/?source={quote(source(i))}&stance=assert"),
        (get, "page /articles/{id}", lambda i: f"/articles/{quote(ident(i))}"),
        (get, "page /entities?name=", lambda i: f"/entities?name={quote(name(i)[:4])}"),
        (get, "page /entities/{key}", lambda i: f"/entities/{quote(key(i), safe='')}"),
        (get, "page /statements", lambda i: f"/statements?offset={i % 5 * 50}"),
        (get, "page /statements?speaker=", lambda i: f"/statements?speaker={quote(speaker(i))}"),
        (get, "page /analyze (form)", lambda i: "/analyze"),
        ("FORM", "page POST /analyze", text),
        (get, "page /docs", lambda i: "/docs"),
        (get, "static /static/style.css", lambda i: "/static/style.css"),
        (get, "api /api/v1/stats", lambda i: "/api/v1/stats"),
        (get, "api /api/v1/articles?q=", lambda i: f"/api/v1/articles?q={quote(word(i))}"),
        (get, "api /api/v1/articles?mode=semantic", lambda i: f"/api/v1/articles?q={quote(word(i))}&mode=semantic"),
        (get, "api /api/v1/articles?entity=", lambda i: f"/api/v1/articles?entity={quote(key(i))}"),
        (get, "api /api/v1/articles/{id}", lambda i: f"/api/v1/articles/{quote(ident(i))}"),
        (get, "api /api/v1/entities?name=", lambda i: f"/api/v1/entities?name={quote(name(i)[:4])}"),
        (get, "api /api/v1/entities/{key}", lambda i: f"/api/v1/entities/{quote(key(i), safe='')}"),
        (get, "api /api/v1/statements?stance=", lambda i: f"/api/v1/statements?stance=assert&offset={i % 4 * 50}"),
        ("JSON", "api POST /api/v1/analyze", text),
        (get, "api /openapi.json", lambda i: "/openapi.json"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="SQLite archive (default: the sample archive in a temp folder, built if missing)")
    ap.add_argument("-n", type=int, default=40, help="requests per route (default: %(default)s)")
    args = ap.parse_args()
    db = args.db or str(Path(tempfile.gettempdir()) / "marsad-bench" / "marsad.db")
    Path(db).parent.mkdir(parents=True, exist_ok=True)
    if not args.db:
        ensure_sample_archive(db)
    s = samples(db)
    with open_store(db) as store:
        article_texts = [store.get(i).text for i in s["ids"][:10]]
    server, base = serve(db)
    print(f"archive {db}: {len(s['ids'])} sampled articles, {len(s['keys'])} entity keys; {args.n} requests per "
          f"route after 2 warm-up requests; goal p95 <= {GOAL_MS} ms")
    print(f"{'route':42} {'status':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  goal")
    misses = 0
    with httpx.Client(base_url=base, timeout=60) as client:
        for method, label, target in routes(s, article_texts):
            times, statuses = [], set()
            for i in range(-2, args.n):
                t0 = time.perf_counter()
                if method == "GET":
                    resp = client.get(target(i))
                elif method == "FORM":
                    resp = client.post("/analyze", data={"text": target(i)})
                else:
                    resp = client.post("/api/v1/analyze", json={"text": target(i)})
                elapsed = (time.perf_counter() - t0) * 1000
                if i >= 0:
                    times.append(elapsed)
                    statuses.add(resp.status_code)
            times.sort()
            p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
            ok = p95 <= GOAL_MS
            misses += not ok
            print(f"{label:42} {'/'.join(map(str, sorted(statuses))):>6} {statistics.median(times):8.1f} "
                  f"{p95:8.1f} {times[-1]:8.1f}  {'ok' if ok else 'OVER'}")
    server.should_exit = True
    print(f"{misses} route(s) over the goal" if misses else "all routes within the goal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
