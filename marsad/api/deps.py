"""What every route needs: the store (one connection per worker thread) and the write token."""
from __future__ import annotations

import hmac
import threading
from contextlib import contextmanager
from typing import Iterator

from fastapi import Request

from ..pipeline import InputError
from ..store.base import Store, open_store
from .errors import ApiError, log


class Stores:
    """Hands each request a Store. Given a URL, each worker thread opens its own connection (SQLite
    connections must stay on their thread; WAL lets them read side by side). Given a ready Store
    (tests, ``:memory:``), requests share it one at a time."""

    def __init__(self, source: Store | str | None):
        self._shared = source if isinstance(source, Store) else None
        self._url = None if self._shared else source
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    @contextmanager
    def use(self) -> Iterator[Store]:
        if self._shared is not None:
            with self._lock:
                yield self._shared
            return
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self._url)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        yield store

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()


def store(request: Request):
    """``with store(request) as s:`` inside a route body, so the connection is used on one thread."""
    return request.app.state.stores.use()


def require_writer(request: Request) -> None:
    """Writes need ``Authorization: Bearer <token>`` whenever a token is configured (always, when the
    server listens beyond loopback: `marsad serve` refuses to start exposed without one)."""
    token: str | None = request.app.state.token
    if not token:
        return
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(401, "this endpoint writes to the archive: send Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})


def can_write(request: Request) -> bool:
    try:
        require_writer(request)
    except ApiError:
        return False
    return True


def run_analysis(request: Request, text: str, meta: dict):
    """The app's analyzer on one posted text: bad input is the client's 422, a crash our clean 500."""
    try:
        return request.app.state.analyze(text, meta)
    except InputError as exc:
        raise ApiError(422, str(exc), code="invalid_text") from None
    except Exception:
        log.exception("analysis failed")
        raise ApiError(500, "analysis failed; see the server log", code="analysis_failed") from None
