"""Search ranks a bounded set of candidates (so that a kit a hundred times larger costs the same): on the
real kit that set holds every match, so the hits are the very ones, in the very order, that ranking every
match gives — in each language."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fiitdesk.kit import query
from fiitdesk.kit.store import SEARCH_CANDIDATES, KitStore

COMMON = ["victime", "aide", "permis", "hebergement", "traite", "victim", "help", "permit", "accommodation"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_bounded_ranking_is_exact_on_the_real_kit(built_db: Path, language: str) -> None:
    index = "search_docs_fts" if language == "fr" else f"search_docs_{language}_fts"
    with sqlite3.connect(built_db) as db:
        documents = db.execute(f"SELECT count(*) FROM {index}").fetchone()[0]
        assert documents <= SEARCH_CANDIDATES, "every document of the real kit can be ranked"
        store = KitStore(built_db, language=language)
        for word in COMMON:
            expression = query.fts_expression(word)
            every = [r[0] for r in db.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH ? "
                                              "ORDER BY rank, rowid LIMIT 30", [expression])]
            own = [doc for doc, (_, found_in) in store._matching(expression, limit=200).items()
                   if found_in == language][:len(every)]
            assert own == every, word
        store.close()
    db.close()
