"""Files the commands write are really written — under exactly the name given, complete or not at all — and
the commands leave nothing else behind (no settings folder in /tmp)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from fiitdesk.ui.commands import pdf_text
from tests.bounded import run_cli


def test_pdf_named_in_invalid_utf8_is_written_under_that_very_name(built_db: Path, tmp_path: Path) -> None:
    target = os.fsencode(tmp_path) + b"/fiche-\xff\xe9.pdf"
    result = run_cli(["--db", str(built_db), "sheet", "BE", "-o", target], timeout=120)
    assert result.code == 0, result.err
    assert os.path.exists(target), f"written under another name: {os.listdir(tmp_path)}"
    assert os.listdir(os.fsencode(tmp_path)) == [b"fiche-\xff\xe9.pdf"]
    assert result.out.startswith(f"{tmp_path}/fiche-\\xff\\xe9.pdf: ") and "page(s)" in result.out
    shutil.copy(os.fsdecode(target), tmp_path / "copy.pdf")  # QtPdf, the reader here, takes names as text
    assert "Belgique" in pdf_text(tmp_path / "copy.pdf")


def test_full_disk_is_a_failure_not_a_truncated_pdf(built_db: Path, tmp_path: Path) -> None:
    """Every file this process writes may hold at most 40 KB (EFBIG, as a full disk gives ENOSPC)."""
    target = tmp_path / "be.pdf"
    result = run_cli(["--db", str(built_db), "sheet", "BE", "--full", "-o", str(target)], file_size=40_000,
                     timeout=120)  # the full dossier: far more than 40 KB, whatever the fonts weigh
    assert result.code == 1, result
    assert result.err.startswith(f"fiitdesk: cannot write the PDF {target}: File too large; no PDF was written")
    assert result.out == "" and os.listdir(tmp_path) == [], "no PDF, whole or truncated, and no temporary file"


def test_an_existing_pdf_is_left_whole_when_the_new_one_cannot_be_written(built_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "be.pdf"
    target.write_bytes(b"%PDF-1.4 the previous sheet")
    result = run_cli(["--db", str(built_db), "sheet", "BE", "FR", "IT", "-o", str(target)], file_size=40_000,
                     timeout=120)
    assert result.code == 1 and target.read_bytes() == b"%PDF-1.4 the previous sheet"


def test_headless_commands_leave_no_settings_folder(built_db: Path, tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"TMPDIR": str(scratch), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for command in (["sheet", "HU", "-o", str(tmp_path / "hu.pdf")], ["hotline-card", "-o", str(tmp_path / "c.pdf")],
                    ["screenshots", "--out", str(tmp_path / "shots")]):
        result = run_cli(["--db", str(built_db), *command], env, timeout=180)
        assert result.code == 0, result.err
    assert os.listdir(scratch) == [], "temporary folders left behind"
    assert not (tmp_path / "config").exists(), "the user's settings are never touched by headless commands"
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 10
