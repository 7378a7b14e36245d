"""What each block is, from its features alone: good, near-good, short, bad or a heading.

Every block is classified on its own (jusText's `classify_paragraphs`: link
density, length, stopword density), then lists, lines stacked in one
paragraph, captions, menus, columns of linked headlines and runs of short
sentences are judged as wholes. Where the article is, given these classes,
is `extent`'s question.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from cmo_clean.blocks import aligned_columns, line_stacks
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules import Hit
from cmo_clean.rules import structural as S

# -- thresholds (jusText's defaults where they exist, in characters) ---------

MAX_LINK_DENSITY = 0.5  # above: a link cluster, whatever its length
LINK_DENSITY_GOOD = 0.2  # jusText's max_link_density for good text
LENGTH_LOW = 70  # below: a short block, classified by context
LENGTH_HIGH = 150  # above (with stopwords): good on its own (jusText: 200, for HTML paragraphs)
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
STOPWORDS_SENTENCE = 0.15  # a finished sentence above this, with few links, is near-good
SENTENCE_LINK_DENSITY = 0.1  # ... few: a linked name or two, as news prose links them
# This many short blocks in a row, each a finished sentence of at least this
# many words with a sentence's stopwords, are near-good rather than short.
MIN_SHORT_SENTENCE_RUN = 2
MIN_SHORT_SENTENCE_WORDS = 6
# One such sentence alone is near-good only right after prose and when this
# long: a story's last line ("No date for the reopening has been announced
# yet."), not a plea under it ("Support us and make a difference.").
MIN_LONE_SENTENCE_WORDS = 10
# Where no stoplist exists (Chinese, Japanese, Thai ...), sentences decide.
MIN_SENTENCES_GOOD = 2

# -- block groups ------------------------------------------------------------

# A short text this many times on one page is a label or a teaser byline, not article text.
MIN_LABEL_REPEATS = 2
# A linkless line of at least this many words that stands this many times on
# a page, each time between prose, is a template caption (_interleaved_repeats).
MIN_TEMPLATE_REPEATS = 3
MIN_TEMPLATE_WORDS = 6
# This many linked headings in a row, nothing but images between them, are a
# column of teasers (a video playlist, a "more stories" box).
MIN_HEADLINE_COLUMN = 2
# A list of this many items of a headline's length, none ending a sentence,
# lists other pages (a "more stories" box), not the article's points.
MIN_TEASER_ITEMS = 3
MIN_TEASER_WORDS = 6
# A list of this many items of at most this many words on average, above the
# first good text, is the site's menu even without links (plain-text copies).
MIN_MENU_ITEMS = 5
MAX_MENU_ITEM_WORDS = 3
# Lines stacked in one paragraph that average this many words (a timetable,
# a results list) are judged together; menus stack one to four words a line.
MIN_STACK_WORDS = 6
# ... and a stack of this many linkless lines, most of them (this share) with
# the same separators ('June 9 -- Arena, Tampa, FL'), is a table written as
# lines: tour dates, a race calendar, results.
MIN_RECORD_LINES = 4
MIN_SHAPE_SHARE = 0.7


# A comma or colon at a block's end (ideographic ones included): the sentence goes on.
_CLAUSE_END = re.compile(r"[,;:\u3001\uff0c\uff1b\uff1a]\s*$")
# A footnote opens with its marker; the article cites it in brackets.
_FOOTNOTE = re.compile(r"^\[(\d{1,3})\]\s")
_CITATION = re.compile(r"(?<=\S)\s?\[(\d{1,3})\]")
_SHAPE_TOKEN = re.compile(r"\d|[-–—:,|/()]")
_SEPARATORS = {"-": "-", "–": "-", "—": "-", ":": ":", ",": ",", "|": "|", "/": "/", "(": "(", ")": "("}


class Label(StrEnum):
    GOOD = "good"
    NEAR = "near-good"
    SHORT = "short"
    BAD = "bad"
    HEADING = "heading"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Final class of one block, and what decided it (for the report)."""

    label: Label
    why: str


