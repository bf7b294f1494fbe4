"""Plain text files: the first line is the headline when it is short and more text follows."""
from __future__ import annotations

from typing import Iterator

from .article import Article, make_meta

MAX_HEADLINE = 200  # characters; a longer first line is a paragraph, not a headline


def read_text(text: str, origin: str) -> Iterator[Article]:
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    title = first.strip() if rest.strip() and len(first) <= MAX_HEADLINE else None
    yield Article(text=text, meta=make_meta(title=title), origin=origin)
