"""The keyboard page, read from the window itself: every menu item that has a shortcut (so a
new one shows up by itself), the views' own keys, and the few keys that are no action at all."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from fallback_desktop.core.recommend.sources import escape_markdown
from fallback_desktop.core.text.catalog import text
from fallback_desktop.core.text.lang import Lang

# Shortcuts that belong to one view (QShortcut, not a menu item): the standard key each view
# binds (tests/gui/test_help.py checks the views still bind them) and what it does there.
VIEW_KEYS: tuple[tuple[QKeySequence.StandardKey, str], ...] = (
    (QKeySequence.StandardKey.Undo, "help.shortcuts.undo_company"),
    (QKeySequence.StandardKey.Save, "help.shortcuts.save_template"),
    (QKeySequence.StandardKey.Delete, "help.shortcuts.remove_file"),
)
# Keys that Qt or the window handles without an action.
FIXED_KEYS: tuple[tuple[str, str], ...] = (
    ("Tab", "help.shortcuts.tab"),
    ("Shift+Tab", "help.shortcuts.back_tab"),
    ("Enter", "help.shortcuts.enter"),
    ("Ctrl+Tab / Ctrl+Shift+Tab", "help.shortcuts.next_view"),
    ("Esc", "help.shortcuts.escape"),
    ("Alt", "help.shortcuts.alt"),
)
_MNEMONIC_SUFFIX = re.compile(r"\s*\(&[^)]\)")  # "새 편지(&N)" -> "새 편지"


def plain_label(label: str) -> str:
    """A menu label without its keyboard mnemonic ('&New letter' -> 'New letter')."""
    label = _MNEMONIC_SUFFIX.sub("", label).replace("…", "")
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def keys_of(action: QAction) -> str:
    """The action's shortcuts as the platform writes them ('Ctrl+N'), '' when it has none."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(seq.toString(native) for seq in action.shortcuts() if not seq.isEmpty())


def _menu_rows(menu: QMenu, trail: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        label = plain_label(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, f"{trail} › {label}")
        elif keys := keys_of(action):
            rows.append((keys, f"{trail} › {label}"))
    return rows


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, 'Menu › Item') for every menu item with a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, plain_label(action.text()))
    return rows


def _table(rows: list[tuple[str, str]], lang: Lang) -> list[str]:
    head = f"| {text('help.shortcuts.key', lang)} | {text('help.shortcuts.does', lang)} |"
    lines = [head, "|---|---|"]
    lines += [f"| {escape_markdown(keys)} | {escape_markdown(does)} |" for keys, does in rows]
    return [*lines, ""]


def shortcuts_markdown(bar: QMenuBar | None, lang: Lang) -> str:
    """The keyboard page in lang; `bar` is the window's menu bar (None: no menus yet)."""
    native = QKeySequence.SequenceFormat.NativeText
    view_rows = [
        (QKeySequence(standard).toString(native), text(key, lang))
        for standard, key in VIEW_KEYS
        if not QKeySequence(standard).isEmpty()
    ]
    lines = [
        f"# {text('help.shortcuts.title', lang)}",
        "",
        escape_markdown(text("help.shortcuts.intro", lang)),
        "",
    ]
    if bar is not None:
        lines += [
            f"## {text('help.shortcuts.menus', lang)}",
            "",
            *_table(menu_shortcuts(bar), lang),
        ]
    lines += [f"## {text('help.shortcuts.views', lang)}", "", *_table(view_rows, lang)]
    fixed = [(keys, text(key, lang)) for keys, key in FIXED_KEYS]
    lines += [f"## {text('help.shortcuts.everywhere', lang)}", "", *_table(fixed, lang)]
    return "\n".join(lines)
