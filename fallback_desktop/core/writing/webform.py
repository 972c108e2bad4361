"""The web form (1:1 문의 게시판): the letter's facts as one plain text that fits the form's cap.

Korean boards count a cap in characters, or in bytes of UTF-8 or of EUC-KR (CP949, where a
Hangul syllable takes two bytes). When the text is too long, the least important parts go
first — the list of files, the earlier attempts, the reply-by date — then the details are cut
at a sentence's end, then what is asked for. What is asked, the product, the order number, the
date, the start of the details and the contact stay. Every cut is said in `shortened`; when even
the essentials do not fit, or a character cannot be written in EUC-KR on a board that counts
EUC-KR, `fits` is False and `shortened` ends with a sentence saying why.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from fallback_desktop.core.text.catalog import Msg, msg, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import channel_common as common
from fallback_desktop.core.writing.drafting import shorten
from fallback_desktop.core.writing.fields import DraftFields

UNITS = ("chars", "utf8", "euckr")
TITLE_CHARS = 50
# The least of the details and of what is asked that a shortened text keeps.
FLOOR_CHARS = 40
_CUT_AT_SENTENCE = re.compile(r"[.!?。！？](?=\s)|\n")
_WORD_GAP = re.compile(r"\s+")
_CUT_TRAILING = " ,;:·-([{<\"'\n\t"
_SHOWN_BAD_CHARS = 5


@dataclass(frozen=True)
class FittedText:
    """A web-form text, its length in each unit, and what was done to fit it to `limit`."""

    text: str
    chars: int
    utf8_bytes: int
    euckr_bytes: int | None  # None when the text holds a character EUC-KR (CP949) cannot write
    limit: int | None  # the cap it was fitted to
    unit: str  # "chars" | "utf8" | "euckr"  (what the cap counts)
    shortened: tuple[Msg, ...]  # what was shortened or left out, then why it does not fit
    fits: bool


@dataclass(frozen=True)
class _Parts:
    """The text's pieces, in the order it shows them."""

    request: str
    facts: tuple[str, ...]
    details: str
    resolution: str
    reply_by: str
    tried: str
    contact: str
    attachments: str

    def but(self, name: str, value: str) -> _Parts:
        """A copy with one text part (not the facts) replaced."""
        change: dict[str, Any] = {name: value}
        return replace(self, **change)

    def joined(self, lang: Lang) -> str:
        def line(key: str, value: str) -> str:
            return text(f"channel_text.fact.{key}", lang, value=value) if value else ""

        blocks = (
            "\n".join([self.request, *self.facts]),
            self.details,
            _lines(line("resolution", self.resolution), line("reply_by", self.reply_by)),
            line("tried", self.tried),
            _lines(line("contact", self.contact), line("attachments", self.attachments)),
        )
        return "\n\n".join(block for block in blocks if block)


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def _parts(cleaned: dict[str, Any], lang: Lang, purpose: str) -> _Parts:
    facts = (
        ("product", cleaned["product"]),
        ("order", cleaned["order_number"]),
        ("date", cleaned["incident_date"]),
    )
    lines = [text(f"channel_text.fact.{key}", lang, value=value) for key, value in facts if value]
    lines += [
        f"{label}: {value}" if value else label
        for label, value in common.purpose_facts(cleaned, lang, purpose)
    ]
    return _Parts(
        request=common.request(purpose, lang),
        facts=tuple("- " + line for line in lines),
        details=cleaned["details"],
        resolution=cleaned["resolution"],
        reply_by=cleaned["reply_by"],
        tried=cleaned["tried"],
        contact=common.contact_line(cleaned),
        attachments=", ".join(cleaned["attachments"]),
    )


def euckr_length(value: str) -> int | None:
    """Bytes in EUC-KR (CP949); None when a character cannot be written in it."""
    try:
        return len(value.encode("cp949"))
    except UnicodeEncodeError:
        return None


def not_euckr(value: str) -> list[str]:
    """The distinct characters EUC-KR (CP949) cannot write, in order of appearance."""
    found: list[str] = []
    for char in dict.fromkeys(value):
        try:
            char.encode("cp949")
        except UnicodeEncodeError:
            found.append(char)
    return found


def measure(value: str, unit: str) -> int:
    """The text's length as a cap in `unit` counts it (a character EUC-KR lacks counts two)."""
    if unit == "chars":
        return len(value)
    if unit == "utf8":
        return len(value.encode("utf-8"))
    counted = euckr_length(value)
    if counted is None:
        bad = set(not_euckr(value))
        counted = len(value.encode("cp949", errors="ignore")) + 2 * sum(c in bad for c in value)
    return counted


def _cut(value: str, point: int, at_sentence: bool) -> str:
    kept = value[:point].rstrip()
    if at_sentence:
        return f"{kept} …"
    return kept.rstrip(_CUT_TRAILING) + "…"


