"""The README's command reference against the command line's parser (as sqlite-utils tests its docs): a
command that takes --language says so in the README, so the documentation cannot drift from the program."""

from __future__ import annotations

import argparse
import re

from fiitdesk.cli import build_parser
from tests.conftest import ROOT


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _reference() -> dict[str, str]:
    """Each row of the README's command table: {command: its row}."""
    rows = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        found = re.match(r"\| `([a-z-]+)[^`]*`", line)
        if found:
            rows.setdefault(found.group(1), line)
    return rows


def test_every_command_with_a_language_shows_it_in_the_readme() -> None:
    rows = _reference()
    with_language = [name for name, sub in _commands().items()
                     if any("--language" in a.option_strings for a in sub._actions)]
    assert {"countries", "show", "hotlines", "compare", "search", "glossary", "sheet", "hotline-card",
            "translations"} <= set(with_language)
    for name in with_language:
        assert name in rows, f"{name} is not in the README's command reference"
        assert "--language" in rows[name], f"the README's row for {name} does not show --language"
