"""/api/v1: analyse a text, search articles, read an article, look up entities and statements."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query as Q, Request
from fastapi.responses import JSONResponse

from ..embed import article_text, shared_encoder
from ..store.base import Query
from .deps import require_writer, run_analysis, store
from .errors import ApiError
from .models import (AnalyzeRequest, ArticleHitOut, EntityDetail, EntityOut, ErrorOut, Page, RelatedOut,
                     StatementOut, TimelinePoint)
from .params import MAX_FIELD, MAX_LIMIT, MAX_OFFSET, EntityType, Mode, Stance, page_of

ERRORS = {code: {"model": ErrorOut} for code in (401, 404, 413, 422, 500)}
router = APIRouter(prefix="/api/v1", responses=ERRORS)

Limit = Annotated[int, Q(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Q(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Q(max_length=MAX_FIELD)]
DOC_JSON = {200: {"description": "the analysed document, contract JSON schema marsad.document/1 "
                  "(docs/document-contract.md)", "content": {"application/json": {}}}}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/stats", summary="Archive size: articles, entities, statements")
def stats(request: Request) -> dict[str, int]:
    with store(request) as s:
        return s.stats()


@router.post("/analyze", summary="Analyse a posted text", responses={**DOC_JSON, 201: DOC_JSON[200]})
def analyze_text(body: AnalyzeRequest, request: Request) -> JSONResponse:
    """Runs the whole pipeline on ``text`` and returns the document JSON. With ``"store": true`` the
    result is also added to the archive (201, Location header); that needs the write token when one is set."""
    if body.store:
        require_writer(request)
    limit = request.app.state.max_chars
    if len(body.text) > limit:
        raise ApiError(413, f"text: {len(body.text):,} characters, over the limit of {limit:,}")
    meta = body.meta.model_dump(exclude_none=True)
    doc = run_analysis(request, body.text, meta)
    if not body.store:
        return JSONResponse(doc.to_json())
    # embedded like `marsad ingest` does, so semantic search finds it too
    embedding = shared_encoder().encode([article_text(doc)])[0]
    with store(request) as s:
        result = s.add(doc, embedding)
    return JSONResponse(doc.to_json(), status_code=201 if result.new else 200,
                        headers={"Location": f"/api/v1/articles/{result.article_id}"})


@router.get("/articles", summary="Search articles (keyword or semantic) with filters")
def search_articles(request: Request, q: Text = "", mode: Mode = Mode.keyword,
                    entity: Annotated[Text, Q(description="entity key or name, Arabic or English")] = None,
                    speaker: Annotated[Text, Q(description="speaker of a statement in the article")] = None,
                    stance: Stance | None = None, source: Text = None,
                    date_from: dt.date | None = None, date_to: dt.date | None = None,
                    limit: Limit = 20, offset: Offset = 0) -> Page[ArticleHitOut]:
    query = Query(text=(q or "").strip(), mode=mode.value, entity=entity, speaker=speaker,
                  stance=stance.value if stance else None, source=source, date_from=_iso(date_from),
                  date_to=_iso(date_to), limit=limit + 1, offset=offset)
    with store(request) as s:
        hits = s.search(query)
    items, nxt = page_of(hits, limit, offset)
    return Page[ArticleHitOut](items=items, limit=limit, offset=offset,
                               next_offset=nxt)


@router.get("/articles/{article_id}", summary="One stored article, analysed", responses=DOC_JSON)
def article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> JSONResponse:
    with store(request) as s:
        doc = s.get(article_id)
    if doc is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return JSONResponse(doc.to_json())


@router.get("/entities", summary="Look up entities by name (Arabic or English)")
def entities(request: Request, name: Text = "", type: EntityType | None = None, limit: Limit = 20,
             offset: Offset = 0) -> Page[EntityOut]:
    with store(request) as s:
        rows = s.find_entities(name or "", type.value if type else None, limit + 1, offset)
    items, nxt = page_of(rows, limit, offset)
    return Page[EntityOut](items=items, limit=limit, offset=offset,
                           next_offset=nxt)


@router.get("/entities/{key:path}", summary="One entity: statements by and about it, related entities, timeline")
def entity(request: Request, key: Annotated[str, Path(max_length=MAX_FIELD)],
           statements_limit: Annotated[int, Q(ge=0, le=MAX_LIMIT)] = 20,
           related_limit: Annotated[int, Q(ge=0, le=MAX_LIMIT)] = 20) -> EntityDetail:
    with store(request) as s:
        row = s.entity(key)
        if row is None:
            raise ApiError(404, f"no entity with key {key!r}")
        by = s.statements(speaker=key, limit=statements_limit) if statements_limit else []
        about = s.statements(about=key, limit=statements_limit) if statements_limit else []
        related = s.related_entities(key, limit=related_limit) if related_limit else []
        timeline = s.timeline(key)
    return EntityDetail(entity=row, statements_by=by,
                        statements_about=about,
                        related=[RelatedOut(entity=e, articles=n) for e, n in related],
                        timeline=[TimelinePoint(date=d, articles=n) for d, n in timeline])


@router.get("/statements", summary="Statements (who said what) with filters")
def statements(request: Request,
               speaker: Annotated[Text, Q(description="entity key or name of the speaker")] = None,
               about: Annotated[Text, Q(description="entity key or name mentioned in the content")] = None,
               stance: Stance | None = None, q: Annotated[Text, Q(description="words in the content")] = None,
               source: Text = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
               article_id: Annotated[str | None, Q(max_length=200)] = None,
               limit: Limit = 50, offset: Offset = 0) -> Page[StatementOut]:
    with store(request) as s:
        rows = s.statements(speaker=speaker, about=about, stance=stance.value if stance else None, text=q,
                            source=source, date_from=_iso(date_from), date_to=_iso(date_to),
                            article_id=article_id, limit=limit + 1, offset=offset)
    items, nxt = page_of(rows, limit, offset)
    return Page[StatementOut](items=items, limit=limit, offset=offset,
                              next_offset=nxt)
