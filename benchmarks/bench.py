#!/usr/bin/env python3
"""Benchmark cmo-clean on the shared dev set: quality, idempotency, speed and memory.

    .venv/bin/python benchmarks/bench.py [--styles md,txt,html] [--quick] [--worst N]
                                         [--keep-work] [--write-results]

For each clipping style (.md, .txt, .html) the CLI is run ONCE over a folder of that style's
110 clips, exactly as a user would run it (a child process: start-up and imports included),
and its outputs are scored with ../shared/bench/score.py. Then:

* idempotency: `cmo-clean --check` over the outputs; any output that would change again is a bug;
* speed: one run over a corpus of >= 2,000 .md/.txt clips, beside trafilatura alone on the same
  pages' HTML (a separate process, see baseline_trafilatura.py), for a fair ratio;
* worst pages: the lowest-F1 pages of each style, with the largest blocks wrongly kept and
  wrongly removed, to show where to work next.

Everything is written under benchmarks/.work/ (git-ignored); the last outputs are kept there
so they can be diffed. --write-results writes the table to benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SHARED = REPO.parent / "shared" / "bench"
DEV = SHARED / "dev"
CLIPS = DEV / "clips"
GOLD = DEV / "gold.json"
SCORER = SHARED / "score.py"
WORK = BENCH_DIR / ".work"
RESULTS = BENCH_DIR / "RESULTS.md"
TRAFILATURA_SCRIPT = BENCH_DIR / "baseline_trafilatura.py"

STYLES = ("md", "txt", "html")
SPEED_STYLES = ("md", "txt")  # the speed claim is about cleaning clippings, not parsing HTML
SPEED_MIN_DOCS = 2000
RUN_TIMEOUT = 900.0  # seconds; a hung CLI must not hang `make bench` forever
MOSTLY = 0.5  # a block is "wrongly kept/removed" when over half its shingles are unmatched
BLOCKS_SHOWN = 3  # per page and per kind in the worst-pages listing
EXCERPT = 80  # characters of a block shown in the worst-pages listing

# The venv's interpreter is what `make bench` uses; fall back to ours if the venv is elsewhere.
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable


class BenchError(Exception):
    """A failure that stops the benchmark with a message (not a traceback)."""


# --------------------------------------------------------------------------------------------
# Running a child process with wall time and peak RSS
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Run:
    """One measured child process; stdout/stderr are kept in .work/logs for inspection."""

    name: str
    argv: list[str]
    returncode: int
    seconds: float
    peak_rss_mib: float
    stderr: str
    # User + system CPU of the child and the workers it waited for: steadier than wall
    # time on a shared machine, and it does not credit a run for using more cores.
    cpu_seconds: float = math.nan

    def describe_failure(self) -> str:
        tail = "\n".join(self.stderr.strip().splitlines()[-15:])
        return (f"`{' '.join(self.argv)}` exited {self.returncode} after {self.seconds:.1f} s"
                + (f":\n{tail}" if tail else " (no stderr)"))


def run_measured(name: str, argv: Sequence[str], timeout: float = RUN_TIMEOUT) -> Run:
    """Run `argv`, measuring its wall time and the peak RSS of that child alone.

    os.wait4 returns the rusage of exactly this child, whereas getrusage(RUSAGE_CHILDREN) is a
    running maximum over every child we ever waited for (a scorer run would pollute it).
    """
    logs = WORK / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    out_path, err_path = logs / f"{name}.out", logs / f"{name}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        # cwd=REPO: `python -m cmo_clean` then works even if the editable install is missing.
        proc = subprocess.Popen(list(argv), stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                cwd=REPO)
        finished = threading.Event()

        def kill_if_hung() -> None:
            if not finished.is_set():
                proc.kill()

        timer = threading.Timer(timeout, kill_if_hung)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            finished.set()
            timer.cancel()
        seconds = time.perf_counter() - start
    returncode = os.waitstatus_to_exitcode(status)
    proc.returncode = returncode  # we reaped it ourselves; stop Popen from trying again
    # ru_maxrss is KiB on Linux, bytes on macOS.
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return Run(name, list(argv), returncode, seconds, usage.ru_maxrss / divisor, stderr,
               usage.ru_utime + usage.ru_stime)


def cli_argv(*args: str | Path) -> list[str]:
    return [PYTHON, "-m", "cmo_clean", *(str(a) for a in args)]


# --------------------------------------------------------------------------------------------
# Scoring (score.py as a subprocess for the numbers; imported for its text helpers)
# --------------------------------------------------------------------------------------------


def load_scorer() -> ModuleType:
    """Import score.py from the shared folder, so the diagnostics tokenize exactly as it does."""
    spec = importlib.util.spec_from_file_location("cmo_bench_score", SCORER)
    if spec is None or spec.loader is None:
        raise BenchError(f"cannot import {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(slots=True)
class Score:
    summary: dict[str, Any]
    rows: list[dict[str, str]]


def score_folder(pred_dir: Path, name: str) -> Score:
    """Score one output folder with score.py; its summary JSON and per-page CSV are kept."""
    scores = WORK / "scores"
    scores.mkdir(parents=True, exist_ok=True)
    csv_path, json_path = scores / f"{name}.csv", scores / f"{name}.json"
    for stale in (csv_path, json_path):
        stale.unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred_dir),
         "--csv", str(csv_path), "--json", str(json_path)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0 or not json_path.exists():
        raise BenchError(f"score.py failed on {pred_dir} (exit {proc.returncode}):\n{proc.stderr}")
    with csv_path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return Score(json.loads(json_path.read_text(encoding="utf-8")), rows)


# --------------------------------------------------------------------------------------------
# Work folders
# --------------------------------------------------------------------------------------------


def fresh_dir(path: Path) -> Path:
    """An empty folder: stale outputs of an earlier run would otherwise be scored as new."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def link(src: Path, dest: Path) -> None:
    """Symlink (cheap, and the CLI reads through it); copy where symlinks are not allowed."""
    try:
        dest.symlink_to(src)
    except OSError:
        shutil.copyfile(src, dest)


