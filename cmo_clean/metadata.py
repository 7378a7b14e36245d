"""Metadata found in the text: title and site, byline, publication date.

These lines are not boilerplate, they are metadata in the wrong place: each
one found is moved into the frontmatter (and reported as moved).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from cmo_clean.blocks import WORD
from cmo_clean.document import Block, BlockKind

# -- title and site ----------------------------------------------------------

_SITE_SEPARATORS = (" | ", " – ", " — ", " - ", " · ", " :: ", " // ")
MAX_SITE_WORDS = 5


def split_site_suffix(title: str, url: str | None) -> tuple[str, str | None]:
    """'Forging new paths | ZS' -> ('Forging new paths', 'ZS').

    ' | ' marks a site name on its own; ' - ' and friends only when the suffix
    matches the URL's host, since titles use dashes in their own right.
    """
    for separator in _SITE_SEPARATORS:
        head, found, suffix = title.rpartition(separator)
        if not found or not head.strip():
            continue
        suffix = suffix.strip()
        if not suffix or len(suffix.split()) > MAX_SITE_WORDS or len(head) < len(suffix):
            continue
        if _matches_host(suffix, url) or (separator == " | " and suffix[0].isupper()):
            return head.strip(), suffix
    return title, None


def _matches_host(name: str, url: str | None) -> bool:
    """The site name spells the host: 'ZS' ~ zs.com, 'The New York Times' ~ nytimes.com."""
    if not url:
        return False
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "blog", "news")]
    if not parts:
        return False
    core = max(parts[:-1] or parts, key=len)
    letters = "".join(ch for ch in name.lower() if ch.isalnum())
    if not letters or not core:
        return False
    position = 0
    for ch in core:  # the host is a subsequence of the name's letters
        position = letters.find(ch, position) + 1
        if position == 0:
            return False
    return len(core) >= 2


MAX_TITLE_WORDS = 20


def is_title_like(block: Block) -> bool:
    """A first line that reads as a title: short, no sentence end, not a label."""
    f = block.features
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.line_count != 1:
        return False
    if not 2 <= f.words <= MAX_TITLE_WORDS or f.links or f.image_only:
        return False
    return not f.visible.endswith((".", ":", ";", ",")) and f.visible[:1].isupper()


# -- byline ------------------------------------------------------------------

_BYLINE = re.compile(
    r"^(?:written |posted |published )?(?:by|von|par|por|de|autor(?:in)?|author|auteur|text)\s*:?\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|del|der|da|di|la|le)){0,4})"
    r"(?:\s*(?:,|\||·|•|-|–|on|am|le|el)\s*.*)?$",
    re.I,
)
MAX_BYLINE_WORDS = 12


def find_byline(block: Block) -> str | None:
    """The author's name in a byline block, or None."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.line_count != 1:
        return None
    f = block.features
    if f.words > MAX_BYLINE_WORDS or f.sentences > 1:
        return None
    match = _BYLINE.match(f.visible.strip())
    if match is None:
        return None
    name = match.group("name").strip(" ,.")
    # The name's words are capitalized (the regex is case-insensitive for the lead word only).
    if not all(w[0].isupper() or w in ("van", "von", "de", "del", "der", "da", "di", "la", "le")
               for w in name.split()):
        return None
    return name


# -- date --------------------------------------------------------------------

_MONTHS = (
    r"jan(?:uary|uar|vier|\.)?|feb(?:ruary|ruar|\.)?|f[ée]v(?:rier|\.)?|mar(?:ch|\.)?|m[äa]rz|mars|"
    r"apr(?:il|\.)?|avr(?:il|\.)?|may|mai|jun(?:e|i|\.)?|juin|jul(?:y|i|\.)?|juil(?:let|\.)?|"
    r"aug(?:ust|\.)?|ao[uû]t|sep(?:tember|tembre|t\.|\.)?|o[ck]t(?:ober|obre|\.)?|nov(?:ember|embre|\.)?|"
    r"de[cz](?:ember|embre|\.)?|d[ée]c(?:embre|\.)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre"
)
_DATE_SHAPE = re.compile(
    rf"\b(?:\d{{1,2}}\.?\s*(?:de\s+)?(?:{_MONTHS})\.?\s*(?:de\s+)?\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b",
    re.I,
)
MAX_DATELINE_WORDS = 10


def find_date(block: Block) -> str | None:
    """ISO date of a short block that is (mostly) a date, or None."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or block.line_count != 1:
        return None
    f = block.features
    if f.words > MAX_DATELINE_WORDS or f.sentences > 1 or f.links:
        return None
    match = _DATE_SHAPE.search(f.visible)
    if match is None:
        return None
    # The date must be most of the line: "Updated: 13 Jan 2015, 10:42" yes, a sentence no.
    rest = f.visible[: match.start()] + f.visible[match.end() :]
    if len(WORD.findall(rest)) > 4:
        return None
    return parse_date(match.group(0))


def parse_date(text: str) -> str | None:
    """ISO 8601 date of a date string in any of dateparser's languages."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]))
    parsed = _dateparser()(
        text,
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@functools.cache
def _dateparser():
    # dateparser knows 200 languages' month names; importing it costs ~0.3 s,
    # so only clippings with a date line pay for it.
    import dateparser

    return dateparser.parse
