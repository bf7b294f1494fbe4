"""Archive benchmark: ingest the ANT v2 corpus into SQLite, then measure search.

Prints ingest speed with 1 and 2 workers (articles/s, peak memory of the whole process tree, database
size), keyword and semantic search latency (p50/p95 over varied queries), and known-item retrieval
(each sampled article's title as the query: MRR@10). Figures are printed, never asserted.

    python benchmarks/archive.py                       # the whole corpus, 1 and 2 workers
    python benchmarks/archive.py --limit 2000          # a subset
    python benchmarks/archive.py --workers 2 --no-embed
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "ant_v2_multisource.jsonl.gz"

ENGLISH = ["Syrian war in Aleppo", "oil prices rise", "football World Cup in Russia", "Iran nuclear deal",
           "Trump and North Korea summit", "elections in Iraq", "earthquake victims", "refugees in Europe",
           "Saudi Arabia economy reforms", "Egypt presidential election", "Israeli strikes on Gaza",
           "Yemen humanitarian crisis", "Turkish army in Afrin", "new iPhone release", "cancer research study",
           "women driving in Saudi Arabia", "Russian spy poisoning in Britain", "chemical attack in Douma",
           "US embassy moves to Jerusalem", "Lebanon parliamentary elections", "Qatar blockade", "Brexit talks",
           "film festival awards", "stock market falls", "climate change and heat wave", "Libya migrants",
           "Facebook data scandal", "tourism in Dubai", "Champions League final", "Algeria protests"]


def sample_corpus(corpus: Path, limit: int | None, path: Path) -> int:
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        for line in src:
            if limit is not None and n >= limit:
                break
            out.write(line)
            n += 1
    return n


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            fields = stat.rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run_ingest(src: Path, db: str, workers: int, extra: list[str]) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "-j", str(workers), "--quiet", *extra]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{err[-3000:]}")
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    return {"seconds": seconds, "peak_mb": peak / 1e6, "db_mb": size / 1e6, "summary": out.strip()}


def percentiles(ms: list[float]) -> str:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    return f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms over {len(ms)} queries"


def keyword_queries(store, rng: random.Random, n: int) -> list:
    from marsad.store.base import Query
    titles = [r[0] for r in store._rows("SELECT title FROM articles ORDER BY random() LIMIT 2000")]
    words = [w for t in titles for w in t.split() if len(w) > 3]
    sources = [s for s, _ in store.sources()]
    entities = [e.name for e in store.find_entities(limit=100)] or words[:50]
    days = [r[0] for r in store._rows("SELECT DISTINCT day FROM articles WHERE day IS NOT NULL")] or [None]
    queries = []
    for i in range(n):
        kind = i % 6
        if kind == 0:
            queries.append(Query(rng.choice(words)))
        elif kind == 1:
            queries.append(Query(" ".join(rng.sample(words, 2))))
        elif kind == 2:
            t = rng.choice(titles).split()
            k = rng.randint(0, max(0, len(t) - 2))
            queries.append(Query(f'"{" ".join(t[k:k + 2])}"'))
        elif kind == 3:
            queries.append(Query(rng.choice(words), source=rng.choice(sources) if sources else None))
        elif kind == 4:
            day = rng.choice(days)
            queries.append(Query(rng.choice(words), date_from=day, date_to=None))
        else:
            queries.append(Query("", entity=rng.choice(entities)))
    return queries


def timed(store, queries) -> list[float]:
    out = []
    for q in queries:
        t = time.perf_counter()
        store.search(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def known_item(store, mode: str, sample: list[tuple[str, str, str]]) -> tuple[float, float]:
    """(MRR@10, recall@10) with each article's title as the query; a hit on the article's near-duplicate
    group counts, since search shows one article per group."""
    from marsad.store.base import Query
    group_of = dict(store._rows("SELECT id, group_id FROM articles"))
    rr, found = 0.0, 0
    for article_id, title, group in sample:
        hits = store.search(Query(title, mode=mode, limit=10))
        for rank, h in enumerate(hits, 1):
            if h.id == article_id or group_of.get(h.id) == group:
                rr += 1 / rank
                found += 1
                break
    return rr / len(sample), found / len(sample)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="JSON Lines (.gz) corpus (default: %(default)s)")
    ap.add_argument("--limit", type=int, help="only the first N articles of the corpus")
    ap.add_argument("--workers", default="1,2", help="worker counts to time (default: 1,2)")
    ap.add_argument("--no-embed", action="store_true", help="ingest without embeddings (no semantic figures)")
    ap.add_argument("--steps", help="pipeline steps (default: the full pipeline)")
    ap.add_argument("--queries", type=int, default=240, help="keyword and semantic queries each (>= 200)")
    ap.add_argument("--known", type=int, default=1000, help="articles sampled for known-item retrieval")
    ap.add_argument("--db", help="keep the SQLite database here (default: a temporary directory); with "
                    "--search-only also a postgresql:// URL")
    ap.add_argument("--search-only", action="store_true", help="skip ingest; measure search on --db")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from marsad.store.base import Query, open_store

    tmp = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    db = args.db or str(tmp / "archive.db")  # a path or a postgresql:// URL (with --search-only)
    extra = (["--no-embed"] if args.no_embed else []) + (["--steps", args.steps] if args.steps else [])
    if not args.search_only:
        src = tmp / "corpus.jsonl"
        n = sample_corpus(args.corpus, args.limit, src)
        print(f"corpus: {n:,} articles from {args.corpus.name}; steps: {args.steps or 'full pipeline'}; "
              f"embeddings: {'off' if args.no_embed else 'on'}")
        for workers in (int(w) for w in args.workers.split(",")):
            r = run_ingest(src, db, workers, extra)
            print(f"ingest -j {workers}: {n / r['seconds']:.1f} articles/s ({r['seconds']:.0f} s), "
                  f"peak memory {r['peak_mb']:.0f} MB (process tree), database {r['db_mb']:.0f} MB")
            print("  " + r["summary"].replace("\n", "\n  "))

    store = open_store(str(db))
    stats = store.stats()
    print("archive:", ", ".join(f"{k} {v:,}" for k, v in stats.items()))
    if args.queries <= 0:  # ingest figures only
        store.close()
        return
    rng = random.Random(2018)
    kw = keyword_queries(store, rng, args.queries)
    store.search(kw[0])  # warm the page cache
    print("keyword search:", percentiles(timed(store, kw)))
    if stats["embeddings"]:
        sem_texts = ENGLISH + [r[0] for r in store._rows(
            "SELECT title FROM articles ORDER BY random() LIMIT ?", (max(0, args.queries - len(ENGLISH)),))]
        sem = [Query(t, mode="semantic") for t in sem_texts]
        store.search(sem[0])  # loads the encoder and the embedding matrix
        print("semantic search:", percentiles(timed(store, sem)))
    if stats["entities"]:
        top = store.find_entities(limit=300)
        names = [e.name for e in rng.sample(top, min(100, len(top)))]
        names += [e.name_en for e in rng.sample(top, min(100, len(top))) if e.name_en]
        ms = []
        for name in names:
            t = time.perf_counter()
            store.find_entities(name, limit=20)
            ms.append((time.perf_counter() - t) * 1000)
        print("entity lookup (Arabic and English names):", percentiles(ms))
        speakers = [e for e in top if e.statements] or top
        ms = []
        for _ in range(200):
            speaker, about = rng.choice(speakers), rng.choice(top)
            t = time.perf_counter()
            store.statements(speaker=speaker.name_en or speaker.name, about=about.name, limit=20)
            ms.append((time.perf_counter() - t) * 1000)
        print("statement search (speaker X about Y):", percentiles(ms))
    rows = store._rows("SELECT id, title, group_id FROM articles WHERE title IS NOT NULL ORDER BY seq")
    sample = rng.sample(rows, min(args.known, len(rows)))
    mrr, recall = known_item(store, "keyword", sample)
    print(f"known-item keyword (title as query, {len(sample)} articles): MRR@10 {mrr:.3f}, recall@10 {recall:.3f}")
    if stats["embeddings"]:
        mrr, recall = known_item(store, "semantic", sample)
        print(f"known-item semantic (title as query, {len(sample)} articles): MRR@10 {mrr:.3f}, "
              f"recall@10 {recall:.3f}")
    store.close()


if __name__ == "__main__":
    main()