def classify_block(block: Block, has_stoplist: bool) -> Verdict:
    """Context-free class of one block (jusText's classify_paragraphs)."""
    f = block.features
    if block.kind == BlockKind.HEADING:
        return Verdict(Label.HEADING, "heading")
    if block.kind in (BlockKind.CODE, BlockKind.TABLE) and f.link_density <= LINK_DENSITY_GOOD:
        return Verdict(Label.NEAR, block.kind.value)
    if block.kind == BlockKind.RULE or f.image_only or not f.visible:
        return Verdict(Label.SHORT, "no text")
    if f.link_density > MAX_LINK_DENSITY:
        return Verdict(Label.BAD, f"link density {f.link_density:.2f}")
    if f.chars < LENGTH_LOW:
        if f.link_density > 0:
            return Verdict(Label.BAD, f"{f.words} words, link density {f.link_density:.2f}")
        return Verdict(Label.SHORT, f"{f.words} words")
    if f.link_density > LINK_DENSITY_GOOD:
        # News prose links generously; a long paragraph of sentences that is
        # still mostly plain text is near-good, not a teaser list.
        prose = f.sentences >= 2 and f.chars > LENGTH_HIGH and (
            not has_stoplist or f.stopword_density >= STOPWORDS_HIGH
        )
        sentence = f.ends_with_punctuation and has_stoplist and f.stopword_density >= STOPWORDS_HIGH
        if prose or sentence:
            what = f"{f.sentences} sentences" if f.sentences > 1 else "a sentence"
            return Verdict(Label.NEAR, f"{what}, link density {f.link_density:.2f}")
        return Verdict(Label.BAD, f"link density {f.link_density:.2f}")
    if has_stoplist:
        if f.stopword_density >= STOPWORDS_HIGH:
            label = Label.GOOD if f.chars > LENGTH_HIGH else Label.NEAR
            return Verdict(label, f"stopword density {f.stopword_density:.2f}")
        if f.stopword_density >= STOPWORDS_LOW:
            return Verdict(Label.NEAR, f"stopword density {f.stopword_density:.2f}")
        if (
            f.stopword_density >= STOPWORDS_SENTENCE
            and f.sentences
            and f.ends_with_punctuation
            and f.link_density <= SENTENCE_LINK_DENSITY
        ):
            # A finished sentence with few links is rarely chrome, even with few
            # stopwords (numbers, names); let its neighbours decide.
            return Verdict(Label.NEAR, f"sentence, stopword density {f.stopword_density:.2f}")
        return Verdict(Label.BAD, f"{f.words} words, stopword density {f.stopword_density:.2f}")
    if f.sentences >= MIN_SENTENCES_GOOD and f.chars > LENGTH_HIGH:
        return Verdict(Label.GOOD, f"{f.sentences} sentences")
    if f.sentences >= 1:
        return Verdict(Label.NEAR, f"{f.sentences} sentence")
    if f.link_density == 0 and _CLAUSE_END.search(f.visible):
        # Japanese and Chinese prose is often broken into lines at its commas;
        # a line that stops at one is a sentence going on in the next block.
        return Verdict(Label.NEAR, "sentence continues in the next block")
    return Verdict(Label.BAD, f"{f.words} words, no sentence")


def list_runs(blocks: list[Block]) -> list[list[int]]:
    """Runs of consecutive list items: a list is judged as a whole, not item by item."""
    runs: list[list[int]] = []
    for block in blocks:
        adjacent = runs and blocks[runs[-1][-1]].end <= block.start and runs[-1][-1] == block.index - 1
        if block.kind == BlockKind.LIST_ITEM:
            if adjacent and blocks[runs[-1][-1]].kind == BlockKind.LIST_ITEM:
                runs[-1].append(block.index)
            else:
                runs.append([block.index])
        else:
            runs.append([block.index])
    return [run for run in runs if len(run) > 1]


