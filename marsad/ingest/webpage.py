"""HTML pages: main text and metadata by trafilatura; the title becomes the headline."""
from __future__ import annotations

import re
from typing import Iterator

from .article import Article, Unreadable, headline_first, make_meta
from .markup import paragraphs

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page names in its first kilobytes (<meta charset> or http-equiv)."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def read_html(html: str, origin: str) -> Iterator[Article]:
    import trafilatura  # imported late: heavy, and only HTML needs it

    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_recall=True)
    except Exception as exc:  # trafilatura raises assorted errors on hopeless markup
        raise Unreadable(f"cannot parse HTML ({exc.__class__.__name__}: {exc})") from None
    body = paragraphs(found.text or "") if found else ""
    if not body:
        raise Unreadable("no article text found in the HTML")
    title = found.title
    meta = make_meta(title=title, url=found.url, published=found.date,
                     source=found.sitename or found.hostname)
    yield Article(text=headline_first(title, body), meta=meta, origin=origin)
