"""One list of sections drives the sheets, the side list and the search; the essential sheet's cuts are
honest; `show --json` gives each note's evidence and each number's date."""

from __future__ import annotations

import json
from pathlib import Path

from fiitdesk.cli import main
from fiitdesk.kit import essential, sections
from fiitdesk.kit.labels import LABELS
from fiitdesk.kit.schema import SECTION_TITLES
from fiitdesk.kit.sheets import templates_dir


def test_every_section_has_a_template_and_a_title_in_each_language() -> None:
    for section in sections.SECTIONS:
        assert (templates_dir() / section.template).is_file(), section.id
        for lang in LABELS:
            assert sections.title(section.id, lang), (section.id, lang)
        assert SECTION_TITLES[section.id] == sections.title(section.id, "fr"), "one table of titles"


def test_both_languages_have_every_word() -> None:
    assert set(LABELS["fr"]) == set(LABELS["en"])


def test_the_side_list_and_the_search_use_the_sheet_sections(store) -> None:
    for country in store.countries():
        code = country["code"]
        record = store.country(code)
        listed = store.sheet_sections(code)
        assert listed == [s.id for s in sections.present(record)], code
        html = store.sheet_html(code, "fr", "screen")
        positions = [html.index(f'<a name="{key}"></a>') for key in listed]
        assert positions == sorted(positions), f"{code}: the sheet follows the list's order"
    hits = store._rows("SELECT DISTINCT section FROM search_docs WHERE country IS NOT NULL")
    assert {h["section"] for h in hits} <= set(sections.SECTION_IDS), "search hits open a section of the list"


def test_essential_sheet_order_is_whom_to_call_first(store) -> None:
    fiit = [s.id for s in sections.essential(store.country("BE"))]
    assert fiit == ["hotlines", "contacts", "summary", "permits", "accommodation", "coverage"]
    emn_only = [s.id for s in sections.essential(store.country("DE"))]
    assert emn_only == ["hotlines", "emn_overview", "coverage"]
    no_number = [s.id for s in sections.essential(store.country("HR"))]
    assert no_number[0] == "hotlines", "whom to call is there even when the kit has no number"


def test_contacts_carry_an_anchor_at_their_position(store) -> None:
    for code in ("BE", "FR", "GB"):
        html = store.sheet_html(code, "fr", "screen")
        contacts = store.country(code)["contacts"]
        assert [k["position"] for k in contacts] == list(range(len(contacts)))
        for contact in contacts:
            anchor = html.index(f'<a name="contact-{contact["position"]}"></a>')
            assert html.index(contact["organisation"].replace("’", "’"), anchor) - anchor < 200, contact["id"]


def test_shorten_cuts_at_a_sentence_or_a_word_and_says_so() -> None:
    text = "Première phrase courte. Deuxième phrase un peu plus longue que la première. Troisième."
    assert essential.shorten(text, 200) == (text, False)
    assert essential.shorten(text, 36) == ("Première phrase courte. …", True), "a sentence end near the limit"
    assert essential.shorten(text, 60)[0] == "Première phrase courte. Deuxième phrase un peu plus longue …"
    word, cut = essential.shorten("un deux trois quatre cinq six sept huit neuf dix", 20)
    assert cut and word.endswith(" …") and len(word) <= 22 and not word[:-2].endswith(" ")


def test_every_level_shows_or_counts_every_contact_and_number(store) -> None:
    for code in ("FR", "BE", "GB", "IT"):
        record = store.country(code)
        for level in range(len(essential.LEVELS)):
            view = essential.essential_view(record, "fr", level)
            counted = int(view["contacts"]["more"].split()[1]) if view["contacts"]["more"] else 0
            assert len(view["contacts"]["rows"]) + counted == len(record["contacts"]), (code, level)
            numbers = int(view["numbers"]["more"].split()[1]) if view["numbers"]["more"] else 0
            assert len(view["numbers"]["rows"]) + numbers == len(record["hotlines"]), (code, level)
            marks = [n["n"] for n in view["notes"]]
            assert marks == list(range(1, len(marks) + 1)) and len(marks) <= essential.LEVELS[level].notes


def test_show_json_has_evidence_beside_every_note_and_a_date_on_every_number(capsys, built_db: Path) -> None:
    for code in ("BE", "GB", "DE", "CY"):
        assert main(["--db", str(built_db), "show", code, "--json"]) == 0
        record = json.loads(capsys.readouterr().out)
        notes = 0

        def walk(node: object, where: str) -> None:
            nonlocal notes
            if isinstance(node, dict):
                if "note" in node:
                    notes += 1
                    assert "evidence" in node, f"{code} {where}: a note without its evidence key"  # noqa: B023
                for key, value in node.items():
                    walk(value, f"{where}.{key}")
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    walk(value, f"{where}[{i}]")

        walk(record, code)
        assert notes > 0
        for row in [*record["contacts"], *record["hotlines"]]:
            assert row["as_of"] in ("2013", "2021–2023"), (code, row.get("organisation"))
    if record["hotlines"]:
        assert record["hotlines"][0]["as_of"] == "2021–2023", "Cyprus' 1497 comes from the EMN study"


def test_a_sheets_first_screen_ends_where_the_rest_can_follow_and_the_short_ones_are_whole(store) -> None:
    cut_somewhere = 0
    for country in store.countries():
        for lang in ("fr", "en"):
            page = store.sheet_html(country["code"], lang, "screen")
            first = sections.first_screen(page)
            where = f"{country['code']} {lang}"
            assert first.count("<table") == first.count("</table>"), f"{where}: a table is left open"
            assert first.count("<!--") == first.count("-->"), f"{where}: an evidence comment is cut"
            if first == page:
                continue
            cut_somewhere += 1
            if first.endswith("</tr></table>"):  # after a row of a grid table, closed there
                kept = first[:-len("</table>")]
                assert page.startswith(kept) and kept.rfind('<table class="grid') > kept.rfind("</table>"), where
            else:  # before a section's heading
                rest = page[len(first):]
                assert page.startswith(first), where
                assert any(rest.startswith(f'<a name="{s}"></a><h2>') for s in sections.SECTION_IDS), where
    assert cut_somewhere >= 30, "the long sheets are laid out in two steps"
    short = store.sheet_html("RO", "fr", "screen")
    assert len(short) < sections.FIRST_SCREEN_CHARS and sections.first_screen(short) == short


def test_a_crafted_page_is_cut_in_one_reading() -> None:
    """A planted database's page made of comment or table openers that never close: the window's first
    screen is found in one reading of the page, not one per opener (which took minutes at this size)."""
    for crafted in ("x" * 5000 + "<!--" * 300_000, "x" * 5000 + "<table" * 300_000,
                    "x" * 5000 + '<a name="' + "a" * 300_000, "<!--a-->" * 300_000 + '<a name="summary"></a><h2>'):
        first = sections.first_screen(crafted)
        assert crafted.startswith(first)
    evidence_only = "<!--a-->" * 300_000 + '<a name="summary"></a><h2>'
    assert sections.first_screen(evidence_only) == evidence_only, "comments are not text: no cut before the rest"
