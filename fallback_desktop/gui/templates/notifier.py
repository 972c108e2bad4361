"""One signal for "the person's templates changed" (saved, created, renamed, deleted, restored),
so that every list of templates in the window follows without knowing who changed them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Notifier(QObject):
    changed = Signal()


# Module-level: a QObject (not a widget) may exist before the application does.
_notifier = _Notifier()
templates_changed = _notifier.changed


def announce_change() -> None:
    """Tell every listener that the templates on disk changed."""
    templates_changed.emit()
