"""What every route needs: the store, the write token, and the analyzer's errors turned into API errors."""
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
    """Hands each request the one Store of this server, opened on first use from a URL (or given ready:
    tests, ``:memory:``). Requests use it one at a time: a store holds one connection, and its search
    model and embedding matrix are loaded once, not once per worker thread."""

    def __init__(self, source: Store | str | None):
        self._owned = not isinstance(source, Store)  # opened here, so closed here
        self._store = None if self._owned else source
        self._url = source if self._owned else None
        self._lock = threading.RLock()

    @contextmanager
    def use(self) -> Iterator[Store]:
        with self._lock:
            if self._store is None:
                self._store = open_store(self._url)
            yield self._store

    def close(self) -> None:
        with self._lock:
            if self._owned and self._store is not None:
                self._store.close()
                self._store = None


def store(request: Request):
    """``with store(request) as s:`` in a route body; the store is held only for the block."""
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
