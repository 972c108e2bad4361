"""The one place that finds bundled resources and the user's folders."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "fallback-desktop"

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


def config_dir() -> Path:
    """Settings and the contact profile (shares one folder with data on Windows/macOS)."""
    return Path(_dirs().user_config_dir)


def data_dir() -> Path:
    """The user's own data: directory of companies, case log, templates."""
    return Path(_dirs().user_data_dir)


def state_dir() -> Path:
    """Recoverable state: the draft being written, logs."""
    return Path(_dirs().user_state_dir)


def user_templates_dir() -> Path:
    return data_dir() / "templates"