def link_style(ids: Iterable[str], style: str, dest: Path) -> int:
    """One folder per style, so <id>.md, <id>.txt and <id>.html do not all become <id>.md."""
    fresh_dir(dest)
    count = 0
    for doc_id in ids:
        clip = CLIPS / f"{doc_id}.{style}"
        if clip.is_file():
            link(clip, dest / clip.name)
            count += 1
    return count


# --------------------------------------------------------------------------------------------
# One style: clean, score, check idempotency
# --------------------------------------------------------------------------------------------


REPORT_KEYS = ("path", "status", "metadata", "removals", "words_kept", "words_removed")
REMOVAL_KEYS = ("code", "name", "reason", "start_line", "end_line", "text")


@dataclass(slots=True)
class StyleResult:
    style: str
    docs: int
    clean: Run
    score: Score
    out_dir: Path
    non_idempotent: list[str] = field(default_factory=list)
    # Rule codes that fired on the second pass ("no removal" = a normalization-only change):
    # tells the engine's author which rule is not a fixed point.
    second_pass: Counter[str] = field(default_factory=Counter)
    check_problem: str | None = None  # set when --check itself misbehaved
    failed: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def contract_notes(report_path: Path, docs: int) -> tuple[list[str], list[str]]:
    """Check --report-json against the CLI contract; return (failed paths, problems)."""
    if not report_path.exists():
        return [], [f"--report-json wrote no {report_path.name}"]
    try:
        entries = json.loads(report_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [], [f"--report-json is not valid JSON: {exc}"]
    if not isinstance(entries, list):
        return [], [f"--report-json is a {type(entries).__name__}, not a list"]
    problems: list[str] = []
    if len(entries) != docs:
        problems.append(f"--report-json has {len(entries)} entries for {docs} inputs")
    failed = [str(e.get("path")) for e in entries if e.get("status") == "failed"]
    for entry in entries:
        if entry.get("status") not in ("cleaned", "unchanged", "failed"):
            problems.append(f"status {entry.get('status')!r} for {entry.get('path')}")
            break
        # A failed file has no result to describe; the full contract applies to the others.
        missing = [k for k in REPORT_KEYS if k not in entry] if entry["status"] != "failed" else []
        bad_removal = next((r for r in entry.get("removals", [])
                            if any(k not in r for k in REMOVAL_KEYS)), None)
        if missing or bad_removal is not None:
            problems.append(f"{entry.get('path')}: missing {missing or 'removal keys'}")
            break  # one example is enough; every entry comes from the same code
    return failed, problems


def run_style(style: str, ids: list[str]) -> StyleResult:
    in_dir = WORK / "in" / style
    out_dir = fresh_dir(WORK / "out" / style)
    reports = WORK / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    report = reports / f"{style}.json"
    report.unlink(missing_ok=True)
    docs = link_style(ids, style, in_dir)
    progress(f"{style}: cleaning {docs} clips ...")
    clean = run_measured(f"clean-{style}", cli_argv(in_dir, "-o", out_dir, "-q",
                                                    "--report-json", report))
    progress(f"{style}: {clean.seconds:.1f} s, exit {clean.returncode}; scoring ...")
    failed, notes = contract_notes(report, docs)
    if clean.returncode != 0:
        notes.insert(0, clean.describe_failure())
    result = StyleResult(style, docs, clean, score_folder(out_dir, style), out_dir,
                         failed=failed, notes=notes)
    check_idempotency(result)
    return result


def check_idempotency(result: StyleResult) -> None:
    """`--check` over the outputs: cleaning clean text again must change nothing."""
    outputs = list(result.out_dir.rglob("*.md"))
    if not outputs:
        result.check_problem = "no outputs to check"
        return
    report = WORK / "reports" / f"{result.style}-check.json"
    report.unlink(missing_ok=True)
    check = run_measured(f"check-{result.style}",
                         cli_argv(result.out_dir, "--check", "--report-json", report))
    if check.returncode not in (0, 1):
        result.check_problem = check.describe_failure()
        return
    changed: list[str] | None = None
    if report.exists():
        entries = json.loads(report.read_text(encoding="utf-8"))
        changed = [str(e.get("path")) for e in entries if e.get("status") == "cleaned"]
        for entry in entries:
            if entry.get("status") == "cleaned":
                codes = {str(r.get("code")) for r in entry.get("removals", [])}
                result.second_pass.update(codes or {"no removal"})
    if changed is None:
        # Without the report, the exit code still says whether anything would change.
        result.check_problem = "--check wrote no --report-json; counted from the exit code"
        changed = ["?"] if check.returncode == 1 else []
    elif bool(changed) != (check.returncode == 1):
        result.check_problem = (f"--check exited {check.returncode} but its report lists "
                                f"{len(changed)} changed file(s)")
    result.non_idempotent = [Path(p).stem for p in changed]


# --------------------------------------------------------------------------------------------
# Speed: one CLI run over >= 2,000 clips, and trafilatura on the same pages' HTML
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class SpeedResult:
    label: str
    docs: int
    run: Run
    score: Score | None = None  # trafilatura's outputs are scored too, as a reference row

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.run.seconds if self.run.seconds > 0 else math.nan

    @property
    def cpu_ms_per_doc(self) -> float:
        return 1000 * self.run.cpu_seconds / self.docs if self.docs else math.nan


def run_speed_corpus(ids: list[str]) -> SpeedResult:
    """The .md and .txt clips ~10 times each, in rNN/ subfolders so every output path differs.

    The copies are identical, but the CLI has no cache, so repeats cost what new pages would.
    """
    per_copy = sum((CLIPS / f"{i}.{s}").is_file() for i in ids for s in SPEED_STYLES)
    copies = max(1, math.ceil(SPEED_MIN_DOCS / max(1, per_copy)))
    root = fresh_dir(WORK / "speed" / "in")
    docs = 0
    for style in SPEED_STYLES:
        for copy in range(copies):
            docs += link_style(ids, style, root / style / f"r{copy:02d}")
    out_dir = fresh_dir(WORK / "speed" / "out")
    progress(f"speed: cleaning {docs} .md/.txt clips in one run ...")
    run = run_measured("speed-cmo-clean", cli_argv(root, "-o", out_dir, "-q"))
    written = sum(1 for _ in out_dir.rglob("*.md"))
    if run.returncode != 0 or written != docs:
        raise BenchError(f"speed run wrote {written} of {docs} outputs; "
                         + run.describe_failure())
    return SpeedResult(f"md+txt ×{copies} (speed)", docs, run)


def run_trafilatura(pages: int, target_docs: int) -> SpeedResult:
    """trafilatura.extract(html, output_format="markdown") over the .html pages, repeated to
    about the speed corpus's doc count, in its own process (start-up included, as for the CLI)."""
    repeat = max(1, math.ceil(target_docs / max(1, pages)))
    out_dir = WORK / "out" / "trafilatura"
    timing = WORK / "reports" / "trafilatura-timing.json"
    progress(f"speed: trafilatura on {pages} .html pages ×{repeat} ...")
    run = run_measured("speed-trafilatura", [
        PYTHON, str(TRAFILATURA_SCRIPT), "--extract-only", "--repeat", str(repeat),
        "--out", str(out_dir), "--timing-json", str(timing),
    ])
    if run.returncode != 0:
        raise BenchError("trafilatura baseline failed: " + run.describe_failure())
    docs = int(json.loads(timing.read_text(encoding="utf-8"))["docs"])
    return SpeedResult(f"trafilatura .html ×{repeat}", docs, run,
                       score_folder(out_dir, "trafilatura"))


# --------------------------------------------------------------------------------------------
# Worst pages: which blocks cost precision and recall
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Block:
    words: int
    paragraphs: int
    text: str


def _matched_share(tokens: list[str], other: set[tuple[str, ...]], other_text: str,
                   scorer: ModuleType) -> float:
    """Share of a paragraph's 4-word shingles found in the other text.

    Paragraphs under 4 words have no real shingle; for them, look for the words as a run.
    """
    if len(tokens) < 4:
        return 1.0 if f" {' '.join(tokens)} " in other_text else 0.0
    grams = scorer.shingles(tokens)
    return sum(1 for g in grams if g in other) / len(grams)


def _unmatched_runs(paragraphs: list[str], other_tokens: list[str],
                    scorer: ModuleType) -> list[Block]:
    """Runs of consecutive paragraphs mostly absent from the other text, largest first.

    Runs rather than single lines: a 30-link menu is one wrongly kept block, not 30 tiny ones.
    """
    other = set(scorer.shingles(other_tokens))
    other_text = f" {' '.join(other_tokens)} "
    runs: list[Block] = []
    current: list[tuple[int, str]] = []
    for paragraph in [*paragraphs, None]:
        tokens = scorer.tokenize(paragraph) if paragraph is not None else []
        if paragraph is not None and not tokens:
            continue  # blank lines and pure punctuation neither start nor end a run
        if paragraph is not None and _matched_share(tokens, other, other_text, scorer) < MOSTLY:
            current.append((len(tokens), paragraph.strip()))
            continue
        if current:
            text = " ⏎ ".join(t for _, t in current)
            runs.append(Block(sum(n for n, _ in current), len(current), text))
            current = []
    return sorted(runs, key=lambda b: -b.words)


@dataclass(slots=True)
class WorstPage:
    doc_id: str
    f1: float
    precision: float | None  # None: empty output
    recall: float
    kept: list[Block]
    lost: list[Block]


def _as_float(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def worst_pages(result: StyleResult, gold: dict[str, Any], scorer: ModuleType,
                count: int) -> list[WorstPage]:
    rows = sorted(result.score.rows, key=lambda r: (float(r["f1"]), r["id"]))[:count]
    pages = []
    for row in rows:
        doc_id = row["id"]
        output_path = result.out_dir / f"{doc_id}.md"
        raw = output_path.read_text(encoding="utf-8", errors="replace") \
            if output_path.exists() else ""
        plain = scorer.to_plain_text(raw)
        gold_text = gold[doc_id].get("articleBody", "")
        kept = _unmatched_runs(plain.split("\n"), scorer.tokenize(gold_text), scorer)
        lost = _unmatched_runs(gold_text.split("\n"), scorer.tokenize(plain), scorer)
        pages.append(WorstPage(doc_id, float(row["f1"]), _as_float(row["precision"]),
                               float(row["recall"]), kept, lost))
    return pages


def _excerpt(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def print_worst(style: str, pages: list[WorstPage]) -> None:
    print(f"\n{style}: {len(pages)} lowest-F1 pages "
          f"(kept = output blocks mostly not in gold, lost = gold paragraphs mostly not in output)")
    for page in pages:
        precision = "  -  " if page.precision is None else f"{page.precision:.3f}"
        print(f"  {page.doc_id[:12]}  F1 {page.f1:.3f}  P {precision}  R {page.recall:.3f}")
        for kind, blocks in (("kept", page.kept), ("lost", page.lost)):
            for block in blocks[:BLOCKS_SHOWN]:
                paras = f"{block.paragraphs:>2}¶" if block.paragraphs > 1 else "   "
                print(f"      {kind} {block.words:>5}w {paras}  {_excerpt(block.text)}")


# --------------------------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------------------------


HEADERS = ("style", "F1 ± se", "P ± se", "R ± se", "empty", "non-idempotent", "docs/s",
           "peak RSS MiB")


def _pm(summary: dict[str, Any], key: str) -> str:
    return f"{summary[key]:.3f} ± {summary[key + '_se']:.3f}"


def table_rows(styles: list[StyleResult], speed: list[SpeedResult]) -> list[list[str]]:
    rows = []
    for r in styles:
        s = r.score.summary
        idem = str(len(r.non_idempotent)) + (" (!)" if r.check_problem else "")
        rows.append([f".{r.style}", _pm(s, "f1"), _pm(s, "precision"), _pm(s, "recall"),
                     str(s["empty"]), idem, f"{r.docs / r.clean.seconds:.1f}",
                     f"{r.clean.peak_rss_mib:.0f}"])
    for sp in speed:
        quality = ([_pm(sp.score.summary, k) for k in ("f1", "precision", "recall")]
                   + [str(sp.score.summary["empty"])]) if sp.score else ["—"] * 4
        rows.append([sp.label, *quality, "—", f"{sp.docs_per_s:.1f}",
                     f"{sp.run.peak_rss_mib:.0f}"])
    return rows


def second_pass_text(result: StyleResult) -> str:
    return ", ".join(f"{code} {n}" for code, n in result.second_pass.most_common())


def markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join(" --- " for _ in HEADERS) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def print_table(rows: list[list[str]], title: str) -> None:
    try:
        from rich import box
        from rich.console import Console
        from rich.table import Table
    except ImportError:  # rich is a cmo-clean dependency, but the table must not need it
        print(f"\n{title}\n{markdown_table(rows)}")
        return
    table = Table(title=title, box=box.SIMPLE_HEAVY, title_justify="left")
    for i, header in enumerate(HEADERS):
        table.add_column(header, justify="left" if i == 0 else "right", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    # Rich assumes 80 columns when output is piped (make, CI logs), which would truncate cells.
    width = max(shutil.get_terminal_size((132, 24)).columns, 132)
    Console(highlight=False, width=width).print(table)


def speed_lines(speed: list[SpeedResult]) -> list[str]:
    by_tool = {("trafilatura" in s.label): s for s in speed}
    ours, theirs = by_tool.get(False), by_tool.get(True)
    lines = []
    if ours:
        lines.append(f"cmo-clean: {ours.docs} .md/.txt docs in one run, {ours.run.seconds:.1f} s "
                     f"= {ours.docs_per_s:.1f} docs/s, peak RSS {ours.run.peak_rss_mib:.0f} MiB")
    if theirs:
        lines.append(f"trafilatura: {theirs.docs} .html docs in one process, "
                     f"{theirs.run.seconds:.1f} s = {theirs.docs_per_s:.1f} docs/s, "
                     f"peak RSS {theirs.run.peak_rss_mib:.0f} MiB")
    if ours and theirs:
        ratio = ours.docs_per_s / theirs.docs_per_s
        # Say "slower" rather than print a ratio below 1 under the word "faster".
        verdict = (f"{ratio:.1f}× faster than" if ratio >= 1
                   else f"{1 / ratio:.1f}× SLOWER than")
        lines.append(f"md/txt cleaning is {verdict} trafilatura on the same pages' HTML")
        lines.append(f"CPU per document (all processes, start-up included): cmo-clean "
                     f"{ours.cpu_ms_per_doc:.1f} ms, trafilatura {theirs.cpu_ms_per_doc:.1f} ms")
    return lines


# --------------------------------------------------------------------------------------------
# RESULTS.md
# --------------------------------------------------------------------------------------------


def git_commit() -> str:
    try:
        proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO,
                              capture_output=True, text=True, check=False, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return proc.stdout.strip() if proc.returncode == 0 and proc.stdout.strip() else "unknown"


def machine() -> str:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cpus} CPUs (nproc), {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}")


def write_results(rows: list[list[str]], styles: list[StyleResult], speed: list[SpeedResult],
                  worst: dict[str, list[WorstPage]], quick: bool, seconds: float) -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"`make bench` (`benchmarks/bench.py --write-results`{' --quick' if quick else ''}) "
        f"on {now}, commit `{git_commit()}`, {machine()}; the whole benchmark took "
        f"{seconds:.0f} s.",
        "",
        f"Dev set: {styles[0].score.summary['n'] if styles else '?'} pages of "
        "`../shared/bench/dev`, scored with `../shared/bench/score.py` (4-word shingles, "
        "precision and recall averaged over pages, ± bootstrap standard error). One CLI run per "
        "style; docs/s and peak RSS are of that whole process (start-up included). "
        "`non-idempotent` counts outputs that `cmo-clean --check` would change again (must be 0).",
        "",
        markdown_table(rows),
        "",
    ]
    if speed:
        lines += [f"- {line}" for line in speed_lines(speed)] + [""]
    elif quick:
        lines += ["Speed corpus skipped (`--quick`).", ""]
    notes = [f"- .{r.style}: {note}" for r in styles for note in r.notes + (
        [r.check_problem] if r.check_problem else [])]
    notes += [f"- .{r.style}: {len(r.non_idempotent)} output(s) not idempotent; rules firing on "
              f"the second pass (files): {second_pass_text(r)}"
              for r in styles if r.non_idempotent]
    if notes:
        lines += ["Problems seen:", "", *[n.replace("\n", " ") for n in notes], ""]
    if worst:
        lines += ["Lowest-F1 pages (run `make bench` for the blocks wrongly kept and removed):", ""]
        for style, pages in worst.items():
            listing = ", ".join(f"`{p.doc_id[:12]}` {p.f1:.2f}" for p in pages[:5])
            lines.append(f"- .{style}: {listing}")
        lines.append("")
    RESULTS.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--styles", default=",".join(STYLES),
                        help="comma-separated clipping styles to score (default: md,txt,html)")
    parser.add_argument("--quick", action="store_true",
                        help="skip the speed corpus and the trafilatura timing")
    parser.add_argument("--worst", type=int, default=10, metavar="N",
                        help="list the N lowest-F1 pages per style (0: none; default 10)")
    parser.add_argument("--keep-work", action="store_true",
                        help="also keep the speed corpus and its outputs in benchmarks/.work "
                             "(the per-style outputs are always kept for diffing)")
    parser.add_argument("--write-results", action="store_true",
                        help="write the summary table to benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    styles = [s.strip().lstrip(".") for s in args.styles.split(",") if s.strip()]
    unknown = sorted(set(styles) - set(STYLES))
    if unknown or not styles:
        parser.error(f"--styles takes a comma-separated subset of {','.join(STYLES)}")
    args.styles = list(dict.fromkeys(styles))  # de-duplicated, order kept
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not (SCORER.is_file() and GOLD.is_file()):
        print("../shared/bench not found: benchmark skipped")
        return 0
    started = time.perf_counter()
    gold: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    ids = sorted(gold)
    WORK.mkdir(parents=True, exist_ok=True)

    # Fail early and clearly if the package cannot even start.
    probe = run_measured("probe", cli_argv("--version"), timeout=120)
    if probe.returncode != 0:
        print(f"cmo-clean does not start: {probe.describe_failure()}", file=sys.stderr)
        return 1

    try:
        styles = [run_style(style, ids) for style in args.styles]
        speed: list[SpeedResult] = []
        if not args.quick:
            ours = run_speed_corpus(ids)
            speed.append(ours)
            pages = sum(1 for i in ids if (CLIPS / f"{i}.html").is_file())
            speed.append(run_trafilatura(pages, ours.docs))
            if not args.keep_work:
                shutil.rmtree(WORK / "speed", ignore_errors=True)
    except BenchError as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1

    scorer = load_scorer()
    worst = {r.style: worst_pages(r, gold, scorer, args.worst) for r in styles} \
        if args.worst > 0 else {}
    for style, pages in worst.items():
        print_worst(style, pages)

    rows = table_rows(styles, speed)
    print()
    print_table(rows, f"cmo-clean on the dev set ({len(ids)} pages), "
                      f"commit {git_commit()}, {machine()}")
    for line in speed_lines(speed):
        print(line)
    for r in styles:
        if r.non_idempotent:
            shown = ", ".join(i[:12] for i in r.non_idempotent[:8])
            print(f".{r.style}: outputs --check would change again: {shown}"
                  + (" …" if len(r.non_idempotent) > 8 else ""))
            print(f".{r.style}: second-pass rules (files): {second_pass_text(r)}")
        for note in r.notes + ([r.check_problem] if r.check_problem else []):
            print(f".{r.style}: {note}")
        if r.failed:
            print(f".{r.style}: {len(r.failed)} input(s) failed, e.g. {r.failed[0]}")
    print(f"outputs kept in {WORK.relative_to(REPO)}/out/<style>/ for diffing")

    seconds = time.perf_counter() - started
    if args.write_results:
        write_results(rows, styles, speed, worst, args.quick, seconds)
        print(f"wrote {RESULTS.relative_to(REPO)} ({seconds:.0f} s in all)")
    # A CLI that crashed is a failed benchmark; low scores and non-idempotent pages are findings.
    return 1 if any(r.clean.returncode not in (0,) for r in styles) else 0


if __name__ == "__main__":
    sys.exit(main())
