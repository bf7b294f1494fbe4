"""Search and listing parameters shared by the API and the web pages: names, limits, validation."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum

from ..document import ENTITY_TYPES, STANCES
from ..store.base import Query
from .errors import ApiError

MAX_LIMIT = 100  # rows per page
MAX_OFFSET = 10_000  # deeper pages are a crawl, not a reader: refine the filters instead
MAX_FIELD = 500  # characters in one query field

Stance = Enum("Stance", {s: s for s in STANCES}, type=str)
EntityType = Enum("EntityType", {t: t for t in ENTITY_TYPES}, type=str)


class Mode(str, Enum):
    keyword = "keyword"
    semantic = "semantic"


FILTERS = ("entity", "speaker", "stance", "source", "date_from", "date_to")


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _date(name: str, value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ApiError(422, f"{name}: expected a date as YYYY-MM-DD, got {value[:40]!r}") from None


def int_param(name: str, value: str | None, default: int, low: int, high: int) -> int:
    value = _clean(value)
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise ApiError(422, f"{name}: expected a whole number") from None
    if not low <= n <= high:
        raise ApiError(422, f"{name}: must be between {low} and {high}")
    return n


def query_from(params: Mapping[str, str], default_limit: int = 20) -> Query:
    """A Query from loose form fields (the web pages): empty fields are absent, bad ones raise 422."""
    for key, value in params.items():
        if len(value) > MAX_FIELD:
            raise ApiError(422, f"{key}: longer than {MAX_FIELD} characters")
    mode = _clean(params.get("mode")) or "keyword"
    if mode not in Mode.__members__:
        raise ApiError(422, "mode: expected keyword or semantic")
    stance = _clean(params.get("stance"))
    if stance is not None and stance not in STANCES:
        raise ApiError(422, f"stance: expected one of {', '.join(STANCES)}")
    return Query(text=(params.get("q") or "").strip(), mode=mode, entity=_clean(params.get("entity")),
                 speaker=_clean(params.get("speaker")), stance=stance, source=_clean(params.get("source")),
                 date_from=_date("date_from", params.get("date_from")),
                 date_to=_date("date_to", params.get("date_to")),
                 limit=int_param("limit", params.get("limit"), default_limit, 1, MAX_LIMIT),
                 offset=int_param("offset", params.get("offset"), 0, 0, MAX_OFFSET))


def page_of(rows: list, limit: int, offset: int) -> tuple[list, int | None]:
    """Rows fetched with limit+1: the page itself and the next offset (None on the last page)."""
    if len(rows) > limit:
        return rows[:limit], offset + limit
    return rows, None
