"""Build data/fiit.db from the validated kit, with sqlite-utils.

One table per record type, foreign keys to ``countries`` and ``sources``, FTS5 indexes that fold case and
accents, and a ``meta`` table. Everything the running application would otherwise compute with a slow
import (phone parsing, CLDR country names) is computed here and stored.

The build writes to a temporary file next to the target and renames it into place only when it is
complete, so a failed build never damages the database in use. The content checksum depends only on
the curated sources, so the same sources always give the same checksum.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from fiitdesk.kit import directory, files, names
from fiitdesk.kit.labels import say
from fiitdesk.kit.model import Country, Hotline, Sourced
from fiitdesk.kit.phones import MAY_FAIL_FROM_ABROAD, parse_printed
from fiitdesk.kit.schema import SCHEMA_VERSION, SECTION_TITLES, fold, service_title
from fiitdesk.kit.sources import Kit, load_kit

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def build_database(kit_dir: Path, target: Path) -> dict[str, str]:
    """Validate ``kit_dir`` and build ``target`` atomically; return the meta table's contents."""
    kit = load_kit(kit_dir)
    data_version = _data_version(kit_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # 0644: an installed copy must be readable by every user. SQLite writes the file itself; the one atomic
    # writer flushes it and renames it over the target only once the build is complete.
    with files.replacing(target, 0o644, prefix=".fiit-build-") as tmp:
        tmp.unlink()  # sqlite-utils makes a new database, not one inside an empty file
        meta = _write(kit, data_version, tmp)
    return meta


def _data_version(kit_dir: Path) -> str:
    with (kit_dir / "kit.yaml").open(encoding="utf-8") as handle:
        return str(yaml.safe_load(handle)["data_version"])


def content_checksum(kit: Kit) -> str:
    """SHA-256 over the canonical JSON of every validated record: stable for the same sources."""
    payload = {
        "schema": SCHEMA_VERSION,
        "sources": [s.model_dump(mode="json") for s in kit.sources],
        "countries": [c.model_dump(mode="json") for c in sorted(kit.countries, key=lambda c: c.code)],
        "hotlines": [h.model_dump(mode="json") for h in kit.hotlines],
        "practices": [p.model_dump(mode="json") for p in kit.practices],
        "emn": {k: [r.model_dump(mode="json") for r in getattr(kit.emn, k)]
                for k in ("countries", "glossary", "victims", "facts", "measures")},
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _source_columns(record: Sourced) -> dict[str, Any]:
    return {
        "source_doc": record.source.doc,
        "source_section": record.source.section,
        "source_page": record.source.page,
        "note": record.note,
        "evidence": record.evidence,
    }


def _write(kit: Kit, data_version: str, path: Path) -> dict[str, str]:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db["sources"].insert_all([*(s.model_dump(mode="json") for s in kit.sources), directory.libphonenumber_source()],
                             pk="id")
    fiit_codes = [c.code for c in kit.countries]
    db["countries"].insert_all(_country_rows(kit), pk="code")
    for country in kit.countries:
        _write_country(db, country)
    db["hotlines"].insert_all(_hotline_rows(kit.hotlines), pk="id",
                              foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id")])
    db["practices"].insert_all(
        ({**p.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(p)} for p in kit.practices),
        pk="id", foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id")],
    )
    _write_emn(db, kit)
    _write_directory(db)
    _write_dial_forms(db)
    _write_search_index(db, kit)
    checksum = content_checksum(kit)
    build_epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": data_version,
        "build_time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(build_epoch)),
        "content_checksum": checksum,
        "source_documents": json.dumps([s.label for s in kit.sources], ensure_ascii=False),
        "fiit_countries": json.dumps(fiit_codes),
    }
    db["meta"].insert_all(({"key": k, "value": v} for k, v in meta.items()), pk="key")
    db.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
    db.conn.commit()
    _write_sheets(db, path)
    db.conn.commit()
    db.execute("VACUUM")
    db.conn.close()
    return meta


def _country_codes(kit: Kit) -> list[str]:
    """Every country the kit speaks of: FIIT chapters first, in the kit's order, then the others by name.

    "Speaks of" means a FIIT chapter, a number in the annex, a good practice, or an EMN member or observer;
    Tableau 1 rows alone do not make a sheet (every EU state is in it), but they show on the sheets.
    """
    fiit = [c.code for c in kit.countries]  # already in the kit's chapter order (sources.load_kit)
    others = {h.country for h in kit.hotlines} | {p.country for p in kit.practices}
    others |= {c.country for c in kit.emn.countries}
    return fiit + sorted(others - set(fiit), key=names.french_name)


def _country_rows(kit: Kit) -> Iterator[dict[str, Any]]:
    chapters = {c.code: c for c in kit.countries}
    printed = {h.country: h.country_printed for h in kit.hotlines if len(h.country_printed) > 2}
    emn = {c.country: c for c in kit.emn.countries}
    for position, code in enumerate(_country_codes(kit)):
        chapter = chapters.get(code)
        name = chapter.name if chapter else names.french_name(code)
        aliases = [name, names.french_name(code), names.english_name(code), *names.native_names(code)]
        if code in printed:
            aliases.append(printed[code])
        if code in emn:
            aliases += [emn[code].name_printed, emn[code].code_printed]
        aliases += [a for a, target in names.ALIASES.items() if target == code]
        unique = list(dict.fromkeys(aliases))
        yield {
            "code": code,
            "name": name,
            "name_en": names.english_name(code),
            "names_native": names.native_names(code),
            "aliases": unique,
            "position": position,
            "has_chapter": chapter is not None,
            "period": chapter.period if chapter else None,
            "permits_text": chapter.permits_text if chapter else None,
            "emn_status": emn[code].status.value if code in emn else None,
        }


def _fk(*extra: tuple[str, str, str]) -> list[tuple[str, str, str]]:
    return [("country", "countries", "code"), ("source_doc", "sources", "id"), *extra]


def _write_country(db: sqlite_utils.Database, country: Country) -> None:
    code = country.code
    ident = country.identification
    db["identification"].insert(
        {"country": code, "text": ident.text, "authorities": ident.authorities, **_source_columns(ident)},
        pk="country", foreign_keys=_fk(),
    )
    db["permits"].insert_all(
        ({"country": code, **p.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(p)}
         for p in country.permits),
        pk="id", foreign_keys=_fk(),
    )
    db["accommodation"].insert_all(
        ({"country": code, "position": i, **a.model_dump(mode="json", exclude={"source", "note"}),
          **_source_columns(a)} for i, a in enumerate(country.accommodation)),
        pk=("country", "position"), foreign_keys=_fk(),
    )
    db["services"].insert_all(
        ({"country": code, "position": i, **s.model_dump(mode="json", exclude={"source", "note"}),
          **_source_columns(s)} for i, s in enumerate(country.services)),
        pk=("country", "position"), foreign_keys=_fk(),
    )
    db["challenges"].insert(
        {"country": code, "text": country.challenges.text, **_source_columns(country.challenges)},
        pk="country", foreign_keys=_fk(),
    )
    db["framework"].insert_all(
        ({"country": code, "mark": key, "value": mark.value.value, "evidence": mark.evidence,
          **_source_columns(mark)}
         for key, mark in ((k, getattr(country.framework, k)) for k in type(country.framework).model_fields)),
        pk=("country", "mark"), foreign_keys=_fk(),
    )
    _write_contacts(db, country)
    db["figures"].insert_all(
        ({"country": code, "position": i, **f.model_dump(mode="json", exclude={"source", "note"}),
          **_source_columns(f)} for i, f in enumerate(country.figures)),
        pk=("country", "position"), foreign_keys=_fk(),
    )
    if country.origin_countries:
        origin = country.origin_countries
        db["origin_countries"].insert(
            {"country": code, "text": origin.text, "countries": origin.countries,
             "country_names": [names.french_name(c) for c in origin.countries], **_source_columns(origin)},
            pk="country", foreign_keys=_fk(),
        )
    db["testimonies"].insert_all(
        ({"country": code, "position": i, "quote": t.quote, "speaker": t.speaker, **_source_columns(t)}
         for i, t in enumerate(country.testimonies)),
        pk=("country", "position"), foreign_keys=_fk(),
    )


def _write_contacts(db: sqlite_utils.Database, country: Country) -> None:
    for position, contact in enumerate(country.contacts):
        contact_id = f"{country.code}-{position + 1:02d}"
        db["contacts"].insert(
            {"id": contact_id, "country": country.code, "position": position,
             **contact.model_dump(mode="json", exclude={"source", "note", "phones"}), **_source_columns(contact)},
            pk="id", foreign_keys=_fk(),
        )
        db["phones"].insert_all(
            (_phone_row(phone.number, country.code) | {"id": f"{contact_id}-{i + 1}", "contact": contact_id,
                                                       "label": phone.label, "position": i}
             for i, phone in enumerate(contact.phones)),
            pk="id", foreign_keys=[("contact", "contacts", "id")],
        )


def _phone_row(printed: str, country: str) -> dict[str, Any]:
    parsed = parse_printed(printed, country)
    return {
        "number": printed,
        "e164": parsed.e164,
        "kind": parsed.kind,
        "international": parsed.international,
        "national": parsed.national,
        "reason": parsed.reason,
        "digits": parsed.digits,
        "may_fail_abroad": parsed.kind in MAY_FAIL_FROM_ABROAD,
    }


def _hotline_rows(hotlines: Iterable[Hotline]) -> Iterator[dict[str, Any]]:
    for i, hotline in enumerate(hotlines):
        yield {
            "id": i + 1,
            "country": hotline.country,
            "country_printed": hotline.country_printed,
            "organisation": hotline.organisation,
            "audience": [a.value for a in hotline.audience],
            "language": hotline.language,
            **_phone_row(hotline.number, hotline.country),
            **_source_columns(hotline),
        }


def _write_emn(db: sqlite_utils.Database, kit: Kit) -> None:
    """The EMN study's layer: its countries, glossary, Tableau 1, facts and annex measures."""
    emn = kit.emn
    db["emn_countries"].insert_all(
        ({**c.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(c)} for c in emn.countries),
        pk="country", foreign_keys=_fk(),
    )
    db["glossary"].insert_all(
        ({"position": i, **t.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(t)}
         for i, t in enumerate(emn.glossary)),
        pk="position", foreign_keys=[("source_doc", "sources", "id")],
    )
    db["victims_2022"].insert_all(
        ({**v.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(v)} for v in emn.victims),
        pk="country", foreign_keys=[("source_doc", "sources", "id")],
    )
    db["emn_facts"].insert_all(
        ({"id": i + 1, **f.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(f)}
         for i, f in enumerate(emn.facts)),
        pk="id", foreign_keys=_fk(),
    )
    db["emn_measures"].insert_all(
        ({"id": i + 1, **m.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(m)}
         for i, m in enumerate(emn.measures)),
        pk="id", foreign_keys=_fk(),
    )


def _write_dial_forms(db: sqlite_utils.Database) -> None:
    """What to dial from each country of the kit to reach each number ("calling from" in the finder)."""
    from fiitdesk.kit.phones import dial_from

    numbers = {r["e164"] for r in db.query("SELECT e164 FROM hotlines WHERE e164 IS NOT NULL "
                                           "UNION SELECT e164 FROM phones WHERE e164 IS NOT NULL")}
    origins = [r["code"] for r in db["countries"].rows]
    db["dial_forms"].insert_all(
        ({"e164": number, "calling_from": origin, "dial": dial_from(number, origin)}
         for number in sorted(numbers) for origin in origins),
        pk=("e164", "calling_from"),
    )


def _write_directory(db: sqlite_utils.Database) -> None:
    """The finder's directory (fiitdesk.kit.directory) and its index: names, places, countries, words, digits."""
    countries = [{**row, "aliases": json.loads(row["aliases"])}
                 for row in db.query("SELECT code, aliases FROM countries ORDER BY position")]
    as_of = {row["id"]: row["as_of"] for row in db["sources"].rows}
    entries = directory.directory_entries(countries, list(db["hotlines"].rows), list(db["contacts"].rows),
                                          list(db["phones"].rows), as_of)
    db["directory"].insert_all(
        ({k: v for k, v in e.items() if k not in ("topics", "also_named")} for e in entries), pk="id",
        foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id"),
                      ("contact", "contacts", "id")])
    aliases = {c["code"]: c["aliases"] for c in countries}
    db["directory_index"].insert_all((directory.index_row(e, aliases[e["country"]]) for e in entries), pk="rowid")
    db["directory_index"].enable_fts(["organisation", "place", "country_names", "words"], tokenize=FTS_TOKENIZE)


def _search_rows(kit: Kit, db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """One searchable document per section of each country, per contact, per hotline and per practice."""
    country_names = {row["code"]: row["name"] for row in db["countries"].rows}
    for country in kit.countries:
        code = country.code
        name = country_names[code]

        def doc(section: str, title: str, body: Iterable[str | None], ref: str = "",
                _code: str = code, _name: str = name) -> dict[str, Any]:
            return {"kind": "section", "country": _code, "section": section, "ref": ref,
                    "title": f"{_name} — {title}", "body": "\n".join(filter(None, body))}

        ident = country.identification
        yield doc("summary", SECTION_TITLES["summary"], [ident.text, *ident.authorities, ident.note])
        for permit in country.permits:
            yield doc("permits", permit.name, [permit.duration_text, permit.renewable_text, *permit.conditions,
                                               *permit.rights_text, permit.text, permit.note], ref=permit.id)
        yield doc("permits", SECTION_TITLES["permits"], [country.permits_text])
        for a in country.accommodation:
            yield doc("accommodation", a.name, [a.summary, a.conditions, a.accepted, a.type, a.length_of_stay,
                                                a.free_condition, a.text, a.note])
        for s in country.services:
            section = {"psychosocial": "health", "training": "employment"}.get(s.topic.value, s.topic.value)
            yield doc(section, service_title(s.topic.value), [s.summary, *s.points, s.text, s.provider,
                                                                s.free_condition, s.note])
        yield doc("challenges", SECTION_TITLES["challenges"], [country.challenges.text])
        yield doc("challenges", SECTION_TITLES["framework"],
                  [f"{m.evidence} {m.note or ''}" for m in
                   (getattr(country.framework, k) for k in type(country.framework).model_fields)])
        for i, contact in enumerate(country.contacts):
            yield {**doc("contacts", contact.organisation,
                         [contact.department, contact.person, contact.address,
                          *(p.number for p in contact.phones), *contact.emails, *contact.web, contact.note],
                         ref=f"{code}-{i + 1:02d}"), "kind": "contact"}
        figures = [f"{f.label} {f.category or ''} {f.period} {f.value_text or ''}" for f in country.figures]
        origin = [country.origin_countries.text] if country.origin_countries else []
        yield doc("figures", SECTION_TITLES["figures"], [*origin, *dict.fromkeys(figures)])
        for t in country.testimonies:
            yield {**doc("testimonies", t.speaker, [t.quote, t.speaker]), "kind": "testimony"}
    for practice in kit.practices:
        yield {"kind": "practice", "country": practice.country, "section": "practice", "ref": practice.id,
               "title": practice.title, "body": f"{practice.theme}\n{practice.text}"}
    for term in kit.emn.glossary:
        yield {"kind": "glossary", "country": None, "section": "glossary", "ref": term.term,
               "title": say("glossary_hit", "fr", term=term.term), "body": f"{term.definition}\n{term.origin or ''}"}
    emn_sections = {"action_plan": "emn_overview", "coordination_body": "emn_overview", "rapporteur": "emn_overview",
                    "priority_region": "emn_priorities", "priority_country": "emn_priorities",
                    "activity_region": "emn_priorities", "activity_country": "emn_priorities",
                    "bilateral_agreement": "emn_priorities", "good_practice": "emn_practices",
                    "challenge": "emn_practices"}
    for i, fact in enumerate(kit.emn.facts):
        yield {"kind": "emn", "country": fact.country, "section": emn_sections[fact.kind.value], "ref": str(i + 1),
               "title": f"{country_names[fact.country]} — {fact.title}",
               "body": "\n".join(filter(None, [fact.text, fact.years, ", ".join(fact.partners), fact.note]))}
    for i, measure in enumerate(kit.emn.measures):
        yield {"kind": "measure", "country": measure.country, "section": "emn_measures", "ref": str(i + 1),
               "title": f"{country_names[measure.country]} — {measure.name}",
               "body": "\n".join(filter(None, [measure.period, measure.status, measure.partners,
                                                measure.beneficiaries, measure.objective, measure.note]))}
    for hotline in db["hotlines"].rows:
        yield {"kind": "hotline", "country": hotline["country"], "section": "hotlines", "ref": str(hotline["id"]),
               "title": f"{country_names[hotline['country']]} — {hotline['organisation']}",
               "body": f"{hotline['number']} {hotline['e164'] or ''} {hotline['note'] or ''}"}


def _write_sheets(db: sqlite_utils.Database, path: Path) -> None:
    """Pre-render every page the window shows, so that it needs no Jinja2: each country's screen sheet,
    full dossier and essential sheet (at each budget level, most generous first), the good practices and
    the glossary, in each interface language."""
    from fiitdesk.kit import essential, sheets
    from fiitdesk.kit.store import KitStore

    store = KitStore(path)
    rows, pages = [], []
    try:
        for country in store.countries():
            code = country["code"]
            record = store.country(code)
            for lang in sheets.LANGUAGES:
                for medium in ("screen", "print"):
                    rows.append({"country": code, "lang": lang, "medium": medium,
                                 "html": sheets.render_country(record, store.meta, lang, medium)})
                for level in range(len(essential.LEVELS)):
                    rows.append({"country": code, "lang": lang, "medium": f"essential-{level}",
                                 "html": sheets.render_essential(record, store.meta, lang, level)})
            rows.append({"country": code, "lang": "", "medium": "sections",
                         "html": json.dumps(sheets.sections_present(record))})
            charts = sheets.chart_series(record)
            rows.append({"country": code, "lang": "", "medium": "charts", "html": json.dumps(charts)})
        names = {c["code"]: c["name"] for c in store.countries()}
        terms = store.glossary()
        for lang in sheets.LANGUAGES:
            for medium in ("screen", "print"):
                for practice in store.practices():
                    pages.append({"kind": "practice", "key": practice["id"], "lang": lang, "medium": medium,
                                  "html": sheets.render_practice(practice, names[practice["country"]],
                                                                 store.sources, lang, medium)})
                for term in terms:
                    pages.append({"kind": "glossary", "key": str(term["position"]), "lang": lang, "medium": medium,
                                  "html": sheets.render_glossary([term], store.sources, lang, medium)})
            pages.append({"kind": "glossary", "key": "all", "lang": lang, "medium": "print",
                          "html": sheets.render_glossary(terms, store.sources, lang, "print")})
    finally:
        store.close()
    db["sheets"].insert_all(rows, pk=("country", "lang", "medium"), foreign_keys=[("country", "countries", "code")])
    if pages:
        db["pages"].insert_all(pages, pk=("kind", "key", "lang", "medium"))


def _write_search_index(db: sqlite_utils.Database, kit: Kit) -> None:
    rows = []
    for i, row in enumerate(_search_rows(kit, db)):
        rows.append({"id": i + 1, **row, "title_folded": fold(row["title"]), "body_folded": fold(row["body"])})
    db["search_docs"].insert_all(rows, pk="id", foreign_keys=[("country", "countries", "code")])
    db["search_docs"].enable_fts(["title_folded", "body_folded"], tokenize=FTS_TOKENIZE)
