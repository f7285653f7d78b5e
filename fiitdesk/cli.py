"""The command line: a thin face over ``fiitdesk.kit``, like sqlite-utils' cli over its db module.

Commands that need no window never import Qt, so they answer in a fraction of a second. There is one
dispatcher: every command, pack actions included, is a parser whose ``func`` ``main`` calls, and ``main``
alone turns failures into one line and a status — 2 for bad input (checked before any work starts: numbers
in range, folders that exist, outputs that are files), 1 for data, files or a system that would not do what
was asked. Names are printed escaped (``fiitdesk.errors.shown``). Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path
from typing import Any, NoReturn

from fiitdesk import __version__, paths
from fiitdesk.errors import EXIT_DATA, EXIT_OK, EXIT_USAGE, BadInput, Unusable, printable_lines, shown
from fiitdesk.kit.catalog import LANGUAGES

#: The names the command handlers raise (kept: other modules and tests know them).
UsageError = BadInput
DataError = Unusable

#: Bounds of ``search --limit``: a number the store can pass to SQLite, and more hits than anyone reads.
LIMIT_RANGE = (1, 1000)


class _VersionAction(argparse.Action):
    """`fiitdesk --version`: the program's version and the data it would use now (a pack, --db, built-in)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any):
        super().__init__(option_strings, dest=dest, nargs=0, help="show the program's version and the data in use")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, *args: Any) -> None:
        from fiitdesk.kit.data import open_data
        from fiitdesk.kit.store import StoreError

        override = Path(namespace.db) if getattr(namespace, "db", None) else None
        try:
            store, choice = open_data(override)
        except StoreError as exc:
            data = f"no usable data: {exc}"
        else:
            origin = {"pack": "an imported pack", "override": "--db"}.get(choice.origin, "built in")
            data = (f"data {choice.version} ({origin}), built {store.meta.get('build_time', '?')}, "
                    f"{store.path}")
            if choice.notice:
                data += f"; {choice.notice.text}"
            store.close()
        print(shown(f"FIIT Desk {__version__} ({data})"))
        parser.exit()


#: argparse quotes the value it refuses; a pasted page of text is shown by its start and its length.
_QUOTED_VALUE = re.compile(r"'([^']{60})[^']+'")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block and a line, and never a wall of text."""

    def error(self, message: str) -> NoReturn:
        message = _QUOTED_VALUE.sub(lambda m: f"'{m.group(1)}…' ({len(m.group(0)) - 2} characters)", message)
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- arguments checked before any work starts ---------------------------------------------------------


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{shown(text)!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{shown(text)} is not between {low} and {high}")
        return value

    parse.__name__ = "number"
    return parse


def _named(text: str) -> Path:
    if not text:
        raise argparse.ArgumentTypeError("an empty name is not a file name")
    return Path(text)


def _mode(path: Path) -> int | None:
    try:
        return os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"{shown(path)}: {exc.strerror}") from None


def _writable_folder(folder: Path, what: Path) -> None:
    mode = _mode(folder)
    if mode is None or not stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(f"the folder of {shown(what)} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"the folder of {shown(what)} cannot be written to")


def output_file(text: str) -> Path:
    """A file to (re)write: in a folder that exists and can be written, and not a folder or a device."""
    path = _named(text)
    mode = _mode(path)
    if mode is not None and stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(f"{shown(path)} is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(f"{shown(path)} is not a regular file (a device or a pipe); give a file name")
    _writable_folder(path.parent, path)
    return path


def output_folder(text: str) -> Path:
    """A folder to write files into: one that exists, or one that can be made in a folder that exists."""
    path = _named(text)
    mode = _mode(path)
    if mode is None:
        _writable_folder(path.parent, path)
    elif not stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(f"{shown(path)} exists and is not a folder")
    elif not os.access(path, os.W_OK | os.X_OK):
        raise argparse.ArgumentTypeError(f"the folder {shown(path)} cannot be written to")
    return path


def input_folder(text: str) -> Path:
    path = _named(text)
    mode = _mode(path)
    if mode is None or not stat.S_ISDIR(mode):
        raise argparse.ArgumentTypeError(f"{shown(path)} is not a folder")
    return path


def input_file(text: str) -> Path:
    """A file to read: the kit checks the rest (a pack is untrusted until proved), but it must be named."""
    return _named(text)


# -- the store ----------------------------------------------------------------------------------------


def _store(args: argparse.Namespace) -> Any:
    """The store on --db, else on the newest sound data (fiitdesk.kit.data), in the language of --language
    where the command has it; the data's notice goes to stderr."""
    from fiitdesk.kit.data import open_data
    from fiitdesk.kit.store import StoreError

    try:
        store, choice = open_data(Path(args.db) if args.db else None)
    except StoreError as exc:
        raise DataError(str(exc)) from exc
    if choice.notice:
        print(f"fiitdesk: {shown(choice.notice.text)}", file=sys.stderr)
    language = getattr(args, "language", "fr")
    try:
        return store.with_language(language)
    except ValueError as exc:
        raise Unusable(f"{exc}; rebuild it with 'python -m fiitdesk build-db'") from exc


