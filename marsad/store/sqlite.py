"""The default store: one SQLite file (WAL) with an FTS5 index over normalized, stemmed Arabic terms."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterable, Sequence

from .search import STOPWORDS, ParsedQuery, stem, variants
from .sql import ANALYZER_COLUMN, TABLES, SQLStore

# version -> statements; a database at version N gets N+1.. applied in order, each in its own transaction
MIGRATIONS: dict[int, str] = {
    1: TABLES.format(seq="INTEGER PRIMARY KEY", blob="BLOB", fts_columns="") + """
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, names, content='', tokenize='unicode61 remove_diacritics 0');
""",
    2: ANALYZER_COLUMN,
}
TITLE_WEIGHT, BODY_WEIGHT, NAMES_WEIGHT = 8.0, 1.0, 2.0


def fts_query(q: ParsedQuery, any_term: bool = False) -> str:
    """An FTS5 MATCH expression: each word matches its stem in title/body or itself in the names."""
    terms = q.terms
    if any_term:
        terms = [t for t in terms if t not in STOPWORDS] or terms
    parts = ["(" + " OR ".join(f'{{title body}} : "{stem(v)}" OR names : "{v}"' for v in variants(t)) + ")"
             for t in terms]
    parts += ['{title body} : "' + " ".join(stem(w) for w in p) + '"' for p in q.phrases]
    expr = (" OR " if any_term else " AND ").join(parts)
    for t in q.excluded:
        expr = f'({expr}) NOT ({{title body}} : "{stem(t)}" OR names : "{t}")'
    return expr


class SQLiteStore(SQLStore):
    def __init__(self, path: str = "marsad.db") -> None:
        super().__init__()
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        if path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a committed transaction survives the process being killed
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            current = row[0] or 0
            for version in sorted(v for v in MIGRATIONS if v > current):
                with self._transaction():
                    for statement in MIGRATIONS[version].split(";\n"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    @contextmanager
    def _transaction(self):
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql, tuple(params))

    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        self.conn.executemany(sql, rows)

    def _index_article(self, seq: int, title: str, body: str, names: str) -> None:
        self.conn.execute("INSERT INTO article_fts (rowid, title, body, names) VALUES (?, ?, ?, ?)",
                          (seq, title, body, names))

    def _keyword_rows(self, q: ParsedQuery, where: str, params: list, limit: int, any_term: bool) -> list[tuple]:
        rows = self.conn.execute(
            f"SELECT a.seq, -bm25(article_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, {NAMES_WEIGHT}) AS score "
            f"FROM article_fts JOIN articles a ON a.seq = article_fts.rowid "
            f"WHERE article_fts MATCH ? AND {where} ORDER BY score DESC LIMIT ?",
            (fts_query(q, any_term), *params, limit)).fetchall()
        return rows

    def close(self) -> None:
        with self._lock:
            self.conn.close()
