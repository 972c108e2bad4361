"""The two languages the app speaks, and which one to use when the person has not said."""

from __future__ import annotations

import locale
import os
from typing import Literal

Lang = Literal["ko", "en"]
LANGS: tuple[Lang, ...] = ("ko", "en")


def system_lang() -> Lang:
    """'ko' when the environment's or the OS's locale is Korean, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "ko" if code.lower().startswith(("ko", "korean")) else "en"