# -- data packs (the decisions are fiitdesk.kit.data's; these only ask and report) -------------------


def cmd_pack_keygen(args: argparse.Namespace) -> int:
    from fiitdesk.kit import packs

    private, public = packs.generate_keys(args.out)
    print(f"private key: {shown(private)}  (keep it offline, never in the repository)\n"
          f"public key:  {shown(public)}  (copy it into resources/keys/ and ship it)")
    return EXIT_OK


def cmd_pack_build(args: argparse.Namespace) -> int:
    from fiitdesk.kit import packs

    try:
        from fiitdesk.kit.build import build_database
        from fiitdesk.kit.sources import KitError
    except ImportError as exc:
        raise DataError("building packs needs the development set-up ('make run' in a checkout)") from exc
    try:
        with tempfile.TemporaryDirectory(prefix="fiitdesk-pack-") as tmp:
            database = Path(tmp) / "fiit.db"
            build_database(args.kit or paths.kit_dir(), database)
            manifest = packs.build_pack(database, args.key, args.output)
    except KitError as exc:
        raise DataError("the kit has errors; no pack was written:\n  " + "\n  ".join(exc.problems)) from exc
    except packs.PackError as exc:
        raise DataError(f"{shown(args.key)}: {exc}") from exc
    print(f"{shown(args.output)}: data {manifest.data_version}, key {manifest.key_id}")
    return EXIT_OK


def cmd_pack_verify(args: argparse.Namespace) -> int:
    from fiitdesk.kit import packs

    keys = packs.load_public_keys(args.keys or paths.keys_dir())
    try:
        with tempfile.TemporaryDirectory(prefix="fiitdesk-verify-") as tmp:
            manifest = packs.verify_pack(args.file, keys, Path(tmp), paths.default_db_path()).manifest
    except packs.PackError as exc:
        raise DataError(f"{shown(args.file)}: refused: {exc}") from exc
    print(f"{shown(args.file)}: valid pack — data {manifest.data_version} of {manifest.created}, "
          f"schema {manifest.schema_version}, key {manifest.key_id}")
    return EXIT_OK


def cmd_pack_install(args: argparse.Namespace) -> int:
    from fiitdesk.kit import data

    try:
        installed = data.install(args.file, allow_downgrade=args.allow_downgrade)
    except data.OlderData as exc:
        raise DataError(f"{shown(args.file)}: {exc} (--allow-downgrade)") from exc
    except data.DataProblem as exc:
        raise DataError(f"{shown(args.file)}: {exc}") from exc
    manifest = installed.manifest
    older = " (older than the data it replaces, as you confirmed)" if installed.downgrade else ""
    print(f"installed data {manifest.data_version} ({manifest.created}){older} into {shown(installed.folder)}")
    return EXIT_OK


def cmd_pack_uninstall(args: argparse.Namespace) -> int:
    from fiitdesk.kit import data

    try:
        done = data.return_to_installed()
    except data.DataProblem as exc:
        raise DataError(str(exc)) from exc
    print("FIIT Desk uses the data it was installed with again" if done.was_in_use or done.removed
          else "FIIT Desk already uses the data it was installed with; nothing to undo")
    return EXIT_OK


def _country(store: Any, text: str) -> str:
    from fiitdesk.kit.store import UnknownCountry

    try:
        return store.resolve_country(text)
    except UnknownCountry as exc:
        raise UsageError(str(exc)) from exc


def _language(args: argparse.Namespace) -> str:
    """The language the command's words are asked in (``--language``; French, the kit's own, by default)."""
    return getattr(args, "language", None) or "fr"


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# -- commands ---------------------------------------------------------------------------------------


