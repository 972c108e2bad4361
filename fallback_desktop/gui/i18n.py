"""The interface language: which one is active, and switching it while the window is open."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from fallback_desktop.paths import resource

if TYPE_CHECKING:
    from fallback_desktop.core.text.lang import Lang

log = logging.getLogger(__name__)

QM_BASENAME = "fallback_desktop_ko"

_current: Lang = "en"
_installed = False
# Kept at module level: a QTranslator that Python garbage-collects stops translating.
_translators: list[QTranslator] = []


def current_lang() -> Lang:
    """The language the interface speaks right now."""
    return _current


def system_lang() -> Lang:
    """Korean on a Korean system locale (or a Korean default locale), English everywhere else."""
    for locale in (QLocale(), QLocale.system()):
        if locale.language() == QLocale.Language.Korean:
            return "ko"
        if any(name.startswith("ko") for name in locale.uiLanguages()):
            return "ko"
    return "en"


def ensure_language(app: QCoreApplication, preferred: Lang | None) -> None:
    """Install preferred (else the system's) language unless one was chosen already."""
    if not _installed:
        install_language(app, preferred or system_lang())


def qm_path() -> Path:
    """The compiled Korean translation of the interface."""
    return resource("translations", f"{QM_BASENAME}.qm")


def qlocale(lang: Lang) -> QLocale:
    """The Qt locale for dates and numbers in lang."""
    if lang == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_language(app: QCoreApplication, lang: Lang) -> None:
    """Make lang the interface language; Qt then sends LanguageChange to every widget."""
    global _current, _installed
    _installed = True
    changed = lang != _current
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _current = lang
    QLocale.setDefault(qlocale(lang))
    if lang == "ko":
        for path in (_qt_base_qm(), qm_path()):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _translators.append(translator)
            else:
                log.warning("translation %s could not be loaded", path)
    if changed:
        # Texts that come from core (channel names, reasons) change with the language even
        # when no translator was added or removed, so every widget must hear about it.
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))


# Qt's own Korean catalogue (qtbase_ko.qm) still holds the file dialog's older wording ("Look
# in:", "Files of type:", and the kinds of files under the context Qt 5 used); Qt 6 asks for
# these texts instead and, finding no Korean, showed English inside a Korean window. Declared
# here, they are translated in this app's catalogue, which is installed after Qt's and so is
# asked first.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def _qt_base_qm() -> Path:
    """Qt's own Korean strings (standard dialog buttons, context menus, file dialogs)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(folder) / "qtbase_ko.qm"
