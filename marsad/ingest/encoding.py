"""Bytes to text for Arabic news files: UTF-8 (with or without BOM), UTF-16 (BOM or not), Windows-1256.

Detection goes from the certain to the likely: file signatures and BOMs, then strict UTF-8, then
BOM-less UTF-16, and only then a legacy Arabic code page chosen by charset-normalizer among Arabic
code pages and kept only when the result reads as Arabic. Anything else is an error with a reason,
never silently decoded into mojibake.
"""
from __future__ import annotations

import codecs
import re

from .article import Unreadable

SIGNATURES = (
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"), (b"\x7fELF", "executable"),
)
BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
LEGACY_ARABIC = ["cp1256", "iso8859_6", "cp720"]
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Unicode category Cc, less the whitespace ones


def is_arabic_letter(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF \
        or 0xFE70 <= o <= 0xFEFF


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode a whole file. ``declared`` is a charset named inside the file (HTML meta, XML prolog)."""
    if not data:
        raise Unreadable("empty file")
    for magic, label in SIGNATURES:
        if data.startswith(magic):
            raise Unreadable(f"binary file ({label})")
    for bom, codec, label in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise Unreadable(f"cannot decode as {label} despite its byte-order mark "
                                 f"(bad bytes at offset {exc.start + len(bom)})") from None
    if b"\x00" in data:  # text never holds NUL, except UTF-16 without a BOM
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise Unreadable("binary file (contains NUL bytes)")
        return utf16
    utf8 = _strict(data, "utf-8")
    if utf8 is not None and not _mostly_controls(utf8):
        return utf8
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if utf8 is not None:
        raise Unreadable("binary file (mostly control characters)")
    if declared:
        text = _declared(data, declared)
        if text is not None:
            return text
    bad = _broken_utf8(data)
    if bad is not None:
        raise Unreadable(f"invalid UTF-8 (byte 0x{data[bad]:02x} at offset {bad})")
    text = _legacy_arabic(data)
    if text is None:
        raise Unreadable("cannot decode: not UTF-8 or UTF-16, and not Arabic in Windows-1256")
    return text


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_controls(text: str) -> bool:
    # A few stray control characters happen in real files; many mean it is not text at all
    # (or it is UTF-16 without a BOM, whose 0x06 high bytes are valid ASCII controls).
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


def _plausible_char(ch: str) -> bool:
    o = ord(ch)
    return (0x20 <= o < 0x7F or ch in _ALLOWED_CONTROLS or 0xA0 <= o <= 0x24F or is_arabic_letter(ch)
            or 0x2000 <= o <= 0x206F or 0x20A0 <= o <= 0x20CF)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: accept a byte order only when nearly every character it yields is plausible."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text and sum(map(_plausible_char, text)) >= 0.95 * len(text):
            return text
    return None


def _declared(data: bytes, charset: str) -> str | None:
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return None
    if codec in ("utf-8", "ascii"):
        return None  # already tried strictly; the declaration is wrong
    text = _strict(data, codec)
    return text if text is not None and _reads_as_arabic(text) else None


def _broken_utf8(data: bytes) -> int | None:
    """Offset of the first bad byte when the data is UTF-8 with a few corrupt bytes, else None."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return first if good >= 4 * bad else None


def _reads_as_arabic(text: str) -> bool:
    """Most non-ASCII letters are Arabic and there is (almost) no control noise."""
    letters = [ch for ch in text if ord(ch) > 0x7F and ch.isalpha()]
    arabic = sum(map(is_arabic_letter, letters))
    return arabic > 0 and arabic >= 0.8 * len(letters) and not _mostly_controls(text)


def _legacy_arabic(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported late: only legacy files need it
    for match in from_bytes(data, cp_isolation=LEGACY_ARABIC, explain=False):
        text = str(match)
        if _reads_as_arabic(text):
            return text
    return None
