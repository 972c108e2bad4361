"""Personal data in a short message meant for a messenger or SNS, found before it is copied.

scan() finds resident registration numbers, card numbers, phone numbers, email addresses and
Korean bank account numbers (STYLE rule 10); mask() puts the masked form of each in its place,
which keeps what lets the person recognise it (010-****-5678) and hides the rest.

phonenumbers and email-validator load inside scan(), and only when the text has digits or an @,
so importing this module (at the window's start-up) loads neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fallback_desktop.core.text.catalog import Msg, msg
from fallback_desktop.core.writing.personal_patterns import (
    ACCOUNT_DIGITS,
    CARD_DIGITS,
    after_label,
    digits_of,
    fold,
    is_amount,
    luhn,
    near_bank_words,
    patterns,
    rrn_date_exists,
    stands_alone,
)

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

KINDS = ("rrn", "card", "phone", "email", "account")

# Where two finds overlap, the one that starts first wins: in "+82 10 0000 0013 5000 0004 0000
# 0005" the phone number, not a card made of its tail and the next number's head. At the same
# start the lower rank wins: a resident number, a card and a bank's own layout are more particular
# shapes than a phone number. A run of digits that is an account only because a bank is
# mentioned near it is the weakest guess and only fills what is left.
_RANK = {"email": 0, "rrn": 1, "card": 2, "account_layout": 3, "phone": 4, "account_near_bank": 5}
_WEAKEST = _RANK["account_near_bank"]
# Digits kept visible: (from the start, from the end).
_RRN_KEEP = (6, 0)  # the birth date; the 7 that identify the person are hidden
_CARD_KEEP = (4, 4)  # the issuer and the last four, as card slips print them
_PHONE_TAIL = 4
_PHONE_DIGITS = (8, 17)  # 1588-1234 … +82 10 1234 5678 with room for other countries
_PHONE_PIECES = 5  # "+82 (0)10 1234 5678": the most space-separated pieces one number has
_EMAIL_KEEP = 2  # characters of the name before the @
_SHORTENED = frozenset({"card", "account_near_bank"})  # their patterns end in optional groups


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: where it stands in the text, and what replaces it."""

    kind: str  # "rrn" | "card" | "phone" | "email" | "account"
    start: int  # index into the original text
    end: int  # exclusive
    masked: str  # what replaces text[start:end] when masked, e.g. "010-****-5678"
    label: Msg  # what it is, for the person ("주민등록번호로 보이는 번호" …)


@dataclass(frozen=True)
class _Candidate:
    rank: int
    start: int
    end: int
    kind: str
    masked: str


def scan(text: str) -> list[Finding]:
    """Every piece of personal data in text, sorted by start, none overlapping another."""
    folded = fold(text)
    candidates = [*_emails(text, folded)]
    if patterns()["digit"].search(folded):
        candidates += [*_numbers(text, folded), *_phones(text, folded)]
    chosen: list[_Candidate] = []
    order = sorted(candidates, key=lambda c: (c.rank == _WEAKEST, c.start, c.rank, c.start - c.end))
    for found in order:
        if all(found.end <= other.start or other.end <= found.start for other in chosen):
            chosen.append(found)
    chosen.sort(key=lambda c: c.start)
    return [
        Finding(c.kind, c.start, c.end, c.masked, msg(f"personal_data.{c.kind}")) for c in chosen
    ]


def mask(text: str, findings: Iterable[Finding]) -> str:
    """text with each given finding replaced by its masked form; the rest left as it was.

    Raises ValueError when findings overlap or reach past the end of text (e.g. found in an
    earlier version of it): scan the text again first.
    """
    parts: list[str] = []
    at = 0
    for found in sorted(findings, key=lambda f: f.start):
        if found.start < at or found.end > len(text) or found.start > found.end:
            raise ValueError("findings overlap or lie outside the text; scan it again")
        parts += [text[at : found.start], found.masked]
        at = found.end
    parts.append(text[at:])
    return "".join(parts)


def _numbers(text: str, folded: str) -> Iterator[_Candidate]:
    """Resident numbers, cards and accounts: regular shapes, checked one by one.

    The search goes on from the character after each shape's start, not from its end, and
    scan() settles overlaps: in "0000 0000 4000 0000 0000 0002" the first 16 digits are no card
    and "4000 … 0002" is one.
    """
    shapes = patterns()
    for kind in ("rrn", "card", "account_layout", "account_near_bank"):
        match = shapes[kind].search(folded)
        while match is not None:
            yield from _number_at(kind, text, folded, match.start(), match.end())
            match = shapes[kind].search(folded, match.start() + 1)


def _number_at(kind: str, text: str, folded: str, start: int, end: int) -> list[_Candidate]:
    """The number of this kind found at start, as a list of none or one."""
    if after_label(folded, start):
        return []
    for stop in _ends(folded, start, end, kind in _SHORTENED):
        found = folded[start:stop]
        keep = _keep(kind, digits_of(found), found, folded, start, stop)
        if keep is not None:
            shown = "account" if kind.startswith("account") else kind
            masked = _mask_digits(text[start:stop], found, keep)
            return [_Candidate(_RANK[kind], start, stop, shown, masked)]
    return []


