"""Bytes to text, and what kind of text it is.

Clippings arrive in every encoding a browser or an old CMS ever produced:
UTF-8 with or without BOM, UTF-16 from Windows tools, Latin-1 / cp1252 from
legacy sites, and UTF-8 that was once decoded as cp1252 ("Ã¼" for "ü").
"""

from __future__ import annotations

import codecs
import re

from cmo_clean.document import Format


class InputError(Exception):
    """The input cannot be cleaned; the message names the cause in one line."""


# A file with this share of control bytes is binary (an image, a PDF, a zip),
# not text in a strange encoding.
BINARY_CONTROL_SHARE = 0.10
_SNIFF_BYTES = 8192

WESTERN_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
TIE_COHERENCE = 0.05

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")


def decode(data: bytes) -> str:
    """Decode bytes to clean text: newlines as \\n, mojibake repaired, no control characters."""
    return normalize_text(_repair_mojibake(_decode_bytes(data)))


def normalize_text(text: str) -> str:
    """Newlines as \n and no control characters: what every later step assumes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _drop_control_characters(text)


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if _looks_like_utf16(data):
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace")
    if data.startswith(_BINARY_SIGNATURES) or _looks_binary(data):
        raise InputError("binary file, not text (no clipping to clean)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only legacy files pay for the import

    matches = list(from_bytes(data))
    if not matches:
        raise InputError("undecodable bytes: no text encoding fits")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    # Short texts fit several 8-bit code pages equally well ("crème" or "crčme");
    # on a tie, the Western code page that most legacy web pages used wins.
    tied = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence - TIE_COHERENCE]
    western = [m for m in tied if m.encoding in WESTERN_ENCODINGS]
    return str(western[0] if western else best)


def _looks_like_utf16(data: bytes) -> bool:
    """BOM-less UTF-16: every other byte is NUL in mostly-ASCII text."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    return max(even_nuls, odd_nuls) > 0.4 and min(even_nuls, odd_nuls) < 0.05


# C0 control bytes that text does not use (tab, newline, form feed and carriage return it does).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > BINARY_CONTROL_SHARE


_MOJIBAKE_HINT = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178]")


def _repair_mojibake(text: str) -> str:
    # ftfy is thorough but not free; most clippings have no mojibake at all.
    if not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_text(
        text,
        unescape_html=False,
        normalization=None,
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
    )


# Other C0/C1 controls, and the zero-width characters that page builders
# sprinkle into text (they break word matching); tab and newline stay.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\ufeff\u2060]")


def _drop_control_characters(text: str) -> str:
    return _CONTROLS.sub("", text)


_FRONTMATTER_START = re.compile(r"\A(?:---|\+\+\+)[ \t]*\n")
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|h[1-6]|ul|li|section|article|nav|header|footer)\b", re.I)
# Markdown shows itself by several kinds of syntax at once; a plain-text file
# may hold one pipe table or one "> quote" and still be plain text.
_MARKDOWN_SIGNS = {
    "heading": re.compile(r"^#{1,6} \S", re.M),
    "link": re.compile(r"\]\((?:https?://|/|#)"),
    "fence": re.compile(r"^```", re.M),
    "bold": re.compile(r"\*\*\S[^*\n]*\*\*"),
    "table": re.compile(r"^\s{0,3}\|?\s*:?-{3,}:?\s*\|", re.M),
    "quote": re.compile(r"^> \S", re.M),
    "image": re.compile(r"!\[[^\]\n]*\]\("),
}

# HTML detection needs a few tags per thousand characters: a Markdown article
# that quotes one <div> is still Markdown.
HTML_TAG_DENSITY = 2.0 / 1000


def detect_format(text: str, suffix: str = "") -> Format:
    """Tell Markdown, plain text and HTML apart from the content.

    The extension is only a tie-breaker: clippers save Markdown as `.txt`.
    """
    if _FRONTMATTER_START.match(text):
        return Format.MARKDOWN
    if _HTML_START.match(text):
        return Format.HTML
    sample = text[:20000]
    tags = len(_HTML_TAGS.findall(sample))
    if tags >= 5 and tags / max(1, len(sample)) >= HTML_TAG_DENSITY:
        return Format.HTML
    if suffix.lower() in (".md", ".markdown"):
        return Format.MARKDOWN
    kinds = sum(1 for pattern in _MARKDOWN_SIGNS.values() if pattern.search(sample))
    if kinds >= 2 or len(_MARKDOWN_SIGNS["link"].findall(sample)) >= 3:
        return Format.MARKDOWN
    if suffix.lower() in (".html", ".htm") and tags:
        return Format.HTML
    return Format.TEXT
