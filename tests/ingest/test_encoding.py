import codecs

import pytest

from marsad.ingest.article import Unreadable
from marsad.ingest.encoding import decode

from ingest_samples import NEWS

ENCODED = {
    "utf-8": NEWS.encode("utf-8"),
    "utf-8-sig": codecs.BOM_UTF8 + NEWS.encode("utf-8"),
    "utf-16 le with BOM": codecs.BOM_UTF16_LE + NEWS.encode("utf-16-le"),
    "utf-16 be with BOM": codecs.BOM_UTF16_BE + NEWS.encode("utf-16-be"),
    "utf-16 le no BOM": NEWS.encode("utf-16-le"),
    "utf-16 be no BOM": NEWS.encode("utf-16-be"),
    "utf-32 with BOM": NEWS.encode("utf-32"),
    "cp1256": NEWS.encode("cp1256"),
    "iso-8859-6": NEWS.encode("iso8859_6"),
}


@pytest.mark.parametrize("name", list(ENCODED))
def test_decodes_each_encoding_to_the_same_arabic(name):
    assert decode(ENCODED[name]) == NEWS


def test_short_cp1256_is_arabic_not_latin_mojibake():
    text = "قال بوتين"
    data = text.encode("cp1256")
    assert data.decode("cp1252", "replace") != text  # what a blind guess would give
    assert decode(data) == text


def test_whole_sample_article_in_cp1256(aleppo_text):
    assert decode(aleppo_text.encode("cp1256")) == aleppo_text


def test_pure_arabic_utf16_without_bom_or_spaces():
    # no ASCII, so no NUL bytes: the bytes are even valid (control-laden) UTF-8
    assert decode("قالبوتين".encode("utf-16-le")) == "قالبوتين"


def test_declared_charset_is_used_when_it_reads_as_arabic():
    data = NEWS.encode("cp1256")
    assert decode(data, declared="windows-1256") == NEWS


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"),
    (b"abc\x00\x01\x02def\x00", "binary file (contains NUL bytes)"),
    (bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20, "binary file (mostly control characters)"),
])
def test_binary_and_empty(data, reason):
    with pytest.raises(Unreadable, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_utf8_with_a_corrupt_byte_names_the_offset():
    good = NEWS.encode("utf-8")
    data = good[:40] + b"\xff" + good[40:]
    with pytest.raises(Unreadable, match=r"invalid UTF-8 \(byte 0xff at offset 40\)"):
        decode(data)


def test_latin1_french_is_not_taken_for_arabic():
    with pytest.raises(Unreadable, match="not UTF-8 or UTF-16, and not Arabic in Windows-1256"):
        decode("Le président a déclaré à la presse française qu'il était très satisfait".encode("latin-1"))


def test_random_high_bytes_are_undecodable():
    with pytest.raises(Unreadable):
        decode(bytes(range(0x80, 0x100)) * 4)


def test_broken_bom_is_reported():
    with pytest.raises(Unreadable, match="UTF-16 despite its byte-order mark"):
        decode(codecs.BOM_UTF16_LE + "قال".encode("utf-16-le") + b"\x00\xdc")
