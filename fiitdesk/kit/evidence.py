"""The « Pourquoi ? » disclosure: a note's evidence, in the screen sheet but shown only on request.

The screen sheet carries each note's evidence inside an HTML comment, so the text browser lays out only
what the reader sees; the note's link ``why:ID`` asks to reveal it. ``reveal`` uncomments the chosen
blocks and turns their link's ▸ into ▾. The markers are written here and nowhere else: the templates
call ``opening`` / ``closing``, the window calls ``reveal``. Printed sheets carry no evidence at all.

Cheap to import (no Jinja2, no Qt).
"""

from __future__ import annotations

import re
from collections.abc import Collection

SCHEME = "why:"
CLOSED, OPEN = "▸", "▾"

_IDS = re.compile(r'href="why:([0-9a-f]+)"')


def evidence_id(evidence: str) -> str:
    """A stable id for a piece of evidence (the same text gives the same id in every build and language)."""
    import hashlib  # not at import: the window's start-up only shows ids made at build time

    return hashlib.sha1(evidence.encode("utf-8")).hexdigest()[:12]


def opening(ident: str) -> str:
    return f"<!--{SCHEME}{ident}|"


def closing(ident: str) -> str:
    return f"|{SCHEME}{ident}-->"


def ids(html: str) -> list[str]:
    """The evidence ids a page offers, in page order, each once."""
    return list(dict.fromkeys(_IDS.findall(html)))


def reveal(html: str, shown: Collection[str]) -> str:
    """``html`` with the evidence of ``shown`` visible, and their links marked open."""
    for ident in shown:
        html = (html.replace(opening(ident), "").replace(closing(ident), "")
                .replace(f'href="{SCHEME}{ident}">{CLOSED}', f'href="{SCHEME}{ident}">{OPEN}'))
    return html
