"""The kit's content in other languages: gettext catalogs beside the French sources, checked by the build.

The curated French in ``data/kit`` is the original; a translation lives in ``data/kit/i18n/<lang>/``, one
PO file per YAML file (``countries/BE.po`` for ``countries/BE.yaml``), the format translators already use
(Poedit, Weblate, Lokalize). Each entry's ``msgctxt`` names the record and the field
(``permits[be-reflection].note``, ``[12].text``), its ``msgid`` is the French as curated, its ``msgstr``
the translation. ``extract`` refreshes the catalogs from the YAML: a French text that changed keeps its old
translation but marked ``fuzzy`` (with the previous French), and a fuzzy or empty translation is never
used — the reader sees the French, marked "translation pending", never a stale translation.

``translation_problems`` is what the build refuses: a digit run added, lost or changed (dates, durations,
article numbers, amounts, phone numbers), an e-mail or web address changed, an empty translation of a
non-empty text, a term of the termbase rendered otherwise. Everything here runs at build time (Babel is a
build dependency); the running application reads only what the build stored.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

#: Keys whose values are not prose: identifiers, codes, vocabularies, numbers, addresses, printed forms.
#: Everything else that holds a letter is text a reader sees, and is translated.
NOT_TRANSLATED = frozenset({
    "id", "code", "country", "doc", "page", "number", "emails", "web", "fax", "audience", "kind", "stage",
    "rights", "topic", "unit", "metric", "value", "printed", "address", "person", "country_printed",
    "name_printed", "code_printed", "renewable", "free_of_charge", "third_country_nationals", "minors", "men",
    "mixed_only", "annex", "start_year", "end_year", "duration_days", "length_of_stay_days", "order", "countries",
    "data_version", "chapters", "file", "as_of", "year",
})
#: Words of the model's vocabularies (a contact's category, a country's EMN status): identifiers, not prose.
VOCABULARY = frozenset({"institution", "ngo", "international_organisation", "other", "member", "observer"})
#: Keys translated once for the whole kit rather than per record: the same heading is the same heading.
SHARED_CONTEXT = {"section": "source.section"}

#: The date written in every catalog's header, so that refreshing unchanged catalogs changes no byte.
_HEADER_DATE = datetime(2026, 12, 1, tzinfo=UTC)

_DIGITS = re.compile(r"\d+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WEB = re.compile(r"(?:https?://|www\.)[^\s«»“”()\"',;]+|\b[\w-]+(?:\.[\w-]+)*\.(?:be|fr|it|hu|uk|org|eu|int|gov|com|net|de|nl|at|lt|lv|ee|fi|se|si|sk|cz|pl|pt|es|gr|cy|hr|ie|lu|ge|rs)(?:/[^\s«»“”()\"',;]*)?\b")
#: French quoted inside a text (« … »): the source's own words, which a translation may keep in French.
_QUOTED = re.compile(r"«[^»]*»")


@dataclass(frozen=True)
class Entry:
    """One translatable text: where it is (file, context) and the French."""

    file: str
    context: str
    text: str


def _translatable(key: str, text: str) -> bool:
    """Prose a reader sees: it has a letter, and it is not a vocabulary word or a language code ("fr")."""
    if re.search(r"[^\W\d_]", text) is None or text in VOCABULARY:
        return False
    return not (key == "language" and re.fullmatch(r"[a-z]{2}", text))


def _label(item: Any, index: int) -> str:
    """A list item's stable name in a context: its id where it has one, else its position."""
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return item["id"]
    return str(index)


