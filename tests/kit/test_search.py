"""Search as people type it: French with or without accents, hyphens, apostrophes, half-typed words;
and any text whatsoever gives results or none, never an error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fiitdesk.kit.store import HIT_END, HIT_START


def _titles(hits: list[dict]) -> set[str]:
    return {h["country"] for h in hits}


def test_accents_and_case_do_not_matter(store) -> None:
    plain = store.search("hebergement")
    assert plain, "the kit speaks of hébergement in every chapter"
    assert [h["title"] for h in plain] == [h["title"] for h in store.search("HÉBERGEMENT")]
    assert {"BE", "FR", "IT", "HU", "GB"} <= _titles(plain)


def test_prefix_while_typing(store) -> None:
    assert _titles(store.search("heberg")) >= _titles(store.search("hebergement"))


def test_snippets_mark_the_words_found(store) -> None:
    hit = store.search("période de réflexion")[0]
    assert HIT_START in hit["snippet"] and HIT_END in hit["snippet"]
    assert hit["section"] and hit["country"]


def test_hyphens_and_apostrophes(store) -> None:
    assert store.search("Royaume-Uni") and store.search("Royaume Uni")
    assert [h["title"] for h in store.search("Royaume-Uni")] == [h["title"] for h in store.search("royaume uni")]
    assert store.search("l'aide") == store.search("l’aide") == store.search("aide")


def test_ligature_oe(store) -> None:
    """"œuvre" and "oeuvre" find the same text (FTS5 alone does not fold the ligature)."""
    assert store.search("oeuvre") == store.search("œuvre")
    assert store.search("oeuvre")


def test_hits_lead_to_their_section(store) -> None:
    hits = store.search("reflexion")
    assert any(h["section"] == "permits" for h in hits)
    contact_hits = store.search("Payoke")
    assert any(h["kind"] == "contact" and h["country"] == "BE" for h in contact_hits)
    assert any(h["kind"] == "hotline" for h in contact_hits)


def test_nothing_to_search_gives_nothing(store) -> None:
    for text in ("", "   ", "*", "''", "-", '"'):
        assert store.search(text) == []


HOSTILE = ['"Royaume-Uni', "Royaume-Uni", "l'île", "C++", "NEAR(", "a AND", "*", "prix: 10", "OR", "NOT x",
           "^", "{a b}", "col:val", "\x00", "🙂", "a" * 5000, "'; DROP TABLE countries; --"]


def test_known_fts_pitfalls_never_raise(store) -> None:
    for text in HOSTILE:
        assert isinstance(store.search(text), list)
        assert isinstance(store.hotlines(text), list)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_any_text_is_answered(store, text: str) -> None:
    assert isinstance(store.search(text), list)
    assert isinstance(store.hotlines(text), list)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(categories=["P", "S", "Zs", "Cc"]), max_size=30))
def test_punctuation_only_is_answered(store, text: str) -> None:
    assert isinstance(store.search(text), list)
    assert isinstance(store.hotlines(text), list)
