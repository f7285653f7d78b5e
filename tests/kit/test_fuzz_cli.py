"""Every command-line option, fed anything: an answer or a one-line refusal, never a traceback."""

from __future__ import annotations

import io
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiitdesk.cli import main

# Not gui (it would open a window) nor the commands that write files (covered by their own tests).
COMMANDS = ["countries", "show", "hotlines", "compare", "search", "glossary", "nonsense"]
TOKENS = ["--json", "--csv", "--country", "--audience", "--topic", "--limit", "--db", "-o", "--help-me", "BE",
          "UK", "EL", "ZZ", "Royaume-Uni", "victims", "children", "permits", "emn", "0", "-1", "9" * 30, "'",
          '"', "--", "-", "*", "l'île", "+44 800", "é", "\x00"]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=st.sampled_from(COMMANDS),
       rest=st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=12)), max_size=6))
def test_any_arguments_end_in_an_answer_or_one_clear_line(built_db: Path, command: str, rest: list[str]) -> None:
    argv = ["--db", str(built_db), command, *rest]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # --help and --version exit through argparse, as they should
            status = exc.code if isinstance(exc.code, int) else 0
    assert status in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
    if status == 2:
        assert err.getvalue().count("\n") == 1 and err.getvalue().startswith("fiitdesk: ")
    assert "internal error" not in err.getvalue(), (argv, err.getvalue())
