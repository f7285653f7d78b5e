"""The command line: a thin face over ``fiitdesk.kit``, like sqlite-utils' cli over its db module.

Commands that need no window never import Qt, so they answer in a fraction of a second. Every error a
user can cause (an unknown country, a bad option, a missing database) ends in one clear line and a
non-zero status: 2 for bad input, 1 for data that cannot be used. Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from fiitdesk import __version__, paths
from fiitdesk.kit.labels import LANGUAGES

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2

#: The languages of the kit's content: the French it is written in, then its translations (the one list,
#: in fiitdesk.kit.labels: a plain module, cheap to import).
CONTENT_LANGUAGES = list(LANGUAGES)


class UsageError(Exception):
    """Bad input from the user: exit status 2."""


class DataError(Exception):
    """The data cannot be used (missing database, failed build): exit status 1."""


class _VersionAction(argparse.Action):
    """`fiitdesk --version`: the program's version and the version of the data it would open."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any):
        super().__init__(option_strings, dest=dest, nargs=0, help="show the program and data versions")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, *args: Any) -> None:
        from fiitdesk.kit.store import KitStore, StoreError

        path = Path(namespace.db) if getattr(namespace, "db", None) else paths.default_db_path()
        try:
            store = KitStore(path)
            data = f"data {store.meta.get('data_version', '?')}, built {store.meta.get('build_time', '?')}"
            store.close()
        except StoreError:
            data = f"no usable data at {path}"
        print(f"FIIT Desk {__version__} ({data})")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block and a line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


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
        print(f"fiitdesk: {choice.notice}", file=sys.stderr)
    language = getattr(args, "language", "fr")
    try:
        return store.with_language(language)
    except ValueError as exc:
        raise DataError(f"{exc}; rebuild it with 'python -m fiitdesk build-db'") from exc


def cmd_pack(args: argparse.Namespace) -> int:
    """Signed data packs: keygen, build, verify, install, and return to the installed data."""
    from fiitdesk.kit import packs

    try:
        if args.pack_command == "keygen":
            private, public = packs.generate_keys(Path(args.out))
            print(f"private key: {private}  (keep it offline, never in the repository)\n"
                  f"public key:  {public}  (copy it into resources/keys/ and ship it)")
        elif args.pack_command == "build":
            from fiitdesk.kit.build import build_database

            with tempfile.TemporaryDirectory(prefix="fiitdesk-pack-") as tmp:
                database = Path(tmp) / "fiit.db"
                build_database(Path(args.kit) if args.kit else paths.kit_dir(), database)
                manifest = packs.build_pack(database, Path(args.key), Path(args.output))
            print(f"{args.output}: data {manifest.data_version}, key {manifest.key_id}")
        elif args.pack_command == "verify":
            keys = packs.load_public_keys(Path(args.keys) if args.keys else paths.keys_dir())
            manifest = packs.verify_pack(Path(args.file), keys).manifest
            print(f"{args.file}: valid pack — data {manifest.data_version} of {manifest.created}, "
                  f"schema {manifest.schema_version}, key {manifest.key_id}")
        elif args.pack_command == "install":
            keys = packs.load_public_keys(paths.keys_dir())
            current = packs.resolve(paths.default_db_path(), paths.user_data_dir()).version
            manifest = packs.install_pack(Path(args.file), paths.user_data_dir(), keys, current,
                                          allow_downgrade=args.allow_downgrade)
            print(f"installed data {manifest.data_version} ({manifest.created}) into {paths.user_data_dir()}")
        elif args.pack_command == "uninstall":
            packs.return_to_installed(paths.user_data_dir())
            print("FIIT Desk uses the data it was installed with again")
    except packs.PackError as exc:
        raise DataError(f"refused: {exc}; nothing was changed") from exc
    except ImportError as exc:
        raise DataError("building packs needs the development set-up ('make run' in a checkout)") from exc
    except OSError as exc:
        raise DataError(f"{exc.filename or ''}: {exc.strerror or exc}; nothing was changed") from exc
    return EXIT_OK


