"""Plain-text renderings for the terminal: what a person reads when they run the command line."""

from __future__ import annotations

import textwrap
from typing import Any

from fiitdesk.kit import entry_text
from fiitdesk.kit.compare import TRI_LABELS
from fiitdesk.kit.labels import dated
from fiitdesk.kit.schema import SECTION_TITLES, service_title
from fiitdesk.kit.store import HIT_END, HIT_START

WIDTH = 100


def _wrap(text: str, indent: str = "  ") -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), WIDTH, initial_indent=indent,
                                     subsequent_indent=indent) for p in paragraphs)


def _note(record: dict[str, Any] | None, indent: str = "  ") -> list[str]:
    if record and record.get("note"):
        return [_wrap(f"⚠ Note : {record['note']}", indent + "  ")]
    return []


def countries_table(countries: list[dict[str, Any]], meta: dict[str, str]) -> str:
    lines = [f"FIIT Desk — données {meta.get('data_version', '?')} (construites {meta.get('build_time', '?')})",
             "", f"{'code':4}  {'pays':22}  {'chapitre FIIT':13}  {'étude REM':10}  {'contacts':>8}  {'numéros':>7}"]
    status = {"member": "membre", "observer": "observateur"}
    for c in countries:
        lines.append(f"{c['code']:4}  {c['name']:22}  {'oui' if c['has_chapter'] else '—':13}  "
                     f"{status.get(c['emn_status'], '—'):10}  {c['contact_count']:>8}  {c['hotline_count']:>7}")
    return "\n".join(lines)


def _source_line(record: dict[str, Any] | None, sources: dict[str, Any]) -> str:
    if not record:
        return ""
    doc = sources.get(record["source"]["doc"], {})
    page = f", p. {record['source']['page']}" if record["source"].get("page") else ""
    return f"  Source : {doc.get('label', record['source']['doc'])} — {record['source']['section']}{page}"


