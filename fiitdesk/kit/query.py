"""User text → a safe FTS5 expression, and the digits a phone search should look for.

Raw user text in MATCH raises errors (unterminated quotes, "Royaume-Uni" read as a column filter, NEAR(,
a lone *…). Here every word is reduced to letters and digits, quoted, and given a trailing ``*`` outside
the quotes, so any input whatsoever gives an expression or none — never an error — and typing "heberg"
already finds "Hébergement". Accents and case are folded by the index's tokenizer
(``unicode61 remove_diacritics 2``); ligatures are spelt out by ``schema.fold`` on both sides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fiitdesk.kit.schema import fold

_WORD = re.compile(r"[^\W_]+")

#: French and English words too common to narrow a search: dropped when the query has other words (they
#: would match nearly every document of the kit and only cost time), kept when they are all there is.
STOPWORDS = frozenset([
    "a", "à", "au", "aux", "ce", "ces", "d", "de", "des", "du", "en", "et", "il", "la", "le", "les", "l", "n",
    "ne", "par", "pas", "pour", "qu", "que", "qui", "se", "sa", "son", "sur", "un", "une", "y",
    "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the", "to",
    "with",
])
_MAX_WORDS = 12
_MAX_WORD_LENGTH = 48
_MAX_TEXT = 500


@dataclass(frozen=True)
class ParsedQuery:
    """A user's query split into what the full-text index and the digit search can use."""

    fts: str | None
    digits: str | None

    @property
    def empty(self) -> bool:
        return self.fts is None and self.digits is None


def words(text: str) -> list[str]:
    """The words of ``text`` as the index tokenizes them: apostrophes and hyphens separate words."""
    found = _WORD.findall(fold(text[:_MAX_TEXT]))
    # "l'île" gives "l" and "île": a one-letter word or a stopword only counts when it is all there is.
    meaningful = [w for w in found if len(w) > 1 and w.casefold() not in STOPWORDS]
    return (meaningful or found)[:_MAX_WORDS]


def _term(word: str, min_prefix: int = 3) -> str:
    """A quoted word, as a prefix unless it is shorter than ``min_prefix`` ("de"* matches nearly all)."""
    quoted = f'"{word[:_MAX_WORD_LENGTH]}"'
    return quoted if len(word) < min_prefix else quoted + "*"


def fts_expression(text: str) -> str | None:
    """An FTS5 MATCH expression that finds every word of ``text`` as a prefix, or None if it has none."""
    return " ".join(_term(w) for w in words(text)) or None


def terms(text: str) -> list[tuple[str, bool]]:
    """The words ``fts_expression`` looks for, each with whether it is a prefix (for the snippets)."""
    return [(w[:_MAX_WORD_LENGTH], _term(w).endswith("*")) for w in words(text)]


def parse(text: str, digits_threshold: int = 2) -> ParsedQuery:
    """Split ``text`` for the hotline finder: letters go to the index, runs of digits to the number search.

    "+44 800", "0044 800 555" and "800555" are all digit searches; "Payoke 32" is both.
    """
    all_words = words(text)
    letter_words = [w for w in all_words if not w.isdigit()]
    # Every group of digits counts, one-digit ones too: "+32 2 511 64 64" is 32 2 511 64 64.
    digit_text = "".join(w for w in _WORD.findall(fold(text[:_MAX_TEXT])) if w.isdigit())
    if not letter_words:
        # Pure digits: "0044 800" and "+44 800" should both find +44 800 555 111.
        digits = digit_text if len(digit_text) >= digits_threshold else None
        fts = None if digits else fts_expression(text)
        return ParsedQuery(fts=fts, digits=digits)
    # The finder's index is small: every word is a prefix, so "Al" already finds Allemagne.
    fts = " ".join(_term(w, min_prefix=1) for w in letter_words)
    return ParsedQuery(fts=fts, digits=digit_text or None)
