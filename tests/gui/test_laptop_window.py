"""The window on a 1024×600 laptop screen (1366×768 at 125%), in Korean and English, with normal
and large text: it fits, every button can be reached, nothing is cut off at the right edge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fallback_desktop.gui.fonts import apply_text_size, setup_fonts
from fallback_desktop.gui.i18n import install_language
from fallback_desktop.gui.main_window import MainWindow
from tests.gui.conftest import FakeClock
from tests.gui.draft_helpers import Seams, fill_basic
from tests.gui.window_helpers import reveal, workspace_of

# The offscreen platform cannot do these for a popup menu; nothing a person would see.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)

LAPTOP = QSize(1024, 600)
INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget)


@pytest.fixture
def fonts(qapp: QApplication) -> Iterator[None]:
    """The application font as `run()` sets it; put back afterwards."""
    original = QFont(qapp.font())
    setup_fonts(qapp, False)
    yield
    qapp.setFont(original)
    qapp.setProperty("fallbackBasePointSize", None)


@pytest.fixture(params=["ko-normal", "ko-large", "en-normal", "en-large"])
def laptop(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    qtbot: QtBot,
    fake_clock: FakeClock,
    fonts: None,
    seams: Seams,
) -> MainWindow:
    """The main window at 1024×600 with a letter typed in, in one language and text size."""
    lang, size = str(request.param).split("-")
    install_language(qapp, "ko" if lang == "ko" else "en")
    apply_text_size(qapp, size == "large")
    window = MainWindow(clock=fake_clock)
    qtbot.addWidget(window)
    window.large_text_action.setChecked(size == "large")  # as if chosen in the View menu
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    pane = workspace_of(window).draft_pane
    qtbot.waitUntil(lambda: pane.subject_text() != "")
    fill_basic(pane)
    qtbot.waitUntil(lambda: window.size() == LAPTOP)
    _settle(qtbot)
    return window


def _settle(qtbot: QtBot) -> None:
    # Layouts that follow a resize or a font change are posted events: let them all run.
    for _ in range(3):
        QApplication.sendPostedEvents()
        qtbot.wait(1)


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _meant_to_show(widget: QWidget, root: QWidget) -> bool:
    """Not hidden on purpose: only a tab page that is not in front stands in the way."""
    while widget is not root:
        parent = widget.parentWidget()
        if parent is None:
            return False
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def _shown(window: QWidget, cls: type[QWidget] | tuple[type[QWidget], ...]) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if isinstance(w, cls) and w.isVisible()]


def test_the_window_fits_the_screen(laptop: MainWindow) -> None:
    hint = laptop.minimumSizeHint()
    assert hint.width() <= LAPTOP.width(), hint
    assert hint.height() <= LAPTOP.height(), hint
    assert laptop.size() == LAPTOP
    assert laptop.minimumSize().width() <= LAPTOP.width()


def test_every_button_of_the_draft_can_be_brought_into_view(
    laptop: MainWindow, qtbot: QtBot
) -> None:
    pane = workspace_of(laptop).draft_pane
    pane.set_channel("email")  # the letter's page
    # The bars that come and go are shown, so their buttons are checked too.
    pane.recovery.show()
    pane.preview.notice.show()
    pane.preview.show_message("Too long for a mail link.", "eml", "Save as .eml instead")
    _settle(qtbot)
    buttons = [
        b
        for part in (pane.recovery, pane.preview)
        for b in part.findChildren(QPushButton)
        if _meant_to_show(b, pane)
    ]
    names = {b.objectName() for b in buttons}
    assert {"copyButton", "mailButton", "emlButton", "newLetterButton"} <= names
    for button in buttons:
        reveal(button)
        _settle(qtbot)
        assert button.isVisible(), button.objectName()
        assert not button.visibleRegion().isEmpty(), button.objectName()
        assert laptop.rect().contains(_rect_in(button, laptop)), button.objectName()
        # Its whole label fits on it.
        assert button.width() >= button.minimumSizeHint().width(), button.objectName()


def test_no_input_is_cut_at_the_right_edge(laptop: MainWindow, qtbot: QtBot) -> None:
    areas = _shown(laptop, QScrollArea)
    assert areas
    tabs = laptop.findChildren(QWidget, "draftTabs")
    pages = (
        [laptop.findChild(QWidget, "draftPreviewScroll")] if tabs and tabs[0].isVisible() else []
    )
    for page in [None, *pages]:
        if page is not None:
            reveal(page)
            _settle(qtbot)
        for area in _shown(laptop, QScrollArea):
            assert isinstance(area, QScrollArea)
            content = area.widget()
            assert content is not None
            viewport = area.viewport()
            assert content.width() <= viewport.width(), area.objectName()
            for widget in _shown(content, INPUTS):
                right = _rect_in(widget, viewport).right()
                assert right <= viewport.width(), (area.objectName(), widget.objectName())


def test_choices_and_labels_show_their_whole_text(laptop: MainWindow, qtbot: QtBot) -> None:
    combos = _shown(laptop, QComboBox)
    assert {c.objectName() for c in combos} >= {"urgencyCombo", "contextCombo"}
    for combo in combos:
        assert isinstance(combo, QComboBox)
        for index in range(combo.count()):
            # Every choice, not only the current one, must fit once picked.
            text = combo.itemText(index)
            needed = combo.fontMetrics().horizontalAdvance(text)
            assert combo.width() >= combo.sizeHint().width(), combo.objectName()
            assert needed < combo.width(), (combo.objectName(), text)
    for label in _shown(laptop, (QLabel, QCheckBox)):
        if isinstance(label, QLabel) and not label.text():
            continue
        if isinstance(label, QLabel) and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.minimumSizeHint().width(), label.text()


def _menu_image(menu: QMenu, qtbot: QtBot, extra_width: int = 0) -> QImage:
    menu.setMinimumWidth(0)
    if extra_width:
        menu.setMinimumWidth(menu.sizeHint().width() + extra_width)
    menu.popup(QPoint(0, 0))
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    menu.hide()
    menu.setMinimumWidth(0)
    return image


def test_menu_labels_are_not_cut_short(laptop: MainWindow, qtbot: QtBot) -> None:
    menus = [laptop.file_menu, laptop.view_menu, laptop.language_menu, laptop.help_menu]
    for menu in menus:
        tight = _menu_image(menu, qtbot)
        roomy = _menu_image(menu, qtbot, extra_width=300)
        # The labels sit at the left; shortcuts and arrows sit at the right edge and move along.
        shortcuts = max(
            (menu.fontMetrics().horizontalAdvance(a.shortcut().toString()) for a in menu.actions()),
            default=0,
        )
        compare = tight.width() - shortcuts - 3 * menu.fontMetrics().height()
        assert compare > 0
        for y in range(tight.height()):
            for x in range(0, compare):
                assert tight.pixel(x, y) == roomy.pixel(x, y), (menu.title(), x, y)


def test_larger_text_enlarges_every_text(
    laptop: MainWindow, qapp: QApplication, qtbot: QtBot
) -> None:
    large = qapp.font().pointSizeF() > 12
    pane = workspace_of(laptop).draft_pane
    # Sentences that are hidden most of the time are shown, so that they are checked too.
    pane.preview.show_message("Saved.")
    pane.form.show_error("to", "Check the address.")
    pane.recovery.show()
    _settle(qtbot)
    texts = _shown(laptop, (QLabel, QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox))
    before = {id(w): w.font().pointSizeF() for w in texts}
    laptop.large_text_action.trigger()
    _settle(qtbot)
    for widget in texts:
        size = widget.font().pointSizeF()
        grew = size < before[id(widget)] if large else size > before[id(widget)]
        assert grew, (widget.objectName(), type(widget).__name__, before[id(widget)], size)
    # Switched while the window is open, the choices still show whole.
    for combo in _shown(laptop, QComboBox):
        assert isinstance(combo, QComboBox)
        widths = [
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        ]
        # (The company box stays empty until the person reaches for it.)
        assert max(widths, default=0) < combo.width(), combo.objectName()
        assert combo.width() >= combo.sizeHint().width(), combo.objectName()
    assert laptop.size() == LAPTOP


@pytest.mark.parametrize(
    "channel", ["webform", "messenger", "sns", "chat", "portal", "phone", "app"]
)
def test_every_channel_page_fits_and_its_buttons_can_be_brought_into_view(
    laptop: MainWindow, qtbot: QtBot, channel: str
) -> None:
    pane = workspace_of(laptop).draft_pane
    fill_basic(pane)
    pane.set_channel(channel)
    _settle(qtbot)
    page = pane.helpers.stack.currentWidget()
    assert page is not None
    buttons = [b for b in page.findChildren(QPushButton) if _meant_to_show(b, page)]
    assert buttons, channel  # every page has something to copy, open or start
    for button in buttons:
        reveal(button)
        _settle(qtbot)
        assert button.isVisible(), button.objectName()
        assert laptop.rect().contains(_rect_in(button, laptop)), button.objectName()
        assert button.width() >= button.minimumSizeHint().width(), button.objectName()
