"""The fixture clippings: chrome cases, traps and must-not-change articles in fourteen languages.

Every case says what must go (with the rule family that should take it),
what must stay, and which metadata the cleaner should find; every fixture and
its output are checked for idempotency.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import frontmatter
import pytest
import yaml
from conftest import FIXTURES

from cmo_clean import CleanResult, clean_file, clean_text

INPUT_SUFFIXES = (".md", ".txt", ".html")


def _cases(folder: str) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for expect in sorted((FIXTURES / folder).glob("*/*.expect.yaml")):
        stem = expect.name.removesuffix(".expect.yaml")
        inputs = [expect.with_name(stem + s) for s in INPUT_SUFFIXES if expect.with_name(stem + s).exists()]
        inputs = [p for p in inputs if not p.name.endswith(".out.md")]
        assert len(inputs) == 1, f"{expect}: expected one input file, found {inputs}"
        found.append((inputs[0], yaml.safe_load(expect.read_text(encoding="utf-8"))))
    return found


def _id(case: tuple[Path, dict[str, Any]]) -> str:
    return f"{case[0].parent.name}/{case[0].name}"


def _body(result: CleanResult) -> str:
    return frontmatter.loads(result.output).content


CASES = _cases("cases")
UNCHANGED = _cases("unchanged")
ALL_INPUTS = sorted(
    p for p in FIXTURES.rglob("*") if p.suffix in INPUT_SUFFIXES and not p.name.endswith(".out.md")
)


def test_fixture_sets_are_present() -> None:
    assert len(CASES) >= 40 and len(UNCHANGED) >= 8
    languages = {"en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "tr", "sv", "ja", "zh", "ko", "th"}
    assert {p.parent.name for p, _ in CASES} == languages


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case_removes_chrome_and_keeps_article(case: tuple[Path, dict[str, Any]]) -> None:
    path, expect = case
    result = clean_file(path)
    body = _body(result)
    for item in expect.get("remove") or []:
        snippet = item["text"]
        assert snippet not in body, f"{snippet!r} ({item['family']}) was kept"
        if path.suffix != ".html":  # trafilatura drops page chrome as a whole (EXT003)
            assert any(snippet in r.text or r.text in snippet for r in result.removals if r.text), (
                f"{snippet!r} left without a removal record"
            )
    for snippet in expect.get("keep") or []:
        assert snippet in result.output, f"lost article text {snippet!r}"
    for key, value in (expect.get("metadata") or {}).items():
        assert result.metadata.get(key) == value, f"metadata {key}: {result.metadata.get(key)!r} != {value!r}"


@pytest.mark.parametrize("case", [c for c in CASES if c[0].suffix != ".html"], ids=_id)
def test_case_families_are_named_by_their_rules(case: tuple[Path, dict[str, Any]]) -> None:
    """Each family a case lists is among the codes of its removals (a rule, not only the extent)."""
    path, expect = case
    codes = {r.code[:3] for r in clean_file(path).removals}
    wanted = {item["family"] for item in expect.get("remove") or []}
    assert wanted <= codes, f"families without a rule hit: {sorted(wanted - codes)}"


@pytest.mark.parametrize("case", UNCHANGED, ids=_id)
def test_clean_article_loses_nothing(case: tuple[Path, dict[str, Any]]) -> None:
    path, expect = case
    result = clean_file(path)
    assert expect["unchanged"] is True
    # A bare title line (or heading) is moved, not lost: it becomes `title:` and the `# Title` heading.
    moved = [r for r in result.removals if r.code == "MET003"]
    assert all(f"# {r.text.lstrip('# ')}" in result.output for r in moved)
    lost = [f"{r.code} {r.text[:60]!r}" for r in result.removals if r not in moved]
    assert lost == [], f"{expect['why']}: removed {lost}"


@pytest.mark.parametrize("path", ALL_INPUTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_fixture_output_is_idempotent(path: Path) -> None:
    first = clean_file(path)
    second = clean_text(first.output, suffix=".md")
    assert second.output == first.output
    assert second.removals == []


GOLDEN = [p for p in ALL_INPUTS if p.parent.parent.name in ("cases", "unchanged") and not p.name.endswith(".out.md")]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_output(path: Path) -> None:
    """The cleaned Markdown equals the reviewed expected file (make golden rewrites them)."""
    expected = path.with_name(path.stem + ".out.md")
    assert expected.exists(), f"no golden output {expected.name}: run make golden and review it"
    assert clean_file(path).output == expected.read_text(encoding="utf-8")
