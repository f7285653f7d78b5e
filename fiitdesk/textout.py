"""Plain-text renderings for the terminal: what a person reads when they run the command line.

Every word around the kit's own text comes from the catalog (``fiitdesk.kit.labels``), in the language the
command was asked for; French, the kit's own, by default.
"""

from __future__ import annotations

import textwrap
from typing import Any

from fiitdesk.kit import entry_text
from fiitdesk.kit.compare import tri_label
from fiitdesk.kit.labels import country_name, dated, integer, pair, percent, say, words
from fiitdesk.kit.schema import service_title
from fiitdesk.kit.store import HIT_END, HIT_START

WIDTH = 100

#: The word that names each kind of EMN fact (the sheet's, or Compare's where the sheet has none).
EMN_KIND_WORDS = {"action_plan": "action_plans", "coordination_body": "row_emn_coordination_body",
                  "rapporteur": "row_emn_rapporteur", "priority_region": "priority_regions",
                  "priority_country": "priority_countries", "activity_region": "activity_regions",
                  "activity_country": "activity_countries", "bilateral_agreement": "agreements",
                  "good_practice": "good_practices", "challenge": "challenges_emn"}

#: The national framework's three marks, in the sheet's order, with the sheet's words.
FRAMEWORK_WORDS = {"national_action_plan": "action_plan", "national_referral_mechanism": "referral",
                   "national_rapporteur": "rapporteur"}


def _wrap(text: str, indent: str = "  ") -> str:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(textwrap.fill(" ".join(p.split()), WIDTH, initial_indent=indent,
                                     subsequent_indent=indent) for p in paragraphs)


def _heading(key: str, lang: str) -> str:
    return say(key, lang).upper()


def _note(record: dict[str, Any] | None, lang: str, indent: str = "  ") -> list[str]:
    if record and record.get("note"):
        return [_wrap("⚠ " + pair(say("note", lang), record["note"], lang), indent + "  ")]
    return []


def countries_table(countries: list[dict[str, Any]], meta: dict[str, str], lang: str = "fr") -> str:
    w = words(lang)
    lines = [say("countries_heading", lang, version=meta.get("data_version", "?"), built=meta.get("build_time", "?")),
             "", f"{w['col_code']:4}  {w['col_country']:22}  {w['col_fiit']:13}  {w['col_emn']:11}  "
                 f"{w['col_contacts']:>8}  {w['col_numbers']:>7}"]
    status = {"member": w["emn_member_short"], "observer": w["emn_observer_short"]}
    for c in countries:
        lines.append(f"{c['code']:4}  {country_name(c, lang):22}  {w['yes_short'] if c['has_chapter'] else '—':13}  "
                     f"{status.get(c['emn_status'], '—'):11}  {c['contact_count']:>8}  {c['hotline_count']:>7}")
    return "\n".join(lines)


def _source_line(record: dict[str, Any] | None, sources: dict[str, Any], lang: str) -> str:
    if not record:
        return ""
    doc = sources.get(record["source"]["doc"], {})
    page = f", {say('page_short', lang, page=record['source']['page'])}" if record["source"].get("page") else ""
    return "  " + pair(say("source", lang), f"{doc.get('label', record['source']['doc'])} — "
                       f"{record['source']['section']}{page}", lang)