def country_text(c: dict[str, Any]) -> str:
    sources = {s["id"]: s for s in c["sources"]}
    out = [f"{c['name']} ({c['code']})", "=" * (len(c["name"]) + 5)]
    if not c["has_chapter"]:
        out.append("Le kit FIIT (2013) n’a pas de chapitre pour ce pays : pas d’information sur les permis de "
                   "séjour, la période de réflexion, l’hébergement ni les services d’aide.")
    if not c["emn"]["status"]:
        out.append("L’étude REM 2025 ne couvre pas ce pays.")
    ident = c["identification"]
    if ident:
        out += ["", SECTION_TITLES["summary"].upper(), _wrap(ident["text"]), *_note(ident),
                _source_line(ident, sources)]
    if c["permits"]:
        out += ["", SECTION_TITLES["permits"].upper()]
        for p in c["permits"]:
            head = ", ".join(filter(None, [p["duration_text"], p["renewable_text"]]))
            out.append(f"  • {p['name']}" + (f" — {head}" if head else ""))
            for cond in p["conditions"]:
                out.append(_wrap(f"condition : {cond}", "      "))
            if p["rights_text"]:
                out.append(_wrap("donne droit à : " + ", ".join(p["rights_text"]), "      "))
            if p["text"]:
                out.append(_wrap(p["text"], "      "))
            out += _note(p, "    ")
        if c["permits_text"]:
            out.append(_wrap(c["permits_text"]))
        out.append(_source_line(c["permits"][0], sources))
    for a in c["accommodation"]:
        out += ["", f"{SECTION_TITLES['accommodation'].upper()} — {a['name']}"]
        for label, key in (("Conditions", "conditions"), ("Public accueilli", "accepted"), ("Type", "type"),
                           ("Durée de séjour", "length_of_stay"), ("Détails", "text")):
            if a.get(key):
                out.append(_wrap(f"{label} : {a[key]}"))
        out += [*_note(a), _source_line(a, sources)]
    for s in c["services"]:
        out += ["", service_title(s["topic"]).upper()]
        if s["summary"]:
            out.append(_wrap(s["summary"]))
        out += [_wrap(f"• {p}", "  ") for p in s["points"]]
        if s["text"]:
            out.append(_wrap(s["text"]))
        out += [*_note(s), _source_line(s, sources)]
    if c["challenges"]:
        out += ["", SECTION_TITLES["challenges"].upper(), _wrap(c["challenges"]["text"]),
                _source_line(c["challenges"], sources)]
    if c["framework"]:
        out += ["", SECTION_TITLES["framework"].upper()]
        labels = {"national_action_plan": "Plan d’action national",
                  "national_referral_mechanism": "Mécanisme national d’orientation",
                  "national_rapporteur": "Rapporteur national"}
        for key, mark in c["framework"].items():
            out.append(f"  {labels.get(key, key)} : {TRI_LABELS[mark['value']]}")
            out += _note(mark, "  ")
            out.append(_wrap(f"Pourquoi : {mark['evidence']}", "      "))
    if c["figures"] or c["origin_countries"]:
        out += ["", SECTION_TITLES["figures"].upper()]
        if c["origin_countries"]:
            out.append(_wrap(c["origin_countries"]["text"]))
        for f in c["figures"]:
            value = f"{f['value']:g}" if f["value"] is not None else f"{f['value_text']} (année incertaine)"
            category = f" — {f['category']}" if f["category"] else ""
            out.append(f"  {f['period']:>10}  {value:>8}  {f['label']}{category}")
            out += _note(f, "    ")
    if c["contacts"]:
        out += ["", SECTION_TITLES["contacts"].upper()]
        for k in c["contacts"]:
            out.append(f"  • {k['organisation']}" + (f" — {k['department']}" if k["department"] else ""))
            for key in ("person", "address"):
                if k.get(key):
                    out.append(f"      {k[key]}")
            when = dated(sources.get(k["source"]["doc"]))
            for phone in k["phones"]:
                intl = f"  [{phone['international']}]" if phone["international"] else ""
                label = f"{phone['label']} : " if phone["label"] else "tél. "
                out.append(f"      {label}{phone['number']}{intl}" + (f"  ({when})" if when else ""))
            out += [f"      {v}" for v in [*k["emails"], *k["web"]]]
            out += _note(k, "    ")
    if c["hotlines"]:
        out += ["", SECTION_TITLES["hotlines"].upper(), hotline_lines(c["hotlines"], with_country=False)]
    if c["testimonies"]:
        out += ["", SECTION_TITLES["testimonies"].upper()]
        out += [_wrap(f"« {t['quote']} » — {t['speaker']}") for t in c["testimonies"]]
    for p in c["practices"]:
        out += ["", f"{SECTION_TITLES['practice'].upper()} — {p['title']}", _wrap(p["text"])]
    out += _emn_text(c["emn"])
    out += ["", "Sources : " + " ; ".join(s["label"] for s in c["sources"])]
    return "\n".join(line for line in out if line is not None)


def hotline_lines(rows: list[dict[str, Any]], with_country: bool = True) -> str:
    """A country's annex numbers (``show``), each with the year its source describes."""
    lines = []
    for h in rows:
        dial = h["international"] or f"numéro court {h['national']}, depuis le pays seulement"
        country = f"{h['country']}  {h.get('country_name', ''):18}  " if with_country else "  "
        dated = f"   ({entry_text.as_of_text({**h, 'kind': 'hotline'}, 'fr')})" if h.get("as_of") else ""
        lines.append(f"{country}{h['organisation']}\n      {h['number']}   →  {dial}{dated}")
        if h["note"]:
            lines.append(_wrap(f"⚠ {h['note']}", "      "))
        elif h["reason"]:
            lines.append(_wrap(f"⚠ {h['reason']}", "      "))
    return "\n".join(lines)


