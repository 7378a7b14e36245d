"""Residue: CMS and JSON leftovers that a clipper turned into text.

Page builders serialize their layout settings next to the content
(`sectionTheme` / `light-grey` / `gridBackground` / `false`); a clipper that
reads the DOM text keeps them as lines of bare tokens.
"""

from __future__ import annotations

import re

from cmo_clean.document import Block, BlockKind
from cmo_clean.rules.base import ANY_KIND, BlockRule, Page, Rule

CMS_TOKEN = Rule(
    code="RES101",
    name="residue.cms_token",
    summary="A line that is one bare CMS/JSON token: camelCase, kebab-case, true/false/null, a long numeric id.",
    rationale=(
        "Prose is made of words separated by spaces. A line holding a single identifier such as "
        "`sectionTheme`, `light-grey` or `false` is a serialized layout setting, not text."
    ),
    examples=("sectionTheme", "light-grey", "gridBackground", "false", "share-print"),
)
TEMPLATE = Rule(
    code="RES102",
    name="residue.template",
    summary="Unrendered template or script leftovers: {{ var }}, {% tag %}, ${x}, [object Object], &lt;tags&gt;, "
    "a link's dangling '](url)'.",
    rationale="Template syntax, or markup escaped into text, that reached the page was never meant to be read.",
    examples=("{{ page.title }}", "[object Object]", "${user.name}", '&lt;span class="bookmark"&gt;'),
)

LAYOUT_ROW = Rule(
    code="RES103",
    name="residue.layout_row",
    summary="A row of a layout table: cells of logos, icons and a few words (a currency or weather ticker) "
    "between pipes.",
    rationale=(
        "Old sites lay their pages out in tables; an extractor that keeps a header or ticker row of one "
        "writes its images and figures between pipes, a row that is neither a table nor text."
    ),
    examples=("| ![Example News](https://news.example/logo.gif) | ![](https://news.example/fb.gif) |",),
)

_CAMEL = re.compile(r"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$")
_KEBAB_OR_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$")
_LITERAL = re.compile(r"^(?:true|false|null|none|nil|undefined|nan|\{\}|\[\])$")
# A record's numeric id ("191119052250266"): longer than any year, count or page number.
_NUMERIC_ID = re.compile(r"^\d{9,}$")
_BARE_WORD = re.compile(r"^[a-z][a-z0-9]{0,11}$")
_TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\$\{[^}]*\}|\[object Object\]|^undefined$")
# Bare lower-case words ("id", "hero") count only inside a run of this many token lines.
MIN_TOKEN_RUN = 3
# A list of identifiers is a layout's breakpoints or classes only when this long:
# a tutorial lists two or three property names.
MIN_TOKEN_ITEMS = 5
_BULLET = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")


def _token_kind(block: Block) -> str | None:
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.line_count != 1:
        return None
    text = block.text.strip()
    if block.kind == BlockKind.LIST_ITEM:
        # A list of layout tokens ("- narrow-browser-and-phone"): only strong ones, in runs (_cms_token).
        text = _BULLET.sub("", text)
        return "item" if _CAMEL.match(text) or _KEBAB_OR_SNAKE.match(text) else None
    if " " in text or not text:
        return None
    if _CAMEL.match(text) or _LITERAL.match(text) or _NUMERIC_ID.match(text):
        return "strong"
    if _KEBAB_OR_SNAKE.match(text):
        return "strong"
    if _BARE_WORD.match(text):
        return "weak"
    return None


def _cms_token(block: Block, page: Page) -> str | None:
    kind = _token_kind(block)
    if kind is None:
        return None
    run = _run_length(block, page)
    if kind == "item":
        return f"layout token '{_BULLET.sub('', block.text.strip())}' in a list of {run}" if run >= MIN_TOKEN_ITEMS else None
    if kind == "strong" and run >= 2:
        return f"bare token '{block.text.strip()}' in a run of {run} token lines"
    if kind == "weak" and run >= MIN_TOKEN_RUN:
        return f"bare word '{block.text.strip()}' in a run of {run} token lines"
    if kind == "strong":
        return f"identifier '{block.text.strip()}' alone on a line"
    return None


def _run_length(block: Block, page: Page) -> int:
    """How many consecutive blocks around this one are token lines (itself included)."""
    blocks = page.blocks
    i = block.index
    lo = i
    while lo > 0 and _token_kind(blocks[lo - 1]) is not None:
        lo -= 1
    hi = i
    while hi + 1 < len(blocks) and _token_kind(blocks[hi + 1]) is not None:
        hi += 1
    return hi - lo + 1


# Markup that an editor escaped into the text: "&lt;span data-mce-type=...&gt;".
_ESCAPED_TAG = re.compile(r"^\s*&(?:amp;)?lt;/?[a-z][\w-]*(?:\s|/|&(?:amp;)?gt;)")


# The end of a link whose text opened blocks earlier (a teaser card made into one
# link): `](https://... "Title")` alone, with nothing a reader could read.
_DANGLING_LINK_END = re.compile(r'^\s*\]\(\s*<?[^\s)>]+>?(?:\s+"[^"\n]*")?\s*\)\s*$')


def _template(block: Block, page: Page) -> str | None:
    if "&" in block.text and _ESCAPED_TAG.match(block.text):
        return "escaped HTML markup"
    if block.text.lstrip().startswith("](") and _DANGLING_LINK_END.match(block.text):
        return "the end of a link that opened in an earlier block"
    if block.features.words > 8:
        return None
    text = block.text
    if "{" not in text and "[object Object]" not in text and "undefined" not in text:
        return None  # nothing _TEMPLATE could match
    match = _TEMPLATE.search(text)
    return f"template leftover '{match.group(0)[:40]}'" if match else None


# Pipes around cells (a table row that no delimiter row made a table).
_PIPE_ROW = re.compile(r"^\|.*\|$")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MIN_LAYOUT_ROW_IMAGES = 2
MAX_LAYOUT_ROW_WORDS = 12


def _layout_row(block: Block, page: Page) -> str | None:
    text = block.text.strip()
    if not _PIPE_ROW.match(text):
        return None
    images = len(_IMAGE.findall(text))
    if images < MIN_LAYOUT_ROW_IMAGES:
        return None
    return f"a layout table's row: {images} images and {block.features.words} words between pipes"


RULES = (
    BlockRule(CMS_TOKEN, _cms_token, frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})),
    BlockRule(LAYOUT_ROW, _layout_row, frozenset({BlockKind.PARAGRAPH}), MAX_LAYOUT_ROW_WORDS),
    BlockRule(TEMPLATE, _template, ANY_KIND - {BlockKind.CODE}),
)
