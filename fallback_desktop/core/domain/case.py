"""A case — one problem with one company — and every attempt made to reach them about it.

Plain data; `make_case` and `make_attempt` turn what a person typed into them, removing hidden
characters and refusing, in one sentence each (resources/text/cases.json, case.problem.*), what
cannot be right: a reply-by day before the incident, an attempt before the case was opened or
still to come, a reference number of more than 100 characters. Times are aware datetimes kept
in Asia/Seoul; days are dates. A case keeps its company's name: the directory lives in another
file, and a company deleted there leaves its cases as they were.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import zoneinfo
from dataclasses import dataclass

from fallback_desktop.core.domain.channels import CHANNEL_IDS
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.purposes import PURPOSE_IDS
from fallback_desktop.core.text.catalog import msg

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")

# How many characters each typed value may hold (the draft's fields use the same limits).
LIMITS: dict[str, int] = {
    "company": 100,
    "product": 200,
    "order_number": 100,
    "happened": 20_000,
    "wanted": 5_000,
    "reference": 100,
    "agent": 100,
    "notes": 5_000,
}
MAX_WAIT_SECONDS = 24 * 60 * 60


class Outcome(enum.StrEnum):
    """How an attempt ended ("sent": a letter, form or message handed off, its answer to come)."""

    SENT = "sent"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    CUT_OFF = "cut_off"
    ANSWERED = "answered"
    CALLBACK_PROMISED = "callback_promised"
    RESOLVED = "resolved"


# Outcomes that count as the company having answered (with a reply received, the case is
# no longer waiting for one).
REPLIED_OUTCOMES = frozenset({Outcome.ANSWERED, Outcome.RESOLVED})


class Status(enum.StrEnum):
    """Where a case stands, worked out from its reply-by day and its attempts."""

    WAITING = "waiting"  # no answer yet, the reply-by day not passed
    OVERDUE = "overdue"  # the reply-by day passed with no answer
    ANSWERED = "answered"  # the company answered (or replied), not yet resolved
    RESOLVED = "resolved"


def status_of(reply_by: dt.date, replied: bool, resolved: bool, today: dt.date) -> Status:
    """The status of a case from its facts: resolved, answered, overdue (the whole reply-by day
    has passed without an answer or a reply) or waiting."""
    if resolved:
        return Status.RESOLVED
    if replied:
        return Status.ANSWERED
    return Status.OVERDUE if today > reply_by else Status.WAITING


@dataclass(frozen=True)
class Attempt:
    """One try to reach the company: which channel, when, how long the wait, how it ended."""

    channel: str
    at: dt.datetime
    outcome: Outcome
    wait_seconds: int | None = None
    reference: str = ""
    agent: str = ""
    notes: str = ""
    reply_at: dt.datetime | None = None  # when the company's written reply came
    id: int | None = None

    @property
    def replied(self) -> bool:
        """Whether this attempt brought an answer or a reply."""
        return self.outcome in REPLIED_OUTCOMES or self.reply_at is not None


@dataclass(frozen=True)
class Case:
    """The problem: with whom, about what, what happened, what is wanted, and its days."""

    company: str
    opened_on: dt.date
    reply_by: dt.date
    purpose: str = "general"
    company_id: int | None = None  # the directory's id when it was chosen from there
    product: str = ""
    order_number: str = ""
    happened: str = ""
    wanted: str = ""
    incident_date: dt.date | None = None  # also the day the person found the problem
    # The days the legal clocks count from (core.calendar.legal_clocks), when known.
    ordered_on: dt.date | None = None  # the contract (order) day
    delivered_on: dt.date | None = None
    returned_on: dt.date | None = None  # the day the seller got the goods back
    id: int | None = None


@dataclass(frozen=True)
class CaseRecord:
    """A case with its attempts, oldest first."""

    case: Case
    attempts: tuple[Attempt, ...] = ()

    @property
    def replied(self) -> bool:
        return any(a.replied for a in self.attempts)

    @property
    def resolved(self) -> bool:
        return any(a.outcome is Outcome.RESOLVED for a in self.attempts)

    def status(self, today: dt.date) -> Status:
        return status_of(self.case.reply_by, self.replied, self.resolved, today)


# --- checks ----------------------------------------------------------------------------------

# Control characters (but tab and line feed in text of several lines), lone surrogates, and the
# marks that reorder text on screen; line breaks of every kind become one kind first.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def clean(value: str, field: str, *, multiline: bool = False) -> str:
    """The value with hidden characters removed (line breaks too, unless `multiline`) and its
    edges trimmed; InputError when it is longer than the field's limit."""
    if multiline:
        lines = _HIDDEN.sub("", _BREAKS.sub("\n", value)).split("\n")
        text = "\n".join(line.rstrip() for line in lines).strip()
    else:
        text = " ".join(_HIDDEN.sub("", _BREAKS.sub(" ", value).replace("\t", " ")).split())
    limit = LIMITS[field]
    if len(text) > limit:
        words = msg(f"case.field.{field}")
        raise problem("too_long", field, field=words, limit=limit, length=len(text))
    return text


