"""User templates: checked on load, broken ones reported, the sandbox holding at render time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.drafting import DraftFields, render_email
from fallback_desktop.core.writing.fields import registry, template_names
from fallback_desktop.core.writing.templates import (
    check_template_source,
    load_user_templates,
    sandbox_environment,
)
from fallback_desktop.paths import resource, user_templates_dir

WORKING = """{# a short note for the shop #}
{% block subject %}Refund please: {{ product }}{% endblock %}
{% block body %}
Hello {{ company or "there" }},
{{ details }}
{% for file in attachments %}
* {{ file }}
{% endfor %}
{% endblock %}
"""


def write_template(name: str, source: str) -> Path:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt.j2"
    path.write_text(source, encoding="utf-8")
    return path


def test_sandbox_follows_the_house_configuration() -> None:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = sandbox_environment()
    assert isinstance(env, ImmutableSandboxedEnvironment)
    assert env.undefined is StrictUndefined
    assert env.trim_blocks
    assert env.lstrip_blocks
    assert env.keep_trailing_newline
    assert env.autoescape is False


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_bundled_templates_pass_the_user_check(lang: str) -> None:
    # Users are told to copy the bundled template: it must pass the same check theirs do.
    source = resource("templates", lang, "email.txt.j2").read_text(encoding="utf-8")
    assert check_template_source(source) is None


def test_missing_folder_means_no_templates(tmp_path: Path) -> None:
    loaded = load_user_templates(tmp_path / "does-not-exist")
    assert loaded.names == ()
    assert loaded.problems == ()


def test_a_working_user_template_renders_subject_and_body() -> None:
    write_template("refund", WORKING)
    assert load_user_templates().names == ("refund",)

    fields = DraftFields(
        product="Kettle K2",
        details="It leaks from the base.",
        attachments=(Path("/home/me/photos/leak.jpg"),),
    )
    draft = render_email(fields, "en", template="refund")
    assert draft.subject == "Refund please: Kettle K2"
    assert draft.body == "Hello there,\nIt leaks from the base.\n* leak.jpg\n"


def test_a_user_template_without_subject_gets_the_standard_subject() -> None:
    write_template("plain", "{% block body %}{{ details }}{% endblock %}")
    draft = render_email(DraftFields(product="세탁기", details="문이 안 열립니다."), "ko", "plain")
    assert draft.subject == "[문의] 세탁기: 문이 안 열립니다"
    assert draft.body == "문이 안 열립니다.\n"


def test_unknown_variable_is_reported_with_the_name_not_raised() -> None:
    write_template("good", WORKING)
    write_template("typo", "{% block body %}{{ detials }} {{ product }}{% endblock %}")
    loaded = load_user_templates()
    assert loaded.names == ("good",)
    (problem,) = loaded.problems
    assert problem.name == "typo"
    assert problem.message.key == "error.template_unknown_fields"
    assert problem.message.get("names") == "detials"
    assert "detials" in render(problem.message, "ko")
    assert "detials" in render(problem.message, "en")
    assert "details" in render(problem.message, "en")  # tells the person what they may use instead


def test_syntax_error_is_reported_with_its_line() -> None:
    write_template("broken", "{% block body %}\nfine\n{% if product %}\n{% endblock %}")
    (problem,) = load_user_templates().problems
    assert problem.name == "broken"
    assert "syntax" in render(problem.message, "en")
    assert "문법" in render(problem.message, "ko")


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("just text, no blocks", "body block"),
        ('{% include "other.txt.j2" %}{% block body %}x{% endblock %}', "load other"),
        # Found only when the tree is compiled: told, not raised.
        ("{% block body %}a{% endblock %}{% block body %}b{% endblock %}", "syntax"),
    ],
)
def test_other_shapes_that_cannot_work_are_reported(source: str, words: str) -> None:
    problem = check_template_source(source)
    assert problem is not None
    assert words in render(problem.message, "en")


def test_globals_and_loop_variables_are_not_unknown() -> None:
    source = (
        "{% block body %}{% for f in attachments %}{{ loop.index }} {{ f }}{% endfor %}"
        "{% set n = namespace(x=1) %}{{ n.x }}{% for i in range(2) %}{{ i }}{% endfor %}"
        "{% endblock %}"
    )
    assert check_template_source(source) is None


def test_file_that_is_not_utf8_is_reported() -> None:
    path = write_template("latin", "")
    path.write_bytes(b"{% block body %}caf\xe9{% endblock %}")
    (problem,) = load_user_templates().problems
    assert problem.name == "latin"
    assert "UTF-8" in render(problem.message, "en")


def test_sandbox_escape_is_blocked_with_one_clear_sentence() -> None:
    write_template("escape", "{% block body %}{{ ''.__class__.__mro__ }}{% endblock %}")
    # Attribute access is a render-time matter, so the load check lets it through...
    assert load_user_templates().names == ("escape",)
    # ...and rendering refuses it without leaking anything.
    with pytest.raises(InputError) as caught:
        render_email(DraftFields(), "en", template="escape")
    assert caught.value.field == "template"
    assert "unsafe" in caught.value.text("en")
    assert "안전하지 않은" in caught.value.text("ko")
    assert "object" not in caught.value.text("en")


@pytest.mark.parametrize(
    "expression",
    [
        "'x' * 1000000000",
        "7 ** 100000000",
        "product.__init__.__globals__",
        "lipsum.__globals__",
    ],
)
def test_expensive_or_dangerous_expressions_are_refused(expression: str) -> None:
    write_template("hostile", "{% block body %}{{ " + expression + " }}{% endblock %}")
    with pytest.raises(InputError):
        render_email(DraftFields(product="p"), "en", template="hostile")


def test_a_runtime_failure_is_an_input_error() -> None:
    write_template("divide", "{% block body %}{{ 1 / 0 }}{% endblock %}")
    with pytest.raises(InputError) as caught:
        render_email(DraftFields(), "ko", template="divide")
    assert "divide" in caught.value.text("ko")


def test_broken_user_template_cannot_be_rendered() -> None:
    write_template("typo", "{% block body %}{{ nope }}{% endblock %}")
    with pytest.raises(InputError) as caught:
        render_email(DraftFields(), "en", template="typo")
    assert "nope" in caught.value.text("en")


@pytest.mark.parametrize("name", ["missing", "../escape", "", ".hidden"])
def test_unknown_template_names_are_input_errors(name: str) -> None:
    with pytest.raises(InputError) as caught:
        render_email(DraftFields(), "en", template=name)
    assert caught.value.field == "template"


def test_known_fields_cover_every_draft_field() -> None:
    derived = {"lang", "purpose", "summary", "topic", "withdraw_by", "withdraw_open"}
    assert {spec.key for spec in registry()} | derived == template_names()
    assert set(DraftFields()) <= template_names()


def test_importing_core_drafting_does_not_load_jinja() -> None:
    code = (
        "import sys, fallback_desktop.core.writing.drafting, "
        "fallback_desktop.core.writing.templates, fallback_desktop.core.writing.checklist; "
        "print('jinja2' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
