"""One error shape for every failure: ``{"error": {"code": ..., "message": ..., "details": [...]}}``.

Pages under /api get that JSON; the web pages get the same facts rendered as an HTML page.
"""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("marsad.api")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_request",
         500: "internal_error", 503: "unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str | None = None, details: list | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.code = status, message, code or CODES.get(status, "error")
        self.details, self.headers = details, headers


def error_body(code: str, message: str, details: list | None = None) -> dict[str, Any]:
    err: dict[str, Any] = {"code": code, "message": message}
    if details:
        err["details"] = details
    return {"error": err}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/openapi.json",)


HtmlRenderer = Callable[[Request, int, str, str], HTMLResponse]


def respond(request: Request, err: ApiError) -> JSONResponse | HTMLResponse:
    render_html: HtmlRenderer | None = getattr(request.app.state, "render_error", None)
    if render_html is not None and not _wants_json(request):
        resp = render_html(request, err.status, err.code, err.message)
        resp.headers.update(err.headers or {})
        return resp
    return JSONResponse(error_body(err.code, err.message, err.details), status_code=err.status,
                        headers=err.headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        # 'input' may echo a huge or hostile value back; the location and reason are enough
        out.append({"loc": [str(p) for p in e.get("loc", ())], "message": e.get("msg", ""), "type": e.get("type")})
    return out


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return respond(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return respond(request, ApiError(exc.status_code, message, headers=getattr(exc, "headers", None)))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        details = _validation_details(exc)
        first = details[0] if details else {"loc": [], "message": "invalid request"}
        where = ".".join(p for p in first["loc"] if p not in ("body", "query", "path"))
        message = f"{where}: {first['message']}" if where else first["message"]
        return respond(request, ApiError(422, message, details=details))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, ApiError(500, "internal error; see the server log"))


class BodyLimit:
    """Pure ASGI middleware: refuses request bodies over ``max_bytes`` with 413, by the declared
    Content-Length and by the bytes actually received (a client can lie or stream chunked)."""

    def __init__(self, app, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS", "DELETE"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_bytes
            except ValueError:
                return await self._reject(scope, send, 400, "bad_request", "invalid Content-Length header")
            if too_big:
                return await self._reject(scope, send, 413, "payload_too_large", self._message())
        chunks, size = [], 0
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await self._reject(scope, send, 413, "payload_too_large", self._message())
            chunks.append(body)
            if not msg.get("more_body", False):
                break
        whole, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body over the limit of {self.max_bytes:,} bytes"

    async def _reject(self, scope, send, status: int, code: str, message: str) -> None:
        from starlette.requests import Request
        request = Request(scope)
        app = scope.get("app")
        render_html = getattr(getattr(app, "state", None), "render_error", None) if app else None
        if render_html is not None and not _wants_json(request):
            resp = render_html(request, status, code, message)
        else:
            resp = JSONResponse(error_body(code, message), status_code=status)
        resp.headers["Connection"] = "close"
        await resp(scope, _ignore_receive, send)


async def _ignore_receive():
    return {"type": "http.disconnect"}
