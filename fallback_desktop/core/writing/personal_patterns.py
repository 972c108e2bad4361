"""The shapes of personal data in Korean text, and the checks that tell them from look-alikes.

Used by personal_data.scan(). Every pattern runs on the folded text (`fold`), where full-width
digits and dashes are ASCII: one character for one, so an index found there is an index into
what the person typed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

# Full-width digits and signs, the other dashes, and the odd spaces, each to one ASCII character.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
        "－": "-",
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "＋": "+",
        "（": "(",
        "）": ")",
        "．": ".",
        "＠": "@",
        "\u3000": " ",
        "\u00a0": " ",
    }
)

# A number stands alone: no letter or digit glued to it (model codes such as WM-1234A, decimals
# such as 3.14159…), but Hangul may touch it ("번호는01012345678입니다"). Nor does it touch a
# masked number ("4000 **** **** 0002 1588 ****": the digits left visible are no new number).
_LEFT = r"(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)(?<![0-9][.,])(?<![0-9*]\*)(?<![0-9*]\*[ -])"
_RIGHT = r"(?![0-9A-Za-z])(?!-[0-9A-Za-z])(?![.,][0-9])(?!\*[0-9*])(?![ -]\*[0-9*])"
# Between the groups of a number: a hyphen (spaces around it allowed) or one space.
_SEP = r"(?: ?- ?| )"

# Korean bank account layouts (digits per group), hyphenated, 10-14 digits: KB국민 and 우체국
# 6-2-6, 신한 and 케이뱅크 3-3-6, SC제일 and older 신한 3-2-6, 하나 3-6-5, 우리 4-3-6, NH농협
# 3-4-4-2, IBK기업 3-6-2-3, 카카오뱅크 4-2-7, older KB 3-2-4-3, 새마을금고 4-4-4-1. Others
# (토스뱅크 4-4-4 …) count only next to a word about banks, like a bare run of digits.
ACCOUNT_LAYOUTS = (
    (6, 2, 6),
    (3, 3, 6),
    (3, 2, 6),
    (3, 6, 5),
    (4, 3, 6),
    (3, 4, 4, 2),
    (3, 6, 2, 3),
    (4, 2, 7),
    (3, 2, 4, 3),
    (4, 4, 4, 1),
)
ACCOUNT_DIGITS = (10, 14)
CARD_DIGITS = (13, 19)

# Words that make a bare run of digits an account number, looked for just around it.
_BANK_WORDS = r"계좌|은행|입금|송금|이체|예금주|뱅크|농협|신협|수협|우체국|금고|account|bank|acct"
BANK_BEFORE = 20
BANK_AFTER = 12
# A number right after one of these labels is an order or parcel number, whatever it looks like.
_LABEL = (
    r"(?:주문|송장|운송장|접수|예약|order|tracking|invoice|reference)"
    r"\s*(?:번호|no\.?|number|num|id)?\s*(?:은|는|:|#)?\s*$"
)
LABEL_BEFORE = 24
# An amount of money is not an account or a card (10000000000원).
_AMOUNT = r"\s?(?:원|만|억|won|krw)"


def fold(text: str) -> str:
    """Full-width digits, dashes and spaces as ASCII; same length, same indices."""
    return text.translate(_FOLD)


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on the first scan, so importing this module costs nothing."""
    layouts = "|".join(" ?- ?".join(f"[0-9]{{{n}}}" for n in layout) for layout in ACCOUNT_LAYOUTS)
    # Grouped: 4-4-4-4 (4-4-4-4-3 for 19 digits), or 4-6-5 / 4-6-4; else 13-19 digits together.
    card = (
        rf"[0-9]{{4}}(?P<s>{_SEP})[0-9]{{4}}(?P=s)[0-9]{{4}}(?P=s)[0-9]{{4}}(?:(?P=s)[0-9]{{3}})?"
        rf"|[0-9]{{4}}(?P<t>{_SEP})[0-9]{{6}}(?P=t)[0-9]{{4,5}}"  # Amex 4-6-5, Diners 4-6-4
        r"|[0-9]{13,19}"
    )
    rrn = r"[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?: ?- ?| )?[0-9]{7}"
    account = r"[0-9]{10,14}|[0-9]{2,7}(?:-[0-9]{2,7}){1,4}|[0-9]{2,7}(?: [0-9]{2,7}){1,4}"
    local = r"[A-Za-z0-9._%+\-]"
    label = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    email = (
        rf"(?<![A-Za-z0-9._%+\-@]){local}+@{label}(?:\.{label})+(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])"
    )
    return {
        "rrn": re.compile(f"{_LEFT}(?:{rrn}){_RIGHT}", re.ASCII),
        "card": re.compile(f"{_LEFT}(?:{card}){_RIGHT}", re.ASCII),
        "account_layout": re.compile(f"{_LEFT}(?:{layouts}){_RIGHT}", re.ASCII),
        "account_near_bank": re.compile(f"{_LEFT}(?:{account}){_RIGHT}", re.ASCII),
        # Where a phone number may be: a run with at least 8 digits, handed to phonenumbers
        # a few of its space-separated pieces at a time.
        "phone_run": re.compile(r"[+(]?[0-9](?:[ \-.()]{0,3}[0-9]){7,}", re.ASCII),
        "piece": re.compile(r"\(?[^ ()]+\)?|[()]"),
        "email": re.compile(email, re.ASCII),
        "bank": re.compile(_BANK_WORDS, re.IGNORECASE),
        "label": re.compile(_LABEL, re.IGNORECASE),
        "amount": re.compile(_AMOUNT, re.IGNORECASE),
        "digit": re.compile(r"[0-9]", re.ASCII),
        "left": re.compile(_LEFT, re.ASCII),
        "right": re.compile(_RIGHT, re.ASCII),
    }


def stands_alone(folded: str, start: int, end: int) -> bool:
    """Nothing glued to either end, by the rule the patterns follow (for phonenumbers' finds)."""
    shapes = patterns()
    return bool(shapes["left"].match(folded, start) and shapes["right"].match(folded, end))


def after_label(folded: str, start: int) -> bool:
    """True right after 주문번호, 송장번호, order no., tracking … (then it is not personal)."""
    return patterns()["label"].search(folded, max(0, start - LABEL_BEFORE), start) is not None


def near_bank_words(folded: str, start: int, end: int) -> bool:
    """A word about banks or transfers just before or after the number."""
    bank = patterns()["bank"]
    return bool(
        bank.search(folded, max(0, start - BANK_BEFORE), start)
        or bank.search(folded, end, end + BANK_AFTER)
    )


def is_amount(folded: str, end: int) -> bool:
    """The number is followed by 원, 만, won …: money, not a card or an account."""
    return patterns()["amount"].match(folded, end) is not None


def digits_of(folded: str) -> str:
    return "".join(ch for ch in folded if "0" <= ch <= "9")


def luhn(digits: str) -> bool:
    """The card check digit (ISO/IEC 7812-1)."""
    total = 0
    for position, ch in enumerate(reversed(digits)):
        value = int(ch)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def rrn_date_exists(digits: str) -> bool:
    """YYMMDD is a real day in the century its 7th digit names (1,2,5,6: 1900s; 3,4,7,8: 2000s;
    9,0: 1800s). The old check digit is not asked for: numbers issued since October 2020 fail it."""
    century = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "9": 1800, "0": 1800}.get(
        digits[6], 2000
    )
    try:
        dt.date(century + int(digits[:2]), int(digits[2:4]), int(digits[4:6]))
    except ValueError:
        return False
    return True
