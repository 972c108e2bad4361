"""The form where the person types the facts of the letter: company, problem, wishes, contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.gui.write.attachment_list import AttachmentList

# Keys of values(); they match DraftFields and the autosaved DraftState.fields.
TEXT_KEYS = ("to", "company", "product", "order_number", "name", "phone", "email")
MULTILINE_KEYS = ("details", "tried", "resolution")
CONTACT_KEYS = ("name", "phone", "email")
ERROR_KEYS = ("to", "email", "phone", "details", "attachments")


def _plain_edit(name: str, min_lines: int, max_lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    # Tab moves on to the next field, so the whole form works from the keyboard.
    edit.setTabChangesFocus(True)
    line = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(line * min_lines + 12)
    # A long text scrolls inside the box, so the rest of the form stays in view.
    edit.setMaximumHeight(line * max_lines + 12)
    return edit


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumWidth(140)
    return edit


def _error_label(key: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{key}Error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    label.hide()
    return label


class DraftFieldsForm(QWidget):
    """All draft inputs; `changed(key)` fires on every edit with the key that changed."""

    changed = Signal(str)
    error_shown = Signal(str)  # the key of the field that now has a sentence under it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        for key, name in zip(TEXT_KEYS, _object_names(TEXT_KEYS), strict=True):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setClearButtonEnabled(True)
            self.edits[key] = edit
        self.edits["to"].setPlaceholderText("help@example.com")
        self.edits["email"].setPlaceholderText("me@example.com")
        self.texts: dict[str, QPlainTextEdit] = {
            "details": _plain_edit("detailsEdit", 6, 12),
            "tried": _plain_edit("triedEdit", 3, 5),
            "resolution": _plain_edit("resolutionEdit", 2, 4),
        }
        self.incident_known = QCheckBox()
        self.incident_known.setObjectName("incidentDateKnown")
        self.incident_date = _date_edit("incidentDateEdit")
        self.incident_date.setDate(QDate.currentDate())
        self.incident_date.setEnabled(False)
        self.reply_by = _date_edit("replyByEdit")
        self.attachments = AttachmentList()
        self.errors = {key: _error_label(key) for key in ERROR_KEYS}
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._build_layout()
        self._retranslate()
        self._connect_signals()

    # -- layout -------------------------------------------------------------------------------

    def _row(self, box: QVBoxLayout, key: str, field: QWidget | QHBoxLayout) -> None:
        """Label above its field (room for long Korean labels), the error sentence below."""
        label = QLabel()
        label.setWordWrap(True)
        self.labels[key] = label
        box.addWidget(label)
        if isinstance(field, QWidget):
            label.setBuddy(field)
            box.addWidget(field)
        else:
            box.addLayout(field)
        if key in self.errors:
            box.addWidget(self.errors[key])
        box.addSpacing(4)

    def _group(self, key: str) -> QVBoxLayout:
        group = QGroupBox()
        self.groups[key] = group
        box = QVBoxLayout(group)
        box.setSpacing(3)
        self.layout_.addWidget(group)
        return box

    def _build_layout(self) -> None:
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 6, 0)

        box = self._group("company")
        self._row(box, "to", self.edits["to"])
        self._row(box, "company", self.edits["company"])
        self._row(box, "product", self.edits["product"])
        self._row(box, "order_number", self.edits["order_number"])

        box = self._group("problem")
        date_row = QHBoxLayout()
        date_row.addWidget(self.incident_known)
        date_row.addWidget(self.incident_date)
        date_row.addStretch(1)
        box.addLayout(date_row)
        box.addSpacing(4)
        self._row(box, "details", self.texts["details"])
        self._row(box, "tried", self.texts["tried"])

        box = self._group("wish")
        self._row(box, "resolution", self.texts["resolution"])
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_by)
        reply_row.addStretch(1)
        self._row(box, "reply_by", reply_row)
        self.labels["reply_by"].setBuddy(self.reply_by)

        box = self._group("contact")
        self._row(box, "name", self.edits["name"])
        self._row(box, "phone", self.edits["phone"])
        self._row(box, "email", self.edits["email"])

        box = self._group("attachments")
        box.addWidget(self.attachments)
        box.addWidget(self.errors["attachments"])
        self.layout_.addStretch(1)

    def _retranslate(self) -> None:
        self.groups["company"].setTitle(self.tr("Who you are writing to"))
        self.groups["problem"].setTitle(self.tr("What happened"))
        self.groups["wish"].setTitle(self.tr("What you want"))
        self.groups["contact"].setTitle(self.tr("How they can reach you (remembered)"))
        self.groups["attachments"].setTitle(self.tr("Files to attach"))
        texts = {
            "to": self.tr("&To: the company's email address"),
            "company": self.tr("Compan&y name"),
            "product": self.tr("&Product or service"),
            "order_number": self.tr("Order or contract &number"),
            "details": self.tr("&What went wrong, in your own words"),
            "tried": self.tr("What you have tried &already (e.g. calls and their times)"),
            "resolution": self.tr("What you want them to &do"),
            "reply_by": self.tr("Ask for a reply &by"),
            "name": self.tr("Your na&me"),
            "phone": self.tr("Your phone n&umber"),
            "email": self.tr("Your &email address"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
            # Screen readers read the name without the mnemonic marker.
            self.field_widget(key).setAccessibleName(text.replace("&", ""))
        self.incident_known.setText(self.tr("Date it &happened:"))
        self.incident_known.setAccessibleName(self.tr("I know the date it happened"))
        self.incident_date.setAccessibleName(self.tr("Date it happened"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _text, k=key: self.changed.emit(k))
        for key, text_edit in self.texts.items():
            text_edit.textChanged.connect(lambda k=key: self.changed.emit(k))
        self.incident_known.toggled.connect(self.incident_date.setEnabled)
        self.incident_known.toggled.connect(lambda _on: self.changed.emit("incident_date"))
        self.incident_date.dateChanged.connect(lambda _d: self.changed.emit("incident_date"))
        self.reply_by.dateChanged.connect(lambda _d: self.changed.emit("reply_by"))
        self.attachments.changed.connect(lambda: self.changed.emit("attachments"))

    def tab_chain(self) -> list[QWidget]:
        """The inputs in the order a keyboard user meets them."""
        return [
            *(self.edits[k] for k in ("to", "company", "product", "order_number")),
            self.incident_known,
            self.incident_date,
            *self.texts.values(),
            self.reply_by,
            *(self.edits[k] for k in CONTACT_KEYS),
            self.attachments.list,
            self.attachments.add_button,
            self.attachments.remove_button,
        ]

    # -- values -------------------------------------------------------------------------------

    def field_widget(self, key: str) -> QWidget:
        """The input that holds `key`, e.g. to focus it next to an error."""
        if key in self.edits:
            return self.edits[key]
        if key in self.texts:
            return self.texts[key]
        if key == "incident_date":
            return self.incident_date
        if key == "reply_by":
            return self.reply_by
        return self.attachments.list

    def text(self, key: str) -> str:
        if key in self.edits:
            return self.edits[key].text()
        return self.texts[key].toPlainText()

    def incident(self) -> dt.date | None:
        if not self.incident_known.isChecked():
            return None
        return _to_date(self.incident_date.date())

    def reply_by_date(self) -> dt.date:
        return _to_date(self.reply_by.date())

    def set_reply_by(self, day: dt.date) -> None:
        self.reply_by.setDate(QDate(day.year, day.month, day.day))

    def values(self) -> dict[str, str]:
        """Every field as text, for the autosave."""
        data = {key: self.text(key) for key in (*TEXT_KEYS, *MULTILINE_KEYS)}
        incident = self.incident()
        data["incident_date"] = incident.isoformat() if incident else ""
        data["reply_by"] = self.reply_by_date().isoformat()
        data["attachments"] = "\n".join(str(p) for p in self.attachments.paths())
        return data

    def set_values(self, data: dict[str, str]) -> None:
        """Fill the form from autosaved text; unknown or malformed values are skipped."""
        for key, edit in self.edits.items():
            if key in data:
                edit.setText(data[key])
        for key, text_edit in self.texts.items():
            if key in data:
                text_edit.setPlainText(data[key])
        incident = _parse_date(data.get("incident_date", ""))
        if incident is not None:
            self.incident_date.setDate(QDate(incident.year, incident.month, incident.day))
        self.incident_known.setChecked(incident is not None)
        reply_by = _parse_date(data.get("reply_by", ""))
        if reply_by is not None:
            self.set_reply_by(reply_by)
        lines = data.get("attachments", "").splitlines()
        self.attachments.set_paths([Path(line) for line in lines if line.strip()])

    def has_content(self) -> bool:
        """True when the person has written anything about the problem or the company."""
        keys = ("to", "company", "product", "order_number", *MULTILINE_KEYS)
        return any(self.text(k).strip() for k in keys) or bool(self.attachments.paths())

    # -- errors next to the fields ------------------------------------------------------------

    def show_error(self, key: str, text: str) -> None:
        """One sentence right under the field `key` (one of ERROR_KEYS)."""
        label = self.errors[key]
        label.setText("⚠ " + text)
        label.show()
        self.field_widget(key).setAccessibleDescription(text)
        self.error_shown.emit(key)

    def clear_error(self, key: str) -> None:
        label = self.errors[key]
        if label.isHidden():
            return
        label.clear()
        label.hide()
        self.field_widget(key).setAccessibleDescription("")

    def error_text(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""


def _object_names(keys: tuple[str, ...]) -> list[str]:
    names = {"order_number": "orderNumberEdit"}
    return [names.get(k, f"{k}Edit") for k in keys]


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
