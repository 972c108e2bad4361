"""A field is declared once: adding one to the registry gives it an input, an option, a place in
the letter's values and in the autosave, with nothing else to edit but its label's translations.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from fallback_desktop.cli import draft as draft_command
from fallback_desktop.cli import main as cli
from fallback_desktop.core.text import catalog
from fallback_desktop.core.writing import fields
from fallback_desktop.core.writing.drafting import template_values
from fallback_desktop.core.writing.fields import Field, Group, Kind
from fallback_desktop.core.writing.templates import check_template_source
from fallback_desktop.gui.write.fields_form import DraftFieldsForm
from fallback_desktop.gui.write.pane import DraftPane
from tests.gui.draft_helpers import body, child, visible_error

STORE = Field("store", Kind.LINE, Group.RECIPIENT, "storeEdit", "--store", max_length=80)
STORE_LABEL = {"ko": "구입한 매장(&S)", "en": "&Store where you bought it"}


@pytest.fixture
def one_more_field(monkeypatch: pytest.MonkeyPatch) -> Field:
    """The one edit (a Field in the registry) and its translations (a catalog entry)."""
    monkeypatch.setattr(fields, "FIELDS", (*fields.FIELDS, STORE))
    known: Mapping[str, Mapping[str, object]] = catalog.entries()
    monkeypatch.setattr(catalog, "entries", lambda: {**known, "field.store.label": STORE_LABEL})
    return STORE


def _labels_of(form: DraftFieldsForm) -> dict[str, QLabel]:
    return {lbl.buddy().objectName(): lbl for lbl in form.findChildren(QLabel) if lbl.buddy()}


def test_the_form_shows_a_new_field_with_its_label(qtbot: QtBot, one_more_field: Field) -> None:
    form = DraftFieldsForm()
    qtbot.addWidget(form)
    edit = form.findChild(QLineEdit, "storeEdit")
    assert edit is not None
    assert _labels_of(form)["storeEdit"].text() == "&Store where you bought it"
    assert edit.accessibleName() == "Store where you bought it"
    assert edit.maxLength() == 80
    # Shown with the others of its group, and reached by Tab right after them.
    names = [widget.objectName() for widget in form.tab_chain()]
    assert names.index("storeEdit") == names.index("orderNumberEdit") + 1


def test_a_new_field_is_autosaved_and_restored(qtbot: QtBot, one_more_field: Field) -> None:
    first = DraftFieldsForm()
    qtbot.addWidget(first)
    edit = first.findChild(QLineEdit, "storeEdit")
    assert edit is not None
    edit.setText("강남점")
    saved = first.values()
    assert saved["store"] == "강남점"

    second = DraftFieldsForm()
    qtbot.addWidget(second)
    second.set_values(saved)
    restored = second.findChild(QLineEdit, "storeEdit")
    assert restored is not None
    assert restored.text() == "강남점"
    assert second.draft_fields().text("store") == "강남점"
    assert second.has_content()


def test_the_command_line_takes_a_new_field_into_the_letter(one_more_field: Field) -> None:
    parser = argparse.ArgumentParser()
    draft_command.add_arguments(parser)
    args = parser.parse_args(["--store", " 강남점 ", "--product", "TV"])
    letter_fields = draft_command.fields_from(args)
    assert letter_fields.text("store") == "강남점"
    assert template_values(letter_fields, "ko")["store"] == "강남점"
    # A user template may use it, and it is checked like every single-line field.
    assert check_template_source("{% block body %}{{ store }}{% endblock %}") is None


def test_a_new_single_line_field_refuses_a_line_break(
    one_more_field: Field, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    status = cli.main(["--lang", "en", "draft", "--store", "Gangnam\nBcc: x@example.org"])
    captured = capsysbinary.readouterr()
    assert status == cli.EXIT_BAD_INPUT
    assert captured.out == b""
    assert len(captured.err.strip().splitlines()) == 1


def test_the_command_line_takes_dates_the_window_would_remark_on(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    argv = ["--lang", "en", "draft", "--product", "TV", "--details", "It broke."]
    argv += ["--incident-date", "2099-01-01", "--reply-by", "2001-01-01"]
    status = cli.main(argv)
    captured = capsysbinary.readouterr()
    assert status == cli.EXIT_OK
    assert captured.err == b""
    assert b"1 January 2099" in captured.out
    assert b"1 January 2001" in captured.out


# -- the field checks, said next to the field ---------------------------------------------------


def _date_edit(pane: DraftPane, name: str) -> QDateEdit:
    return child(pane, QDateEdit, name)


def test_an_incident_date_in_the_future_is_pointed_out_without_blocking(
    pane: DraftPane,
) -> None:
    assert visible_error(pane, "incident_dateError") == ""
    child(pane, QLineEdit, "productEdit").setText("TV")
    pane.form.known["incident_date"].setChecked(True)
    _date_edit(pane, "incidentDateEdit").setDate(QDate.currentDate().addDays(10))
    assert "after today" in visible_error(pane, "incident_dateError")
    # The letter is still made, with the date as given.
    assert QDate.currentDate().addDays(10).toString("yyyy") in body(pane).toPlainText()

    _date_edit(pane, "incidentDateEdit").setDate(QDate.currentDate().addDays(-2))
    assert visible_error(pane, "incident_dateError") == ""


def test_a_reply_by_date_in_the_past_is_pointed_out_until_fixed(pane: DraftPane) -> None:
    reply_by = _date_edit(pane, "replyByEdit")
    assert visible_error(pane, "reply_byError") == ""
    reply_by.setDate(QDate.currentDate().addDays(-1))
    assert "already passed" in visible_error(pane, "reply_byError")
    assert reply_by.accessibleDescription()
    assert body(pane).toPlainText()

    reply_by.setDate(QDate.currentDate().addDays(5))
    assert visible_error(pane, "reply_byError") == ""
    assert reply_by.accessibleDescription() == ""


def test_the_remark_follows_the_language(pane: DraftPane, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from fallback_desktop.gui import i18n

    _date_edit(pane, "replyByEdit").setDate(QDate.currentDate().addDays(-3))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        i18n.install_language(app, "ko")
        qtbot.waitUntil(lambda: "지난 날짜" in visible_error(pane, "reply_byError"))
    finally:
        i18n.install_language(app, "en")
    qtbot.waitUntil(lambda: "already passed" in visible_error(pane, "reply_byError"))


# -- recovery: what counts as a draft worth offering back ---------------------------------------


def test_only_what_the_person_wrote_makes_a_draft_worth_offering() -> None:
    from fallback_desktop.core.store.profile import DraftState
    from fallback_desktop.gui.write.recovery import offers_draft

    defaults = {"name": "김민지", "phone": "010-1234-5678", "reply_by": "2026-11-27", "details": ""}
    assert not offers_draft(DraftState(fields=defaults))
    assert offers_draft(DraftState(fields={**defaults, "incident_date": "2026-11-20"}))
    assert offers_draft(DraftState(fields={**defaults, "order_number": "B-77"}))
    assert offers_draft(DraftState(fields=defaults, body_override="손으로 쓴 편지"))