def classify_stack(lines: list[Block], has_stoplist: bool) -> Verdict | None:
    """Good when the stacked lines read as prose together; None leaves each line's own class."""
    words = sum(b.features.words for b in lines)
    if words < MIN_STACK_WORDS * len(lines):
        return None  # menus and widget labels stack one to four words a line
    verdict = classify_list(lines, has_stoplist)
    if verdict.label == Label.GOOD:
        return Verdict(Label.GOOD, f"{len(lines)} stacked lines that read as prose together")
    if len(lines) >= MIN_RECORD_LINES and not any(b.features.links for b in lines):
        shape, count = Counter(_line_shape(b.features.visible) for b in lines).most_common(1)[0]
        if shape and count >= MIN_SHAPE_SHARE * len(lines):
            return Verdict(Label.NEAR, f"{len(lines)} stacked lines of one shape: a table written as lines")
        if aligned_columns([b.text for b in lines]):
            return Verdict(Label.NEAR, f"{len(lines)} stacked lines in aligned columns: a table")
    return None


def _line_shape(text: str) -> str:
    """Which separators (and whether digits) a line uses: 'June 9 -- Arena, Tampa, FL' -> ',-0'."""
    return "".join(sorted({_SEPARATORS.get(token, "0") for token in _SHAPE_TOKEN.findall(text)}))


def classify_list(
    items: list[Block], has_stoplist: bool, introduced: bool = False, linked_page: bool = False
) -> Verdict:
    """A list's class from its items' pooled text: menus are link-dense or bare words.

    `introduced`: the text before the list leads into it ("Experts recommend:"),
    so its items are the article's points, never headlines of other pages.
    `linked_page`: the page keeps its links (a Markdown clipping), so a box of
    other pages' headlines would link them; linkless items are the article's.
    A plain-text copy has lost every link, and there the items' shape decides.
    """
    chars = sum(b.features.chars for b in items)
    if not chars:
        return Verdict(Label.SHORT, "empty list")
    link_density = sum(b.features.link_density * b.features.chars for b in items) / chars
    words = sum(b.features.words for b in items)
    if link_density > MAX_LINK_DENSITY:
        return Verdict(Label.BAD, f"list of {len(items)} items, link density {link_density:.2f}")
    stop = sum(b.features.stopword_density * b.features.words for b in items) / max(1, words)
    # A long menu pools many stopwords too ("How We Work", "Who We Are", "Our Story");
    # the points of an article run longer than a menu's items.
    phrases = words <= MAX_MENU_ITEM_WORDS * len(items)
    prose = has_stoplist and stop >= STOPWORDS_HIGH and chars > LENGTH_HIGH and not phrases
    if prose and link_density <= LINK_DENSITY_GOOD:
        return Verdict(Label.GOOD, f"list of {len(items)} items, stopword density {stop:.2f}")
    linkless = linked_page and not any(b.features.links for b in items)
    if not introduced and not linkless and _teaser_list(items):
        return Verdict(Label.BAD, f"list of {len(items)} headline-like items")
    # Lists of names and short phrases are neither: their place decides.
    return Verdict(Label.SHORT, f"list of {len(items)} items")


def _teaser_list(items: list[Block]) -> bool:
    """Headlines of other pages: several items of a headline's length, none a finished sentence."""
    if len(items) < MIN_TEASER_ITEMS:
        return False
    words = [b.features.words for b in items]
    finished = sum(1 for b in items if b.features.ends_with_punctuation)
    return sum(words) / len(words) >= MIN_TEASER_WORDS and finished == 0