def problem(key: str, at: str, /, **params: object) -> InputError:
    """An InputError about the field `at` with the sentence case.problem.<key>."""
    return InputError(msg(f"case.problem.{key}", **params), field=at)


def seoul(at: dt.datetime) -> dt.datetime:
    """The same instant in Asia/Seoul, to the second; a naive datetime is a programming error."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a timezone-aware datetime is needed")
    return at.astimezone(SEOUL).replace(microsecond=0)


def _shown(at: dt.datetime) -> str:
    return seoul(at).strftime("%Y-%m-%d %H:%M")


def make_case(
    *,
    company: str,
    reply_by: dt.date,
    today: dt.date,
    opened_on: dt.date | None = None,
    purpose: str = "general",
    company_id: int | None = None,
    product: str = "",
    order_number: str = "",
    happened: str = "",
    wanted: str = "",
    incident_date: dt.date | None = None,
    ordered_on: dt.date | None = None,
    delivered_on: dt.date | None = None,
    returned_on: dt.date | None = None,
    id: int | None = None,
) -> Case:
    """A checked case; `today` (in Seoul) is what 'not in the future' is measured against."""
    name = clean(company, "company")
    if not name:
        raise problem("company_missing", "company")
    if purpose not in PURPOSE_IDS:
        raise problem("purpose_unknown", "purpose", value=purpose, known=", ".join(PURPOSE_IDS))
    opened = opened_on or today
    if opened > today:
        raise problem("opened_future", "opened_on", day=opened.isoformat())
    past = {"incident_date": incident_date, "ordered_on": ordered_on}
    past |= {"delivered_on": delivered_on, "returned_on": returned_on}
    for field, day in past.items():
        if day is not None and day > today:
            raise problem(
                "day_future", field, field=msg(f"case.field.{field}"), day=day.isoformat()
            )
    _check_order(ordered_on, delivered_on, returned_on)
    if incident_date is not None and reply_by < incident_date:
        before = {"reply_by": reply_by.isoformat(), "incident": incident_date.isoformat()}
        raise problem("reply_by_before_incident", "reply_by", **before)
    if reply_by < opened:
        raise problem(
            "reply_by_before_opened",
            "reply_by",
            reply_by=reply_by.isoformat(),
            opened=opened.isoformat(),
        )
    return Case(
        company=name,
        opened_on=opened,
        reply_by=reply_by,
        purpose=purpose,
        company_id=company_id,
        product=clean(product, "product"),
        order_number=clean(order_number, "order_number"),
        happened=clean(happened, "happened", multiline=True),
        wanted=clean(wanted, "wanted", multiline=True),
        incident_date=incident_date,
        ordered_on=ordered_on,
        delivered_on=delivered_on,
        returned_on=returned_on,
        id=id,
    )


def _check_order(
    ordered_on: dt.date | None, delivered_on: dt.date | None, returned_on: dt.date | None
) -> None:
    """Ordered, then delivered, then returned: a later step cannot come before an earlier one."""
    steps = [
        (f, d)
        for f, d in (
            ("ordered_on", ordered_on),
            ("delivered_on", delivered_on),
            ("returned_on", returned_on),
        )
        if d is not None
    ]
    for (first, before), (then, after) in itertools.pairwise(steps):
        if after < before:
            words = {"field": msg(f"case.field.{then}"), "earlier": msg(f"case.field.{first}")}
            raise problem(
                "day_order", then, **words, day=after.isoformat(), other=before.isoformat()
            )


def make_attempt(
    case: Case,
    *,
    channel: str,
    at: dt.datetime,
    outcome: str,
    now: dt.datetime,
    wait_seconds: int | None = None,
    reference: str = "",
    agent: str = "",
    notes: str = "",
    reply_at: dt.datetime | None = None,
    id: int | None = None,
) -> Attempt:
    """A checked attempt of `case`: not before the day the case was opened, not after `now`."""
    if channel not in CHANNEL_IDS:
        raise problem("channel_unknown", "channel", value=channel, known=", ".join(CHANNEL_IDS))
    try:
        ended = Outcome(outcome)
    except ValueError:
        known = ", ".join(o.value for o in Outcome)
        raise problem("outcome_unknown", "outcome", value=outcome, known=known) from None
    when, now = seoul(at), seoul(now)
    if when.date() < case.opened_on:
        raise problem(
            "attempt_before_case", "at", at=_shown(when), opened=case.opened_on.isoformat()
        )
    if when > now:
        raise problem("attempt_future", "at", at=_shown(when))
    if wait_seconds is not None and not 0 <= wait_seconds <= MAX_WAIT_SECONDS:
        raise problem("wait_invalid", "wait_seconds")
    reply = None if reply_at is None else seoul(reply_at)
    if reply is not None and reply < when:
        raise problem("reply_before_attempt", "reply_at", reply=_shown(reply), at=_shown(when))
    if reply is not None and reply > now:
        raise problem("reply_future", "reply_at", reply=_shown(reply))
    return Attempt(
        channel=channel,
        at=when,
        outcome=ended,
        wait_seconds=wait_seconds,
        reference=clean(reference, "reference"),
        agent=clean(agent, "agent"),
        notes=clean(notes, "notes", multiline=True),
        reply_at=reply,
        id=id,
    )
