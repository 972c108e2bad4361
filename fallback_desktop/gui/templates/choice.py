"""A choice of template for the letter: the app's standard letter or one of the person's own.

`TemplateCombo` lists the person's templates; one with a problem (the editor's own check, which
refuses all the letter does) shows greyed, with the reason as its tooltip. It reads the folder
once it is first on screen (checking templates loads Jinja, which must not slow the start) and
again whenever `templates_changed` fires. Item data: None for the standard letter, else the
template's name (what `drafting.render_email(..., template=name)` takes).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.source_lines import forget_source_lines
from fallback_desktop.gui.templates.notifier import templates_changed

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateCombo(QComboBox):
    """See the module's docstring. `templateChosen` carries None or the chosen template's name."""

    templateChosen = Signal(object)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateCombo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._folder = folder
        self.loaded = False
        self._wanted: str | None = None  # a choice asked for before the folder was read
        self.addItem("", None)
        templates_changed.connect(self.refresh)
        self.currentIndexChanged.connect(self._on_index_changed)
        self.retranslate()

    def chosen(self) -> str | None:
        """The chosen template's name, or None for the standard letter."""
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_chosen(self, name: str | None) -> None:
        """Choose a template by name (e.g. the one the last letter used); unknown: the standard."""
        self._wanted = name
        if self.loaded:
            index = self.findData(name) if name is not None else 0
            self.setCurrentIndex(max(index, 0))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self.loaded:
            after_first_paint(self, self.refresh)

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        if not self.loaded:
            self.refresh()
        super().showPopup()

    def refresh(self) -> None:
        """Read the folder again; the choice stays when its template still exists."""
        from fallback_desktop.core.writing.engine_loading import load_jinja
        from fallback_desktop.core.writing.user_templates import TemplateFolder

        load_jinja()  # checking a template needs Jinja; loaded this way it leaves OpenSSL out
        entries = TemplateFolder(self._folder).entries()
        forget_source_lines()  # the checker's modules are in; their text is not needed
        before = self.chosen()
        keep = before if self.loaded else self._wanted
        self.loaded = True
        usable = {entry.name for entry in entries if entry.problem is None}
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(1)
            for entry in entries:
                self.addItem(entry.name, entry.name)
                if entry.problem is not None:
                    self.setItemData(self.count() - 1, entry.problem.message, PROBLEM_ROLE)
            self._mark_broken()
            self.setCurrentIndex(self.findData(keep) if keep in usable else 0)
        finally:
            self.blockSignals(False)
        if self.chosen() != before:
            self._on_index_changed(self.currentIndex())

    def _mark_broken(self) -> None:
        model = self.model()
        if not isinstance(model, QStandardItemModel):
            return
        lang = current_lang()
        for index in range(1, self.count()):
            problem = self.itemData(index, PROBLEM_ROLE)
            item = model.item(index)
            if item is None or not isinstance(problem, Msg):
                continue
            item.setEnabled(False)
            reason = render(problem, lang)
            item.setToolTip(reason)
            item.setData(f"{self.itemData(index)}: {reason}", Qt.ItemDataRole.AccessibleTextRole)

    def _on_index_changed(self, _index: int) -> None:
        self._wanted = self.chosen()
        self.templateChosen.emit(self.chosen())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setItemText(0, self.tr("Standard letter"))
        self.setAccessibleName(self.tr("Letter template"))
        self.setToolTip(self.tr("Your own templates are made in the Letter templates view."))
        self._mark_broken()
