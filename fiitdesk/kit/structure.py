"""What a kit database is made of, and whether another one is made the same way.

A signed pack can still be unusable — a table missing, a column renamed, JSON that does not parse, a view
standing in for a table or one that never ends. Before a pack is installed its structure is compared with
the program's own database, the one this program's build made (``differences``), its JSON columns are
parsed (``invalid_json``), and its stored sheets may ask for nothing but their charts
(``fiitdesk.kit.content``). At every opening the store refuses views and triggers outright (``foreign_objects``):
the build makes none, and a view is the one way a read-only query can be made to run for ever.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from typing import NamedTuple


class Table(NamedTuple):
    kind: str  # "table" or "virtual"
    columns: frozenset[str]
    sql: str  # compared only for virtual tables (FTS5 options), whose columns are their definition


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(db: sqlite3.Connection) -> dict[str, Table]:
    """Every table of ``db`` with its columns (views and triggers are reported by ``foreign_objects``)."""
    tables: dict[str, Table] = {}
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall():
        virtual = (sql or "").upper().startswith("CREATE VIRTUAL TABLE")
        columns = frozenset(row[1] for row in db.execute(f"PRAGMA table_info({_quoted(name)})"))
        tables[name] = Table("virtual" if virtual else "table", columns, " ".join((sql or "").split()))
    return tables


def foreign_objects(db: sqlite3.Connection) -> list[str]:
    """Views and triggers: the build makes none, so any is refused."""
    return [f"{kind} {name}" for kind, name in
            db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY name")]


def differences(candidate: sqlite3.Connection, reference: sqlite3.Connection) -> list[str]:
    """How ``candidate`` is not made like ``reference``: missing, extra or altered tables, views, triggers."""
    problems = [f"it has a {item}, which the build never makes" for item in foreign_objects(candidate)]
    mine, expected = describe(candidate), describe(reference)
    for name, table in sorted(expected.items()):
        found = mine.get(name)
        if found is None:
            problems.append(f"the table {name} is missing")
        elif found.kind != table.kind or (table.kind == "virtual" and found.sql != table.sql):
            problems.append(f"the table {name} is not defined as the build defines it")
        elif found.columns != table.columns:
            missing, extra = sorted(table.columns - found.columns), sorted(found.columns - table.columns)
            problems.append(f"the table {name} has other columns (missing: {', '.join(missing) or '—'}; "
                            f"unexpected: {', '.join(extra) or '—'})")
    problems += [f"the table {name} is not one the build makes" for name in sorted(set(mine) - set(expected))]
    return problems


def invalid_json(db: sqlite3.Connection, json_columns: dict[str, frozenset[str]]) -> list[str]:
    """Columns that the store decodes as JSON but that hold something else."""
    problems = []
    checks = [(table, column) for table, columns in sorted(json_columns.items()) for column in sorted(columns)]
    for table, column in checks:
        bad = db.execute(f"SELECT count(*) FROM {_quoted(table)} WHERE {_quoted(column)} IS NOT NULL "
                         f"AND NOT json_valid({_quoted(column)})").fetchone()[0]
        if bad:
            problems.append(f"{table}.{column} holds {bad} value(s) that are not valid JSON")
    bad = 0
    for _country, _lang, _medium, text in _pages(db, "sheets", "medium IN ('sections', 'charts')"):
        try:
            json.loads(text)
        except ValueError:
            bad += 1
    if bad:
        problems.append(f"sheets holds {bad} section or chart list(s) that are not valid JSON")
    return problems


def _pages(db: sqlite3.Connection, table: str, where: str) -> Iterator[tuple[str, str, str, str]]:
    """The stored pages of ``table`` as text (as the build stores them; zlib-compressed ones are read too); a
    page that is neither is given as text nothing can parse, so that it is reported, never shown."""
    for first, lang, medium, blob in db.execute(
            f"SELECT {'country' if table == 'sheets' else 'kind'}, lang, medium, html FROM {table} WHERE {where}"):
        try:
            text = zlib.decompress(blob).decode("utf-8") if isinstance(blob, bytes) else blob
        except (zlib.error, UnicodeDecodeError):
            text = None
        yield first, lang, medium, text if text is not None else "\x00 not a page the build stores"


def loading_sheets(db: sqlite3.Connection) -> list[str]:
    """Stored pages (sheets, practices, glossary) that would ask a document to load something other than
    their own charts, or that are not pages as the build stores them."""
    from fiitdesk.kit.content import resource_references  # pack checks only: its patterns are start-up time

    problems = []
    for table, where in (("sheets", "medium NOT IN ('sections', 'charts')"), ("pages", "1")):
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone():
            continue
        for first, lang, medium, html in _pages(db, table, where):
            if html.startswith("\x00"):
                problems.append(f"the {table} row {first} ({lang}, {medium}) is not a page as the build stores it")
                continue
            found = resource_references(html)
            if found:
                problems.append(f"the {table} row {first} ({lang}, {medium}) asks to load {found[0]!r}")
    return problems
