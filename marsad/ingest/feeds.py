"""RSS and Atom feed files: one article per entry (title + the fullest of content/summary, HTML stripped)."""
from __future__ import annotations

import io
import re
import time
from typing import Iterator

from .article import Article, ReadError, Unreadable, headline_first, make_meta
from .markup import html_to_text

_PROLOG = re.compile(r"^\s*<\?xml[^>]*\?>")
_PROLOG_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def declared_encoding(data: bytes) -> str | None:
    m = _PROLOG_ENCODING.match(data[:200])
    return m.group(1).decode("ascii") if m else None


def read_feed(xml: str, origin: str) -> Iterator[Article | ReadError]:
    """``xml`` is already decoded; its prolog is dropped so the encoding it names cannot mislead feedparser."""
    import feedparser  # imported late: only feeds need it

    # a BytesIO, never a string: feedparser treats strings as URLs or paths it may fetch
    feed = feedparser.parse(io.BytesIO(_PROLOG.sub("", xml, count=1).encode("utf-8")))
    if not feed.entries:
        if not feed.get("version"):
            reason = feed.get("bozo_exception")
            raise Unreadable(f"not an RSS/Atom feed ({reason})" if reason else "not an RSS/Atom feed")
        raise Unreadable("feed has no entries")
    source = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        where = f"{origin} (entry {n})"
        bodies = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
        body = max((html_to_text(b) for b in bodies if b), key=len, default="")
        title = html_to_text(entry.get("title", ""))
        if not body and not title:
            yield ReadError(where, "feed entry has no title or text")
            continue
        meta = make_meta(title=title, url=entry.get("link"), published=_published(entry),
                         source=source, id=entry.get("id"))
        yield Article(text=headline_first(title, body), meta=meta, origin=where)


def _published(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:  # feedparser gives UTC
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    return entry.get("published") or entry.get("updated")
