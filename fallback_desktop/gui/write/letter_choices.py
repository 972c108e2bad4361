"""Above the form: what the letter is for, and the language it is written in.

The letter's language is its own choice: until the person picks one it follows the window's;
once picked it stays, whatever language the window speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fallback_desktop.core.domain.purposes import PURPOSE_IDS, known_purpose, purpose_name
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import without_mnemonic
from fallback_desktop.gui.fitting import WholeTextComboBox
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.templates.choice import TemplateCombo
from fallback_desktop.gui.widgets import guard_wheel

# Each language by its own name: a person who reads only one of them still finds it.
LETTER_LANGS: tuple[tuple[Lang, str], ...] = (("ko", "한국어"), ("en", "English"))


def _combo(name: str) -> WholeTextComboBox:
    combo = WholeTextComboBox()
    combo.setObjectName(name)
    guard_wheel(combo)  # in the scrolling form, the wheel scrolls the page
    return combo


class LetterChoices(QWidget):
    """The purpose (item data: its id) and the letter's language (item data: "ko" or "en").

    `changed` fires when either changes, except when `set_choices` or the window's language
    sets them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose_combo = _combo("purposeCombo")
        for purpose in PURPOSE_IDS:
            self.purpose_combo.addItem("", purpose)
        self.lang_combo = _combo("letterLangCombo")
        for lang, name in LETTER_LANGS:
            self.lang_combo.addItem(name, lang)
        self._chosen_lang: Lang | None = None
        self._quiet = False
        self.purpose_label = QLabel()
        self.purpose_label.setBuddy(self.purpose_combo)
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.lang_combo)
        # The person's own templates (made in the Letter templates view), or the standard letter.
        self.template_combo = TemplateCombo()
        guard_wheel(self.template_combo)
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for label, combo in (
            (self.purpose_label, self.purpose_combo),
            (self.lang_label, self.lang_combo),
            (self.template_label, self.template_combo),
        ):
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(combo)
        self._retranslate()
        self.purpose_combo.currentIndexChanged.connect(self._purpose_picked)
        self.lang_combo.currentIndexChanged.connect(self._lang_picked)
        self.template_combo.templateChosen.connect(self._template_picked)

    # -- values -------------------------------------------------------------------------------

    def purpose(self) -> str:
        return str(self.purpose_combo.currentData())

    def template(self) -> str | None:
        """The person's template the letter is made with; None for the standard letter."""
        return self.template_combo.chosen()

    def letter_lang(self) -> Lang:
        """The language the letter is written in now."""
        return self._chosen_lang or current_lang()

    def chosen_lang(self) -> Lang | None:
        """The language the person picked, or None while the letter follows the window."""
        return self._chosen_lang

    def set_choices(self, purpose: str, letter_lang: Lang | None) -> None:
        """Put back saved choices (an unknown purpose is the default); `changed` stays quiet."""
        self._chosen_lang = letter_lang
        self._quiet = True
        try:
            self.purpose_combo.setCurrentIndex(PURPOSE_IDS.index(known_purpose(purpose)))
        finally:
            self._quiet = False
        self._show_lang()

    def _template_picked(self, _name: object) -> None:
        if not self._quiet:
            self.changed.emit()

    def _purpose_picked(self, _index: int) -> None:
        if not self._quiet:
            self.changed.emit()

    def _lang_picked(self, index: int) -> None:
        if self._quiet:
            return
        self._chosen_lang = "ko" if self.lang_combo.itemData(index) == "ko" else "en"
        self.changed.emit()

    def _show_lang(self) -> None:
        self._quiet = True
        try:
            self.lang_combo.setCurrentIndex(0 if self.letter_lang() == "ko" else 1)
        finally:
            self._quiet = False

    # -- language of the window ---------------------------------------------------------------

    def _retranslate(self) -> None:
        lang = current_lang()
        for index, purpose in enumerate(PURPOSE_IDS):
            self.purpose_combo.setItemText(index, render(purpose_name(purpose), lang))
        purpose_label = text("letter.purpose.label", lang)
        self.purpose_label.setText(purpose_label)
        self.purpose_combo.setAccessibleName(without_mnemonic(purpose_label))
        lang_label = text("letter.lang.label", lang)
        self.lang_label.setText(lang_label)
        self.lang_combo.setAccessibleName(lang_label)
        template_label = text("letter.template.label", lang)
        self.template_label.setText(template_label)
        self.template_combo.setAccessibleName(without_mnemonic(template_label))
        self._show_lang()  # a letter that follows the window follows it here too

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def tab_chain(self) -> list[QWidget]:
        return [self.purpose_combo, self.lang_combo, self.template_combo]
