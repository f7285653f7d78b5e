"""Records → HTML through the Jinja2 templates in resources/templates: one renderer for screen and print.

A country sheet is the list of ``fiitdesk.kit.sections``, each section rendered by its own template in
``resources/templates/sections/``, in one of three media: ``screen`` (the window: copy links, the
« Pourquoi ? » disclosure of each note's evidence), ``print`` (the full dossier: everything but the
evidence) and ``essential`` (the one-page sheet: the same templates, in their short form, with the cuts
``fiitdesk.kit.essential`` decides). The sheets, the good practices and the glossary are rendered once, at
build time, for each interface language, and stored in the database, so the window shows them without
importing Jinja2 at start-up. The hotline card and the comparison depend on what the user picked, so
they are rendered on demand.

Every text from the kit passes through Jinja2's autoescaping: the kit's content is data, never markup.
The sheet's chrome (section titles, "Source", "Note") follows the interface language, and so does the
content where the build has its translation (the records come from ``KitStore`` in that language): each
translated section then says it is an unofficial translation and the French original prevails, and on
screen links to that original (``fiitdesk.kit.original``); a section with a translation still pending
says that part of it is shown in French. ``original=True`` renders a page in the interface language with
the kit's French text (the records of the French store), each section linking back to the translation.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from fiitdesk import paths
from fiitdesk.kit import essential, evidence, original, sections
from fiitdesk.kit.content import CHART_SIZE
from fiitdesk.kit.entry_text import alternatives_text
from fiitdesk.kit.labels import LANGUAGES, ORIGINAL_LANGUAGE, dated, information_dates, integer, percent, words

__all__ = ["LANGUAGES", "MEDIA", "render_comparison", "render_country", "render_essential", "render_glossary",
           "render_practice"]

#: The forms of a country sheet: on screen, the full dossier on paper, the one-page essential sheet.
MEDIA = ("screen", "print", "essential")


def templates_dir() -> Path:
    return paths.resources_dir() / "templates"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["paragraphs"] = _paragraphs
    env.filters["number"] = _number
    env.filters["percent"] = percent
    env.filters["why_id"] = evidence.evidence_id
    env.globals["evidence_opening"] = lambda ident: Markup(evidence.opening(ident))
    env.globals["evidence_closing"] = lambda ident: Markup(evidence.closing(ident))
    env.globals["evidence_closed_mark"] = evidence.CLOSED
    env.globals["chart_size"] = CHART_SIZE
    return env


def _paragraphs(text: str | None) -> list[str]:
    return [" ".join(p.split()) for p in (text or "").split("\n\n") if p.strip()]


def _number(value: float | None, lang: str = "fr") -> str:
    if value is None:
        return ""
    return integer(value, lang) if float(value).is_integer() else f"{value:g}".replace(".", words(lang)["decimal"])


def sections_present(record: dict[str, Any]) -> list[str]:
    """The ids of the sections this country's sheet has, in sheet order (``fiitdesk.kit.sections``)."""
    return [s.id for s in sections.present(record)]


def chart_series(record: dict[str, Any]) -> dict[str, list[tuple[str, float]]]:
    """The figures the window draws as charts: persons assisted per year, exploitation types."""
    charts: dict[str, list[tuple[str, float]]] = {}
    assisted = [(f["period"], f["value"]) for f in record["figures"]
                if f["metric"] == "persons_assisted" and f["value"] is not None and not f["category"]]
    if len(assisted) >= 2:
        charts["persons_assisted"] = assisted
    types = [(f["category"], f["value"]) for f in record["figures"]
             if f["metric"] == "exploitation_type" and f["value"] is not None and f["category"]]
    if len(types) >= 2:
        charts["exploitation_type"] = types
    return charts


def _translation(lang: str, is_original: bool) -> dict[str, Any]:
    """What a page says of its content's language: nothing in the kit's own language; in another, that the
    content is an unofficial translation ("translated") or, for ``original``, the kit's French text."""
    state = "" if lang == ORIGINAL_LANGUAGE else ("original" if is_original else "translated")
    said = words(lang)
    note = {"": said["content_language"], "translated": said["unofficial_translation"],
            "original": said["original_shown"]}[state]
    return {"translation": state, "content_note": note, "original_scheme": original.SCHEME,
            "translation_scheme": original.BACK_SCHEME}


def _pending(records: list[Any]) -> bool:
    return any(isinstance(r, dict) and r.get("pending") for r in records)


