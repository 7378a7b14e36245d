"""Rewrite the expected outputs of the golden cases from the current engine.

Run with `make golden`, then read the diff (`git diff fixtures/`) before committing:
a golden file is a reviewed promise, not a snapshot to refresh blindly.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cmo_clean import clean_file  # noqa: E402

GOLDEN_SUFFIX = ".out.md"
INPUT_SUFFIXES = (".md", ".txt", ".html")


def golden_inputs() -> list[Path]:
    """Every case and must-not-change input: each has its expected output beside it."""
    found = []
    for folder in ("cases", "unchanged"):
        for path in sorted((REPO / "fixtures" / folder).glob("*/*")):
            if path.suffix in INPUT_SUFFIXES and not path.name.endswith(GOLDEN_SUFFIX):
                found.append(path)
    return found


def golden_path(path: Path) -> Path:
    return path.with_name(path.stem + GOLDEN_SUFFIX)


def main() -> int:
    changed = 0
    for path in golden_inputs():
        target = golden_path(path)
        output = clean_file(path).output
        if not target.exists() or target.read_text(encoding="utf-8") != output:
            target.write_text(output, encoding="utf-8")
            changed += 1
            print(f"wrote {target.relative_to(REPO)}")
    print(f"{changed} golden file(s) written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
