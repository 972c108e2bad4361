"""The one catalog of words: a key and its parameters become Korean or English text at the edge.

Core never returns a finished sentence. It returns a `Msg` — a key such as "reason.closed_lunch"
and parameters such as {"opens": Moment(...)} — and the window or the command line turns it into
words with `render(msg, lang)`. So a reason can be tested without its wording, and a case stored
while the window spoke Korean can be shown in English.

The texts live in resources/text/*.json, one file per room (reasons.json, fields.json, …), each
an object of key -> {"ko": ..., "en": ...}; a value is a str.format template with named fields,
or a list of such templates (e.g. a channel's tips). A key stands in one file only. Every key has
both languages with the same fields (tests/core/test_catalog.py).

Which words come from where (one way each):
- the catalog: everything core produces or declares — reasons, the plan, channel and field
  names, checklist lines, error sentences, notices about files, time words, command-line labels;
- Qt `tr` (resources/translations/*.ts): the window's own chrome that core knows nothing of —
  menus, buttons, group titles, dialog titles.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from fallback_desktop.core.text.lang import LANGS, Lang
from fallback_desktop.paths import resource

Template = str | tuple[str, ...]


if TYPE_CHECKING:  # a type only: a Protocol class costs the first frame its making
    from typing import Protocol

    class Localized(Protocol):
        """A parameter that words itself (a moment, a duration, a holiday's names)."""

        def render(self, lang: Lang) -> str: ...


@dataclass(frozen=True)
class Msg:
    """A key of the catalog and the values for its fields; hashable, comparable, wordless."""

    key: str
    params: tuple[tuple[str, object], ...] = ()

    def get(self, name: str) -> object:
        """The value of one parameter (KeyError when absent), for tests and callers."""
        return dict(self.params)[name]

    def render(self, lang: Lang) -> str:
        return render(self, lang)


def msg(key: str, **params: object) -> Msg:
    """Msg("reason.closed_lunch", opens=...): parameters sorted, so equal messages compare equal."""
    return Msg(key, tuple(sorted(params.items())))


@dataclass(frozen=True)
class Words:
    """Fixed texts given in both languages by data (e.g. a holiday's name from the table)."""

    ko: str
    en: str

    def render(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en


class CatalogError(ValueError):
    """The catalog files disagree with the rules above."""


def _as_template(value: object, where: str) -> Template:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise CatalogError(f"{where}: a text is a string or a list of strings")


# The files holding each first segment of a key. A first lookup reads only those: the answer
# the window shows at start needs three of the two dozen files. A segment not listed here reads
# them all; tests/core/test_catalog.py checks this table against the files.
PREFIX_FILES: Mapping[str, tuple[str, ...]] = {
    "app": ("common.json",),
    "case": ("cases.json", "case_record.json"),
    "channel": ("channels.json",),
    "channel_text": ("channel_texts.json",),
    "check": ("checklist.json",),
    "cli": ("cli.json",),
    "company": ("directory.json",),
    "database": ("directory.json",),
    "directory": ("directory.json",),
    "draft": ("cli.json",),
    "error": ("errors.json", "fields.json"),
    "escalate": ("escalation.json",),
    "exchange": ("directory.json",),
    "experience": ("experience.json",),
    "field": ("fields.json",),
    "handed": ("desktop.json",),
    "handoff": ("handoff.json",),
    "help": ("help.json",),
    "hours": ("hours.json",),
    "instance": ("desktop.json",),
    "legal": ("legal.json",),
    "letter": ("fields.json",),
    "pdf": ("escalation.json",),
    "personal_data": ("personal_data.json",),
    "phone": ("phone.json",),
    "plan": ("plan.json",),
    "purpose": ("fields.json",),
    "reason": ("reasons.json",),
    "source": ("channels.json",),
    "store": ("store.json",),
    "time": ("time.json",),
    "user_template": ("user_templates.json",),
}


@cache
def file_entries(name: str) -> Mapping[str, Mapping[Lang, Template]]:
    """The keys of one resources/text file, read once."""
    path = resource("text") / name
    document = json.loads(path.read_text(encoding="utf-8"))
    texts = document.get("texts") if isinstance(document, dict) else None
    if not isinstance(texts, dict):
        raise CatalogError(f"{name}: expected an object with 'texts'")
    found: dict[str, dict[Lang, Template]] = {}
    for key, pair in texts.items():
        if not isinstance(pair, dict):
            raise CatalogError(f"{name}: {key} needs 'ko' and 'en'")
        found[key] = {lang: _as_template(pair.get(lang), f"{name}: {key}.{lang}") for lang in LANGS}
    return found


@cache
def entries() -> Mapping[str, Mapping[Lang, Template]]:
    """Every key of every resources/text/*.json file, read once."""
    found: dict[str, Mapping[Lang, Template]] = {}
    origin: dict[str, str] = {}
    for path in sorted(resource("text").glob("*.json")):
        for key, pair in file_entries(path.name).items():
            if key in found:
                raise CatalogError(f"{key} stands in both {origin[key]} and {path.name}")
            found[key] = pair
            origin[key] = path.name
    return found


def _entry(key: str) -> Mapping[Lang, Template]:
    files = PREFIX_FILES.get(key.partition(".")[0])
    if files is not None:
        for name in files:
            pair = file_entries(name).get(key)
            if pair is not None:
                return pair
    return entries()[key]


def fields_of(template: Template) -> set[str]:
    """The named fields a template asks for."""
    parts = (template,) if isinstance(template, str) else template
    return {
        name.split(".")[0].split("[")[0]
        for part in parts
        for _text, name, _spec, _conv in string.Formatter().parse(part)
        if name
    }


def _word(value: object, lang: Lang) -> object:
    # Duck-typed rather than isinstance(value, Localized): a runtime Protocol check is slow,
    # and this runs for every parameter of every text the window paints.
    words = getattr(value, "render", None)
    return words(lang) if callable(words) else value


def _fill(template: str, values: Mapping[str, object], lang: Lang) -> str:
    return template.format(**{name: _word(value, lang) for name, value in values.items()})


def render(message: Msg, lang: Lang) -> str:
    """The message in lang; a list entry is joined with line breaks (see `render_list`)."""
    template = _entry(message.key)[lang]
    if isinstance(template, tuple):
        return "\n".join(render_list(message, lang))
    return _fill(template, dict(message.params), lang)


def render_list(message: Msg, lang: Lang) -> list[str]:
    """A list entry (e.g. tips) as its items; a plain entry as a list of one."""
    template = _entry(message.key)[lang]
    parts = (template,) if isinstance(template, str) else template
    values = dict(message.params)
    return [_fill(part, values, lang) for part in parts]


def text(key: str, lang: Lang, **params: object) -> str:
    """Shorthand for render(msg(key, **params), lang)."""
    return render(msg(key, **params), lang)


def has(key: str) -> bool:
    """Whether the catalog knows the key."""
    return key in entries()
