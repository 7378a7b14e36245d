"""The library surface: pure functions, no click, no rich, no printing."""

from __future__ import annotations

from pathlib import Path

from cmo_clean.document import CleanResult
from cmo_clean.pipeline import clean
from cmo_clean.readers import InputError, decode

__all__ = ["CleanResult", "InputError", "clean_bytes", "clean_file", "clean_text"]


def clean_text(text: str, *, suffix: str = "") -> CleanResult:
    """Clean a clipping given as text. `suffix` (".md", ".txt", ".html") is a format hint."""
    return clean(text, suffix)


def clean_bytes(data: bytes, *, suffix: str = "") -> CleanResult:
    """Clean a clipping given as bytes in any encoding; raises InputError for binary data."""
    return clean(decode(data), suffix)


def clean_file(path: str | Path) -> CleanResult:
    """Read and clean one file. Raises InputError (with a one-line cause) or OSError."""
    path = Path(path)
    return clean_bytes(path.read_bytes(), suffix=path.suffix)
