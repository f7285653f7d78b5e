"""What stored HTML may ask for: nothing but the sheet's own chart images.

Country sheets are stored pre-rendered (the build's Jinja2 templates, with every text from the kit escaped),
and a signed pack carries its own. Qt loads whatever an ``<img src>``, a ``background`` attribute, a CSS
``url()`` / ``@import`` or a ``<link>`` names, from the disk or elsewhere; the window answers every name it
does not own with nothing (``fiitdesk.ui.inert``), and before a pack is installed this check refuses HTML
that names anything at all but a ``chart:`` image. Two guards, so neither alone has to be perfect.

The check reads the raw text with deliberately wide patterns rather than parsing it: a parser that reads
malformed markup differently from Qt's could miss what Qt sees; a pattern that refuses a harmless oddity
only makes a publisher fix their pack before shipping it (``pack verify`` says which sheet and what).
"""

from __future__ import annotations

import re

#: The one kind of resource a stored sheet refers to: chart images drawn by the window (``chart:BE/figures``).
CHART_SCHEME = "chart:"
#: The size a chart is shown at (width, height), which its ``<img>`` states: until the window has drawn the
#: chart (after the sheet's first paint), its place on the page already has this size, and nothing below it
#: moves when it comes (``fiitdesk.ui.charts`` draws it at this size).
CHART_SIZE = (560, 240)

_REFERENCES = re.compile(
    r"""(?ix)
      \bsrc \s*=\s* (?!["']?\s*chart:) ["']? [^\s"'>]{0,80}   # an image other than a chart
    | \bbackground \s*=\s* ["']? [^\s"'>]{0,80}              # table and cell background images
    | url \s*\( [^)]{0,80}                                    # CSS images (style attributes, <style>)
    | @import [^;]{0,80}
    | < \s* link \b [^>]{0,80}                                # style sheets loaded by name
    """)


def resource_references(html: str) -> list[str]:
    """Everything in ``html`` that would make a document load something other than its chart images."""
    return [match.group(0).strip() for match in _REFERENCES.finditer(html)]