def _country(store: Any, text: str) -> str:
    from fiitdesk.kit.store import UnknownCountry

    try:
        return store.resolve_country(text)
    except UnknownCountry as exc:
        raise UsageError(str(exc)) from exc


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

    print(countries_table(countries, store.meta))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    store = _store(args)
    record = store.country(_country(store, args.country))
    if args.json:
        _print_json({"language": store.language, **record})
        return EXIT_OK
    from fiitdesk.textout import country_text

    print(country_text(record))
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
    from fiitdesk.textout import directory_lines

    if not rows:
        print("Aucun numéro ne correspond. / No number matches.", file=sys.stderr)
        return EXIT_OK
    print(directory_lines(rows, calling_from, store.language))
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
        result = store.compare(codes, args.topic or None)
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
    if not hits:
        print("Aucun résultat. / No results.", file=sys.stderr)
        return EXIT_OK
    from fiitdesk.textout import search_lines

    print(search_lines(hits))
    return EXIT_OK


def cmd_glossary(args: argparse.Namespace) -> int:
    store = _store(args)
    terms = store.glossary(" ".join(args.text))
    if args.json:
        _print_json([{"term": t["term"], "definition": t["definition"], "origin": t["origin"], "note": t["note"],
                      "source": t["source"], "language": store.language,
                      **({"pending": t["pending"]} if t.get("pending") else {})} for t in terms])
        return EXIT_OK
    if not terms:
        print("Aucun terme ne correspond. / No term matches.", file=sys.stderr)
        return EXIT_OK
    from fiitdesk.textout import glossary_text

    print(glossary_text(terms, store.sources))
    return EXIT_OK