def _mark_head_menus(blocks: list[Block], verdicts: list[Verdict]) -> set[int]:
    """Lists of bare short items above the first good text are menus, links or not.

    In Markdown a menu is a link cluster; copied as plain text it is a list of
    one- to three-word items, as a list of names inside an article is. Above
    all article text it can only be the site's navigation.
    """
    first_good = next((i for i, v in enumerate(verdicts) if v.label == Label.GOOD), len(blocks))
    menus: set[int] = set()
    for run in list_runs(blocks[:first_good]):
        items = [blocks[i] for i in run]
        words = sum(b.features.words for b in items)
        finished = any(b.features.ends_with_punctuation for b in items)
        # Quantities ("2 eggs", "50 g butter") make an ingredient list, not a menu.
        counted = sum(1 for b in items if any(ch.isdigit() for ch in b.features.visible))
        menu_like = words <= MAX_MENU_ITEM_WORDS * len(items) and not finished and counted * 2 < len(items)
        if len(items) >= MIN_MENU_ITEMS and menu_like:
            for i in run:
                verdicts[i] = Verdict(Label.BAD, f"menu of {len(items)} short items above the article")
            menus.update(run)
    return menus


def _mark_linked_headings(blocks: list[Block], verdicts: list[Verdict]) -> dict[int, str]:
    """Linked headings one under another, with at most images between: teasers' headlines.

    A section heading heads text; a video playlist or a "More:" box inside a
    story is a column of linked headlines. The column is removed, but like a
    template caption it is neutral to the extent: inside a story it must not
    cut the story in two. (A linked product name over its review is a
    heading with prose under it, and stays.) Returns the reasons.
    """
    found: dict[int, str] = {}
    column: list[int] = []
    for i, block in enumerate([*blocks, None]):
        linked = (
            block is not None
            and block.kind == BlockKind.HEADING
            and block.features.link_density > MAX_LINK_DENSITY
        )
        if linked:
            between = verdicts[column[-1] + 1 : i] if column else []
            if column and any(v.label != Label.SHORT for v in between):
                column = []
            column.append(i)
            continue
        if block is not None and verdicts[i].label == Label.SHORT:
            continue  # an image, an empty line: the column goes on
        if len(column) >= MIN_HEADLINE_COLUMN:
            for j in column:
                verdicts[j] = Verdict(Label.SHORT, "linked headline in a column")
                found[j] = f"one of {len(column)} linked headlines in a column: other pages' teasers"
        column = []
    return found


def _mark_teaser_runs(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """Headline-like lines in a row are other pages' headlines, list markup or not.

    A plain-text copy loses a teaser box's list and its links and keeps its
    headlines as lines of their own: each one a headline's length, none a
    finished sentence, and no prose after them until the next chrome. Short
    lines in a row that the article goes on after ("(Graphic: ...)" notes,
    a list of points) are the article's.
    """
    run: list[int] = []
    for block in [*blocks, None]:
        headline = (
            block is not None
            and block.kind == BlockKind.PARAGRAPH
            # (a bare line may have been read as a heading: three in a row head nothing)
            and verdicts[block.index].label in (Label.SHORT, Label.HEADING)
            and block.features.words >= MIN_TEASER_WORDS
            and not block.features.ends_with_punctuation
            # "(Graphic: Global assets in 2019)": an editor's note, not a headline.
            and not block.features.visible.startswith(("(", "["))
        )
        if headline and block is not None and run and run[-1] == block.index - 1:
            run.append(block.index)
            continue
        if len(run) >= MIN_TEASER_ITEMS and not _prose_follows(verdicts, run[-1]):
            for i in run:
                verdicts[i] = Verdict(Label.BAD, f"{len(run)} headline-like lines in a row")
        run = [block.index] if headline and block is not None else []


def _prose_follows(verdicts: list[Verdict], index: int) -> bool:
    """The next block after `index` that is not short or a heading is prose."""
    for verdict in verdicts[index + 1 :]:
        if verdict.label not in (Label.SHORT, Label.HEADING):
            return verdict.label in (Label.GOOD, Label.NEAR)
    return False


def _short_sentence(block: Block, verdict: Verdict, has_stoplist: bool) -> bool:
    """A short block that is a finished sentence of ordinary words (without a stoplist: its end alone)."""
    f = block.features
    return (
        verdict.label == Label.SHORT
        and block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)
        and f.words >= MIN_SHORT_SENTENCE_WORDS
        and f.sentences > 0
        and f.ends_with_punctuation
        and (f.stopword_density >= STOPWORDS_HIGH or not has_stoplist)
    )


