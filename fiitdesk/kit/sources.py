"""Read and validate the curated kit in data/kit.

A curator who makes a mistake must learn at once which file, which record and which field is wrong and
what was expected, so this module turns pydantic's errors and its own cross-checks (known documents,
known countries, unique ids, phone numbers that parse and belong to the right country) into
``KitError`` messages of that form. YAML is read with ``safe_load`` only: the kit is data, never code.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from fiitdesk.kit import names
from fiitdesk.kit.model import (
    Country,
    EmnCountry,
    EmnFact,
    EmnMeasure,
    GlossaryTerm,
    Hotline,
    Practice,
    Source,
    SourceRef,
    VictimsRow,
)
from fiitdesk.kit.phones import PhoneError, parse_printed
from fiitdesk.kit.schema import EU_TOTAL

M = TypeVar("M", bound=BaseModel)

#: What ``load_kit`` may do to each file's data before validating it: the build applies a language's
#: translations there (``fiitdesk.kit.translations.Translator``), so a translated kit is validated like
#: the French one and has the very same structure.
Transform = Callable[[Path, Any], Any]
#: The validation context of the kit being loaded: {"translation": True} for a translated kit, whose notes
#: are checked against their French rather than by the French note rule (``model.Sourced``).
_CONTEXT: ContextVar[dict[str, Any] | None] = ContextVar("fiitdesk_kit_validation", default=None)


class KitError(Exception):
    """One or more problems in the curated sources; ``problems`` holds one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass
class EmnKit:
    """The EMN study's layer (data/kit/emn/), validated."""

    countries: list[EmnCountry] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    victims: list[VictimsRow] = field(default_factory=list)
    facts: list[EmnFact] = field(default_factory=list)
    measures: list[EmnMeasure] = field(default_factory=list)


#: The files of data/kit/emn and the model each holds.
EMN_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "countries.yaml": ("countries", EmnCountry),
    "glossary.yaml": ("glossary", GlossaryTerm),
    "victims_2022.yaml": ("victims", VictimsRow),
    "facts_plans.yaml": ("facts", EmnFact),
    "facts_practices.yaml": ("facts", EmnFact),
    "facts_completeness.yaml": ("facts", EmnFact),
    "measures_annex1.yaml": ("measures", EmnMeasure),
    "measures_annex2.yaml": ("measures", EmnMeasure),
}


@dataclass
class Kit:
    """Everything in data/kit, validated."""

    sources: list[Source]
    countries: list[Country]
    hotlines: list[Hotline]
    practices: list[Practice]
    files: list[Path] = field(default_factory=list)
    emn: EmnKit = field(default_factory=EmnKit)


def _read_yaml(path: Path, problems: list[str], transform: Transform | None = None) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        return transform(path, data) if transform is not None and data is not None else data
    except FileNotFoundError:
        problems.append(f"{path}: missing (expected a YAML file here)")
    except yaml.YAMLError as exc:
        problems.append(f"{path}: not valid YAML: {exc}".replace("\n", " "))
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
    return None


def _describe(record: Any, index: int | None) -> str:
    where = f"record {index + 1}" if index is not None else "record"
    if isinstance(record, dict):
        for key in ("id", "code", "organisation", "number"):
            if isinstance(record.get(key), str):
                return f"{where} ({key} {record[key]!r})"
    return where


def _location(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(the record itself)"


def _validate(model: type[M], record: Any, path: Path, index: int | None, problems: list[str]) -> M | None:
    try:
        return model.model_validate(record, context=_CONTEXT.get())
    except ValidationError as exc:
        for error in exc.errors():
            got = error.get("input")
            shown = repr(got) if not isinstance(got, dict | list) else type(got).__name__
            problems.append(
                f"{path}: {_describe(record, index)}, field {_location(error['loc'])}: "
                f"{error['msg']} (got {shown})"
            )
    return None


def _validate_list(model: type[M], path: Path, problems: list[str], transform: Transform | None = None) -> list[M]:
    data = _read_yaml(path, problems, transform)
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"{path}: expected a list of records, got {type(data).__name__}")
        return []
    records = [_validate(model, record, path, i, problems) for i, record in enumerate(data)]
    return [r for r in records if r is not None]


