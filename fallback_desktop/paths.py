"""The one place that finds bundled resources and the user's folders.

`FALLBACK_DESK_HOME`, when set, holds all of the user's folders (config/, data/, state/) instead of
the platform's: the test suite sets it so that no test touches a real profile on any platform.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "fallback-desktop"
HOME_OVERRIDE = "FALLBACK_DESK_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """resources/ inside an installed wheel, or at the top of a source checkout."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of Fallback Desk is missing")


def resource(*parts: str) -> Path:
    """A bundled file, e.g. resource("data", "channels.json")."""
    return resources_dir().joinpath(*parts)


def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False)


def _overridden(sub: str) -> Path | None:
    home = os.environ.get(HOME_OVERRIDE)
    return Path(home) / sub if home else None


def config_dir() -> Path:
    """Settings and the contact profile (shares one folder with data on Windows/macOS)."""
    return _overridden("config") or Path(_dirs().user_config_dir)


def data_dir() -> Path:
    """The user's own data: directory of companies, case log, templates."""
    return _overridden("data") or Path(_dirs().user_data_dir)


def state_dir() -> Path:
    """Recoverable state: the draft being written, logs."""
    return _overridden("state") or Path(_dirs().user_state_dir)


def log_dir() -> Path:
    """The program's log (no personal data in it: fallback_desktop/logs.py)."""
    return _overridden("state/log") or Path(_dirs().user_log_dir)


def user_holidays_file() -> Path:
    """One-off days off the person adds (e.g. a temporary holiday announced next week)."""
    return config_dir() / "holidays.json"


def user_templates_dir() -> Path:
    return data_dir() / "templates"
