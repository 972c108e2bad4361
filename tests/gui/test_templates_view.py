"""The letter templates view: make, edit, check, preview, save, copy, delete and undo — by
mouse and by keyboard — and the template choice the letter offers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing import template_preview
from fallback_desktop.core.writing.user_templates import TemplateFolder
from fallback_desktop.gui.fonts import apply_text_size
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.templates import unsaved
from fallback_desktop.gui.templates.choice import TemplateCombo
from fallback_desktop.gui.templates.notifier import templates_changed
from fallback_desktop.gui.templates.view import TemplatesView
from fallback_desktop.paths import resource
from tests.gui.conftest import FakeClock
from tests.robustness.test_template_escapes import LEAKS

# The offscreen platform says so for every top-level widget shown; nothing a person would see.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

GOOD = (
    "{% block subject %}Refund: {{ product }}{% endblock %}\n"
    "{% block body %}\n"
    "Dear {{ company }},\n"
    "{{ details }}\n"
    "{{ name }}\n"
    "{% endblock %}\n"
)


def write(name: str, source: str = GOOD) -> None:
    assert TemplateFolder().save(name, source) is None


def on_disk(name: str) -> str:
    return TemplateFolder().file(name).read_text(encoding="utf-8")


def listed(view: TemplatesView) -> list[str]:
    return [view.list.item(row).text() for row in range(view.list.count())]


def problems(view: TemplatesView) -> list[str]:
    return [view.problems.item(row).text() for row in range(view.problems.count())]


def make_view(qtbot: QtBot) -> TemplatesView:
    view = TemplatesView()
    qtbot.addWidget(view)
    view.resize(1024, 540)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.loaded)
    return view


@pytest.fixture
def view(qtbot: QtBot) -> TemplatesView:
    return make_view(qtbot)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[unsaved.Answer]:
    """What the unsaved-changes question answers, first listed first; it fails if not ready."""
    given: list[unsaved.Answer] = []

    def ask(_parent: object, _name: str) -> unsaved.Answer:
        return given.pop(0)

    monkeypatch.setattr(unsaved, "ask_save_changes", ask)
    return given


def test_the_folder_is_read_only_once_the_view_is_on_screen(qtbot: QtBot) -> None:
    write("Refund")
    view = TemplatesView()
    qtbot.addWidget(view)
    assert not view.loaded
    assert view.list.count() == 0
    view.show()
    qtbot.waitUntil(lambda: view.loaded)
    assert listed(view) == ["Refund"]
    assert view.editor.toPlainText() == GOOD
    qtbot.waitUntil(
        lambda: "Subject: Refund: cordless vacuum cleaner" in view.preview.toPlainText()
    )


def test_new_starts_from_the_standard_letter_and_previews_it(
    view: TemplatesView, qtbot: QtBot
) -> None:
    assert view.list.count() == 0
    assert "New" in view.editor.placeholderText()
    qtbot.mouseClick(view.buttons["new"], Qt.MouseButton.LeftButton)
    assert listed(view) == ["New template"]
    bundled = resource("templates", "en", "email.txt.j2").read_text(encoding="utf-8")
    assert view.editor.toPlainText() == bundled
    assert on_disk("New template") == bundled
    assert problems(view) == ["No problems: the letter can use this template."]
    text = view.preview.toPlainText()
    assert text.startswith("Subject: ")
    assert "Gildong Hong" in text
    assert "010-0000-0000" in text
    assert view.editor.hasFocus() or QApplication.focusWidget() is view.editor


def test_a_syntax_error_shows_on_its_line_and_the_last_good_letter_stays(
    view: TemplatesView, qtbot: QtBot
) -> None:
    view.new()
    good = view.preview.toPlainText()
    assert good
    view.editor.setPlainText(GOOD.replace("{{ details }}", "{{ details }"))
    qtbot.waitUntil(lambda: problems(view) != ["No problems: the letter can use this template."])
    (line,) = problems(view)
    assert line.startswith("Line 4: ")
    assert view.preview.toPlainText() == good  # the last letter that worked
    assert view.shown.note.isVisible()
    assert "last version that worked" in view.shown.note.text()

    # Enter on the problem puts the cursor on its line.
    view.problems.setFocus()
    view.problems.setCurrentRow(0)
    qtbot.keyClick(view.problems, Qt.Key.Key_Return)
    assert view.editor.hasFocus()
    assert view.editor.textCursor().blockNumber() == 3

    # Fixed: the note goes, the letter follows the new text.
    view.editor.setPlainText(GOOD)
    qtbot.waitUntil(lambda: "Subject: Refund:" in view.preview.toPlainText())
    assert not view.shown.note.isVisible()


def test_an_unknown_field_is_shown_with_its_column_and_a_click_goes_there(
    view: TemplatesView, qtbot: QtBot
) -> None:
    write("Refund")
    view2 = make_view(qtbot)
    view2.editor.setPlainText(GOOD.replace("Dear {{ company }}", "Dear {{ comapny }}"))
    qtbot.waitUntil(lambda: len(problems(view2)) == 1 and "comapny" in problems(view2)[0])
    (line,) = problems(view2)
    assert line == "Line 3: There is no field called 'comapny'; perhaps you meant 'company'."
    assert "No preview until the problems are fixed." not in view2.shown.note.text()
    item = view2.problems.item(0)
    rect = view2.problems.visualItemRect(item)
    qtbot.mouseClick(view2.problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = view2.editor.textCursor()
    assert (cursor.blockNumber(), cursor.positionInBlock()) == (2, len("Dear {{ "))


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "{% for i in range(10**8) %}{% for j in range(10**8) %}{% endfor %}{% endfor %}",
            "repeats",
        ),
        ("{{ 'x' * 10**9 }}", "far too much text"),
        ("{{ ''.__class__ }}", "Blocked as unsafe"),
        ("{{ cycler.__init__.__globals__ }}", "Blocked as unsafe"),
        ("{% include '/etc/passwd' %}", "cannot load other templates"),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "keeps calling itself"),
    ],
)
def test_escape_attempts_are_blocked_with_one_sentence(
    view: TemplatesView, qtbot: QtBot, line: str, words: str
) -> None:
    view.new()
    view.editor.setPlainText(GOOD.replace("{{ name }}", line))
    qtbot.waitUntil(lambda: any(words in p for p in problems(view)))
    for problem in problems(view):
        assert problem.startswith("Line 5: ")
        assert not LEAKS.search(problem.removeprefix("Line 5: "))
    assert "__" not in view.preview.toPlainText()
    assert "root:" not in view.preview.toPlainText()


def test_typing_redraws_the_preview_once_after_the_pause(
    view: TemplatesView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("Refund")
    typed = make_view(qtbot)
    calls: list[str] = []
    real = template_preview.preview

    def counting(source: str, *args: object, **kwargs: object) -> template_preview.Preview:
        calls.append(source)
        return real(source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(template_preview, "preview", counting)
    cursor = typed.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    typed.editor.setTextCursor(cursor)
    typed.editor.setFocus()
    qtbot.keyClicks(typed.editor, "{# a note #}")  # a dozen keys without a pause between them
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0].endswith("{# a note #}")
    assert typed.is_dirty()


def test_ctrl_s_saves_atomically_and_tells_the_letter(view: TemplatesView, qtbot: QtBot) -> None:
    write("Refund")
    saved = make_view(qtbot)
    saved.editor.setPlainText(GOOD.replace("Dear", "Hello"))
    assert saved.is_dirty()
    saved.editor.setFocus()
    with qtbot.waitSignal(templates_changed):
        qtbot.keyClick(saved.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert on_disk("Refund") == GOOD.replace("Dear", "Hello")
    assert Path(str(TemplateFolder().file("Refund")) + ".bak").read_text(encoding="utf-8") == GOOD
    assert not saved.is_dirty()
    assert saved.work.status.text() == "Saved. The letter can use it now."


def test_a_korean_name_with_emoji_renames_and_a_taken_name_is_refused(
    view: TemplatesView, qtbot: QtBot
) -> None:
    write("Refund")
    write("Other")
    named = make_view(qtbot)
    named.list.setCurrentRow(listed(named).index("Refund"))
    named.work.name_edit.setText("환불 요청 😀")
    assert named.save()
    assert listed(named) == ["Other", "환불 요청 😀"]
    assert on_disk("환불 요청 😀") == GOOD
    assert named.list.currentItem().text() == "환불 요청 😀"
    named.work.name_edit.setText("other")
    assert not named.save()
    assert "already exists" in named.work.status.text()
    assert named.work.name_edit.hasFocus()
    assert on_disk("Other") == GOOD


def test_duplicate_then_delete_and_undo(view: TemplatesView, qtbot: QtBot) -> None:
    write("Refund")
    both = make_view(qtbot)
    qtbot.mouseClick(both.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert listed(both) == ["Refund", "Refund (2)"]
    assert both.current == "Refund (2)"
    assert not both.buttons["undo"].isEnabled()
    qtbot.mouseClick(both.buttons["delete"], Qt.MouseButton.LeftButton)
    assert listed(both) == ["Refund"]
    assert both.current == "Refund"
    assert not TemplateFolder().file("Refund (2)").exists()
    assert both.buttons["undo"].isEnabled()
    qtbot.mouseClick(both.buttons["undo"], Qt.MouseButton.LeftButton)
    assert listed(both) == ["Refund", "Refund (2)"]
    assert both.current == "Refund (2)"
    assert on_disk("Refund (2)") == GOOD
    assert not both.buttons["undo"].isEnabled()


def test_deleting_the_last_template_leaves_an_empty_editor(view: TemplatesView) -> None:
    view.new()
    view.delete()
    assert view.list.count() == 0
    assert not view.editor.isEnabled()
    assert view.buttons["undo"].isEnabled()
    view.undo()
    assert listed(view) == ["New template"]
    assert view.editor.isEnabled()


@pytest.mark.parametrize("answer", ["cancel", "save", "discard"])
def test_unsaved_changes_are_asked_about_before_switching(
    qtbot: QtBot, answers: list[unsaved.Answer], answer: unsaved.Answer
) -> None:
    write("A")
    write("B")
    two = make_view(qtbot)
    assert two.current == "A"
    two.editor.setPlainText(GOOD + "{# edited #}\n")
    answers.append(answer)
    two.list.setCurrentRow(1)
    assert not answers  # asked once
    if answer == "cancel":
        assert two.current == "A"
        assert two.list.currentRow() == 0
        assert two.editor.toPlainText().endswith("{# edited #}\n")
        assert on_disk("A") == GOOD
    else:
        assert two.current == "B"
        assert two.list.currentItem().text() == "B"
        assert two.editor.toPlainText() == GOOD
        expected = GOOD + "{# edited #}\n" if answer == "save" else GOOD
        assert on_disk("A") == expected
        # Nothing unsaved now: going back asks nothing (an unready answer list would fail).
        two.list.setCurrentRow(0)
        assert two.current == "A"


def test_new_asks_first_and_cancel_makes_nothing(
    qtbot: QtBot, answers: list[unsaved.Answer]
) -> None:
    write("A")
    one = make_view(qtbot)
    one.editor.setPlainText("changed")
    answers.append("cancel")
    one.new()
    assert listed(one) == ["A"]
    assert one.editor.toPlainText() == "changed"


def test_ten_thousand_characters_preview(view: TemplatesView, qtbot: QtBot) -> None:
    line = "환불 부탁드려요 😀 {{ product }}\n"
    body = (line * (10_000 // len(line) + 1))[:10_000]
    body = body[: body.rfind("\n")]
    write("long", "{% block body %}\n" + body + "\n{% endblock %}\n")
    long = make_view(qtbot)
    assert len(long.editor.toPlainText()) > 10_000
    qtbot.waitUntil(lambda: "cordless vacuum cleaner" in long.preview.toPlainText())
    assert "😀" in long.preview.toPlainText()
    assert problems(long) == ["No problems: the letter can use this template."]


def test_the_keyboard_reaches_everything_and_every_control_has_a_name(
    view: TemplatesView, qtbot: QtBot
) -> None:
    view.new()
    view.list.setFocus()
    seen: list[str] = []
    for _ in range(20):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = {
        "templateList",
        "newTemplateButton",
        "duplicateTemplateButton",
        "deleteTemplateButton",
        "templateNameEdit",
        "templateEditor",
        "templateProblems",
        "saveTemplateButton",
        "templatePreviewLang",
        "templatePreviewPurpose",
        "templatePreview",
    }
    assert wanted <= set(seen), wanted - set(seen)
    for name in wanted | {"undoTemplateButton"}:
        widget = view.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_larger_text_enlarges_the_editor_in_a_fixed_width_face(
    view: TemplatesView, qapp: QApplication, qtbot: QtBot
) -> None:
    before = view.editor.font().pointSizeF()
    family = view.editor.font().family()
    try:
        apply_text_size(qapp, True)
        qtbot.waitUntil(lambda: view.editor.font().pointSizeF() > before)
        assert view.editor.font().family() == family
        assert view.problems.font().pointSizeF() > before - 0.01
    finally:
        apply_text_size(qapp, False)


def test_problems_follow_the_language(
    view: TemplatesView, qtbot: QtBot, qapp: QApplication
) -> None:
    view.new()
    view.editor.setPlainText(GOOD.replace("{{ name }}", "{{ nmae }}"))
    qtbot.waitUntil(lambda: "nmae" in " ".join(problems(view)))
    install_language(qapp, "ko")
    qtbot.waitUntil(lambda: "없는 항목이에요" in problems(view)[0])


# --- the letter's choice ---------------------------------------------------------------------


@pytest.fixture
def combo(qtbot: QtBot) -> TemplateCombo:
    box = TemplateCombo()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    qtbot.waitUntil(lambda: box.loaded)
    return box


def test_the_choice_lists_templates_and_greys_broken_ones(qtbot: QtBot) -> None:
    write("Refund")
    write("Broken", "{% block body %}{{ nope }}{% endblock %}")
    box = TemplateCombo()
    qtbot.addWidget(box)
    box.set_chosen("Refund")
    box.show()
    qtbot.waitUntil(lambda: box.count() == 3)
    assert box.objectName() == "templateCombo"
    assert [box.itemData(i) for i in range(3)] == [None, "Broken", "Refund"]
    assert box.itemText(0) == "Standard letter"
    assert box.chosen() == "Refund"
    model = box.model()
    assert not model.item(1).isEnabled()  # type: ignore[attr-defined]
    assert "nope" in model.item(1).toolTip()  # type: ignore[attr-defined]
    assert model.item(2).isEnabled()  # type: ignore[attr-defined]


def test_the_choice_follows_changes_made_in_the_view(
    combo: TemplateCombo, view: TemplatesView, qtbot: QtBot
) -> None:
    assert combo.count() == 1
    view.new()
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "New template"]
    combo.setCurrentIndex(1)
    assert combo.chosen() == "New template"
    with qtbot.waitSignal(combo.templateChosen) as chosen:
        view.delete()
    assert chosen.args == [None]
    assert combo.chosen() is None
    assert combo.count() == 1


def test_the_view_is_registered_with_its_title() -> None:
    from fallback_desktop.gui import views

    (spec,) = [spec for spec in views.VIEWS if spec.id == "templates"]
    assert spec.title() == "Letter templates"


def test_its_buttons_show_whole_labels_at_laptop_size(qtbot: QtBot, qapp: QApplication) -> None:
    langs: tuple[Lang, ...] = ("ko", "en")
    for lang in langs:
        for large in (False, True):
            install_language(qapp, lang)
            apply_text_size(qapp, large)
            try:
                shown = make_view(qtbot)
                shown.new()
                shown.resize(1024, 520)  # the window's height less its menu, tabs and status
                QApplication.sendPostedEvents()
                hint = shown.minimumSizeHint()
                assert hint.width() <= 1024, (lang, large, hint)
                assert hint.height() <= 520, (lang, large, hint)
                for button in shown.findChildren(QPushButton):
                    assert button.width() >= button.minimumSizeHint().width(), button.text()
                for box in shown.findChildren(QListWidget):
                    assert box.height() > box.fontMetrics().lineSpacing() * 2, box.objectName()
            finally:
                apply_text_size(qapp, False)
                install_language(qapp, "en")


@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_in_the_window_at_laptop_size_with_large_text(
    qtbot: QtBot, qapp: QApplication, fake_clock: FakeClock, lang: Lang
) -> None:
    from fallback_desktop.gui.main_window import MainWindow

    write("환불 요청 😀")
    install_language(qapp, lang)
    apply_text_size(qapp, True)
    try:
        window = MainWindow(clock=fake_clock)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        index = [spec.id for spec in window.views.specs].index("templates")
        window.views.show_view(index)
        shown = window.views.view("templates")
        assert isinstance(shown, TemplatesView)
        qtbot.waitUntil(lambda: shown.loaded and shown.current == "환불 요청 😀")
        assert window.views.tabText(index) == (
            "편지 템플릿" if lang == "ko" else "Letter templates"
        )
        assert window.size().width() == 1024
        assert window.size().height() == 600
        for button in shown.findChildren(QPushButton):
            assert button.isVisible(), button.objectName()
            assert not button.visibleRegion().isEmpty(), button.objectName()
            assert button.width() >= button.minimumSizeHint().width(), button.objectName()
        assert shown.editor.height() > 4 * shown.editor.fontMetrics().lineSpacing()
        assert shown.preview.height() > 4 * shown.preview.fontMetrics().lineSpacing()
    finally:
        apply_text_size(qapp, False)


@pytest.mark.parametrize(
    ("press", "expected"), [("Return", "save"), ("Escape", "cancel"), ("discard", "discard")]
)
def test_the_question_saves_on_enter_and_stays_on_escape(press: str, expected: str) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not on screen yet: look again shortly
            QTimer.singleShot(10, answer)
            return
        if press == "discard":
            (button,) = [b for b in box.buttons() if "Discard" in b.text()]
            button.click()
        else:
            QTest.keyClick(box, getattr(Qt.Key, f"Key_{press}"))

    QTimer.singleShot(0, answer)
    assert unsaved.ask_save_changes(None, "A") == expected
