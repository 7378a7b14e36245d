"""Kept blocks -> normalized Markdown lines. Idempotent by construction.

One blank line between blocks (none between items of one list), ATX headings,
`- ` bullets, no trailing spaces, relative links made absolute. Tables, code
and HTML blocks are written as they were. Text is never escaped or
re-wrapped: `[[wikilinks]]`, underscores and asterisks stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin

from cmo_clean.blocks import SCRIPT_PERIODS, opens_capitalized
from cmo_clean.document import Block, BlockKind, Format, Line

_BULLET = re.compile(r"^(\s*)(?:[-*+\u2022\u00b7\u2013\u25aa\u25cf\u2023\u25e6])\s+")
_ORDERED = re.compile(r"^(\s*)(\d{1,3})([.)])\s+")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_RELATIVE_LINK = re.compile(r"(\]\()(?!(?:[a-z][a-z0-9+.-]*:|#|<))([^)\s]+)", re.I)
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")


def render(
    blocks: list[Block],
    lines: list[Line],
    fmt: Format,
    *,
    base_url: str | None,
    headings: dict[int, int],
    text_tables: frozenset[int] = frozenset(),
) -> list[Line]:
    """The kept blocks as Markdown lines.

    `headings`: plain-text blocks to write as ATX, by level. `text_tables`:
    lines of tables set out in aligned columns, written as one fenced block
    so that their rows stay rows and their columns stay aligned.
    """
    out: list[Line] = []
    list_indents = _list_levels(blocks, lines, fmt)
    previous: Block | None = None
    for group in _table_runs(blocks, text_tables):
        block = group[0]
        if previous is not None and not (
            previous.kind == block.kind == BlockKind.LIST_ITEM and previous.end == block.start
            or previous.kind == block.kind == BlockKind.LIST_ITEM and fmt == Format.TEXT
        ):
            out.append(Line("", None))
        if block.index in text_tables:
            out.extend(_fenced_table(group, lines))
        else:
            out.extend(_render_block(block, lines, fmt, base_url, headings.get(block.index, 0), list_indents))
        previous = group[-1]
    return out


def _table_runs(blocks: list[Block], text_tables: frozenset[int]) -> list[list[Block]]:
    """The blocks one by one, but a table's adjacent lines together."""
    runs: list[list[Block]] = []
    for block in blocks:
        last = runs[-1][-1] if runs else None
        if last is not None and {last.index, block.index} <= text_tables and last.end == block.start:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


_FENCE = "```"


def _fenced_table(rows: list[Block], lines: list[Line]) -> list[Line]:
    """A text table's lines in a fence, without their common indentation: rows and columns stay."""
    source = [line for row in rows for line in lines[row.start : row.end]]
    indent = min((len(ln.text) - len(ln.text.lstrip()) for ln in source if ln.text.strip()), default=0)
    body = [Line(line.text[indent:].rstrip(), line.origin) for line in source]
    return [Line(_FENCE, None), *body, Line(_FENCE, None)]


def _render_block(
    block: Block,
    lines: list[Line],
    fmt: Format,
    base_url: str | None,
    heading_level: int,
    list_levels: dict[int, int],
) -> list[Line]:
    source = lines[block.start : block.end]
    if block.kind in (BlockKind.CODE, BlockKind.TABLE, BlockKind.HTML):
        return [Line(line.text.rstrip(), line.origin) for line in source]
    if block.kind == BlockKind.RULE:
        return [Line("---", source[0].origin)]
    if block.kind == BlockKind.HEADING:
        return [Line(_heading(block, source), source[0].origin)]
    texts = [outside_code_spans(line.text, lambda t: _encoded_parentheses(_absolute_links(t, base_url)))
             for line in source]
    if heading_level:
        return [Line("#" * heading_level + " " + " ".join(texts[0].split()), source[0].origin)]
    if block.kind == BlockKind.LIST_ITEM:
        return _list_item(block, source, texts, list_levels.get(block.index, 0))
    if block.kind == BlockKind.QUOTE:
        return [Line(t.rstrip(), line.origin) for t, line in zip(texts, source, strict=True)]
    return [Line(t.strip(), line.origin) for t, line in zip(texts, source, strict=True)]


