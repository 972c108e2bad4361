"""The views the main window hosts, and the navigation between them.

Adding a view is one registration in VIEWS: an id, a title in the current language and a
function that builds the widget from the session. With one view there is nothing to navigate
and no tab bar shows; from two on, a tab bar (Ctrl+Tab / Ctrl+Shift+Tab, or Ctrl+1…9 from the
View menu) moves between them, and each tab carries its title for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMenu, QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from fallback_desktop.session import Session


@dataclass(frozen=True)
class ViewSpec:
    """One view: its id, its title in the interface language, and how to build it."""

    id: str
    title: Callable[[], str]
    build: Callable[[Session], QWidget]


def _advise(session: Session) -> QWidget:
    # Imported when the view is built, after the frame is on screen.
    from fallback_desktop.gui.advise.view import AdviseView

    return AdviseView(session)


def _advise_title() -> str:
    return QCoreApplication.translate("Views", "Advice and letter")


def _companies(session: Session) -> QWidget:
    # Cheap to build: the directory opens when the view is first on screen.
    from fallback_desktop.gui.companies.view import CompaniesView

    return CompaniesView(session)


def _companies_title() -> str:
    return QCoreApplication.translate("Views", "Companies")


def _templates(session: Session) -> QWidget:
    # Cheap to build: the templates folder is read when the view is first on screen.
    from fallback_desktop.gui.templates.view import TemplatesView

    return TemplatesView(session)


def _templates_title() -> str:
    return QCoreApplication.translate("Views", "Letter templates")


def _cases(session: Session) -> QWidget:
    # Cheap to build: the case log opens when the view is first on screen.
    from fallback_desktop.gui.cases.view import CasesView

    return CasesView(session)


def _cases_title() -> str:
    return QCoreApplication.translate("Views", "Cases")


VIEWS: list[ViewSpec] = [
    ViewSpec("advise", _advise_title, _advise),
    ViewSpec("companies", _companies_title, _companies),
    ViewSpec("templates", _templates_title, _templates),
    ViewSpec("cases", _cases_title, _cases),
]


class _BuiltWhenShown(QWidget):
    """A tab's page that builds its view the first time the page is shown."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self._view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        if self._view is None:
            from fallback_desktop.gui.widgets import guard_wheel_below

            self._view = self._build()
            self._layout.addWidget(self._view)
            self._view.show()  # a child added to a page already on screen stays hidden otherwise
            # The window guarded the boxes it had when it was built; these come later.
            guard_wheel_below(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.built()
        super().showEvent(event)


class ViewHost(QTabWidget):
    """Holds the built views; its tab bar shows only once there is more than one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewTabs")
        self.setDocumentMode(True)
        self.setTabBarAutoHide(True)
        self.specs: list[ViewSpec] = []
        self._actions: list[QAction] = []

    def add_view(self, spec: ViewSpec, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or f"{spec.id}View")
        self.specs.append(spec)
        self.addTab(widget, spec.title())
        self.retranslate()

    def add_view_later(self, spec: ViewSpec, session: Session) -> None:
        """A view built the first time its tab is shown: it costs nothing until then."""
        self.add_view(spec, _BuiltWhenShown(lambda: spec.build(session)))

    def view(self, view_id: str) -> QWidget | None:
        """The view with that id (built now if it was waiting to be shown), or None."""
        for index, spec in enumerate(self.specs):
            if spec.id == view_id:
                page = self.widget(index)
                return page.built() if isinstance(page, _BuiltWhenShown) else page
        return None

    def built_view(self, view_id: str) -> QWidget | None:
        """The view with that id when it is built already (None when not, or no such view)."""
        index = self.index_of(view_id)
        page = None if index is None else self.widget(index)
        if isinstance(page, _BuiltWhenShown):
            return page._view
        return page

    def index_of(self, view_id: str) -> int | None:
        return next((i for i, spec in enumerate(self.specs) if spec.id == view_id), None)

    def show_view(self, index: int) -> None:
        """Bring the index-th view forward and put the keyboard inside it."""
        page = self.widget(index)
        if page is None:
            return
        self.setCurrentIndex(index)
        view = page.built() if isinstance(page, _BuiltWhenShown) else page
        view.setFocus()
        view.focusNextChild()

    def add_to_menu(self, menu: QMenu) -> None:
        """One entry per view (Ctrl+1, Ctrl+2, …) at the top of menu, when there is a choice."""
        if self.count() < 2:
            return
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        for index in range(min(self.count(), 9)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_view(i))
            menu.insertAction(first, action)
            self._actions.append(action)
        menu.insertSeparator(first)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("Views", "Views"))
        for index, spec in enumerate(self.specs):
            title = spec.title()
            self.setTabText(index, title)
            page = self.widget(index)
            if page is not None:
                page.setAccessibleName(title)
            if index < len(self._actions):
                self._actions[index].setText(title)
