"""How the command line ends: the two kinds of failure, their exit statuses, and names shown safely.

Shared by ``fiitdesk.cli`` and the commands that need Qt (``fiitdesk.ui.commands``), so that one dispatcher
turns every failure into one line and a status, whichever module raised it. Cheap to import.
"""

from __future__ import annotations

import os

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class BadInput(Exception):
    """The user asked for something that cannot be done as asked (an unknown country, a folder that does not
    exist, a number out of range): exit status 2, checked before any work starts."""


class Unusable(Exception):
    """The data, a file or the system would not do what was asked (missing database, refused pack, full disk):
    exit status 1."""


def shown(value: object) -> str:
    """A name as it may be printed: one line, no terminal escape codes, every byte visible.

    A file name can hold a newline (which would forge a line on stderr), an escape sequence (which a terminal
    would obey), a right-to-left override, or bytes that are not UTF-8 (which Python keeps as surrogates and
    cannot print): each is written as a backslash escape, so what is printed names exactly one file.
    """
    text = os.fsdecode(value) if isinstance(value, bytes) else str(value)
    out = []
    for char in text:
        if "\udc80" <= char <= "\udcff":
            out.append(f"\\x{ord(char) - 0xDC00:02x}")
        elif char.isprintable():
            out.append(char)
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    return "".join(out)


def printable_lines(text: str) -> str:
    """A message that may span lines (a list of problems), with every other control character escaped."""
    return "\n".join(shown(line) for line in text.split("\n"))
