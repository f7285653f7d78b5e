"""Records → HTML through the Jinja2 templates in resources/templates: one renderer for screen and print.

Country sheets are rendered once, at build time, for each interface language and for screen and print,
and stored in the database, so the window shows a sheet without importing Jinja2 at start-up. The
hotline card and the comparison depend on what the user picked, so they are rendered on demand.

Every text from the kit passes through Jinja2's autoescaping: the kit's content is data, never markup.
The sheet's chrome (section titles, "Source", "Note") follows the interface language; the kit's own
content stays in French, as written, and the sheet says so.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from fiitdesk import paths
from fiitdesk.kit.labels import LABELS, LANGUAGES, MEDIA, SECTIONS

__all__ = ["LABELS", "LANGUAGES", "MEDIA", "SECTIONS", "render_comparison", "render_country"]


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
    return env


def _paragraphs(text: str | None) -> list[str]:
    return [" ".join(p.split()) for p in (text or "").split("\n\n") if p.strip()]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}".replace(",", "\u202f") if float(value).is_integer() else f"{value:g}"


def sections_present(record: dict[str, Any]) -> list[str]:
    """The sections this country's sheet actually has, in sheet order."""
    present = {
        "coverage": True,
        "summary": bool(record["identification"]),
        "permits": bool(record["permits"]),
        "accommodation": bool(record["accommodation"]),
        "health": any(s["topic"] in ("psychosocial", "health") for s in record["services"]),
        "legal_aid": any(s["topic"] == "legal_aid" for s in record["services"]),
        "language_courses": any(s["topic"] == "language_courses" for s in record["services"]),
        "employment": any(s["topic"] in ("training", "employment") for s in record["services"]),
        "challenges": bool(record["challenges"]) or bool(record["framework"]),
        "figures": bool(record["figures"]) or bool(record["origin_countries"]),
        "contacts": bool(record["contacts"]),
        "hotlines": bool(record["hotlines"]),
        "testimonies": bool(record["testimonies"]),
        "practice": bool(record["practices"]),
        "emn_overview": bool(record["emn"]["status"] or record["emn"]["victims_2022"]),
        "emn_priorities": any(record["emn"]["facts"].get(k) for k in (
            "priority_region", "priority_country", "activity_region", "activity_country", "bilateral_agreement")),
        "emn_practices": any(record["emn"]["facts"].get(k) for k in ("good_practice", "challenge")),
        "emn_measures": bool(record["emn"]["measures"]),
    }
    return [s for s in SECTIONS if present[s]]


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


def render_country(record: dict[str, Any], meta: dict[str, str], lang: str = "fr", medium: str = "screen") -> str:
    services = {}
    for service in record["services"]:
        services.setdefault(service["topic"], []).append(service)
    return _environment().get_template("country.html.j2").render(
        c=record, meta=meta, L=LABELS[lang], lang=lang, medium=medium, services=services,
        sources={s["id"]: s for s in record["sources"]}, sections=sections_present(record),
        charts=chart_series(record) if medium in MEDIA else {},
    )


def render_comparison(result: dict[str, Any], meta: dict[str, str], lang: str = "fr") -> str:
    return _environment().get_template("comparison.html.j2").render(
        result=result, meta=meta, L=LABELS[lang], lang=lang)
