"""What goes on a country's one-page essential sheet, and what is cut to keep it on one page.

A field worker pins this page on a wall or hands it over: the country and the date of its information,
whom to call, who identifies a victim, the reflection period and each permit, accommodation, what the
sources do not cover, and the few notes that change what the reader should do. It must stay one A4 page
whatever the data, so every list has a budget; what a budget leaves out is said honestly ("+ 3 autres
contacts dans le dossier complet"), never dropped in silence. The budgets come in levels, from the most
generous to the tightest: the build renders each level and the printing code keeps the first one that
lays out on one page. The tightest level is bounded whatever the data, so it always fits.

Which notes: those of the records the page shows (numbers, contacts, identification, permits,
accommodation), in page order, numbered ⚠1, ⚠2… beside the item. Notes on the EMN study's framing or on
figures describe the sources, not what to do, and stay in the full dossier. Evidence never comes here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from fiitdesk.kit.labels import dated, information_dates, integer, more, percent, words
from fiitdesk.kit.sections import SECTIONS, SERVICE_SECTIONS

Record = dict[str, Any]


@dataclass(frozen=True)
class Budget:
    """How much of each list one level keeps."""

    numbers: int
    contacts: int
    identification: int  # characters
    permits: int
    stay: int  # characters of an accommodation's length of stay
    notes: int
    note_chars: int
    organisation: int  # characters of a number's organisation
    plans: int  # EMN plans, and coordination bodies
    plan_text: int  # characters of each one's description


LEVELS: tuple[Budget, ...] = (
    # Notes give way first (they close the page), then descriptions, then lists; numbers last.
    Budget(numbers=8, contacts=8, identification=420, permits=5, stay=130, notes=6, note_chars=300,
           organisation=200, plans=3, plan_text=260),
    Budget(numbers=8, contacts=8, identification=420, permits=5, stay=130, notes=5, note_chars=240,
           organisation=200, plans=3, plan_text=200),
    Budget(numbers=8, contacts=8, identification=360, permits=5, stay=110, notes=4, note_chars=200,
           organisation=160, plans=3, plan_text=160),
    Budget(numbers=6, contacts=6, identification=300, permits=4, stay=100, notes=4, note_chars=160,
           organisation=140, plans=2, plan_text=120),
    Budget(numbers=5, contacts=5, identification=240, permits=4, stay=80, notes=3, note_chars=140,
           organisation=110, plans=2, plan_text=0),
    Budget(numbers=4, contacts=3, identification=160, permits=3, stay=60, notes=2, note_chars=120,
           organisation=90, plans=1, plan_text=0),
)

TRI_MARKS = {"yes": "✔", "no": "✘", "conditional": "◐", "uncertain": "?"}

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def shorten(text: str | None, limit: int) -> tuple[str, bool]:
    """``text`` cut to at most ``limit`` characters, at a sentence end if one is near, else at a word.

    Returns the text and whether it was cut, so the sheet can say where the rest is.
    """
    clean = " ".join((text or "").split())
    if len(clean) <= limit:
        return clean, False
    kept = ""
    for sentence in _SENTENCE_END.split(clean):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if len(kept) < limit * 0.6:  # no sentence end near the limit: cut at a word
        kept = clean[:limit].rsplit(" ", 1)[0].rstrip(",;:–—- ")
    return kept + " …", True


class _Notes:
    """The page's numbered notes, in the order the page shows their items; the same note keeps its number."""

    def __init__(self, budget: Budget, lang: str):
        self.budget = budget
        self.cut = words(lang)["cut"]
        self.items: list[dict[str, Any]] = []
        self.left_out = 0
        self._numbers: dict[str, int] = {}

    def mark(self, record: Record | None) -> int | None:
        note = (record or {}).get("note")
        if not note:
            return None
        if note in self._numbers:
            return self._numbers[note]
        if len(self.items) >= self.budget.notes:
            self.left_out += 1
            self._numbers[note] = 0
            return None
        text, was_cut = shorten(note, self.budget.note_chars)
        number = len(self.items) + 1
        self.items.append({"n": number, "text": f"{text} {self.cut}" if was_cut else text})
        self._numbers[note] = number
        return number


