"""Read-only access to data/fiit.db: the only place where the application and the command line meet SQL.

The database is opened with ``mode=ro``: nothing a user does can change it, and nothing they search for is
written anywhere. Missing, unreadable or foreign files raise ``StoreError`` with a message that names the
file and says what to do, for the command line and the window to show as they are.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import unicodedata
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from fiitdesk.kit import files, query, structure
from fiitdesk.kit.schema import EU_TOTAL, SCHEMA_VERSION

#: Columns the build stores as JSON arrays, per table ("conditions" is a list for permits, prose elsewhere).
JSON_COLUMNS: dict[str, frozenset[str]] = {
    "identification": frozenset({"authorities"}),
    "permits": frozenset({"conditions", "rights", "rights_text"}),
    "services": frozenset({"points"}),
    "contacts": frozenset({"emails", "web", "fax"}),
    "hotlines": frozenset({"audience"}),
    "directory": frozenset({"audience", "alternatives"}),
    "origin_countries": frozenset({"countries", "country_names"}),
    "countries": frozenset({"names_native", "aliases"}),
    "emn_countries": frozenset({"web"}),
    "emn_facts": frozenset({"partners"}),
}
_BOOL_COLUMNS = {"has_chapter", "may_fail_abroad"}

#: Markers around matched words in snippets; consumers turn them into brackets, bold or colour.
HIT_START = "\x02"
HIT_END = "\x03"

AUDIENCES = ("victims", "women", "children", "reporting", "professionals", "general")
#: The kinds of directory entries, in the order the finder lists them within a country.
KINDS = ("emergency", "hotline", "contact")


def hit_words(snippet: str) -> list[str]:
    """The words a search matched, as its snippet marks them (to highlight them where the hit is)."""
    found = re.findall(re.escape(HIT_START) + "(.*?)" + re.escape(HIT_END), snippet or "", re.S)
    return list(dict.fromkeys(w.strip() for w in found if w.strip()))


class StoreError(Exception):
    """The database cannot be used. ``kind`` is "missing", "unreadable" or "schema"."""

    def __init__(self, kind: str, path: Path, message: str):
        self.kind = kind
        self.path = path
        super().__init__(message)


class UnknownCountry(LookupError):
    """A country code or name the kit does not know."""

    def __init__(self, text: str, known: Iterable[str]):
        self.text = text
        super().__init__(f"unknown country {text!r}; the kit knows: {', '.join(known)}")


def _normalise_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^0-9a-z\u0370-\u1fff\u0400-\u04ff]+", "", "".join(c for c in decomposed
                                                                          if not unicodedata.combining(c)))


def _decode(row: sqlite3.Row, json_columns: frozenset[str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key in row.keys():  # noqa: SIM118 - iterating a sqlite3.Row gives values, not keys
        value = row[key]
        if key in json_columns and isinstance(value, str):
            value = json.loads(value)
        elif key in _BOOL_COLUMNS and value is not None:
            value = bool(value)
        record[key] = value
    if "source_doc" in record:
        record["source"] = {"doc": record.pop("source_doc"), "section": record.pop("source_section"),
                            "page": record.pop("source_page")}
    return record


class KitStore:
    """Queries over one kit database, opened read-only."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            regular = stat.S_ISREG(os.stat(self.path).st_mode)
        except OSError:
            raise StoreError("missing", self.path,
                             f"the kit database {self.path} does not exist; build it with "
                             "'make run' (or 'python -m fiitdesk build-db'), or reinstall FIIT Desk") from None
        if not regular:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} is not a regular file; "
                             "give the path of a FIIT Desk database")
        try:
            self._db = files.connect_read_only(self.path, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} cannot be opened ({exc}); "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db'), reinstall FIIT "
                             "Desk, or import a data pack") from exc
        try:
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA query_only = ON")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            # A view is the one way a read-only query can be made to run for ever; the build makes none.
            foreign = structure.foreign_objects(self._db)
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError("unreadable", self.path,
                             f"the kit database {self.path} cannot be read ({exc}); rebuild it with "
                             "'make run' (or 'python -m fiitdesk build-db'), reinstall FIIT Desk, "
                             "or import a data pack") from exc
        if foreign:
            self._db.close()
            raise StoreError("schema", self.path, f"the kit database {self.path} holds a {foreign[0]}, which "
                             "FIIT Desk's build never makes; rebuild it with 'make run' (or 'python -m "
                             "fiitdesk build-db'), reinstall FIIT Desk, or import a data pack")
        if version != SCHEMA_VERSION or "meta" not in tables:
            self._db.close()
            raise StoreError("schema", self.path,
                             f"the kit database {self.path} has schema version {version}, this FIIT Desk "
                             f"reads version {SCHEMA_VERSION}; rebuild it with 'make run' "
                             "(or 'python -m fiitdesk build-db'), or reinstall FIIT Desk")

    def close(self) -> None:
        self._db.close()

    def integrity_check(self) -> str:
        """SQLite's full integrity check ("ok" when sound); run on demand, not at every start."""
        try:
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return str(exc)

    def _rows(self, sql: str, params: Iterable[Any] = (), table: str = "") -> list[dict[str, Any]]:
        """Rows as dicts; ``table`` names the table whose JSON columns are to be decoded."""
        json_columns = JSON_COLUMNS.get(table, frozenset())
        try:
            return [_decode(r, json_columns) for r in self._db.execute(sql, tuple(params))]
        except (sqlite3.DatabaseError, ValueError) as exc:  # ValueError: a JSON column that does not parse
            raise StoreError("unreadable", self.path,
                             f"the kit database {self.path} is damaged ({exc}); rebuild it with "
                             "'make run' (or 'python -m fiitdesk build-db'), or reinstall FIIT Desk") from exc

    # -- the kit as a whole -------------------------------------------------------------------------

    @cached_property
    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}

    @cached_property
    def sources(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self._rows("SELECT * FROM sources")}

    def countries(self) -> list[dict[str, Any]]:
        """Every country the kit speaks of: the five FIIT chapters first, then the others by name."""
        return self._countries

    @cached_property
    def _countries(self) -> list[dict[str, Any]]:
        rows = self._rows("""
            SELECT c.code, c.name, c.name_en, c.names_native, c.aliases, c.has_chapter, c.period, c.emn_status,
                   (SELECT count(*) FROM hotlines h WHERE h.country = c.code) AS hotline_count,
                   (SELECT count(*) FROM contacts k WHERE k.country = c.code) AS contact_count
            FROM countries c ORDER BY c.position""", table="countries")
        return rows

    @cached_property
    def _names(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for country in self._countries:
            for name in [country["code"], *country["aliases"]]:
                table.setdefault(_normalise_name(name), country["code"])
        return table

    def resolve_country(self, text: str) -> str:
        """A country code from a code, an alias (UK, EL) or a name in French, English or its own language."""
        code = self._names.get(_normalise_name(text or ""))
        if code is None:
            raise UnknownCountry(text, [c["code"] for c in self._countries])
        return code

    # -- one country --------------------------------------------------------------------------------

    def country(self, code: str) -> dict[str, Any]:
        """The whole record of one country, as the sheet and ``fiitdesk show`` present it."""
        code = self.resolve_country(code)
        head = self._rows("SELECT * FROM countries WHERE code = ?", [code], table="countries")[0]
        one = self._by_country
        record: dict[str, Any] = {
            "code": code,
            "name": head["name"],
            "name_en": head["name_en"],
            "names_native": head["names_native"],
            "has_chapter": head["has_chapter"],
            "period": head["period"],
            "permits_text": head["permits_text"],
            "identification": next(iter(one("identification", code, order="rowid")), None),
            "permits": one("permits", code, order="\"order\""),
            "accommodation": one("accommodation", code),
            "services": one("services", code),
            "challenges": next(iter(one("challenges", code, order="rowid")), None),
            "framework": {r.pop("mark"): r for r in one("framework", code, order="rowid")},
            "contacts": self._contacts(code),
            "figures": one("figures", code),
            "origin_countries": next(iter(one("origin_countries", code, order="rowid")), None),
            "testimonies": one("testimonies", code),
            "practices": one("practices", code, order="id"),
            "hotlines": self._dated(self._by_country("hotlines", code, order="id")),
        }
        record["emn"] = self._emn(code)
        docs = {r["source"]["doc"] for key in ("permits", "accommodation", "services", "contacts", "figures",
                                                "testimonies", "practices", "hotlines")
                for r in record[key]}
        if record["emn"]["status"] or record["emn"]["victims_2022"]:
            docs.add("emn2025")
        if record["identification"]:
            docs.add(record["identification"]["source"]["doc"])
        # Newest document first: where both speak of a country, the 2025 study comes before the 2013 kit.
        record["sources"] = sorted((self.sources[d] for d in docs), key=lambda s: -s["year"])
        # Every number carries the year its source describes (a 2013 number is not a current one).
        for row in [*record["contacts"], *record["hotlines"]]:
            row.setdefault("as_of", self.sources.get(row["source"]["doc"], {}).get("as_of"))
        return record

    @cached_property
    def _tables(self) -> set[str]:
        return {r["name"] for r in self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def _by_country(self, table: str, code: str, order: str = "position") -> list[dict[str, Any]]:
        # The build creates a table only when it has rows: an absent table is an empty one.
        if table not in self._tables:
            return []
        rows = self._rows(f"SELECT * FROM {table} WHERE country = ? ORDER BY {order}", [code], table=table)
        for row in rows:
            row.pop("country", None)
        return rows

    def _contacts(self, code: str) -> list[dict[str, Any]]:
        contacts = self._by_country("contacts", code)
        if not contacts:
            return []
        phones = self._rows("""SELECT p.* FROM phones p JOIN contacts c ON c.id = p.contact
                               WHERE c.country = ? ORDER BY p.contact, p.position""", [code])
        by_contact: dict[str, list[dict[str, Any]]] = {}
        for phone in phones:
            by_contact.setdefault(phone.pop("contact"), []).append(phone)
        for contact in contacts:
            contact["phones"] = by_contact.get(contact["id"], [])
        return self._dated(contacts)

    def _dated(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Each record with ``as_of``: the year (or period) its source describes, shown beside every number."""
        for record in records:
            record["as_of"] = self.sources.get(record["source"]["doc"], {}).get("as_of")
        return records

    def sheet_html(self, code: str, lang: str = "fr", medium: str = "screen") -> str:
        """The country sheet as pre-rendered by the build (``lang`` fr/en, ``medium`` screen/print)."""
        code = self.resolve_country(code)
        rows = self._rows("SELECT html FROM sheets WHERE country = ? AND lang = ? AND medium = ?",
                          [code, lang, medium])
        if not rows:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no sheet for {code}; "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return rows[0]["html"]

    def essential_levels(self, code: str, lang: str = "fr") -> list[str]:
        """The essential sheet of ``code`` at each budget level, most generous first (the printing code
        keeps the first that lays out on one A4 page: ``fiitdesk.kit.essential``)."""
        code = self.resolve_country(code)
        rows = self._rows("SELECT html FROM sheets WHERE country = ? AND lang = ? AND medium LIKE 'essential-%' "
                          "ORDER BY medium", [code, lang])
        if not rows:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no essential sheet for "
                             f"{code}; rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return [r["html"] for r in rows]

    def page_html(self, kind: str, key: str, lang: str = "fr", medium: str = "screen") -> str:
        """A page the build rendered: a good practice (``kind`` "practice", ``key`` its id) or glossary
        terms ("glossary", a term's position, or "all" for the printed glossary)."""
        rows = self._rows("SELECT html FROM pages WHERE kind = ? AND key = ? AND lang = ? AND medium = ?",
                          [kind, key, lang, medium]) if "pages" in self._tables else []
        if not rows:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no {kind} page {key!r}; "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return rows[0]["html"]

    def sheet_sections(self, code: str) -> list[str]:
        """The sections the sheet of ``code`` has, in order (ids of ``fiitdesk.kit.sections``)."""
        return self._json(self.sheet_html(code, "", "sections"))

    def sheet_charts(self, code: str) -> dict[str, list[tuple[str, float]]]:
        """The series the window draws as charts for ``code``: {chart key: [(label, value), ...]}."""
        charts = self._json(self.sheet_html(code, "", "charts"))
        try:
            return {k: [tuple(p) for p in v] for k, v in charts.items()}
        except (AttributeError, TypeError) as exc:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} is damaged (charts)") from exc

    def _json(self, text: str) -> Any:
        try:
            return json.loads(text)
        except (TypeError, ValueError) as exc:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} is damaged ({exc})") from exc

    def _emn(self, code: str) -> dict[str, Any]:
        """What the EMN study (2025) says of one country; empty parts where it says nothing."""
        country = next(iter(self._by_country("emn_countries", code, order="rowid")), None)
        facts = self._by_country("emn_facts", code, order="id")
        by_kind: dict[str, list[dict[str, Any]]] = {}
        for fact in facts:
            by_kind.setdefault(fact["kind"], []).append(fact)
        victims = self._rows("SELECT * FROM victims_2022 WHERE country = ?", [code]) \
            if "victims_2022" in self._tables else []
        return {
            "victims_2022_eu": self.victims_2022_eu() if victims else None,
            "status": country["status"] if country else None,
            "country": country,
            "facts": by_kind,
            "measures": self._by_country("emn_measures", code, order="id"),
            "victims_2022": victims[0] if victims else None,
        }

    def victims_2022_eu(self) -> dict[str, Any] | None:
        """The EU-wide line of Tableau 1, both ways: the Total the study prints (whose 63,1 % its headline
        quotes) and the sum of its rows, which is 86 lower; a sheet quoting the share shows both."""
        if "victims_2022" not in self._tables:
            return None
        rows = self._rows("SELECT * FROM victims_2022")
        printed = next((r for r in rows if r["country"] == EU_TOTAL), None)
        countries = [r for r in rows if r["country"] != EU_TOTAL]
        non_eu = sum(r["non_eu"] or 0 for r in countries)
        total = sum(r["total"] or 0 for r in countries)
        return {
            "printed": printed,
            "rows_non_eu": non_eu,
            "rows_total": total,
            "rows_non_eu_share": round(100 * non_eu / total, 1) if total else None,
        }

    def glossary(self, text: str = "") -> list[dict[str, Any]]:
        """The EMN glossary, in the study's order; with ``text``, only the terms whose entry matches it."""
        if "glossary" not in self._tables:
            return []
        terms = self._rows("SELECT * FROM glossary ORDER BY position", table="glossary")
        if not (text or "").strip():
            return terms
        expression = query.fts_expression(text)
        if expression is None:
            return []
        matched = {r["ref"] for r in self._rows("""
            SELECT d.ref FROM search_docs_fts JOIN search_docs d ON d.id = search_docs_fts.rowid
            WHERE search_docs_fts MATCH ? AND d.kind = 'glossary'""", [expression])}
        return [t for t in terms if t["term"] in matched]

    def practices(self) -> list[dict[str, Any]]:
        """The good practices of the kit, in the countries' order, each with its country code."""
        if "practices" not in self._tables:
            return []
        return self._rows("""SELECT p.* FROM practices p JOIN countries c ON c.code = p.country
                             ORDER BY c.position, p.id""", table="practices")

    # -- hotlines -----------------------------------------------------------------------------------

    def hotlines(self, text: str = "", country: str | None = None, audience: str | None = None,
                 limit: int = 500, calling_from: str | None = None,
                 kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The directory of whom to call: each country's emergency number, then its hotlines, then the phones of
        its contacts, found by organisation, town, country name in any language, category words or digits.

        ``audience`` keeps the numbers for that audience and those for everyone (``general``, or no audience
        stated, as for contacts and emergency numbers), so that no filter hides a country's only numbers.
        ``kinds`` keeps only those kinds (``KINDS``). With ``calling_from`` (an ISO code), each row also has
        ``dial``: the digits to dial from there. The build numbers the entries in this order.
        """
        parsed = query.parse(text or "")
        if (text or "").strip() and parsed.empty:
            return []
        clauses: list[str] = []
        params: list[Any] = []
        if parsed.fts:
            clauses.append("e.id IN (SELECT rowid FROM directory_index_fts WHERE directory_index_fts MATCH ?)")
            params.append(parsed.fts)
        if parsed.digits:
            clauses.append("e.id IN (SELECT rowid FROM directory_index WHERE digits LIKE ?)")
            params.append(f"%{parsed.digits}%")
        if country:
            clauses.append("e.country = ?")
            params.append(self.resolve_country(country))
        if audience:
            clauses.append("(e.audience = '[]' OR EXISTS (SELECT 1 FROM json_each(e.audience) "
                           "WHERE json_each.value IN (?, 'general')))")
            params.append(audience)
        wanted = [k for k in (kinds or ()) if k in KINDS]
        if kinds is not None:
            clauses.append(f"e.kind IN ({', '.join('?' * len(wanted)) or 'NULL'})")
            params.extend(wanted)
        where = " AND ".join(clauses) or "1"
        return self._rows(f"""
            SELECT e.*, c.name AS country_name, c.name_en AS country_name_en, d.dial
            FROM directory e JOIN countries c ON c.code = e.country
            LEFT JOIN dial_forms d ON d.e164 = e.e164 AND d.calling_from = ?
            WHERE {where} ORDER BY e.id LIMIT ?""", [calling_from or "", *params, limit], table="directory")

    # -- full text ----------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over the whole kit, best first, each hit with a snippet and where it is."""
        expression = query.fts_expression(text or "")
        if expression is None:
            return []
        return self._rows(f"""
            SELECT d.kind, d.country, c.name AS country_name, d.section, d.ref, d.title,
                   snippet(search_docs_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16) AS snippet
            FROM search_docs_fts JOIN search_docs d ON d.id = search_docs_fts.rowid
            LEFT JOIN countries c ON c.code = d.country
            WHERE search_docs_fts MATCH ? ORDER BY rank LIMIT ?""", [expression, limit])

    # -- comparison ---------------------------------------------------------------------------------

    def compare(self, codes: Iterable[str], topics: Iterable[str] | None = None,
                language: str = "fr") -> dict[str, Any]:
        """The comparison of ``codes`` (``fiitdesk.kit.compare``), its words in ``language``."""
        from fiitdesk.kit.compare import comparison

        resolved = list(dict.fromkeys(self.resolve_country(c) for c in codes))
        return comparison([self.country(c) for c in resolved], topics, language=language)
