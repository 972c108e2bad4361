"""The cases view: the case log (overdue cases first, and marked), the chosen case's timeline,
a new case, an attempt added or corrected, its reminders saved as an .ics file, and the
follow-up to copy. The case log opens when the view is first on screen, not before.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.domain.case import CaseRecord, seoul
from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.gui.cases.details import CaseDetails
from fallback_desktop.gui.cases.forms import AttemptForm, CaseForm
from fallback_desktop.gui.cases.list_model import (
    COL_COMPANY,
    COL_DUE,
    COL_PRODUCT,
    COL_STATUS,
    ID_ROLE,
    CaseListModel,
)
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from fallback_desktop.core.store.cases import CaseStore
    from fallback_desktop.session import Session

FIRST_ROWS = 100  # more than a tall screen of the list shows
DETAILS, NEW_CASE, ATTEMPT = range(3)


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class CasesView(QWidget):
    """See the module's docstring."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesView")
        self.session = session
        self.store: CaseStore | None = None
        self.current: CaseRecord | None = None
        self._wanted: int | None = None  # a case to show once the log is open

        self.model = CaseListModel(self.today(), current_lang(), self)
        self.list = QTableView()
        self.list.setObjectName("caseList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTabKeyNavigation(False)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.new_case_button = _button("newCaseButton")
        self.details = CaseDetails(session, self.status_text)
        self.timeline = self.details.timeline
        self.case_form = CaseForm()
        self.attempt_form = AttemptForm()
        self.save_button = _button("caseSaveButton")
        self.cancel_button = _button("caseCancelButton")
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.details)
        self.stack.addWidget(_scrolled(self.case_form))
        self.stack.addWidget(_scrolled(self.attempt_form))
        form_row = QHBoxLayout()
        form_row.addStretch(1)
        form_row.addWidget(self.save_button)
        form_row.addWidget(self.cancel_button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        left_column.addWidget(self.new_case_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.stack, 1)
        right_column.addLayout(form_row)
        right_column.addWidget(self.status)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.new_case_button.clicked.connect(self.start_case)
        self.details.add_attempt_button.clicked.connect(self.start_attempt)
        self.details.correct_attempt_button.clicked.connect(self.start_correcting)
        self.timeline.itemActivated.connect(lambda _item: self.start_correcting())
        self.save_button.clicked.connect(self.save)
        self.case_form.submitted.connect(self.save)
        self.attempt_form.submitted.connect(self.save)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.stack,
            self.cancel,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.cancel_button.clicked.connect(self.cancel)
        self._page(DETAILS)
        self.retranslate()

    # --- opening ---------------------------------------------------------------------------

    def today(self) -> dt.date:
        return seoul(self.session.now()).date()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.store is None:
            after_first_paint(self, self.open_store, settle_ms=0)

    def open_store(self) -> None:
        """Open the case log (once) and show a screenful of the list; after that is on
        screen, the file's full check, the rest of the list and the first case."""
        if self.store is not None:
            return
        try:
            self.store = self.session.open_cases(verify_later=True)
            self.model.set_rows(self.store.listed(FIRST_ROWS), self.today())
            self._fit_columns()
            self.new_case_button.setEnabled(self.stack.currentIndex() == DETAILS)
        except InputError as error:  # a file in use or unreadable: said, tried again later
            self.store = None
            self.status.setText(error.text(current_lang()))
            return
        after_first_paint(self, self._finish_opening, settle_ms=0)

    def _finish_opening(self) -> None:
        store = self.store
        if store is None:
            return
        try:
            store.verify()  # a damaged file is set aside and a new log begun
            notice = store.take_notice()
            if notice is not None:
                from fallback_desktop.core.text.catalog import render

                self.status.setText(render(notice, current_lang()))
            wanted = self._wanted if self.current is None else self.current.case.id
            self.reload(wanted)
        except InputError as error:
            self.status.setText(error.text(current_lang()))

    def _fit_columns(self) -> None:
        """Status and due day as wide as the first screenful needs ("reply was due … (3 days
        ago)" whole); company and product narrower, cut with "…" (the case shows them whole)."""
        header = self.list.horizontalHeader()
        header.setResizeContentsPrecision(FIRST_ROWS)
        self.list.resizeColumnsToContents()
        char = self.list.fontMetrics().averageCharWidth()
        for column, most in ((COL_COMPANY, 12), (COL_PRODUCT, 10), (COL_STATUS, 24), (COL_DUE, 36)):
            header.resizeSection(column, min(header.sectionSize(column), char * most))

    def status_text(self, words: str) -> None:
        """One sentence in the view's status line."""
        self.status.setText(words)

    # --- the list and the chosen case -------------------------------------------------------

    def reload(self, cid: int | None = None) -> None:
        """Read the list again and choose case `cid` (the first case when None)."""
        if self.store is None:
            return
        self.model.set_rows(self.store.listed(), self.today())
        row = self.model.row_of(cid) if cid is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self._show(None)
            self.status.setText(
                self.tr(
                    "No cases yet. Press New case to note the problem, then every attempt to "
                    "reach the company: the dates to keep and the next step follow from them."
                )
            )
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        flags |= QItemSelectionModel.SelectionFlag.Rows
        self.list.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._show_id(cid if cid is not None else self.model.index(row, 0).data(ID_ROLE))

    def choose(self, cid: int) -> None:
        """Show case `cid` with the list read again (once the log is open, if it is not yet).
        A form being filled in is left alone."""
        self._wanted = cid
        if self.store is not None and self.stack.currentIndex() == DETAILS:
            self.reload(cid)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        from PySide6.QtCore import QModelIndex

        if isinstance(current, QModelIndex) and current.isValid():
            self._show_id(current.data(ID_ROLE))

    def _show_id(self, cid: object) -> None:
        if self.store is None or not isinstance(cid, int):
            return
        try:
            self._show(self.store.get(cid))
        except InputError as error:
            self.status.setText(error.text(current_lang()))

    def _show(self, record: CaseRecord | None) -> None:
        self.current = record
        self.details.show_record(record, self.today())

    # --- forms -----------------------------------------------------------------------------

    def _page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        editing = page != DETAILS
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)
        self.list.setEnabled(not editing)
        self.new_case_button.setEnabled(not editing and self.store is not None)

    def start_case(self) -> None:
        from fallback_desktop.core.writing.drafting import default_reply_by

        self._page(NEW_CASE)
        self.case_form.start(default_reply_by(self.today(), self.session.calendar))

    def start_attempt(self) -> None:
        if self.current is not None:
            self._page(ATTEMPT)
            self.attempt_form.start(self.session.now())

    def start_correcting(self) -> None:
        aid = self.timeline.current_attempt()
        if self.current is None or aid is None:
            self.status.setText(self.tr("Choose an attempt in the timeline to correct it."))
            return
        attempt = next(a for a in self.current.attempts if a.id == aid)
        self._page(ATTEMPT)
        self.attempt_form.start(self.session.now(), attempt)

    def cancel(self) -> None:
        self._page(DETAILS)
        self.list.setFocus()

    def save(self) -> None:
        """Store what the open form holds; a problem stays at its field, nothing is stored."""
        if self.store is None:
            return
        try:
            if self.stack.currentIndex() == NEW_CASE:
                case = self.case_form.case(self.today())
                if case is None:
                    return
                cid = self.store.add_case(case).id
                words = self.tr("Case saved.")
            else:
                record = self.current
                if record is None or record.case.id is None:
                    return
                attempt = self.attempt_form.attempt(record.case, self.session.now())
                if attempt is None:
                    return
                if attempt.id is None:
                    self.store.add_attempt(record.case.id, attempt)
                    words = self.tr("Attempt recorded.")
                else:
                    self.store.update_attempt(attempt)
                    words = self.tr("Attempt corrected.")
                cid = record.case.id
        except InputError as error:
            self.status.setText(error.text(current_lang()))
            return
        self._page(DETAILS)
        self.reload(cid)
        self.status.setText(words)
        self.list.setFocus()

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_lang(current_lang())
        self.list.setAccessibleName(self.tr("Cases"))
        self.details.retranslate()
        self.new_case_button.setText(self.tr("&New case"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.current is not None:
            self._show(self.current)
