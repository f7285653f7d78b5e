"""Quotations from the EMN study are whole, or mark every gap with « […] ».

A field worker reads a practice or a plan as the study's own words. A quotation cut without a marker
(a sentence dropped from the middle, or the end of a passage that changes its meaning) is a misquotation,
so every quoted text is looked for in the seed: each stretch between two « […] » must be printed there
word for word, in one piece, and a quotation ends where a sentence ends. What the extraction drops into
the middle of a sentence is not a cut: a footnote call glued to a word ("2021-202546"), and once per
stretch a block of footnotes ("264 AT, BE, …") or a text box ("Encadré 20 : …") printed inside it.
"""

from __future__ import annotations

import re

import pytest
import yaml

from tests.conftest import KIT_DIR
from tests.seedtext import squash

#: The kinds of EMN facts whose ``text`` is the study's own prose; priorities are the curator's summaries.
QUOTED_KINDS = {"action_plan", "coordination_body", "rapporteur", "bilateral_agreement", "good_practice",
                "challenge"}
GAP = re.compile(r"\s*(?:«\s*)?\[…\](?:\s*»)?\s*")
FOOTNOTE = re.compile(r"\(Note \d+\s*:\s*(.*?)\)(?=\s|$)", re.S)


def _words(text: str) -> list[str]:
    """Words squashed to letters and digits: "pré-\nvenir" in the extraction and "prévenir" agree."""
    return [w for w in (squash(t) for t in text.split()) if w]


@pytest.fixture(scope="module")
def emn_words(emn_text: str) -> str:
    return squash(emn_text)


def _stretches(text: str) -> list[str]:
    notes = [m.group(1) for m in FOOTNOTE.finditer(text)]
    body = FOOTNOTE.sub(" […] ", text)
    return [s for s in (*GAP.split(body), *notes) if len(_words(s)) >= 3]


#: A block the extraction prints inside a sentence: footnotes (their numbers first) or a text box.
INSERTED_BLOCK = r"(?:\d{2,3}|encadr).{0,3000}?"


def _pattern(words: list[str]) -> str:
    # Between two words the extraction may glue a footnote call ("2021-202546").
    return r"\d{0,3}".join(re.escape(w) for w in words)


def _printed(stretch: str, corpus: str) -> bool:
    words = _words(stretch)
    if re.search(_pattern(words), corpus):
        return True
    # The words may straddle a block of footnotes or a box that the extraction put in the sentence, even
    # inside a word ("réin-" … "sertion"): find where the printed run stops, and try the block there.
    low, high = 0, len(words)  # the longest run of leading words printed in one piece: words[:low]
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if re.search(_pattern(words[:middle]), corpus) else (low, middle - 1)
    if low < 2 or low >= len(words):
        return False
    word = words[low]
    for k in range(len(word) + 1):
        head = _pattern([*words[:low], word[:k]] if k else words[:low])
        tail = _pattern([word[k:], *words[low + 1:]] if k < len(word) else words[low + 1:])
        if re.search(head + INSERTED_BLOCK + tail, corpus):
            return True
    return False


def _quoted_facts() -> list[tuple[str, dict]]:
    facts = []
    for name in sorted((KIT_DIR / "emn").glob("facts_*.yaml")):
        for record in yaml.safe_load(name.read_text(encoding="utf-8")) or []:
            if record.get("kind") in QUOTED_KINDS and record.get("text"):
                facts.append((name.name, record))
    return facts


def test_every_quotation_is_printed_with_gaps_marked(emn_words: str) -> None:
    wrong = []
    for name, record in _quoted_facts():
        for stretch in _stretches(record["text"]):
            if not _printed(stretch, emn_words):
                wrong.append(f"{name}: {record['country']} {record['kind']} «{record['title'][:50]}»: "
                             f"not printed as one piece: «{stretch[:90]}…»")
    assert not wrong, "\n".join(wrong)


def test_every_quotation_ends_where_a_sentence_ends() -> None:
    cut = [f"{name}: {r['country']} «{r['title'][:60]}» ends «…{r['text'][-40:]}»" for name, r in _quoted_facts()
           if not re.search(r"([.!?:;»)]|\[…\]\s*»?)\s*$", r["text"].strip())]
    assert not cut, "\n".join(cut)


def test_a_cut_quotation_fails(emn_words: str) -> None:
    """The check itself: dropping a sentence from the middle of a real quotation is caught."""
    record = next(r for _, r in _quoted_facts() if r["kind"] == "good_practice" and r["text"].count(". ") >= 2)
    sentences = re.split(r"(?<=\.)\s+", record["text"])
    assert all(_printed(s, emn_words) for s in _stretches(" ".join(sentences)) if not FOOTNOTE.search(s))
    assert not _printed(" ".join([sentences[0], *sentences[2:]]), emn_words)
