"""RFC 2047 encoded words that every mail reader shows whole.

GMime (mu, notmuch, Geary) joins adjacent encoded words before decoding them and stops at the
first base64 `=` padding, so every word after a padded one is lost: a long Korean subject
loses its end. Python's own folder pads wherever a line happens to end. Here every word but
the last carries a whole number of characters whose UTF-8 length is a multiple of 3, so its
base64 has no padding; where no such run of characters fits (e.g. "a" followed only by Hangul),
that word is written in the Q encoding, which has no padding at all. Spaces stay inside the
words: the white space between two encoded words is not part of the text.
"""

from __future__ import annotations

import base64
import string

# RFC 2047 section 2: an encoded word is at most 75 characters; RFC 5322: lines at most 78.
WORD_LIMIT = 75
LINE_LIMIT = 78
_B_OPEN = "=?utf-8?b?"
_Q_OPEN = "=?utf-8?q?"
_CLOSE = "?="
_OVERHEAD = len(_B_OPEN) + len(_CLOSE)
# Q-encoded text may show these as they are (RFC 2047 section 5, rule 3); the space is "_".
_Q_PLAIN = frozenset(string.ascii_letters + string.digits + "!*+-/")


def _b_word(text: str) -> str:
    return _B_OPEN + base64.b64encode(text.encode("utf-8")).decode("ascii") + _CLOSE


def _q_char(char: str) -> str:
    if char in _Q_PLAIN:
        return char
    if char == " ":
        return "_"
    return "".join(f"={byte:02X}" for byte in char.encode("utf-8"))


def _q_word(text: str) -> str:
    return _Q_OPEN + "".join(_q_char(char) for char in text) + _CLOSE


def _b_run(text: str, start: int, room: int) -> tuple[int, int | None]:
    """(end of the longest run from start that fits a base64 word of `room` characters,
    end of the longest such run whose byte count is a multiple of 3, or None)."""
    capacity = (room - _OVERHEAD) // 4 * 3
    size, end, aligned = 0, start, None
    while end < len(text):
        width = len(text[end].encode("utf-8"))
        if size + width > capacity:
            break
        size += width
        end += 1
        if size % 3 == 0:
            aligned = end
    return end, aligned


def _q_run(text: str, start: int, room: int) -> int:
    """The end of the longest run from start that fits a Q word of `room` characters."""
    size, end = _OVERHEAD, start
    while end < len(text) and size + len(_q_char(text[end])) <= room:
        size += len(_q_char(text[end]))
        end += 1
    return end


def encoded_words(text: str, first_room: int = WORD_LIMIT, room: int = WORD_LIMIT) -> list[str]:
    """`text` as encoded words: the first at most `first_room` characters long, the others at
    most `room`; none but the last ends in base64 padding, and none splits a character."""
    if min(first_room, room) < _OVERHEAD + 12:
        raise ValueError("no room for an encoded word")  # 12: one 4-byte character, Q-encoded
    words: list[str] = []
    start = 0
    while start < len(text):
        limit = min(first_room if not words else room, WORD_LIMIT)
        end, aligned = _b_run(text, start, limit)
        if end == len(text):  # the last word may end in padding
            words.append(_b_word(text[start:]))
            break
        if aligned is not None:
            words.append(_b_word(text[start:aligned]))
            start = aligned
            continue
        end = _q_run(text, start, limit)
        words.append(_q_word(text[start:end]))
        start = end
    return words


def fold_encoded(name: str, text: str, linesep: str = "\r\n") -> str:
    """A whole header line "Name: =?…?=" with one encoded word a line, lines of at most 78."""
    first_room = LINE_LIMIT - len(name) - 2
    if first_room < _OVERHEAD + 12:
        words = encoded_words(text, WORD_LIMIT, WORD_LIMIT)
        return f"{name}:{linesep} " + f"{linesep} ".join(words) + linesep
    words = encoded_words(text, first_room, WORD_LIMIT)
    return f"{name}: " + f"{linesep} ".join(words) + linesep


def quoted_parameter(key: str, value: str, linesep: str = "\r\n") -> str:
    """` key="value"` for a MIME parameter; a value that is not plain ASCII (or is too long
    for one line) as encoded words inside the quotes, folded, as older readers expect."""
    opening = f' {key}="'
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    # "=?" in a plain value would be read as the start of an encoded word by the readers
    # that decode them inside quotes: such a value is encoded too.
    plain = all(" " <= char <= "~" for char in value) and "=?" not in value
    if plain and len(opening) + len(escaped) + 1 <= LINE_LIMIT:
        return f'{opening}{escaped}"'
    # The closing quote takes one more character of the line its word ends.
    words = encoded_words(value, LINE_LIMIT - len(opening) - 1, WORD_LIMIT)
    return opening + f"{linesep} ".join(words) + '"'
