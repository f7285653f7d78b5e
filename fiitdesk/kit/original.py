"""The original a click away: how a translated page links each of its sections to the kit's French text.

On screen, a page whose content is translated (``KitStore.sheet_html(code, "en")``, ``page_html(…, "en")``)
has, under each section heading, the words "Unofficial English translation…" and a link
``original:SECTION`` (``SECTION`` a section id of ``fiitdesk.kit.sections``, or ``page`` for a good practice
or a glossary term). The same page with the French text (``original=True``) has, at the same anchors, a
link ``translation:SECTION`` back. The window handles both schemes: it shows the other page, scrolled to
that section. Cheap to import (no Jinja2, no Qt).
"""

from __future__ import annotations

SCHEME = "original:"
BACK_SCHEME = "translation:"
#: The anchor a good practice's or a glossary term's page links with (it has one section: itself).
WHOLE_PAGE = "page"


def link_target(href: str) -> tuple[bool, str] | None:
    """(show the original?, section) for a link of a translated page or its original, else None."""
    for scheme, to_original in ((SCHEME, True), (BACK_SCHEME, False)):
        if href.startswith(scheme):
            return to_original, href[len(scheme):]
    return None
