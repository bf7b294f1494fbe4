"""The PostgreSQL store: the same tables as SQLite, with a 'simple' tsvector over the same pre-normalized,
stemmed terms (title weight A, entity names B, body D) ranked by ts_rank."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Sequence

import psycopg

from .search import STOPWORDS, ParsedQuery, stem, variants
from .sql import ANALYZER_COLUMN, TABLES, SQLStore

MIGRATIONS: dict[int, str] = {
    1: TABLES.format(seq="BIGSERIAL PRIMARY KEY", blob="BYTEA", fts_columns=", tsv TSVECTOR") + """
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
""",
    # title matches come first and are found without scanning body matches (see _keyword_rows)
    2: "CREATE INDEX articles_title_tsv ON articles USING GIN (ts_filter(tsv, '{a}'));\n",
    3: ANALYZER_COLUMN,
}
# Ranking reads every matching row's tsvector, so a word in half the archive would rank thousands of
# rows; body-only matches are ranked among the newest BODY_CANDIDATES of them.
BODY_CANDIDATES = 2000
_LOCK_ID = 0x6D61727361  # advisory lock so two processes opening a new database migrate it once


def ts_query(q: ParsedQuery, any_term: bool = False, weighted: bool = True) -> str:
    """A to_tsquery expression mirroring the SQLite one: stems in title/body (A, D) or the word in names (B).
    Unweighted, it is a superset the GIN index answers without rechecking each row."""
    ad, b = (":AD", ":B") if weighted else ("", "")
    terms = q.terms
    if any_term:
        terms = [t for t in terms if t not in STOPWORDS] or terms
    parts = ["(" + " | ".join(f"'{stem(v)}'{ad} | '{v}'{b}" for v in variants(t)) + ")" for t in terms]
    parts += ["(" + " <-> ".join(f"'{stem(w)}'{ad}" for w in p) + ")" for p in q.phrases]
    expr = (" | " if any_term else " & ").join(parts)
    for t in q.excluded:
        expr = f"({expr}) & !('{stem(t)}'{ad} | '{t}'{b})"
    return expr


class PostgresStore(SQLStore):
    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)
        self._migrate()

    def _migrate(self) -> None:
        with self._lock, self._transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
            for version in sorted(v for v in MIGRATIONS if v > current):
                for statement in MIGRATIONS[version].split(";\n"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))

    def schema_version(self) -> int:
        return self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    @contextmanager
    def _transaction(self):
        with self.conn.transaction():
            yield

    def _execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql.replace("?", "%s"), tuple(params))

    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)

    def _index_article(self, seq: int, title: str, body: str, names: str) -> None:
        self.conn.execute("UPDATE articles SET tsv = setweight(to_tsvector('simple', %s), 'A') || "
                          "setweight(to_tsvector('simple', %s), 'D') || setweight(to_tsvector('simple', %s), 'B') "
                          "WHERE seq = %s", (title, body, names, seq))

    def _keyword_rows(self, q: ParsedQuery, where: str, params: list, limit: int, any_term: bool) -> list[tuple]:
        """Title matches first (weight A, own index), then body and name matches."""
        weighted, plain = ts_query(q, any_term), ts_query(q, any_term, weighted=False)
        rows = self._rows(
            "SELECT a.seq, ts_rank(a.tsv, q, 1) AS score FROM articles a, to_tsquery('simple', ?) q "
            f"WHERE ts_filter(a.tsv, '{{a}}') @@ q AND {where} ORDER BY score DESC, a.seq LIMIT ?",
            (weighted, *params, limit))
        if len(rows) < limit:
            rows += self._rows(
                "SELECT a.seq, ts_rank(a.tsv, q, 1) AS score FROM ("
                f"SELECT a.seq FROM articles a WHERE a.tsv @@ to_tsquery('simple', ?) AND {where} "
                "ORDER BY a.seq DESC LIMIT ?) c JOIN articles a ON a.seq = c.seq, to_tsquery('simple', ?) q "
                "WHERE a.tsv @@ q AND NOT ts_filter(a.tsv, '{a}') @@ q ORDER BY score DESC, a.seq LIMIT ?",
                (plain, *params, BODY_CANDIDATES, weighted, limit - len(rows)))
        return rows

    def close(self) -> None:
        with self._lock:
            self.conn.close()
