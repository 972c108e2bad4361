"""The hand-off buttons under the letter: copy (and its menu), mail program, .eml, webmail."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QMenu, QPushButton, QSizePolicy, QWidget

from fallback_desktop.core.handoff.webmail import WEBMAIL
from fallback_desktop.gui.i18n import current_lang


class _ArrowButton(QPushButton):
    """A narrow button that shows only its menu's arrow (its name is for screen readers)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Measured each time: it follows the larger-text setting.
        return QSize(self.fontMetrics().height() * 2 + 8, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()


class HandoffButtons(QWidget):
    """Copy with its menu on a row of its own; mail and .eml side by side when there is room,
    else stacked; webmail (a menu of services) last. `webmail_chosen` carries a service id."""

    webmail_chosen = Signal(str)

    def __init__(self, copy: QPushButton, mail: QPushButton, eml: QPushButton) -> None:
        super().__init__()
        self._buttons = (copy, mail, eml)
        # A menu button beside Copy: its plain click keeps copying subject and letter.
        self.copy_menu_button = _ArrowButton()
        self.copy_menu_button.setObjectName("copyMenuButton")
        self.copy_menu = QMenu(self.copy_menu_button)
        self.copy_letter_action = QAction(self.copy_menu)
        self.copy_letter_action.setObjectName("copyLetterAction")
        self.copy_both_action = QAction(self.copy_menu)
        self.copy_both_action.setObjectName("copySubjectAndLetterAction")
        self.copy_menu.addActions([self.copy_letter_action, self.copy_both_action])
        self.copy_menu_button.setMenu(self.copy_menu)
        self.copy_menu_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.webmail_button = QPushButton()
        self.webmail_button.setObjectName("webmailButton")
        self.webmail_menu = QMenu(self.webmail_button)
        self.webmail_actions: dict[str, QAction] = {}
        for service in WEBMAIL:
            action = self.webmail_menu.addAction("")
            action.setObjectName(f"webmail_{service.id}")
            action.triggered.connect(lambda _c=False, sid=service.id: self.webmail_chosen.emit(sid))
            self.webmail_actions[service.id] = action
        self.webmail_button.setMenu(self.webmail_menu)
        for button in (self.copy_menu_button, self.webmail_button):
            button.setMinimumHeight(40)
        self.webmail_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        copy_row = QHBoxLayout()
        copy_row.setSpacing(2)
        copy_row.addWidget(copy, 1)
        copy_row.addWidget(self.copy_menu_button)
        self._grid.addLayout(copy_row, 0, 0, 1, 2)
        self._side_by_side: bool | None = None
        self._arrange(side_by_side=True)
        self._retranslate()

    def _retranslate(self) -> None:
        self.copy_menu_button.setAccessibleName(self.tr("More ways to copy"))
        self.copy_menu_button.setToolTip(
            self.tr("Copy the letter alone (for web forms), or the subject and the letter")
        )
        self.copy_letter_action.setText(self.tr("Copy the letter &alone (for web forms)"))
        self.copy_both_action.setText(self.tr("Copy &subject and letter"))
        self.webmail_button.setText(self.tr("&Write in webmail"))
        self.webmail_button.setAccessibleName(self.tr("Write in webmail"))
        self.webmail_button.setToolTip(
            self.tr("Opens the webmail you choose in the browser; the letter goes on the clipboard")
        )
        lang = current_lang()
        for service in WEBMAIL:
            self.webmail_actions[service.id].setText(service.name.render(lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _pair_width(self) -> int:
        _copy, mail, eml = self._buttons
        return mail.sizeHint().width() + eml.sizeHint().width() + self._grid.horizontalSpacing()

    def _arrange(self, *, side_by_side: bool) -> None:
        if side_by_side == self._side_by_side:
            return
        self._side_by_side = side_by_side
        _copy, mail, eml = self._buttons
        for button in (mail, eml, self.webmail_button):
            self._grid.removeWidget(button)
        if side_by_side:
            self._grid.addWidget(mail, 1, 0)
            self._grid.addWidget(eml, 1, 1)
        else:
            self._grid.addWidget(mail, 1, 0, 1, 2)
            self._grid.addWidget(eml, 2, 0, 1, 2)
        self._grid.addWidget(self.webmail_button, 3, 0, 1, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        self._arrange(side_by_side=event.size().width() >= self._pair_width())
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Stacked, the rows need only their widest button; the layout would ask for the pair.
        copy = self._buttons[0]
        widths = [b.sizeHint().width() for b in (*self._buttons[1:], self.webmail_button)]
        copy_row = copy.sizeHint().width() + self.copy_menu_button.sizeHint().width() + 2
        return QSize(max(copy_row, *widths), super().minimumSizeHint().height())