def _heading(block: Block, source: list[Line]) -> str:
    first = source[0].text
    match = _ATX.match(first)
    if match:
        text = match.group(2)
    else:  # setext: "Title" over "=====" or "-----"
        text = " ".join(line.text.strip() for line in source if not _SETEXT_UNDERLINE.match(line.text))
    text = " ".join(text.split())
    return "#" * max(1, block.level) + " " + text


def _list_item(block: Block, source: list[Line], texts: list[str], level: int) -> list[Line]:
    indent = "  " * level
    first = texts[0]
    ordered = _ORDERED.match(first)
    bullet = _BULLET.match(first)
    if ordered:
        marker = f"{ordered.group(2)}{ordered.group(3)} "
        content = first[ordered.end() :]
    elif bullet:
        marker = "- "
        content = first[bullet.end() :]
    else:  # a continuation paragraph of an item
        marker = "  "
        content = first.strip()
    rendered = [Line(f"{indent}{marker}{content.strip()}".rstrip(), source[0].origin)]
    continuation = indent + " " * len(marker)
    for text, line in zip(texts[1:], source[1:], strict=True):
        rendered.append(Line(f"{continuation}{text.strip()}".rstrip(), line.origin))
    return rendered


def _list_levels(blocks: list[Block], lines: list[Line], fmt: Format) -> dict[int, int]:
    """Nesting level of each list item: markdown-it's depth, or relative indentation in text."""
    levels: dict[int, int] = {}
    if fmt == Format.MARKDOWN:
        for block in blocks:
            if block.kind == BlockKind.LIST_ITEM:
                levels[block.index] = max(0, block.level - 1)
        return levels
    run: list[Block] = []
    for candidate in [*blocks, None]:
        if candidate is not None and candidate.kind == BlockKind.LIST_ITEM:
            run.append(candidate)
            continue
        if run:
            indents = sorted({_indent(lines[b.start].text) for b in run})
            for b in run:
                levels[b.index] = min(indents.index(_indent(lines[b.start].text)), 3)
            run = []
    return levels


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")


def outside_code_spans(text: str, rewrite: Callable[[str], str]) -> str:
    """`rewrite` applied to the text between inline code spans: code is written as it was."""
    if "`" not in text:
        return rewrite(text)
    out: list[str] = []
    i = 0
    for span in _CODE_SPAN.finditer(text):
        out.append(rewrite(text[i : span.start()]))
        out.append(span.group(0))
        i = span.end()
    out.append(rewrite(text[i:]))
    return "".join(out)


def _absolute_links(text: str, base_url: str | None) -> str:
    if not base_url or "](" not in text:
        return text
    return _RELATIVE_LINK.sub(lambda m: m.group(1) + urljoin(base_url, m.group(2)), text)


def _encoded_parentheses(text: str) -> str:
    """Link addresses with parentheses percent-encoded: `(a_(b))` -> `(a_%28b%29)`.

    An address that holds parentheses ("Mercury_(planet)", an image service's
    "filters:focal(...)") is valid CommonMark when escaped, balanced or put in
    <...>, but many readers and simple converters end the link at its first
    ")" and leave the rest of the address in the text. Percent-encoded, it is
    the same address to a browser and one link to every reader.
    """
    if "](" not in text:
        return text
    out: list[str] = []
    i = 0
    while (start := text.find("](", i)) != -1:
        begin = start + 2
        end = _destination_end(text, begin)
        out.append(text[i:begin])
        address = text[begin:end]
        if address.startswith("<") and address.endswith(">") and " " not in address:
            address = address[1:-1]
        if "(" in address or ")" in address:
            address = address.replace("\\(", "(").replace("\\)", ")")
            address = address.replace("(", "%28").replace(")", "%29")
        out.append(address)
        i = end
    out.append(text[i:])
    return "".join(out)


def _destination_end(text: str, begin: int) -> int:
    """Where a link destination that starts at `begin` ends (CommonMark's rules)."""
    if text.startswith("<", begin):
        close = text.find(">", begin)
        return close + 1 if close != -1 and "<" not in text[begin + 1 : close] else begin
    depth, j = 0, begin
    while j < len(text):
        ch = text[j]
        if ch == "\\" and j + 1 < len(text):
            j += 2
            continue
        if ch.isspace():
            break
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        j += 1
    return j


