"""JSON and JSON Lines records with the corpus fields: id, url, source, category, title, published,
abstract, text. Contract JSON (``marsad analyze --json`` output) is read back too."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from .article import Article, ReadError, Unreadable, headline_first, make_meta, size_label
from .encoding import decode
from .markup import paragraphs

META_FIELDS = ("title", "url", "published", "source", "id", "category")


def record_article(record: Any, origin: str) -> Article:
    if not isinstance(record, dict):
        raise Unreadable(f"expected a JSON object, got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise Unreadable("record has no 'text'")
    if isinstance(record.get("meta"), dict):  # contract JSON: text is already headline-first
        fields = {**record["meta"], "id": record.get("id")}
        text = body
    else:
        fields = record
        # the corpus puts one paragraph per line; the contract separates paragraphs by a blank line
        text = headline_first(_str(record.get("title")), paragraphs(body))
    meta = make_meta(**{k: _str(fields.get(k)) for k in META_FIELDS})
    return Article(text=text, meta=meta, origin=origin)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def read_json(text: str, origin: str) -> Iterator[Article | ReadError]:
    """A .json file: one record, or a list of records (else it is read as JSON Lines)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from read_jsonl(text.encode("utf-8").splitlines(), origin)
        return
    records = data if isinstance(data, list) else [data]
    for n, record in enumerate(records, 1):
        where = f"{origin}[{n}]" if isinstance(data, list) else origin
        try:
            yield record_article(record, where)
        except Unreadable as exc:
            yield ReadError(where, str(exc))


def read_jsonl(lines: Iterable[bytes], origin: str, max_bytes: int | None = None) -> Iterator[Article | ReadError]:
    """One record per line; a bad line is an error for that line only."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{origin}:{lineno}"
        if not raw.strip() or (lineno == 1 and raw.strip() == b"\xef\xbb\xbf"):
            continue
        if max_bytes is not None and len(raw) > max_bytes:
            yield ReadError(where, f"record too large: {size_label(len(raw))} (limit {size_label(max_bytes)}; "
                                   "raise it with --max-bytes)")
            continue
        try:
            line = decode(raw.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise Unreadable(f"malformed JSON ({exc.msg} at column {exc.colno})") from None
            yield record_article(record, where)
        except Unreadable as exc:
            yield ReadError(where, str(exc))
