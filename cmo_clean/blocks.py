"""Body text -> Blocks with line spans, then named features for each block.

Markdown is split with markdown-it-py's token line maps, so code fences,
tables and lists are never cut in half. Plain text is split on blank lines
and line structure. In both, a paragraph whose lines are separate page
elements ("Share post" / "Print" / "Call us!" run together without blank
lines) is split into one block per line, while wrapped prose stays whole.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from markdown_it import MarkdownIt

from cmo_clean.document import Block, BlockKind, Line
from cmo_clean.language import stopwords
from cmo_clean.memo import per_document

_Span = tuple[BlockKind, int, int, int]  # kind, first line, end line (exclusive), level

# -- inline Markdown, reduced to the text a reader sees ----------------------

_IMAGE = re.compile(r"!\[((?:\\.|[^\]\\])*)\]\((?:\\.|[^)\n\\])*\)")
# An inline link, "[text](address "title")": its text is group 1.
LINK_SYNTAX = r"\[((?:\\.|[^\]\\])*)\]\(\s*<?[^)\s>]*>?(?:\s+\"[^\"\n]*\")?\s*\)"
_LINK = re.compile(LINK_SYNTAX)
_REF_LINK = re.compile(r"\[((?:\\.|[^\]\\])+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_EMPHASIS = re.compile(r"(\*\*|__|~~|(?<!\w)[*_]|[*_](?!\w))")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022\u00b7\u2013\u25aa\u25cf]|\d{1,3}[.)])\s+")
# Line markers, matched on all lines of a text at once: [^\S\n] is \s that stays on its line.
_QUOTE_MARKER = re.compile(r"^[^\S\n]*(?:>[^\S\n]?)+", re.M)
_HEADING_MARKER = re.compile(r"^[^\S\n]{0,3}#{1,6}[^\S\n]+|[^\S\n]+#+[^\S\n]*$", re.M)
_LIST_MARKERS = re.compile(
    r"^[^\S\n]*(?:[-*+\u2022\u00b7\u2013\u25aa\u25cf]|\d{1,3}[.)])[^\S\n]+", re.M
)
# A word goes on through a combining mark and a zero-width (non-)joiner: Python's
# \w takes letters and digits but not the vowel signs of the Indic scripts
# ("करें", "சென்னை"), of Thai, Khmer and Burmese, the Arabic and Hebrew points, or
# the joiner inside a Persian word ("اشتراک‌گذاری"). The marks are read from the
# Unicode database (categories Mn, Mc, Me) so that every script is covered, not a
# list of the scripts someone thought of; the Basic Multilingual Plane holds them
# all but a few historic ones. These ranges go into a regex class next to \w.
def _combining_mark_ranges() -> str:
    marks = [c for c in range(0x0300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc", "Me")]
    marks += [0x200C, 0x200D]
    ranges: list[list[int]] = []
    for c in marks:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


WORD_MARKS = _combining_mark_ranges()
_WORD_MARK = re.compile(f"[{WORD_MARKS}]")
# A word: a letter or digit, and the letters, digits and marks that go on from it
# ("प्रकाशित" is one word, not five; the joiner inside an emoji sequence is none).
WORD = re.compile(rf"\w[\w{WORD_MARKS}]*")
# Periods that need no space after them: Chinese and Japanese (。), Khmer (។ ៕),
# Burmese (။), Ethiopic (።), Tibetan (།), Armenian (։), Urdu (۔) and the
# Devanagari double danda (॥); with the full-width marks, the full stops.
SCRIPT_PERIODS = "\u3002\u17d4\u17d5\u104b\u1362\u0f0d\u0589\u06d4\u0965"
SCRIPT_FULL_STOPS = SCRIPT_PERIODS + "\uff01\uff1f"
# A full stop, then a space or the end; the script full stops above need no space after them.
_SENTENCE_END = re.compile(
    r"[.!?\u061f\u0964][\"'\u201d\u2019\u00bb)\]]*(?:\s|$)"
    rf"|[{SCRIPT_FULL_STOPS}]+[\"'\u201d\u2019\u00bb)\]\u300d\u300f]*"
)
_FINAL_PUNCT = re.compile(rf"[.!?:;\u061f\u0964\u2026{SCRIPT_FULL_STOPS}][\"'\u201d\u2019\u00bb)\]*_]*$")
# Thai and Lao have no full stop: a space ends a sentence or a clause. A space
# after a run of at least UNPUNCTUATED_CLAUSE_CHARS of their letters (some four
# words), or the block's end after one, counts as a sentence end; a menu entry
# or a label is shorter than that.
UNPUNCTUATED_CLAUSE_CHARS = 20
# Character ranges of the scripts that are written without spaces between words.
THAI = "\u0e00-\u0e7f"
THAI_LAO = THAI + "\u0e80-\u0eff"
KHMER_BURMESE = "\u1000-\u109f\u1780-\u17ff"
_UNPUNCTUATED_CLAUSE = re.compile(rf"[{THAI_LAO}]{{{UNPUNCTUATED_CLAUSE_CHARS},}}(?=\s|$)")


# Each block's text is read by the page-language sample, by describe() and by
# every later cleaning pass, which sees most blocks again unchanged.
@per_document
def visible_text(markdown: str) -> str:
    """The words a reader sees: no URLs, image syntax, emphasis or list markers."""
    text = markdown
    # Each pattern is tried only on text holding the characters it needs:
    # most blocks have no link, image, tag, emphasis or escape at all.
    if "](" in text:
        if "![" in text:
            text = _IMAGE.sub(" ", text)
        text = _LINK.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)  # a link whose text is itself a link
    if "][" in text:
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub(" ", text)
    # Line by line: quote markers, then heading markers, then list markers.
    if ">" in text:
        text = _QUOTE_MARKER.sub("", text)
    if "#" in text:
        text = _HEADING_MARKER.sub("", text)
    text = _LIST_MARKERS.sub("", text).replace("\n", " ")
    if "*" in text or "_" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())


def opens_capitalized(text: str) -> bool:
    """Starts with a capital letter, or with a letter of a script that has no case.

    Titles, headings and site names start with a capital in Latin, Greek and
    Cyrillic; Chinese, Japanese, Korean, Arabic or Hebrew have no capitals,
    and a test for one would fail every headline written in them.
    """
    first = text[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def normalized(text: str) -> str:
    """Lower case, single spaces, no punctuation at the edges: what phrase tables see."""
    text = " ".join(text.lower().split())
    if "\u0307" in text:
        text = text.replace("i\u0307", "i")  # Turkish capital İ lowers to i and a combining dot
    # The edges are what regex [\W_] matches, i.e. characters that are not
    # alphanumeric; walked in from both ends (a regex anchored at the end is
    # tried at every position of the text).
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    # A vowel sign or point that ends the last word stays with it ("शेयर करें").
    while end < len(text) and _WORD_MARK.match(text[end]):
        end += 1
    return text[start:end]


def link_texts(markdown: str) -> list[str]:
    """The visible texts of the links in a piece of Markdown (images excluded)."""
    if "](" not in markdown:
        return []
    no_images = _IMAGE.sub(" ", markdown)
    return [_EMPHASIS.sub("", m.group(1)) for m in _LINK.finditer(no_images)]


# -- splitting ---------------------------------------------------------------

# A multi-line paragraph is wrapped prose when its lines (but the last) are
# this long: a hard-wrapped article, not a stack of widgets.
WRAPPED_LINE_MIN_CHARS = 60
WRAPPED_WIDTH_SHARE = 0.75  # every wrapped line (but the last) is at least this share of the widest


@functools.cache
def _markdown_parser() -> MarkdownIt:
    # Only block structure and its line maps are needed; inline parsing (links,
    # emphasis) is most of markdown-it's time and is skipped. Link reference
    # definitions ("[1]: https://...") are read as the paragraphs they look
    # like, which keeps them in a block as before, at a tenth less parsing.
    parser = MarkdownIt("commonmark").enable("table").disable("reference")
    parser.core.ruler.disable("inline")
    return parser


def split_markdown(lines: list[Line]) -> list[Block]:
    """Blocks from markdown-it's token maps; every non-blank line lands in one block."""
    source = "\n".join(line.text for line in lines)
    tokens = _markdown_parser().parse(source)
    spans: list[_Span] = []
    list_depth = 0
    quote_depth = 0
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "heading_open":
            spans.append((BlockKind.HEADING, start, end, int(token.tag[1])))
        elif token.type == "paragraph_open":
            if list_depth:
                kind = BlockKind.LIST_ITEM
            elif quote_depth:
                kind = BlockKind.QUOTE
            else:
                kind = BlockKind.PARAGRAPH
            spans.append((kind, start, end, list_depth))
        elif token.type == "fence" or token.type == "code_block":
            spans.append((BlockKind.CODE, start, end, 0))
        elif token.type == "table_open":
            spans.append((BlockKind.TABLE, start, end, 0))
        elif token.type == "hr":
            spans.append((BlockKind.RULE, start, end, 0))
        elif token.type == "html_block":
            spans.append((BlockKind.HTML, start, end, 0))
    spans = _without_nested(spans)
    return _materialize(lines, _fill_gaps(lines, spans))


