"""The SQL shared by the SQLite and PostgreSQL stores.

Statements are written with ``?`` placeholders (the PostgreSQL store rewrites them); every value goes
through parameters. Only connections and the full-text part differ between backends: each subclass
implements ``_transaction``, ``_execute``, ``_executemany``, ``_index_article`` and ``_keyword_rows``,
and migrates its schema (TABLES below plus its full-text index) when opened.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import unicodedata
import zlib
from abc import abstractmethod
from contextlib import AbstractContextManager
from typing import Any, Iterable, Sequence

import numpy as np

from ..document import Document
from . import dedupe
from .base import ArticleHit, EntityRow, IngestResult, Query, StatementRow, Store
from .search import ParsedQuery, index_text, name_text, normalize, parse_query, snippet, words

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMBED_DTYPE = np.float16  # half the size of float32; cosine ranking is unaffected


def content_hash(text: str) -> str:
    """The idempotency key: the text as the pipeline will analyse it (NFC, stripped)."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).strip().encode("utf-8")).hexdigest()


def entity_key(type_: str, name: str) -> str:
    return f"{type_}:{' '.join(words(name))}"


def _title(doc: Document) -> str:
    title = doc.meta.get("title")
    if title:
        return str(title)
    for p in doc.paragraphs:
        if p.kind == "headline":
            return doc.text[p.start:p.end]
    return doc.text.split("\n", 1)[0][:200]


def _body(text: str, title: str | None) -> str:
    """The text after its headline: results show the title already, the snippet shows the story."""
    if title and text.startswith(title) and text[len(title):].strip():
        return text[len(title):].lstrip()
    return text


def _day(published: Any) -> str | None:
    m = _DAY.match(str(published or ""))
    return m.group() if m else None