def _mark_short_sentence_runs(blocks: list[Block], verdicts: list[Verdict], has_stoplist: bool) -> None:
    """Short finished sentences, one paragraph each, several in a row: a punchy article's prose.

    Each is too short to be near-good on its own ("There's a strange
    disconnect in the online business world."); a run of them is how some
    writers open an article. A lone short sentence right after prose is one
    too if it has MIN_LONE_SENTENCE_WORDS; among chrome ("Support us and make
    a difference.") it keeps its class.
    """
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and _short_sentence(blocks[i], verdicts[i], has_stoplist):
            run.append(i)
            continue
        if len(run) >= MIN_SHORT_SENTENCE_RUN:
            for j in run:
                verdicts[j] = Verdict(Label.NEAR, f"one of {len(run)} short sentences in a row")
        elif (
            len(run) == 1
            and blocks[run[0]].features.words >= MIN_LONE_SENTENCE_WORDS
            and run[0] > 0
            and verdicts[run[0] - 1].label in (Label.GOOD, Label.NEAR)
        ):
            verdicts[run[0]] = Verdict(Label.NEAR, "a sentence after prose")
        run = []


def _mark_footnotes(blocks: list[Block], verdicts: list[Verdict]) -> None:
    """A footnote ('[1] Ruskin KJ. Curr Opin Anaesthesiol. 2015') cited by the text above is the article's.

    A citation has few stopwords and would be bad on its own; its marker in
    the article's prose says it belongs there, so it is near-good.
    """
    cited: set[str] = set()
    for i, block in enumerate(blocks):
        text = block.features.visible
        note = _FOOTNOTE.match(text)
        if note is not None and note.group(1) in cited and verdicts[i].label in (Label.BAD, Label.SHORT):
            verdicts[i] = Verdict(Label.NEAR, f"footnote [{note.group(1)}] cited in the text above")
        elif "[" in text:
            cited.update(_CITATION.findall(text))


def _repeated_section_headings(blocks: list[Block], verdicts: list[Verdict]) -> set[int]:
    """Headings that stand twice but open prose each time: subsections of the same name.

    Two sections can each have a "Background" or a "Chief Marketing Officer"
    subsection; a widget label that repeats ("Most read") opens teasers.
    """
    opens_prose: dict[str, list[bool]] = {}
    for i, block in enumerate(blocks):
        if verdicts[i].label != Label.HEADING or not block.features.repeats:
            continue
        following = next((v for v in verdicts[i + 1 :] if v.label != Label.HEADING), None)
        opens_prose.setdefault(block.features.normalized, []).append(
            following is not None and following.label == Label.GOOD
        )
    return {
        i
        for i, block in enumerate(blocks)
        if verdicts[i].label == Label.HEADING and all(opens_prose.get(block.features.normalized, [False]))
    }


def _mark_captions(blocks: list[Block], verdicts: list[Verdict]) -> dict[int, Hit]:
    """Mark linkless text right under an image as a caption; return the template lines' removals.

    A caption has few stopwords (names, places, dates) and would be bad on its
    own; under an image it is part of the article, so its neighbours decide.
    One caption repeated under several images is a template line: it is
    removed, but like an ad label it does not split the article around it.
    A plain-text copy loses the images and keeps their repeated captions
    between the paragraphs: those are template lines too (_interleaved_repeats).
    """
    templates: dict[int, Hit] = {}
    for i in range(1, len(blocks)):
        block = blocks[i]
        under_image = blocks[i - 1].features.image_only and block.kind == BlockKind.PARAGRAPH
        if not under_image or block.features.links or verdicts[i].label != Label.BAD:
            continue
        verdicts[i] = Verdict(Label.SHORT, "caption under an image")
        if block.features.repeats:
            templates[i] = Hit(S.REPEATED, i, f"caption repeated under {block.features.repeats + 1} images")
    for i in _interleaved_repeats(blocks, verdicts):
        verdicts[i] = Verdict(Label.SHORT, "line repeated between paragraphs")
        times = blocks[i].features.repeats + 1
        templates[i] = Hit(S.REPEATED, i, f"line repeated {times} times between the article's paragraphs")
    return templates


