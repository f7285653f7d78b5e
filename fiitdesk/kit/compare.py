"""The comparison: rows are attributes with stable keys, columns are countries.

Each cell has a normalised ``value`` (what equality is judged on), ``short`` — the value in a few words, what
a table cell shows —, the printed ``text`` a person reads in full, the reader's ``note`` on an ambiguous fact,
the curator's ``evidence`` (shown only on request), the ``source`` label that dates it, and a ``state``:
``same`` (every country with data agrees), ``different`` or ``missing``. The keys are a public interface
(``fiitdesk compare --json``, the Compare view, CSV exports): add keys, never rename them.

The CSV is written here, once, for the window and the command line alike.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from fiitdesk.kit.labels import country_name, integer, pair, percent, say, words

Cell = dict[str, Any]
Record = dict[str, Any]

#: Topics in display order, each named by the catalog word of the sheet section it lines up (one name for
#: both: "Insertion professionnelle" on the sheet and in Compare).
TOPIC_WORDS: dict[str, str] = {
    "identification": "summary",
    "permits": "permits",
    "accommodation": "accommodation",
    "health": "health",
    "legal_aid": "legal_aid",
    "language_courses": "language_courses",
    "employment": "employment",
    "framework": "framework",
    "figures": "figures",
    "hotlines": "hotlines",
    "emn": "topic_emn",
}
TOPICS: tuple[str, ...] = tuple(TOPIC_WORDS)

#: The rights a permit may give, in the rows' order (their words are the sheet's ``right_*``).
RIGHTS = ("work", "police_protection", "social_benefits", "education_language_courses", "health_care")

#: Rows named by the sheet's own word; every other row's word is ``row_`` and its key (catalog/compare.py).
ROW_WORDS: dict[str, str] = {
    "identified_by": "who_identifies",
    "general_accommodation": "general",
    "psychosocial_support": "psychosocial",
    "legal_aid": "legal_aid",
    "language_courses": "language_courses",
    "national_action_plan": "action_plan",
    "national_referral_mechanism": "referral",
    "national_rapporteur": "rapporteur",
    "emn_priority_regions": "priority_regions",
    "emn_bilateral_agreements": "agreements",
}

#: The sign beside each row that says what its colour says: same everywhere, differs, no data anywhere.
STATE_SIGNS = {"same": "=", "different": "≠", "missing": "∅"}

#: The tri-state values, each said by the sheet's word of the same key ("yes" → « Oui »).
TRI_VALUES = ("yes", "no", "conditional", "unknown", "uncertain")


def topic_label(topic: str, lang: str = "fr") -> str:
    return say(TOPIC_WORDS[topic], lang)


def row_label(key: str, lang: str = "fr") -> str:
    if key.startswith("permit_gives_"):
        return say("row_permit_gives", lang, right=say(f"right_{key.removeprefix('permit_gives_')}", lang))
    return say(ROW_WORDS.get(key, f"row_{key}"), lang)


def tri_label(value: str, lang: str = "fr") -> str:
    return say(value, lang) if value in TRI_VALUES else value


#: How many characters of a value a table cell shows before "…"; the whole text is one click away.
SHORT_CHARS = 70


def shorten(text: str | None, limit: int = SHORT_CHARS) -> str | None:
    """The start of ``text`` cut at a word, for a cell that must read at a glance."""
    if not text or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:—•(")
    return f"{cut}…"


def _cell(value: Any, text: str | None, record: Record, source: str | None, short: str | None = None) -> Cell:
    return {"value": value, "short": short or shorten(text), "text": text, "note": record.get("note"),
            "evidence": record.get("evidence"), "source": source}


def _no_data(lang: str) -> Cell:
    return {"value": None, "short": None, "text": None, "note": say("cmp_no_data", lang), "evidence": None,
            "source": None, "state": "missing"}


def _source_of(record: Record | None, sources: dict[str, Any]) -> str | None:
    if not record:
        return None
    doc = sources.get(record["source"]["doc"])
    return doc["label"] if doc else record["source"]["doc"]


def _silent(country: Record) -> Record:
    """The record a cell cites when the EMN study covers the country but says nothing on the row's topic."""
    return {"source": country["emn"]["country"]["source"], "note": None}


def _cited(record: Record) -> Record:
    """A record's source without its note: for a row that sums up several records, none of whose notes is
    about the row itself."""
    return {"source": record["source"], "note": None, "evidence": None}


