"""The command line: bad input is always "bad input" — status 2, one line, found before any work starts —
names are printed so that they cannot forge lines or command the terminal, and a failure to write is said."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fiitdesk.cli import build_parser, main
from fiitdesk.kit.compare import TOPICS
from fiitdesk.kit.labels import LANGUAGES
from fiitdesk.kit.store import AUDIENCES
from tests.bounded import run_cli


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([a if isinstance(a, str) else str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_clear_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("fiitdesk: "), err
    assert "internal error" not in err and "Traceback" not in err, err
    assert all(c.isprintable() for c in err.rstrip("\n")), f"a control character reached the terminal: {err!r}"


@pytest.mark.parametrize("limit", ["100000000000000000000", "-5", "0", "1001", "many", "1e3", "9" * 5000])
def test_search_limit_is_a_bounded_whole_number(capsys, built_db: Path, limit: str) -> None:
    code, out, err = run(capsys, "--db", built_db, "search", "victime", "--limit", limit)
    assert code == 2 and out == ""
    _one_clear_line(err)
    assert "--limit" in err


def test_search_limit_in_range_is_honoured(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "search", "victime", "--limit", "3", "--json")
    assert code == 0 and len(__import__("json").loads(out)) == 3


@pytest.mark.parametrize(("command", "target", "reason"), [
    (["screenshots", "--out"], "file", "exists and is not a folder"),
    (["sheet", "BE", "-o"], "/dev/full", "not a regular file"),
    (["hotline-card", "-o"], "/dev/null", "not a regular file"),
    (["sheet", "BE", "-o"], "folder", "is a folder"),
    (["sheet", "BE", "-o"], "missing/x.pdf", "does not exist"),
    (["sheet", "BE", "-o"], "", "empty name"),
    (["pack", "keygen", "--out"], "file", "exists and is not a folder"),
    (["build-db", "--kit"], "missing", "is not a folder"),
    (["pack", "verify", "x.fiitpack", "--keys"], "missing", "is not a folder"),
])
def test_paths_are_checked_before_work_starts(capsys, built_db: Path, tmp_path: Path, command: list[str],
                                             target: str, reason: str) -> None:
    (tmp_path / "file").write_text("a file, not a folder")
    (tmp_path / "folder").mkdir()
    path = target if target.startswith("/") or not target else str(tmp_path / target)
    code, out, err = run(capsys, "--db", built_db, *command, path)
    assert code == 2 and out == ""
    _one_clear_line(err)
    assert reason in err, err
    assert (tmp_path / "file").read_text() == "a file, not a folder"


@pytest.mark.parametrize(("name", "shown"), [
    ("evil\nfiitdesk: everything is fine", "evil\\nfiitdesk: everything is fine"),
    ("\x1b[2J\x1b[31mred", "\\x1b[2J\\x1b[31mred"),
    ("\u202egnp.exe", "\\u202egnp.exe"),
])
def test_names_are_printed_escaped(capsys, built_db: Path, tmp_path: Path, name: str, shown: str) -> None:
    """A name can hold a newline (a forged line on stderr), terminal escape codes, a right-to-left override."""
    code, _, err = run(capsys, "--db", built_db, "sheet", "BE", "-o", str(tmp_path / "missing" / name))
    assert code == 2
    _one_clear_line(err)
    assert f"missing/{shown}" in err


def test_name_in_invalid_utf8_is_escaped_not_a_crash(built_db: Path, tmp_path: Path) -> None:
    target = bytes(tmp_path) + b"/missing/\xff\xfe.pdf"
    result = run_cli(["--db", str(built_db), "sheet", "BE", "-o", target])
    assert result.code == 2, result
    _one_clear_line(result.err)
    assert "\\xff\\xfe.pdf" in result.err


def test_missing_private_key_is_named(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "pack", "build", "--key", tmp_path / "nowhere.pem", "-o", tmp_path / "x.fiitpack")
    assert code == 1 and "nowhere.pem" in err and "cannot read the private key" in err
    _one_clear_line(err)
    assert not (tmp_path / "x.fiitpack").exists()


def test_unwritable_standard_output_is_said_once(built_db: Path) -> None:
    """``fiitdesk countries > /dev/full``: the answer was not delivered, and the user is told so."""
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "fiitdesk", "--db", str(built_db), "countries"],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "fiitdesk: cannot write to standard output (No space left on device)\n", result.stderr


def test_pipe_closed_early_is_not_an_error(built_db: Path) -> None:
    """``fiitdesk hotlines | head -1``: the reader has all it wanted."""
    process = subprocess.Popen([sys.executable, "-m", "fiitdesk", "--db", str(built_db), "hotlines"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.readline()
    process.stdout.close()
    assert process.wait(timeout=60) == 0 and b"Traceback" not in process.stderr.read()


def test_choices_come_from_the_kit() -> None:
    """The --topic help once omitted "emn": choices and their help are taken from the kit's own constants."""
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    topic = next(a for a in commands["compare"]._actions if a.dest == "topic")
    assert list(topic.choices) == list(TOPICS) and all(t in topic.help for t in TOPICS)
    audience = next(a for a in commands["hotlines"]._actions if a.dest == "audience")
    assert tuple(audience.choices) == AUDIENCES
    for name in ("sheet", "hotline-card", "screenshots"):
        language = next(a for a in commands[name]._actions if a.dest == "language")
        assert tuple(language.choices) == LANGUAGES


def test_one_dispatcher_every_command_has_its_handler() -> None:
    """Every command, each pack action included, is dispatched by ``main`` through the parser's ``func``."""
    parser = build_parser()

    def leaves(p, path):
        sub = next((a for a in p._actions if a.dest in ("command", "pack_command")), None)
        if sub is None:
            yield path, p
            return
        for name, child in sub.choices.items():
            yield from leaves(child, [*path, name])

    found = list(leaves(parser, []))
    # gui, countries, show, hotlines, compare, search, glossary, sheet, hotline-card, self-test, screenshots,
    # build-db, translations, and the five pack actions
    assert len(found) == 18
    for path, leaf in found:
        assert callable(leaf.get_default("func")), path
