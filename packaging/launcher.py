"""The bundle's entry point: the same `main()` as the `fallback-desktop` command pip installs."""

import sys

from fallback_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