def load_kit(kit_dir: Path, transform: Transform | None = None) -> Kit:
    """Load every file of ``kit_dir`` and cross-check it; raise ``KitError`` listing every problem.

    ``transform`` changes each file's data before it is validated (the build's translations)."""
    token = _CONTEXT.set({"translation": True} if transform is not None else None)
    try:
        return _load_kit(kit_dir, transform)
    finally:
        _CONTEXT.reset(token)


def _load_kit(kit_dir: Path, transform: Transform | None) -> Kit:
    problems: list[str] = []
    files = [kit_dir / "sources.yaml", kit_dir / "hotlines.yaml", kit_dir / "practices.yaml"]
    sources = _validate_list(Source, files[0], problems, transform)
    hotlines = _validate_list(Hotline, files[1], problems, transform)
    practices = _validate_list(Practice, files[2], problems, transform)
    countries: list[Country] = []
    country_files = sorted((kit_dir / "countries").glob("*.yaml"))
    if not country_files:
        problems.append(f"{kit_dir / 'countries'}: no country file (expected XX.yaml, one per country)")
    for path in country_files:
        files.append(path)
        data = _read_yaml(path, problems, transform)
        if data is None:
            continue
        country = _validate(Country, data, path, None, problems)
        if country is not None:
            if country.code != path.stem:
                problems.append(f"{path}: field code: {country.code!r} does not match the file name")
            countries.append(country)
    countries = _in_chapter_order(kit_dir, countries, problems)
    emn = _load_emn(kit_dir / "emn", files, problems, transform)
    if not problems:
        _cross_check(kit_dir, sources, countries, hotlines, practices, problems)
        _cross_check_emn(kit_dir / "emn", sources, emn, problems)
    if problems:
        raise KitError(problems)
    return Kit(sources, countries, hotlines, practices, files, emn)


def _load_emn(folder: Path, files: list[Path], problems: list[str], transform: Transform | None = None) -> EmnKit:
    """The EMN layer: every file of EMN_FILES must be there once the folder exists."""
    emn = EmnKit()
    if not folder.is_dir():
        return emn
    for name, (attribute, model) in EMN_FILES.items():
        path = folder / name
        files.append(path)
        records = _validate_list(model, path, problems, transform)
        getattr(emn, attribute).extend(records)
        _check_emn_records(path, records, {c.country for c in emn.countries}, problems)
    return emn


def _check_emn_records(path: Path, records: list, covered: set[str], problems: list[str]) -> None:
    """Known country codes (Greece is GR); facts and measures only for countries the study covers."""
    for i, record in enumerate(records):
        code = getattr(record, "country", None)
        if code is None:
            continue
        if code == EU_TOTAL and isinstance(record, VictimsRow) and record.name_printed == "Total":
            continue  # Tableau 1's printed Total row, kept as printed (see victims_2022.yaml)
        if not names.is_country(code):
            problems.append(f"{path}: record {i + 1}, field country: unknown country code {code!r} "
                            "(ISO 3166-1 alpha-2; the study's EL is GR)")
        elif isinstance(record, EmnFact | EmnMeasure) and code not in covered:
            problems.append(f"{path}: record {i + 1}, field country: {code} is not listed in countries.yaml")


def _cross_check_emn(folder: Path, sources: list[Source], emn: EmnKit, problems: list[str]) -> None:
    doc_ids = {s.id for s in sources}
    for attribute in ("countries", "glossary", "victims", "facts", "measures"):
        for i, record in enumerate(getattr(emn, attribute)):
            if record.source.doc not in doc_ids:
                problems.append(f"{folder}: {attribute} record {i + 1}, field source.doc: unknown document "
                                f"{record.source.doc!r}")