def _reflection(country: Record) -> Record | None:
    return next((p for p in country["permits"] if p["stage"] == "reflection_period"), None)


def _service(country: Record, topic: str) -> Record | None:
    return next((s for s in country["services"] if s["topic"] == topic), None)


def _accommodation(country: Record, kind: str) -> Record | None:
    return next((a for a in country["accommodation"] if a["kind"] == kind), None)


def _service_text(service: Record) -> str | None:
    parts = [service.get("summary"), *(service.get("points") or [])]
    if not any(parts) and service.get("text"):
        parts = [service["text"]]
    return " • ".join(p for p in parts if p) or None


def _tri(record: Record | None, field: str, lang: str, condition_field: str | None = None) -> tuple[Any, str | None]:
    if record is None:
        return None, None
    value = record.get(field)
    text = tri_label(value, lang)
    if condition_field and record.get(condition_field):
        text = f"{text} — {record[condition_field]}"
    return value, text


#: (country record, language) → (value, text, record the cell cites).
Getter = Callable[[Record, str], tuple[Any, str | None, Record | None]]
Got = tuple[Any, str | None, Record | None]


def _rows_spec() -> list[tuple[str, str, Getter]]:
    """(topic, key, getter) for every row, in display order; the rows' words are ``row_label``'s."""

    def reflection(field: str) -> Getter:
        def get(c: Record, lang: str) -> Got:
            permit = _reflection(c)
            if permit is None:
                return None, None, None
            if field == "days":
                text = ", ".join(filter(None, [permit["duration_text"], permit["renewable_text"]]))
                return permit["duration_days"], text or None, permit
            if field == "renewable":
                return permit["renewable"], permit["renewable_text"] or tri_label(permit["renewable"], lang), permit
            if field == "conditions":
                text = " • ".join(permit["conditions"]) or None
                return text, text, permit
            return sorted(permit["rights"]), ", ".join(permit["rights_text"]) or None, permit
        return get

    def permit_path(c: Record, lang: str) -> Got:
        if not c["permits"]:
            return None, None, None
        steps = [f"{p['name']} ({p['duration_text']})" if p["duration_text"] else p["name"] for p in c["permits"]]
        value = [[p["stage"], p["duration_days"]] for p in c["permits"]]
        return value, " → ".join(steps), _cited(c["permits"][0])

    def right(name: str) -> Getter:
        def get(c: Record, lang: str) -> Got:
            if not c["permits"]:
                return None, None, None
            giving = [p for p in c["permits"] if name in p["rights"]]
            if giving:
                # The first permit giving the right carries the note that matters (an uncertain rights list).
                return "yes", say("cmp_yes_permits", lang, permits=", ".join(p["name"] for p in giving)), giving[0]
            return "not_listed", say("cmp_not_listed", lang), _cited(c["permits"][0])
        return get

    def acc(kind: str, field: str, condition: str | None = None) -> Getter:
        def get(c: Record, lang: str) -> Got:
            record = _accommodation(c, kind)
            if record is None:
                return None, None, None
            if field in {"summary", "length_of_stay", "type", "accepted"}:
                text = record.get(field) or (record.get("type") if field == "summary" else None)
                value = record.get("length_of_stay_days") if field == "length_of_stay" else text
                if field == "length_of_stay" and value is None:
                    value = text
                return value, text, record
            value, text = _tri(record, field, lang, condition)
            return value, text, record
        return get

    def service(topic: str, field: str | None = None) -> Getter:
        def get(c: Record, lang: str) -> Got:
            record = _service(c, topic)
            if record is None:
                return None, None, None
            if field is None:
                text = _service_text(record)
                return text, text, record
            value, text = _tri(record, field, lang, "free_condition" if field == "free_of_charge" else None)
            return value, text, record
        return get

    def identification(c: Record, lang: str) -> Got:
        ident = c.get("identification")
        if not ident:
            return None, None, None
        return ident["text"], ident["text"], ident

    def mark(key: str) -> Getter:
        def get(c: Record, lang: str) -> Got:
            # The mark's reasoning is the curator's evidence: shown on request, never in the cell.
            record = c["framework"].get(key)
            if not record:
                return None, None, None
            return record["value"], tri_label(record["value"], lang), record
        return get

    def persons_assisted(c: Record, lang: str) -> Got:
        figures = [f for f in c["figures"] if f["metric"] == "persons_assisted"]
        values = [f for f in figures if f["value"] is not None]
        if not values:
            if not figures:
                return None, None, None
            printed = ", ".join(f["value_text"] for f in figures if f["value_text"])
            return None, say("cmp_figures_no_year", lang, printed=printed), figures[0]
        latest = max(values, key=lambda f: f["period"])
        return latest["value"], f"{latest['value']:g} ({latest['period']})", latest

    def exploitation(c: Record, lang: str) -> Got:
        figures = [f for f in c["figures"] if f["metric"] == "exploitation_type" and f["value"] is not None]
        if not figures:
            return None, None, None
        latest = max(f["period"] for f in figures)
        shown = [f for f in figures if f["period"] == latest]
        value = sorted((f["category"], f["value"]) for f in shown)
        text = " • ".join(pair(f["category"], f"{f['value']:g}", lang) for f in shown) + f" ({latest})"
        return value, text, shown[0]

    def emn_facts(kind: str) -> Getter:
        def get(c: Record, lang: str) -> Got:
            facts = c["emn"]["facts"].get(kind, [])
            if not facts:
                if c["emn"]["status"]:  # covered by the study, which says nothing of this
                    return "none", say("cmp_emn_silent", lang), _silent(c)
                return None, None, None
            text = " • ".join(f"{f['title']} ({f['years']})" if f.get("years") else f["title"] for f in facts)
            return sorted(f["title"] for f in facts), text, facts[0]
        return get

    def victims(field: str) -> Getter:
        def get(c: Record, lang: str) -> Got:
            row = c["emn"]["victims_2022"]
            if row is None:
                return None, None, None
            value = row[field]
            if value is None:
                return None, say("cmp_not_available", lang), row
            if field == "non_eu_share":
                return value, percent(value, lang), row
            return value, integer(value, lang), row
        return get

    def measures(c: Record, lang: str) -> Got:
        items = c["emn"]["measures"]
        if not items:
            if c["emn"]["status"]:
                return 0, say("cmp_no_measures", lang), _silent(c)
            return None, None, None
        first = sum(1 for m in items if m["annex"] == "I")
        return len(items), say("cmp_measures", lang, n=len(items), first=first, second=len(items) - first), items[0]

    def hotlines(c: Record, lang: str) -> Got:
        if not c["hotlines"]:
            return None, None, None
        text = " • ".join(pair(h["organisation"], h["number"], lang) for h in c["hotlines"])
        return len(c["hotlines"]), text, c["hotlines"][0]

    spec: list[tuple[str, str, Getter]] = [
        ("identification", "identified_by", identification),
        ("permits", "reflection_period_days", reflection("days")),
        ("permits", "reflection_period_renewable", reflection("renewable")),
        ("permits", "reflection_period_conditions", reflection("conditions")),
        ("permits", "reflection_period_rights", reflection("rights")),
        ("permits", "permit_path", permit_path),
    ]
    spec += [("permits", f"permit_gives_{r}", right(r)) for r in RIGHTS]
    spec += [
        ("accommodation", "specialised_accommodation", acc("specialised", "summary")),
        ("accommodation", "accommodation_third_country_nationals", acc("specialised", "third_country_nationals")),
        ("accommodation", "accommodation_minors", acc("specialised", "minors")),
        ("accommodation", "accommodation_men", acc("specialised", "men")),
        ("accommodation", "accommodation_mixed_only", acc("specialised", "mixed_only")),
        ("accommodation", "accommodation_length_of_stay", acc("specialised", "length_of_stay")),
        ("accommodation", "accommodation_free_of_charge", acc("specialised", "free_of_charge", "free_condition")),
        ("accommodation", "general_accommodation", acc("general", "summary")),
        ("health", "psychosocial_support", service("psychosocial")),
        ("health", "psychosocial_free_of_charge", service("psychosocial", "free_of_charge")),
        ("health", "health_care", service("health")),
        ("health", "health_care_free_of_charge", service("health", "free_of_charge")),
        ("legal_aid", "legal_aid", service("legal_aid")),
        ("legal_aid", "legal_aid_free_of_charge", service("legal_aid", "free_of_charge")),
        ("language_courses", "language_courses", service("language_courses")),
        ("language_courses", "language_courses_free_of_charge", service("language_courses", "free_of_charge")),
        ("employment", "vocational_training", service("training")),
        ("employment", "vocational_training_free_of_charge", service("training", "free_of_charge")),
        ("employment", "employment_access", service("employment")),
        ("framework", "national_action_plan", mark("national_action_plan")),
        ("framework", "national_referral_mechanism", mark("national_referral_mechanism")),
        ("framework", "national_rapporteur", mark("national_rapporteur")),
        ("figures", "persons_assisted_latest", persons_assisted),
        ("figures", "exploitation_types", exploitation),
        ("hotlines", "hotline_count", hotlines),
        ("emn", "emn_action_plan", emn_facts("action_plan")),
        ("emn", "emn_coordination_body", emn_facts("coordination_body")),
        ("emn", "emn_rapporteur", emn_facts("rapporteur")),
        ("emn", "victims_2022_total", victims("total")),
        ("emn", "victims_2022_non_eu", victims("non_eu")),
        ("emn", "victims_2022_non_eu_share", victims("non_eu_share")),
        ("emn", "emn_measures_count", measures),
        ("emn", "emn_priority_regions", emn_facts("priority_region")),
        ("emn", "emn_bilateral_agreements", emn_facts("bilateral_agreement")),
    ]
    return spec


