"""The README's command reference is the parser's, as sqlite-utils' tests/test_docs.py holds its docs to its
CLI: every command and pack action is documented, every documented option exists, every option of the parser
is documented, and documented choices are the parser's (which are the kit's own constants)."""

from __future__ import annotations

import argparse
import re

import pytest

from fiitdesk.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
#: Options every command has, documented once for all above the table.
COMMON = {"-h", "--help", "--db"}


def _reference() -> dict[str, str]:
    """The README's command table: command name ("pack install") → its synopsis."""
    section = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\| `([^`]+)` \|", line)
        if match:
            synopsis = match.group(1).replace("\\|", "|")
            words = synopsis.split()
            name = " ".join(words[:2]) if words[0] == "pack" else words[0]
            rows[name] = synopsis
    return rows


def _commands() -> dict[str, argparse.ArgumentParser]:
    def sub(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        action = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
        return dict(action.choices) if action else {}

    found = {}
    for name, parser in sub(build_parser()).items():
        actions = sub(parser)
        found.update({f"{name} {a}": p for a, p in actions.items()} if actions else {name: parser})
    return found


REFERENCE, COMMANDS = _reference(), _commands()


def test_every_command_is_documented_and_every_documented_command_exists() -> None:
    assert set(REFERENCE) == set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_options_are_those_of_the_parser(name: str) -> None:
    """Each option of the parser appears in the synopsis (one spelling: ``-o`` for ``-o/--output``), and each
    option in the synopsis is the parser's."""
    documented = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", REFERENCE[name])) - COMMON
    options = [set(a.option_strings) for a in COMMANDS[name]._actions if set(a.option_strings) - COMMON]
    assert documented <= set().union(*options), f"documented but not in the parser: {documented}"
    for spellings in options:
        assert spellings & documented, f"{name}: {sorted(spellings)} is not in the README"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_documented_choices_are_the_parsers(name: str) -> None:
    for action in COMMANDS[name]._actions:
        if not action.option_strings or not action.choices:
            continue
        spelled = next(s for s in action.option_strings if s in REFERENCE[name] or s == action.option_strings[-1])
        match = re.search(re.escape(spelled) + r" ([\w|]+)", REFERENCE[name])
        if match and "|" in match.group(1):
            assert match.group(1).split("|") == list(action.choices), (name, spelled)
        else:  # a metavar (--topic T): the choices are listed in the README's text
            for choice in action.choices:
                assert f"`{choice}`" in README, (name, spelled, choice)