class SQLStore(Store):
    def __init__(self) -> None:
        self._lock = threading.RLock()  # the web server calls from several threads
        self.embedder = None  # set lazily (marsad.embed) or injected by tests
        self._matrix: tuple[int, np.ndarray, np.ndarray] | None = None  # (count, seqs, vectors)

    # -- backend hooks -------------------------------------------------------------------------
    @abstractmethod
    def _transaction(self) -> AbstractContextManager: ...

    @abstractmethod
    def _execute(self, sql: str, params: Sequence = ()) -> Any: ...

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Sequence]) -> None: ...

    @abstractmethod
    def _index_article(self, seq: int, title: str, body: str, names: str) -> None: ...

    @abstractmethod
    def _keyword_rows(self, q: ParsedQuery, where: str, params: list, limit: int, any_term: bool) -> list[tuple]:
        """(seq, score) for articles matching the query and the filter ``where``, best first."""

    def _rows(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self._execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self._execute(sql, params).fetchone()

    # -- writing -------------------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        with self._lock:
            return self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def has_hash(self, text_hash: str) -> bool:
        with self._lock:
            return self._one("SELECT 1 FROM articles WHERE hash = ?", (text_hash,)) is not None

    def add(self, doc: Document, embedding: Any | None = None, signature: Any | None = None) -> IngestResult:
        """Store one analysed document and everything derived from it in one transaction.
        Adding the same text (or the same id) again changes nothing."""
        return self.add_many([(doc, embedding, signature)])[0]

    def add_many(self, items: Sequence[tuple[Document, Any, Any]]) -> list[IngestResult]:
        """Store several (document, embedding, signature) in one transaction: all or none."""
        results = []
        with self._lock, self._transaction():
            for doc, embedding, signature in items:
                text_hash = content_hash(doc.text)
                row = self._one("SELECT id FROM articles WHERE hash = ? OR id = ?", (text_hash, doc.id))
                if row:
                    results.append(IngestResult(row[0], False))
                    continue
                if signature is None:
                    signature = dedupe.signature(doc.text)
                self._insert(doc, text_hash, embedding, signature)
                results.append(IngestResult(doc.id, True))
        return results

    def _insert(self, doc: Document, text_hash: str, embedding: Any, signature: Any) -> None:
        meta = doc.meta
        title = _title(doc)
        data = doc.to_json()
        del data["text"]
        blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
        group = self._group_of(signature) or doc.id
        seq = self._one(
            "INSERT INTO articles (id, hash, title, source, url, published, day, text, doc, group_id, minhash, "
            "analyzer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
            (doc.id, text_hash, title, meta.get("source"), meta.get("url"),
             str(meta["published"]) if meta.get("published") else None, _day(meta.get("published")),
             doc.text, blob, group, dedupe.to_bytes(signature) if signature is not None else None,
             doc.analyzer or None))[0]
        if signature is not None:
            self._executemany("INSERT INTO minhash_bands (band, article_seq) VALUES (?, ?)",
                              [(k, seq) for k in dedupe.band_keys(signature)])
        if embedding is not None:
            vec = np.asarray(embedding, dtype=np.float32).reshape(-1)
            self._execute("INSERT INTO embeddings (article_seq, vec) VALUES (?, ?)",
                          (seq, vec.astype(_EMBED_DTYPE).tobytes()))
        keys = self._add_entities(doc, seq)
        self._add_statements(doc, seq, keys)
        # entity names as written, plus their English names so "Putin" finds بوتين by keyword too
        names = [m.text for e in doc.entities for m in e.mentions] + [e.name for e in doc.entities]
        names += [e.name_en for e in doc.entities if e.name_en]
        self._index_article(seq, index_text(title), index_text(doc.text), name_text(names))

    def _group_of(self, signature: Any) -> str | None:
        """The group id of the most similar stored article above the threshold, if any."""
        if signature is None:
            return None
        keys = dedupe.band_keys(signature)
        marks = ", ".join("?" * len(keys))
        rows = self._rows(f"SELECT DISTINCT a.group_id, a.minhash FROM minhash_bands b JOIN articles a "
                          f"ON a.seq = b.article_seq WHERE b.band IN ({marks})", keys)
        best, best_sim = None, dedupe.THRESHOLD
        for group, blob in rows:
            sim = dedupe.similarity(signature, dedupe.from_bytes(bytes(blob)))
            if sim >= best_sim:
                best, best_sim = group, sim
        return best

    def _add_entities(self, doc: Document, seq: int) -> dict[str, str]:
        """Merge the document's entities into the archive's by key; returns doc entity id -> key."""
        keys: dict[str, str] = {}
        spoke: dict[str, int] = {}
        for s in doc.statements:
            if s.speaker.entity:
                spoke[s.speaker.entity] = spoke.get(s.speaker.entity, 0) + 1
        per_key: dict[str, list] = {}
        for e in doc.entities:
            key = e.key or entity_key(e.type, e.name)
            keys[e.id] = key
            per_key.setdefault(key, []).append(e)
        for key, ents in per_key.items():
            first = ents[0]
            n_mentions = sum(len(e.mentions) for e in ents)
            n_statements = sum(spoke.get(e.id, 0) for e in ents)
            named = next((e for e in ents if e.name_en), None)
            name_en, name_en_source = (named.name_en, named.name_en_source) if named else (None, None)
            titles = list(dict.fromkeys(t for e in ents for t in e.titles))
            row = self._one("SELECT titles, name_en, name_en_source FROM entities WHERE key = ?", (key,))
            if row is None:
                self._execute(
                    "INSERT INTO entities (key, type, name, name_en, name_en_source, titles, articles, mentions, "
                    "statements) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)",
                    (key, first.type, first.name, name_en, name_en_source,
                     json.dumps(titles[:20], ensure_ascii=False), n_mentions, n_statements))
            else:
                merged = list(dict.fromkeys(json.loads(row[0] or "[]") + titles))[:20]
                # keep the first English name, unless a lexicon name now replaces a transliteration
                if row[1] and not (name_en_source == "lexicon" and row[2] != "lexicon"):
                    name_en, name_en_source = row[1], row[2]
                self._execute(
                    "UPDATE entities SET articles = articles + 1, mentions = mentions + ?, statements = statements + ?, "
                    "titles = ?, name_en = ?, name_en_source = ? WHERE key = ?",
                    (n_mentions, n_statements, json.dumps(merged, ensure_ascii=False), name_en, name_en_source, key))
            forms = {normalize(first.name)} | {" ".join(words(m.text)) for e in ents for m in e.mentions}
            if name_en:
                forms.add(name_en.lower())
            self._executemany("INSERT INTO entity_names (form, key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(f, key) for f in forms if f])
            self._execute("INSERT INTO article_entities (key, article_seq, mentions) VALUES (?, ?, ?)",
                          (key, seq, n_mentions))
            self._executemany("INSERT INTO mentions (article_seq, key, start_char, end_char, text) "
                              "VALUES (?, ?, ?, ?, ?)",
                              [(seq, key, m.start, m.end, m.text) for e in ents for m in e.mentions])
        return keys

    def _add_statements(self, doc: Document, seq: int, keys: dict[str, str]) -> None:
        rows = []
        for s in doc.statements:
            ent = doc.entity(s.speaker.entity)
            speaker = ent.name if ent else s.speaker.text
            rows.append((seq, s.id, keys.get(s.speaker.entity or ""), speaker, ent.name_en if ent else None,
                         normalize(speaker or ""), s.cue.text, s.cue.stance, s.kind, s.content.text,
                         s.content.start, s.content.end, s.addressee.text if s.addressee else None,
                         f" {index_text(s.content.text)} "))
        self._executemany(
            "INSERT INTO statements (article_seq, statement_id, speaker_key, speaker, speaker_en, speaker_norm, "
            "cue, stance, kind, content, content_start, content_end, addressee, content_terms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- reading -------------------------------------------------------------------------------
    def get(self, article_id: str) -> Document | None:
        with self._lock:
            row = self._one("SELECT text, doc FROM articles WHERE id = ?", (article_id,))
        if row is None:
            return None
        data = json.loads(zlib.decompress(bytes(row[1])))
        data["text"] = row[0]
        return Document.from_json(data)

    def resolve(self, name: str, limit: int = 20) -> list[str]:
        """Entity keys for a key, an Arabic name or an English name (exact forms first, then substrings)."""
        name = (name or "").strip()
        if not name:
            return []
        with self._lock:
            if self._one("SELECT 1 FROM entities WHERE key = ?", (name,)):
                return [name]
            forms = list(dict.fromkeys([" ".join(words(name)), name.lower()]))
            marks = ", ".join("?" * len(forms))
            rows = self._rows(f"SELECT DISTINCT n.key, e.articles FROM entity_names n JOIN entities e "
                              f"ON e.key = n.key WHERE n.form IN ({marks}) ORDER BY e.articles DESC LIMIT ?",
                              (*forms, limit))
            if not rows:
                rows = self._rows("SELECT DISTINCT n.key, e.articles FROM entity_names n JOIN entities e "
                                  "ON e.key = n.key WHERE n.form LIKE ? ORDER BY e.articles DESC LIMIT ?",
                                  (f"%{forms[0]}%", limit))
        return [r[0] for r in rows]

    def _filters(self, query: Query) -> tuple[str, list] | None:
        """SQL conditions on ``a`` (articles) for the query's filters; None when a filter matches nothing."""
        conds, params = [], []
        if query.source:
            conds.append("a.source = ?")
            params.append(query.source)
        if query.date_from:
            conds.append("a.day >= ?")
            params.append(query.date_from[:10])
        if query.date_to:
            conds.append("a.day <= ?")
            params.append(query.date_to[:10])
        if query.entity:
            keys = self.resolve(query.entity)
            if not keys:
                return None
            conds.append(f"a.seq IN (SELECT article_seq FROM article_entities WHERE key IN "
                         f"({', '.join('?' * len(keys))}))")
            params.extend(keys)
        if query.speaker or query.stance:
            sub, sub_params = [], []
            if query.speaker:
                keys = self.resolve(query.speaker)
                sub.append(f"(speaker_key IN ({', '.join('?' * len(keys))}) OR speaker_norm = ?)"
                           if keys else "speaker_norm = ?")
                sub_params.extend([*keys, normalize(query.speaker)])
            if query.stance:
                sub.append("stance = ?")
                sub_params.append(query.stance)
            conds.append(f"a.seq IN (SELECT article_seq FROM statements WHERE {' AND '.join(sub)})")
            params.extend(sub_params)
        return (" AND ".join(conds) or "1 = 1"), params

    def search(self, query: Query) -> list[ArticleHit]:
        with self._lock:
            filters = self._filters(query)
            if filters is None:
                return []
            where, params = filters
            want = query.offset + query.limit
            parsed = parse_query(query.text)
            # semantic needs embeddings; an archive ingested with --no-embed answers by keyword instead
            if (query.mode == "semantic" and query.text.strip()
                    and self._one("SELECT 1 FROM embeddings LIMIT 1") is not None):
                scored = self._semantic_rows(query.text, where, params, want * 3 + 10)
            elif parsed:
                scored = self._keyword_rows(parsed, where, params, want * 3 + 10, any_term=False)
                if not scored and len(parsed.terms) > 1:  # no article has every word: rank by any of them
                    scored = self._keyword_rows(parsed, where, params, want * 3 + 10, any_term=True)
            else:
                scored = [(r[0], 0.0) for r in self._rows(
                    f"SELECT a.seq FROM articles a WHERE {where} ORDER BY a.published DESC, a.seq DESC LIMIT ?",
                    (*params, want * 3 + 10))]
            return self._hits(scored, parsed, query.offset, query.limit)

    def _hits(self, scored: list[tuple], parsed: ParsedQuery, offset: int, limit: int) -> list[ArticleHit]:
        if not scored:
            return []
        seqs = [s for s, _ in scored]
        group_of = dict(self._rows(f"SELECT seq, group_id FROM articles WHERE seq IN ({', '.join('?' * len(seqs))})",
                                   seqs))
        picked, groups = [], set()
        for seq, score in scored:  # one hit per near-duplicate group, the best-ranked one
            group = group_of.get(seq)
            if group is None or group in groups:
                continue
            groups.add(group)
            picked.append((seq, score))
        picked = picked[offset:offset + limit]
        if not picked:
            return []
        marks = ", ".join("?" * len(picked))
        rows = {r[0]: r for r in self._rows(
            f"SELECT seq, id, title, source, published, url, text, group_id FROM articles WHERE seq IN ({marks})",
            [seq for seq, _ in picked])}
        gids = [group_of[seq] for seq, _ in picked]
        sizes = dict(self._rows(f"SELECT group_id, COUNT(*) FROM articles WHERE group_id IN ({marks}) "
                                "GROUP BY group_id", gids))
        return [ArticleHit(id=r[1], title=r[2] or "", source=r[3], published=r[4], url=r[5],
                           snippet=snippet(_body(r[6], r[2]), parsed), score=float(score),
                           duplicates=sizes.get(r[7], 1) - 1)
                for r, score in ((rows[seq], score) for seq, score in picked)]

    def _semantic_rows(self, text: str, where: str, params: list, limit: int) -> list[tuple]:
        seqs, matrix = self._embedding_matrix()
        if not len(seqs):
            return []
        if self.embedder is None:
            from ..embed import Encoder
            self.embedder = Encoder()
        q = np.asarray(self.embedder.encode([text]), dtype=np.float32)[0]
        scores = matrix @ (q / (np.linalg.norm(q) or 1.0))
        if where != "1 = 1":
            allowed = {r[0] for r in self._rows(f"SELECT a.seq FROM articles a WHERE {where}", params)}
            mask = np.fromiter((s in allowed for s in seqs), dtype=bool, count=len(seqs))
            scores = np.where(mask, scores, -np.inf)
        top = np.argpartition(-scores, limit)[:limit] if len(scores) > limit else np.arange(len(scores))
        top = top[np.argsort(-scores[top])]
        return [(int(seqs[i]), float(scores[i])) for i in top if np.isfinite(scores[i])]

    def _embedding_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """All stored embeddings as one unit-normalized float32 matrix, reloaded when new ones arrive."""
        count = self._one("SELECT COUNT(*) FROM embeddings")[0]
        if self._matrix is None or self._matrix[0] != count:
            rows = self._rows("SELECT article_seq, vec FROM embeddings ORDER BY article_seq")
            seqs = np.array([r[0] for r in rows], dtype=np.int64)
            matrix = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype=_EMBED_DTYPE)
            matrix = matrix.reshape(len(rows), -1).astype(np.float32) if rows else np.zeros((0, 1), np.float32)
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            matrix /= np.where(norms == 0, 1.0, norms)
            self._matrix = (count, seqs, matrix)
        return self._matrix[1], self._matrix[2]

    # -- entities and statements ---------------------------------------------------------------
    _ENTITY_COLS = "key, type, name, name_en, articles, mentions, statements, titles"

    @staticmethod
    def _entity_row(r: tuple) -> EntityRow:
        return EntityRow(key=r[0], type=r[1], name=r[2], name_en=r[3], articles=r[4], mentions=r[5],
                         statements=r[6], titles=json.loads(r[7] or "[]"))

    def find_entities(self, name: str = "", type: str | None = None, limit: int = 20,
                      offset: int = 0) -> list[EntityRow]:
        conds, params = [], []
        if name.strip():
            forms = list(dict.fromkeys([" ".join(words(name)), name.strip().lower()]))
            conds.append("key IN (SELECT key FROM entity_names WHERE " +
                         " OR ".join("form LIKE ?" for _ in forms) + ")")
            params.extend(f"%{f}%" for f in forms)
        if type:
            conds.append("type = ?")
            params.append(type)
        where = " AND ".join(conds) or "1 = 1"
        with self._lock:
            rows = self._rows(f"SELECT {self._ENTITY_COLS} FROM entities WHERE {where} "
                              f"ORDER BY articles DESC, mentions DESC, key LIMIT ? OFFSET ?", (*params, limit, offset))
        return [self._entity_row(r) for r in rows]

    def entity(self, key: str) -> EntityRow | None:
        with self._lock:
            row = self._one(f"SELECT {self._ENTITY_COLS} FROM entities WHERE key = ?", (key,))
        return self._entity_row(row) if row else None

    def statements(self, speaker: str | None = None, about: str | None = None, stance: str | None = None,
                   text: str | None = None, source: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, article_id: str | None = None, limit: int = 50,
                   offset: int = 0) -> list[StatementRow]:
        """Statements filtered by speaker, topic (``about``: the content or the article mentions it),
        stance, words of the content, source and dates."""
        conds, params = [], []
        with self._lock:
            if speaker:
                keys = self.resolve(speaker)
                conds.append(f"(s.speaker_key IN ({', '.join('?' * len(keys))}) OR s.speaker_norm = ?)"
                             if keys else "s.speaker_norm = ?")
                params.extend([*keys, normalize(speaker)])
            if about:
                keys = self.resolve(about)
                about_terms = [f"% {t} %" for t in index_text(about).split()]
                content = " AND ".join("s.content_terms LIKE ?" for _ in about_terms) or "1 = 0"
                if keys:
                    conds.append(f"({content} OR s.article_seq IN (SELECT article_seq FROM article_entities "
                                 f"WHERE key IN ({', '.join('?' * len(keys))})))")
                else:
                    conds.append(f"({content})")
                params.extend([*about_terms, *keys])
            if text:
                for t in index_text(text).split():
                    conds.append("s.content_terms LIKE ?")
                    params.append(f"% {t} %")
            for cond, value in (("s.stance = ?", stance), ("a.source = ?", source), ("a.id = ?", article_id),
                                ("a.day >= ?", date_from and date_from[:10]),
                                ("a.day <= ?", date_to and date_to[:10])):
                if value:
                    conds.append(cond)
                    params.append(value)
            where = " AND ".join(conds) or "1 = 1"
            rows = self._rows(
                "SELECT a.id, s.statement_id, s.speaker, s.speaker_key, s.speaker_en, s.cue, s.stance, s.kind, "
                "s.content, s.addressee, a.published, a.title, a.source, s.content_start, s.content_end "
                f"FROM statements s JOIN articles a ON a.seq = s.article_seq WHERE {where} "
                "ORDER BY a.published DESC, a.seq DESC, s.content_start LIMIT ? OFFSET ?", (*params, limit, offset))
        return [StatementRow(*r) for r in rows]

    def related_entities(self, key: str, limit: int = 20) -> list[tuple[EntityRow, int]]:
        with self._lock:
            rows = self._rows(
                f"SELECT {', '.join('e.' + c.strip() for c in self._ENTITY_COLS.split(','))}, COUNT(*) AS shared "
                "FROM article_entities x JOIN article_entities y ON y.article_seq = x.article_seq AND y.key <> x.key "
                "JOIN entities e ON e.key = y.key WHERE x.key = ? "
                "GROUP BY e.key, e.type, e.name, e.name_en, e.articles, e.mentions, e.statements, e.titles "
                "ORDER BY shared DESC, e.key LIMIT ?", (key, limit))
        return [(self._entity_row(r[:8]), r[8]) for r in rows]

    def timeline(self, key: str) -> list[tuple[str, int]]:
        with self._lock:
            rows = self._rows("SELECT a.day, COUNT(*) FROM article_entities x JOIN articles a ON a.seq = x.article_seq "
                              "WHERE x.key = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day", (key,))
        return [(r[0], r[1]) for r in rows]

    def stats(self) -> dict[str, int]:
        with self._lock:
            out = {}
            for table in ("articles", "entities", "mentions", "statements", "embeddings"):
                out[table] = self._one(f"SELECT COUNT(*) FROM {table}")[0]
            out["groups"] = self._one("SELECT COUNT(DISTINCT group_id) FROM articles")[0]
            out["duplicates"] = out["articles"] - out["groups"]
        return out

    def duplicates(self, article_id: str) -> list[ArticleHit]:
        with self._lock:
            rows = self._rows(
                "SELECT b.id, b.title, b.source, b.published, b.url, b.text FROM articles a JOIN articles b "
                "ON b.group_id = a.group_id AND b.id <> a.id WHERE a.id = ? ORDER BY b.published, b.seq",
                (article_id,))
        return [ArticleHit(id=r[0], title=r[1] or "", source=r[2], published=r[3], url=r[4],
                           snippet=snippet(_body(r[5], r[1]), None), score=0.0) for r in rows]

    def sources(self) -> list[tuple[str, int]]:
        with self._lock:
            return [(r[0], r[1]) for r in self._rows(
                "SELECT source, COUNT(*) FROM articles WHERE source IS NOT NULL GROUP BY source ORDER BY 2 DESC")]

    def analyzers(self) -> dict[str, int]:
        with self._lock:
            return {r[0] or "": r[1] for r in self._rows("SELECT analyzer, COUNT(*) FROM articles GROUP BY analyzer")}


# Added after the first release (a later migration in each backend): which marsad analysed the article.
ANALYZER_COLUMN = "ALTER TABLE articles ADD COLUMN analyzer TEXT;\n"
# The tables both backends share; {seq}, {blob} and {fts_columns} are filled per backend.
TABLES = """
CREATE TABLE articles (
  seq {seq}, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE, title TEXT, source TEXT, url TEXT,
  published TEXT, day TEXT, text TEXT NOT NULL, doc {blob} NOT NULL, group_id TEXT NOT NULL, minhash {blob}{fts_columns});
CREATE INDEX articles_day ON articles (day);
CREATE INDEX articles_source ON articles (source, day);
CREATE INDEX articles_group ON articles (group_id);
CREATE TABLE entities (
  key TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, name_en_source TEXT, titles TEXT,
  articles INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0, statements INTEGER NOT NULL DEFAULT 0);
CREATE INDEX entities_type ON entities (type, articles);
CREATE TABLE entity_names (form TEXT NOT NULL, key TEXT NOT NULL REFERENCES entities (key), PRIMARY KEY (form, key));
CREATE TABLE article_entities (
  key TEXT NOT NULL REFERENCES entities (key), article_seq BIGINT NOT NULL REFERENCES articles (seq),
  mentions INTEGER NOT NULL, PRIMARY KEY (key, article_seq));
CREATE INDEX article_entities_article ON article_entities (article_seq);
CREATE TABLE mentions (
  article_seq BIGINT NOT NULL REFERENCES articles (seq), key TEXT NOT NULL, start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX mentions_article ON mentions (article_seq);
CREATE TABLE statements (
  article_seq BIGINT NOT NULL REFERENCES articles (seq), statement_id TEXT NOT NULL, speaker_key TEXT,
  speaker TEXT, speaker_en TEXT, speaker_norm TEXT, cue TEXT NOT NULL, stance TEXT NOT NULL, kind TEXT NOT NULL,
  content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, addressee TEXT,
  content_terms TEXT NOT NULL, PRIMARY KEY (article_seq, statement_id));
CREATE INDEX statements_speaker ON statements (speaker_key);
CREATE INDEX statements_speaker_norm ON statements (speaker_norm);
CREATE INDEX statements_stance ON statements (stance);
CREATE TABLE embeddings (article_seq BIGINT PRIMARY KEY REFERENCES articles (seq), vec {blob} NOT NULL);
CREATE TABLE minhash_bands (band BIGINT NOT NULL, article_seq BIGINT NOT NULL REFERENCES articles (seq));
CREATE INDEX minhash_bands_band ON minhash_bands (band);
"""
