"""The company editor: names, the note, and per channel whether the company has it, each of its
addresses, its hours and where each came from. Every value goes through core's checks; what is
wrong is said under its field, never raised."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.channels import CHANNEL_IDS, get_channel
from fallback_desktop.core.domain.company import ChannelEntry, Company
from fallback_desktop.core.domain.company_checks import (
    NAME_SEPARATOR,
    make_channel,
    make_company,
    make_fact,
)
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.field_checks import problem
from fallback_desktop.core.domain.hours_text import HoursTextError, hours_from_text, hours_to_text
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.gui.companies.address_picker import (
    ADDRESS_FIELDS,
    AddressDraft,
    AddressPicker,
    BadRowError,
    address_drafts,
    checked_addresses,
)
from fallback_desktop.gui.widgets import guard_wheel

# The fields of one address, then of the channel, by the field names core's checks report.
HOURS_FIELDS = ("hours", "hours_source", "hours_verified")
CHANNEL_FIELDS = (*ADDRESS_FIELDS, *HOURS_FIELDS)
FIELDS = ("name", "other_names", *CHANNEL_FIELDS)
_OBJECT_NAMES = {
    "name": "companyNameEdit",
    "other_names": "otherNamesEdit",
    "address": "addressEdit",
    "label": "addressLabelEdit",
    "ars": "arsEdit",
    "max_chars": "maxCharsEdit",
    "source": "sourceEdit",
    "verified": "verifiedEdit",
    "hours": "hoursEdit",
    "hours_source": "hoursSourceEdit",
    "hours_verified": "hoursVerifiedEdit",
}
Draft = dict[str, str]  # a channel's hours as typed; "has" is "1" when the company has it


def _draft_of(entry: ChannelEntry | None) -> Draft:
    if entry is None:
        return {"has": ""}
    draft: Draft = {"has": "1"}
    if entry.hours is not None:
        verified = entry.hours_fact.verified
        draft |= {
            "hours": hours_to_text(entry.hours),
            "hours_source": entry.hours_fact.source,
            "hours_verified": verified.isoformat() if verified else "",
        }
    return draft


class CompanyEditor(QWidget):
    """`load(company or None)`, then `edited()`: the checked company, or None (errors shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyEditor")
        self._original: Company | None = None
        self._drafts: dict[str, Draft] = {}
        self._addresses: dict[str, list[AddressDraft]] = {}
        self._channel = CHANNEL_IDS[0]
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self._form)
        self._labels: dict[str, QLabel] = {}
        self._row("name")
        self._row("other_names")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("companyNoteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        self._note_label = QLabel()
        self._note_label.setBuddy(self.note_edit)
        self.errors["note"] = self._error_label("companyNoteEditError")
        note_box = QWidget()
        note_column = QVBoxLayout(note_box)
        note_column.setContentsMargins(0, 0, 0, 0)
        note_column.addWidget(self.note_edit)
        note_column.addWidget(self.errors["note"])
        self._form.addRow(self._note_label, note_box)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("editorChannelCombo")
        guard_wheel(self.channel_combo)
        for cid in CHANNEL_IDS:
            self.channel_combo.addItem(cid, cid)
        self._channel_label = QLabel()
        self._channel_label.setBuddy(self.channel_combo)
        self._form.addRow(self._channel_label, self.channel_combo)
        self.has_channel = QCheckBox()
        self.has_channel.setObjectName("hasChannelCheck")
        self._form.addRow("", self.has_channel)
        self.addresses = AddressPicker()
        self._addresses_label = QLabel()
        self._addresses_label.setBuddy(self.addresses.list)
        self._form.addRow(self._addresses_label, self.addresses)
        for field in CHANNEL_FIELDS:
            self._row(field)
        self.addresses.bind(self.edits)
        self.general_error = self._error_label("companyEditorError")
        outer.addWidget(self.general_error)
        outer.addStretch(1)
        self.channel_combo.currentIndexChanged.connect(self._on_channel_chosen)
        self.has_channel.toggled.connect(self._enable_channel_fields)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        return label

    def _row(self, field: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(_OBJECT_NAMES[field])
        label = QLabel()
        label.setBuddy(edit)
        error = self._error_label(f"{_OBJECT_NAMES[field]}Error")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        column.addWidget(error)
        self._form.addRow(label, box)
        self.edits[field] = edit
        self.errors[field] = error
        self._labels[field] = label

    def retranslate(self, lang: Lang) -> None:
        """Field names from the catalog (core names them), the rest from Qt."""
        for field, label in self._labels.items():
            words = text(f"company.field.{field}", lang)
            label.setText(words[:1].upper() + words[1:])
            self.edits[field].setAccessibleName(label.text())
        self.edits["other_names"].setPlaceholderText(
            QCoreApplication.translate("CompanyEditor", "Separated by %1").replace(
                "%1", NAME_SEPARATOR
            )
        )
        self.edits["hours"].setPlaceholderText("Mon-Fri 09:00-18:00; lunch 12:00-13:00")
        for field in ("verified", "hours_verified"):
            self.edits[field].setPlaceholderText("2025-03-11")
        words = text("company.field.channel", lang)
        self._channel_label.setText(words[:1].upper() + words[1:])
        self.channel_combo.setAccessibleName(self._channel_label.text())
        for index, cid in enumerate(CHANNEL_IDS):
            self.channel_combo.setItemText(index, render(get_channel(cid).name, lang))
        self.has_channel.setText(
            QCoreApplication.translate("CompanyEditor", "The company has this channel")
        )
        self.has_channel.setAccessibleName(self.has_channel.text())
        words = text("company.field.note", lang)
        self._note_label.setText(words[:1].upper() + words[1:])
        self.note_edit.setAccessibleName(self._note_label.text())
        self._addresses_label.setText(QCoreApplication.translate("CompanyEditor", "Addresses"))
        self.addresses.retranslate()

    # --- the channel on show ---------------------------------------------------------------

    def _store_channel(self) -> None:
        draft: Draft = {"has": "1" if self.has_channel.isChecked() else ""}
        for field in HOURS_FIELDS:
            draft[field] = self.edits[field].text()
        self._drafts[self._channel] = draft
        self.addresses.store()

    def _show_channel(self, cid: str, row: int = 0) -> None:
        self._channel = cid
        draft = self._drafts.get(cid, {"has": ""})
        self.has_channel.setChecked(bool(draft.get("has")))
        for field in HOURS_FIELDS:
            self.edits[field].setText(draft.get(field, ""))
        self.addresses.show_list(self._addresses.setdefault(cid, [{}]), row)
        self._enable_channel_fields(self.has_channel.isChecked())

    def _on_channel_chosen(self, index: int) -> None:
        self._store_channel()
        self._show_channel(CHANNEL_IDS[index])

    def _enable_channel_fields(self, on: bool) -> None:
        for field in CHANNEL_FIELDS:
            self.edits[field].setEnabled(on)
        self.addresses.enable(on)
        self.edits["ars"].setEnabled(on and self._channel == "phone")
        self.edits["max_chars"].setEnabled(on and self._channel == "webform")

    # --- loading and checking --------------------------------------------------------------

    def load(self, company: Company | None) -> None:
        """Start editing `company` (None: a new one)."""
        self._original = company
        entries = {cid: company.entry(cid) if company else None for cid in CHANNEL_IDS}
        self._drafts = {cid: _draft_of(entry) for cid, entry in entries.items()}
        self._addresses = {cid: address_drafts(entry) for cid, entry in entries.items()}
        self.edits["name"].setText(company.name if company else "")
        self.edits["other_names"].setText(
            f" {NAME_SEPARATOR} ".join(company.other_names) if company else ""
        )
        self.note_edit.setPlainText(company.note if company else "")
        first = next(iter(company.channel_ids), CHANNEL_IDS[0]) if company else CHANNEL_IDS[0]
        self._channel = first
        self.channel_combo.blockSignals(True)
        self.channel_combo.setCurrentIndex(CHANNEL_IDS.index(first))
        self.channel_combo.blockSignals(False)
        self._show_channel(first)
        self.clear_errors()

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()

    def show_error(self, error: InputError, lang: Lang) -> None:
        """The sentence under its field (or under the form), the field focused."""
        label = self.errors.get(error.field or "", self.general_error)
        label.setText(error.text(lang))
        label.show()
        if error.field in self.edits:
            self.edits[error.field].setFocus()
        elif error.field == "note":
            self.note_edit.setFocus()

    def edited(self, lang: Lang) -> Company | None:
        """The company as edited, checked by core; None with the errors shown."""
        self._store_channel()
        self.clear_errors()
        try:
            return self._build()
        except InputError as error:
            self.show_error(error, lang)
            return None

    def _build(self) -> Company:
        entries: list[ChannelEntry] = []
        for cid in CHANNEL_IDS:
            draft = self._drafts.get(cid, {})
            if not draft.get("has"):
                continue
            try:
                entries.append(self._entry(cid, draft))
            except BadRowError as bad:
                self._switch_to(cid, bad.row)
                raise bad.error from None
            except InputError:
                self._switch_to(cid, self.addresses.row if cid == self._channel else 0)
                raise
        others = [n.strip() for n in self.edits["other_names"].text().split(NAME_SEPARATOR)]
        company = make_company(
            self.edits["name"].text(),
            [n for n in others if n],
            entries,
            self.note_edit.toPlainText(),
        )
        return replace(company, id=self._original.id if self._original else None)

    def _entry(self, cid: str, draft: Draft) -> ChannelEntry:
        addresses = checked_addresses(cid, self._addresses.get(cid, []))
        hours_text = draft.get("hours", "").strip()
        try:
            hours = hours_from_text(hours_text) if hours_text else None
        except HoursTextError:
            raise problem("hours_text", "hours", value=hours_text) from None
        fact = make_fact(
            draft.get("hours_source", ""), draft.get("hours_verified") or None, prefix="hours_"
        )
        return make_channel(cid, addresses, hours, fact)

    def _switch_to(self, cid: str, row: int = 0) -> None:
        self.channel_combo.blockSignals(True)
        self.channel_combo.setCurrentIndex(CHANNEL_IDS.index(cid))
        self.channel_combo.blockSignals(False)
        self._show_channel(cid, row)
