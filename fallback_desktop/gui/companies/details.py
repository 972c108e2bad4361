"""One company shown in full: its names, and per channel its addresses, hours and facts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fallback_desktop.core.domain.channels import get_channel
from fallback_desktop.core.domain.company import Company, fact_text
from fallback_desktop.core.text.catalog import render, text
from fallback_desktop.gui.companies.facts import safe_url
from fallback_desktop.gui.widgets import clear_layout

if TYPE_CHECKING:
    import datetime as dt

    from fallback_desktop.core.text.lang import Lang


class CompanyDetails(QWidget):
    """Plain labels a screen reader reads in order; a button per web address, its host on it."""

    def __init__(self, open_link: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDetails")
        self._open_link = open_link
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.link_buttons: list[QPushButton] = []

    def _clear(self) -> None:
        clear_layout(self._layout)
        self.link_buttons = []

    def _label(self, words: str, name: str = "", *, title: bool = False) -> QLabel:
        label = QLabel(words)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        if title:
            # Bold by style, not by a font of its own, so the label follows a change of text size.
            label.setStyleSheet("font-weight: bold;")
        self._layout.addWidget(label)
        return label

    def show_company(self, company: Company | None, today: dt.date, lang: Lang) -> None:
        """Show `company` (None: the hint to pick or add one)."""
        self._clear()
        if company is None:
            self._label(
                QCoreApplication.translate(
                    "CompanyDetails", "Pick a company in the list, or add one."
                ),
                "companyEmpty",
            )
            return
        title = company.name
        if company.sample:
            title += f" ({text('directory.sample', lang)})"
        self._label(title, "companyTitle", title=True)
        if company.other_names:
            others = ", ".join(company.other_names)
            self._label(f"{text('company.cli.other_names', lang)}: {others}", "companyOtherNames")
        if not company.channels:
            self._label(QCoreApplication.translate("CompanyDetails", "No channels noted yet."))
        for entry in company.channels:
            self._label(render(get_channel(entry.channel).name, lang), title=True)
            if not entry.addresses:
                self._label(text("company.cli.no_address", lang))
            for address in entry.addresses:
                self._address(address, today, lang)
            # In the window's language; the editor keeps the one-line form a person types.
            hours = (
                render(entry.hours.describe(), lang)
                if entry.hours is not None
                else text("company.cli.hours_default", lang)
            )
            self._label(f"{text('company.field.hours', lang)}: {hours}")
            if entry.hours is not None:
                about = text("company.field.hours", lang)
                line = fact_text(entry.hours_fact, today, lang, about)
                self._fact(line, entry.hours_fact, today)
        if company.note:
            self._label(f"{text('company.cli.note', lang)}: {company.note}")

    def _address(self, address: object, today: dt.date, lang: Lang) -> None:
        from fallback_desktop.core.domain.company import Address

        assert isinstance(address, Address)
        line = address.shown()
        if address.label:
            line = f"{address.label}: {line}"
        cost = address.cost
        if cost is not None:
            line += f" — {render(cost.words, lang)}"
        if address.ars:
            line += f" · ARS {address.ars}"
        if address.max_chars:
            line += f" · {text('company.cli.max_chars', lang, count=address.max_chars)}"
        self._label(line)
        self._fact(fact_text(address.fact, today, lang), address.fact, today)
        url = safe_url(address.value) if address.is_web else None
        if url is not None:
            host = address.host
            button = QPushButton(
                QCoreApplication.translate("CompanyDetails", "Open %1 in the browser").replace(
                    "%1", host
                )
            )
            button.setAccessibleName(button.text())
            button.setProperty("url", url)
            button.clicked.connect(lambda _checked=False, u=url: self._open_link(u))
            self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.link_buttons.append(button)

    def _fact(self, words: str, fact: object, today: dt.date) -> None:
        from fallback_desktop.core.domain.company import Fact

        assert isinstance(fact, Fact)
        label = self._label(words)
        stale = fact.is_stale(today)
        label.setProperty("stale", stale)
        if stale:
            label.setObjectName("staleFact")
            label.setStyleSheet("color: #8a4b00;")
