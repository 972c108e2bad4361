"""The cases view follows what is recorded elsewhere: an attempt recorded in one click from
the letter, a timed call or a chat shows in the list at once, and "Show the case" brings the
view forward on that case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from fallback_desktop.gui.views import ViewHost
    from fallback_desktop.gui.write.record_offer import AttemptRecorder

CASES = "cases"


def follow_records(host: ViewHost, recorder: AttemptRecorder) -> None:
    """Connect the letter's recorder to the cases view of `host` (built only when needed)."""

    def changed(cid: int) -> None:
        from fallback_desktop.gui.cases.view import CasesView

        view = host.built_view(CASES)
        if isinstance(view, CasesView) and view.store is not None:
            view.choose(cid)

    def show(cid: int) -> None:
        from fallback_desktop.gui.cases.view import CasesView

        index = host.index_of(CASES)
        if index is None:
            return
        view = host.view(CASES)
        if isinstance(view, CasesView):
            view.choose(cid)
        host.show_view(index)

    recorder.recorded.connect(changed)
    recorder.show_case.connect(show)


class OverdueButton(QPushButton):
    """Beside the status bar's "2건의 답변 기한이 지났어요": the way to the cases view. It goes
    once the cases view is on screen, however the person got there."""

    def __init__(self, window: QMainWindow, host: ViewHost) -> None:
        super().__init__()
        self.setObjectName("showOverdueCasesButton")
        self._window, self._host = window, host
        self.clicked.connect(self._go)
        host.currentChanged.connect(self._view_shown)  # dropped with the button
        self.retranslate()

    def _go(self) -> None:
        index = self._host.index_of(CASES)
        if index is not None:
            self._host.show_view(index)
        self._leave()

    def _view_shown(self, index: int) -> None:
        if index == self._host.index_of(CASES):
            self._leave()

    def _leave(self) -> None:
        self._window.statusBar().removeWidget(self)
        self.deleteLater()

    def retranslate(self) -> None:
        self.setText(self.tr("Show the cases"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_overdue_button(window: QMainWindow, host: ViewHost) -> OverdueButton:
    """Put the button in the status bar (see OverdueButton)."""
    button = OverdueButton(window, host)
    window.statusBar().addPermanentWidget(button)
    return button
