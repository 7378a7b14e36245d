"""The types that flow through the pipeline: lines, blocks, removals, results.

Every body line remembers the line of the input file it came from (`origin`),
so that a removal found in any pass, on any intermediate text, is reported
against the line numbers a user sees in their file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Format(StrEnum):
    """What the input holds, detected from its content (not only its extension)."""

    MARKDOWN = "markdown"
    TEXT = "text"
    HTML = "html"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    CODE = "code"
    QUOTE = "quote"
    RULE = "rule"  # a thematic break (---)
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    origin: int | None  # 1-based line in the input file; None for lines the cleaner wrote


@dataclass(slots=True)
class Block:
    """A unit of the body that is kept or removed as a whole.

    `start`/`end` index the current list of Lines (end exclusive).
    """

    index: int
    kind: BlockKind
    start: int
    end: int
    text: str
    level: int = 0  # heading level, or list nesting depth
    features: Any = None  # blocks.Features, filled by blocks.describe()

    @property
    def line_count(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Removal:
    """One thing the cleaner took out, and why. The report prints these."""

    code: str
    name: str
    reason: str
    start_line: int | None  # input-file line numbers, inclusive; None when unknown
    end_line: int | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "reason": self.reason,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know that is not a removal (a warning)."""

    code: str
    message: str
    line: int | None = None


@dataclass(slots=True)
class CleanResult:
    """What cleaning one clipping produced."""

    output: str
    metadata: dict[str, Any]
    removals: list[Removal] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    input_format: Format = Format.MARKDOWN
    words_kept: int = 0
    words_removed: int = 0

    @property
    def removed_codes(self) -> list[str]:
        return [r.code for r in self.removals]
