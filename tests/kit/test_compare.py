"""The comparison lines the five FIIT countries up on values, with their printed wording and notes."""

from __future__ import annotations

import re

from tests.conftest import FIIT_CODES


def _row(result: dict, key: str) -> dict:
    return next(r for r in result["rows"] if r["key"] == key)


def test_reflection_period_days_agree_with_the_printed_duration(store) -> None:
    result = store.compare(FIIT_CODES)
    row = _row(result, "reflection_period_days")
    for code in FIIT_CODES:
        cell = row["values"][code]
        assert cell["source"].startswith("Kit FIIT")
        if cell["value"] is not None:
            printed = re.search(r"(\d+)\s*(jours|mois)", cell["text"])
            assert printed, (code, cell)
            number, unit = int(printed.group(1)), printed.group(2)
            assert cell["value"] == (number if unit == "jours" else number * 30), (code, cell)
        else:
            assert cell["note"], f"{code}: no number of days and no note saying why"


def test_reflection_periods_differ_and_are_flagged(store) -> None:
    row = _row(store.compare(FIIT_CODES), "reflection_period_days")
    values = {c["value"] for c in row["values"].values()}
    assert len(values) > 1 and row["all_equal"] is False


def test_framework_marks_use_the_three_words(store) -> None:
    result = store.compare(FIIT_CODES, ["framework"])
    for row in result["rows"]:
        for code, cell in row["values"].items():
            assert cell["value"] in {"yes", "no", "uncertain"}, (row["key"], code)
            assert cell["text"], "the evidence is shown with the mark"


def test_same_country_twice_is_one_column(store) -> None:
    result = store.compare(["GB", "UK", "Royaume-Uni"])
    assert [c["code"] for c in result["countries"]] == ["GB"]


def test_country_without_chapter_says_so(store) -> None:
    result = store.compare(["BE", "DE"], ["permits"])
    cell = _row(result, "reflection_period_days")["values"]["DE"]
    assert cell["value"] is None and "ne donnent pas" in cell["note"]


def test_every_topic_has_rows_with_data_for_every_fiit_country(store) -> None:
    result = store.compare(FIIT_CODES)
    for topic in ("identification", "permits", "accommodation", "health", "legal_aid", "language_courses",
                  "employment", "framework", "figures", "hotlines"):
        rows = [r for r in result["rows"] if r["topic"] == topic]
        assert rows, topic
        for code in FIIT_CODES:
            assert any(r["values"][code]["text"] for r in rows), (topic, code)
