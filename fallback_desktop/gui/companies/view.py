"""The companies view: search as you type, the list, the chosen company in full, and add /
edit / delete with undo. The directory opens when the view is first on screen, not before."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import text
from fallback_desktop.gui import desktop
from fallback_desktop.gui.companies.backup_offer import BackupOffer
from fallback_desktop.gui.companies.buttons import CompanyButtons
from fallback_desktop.gui.companies.details import CompanyDetails
from fallback_desktop.gui.companies.editor import CompanyEditor
from fallback_desktop.gui.companies.facts import url_host
from fallback_desktop.gui.companies.list_model import ID_ROLE, CompanyListModel
from fallback_desktop.gui.companies.undo import UndoStep, undo_add, undo_delete, undo_update
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from fallback_desktop.core.store.directory import Directory
    from fallback_desktop.session import Session


FIRST_ROWS = 100  # more than a tall screen of the list shows


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class CompaniesView(QWidget):
    """See the module's docstring. `undo_steps` holds what undoes each change, newest last."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companiesView")
        self.session = session
        self.directory: Directory | None = None
        self.current: Company | None = None
        self.undo_steps: list[UndoStep] = []

        self.search = QLineEdit()
        self.search.setObjectName("companySearch")
        self.search.setClearButtonEnabled(True)
        self.model = CompanyListModel(self)
        self.list = QListView()
        self.list.setObjectName("companyList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # ten thousand rows laid out without measuring each
        self.details = CompanyDetails(self.open_link)
        self.editor = CompanyEditor()
        self.stack = QStackedWidget()
        self.stack.addWidget(_scrolled(self.details, "companyDetailsScroll"))
        self.stack.addWidget(_scrolled(self.editor, "companyEditorScroll"))
        self.notice = BackupOffer(self._after_restore)
        self.status = QLabel()
        self.status.setObjectName("companyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.button_row = CompanyButtons()
        self.buttons = self.button_row.buttons

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.search)
        left_column.addWidget(self.list, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.stack, 1)
        right_column.addWidget(self.status)
        right_column.addWidget(self.button_row)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([320, 700])  # room for a name and its other names at 1024 wide
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Undo),
            self,
            self.undo,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.search.textChanged.connect(self._show_matches)
        self.search.returnPressed.connect(self.list.setFocus)  # Enter: on to the matches
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.buttons["add"].clicked.connect(self.start_adding)
        self.buttons["edit"].clicked.connect(self.start_editing)
        self.buttons["delete"].clicked.connect(self.delete_current)
        self.buttons["undo"].clicked.connect(self.undo)
        self.buttons["save"].clicked.connect(self.save)
        self.buttons["cancel"].clicked.connect(self.cancel)
        self._editing(False)
        self.retranslate()

    # --- opening ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.directory is None:
            after_first_paint(self, self.open_directory, settle_ms=0)

    def open_directory(self) -> None:
        """Open the directory (once) and show a screenful of its list (read along its index);
        after that is on screen, the file's full integrity check (a damaged file's notice),
        the rest of the list and the first company's details."""
        if self.directory is not None:
            return
        try:
            self.directory = self.session.open_directory(verify_later=True)
            self.model.set_rows(self.directory.first_rows(FIRST_ROWS))
            self.notice.offer(self.directory)
        except InputError as error:  # a file in use or unreadable: said, and tried again later
            self.directory = None
            self.status.setText(error.text(current_lang()))
            return
        after_first_paint(self, self._finish_opening, settle_ms=0)

    def _finish_opening(self) -> None:
        directory = self.directory
        if directory is None:
            return
        try:
            if not directory.verify():  # damaged: set aside, a new directory begun
                self.notice.offer(directory)
                self.current = None
                self._show_matches(choose=False)
            elif not self.search.text().strip():
                self.model.extend(directory.listed())
        except InputError as error:
            self.status.setText(error.text(current_lang()))
        if self.current is None and self.stack.currentIndex() == 0:  # not while adding one
            self.select(None)

    # --- the list --------------------------------------------------------------------------

    def _show_matches(self, *_args: object, choose: bool = True) -> None:
        if self.directory is None:
            return
        typed = self.search.text()
        rows = self.directory.search(typed) if typed.strip() else self.directory.listed()
        keep = self.current.id if self.current is not None else None
        self.model.set_rows(rows)
        if not rows and typed.strip():
            self.status.setText(text("company.cli.none_found", current_lang()))
        if choose:
            self.select(keep if keep is not None and self.model.row_of(keep) is not None else None)

    def select(self, cid: int | None) -> None:
        """Make the company with that id (or the first row) the current one."""
        row = self.model.row_of(cid) if cid is not None else 0
        index = self.model.index(row or 0, 0)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.list.selectionModel().setCurrentIndex(index, flags)
            if index.row():  # the top is in view already; laying out 10,000 rows to learn so is not
                self.list.scrollTo(index)
        else:
            self._show(None)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        from PySide6.QtCore import QModelIndex

        if self.directory is None or not isinstance(current, QModelIndex):
            return
        cid = current.data(ID_ROLE) if current.isValid() else None
        try:
            self._show(self.directory.by_id(cid) if isinstance(cid, int) else None)
        except InputError as error:
            self.status.setText(error.text(current_lang()))

    def _show(self, company: Company | None) -> None:
        self.current = company
        if self.stack.currentIndex() == 1:
            self._editing(False)
        self.details.show_company(company, self.session.now().date(), current_lang())
        chain = [self.list, *self.details.link_buttons, self.buttons["add"]]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._enable()

    def _enable(self) -> None:
        editing = self.stack.currentIndex() == 1
        have = self.current is not None and not editing
        self.buttons["edit"].setEnabled(have)
        self.buttons["delete"].setEnabled(have)
        self.buttons["add"].setEnabled(not editing and self.directory is not None)
        self.buttons["undo"].setEnabled(bool(self.undo_steps) and not editing)

    # --- changing --------------------------------------------------------------------------

    def _editing(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.button_row.set_editing(on)
        self.search.setEnabled(not on)
        self.list.setEnabled(not on)
        self._enable()

    def start_adding(self) -> None:
        self.editor.load(None)
        self._editing(True)
        self.editor.edits["name"].setFocus()

    def start_editing(self) -> None:
        if self.current is None:
            return
        self.editor.load(self.current)
        self._editing(True)
        self.editor.edits["name"].setFocus()

    def cancel(self) -> None:
        self._editing(False)
        self._show(self.current)
        self.list.setFocus()

    def save(self) -> None:
        """Store what the editor holds; what is wrong is shown at its field instead."""
        lang = current_lang()
        company = self.editor.edited(lang)
        if company is None or self.directory is None:
            return
        try:
            if company.id is None:
                stored = self.directory.add(company)
                cid = stored.id
                self.undo_steps.append(undo_add(stored))
            else:
                previous = self.directory.update(company)
                cid = company.id
                self.undo_steps.append(undo_update(previous))
        except InputError as error:
            self.editor.show_error(error, lang)
            return
        self._editing(False)
        self._done(cid, self.tr("Saved. Undo with Ctrl+Z."))

    def delete_current(self) -> None:
        if self.current is None or self.current.id is None or self.directory is None:
            return
        try:
            gone = self.directory.delete(self.current.id)
        except InputError as error:
            self.status.setText(error.text(current_lang()))
            return
        self.undo_steps.append(undo_delete(gone))
        self.current = None
        self._done(None, self.tr("Deleted. Undo with Ctrl+Z."))

    def undo(self) -> None:
        """Take back the last change (an add, an edit or a delete)."""
        if not self.undo_steps or self.directory is None or self.stack.currentIndex() == 1:
            return
        step = self.undo_steps.pop()
        try:
            cid = step(self.directory)
        except InputError as error:
            self.status.setText(error.text(current_lang()))
            return
        self._done(cid, self.tr("Undone."))

    def _after_restore(self) -> None:
        self.undo_steps.clear()  # they undo changes to what was there before the backup
        self._done(None, "")

    def _done(self, cid: int | None, words: str) -> None:
        self.status.setText(words)
        self.current = None
        self._show_matches()
        self.select(cid)
        self.list.setFocus()

    # --- links -----------------------------------------------------------------------------

    def open_link(self, url: str) -> None:
        """Open a checked address (details hand only safe ones) in the browser."""
        host = url_host(url)
        if desktop.open_url(url):
            self.status.setText(self.tr("Opened %1 in the browser.").replace("%1", host))
        else:
            self.status.setText(self.tr("%1 could not be opened.").replace("%1", host))

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = current_lang()
        self.search.setPlaceholderText(self.tr("Search: name or initials (ㅅㅅㅈㅈ)"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.list.setAccessibleName(self.tr("Companies"))
        self.button_row.retranslate()
        self.editor.retranslate(lang)
        if self.directory is not None and self.stack.currentIndex() == 0:
            self.details.show_company(self.current, self.session.now().date(), lang)