def _map(node: Any, path: str, translate: Callable[[str, str], str]) -> Any:
    """A copy of ``node`` with every translatable string replaced by ``translate(context, text)``.

    The one walk over the kit's YAML: ``entries`` (what the catalogs hold) and ``Translator`` (what the
    build applies) both go through it, so a catalog entry and the text it translates can never drift apart.
    """
    if isinstance(node, dict):
        copy: dict[Any, Any] = {}
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            if key in NOT_TRANSLATED:
                copy[key] = value
            elif isinstance(value, str):
                copy[key] = translate(SHARED_CONTEXT.get(key, child), value) if _translatable(key, value) else value
            else:
                copy[key] = _map(value, child, translate)
        return copy
    if isinstance(node, list):
        items: list[Any] = []
        for index, item in enumerate(node):
            child = f"{path}[{_label(item, index)}]"
            if isinstance(item, str):
                items.append(translate(child, item) if _translatable("", item) else item)
            else:
                items.append(_map(item, child, translate))
        return items
    return node


def _walk(node: Any, path: str) -> list[tuple[str, str]]:
    """(context, text) for every translatable string under ``node``, in document order."""
    found: list[tuple[str, str]] = []

    def collect(context: str, text: str) -> str:
        found.append((context, text))
        return text

    _map(node, path, collect)
    return found


def source_files(kit_dir: Path) -> list[Path]:
    """The YAML files whose text is translated (every file of the kit but its bookkeeping)."""
    return sorted(p for p in kit_dir.rglob("*.yaml") if "i18n" not in p.parts and p.name != "kit.yaml")


def entries(kit_dir: Path) -> list[Entry]:
    """Every translatable text of the kit, in file order, each shared context once per file."""
    found: list[Entry] = []
    for path in source_files(kit_dir):
        rel = path.relative_to(kit_dir).with_suffix("").as_posix()
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        seen: set[tuple[str, str]] = set()
        for context, text in _walk(data, ""):
            if (context, text) not in seen:
                seen.add((context, text))
                found.append(Entry(rel, context, text))
    return found


def catalog_path(kit_dir: Path, language: str, rel: str) -> Path:
    return kit_dir / "i18n" / language / f"{rel}.po"


def _read(path: Path, language: str) -> Any:
    from babel.messages.pofile import read_po

    if not path.exists():
        return None
    with path.open("rb") as handle:
        return read_po(handle, locale=language, abort_invalid=True)


