"""A short, clean file name for a saved letter: company, product and date.

The name must be accepted by Windows, macOS and Linux alike, read well in a file list, and
never end mid-word or with half of a pair of quotes or brackets.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

COMPANY_CHARS = 20
PRODUCT_CHARS = 28
# Together at most 49 characters of 4 UTF-8 bytes plus the date: well inside the 255 bytes
# Linux and macOS allow for one name (Hangul takes 3 bytes a syllable).

# Refused by Windows (\ / : * ? " < > |), by every system (control characters), or awkward in a
# name a person reads and types (quotes, brackets that may lose their partner when cut,
# invisible and direction-changing marks).
_DROPPED = re.compile(
    r"[\\/:*?\"<>|\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff'`‘’“”«»‹›「」『』()\[\]{}（）［］｛｝〈〉《》【】〔〕]+"
)
# Punctuation that looks broken at the end (or start) of a part once the rest is cut away.
_LOOSE_ENDS = " .,;·・-_~&+=#%!@^、。，"
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)


def clean_part(text: str) -> str:
    """One part of a name: forbidden characters and runs of spaces gone, loose ends trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = _DROPPED.sub(" ", text)
    return " ".join(text.split()).strip(_LOOSE_ENDS)


def cut_at_word(text: str, limit: int) -> str:
    """At most limit characters, ending at a word boundary; one long word is cut where it must."""
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    space = head.rfind(" ")
    cut = head[:space] if space > 0 else text[:limit]
    return cut.strip(_LOOSE_ENDS)


def eml_file_name(company: str, product: str, day: dt.date | None, fallback: str) -> str:
    """E.g. "가나전자 세탁기 XY-100 2026-11-29.eml"; `fallback` stands in for an empty name."""
    company_part = cut_at_word(clean_part(company), COMPANY_CHARS)
    product_part = cut_at_word(clean_part(product), PRODUCT_CHARS)
    words = [product_part]
    # "가나전자" and "가나전자 세탁기": the company need not be said twice.
    if company_part and not product_part.startswith(company_part):
        words.insert(0, company_part)
    words = [w for w in words if w] or [cut_at_word(clean_part(fallback), PRODUCT_CHARS)]
    if day is not None:
        words.append(day.isoformat())
    stem = " ".join(w for w in words if w) or "letter"
    if _WINDOWS_RESERVED.match(stem):
        stem += "_"
    return stem + ".eml"
