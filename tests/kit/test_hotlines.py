"""The hotline finder: every number usable or explained; found by any name, organisation or digits."""

from __future__ import annotations

import re

import pytest


def test_every_number_has_an_international_form_or_a_reason(store) -> None:
    rows = store.hotlines(kinds=["hotline", "contact"])
    assert len(rows) >= 60
    for h in rows:
        assert h["number"], "the printed number is always kept"
        assert h["e164"] or h["reason"], f"{h['organisation']}: neither E.164 nor a reason"
        if h["e164"]:
            assert re.fullmatch(r"\+\d{7,15}", h["e164"])


def test_every_contact_phone_has_an_international_form_or_a_reason(store) -> None:
    for country in store.countries():
        for contact in store.country(country["code"])["contacts"]:
            for phone in contact["phones"]:
                assert phone["e164"] or phone["reason"], f"{contact['organisation']}: {phone['number']}"


def test_e164_belongs_to_the_country_or_is_explained(store) -> None:
    import phonenumbers

    for h in store.hotlines(kinds=["hotline"]):
        if h["e164"]:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(h["e164"]))
            assert region == h["country"] or h["note"], h


@pytest.mark.parametrize("name", ["Allemagne", "Germany", "Deutschland", "allemagne", "ALLEM"])
def test_country_names_in_three_languages(store, name: str) -> None:
    assert {h["country"] for h in store.hotlines(name)} == {"DE"}


def test_accented_and_native_names(store) -> None:
    assert {h["country"] for h in store.hotlines("Grece")} == {"GR"}
    assert {h["country"] for h in store.hotlines("Ελλάδα")} == {"GR"}
    assert {h["country"] for h in store.hotlines("Magyarország")} == {"HU"}
    assert {h["country"] for h in store.hotlines("Royaume-Uni")} == {"GB"}


def test_organisation_and_town(store) -> None:
    assert [(h["country"], h["kind"]) for h in store.hotlines("payoke")] == [("BE", "hotline"), ("BE", "contact")]
    assert {h["country"] for h in store.hotlines("Venise")} == {"IT"}
    assert {h["country"] for h in store.hotlines("Ac.Sé")} == {"FR"}


@pytest.mark.parametrize("typed", ["+44 800 555 111", "0044800555111", "44 800 555", "0800 555 111", "800555111"])
def test_digits_with_or_without_spaces_plus_or_00(store, typed: str) -> None:
    found = store.hotlines(typed)
    assert any(h["number"] == "+44 800 555 111" for h in found), typed


def test_country_filter_and_alias(store) -> None:
    uk = store.hotlines(country="UK")
    assert uk and {h["country"] for h in uk} == {"GB"}
    assert store.hotlines(country="EL") == store.hotlines(country="GR")


def test_audience_filter_keeps_the_numbers_for_everyone(store) -> None:
    children = store.hotlines(audience="children")
    assert any(h["audience"] == ["children"] for h in children)
    assert all("children" in h["audience"] or "general" in h["audience"] or not h["audience"] for h in children)
    assert not any(h["audience"] == ["women"] for h in children)


def test_misprinted_country_is_shown_with_its_note(store) -> None:
    """The annex prints "Suisse" beside Swedish (+46) numbers: they are filed under Sweden, with the reason."""
    printed_suisse = store.hotlines("Suisse", kinds=["hotline"])
    assert printed_suisse and all(h["country"] == "SE" for h in printed_suisse)
    assert all("Suède" in h["note"] for h in printed_suisse)


def test_short_codes_are_marked(store) -> None:
    short = [h for h in store.hotlines(kinds=["hotline"]) if h["number_type"] == "short_code"]
    assert short and all(h["e164"] is None and h["reason"] and h["may_fail_abroad"] for h in short)