def country_text(c: dict[str, Any], lang: str = "fr") -> str:
    sources = {s["id"]: s for s in c["sources"]}
    name = country_name(c, lang)
    out = [f"{name} ({c['code']})", "=" * (len(name) + 5)]
    if not c["has_chapter"]:
        out += [_wrap(say("no_permits", lang), ""), _wrap(say("no_services", lang), "")]
    if not c["emn"]["status"]:
        out.append(say("no_emn", lang))
    ident = c["identification"]
    if ident:
        out += ["", _heading("summary", lang), _wrap(ident["text"]), *_note(ident, lang),
                _source_line(ident, sources, lang)]
    if c["permits"]:
        out += ["", _heading("permits", lang)]
        for p in c["permits"]:
            head = ", ".join(filter(None, [p["duration_text"], p["renewable_text"]]))
            out.append(f"  • {p['name']}" + (f" — {head}" if head else ""))
            for cond in p["conditions"]:
                out.append(_wrap(pair(say("condition", lang), cond, lang), "      "))
            if p["rights_text"]:
                out.append(_wrap(pair(say("rights", lang), ", ".join(p["rights_text"]), lang), "      "))
            if p["text"]:
                out.append(_wrap(p["text"], "      "))
            out += _note(p, lang, "    ")
        if c["permits_text"]:
            out.append(_wrap(c["permits_text"]))
        out.append(_source_line(c["permits"][0], sources, lang))
    for a in c["accommodation"]:
        out += ["", f"{_heading('accommodation', lang)} — {a['name']}"]
        for word, key in (("conditions", "conditions"), ("accepted", "accepted"), ("type", "type"),
                          ("length_of_stay", "length_of_stay"), ("details", "text")):
            if a.get(key):
                out.append(_wrap(pair(say(word, lang), a[key], lang)))
        out += [*_note(a, lang), _source_line(a, sources, lang)]
    for s in c["services"]:
        out += ["", service_title(s["topic"], lang).upper()]
        if s["summary"]:
            out.append(_wrap(s["summary"]))
        out += [_wrap(f"• {p}", "  ") for p in s["points"]]
        if s["text"]:
            out.append(_wrap(s["text"]))
        out += [*_note(s, lang), _source_line(s, sources, lang)]
    if c["challenges"]:
        out += ["", _heading("challenges", lang), _wrap(c["challenges"]["text"]),
                _source_line(c["challenges"], sources, lang)]
    if c["framework"]:
        out += ["", _heading("framework", lang)]
        for key, mark in c["framework"].items():
            label = say(FRAMEWORK_WORDS[key], lang) if key in FRAMEWORK_WORDS else key
            out.append("  " + pair(label, tri_label(mark["value"], lang), lang))
            out += _note(mark, lang, "  ")
            out.append(_wrap(pair(say("why_title", lang), mark["evidence"], lang), "      "))
    if c["figures"] or c["origin_countries"]:
        out += ["", _heading("figures", lang)]
        if c["origin_countries"]:
            out.append(_wrap(c["origin_countries"]["text"]))
        for f in c["figures"]:
            value = (f"{f['value']:g}" if f["value"] is not None
                     else f"{f['value_text']} ({say('uncertain_year', lang)})")
            category = f" — {f['category']}" if f["category"] else ""
            out.append(f"  {f['period']:>10}  {value:>8}  {f['label']}{category}")
            out += _note(f, lang, "    ")
    if c["contacts"]:
        out += ["", _heading("contacts", lang)]
        for k in c["contacts"]:
            out.append(f"  • {k['organisation']}" + (f" — {k['department']}" if k["department"] else ""))
            for key in ("person", "address"):
                if k.get(key):
                    out.append(f"      {k[key]}")
            when = dated(sources.get(k["source"]["doc"]), lang)
            for phone in k["phones"]:
                intl = f"  [{phone['international']}]" if phone["international"] else ""
                number = pair(phone["label"], phone["number"], lang) if phone["label"] \
                    else f"{say('phone_short', lang)} {phone['number']}"
                out.append(f"      {number}{intl}" + (f"  ({when})" if when else ""))
            out += [f"      {v}" for v in [*k["emails"], *k["web"]]]
            out += _note(k, lang, "    ")
    if c["hotlines"]:
        out += ["", _heading("hotlines", lang), hotline_lines(c["hotlines"], with_country=False, lang=lang)]
    if c["testimonies"]:
        out += ["", _heading("testimonies", lang)]
        out += [_wrap(f"{say('quoted', lang, text=t['quote'])} — {t['speaker']}") for t in c["testimonies"]]
    for p in c["practices"]:
        out += ["", f"{_heading('practice', lang)} — {p['title']}", _wrap(p["text"])]
    out += _emn_text(c["emn"], lang)
    out += ["", pair(say("sources_line", lang), words(lang)["semicolon"].join(s["label"] for s in c["sources"]),
                     lang)]
    return "\n".join(line for line in out if line is not None)


def hotline_lines(rows: list[dict[str, Any]], with_country: bool = True, lang: str = "fr") -> str:
    """A country's annex numbers (``show``), each with the year its source describes."""
    lines = []
    for h in rows:
        dial = h["international"] or say("short_from_country", lang, number=h["national"])
        country = f"{h['country']}  {h.get('country_name', ''):18}  " if with_country else "  "
        when = f"   ({entry_text.as_of_text({**h, 'kind': 'hotline'}, lang)})" if h.get("as_of") else ""
        lines.append(f"{country}{h['organisation']}\n      {h['number']}   →  {dial}{when}")
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
    """The comparison as a terminal reads it (its words are already in the language it was asked in)."""
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


def search_lines(hits: list[dict[str, Any]], lang: str = "fr") -> str:
    lines = []
    for h in hits:
        where = f"{h['country'] or ''} / {words(lang).get(h['section'], h['section'])}"
        snippet = " ".join(h["snippet"].split()).replace(HIT_START, "[").replace(HIT_END, "]")
        lines.append(f"{h['title']}  ({where})\n    {snippet}")
    return "\n".join(lines)


def _emn_text(emn: dict[str, Any], lang: str) -> list[str]:
    """What the EMN study (2025, situation 2021–2023) says of the country."""
    out: list[str] = []
    v = emn["victims_2022"]
    if not (emn["status"] or v):
        return out
    out += ["", _heading("emn_heading", lang)]
    if v:
        out.append("  " + say("victims_text", lang, total=integer(v["total"], lang),
                              non_eu=integer(v["non_eu"], lang), share=percent(v["non_eu_share"], lang)))
        out += _note(v, lang)
    for kind, word in EMN_KIND_WORDS.items():
        facts = emn["facts"].get(kind, [])
        if facts:
            out.append(f"  {say(word, lang)}{words(lang)['colon']}")
            for f in facts:
                years = f" ({f['years']})" if f.get("years") else ""
                out.append(_wrap(f"• {f['title']}{years}", "    "))
                out += _note(f, lang, "    ")
    for m in emn["measures"]:
        line = pair(say("measure_line", lang, annex=m["annex"]), m["name"], lang)
        out.append(_wrap(f"• {line}" + (f" — {m['period']}" if m["period"] else ""), "  "))
    if emn["country"] and emn["country"]["web"]:
        out.append("  " + pair(say("national_contact_point", lang), ", ".join(emn["country"]["web"]), lang))
    return out


def glossary_text(terms: list[dict[str, Any]], sources: dict[str, Any], lang: str = "fr") -> str:
    out = []
    for t in terms:
        out += [t["term"].upper(), _wrap(t["definition"])]
        if t["origin"]:
            out.append(_wrap(pair(say("origin_term", lang), t["origin"], lang), "    "))
        out += _note(t, lang)
        out += [_source_line(t, sources, lang), ""]
    return "\n".join(out).rstrip()
