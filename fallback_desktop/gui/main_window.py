"""The main window: the frame, menus and notices around the workspace that holds the flow.

The frame imports little, so `run()` can put it on screen first and build the workspace (the
situation panel, comparison table, recommendation and draft) the moment the frame is shown.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from fallback_desktop import __version__
from fallback_desktop.core.store.files import Loaded
from fallback_desktop.core.store.profile import Preferences
from fallback_desktop.core.text.catalog import render
from fallback_desktop.gui.first_paint import after_first_paint
from fallback_desktop.gui.i18n import current_lang, ensure_language, install_language

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QShowEvent

    from fallback_desktop.core.recommend.ranking import Recommendation
    from fallback_desktop.core.text.catalog import Msg
    from fallback_desktop.core.text.lang import Lang
    from fallback_desktop.gui.advise.first_answer import FirstAnswer
    from fallback_desktop.gui.advise.view import AdviseView
    from fallback_desktop.gui.views import ViewHost
    from fallback_desktop.session import Clock, Session

log = logging.getLogger(__name__)

LANGUAGE_NAMES: dict[Lang, str] = {"ko": "한국어", "en": "English"}


class MainWindow(QMainWindow):
    """Situation → recommendation → draft, in one window; menus for language, text size, about.

    `MainWindow()` is complete when constructed. With `build_later=True` (what `run()` uses) the
    frame shows a short "getting ready" line and builds the workspace once it is on screen.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session: Session | None = None,
        preferences: tuple[Preferences, Loaded] | None = None,
        clock: Clock | None = None,
        build_later: bool = False,
    ) -> None:
        """`clock` is for a window made without a session (tests): it becomes that session's."""
        super().__init__(parent)
        if session is None:
            from fallback_desktop.session import Session

            session = Session(lang="en", clock=clock)
        self.session = session
        prefs, loaded = preferences if preferences is not None else session.files.load_preferences()
        self._prefs = prefs
        # A window made without going through run() still speaks the person's language.
        app = QApplication.instance()
        if app is not None:
            ensure_language(app, prefs.lang)
        session.lang = current_lang()
        self._notice = loaded.notice
        self._overdue: Msg | None = None  # "2건의 답변 기한이 지났어요.", once painted
        self._overdue_asked = False
        self.workspace: AdviseView | None = None
        self.views: ViewHost
        self._first: FirstAnswer | None = None
        self._sized = False

        self._show_notice()
        if build_later:
            self._show_waiting()  # the workspace follows when the frame is shown (showEvent)
            self._retranslate()
        else:
            self.build_workspace()
        self.resize(1280, 800)

    # --- construction -------------------------------------------------------------------------

    def _show_waiting(self) -> None:
        """A centred line in the empty frame; the first answer, then the workspace, follow."""
        from fallback_desktop.gui.advise.first_answer import FirstAnswer

        self._first = FirstAnswer()
        self.setCentralWidget(self._first)

    def _answer_first(self) -> None:
        """The plan and the best channel in the frame, then (once painted) the workspace."""
        if self._first is None or not self.isVisible():
            return
        try:
            self._first.answer(self.session, self.tr("Best way to reach them now"))
        except Exception:  # a first look only: the workspace gives the answer in full anyway
            log.exception("the first answer could not be made")
        after_first_paint(self, self._build_if_shown, settle_ms=0)

    def _build_if_shown(self) -> None:
        # A frame closed before it reached the screen has no one to build for (yet).
        if self.isVisible():
            self.build_workspace()

    def build_workspace(self) -> None:
        """Build the situation panel, recommendation, table and draft (once)."""
        if self.workspace is not None:
            return
        from fallback_desktop.gui.advise.view import AdviseView
        from fallback_desktop.gui.cases.follow import follow_records
        from fallback_desktop.gui.views import VIEWS, ViewHost
        from fallback_desktop.gui.widgets import enter_presses_buttons, guard_wheel_below

        host = ViewHost()
        # The first view now; the others when their tab is first shown.
        host.add_view(VIEWS[0], VIEWS[0].build(self.session))
        for spec in VIEWS[1:]:
            host.add_view_later(spec, self.session)
        workspace = next(
            view for view in map(host.widget, range(host.count())) if isinstance(view, AdviseView)
        )
        self.views = host
        self.workspace = workspace
        follow_records(host, workspace.draft_pane.recorder)
        # The wheel scrolls the page, not a date or a choice under the pointer; Enter on a
        # focused button presses it in every view (Qt does so only in dialogs).
        guard_wheel_below(host)
        enter_presses_buttons(self)
        self._build_menus()
        if self._first is not None:
            self._first.retire()
        self._first = None
        self.setCentralWidget(host)  # the frame's "getting ready" line goes with its holder
        if self.isVisible():
            self._sized = True
            workspace.apply_initial_sizes(self.width(), self.height())
            # Shown now rather than on the layout's queued call, so the workspace's own start-up
            # work (the first ranking and letter) waits for its first paint like the frame did.
            workspace.show()
        workspace.situation_panel.urgency_combo.setFocus()
        self._retranslate()
        if self.isVisible():
            self._tell_overdue_after_paint()

    @property
    def recommendation(self) -> Recommendation | None:
        """The ranking on show, or None before the first one."""
        return None if self.workspace is None else self.workspace.recommendation

    def refresh(self) -> None:
        """Rank the channels for the current situation and show the result everywhere."""
        if self.workspace is not None:
            self.workspace.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self.workspace is None:  # a frame: answer, then build the workspace, once on screen
            after_first_paint(self, self._answer_first, settle_ms=0)
        else:
            if not self._sized:
                self._sized = True
                self.workspace.apply_initial_sizes(self.width(), self.height())
            self._tell_overdue_after_paint()
        super().showEvent(event)

    def _tell_overdue_after_paint(self) -> None:
        """Once the workspace is on screen: overdue cases named in the status bar, once."""
        if not self._overdue_asked:
            self._overdue_asked = True
            after_first_paint(self, self._tell_overdue)

    def _tell_overdue(self) -> None:
        from fallback_desktop.core.domain.errors import InputError
        from fallback_desktop.core.store.cases import overdue_count, overdue_notice
        from fallback_desktop.gui.cases.follow import show_overdue_button

        if not self.isVisible():
            return
        try:  # one indexed count; a log that cannot be read is said in the cases view
            count = overdue_count(self.session.open_cases(verify_later=True), self.session.now())
        except InputError:
            return
        self._overdue = overdue_notice(count)
        self._show_notice()
        if self._overdue is not None:
            show_overdue_button(self, self.views)

    def _build_menus(self) -> None:
        # With the workspace, after the frame.
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        from fallback_desktop.gui.fitting import roomy_menus
        from fallback_desktop.gui.help.menu import HelpActions

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_letter_action = QAction(self)
        self.new_letter_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.file_menu.addAction(self.new_letter_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)  # none on Windows: Ctrl+Q
        self.quit_action.setShortcut(
            quit_keys if not quit_keys.isEmpty() else QKeySequence("Ctrl+Q")
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[Lang, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            # Each language is named in itself, so it can be found whatever is showing.
            action = QAction(name, self, checkable=True)
            action.setData(lang)
            action.setChecked(lang == current_lang())
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.large_text_action = QAction(self, checkable=True)
        self.large_text_action.setChecked(self._prefs.large_text)
        self.view_menu.addAction(self.large_text_action)
        self.help_menu = bar.addMenu("")
        self.help = HelpActions(self, self.help_menu)  # how-to (F1), questions, sources, keys
        self.about_action = QAction(self)
        self.help_menu.addAction(self.about_action)
        self.language_group.triggered.connect(self._on_language_chosen)
        self.large_text_action.toggled.connect(self._on_large_text_toggled)
        self.about_action.triggered.connect(self.show_about)
        self.new_letter_action.triggered.connect(self.new_letter)
        self.quit_action.triggered.connect(self.close)
        self.views.add_to_menu(self.view_menu)
        # Room for every label whole, in both languages and at any text size.
        roomy_menus(self.file_menu, self.view_menu, self.language_menu, self.help_menu)

    # --- menus --------------------------------------------------------------------------------

    def new_letter(self) -> None:
        """Show the letter and start a new one (asking first if this one holds anything)."""
        if self.workspace is not None:
            self.views.setCurrentWidget(self.workspace)
            self.workspace.draft_pane.ask_new_letter()

    def _on_language_chosen(self, action: QAction) -> None:
        lang: Lang = "ko" if action.data() == "ko" else "en"
        if lang == current_lang():
            return
        app = QApplication.instance()
        assert app is not None
        install_language(app, lang)
        self.session.lang = lang
        self._save_preferences(dataclasses.replace(self._prefs, lang=lang))

    def _on_large_text_toggled(self, large: bool) -> None:
        from fallback_desktop.gui.fonts import apply_text_size

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_size(app, large)
        self._save_preferences(dataclasses.replace(self._prefs, large_text=large))

    def _save_preferences(self, prefs: Preferences) -> None:
        self._prefs = prefs
        try:
            self.session.files.save_preferences(prefs)
        except OSError as exc:
            log.warning("could not save preferences: %s", exc)
            self.statusBar().showMessage(self.tr("Your settings could not be saved."))

    def show_about(self) -> None:
        """The About box: what this is, its version, the versions beneath it and its licence."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr(
            "Fallback Desk %1\n\nWhen a call to a customer center does not connect, it suggests "
            "the best other way to reach the company and helps you write the message.\n\n"
            "Everything stays on this computer."
        ).replace("%1", __version__)
        QMessageBox.about(self, self.tr("About Fallback Desk"), self.help.with_versions(text))

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # The workspace follows a language switch by itself (it hears LanguageChange too).
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Fallback Desk: other ways to reach customer service"))
        if self._first is not None:
            self._first.set_waiting_text(self.tr("Getting the ways to reach the company ready…"))
        if self.workspace is not None:  # the menus come with it
            self.file_menu.setTitle(self.tr("&File"))
            self.new_letter_action.setText(self.tr("&New letter"))
            self.quit_action.setText(self.tr("&Quit"))
            self.view_menu.setTitle(self.tr("&View"))
            self.language_menu.setTitle(self.tr("&Language"))
            self.large_text_action.setText(self.tr("&Larger text"))
            self.help_menu.setTitle(self.tr("&Help"))
            self.about_action.setText(self.tr("&About Fallback Desk"))
            for lang, action in self.language_actions.items():
                action.setChecked(lang == current_lang())
            self.views.retranslate()
        # A start-up notice still on show follows the language switch.
        if self._notice is not None or self._overdue is not None:
            from fallback_desktop.core.text.lang import LANGS

            shown = {self._notice_text(lang) for lang in LANGS}
            if self.statusBar().currentMessage() in shown:
                self._show_notice()

    def _notice_text(self, lang: Lang) -> str:
        notices = (n for n in (self._notice, self._overdue) if n is not None)
        return " ".join(render(notice, lang) for notice in notices)

    def _show_notice(self) -> None:
        if self._notice is not None or self._overdue is not None:
            self.statusBar().showMessage(self._notice_text(current_lang()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # A normal close: the letter is kept as it is, not offered back as if after a crash.
        if self.workspace is not None:
            self.workspace.situation_panel.save_now()
            self.workspace.draft_pane.mark_clean_exit()
        super().closeEvent(event)