def _largest(points: list[int], ok: Callable[[int], bool]) -> int | None:
    """The largest point for which ok() holds, given that it holds for every smaller one."""
    low, high, found = 0, len(points) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if ok(points[middle]):
            found, low = points[middle], middle + 1
        else:
            high = middle - 1
    return found


def fit_prefix(value: str, ok: Callable[[str], bool]) -> tuple[str, bool]:
    """The longest shortening of `value` for which ok() holds — the whole text, else cut after
    a sentence, else after a word of a long first sentence — and True; or, when none does, the
    least it keeps (the first sentence, or its first FLOOR_CHARS characters) and False."""
    if ok(value):
        return value, True
    points = [m.end() for m in _CUT_AT_SENTENCE.finditer(value) if m.end() < len(value)]
    best = _largest(points, lambda p: ok(_cut(value, p, True)))
    if best is not None:
        return _cut(value, best, True), True
    first = points[0] if points else len(value)
    if first <= FLOOR_CHARS:
        floor = _cut(value, first, True) if points else value
        return floor, False
    words = [m.start() for m in _WORD_GAP.finditer(value, FLOOR_CHARS + 1, first)]
    best = _largest(words, lambda p: ok(_cut(value, p, False)))
    if best is not None:
        return _cut(value, best, False), True
    floor = shorten(value[:first], FLOOR_CHARS)
    return floor, ok(floor)


def _kept(cut: str) -> int:
    return len(cut.removesuffix("…").rstrip())


def _trial(fits: Callable[[_Parts], bool], parts: _Parts, name: str) -> Callable[[str], bool]:
    """Whether the text fits with one part replaced by a shorter version of it."""
    return lambda value: fits(parts.but(name, value))


def _fit(parts: _Parts, lang: Lang, limit: int, unit: str) -> tuple[_Parts, list[Msg]]:
    """The parts cut, least important first, until the text fits; and what was cut."""

    def fits(candidate: _Parts) -> bool:
        return measure(candidate.joined(lang), unit) <= limit

    notes: list[Msg] = []
    for name in ("attachments", "tried", "reply_by"):
        if fits(parts):
            return parts, notes
        if getattr(parts, name):
            parts = parts.but(name, "")
            notes.append(msg(f"channel_text.cut.{name}"))
    for name in ("details", "resolution"):
        if fits(parts):
            break
        whole: str = getattr(parts, name)
        if not whole:
            continue
        cut, _ok = fit_prefix(whole, _trial(fits, parts, name))
        if cut != whole:
            parts = parts.but(name, cut)
            notes.append(msg(f"channel_text.cut.{name}", kept=_kept(cut), total=len(whole)))
    return parts, notes


def webform_text(
    fields: DraftFields,
    lang: Lang,
    *,
    limit: int | None = None,
    unit: str = "chars",
    purpose: str = "general",
) -> FittedText:
    """The letter's facts as one text for a company's web form, fitted to `limit` in `unit`."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    if limit is not None and limit < 1:
        raise ValueError("a form's limit is at least 1")
    parts = _parts(common.values(fields, lang, purpose=purpose), lang, purpose)
    notes: list[Msg] = []
    if limit is not None:
        parts, notes = _fit(parts, lang, limit, unit)
    body = parts.joined(lang)
    fits = limit is None or measure(body, unit) <= limit
    if not fits and limit is not None:
        unit_words = msg(f"channel_text.unit.{unit}")
        needed = measure(body, unit)
        notes.append(
            msg("channel_text.webform.too_small", needed=needed, limit=limit, unit=unit_words)
        )
    euckr = euckr_length(body)
    if euckr is None and unit == "euckr":
        fits = False
        bad = not_euckr(body)[:_SHOWN_BAD_CHARS]
        notes.append(msg("channel_text.webform.not_euckr", chars=", ".join(f"‘{c}’" for c in bad)))
    return FittedText(
        text=body,
        chars=len(body),
        utf8_bytes=len(body.encode("utf-8")),
        euckr_bytes=euckr,
        limit=limit,
        unit=unit,
        shortened=tuple(notes),
        fits=fits,
    )


def webform_title(fields: DraftFields, lang: Lang, *, purpose: str = "general") -> str:
    """A short title for the board's own title field: '[환불 요청] 세탁기: 탈수가 멈춥니다'."""
    cleaned = common.values(fields, lang, contact=False, start_only=True)
    label = common.label(purpose, lang)
    if cleaned["topic"]:
        title = text("channel_text.webform.title", lang, label=label, topic=cleaned["topic"])
    elif cleaned["order_number"]:
        _product, order = common.product_and_order(cleaned)
        title = text("channel_text.webform.title_order", lang, label=label, order=order)
    else:
        title = text("channel_text.webform.title_empty", lang, label=label)
    return shorten(title, TITLE_CHARS)
