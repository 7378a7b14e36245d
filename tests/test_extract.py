"""Saved HTML: trafilatura first, readability as a second opinion when trafilatura stops early."""

from __future__ import annotations

from pathlib import Path

from cmo_clean import clean_file
from cmo_clean import extract as E

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHUNKED = FIXTURES / "cases" / "en" / "chunked_article_body.html"
LATE_CHUNK = "most owners underestimate what a full rebuild costs"


def test_trafilatura_alone_keeps_only_the_first_chunk_of_a_split_article_body() -> None:
    # The case the rescue exists for: if trafilatura ever keeps the whole body,
    # this test says so and the rescue can be reconsidered.
    alone = E._trafilatura_markdown(CHUNKED.read_text(encoding="utf-8"))
    assert alone is not None and "employed no more than four people" in alone
    assert LATE_CHUNK not in alone


def test_readability_brings_back_the_chunks_trafilatura_missed() -> None:
    result = clean_file(CHUNKED)
    assert LATE_CHUNK in result.output
    assert [n.code for n in result.notices] == ["HTM002"]


def test_missed_prose_counts_only_long_paragraphs_not_in_the_markdown() -> None:
    long_paragraph = " ".join(["word"] * E.LONG_PARAGRAPH_WORDS)
    article = f"<html><body><p>{long_paragraph}</p><p>Sign up today</p></body></html>"
    assert E._missed_prose_words(article, "nothing here") == E.LONG_PARAGRAPH_WORDS
    assert E._missed_prose_words(article, f"**{long_paragraph}**") == 0  # Markdown marks do not hide it


def test_a_complete_extraction_asks_for_no_rescue() -> None:
    result = clean_file(FIXTURES / "cases" / "en" / "press_release_share.html")
    assert result.notices == []
