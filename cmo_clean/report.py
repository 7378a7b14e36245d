"""The Report: what happened to every file, printed with rich, as JSON, and as an exit code."""

from __future__ import annotations

import difflib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from cmo_clean.document import CleanResult, Removal


class ExitCode(IntEnum):
    OK = 0
    CHANGES_FOUND = 1  # --check or --diff found files that would change
    ERROR = 2  # usage or input errors


class Status(StrEnum):
    CLEANED = "cleaned"
    UNCHANGED = "unchanged"
    FAILED = "failed"


EXCERPT_CHARS = 70


@dataclass(slots=True)
class FileOutcome:
    path: str
    status: Status
    result: CleanResult | None = None
    output_path: str | None = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "status": self.status.value}
        if self.output_path:
            data["output_path"] = self.output_path
        if self.error:
            data["error"] = self.error
        if self.result is not None:
            data["format"] = self.result.input_format.value
            data["metadata"] = self.result.metadata
            data["removals"] = [r.to_json() for r in self.result.removals]
            data["notices"] = [
                {"code": n.code, "message": n.message, "line": n.line} for n in self.result.notices
            ]
            data["words_kept"] = self.result.words_kept
            data["words_removed"] = self.result.words_removed
        return data


@dataclass(slots=True)
class Report:
    """Owns the outcomes, the counters and the exit code (black's Report, in spirit)."""

    check: bool = False  # --check / --diff: a change is a finding, exit 1
    outcomes: list[FileOutcome] = field(default_factory=list)

    def add(self, outcome: FileOutcome) -> None:
        self.outcomes.append(outcome)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> ExitCode:
        if self.count(Status.FAILED):
            return ExitCode.ERROR
        if self.check and self.count(Status.CLEANED):
            return ExitCode.CHANGES_FOUND
        return ExitCode.OK

    def summary(self) -> str:
        verb = "would be cleaned" if self.check else "cleaned"
        parts = [
            f"{_plural(self.count(Status.CLEANED), 'file')} {verb}",
            f"{self.count(Status.UNCHANGED)} unchanged",
        ]
        failed = self.count(Status.FAILED)
        if failed:
            parts.append(f"{failed} failed")
        return ", ".join(parts)

    def to_json(self) -> list[dict[str, Any]]:
        return [o.to_json() for o in self.outcomes]

    def write_json(self, stream: TextIO) -> None:
        json.dump(self.to_json(), stream, ensure_ascii=False, indent=2)
        stream.write("\n")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# -- printing -------------------------------------------------------------------


def print_error(console: Console, path: str, message: str) -> None:
    """One line naming the file and the cause."""
    console.print(f"[bold red]error:[/] {escape(path)}: {escape(message)}", highlight=False)


def print_file(console: Console, outcome: FileOutcome, verbose: bool) -> None:
    """A file's removals grouped by rule: code, name, reason, lines, excerpt."""
    result = outcome.result
    if result is None:
        return
    removed = len(result.removals)
    status = "[green]cleaned[/]" if outcome.status == Status.CLEANED else "[dim]unchanged[/]"
    console.print(
        f"[bold]{escape(outcome.path)}[/] {status}: {_plural(removed, 'removal')}, "
        f"{result.words_kept} words kept, {result.words_removed} removed",
        highlight=False,
    )
    for notice in result.notices:
        where = f" (line {notice.line})" if notice.line else ""
        console.print(f"  [yellow]warning {notice.code}[/]{where}: {escape(notice.message)}", highlight=False)
    groups: dict[str, list[Removal]] = defaultdict(list)
    for removal in result.removals:
        groups[removal.code].append(removal)
    for code, removals in groups.items():
        first = removals[0]
        console.print(
            f"  [cyan]{code}[/] {first.name} [dim]x{len(removals)}[/]",
            highlight=False,
        )
        shown = removals if verbose else removals[:3]
        for removal in shown:
            line = Text("    ")
            line.append(_span(removal), style="dim")
            line.append(" ")
            line.append(_excerpt(removal.text), style="italic")
            line.append(f"  ({removal.reason})", style="dim")
            console.print(line)
        if len(removals) > len(shown):
            console.print(f"    [dim]... {len(removals) - len(shown)} more (-v shows all)[/]")


def _span(removal: Removal) -> str:
    if removal.start_line is None:
        return "     -"
    if removal.end_line is None or removal.end_line == removal.start_line:
        return f"{removal.start_line:>6}"
    return f"{removal.start_line:>3}-{removal.end_line}"


def _excerpt(text: str) -> str:
    flat = " / ".join(part.strip() for part in text.splitlines() if part.strip())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def print_totals(console: Console, report: Report) -> None:
    """A table of removals per rule over all files, and the one-line summary."""
    totals: Counter[tuple[str, str]] = Counter()
    files: Counter[tuple[str, str]] = Counter()
    for outcome in report.outcomes:
        if outcome.result is None:
            continue
        seen = set()
        for removal in outcome.result.removals:
            key = (removal.code, removal.name)
            totals[key] += 1
            seen.add(key)
        for key in seen:
            files[key] += 1
    if totals and len(report.outcomes) > 1:
        table = Table(title="Removals by rule", title_justify="left", show_edge=False)
        table.add_column("code")
        table.add_column("rule")
        table.add_column("removals", justify="right")
        table.add_column("files", justify="right")
        for (code, name), n in sorted(totals.items()):
            table.add_row(code, name, str(n), str(files[(code, name)]))
        console.print(table)
    console.print(f"[bold]{report.summary()}[/]", highlight=False)


def unified_diff(before: str, after: str, path: str, out_path: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{out_path}",
        )
    )


def print_diff(console: Console, diff: str) -> None:
    """A unified diff on stdout, coloured only when the console is a terminal."""
    for line in diff.splitlines():
        style = None
        if line.startswith(("+++", "---")):
            style = "bold"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        elif line.startswith("@@"):
            style = "cyan"
        console.print(Text(line, style=style or ""), soft_wrap=True, highlight=False)