def cmd_build_db(args: argparse.Namespace) -> int:
    try:
        from fiitdesk.kit.build import build_database
        from fiitdesk.kit.sources import KitError
    except ImportError as exc:  # the installed application ships a built database, not the build tools
        raise DataError("build-db needs the development set-up ('make run' in a checkout of FIIT Desk); "
                        "the installed application comes with its database") from exc

    target = Path(args.db) if args.db else paths.default_db_path()
    kit_dir = Path(args.kit) if args.kit else paths.kit_dir()
    try:
        meta = build_database(kit_dir, target)
    except KitError as exc:
        raise DataError("the kit has errors; the database was not changed:\n  " +
                        "\n  ".join(exc.problems)) from exc
    except OSError as exc:
        raise DataError(f"cannot write {target}: {exc.strerror or exc}; the database was not changed") from exc
    print(f"built {target} (data {meta['data_version']}, schema {meta['schema_version']}, "
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
    from fiitdesk.ui.app import run

    return run(args)


def _headless(command: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from fiitdesk.ui.commands import run_headless

        return run_headless(command, args)

    return run


# -- parser -----------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fiitdesk", description="FIIT Desk: offline reference kit on assistance to "
                     "victims of trafficking (IOM FIIT kit 2013).")
    parser.add_argument("--db", metavar="PATH", help="use this kit database instead of the installed one")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        # --db is accepted before or after the command; SUPPRESS keeps the global value otherwise.
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                             help="use this kit database instead of the installed one")
        command.set_defaults(func=func)
        return command

    add("gui", cmd_gui, "open the application (the default)")
    countries = add("countries", cmd_countries, "list the countries the kit covers")
    countries.add_argument("--json", action="store_true", help="print JSON")
    countries.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    show = add("show", cmd_show, "everything the kit says about one country")
    show.add_argument("country", metavar="CC", help="ISO code (BE, FR, HU, IT, GB; UK accepted) or a name")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    hotlines = add("hotlines", cmd_hotlines, "whom to call: emergency numbers, hotlines and contacts, by country, "
                   "organisation, town, kind of service or digits")
    hotlines.add_argument("query", nargs="*", default=[], metavar="QUERY",
                          help="letters of a country, organisation or town, or digits (+44 800, 0044800…)")
    hotlines.add_argument("--country", metavar="CC", help="only this country")
    hotlines.add_argument("--audience", choices=["victims", "women", "children", "reporting",
                                                 "professionals", "general"],
                          help="only numbers for (numbers for everyone are always kept)")
    hotlines.add_argument("--kind", action="append", choices=["emergency", "hotline", "contact"],
                          help="only this kind of entry (repeatable)")
    hotlines.add_argument("--calling-from", metavar="CC", help="show the digits to dial from this country")
    hotlines.add_argument("--json", action="store_true", help="print JSON")
    hotlines.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    compare = add("compare", cmd_compare, "compare countries side by side")
    compare.add_argument("countries", nargs="+", metavar="CC")
    compare.add_argument("--topic", action="append", metavar="T",
                         help="only this topic (repeatable): identification, permits, accommodation, health, "
                              "legal_aid, language_courses, employment, framework, figures, hotlines")
    formats = compare.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--csv", action="store_true", help="print CSV")
    compare.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    search = add("search", cmd_search, "full-text search over the whole kit")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--limit", type=int, default=30, help="at most this many hits (default 30)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    pack = add("pack", cmd_pack, "signed data packs: keygen, build, verify, install, uninstall")
    pack_sub = pack.add_subparsers(dest="pack_command", parser_class=_Parser, metavar="ACTION", required=True)
    keygen = pack_sub.add_parser("keygen", help="make an Ed25519 key pair for a data publisher")
    keygen.add_argument("--out", required=True, metavar="DIR")
    pack_build = pack_sub.add_parser("build", help="build the database from data/kit and sign it into a pack")
    pack_build.add_argument("--key", required=True, metavar="PRIVATE_KEY")
    pack_build.add_argument("-o", "--output", required=True, metavar="FILE.fiitpack")
    pack_build.add_argument("--kit", metavar="DIR", help="the curated sources (default data/kit)")
    verify = pack_sub.add_parser("verify", help="check a pack's signature, schema, checksum and integrity")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--keys", metavar="DIR", help="trusted public keys (default: those shipped)")
    install = pack_sub.add_parser("install", help="verify a pack and install it for this user")
    install.add_argument("file", metavar="FILE")
    install.add_argument("--allow-downgrade", action="store_true", help="install even if older than the data in use")
    pack_sub.add_parser("uninstall", help="return to the data FIIT Desk was installed with")
    glossary = add("glossary", cmd_glossary, "the 21 terms of the EMN study's glossary, or those matching TEXT")
    glossary.add_argument("text", nargs="*", metavar="TEXT")
    glossary.add_argument("--json", action="store_true", help="print JSON")
    glossary.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                        help="language of the content (fr: the kit as written; en: its unofficial translation)")
    sheet = add("sheet", _headless("sheet"), "write country sheets to a PDF (A4): the one-page essential "
                "sheet of each country, or with --full the full dossier")
    sheet.add_argument("countries", nargs="+", metavar="CC")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sheet.add_argument("--full", action="store_true",
                       help="the full dossier (every section, several pages) instead of the one-page sheet")
    sheet.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                       help="language of the sheet (en: headings and an unofficial translation of the content)")
    card = add("hotline-card", _headless("hotline-card"), "write the hotline card (one A4 page) to a PDF")
    card.add_argument("--country", metavar="CC", help="only this country's numbers (with its contacts)")
    card.add_argument("--calling-from", metavar="CC", help="the digits to dial from this country, its numbers first")
    card.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    card.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr",
                      help="language of the card (en: headings and an unofficial translation of the content)")
    add("self-test", _headless("self-test"), "open the window offscreen, use every view, print every sheet")
    shots = add("screenshots", _headless("screenshots"), "save a PNG of each main view")
    shots.add_argument("--out", required=True, metavar="DIR")
    shots.add_argument("--language", choices=CONTENT_LANGUAGES, default="fr")
    build = add("build-db", cmd_build_db, "validate data/kit and build the database")
    build.add_argument("--kit", metavar="DIR", help="the curated sources (default data/kit)")
    translated = add("translations", cmd_translations, "the content's translation catalogs (data/kit/i18n): "
                     "extract refreshes them from the French, status says how complete they are")
    translated.add_argument("action", choices=["extract", "status"])
    translated.add_argument("--language", choices=CONTENT_LANGUAGES[1:], help="only this language (default: all)")
    translated.add_argument("--kit", metavar="DIR", help="the curated sources (default data/kit)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            args.func = cmd_gui
            args.json = False
        return args.func(args)
    except UsageError as exc:
        # One line, whatever the user typed: control characters in an argument are shown escaped.
        line = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(exc))
        print(f"fiitdesk: {line}", file=sys.stderr)
        return EXIT_USAGE
    except DataError as exc:
        print(f"fiitdesk: {exc}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from fiitdesk.kit.store import StoreError

        if isinstance(exc, StoreError):
            print(f"fiitdesk: {exc}", file=sys.stderr)
            return EXIT_DATA
        print(f"fiitdesk: internal error ({type(exc).__name__}: {exc}); please report it", file=sys.stderr)
        return EXIT_DATA