def _in_chapter_order(kit_dir: Path, countries: list[Country], problems: list[str]) -> list[Country]:
    """The chapters in the order kit.yaml gives (the FIIT kit's own order); every file must be listed."""
    path = kit_dir / "kit.yaml"
    settings = _read_yaml(path, problems) or {}
    order = settings.get("chapters") if isinstance(settings, dict) else None
    if not isinstance(order, list):
        problems.append(f"{path}: field chapters: expected the list of country chapters in the kit's order")
        return countries
    by_code = {c.code: c for c in countries}
    for code in set(by_code) - set(order):
        problems.append(f"{path}: field chapters: {code} has a file in countries/ but is not listed")
    for code in set(order) - set(by_code):
        problems.append(f"{path}: field chapters: {code} is listed but countries/{code}.yaml is missing")
    return [by_code[c] for c in order if c in by_code]


def _cross_check(
    kit_dir: Path,
    sources: list[Source],
    countries: list[Country],
    hotlines: list[Hotline],
    practices: list[Practice],
    problems: list[str],
) -> None:
    """Checks that span records: the things pydantic cannot see from inside one record."""
    doc_ids = {s.id for s in sources}

    def check_source(path: Path, what: str, ref: SourceRef) -> None:
        if ref.doc not in doc_ids:
            problems.append(f"{path}: {what}, field source.doc: unknown document {ref.doc!r} "
                            f"(expected one of {sorted(doc_ids)})")

    def check_country(path: Path, what: str, field_name: str, code: str) -> None:
        if not names.is_country(code):
            problems.append(f"{path}: {what}, field {field_name}: unknown country code {code!r} "
                            "(expected an ISO 3166-1 alpha-2 code such as BE, FR, GB)")

    seen_ids: dict[str, Path] = {}
    for country in countries:
        path = kit_dir / "countries" / f"{country.code}.yaml"
        check_country(path, "record", "code", country.code)
        sourced = [("identification", country.identification), ("challenges", country.challenges)]
        sourced += [(f"permits[{i}]", p) for i, p in enumerate(country.permits)]
        sourced += [(f"accommodation[{i}]", a) for i, a in enumerate(country.accommodation)]
        sourced += [(f"services[{i}]", s) for i, s in enumerate(country.services)]
        sourced += [(f"contacts[{i}]", c) for i, c in enumerate(country.contacts)]
        sourced += [(f"figures[{i}]", f) for i, f in enumerate(country.figures)]
        sourced += [(f"testimonies[{i}]", t) for i, t in enumerate(country.testimonies)]
        sourced += [(f"framework.{k}", getattr(country.framework, k)) for k in type(country.framework).model_fields]
        if country.origin_countries:
            sourced.append(("origin_countries", country.origin_countries))
            for code in country.origin_countries.countries:
                check_country(path, "origin_countries", "countries", code)
        for what, record in sourced:
            check_source(path, what, record.source)
        for permit in country.permits:
            if permit.id in seen_ids:
                problems.append(f"{path}: permit {permit.id!r}: id already used in {seen_ids[permit.id]}")
            seen_ids[permit.id] = path
        for i, contact in enumerate(country.contacts):
            for j, phone in enumerate(contact.phones):
                _check_phone(path, f"contacts[{i}] ({contact.organisation!r})", f"phones[{j}]",
                             phone.number, country.code, contact.note, problems)
    hotline_path = kit_dir / "hotlines.yaml"
    for i, hotline in enumerate(hotlines):
        what = f"record {i + 1} ({hotline.organisation!r})"
        check_country(hotline_path, what, "country", hotline.country)
        check_source(hotline_path, what, hotline.source)
        _check_phone(hotline_path, what, "number", hotline.number, hotline.country, hotline.note, problems)
    practice_path = kit_dir / "practices.yaml"
    for i, practice in enumerate(practices):
        what = f"record {i + 1} ({practice.id!r})"
        check_country(practice_path, what, "country", practice.country)
        check_source(practice_path, what, practice.source)


def _check_phone(path: Path, what: str, field_name: str, number: str, country: str,
                 note: str | None, problems: list[str]) -> None:
    """A number must parse, and belong to the record's country unless a note explains why not."""
    try:
        parsed = parse_printed(number, country)
    except PhoneError as exc:
        problems.append(f"{path}: {what}, field {field_name}: {exc}")
        return
    if parsed.region and parsed.region != country and not note:
        problems.append(
            f"{path}: {what}, field {field_name}: {number!r} has the calling code of {parsed.region}, "
            f"not {country}; fix the country or add a note that explains it"
        )
