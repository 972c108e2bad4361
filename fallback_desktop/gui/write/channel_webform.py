"""The web form (1:1 문의) page: the text fitted to the form's cap, its counts, what was
shortened (said plainly, never cut silently), copy, and the company's form in the browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fallback_desktop.core.domain.errors import InputError
from fallback_desktop.core.text.catalog import render
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.widgets import guard_wheel
from fallback_desktop.gui.write.channel_common import (
    MISSING_COLOUR,
    HelperInput,
    HelperPage,
    LinkButton,
    NoticeBox,
    action_button,
    text_label,
)
from fallback_desktop.gui.write.record_offer import RecordOffer

if TYPE_CHECKING:
    from fallback_desktop.core.writing.channel_texts import FittedText

UNITS = ("chars", "utf8", "euckr")
MAX_LIMIT = 100_000


class WebformPage(HelperPage):
    """Text for a company's 1:1 inquiry form, within the form's length limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("webformPage", parent)
        self.title = text_label("webformTitle", bold=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("webformText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.limit_label = QLabel()
        self.limit = QSpinBox()
        self.limit.setObjectName("webformLimit")
        self.limit.setRange(0, MAX_LIMIT)
        self.limit.setSingleStep(100)
        self.limit.setGroupSeparatorShown(True)
        self.limit_label.setBuddy(self.limit)
        self.unit = QComboBox()
        self.unit.setObjectName("webformUnit")
        for unit in UNITS:
            self.unit.addItem("", unit)
        guard_wheel(self.limit)
        guard_wheel(self.unit)
        self.counts = text_label("webformCounts")
        self.over = text_label("webformOver", bold=True)
        self.over.hide()
        self.shortened = NoticeBox("webformShortened")
        self.copy_button = action_button("copyWebformButton")
        self.open_button = LinkButton("openWebformButton", self)
        self.fitted: FittedText | None = None
        self._prefilled_for: str | None = None

        cap = QHBoxLayout()
        cap.addWidget(self.limit_label)
        cap.addWidget(self.limit)
        cap.addWidget(self.unit)
        cap.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.column.addWidget(self.title)
        self.column.addWidget(self.text)
        self.column.addLayout(cap)
        for line in (self.counts, self.over, self.shortened):
            self.column.addWidget(line)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status)
        self.record_offer = RecordOffer("webformRecordOffer")
        self.column.addWidget(self.record_offer)
        self.column.addStretch(1)

        palette = self.over.palette()
        palette.setColor(palette.ColorRole.WindowText, MISSING_COLOUR)
        self.over.setPalette(palette)
        self.limit.valueChanged.connect(self._cap_changed)
        self.unit.currentIndexChanged.connect(self._cap_changed)
        self.copy_button.clicked.connect(self._copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Text for the company's web form (1:1 inquiry)"))
        self.text.setAccessibleName(self.tr("Web form text"))
        self.limit_label.setText(self.tr("The form's length limit:"))
        self.limit.setSpecialValueText(self.tr("no limit"))
        self.limit.setAccessibleName(self.tr("The form's length limit"))
        self.unit.setAccessibleName(self.tr("What the limit counts"))
        words = (self.tr("characters"), self.tr("UTF-8 bytes"), self.tr("EUC-KR bytes"))
        for index, word in enumerate(words):
            self.unit.setItemText(index, word)
        self.copy_button.setText(self.tr("Copy the text"))
        self.copy_button.setToolTip(self.tr("Puts the web form text alone on the clipboard"))
        self.open_button.retranslate()
        if self.fitted is not None:
            self._show_counts(self.fitted)

    # -- content ------------------------------------------------------------------------------

    def cap(self) -> tuple[int | None, str]:
        """The limit (None: none) and what it counts."""
        value = self.limit.value()
        return (value or None), str(self.unit.currentData())

    def _prefill(self, data: HelperInput) -> None:
        """Take the company's known cap once per company; the person may change it after."""
        company = data.company
        key = company.key if company is not None else None
        if key == self._prefilled_for:
            return
        self._prefilled_for = key
        address = company.address("webform") if company is not None else None
        if address is not None and address.max_chars:
            self.limit.blockSignals(True)
            self.unit.blockSignals(True)
            self.limit.setValue(address.max_chars)
            self.unit.setCurrentIndex(UNITS.index("chars"))
            self.limit.blockSignals(False)
            self.unit.blockSignals(False)

    def fill(self, data: HelperInput) -> None:
        from fallback_desktop.core.writing.channel_texts import webform_text

        self._prefill(data)
        address = data.company.address("webform") if data.company is not None else None
        self.open_button.set_address(address.value if address is not None else None)
        limit, unit = self.cap()
        try:
            fitted = webform_text(data.fields, data.lang, limit=limit, unit=unit,
                                  purpose=data.purpose)  # fmt: skip
        except InputError as error:
            self.say(error.text(current_lang()))
            return
        self.fitted = fitted
        if self.text.toPlainText() != fitted.text:
            self.text.setPlainText(fitted.text)
        self._show_counts(fitted)

    def _show_counts(self, fitted: FittedText) -> None:
        lang = current_lang()
        parts = [
            self._amount("chars", fitted.chars),
            self._amount("utf8", fitted.utf8_bytes),
            self._amount("euckr", fitted.euckr_bytes)
            if fitted.euckr_bytes is not None
            else self.tr("EUC-KR cannot write some of its characters"),
        ]
        line = " · ".join(parts)
        if fitted.limit is not None:
            line += " / " + self.tr("limit %1").replace(
                "%1", self._amount(fitted.unit, fitted.limit)
            )
        self.counts.setText(line)
        self.over.setText(
            "⚠ " + self.tr("Still over the limit: shorten it by hand before you send it.")
        )
        self.over.setVisible(not fitted.fits)
        if fitted.shortened:
            lines = [self.tr("Shortened to fit the limit:")]
            lines += [f"• {render(item, lang)}" for item in fitted.shortened]
            self.shortened.set_text("\n".join(lines))
        else:
            self.shortened.set_text("")

    def _amount(self, unit: str, count: int) -> str:
        number = QLocale().toString(count)
        if unit == "utf8":
            return self.tr("UTF-8 %1 bytes").replace("%1", number)
        if unit == "euckr":
            return self.tr("EUC-KR %1 bytes").replace("%1", number)
        return self.tr("%1 characters").replace("%1", number)

    # -- reactions ----------------------------------------------------------------------------

    def _cap_changed(self) -> None:
        if self.shown_input is not None:
            self.fill(self.shown_input)

    def _copy(self) -> None:
        if self.fitted is None:
            return
        self.copy(self.text.toPlainText())
        self.say(self.tr("Copied. Paste it (Ctrl+V) into the company's web form."))
        self.record_offer.offer_sent("webform")
