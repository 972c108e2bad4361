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
    """Beside the status bar's "2건의 답변 기한이 지났어요": the way to the cases view."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("showOverdueCasesButton")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Show the cases"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_overdue_button(window: QMainWindow, host: ViewHost) -> OverdueButton:
    """Put the button in the status bar; it goes once used."""
    button = OverdueButton()

    def go() -> None:
        index = host.index_of(CASES)
        if index is not None:
            host.show_view(index)
        window.statusBar().removeWidget(button)
        button.deleteLater()

    button.clicked.connect(go)
    window.statusBar().addPermanentWidget(button)
    return button
