"""What a reader produces: one news article (text + metadata) or one error naming its origin."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DEFAULT_MAX_BYTES = 5_000_000  # per file (or per JSON line): a news article is rarely over 200 kB


@dataclass(slots=True)
class Article:
    """One article ready for ``marsad.analyze``: headline-first text and its metadata.

    ``meta`` holds title, url, published, source and id (None when unknown), plus any extra
    fields the source carried (e.g. category). ``origin`` says where it came from, for messages.
    """
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = ""


@dataclass(slots=True)
class ReadError:
    """An input that could not be read; yielded (not raised) so other inputs carry on."""
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class Unreadable(Exception):
    """Raised inside readers; ``read_sources`` turns it into a ReadError for the origin."""


def make_meta(title=None, url=None, published=None, source=None, id=None, **extra) -> dict[str, Any]:
    meta = {"title": _clean(title), "url": _clean(url), "published": _clean(published),
            "source": _clean(source), "id": _clean(id)}
    meta.update({k: v for k, v in extra.items() if v not in (None, "")})
    return meta


def _clean(value):
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def headline_first(title: str | None, body: str) -> str:
    """The contract puts the headline first: prepend the title unless the body already starts with it."""
    body = body.strip()
    title = (title or "").strip()
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}" if body else title


def size_label(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"
