"""How `company list` and `company show` print a company, as text and as JSON.

JSON: `list --json` prints objects with `name`, `other_names`, `channels` (channel id -> the
first address as shown, or null when none is known) and `sample`; `show --json` adds `note`
and `details` (every address with its cost, host, ARS keys, length cap, source and verified
day, and each channel's hours with their words and source). Web addresses are printed with
their host first (STYLE rule 17).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.company import Address, ChannelEntry, Company, Fact, fact_text
from fallback_desktop.core.domain.hours import hours_to_json
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.lang import Lang


def _channel_name(channel: str, lang: Lang) -> str:
    return render(get_channel(channel).name, lang)


def _shown(address: Address | None) -> str | None:
    return None if address is None else address.shown()


def company_summary_json(company: Company) -> dict[str, Any]:
    """One object of `company list --json`."""
    return {
        "name": company.name,
        "other_names": list(company.other_names),
        "channels": {e.channel: _shown(e.primary) for e in company.channels},
        "sample": company.sample,
    }


def _fact_json(fact: Fact, today: dt.date) -> dict[str, Any]:
    return {
        "source": fact.source,
        "verified": None if fact.verified is None else fact.verified.isoformat(),
        "age_days": fact.age_days(today),
        "stale": fact.is_stale(today),
    }


def _address_json(address: Address, lang: Lang, today: dt.date) -> dict[str, Any]:
    cost = address.cost
    return {
        "value": address.shown(),
        "stored": address.value,
        "host": address.host or None,
        "cost": None if cost is None else cost.value,
        "cost_text": None if cost is None else render(cost.words, lang),
        "ars": address.ars,
        "label": address.label,
        "max_chars": address.max_chars,
        **_fact_json(address.fact, today),
    }


def _hours_words(entry: ChannelEntry, lang: Lang) -> str:
    return render(get_channel(entry.channel).hours_words(entry.hours), lang)


def company_json(company: Company, lang: Lang, today: dt.date) -> dict[str, Any]:
    """The object of `company show --json`."""
    details = {
        entry.channel: {
            "addresses": [_address_json(a, lang, today) for a in entry.addresses],
            "hours": None if entry.hours is None else hours_to_json(entry.hours),
            "hours_text": _hours_words(entry, lang),
            "hours_default": entry.hours is None,
            "hours_fact": _fact_json(entry.hours_fact, today),
        }
        for entry in company.channels
    }
    return {**company_summary_json(company), "note": company.note, "details": details}


def _address_text(address: Address, lang: Lang) -> str:
    shown = address.shown()
    if address.host:
        shown = f"{address.host} — {shown}"
    parts = [shown]
    cost = address.cost
    if cost is not None:
        parts.append(render(cost.words, lang))
    if address.ars:
        parts.append(f"ARS {address.ars}")
    if address.max_chars is not None:
        parts.append(text("company.cli.max_chars", lang, count=address.max_chars))
    if address.label:
        parts.append(address.label)
    return " · ".join(parts)


def company_line(company: Company, lang: Lang) -> str:
    """One line of `company list`: the name, other names, and each channel's first address."""
    head = company.name
    if company.other_names:
        head += f" ({', '.join(company.other_names)})"
    if company.sample:
        head += f" [{text('directory.sample', lang)}]"
    channels = []
    for entry in company.channels:
        first = entry.primary
        shown = text("company.cli.no_address", lang) if first is None else first.shown()
        channels.append(f"{_channel_name(entry.channel, lang)} {shown}")
    return f"{head}: {' · '.join(channels)}" if channels else head


def company_text(company: Company, lang: Lang, today: dt.date) -> str:
    """`company show`: every channel with its addresses, hours, sources and their age."""
    lines = [company.name + (f" [{text('directory.sample', lang)}]" if company.sample else "")]
    if company.other_names:
        lines.append(f"{text('company.cli.other_names', lang)}: {', '.join(company.other_names)}")
    if company.note:
        lines.append(f"{text('company.cli.note', lang)}: {company.note}")
    for entry in company.channels:
        lines += ["", f"■ {_channel_name(entry.channel, lang)} [{entry.channel}]"]
        if not entry.addresses:
            lines.append(f"  {text('company.cli.no_address', lang)}")
        for address in entry.addresses:
            lines.append(f"  {_address_text(address, lang)}")
            lines.append(f"    {fact_text(address.fact, today, lang)}")
        hours = _hours_words(entry, lang)
        if entry.hours is None:
            lines.append(f"  {hours} {text('company.cli.hours_default', lang)}")
        else:
            lines.append(f"  {hours}")
            lines.append(f"    {fact_text(entry.hours_fact, today, lang)}")
    return "\n".join(lines) + "\n"