# -- plain-text headings -------------------------------------------------------

MAX_HEADING_WORDS = 12
MIN_FOLLOWING_WORDS = 12


def bare_headings(blocks: list[Block]) -> dict[int, int]:
    """Plain-text lines that are headings, with their level (2 or 3).

    A line qualifies when it is short, has no sentence end, and introduces
    content: prose, a list, or a heading that itself introduces content.
    """
    found: set[int] = set()
    for position in range(len(blocks) - 1, -1, -1):
        block = blocks[position]
        if not _heading_shaped(block) or position + 1 >= len(blocks):
            continue
        following = blocks[position + 1]
        if (
            following.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE)
            or following.features.words >= MIN_FOLLOWING_WORDS
            or (following.features.ends_with_punctuation and following.features.words >= 4)
            or following.index in found
        ):
            found.add(block.index)
    return _heading_levels(blocks, _without_long_chains(blocks, found))


MAX_HEADING_CHAIN = 2


def _without_long_chains(blocks: list[Block], found: set[int]) -> set[int]:
    """Three or more heading-like lines in a row are short lines (a timetable, an
    address), not a section and its subsection: only the last stays a heading, and
    not even the last when it is the closing line of their stack (no blank line
    above it: the third of three addresses, not a heading over the prose below)."""
    kept = set(found)
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and block.index in found:
            run.append(block)
            continue
        if len(run) > MAX_HEADING_CHAIN:
            stacked = run[-1].start == run[-2].end
            kept.difference_update(b.index for b in (run if stacked else run[:-1]))
        run = []
    return kept


MIN_SUBSECTIONS = 2


def _heading_levels(blocks: list[Block], found: set[int]) -> dict[int, int]:
    """A heading directly followed by two or more subsections' headings is their parent.

    Plain text has no heading levels; this recovers the common two-level shape
    and leaves a lone heading pair (a section whose content is gone) at one level,
    so the empty-section rule can see it.
    """
    positions = {block.index: n for n, block in enumerate(blocks)}
    ordered = sorted(found, key=positions.__getitem__)
    levels = dict.fromkeys(ordered, 2)
    parents = [
        i for i in ordered if positions[i] + 1 < len(blocks) and blocks[positions[i] + 1].index in found
    ]
    for n, parent in enumerate(parents):
        limit = positions[parents[n + 1]] if n + 1 < len(parents) else len(blocks)
        children = [i for i in ordered if positions[parent] < positions[i] < limit]
        if len(children) >= MIN_SUBSECTIONS:
            for child in children:
                levels[child] = 3
    return levels


# A line ending in a full stop, a comma or a colon goes on or is a sentence
# (full-width forms and the full stops of other scripts too).
_NOT_HEADING_ENDS = tuple(".,;:!\uff0c\u3001\uff1b\uff1a\uff01" + SCRIPT_PERIODS)


def _heading_shaped(block: Block) -> bool:
    f = block.features
    if block.kind != BlockKind.PARAGRAPH or block.line_count != 1:
        return False
    if not 1 <= f.words <= MAX_HEADING_WORDS or f.links or f.image_only:
        return False
    text = f.visible
    if text.endswith(_NOT_HEADING_ENDS) or not opens_capitalized(text) or _CREDIT.match(text):
        return False
    return not _BULLET.match(block.text) and not _ORDERED.match(block.text)


# A photo credit or gallery counter under an image ("Photo by Jane Doe/Getty Images",
# "Image 2 of 5", "Foto: dpa") is a caption line, not a section heading.
_CREDIT = re.compile(
    r"^(?:photo|image|picture|pic|foto|bild|illustration|crédit(?: photo)?|credit|imagen|imagem|immagine|"
    r"afbeelding|фото|zdjęcie|fotoğraf|getty(?: images)?|ap photo|reuters)\b(?:\s*(?:by|via|:|\d+ of \d+)|$)",
    re.I,
)
