"""Child: the single-instance check's cost at start-up, measured inside a fresh process.

What the window imports anyway (Qt widgets, the main window's modules) is loaded first; then
`claim()` is timed as `fallback-desktop` runs it with nobody else running: importing QtNetwork,
trying the socket, listening. One `result {json}` line on stdout.
"""

from __future__ import annotations

import importlib
import json
import sys
import time


def main() -> int:
    from fallback_desktop.gui.app import create_application

    create_application(sys.argv[:1])
    # Loaded before the check anyway, or right after it by the start-up that reads the
    # settings (platformdirs): not its cost.
    for module in ("fallback_desktop.gui.main_window", "fallback_desktop.session"):
        importlib.import_module(module)
    from fallback_desktop.paths import config_dir

    config_dir()

    began = time.perf_counter()
    from fallback_desktop.gui.single_instance import claim

    opened = claim(())
    spent_ms = (time.perf_counter() - began) * 1000
    print("result " + json.dumps({"ms": spent_ms, "opened": opened}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
