"""Letting go of the source lines PySide6 has Python keep of every module imported after it.

PySide6's import hook reads the source of each module imported after PySide6 itself, to see
whether it uses PySide6 (`shibokensupport.feature`, PYSIDE-2029), and Python's `linecache` keeps
every line so read until the process ends: with the workspace, the letter's modules and the
template engine about 5–7 MB of text that nothing looks at again. A traceback that needs a line
reads its file again.
"""

from __future__ import annotations

import linecache


def forget_source_lines() -> None:
    """Empty the line cache; call it after a burst of imports (it costs next to nothing)."""
    linecache.clearcache()
