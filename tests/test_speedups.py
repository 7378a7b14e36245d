"""The shortcuts taken for speed find exactly what the plain way finds."""

from __future__ import annotations

import re

import pytest

from cmo_clean import clean_text, memo
from cmo_clean.blocks import normalized, visible_text
from cmo_clean.rules.base import LowerCasePattern, compile_phrases, whole_block_matcher

SHARE = {"en": [r"share(?: on)? (?:facebook|linkedin)", r"print", r"e-?mail"]}


@pytest.mark.parametrize(
    "text",
    [
        "share on facebook | print",
        "print · e-mail",
        "share linkedin",
        "print this article",
        "prınt",  # dotless ı: IGNORECASE takes it for i
        "ſhare on facebook",  # long ſ: IGNORECASE takes it for s
        "",
    ],
)
def test_lower_case_pattern_matches_as_ignorecase_does(text: str) -> None:
    matcher = whole_block_matcher(SHARE)
    expected = re.compile(matcher.plain.pattern, re.I).search(text)
    found = matcher.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_lower_case_pattern_refuses_upper_case_letters() -> None:
    with pytest.raises(ValueError, match="lower case"):
        LowerCasePattern.compile(r"Share|print")
    LowerCasePattern.compile(r"\S+\W")  # escapes are not letters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  -- Share this: ", "share this"),
        ("___", ""),
        ("_snake_", "snake"),
        ("½ cup", "½ cup"),
    ],
)
def test_normalized_strips_what_is_not_alphanumeric(text: str, expected: str) -> None:
    assert normalized(text) == expected


def test_visible_text_handles_markers_on_every_line() -> None:
    text = "> ## Title ##\n> - [item](https://example.com) and **bold**\n1. \\[not a link\\]"
    assert visible_text(text) == "Title item and bold [not a link]"


def test_caches_hold_one_document_only() -> None:
    clean_text("# Title\n\nSome text of the first document, long enough to say something.\n")
    assert visible_text.cache_info().currsize > 0
    memo.new_document()
    assert visible_text.cache_info().currsize == 0


def test_repeated_cleaning_gives_the_same_result() -> None:
    text = "Home   News   About\n\nThe harbour reopened on Monday after two years of repairs.\n\nShare | Print\n"
    first = clean_text(text, suffix=".txt")
    second = clean_text(text, suffix=".txt")
    assert first.output == second.output
    assert first.removals == second.removals


GROUPED = {"en": ["share", "sign up", "s?abonner", "follow|like us", "(?:read )?more", "e-?mail", "x"]}


@pytest.mark.parametrize(
    ("text", "matches"),
    [("share", True), ("sign up", True), ("abonner", True), ("sabonner", True), ("follow", True),
     ("like us", True), ("more", True), ("read more", True), ("email", True), ("e-mail", True), ("x", True),
     ("hare", False), ("ign up", False), ("sfollow", False), ("slike us", False), ("read", False)],
)
def test_phrases_grouped_by_first_letter_match_what_the_plain_alternation_does(text: str, matches: bool) -> None:
    plain = re.compile("(?:" + "|".join(GROUPED["en"]) + ")")
    grouped = re.compile(compile_phrases(GROUPED))
    assert bool(grouped.fullmatch(text)) == bool(plain.fullmatch(text)) == matches


def test_a_link_reference_definition_stays_in_the_text() -> None:
    article = (
        "The council agreed on Tuesday to rebuild the old ferry pier, and the work will start in the "
        "spring once the divers have checked the piles [1].\n\n"
        '[1]: https://example.com/report "Pier report"\n\n'
        "The harbour trust agreed on Tuesday to rebuild the old pier, and the work will start in the spring.\n"
    )
    result = clean_text(article, suffix=".md")
    assert '[1]: https://example.com/report "Pier report"' in result.output
    assert result.removals == []
