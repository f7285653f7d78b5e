"""A curator's mistake stops the build with a message naming file, record and field; the database in use
is left exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from fiitdesk.kit.build import build_database
from fiitdesk.kit.sources import KitError, load_kit


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _problems(kit_dir: Path) -> str:
    with pytest.raises(KitError) as caught:
        load_kit(kit_dir)
    return "\n".join(caught.value.problems)


def test_wrong_type_names_file_record_and_field(kit_copy: Path) -> None:
    path = kit_copy / "countries" / "BE.yaml"
    _edit(path, lambda d: d["permits"][0].update(duration_days="quarante-cinq"))
    message = _problems(kit_copy)
    assert "BE.yaml" in message
    assert "permits[0].duration_days" in message
    assert "quarante-cinq" in message and "integer" in message


def test_missing_field_is_named(kit_copy: Path) -> None:
    path = kit_copy / "countries" / "FR.yaml"
    _edit(path, lambda d: d["contacts"][0].pop("organisation"))
    message = _problems(kit_copy)
    assert "FR.yaml" in message and "contacts[0].organisation" in message and "Field required" in message


def test_unknown_country_code_in_hotlines(kit_copy: Path) -> None:
    path = kit_copy / "hotlines.yaml"
    _edit(path, lambda d: d[0].update(country="XX"))
    message = _problems(kit_copy)
    assert "hotlines.yaml" in message and "record 1" in message and "'XX'" in message


def test_malformed_phone_is_refused(kit_copy: Path) -> None:
    path = kit_copy / "hotlines.yaml"
    _edit(path, lambda d: d[2].update(number="appeler Pag-asa"))
    message = _problems(kit_copy)
    assert "hotlines.yaml" in message and "record 3" in message and "field number" in message


def test_number_of_another_country_needs_a_note(kit_copy: Path) -> None:
    """+46 printed under a country other than Sweden must be explained, never accepted silently."""
    path = kit_copy / "hotlines.yaml"

    def move_to_switzerland(data: list[dict]) -> None:
        swedish = next(h for h in data if h["number"].startswith("+46"))
        swedish.update(country="CH")
        swedish.pop("note", None)

    _edit(path, move_to_switzerland)
    assert "calling code of SE, not CH" in _problems(kit_copy)


def test_unknown_vocabulary_word(kit_copy: Path) -> None:
    path = kit_copy / "countries" / "IT.yaml"
    _edit(path, lambda d: d["permits"][0].update(rights=["teleportation"]))
    message = _problems(kit_copy)
    assert "IT.yaml" in message and "rights[0]" in message and "teleportation" in message


def test_broken_yaml_is_reported_with_its_file(kit_copy: Path) -> None:
    (kit_copy / "practices.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    assert "practices.yaml: not valid YAML" in _problems(kit_copy)


def test_failed_build_leaves_the_database_untouched(kit_copy: Path, tmp_path: Path) -> None:
    target = tmp_path / "fiit.db"
    build_database(kit_copy, target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    _edit(kit_copy / "countries" / "GB.yaml", lambda d: d.update(code="gb"))
    with pytest.raises(KitError):
        build_database(kit_copy, target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob(".fiit-build-*")), "no temporary file is left behind"


def test_a_note_written_for_curators_stops_the_build(kit_copy: Path) -> None:
    """The reader's note is short and plain; the reasoning goes to evidence, which may say anything."""
    path = kit_copy / "countries" / "IT.yaml"
    long_note = "La loi italienne ne prévoit pas de période de réflexion en tant que telle. " * 5
    _edit(path, lambda d: d["permits"][0].update(note=long_note))
    message = _problems(kit_copy)
    assert "IT.yaml" in message and "permits[0].note" in message and "300" in message

    _edit(path, lambda d: d["permits"][0].update(note="La colonne des droits est mal imprimée.",
                                                 evidence="La colonne des droits est imprimée loin. " * 40))
    message = _problems(kit_copy)
    assert "permits[0].note" in message and "colonne" in message and "imprim" in message
    assert "permits[0].evidence" not in message, "evidence may use any words"


def test_evidence_may_be_long_and_technical(kit_copy: Path) -> None:
    path = kit_copy / "countries" / "IT.yaml"
    _edit(path, lambda d: d["permits"][0].update(note="Vérifiez la durée auprès de la questure.",
                                                 evidence="La colonne des droits est imprimée loin. " * 40))
    assert any(c.code == "IT" for c in load_kit(kit_copy).countries)