def _interleaved_repeats(blocks: list[Block], verdicts: list[Verdict]) -> list[int]:
    """Linkless lines repeated several times, each time between prose paragraphs.

    A plain-text copy keeps an image's caption without the image; a template
    caption ("2018 Festival Series [Photo]") then stands between the article's
    paragraphs under every photo, and must not cut the article into pieces.
    A line that opens with the template and adds a credit is one of them. A
    teaser's byline or section label repeats too, but among other teasers: so
    only lines of the same template and quiet blocks may stand between the
    line and the prose on either side.
    """

    def plain_bad(b: Block) -> bool:
        return b.kind == BlockKind.PARAGRAPH and not b.features.links and verdicts[b.index].label == Label.BAD

    templates = {
        b.features.normalized
        for b in blocks
        if plain_bad(b)
        and b.features.repeats >= MIN_TEMPLATE_REPEATS - 1
        and b.features.words >= MIN_TEMPLATE_WORDS
    }
    if not templates:
        return []
    template_of: dict[int, str] = {}
    for b in blocks:
        if plain_bad(b):
            found = next((t for t in templates if b.features.normalized.startswith(t)), None)
            if found is not None:
                template_of[b.index] = found
    quiet = (Label.SHORT, Label.HEADING)
    prose = (Label.GOOD, Label.NEAR)

    def prose_at(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < len(blocks):
            if template_of.get(j) != template_of[i] and verdicts[j].label not in quiet:
                return verdicts[j].label in prose
            j += step
        return False

    return [i for i in sorted(template_of) if prose_at(i, -1) and prose_at(i, 1)]


def block_verdicts(
    blocks: list[Block], headings: set[int]
) -> tuple[list[Verdict], dict[int, Hit], set[int]]:
    """Each block's class before context: alone, then as part of its list, stack or caption.

    Returns the verdicts, the removals of template captions and headline
    columns (removed, but neutral to the extent) and the items of menus above the article (sure chrome).
    """
    has_stoplist = any(b.features.stopword_density > 0 for b in blocks)
    linked_page = any(b.features.links for b in blocks)
    verdicts = [classify_block(b, has_stoplist) for b in blocks]
    for run in list_runs(blocks):
        introduced = run[0] > 0 and blocks[run[0] - 1].features.visible.rstrip().endswith(":")
        verdict = classify_list([blocks[i] for i in run], has_stoplist, introduced, linked_page)
        for i in run:
            verdicts[i] = verdict
    for stack in line_stacks(blocks):
        stack_verdict = classify_stack([blocks[i] for i in stack], has_stoplist)
        if stack_verdict is not None:
            for i in stack:
                verdicts[i] = stack_verdict
    for i in headings:
        verdicts[i] = Verdict(Label.HEADING, "heading")
    headline_column = _mark_linked_headings(blocks, verdicts)
    menus = _mark_head_menus(blocks, verdicts)
    _mark_teaser_runs(blocks, verdicts)
    _mark_footnotes(blocks, verdicts)
    _mark_short_sentence_runs(blocks, verdicts, has_stoplist)
    section_headings = _repeated_section_headings(blocks, verdicts)
    for i, block in enumerate(blocks):
        quiet = verdicts[i].label in (Label.SHORT, Label.HEADING)
        if quiet and i not in section_headings and block.features.repeats >= MIN_LABEL_REPEATS - 1:
            # A short line that stands twice on a page is a widget label
            # or a teaser's byline ("By REUTERS", "Read more"), not article text.
            verdicts[i] = Verdict(Label.BAD, f"short text that appears {block.features.repeats + 1} times")
    neutral = _mark_captions(blocks, verdicts)
    neutral.update((i, Hit(S.LINK_CLUSTER, i, why)) for i, why in headline_column.items())
    return verdicts, neutral, menus


