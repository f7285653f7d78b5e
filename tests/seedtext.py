"""Helpers to compare curated text with the source extraction despite its line breaks and hyphens."""

from __future__ import annotations

import re


def flatten(text: str) -> str:
    """Join lines, undo "cou-\\npable" hyphenation, fold spaces: the form both sides are compared in."""
    text = re.sub(r"-\s*\n\s*", "-", text)
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def squash(text: str) -> str:
    """Letters and digits only, lower case: survives the extraction's hyphens, quotes and spacing."""
    return re.sub(r"[\W_]+", "", text.replace("-", "")).casefold()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)
