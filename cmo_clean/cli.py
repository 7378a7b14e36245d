"""The command line: options -> one OutputMode -> api calls -> Report -> exit code."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import click
from rich.console import Console

from cmo_clean import __version__
from cmo_clean.api import clean_text
from cmo_clean.document import CleanResult
from cmo_clean.readers import InputError, decode
from cmo_clean.report import (
    ExitCode,
    FileOutcome,
    Report,
    Status,
    print_diff,
    print_error,
    print_file,
    print_totals,
    unified_diff,
)
from cmo_clean.rules import all_rules, find_rule

SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
STDIN = "-"


class OutputMode(Enum):
    """Where cleaned text goes: one value instead of four booleans."""

    STDOUT = "stdout"  # one input, cleaned Markdown on stdout
    DIRECTORY = "directory"  # -o DIR: a mirrored tree
    IN_PLACE = "in-place"
    CHECK = "check"  # write nothing, exit 1 if anything would change
    DIFF = "diff"  # write nothing, print a unified diff


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file (with the root it was found under) or stdin."""

    path: Path | None  # None for stdin
    root: Path | None = None  # the folder given on the command line, for mirroring

    @property
    def display(self) -> str:
        return "<stdin>" if self.path is None else str(self.path)


class _DefaultToClean(click.Group):
    """`cmo-clean PATH...` means `cmo-clean clean PATH...`; `cmo-clean rules` lists rules."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["clean", *args]
        elif not args:
            args = ["clean"]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultToClean, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cmo-clean")
def cli() -> None:
    """Clean clipped web pages (Markdown, text, HTML) into normalized Markdown.

    Run `cmo-clean PATH...` to clean, `cmo-clean rules` to list the rules.
    """


@cli.command("clean")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write cleaned files into DIR, mirroring the input paths (.txt/.html become .md).")
@click.option("--in-place", is_flag=True, help="Rewrite each file atomically (.txt/.html get a .md beside).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change.")
@click.option("--diff", "show_diff", is_flag=True, help="Write nothing; print a unified diff per file.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("-v", "--verbose", is_flag=True, help="Show every removed block.")
@click.option("--report-json", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write every file's metadata and removals as JSON to FILE ('-' for stdout).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="CPUs",
              help="Worker processes for a corpus (16 files or more).")
def clean_command(
    paths: tuple[str, ...],
    output_dir: Path | None,
    in_place: bool,
    check: bool,
    show_diff: bool,
    quiet: bool,
    verbose: bool,
    report_json: str | None,
    jobs: int,
) -> None:
    """Clean PATHS (files, folders, or - for stdin)."""
    mode = _mode(output_dir, in_place, check, show_diff)
    errors = Console(stderr=True, soft_wrap=True)
    sources, missing = _collect(paths)
    if mode == OutputMode.STDOUT and (len(sources) + len(missing) != 1 or sources and sources[0].root):
        raise click.UsageError(
            "several files or a folder need --output DIR, --in-place, --check or --diff "
            "(without them, one file or stdin is cleaned to stdout)"
        )
    if report_json == STDIN and mode in (OutputMode.STDOUT, OutputMode.DIFF):
        raise click.UsageError("--report-json - needs stdout, which this mode writes cleaned text to")

    report = Report(check=mode in (OutputMode.CHECK, OutputMode.DIFF))
    stdout = Console(highlight=False, soft_wrap=True)
    for path in missing:
        report.add(FileOutcome(path, Status.FAILED, error="no such file or folder"))
        print_error(errors, path, "no such file or folder")
    targets: set[Path] = set()
    for cleaned in _cleaned_in_order(sources, jobs):
        outcome = _process(cleaned, mode, output_dir, targets, stdout)
        if outcome.result is not None:
            outcome.result.output = ""  # delivered; the report needs only the record
        report.add(outcome)
        if outcome.status == Status.FAILED:
            print_error(errors, outcome.path, outcome.error or "failed")
        elif not quiet:
            print_file(errors, outcome, verbose)
    if not quiet:
        print_totals(errors, report)
    if report_json:
        if report_json == STDIN:
            report.write_json(sys.stdout)
        else:
            with open(report_json, "w", encoding="utf-8") as stream:
                report.write_json(stream)
    sys.exit(int(report.exit_code))


def _mode(output_dir: Path | None, in_place: bool, check: bool, show_diff: bool) -> OutputMode:
    chosen = [
        mode
        for mode, on in (
            (OutputMode.DIRECTORY, output_dir is not None),
            (OutputMode.IN_PLACE, in_place),
            (OutputMode.CHECK, check),
            (OutputMode.DIFF, show_diff),
        )
        if on
    ]
    if len(chosen) > 1:
        names = {OutputMode.DIRECTORY: "--output", OutputMode.IN_PLACE: "--in-place",
                 OutputMode.CHECK: "--check", OutputMode.DIFF: "--diff"}
        raise click.UsageError(f"choose one of {', '.join(names[m] for m in chosen)}")
    return chosen[0] if chosen else OutputMode.STDOUT


def _collect(paths: Sequence[str]) -> tuple[list[Source], list[str]]:
    """Inputs in a stable order; folders recursively, by suffix; missing paths apart."""
    sources: list[Source] = []
    missing: list[str] = []
    for raw in paths:
        if raw == STDIN:
            sources.append(Source(None))
            continue
        path = Path(raw)
        if path.is_dir():
            sources.extend(Source(p, path) for p in _walk(path))
        elif path.is_file():
            sources.append(Source(path))
        else:
            missing.append(raw)
    return sources, missing


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


@dataclass(frozen=True, slots=True)
class _Cleaned:
    """One input read and cleaned (in a worker process for corpus runs), not yet delivered."""

    source: Source
    original: str | None = None
    result: CleanResult | None = None
    error: str | None = None


def _clean_source(source: Source) -> _Cleaned:
    """Read and clean one input. Never raises for a bad file: the error is the outcome."""
    try:
        data = sys.stdin.buffer.read() if source.path is None else source.path.read_bytes()
        original = decode(data)
        # clean_bytes(data) would decode the bytes a second time.
        result = clean_text(original, suffix=source.path.suffix if source.path else "")
    except InputError as exc:
        return _Cleaned(source, error=str(exc))
    except OSError as exc:
        return _Cleaned(source, error=exc.strerror or str(exc))
    return _Cleaned(source, original, result)


# Below this many files a process pool costs more than it saves.
MIN_FILES_FOR_WORKERS = 16


def _cleaned_in_order(sources: list[Source], jobs: int) -> Iterator[_Cleaned]:
    """Clean the inputs, in parallel worker processes for a corpus; results in input order."""
    if jobs <= 1 or len(sources) < MIN_FILES_FOR_WORKERS:
        yield from map(_clean_source, sources)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_clean_source, sources, chunksize=8)


def _process(
    cleaned: _Cleaned, mode: OutputMode, output_dir: Path | None, targets: set[Path], stdout: Console
) -> FileOutcome:
    """Deliver one cleaned input as the mode says. Never raises for a bad file."""
    source = cleaned.source
    if cleaned.result is None or cleaned.original is None:
        return FileOutcome(source.display, Status.FAILED, error=cleaned.error or "failed")
    original, result = cleaned.original, cleaned.result
    target = _target(source, mode, output_dir)
    changed = result.output != original or (target is not None and target != source.path)
    outcome = FileOutcome(
        source.display,
        Status.CLEANED if changed else Status.UNCHANGED,
        result,
        str(target) if target else None,
    )
    try:
        if mode == OutputMode.STDOUT:
            sys.stdout.write(result.output)
            sys.stdout.flush()
        elif mode == OutputMode.DIFF and changed:
            diff = unified_diff(original, result.output, source.display, str(target or source.display))
            print_diff(stdout, diff)
        elif mode in (OutputMode.DIRECTORY, OutputMode.IN_PLACE) and target is not None:
            _deliver(source, result.output, target, mode, targets, changed)
    except (OSError, _Conflict) as exc:
        message = str(exc) if isinstance(exc, _Conflict) else f"cannot write {target}: {exc.strerror or exc}"
        return FileOutcome(source.display, Status.FAILED, result, error=message)
    return outcome


class _Conflict(Exception):
    pass


def _target(source: Source, mode: OutputMode, output_dir: Path | None) -> Path | None:
    if source.path is None:
        return None
    name = source.path.with_suffix(".md").name if source.path.suffix.lower() != ".md" else source.path.name
    if mode == OutputMode.IN_PLACE:
        return source.path.with_name(name)
    if mode == OutputMode.DIRECTORY and output_dir is not None:
        relative = source.path.parent.relative_to(source.root) if source.root else Path()
        return output_dir / relative / name
    return None


def _deliver(
    source: Source, text: str, target: Path, mode: OutputMode, targets: set[Path], changed: bool
) -> None:
    if target in targets:
        raise _Conflict(f"{target} is also the output of another input; not overwritten")
    targets.add(target)
    if mode == OutputMode.IN_PLACE:
        if not changed:
            return
        if target != source.path and target.exists():
            raise _Conflict(f"{target} already exists; the cleaned .md was not written over it")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text)


def atomic_write(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename: never half-written."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            os.chmod(temp, path.stat().st_mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


@cli.command("rules")
@click.argument("code", required=False)
def rules_command(code: str | None) -> None:
    """List every rule, or show one rule's rationale and examples."""
    console = Console(highlight=False, soft_wrap=True)
    if code is None:
        for rule in all_rules():
            console.print(f"[cyan]{rule.code}[/]  {rule.name:<32} {rule.summary}", soft_wrap=True)
        return
    found = find_rule(code)
    if found is None:
        click.echo(f"error: no rule '{code}' (cmo-clean rules lists them)", err=True)
        sys.exit(int(ExitCode.ERROR))
    rule = found
    console.print(f"[bold cyan]{rule.code}[/] [bold]{rule.name}[/]")
    console.print(rule.summary)
    console.print(f"\n[bold]Why[/]\n{rule.rationale}")
    if rule.terminal:
        console.print("\nWhere it matches, the article is taken to have ended (a terminating block).")
    if rule.examples:
        console.print("\n[bold]Examples[/]")
        for example in rule.examples:
            console.print(f"  - {example}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the exit code (tests call this; the script exits with it)."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="cmo-clean", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return int(ExitCode.ERROR)
    except click.exceptions.Abort:
        return int(ExitCode.ERROR)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else int(ExitCode.ERROR)
    return int(ExitCode.OK)


