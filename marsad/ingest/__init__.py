"""Readers: plain text, HTML, JSON / JSON Lines (gzip too), RSS/Atom, directories and stdin to Articles.

``read_sources(paths)`` is the one entry point; it yields ``Article`` records and ``ReadError``s.
"""
from .article import DEFAULT_MAX_BYTES, Article, ReadError
from .sources import read_sources

__all__ = ["Article", "ReadError", "read_sources", "DEFAULT_MAX_BYTES"]
