"""The one ASGI app: /api/v1 (JSON), the web pages, /static, the API reference at /docs."""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Callable

from fastapi import FastAPI

from .. import __version__
from ..document import Document
from ..pipeline import analyze
from ..store.base import Store
from . import errors
from .deps import Stores
from .routes import router

MAX_BODY_BYTES = 2 * 1024 * 1024  # one posted article; anything bigger is refused with 413
MAX_TEXT_CHARS = 200_000  # characters analysed per request (news articles are rarely over 20,000)


def create_app(store: Store | str | None = None, *, token: str | None = None, max_body: int = MAX_BODY_BYTES,
               max_chars: int = MAX_TEXT_CHARS, analyzer: Callable[[str, dict], Document] = analyze) -> FastAPI:
    """``store`` is a Store to share, or a URL/path that each worker thread opens (default marsad.db).
    ``token``, when set, is required (Authorization: Bearer) by every endpoint that writes.
    ``analyzer(text, meta)`` analyses posted texts (tests pass a lighter pipeline)."""
    stores = Stores(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(title="marsad", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Arabic news archive: analyse texts, search articles, entities and statements. "
                  "Errors share one shape: {\"error\": {\"code\", \"message\", \"details\"}}.")
    app.state.stores, app.state.token, app.state.max_chars = stores, token or None, max_chars
    app.state.analyze = analyzer
    errors.install(app)
    app.include_router(router)
    from ..web.pages import install as install_pages
    install_pages(app)
    app.add_middleware(errors.BodyLimit, max_bytes=max_body)
    return app
