"""``read_sources``: files, directories and standard input to Articles, one reader per format.

Errors are yielded as ReadError, never raised, so one bad input never stops the others.
"""
from __future__ import annotations

import gzip
import os
import re
import sys
import zlib
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .article import DEFAULT_MAX_BYTES, Article, ReadError, Unreadable, size_label
from .encoding import BOMS, SIGNATURES, decode
from .feeds import declared_encoding, read_feed
from .plain import read_text
from .records import read_json, read_jsonl
from .webpage import declared_charset, read_html

STDIN = "-"
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl",
           ".xml": "feed", ".rss": "feed", ".atom": "feed"}
DIRECTORY_SUFFIXES = (*FORMATS, ".jsonl.gz")  # what a directory walk picks up
_HTML_HINT = re.compile(r"<(?:!doctype html|html|head|body|article|p|div)\b")
_FEED_HINT = re.compile(r"<(?:rss|feed|rdf:rdf)\b")


def read_sources(paths: Iterable[str | os.PathLike], max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> Iterator[Article | ReadError]:
    """Articles from each path in turn: a file (format by extension, else sniffed), a directory
    (recursively, known extensions, hidden files skipped) or "-" for standard input."""
    for p in paths:
        if str(p) == STDIN:
            yield from _guarded("<stdin>", lambda: _read_stdin(max_bytes))
            continue
        path = Path(p)
        if path.is_dir():
            files = list(walk(path))
            if not files:
                yield ReadError(str(path), "no readable files in directory (looked for "
                                           f"{' '.join(DIRECTORY_SUFFIXES)})")
            for f in files:
                yield from _guarded(str(f), lambda f=f: _read_file(f, max_bytes))
        else:
            yield from _guarded(str(path), lambda: _read_file(path, max_bytes))


def walk(directory: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(DIRECTORY_SUFFIXES):
                yield Path(root, name)


def format_of(path: Path) -> str:
    """Format named by the extension (a trailing .gz is looked through), or "auto" to sniff."""
    name = path.name.lower().removesuffix(".gz")
    return FORMATS.get(os.path.splitext(name)[1], "auto")


def _guarded(origin: str, read) -> Iterator[Article | ReadError]:
    """Run one input's reader, turning every failure into a ReadError for that input."""
    try:
        yield from read()
    except Unreadable as exc:
        yield ReadError(origin, str(exc))
    except FileNotFoundError:
        yield ReadError(origin, "no such file or directory")
    except PermissionError:
        yield ReadError(origin, "permission denied")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield ReadError(origin, f"corrupt gzip data ({exc or 'truncated'})")
    except OSError as exc:
        yield ReadError(origin, exc.strerror or str(exc))


def _read_stdin(max_bytes: int) -> Iterator[Article | ReadError]:
    data = _read_limited(sys.stdin.buffer, max_bytes, "input")
    yield from _parse("auto", data, "<stdin>", max_bytes)


def _read_file(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    origin = str(path)
    kind = format_of(path)
    zipped = path.name.lower().endswith(".gz")
    if not zipped and kind != "jsonl":  # refuse before reading a huge file
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(_too_large("file", size, max_bytes))
    with (gzip.open(path, "rb") if zipped else open(path, "rb")) as fh:
        if kind == "jsonl":
            yield from _read_jsonl_stream(fh, origin, max_bytes)
        else:
            yield from _parse(kind, _read_limited(fh, max_bytes, "file"), origin, max_bytes)


def _read_jsonl_stream(fh: BinaryIO, origin: str, max_bytes: int) -> Iterator[Article | ReadError]:
    """Stream lines (the limit is per record), unless the file is UTF-16/32 or binary: then decode it whole."""
    head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
    if b"\x00" in head or any(head.startswith(sig) for sig, _ in SIGNATURES) or \
            any(head.startswith(bom) for bom, codec, _ in BOMS if codec != "utf-8"):
        text = decode(_read_limited(fh, max_bytes, "file"))
        yield from read_jsonl((line.encode("utf-8") for line in text.splitlines()), origin, max_bytes)
    else:
        yield from read_jsonl(fh, origin, max_bytes)


def _parse(kind: str, data: bytes, origin: str, max_bytes: int) -> Iterator[Article | ReadError]:
    text = decode(data, _declared(kind, data))
    if kind == "auto":
        kind = _sniff(text)
    if kind == "html":
        yield from read_html(text, origin)
    elif kind == "feed":
        yield from read_feed(text, origin)
    elif kind == "json":
        yield from read_json(text, origin)
    elif kind == "jsonl":
        yield from read_jsonl(text.encode("utf-8").splitlines(), origin, max_bytes)
    else:
        yield from read_text(text, origin)


def _declared(kind: str, data: bytes) -> str | None:
    """The charset the file names itself (HTML meta, XML prolog); JSON and plain text cannot."""
    if kind == "html":
        return declared_charset(data)
    if kind == "feed":
        return declared_encoding(data)
    if kind == "auto":
        return declared_charset(data) or declared_encoding(data)
    return None


def _sniff(text: str) -> str:
    head = text[:2048].lstrip().lower()
    if _FEED_HINT.search(head) and not head.startswith(("<!doctype html", "<html")):
        return "feed"
    if head.startswith("<") and _HTML_HINT.search(head):
        return "html"
    if head.startswith(("{", "[")):
        return "json"
    return "text"


def _read_limited(fh: BinaryIO, max_bytes: int, what: str) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Unreadable(_too_large(what, None, max_bytes))
    return data


def _too_large(what: str, size: int | None, max_bytes: int) -> str:
    amount = f": {size_label(size)}" if size is not None else f" (over {size_label(max_bytes)})"
    limit = f" (limit {size_label(max_bytes)}; raise it with --max-bytes)" if size is not None \
        else "; raise the limit with --max-bytes"
    return f"{what} too large{amount}{limit}"
