"""Request and response models of /api/v1, declared once; the OpenAPI page at /docs is built from them."""
from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

# Rows are returned as the store defines them (pydantic validates and documents stdlib dataclasses),
# so the API and the store cannot drift apart field by field.
from ..store.base import ArticleHit as ArticleHitOut
from ..store.base import EntityRow as EntityOut
from ..store.base import StatementRow as StatementOut

T = TypeVar("T")


class ArticleMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40, description="ISO date or date-time")
    source: str | None = Field(None, max_length=200)


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., description="Arabic news text, headline first")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    store: bool = Field(False, description="also add the analysed article to the archive (needs the token)")


class RelatedOut(BaseModel):
    entity: EntityOut
    articles: int = Field(description="articles mentioning both entities")


class TimelinePoint(BaseModel):
    date: str
    articles: int


class EntityDetail(BaseModel):
    entity: EntityOut
    statements_by: list[StatementOut]
    statements_about: list[StatementOut]
    related: list[RelatedOut]
    timeline: list[TimelinePoint]


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page, null on the last one")


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: list[dict] | None = None


class ErrorOut(BaseModel):
    error: ErrorInfo
