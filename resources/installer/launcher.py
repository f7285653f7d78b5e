"""Entry point of the frozen application (PyInstaller): the same command line as `python -m fiitdesk`."""

import sys

from fiitdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
