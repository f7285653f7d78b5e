"""``python -m fiitdesk``: the command line (and, with no command, the application)."""

import sys

from fiitdesk.cli import main

sys.exit(main())
