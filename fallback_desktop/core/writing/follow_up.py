"""The follow-up: a letter to a company that has not answered, citing every earlier attempt by
date, channel and reference number, asking for a reply by a new day and saying what happens if
none comes (a 1372 소비자상담센터 consultation).

Three forms: an email (subject and letter), a web-form text (a title, and a body kept short:
the latest attempts only, written with characters Korean web forms accept), and a messenger
message of a few sentences without the person's contact details. The words are in
resources/text/cases.json (case.follow.*), to the company in polite formal Korean (합쇼체) or
plain English; the letter's language is the caller's choice, independent of the screen's.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from fallback_desktop.core.domain.case import Attempt, Case, CaseRecord, Outcome, seoul
from fallback_desktop.core.domain.purposes import purpose_name
from fallback_desktop.core.text.catalog import msg, render, render_list, text
from fallback_desktop.core.text.days import format_day
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.drafting import one_line, shorten, summarize

Form = Literal["email", "webform", "messenger"]
FORMS: tuple[Form, ...] = ("email", "webform", "messenger")
# A web form is short: the latest attempts, and the request cut to this many characters.
WEBFORM_ATTEMPTS = 6
WEBFORM_WANTED_CHARS = 300
TOPIC_CHARS = 40


@dataclass(frozen=True)
class FollowUp:
    """A follow-up text; `subject` is the email's subject or the web form's title ('' for a
    messenger message)."""

    subject: str
    body: str


def follow_up(
    record: CaseRecord,
    form: Form,
    lang: Lang,
    *,
    reply_by: dt.date,
    today: dt.date,
    name: str = "",
    phone: str = "",
    email: str = "",
) -> FollowUp:
    """The follow-up of a case in `form`, asking for a reply by `reply_by`."""
    writer = _Writer(record, lang, reply_by, today)
    contact = [one_line(value) for value in (name, phone, email)]
    if form == "email":
        return FollowUp(writer.subject(), writer.email(*contact))
    if form == "webform":
        return FollowUp(writer.subject(), writer.webform(*contact))
    return FollowUp("", writer.messenger())


def _t(key: str, lang: Lang, **params: object) -> str:
    return text(f"case.follow.{key}", lang, **params)


def when_text(at: dt.datetime, lang: Lang, *, short: bool = False) -> str:
    """'2026년 11월 23일(월) 09:10' / 'Mon 23 November 2026, 09:10'; short: '11월 23일 09:10'
    / '23 Nov 09:10'."""
    at = seoul(at)
    clock = at.strftime("%H:%M")
    if short:
        return _t("when_short", lang, day=day_short(at.date(), lang), clock=clock)
    weekday = render_list(msg("time.weekdays"), lang)[at.weekday()]
    return _t("when", lang, day=format_day(at.date(), lang), weekday=weekday, clock=clock)


def day_short(day: dt.date, lang: Lang) -> str:
    """'11월 23일' / '23 Nov'."""
    month = render_list(msg("time.months"), lang)[day.month - 1]
    return _t("day_short", lang, month=month, day=day.day)


def wait_text(seconds: int, lang: Lang) -> str:
    """'12분 대기' / 'waited 12 min'; an hour and more in hours and minutes."""
    if seconds < 60:
        return _t("wait_short", lang)
    minutes = round(seconds / 60)
    if minutes < 60:
        return _t("wait_minutes", lang, n=minutes)
    return _t("wait_hours", lang, h=minutes // 60, m=minutes % 60)


def channel_name(channel: str, lang: Lang) -> str:
    return text(f"channel.{channel}.name", lang)


def attempt_line(attempt: Attempt, lang: Lang, *, short: bool = False) -> str:
    """One cited attempt: when, by which channel, how it ended, and its wait, reference
    number, agent and reply — never the person's own notes."""
    head = _t(
        "attempt",
        lang,
        when=when_text(attempt.at, lang, short=short),
        channel=channel_name(attempt.channel, lang),
        outcome=_t(f"outcome.{attempt.outcome.value}", lang),
    )
    details = []
    if attempt.wait_seconds is not None:
        details.append(wait_text(attempt.wait_seconds, lang))
    if attempt.reference:
        details.append(_t("reference", lang, value=attempt.reference))
    if attempt.agent:
        details.append(_t("agent", lang, value=attempt.agent))
    if attempt.reply_at is not None:
        details.append(_t("reply_came", lang, when=when_text(attempt.reply_at, lang, short=True)))
    if not details:
        return head
    return _t("with_details", lang, head=head, details=", ".join(details))


State = Literal["answered", "callback", "none", "waiting"]