def pending_sections(record: dict[str, Any]) -> set[str]:
    """The sections of a country's sheet that show some French in place of a translation still pending."""
    emn = record["emn"]
    facts = emn["facts"]
    parts: dict[str, list[Any]] = {
        "summary": [record["identification"]],
        "permits": [*record["permits"], {"pending": [c for c in record.get("pending", []) if c == "permits_text"]}],
        "accommodation": record["accommodation"],
        "challenges": [record["challenges"], *record["framework"].values()],
        "figures": [*record["figures"], record["origin_countries"]],
        "contacts": [*record["contacts"], *(p for c in record["contacts"] for p in c.get("phones", []))],
        "hotlines": record["hotlines"], "testimonies": record["testimonies"], "practice": record["practices"],
        "emn_overview": [emn["country"], emn["victims_2022"],
                         *(f for k in ("action_plan", "coordination_body", "rapporteur") for f in facts.get(k, []))],
        "emn_measures": emn["measures"],
    }
    for section, topics in sections.SERVICE_SECTIONS.items():
        parts[section] = [s for s in record["services"] if s["topic"] in topics]
    for section, kinds in sections.EMN_SECTIONS.items():
        parts[section] = [f for k in kinds for f in facts.get(k, [])]
    return {section for section, records in parts.items() if _pending(records)}


def _country_context(record: dict[str, Any], meta: dict[str, str], lang: str, medium: str,
                     is_original: bool = False) -> dict[str, Any]:
    services: dict[str, list[dict[str, Any]]] = {}
    for service in record["services"]:
        services.setdefault(service["topic"], []).append(service)
    sources = {s["id"]: s for s in record["sources"]}
    return {
        "c": record, "emn": record["emn"], "meta": meta, "L": words(lang), "lang": lang, "medium": medium,
        "services": services, "sources": sources, "dates": information_dates(record["sources"], lang),
        "dated_by_doc": {doc: dated(source, lang) for doc, source in sources.items()},
        "service_sections": sections.SERVICE_SECTIONS,
        "pending_sections": pending_sections(record) if not is_original else set(),
        **_translation(lang, is_original),
    }


def other_numbers(entries: list[dict[str, Any]], lang: str) -> dict[tuple[str, Any, str], list[str]]:
    """What the sheet says beside a number the kit prints for an organisation it also gives another number
    for elsewhere: the directory's own lines (``entry_text.alternatives_text``: the other numbers, and that
    the kit never says which to try first), for the finder and the sheet alike. A contact's other phones are
    left out: the sheet prints them together. Keyed by the number as printed: ``("contact", position,
    number)`` or ``("hotline", organisation, number)``."""
    said: dict[tuple[str, Any, str], list[str]] = {}
    for entry in entries:
        elsewhere = [a for a in entry["alternatives"] if not a["same_contact"]]
        lines = alternatives_text({**entry, "alternatives": elsewhere}, lang)
        if lines and entry["kind"] == "contact":
            said[("contact", entry["contact_position"], entry["number"])] = lines
        elif lines and entry["kind"] == "hotline":
            said[("hotline", entry["organisation"], entry["number"])] = lines
    return said


def render_country(record: dict[str, Any], meta: dict[str, str], lang: str = "fr", medium: str = "screen",
                   original: bool = False, directory: list[dict[str, Any]] | None = None) -> str:
    """The screen sheet (``screen``) or the full dossier (``print``): every section the country has;
    ``original``: the screen sheet with the kit's French text, for a record of the French store.
    ``directory``: the country's entries of the directory (``KitStore.hotlines``), for what the sheet says
    beside the numbers of an organisation the kit prints several numbers for (``other_numbers``)."""
    context = _country_context(record, meta, lang, medium, original)
    context["sections"] = sections.present(record)
    context["charts"] = chart_series(record)
    context["others"] = other_numbers(directory or [], lang)
    return _environment().get_template("country.html.j2").render(**context)


def render_essential(record: dict[str, Any], meta: dict[str, str], lang: str = "fr", level: int = 0) -> str:
    """The one-page essential sheet at budget ``level`` (``fiitdesk.kit.essential.LEVELS``)."""
    context = _country_context(record, meta, lang, "essential")
    context["sections"] = sections.essential(record)
    context["charts"] = {}
    context["others"] = {}
    context["e"] = essential.essential_view(record, lang, level)
    return _environment().get_template("essential.html.j2").render(**context)


def render_practice(practice: dict[str, Any], country_name: str, sources: dict[str, Any],
                    lang: str = "fr", medium: str = "screen", original: bool = False) -> str:
    """One good practice of the FIIT kit, as the practices view shows and prints it."""
    return _environment().get_template("practice.html.j2").render(
        p=practice, country_name=country_name, sources=sources, L=words(lang), lang=lang, medium=medium,
        pending=_pending([practice]) and not original, **_translation(lang, original))


def render_glossary(terms: list[dict[str, Any]], sources: dict[str, Any], lang: str = "fr",
                    medium: str = "screen", original: bool = False) -> str:
    """Glossary terms: one term on screen, the whole glossary on paper (same template)."""
    return _environment().get_template("glossary.html.j2").render(
        terms=terms, sources=sources, L=words(lang), lang=lang, medium=medium, **_translation(lang, original))


def render_comparison(result: dict[str, Any], meta: dict[str, str], lang: str = "fr") -> str:
    return _environment().get_template("comparison.html.j2").render(
        result=result, meta=meta, L=words(lang), lang=lang, **_translation(lang, False))