def cmd_countries(args: argparse.Namespace) -> int:
    store = _store(args)
    countries = store.countries()
    if args.json:
        _print_json([{"code": c["code"], "name": c["name"], "name_en": c["name_en"],
                      "names_native": c["names_native"], "has_chapter": c["has_chapter"],
                      "emn_status": c["emn_status"], "contacts": c["contact_count"],
                      "hotlines": c["hotline_count"], "language": store.language} for c in countries])
        return EXIT_OK
    from fiitdesk.textout import countries_table

    print(countries_table(countries, store.meta, _language(args)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _store(args)
    record = store.country(_country(store, args.country))
    if args.json:
        _print_json({"language": store.language, **record})
        return EXIT_OK
    from fiitdesk.textout import country_text

    print(country_text(record, _language(args)))
    return EXIT_OK


def cmd_hotlines(args: argparse.Namespace) -> int:
    store = _store(args)
    country = _country(store, args.country) if args.country else None
    calling_from = _country(store, args.calling_from) if args.calling_from else None
    rows = store.hotlines(" ".join(args.query), country=country, audience=args.audience, calling_from=calling_from,
                          kinds=args.kind)
    if args.json:
        _print_json([{**directory_json(e), "language": store.language} for e in rows])
        return EXIT_OK
    from fiitdesk.kit.labels import say
    from fiitdesk.textout import directory_lines

    if not rows:
        print(say("no_number_matches", _language(args)), file=sys.stderr)
        return EXIT_OK
    print(directory_lines(rows, calling_from, _language(args)))
    return EXIT_OK


def directory_json(e: dict[str, Any]) -> dict[str, Any]:
    """One directory entry as ``hotlines --json`` prints it (the README lists these keys)."""
    return {"kind": e["kind"], "number_type": e["number_type"], "country": e["country"],
            "country_name": e["country_name"], "organisation": e["organisation"], "department": e["department"],
            "category": e["category"], "town": e["town"], "address": e["address"], "number": e["number"],
            "e164": e["e164"], "international": e["international"], "dial": e["dial"], "as_of": e["as_of"],
            "short_code_reason": e["reason"], "audience": e["audience"], "note": e["note"],
            "alternatives": [{k: a[k] for k in ("kind", "organisation", "number", "e164")}
                             for a in e["alternatives"]],
            "contact": {"id": e["contact"], "position": e["contact_position"]} if e["contact"] else None,
            "source": e["source"], **({"pending": e["pending"]} if e.get("pending") else {})}


def cmd_compare(args: argparse.Namespace) -> int:
    from fiitdesk.kit.compare import UnknownTopic, to_csv

    store = _store(args)
    codes = [_country(store, c) for c in args.countries]
    try:
        result = store.compare(codes, args.topic or None, language=_language(args))
    except UnknownTopic as exc:
        raise UsageError(str(exc)) from exc
    if args.json:
        _print_json({"language": store.language, **result})
    elif args.csv:
        # Bytes, not text: the same bytes as the window's export on every system (no newline translation).
        sys.stdout.flush()
        sys.stdout.buffer.write(to_csv(result).encode("utf-8"))
        sys.stdout.flush()
    else:
        from fiitdesk.textout import comparison_text

        print(comparison_text(result))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    store = _store(args)
    hits = store.search(" ".join(args.text), limit=args.limit)
    if args.json:
        from fiitdesk.kit.store import HIT_END, HIT_START

        _print_json([{**h, "snippet": h["snippet"].replace(HIT_START, "[").replace(HIT_END, "]"),
                      "language": store.language} for h in hits])
        return EXIT_OK
    from fiitdesk.kit.labels import say

    if not hits:
        print(say("no_results", _language(args)), file=sys.stderr)
        return EXIT_OK
    from fiitdesk.textout import search_lines

    print(search_lines(hits, _language(args)))
    return EXIT_OK


def cmd_glossary(args: argparse.Namespace) -> int:
    store = _store(args)
    terms = store.glossary(" ".join(args.text))
    if args.json:
        _print_json([{"term": t["term"], "definition": t["definition"], "origin": t["origin"], "note": t["note"],
                      "source": t["source"], "language": store.language,
                      **({"pending": t["pending"]} if t.get("pending") else {})} for t in terms])
        return EXIT_OK
    from fiitdesk.kit.labels import say

    if not terms:
        print(say("no_term_matches", _language(args)), file=sys.stderr)
        return EXIT_OK
    from fiitdesk.textout import glossary_text

    print(glossary_text(terms, store.sources, _language(args)))
    return EXIT_OK


def cmd_build_db(args: argparse.Namespace) -> int:
    try:
        from fiitdesk.kit.build import build_database
        from fiitdesk.kit.sources import KitError
    except ImportError as exc:  # the installed application ships a built database, not the build tools
        raise DataError("build-db needs the development set-up ('make run' in a checkout of FIIT Desk); "
                        "the installed application comes with its database") from exc

    target = Path(args.db) if args.db else paths.default_db_path()
    kit_dir = args.kit or paths.kit_dir()
    try:
        meta = build_database(kit_dir, target)
    except KitError as exc:
        raise DataError("the kit has errors; the database was not changed:\n  " +
                        "\n  ".join(exc.problems)) from exc
    except OSError as exc:
        raise DataError(f"cannot write {shown(target)}: {exc.strerror or exc}; the database was not changed") from exc
    print(f"built {shown(target)} (data {meta['data_version']}, schema {meta['schema_version']}, "
          f"checksum {meta['content_checksum'][:12]})")
    return EXIT_OK


def cmd_translations(args: argparse.Namespace) -> int:
    """The content's translation catalogs (data/kit/i18n/<lang>/*.po): refresh them from the French, or say
    how complete they are (status 1 while a text is untranslated, fuzzy or refused by the build)."""
    try:
        from fiitdesk.kit import translations
    except ImportError as exc:
        raise DataError("translations needs the development set-up ('make run' in a checkout of FIIT Desk)") from exc

    kit_dir = Path(args.kit) if args.kit else paths.kit_dir()
    languages = [args.language] if args.language else list(LANGUAGES[1:])
    incomplete = False
    for language in languages:
        try:
            report = (translations.extract if args.action == "extract" else translations.status)(kit_dir, language)
        except OSError as exc:
            raise DataError(f"{exc.filename or kit_dir}: {exc.strerror or exc}") from exc
        except Exception as exc:  # a catalog Babel cannot read: say which, never a traceback
            raise DataError(f"{language}: the catalogs cannot be read ({exc})") from exc
        total = sum(sum(c.values()) for c in report.values())
        done = sum(c["translated"] for c in report.values())
        print(f"{language}: {done} of {total} texts translated ({100 * done / total if total else 100:.1f} %)")
        for rel, counts in report.items():
            left = {k: counts[k] for k in ("fuzzy", "untranslated", "refused") if counts[k]}
            incomplete = incomplete or bool(left)
            if args.action == "status" or left:
                detail = ", ".join(f"{n} {k}" for k, n in left.items()) or "complete"
                share = 100 * counts["translated"] / sum(counts.values()) if sum(counts.values()) else 100
                print(f"  {rel + '.po':32} {counts['translated']:>5} / {sum(counts.values()):<5} {share:5.1f} %  "
                      f"{detail}")
    return EXIT_DATA if incomplete and args.action == "status" else EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    import gc

    # No garbage collection until the window is on screen: the start-up makes many objects and frees few,
    # and the collector's passes over them are ~4 ms of it (fiitdesk.ui.app.run turns it on again).
    gc.disable()
    from fiitdesk.ui.app import run

    return run(args)


def _lazy(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A handler imported when its command runs: the commands that need Qt load it only then."""

    def run(args: argparse.Namespace) -> int:
        return getattr(import_module(module), name)(args)

    run.__name__ = name
    return run


def _headless(name: str) -> Callable[[argparse.Namespace], int]:
    return _lazy("fiitdesk.ui.commands", name)


# -- parser -----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    from fiitdesk.kit.compare import TOPICS
    from fiitdesk.kit.store import AUDIENCES, KINDS

    parser = _Parser(prog="fiitdesk", description="FIIT Desk: offline reference kit on assistance to "
                     "victims of trafficking (IOM FIIT kit 2013, EMN study 2025).")
    parser.add_argument("--db", metavar="PATH", type=_named, help="use this kit database instead of the one in use")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int] | None, help_text: str,
            within: Any = sub) -> argparse.ArgumentParser:
        command = within.add_parser(name, help=help_text, description=help_text)
        # --db is accepted before or after the command; SUPPRESS keeps the global value otherwise.
        command.add_argument("--db", metavar="PATH", type=_named, default=argparse.SUPPRESS,
                             help="use this kit database instead of the one in use")
        if func is not None:
            command.set_defaults(func=func)
        return command

    def language(command: argparse.ArgumentParser, what: str = "language of the headings") -> None:
        command.add_argument("--language", choices=list(LANGUAGES), default=LANGUAGES[0], help=what)

    add("gui", cmd_gui, "open the application (the default)")
    countries = add("countries", cmd_countries, "list the countries the kit covers")
    countries.add_argument("--json", action="store_true", help="print JSON")
    language(countries, "the headings and the countries' names")
    show = add("show", cmd_show, "everything the kit says about one country")
    show.add_argument("country", metavar="CC", help="ISO code (BE, FR, HU, IT, GB; UK accepted) or a name")
    show.add_argument("--json", action="store_true", help="print JSON")
    language(show)
    hotlines = add("hotlines", cmd_hotlines, "whom to call: emergency numbers, hotlines and contacts, by country, "
                   "organisation, town, kind of service or digits")
    hotlines.add_argument("query", nargs="*", default=[], metavar="QUERY",
                          help="letters of a country, organisation or town, or digits (+44 800, 0044800…)")
    hotlines.add_argument("--country", metavar="CC", help="only this country")
    hotlines.add_argument("--audience", choices=AUDIENCES,
                          help="only numbers for (numbers for everyone are always kept)")
    hotlines.add_argument("--kind", action="append", choices=KINDS, help="only this kind of entry (repeatable)")
    hotlines.add_argument("--calling-from", metavar="CC", help="show the digits to dial from this country")
    hotlines.add_argument("--json", action="store_true", help="print JSON")
    language(hotlines)
    compare = add("compare", cmd_compare, "compare countries side by side")
    compare.add_argument("countries", nargs="+", metavar="CC")
    compare.add_argument("--topic", action="append", choices=list(TOPICS), metavar="T",
                         help="only this topic (repeatable): " + ", ".join(TOPICS))
    formats = compare.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--csv", action="store_true", help="print CSV")
    language(compare, "the topics, rows and countries' names (text, JSON and CSV)")
    search = add("search", cmd_search, "full-text search over the whole kit")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--limit", type=bounded_int(*LIMIT_RANGE), default=30, metavar="N",
                        help=f"at most this many hits, {LIMIT_RANGE[0]}–{LIMIT_RANGE[1]} (default 30)")
    search.add_argument("--json", action="store_true", help="print JSON")
    language(search)
    pack = add("pack", None, "signed data packs: keygen, build, verify, install, uninstall")
    actions = pack.add_subparsers(dest="pack_command", parser_class=_Parser, metavar="ACTION", required=True)
    keygen = add("keygen", cmd_pack_keygen, "make an Ed25519 key pair for a data publisher", actions)
    keygen.add_argument("--out", required=True, metavar="DIR", type=output_folder)
    pack_build = add("build", cmd_pack_build, "build the database from data/kit and sign it into a pack", actions)
    pack_build.add_argument("--key", required=True, metavar="PRIVATE_KEY", type=input_file)
    pack_build.add_argument("-o", "--output", required=True, metavar="FILE.fiitpack", type=output_file)
    pack_build.add_argument("--kit", metavar="DIR", type=input_folder, help="the curated sources (default data/kit)")
    verify = add("verify", cmd_pack_verify, "check a pack's signature, schema, checksum and integrity", actions)
    verify.add_argument("file", metavar="FILE", type=input_file)
    verify.add_argument("--keys", metavar="DIR", type=input_folder, help="trusted public keys (default: those shipped)")
    install = add("install", cmd_pack_install, "verify a pack and install it for this user", actions)
    install.add_argument("file", metavar="FILE", type=input_file)
    install.add_argument("--allow-downgrade", action="store_true", help="install even if older than the data in use")
    add("uninstall", cmd_pack_uninstall, "return to the data FIIT Desk was installed with", actions)
    glossary = add("glossary", cmd_glossary, "the 21 terms of the EMN study's glossary, or those matching TEXT")
    glossary.add_argument("text", nargs="*", metavar="TEXT")
    glossary.add_argument("--json", action="store_true", help="print JSON")
    language(glossary)
    sheet = add("sheet", _headless("sheet_command"), "write country sheets to a PDF (A4): the one-page essential "
                "sheet of each country, or with --full the full dossier")
    sheet.add_argument("countries", nargs="+", metavar="CC")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=output_file)
    sheet.add_argument("--full", action="store_true",
                       help="the full dossier (every section, several pages) instead of the one-page sheet")
    language(sheet)
    card = add("hotline-card", _headless("hotline_card_command"), "write the hotline card (one A4 page) to a PDF")
    card.add_argument("--country", metavar="CC", help="only this country's numbers (with its contacts)")
    card.add_argument("--calling-from", metavar="CC", help="the digits to dial from this country, its numbers first")
    card.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=output_file)
    language(card)
    add("self-test", _headless("self_test_command"), "open the window offscreen, use every view, print every sheet")
    shots = add("screenshots", _headless("screenshots_command"), "save a PNG of each main view")
    shots.add_argument("--out", required=True, metavar="DIR", type=output_folder)
    language(shots, "language of the interface")
    build = add("build-db", cmd_build_db, "validate data/kit and build the database")
    build.add_argument("--kit", metavar="DIR", type=input_folder, help="the curated sources (default data/kit)")
    translated = add("translations", cmd_translations, "the content's translation catalogs (data/kit/i18n): "
                     "extract refreshes them from the French, status says how complete they are")
    translated.add_argument("action", choices=["extract", "status"])
    translated.add_argument("--language", choices=list(LANGUAGES[1:]), help="only this language (default: all)")
    translated.add_argument("--kit", metavar="DIR", type=input_folder, help="the curated sources (default data/kit)")
    return parser


class StdoutFailed(Exception):
    """Standard output cannot be written (a full disk, a closed descriptor): the answer was not delivered."""

    def __init__(self, error: OSError):
        self.error = error
        super().__init__(error.strerror or str(error))


class _GuardedStdout:
    """Standard output whose failures say where they happened: a write error on stdout is not a bug."""

    def __init__(self, stream: Any):
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutFailed(exc) from exc

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise StdoutFailed(exc) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _silence_stdout(stream: Any) -> None:
    """After stdout failed, point its descriptor at the null device, so that Python's own flush at exit
    does not fail a second time with a traceback of its own."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def _failure(exc: BaseException) -> tuple[int, str] | None:
    """The status and the message for a failure, or None for an internal error (a bug)."""
    from fiitdesk.kit.compare import UnknownTopic
    from fiitdesk.kit.data import DataProblem
    from fiitdesk.kit.packs import PackError
    from fiitdesk.kit.store import StoreError, UnknownCountry

    if isinstance(exc, (BadInput, UnknownCountry, UnknownTopic)):
        return EXIT_USAGE, shown(exc)
    if isinstance(exc, Unusable):  # may list problems, one per line; names in it are already shown()
        return EXIT_DATA, printable_lines(str(exc))
    if isinstance(exc, (StoreError, DataProblem, PackError)):
        return EXIT_DATA, shown(exc)
    if isinstance(exc, StdoutFailed):
        return EXIT_DATA, f"cannot write to standard output ({shown(exc)})"
    if isinstance(exc, OSError):
        name = f"{shown(exc.filename)}: " if exc.filename else ""
        return EXIT_DATA, f"{name}{shown(exc.strerror or exc)}"
    return None


#: What ``fiitdesk`` and ``fiitdesk gui`` parse to: the window on the data in use (a test holds it to the parser).
WINDOW = {"command": "gui", "db": None, "version": None}


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line as a namespace with the command's ``func``; no command at all is the window.

    Without arguments (the desktop entry starts ``fiitdesk``) or with ``gui`` alone, the answer is known
    without building the parser of every command, which is ~6 ms of the window's start-up.
    """
    given = sys.argv[1:] if argv is None else list(argv)
    if given in ([], ["gui"]):
        return argparse.Namespace(**WINDOW, func=cmd_gui, json=False)
    args = build_parser().parse_args(given)
    if not getattr(args, "func", None):
        args.func = cmd_gui
        args.json = False
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Parse, dispatch to the command's ``func``, and end every failure in one line and a status."""
    stream = sys.stdout
    sys.stdout = guarded = _GuardedStdout(stream)
    try:
        args = parse(argv)
        status = args.func(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        _silence_stdout(stream)
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if isinstance(exc, StdoutFailed):
            _silence_stdout(stream)
        failure = _failure(exc)
        if failure is None:
            failure = EXIT_DATA, shown(f"internal error ({type(exc).__name__}: {exc}); please report it")
        print(f"fiitdesk: {failure[1]}", file=sys.stderr)
        return failure[0]
    finally:
        if sys.stdout is guarded:
            sys.stdout = stream