class _Writer:
    """The parts every form is made of, worded once for one case and language."""

    def __init__(self, record: CaseRecord, lang: Lang, reply_by: dt.date, today: dt.date) -> None:
        self.case: Case = record.case
        self.attempts = record.attempts
        self.lang = lang
        self.reply_by = reply_by
        self.today = today
        # What the letter says happened so far: an answer that solved nothing, a promised
        # call that never came, nothing recorded, or attempts with no answer.
        self.state: State = "waiting"
        if record.replied:
            self.state = "answered"
        elif self.attempts and self.attempts[-1].outcome is Outcome.CALLBACK_PROMISED:
            self.state = "callback"
        elif not self.attempts:
            self.state = "none"

    def t(self, key: str, **params: object) -> str:
        return _t(key, self.lang, **params)

    def day(self, day: dt.date) -> str:
        return format_day(day, self.lang)

    def topic(self) -> str:
        case = self.case
        topic = shorten(case.product, TOPIC_CHARS) or summarize(case.happened, TOPIC_CHARS)
        topic = topic or render(purpose_name(case.purpose), self.lang)
        if case.order_number:
            return self.t("topic_order", topic=topic, order=shorten(case.order_number, 60))
        return topic

    def subject(self) -> str:
        return self.t("subject", topic=self.topic())

    def opening(self) -> str:
        """Why this letter: what came of the attempts so far, and the day asked for."""
        if self.state == "answered":
            return self.t("opening_answered")
        if self.state == "callback":
            promised = when_text(self.attempts[-1].at, self.lang)
            return self.t("opening_callback", when=promised)
        if self.state == "none":
            return self.t("opening_none")
        count = len(self.attempts)
        key = "opening_once" if count == 1 else "opening_many"
        if self.case.reply_by < self.today:
            key += "_passed"
        since = self.day(seoul(self.attempts[0].at).date())
        return self.t(key, since=since, count=count, asked=self.day(self.case.reply_by))

    def intro(self) -> list[str]:
        return self.t("intro", opening=self.opening()).splitlines()

    def next_step(self) -> str:
        return self.t("next_step", day=self.day(self.reply_by))

    def facts(self) -> list[str]:
        case = self.case
        lines = []
        if case.product:
            lines.append(self.t("fact.product", value=case.product))
        if case.order_number:
            lines.append(self.t("fact.order", value=case.order_number))
        if case.incident_date is not None:
            lines.append(self.t("fact.date", value=self.day(case.incident_date)))
        return [f"- {line}" for line in lines]

    def contact(self, name: str, phone: str, email: str) -> list[str]:
        found = [("name", name), ("phone", phone), ("email", email)]
        return [f"- {self.t(f'fact.{key}', value=value)}" for key, value in found if value]

    def email(self, name: str, phone: str, email: str) -> str:
        case, t = self.case, self.t
        lines = [t("dear", company=case.company), "", *self.intro()]
        facts = self.facts()
        if facts or case.happened:
            lines += ["", t("section.facts"), *facts]
            if case.happened:
                lines += ["", case.happened]
        if self.attempts:
            lines += ["", t("section.attempts")]
            lines += [f"{n}. {attempt_line(a, self.lang)}" for n, a in enumerate(self.attempts, 1)]
        lines += ["", t("section.request")]
        if case.wanted:
            lines.append(case.wanted)
        lines.append(self.next_step())
        contact = self.contact(name, phone, email)
        if contact:
            lines += ["", t("section.contact"), *contact]
        lines += ["", *t("closing").splitlines()]
        if name:
            lines.append(t("signature", name=name))
        return "\n".join(lines).strip() + "\n"

    def webform(self, name: str, phone: str, email: str) -> str:
        case, t = self.case, self.t
        lines = [*self.intro(), *self.facts()]
        if case.happened:
            lines.append(f"- {t('fact.happened', value=summarize(case.happened, 80))}")
        if self.attempts:
            cited = self.attempts[-WEBFORM_ATTEMPTS:]
            lines += ["", t("section.attempts_short")]
            if len(self.attempts) > len(cited):
                lines.append(f"- {t('earlier', count=len(self.attempts) - len(cited))}")
            lines += [f"- {attempt_line(a, self.lang, short=True)}" for a in cited]
        lines.append("")
        if case.wanted:
            wanted = shorten(one_line(case.wanted), WEBFORM_WANTED_CHARS)
            lines.append(t("fact.wanted", value=wanted))
        lines.append(self.next_step())
        contact = self.contact(name, phone, email)
        if contact:
            lines += ["", *contact]
        return "\n".join(lines).strip() + "\n"

    def messenger(self) -> str:
        """A few sentences: no contact details, no letter around them."""
        parts = [self.t("hello_short"), self.situation()]
        references = [a.reference for a in self.attempts if a.reference]
        if references:
            parts.append(self.t("chat_reference", value=references[-1]))
        parts.append(self.next_step())
        return " ".join(parts) + "\n"

    def situation(self) -> str:
        topic = self.topic()
        if self.state == "callback":
            promised = when_text(self.attempts[-1].at, self.lang, short=True)
            return self.t("chat_callback", topic=topic, when=promised)
        if self.state != "waiting":
            return self.t(f"chat_{self.state}", topic=topic)
        counts = Counter(a.channel for a in self.attempts)
        tally = ", ".join(
            self.t("channel_count", channel=channel_name(channel, self.lang), n=n)
            for channel, n in counts.items()
        )
        since = day_short(seoul(self.attempts[0].at).date(), self.lang)
        return self.t("chat_waiting", topic=topic, since=since, tally=tally)
