"""The company the advice is about: typed or picked from the person's directory, searched as
they type (initial consonants too); empty means the company is not known."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

if TYPE_CHECKING:
    from fallback_desktop.core.domain.company import Company
    from fallback_desktop.session import Session

# The search's best matches offered under the text; more than a screenful helps nobody.
MAX_MATCHES = 50


class CompanyCombo(QComboBox):
    """Editable and searchable. The directory is first read when the person reaches for the box
    (focus or the list), never while the window starts. companyChanged(Company | None) follows
    the choice: a name from the list, a typed name the directory knows, or nothing."""

    companyChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._company: Company | None = None
        self._listed: list[tuple[int, str]] | None = None
        self.setEditable(True)
        self.line = QLineEdit(self)
        self.setLineEdit(self.line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.setMaxVisibleItems(15)
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        # The directory's search has already chosen and ordered the matches.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.line.textEdited.connect(self._search)
        self.line.editingFinished.connect(self._choose_typed)
        completer.activated.connect(self._choose_name)
        self.activated.connect(self._choose_index)

    def company(self) -> Company | None:
        """The chosen company; None when the box is empty or names no known company."""
        return self._company

    def choose(self, name: str) -> None:
        """Choose the company called `name` ("" for none), as if the person had typed it."""
        self.line.setText(name)
        self._choose_name(name)

    # --- filled when first reached for ------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        self._fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self._fill()
        super().showPopup()

    def _fill(self) -> None:
        listed = [(item.id, item.name) for item in self._session.directory.listed()]
        if listed == self._listed:
            return
        self._listed = listed
        typed = self.currentText()
        self.blockSignals(True)
        try:
            self.clear()
            # Names only, in one call: ten thousand companies fill the list in a few ms.
            self.addItems([name for _cid, name in listed])
            self.setCurrentIndex(-1)
            self.setEditText(typed)
        finally:
            self.blockSignals(False)

    # --- choosing ---------------------------------------------------------------------------

    def _search(self, text: str) -> None:
        found = self._session.directory.search(text) if text.strip() else []
        self._matches.setStringList([item.name for item in found[:MAX_MATCHES]])

    def _choose_index(self, index: int) -> None:
        listed = self._listed or []
        found = 0 <= index < len(listed)
        self._set(self._session.directory.by_id(listed[index][0]) if found else None)

    def _choose_typed(self) -> None:
        self._choose_name(self.currentText())

    def _choose_name(self, name: str) -> None:
        name = name.strip()
        self._set(self._session.directory.get(name) if name else None)

    def _set(self, company: Company | None) -> None:
        if company is not None and self.currentText().strip() != company.name:
            self.line.setText(company.name)
        if company == self._company:
            return
        self._company = company
        self.companyChanged.emit(company)