ROW_SPEC = _rows_spec()
ROW_KEYS = [key for _, key, _ in ROW_SPEC]


class UnknownTopic(LookupError):
    def __init__(self, topic: str):
        self.topic = topic
        super().__init__(f"unknown topic {topic!r}; topics: {', '.join(TOPICS)}")


def comparison(countries: list[Record], topics: Iterable[str] | None = None,
               sources: dict[str, Any] | None = None, language: str = "fr") -> dict[str, Any]:
    """Line up ``countries`` (full records from the store) on every row of the chosen topics.

    ``language`` is the language of the words around the kit's text (topics, rows, "Oui : …", the countries'
    names); the keys, values and states are the same in every language, so ``compare --json`` keeps its shape.
    """
    wanted = list(topics) if topics else list(TOPICS)
    for topic in wanted:
        if topic not in TOPIC_WORDS:
            raise UnknownTopic(topic)
    rows = []
    for topic, key, getter in ROW_SPEC:
        if topic not in wanted:
            continue
        values: dict[str, Cell] = {}
        for country in countries:
            value, text, record = getter(country, language)
            if record is None:
                values[country["code"]] = _no_data(language)
            else:
                source_labels = {s["id"]: s for s in country["sources"]}
                short = _short_form(key, text, record, language)
                values[country["code"]] = _cell(value, text, record, _source_of(record, sources or source_labels),
                                                short)
        distinct = {repr(v["value"]) for v in values.values() if v["value"] is not None}
        all_equal = (len(distinct) <= 1 and len(values) > 1
                     and all(v["value"] is not None for v in values.values()))
        for cell in values.values():
            cell.setdefault("state", "same" if all_equal else "different")
        state = "same" if all_equal else ("missing" if not distinct else "different")
        rows.append({"topic": topic, "topic_label": topic_label(topic, language), "key": key,
                     "label": row_label(key, language), "values": values, "all_equal": all_equal, "state": state,
                     "sign": STATE_SIGNS[state]})
    return {"countries": [{"code": c["code"], "name": country_name(c, language)} for c in countries],
            "language": language, "rows": rows}


