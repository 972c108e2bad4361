"""The companies view: search as you type (initial consonants too), the facts with their age,
add / edit / delete with undo, errors at their field, and links opened only when safe."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from fallback_desktop.core.domain.company_checks import make_address, make_channel, make_company
from fallback_desktop.core.store.directory import Directory
from fallback_desktop.gui import desktop
from fallback_desktop.gui.companies.facts import safe_url
from fallback_desktop.gui.companies.list_model import ID_ROLE, CompanyListModel
from fallback_desktop.gui.companies.view import FIRST_ROWS, CompaniesView
from fallback_desktop.session import Session
from tests.gui.conftest import TUESDAY_MORNING, FakeClock
from tests.shared import CALENDAR, scrambled_database

TODAY = TUESDAY_MORNING.date()

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def directory(tmp_path: Path) -> Directory:
    found = Directory.open(tmp_path / "c.sqlite3")
    found.add(
        make_company(
            "삼성전자",
            ["Samsung"],
            [
                make_channel(
                    "phone",
                    [
                        make_address(
                            "phone",
                            "1588-3366",
                            ars="0",
                            source="receipt",
                            verified=TODAY - dt.timedelta(days=3),
                        )
                    ],
                ),
                make_channel(
                    "chat",
                    [
                        make_address(
                            "chat",
                            "https://www.samsung.com/sec/chat",
                            source="web page",
                            verified=dt.date(2023, 1, 5),
                        )
                    ],
                ),
            ],
        )
    )
    found.add(make_company("LG전자", ["엘지"]))
    return found


@pytest.fixture
def view(qtbot: QtBot, directory: Directory) -> CompaniesView:
    session = Session(
        lang="en", calendar=CALENDAR, clock=FakeClock(TUESDAY_MORNING), directory=directory
    )
    shown = CompaniesView(session)
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    # Opened in full: the list, the file's check and the first company's details.
    qtbot.waitUntil(lambda: shown.current is not None)
    return shown


def _names(view: CompaniesView) -> list[str]:
    model = view.model
    return [str(model.index(r, 0).data()).split(" (")[0] for r in range(model.rowCount())]


def _texts(view: CompaniesView) -> str:
    return "\n".join(label.text() for label in view.details.findChildren(QLabel))


def test_model_passes_the_model_tester(qtmodeltester: object, directory: Directory) -> None:
    model = CompanyListModel()
    model.set_rows(directory.listed())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3
    assert isinstance(model.index(0, 0).data(ID_ROLE), int)


def test_search_as_you_type_also_by_initial_consonants(view: CompaniesView) -> None:
    assert set(_names(view)) == {"삼성전자", "LG전자", "쿠쿠"}
    view.search.setText("ㅅㅅㅈㅈ")  # Korean goes in with setText (keyClicks types ASCII only)
    assert _names(view) == ["삼성전자"]
    view.search.setText("lg 전")
    assert _names(view) == ["LG전자"]
    view.search.setText("엘지")
    assert _names(view) == ["LG전자"]
    view.search.setText("ㅋㅋㅋㅋ")
    assert _names(view) == []
    assert view.status.text() == "No company matches."
    view.search.clear()
    assert len(_names(view)) == 3


def test_details_show_each_fact_with_its_age_and_mark_stale_ones(view: CompaniesView) -> None:
    view.search.setText("삼성")
    shown = _texts(view)
    assert "1588-3366" in shown
    assert "charged from a mobile" in shown
    assert f"verified {(TODAY - dt.timedelta(days=3)).isoformat()} (3 days ago)" in shown
    stale = [label.text() for label in view.details.findChildren(QLabel, "staleFact")]
    assert len(stale) == 1
    assert "2023-01-05" in stale[0]
    assert "over a year" in stale[0]


def test_a_link_opens_only_through_the_seam_with_its_host_shown_first(
    view: CompaniesView, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(desktop, "open_url", lambda url: opened.append(url) or True)
    view.search.setText("삼성")
    (button,) = view.details.link_buttons
    assert "www.samsung.com" in button.text()
    # By keyboard: from the list to the link, then on to the buttons.
    qtbot.waitUntil(button.isVisible)
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    assert view.buttons["add"].hasFocus()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.samsung.com/sec/chat"]
    assert "www.samsung.com" in view.status.text()


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "JavaScript:x", "data:text/html,x"]
)
def test_unsafe_schemes_are_never_handed_on(url: str) -> None:
    assert safe_url(url) is None


def test_safe_schemes_are_handed_on_as_ascii() -> None:
    assert safe_url("https://example.com/고객") == "https://example.com/%EA%B3%A0%EA%B0%9D"
    assert safe_url("tel:+82807208000") == "tel:+82807208000"


def test_add_by_keyboard_then_undo(view: CompaniesView, qtbot: QtBot) -> None:
    view.list.setFocus()
    qtbot.keyClick(view.buttons["add"], Qt.Key.Key_Space)
    editor = view.editor
    assert view.stack.currentIndex() == 1
    qtbot.keyClicks(editor.edits["name"], "Acme")
    editor.channel_combo.setCurrentIndex(0)  # phone
    editor.has_channel.setChecked(True)
    qtbot.keyClicks(editor.edits["address"], "080-123-4567")
    qtbot.keyClicks(editor.edits["label"], "AS center")
    qtbot.keyClicks(editor.edits["hours"], "24h")
    qtbot.keyClick(view.buttons["save"], Qt.Key.Key_Space)
    assert view.stack.currentIndex() == 0
    assert "Acme" in _names(view)
    assert view.current is not None
    assert view.current.name == "Acme"
    assert "free (080)" in _texts(view)
    assert "AS center: 080-123-4567" in _texts(view)
    assert view.buttons["undo"].isEnabled()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Acme" not in _names(view)
    assert view.session.directory.get("Acme") is None


def test_adding_at_once_is_not_undone_by_the_rest_of_the_list_arriving(
    tmp_path: Path, qtbot: QtBot
) -> None:
    view = _opened(Directory.open(tmp_path / "c.sqlite3", verify_later=True), qtbot)
    view.open_directory()  # the first screen only, as after the view's first paint
    view.start_adding()  # the person is quick
    view.show()
    qtbot.waitUntil(lambda: view.directory is not None and not view.directory.db.unverified)
    qtbot.wait(50)
    assert view.stack.currentIndex() == 1  # still adding
    assert view.editor.edits["name"].isVisible()


def test_errors_show_at_their_field_and_nothing_is_stored(
    view: CompaniesView, qtbot: QtBot
) -> None:
    view.start_adding()
    editor = view.editor
    editor.edits["name"].setText("Bad Links")
    editor.channel_combo.setCurrentIndex(3)  # chat
    editor.has_channel.setChecked(True)
    editor.edits["address"].setText("javascript:alert(1)")
    view.save()
    error = editor.errors["address"]
    assert error.isVisible()
    assert "javascript" in error.text()
    assert view.stack.currentIndex() == 1
    editor.edits["address"].setText("https://help.example.com/chat")
    editor.edits["hours"].setText("sometimes")
    view.save()
    assert editor.errors["hours"].isVisible()
    assert not editor.errors["address"].isVisible()
    editor.edits["hours"].clear()
    editor.edits["name"].setText("삼성전자")  # taken
    view.save()
    assert editor.errors["name"].isVisible()
    assert view.session.directory.get("Bad Links") is None


def test_edit_and_delete_are_undone(view: CompaniesView, qtbot: QtBot) -> None:
    view.search.setText("LG")
    view.start_editing()
    view.editor.edits["other_names"].setText("엘지 | LG Electronics")
    view.save()
    assert view.session.directory.get("LG Electronics") is not None
    view.undo()
    assert view.session.directory.get("LG Electronics") is None
    assert view.session.directory.get("엘지") is not None
    view.search.setText("LG")
    qtbot.mouseClick(view.buttons["delete"], Qt.MouseButton.LeftButton)
    assert view.session.directory.get("LG전자") is None
    qtbot.mouseClick(view.buttons["undo"], Qt.MouseButton.LeftButton)
    assert view.session.directory.get("LG전자") is not None


def test_every_control_has_a_name_for_screen_readers(view: CompaniesView) -> None:
    view.start_adding()
    editor = view.editor
    for widget in (
        view.search,
        view.list,
        *editor.edits.values(),
        editor.channel_combo,
        editor.note_edit,
        editor.addresses.list,
    ):
        assert widget.accessibleName(), widget.objectName()
    for button in view.findChildren(QPushButton):
        assert button.accessibleName(), button.objectName()
    assert isinstance(view.search, QLineEdit)


def test_the_window_opens_the_directory_only_when_the_view_is_shown(
    main_window: object, qtbot: QtBot
) -> None:
    from fallback_desktop.gui.main_window import MainWindow

    window = main_window
    assert isinstance(window, MainWindow)
    assert window.views.tabText(1) == "Companies"
    assert not window.session.directory_is_open
    by_shortcut = {a.shortcut().toString(): a for a in window.view_menu.actions()}
    by_shortcut["Ctrl+2"].trigger()
    view = window.views.view("companies")
    assert isinstance(view, CompaniesView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # the sample entry
    assert window.session.directory_is_open
    qtbot.waitUntil(lambda: view.search.hasFocus())
    # Keyboard order: search, then the list, then the details' links and the buttons.
    qtbot.keyClicks(view.search, "ku")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter: on to the matches
    assert view.list.hasFocus()
    view.search.clear()
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.list.hasFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Tab)
    assert view.buttons["add"].hasFocus()
    assert "080-720-8000" in _texts(view)


def test_a_damaged_file_is_told_and_its_backup_offered(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "c.sqlite3"
    first = Directory.open(path)
    first.merge([make_company("Acme")], None)  # an import keeps a backup first
    first.close()
    for leftover in tmp_path.glob("c.sqlite3-*"):
        leftover.unlink()
    path.write_bytes(b"not a database at all" * 100)
    session = Session(lang="en", calendar=CALENDAR, directory=Directory.open(path))
    view = CompaniesView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.notice.isVisible())
    assert "damaged" in view.notice.label.text()
    assert view.notice.button.isVisible()
    qtbot.mouseClick(view.notice.button, Qt.MouseButton.LeftButton)
    assert "restored" in view.notice.label.text()
    assert not view.notice.button.isVisible()
    assert session.directory.get("쿠쿠") is not None


def test_larger_text_reaches_the_details(view: CompaniesView, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.fonts import apply_text_size

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view.search.setText("삼성")
    title = view.details.findChild(QLabel, "companyTitle")
    before = title.font().pointSizeF()
    apply_text_size(app, True)
    try:
        qtbot.waitUntil(lambda: title.font().pointSizeF() > before)
        assert view.buttons["add"].font().pointSizeF() > before
    finally:
        apply_text_size(app, False)


def test_it_follows_a_language_switch(view: CompaniesView, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui.i18n import install_language

    view.search.setText("삼성")
    app = QApplication.instance()
    assert app is not None
    install_language(app, "ko")
    qtbot.waitUntil(lambda: view.buttons["add"].accessibleName() == "추가")
    assert view.search.accessibleName() == "회사 검색"
    assert view.editor.edits["name"].accessibleName() == "회사 이름"
    assert "3일 전" in _texts(view)


def test_editing_the_first_address_keeps_the_others(view: CompaniesView) -> None:
    directory = view.session.directory
    directory.add(
        make_company(
            "Two Lines",
            channels=[
                make_channel(
                    "phone",
                    [make_address("phone", "1588-1111"), make_address("phone", "02-123-4567")],
                )
            ],
        )
    )
    view.search.setText("two")
    view.start_editing()
    assert view.editor.edits["address"].text() == "1588-1111"
    view.editor.edits["ars"].setText("1 0")
    view.save()
    stored = directory.get("Two Lines")
    assert stored is not None
    entry = stored.entry("phone")
    assert entry is not None
    assert [a.shown() for a in entry.addresses] == ["1588-1111", "02-123-4567"]
    assert entry.addresses[0].ars == "1 0"


def test_a_companys_hours_are_shown_in_the_windows_language(qtbot: QtBot, tmp_path: Path) -> None:
    from dataclasses import replace

    from fallback_desktop.core.domain.hours_text import hours_from_text
    from fallback_desktop.gui.i18n import install_language

    found = Directory.open(tmp_path / "hours.sqlite3")
    hours = hours_from_text("Mon-Fri 09:00-18:00; lunch 12:00-13:00; Sat 09:00-13:00")
    added = found.add(
        make_company("가나전자", [], [make_channel("phone", [make_address("phone", "1588-0000")])])
    )
    entry = added.entry("phone")
    assert entry is not None
    found.update(replace(added, channels=(replace(entry, hours=hours),)))
    app = QApplication.instance()
    assert app is not None
    install_language(app, "ko")
    session = Session(
        lang="ko", calendar=CALENDAR, clock=FakeClock(TUESDAY_MORNING), directory=found
    )
    shown = CompaniesView(session)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0)
    shown.select(added.id)
    qtbot.waitUntil(lambda: "가나전자" in _texts(shown))
    words = _texts(shown)
    assert "평일" in words
    assert "토요일" in words or "토" in words
    assert "Mon-Fri" not in words


def _two_lines(view: CompaniesView) -> None:
    view.session.directory.add(
        make_company(
            "Two Lines",
            channels=[
                make_channel(
                    "phone",
                    [make_address("phone", "1588-1111"), make_address("phone", "02-123-4567")],
                )
            ],
            note="Old note",
        )
    )
    view.search.setText("two")
    view.start_editing()


def _rows(view: CompaniesView) -> list[str]:
    shown = view.editor.addresses.list
    return [shown.item(row).text() for row in range(shown.count())]


def _stored_phones(view: CompaniesView) -> list[tuple[str, str]]:
    stored = view.session.directory.get("Two Lines")
    assert stored is not None
    entry = stored.entry("phone")
    assert entry is not None
    return [(a.shown(), a.label) for a in entry.addresses]


def test_every_address_of_a_channel_is_edited_added_and_removed_by_keyboard(
    view: CompaniesView, qtbot: QtBot
) -> None:
    _two_lines(view)
    editor = view.editor
    assert _rows(view) == ["1588-1111", "02-123-4567"]
    editor.addresses.list.setFocus()
    qtbot.keyClick(editor.addresses.list, Qt.Key.Key_Down)
    assert editor.edits["address"].text() == "02-123-4567"
    editor.edits["label"].setText("서울 사무소")
    qtbot.keyClick(editor.addresses.add_button, Qt.Key.Key_Space)
    assert editor.edits["address"].hasFocus()
    assert editor.edits["address"].text() == ""
    assert _rows(view)[2] == "(new address)"
    qtbot.keyClicks(editor.edits["address"], "080-123-4567")
    assert _rows(view) == ["1588-1111", "02-123-4567", "080-123-4567"]
    editor.addresses.list.setCurrentRow(0)
    assert editor.edits["address"].text() == "1588-1111"
    qtbot.keyClick(editor.addresses.remove_button, Qt.Key.Key_Space)
    assert _rows(view) == ["02-123-4567", "080-123-4567"]
    assert editor.edits["label"].text() == "서울 사무소"
    view.save()
    assert view.stack.currentIndex() == 0
    assert _stored_phones(view) == [("02-123-4567", "서울 사무소"), ("080-123-4567", "")]
    view.undo()
    assert _stored_phones(view) == [("1588-1111", ""), ("02-123-4567", "")]


def test_removing_the_only_address_leaves_an_empty_row(view: CompaniesView, qtbot: QtBot) -> None:
    view.start_adding()
    editor = view.editor
    editor.edits["name"].setText("One Line")
    editor.has_channel.setChecked(True)
    editor.edits["address"].setText("1588-2222")
    qtbot.mouseClick(editor.addresses.remove_button, Qt.MouseButton.LeftButton)
    assert _rows(view) == ["(new address)"]
    assert editor.edits["address"].text() == ""
    view.save()
    stored = view.session.directory.get("One Line")
    assert stored is not None
    entry = stored.entry("phone")
    assert entry is not None
    assert entry.addresses == ()


def test_a_refused_address_is_shown_on_its_own_row(view: CompaniesView) -> None:
    _two_lines(view)
    editor = view.editor
    editor.channel_combo.setCurrentIndex(3)  # chat: leaves the phone rows behind
    editor.channel_combo.setCurrentIndex(0)
    editor.addresses.list.setCurrentRow(1)
    editor.edits["address"].setText("not a number")
    editor.addresses.list.setCurrentRow(0)
    view.save()
    assert view.stack.currentIndex() == 1
    assert editor.addresses.list.currentRow() == 1
    assert editor.edits["address"].text() == "not a number"
    assert editor.errors["address"].isVisible()
    editor.edits["address"].setText("1588-1111")  # the same line twice
    view.save()
    assert editor.errors["address"].isVisible()
    assert editor.addresses.list.currentRow() == 1
    assert "1588" in editor.errors["address"].text()
    assert _stored_phones(view) == [("1588-1111", ""), ("02-123-4567", "")]


def test_the_note_is_edited_in_its_own_box_and_tab_moves_on(
    view: CompaniesView, qtbot: QtBot
) -> None:
    _two_lines(view)
    editor = view.editor
    assert editor.note_edit.toPlainText() == "Old note"
    editor.note_edit.setFocus()
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Tab)
    assert not editor.note_edit.hasFocus()
    assert "\t" not in editor.note_edit.toPlainText()
    editor.note_edit.setPlainText("x" * 2001)
    view.save()
    assert editor.errors["note"].isVisible()
    assert editor.note_edit.hasFocus()
    editor.note_edit.setPlainText("주말에는 채팅만\n평일 오전이 한가함")
    view.save()
    assert view.stack.currentIndex() == 0
    stored = view.session.directory.get("Two Lines")
    assert stored is not None
    assert stored.note == "주말에는 채팅만\n평일 오전이 한가함"
    view.undo()
    restored = view.session.directory.get("Two Lines")
    assert restored is not None
    assert restored.note == "Old note"


def _opened(directory: Directory, qtbot: QtBot) -> CompaniesView:
    session = Session(
        lang="en", calendar=CALENDAR, clock=FakeClock(TUESDAY_MORNING), directory=directory
    )
    view = CompaniesView(session)
    qtbot.addWidget(view)
    return view


def test_a_screenful_is_listed_first_and_the_rest_follows_keeping_the_choice(
    tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "c.sqlite3"
    filled = Directory.open(path)
    filled.merge([make_company(f"가게{i:03d}") for i in range(FIRST_ROWS + 150)], None)
    filled.close()
    view = _opened(Directory.open(path, verify_later=True), qtbot)
    view.open_directory()  # as the view's first paint does
    assert view.model.rowCount() == FIRST_ROWS
    view.resize(900, 500)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == FIRST_ROWS + 151)
    assert view.current is not None
    assert view.current.name == "가게000"
    assert view.list.currentIndex().row() == 0
    assert view.directory is not None
    assert view.directory.db.unverified is False  # checked in full once the list was shown


def test_a_file_found_damaged_after_the_list_is_shown_is_told(tmp_path: Path, qtbot: QtBot) -> None:
    path = scrambled_database(tmp_path / "c.sqlite3")
    view = _opened(Directory.open(path, verify_later=True), qtbot)
    view.show()
    qtbot.waitUntil(lambda: view.notice.isVisible())
    assert "damaged" in view.notice.label.text()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.current is not None)
    assert view.current is not None
    assert view.current.name == "쿠쿠"  # the new directory's sample
    assert list(tmp_path.glob("c.sqlite3.broken-*"))