def _without_nested(spans: list[_Span]) -> list[_Span]:
    """Tables and paragraphs can overlap in token maps; keep the outermost span."""
    spans.sort(key=lambda s: (s[1], -s[2]))
    out: list[_Span] = []
    covered_to = 0
    for span in spans:
        if span[1] < covered_to:
            continue
        out.append(span)
        covered_to = span[2]
    return out


def _fill_gaps(lines: list[Line], spans: list[_Span]) -> list[_Span]:
    """Non-blank lines no token claimed (an empty list item `*`) become blocks too,
    so removing the blocks around them cannot leave them stranded."""
    out: list[_Span] = []
    position = 0
    for kind, start, end, level in [*spans, (None, len(lines), len(lines), 0)]:
        for j in range(position, start):
            if lines[j].text.strip():
                gap = BlockKind.LIST_ITEM if _LIST_MARKER.match(lines[j].text) else BlockKind.PARAGRAPH
                out.append((gap, j, j + 1, 0))
        if kind is not None:
            out.append((kind, start, end, level))
        position = max(position, end)
    return out


def split_text(lines: list[Line]) -> list[Block]:
    """Plain text: blank-line groups, split into lines unless the group is wrapped prose."""
    spans: list[_Span] = []
    group_start: int | None = None
    for j in range(len(lines) + 1):
        blank = j == len(lines) or not lines[j].text.strip()
        if blank and group_start is not None:
            spans.append((BlockKind.PARAGRAPH, group_start, j, 0))
            group_start = None
        elif not blank and group_start is None:
            group_start = j
    out: list[_Span] = []
    for kind, start, end, _ in spans:
        for s, e in _table_runs(lines, start, end):
            if e - s > 1 and _TABLE_ROW.match(lines[s].text) and _TABLE_DELIMITER.match(lines[s + 1].text):
                out.append((BlockKind.TABLE, s, e, 0))
                continue
            out.extend(_text_units(lines, kind, s, e))
    return _materialize(lines, out)


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _table_runs(lines: list[Line], start: int, end: int) -> list[tuple[int, int]]:
    """Cut a group into runs of pipe-table rows and runs of other lines."""
    runs: list[tuple[int, int]] = []
    for j in range(start, end):
        is_row = bool(_TABLE_ROW.match(lines[j].text))
        if runs and bool(_TABLE_ROW.match(lines[runs[-1][0]].text)) == is_row:
            runs[-1] = (runs[-1][0], j + 1)
        else:
            runs.append((j, j + 1))
    return runs


