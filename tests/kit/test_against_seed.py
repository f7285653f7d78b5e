"""The curated kit against the source document itself: what was typed by hand is what was printed.

A wrong digit in a hotline sends someone in danger the wrong way, so every number, e-mail, quote and
figure is looked up in the extraction of the FIIT kit (../shared/seeds), not compared with a copy.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import KIT_DIR
from tests.seedtext import squash


def _countries() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((KIT_DIR / "countries").glob("*.yaml"))]


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_hotline_number_is_printed_in_its_source(seed_text: str, emn_text: str) -> None:
    annex = seed_text[seed_text.index("ANNEXE : NUMÉROS D’APPEL D’URGENCE"):]
    hotlines = yaml.safe_load((KIT_DIR / "hotlines.yaml").read_text(encoding="utf-8"))
    for hotline in hotlines:
        printed_in = annex if hotline["source"]["doc"] == "fiit2013" else emn_text
        assert _spaced(hotline["number"]) in printed_in, hotline["number"]
    assert any(h["source"]["doc"] == "emn2025" and h["number"] == "1497" for h in hotlines), "Cyprus 1497"


def test_every_contact_phone_email_and_web_is_printed(seed_text: str) -> None:
    for country in _countries():
        for contact in country["contacts"]:
            for phone in contact.get("phones", []):
                assert _spaced(phone["number"]) in seed_text, (country["code"], phone["number"])
            for value in [*contact.get("emails", []), *contact.get("web", []), *contact.get("fax", [])]:
                assert squash(value) in squash(seed_text), (country["code"], value)


def test_every_testimony_is_printed_word_for_word(seed_text: str) -> None:
    squashed = squash(seed_text)
    for country in _countries():
        for testimony in country["testimonies"]:
            assert squash(testimony["quote"]) in squashed, (country["code"], testimony["quote"][:60])


def _printed_forms(value: float) -> str:
    """A regex for a number as the kit prints it: "1502", "1.502" or "1 502", not inside a longer number."""
    digits = str(int(value))
    groups = [digits[max(0, i - 3):i] for i in range(len(digits), 0, -3)][::-1]
    return r"(?<![\d.])" + r"[. ]?".join(groups)


def test_every_figure_value_is_printed(seed_text: str) -> None:
    """Each number is printed as such (the extraction may glue the next number to it: "1.502665 584")."""
    for country in _countries():
        for figure in country["figures"]:
            if figure.get("value") is not None:
                assert re.search(_printed_forms(figure["value"]), seed_text), (country["code"], figure)


def test_challenges_prose_is_the_printed_prose(seed_text: str) -> None:
    """Each sentence of "Expériences et défis" is in the source (hyphenation and line breaks aside)."""
    squashed = squash(seed_text)
    for country in _countries():
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", country["challenges"]["text"]) if len(s) > 40]
        missing = [s for s in sentences if squash(s) not in squashed]
        assert len(missing) <= len(sentences) // 10, (country["code"], missing[:3])


def test_the_source_documents_named_exist() -> None:
    seeds = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("shared/seeds not beside the checkout")
    for source in yaml.safe_load((KIT_DIR / "sources.yaml").read_text(encoding="utf-8")):
        assert (seeds / source["file"]).exists(), source["file"]
