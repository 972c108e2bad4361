"""Find entries by any of their names as the person types, fast enough for every keystroke.

Every entry's names are spelled out once (hangul.search_key) into one text, a line per entry:
the name, then its other names, split by a character no query can contain. A keystroke is then
one compiled pattern searched along that text, jumping to the next line after each hit, so the
cost is one scan plus a step per matching entry, whatever the number of entries.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from fallback_desktop.core.text.hangul import query_pattern, search_key

_NAME_END = "\x1e"  # after the name, between other names
_LINE_END = "\n"


def _line(keys: Sequence[str]) -> tuple[str, int]:
    return _NAME_END.join(keys) + _LINE_END, len(keys[0]) if keys else 0


def spelled(names: Sequence[str]) -> tuple[str, ...]:
    """The names as the index keeps them (hangul.search_key), for callers that store them."""
    return tuple(search_key(name) for name in names)


class NameIndex:
    """Entries (each a list of names spelled by `spelled`, the main one first) in a fixed order;
    `find` answers positions in that order, entries whose main name starts with the query
    first, then those whose main name contains it, then those found by another name."""

    def __init__(self, entries: Iterable[Sequence[str]] = ()) -> None:
        self._lines: list[str] = []
        self._name_ends: list[int] = []
        for names in entries:
            line, name_end = _line(names)
            self._lines.append(line)
            self._name_ends.append(name_end)
        self._text: str | None = None
        self._starts: list[int] = []

    def __len__(self) -> int:
        return len(self._lines)

    def insert(self, position: int, names: Sequence[str]) -> None:
        line, name_end = _line(names)
        self._lines.insert(position, line)
        self._name_ends.insert(position, name_end)
        self._text = None

    def remove(self, position: int) -> None:
        del self._lines[position]
        del self._name_ends[position]
        self._text = None

    def _joined(self) -> str:
        if self._text is None:
            starts: list[int] = []
            offset = 0
            for line in self._lines:
                starts.append(offset)
                offset += len(line)
            self._starts = starts
            self._text = "".join(self._lines)
        return self._text

    def find(self, query: str) -> list[int]:
        """Positions of the entries that match, best first; every position for an empty query."""
        pattern = query_pattern(query)
        if pattern is None:
            return list(range(len(self._lines)))
        text = self._joined()
        starts = self._starts
        count = len(starts)
        prefix: list[int] = []
        inside: list[int] = []
        other: list[int] = []
        position = 0
        while (found := pattern.search(text, position)) is not None:
            at = found.start()
            line = bisect_right(starts, at) - 1
            offset = at - starts[line]
            if offset >= self._name_ends[line]:
                other.append(line)
            elif offset == 0:
                prefix.append(line)
            else:
                inside.append(line)
            line += 1
            if line >= count:
                break
            position = starts[line]
        return prefix + inside + other
