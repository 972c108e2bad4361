"""The person's own templates: the folder (create, duplicate, rename, delete and undo, atomic
saves, names), the line-by-line check, and the preview with the example letter."""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import fields
from fallback_desktop.core.writing.drafting import render_email
from fallback_desktop.core.writing.template_preview import SAMPLE_TODAY, preview, sample_fields
from fallback_desktop.core.writing.templates import check_template_source, load_user_templates
from fallback_desktop.core.writing.user_templates import (
    MAX_NAME,
    MAX_NAME_BYTES,
    Deleted,
    TemplateFolder,
    check,
)
from fallback_desktop.paths import resource, user_templates_dir
from tests.robustness.test_template_escapes import LEAKS, PAYLOADS, SECONDS_ALLOWED

GOOD = (
    "{% block subject %}환불 요청: {{ product }}{% endblock %}\n"
    "{% block body %}\n"
    "{{ company }} 담당자님께\n"
    "{{ details }}\n"
    "{{ name }} 드림\n"
    "{% endblock %}\n"
)


def body(*lines: str) -> str:
    """A template whose body holds these lines; line 1 is the block tag, so lines[0] is line 2."""
    return "{% block body %}\n" + "\n".join(lines) + "\n{% endblock %}\n"


def one_clear_sentence(message: Msg, *, internals: bool = False) -> None:
    """One line ending in a full stop; unless `internals` are expected, none shows."""
    for lang in ("ko", "en"):
        words = render(message, lang)
        assert words == words.strip(), words
        assert "\n" not in words, words
        assert words.endswith("."), words
        assert internals or not LEAKS.search(words), words


@pytest.fixture
def folder() -> TemplateFolder:
    return TemplateFolder()


# --- the check -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_bundled_letters_have_no_problems(lang: str) -> None:
    source = resource("templates", lang, "email.txt.j2").read_text(encoding="utf-8")
    assert check(source) == []


def test_a_syntax_error_is_reported_on_its_line_without_raising() -> None:
    (problem,) = check(body("안녕하세요", "{{ name }", "끝"))
    assert problem.line == 3
    assert problem.message.key == "user_template.syntax"
    one_clear_sentence(problem.message)


def test_an_unclosed_block_names_the_tag_that_closes_it() -> None:
    (problem,) = check("{% block body %}\n{% if name %}\n{{ name }}\n")
    assert problem.message == Msg("user_template.syntax_unclosed", (("open", "if"),))
    assert "{% endif %}" in render(problem.message, "ko")


def test_a_closing_tag_in_the_wrong_place_is_found() -> None:
    (nesting,) = check(body("{% for f in attachments %}", "{% endif %}"))
    assert nesting.line == 3
    assert nesting.message.key == "user_template.syntax_nesting"
    (stray,) = check("{% block body %}{% endblock %}\nx\n{% endif %}")
    assert (stray.line, stray.message.key) == (3, "user_template.syntax_stray_end")
    (unknown,) = check(body("{% shout %}"))
    assert unknown.message.key == "user_template.tag"


def test_a_broken_quote_points_at_its_column() -> None:
    (problem,) = check(body('  {{ "abc }}'))
    assert (problem.line, problem.column) == (2, 6)


def test_a_block_written_twice_is_a_problem_not_a_crash() -> None:
    (problem,) = check(body("a") + "{% block body %}b{% endblock %}")
    assert problem.message.key == "user_template.block_twice"


def test_unknown_fields_are_each_shown_on_their_line_with_a_likely_meaning() -> None:
    problems = check(body("{{ company }}", "고객: {{ nmae }}", "{{ shoe_size }}"))
    assert [(p.line, p.column) for p in problems] == [(3, 8), (4, 4)]
    misspelt, unknown = problems
    assert misspelt.message == Msg(
        "user_template.unknown_field_like", (("name", "nmae"), ("suggestion", "name"))
    )
    assert unknown.message.key == "user_template.unknown_field"
    assert "order_number" in str(unknown.message.get("known"))


def test_a_field_added_to_the_registry_is_known_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    source = body("{{ shoe_size }}")
    assert check(source)
    extra = fields.Field("shoe_size", fields.Kind.LINE, fields.Group.WISH, "shoeSizeEdit", "--s")
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, extra))
    assert check(source) == []