def directory_lines(rows: list[dict[str, Any]], calling_from: str | None = None, lang: str = "fr") -> str:
    """The directory's answer (``hotlines``): what and where, the number as printed, what to dial, its date."""
    lines = []
    for e in rows:
        head = f"{e['country']}  {entry_text.country_name(e, lang):18}  {entry_text.what_where(e, lang)}"
        lines.append(f"{head}   [{entry_text.kind_label(e, lang)}]")
        reach = entry_text.dial(e, calling_from, lang)
        lines.append(f"      {e['number']}   →  {reach.text()}   ({entry_text.as_of_text(e, lang)})")
        for line in entry_text.alternatives_text(e, lang):
            lines.append(_wrap(f"⚠ {line}", "      "))
        if e["note"]:
            lines.append(_wrap(f"⚠ {e['note']}", "      "))
        elif e["reason"]:
            lines.append(_wrap(f"⚠ {e['reason']}", "      "))
    return "\n".join(lines)


def comparison_text(result: dict[str, Any]) -> str:
    codes = [c["code"] for c in result["countries"]]
    out = []
    topic = None
    for row in result["rows"]:
        if row["topic"] != topic:
            topic = row["topic"]
            out += ["", row["topic_label"].upper()]
        mark = "=" if row["all_equal"] else "≠"
        out.append(f" {mark} {row['label']}")
        for code in codes:
            cell = row["values"][code]
            text = cell["text"] or "—"
            out.append(_wrap(f"{code}: {text}", "     "))
            if cell["note"]:
                out.append(_wrap(f"⚠ {cell['note']}", "         "))
    return "\n".join(out).lstrip("\n")


def search_lines(hits: list[dict[str, Any]]) -> str:
    lines = []
    for h in hits:
        where = f"{h['country'] or ''} / {SECTION_TITLES.get(h['section'], h['section'])}"
        snippet = " ".join(h["snippet"].split()).replace(HIT_START, "[").replace(HIT_END, "]")
        lines.append(f"{h['title']}  ({where})\n    {snippet}")
    return "\n".join(lines)


EMN_KINDS = {"action_plan": "Plans d’action et stratégies", "coordination_body": "Coordination",
             "rapporteur": "Rapporteur", "priority_region": "Régions prioritaires",
             "priority_country": "Pays prioritaires",
             "activity_region": "Régions où des mesures ont été menées (annexe III)",
             "activity_country": "Pays où des mesures ont été menées (annexe III)",
             "bilateral_agreement": "Accords bilatéraux",
             "good_practice": "Bonnes pratiques", "challenge": "Défis"}


def _emn_text(emn: dict[str, Any]) -> list[str]:
    """What the EMN study (2025, situation 2021–2023) says of the country."""
    out: list[str] = []
    v = emn["victims_2022"]
    if not (emn["status"] or v):
        return out
    out += ["", "ÉTUDE REM 2025 — SITUATION 2021–2023"]
    if v:
        share = f"{v['non_eu_share']:.1f} %".replace(".", ",") if v["non_eu_share"] is not None else "—"
        total = v["total"] if v["total"] is not None else "—"
        non_eu = v["non_eu"] if v["non_eu"] is not None else "—"
        out.append(f"  Victimes enregistrées en 2022 (Eurostat) : total {total}, pays tiers {non_eu}, "
                   f"part hors UE {share}")
        out += _note(v)
    for kind, label in EMN_KINDS.items():
        facts = emn["facts"].get(kind, [])
        if facts:
            out.append(f"  {label} :")
            for f in facts:
                years = f" ({f['years']})" if f.get("years") else ""
                out.append(_wrap(f"• {f['title']}{years}", "    "))
                out += _note(f, "    ")
    for m in emn["measures"]:
        out.append(_wrap(f"• Mesure (annexe {m['annex']}) : {m['name']}" + (f" — {m['period']}" if m["period"] else ""),
                         "  "))
    if emn["country"] and emn["country"]["web"]:
        out.append("  Point de contact national du REM : " + ", ".join(emn["country"]["web"]))
    return out


def glossary_text(terms: list[dict[str, Any]], sources: dict[str, Any]) -> str:
    out = []
    for t in terms:
        out += [t["term"].upper(), _wrap(t["definition"])]
        if t["origin"]:
            out.append(_wrap(f"Origine : {t['origin']}", "    "))
        out += _note(t)
        out += [_source_line(t, sources), ""]
    return "\n".join(out).rstrip()
