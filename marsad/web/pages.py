"""The server-rendered web UI (Arabic, right to left): search, article, entity, statements, analyse, API docs."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..document import ENTITY_TYPES, STANCES
from ..ingest.article import Unreadable
from ..ingest.encoding import decode
from ..api.deps import run_analysis, store
from ..api.errors import ApiError
from ..api.params import FILTERS, MAX_LIMIT, MAX_OFFSET, int_param, page_of, query_from
from . import render

HERE = Path(__file__).resolve().parent
router = APIRouter(include_in_schema=False)

STANCE_AR = {"assert": "أكّد", "deny": "نفى", "reject": "رفض", "accuse": "اتّهم", "appeal": "دعا",
             "warn": "حذّر", "promise": "وعد", "hope": "أمل", "regret": "أسف", "describe": "وصف",
             "admit": "أقرّ", "question": "تساءل", "other": "أخرى"}
TYPE_AR = {"PER": "أشخاص", "LOC": "أماكن", "ORG": "منظمات", "MISC": "أخرى"}


def _finalize(value: Any) -> Any:
    # every {{ value }} passes here before autoescape: bidi controls become visible text
    if isinstance(value, str) and not isinstance(value, Markup):
        return render.show_controls(value)
    return value


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      finalize=_finalize, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(STANCES=STANCES, STANCE_AR=STANCE_AR, ENTITY_TYPES=ENTITY_TYPES, TYPE_AR=TYPE_AR,
                       entity_url=render.entity_url, outside_link=render.outside_link)
    env.filters["date"] = lambda v: (v or "")[:10]
    return env


# the pages run no script at all: a policy that forbids scripts backs up the escaping
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return page(request, "error.html", status=status, status_code=status, code=code, message=message)


def _params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items()}


def _link(params: dict[str, str], **change: Any) -> str:
    merged = {**params, **{k: str(v) for k, v in change.items()}}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in ("", None)})


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    params = _params(request)
    query = query_from(params)
    searching = bool(query.text) or any(getattr(query, f) for f in FILTERS)
    fetch = dataclasses.replace(query, limit=query.limit + 1)
    with store(request) as s:
        hits, nxt = page_of(s.search(fetch), query.limit, query.offset)
        stats = s.stats()
        people = s.find_entities("", "PER", limit=12) if not searching else []
    results = [(h, render.mark_terms(h.snippet, query.text)) for h in hits]
    return page(request, "search.html", query=query, params=params, results=results, stats=stats,
                searching=searching, people=people,
                next_link=_link(params, offset=nxt) if nxt is not None else None,
                prev_link=_link(params, offset=max(0, query.offset - query.limit)) if query.offset else None)


def _statement_rows(doc) -> list[dict[str, Any]]:
    sentence_of = {}
    for st in doc.statements:
        for i, sent in enumerate(doc.sentences):
            if sent.start <= st.content.start < sent.end:
                sentence_of[st.id] = i + 1
                break
    rows = []
    for st in doc.statements:
        ent = doc.entity(st.speaker.entity)
        rows.append({"statement": st, "speaker": ent, "sentence": sentence_of.get(st.id),
                     "speaker_text": (ent.name if ent else None) or st.speaker.text or "مصدر غير محدد"})
    return rows


def _article_context(doc, link_entities: bool) -> dict[str, Any]:
    by_type: dict[str, list] = {t: [] for t in ENTITY_TYPES}
    for ent in sorted(doc.entities, key=lambda e: -len(e.mentions)):
        by_type.setdefault(ent.type, []).append(ent)
    return {"doc": doc, "meta": doc.meta, "body": render.highlight(doc, link_entities=link_entities),
            "statements": _statement_rows(doc), "entities_by_type": by_type, "link_entities": link_entities}


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    with store(request) as s:
        doc = s.get(article_id)
    if doc is None:
        raise ApiError(404, f"لا توجد مقالة بهذا المعرّف: {article_id}")
    return page(request, "article.html", stored=True, **_article_context(doc, link_entities=True))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> HTMLResponse:
    params = _params(request)
    name = (params.get("name") or "").strip()[:500]
    etype = params.get("type") or None
    if etype is not None and etype not in ENTITY_TYPES:
        raise ApiError(422, f"type: expected one of {', '.join(ENTITY_TYPES)}")
    limit = int_param("limit", params.get("limit"), 50, 1, MAX_LIMIT)
    offset = int_param("offset", params.get("offset"), 0, 0, MAX_OFFSET)
    with store(request) as s:
        rows, nxt = page_of(s.find_entities(name, etype, limit + 1, offset), limit, offset)
    return page(request, "entities.html", rows=rows, name=name, etype=etype, params=params,
                next_link=_link(params, offset=nxt) if nxt is not None else None,
                prev_link=_link(params, offset=max(0, offset - limit)) if offset else None)


@router.get("/entities/{key:path}", response_class=HTMLResponse)
def entity_page(request: Request, key: str) -> HTMLResponse:
    with store(request) as s:
        row = s.entity(key)
        if row is None:
            raise ApiError(404, f"لا يوجد كيان بهذا المفتاح: {key}")
        by = s.statements(speaker=key, limit=50)
        about = s.statements(about=key, limit=50)
        related = s.related_entities(key, limit=24)
        timeline = s.timeline(key)
    return page(request, "entity.html", entity=row, by=by, about=about, related=related, timeline=timeline,
                bars=render.timeline_bars(timeline))


@router.get("/statements", response_class=HTMLResponse)
def statements_page(request: Request) -> HTMLResponse:
    params = _params(request)
    query = query_from(params, default_limit=50)
    about = (params.get("about") or "").strip()[:500] or None
    with store(request) as s:
        rows, nxt = page_of(s.statements(speaker=query.speaker, about=about, stance=query.stance,
                                         text=query.text or None, source=query.source,
                                         date_from=query.date_from, date_to=query.date_to,
                                         limit=query.limit + 1, offset=query.offset), query.limit, query.offset)
    return page(request, "statements.html", rows=rows, query=query, about=about, params=params,
                next_link=_link(params, offset=nxt) if nxt is not None else None,
                prev_link=_link(params, offset=max(0, query.offset - query.limit)) if query.offset else None)


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    return page(request, "analyze.html", text="", error=None)


def _decode(data: bytes) -> str:
    try:
        return decode(data)
    except Unreadable as exc:
        raise ApiError(422, f"لا يمكن قراءة الملف نصًا: {exc}", code="invalid_text") from None


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(request: Request) -> HTMLResponse:
    """Analysis only: the pasted or uploaded article is shown analysed and never stored."""
    form = await request.form()
    text = form.get("text") or ""
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str):
        data = await upload.read()
        if data:
            text = _decode(data)
    title = str(form.get("title") or "").strip()[:1000]
    if not isinstance(text, str):
        text = ""
    limit = request.app.state.max_chars
    if len(text) > limit:
        raise ApiError(413, f"النص أطول من الحد ({limit:,} حرف)")
    try:
        doc = await run_in_threadpool(run_analysis, request, text, {"title": title} if title else {})
    except ApiError as exc:
        if exc.status != 422:
            raise
        return page(request, "analyze.html", status=422, text=text, error=exc.message)
    return page(request, "article.html", stored=False, **_article_context(doc, link_entities=False))


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference rendered from the OpenAPI schema on the server (no script from any CDN)."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            routes.append({"method": method.upper(), "path": path, "op": op})
    return page(request, "docs.html", routes=routes, info=schema.get("info", {}))


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=301)


def install(app: FastAPI) -> None:
    app.state.templates = environment()
    app.state.render_error = render_error
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
