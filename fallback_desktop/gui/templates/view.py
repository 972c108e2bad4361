"""The letter templates view: the person's templates, one open in an editor with its problems
listed line by line, and the letter it makes from an example, redrawn shortly after typing stops.

Saving is atomic; leaving a template with unsaved changes asks first (save, discard or stay); a
delete can be undone. The folder is read when the view is first on screen, not before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QSplitter, QStyle, QVBoxLayout, QWidget

from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.writing.template_check import Problem
from fallback_desktop.core.writing.user_templates import Deleted, TemplateFolder, normalized
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.templates import unsaved
from fallback_desktop.gui.templates.live import LivePreview
from fallback_desktop.gui.templates.notifier import announce_change
from fallback_desktop.gui.templates.panels import EditorColumn, ListColumn, PreviewColumn

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from fallback_desktop.session import Session

NAME_ROLE = Qt.ItemDataRole.UserRole


class TemplatesView(QWidget):
    """See the module's docstring. `deleted` holds what Undo delete brings back, newest last."""

    def __init__(
        self,
        session: Session | None = None,
        parent: QWidget | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templatesView")
        self.session = session
        self.folder = TemplateFolder(folder)
        self.current: str | None = None
        self.deleted: list[Deleted] = []
        self._saved_text = ""  # the open template as it was read or last saved
        self.loaded = False
        self._status: Callable[[], str] | None = None

        self.side = ListColumn()
        self.work = EditorColumn()
        self.shown = PreviewColumn()
        self.list, self.editor, self.problems = self.side.list, self.work.editor, self.work.problems
        self.preview = self.shown.preview
        self.buttons = {**self.side.buttons, "save": self.work.save}
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        for index, column in enumerate((self.side, self.work, self.shown)):
            splitter.addWidget(column)
            splitter.setStretchFactor(index, (2, 4, 3)[index])
        splitter.setSizes([220, 440, 364])  # all three side by side at 1024 wide
        QVBoxLayout(self).addWidget(splitter)

        self.live = LivePreview(self.work, self.shown, self)
        self._connect_signals()
        self.retranslate()
        self._open(None)

    def _connect_signals(self) -> None:
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Save),
            self,
            self.save,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list.itemActivated.connect(lambda _item: self.editor.setFocus())
        self.buttons["new"].clicked.connect(self.new)
        self.buttons["duplicate"].clicked.connect(self.duplicate)
        self.buttons["delete"].clicked.connect(self.delete)
        self.buttons["undo"].clicked.connect(self.undo)
        self.buttons["save"].clicked.connect(self.save)

    # --- opening ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self.loaded:
            after_first_paint(self, self.load, settle_ms=0)

    def load(self) -> None:
        """Read the folder (once) and open the first template."""
        if self.loaded:
            return
        self.loaded = True
        self.shown.lang.setCurrentIndex(max(self.shown.lang.findData(current_lang()), 0))
        self._fill_list(None)

    def _fill_list(self, select: str | None, *, reopen: bool = True) -> None:
        """List the folder again; make `select` (or the first) current and, with reopen, open it."""
        entries = self.folder.entries()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        lang = current_lang()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for entry in entries:
                item = QListWidgetItem(entry.name)
                item.setData(NAME_ROLE, entry.name)
                if entry.problem is not None:
                    reason = render(entry.problem.message, lang)
                    item.setIcon(warning)
                    item.setToolTip(reason)
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.name}: {reason}")
                self.list.addItem(item)
            names = [entry.name for entry in entries]
            row = names.index(select) if select in names else (0 if names else -1)
            self.list.setCurrentRow(row)
        finally:
            self.list.blockSignals(False)
        if reopen:
            self._open(names[row] if row >= 0 else None)
        self._enable()

    def _on_row_changed(self, row: int) -> None:
        item = self.list.item(row)
        name = item.data(NAME_ROLE) if item is not None else None
        if name == self.current:
            return
        if not self.may_leave():
            self._select_quietly(self.current)
            return
        self._select_quietly(name)  # saving on the way lists the folder again
        self._open(name)

    def _select_quietly(self, name: str | None) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == name:
                self.list.setCurrentRow(row)
        self.list.blockSignals(False)

    def _open(self, name: str | None) -> None:
        self.current = name
        source = self.folder.read(name) if name is not None else ""
        readable = name is not None and not isinstance(source, Msg)
        self.editor.blockSignals(True)
        self.editor.setPlainText(source if isinstance(source, str) else "")
        self.editor.blockSignals(False)
        self._saved_text = self.editor.toPlainText()  # as the editor holds it (line ends and all)
        self.work.name_edit.setText(name or "")
        for widget in (self.editor, self.work.name_edit, self.work.save):
            widget.setEnabled(readable)
        self._placeholder()
        failed = (Problem(None, None, source),) if isinstance(source, Msg) else ()
        self.live.start(readable, failed)
        self._enable()

    # --- leaving unsaved changes -----------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether the open template has changes not saved yet (its text or its name)."""
        if self.current is None or not self.editor.isEnabled():
            return False
        renamed = normalized(self.work.name_edit.text()) != self.current
        return self.editor.toPlainText() != self._saved_text or renamed

    def may_leave(self) -> bool:
        """True when the open template may be left: nothing unsaved, or saved or discarded now."""
        if not self.is_dirty():
            return True
        answer = unsaved.ask_save_changes(self, self.current or "")
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.editor.setPlainText(self._saved_text)
            self.work.name_edit.setText(self.current or "")
            return True
        return False

    # --- changing --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the open template (renaming it first if its name was changed); True if saved."""
        if self.current is None or not self.editor.isEnabled():
            return False
        name = self.current
        wanted = normalized(self.work.name_edit.text())
        if wanted != name:
            renamed = self.folder.rename(name, wanted)
            if isinstance(renamed, Msg):
                self._say_msg(renamed)
                self.work.name_edit.setFocus()
                return False
            name = self.current = renamed
            self.work.name_edit.setText(name)
            announce_change()
        text = self.editor.toPlainText()
        failed = self.folder.save(name, text)
        if failed is not None:
            self._say_msg(failed)
            return False
        self._saved_text = text
        self._fill_list(name, reopen=False)
        announce_change()
        if self.live.problems:
            self._say(lambda: self.tr("Saved. The letter can use it once the problems are fixed."))
        else:
            self._say(lambda: self.tr("Saved. The letter can use it now."))
        return True

    def new(self) -> None:
        """A new template, a copy of the standard letter in the window's language."""
        if not self.may_leave():
            return
        made = self.folder.create(current_lang())
        self._after_change(made, lambda: self.tr("'%1' starts as the standard letter."))

    def duplicate(self) -> None:
        """A copy of the open template under the next free "name (2)"."""
        if self.current is None or not self.may_leave():
            return
        made = self.folder.duplicate(self.current)
        self._after_change(made, lambda: self.tr("'%1' is a copy."))

    def delete(self) -> None:
        """Put the open template aside (its unsaved changes with it); Undo delete brings it back."""
        if self.current is None:
            return
        names = [self.list.item(r).data(NAME_ROLE) for r in range(self.list.count())]
        gone = self.folder.delete(self.current)
        if isinstance(gone, Msg):
            self._say_msg(gone)
            return
        self.deleted.append(gone)
        rest = [n for n in names if n != gone.name]
        index = names.index(gone.name) if gone.name in names else 0
        self._fill_list(rest[min(index, len(rest) - 1)] if rest else None)
        announce_change()
        self._say(
            lambda: self.tr("'%1' deleted. Undo delete brings it back.").replace("%1", gone.name)
        )
        (self.list if rest else self.buttons["undo"]).setFocus()

    def undo(self) -> None:
        """Bring back the template deleted last."""
        if not self.deleted or not self.may_leave():
            return
        back = self.folder.restore(self.deleted[-1])
        if not isinstance(back, Msg):
            self.deleted.pop()
        self._after_change(back, lambda: self.tr("'%1' is back."))

    def _after_change(self, result: str | Msg, words: Callable[[], str]) -> None:
        """After a template was made or brought back: open it and say so (`%1`: its name)."""
        if isinstance(result, Msg):
            self._say_msg(result)
            return
        self._fill_list(result)
        announce_change()
        self._say(lambda: words().replace("%1", result))
        self.editor.setFocus()

    def _enable(self) -> None:
        have = self.current is not None
        self.buttons["duplicate"].setEnabled(have and self.editor.isEnabled())
        self.buttons["delete"].setEnabled(have)
        self.buttons["undo"].setEnabled(bool(self.deleted))

    # --- words -----------------------------------------------------------------------------

    def _placeholder(self) -> None:
        empty = self.tr("No templates yet. Press New to start from the standard letter.")
        self.editor.setPlaceholderText(empty if self.current is None else "")

    def _say(self, words: Callable[[], str]) -> None:
        self._status = words
        self.work.status.setText(words())

    def _say_msg(self, message: Msg) -> None:
        self._say(lambda: render(message, current_lang()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.side.retranslate()
        self.work.retranslate()
        self.shown.retranslate()
        self._placeholder()
        if self._status is not None:
            self.work.status.setText(self._status())
        self.live.retranslate()
        if self.loaded:
            self._fill_list(self.current, reopen=False)
