"""Physical lines of a raw text with their offsets."""
from __future__ import annotations

from typing import Iterator, NamedTuple


class Line(NamedTuple):
    """One line: ``raw[start:end]`` is its text, without the newline."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def content_start(self) -> int:
        """Offset of the first non-space character (``end`` for a blank line)."""
        return self.end - len(self.text.lstrip())

    @property
    def content_end(self) -> int:
        """Offset just after the last non-space character (``start`` for a blank line)."""
        return self.start + len(self.text.rstrip())


def split_lines(raw: str) -> list[Line]:
    """Split on ``\\n`` only (``raw`` has universal newlines), keeping offsets."""
    return list(iter_lines(raw))


def iter_lines(raw: str) -> Iterator[Line]:
    start = 0
    while start <= len(raw):
        end = raw.find("\n", start)
        if end < 0:
            end = len(raw)
        yield Line(start, end, raw[start:end])
        start = end + 1
