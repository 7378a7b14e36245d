"""Widgets clipped inside a sentence: cut out of the line, the sentence kept, the cut reported."""

from __future__ import annotations

from cmo_clean import clean_text
from cmo_clean.inline import MIN_CARD_WORDS, cut_inline_cards

CARD = (
    "![](https://news.example/img/jane.jpg)[Jane Harbour](https://news.example/people/jane)"
    "[Council votes on the pier budget after a long night](https://news.example/a) "
    "[Ferry crews ask for new boats](https://news.example/b) [MORE](https://news.example/people/jane)"
)
SENTENCE = (
    "The ferry operator was fined on Tuesday, said Rep. [Jane Harbour](https://news.example/people/jane)"
    + CARD
    + " (D-Maine), who chairs the harbour committee and asked for the inquiry last spring."
)
PROSE = (
    "The council agreed on Tuesday to rebuild the old ferry pier, and the work will start in the "
    "spring once the divers have checked the piles under the water for damage."
)


def test_a_hover_card_inside_a_sentence_is_cut_and_the_sentences_own_link_stays() -> None:
    cut = cut_inline_cards(SENTENCE)
    assert cut is not None
    assert cut.line == (
        "The ferry operator was fined on Tuesday, said Rep. [Jane Harbour](https://news.example/people/jane)"
        " (D-Maine), who chairs the harbour committee and asked for the inquiry last spring."
    )
    assert "Ferry crews ask" in cut.removed and cut.words >= MIN_CARD_WORDS


def test_the_cleaner_reports_the_cut_and_cleaning_again_changes_nothing() -> None:
    result = clean_text(f"{PROSE}\n\n{SENTENCE}\n\n{PROSE}\n", suffix=".md")
    assert "who chairs the harbour committee" in result.output
    assert "Ferry crews ask" not in result.output
    cuts = [r for r in result.removals if r.code == "STR004"]
    assert len(cuts) == 1 and "Ferry crews ask" in cuts[0].text and cuts[0].start_line == 3
    again = clean_text(result.output, suffix=".md")
    assert again.output == result.output and again.removals == []


def test_links_that_words_separate_or_that_say_little_or_that_open_the_line_stay() -> None:
    for line in (
        # citations: links one after another, but they say almost nothing
        "Three studies [1](https://x.example/1)[2](https://x.example/2)[3](https://x.example/3) found the pier safe.",
        # names in a list: commas and words between the links
        "The crew of [Ann Lee](https://x.example/a), [Bo Chan](https://x.example/b) and "
        "[Cy Dunn](https://x.example/c) sailed the new ferry on Tuesday for the first time.",
        # a menu is a line of links, with no sentence around it (a block rule's matter)
        "[Home](https://x.example/) [Local news and weather](https://x.example/l) [Sport results today](https://x.example/s) "
        "[Culture and arts](https://x.example/c)",
    ):
        assert cut_inline_cards(line) is None, line


def test_code_keeps_its_link_runs() -> None:
    code = f"```\n{SENTENCE}\n```"
    result = clean_text(f"{PROSE}\n\n{code}\n\n{PROSE}\n", suffix=".md")
    assert "Ferry crews ask" in result.output
    assert not [r for r in result.removals if r.code == "STR004"]


def test_phrases_a_writer_links_one_after_another_with_spaces_stay() -> None:
    line = (
        "The plan covers [the new ferry pier](https://x.example/p) [the harbour wall repairs](https://x.example/w) "
        "[the dredging of the channel](https://x.example/d) and the car park, the mayor said on Tuesday."
    )
    assert cut_inline_cards(line) is None


def test_a_card_that_opens_a_paragraph_the_extractor_split_from_its_sentence_is_cut() -> None:
    # An extractor split the paragraph at the card: its start is in the paragraph
    # before, and the rest of the sentence follows the card.
    line = CARD + " (D-Maine), who chairs the harbour committee and asked for the inquiry last spring."
    cut = cut_inline_cards(line)
    assert cut is not None and cut.line.strip().startswith("(D-Maine), who chairs the harbour committee")
    # A line of links that opens a new sentence stays whole (a block rule's matter).
    line = CARD + " The harbour committee asked for the inquiry last spring."
    assert cut_inline_cards(line) is None