def extract(kit_dir: Path, language: str) -> dict[str, Counter]:
    """Refresh ``i18n/<language>/*.po`` from the French: new texts untranslated, changed texts fuzzy (their
    previous French kept for the translator), texts no longer in the kit dropped. Returns counts per file."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    by_file: dict[str, list[Entry]] = {}
    for entry in entries(kit_dir):
        by_file.setdefault(entry.file, []).append(entry)
    report: dict[str, Counter] = {}
    for rel, items in by_file.items():
        path = catalog_path(kit_dir, language, rel)
        old = _read(path, language)
        old_exact: dict[tuple[str, str], Any] = {}
        old_by_context: dict[str, Any] = {}
        if old is not None:
            for message in old:
                if message.id:
                    old_exact[(message.context, message.id)] = message
                    old_by_context.setdefault(message.context, message)
        catalog = Catalog(locale=language, domain=rel.replace("/", "-"), project="FIIT Desk",
                          creation_date=_HEADER_DATE, revision_date=_HEADER_DATE, fuzzy=False,
                          header_comment=f"# {language} translation of data/kit/{rel}.yaml (FIIT Desk).\n"
                                         "# Unofficial: the French original prevails. See docs/translating.md.")
        counts: Counter = Counter()
        shared = set(SHARED_CONTEXT.values())
        for item in items:
            # The same record and field with the same French keeps its translation; the same record and
            # field with another French is that text changed (fuzzy). A shared context (every section
            # heading of a file) names no one record, so only the exact French counts there.
            before = old_exact.get((item.context, item.text))
            if before is None and item.context not in shared:
                before = old_by_context.get(item.context)
            if before is not None and before.id == item.text:
                string, flags, previous = before.string, set(before.flags), before.previous_id
                counts["fuzzy" if "fuzzy" in flags else ("translated" if string else "untranslated")] += 1
            elif before is not None and before.string:
                string, flags, previous = before.string, {"fuzzy"}, before.id
                counts["fuzzy"] += 1
            else:
                string, flags, previous = "", set(), ()
                counts["untranslated"] += 1
            if not previous or "fuzzy" not in flags:
                previous = ()
            catalog.add(item.text, string, context=item.context, flags=flags, previous_id=previous)
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        write_po(buffer, catalog, width=100, no_location=True, include_previous=True, sort_output=False)
        if not path.exists() or path.read_bytes() != buffer.getvalue():
            path.write_bytes(buffer.getvalue())
        report[rel] = counts
    return report


def status(kit_dir: Path, language: str) -> dict[str, Counter]:
    """Per file: how many texts are translated (and usable), fuzzy, not translated yet, or translated in a
    way the build refuses (``translation_problems``): what ``fiitdesk translations status`` prints."""
    termbase = load_termbase(kit_dir, language)
    report: dict[str, Counter] = {}
    wanted: dict[str, dict[str, str]] = {}
    for entry in entries(kit_dir):
        wanted.setdefault(entry.file, {})[entry.context + "\x04" + entry.text] = entry.text
    for rel, keys in wanted.items():
        catalog = _read(catalog_path(kit_dir, language, rel), language)
        have = {}
        if catalog is not None:
            for message in catalog:
                if message.id:
                    have[message.context + "\x04" + message.id] = message
        counts: Counter = Counter()
        for key in keys:
            message = have.get(key)
            if message is None or not message.string:
                counts["untranslated"] += 1
            elif "fuzzy" in message.flags:
                counts["fuzzy"] += 1
            elif translation_problems(message.id, message.string, termbase):
                counts["refused"] += 1
            else:
                counts["translated"] += 1
        report[rel] = counts
    return report


# -- what the build refuses ----------------------------------------------------------------------------


def _digit_runs(text: str) -> Counter:
    # "1 502" and "1.502" are one number in French and "1,502" in English: join digit groups first.
    joined = re.sub(r"(?<=\d)[\s\u00a0\u202f.,](?=\d{3}\b)", "", text)
    return Counter(_DIGITS.findall(joined))


def translation_problems(french: str, translated: str, termbase: dict[str, list[str]] | None = None) -> list[str]:
    """Why ``translated`` may not stand for ``french`` (empty when it may)."""
    if not translated.strip():
        return ["empty translation of a non-empty text"]
    problems = []
    before, after = _digit_runs(french), _digit_runs(translated)
    if before != after:
        lost, added = before - after, after - before
        parts = [f"lost {', '.join(sorted(lost))}" if lost else "", f"added {', '.join(sorted(added))}" if added
                 else ""]
        problems.append("digits differ from the French (" + "; ".join(p for p in parts if p) + ")")
    for kind, pattern in (("e-mail address", _EMAIL), ("web address", _WEB)):
        if Counter(pattern.findall(french)) != Counter(pattern.findall(translated)):
            problems.append(f"an {kind} differs from the French" if kind[0] == "e" else f"a {kind} differs from "
                            "the French")
    # A term inside a quotation is the source's own French, which the translation may keep as quoted.
    plain_french = _QUOTED.sub(" ", french).replace("’", "'")
    plain_translated = translated.replace("’", "'")
    for term, renderings in (termbase or {}).items():
        if re.search(rf"\b{re.escape(term.replace('’', chr(39)))}\b", plain_french, re.IGNORECASE) and not any(
                re.search(rf"\b{re.escape(r.replace('’', chr(39)))}", plain_translated, re.IGNORECASE)
                for r in renderings):
            problems.append(f"termbase: « {term} » is rendered « {' » or « '.join(renderings)} »")
    return problems


def load_termbase(kit_dir: Path, language: str) -> dict[str, list[str]]:
    """Fixed renderings of the kit's legal and institutional terms (``i18n/<lang>/termbase.yaml``): each
    French term with its rendering, or the few renderings the termbase accepts for it."""
    path = kit_dir / "i18n" / language / "termbase.yaml"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return {str(k): [str(r) for r in v] if isinstance(v, list) else [str(v)] for k, v in data.items()}


# -- what the build applies ----------------------------------------------------------------------------

#: How a translated kit marks a text still in French (no translation yet, or a fuzzy one) until the build
#: has turned its rows into the ``translations`` table: the mark travels with the text through validation
#: and every row the build derives from it (a search document, a directory entry), so the build knows
#: which stored values are pending without mapping catalog contexts to tables. It stands in for the text's
#: first space, so that a note keeps its length (``notes.MAX_NOTE_CHARS``); a text without a space gets it
#: in front. Private-use characters: the kit never contains them (``Translator`` checks).
PENDING_SPACE = "\ue001"
PENDING_FRONT = "\ue000"


def mark_pending(text: str) -> str:
    return text.replace(" ", PENDING_SPACE, 1) if " " in text else PENDING_FRONT + text


def unmark(value: Any) -> tuple[Any, bool]:
    """``value`` without pending marks, and whether it had any (a string, or anything else unchanged)."""
    if not isinstance(value, str) or (PENDING_SPACE not in value and PENDING_FRONT not in value):
        return value, False
    return value.replace(PENDING_SPACE, " ").replace(PENDING_FRONT, ""), True


class Translator:
    """One language's catalogs applied to the kit's raw YAML, file by file, before model validation.

    Passed to ``sources.load_kit(transform=…)``, it gives a kit of the very same structure with each text
    replaced by its translation where the catalog has a usable one: not fuzzy, not empty, and accepted by
    ``translation_problems``. A refused translation is recorded in ``problems`` (the build stops on them,
    naming catalog, msgctxt and problem, so a bad translation never ships); a missing or fuzzy one leaves
    the French, marked pending (``mark_pending``), and is counted in ``pending``.
    """

    def __init__(self, kit_dir: Path, language: str):
        self.kit_dir = kit_dir.resolve()
        self.language = language
        self.termbase = load_termbase(kit_dir, language)
        self.problems: list[str] = []
        self.pending: list[tuple[str, str]] = []
        self.used = 0
        self._translated = {p.resolve() for p in source_files(kit_dir)}

    def _messages(self, path: Path) -> dict[tuple[str, str], Any]:
        try:
            catalog = _read(path, self.language)
        except Exception as exc:  # babel raises its own PoFileError, or a decoding error
            self.problems.append(f"{path}: not a readable PO catalog ({exc})")
            return {}
        if catalog is None:
            return {}
        return {(m.context, m.id): m for m in catalog if m.id and isinstance(m.id, str)}

    def __call__(self, path: Path, data: Any) -> Any:
        resolved = path.resolve()
        if resolved not in self._translated:
            return data
        rel = resolved.relative_to(self.kit_dir).with_suffix("").as_posix()
        catalog_file = catalog_path(self.kit_dir, self.language, rel)
        here = Path.cwd().resolve()
        shown = catalog_file.relative_to(here) if here in catalog_file.parents else catalog_file
        messages = self._messages(catalog_file)

        def translate(context: str, text: str) -> str:
            if PENDING_SPACE in text or PENDING_FRONT in text:
                self.problems.append(f"{path}: {context}: a private-use character U+E000/U+E001 in the French")
                return text
            message = messages.get((context, text))
            string = message.string if message is not None and isinstance(message.string, str) else ""
            if not string or "fuzzy" in message.flags:
                self.pending.append((rel, context))
                return mark_pending(text)
            problems = translation_problems(text, string, self.termbase)
            if problems:
                self.problems += [f"{shown}: msgctxt \"{context}\": {problem}" for problem in problems]
                return text
            self.used += 1
            return string

        return _map(data, "", translate)
