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
#: Not inside a word: what stands before a word the index would cut there.
_WORD_START = r"(?<![^\W_])"
WINDOW = 16


@cache
def _variants() -> dict[str, str]:
    """Each ASCII letter and the accented letters that fold to it (é, è, ê, ë → e), for the patterns."""
    found: dict[str, set[str]] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base = decomposed[:1].lower()
        if base.isascii() and base.isalpha() and all(unicodedata.combining(c) for c in decomposed[1:]):
            found.setdefault(base, {base}).add(char.lower())
    return {base: "[" + "".join(sorted(chars)) + "]" for base, chars in found.items()}


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def pattern(text: str) -> re.Pattern[str] | None:
    """A regular expression that finds, in stored text, the words the index matched for ``text``: each term
    in its own group (``t0``, ``t1``…), so that a window can count how many different terms it holds."""
    variants = _variants()
    parts = []
    for i, (term, prefix) in enumerate(query.terms(text)):
        body = "".join(variants.get(c, re.escape(c)) for c in _bare(term))
        tail = r"[^\W_]*" if prefix else r"(?![^\W_])"
        parts.append(f"(?P<t{i}>{_WORD_START}{body}{tail})")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def snippet(text: str, found: re.Pattern[str] | None, start_mark: str, end_mark: str, ellipsis: str = "…",
            window: int = WINDOW) -> str:
    """``window`` words of ``text`` around its hits, each hit between the marks; "…" where text was cut."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    if not spans:
        return ""
    starts = [s for s, _ in spans]
    hits: list[tuple[int, str, tuple[int, int]]] = []  # (token index, term, span)
    if found is not None:
        for match in found.finditer(text):
            hits.append((bisect.bisect_right(starts, match.start()) - 1, match.lastgroup or "", match.span()))
    first = 0
    if hits:
        best: tuple[int, int, int] | None = None
        for i, (token, _, _) in enumerate(hits):
            inside = [h for h in hits[i:] if h[0] < token + window]
            last = inside[-1][0]
            start = max(0, min(token - (window - (last - token + 1)) // 2, len(spans) - window))
            inside = [h for h in hits if start <= h[0] < start + window]
            score = (len({h[1] for h in inside}), len(inside), -start)
            if best is None or score > best:
                best = score
                first = start
    last_token = min(len(spans), first + window) - 1
    begin, end = spans[first][0], spans[last_token][1]
    out, position = [], begin
    for _, _, (hit_start, hit_end) in hits:
        if hit_start >= begin and hit_end <= end:
            out += [text[position:hit_start], start_mark, text[hit_start:hit_end], end_mark]
            position = hit_end
    out.append(text[position:end])
    return (ellipsis if first > 0 else "") + "".join(out) + (ellipsis if last_token < len(spans) - 1 else "")
