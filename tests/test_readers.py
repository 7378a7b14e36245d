"""Bytes to text: encodings, BOMs, mojibake, binary input, and format detection."""

from __future__ import annotations

import pytest

from cmo_clean.document import Format
from cmo_clean.readers import InputError, decode, detect_format

TEXT = "Grüße aus München – café, niño, œuvre\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.replace("–", "-").replace("œ", "oe").encode("cp1252") * 5,
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "cp1252"],
)
def test_decodes_common_encodings(data: bytes) -> None:
    text = decode(data)
    assert "Grüße aus München" in text
    assert "\ufeff" not in text


def test_newlines_are_normalized() -> None:
    assert decode(b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_mojibake_is_repaired() -> None:
    broken = TEXT.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8")
    assert decode(broken) == TEXT


def test_control_characters_are_dropped_but_tabs_kept() -> None:
    prose = b"A line of ordinary text that stands around the stray bytes. "
    assert decode(prose + b"a\x07b\tc\x1bd\n") == prose.decode() + "ab\tcd\n"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n\x00\x01", b"\x89PNG\r\n\x1a\n\x00\x00", bytes(range(0, 32)) * 10])
def test_binary_input_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode(data)


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("---\ntitle: x\n---\nbody", ".txt", Format.MARKDOWN),  # frontmatter wins over the extension
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", Format.HTML),
        ("Plain words\n\nMore plain words.\n", ".md", Format.MARKDOWN),
        ("Plain words\n\nMore plain words.\n", ".txt", Format.TEXT),
        ("# Heading\n\nSee [a](https://a.example) and **b**.\n", ".txt", Format.MARKDOWN),
        ("Intro\n| a | b |\n|---|---|\n| 1 | 2 |\n", ".txt", Format.TEXT),  # one table is not Markdown
    ],
)
def test_format_is_detected_from_content(text: str, suffix: str, expected: Format) -> None:
    assert detect_format(text, suffix) == expected


def test_short_western_text_in_a_legacy_code_page_keeps_its_accents() -> None:
    data = "Café crème brûlée est délicieuse et très appréciée à Paris.\n".encode("cp1252")
    assert decode(data) == "Café crème brûlée est délicieuse et très appréciée à Paris.\n"