def _ends(folded: str, start: int, end: int, shorter: bool) -> Iterator[int]:
    """Where the number found may end: where it was found to, then (for a card or an account
    with its groups apart) before each of its space-separated groups, last first, since a
    pattern also takes in a number that follows ("4000 0000 0000 0002 14:30")."""
    yield end
    if shorter:
        right = patterns()["right"]
        for at in range(end - 1, start, -1):
            if folded[at] == " " and "0" <= folded[at - 1] <= "9" and right.match(folded, at):
                yield at


def _keep(
    kind: str, digits: str, found: str, folded: str, start: int, end: int
) -> tuple[int, int] | None:
    """The digits to leave visible (start, end), or None when this is not personal data."""
    if kind == "rrn":
        return _RRN_KEEP if rrn_date_exists(digits) else None
    if is_amount(folded, end):
        return None
    if kind == "card":
        low, high = CARD_DIGITS
        return _CARD_KEEP if low <= len(digits) <= high and luhn(digits) else None
    if kind == "account_near_bank":
        low, high = ACCOUNT_DIGITS
        if not (low <= len(digits) <= high and near_bank_words(folded, start, end)):
            return None
    # An account keeps its last group when that is 3 or 4 digits long, else its last 4 digits.
    last_group = len(found) - len(found.rstrip("0123456789"))
    grouped = last_group < len(digits)
    return (0, last_group if grouped and 3 <= last_group <= 4 else 4)


def _phones(text: str, folded: str) -> Iterator[_Candidate]:
    """phonenumbers' matcher, run only on the stretches that hold 8 digits or more.

    A stretch is cut at its spaces into pieces, and the matcher is asked about a few pieces at a
    time, the longest first, so "+82 10 0000 1234 010-0000-5678" is two numbers, not one bad one.
    """
    shapes = patterns()
    for run in shapes["phone_run"].finditer(folded):
        pieces = [m.span() for m in shapes["piece"].finditer(folded, run.start(), run.end())]
        first = 0
        while first < len(pieces):
            for last in range(min(first + _PHONE_PIECES, len(pieces)) - 1, first - 1, -1):
                found = _phone_between(folded, pieces[first][0], pieces[last][1])
                if found is not None:
                    start, end, keep = found
                    masked = _mask_digits(text[start:end], folded[start:end], keep)
                    yield _Candidate(_RANK["phone"], start, end, "phone", masked)
                    first = last
                    break
            first += 1


def _phone_between(folded: str, start: int, end: int) -> tuple[int, int, tuple[int, int]] | None:
    """The phone number made of all the digits of folded[start:end], if they make one."""
    window = folded[start:end]
    digits = len(digits_of(window))
    if not _PHONE_DIGITS[0] <= digits <= _PHONE_DIGITS[1]:
        return None
    # A number phonenumbers reads in Korea starts with 0 (a trunk or international prefix), a +
    # or 82, or is an 8-digit 15XX/16XX/18XX line; dates and order numbers need not be asked.
    lead = window.lstrip("(")
    if not (lead.startswith(("0", "+", "82")) or (digits == 8 and lead.startswith("1"))):
        return None
    import phonenumbers  # here: a text without such a stretch never loads it

    # Strict grouping: the groups as typed must be the number's own, so "02-200-0000 3시" is
    # 02-200-0000 and not 02-2000-0003.
    lenient = phonenumbers.Leniency.STRICT_GROUPING
    for match in phonenumbers.PhoneNumberMatcher(window, "KR", leniency=lenient):
        if len(digits_of(match.raw_string)) != digits:
            continue
        # An opening bracket without its closing one is the text's, not the number's.
        unpaired = match.raw_string.startswith("(") and ")" not in match.raw_string
        found = (start + match.start + unpaired, start + match.end)
        if stands_alone(folded, *found) and not after_label(folded, found[0]):
            return (*found, _phone_keep(folded[found[0] : found[1]], match.number))
    return None


def _phone_keep(found: str, number: PhoneNumber) -> tuple[int, int]:
    """The prefix (country code, 0, area or mobile code) and the last 4 stay; 1588-**** when
    nothing lies between them."""
    import phonenumbers

    count = len(digits_of(found))
    national = len(phonenumbers.national_significant_number(number))
    head = max(0, count - national) + phonenumbers.length_of_national_destination_code(number)
    if count - head - _PHONE_TAIL <= 0:
        return (max(0, count - _PHONE_TAIL), 0)
    return (head, _PHONE_TAIL)


def _emails(text: str, folded: str) -> Iterator[_Candidate]:
    """Address shapes confirmed by email-validator (syntax only: no network)."""
    if "@" not in folded:
        return
    from email_validator import EmailNotValidError, validate_email

    for match in patterns()["email"].finditer(folded):
        try:
            validate_email(match.group(), check_deliverability=False)
        except EmailNotValidError:
            continue
        start, end = match.span()
        original = text[start:end]
        at = match.group().index("@")
        shown = min(_EMAIL_KEEP, at - 1)
        masked = original[:shown] + "*" * (at - shown) + original[at:]
        yield _Candidate(_RANK["email"], start, end, "email", masked)


def _mask_digits(original: str, folded: str, keep: tuple[int, int]) -> str:
    """Each digit outside the kept ones becomes *; separators stay as typed."""
    head, tail = keep
    count = len(digits_of(folded))
    out: list[str] = []
    index = 0
    for typed, plain in zip(original, folded, strict=True):
        if "0" <= plain <= "9":
            out.append(typed if index < head or index >= count - tail else "*")
            index += 1
        else:
            out.append(typed)
    return "".join(out)
