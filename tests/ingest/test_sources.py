"""read_sources: dispatch by extension, directories, stdin, limits, and errors that never stop the rest."""
import gzip
import io
import json
import sys

import pytest

from marsad.ingest import Article, ReadError, read_sources

from ingest_samples import NEWS


def names(items):
    return [(type(i).__name__, i.origin) for i in items]


def test_directory_is_read_recursively_by_extension_skipping_hidden(tmp_path, write):
    write("b.txt", NEWS)
    write("sub/deeper/c.html", f"<html><body><p>{NEWS}</p></body></html>")
    write("sub/d.jsonl.gz", gzip.compress(json.dumps({"title": "عنوان", "text": NEWS}).encode()))
    write("sub/e.jsonl", json.dumps({"text": NEWS}) + "\n")
    write("a.rss", f"<rss version='2.0'><channel><title>t</title><item><title>عنوان</title>"
                   f"<description>{NEWS}</description></item></channel></rss>")
    write(".hidden.txt", NEWS)
    write(".git/x.txt", NEWS)
    write("photo.png", b"\x89PNG\r\n\x1a\n\x00")  # not a known extension: not picked up
    write("notes.md", NEWS)
    items = list(read_sources([tmp_path]))
    assert all(isinstance(i, Article) for i in items), items
    rel = [i.origin.replace(str(tmp_path) + "/", "") for i in items]
    assert rel == ["a.rss (entry 1)", "b.txt", "sub/d.jsonl.gz:1", "sub/e.jsonl:1", "sub/deeper/c.html"]


def test_empty_directory_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    [err] = read_sources([tmp_path / "empty"])
    assert isinstance(err, ReadError) and err.reason.startswith("no readable files in directory")


def test_errors_are_yielded_and_later_inputs_still_read(tmp_path, write):
    good = write("good.txt", NEWS)
    items = list(read_sources([tmp_path / "missing.txt", write("bin.txt", b"\x00\x01\x02\x03x"),
                               write("empty.txt", b""), write("bad.txt", NEWS.encode()[:30] + b"\xfe" + NEWS.encode()[30:]),
                               good]))
    reasons = [i.reason if isinstance(i, ReadError) else "ok" for i in items]
    assert reasons == ["no such file or directory", "binary file (contains NUL bytes)", "empty file",
                       "invalid UTF-8 (byte 0xfe at offset 30)", "ok"]
    assert items[0].origin == str(tmp_path / "missing.txt")
    assert str(items[1]) == f"{tmp_path / 'bin.txt'}: binary file (contains NUL bytes)"


def test_oversized_file_is_refused_before_reading(write):
    [err] = read_sources([write("big.txt", NEWS * 100)], max_bytes=1000)
    assert isinstance(err, ReadError)
    assert err.reason.startswith("file too large: ") and "--max-bytes" in err.reason


def test_oversized_gzip_is_refused_after_max_bytes(write):
    [err] = read_sources([write("big.txt.gz", gzip.compress((NEWS * 100).encode()))], max_bytes=1000)
    assert isinstance(err, ReadError) and err.reason.startswith("file too large")


def test_corrupt_gzip(write):
    data = gzip.compress((json.dumps({"text": NEWS}) + "\n").encode() * 50)
    [err] = read_sources([write("x.jsonl.gz", data[:len(data) // 2])])
    assert isinstance(err, ReadError) and err.reason.startswith("corrupt gzip data")


@pytest.mark.parametrize("content, expected_text", [
    (NEWS, NEWS),
    (f"<html><body><p>{NEWS.strip()}</p></body></html>", None),
    (json.dumps({"title": "عنوان", "text": NEWS}), "عنوان\n\n" + NEWS.strip()),
    (f"<?xml version='1.0'?><rss version='2.0'><channel><item><title>عنوان</title>"
     f"<description>{NEWS}</description></item></channel></rss>", "عنوان\n\n" + NEWS.strip().replace("\n\n", "\n\n")),
])
def test_unknown_extension_is_sniffed(write, content, expected_text):
    [art] = read_sources([write("article.dat", content)])
    assert isinstance(art, Article)
    if expected_text is not None:
        assert art.text == expected_text
    else:
        assert "<" not in art.text and "الوزير" in art.text


def test_stdin(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(NEWS.encode("cp1256")))
    monkeypatch.setattr(sys, "stdin", stdin)
    [art] = read_sources(["-"])
    assert isinstance(art, Article) and art.text == NEWS and art.origin == "<stdin>"


def test_stdin_over_the_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS.encode() * 10)))
    [err] = read_sources(["-"], max_bytes=100)
    assert isinstance(err, ReadError) and err.origin == "<stdin>" and "too large" in err.reason
