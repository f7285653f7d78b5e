"""Read-only access to data/fiit.db: the only place where the application and the command line meet SQL.

The database is opened with ``mode=ro``: nothing a user does can change it, and nothing they search for is
written anywhere. Missing, unreadable or foreign files raise ``StoreError`` with a message that names the
file and says what to do, for the command line and the window to show as they are.

A store reads in one language (``KitStore(path, language="en")``, or ``store.with_language("en")``, a view
that shares the connection): every record it returns has the text of that language where the build
stored a translation (the ``translations`` table, laid over the French rows as they are read), and the
French otherwise — a record whose French stands in for a translation still pending lists those columns
in ``pending``. Full-text search and the finder use that language's index, and a French query still finds
French text. Pre-rendered pages are fetched by language explicitly (``sheet_html``, ``page_html``).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import unicodedata
import zlib
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from fiitdesk.kit import files, structure
from fiitdesk.kit.schema import EU_TOTAL, SCHEMA_VERSION, directory_fts, search_fts, search_table

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

#: How many matches a full-text search ranks (bm25) before keeping the best: enough to rank every match in
#: the real kit (1 066 documents per language; tests/kit/test_search_ranking.py fails when the kit outgrows
#: it), bounded so that a kit a hundred times larger costs the same: ranking every match of a common word
#: took 34–52 ms at 100×, this 6–7 ms (``bench/run.py``, which measures the options side by side).
SEARCH_CANDIDATES = 1200

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


class _Connection:
    """What every language's view of one database shares: the connection and what does not depend on the
    language (tables, primary keys, translations once read, the views themselves)."""

    def __init__(self, path: Path, db: sqlite3.Connection):
        self.path = path
        self.db = db
        self.tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        self.keys: dict[str, list[str]] = {}
        self.translations: dict[tuple[str, str], dict[str, dict[str, tuple[str | None, bool]]]] = {}
        self.views: dict[str, KitStore] = {}

    def key_columns(self, table: str) -> list[str]:
        if table not in self.keys:
            columns = sorted((r for r in self.db.execute(f"PRAGMA table_info([{table}])") if r[5]), key=lambda r: r[5])
            self.keys[table] = [r[1] for r in columns] or ["rowid"]
        return self.keys[table]

    def translated(self, language: str, table: str) -> dict[str, dict[str, tuple[str | None, bool]]]:
        """{row key: {column: (text, pending)}} for one table in one language, read once."""
        found = self.translations.get((language, table))
        if found is None:
            found = {}
            if "translations" in self.tables:
                for key, column, text, pending in self.db.execute(
                        "SELECT key, col, text, pending FROM translations WHERE language = ? AND tbl = ?",
                        (language, table)):
                    found.setdefault(key, {})[column] = (text, bool(pending))
            self.translations[(language, table)] = found
        return found


def _page_text(stored: str | bytes | None) -> str:
    """A stored page: text, as the build writes it (a page stored compressed by zlib is read too)."""
    if isinstance(stored, bytes):
        return zlib.decompress(stored).decode("utf-8")
    return stored or ""


class KitStore:
    """Queries over one kit database, opened read-only, in one language (French unless told otherwise)."""

    def __init__(self, path: Path, language: str = "fr"):
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
            db = files.connect_read_only(self.path, check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} cannot be opened ({exc}); "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db'), reinstall FIIT "
                             "Desk, or import a data pack") from exc
        try:
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA query_only = ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            shared = _Connection(self.path, db)
            # A view is the one way a read-only query can be made to run for ever; the build makes none.
            foreign = structure.foreign_objects(db)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreError("unreadable", self.path,
                             f"the kit database {self.path} cannot be read ({exc}); rebuild it with "
                             "'make run' (or 'python -m fiitdesk build-db'), reinstall FIIT Desk, "
                             "or import a data pack") from exc
        if foreign:
            db.close()
            raise StoreError("schema", self.path, f"the kit database {self.path} holds a {foreign[0]}, which "
                             "FIIT Desk's build never makes; rebuild it with 'make run' (or 'python -m "
                             "fiitdesk build-db'), reinstall FIIT Desk, or import a data pack")
        if version != SCHEMA_VERSION or "meta" not in shared.tables:
            db.close()
            raise StoreError("schema", self.path,
                             f"the kit database {self.path} has schema version {version}, this FIIT Desk "
                             f"reads version {SCHEMA_VERSION}; rebuild it with 'make run' "
                             "(or 'python -m fiitdesk build-db'), or reinstall FIIT Desk")
        self._shared = shared
        self._db = db
        self.language = "fr"
        if language != "fr":
            if language not in self.languages:
                db.close()
                raise ValueError(f"the kit database {self.path} has no content in {language!r}; it has: "
                                 f"{', '.join(self.languages)}")
            self.language = language
        shared.views[self.language] = self

    def with_language(self, language: str) -> KitStore:
        """The same database read in ``language`` (one of ``languages``): a view sharing this connection,
        its caches and its translations, made once per language (closing any view closes the database)."""
        shared = self._shared
        if language not in shared.views:
            if language not in self.languages:
                raise ValueError(f"the kit database {self.path} has no content in {language!r}; it has: "
                                 f"{', '.join(self.languages)}")
            view = object.__new__(KitStore)
            view.path, view._shared, view._db, view.language = self.path, shared, self._db, language
            shared.views[language] = view
        return shared.views[language]

    @cached_property
    def languages(self) -> list[str]:
        """The languages the database has content in, French (the original) first."""
        return list(json.loads(self.meta.get("languages", '["fr"]')))

    def close(self) -> None:
        self._db.close()

    def integrity_check(self) -> str:
        """SQLite's full integrity check ("ok" when sound); run on demand, not at every start."""
        try:
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            return str(exc)

    def _damaged(self, exc: Exception) -> StoreError:
        return StoreError("unreadable", self.path,
                          f"the kit database {self.path} is damaged ({exc}); rebuild it with "
                          "'make run' (or 'python -m fiitdesk build-db'), or reinstall FIIT Desk")

    def _rows(self, sql: str, params: Iterable[Any] = (), table: str = "") -> list[dict[str, Any]]:
        """Rows as dicts; ``table`` names the table the rows come from: its JSON columns are decoded and, in
        a language other than French, its translations laid over the French (``pending`` lists the columns
        whose French stands in for a translation not yet made or reviewed)."""
        json_columns = JSON_COLUMNS.get(table, frozenset())
        try:
            rows = [dict(r) for r in self._db.execute(sql, tuple(params))]
            if table and self.language != "fr" and rows:
                self._translate(table, rows)
        except sqlite3.DatabaseError as exc:
            raise self._damaged(exc) from exc
        try:
            return [_decode(r, json_columns) for r in rows]
        except ValueError as exc:  # a JSON column that does not parse
            raise self._damaged(exc) from exc

    def _translate(self, table: str, rows: list[dict[str, Any]]) -> None:
        translated = self._shared.translated(self.language, table)
        if not translated:
            return
        key_columns = self._shared.key_columns(table)
        for row in rows:
            if any(c not in row for c in key_columns):
                continue
            columns = translated.get("\x1f".join(str(row[c]) for c in key_columns))
            if not columns:
                continue
            pending = []
            for column, (text, is_pending) in columns.items():
                if column not in row:
                    continue
                if is_pending:
                    pending.append(column)
                else:
                    row[column] = text
            if pending:
                row["pending"] = sorted(pending)

    def _html(self, sql: str, params: Iterable[Any]) -> list[str]:
        """Pre-rendered pages, as the build stored them (compressed)."""
        try:
            return [_page_text(r[0]) for r in self._db.execute(sql, tuple(params))]
        except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError) as exc:
            raise self._damaged(exc) from exc

    # -- the kit as a whole -------------------------------------------------------------------------

    @cached_property
    def meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._rows("SELECT key, value FROM meta")}

    @cached_property
    def sources(self) -> dict[str, dict[str, Any]]:
        return {r["id"]: r for r in self._rows("SELECT * FROM sources", table="sources")}

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
        if self.language != "fr":  # the chapters in the kit's order, then the others by their name here
            rows.sort(key=lambda c: (not c["has_chapter"], _normalise_name(c["name"]) if not c["has_chapter"] else ""))
        return rows

    @cached_property
    def _country_names(self) -> dict[str, str]:
        return {c["code"]: c["name"] for c in self._countries}

    @cached_property
    def _names(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for country in self._countries:
            for name in [country["code"], *country["aliases"]]:
                table.setdefault(_normalise_name(name), country["code"])
        return table

    def resolve_country(self, text: str) -> str:
        """A country code from a code, an alias (UK, EL) or a name in French, English or its own language."""
        if text in self._country_names:
            return text  # a code as stored (the window's own calls): no need for the table of every name
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
            **({"pending": head["pending"]} if head.get("pending") else {}),
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

    @property
    def _tables(self) -> set[str]:
        return self._shared.tables

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
                               WHERE c.country = ? ORDER BY p.contact, p.position""", [code], table="phones")
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

    def sheet_html(self, code: str, lang: str | None = None, medium: str = "screen", original: bool = False) -> str:
        """The country sheet as pre-rendered by the build, in ``lang`` (the store's language if not given),
        ``medium`` "screen" or "print".

        In a language other than French the sheet's content is translated, each section marked "Unofficial
        English translation…", and on screen each section heading has a link ``original:SECTION``
        (``fiitdesk.kit.original``). ``original=True`` gives the same screen sheet with the kit's French
        text in place of the translation (the words around it still in ``lang``), each section linking back
        with ``translation:SECTION``, at the same anchors: the window shows a section's original by
        showing this page at that section.
        """
        code = self.resolve_country(code)
        lang = lang if lang is not None else self.language
        wanted = f"{medium}-original" if original and lang != "fr" else medium
        pages = self._html("SELECT html FROM sheets WHERE country = ? AND lang = ? AND medium = ?",
                           [code, lang, wanted])
        if not pages:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no sheet for {code}; "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return pages[0]

    def essential_levels(self, code: str, lang: str | None = None) -> list[str]:
        """The essential sheet of ``code`` at each budget level, most generous first (the printing code
        keeps the first that lays out on one A4 page: ``fiitdesk.kit.essential``)."""
        code = self.resolve_country(code)
        lang = lang if lang is not None else self.language
        pages = self._html("SELECT html FROM sheets WHERE country = ? AND lang = ? AND medium LIKE 'essential-%' "
                           "ORDER BY medium", [code, lang])
        if not pages:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no essential sheet for "
                             f"{code}; rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return pages

    def page_html(self, kind: str, key: str, lang: str | None = None, medium: str = "screen",
                  original: bool = False) -> str:
        """A page the build rendered: a good practice (``kind`` "practice", ``key`` its id) or glossary
        terms ("glossary", a term's position, or "all" for the printed glossary); ``original`` as for
        ``sheet_html`` (screen pages only)."""
        lang = lang if lang is not None else self.language
        wanted = f"{medium}-original" if original and lang != "fr" else medium
        pages = self._html("SELECT html FROM pages WHERE kind = ? AND key = ? AND lang = ? AND medium = ?",
                           [kind, key, lang, wanted]) if "pages" in self._tables else []
        if not pages:
            raise StoreError("unreadable", self.path, f"the kit database {self.path} has no {kind} page {key!r}; "
                             "rebuild it with 'make run' (or 'python -m fiitdesk build-db')")
        return pages[0]

    def sheet_sections(self, code: str) -> list[str]:
        """The sections the sheet of ``code`` has, in order (ids of ``fiitdesk.kit.sections``)."""
        return self._json(self.sheet_html(code, "", "sections"))

    def sheet_charts(self, code: str) -> dict[str, list[tuple[str, float]]]:
        """The series the window draws as charts for ``code`` (labels in the store's language):
        {chart key: [(label, value), ...]}."""
        charts = self._json(self.sheet_html(code, None, "charts"))
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
        victims = self._rows("SELECT * FROM victims_2022 WHERE country = ?", [code], table="victims_2022") \
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
        rows = self._rows("SELECT * FROM victims_2022", table="victims_2022")
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
        from fiitdesk.kit import query  # (query and snippets on first search, not at start-up)

        expression = query.fts_expression(text)
        if expression is None:
            return []
        matched = set(self._matching(expression, kind="glossary"))
        refs = {r["id"]: r["ref"] for r in self._docs(sorted(matched))}
        return [t for t in terms if t["term"] in refs.values()]

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
        from fiitdesk.kit import query

        parsed = query.parse(text or "")
        if (text or "").strip() and parsed.empty:
            return []
        clauses: list[str] = []
        params: list[Any] = []
        if parsed.fts:
            index = directory_fts(self.language)
            clauses.append(f"e.id IN (SELECT rowid FROM {index} WHERE {index} MATCH ?)")
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
        rows = self._rows(f"""
            SELECT e.*, c.name AS country_name, c.name_en AS country_name_en, d.dial
            FROM directory e JOIN countries c ON c.code = e.country
            LEFT JOIN dial_forms d ON d.e164 = e.e164 AND d.calling_from = ?
            WHERE {where} ORDER BY e.id LIMIT ?""", [calling_from or "", *params, limit], table="directory")
        if self.language != "fr":
            for row in rows:
                row["country_name"] = self._country_names.get(row["country"], row["country_name"])
        return rows

    # -- full text ----------------------------------------------------------------------------------

    def _matching(self, expression: str, limit: int | None = None,
                  kind: str | None = None) -> dict[int, tuple[float, str]]:
        """{document id: (bm25 rank, language of the index that found it)}, the best first, in the store's
        language and then in French (a French query finds the French text whatever the language).

        Each index ranks a bounded set of candidates (``SEARCH_CANDIDATES``, the first matches in the
        build's order — the chapters first): every match of the real kit, and a bounded cost in a larger
        one, where ranking every match of a common word is what took the time."""
        found: dict[int, tuple[float, str]] = {}
        for language in dict.fromkeys([self.language, "fr"]):
            index = search_fts(language)
            kind_filter = " AND d.kind = ?" if kind else ""
            sql = f"""
                SELECT c.id, c.r FROM (SELECT rowid AS id, rank AS r FROM {index} WHERE {index} MATCH ?
                                       LIMIT {SEARCH_CANDIDATES}) c
                {"JOIN search_docs d ON d.id = c.id" if kind else ""} WHERE 1{kind_filter}
                ORDER BY c.r, c.id {"LIMIT ?" if limit else ""}"""
            params = [expression, *([kind] if kind else []), *([limit] if limit else [])]
            try:
                for doc_id, rank in self._db.execute(sql, params):
                    found.setdefault(doc_id, (rank, language))
            except sqlite3.DatabaseError as exc:
                raise self._damaged(exc) from exc
        return dict(sorted(found.items(), key=lambda item: (item[1][0], item[0])))

    def _docs(self, ids: list[int], language: str | None = None) -> list[dict[str, Any]]:
        """The search documents ``ids``: what each is (kind, country, section) and, in ``language`` (the
        store's if not given), its title, reference and text."""
        language = language or self.language
        marks = ", ".join("?" * len(ids)) or "NULL"
        own = search_table(language)
        join = "" if language == "fr" else f"JOIN {own} t ON t.id = d.id"
        prefix = "d" if language == "fr" else "t"
        return self._rows(f"""
            SELECT d.id, d.kind, d.country, d.section, {prefix}.ref AS ref, {prefix}.title AS title,
                   {prefix}.body_folded AS body
            FROM search_docs d {join} WHERE d.id IN ({marks})""", ids)

    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over the whole kit, best first, each hit with a snippet and where it is.

        In a language other than French the hits are found in that language's text and in the French (so
        that a French query still finds French text); each hit has its title in the store's language and
        its snippet from the text that matched (``snippet_language``)."""
        from fiitdesk.kit import query, snippets

        expression = query.fts_expression(text or "")
        if expression is None:
            return []
        found = list(self._matching(expression, limit=limit).items())[:limit]
        if not found:
            return []
        ids = [doc_id for doc_id, _ in found]
        docs = {d["id"]: d for d in self._docs(ids)}
        french = {d["id"]: d for d in self._docs([i for i, (_, lang) in found if lang != self.language], "fr")}
        marker = snippets.pattern(text or "")
        hits = []
        for doc_id, (_, language) in found:
            doc = docs[doc_id]
            body = (french[doc_id] if language != self.language else doc)["body"]
            hits.append({"kind": doc["kind"], "country": doc["country"],
                         "country_name": self._country_names.get(doc["country"]) if doc["country"] else None,
                         "section": doc["section"], "ref": doc["ref"], "title": doc["title"],
                         "snippet": snippets.snippet(body, marker, HIT_START, HIT_END),
                         **({"snippet_language": language} if self.language != "fr" else {})})
        return hits

    # -- comparison ---------------------------------------------------------------------------------

    def compare(self, codes: Iterable[str], topics: Iterable[str] | None = None,
                language: str | None = None) -> dict[str, Any]:
        """The comparison of ``codes`` (``fiitdesk.kit.compare``): content in the store's language, its words
        in ``language`` (the store's if not given)."""
        from fiitdesk.kit.compare import comparison

        resolved = list(dict.fromkeys(self.resolve_country(c) for c in codes))
        return comparison([self.country(c) for c in resolved], topics, language=language or self.language)
