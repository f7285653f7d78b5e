"""Build data/fiit.db from the validated kit, with sqlite-utils.

One table per record type, foreign keys to ``countries`` and ``sources``, FTS5 indexes that fold case and
accents, and a ``meta`` table. Everything the running application would otherwise compute with a slow
import (phone parsing, CLDR country names) is computed here and stored.

The content in other languages (``labels.LANGUAGES`` after French) comes from the gettext catalogs of
``data/kit/i18n`` (``fiitdesk.kit.translations``): each language's catalogs are applied to the raw YAML
before validation, giving a translated kit of the very same structure; its tables are written to a
throwaway in-memory database by the same code as the French ones, and the two are zipped row by row.
Only what differs is stored, in one ``translations`` table (table, row key, column, language, text,
pending), so the database grows by the translations and not by a copy of every table; a text whose
translation is missing or fuzzy is stored as pending (the reader sees the French, marked). The store
(``KitStore(path, language=…)``) lays the translations over the French rows as it reads them. Search
indexes, the finder's index and the pre-rendered pages exist once per language.

The build writes to a temporary file next to the target and renames it into place only when it is
complete, so a failed build never damages the database in use. The content checksum depends only on
the curated sources and their translations, so the same sources always give the same checksum.
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
from fiitdesk.kit.labels import LANGUAGES, say, words
from fiitdesk.kit.model import Country, Hotline, Sourced
from fiitdesk.kit.phones import MAY_FAIL_FROM_ABROAD, parse_printed
from fiitdesk.kit.schema import (
    SCHEMA_VERSION,
    directory_fts,
    fold,
    organisation_column,
    search_fts,
    search_table,
    service_title,
)
from fiitdesk.kit.sources import Kit, KitError, load_kit

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

#: Columns a translation never replaces: the names under which the finder and the command line know a
#: country, in every language at once.
UNTRANSLATED_COLUMNS: dict[str, frozenset[str]] = {"countries": frozenset({"aliases", "names_native"})}

#: The words of a directory entry that come from the kit's text (its grouping, town and category are
#: decided once, from the French, for every language).
DIRECTORY_TEXT = ("organisation", "department", "label", "note", "evidence", "language", "source_section")


def build_database(kit_dir: Path, target: Path) -> dict[str, str]:
    """Validate ``kit_dir`` and its translations and build ``target`` atomically; return the meta table."""
    kit = load_kit(kit_dir)
    translated = translated_kits(kit_dir)
    data_version = _data_version(kit_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    # 0644: an installed copy must be readable by every user. SQLite writes the file itself; the one atomic
    # writer flushes it and renames it over the target only once the build is complete.
    with files.replacing(target, 0o644, prefix=".fiit-build-") as tmp:
        tmp.unlink()  # sqlite-utils makes a new database, not one inside an empty file
        meta = _write(kit, translated, data_version, tmp)
    return meta


def translated_kits(kit_dir: Path) -> dict[str, Kit]:
    """The kit in each language after French, its catalogs applied; ``KitError`` if a translation is refused.

    A refused translation (digits, an address, a term of the termbase, a blank text: ``translations
    .translation_problems``) stops the build, naming the catalog, the msgctxt and the problem, so that a bad
    translation never reaches a reader; a missing or fuzzy one leaves the French, marked pending.
    """
    from fiitdesk.kit.translations import Translator

    kits: dict[str, Kit] = {}
    for language in LANGUAGES[1:]:
        translator = Translator(kit_dir, language)
        try:
            translated = load_kit(kit_dir, translator)
        except KitError as exc:
            problems = translator.problems or [f"{language} translation: {p}" for p in exc.problems]
            raise KitError([f"translation refused — {p}" for p in problems]) from exc
        if translator.problems:
            raise KitError([f"translation refused — {p}" for p in translator.problems])
        kits[language] = translated
    return kits


def _data_version(kit_dir: Path) -> str:
    with (kit_dir / "kit.yaml").open(encoding="utf-8") as handle:
        return str(yaml.safe_load(handle)["data_version"])


def _kit_payload(kit: Kit) -> dict[str, Any]:
    return {
        "sources": [s.model_dump(mode="json") for s in kit.sources],
        "countries": [c.model_dump(mode="json") for c in sorted(kit.countries, key=lambda c: c.code)],
        "hotlines": [h.model_dump(mode="json") for h in kit.hotlines],
        "practices": [p.model_dump(mode="json") for p in kit.practices],
        "emn": {k: [r.model_dump(mode="json") for r in getattr(kit.emn, k)]
                for k in ("countries", "glossary", "victims", "facts", "measures")},
    }


def content_checksum(kit: Kit, translated: dict[str, Kit] | None = None) -> str:
    """SHA-256 over the canonical JSON of every validated record and translation: stable for the same
    sources (a translation pending is part of it, with its mark)."""
    payload = {"schema": SCHEMA_VERSION, **_kit_payload(kit)}
    if translated:
        payload["translations"] = {lang: _kit_payload(other) for lang, other in sorted(translated.items())}
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


def _write(kit: Kit, translated: dict[str, Kit], data_version: str, path: Path) -> dict[str, str]:
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    _write_content(db, kit, "fr")
    entries = _directory_entries(db)
    _write_directory(db, entries)
    _write_dial_forms(db)
    other_dbs: dict[str, sqlite_utils.Database] = {}
    other_entries: dict[str, list[dict[str, Any]]] = {}
    for language, other_kit in translated.items():
        other = sqlite_utils.Database(memory=True)
        _write_content(other, other_kit, language)
        other_dbs[language] = other
        other_entries[language] = _directory_entries(other)
        _write_translations(db, other, language, other_entries[language])
    _write_directory_index(db, entries, other_entries)
    _write_search_index(db, {"fr": kit, **translated}, {"fr": db, **other_dbs})
    checksum = content_checksum(kit, translated)
    build_epoch = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": data_version,
        "build_time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(build_epoch)),
        "content_checksum": checksum,
        "source_documents": json.dumps([s.label for s in kit.sources], ensure_ascii=False),
        "fiit_countries": json.dumps([c.code for c in kit.countries]),
        "languages": json.dumps(["fr", *translated]),
    }
    db["meta"].insert_all(({"key": k, "value": v} for k, v in meta.items()), pk="key")
    db.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
    db.conn.commit()
    _write_sheets(db, path)
    db.conn.commit()
    db.execute("VACUUM")
    db.conn.close()
    return meta


def _write_content(db: sqlite_utils.Database, kit: Kit, language: str) -> None:
    """Every table of the kit's content, as one language says it (the same code for each language, so
    that the translated tables have the French ones' rows in the same order: ``_write_translations``)."""
    db["sources"].insert_all([*(s.model_dump(mode="json") for s in kit.sources),
                              directory.libphonenumber_source(language)], pk="id")
    db["countries"].insert_all(_country_rows(kit, language), pk="code")
    for country in kit.countries:
        _write_country(db, country, language)
    db["hotlines"].insert_all(_hotline_rows(kit.hotlines), pk="id",
                              foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id")])
    db["practices"].insert_all(
        ({**p.model_dump(mode="json", exclude={"source", "note"}), **_source_columns(p)} for p in kit.practices),
        pk="id", foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id")],
    )
    _write_emn(db, kit)


def _unmarked(value: Any) -> tuple[Any, bool]:
    from fiitdesk.kit.translations import unmark

    return unmark(value)


def _primary_key(db: sqlite_utils.Database, table: str) -> list[str]:
    return [column.name for column in sorted((c for c in db[table].columns if c.is_pk), key=lambda c: c.is_pk)] \
        or ["rowid"]


def row_key(row: dict[str, Any], key_columns: list[str]) -> str:
    """How the ``translations`` table names a row: its primary key's values, joined (the store does the same)."""
    return "\x1f".join(str(row[c]) for c in key_columns)


def _write_translations(db: sqlite_utils.Database, other: sqlite_utils.Database, language: str,
                        other_entries: list[dict[str, Any]]) -> None:
    """What ``other`` (the kit in ``language``) says differently from ``db`` (the French), row by row: only
    the values that differ, and the values still in French because their translation is pending."""
    rows: list[dict[str, Any]] = []
    for table in other.table_names():
        key_columns = _primary_key(db, table)
        skip = set(key_columns) | UNTRANSLATED_COLUMNS.get(table, frozenset())
        french_rows = db.query(f"SELECT * FROM [{table}] ORDER BY rowid")
        other_rows = other.query(f"SELECT * FROM [{table}] ORDER BY rowid")
        rows += _differences(table, key_columns, skip, french_rows, other_rows, language)
    french_entries = list(db["directory"].rows)
    translated = _translated_entries(french_entries, other_entries)
    rows += _differences("directory", ["id"], {"id"}, french_entries, translated, language)
    db["translations"].insert_all(rows, pk=("language", "tbl", "key", "col"),
                                  columns={"text": str, "pending": int})


def _differences(table: str, key_columns: list[str], skip: set[str], french_rows: Iterable[dict[str, Any]],
                 other_rows: Iterable[dict[str, Any]], language: str) -> Iterator[dict[str, Any]]:
    sentinel = object()
    for french, other in zip(french_rows, other_rows, strict=True):
        key = row_key(french, key_columns)
        if key != row_key(other, key_columns):
            raise RuntimeError(f"the {language} kit's table {table} differs in structure at {key}")
        for column, value in other.items():
            if column in skip:
                continue
            text, pending = _unmarked(value)
            if pending:
                yield {"tbl": table, "key": key, "col": column, "language": language, "text": text, "pending": 1}
            elif text != french.get(column, sentinel):
                yield {"tbl": table, "key": key, "col": column, "language": language, "text": text, "pending": 0}


def _translated_entries(french: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The directory in another language: each French entry (its grouping, town, category and alternatives
    are decided once, from the French) with the words of the same entry in the other language."""
    by_id = {e["id"]: e for e in other}
    entries = []
    for entry in french:
        words = by_id[entry["id"]]
        translated = {**entry, **{k: words[k] for k in DIRECTORY_TEXT}}
        alternatives = json.loads(entry["alternatives"])
        for alternative in alternatives:
            alternative["organisation"] = by_id[alternative["id"]]["organisation"]
        translated["alternatives"] = json.dumps(alternatives, ensure_ascii=False)
        entries.append(translated)
    return entries


def _country_codes(kit: Kit) -> list[str]:
    """Every country the kit speaks of: FIIT chapters first, in the kit's order, then the others by name.

    "Speaks of" means a FIIT chapter, a number in the annex, a good practice, or an EMN member or observer;
    Tableau 1 rows alone do not make a sheet (every EU state is in it), but they show on the sheets.
    """
    fiit = [c.code for c in kit.countries]  # already in the kit's chapter order (sources.load_kit)
    others = {h.country for h in kit.hotlines} | {p.country for p in kit.practices}
    others |= {c.country for c in kit.emn.countries}
    return fiit + sorted(others - set(fiit), key=names.french_name)


def _country_name(code: str, language: str) -> str:
    return names.name_in(code, language)


def _country_rows(kit: Kit, language: str = "fr") -> Iterator[dict[str, Any]]:
    """The countries, named in ``language``: a chapter as the kit (or its translation) names it, any other
    country by CLDR. The aliases are every name at once, whatever the language."""
    chapters = {c.code: c for c in kit.countries}
    printed = {h.country: h.country_printed for h in kit.hotlines if len(h.country_printed) > 2}
    emn = {c.country: c for c in kit.emn.countries}
    for position, code in enumerate(_country_codes(kit)):
        chapter = chapters.get(code)
        name = chapter.name if chapter else _country_name(code, language)
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


def _write_country(db: sqlite_utils.Database, country: Country, language: str = "fr") -> None:
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
             "country_names": [_country_name(c, language) for c in origin.countries], **_source_columns(origin)},
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


def _directory_entries(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """The finder's directory (fiitdesk.kit.directory), from the tables of one language's kit."""
    countries = [{**row, "aliases": json.loads(row["aliases"])}
                 for row in db.query("SELECT code, aliases FROM countries ORDER BY position")]
    as_of = {row["id"]: row["as_of"] for row in db["sources"].rows}
    return directory.directory_entries(countries, list(db["hotlines"].rows), list(db["contacts"].rows),
                                       list(db["phones"].rows), as_of)


def _write_directory(db: sqlite_utils.Database, entries: list[dict[str, Any]]) -> None:
    db["directory"].insert_all(
        ({k: v for k, v in e.items() if k not in ("topics", "also_named")} for e in entries), pk="id",
        foreign_keys=[("country", "countries", "code"), ("source_doc", "sources", "id"),
                      ("contact", "contacts", "id")])


def _write_directory_index(db: sqlite_utils.Database, entries: list[dict[str, Any]],
                           translated: dict[str, list[dict[str, Any]]]) -> None:
    """The finder's index: names, places, countries, words, digits — one FTS5 index per language.

    The French index is the French names; each other language's index has that language's names of the
    organisations as well as the French ones (a French query still finds them), and the same places
    (as printed), country names (every language) and words (every language).
    """
    aliases = {row["code"]: json.loads(row["aliases"]) for row in db.query("SELECT code, aliases FROM countries")}
    members: dict[Any, list[int]] = {}
    for entry in entries:
        members.setdefault(entry["organisation_group"], []).append(entry["id"])
    rows = []
    for entry in entries:
        row = directory.index_row(entry, aliases[entry["country"]])
        for language, others in translated.items():
            by_id = {e["id"]: e for e in others}
            own = by_id[entry["id"]]
            also = [by_id[i]["organisation"] for i in members.get(entry["organisation_group"], [])
                    if entry["organisation_group"] is not None and i != entry["id"]]
            words = dict.fromkeys(filter(None, [own["organisation"], own["department"], *also]))
            row[organisation_column(language)] = fold(str(_unmarked(" ".join(words))[0]))
        rows.append(row)
    db["directory_index"].insert_all(rows, pk="rowid")
    columns = ["organisation", "place", "country_names", "words"]
    db["directory_index"].enable_fts(columns, tokenize=FTS_TOKENIZE)
    for language in translated:
        _external_fts(db, "directory_index", directory_fts(language),
                      [organisation_column(language), *columns], "rowid")


def _external_fts(db: sqlite_utils.Database, content: str, name: str, columns: list[str], rowid: str) -> None:
    """An FTS5 index over some columns of ``content`` (a second index beside sqlite-utils' ``enable_fts``)."""
    listed = ", ".join(f"[{c}]" for c in columns)
    db.execute(f"CREATE VIRTUAL TABLE [{name}] USING FTS5 ({listed}, tokenize='{FTS_TOKENIZE}', "
               f"content=[{content}], content_rowid=[{rowid}])")
    db.execute(f"INSERT INTO [{name}]([{name}]) VALUES ('rebuild')")


def _search_rows(kit: Kit, db: sqlite_utils.Database, language: str = "fr") -> Iterator[dict[str, Any]]:
    """One searchable document per section of each country, per contact, per hotline and per practice, in
    the same order for every language (a document has one id in every language's index)."""
    country_names = {row["code"]: row["name"] for row in db["countries"].rows}
    titles = words(language)
    for country in kit.countries:
        code = country.code
        name = country_names[code]

        def doc(section: str, title: str, body: Iterable[str | None], ref: str = "",
                _code: str = code, _name: str = name) -> dict[str, Any]:
            return {"kind": "section", "country": _code, "section": section, "ref": ref,
                    "title": f"{_name} — {title}", "body": "\n".join(filter(None, body))}

        ident = country.identification
        yield doc("summary", titles["summary"], [ident.text, *ident.authorities, ident.note])
        for permit in country.permits:
            yield doc("permits", permit.name, [permit.duration_text, permit.renewable_text, *permit.conditions,
                                               *permit.rights_text, permit.text, permit.note], ref=permit.id)
        yield doc("permits", titles["permits"], [country.permits_text])
        for a in country.accommodation:
            yield doc("accommodation", a.name, [a.summary, a.conditions, a.accepted, a.type, a.length_of_stay,
                                                a.free_condition, a.text, a.note])
        for s in country.services:
            section = {"psychosocial": "health", "training": "employment"}.get(s.topic.value, s.topic.value)
            yield doc(section, service_title(s.topic.value, language), [s.summary, *s.points, s.text, s.provider,
                                                                s.free_condition, s.note])
        yield doc("challenges", titles["challenges"], [country.challenges.text])
        yield doc("challenges", titles["framework"],
                  [f"{m.evidence} {m.note or ''}" for m in
                   (getattr(country.framework, k) for k in type(country.framework).model_fields)])
        for i, contact in enumerate(country.contacts):
            yield {**doc("contacts", contact.organisation,
                         [contact.department, contact.person, contact.address,
                          *(p.number for p in contact.phones), *contact.emails, *contact.web, contact.note],
                         ref=f"{code}-{i + 1:02d}"), "kind": "contact"}
        figures = [f"{f.label} {f.category or ''} {f.period} {f.value_text or ''}" for f in country.figures]
        origin = [country.origin_countries.text] if country.origin_countries else []
        yield doc("figures", titles["figures"], [*origin, *dict.fromkeys(figures)])
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
    the glossary, in each language — each from the store in that language, so that a page says exactly
    what the store says — and, for each language after French, the screen pages once more with the French
    original of the content (``original``): the window shows a section's original with one click. The
    HTML is stored as text: compressed here (zlib) it made the database a third smaller but the installers
    larger, since xz, which packs the .deb and the portable folder, cannot compress it again."""
    from fiitdesk.kit import essential, sheets
    from fiitdesk.kit.store import KitStore

    french = KitStore(path)
    rows, pages = [], []
    try:
        for language in french.languages:
            store = french.with_language(language)
            names = {c["code"]: c["name"] for c in store.countries()}
            for country in store.countries():
                code = country["code"]
                record = store.country(code)
                directory = store.hotlines(country=code)
                for medium in ("screen", "print"):
                    rows.append(_page_row(country=code, lang=language, medium=medium,
                                          html=sheets.render_country(record, store.meta, language, medium,
                                                                     directory=directory)))
                for level in range(len(essential.LEVELS)):
                    rows.append(_page_row(country=code, lang=language, medium=f"essential-{level}",
                                          html=sheets.render_essential(record, store.meta, language, level)))
                if language != "fr":
                    rows.append(_page_row(country=code, lang=language, medium="screen-original",
                                          html=sheets.render_country(french.country(code), store.meta, language,
                                                                     "screen", original=True,
                                                                     directory=french.hotlines(country=code))))
                rows.append(_page_row(country=code, lang=language, medium="charts",
                                      html=json.dumps(sheets.chart_series(record), ensure_ascii=False)))
                if language == "fr":
                    rows.append(_page_row(country=code, lang="", medium="sections",
                                          html=json.dumps(sheets.sections_present(record))))
            terms = store.glossary()
            french_practices = {p["id"]: p for p in french.practices()}
            french_names = {c["code"]: c["name"] for c in french.countries()}
            for medium in ("screen", "print"):
                for practice in store.practices():
                    pages.append(_page_row(kind="practice", key=practice["id"], lang=language, medium=medium,
                                           html=sheets.render_practice(practice, names[practice["country"]],
                                                                       store.sources, language, medium)))
                    if language != "fr" and medium == "screen":
                        original = french_practices[practice["id"]]
                        pages.append(_page_row(kind="practice", key=practice["id"], lang=language,
                                               medium="screen-original", html=sheets.render_practice(
                                                   original, french_names[original["country"]], french.sources,
                                                   language, medium, original=True)))
                for term, original_term in zip(terms, french.glossary(), strict=True):
                    pages.append(_page_row(kind="glossary", key=str(term["position"]), lang=language, medium=medium,
                                           html=sheets.render_glossary([term], store.sources, language, medium)))
                    if language != "fr" and medium == "screen":
                        pages.append(_page_row(kind="glossary", key=str(term["position"]), lang=language,
                                               medium="screen-original", html=sheets.render_glossary(
                                                   [original_term], french.sources, language, medium,
                                                   original=True)))
            pages.append(_page_row(kind="glossary", key="all", lang=language, medium="print",
                                   html=sheets.render_glossary(terms, store.sources, language, "print")))
    finally:
        french.close()
    db["sheets"].insert_all(rows, pk=("country", "lang", "medium"), foreign_keys=[("country", "countries", "code")])
    if pages:
        db["pages"].insert_all(pages, pk=("kind", "key", "lang", "medium"))


def _page_row(html: str, **keys: str) -> dict[str, Any]:
    """A pre-rendered page as stored: its keys and its text."""
    return {**keys, "html": html}


def _write_search_index(db: sqlite_utils.Database, kits: dict[str, Kit], dbs: dict[str, sqlite_utils.Database]) -> None:
    """The full-text index of each language: its own documents table and FTS5 index. The French table
    also says what each document is (kind, country, section); the others hold only what the language
    changes (title, the reference that opens it, the searchable text), under the same ids."""
    from fiitdesk.kit.translations import unmark

    for language, kit in kits.items():
        rows = []
        for i, row in enumerate(_search_rows(kit, dbs[language], language)):
            title, body = unmark(row["title"])[0], unmark(row["body"])[0]
            ref = unmark(row["ref"])[0]
            common = {"id": i + 1, "title": title, "ref": ref, "title_folded": fold(title), "body_folded": fold(body)}
            if language == "fr":
                rows.append({**common, "kind": row["kind"], "country": row["country"], "section": row["section"]})
            else:
                rows.append(common)
        table = search_table(language)
        if language == "fr":
            db[table].insert_all(rows, pk="id", foreign_keys=[("country", "countries", "code")])
            db[table].enable_fts(["title_folded", "body_folded"], tokenize=FTS_TOKENIZE)
        else:
            db[table].insert_all(rows, pk="id", foreign_keys=[("id", "search_docs", "id")])
            _external_fts(db, table, search_fts(language), ["title_folded", "body_folded"], "id")
