"""Properties that hold for anything a person might type or paste, checked with hypothesis.

The examples mix Korean, emoji, control characters, every kind of line break, template syntax
and very long pastes; the counts are modest so the whole file runs in seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.policy
import io
import re
import sys
from collections.abc import Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fallback_desktop.cli import main as cli
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.handoff.eml import build_eml
from fallback_desktop.core.handoff.headers import FORBIDDEN_IN_HEADERS, validate_address
from fallback_desktop.core.handoff.mailto import build_mailto, parse_mailto
from fallback_desktop.core.writing.drafting import SUBJECT_LIMIT, DraftFields, render_email
from fallback_desktop.paths import user_templates_dir

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Template code a field might carry. Run as code, each would write "49" or "☃☃☃"; as text it
# writes neither, because free text below never holds "4", "9" or "☃".
CODE = [
    "{{ 7*7 }}",
    "{{7 * 7}}",
    "{{ '4' ~ '9' }}",
    "{{ '☃' * 3 }}",
    "{% for i in range(3) %}☃{% endfor %}",
    "{% set x = 7*7 %}{{ x }}",
    "{{ product }}{{ 7*7 }}",
    "{# comment #}",
    "{% raw %}",
    "{% endraw %}",
    "{{",
    "}}",
    "{%",
    "%}",
    "{% if %}",
    "${7*7}",
    "#{7*7}",
]
BREAKS = ["\r\n", "\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x00"]
OTHER = ["\t", "\u202e", "\u200b", "\ufeff", "\ud800", "\x7f", "\x1b[31m", "=?utf-8?q?x?="]
LONG = ["가나다라마바사 😀👍🏽 " * 700, "x" * 9_000, "환불" * 2_600]
SAFE_TEXT = st.text(
    alphabet=st.characters(exclude_characters="49☃", exclude_categories=("Cs",)), max_size=30
)
KOREAN = st.sampled_from(["세탁기", "환불 요청", "주문번호 A-12", "😀", "김민지", "한빛전자"])
FIELD = st.lists(
    st.one_of(
        SAFE_TEXT,
        KOREAN,
        st.sampled_from(CODE),
        st.sampled_from(BREAKS),
        st.sampled_from(OTHER),
        st.sampled_from(LONG).filter(lambda _s: True),
    ),
    max_size=8,
).map("".join)
SHORT_FIELD = st.lists(
    st.one_of(SAFE_TEXT, KOREAN, st.sampled_from(CODE), st.sampled_from(BREAKS + OTHER)),
    max_size=5,
).map("".join)
DAYS = st.none() | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
FILE_NAMES = st.lists(
    st.one_of(
        st.sampled_from(["영수증.pdf", "photo 1.jpg", "a\nb.png", "x\r\nBcc: v@e.org.txt"]),
        SAFE_TEXT.filter(lambda s: bool(s.strip()) and "/" not in s and "\x00" not in s),
    ),
    max_size=3,
)

ADDRESSES = st.one_of(
    st.just(""),
    st.emails(),
    st.sampled_from(
        [
            "help@example.com",
            " help@example.com\n",
            "고객센터@한빛전자.kr",
            "help@한빛전자.한국",
            "a@example.com\nBcc: victim@example.org",
            "a@example.com\r\nX-Evil: 1",
            "a@example.com, b@example.com",
            "a@example.com;b@example.com",
            "Name <a@example.com>",
            "a@b@example.com",
            "a@example.com\u2028b",
            "a@example.com?cc=victim@example.org",
            "a@example.com%0D%0ABcc:v@e.org",
            "=?utf-8?q?a=0Ab?=@example.com",
            "not an address",
            "a@-example.com",
            "a@example..com",
            "a" * 70 + "@example.com",
            "a@" + "b" * 300 + ".com",
        ]
    ),
    SHORT_FIELD,
)

EML_HEADERS = {"from", "to", "subject", "x-unsent", "mime-version", "content-type",
               "content-transfer-encoding"}  # fmt: skip
PART_HEADERS = {"content-type", "content-transfer-encoding", "content-disposition"}


def _fields(draw: st.DrawFn) -> DraftFields:
    return DraftFields(
        to=draw(SHORT_FIELD),
        company=draw(FIELD),
        product=draw(FIELD),
        order_number=draw(SHORT_FIELD),
        incident_date=draw(DAYS),
        details=draw(FIELD),
        tried=draw(FIELD),
        resolution=draw(FIELD),
        reply_by=draw(DAYS),
        name=draw(SHORT_FIELD),
        phone=draw(SHORT_FIELD),
        email=draw(SHORT_FIELD),
        attachments=tuple(Path("/home/me") / name for name in draw(FILE_NAMES)),
    )


ALL_FIELDS_TEMPLATE = """\
{% block subject %}{{ topic }} {{ order_number }} {{ company }}{% endblock %}
{% block body %}
{{ lang }} {{ to }} {{ company }} {{ product }} {{ order_number }} {{ incident_date }}
{{ details }}
{{ summary }} / {{ topic }}
{{ tried }}
{{ resolution }} {{ reply_by }}
{{ name }} {{ phone }} {{ email }}
{% for f in attachments %}- {{ f }}
{% endfor %}
{% endblock %}
"""


def _all_fields_template() -> str:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "everything.txt.j2").write_text(ALL_FIELDS_TEMPLATE, encoding="utf-8")
    return "everything"


# --- drafting ---------------------------------------------------------------------------------


@SETTINGS
@given(data=st.data(), lang=st.sampled_from(["ko", "en"]), user=st.booleans())
def test_any_fields_make_a_draft_and_never_run_as_code(
    data: st.DataObject, lang: str, user: bool
) -> None:
    fields = _fields(data.draw)
    template = _all_fields_template() if user else None
    draft = render_email(fields, lang, template)  # type: ignore[arg-type]

    assert not any(char in FORBIDDEN_IN_HEADERS for char in draft.subject)
    assert len(draft.subject.splitlines()) <= 1
    assert len(draft.subject) <= SUBJECT_LIMIT
    letter = draft.subject + "\n" + draft.body
    assert "49" not in letter, "a field ran as template code"
    assert "☃☃☃" not in letter, "a field ran as template code"
    assert "\r" not in draft.body
    assert draft.body == "" or draft.body.endswith("\n")


@SETTINGS
@given(code=st.sampled_from(CODE[:7]), lang=st.sampled_from(["ko", "en"]))
def test_template_code_in_a_field_is_shown_as_typed(code: str, lang: str) -> None:
    draft = render_email(DraftFields(details=code, company=code), lang)  # type: ignore[arg-type]
    assert code in draft.body


def _assert_one_line(error: InputError) -> None:
    for text in (error.text("ko"), error.text("en")):
        assert text
        assert "\n" not in text


# --- mailto ----------------------------------------------------------------------------------


def _expected_keys(subject: str, body: str) -> list[str]:
    return (["subject"] if subject.strip() else []) + (["body"] if body else [])


@SETTINGS
@given(to=ADDRESSES, subject=FIELD, body=FIELD)
@example(to="", subject="", body="\ud800")  # half an emoji once escaped as UnicodeEncodeError
@example(to="help@example.com", subject="a\udc00", body="")
def test_mailto_is_refused_or_round_trips_exactly(to: str, subject: str, body: str) -> None:
    try:
        uri = build_mailto(to, subject, body)
    except InputError as error:
        _assert_one_line(error)
        return
    assert uri.isascii()
    assert not re.search(r"[\s<>\"{}|\\^`]", uri)
    path, _, query = uri.removeprefix("mailto:").partition("?")
    assert not {"?", "&", "#"} & set(path)
    assert "," not in unquote(path)
    keys = [pair.partition("=")[0] for pair in query.split("&")] if query else []
    assert keys == _expected_keys(subject, body)
    assert parse_mailto(uri) == (
        validate_address(to, required=False),
        subject.strip(),
        re.sub(r"\r\n|\r|\n", "\n", body),
    )


# --- .eml ------------------------------------------------------------------------------------


def _parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


@SETTINGS
@given(
    to=ADDRESSES,
    sender=ADDRESSES,
    subject=SHORT_FIELD,
    body=FIELD,
    names=FILE_NAMES,
    data=st.binary(max_size=64),
)
@example(to="", sender="", subject="", body="\ud800", names=[], data=b"")
def test_eml_has_only_the_expected_headers(
    to: str,
    sender: str,
    subject: str,
    body: str,
    names: list[str],
    data: bytes,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("files")
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    try:
        raw = build_eml(to, subject, body, paths, sender=sender)
    except InputError as error:
        _assert_one_line(error)
        return
    message = _parse(raw)
    assert {name.lower() for name in message} <= EML_HEADERS
    assert message["X-Unsent"] == "1"
    for value in message.values():
        assert not any(char in FORBIDDEN_IN_HEADERS for char in str(value))
    assert (message["Subject"] or "") == subject.strip()
    if to.strip():
        assert message["To"] is not None
    else:
        assert message["To"] is None
    attachments = list(message.iter_attachments())
    assert len(attachments) == len(paths)
    for part in attachments:
        assert {name.lower() for name in part} <= PART_HEADERS
        assert part.get_content() == data or part.get_payload(decode=True) == data
        assert not any(char in FORBIDDEN_IN_HEADERS for char in part.get_filename() or "")


# --- the command line ------------------------------------------------------------------------


class _Captured:
    """What the command wrote to stdout (bytes) and stderr (text)."""

    out = b""
    err = ""


@contextlib.contextmanager
def _captured() -> Iterator[_Captured]:
    result = _Captured()
    out_bytes = io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", write_through=True)
    err = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        yield result
    finally:
        sys.stdout, sys.stderr = saved
        out.flush()
        result.out, result.err = out_bytes.getvalue(), err.getvalue()


CLI_OPTIONS = ["to", "company", "product", "order-number", "details", "tried", "resolution",
               "name", "phone", "email", "incident-date", "reply-by"]  # fmt: skip
DAY_TEXT = st.one_of(
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)).map(str),
    st.sampled_from(["2026-02-30", "next week", "", " 2026-01-05\n", "2026-1-5"]),
)


@SETTINGS
@given(
    data=st.data(),
    fmt=st.sampled_from(["text", "mailto", "eml"]),
    lang=st.sampled_from(["ko", "en"]),
    to_file=st.booleans(),
)
def test_cli_draft_writes_all_or_nothing(
    data: st.DataObject,
    fmt: str,
    lang: str,
    to_file: bool,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    argv = ["--lang", lang, "draft", "--format", fmt]
    for option in data.draw(st.lists(st.sampled_from(CLI_OPTIONS), unique=True, max_size=6)):
        if option in ("incident-date", "reply-by"):
            value = data.draw(DAY_TEXT)
        elif option in ("to", "email"):
            value = data.draw(ADDRESSES)
        else:
            value = data.draw(FIELD)
        argv.append(f"--{option}={value}")  # "=" keeps a value starting with "-" a value
    folder = tmp_path_factory.mktemp("out")
    attach = data.draw(st.sampled_from(["none", "file", "missing", "folder"]))
    if attach != "none":
        target = folder / "영수증.pdf"
        if attach == "file":
            target.write_bytes(b"%PDF-1.4")
        elif attach == "folder":
            target.mkdir()
        argv += ["--attach", str(target)]
    output = folder / "draft.out"
    if to_file:
        output.write_bytes(b"the earlier draft")
        argv += ["--output", str(output)]

    with _captured() as captured:
        status = cli.main(argv)

    written = output.read_bytes() if to_file else captured.out
    if status == cli.EXIT_BAD_INPUT:
        assert captured.out == b""
        assert len(captured.err.strip().splitlines()) == 1
        if to_file:
            assert written == b"the earlier draft"
        return
    assert status == cli.EXIT_OK
    assert captured.err == ""
    assert written
    if fmt == "text":
        assert written.startswith(b"Subject: ")
    elif fmt == "mailto":
        assert written.isascii()
        assert written.startswith(b"mailto:")
        assert written.count(b"\n") == 1
    else:
        assert {name.lower() for name in _parse(written)} <= EML_HEADERS
