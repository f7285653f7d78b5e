"""The rule for a reader's note: short, plain, about what it means for the field worker.

A ``note`` is shown to a social worker in a hurry — on a sheet, in a Compare cell, on a printed page — so
it says what an ambiguity means for them and what to check, in at most two sentences. The curator's
reasoning (which line of the extraction says what, the competing readings) belongs in ``evidence``, which
is kept and shown only on request. The build refuses a note that breaks this rule, naming file, record
and field, so the rule holds for every future pack as well as for today's kit.
"""

from __future__ import annotations

import re
import unicodedata

#: A note longer than this is evidence, not a note.
MAX_NOTE_CHARS = 300

#: Words of page layout and text extraction: they describe how the PDF was read, not what the reader
#: should do. Matched on accent-folded, lower-cased text, at the start of a word.
LAYOUT_WORDS: tuple[str, ...] = (
    "colonne", "intitule", "bloc", "extraction", "extrait du pdf", "pdf", "normalis", "imprim",
    "cellule", "puce", "mise en page", "transcri", "sommaire", "ocr", "case ", "en regard",
)

_LAYOUT = re.compile(r"\b(" + "|".join(re.escape(w) for w in LAYOUT_WORDS) + ")")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def note_problems(note: str | None) -> list[str]:
    """Why ``note`` is not fit for a reader (empty when it is)."""
    if not note:
        return []
    problems = []
    if len(note) > MAX_NOTE_CHARS:
        problems.append(f"a note is at most {MAX_NOTE_CHARS} characters for the reader (this one has "
                        f"{len(note)}): keep what they must do, move the reasoning to 'evidence'")
    found = sorted({m.group(1).strip() for m in _LAYOUT.finditer(_folded(note))})
    if found:
        problems.append(f"a note speaks to the reader, not about page layout or extraction (found: "
                        f"{', '.join(found)}): move that to 'evidence'")
    return problems


if __name__ == "__main__":  # pragma: no cover - a curator's check of one file: python -m fiitdesk.kit.notes F
    import sys

    import yaml

    def _walk(node: object, where: str) -> None:
        if isinstance(node, dict):
            for problem in note_problems(node.get("note") if isinstance(node.get("note"), str) else None):
                print(f"{where}: {problem}\n    {node['note'][:120]}…")
            for key, value in node.items():
                _walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                _walk(value, f"{where}[{i}]")

    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as handle:
            _walk(yaml.safe_load(handle), name)
