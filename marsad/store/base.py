"""The Store interface: one protocol, two backends (SQLite default, PostgreSQL).

Both backends pass the same test suite (tests/store/). Rows returned to callers are plain
dataclasses so the CLI, the API and the web UI render the same things.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from ..document import Document


@dataclass(frozen=True)
class Query:
    """A search over the archive. ``text`` may be Arabic or English; empty text lists by date."""
    text: str = ""
    mode: str = "keyword"  # keyword | semantic
    entity: str | None = None  # entity key or name (Arabic or English)
    speaker: str | None = None  # entity key or name of a statement's speaker
    stance: str | None = None
    source: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    limit: int = 20
    offset: int = 0


@dataclass
class ArticleHit:
    id: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    snippet: str  # plain text; callers escape it (the web UI marks matches itself)
    score: float
    duplicates: int = 0  # near-duplicates of this article grouped under it


@dataclass
class EntityRow:
    key: str
    type: str
    name: str
    name_en: str | None
    articles: int = 0
    mentions: int = 0
    statements: int = 0
    titles: list[str] = field(default_factory=list)


@dataclass
class StatementRow:
    article_id: str
    statement_id: str
    speaker: str | None  # speaker text or the resolved entity's name
    speaker_key: str | None  # entity key when the speaker resolves to an entity
    speaker_en: str | None
    cue: str
    stance: str
    kind: str
    content: str
    addressee: str | None
    published: str | None
    title: str | None
    source: str | None
    content_start: int = 0
    content_end: int = 0


@dataclass
class IngestResult:
    article_id: str
    new: bool  # False when the content hash was already stored


class Store(ABC):
    """Persistence and search for analysed documents. Writes are transactional per article."""

    @abstractmethod
    def add(self, doc: Document, embedding: Any | None = None) -> IngestResult: ...

    @abstractmethod
    def has(self, article_id: str) -> bool: ...

    @abstractmethod
    def get(self, article_id: str) -> Document | None: ...

    @abstractmethod
    def search(self, query: Query) -> list[ArticleHit]: ...

    @abstractmethod
    def find_entities(self, name: str = "", type: str | None = None, limit: int = 20,
                      offset: int = 0) -> list[EntityRow]: ...

    @abstractmethod
    def entity(self, key: str) -> EntityRow | None: ...

    @abstractmethod
    def statements(self, speaker: str | None = None, about: str | None = None, stance: str | None = None,
                   text: str | None = None, source: str | None = None, date_from: str | None = None,
                   date_to: str | None = None, article_id: str | None = None, limit: int = 50,
                   offset: int = 0) -> list[StatementRow]: ...

    @abstractmethod
    def related_entities(self, key: str, limit: int = 20) -> list[tuple[EntityRow, int]]:
        """Entities co-occurring with ``key`` in articles, with the number of shared articles."""

    @abstractmethod
    def timeline(self, key: str) -> list[tuple[str, int]]:
        """(YYYY-MM-DD, number of articles mentioning ``key``) in date order."""

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def close(self) -> None: ...

    # Optional extras with harmless defaults, so simple stores (e.g. test fakes) need not implement them.
    def duplicates(self, article_id: str) -> list[ArticleHit]:
        """The other articles of ``article_id``'s near-duplicate group (the same story from other outlets)."""
        return []

    def sources(self) -> list[tuple[str, int]]:
        """(source, number of articles), most articles first."""
        return []

    def analyzers(self) -> dict[str, int]:
        """How many stored articles each marsad version (``Document.analyzer``) analysed; "" for unknown."""
        return {}

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(url: str | None = None) -> Store:
    """``None`` or a path -> SQLite file (default ``marsad.db``); ``postgresql://...`` -> PostgreSQL;
    ``:memory:`` -> an in-memory SQLite store for tests."""
    url = url or "marsad.db"
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore
        return PostgresStore(url)
    from .sqlite import SQLiteStore
    return SQLiteStore(url.removeprefix("sqlite:///"))