def _text_units(lines: list[Line], kind: BlockKind, start: int, end: int) -> list[_Span]:
    out: list[_Span] = []
    for s, e in _line_units(lines, start, end):
        text = lines[s].text
        if _LIST_MARKER.match(text) and e - s == 1:
            depth = (len(text) - len(text.lstrip())) // 2
            out.append((BlockKind.LIST_ITEM, s, e, depth))
        else:
            out.append((kind, s, e, 0))
    return out


def _line_units(lines: list[Line], start: int, end: int) -> list[tuple[int, int]]:
    if end - start > 1:
        texts = [lines[j].text for j in range(start, end)]
        if is_wrapped_prose(texts) or is_broken_at_clauses(texts):
            return [(start, end)]
    return [(j, j + 1) for j in range(start, end)]


def is_wrapped_prose(texts: list[str]) -> bool:
    """True when the lines read as one hard-wrapped paragraph rather than a stack of items.

    Hard-wrapped lines have nearly the same width and break mid-sentence; a
    headline above a date line, or widgets stacked without blank lines, do not.
    """
    if any(_LIST_MARKER.match(t) for t in texts[1:]):
        return False
    heads = [t.strip() for t in texts[:-1]]
    widest = max(len(t) for t in heads)
    if widest < WRAPPED_LINE_MIN_CHARS or any(len(t) < WRAPPED_WIDTH_SHARE * widest for t in heads):
        return False
    # Wrapped lines break mid-sentence; element lines end their own sentence.
    ended = sum(1 for t in texts[:-1] if _FINAL_PUNCT.search(t.rstrip()) or t.endswith("  "))
    if ended > len(heads) // 2:
        return False
    if len(texts) > 2:
        return True
    # Two lines: the second must carry on the first's sentence.
    second = texts[1].strip()
    return second[:1].islower() or heads[0].endswith((",", "-")) or len(second) >= WRAPPED_LINE_MIN_CHARS


