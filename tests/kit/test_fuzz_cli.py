"""Every command-line option, fed anything: an answer or a one-line refusal, never a traceback.

The ``@example``s are the inputs that once broke it (issue 12): they run on every run, whatever Hypothesis
happens to draw, so the test fails until they are fixed, and after.
"""

from __future__ import annotations

import io
import os
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from fiitdesk.cli import LIMIT_RANGE, main
from tests.conftest import ROOT

# Not gui (it would open a window) nor the commands that write files (covered by their own tests) — but
# the examples below do give those commands outputs they must refuse before opening anything.
COMMANDS = ["countries", "show", "hotlines", "compare", "search", "glossary", "nonsense"]
TOKENS = ["--json", "--csv", "--country", "--audience", "--topic", "--limit", "--db", "-o", "--help-me", "BE",
          "UK", "EL", "ZZ", "Royaume-Uni", "victims", "children", "permits", "emn", "0", "-1", "9" * 30, "'",
          '"', "--", "-", "*", "l'île", "+44 800", "é", "\x00"]
EXISTING_FILE = str(ROOT / "README.md")


def _value_after(rest: list[str], option: str) -> str | None:
    return rest[rest.index(option) + 1] if option in rest[:-1] else None


def must_be_refused(command: str, rest: list[str]) -> bool:
    """Inputs the command line must call bad input (status 2), whatever else the arguments say."""
    limit = _value_after(rest, "--limit") if command == "search" else None
    if limit is not None:
        try:
            if not LIMIT_RANGE[0] <= int(limit) <= LIMIT_RANGE[1]:
                return True
        except ValueError:
            return True
    output = _value_after(rest, "-o") if command in ("sheet", "hotline-card") else None
    if output is not None and os.path.exists(output) and not os.path.isfile(output):
        return True
    folder = _value_after(rest, "--out") if command == "screenshots" else None
    return folder is not None and os.path.exists(folder) and not os.path.isdir(folder)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=6))
@example(command="search", rest=["victime", "--limit", "100000000000000000000"])
@example(command="search", rest=["victime", "--limit", "-5"])
@example(command="search", rest=["victime", "--limit", "0"])
@example(command="screenshots", rest=["--out", EXISTING_FILE])
@example(command="sheet", rest=["BE", "-o", "/dev/full"])
@example(command="hotline-card", rest=["-o", "/dev/null"])
@example(command="sheet", rest=["BE", "-o", "/nonexistent/a\nfiitdesk: forged line.pdf"])
@example(command="sheet", rest=["BE", "-o", "/nonexistent/\x1b[2J\x1b[31mred.pdf"])
@example(command="sheet", rest=["BE", "-o", "/nonexistent/\udcff\udcfe.pdf"])
@example(command="show", rest=["\x1b]0;title\x07"])
@example(command="hotlines", rest=["--country", "x\ny"])
def test_any_arguments_end_in_an_answer_or_one_clear_line(built_db: Path, command: str, rest: list[str]) -> None:
    argv = ["--db", str(built_db), command, *rest]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # --help and --version exit through argparse, as they should
            status = exc.code if isinstance(exc.code, int) else 0
    message = err.getvalue()
    assert status in (0, 1, 2)
    assert "Traceback" not in message and "internal error" not in message, (argv, message)
    if status != 0:
        assert message.count("\n") == 1 and message.startswith("fiitdesk: "), (argv, message)
    assert all(c.isprintable() or c == "\n" for c in message), f"a control character reached stderr: {message!r}"
    if must_be_refused(command, rest):
        assert status == 2, (argv, status, message)
