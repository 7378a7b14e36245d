#!/usr/bin/env python3
"""Score trafilatura alone on the dev set's .html clips, with the same scorer as bench.py.

This reproduces the trafilatura reference rows of ../shared/bench/dev/README.md, so the
numbers cmo-clean is compared with can be checked on this machine and trafilatura version:

    .venv/bin/python benchmarks/baseline_trafilatura.py              # Markdown output
    .venv/bin/python benchmarks/baseline_trafilatura.py --format txt  # plain-text output

bench.py also runs this file as a child process (``--extract-only --repeat N --timing-json F``)
to time trafilatura on the same pages' HTML: a separate process, so its wall time and peak RSS
are measured exactly like the cmo-clean CLI's (interpreter start and imports included).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "bench"
DEV = SHARED / "dev"
SCORER = SHARED / "score.py"
WORK = REPO / "benchmarks" / ".work"

# trafilatura's names for the two output formats the README reports.
FORMATS = {"markdown": "markdown", "txt": "txt"}


def extract(
    html_files: list[Path], out_dir: Path, output_format: str, repeat: int, comments: bool
) -> dict[str, float | int]:
    """Extract every page `repeat` times; write the first pass's outputs as <id>.md.

    Pages are read into memory first so the timed loop is extraction only; repeating the same
    pages (rather than timing one pass) gives a doc count comparable with bench.py's speed corpus.
    """
    import trafilatura  # here, not at the top: `--help` and scoring alone need not import it

    pages = [(path.stem, path.read_text(encoding="utf-8", errors="replace")) for path in html_files]
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for rep in range(repeat):
        for doc_id, html in pages:
            text = trafilatura.extract(
                html, output_format=FORMATS[output_format], include_comments=comments
            )
            if rep == 0:
                # A page trafilatura gives up on is an empty output, as the scorer expects.
                (out_dir / f"{doc_id}.md").write_text(text or "", encoding="utf-8")
    seconds = time.perf_counter() - start
    return {"pages": len(pages), "docs": len(pages) * repeat, "loop_seconds": seconds}


def score(out_dir: Path, name: str) -> tuple[int, str, dict[str, float]]:
    """Run score.py (as a subprocess: it is the shared, authoritative scorer) on `out_dir`."""
    scores = WORK / "scores"
    scores.mkdir(parents=True, exist_ok=True)
    summary_path = scores / f"{name}.json"
    proc = subprocess.run(
        [
            sys.executable, str(SCORER), "--gold", str(DEV / "gold.json"), "--pred", str(out_dir),
            "--csv", str(scores / f"{name}.csv"), "--json", str(summary_path),
        ],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        return proc.returncode, proc.stderr.strip(), {}
    return 0, proc.stdout.strip(), json.loads(summary_path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=sorted(FORMATS), default="markdown",
                        help="trafilatura output format (default: markdown)")
    parser.add_argument("--out", type=Path, default=None,
                        help="output folder (default: benchmarks/.work/out/trafilatura-FORMAT)")
    # The README's reference rows were made without reader comments (0.960 vs 0.954 with them:
    # comments are not in the gold article text, so keeping them only costs precision).
    parser.add_argument("--include-comments", action="store_true",
                        help="keep reader comments (trafilatura's default, not the README's)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="extract every page this many times (timing only)")
    parser.add_argument("--extract-only", action="store_true",
                        help="write the outputs and stop (bench.py scores them itself)")
    parser.add_argument("--timing-json", type=Path, default=None,
                        help="write {pages, docs, loop_seconds} here")
    args = parser.parse_args(argv)

    if not SCORER.is_file():
        print(f"{SHARED.parent.name}/bench not found: baseline skipped", file=sys.stderr)
        return 0
    html_files = sorted((DEV / "clips").glob("*.html"))
    if not html_files:
        print(f"no .html clips in {DEV / 'clips'}", file=sys.stderr)
        return 2
    out_dir: Path = args.out or WORK / "out" / f"trafilatura-{args.format}"
    # Stale outputs from another run would be scored as if written now.
    for old in out_dir.glob("*.md"):
        old.unlink()

    timing = extract(
        html_files, out_dir, args.format, max(1, args.repeat), args.include_comments
    )
    if args.timing_json:
        args.timing_json.parent.mkdir(parents=True, exist_ok=True)
        args.timing_json.write_text(json.dumps(timing), encoding="utf-8")
    if args.extract_only:
        return 0

    import trafilatura

    code, text, summary = score(out_dir, f"trafilatura-{args.format}")
    if code:
        print(f"score.py failed (exit {code}): {text}", file=sys.stderr)
        return 1
    print(text)
    pages = int(timing["pages"])
    print(f"{pages / timing['loop_seconds']:.1f} pages/s (extraction only, one process)")
    # The same row layout as the README's reference table, to paste or compare directly.
    label = "Markdown" if args.format == "markdown" else "plain text"
    print(
        f"| `.html` | trafilatura {trafilatura.__version__} ({label}) "
        f"| {summary['f1']:.3f} ± {summary['f1_se']:.3f} "
        f"| {summary['precision']:.3f} | {summary['recall']:.3f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