def _short_form(key: str, text: str | None, record: Record, lang: str) -> str | None:
    """The few words a cell shows: who identifies, in names only; a condition as "Sous condition"."""
    if key == "identified_by" and record.get("authorities"):
        return ", ".join(record["authorities"])
    tri_words = {words(lang)[v] for v in TRI_VALUES}
    if text and " — " in text and text.split(" — ", 1)[0] in tri_words:
        return text.split(" — ", 1)[0]
    return None


def to_csv(result: dict[str, Any]) -> str:
    """The comparison as CSV, the same for the window's export and ``fiitdesk compare --csv``: a row per
    attribute with each country's full text, then each country's note, then the sources.

    UTF-8 with a byte-order mark, so that a spreadsheet opened on a field office laptop shows the accents.
    """
    import csv  # not at import: the window's start-up reads TOPICS from here

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    codes = [c["code"] for c in result["countries"]]
    writer.writerow(["topic", "key", "label", *codes, *(f"{c} note" for c in codes), "source"])
    for row in result["rows"]:
        cells = [row["values"][c] for c in codes]
        sources = sorted({c["source"] for c in cells if c["source"]})
        writer.writerow([row["topic"], row["key"], row["label"], *(c["text"] or "" for c in cells),
                         *(c["note"] or "" for c in cells), " · ".join(sources)])
    return "\ufeff" + out.getvalue()
