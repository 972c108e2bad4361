"""What undoes each change to the directory: a step that takes it back and names the company to
show afterwards (None when there is none to show)."""

from __future__ import annotations

from collections.abc import Callable

from fallback_desktop.core.domain.company import Company
from fallback_desktop.core.store.directory import Directory

UndoStep = Callable[[Directory], int | None]  # undoes one change; the id to show after


def undo_add(added: Company) -> UndoStep:
    def step(directory: Directory) -> int | None:
        assert added.id is not None
        directory.delete(added.id)
        return None

    return step


def undo_update(previous: Company) -> UndoStep:
    def step(directory: Directory) -> int | None:
        directory.update(previous)
        return previous.id

    return step


def undo_delete(gone: Company) -> UndoStep:
    def step(directory: Directory) -> int | None:
        return directory.restore(gone).id

    return step
