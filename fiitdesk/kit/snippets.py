"""The few words around a full-text hit, the words found marked: what a search result shows.

FTS5's own ``snippet()`` can only run inside the query that ranks, so it would be computed for every
candidate the search ranks (``KitStore.search`` ranks a bounded set, then keeps the best); here it is
computed for the hits kept only, from the stored text. The words are found as the index finds them:
case and accents do not matter (``unicode61 remove_diacritics 2``), each query word is a prefix unless it
is very short (``query.terms``), and the window is the 16 words with the most different query words.
Cheap to import: the window imports it at start-up, through the store.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache

from fiitdesk.kit import query

_TOKEN = re.compile(r"[^\W_]+")
WINDOW = 16
#: The window is chosen among the first hits only: a long document that says a common word a hundred
#: times needs no more to show where it says it.
MAX_HITS = 24
#: …and among those at most this many characters after the first.
SCAN = 1500


@cache
def _variants() -> dict[str, str]:
    """Each ASCII letter and the accented letters that fold to it (é, è, ê, ë → e), for the patterns."""
    found: dict[str, set[str]] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base = decomposed[:1].lower()
        lower = char.lower()
        if base.isascii() and base.isalpha() and len(lower) == 1 and all(unicodedata.combining(c)
                                                                          for c in decomposed[1:]):
            found.setdefault(base, {base}).add(lower)
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in found.items()}


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def pattern(text: str) -> re.Pattern[str] | None:
    """A regular expression that finds, in lower-cased stored text, the words the index matched for ``text``
    (each term in its own group ``t0``, ``t1``…, so that a window can count how many different terms it
    holds). A match may start inside a word: ``snippet`` keeps those that start one, which is much faster
    than asking the expression to look behind at every character."""
    variants = _variants()
    parts = []
    for i, (term, prefix) in enumerate(query.terms(text)):
        body = "".join(variants.get(c, re.escape(c)) for c in _bare(term))
        tail = r"[^\W_]*" if prefix else r"(?![^\W_])"
        parts.append(f"(?P<t{i}>{body}{tail})")
    return re.compile("|".join(parts)) if parts else None


_ADDRESS_MARKS = ("@", "/", "www.")


def _in_address(text: str, position: int) -> bool:
    """Whether ``position`` is inside a web or e-mail address (the run of text between two spaces)."""
    begin = max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1
    end = min((i for i in (text.find(" ", position), text.find("\n", position)) if i >= 0), default=len(text))
    chunk = text[begin:end]
    return any(mark in chunk for mark in _ADDRESS_MARKS)


def snippet(text: str, found: re.Pattern[str] | None, start_mark: str, end_mark: str, ellipsis: str = "…",
            window: int = WINDOW) -> str:
    """``window`` words of ``text`` around its hits, each hit between the marks; "…" where text was cut.

    The window is the one with the most different query words, then the most hits, the earliest; only the
    text around it is cut into words (a document can be long, and a snippet is needed for every hit)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (rare): compare as it is
        lowered = text
    hits: list[tuple[str, int, int]] = []
    for match in found.finditer(lowered) if found is not None else ():
        start = match.start()
        if start > 0 and _TOKEN.match(lowered, start - 1):
            continue  # inside a word: not a word the index matched
        if _in_address(lowered, start):
            continue  # "surya" in www.…/surya.html is not the word the reader looked for
        if len(hits) >= MAX_HITS or (hits and start > hits[0][1] + SCAN):
            break  # the rest of a long document is not read: the window is near its first hits
        hits.append((match.lastgroup or "", start, match.end()))
    reach = window * 12  # characters that ``window`` words rarely exceed
    span = window * 6  # characters that ``window`` words usually cover, hits centred
    anchor = 0
    if hits:
        best: tuple[int, int, int] | None = None
        for i, (_, start, _) in enumerate(hits):
            near = [h for h in hits[i:] if h[1] < start + span]
            score = (len({h[0] for h in near}), len(near), -start)
            if best is None or score > best:
                best, anchor = score, i
    around = hits[anchor][1] if hits else 0
    last_hit = max((h[2] for h in hits[anchor:] if h[1] < around + span), default=around)
    lo, hi = max(0, around - reach), min(len(text), last_hit + reach)
    spans = [m.span() for m in _TOKEN.finditer(text, lo, hi)]
    # The words cut by the slice's ends are not words of the window.
    if spans and lo > 0 and spans[0][0] == lo and _TOKEN.match(text, lo - 1):
        spans = spans[1:]
    if spans and hi < len(text) and spans[-1][1] == hi and _TOKEN.match(text, hi):
        spans = spans[:-1]
    if not spans:
        return ""
    if hits:
        starts = [a for a, _ in spans]
        first_hit = max(0, bisect.bisect_right(starts, around) - 1)
        last = max(first_hit, bisect.bisect_right(starts, last_hit - 1) - 1)
        lead = max(0, (window - (last - first_hit + 1)) // 2)  # centre the hits when they fit the window
        start_token = max(0, min(first_hit - lead, len(spans) - window))
    else:
        start_token = 0
    chosen = spans[start_token:start_token + window]
    begin, end = chosen[0][0], chosen[-1][1]
    before = _TOKEN.search(text, 0, begin) is not None
    after = _TOKEN.search(text, end) is not None
    begin = begin if before else 0  # the whole start ("+32 …"), or the whole end, when nothing is cut
    end = end if after else len(text.rstrip())
    out, position = [], begin
    for _, hit_start, hit_end in hits:
        if hit_start >= begin and hit_end <= end:
            out += [text[position:hit_start], start_mark, text[hit_start:hit_end], end_mark]
            position = hit_end
    out.append(text[position:end])
    return (ellipsis if before else "") + "".join(out) + (ellipsis if after else "")
