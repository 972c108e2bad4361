"""The editor's live check: its problems listed line by line (Enter or a click goes to the line)
and the example letter redrawn a moment after typing stops; while the text has problems the last
letter that worked stays on show, with a note saying so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidgetItem

from fallback_desktop.core.text.catalog import render
from fallback_desktop.core.writing.template_check import Problem
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.templates.panels import (
    COLUMN_ROLE,
    LINE_ROLE,
    EditorColumn,
    PreviewColumn,
)

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.core.writing.drafting import Draft

# Long enough that a typist's next key comes first; short enough to feel immediate.
PREVIEW_DELAY_MS = 150


class LivePreview(QObject):
    """See the module's docstring. `problems` are those on show; `last_good` the last letter."""

    def __init__(self, work: EditorColumn, shown: PreviewColumn, parent: QObject) -> None:
        super().__init__(parent)
        self.work, self.shown = work, shown
        self.editor, self.list, self.preview = work.editor, work.problems, shown.preview
        self.problems: tuple[Problem, ...] = ()
        self.last_good: Draft | None = None
        self.active = False  # a readable template is open
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self.timer.start)
        self.list.itemClicked.connect(self.go_to)
        self.list.itemActivated.connect(self.go_to)
        shown.lang.currentIndexChanged.connect(lambda _index: self.refresh())
        shown.purpose.currentIndexChanged.connect(lambda _index: self.refresh())

    def start(self, active: bool, problems: tuple[Problem, ...] = ()) -> None:
        """A template was opened: forget the last one's letter; check this one now."""
        self.active, self.last_good = active, None
        self.preview.clear()
        self.shown.note.hide()
        if active:
            self.refresh()
        else:
            self.timer.stop()
            self.show_problems(problems)

    def refresh(self) -> None:
        """Check the text now and show its problems and (if it works) the example letter."""
        self.timer.stop()
        if not self.active:
            return
        from fallback_desktop.core.writing.template_preview import preview

        lang: Lang = "en" if self.shown.lang.currentData() == "en" else "ko"
        purpose = str(self.shown.purpose.currentData())
        result = preview(self.editor.toPlainText(), lang, purpose=purpose)
        self.show_problems(result.problems)
        if result.draft is not None:
            self.last_good = result.draft
        self.show_draft()

    def show_draft(self) -> None:
        draft, broken = self.last_good, bool(self.problems)
        label = self.tr("Subject:")
        words = "" if draft is None else f"{label} {draft.subject}\n\n{draft.body}"
        if self.preview.toPlainText() != words:
            bar = self.preview.verticalScrollBar()
            kept = bar.value()
            self.preview.setPlainText(words)
            bar.setValue(kept)  # typing in the editor must not throw the preview back to the top
        if broken and draft is not None:
            self.shown.note.setText(
                self.tr("This is the last version that worked; fix the problems to update it.")
            )
        elif broken:
            self.shown.note.setText(self.tr("No preview until the problems are fixed."))
        self.shown.note.setVisible(broken and self.active)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        lang = current_lang()
        self.list.clear()
        for problem in problems:
            words = render(problem.message, lang)
            if problem.line is not None:
                words = self.tr("Line %1: %2").replace("%1", str(problem.line)).replace("%2", words)
            item = QListWidgetItem(words)
            item.setData(LINE_ROLE, problem.line)
            item.setData(COLUMN_ROLE, problem.column)
            self.list.addItem(item)
        if not problems and self.active:
            item = QListWidgetItem(self.tr("No problems: the letter can use this template."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if problems:
            self.list.setCurrentRow(0)

    def go_to(self, item: QListWidgetItem) -> None:
        """Put the editor's cursor on the problem's line (and column, when known)."""
        line, column = item.data(LINE_ROLE), item.data(COLUMN_ROLE)
        if not isinstance(line, int):
            return
        block = self.editor.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        if isinstance(column, int) and column > 1:
            steps = min(column - 1, block.length() - 1)
            cursor.movePosition(QTextCursor.MoveOperation.Right, n=steps)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.editor.setFocus()

    def retranslate(self) -> None:
        self.show_problems(self.problems)
        self.show_draft()