def test_a_template_without_a_body_or_too_large_is_refused_as_a_whole() -> None:
    (no_body,) = check("{% block subject %}x{% endblock %}")
    assert no_body.line is None
    assert no_body.message.key == "error.template_no_body"
    (large,) = check(body("가" * 40_000))  # 120,000 bytes of UTF-8
    assert large.message.key == "error.template_too_large"


def test_ten_thousand_characters_with_emoji_are_fine() -> None:
    line = "환불 부탁드려요 😀 {{ product }} 🙏\n"
    source = body((line * (10_000 // len(line) + 1))[:10_000].rstrip("{ \n"))
    assert len(source) > 10_000
    assert check(source) == []
    result = preview(source, "ko")
    assert result.draft is not None
    assert "😀" in result.draft.body


ALTERED = (
    "{% block body %}{{ details }}",
    "{% include 'x' %}{% block body %}{% endblock %}",
    "{% block body %}{% extends 'a' %}{% endblock %}",
    "{% block body %}{{ lipsum(9) }}{% endblock %}",
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "{% block body %}",
                "{% endblock %}",
                "{% block subject %}",
                "{{ company }}",
                "{{ nope }}",
                "{% if name %}",
                "{% endif %}",
                "{{ ",
                " }}",
                "{% for f in attachments %}",
                "{% endfor %}",
                "{{ ''.__class__ }}",
                "{% include 'a' %}",
                "\n",
                "😀",
                "가",
                "{#",
                "#}",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_the_check_never_raises_and_refuses_all_the_letter_refuses(source: str) -> None:
    problems = check(source)
    try:
        refused = check_template_source(source) is not None
    except Exception:  # the letter's check fails on a few odd sources: refused all the same
        refused = True
    if refused:
        assert problems
    result = preview(source, "en")
    assert (result.draft is None) == bool(result.problems)


@pytest.mark.parametrize("source", ALTERED)
def test_what_the_letter_refuses_is_refused_here(source: str) -> None:
    assert check_template_source(source) is not None
    assert check(source)


# --- escape attempts through the check and the preview ---------------------------------------


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_escapes_are_blocked_with_one_clear_sentence(payload: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a", encoding="utf-8")
    source = "{% block subject %}Hi{% endblock %}\n{% block body %}\n" + payload.replace(
        "{secret}", str(secret)
    )
    source += "\n{% endblock %}\n"
    started = time.monotonic()
    result = preview(source, "ko")
    assert time.monotonic() - started < SECONDS_ALLOWED
    assert result.draft is None
    assert result.problems
    for problem in result.problems:
        one_clear_sentence(problem.message)
        assert problem.line in (None, 2, 3)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("{% for i in range(10**8) %}{% for j in range(10**8) %}{% endfor %}{% endfor %}", "steps"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursion"),
        ("{{ 'x' * 10**9 }}", "too_big"),
        ("{{ ''.__class__ }}", "internal"),
        ("{% include '/etc/passwd' %}", "loads"),
    ],
)
def test_each_kind_of_escape_is_named(line: str, key: str) -> None:
    keys = {
        "steps": "user_template.too_many_steps",
        "recursion": "user_template.recursion",
        "too_big": "user_template.too_big",
        "internal": "user_template.internal",
        "loads": "error.template_loads_others",
    }
    result = preview(body("첫 줄", line), "en")
    assert [(p.line, p.message.key) for p in result.problems] == [(3, keys[key])]


# --- the preview is the letter --------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "en"])
# (A template without a subject takes the bundled one of the purpose.)
@pytest.mark.parametrize(
    ("purpose", "with_subject"), [("general", True), ("general", False), ("refund", True)]
)
def test_the_preview_makes_the_same_letter_as_the_draft(
    lang: Lang, with_subject: bool, purpose: str
) -> None:
    source = GOOD if with_subject else GOOD.split("{% endblock %}\n", 1)[1]
    source = source.replace("{{ details }}", "{{ details }} ({{ purpose }}, {{ withdraw_by }})")
    folder = TemplateFolder()
    assert folder.save("비교", source) is None
    result = preview(source, lang, purpose=purpose, today=SAMPLE_TODAY)
    letter = render_email(
        sample_fields(lang), lang, template="비교", purpose=purpose, today=SAMPLE_TODAY
    )
    assert result.draft == letter
    assert f"({purpose}, " in letter.body


def test_the_example_letter_is_clearly_made_up() -> None:
    langs: tuple[Lang, ...] = ("ko", "en")
    for lang in langs:
        sample = sample_fields(lang)
        assert sample.text("phone") == "010-0000-0000"
        assert sample.text("email").endswith("@example.com")
        assert sample.text("to").endswith("@example.com")
    assert sample_fields("ko").text("name") == "홍길동"


# --- the folder -----------------------------------------------------------------------------


def test_new_templates_start_as_the_standard_letter(folder: TemplateFolder) -> None:
    assert folder.names() == []
    first = folder.create("ko")
    second = folder.create("ko")
    assert (first, second) == ("새 템플릿", "새 템플릿 (2)")
    assert isinstance(first, str)
    bundled = resource("templates", "ko", "email.txt.j2").read_text(encoding="utf-8")
    assert folder.read(first) == bundled
    assert folder.create("en") == "New template"
    # The letter finds them where it looks.
    assert set(load_user_templates().names) == {"새 템플릿", "새 템플릿 (2)", "New template"}
    assert folder.path == user_templates_dir()


def test_saving_is_atomic_and_keeps_the_previous_version(folder: TemplateFolder) -> None:
    assert folder.save("환불 😀", GOOD) is None
    assert folder.save("환불 😀", GOOD.replace("환불", "교환")) is None
    path = folder.file("환불 😀")
    assert "교환 요청" in path.read_text(encoding="utf-8")
    assert "환불 요청" in Path(str(path) + ".bak").read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.path.iterdir()) == ["환불 😀.txt.j2", "환불 😀.txt.j2.bak"]
    assert folder.names() == ["환불 😀"]
    draft = render_email(sample_fields("ko"), "ko", template="환불 😀")
    assert draft.subject == "환불 요청: 무선 청소기".replace("환불", "교환")


def test_a_save_that_fails_midway_leaves_the_old_file_whole(
    folder: TemplateFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder.save("환불", GOOD)

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    failed = folder.save("환불", "half")
    assert isinstance(failed, Msg)
    assert failed.key == "user_template.not_saved"
    assert folder.read("환불") == GOOD
    assert sorted(p.name for p in folder.path.iterdir()) == ["환불.txt.j2"]


def test_a_duplicate_is_named_with_the_next_number(folder: TemplateFolder) -> None:
    folder.save("환불", GOOD)
    assert folder.duplicate("환불") == "환불 (2)"
    assert folder.duplicate("환불") == "환불 (3)"
    assert folder.duplicate("환불 (2)") == "환불 (4)"
    assert folder.read("환불 (4)") == GOOD
    assert isinstance(folder.duplicate("없음"), Msg)


def test_a_long_name_keeps_its_number_within_the_limit(folder: TemplateFolder) -> None:
    for long in ("가" * MAX_NAME, "a" * MAX_NAME, "😀" * (MAX_NAME_BYTES // 4)):
        assert folder.name_problem(long) is None
        assert folder.save(long, GOOD) is None
        copy = folder.duplicate(long)
        assert isinstance(copy, str)
        assert copy.endswith(" (2)")
        assert len(copy) <= MAX_NAME
        assert len(copy.encode("utf-8")) <= MAX_NAME_BYTES
        gone = folder.delete(copy)  # the trash's name is longer still
        assert isinstance(gone, Deleted)
        assert folder.restore(gone) == copy
        assert folder.read(copy) == GOOD


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("", "user_template.name_empty"),
        ("   ", "user_template.name_empty"),
        ("a" * (MAX_NAME + 1), "user_template.name_too_long"),
        ("가" * (MAX_NAME + 1), "user_template.name_too_long"),
        ("😀" * (MAX_NAME_BYTES // 4 + 1), "user_template.name_too_long"),
        ("a/b", "user_template.name_characters"),
        ("a\\b", "user_template.name_characters"),
        ("a\x00b", "user_template.name_characters"),
        ("a:b", "user_template.name_characters"),
        ("줄\n바꿈", "user_template.name_characters"),
        (".hidden", "user_template.name_reserved"),
        ("끝.", "user_template.name_reserved"),
        ("CON", "user_template.name_reserved"),
        ("REFUND", "user_template.name_taken"),
    ],
)
def test_names_that_cannot_be_used_say_why(folder: TemplateFolder, name: str, key: str) -> None:
    folder.save("Refund", GOOD)
    problem = folder.name_problem(name)
    assert problem is not None
    assert problem.key == key
    one_clear_sentence(problem, internals=True)  # the forbidden characters include "<"


def test_good_names_pass(folder: TemplateFolder) -> None:
    folder.save("Refund", GOOD)
    for name in ("가" * MAX_NAME, "환불 요청 (택배) 😀", "Refund 2", "refund-old"):
        assert folder.name_problem(name) is None, name
    assert folder.name_problem("REFUND", current="Refund") is None  # its own name, recased


def test_rename_moves_the_backup_and_refuses_a_taken_name(folder: TemplateFolder) -> None:
    folder.save("옛 이름", GOOD)
    folder.save("옛 이름", GOOD + "\n")
    folder.save("다른 것", GOOD)
    assert folder.rename("옛 이름", "  새 이름 ") == "새 이름"
    assert folder.names() == ["다른 것", "새 이름"]
    assert Path(str(folder.file("새 이름")) + ".bak").is_file()
    taken = folder.rename("새 이름", "다른 것")
    assert isinstance(taken, Msg)
    assert taken.key == "user_template.name_taken"
    assert folder.rename("새 이름", "New") == "New"
    assert folder.rename("New", "NEW") == "NEW"  # only the case changes


def test_a_name_in_decomposed_hangul_is_stored_composed(folder: TemplateFolder) -> None:
    folder.save("환불", GOOD)
    decomposed = unicodedata.normalize("NFD", "교환")
    assert folder.rename("환불", decomposed) == "교환"
    assert folder.name_problem(unicodedata.normalize("NFD", "교환")) is not None  # taken


def test_delete_puts_the_template_aside_and_undo_brings_it_back(folder: TemplateFolder) -> None:
    folder.save("환불", GOOD)
    folder.save("환불", GOOD + "\n")
    gone = folder.delete("환불")
    assert isinstance(gone, Deleted)
    assert folder.names() == []
    assert load_user_templates().names == ()
    assert gone.aside.parent.name == ".trash"
    assert gone.aside.read_text(encoding="utf-8") == GOOD + "\n"
    assert folder.restore(gone) == "환불"
    assert folder.read("환불") == GOOD + "\n"
    assert Path(str(folder.file("환불")) + ".bak").is_file()


def test_undo_after_the_name_was_taken_again_keeps_both(folder: TemplateFolder) -> None:
    folder.save("환불", "첫째 " + GOOD)
    first = folder.delete("환불")
    folder.save("환불", "둘째 " + GOOD)
    second = folder.delete("환불")
    assert isinstance(first, Deleted)
    assert isinstance(second, Deleted)
    assert first.aside != second.aside
    folder.save("환불", "셋째 " + GOOD)
    assert folder.restore(first) == "환불 (2)"
    assert str(folder.read("환불 (2)")).startswith("첫째")
    assert str(folder.read("환불")).startswith("셋째")


def test_entries_show_what_stops_a_template(folder: TemplateFolder) -> None:
    folder.save("좋음", GOOD)
    folder.save("틀림", body("{{ nmae }}"))
    folder.path.joinpath("깨짐.txt.j2").write_bytes(b"\xff\xfe\x00bad")
    found = {entry.name: entry.problem for entry in folder.entries()}
    assert found["좋음"] is None
    wrong = found["틀림"]
    assert wrong is not None
    assert (wrong.line, wrong.column) == (2, 4)
    broken = found["깨짐"]
    assert broken is not None
    assert broken.message.key == "error.template_not_utf8"


def test_failures_come_back_as_messages(folder: TemplateFolder, tmp_path: Path) -> None:
    blocked = TemplateFolder(tmp_path / "a file")
    (tmp_path / "a file").write_text("not a folder", encoding="utf-8")
    assert isinstance(blocked.save("x", GOOD), Msg)
    assert isinstance(blocked.create("ko"), Msg)
    assert isinstance(folder.read("없음"), Msg)
    assert isinstance(folder.delete("없음"), Msg)
    assert isinstance(folder.rename("없음", "다른"), Msg)
    # A name that would leave the folder writes nothing anywhere.
    assert isinstance(folder.save("../outside", GOOD), Msg)
    assert isinstance(folder.read("../outside"), Msg)
    assert not (folder.path.parent / "outside.txt.j2").exists()