def _dated_once(rows: list[dict[str, Any]]) -> str:
    """The date all ``rows`` share, said once in the heading; empty when they differ (then each says it)."""
    dates = {row["dated"] for row in rows}
    return dates.pop() if len(dates) == 1 else ""


def _numbers(record: Record, budget: Budget, notes: _Notes, sources: dict[str, Any], lang: str) -> dict[str, Any]:
    hotlines = record["hotlines"]
    rows = []
    for h in hotlines[:budget.numbers]:
        shown = h["international"] or h["number"]
        printed = h["number"] if h["number"].replace(" ", "") != shown.replace(" ", "") else ""
        rows.append({"number": shown, "printed": printed,
                     "organisation": shorten(h["organisation"], budget.organisation)[0],
                     "language": h["language"], "short_code": not h["e164"],
                     "abroad": bool(h["may_fail_abroad"] and h["e164"]),
                     "dated": dated(sources.get(h["source"]["doc"]), lang), "mark": notes.mark(h)})
    return {"rows": rows, "dated": _dated_once(rows), "more": more("numbers", len(hotlines) - len(rows), lang)}


#: Whose phones the essential sheet gives, in this order: the specialised NGOs, then the IOM (which assists
#: victims and their return); ministries and other institutions stay in the full dossier.
CALL_CATEGORIES = ("ngo", "international_organisation")


def _contacts(record: Record, budget: Budget, notes: _Notes, sources: dict[str, Any], lang: str) -> dict[str, Any]:
    """The specialised organisations that have a phone; every other contact is counted towards the dossier."""
    contacts = record["contacts"]
    callable_ = [k for category in CALL_CATEGORIES for k in contacts if k["category"] == category and k["phones"]]
    rows = []
    for k in callable_[:budget.contacts]:
        phones = [p["international"] or p["number"] for p in k["phones"]]
        name = k["organisation"] if not k["department"] else f"{k['organisation']} — {k['department']}"
        rows.append({"organisation": shorten(name, 90)[0], "phones": phones, "position": k["position"],
                     "dated": dated(sources.get(k["source"]["doc"]), lang), "mark": notes.mark(k)})
    return {"rows": rows, "dated": _dated_once(rows), "more": more("contacts", len(contacts) - len(rows), lang)}


def _permits(record: Record, budget: Budget, notes: _Notes, lang: str) -> dict[str, Any]:
    catalog = words(lang)
    rows = []
    for p in record["permits"][:budget.permits]:
        if p["renewable"] == "conditional" and p["renewable_text"]:
            renewable = shorten(p["renewable_text"], 60)[0]
        else:
            renewable = catalog.get(p["renewable"], "—") if p["renewable"] != "unknown" else "—"
        rights = [catalog.get(f"right_{r}", r) for r in p["rights"]] or p["rights_text"]
        rows.append({"name": p["name"], "duration": shorten(p["duration_text"], 80)[0] or "—",
                     "renewable": renewable, "rights": ", ".join(rights) or "—", "mark": notes.mark(p)})
    return {"rows": rows, "more": more("permits", len(record["permits"]) - len(rows), lang)}


def _accommodation(record: Record, budget: Budget, notes: _Notes, lang: str) -> list[dict[str, Any]]:
    """One line per kind of accommodation: who is accepted (✔ / ✘), whether it is free, how long."""
    catalog = words(lang)
    lines = []
    for a in record["accommodation"][:2]:
        flags = [f"{catalog[label]} {TRI_MARKS[a[key]]}" for key, label in
                 (("third_country_nationals", "tcn"), ("minors", "minors"), ("men", "men"),
                  ("free_of_charge", "free_short")) if a[key] in TRI_MARKS]
        stay = shorten(a["length_of_stay"], budget.stay)[0] if a["length_of_stay"] else ""
        # With neither flags nor a length of stay, the kit's summary is what the reader needs
        # ("En Hongrie, les structures de droit commun n'accueillent pas les victimes de la traite").
        summary = shorten(a["summary"], budget.stay)[0] if a["summary"] and not (flags or stay) else ""
        lines.append({"name": catalog[a["kind"]], "flags": flags, "stay": stay, "summary": summary,
                      "mark": notes.mark(a)})
    return lines


