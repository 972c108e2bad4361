"""The form where the person types the facts of the letter, one input per field of the registry;
above it, what the letter is for and its language. Only the fields the purpose asks for show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallback_desktop.core.text.catalog import Msg, render
from fallback_desktop.core.text.lang import Lang
from fallback_desktop.core.writing.fields import (
    DraftFields,
    Field,
    Group,
    Kind,
    Value,
    fields_for,
    from_text,
    registry,
    to_text,
    without_mnemonic,
)
from fallback_desktop.gui.i18n import current_lang
from fallback_desktop.gui.write.attachment_list import AttachmentList
from fallback_desktop.gui.write.field_inputs import (
    date_edit,
    field_row,
    line_edit,
    plain_edit,
    tick_box,
    to_date,
    to_qdate,
)
from fallback_desktop.gui.write.field_sentences import FieldSentences
from fallback_desktop.gui.write.letter_choices import LetterChoices

# The note on the withdrawal window sits under this field's tick box.
LEGAL_NOTE_AFTER = "online_purchase"


class DraftFieldsForm(QWidget):
    """All draft inputs, one per field of the registry; `changed(key)` fires on every edit."""

    changed = Signal(str)
    error_shown = Signal(str)  # the key of the field that now has a sentence under it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs: dict[str, Field] = {spec.key: spec for spec in registry()}
        self.edits: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.dates: dict[str, QDateEdit] = {}
        self.known: dict[str, QCheckBox] = {}  # the tick boxes of dates the person may not know
        self.flags: dict[str, QCheckBox] = {}  # yes-or-no fields
        self.file_lists: dict[str, AttachmentList] = {}
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}  # each field's label, input and sentence together
        self.groups: dict[Group, QGroupBox] = {}
        self._order: list[Field] = []  # as shown: by group, then as declared
        self.choices = LetterChoices()
        self.legal_note = QLabel()
        self.legal_note.setObjectName("withdrawalNote")
        self.legal_note.setWordWrap(True)
        self.legal_note.setTextFormat(Qt.TextFormat.PlainText)
        self.legal_note.hide()
        for spec in self.specs.values():
            self._make_input(spec)
        self.sentences = FieldSentences(self.specs, self.field_widget)
        self.errors = self.sentences.labels
        self._build_layout()
        self._retranslate()
        self._connect_signals()
        self.set_purpose(self.choices.purpose())

    def _make_input(self, spec: Field) -> None:
        key = spec.key
        if spec.kind is Kind.TEXT:
            self.texts[key] = plain_edit(spec.widget, *spec.lines)
        elif spec.kind is Kind.DATE:
            self.dates[key] = date_edit(spec.widget)
            if spec.may_be_unknown:
                self.known[key] = tick_box(spec.widget.removesuffix("Edit") + "Known")
                self.dates[key].setDate(QDate.currentDate())
                self.dates[key].setEnabled(False)
        elif spec.kind is Kind.FLAG:
            self.flags[key] = tick_box(spec.widget)
        elif spec.kind is Kind.FILES:
            self.file_lists[key] = AttachmentList()
            self.file_lists[key].list.setObjectName(spec.widget)
        else:
            self.edits[key] = line_edit(spec)

    # -- layout -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 6, 0)
        self.layout_.addWidget(self.choices)
        for group in Group:
            specs = [spec for spec in self.specs.values() if spec.group is group]
            if not specs:
                continue
            box = QGroupBox()
            self.groups[group] = box
            rows = QVBoxLayout(box)
            rows.setSpacing(3)
            self.layout_.addWidget(box)
            for spec in specs:
                rows.addWidget(self._row(spec))
                self._order.append(spec)
        self.layout_.addStretch(1)

    def _row(self, spec: Field) -> QWidget:
        key = spec.key
        field_input = self.file_lists[key] if key in self.file_lists else self.field_widget(key)
        label = None
        # A tick box is its own label, and the files' group title says what the list holds.
        if not (key in self.known or key in self.flags or key in self.file_lists):
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(field_input)
            self.labels[key] = label
        below = [self.errors[key], *([self.legal_note] if key == LEGAL_NOTE_AFTER else [])]
        self.rows[key] = field_row(
            field_input, below, label=label, tick=self.known.get(key), narrow=key in self.dates
        )
        return self.rows[key]

    def _retranslate(self) -> None:
        titles = {
            Group.RECIPIENT: self.tr("Who you are writing to"),
            Group.PROBLEM: self.tr("What happened"),
            Group.WISH: self.tr("What you want"),
            Group.CONTACT: self.tr("How they can reach you (remembered)"),
            Group.FILES: self.tr("Files to attach"),
        }
        for group, box in self.groups.items():
            box.setTitle(titles[group])
        lang = current_lang()
        for key, spec in self.specs.items():
            label = render(spec.label, lang)
            if key in self.known:
                self.known[key].setText(label)
                self.known[key].setAccessibleName(render(spec.known_label, lang))
            elif key in self.flags:
                self.flags[key].setText(label)
            elif key in self.labels:
                self.labels[key].setText(label)
            # Screen readers read the name without the shortcut marker.
            self.field_widget(key).setAccessibleName(without_mnemonic(label))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        for key, edit in self.edits.items():
            edit.textChanged.connect(lambda _text, k=key: self.changed.emit(k))
        for key, text_edit in self.texts.items():
            text_edit.textChanged.connect(lambda k=key: self.changed.emit(k))
        for key, date in self.dates.items():
            date.dateChanged.connect(lambda _d, k=key: self.changed.emit(k))
        for key, box in self.known.items():
            box.toggled.connect(self.dates[key].setEnabled)
            box.toggled.connect(lambda _on, k=key: self.changed.emit(k))
        for key, box in self.flags.items():
            box.toggled.connect(lambda _on, k=key: self.changed.emit(k))
        # Connected before anyone outside: the fields are in place when they hear of the change.
        self.choices.changed.connect(lambda: self.set_purpose(self.choices.purpose()))
        for key, files in self.file_lists.items():
            files.changed.connect(lambda k=key: self.changed.emit(k))

    def tab_chain(self) -> list[QWidget]:
        """The inputs in the order a keyboard user meets them (hidden ones are passed over)."""
        chain: list[QWidget] = self.choices.tab_chain()
        for spec in self._order:
            if spec.key in self.known:
                chain.append(self.known[spec.key])
            if spec.key in self.file_lists:
                files = self.file_lists[spec.key]
                chain += [files.list, files.add_button, files.remove_button]
            else:
                chain.append(self.field_widget(spec.key))
        return chain

    # -- the purpose ----------------------------------------------------------------------------

    def set_purpose(self, purpose: str) -> None:
        """Show the fields this purpose asks for and hide the rest (their text stays)."""
        shown = {spec.key for spec in fields_for("email", purpose)}
        for key, row in self.rows.items():
            row.setVisible(key in shown)
        for group, box in self.groups.items():
            box.setVisible(any(s.key in shown for s in self._order if s.group is group))

    def set_choices(self, purpose: str, letter_lang: Lang | None) -> None:
        """Saved choices back, and the fields for that purpose (no `changed` signal)."""
        self.choices.set_choices(purpose, letter_lang)
        self.set_purpose(self.choices.purpose())

    def show_legal_note(self, text: str) -> None:
        """The note on the withdrawal window under "bought online"; hidden when empty."""
        self.legal_note.setText(text)
        self.legal_note.setVisible(bool(text))
        self.flags[LEGAL_NOTE_AFTER].setAccessibleDescription(text)

    # -- values -------------------------------------------------------------------------------

    @property
    def attachments(self) -> AttachmentList:
        """The files to send with the letter."""
        return self.file_lists["attachments"]

    def field_widget(self, key: str) -> QWidget:
        """The input that holds `key`, e.g. to focus it next to an error."""
        for inputs in (self.edits, self.texts, self.dates, self.flags):
            if key in inputs:
                return inputs[key]
        return self.file_lists[key].list

    def text(self, key: str) -> str:
        """A text field exactly as typed."""
        if key in self.edits:
            return self.edits[key].text()
        return self.texts[key].toPlainText()

    def date(self, key: str) -> dt.date | None:
        """A date field; None while the person says they do not know it."""
        if key in self.known and not self.known[key].isChecked():
            return None
        return to_date(self.dates[key].date())

    def set_date(self, key: str, day: dt.date) -> None:
        self.dates[key].setDate(to_qdate(day))

    def value(self, key: str) -> Value:
        """One field as typed (text untrimmed)."""
        if key in self.dates:
            return self.date(key)
        if key in self.flags:
            return self.flags[key].isChecked()
        if key in self.file_lists:
            return self.file_lists[key].paths()
        return self.text(key)

    def set_value(self, key: str, value: Value) -> None:
        if isinstance(value, bool):
            self.flags[key].setChecked(value)
        elif isinstance(value, str):
            if key in self.edits:
                self.edits[key].setText(value)
            else:
                self.texts[key].setPlainText(value)
        elif isinstance(value, dt.date):
            self.set_date(key, value)
            if key in self.known:
                self.known[key].setChecked(True)
        elif isinstance(value, tuple):
            self.file_lists[key].set_paths(value)
        elif key in self.known:
            self.known[key].setChecked(False)

    def draft_fields(self) -> DraftFields:
        """The form's content as core's input; single lines without surrounding spaces."""
        values = {key: self.value(key) for key in self.specs}
        for key, spec in self.specs.items():
            if spec.kind.single_line:
                values[key] = self.text(key).strip()
        return DraftFields(values)

    def values(self) -> dict[str, str]:
        """Every field as text, for the autosave."""
        return {key: to_text(self.value(key)) for key in self.specs}

    def set_values(self, data: Mapping[str, str]) -> None:
        """Fill the fields found in autosaved text; unknown or malformed values are skipped."""
        for key, saved in data.items():
            spec = self.specs.get(key)
            if spec is None:
                continue
            try:
                value = from_text(spec.kind, saved)
            except ValueError:
                continue
            self.set_value(key, value)

    def remembered(self) -> dict[str, str]:
        """The fields kept in the contact profile for the next letter."""
        return {k: self.text(k).strip() for k, spec in self.specs.items() if spec.remembered}

    def has_content(self) -> bool:
        """True when the person has written anything about the problem or the company."""
        return any(
            bool(value.strip() if isinstance(value, str) else value)
            for key, spec in self.specs.items()
            if spec.content and (value := self.value(key)) is not None
        )

    # -- sentences next to the fields ---------------------------------------------------------

    def show_error(self, key: str, text: str) -> None:
        """One sentence right under the field `key`, brought into view."""
        self.sentences.put(key, text)
        self.error_shown.emit(key)

    def show_notes(self, notes: list[tuple[str, Msg]], lang: Lang) -> None:
        """The remarks of the field checks, shown quietly under their fields."""
        self.sentences.show_remarks({key: render(note, lang) for key, note in notes})

    def clear_error(self, key: str) -> None:
        self.sentences.clear(key)

    def error_text(self, key: str) -> str:
        return self.sentences.text(key)