# A line that stops at one of these goes on in the next (ideographic forms included).
_CLAUSE_MARK = re.compile(r"[,;\u3001\uff0c\uff1b]\s*$")


def is_broken_at_clauses(texts: list[str]) -> bool:
    """True when the lines are one paragraph broken at its commas, as Japanese and Chinese often are.

    Every line but the last ends a clause or a sentence, and most end at a
    comma: the sentence goes on in the next line. Stacked widgets and menu
    items end at neither.
    """
    if any(_LIST_MARKER.match(t) for t in texts[1:]):
        return False
    heads = [t.rstrip() for t in texts[:-1]]
    at_comma = sum(1 for t in heads if _CLAUSE_MARK.search(t))
    ended = sum(1 for t in heads if _FINAL_PUNCT.search(t))
    return at_comma * 2 >= len(heads) and at_comma + ended == len(heads)


def _materialize(lines: list[Line], spans: list[_Span]) -> list[Block]:
    blocks: list[Block] = []
    for kind, start, end, level in spans:
        units = [(start, end)]
        if kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM) and end - start > 1:
            units = _line_units(lines, start, end)
            if kind == BlockKind.LIST_ITEM and len(units) > 1:
                # A list item's continuation lines belong to the item.
                units = [(start, end)] if _LIST_MARKER.match(lines[start].text) else units
        for s, e in units:
            text = "\n".join(lines[j].text for j in range(s, e))
            blocks.append(Block(len(blocks), kind, s, e, text, level))
    return blocks


# -- stacks of lines -----------------------------------------------------------


def line_stacks(blocks: list[Block]) -> list[list[int]]:
    """Runs of line blocks split from one paragraph (no blank line between them).

    The splitter cuts a paragraph of short lines into one block per line,
    because clippers stack widgets that way; a timetable or a results list
    is stacked the same way and must be judged as a whole.
    """
    stacks: list[list[int]] = []
    for block in blocks:
        if block.kind != BlockKind.PARAGRAPH:
            continue
        previous = blocks[block.index - 1] if block.index else None
        if previous is not None and previous.kind == BlockKind.PARAGRAPH and previous.end == block.start:
            stacks[-1].append(block.index)
        else:
            stacks.append([block.index])
    return [stack for stack in stacks if len(stack) > 1]


# A text table: most lines (this share) start cells at the same offsets, in this many columns.
TABLE_LINE_SHARE = 0.7
MIN_TABLE_COLUMNS = 3
# A gap between two cells of a text table: two or more spaces.
_COLUMN_GAP = re.compile(r"\S( {2,})(?=\S)")


def aligned_columns(texts: list[str]) -> bool:
    """The lines share column starts, as a table rendered as text does ("DL   Larry Ogunjobi   63   85%").

    Prose has single spaces; a text browser's rendering of an HTML table pads
    every cell to its column's width, so the same offsets start a cell on
    most lines.
    """
    starts = Counter(m.end(1) for text in texts for m in _COLUMN_GAP.finditer(text))
    shared = [offset for offset, n in starts.items() if n >= TABLE_LINE_SHARE * len(texts)]
    return len(shared) >= MIN_TABLE_COLUMNS - 1


def text_table_lines(blocks: list[Block]) -> frozenset[int]:
    """The blocks that are lines of a table rendered as text (a stack in aligned columns)."""
    return frozenset(
        i
        for stack in line_stacks(blocks)
        if len(stack) >= MIN_TABLE_LINES and aligned_columns([blocks[j].text for j in stack])
        for i in stack
    )


# A table has a header and rows: at least this many lines.
MIN_TABLE_LINES = 3


# -- features ----------------------------------------------------------------



