"""A few letters of any of a country's names find it; countries fall in the group the sources give them."""

from __future__ import annotations

import pytest

from fiitdesk.kit import navigation


@pytest.mark.parametrize(("typed", "first"), [
    ("lit", "LT"), ("Lietuva", "LT"), ("lituanie", "LT"), ("LT", "LT"), ("deutschland", "DE"),
    ("EL", "GR"), ("ελλάδα", "GR"), ("géorgie", "GE"), ("GEORGIE", "GE"), ("royaume", "GB"), ("UK", "GB"),
    ("pays-bas", "NL"), ("paysbas", "NL"), ("Česko", "CZ"), ("tcheque", "CZ"),
])
def test_a_few_letters_of_any_name_find_the_country_first(store, typed: str, first: str) -> None:
    found = navigation.find_countries(store.countries(), typed)
    assert found and found[0]["code"] == first, [c["code"] for c in found[:3]]


def test_nothing_typed_lists_every_country_and_nonsense_lists_none(store) -> None:
    assert len(navigation.find_countries(store.countries(), "")) == len(store.countries()) == 30
    assert navigation.find_countries(store.countries(), "zzqx") == []
    assert navigation.find_countries(store.countries(), "'\"*)(") == navigation.find_countries(store.countries(), "")


def test_groups_follow_what_the_sources_cover(store) -> None:
    groups = {c["code"]: navigation.country_group(c) for c in store.countries()}
    assert {code for code, g in groups.items() if g == "group_fiit"} == {"BE", "FR", "IT", "HU", "GB"}
    assert groups["DE"] == groups["GE"] == groups["RS"] == "group_emn"
    annex_only = {code for code, g in groups.items() if g == "group_annex"}
    assert annex_only and all(c["hotline_count"] for c in store.countries() if c["code"] in annex_only)
    assert set(groups.values()) == set(navigation.GROUPS)
