"""The command line contract documented in the README: output shapes, exit statuses, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fiitdesk.cli import main
from tests.conftest import FIIT_CODES, ROOT


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_countries_json(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "countries", "--json")
    countries = json.loads(out)
    assert code == 0
    assert [c["code"] for c in countries][:5] == FIIT_CODES
    assert {"code", "name", "has_chapter"} <= countries[0].keys()


@pytest.mark.parametrize("code", FIIT_CODES)
def test_show_json_has_the_contract_keys(capsys, built_db: Path, code: str) -> None:
    status, out, _ = run(capsys, "show", code, "--json", "--db", built_db)
    record = json.loads(out)
    assert status == 0
    assert record["code"] == code and record["name"]
    assert isinstance(record["contacts"], list) and record["contacts"]
    assert isinstance(record["permits"], list) and record["permits"]
    labels = [s["label"] for s in record["sources"]]
    if code == "GB":  # not in the EMN study (the United Kingdom is not an EMN member)
        assert labels == ["Kit FIIT, OIM 2013 — situation 2012–2013"] and record["emn"]["status"] is None
    else:  # newest first
        assert labels == ["Étude REM 2025 — situation 2021–2023", "Kit FIIT, OIM 2013 — situation 2012–2013"]
        assert record["emn"]["status"] == "member"


def test_show_accepts_uk_and_names(capsys, built_db: Path) -> None:
    uk = json.loads(run(capsys, "--db", built_db, "show", "UK", "--json")[1])
    by_name = json.loads(run(capsys, "--db", built_db, "show", "Royaume-Uni", "--json")[1])
    assert uk["code"] == by_name["code"] == "GB"


def test_show_text_names_its_source(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "show", "FR")
    assert code == 0 and "Source : Kit FIIT, OIM 2013 — situation 2012–2013" in out


def test_hotlines_json(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "hotlines", "Belgique", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 3
    assert all({"country", "organisation", "number", "e164"} <= r.keys() for r in rows)
    assert {r["country"] for r in rows} == {"BE"}


def test_hotlines_text_one_per_entry_with_both_forms(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "hotlines", "--country", "IT")
    assert code == 0 and "+39 800 290 290" in out and "IT" in out


def test_compare_json_contract(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "compare", *FIIT_CODES, "--json")
    result = json.loads(out)
    assert code == 0
    assert [c["code"] for c in result["countries"]] == FIIT_CODES
    keys = {r["key"] for r in result["rows"]}
    assert {"reflection_period_days", "national_action_plan", "national_referral_mechanism",
            "national_rapporteur"} <= keys
    assert {"accommodation", "legal_aid", "health", "language_courses", "employment"} <= {
        r["topic"] for r in result["rows"]}
    for row in result["rows"]:
        assert set(row["values"]) == set(FIIT_CODES)
        for cell in row["values"].values():
            assert {"value", "text", "note"} <= cell.keys()


def test_compare_csv_has_a_column_per_country(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "compare", "BE", "FR", "--csv")
    assert out.startswith("\ufeff"), "a byte-order mark, so that spreadsheets show the accents"
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    assert code == 0 and rows[0][:5] == ["topic", "key", "label", "BE", "FR"]
    assert any(r[1] == "reflection_period_days" for r in rows[1:])


def test_compare_topic_filter(capsys, built_db: Path) -> None:
    result = json.loads(run(capsys, "--db", built_db, "compare", "BE", "IT", "--topic", "framework", "--json")[1])
    assert {r["topic"] for r in result["rows"]} == {"framework"}


def test_search_json_has_snippets_and_places(capsys, built_db: Path) -> None:
    code, out, _ = run(capsys, "--db", built_db, "search", "cours de langue", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert all({"country", "section", "title", "snippet"} <= h.keys() for h in hits)
    assert "[" in hits[0]["snippet"]


@pytest.mark.parametrize("args", [
    ["show", "ZZ"], ["show", "Atlantide"], ["compare", "BE", "XX"], ["hotlines", "--country", "Mars"],
    ["compare", "BE", "--topic", "weather"], ["nonsense"], ["show"], ["hotlines", "--audience", "cats"],
    ["search", "x", "--limit", "many"],
])
def test_bad_input_is_status_2_and_one_line(capsys, built_db: Path, args: list[str]) -> None:
    code, out, err = run(capsys, "--db", built_db, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("fiitdesk: ")
    assert "Traceback" not in err + out


def test_missing_database_is_one_clear_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", tmp_path / "nowhere.db", "countries")
    assert code == 1 and "does not exist" in err and "make run" in err and err.count("\n") == 1


def test_real_process_no_qt_and_no_traceback(built_db: Path) -> None:
    """The command line answers without loading Qt, and a bad country is one line on stderr."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = (f"import sys, runpy; sys.argv=['fiitdesk','--db',{str(built_db)!r},'hotlines','payoke'];"
             "import fiitdesk.cli as c; code=c.main(sys.argv[1:]);"
             "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and result.stdout.strip().endswith("NOQT")
    bad = subprocess.run([sys.executable, "-m", "fiitdesk", "--db", str(built_db), "show", "ZZ"],
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stderr.count("\n") == 1


def test_no_arguments_and_gui_alone_open_the_window_as_the_parser_would(monkeypatch) -> None:
    """The desktop entry starts `fiitdesk` bare: the window opens without building every command's parser
    (start-up time), with what the parser would have given."""
    from fiitdesk import cli

    expected = vars(cli.build_parser().parse_args(["gui"]))
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("the parser was built"))
    for argv in ([], ["gui"]):
        given = vars(cli.parse(argv))
        assert given["func"] is cli.cmd_gui
        assert {k: given[k] for k in expected} == expected, argv