@dataclass(frozen=True, slots=True)
class Features:
    """Named, language-neutral measurements of one block (see README: features)."""

    words: int
    chars: int
    link_density: float  # characters inside link texts / visible characters
    links: int
    stopword_density: float  # stopwords / words, in the page's language (0 if unknown)
    sentences: int  # sentence-final punctuation marks followed by space or end
    ends_with_punctuation: bool
    position: float  # 0.0 at the body's first line, 1.0 at its last
    repeats: int  # other blocks in the page with the same visible text
    image_only: bool  # images and nothing else
    visible: str  # the visible text itself (for rules and reasons)
    normalized: str  # visible text, lower case, no edge punctuation: what phrase tables match


# One Chinese, Japanese or Korean character carries about as much as a short
# Latin word's worth of letters; length thresholds are set in Latin characters.
WIDE_CHAR_WEIGHT = 3
_WIDE = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


# Chinese and Japanese are written without spaces between words, and Thai, Lao,
# Khmer and Burmese put spaces only between phrases: a run of their characters
# counts one word per so many characters (about a word's length in each: two
# for Chinese and Japanese, five code points with the vowel signs for the
# others), so that word gates ("a button has at most 12 words") mean the same
# in every script. Korean spaces its words.
CJK_CHARS_PER_WORD = 2
SOUTHEAST_ASIAN_CHARS_PER_WORD = 5
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_SOUTHEAST_ASIAN = re.compile(rf"[{THAI_LAO}{KHMER_BURMESE}]+")
_UNSPACED = re.compile(_HAN_KANA.pattern + "|" + _SOUTHEAST_ASIAN.pattern)


def word_count(text: str) -> int:
    """Words in visible text; unspaced scripts (Chinese, Japanese, Thai...) counted by length."""
    if not _UNSPACED.search(text):
        return len(WORD.findall(text))
    words = len(WORD.findall(_UNSPACED.sub(" ", text)))
    for run in _HAN_KANA.findall(text):
        words += -(-len(run) // CJK_CHARS_PER_WORD)
    for run in _SOUTHEAST_ASIAN.findall(text):
        words += -(-len(run) // SOUTHEAST_ASIAN_CHARS_PER_WORD)
    return words


def text_length(text: str) -> int:
    """Length in Latin-character equivalents: wide (CJK) characters count WIDE_CHAR_WEIGHT."""
    return len(text) + (WIDE_CHAR_WEIGHT - 1) * len(_WIDE.findall(text))


def describe(blocks: list[Block], total_lines: int, language: str | None) -> None:
    """Attach Features to every block (in place: features are derived, never edited)."""
    measured = [_measure(b.text, b.kind == BlockKind.CODE, language) for b in blocks]
    keys = [m.visible.lower() for m in measured]
    counts = Counter(key for key in keys if key)
    span = max(1, total_lines - 1)
    for block, m, key in zip(blocks, measured, keys, strict=True):
        block.features = Features(
            words=m.words,
            chars=m.chars,
            link_density=m.link_density,
            links=m.links,
            stopword_density=m.stopword_density,
            sentences=m.sentences,
            ends_with_punctuation=m.ends_with_punctuation,
            position=block.start / span,
            repeats=counts[key] - 1 if key else 0,
            image_only=m.image_only,
            visible=m.visible,
            normalized=m.normalized,
        )


class _TextMeasures(NamedTuple):
    """The Features that a block's text alone decides (not its position or repeats)."""

    words: int
    chars: int
    link_density: float
    links: int
    stopword_density: float
    sentences: int
    ends_with_punctuation: bool
    image_only: bool
    visible: str
    normalized: str


# Every cleaning pass describes the blocks it kept from the pass before, and
# their text is unchanged: what the text alone decides is measured once.
@per_document
def _measure(text: str, code: bool, language: str | None) -> _TextMeasures:
    visible = visible_text(text)
    tokens = WORD.findall(visible)
    words = word_count(visible)
    chars = text_length(visible)
    texts = link_texts(text) if not code else []
    link_chars = sum(text_length(visible_text(t)) for t in texts)
    stop = stopwords(language)
    stop_count = sum(map(stop.__contains__, map(str.lower, tokens)))
    return _TextMeasures(
        words=words,
        chars=chars,
        link_density=min(1.0, link_chars / chars) if chars else 0.0,
        links=len(texts),
        stopword_density=(stop_count / len(tokens)) if tokens and stop else 0.0,
        sentences=len(_SENTENCE_END.findall(visible)) + len(_UNPUNCTUATED_CLAUSE.findall(visible)),
        ends_with_punctuation=bool(_FINAL_PUNCT.search(visible)),
        image_only=not visible and "![" in text,
        visible=visible,
        normalized=normalized(visible),
    )
