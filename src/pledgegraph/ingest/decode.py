"""Bytes -> text, exactly as the scorer reads it.

``raw`` equals ``open(path, encoding=enc).read()``: the file is decoded and then newlines are
translated the way Python's text mode does (universal newlines: ``\\r\\n`` and ``\\r`` become ``\\n``).
For UTF-8 files a byte-order mark is kept as U+FEFF, as the ``utf-8`` codec does, so code-point
offsets agree with the scorer's. Other encodings are guessed with charset-normalizer.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from pledgegraph.errors import E, PledgegraphError

MAX_BYTES = 64 * 1024 * 1024
#: Byte-order marks checked before anything else (longest first: UTF-32 LE starts like UTF-16 LE).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Legacy encodings tried when UTF-8 fails, after charset-normalizer's guess.
FALLBACKS = ("cp932", "euc_jp", "gb18030", "big5", "cp1251", "koi8_r")
CONTROL_LIMIT = 0.1  # share of control characters above which decoded text counts as binary
PLAUSIBLE_SHARE = 0.9  # share of letters/digits/spaces/punctuation a legacy decode must reach
HIGH_BYTE_RUNS = re.compile(rb"[\x80-\xff]+")
LEGACY_WORD_BYTES = 3  # a Cyrillic word (cp1251, KOI8-R) or two CJK characters (cp932, GBK...) at least
BROKEN_UTF8_SHARE = 0.25  # invalid sequences per valid non-ASCII character up to which UTF-8 counts as damaged


def read_bytes(path: Path) -> bytes:
    """Read a file, enforcing existence, size limit and non-emptiness."""
    if not path.is_file():
        raise PledgegraphError(E.E006, path=path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise PledgegraphError(E.E008, path=path, size=size, limit=MAX_BYTES)
    return path.read_bytes()


def universal_newlines(text: str) -> str:
    """Translate newlines like Python's text mode with ``newline=None``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode file bytes; return ``(raw, encoding)``.

    Raises:
        PledgegraphError: E002 empty, E003 binary, E001 undecodable.
    """
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise PledgegraphError(E.E002, path=path)
    text, encoding = _decode_any(data, path)
    if not text.strip() or text.strip() == "\ufeff":
        raise PledgegraphError(E.E002, path=path)
    if _control_share(text) > CONTROL_LIMIT:
        raise PledgegraphError(E.E003, path=path)
    return universal_newlines(text), encoding


def _decode_any(data: bytes, path: Path | str) -> tuple[str, str]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise PledgegraphError(E.E001, path=path, detail=f"bad {encoding}: {err.reason}") from None
    if b"\x00" in data:
        raise PledgegraphError(E.E003, path=path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _broken_utf8(data):
            raise PledgegraphError(E.E001, path=path, detail=f"UTF-8 text with an invalid byte at offset {err.start}")
    for encoding in _candidates(data):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if plausible(text):
            return text, encoding
    raise PledgegraphError(E.E001, path=path, detail="tried utf-8, utf-16/32 (BOM), " + ", ".join(FALLBACKS))


def _broken_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a damaged file), not a legacy encoding that merely fails UTF-8.

    Legacy CJK or Cyrillic text fails UTF-8 at nearly every non-ASCII character; a damaged UTF-8 file
    decodes well except at a few places. Read in a legacy encoding it would silently become mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    if good == 0:  # ASCII but for a few stray bytes: no legacy text has non-ASCII words that short
        return max(map(len, HIGH_BYTE_RUNS.findall(data)), default=0) < LEGACY_WORD_BYTES
    return bad <= BROKEN_UTF8_SHARE * good


def _candidates(data: bytes) -> list[str]:
    """Encodings to try, charset-normalizer's best guess first."""
    guesses: list[str] = []
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000], cp_isolation=list(FALLBACKS) + ["shift_jis", "gbk", "gb2312"]).best()
        if best is not None:
            guesses.append(best.encoding)
    except ImportError:  # pragma: no cover - dependency is declared
        pass
    return guesses + [e for e in FALLBACKS if e not in guesses]


def plausible(text: str) -> bool:
    """Whether a legacy-encoding decode reads as text: mostly letters, digits, spaces and punctuation."""
    sample = text[:100_000]
    good = sum(1 for c in sample if c.isalnum() or c.isspace() or unicodedata.category(c)[0] == "P")
    return good >= PLAUSIBLE_SHARE * max(1, len(sample))


def _control_share(text: str) -> float:
    sample = text[:100_000]
    controls = sum(1 for c in sample if (c < " " and c not in "\t\n\r\x0b\x0c") or "\x7f" <= c < "\xa0")
    return controls / max(1, len(sample))
