"""Widgets clipped into the middle of a paragraph.

A site's hover card (a person's photo, name and latest headlines) or a box of
headlines set inside a sentence is rendered by a clipper where it stood: in
the middle of the sentence, as links one after another with nothing between
them ("... threatened to kill Rep. [Jane Doe](/people/jane)![](/img/jane.jpg)
[Jane Doe](/people/jane)[Headline one](/a)[Headline two](/b)[MORE](/people/jane)
(D-Minn.), the office said."). Article prose puts words between its links; a
run of them that the sentence goes on around is the widget. Block rules see
whole paragraphs and would keep or drop the sentence with its widget: this
step cuts the run out of the line and reports it, before blocks are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cmo_clean.blocks import LINK_SYNTAX, WORD, visible_text

# One link or image (an image is a link's syntax after "!").
_ITEM = "!?" + LINK_SYNTAX
_ITEM_RE = re.compile(_ITEM)
# At least MIN_CARD_ITEMS of them, with nothing but spaces between.
MIN_CARD_ITEMS = 3
_RUN = re.compile(rf"{_ITEM}(?:[ \t]*{_ITEM}){{{MIN_CARD_ITEMS - 1},}}")
# The links of a card say something (a name and headlines), and the sentence
# goes on around it: words before the run and after it.
MIN_CARD_WORDS = 8
MIN_WORDS_AROUND = 3


@dataclass(frozen=True, slots=True)
class Cut:
    """A run of links taken out of a line: the line as it stays, and what went."""

    line: str
    removed: str
    words: int


def cut_inline_cards(line: str) -> Cut | None:
    """The line without the link runs set inside its sentence, or None if it has none."""
    if line.count("](") < MIN_CARD_ITEMS:
        return None
    pieces: list[str] = []
    removed: list[str] = []
    words = 0
    start = 0
    for run in _RUN.finditer(line):
        items = [m.group(0) for m in _ITEM_RE.finditer(run.group(0))]
        # A hover card opens on the sentence's own link and names it again
        # inside ("[Jane Doe](..)![](..)[Jane Doe](..)..."): that first link stays.
        keep = items[0] if _names_again(items) else ""
        card_words = sum(len(WORD.findall(visible_text(item))) for item in items if not item.startswith("!"))
        card_words -= len(WORD.findall(visible_text(keep)))
        before = len(WORD.findall(visible_text(line[: run.start()] + keep)))
        after = len(WORD.findall(visible_text(line[run.end() :])))
        # The card may open the line when the sentence it stood in goes on after it.
        opens_line = not line[: run.start()].strip() and _sentence_goes_on(line[run.end() :])
        if card_words < MIN_CARD_WORDS or after < MIN_WORDS_AROUND:
            continue
        if before < MIN_WORDS_AROUND and not opens_line:
            continue
        if not _built_by_a_page(run.group(0), items):
            continue
        pieces += [line[start : run.start()], keep]
        removed.append(run.group(0)[len(keep) :].strip())
        words += card_words
        start = run.end()
    if not removed:
        return None
    pieces.append(line[start:])
    return Cut("".join(pieces), " ".join(removed), words)


def _sentence_goes_on(rest: str) -> bool:
    """The text after a run continues a sentence: an extractor that split the
    paragraph at the card left its start in the paragraph before ("(D-Minn.), the office said")."""
    first = rest.lstrip()[:1]
    return first in ("(", ",", ";", ")") or first.islower()


def _built_by_a_page(run: str, items: list[str]) -> bool:
    """A widget's run has a picture, or links set with no space between them, as no writer sets them.

    A writer who links phrase after phrase ("the [ferry](..) [pier](..) [plan](..)")
    puts spaces between the links; a page's card or box is rendered without.
    """
    return any(item.startswith("!") for item in items) or ")[" in run or ")![" in run


def _names_again(items: list[str]) -> bool:
    first = visible_text(items[0]).strip().casefold()
    return bool(first) and not items[0].startswith("!") and any(
        visible_text(item).strip().casefold() == first for item in items[1:]
    )