def _emn(record: Record, budget: Budget, lang: str) -> dict[str, Any]:
    """What the EMN study gives for a country the FIIT kit has no chapter for."""
    catalog = words(lang)
    emn = record["emn"]
    facts = emn["facts"]
    plans = facts.get("action_plan", [])
    bodies = facts.get("coordination_body", []) + facts.get("rapporteur", [])

    def titles(items: list[dict[str, Any]]) -> list[dict[str, str]]:
        return [{"title": shorten(f["title"] + (f" ({f['years']})" if f["years"] else ""), 150)[0],
                 "text": shorten(f["text"], budget.plan_text)[0] if budget.plan_text else ""}
                for f in items[:budget.plans]]

    victims = emn["victims_2022"]
    if victims and victims["total"] is not None:
        victims_line = catalog["victims_line"].format(total=integer(victims["total"], lang),
                                                      non_eu=integer(victims["non_eu"], lang),
                                                      share=percent(victims["non_eu_share"], lang))
    elif victims:
        victims_line = catalog["victims_empty"]
    else:
        victims_line = ""
    country = emn["country"] or {}
    contact_point = " · ".join(filter(None, [country.get("contact_point"), *country.get("web", [])]))
    return {"status": emn["status"], "contact_point": contact_point, "victims": victims_line,
            "plans": titles(plans), "more_plans": more("items", len(plans) - budget.plans, lang),
            "bodies": titles(bodies), "more_bodies": more("items", len(bodies) - budget.plans, lang)}


def _not_covered(record: Record, lang: str) -> list[str]:
    """What the sources do not say for this country (the "no number" case is said under whom to call)."""
    catalog = words(lang)
    lines = []
    if record["has_chapter"]:
        lines.append(catalog["fiit_dated"])
        present = {s.id for s in SECTIONS if s.present(record)}
        missing = [catalog[s] for s in SERVICE_SECTIONS if s not in present]
        if missing:
            lines.append(catalog["missing_topics"].format(topics=", ".join(missing)))
    else:
        lines += [catalog["no_permits"], catalog["no_services"]]
    if not record["emn"]["status"]:
        lines.append(catalog["no_emn"])
    return lines


def essential_view(record: Record, lang: str = "fr", level: int = 0) -> dict[str, Any]:
    """Everything the essential sheet shows for ``record`` at budget ``level`` (0 = most generous)."""
    budget = LEVELS[min(level, len(LEVELS) - 1)]
    sources = {s["id"]: s for s in record["sources"]}
    notes = _Notes(budget, lang)
    # Page order decides the notes' numbers and, when the budget is short, which notes are kept.
    numbers = _numbers(record, budget, notes, sources, lang)
    contacts = _contacts(record, budget, notes, sources, lang)
    identification = None
    if record["identification"]:
        text, _ = shorten(record["identification"]["text"], budget.identification)
        identification = {"text": text, "cut": text.endswith("…"), "mark": notes.mark(record["identification"])}
    permits = _permits(record, budget, notes, lang)
    accommodation = _accommodation(record, budget, notes, lang)
    return {
        "level": level,
        "dates": information_dates(record["sources"], lang),
        "numbers": numbers,
        "contacts": contacts,
        "identification": identification,
        "permits": permits,
        "accommodation": accommodation,
        "emn": _emn(record, budget, lang),
        "not_covered": _not_covered(record, lang),
        "notes": notes.items,
        "more_notes": more("notes", notes.left_out, lang),
    }
