"""`marsad ingest` end to end on JSON Lines: idempotent, resumable after SIGKILL, bad records skipped."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

from marsad.store.base import Query, open_store

# segment + tokenize only: these tests are about the archive, not the NER model
FAST = ["--steps", "segment,tokenize", "-j", "1", "--quiet"]
VOCAB = ("الحكومة الوزير المدينة الاقتصاد المفاوضات الانتخابات البرلمان الجيش المعارضة السكان الأسواق "
         "الأسعار المستشفى المدارس الطلاب الشرطة المحكمة القرار الاتفاق الحدود الطاقة النفط المياه الزراعة "
         "المصانع العمال الشركات المطار الميناء الطريق أعلن أكد قال نفى حذر طالب رفض وافق ناقش افتتح في من "
         "على إلى عن مع بعد قبل خلال أمس اليوم الأسبوع الشهر العام الماضي المقبل الجديد الكبير").split()


def records(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        body = "\n".join(" ".join(rng.choice(VOCAB) for _ in range(40)) + "." for _ in range(4))
        out.append({"id": f"rec-{i}", "title": f"خبر رقم {i} عن {rng.choice(VOCAB)}", "text": body,
                    "source": "test", "published": f"2018-03-{i % 28 + 1:02d}T10:00:00"})
    return out


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def ingest(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad", "ingest", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"})


def check_complete(db: Path, expected_ids: set[str]) -> None:
    """Every article exactly once, each with all its parts (text, document, index row, bands)."""
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    assert sorted(ids) == sorted(expected_ids)
    for seq, blob in conn.execute("SELECT seq, doc FROM articles"):
        assert json.loads(zlib.decompress(blob))["schema"] == "marsad.document/1"
    assert conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == len(ids)
    assert conn.execute("SELECT COUNT(*) FROM minhash_bands").fetchone()[0] == 16 * len(ids)
    conn.close()


def test_ingest_then_reingest_adds_nothing(tmp_path):
    src = write_jsonl(tmp_path / "news.jsonl", records(12))
    db = tmp_path / "a.db"
    first = ingest(str(src), "--db", str(db), "--no-embed", *FAST)
    assert first.returncode == 0, first.stderr
    assert "read 12, new 12, duplicates 0, failed 0" in first.stdout
    again = ingest(str(src), "--db", str(db), "--no-embed", *FAST)
    assert "read 12, new 0, duplicates 12, failed 0" in again.stdout
    check_complete(db, {f"rec-{i}" for i in range(12)})
    with open_store(str(db)) as store:
        assert store.search(Query("رقم 3"))[0].id == "rec-3"


def test_duplicates_and_corrupt_records_are_reported_and_skipped(tmp_path):
    good = records(5)
    rows = [good[0], good[1], dict(good[1], id="copy-of-1"),  # same text under another id
            '{"id": "broken", "text": "نص مقطوع', {"id": "no-text", "title": "بلا نص"},
            {"id": "english", "text": "This record is written entirely in English and is not Arabic news."},
            good[2], good[3], good[4]]
    src = write_jsonl(tmp_path / "mixed.jsonl", rows)
    db = tmp_path / "a.db"
    out = ingest(str(src), "--db", str(db), "--no-embed", *FAST)
    assert out.returncode == 0, out.stderr
    assert "read 7, new 5, duplicates 1, failed 3" in out.stdout
    assert "malformed JSON" in out.stdout and "no 'text'" in out.stdout and "not Arabic" in out.stdout
    assert "mixed.jsonl:4" in out.stdout
    check_complete(db, {f"rec-{i}" for i in range(5)})


def test_sigkill_mid_run_then_resume(tmp_path):
    """Kill -9 while articles are being analysed and committed; a re-run completes the archive with every
    article exactly once. Embeddings stay on so the run is slow enough to be caught mid-way."""
    n = 50
    src = write_jsonl(tmp_path / "news.jsonl", records(n))
    db = tmp_path / "a.db"
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "ingest", str(src), "--db", str(db), "--batch", "1",
                             *FAST], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as conn:
                        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:  # schema not created yet
                    stored = 0
            if stored >= 5:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    with sqlite3.connect(db) as conn:
        at_kill = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 5 <= at_kill < n
    rerun = ingest(str(src), "--db", str(db), *FAST)
    assert rerun.returncode == 0, rerun.stderr
    assert f"read {n}, new {n - at_kill}, duplicates {at_kill}, failed 0" in rerun.stdout
    check_complete(db, {f"rec-{i}" for i in range(n)})
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == n


def test_article_the_database_refuses_is_reported_and_the_batch_kept(tmp_path, monkeypatch, capsys):
    """A document the store cannot write (here: two statements with one id) fails alone; its batch
    neighbours are stored and nothing of it is half-written."""
    import argparse

    from marsad import batch
    from marsad.document import Cue, Span, Speaker, Statement
    from marsad.store import cli

    real = batch.process

    def process(tasks, embed=True, options=None):
        results = real(tasks, embed, options)
        for r in results:
            if r.doc is not None and r.doc.id == "rec-2":
                st = Statement("S1", Speaker(None, "x"), Cue(0, 1, r.doc.text[0], "assert"),
                               Span(0, 1, r.doc.text[0]), "direct")
                r.doc.statements = [st, st]
        return results

    monkeypatch.setattr(batch, "process", process)
    src = write_jsonl(tmp_path / "news.jsonl", records(5))
    db = tmp_path / "a.db"
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(), None, None)
    args = parser.parse_args(["ingest", str(src), "--db", str(db), "--no-embed", *FAST])
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "read 5, new 4, duplicates 0, failed 1" in out and "could not store" in out and "news.jsonl:3" in out
    check_complete(db, {"rec-0", "rec-1", "rec-3", "rec-4"})
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 0


def test_search_command_lines_and_json(tmp_path, capsys):
    import argparse

    from marsad.store import cli

    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers(), None, None)

    def run(*argv):
        args = parser.parse_args(list(argv))
        code = args.func(args)
        return code, capsys.readouterr().out

    db = str(tmp_path / "a.db")
    src = write_jsonl(tmp_path / "news.jsonl", records(8))
    assert run("ingest", str(src), "--db", db, "--no-embed", *FAST)[0] == 0
    code, out = run("search", "رقم 3", "--db", db)
    lines = out.splitlines()
    assert code == 0 and lines and lines[0].split("\t")[2] == "rec-3"
    assert all(len(line.split("\t")) == 5 for line in lines)
    code, out = run("search", "رقم 3", "--db", db, "--json", "-n", "1")
    hit = json.loads(out)
    assert hit["id"] == "rec-3" and hit["source"] == "test" and "snippet" in hit
    code, out = run("search", "", "--db", db, "--from", "2018-03-03", "--to", "2018-03-04", "--json")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == ["rec-2", "rec-3"]
    assert run("search", "--entities", "anything", "--db", db)[1] == ""
