"""Which of a channel's addresses the fields below it edit: the addresses as a short list, with
Add and Remove. A channel shows at least one (empty) row, so its first address can be typed
straight away; a row left empty is no address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.company import Address, ChannelEntry
from fallback_desktop.core.domain.company_checks import make_address
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.domain.field_checks import problem

# One address as typed, by the field names core's checks report.
AddressDraft = dict[str, str]
ADDRESS_FIELDS = ("address", "label", "ars", "max_chars", "source", "verified")
_VALUE = Qt.ItemDataRole.UserRole


def address_drafts(entry: ChannelEntry | None) -> list[AddressDraft]:
    """A channel's addresses as the fields show them; one empty row when it has none."""
    drafts: list[AddressDraft] = []
    for address in entry.addresses if entry is not None else ():
        verified = address.fact.verified
        drafts.append(
            {
                "address": address.shown(),
                "label": address.label,
                "ars": address.ars,
                "max_chars": str(address.max_chars or ""),
                "source": address.fact.source,
                "verified": verified.isoformat() if verified else "",
            }
        )
    return drafts or [{}]


class BadRowError(Exception):
    """A check refused the address in `row`; `error` says why."""

    def __init__(self, row: int, error: InputError) -> None:
        super().__init__(row)
        self.row = row
        self.error = error


def checked_addresses(channel: str, drafts: list[AddressDraft]) -> list[Address]:
    """The rows as addresses, checked by core, empty rows skipped; BadRowError names the row
    refused."""
    addresses: list[Address] = []
    for row, typed in enumerate(drafts):
        value = typed.get("address", "").strip()
        if not value:
            continue
        try:
            address = make_address(
                channel,
                value,
                label=typed.get("label", ""),
                ars=typed.get("ars", ""),
                max_chars=typed.get("max_chars") or None,
                source=typed.get("source", ""),
                verified=typed.get("verified") or None,
            )
            if any(a.value == address.value for a in addresses):
                raise problem("address_twice", "address", value=address.value)
        except InputError as error:
            raise BadRowError(row, error) from None
        addresses.append(address)
    return addresses


class AddressPicker(QWidget):
    """The list and its two buttons. `show_list(drafts)` puts a channel's rows on show; the
    address fields (`bind`) then edit the chosen row, and `store()` keeps what they hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[AddressDraft] = [{}]
        self.row = 0
        self._edits: dict[str, QLineEdit] = {}
        self.list = QListWidget()
        self.list.setObjectName("addressList")
        self.list.setMaximumHeight(96)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAddressButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAddressButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addLayout(buttons)
        self.list.currentRowChanged.connect(self._on_chosen)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.retranslate()

    def bind(self, edits: dict[str, QLineEdit]) -> None:
        """The fields that edit the chosen address."""
        self._edits = edits
        edits["address"].textChanged.connect(self._retitle)

    def retranslate(self) -> None:
        self.list.setAccessibleName(
            QCoreApplication.translate("CompanyEditor", "Addresses of this channel")
        )
        self.add_button.setText(QCoreApplication.translate("CompanyEditor", "Add address"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.remove_button.setText(QCoreApplication.translate("CompanyEditor", "Remove address"))
        self.remove_button.setAccessibleName(self.remove_button.text())
        for row in range(self.list.count()):
            self._retitle_row(row, str(self.list.item(row).data(_VALUE) or ""))

    def enable(self, on: bool) -> None:
        self.list.setEnabled(on)
        self.add_button.setEnabled(on)
        self.remove_button.setEnabled(on)

    def show_list(self, drafts: list[AddressDraft], row: int = 0) -> None:
        """Edit `drafts` (kept and changed in place), `row` chosen."""
        self._drafts = drafts
        self.row = max(0, min(row, len(drafts) - 1))
        self.list.blockSignals(True)
        self.list.clear()
        for index, draft in enumerate(drafts):
            self.list.addItem("")
            self._retitle_row(index, draft.get("address", ""))
        self.list.setCurrentRow(self.row)
        self.list.blockSignals(False)
        self._show_fields()

    def _show_fields(self) -> None:
        for field in ADDRESS_FIELDS:
            self._edits[field].setText(self._drafts[self.row].get(field, ""))

    def store(self) -> None:
        if 0 <= self.row < len(self._drafts):
            self._drafts[self.row] = {f: self._edits[f].text() for f in ADDRESS_FIELDS}

    def _retitle(self, value: str) -> None:
        self._retitle_row(self.row, value)

    def _retitle_row(self, row: int, value: str) -> None:
        item = self.list.item(row)
        if item is not None:
            item.setData(_VALUE, value.strip())
            item.setText(
                value.strip() or QCoreApplication.translate("CompanyEditor", "(new address)")
            )

    def _on_chosen(self, row: int) -> None:
        if 0 <= row < len(self._drafts):
            self.store()
            self.row = row
            self._show_fields()

    def _add(self) -> None:
        self.store()
        self._drafts.append({})
        self.show_list(self._drafts, len(self._drafts) - 1)
        self._edits["address"].setFocus()

    def _remove(self) -> None:
        del self._drafts[self.row]
        if not self._drafts:
            self._drafts.append({})
        self.show_list(self._drafts, self.row)
        self.list.setFocus()
