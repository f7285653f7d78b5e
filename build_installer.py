"""Build the standalone installers (.deb, portable .tar.xz, Windows and macOS variants).

Not built yet: the installer is its own issue ("A standalone installer for field use without internet"),
which builds on the desktop application. Until then this script says so and exits with status 1, so that
nobody mistakes its silence for a finished build.
"""

from __future__ import annotations

import sys


def main() -> int:
    print("build_installer.py: the installer is not built yet (see the installer issue); "
          "use 'make run' to run FIIT Desk from a checkout.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
