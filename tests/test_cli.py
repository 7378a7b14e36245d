"""The command line, run for real through CliRunner: modes, exit codes, reports, errors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

CLIPPING = """---
title: "Harbour reopens | Example News"
url: https://news.example.com/local/harbour-reopens
clipped: 2025-11-02 09:14
---

Skip to main content

The old harbour reopened on Monday after two years of repairs, and the first ferry left at seven in the morning with more than two hundred passengers on board.

Engineers replaced the eastern sea wall and dredged the channel, which had silted up so badly that larger boats could no longer enter at low tide.

Subscribe to our newsletter

Share on Facebook
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_stdin_to_stdout_with_report_on_stderr() -> None:
    result = run_cli("-", input=CLIPPING)
    assert result.exit_code == 0
    assert result.stdout.startswith("---\ntitle: Harbour reopens\n")
    assert "Skip to main content" not in result.stdout
    assert "Subscribe to our newsletter" not in result.stdout
    assert "NAV201" in result.stderr and "CTA401" in result.stderr
    assert "1 file cleaned" in result.stderr


def test_single_file_without_output_goes_to_stdout(tmp_path: Path) -> None:
    path = _write(tmp_path, "clip.md", CLIPPING)
    result = run_cli(str(path))
    assert result.exit_code == 0
    assert "# Harbour reopens" in result.stdout
    assert path.read_text(encoding="utf-8") == CLIPPING  # the input is never touched


def test_folder_without_output_mode_is_a_usage_error(tmp_path: Path) -> None:
    _write(tmp_path, "a.md", CLIPPING)
    result = run_cli(str(tmp_path))
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_conflicting_modes_are_a_usage_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", CLIPPING)
    result = run_cli(str(path), "--check", "--in-place")
    assert result.exit_code == 2
    assert "choose one of" in result.stderr


def test_output_dir_mirrors_tree_and_renames_suffixes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src, "a.md", CLIPPING)
    _write(src, "sub/b.txt", "Some Title\n\nA plain text paragraph that is long enough to be an article, with words.\n")
    _write(src, "sub/c.html", "<html><body><article><h1>Heading</h1><p>" + "A sentence of the article. " * 20
           + "</p></article></body></html>")
    _write(src, "ignored.pdf", "not a clipping")
    out = tmp_path / "out"
    result = run_cli(str(src), "-o", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "a.md",
        "sub/b.md",
        "sub/c.md",
    ]
    assert result.stderr == ""


def test_in_place_rewrites_markdown_and_adds_md_beside_text(tmp_path: Path) -> None:
    md = _write(tmp_path, "a.md", CLIPPING)
    txt = _write(tmp_path, "b.txt", "Title Line\n\nArticle text that goes on for a while and ends properly here.\n")
    result = run_cli(str(tmp_path), "--in-place")
    assert result.exit_code == 0, result.stderr
    assert "Subscribe" not in md.read_text(encoding="utf-8")
    assert txt.exists()  # the original is never deleted
    assert (tmp_path / "b.md").exists()
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_in_place_never_overwrites_an_existing_md_beside_a_txt(tmp_path: Path) -> None:
    existing = _write(tmp_path, "c.md", "my own file\n")
    _write(tmp_path, "c.txt", "Another Title\n\nAnother article text that is long enough to keep.\n")
    result = run_cli(str(tmp_path / "c.txt"), "--in-place")
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert existing.read_text(encoding="utf-8") == "my own file\n"


def test_check_exit_codes(tmp_path: Path) -> None:
    dirty = _write(tmp_path, "dirty.md", CLIPPING)
    assert run_cli(str(dirty), "--check").exit_code == 1
    cleaned = run_cli(str(dirty)).stdout
    clean = _write(tmp_path, "clean.md", cleaned)
    result = run_cli(str(clean), "--check")
    assert result.exit_code == 0, result.stderr
    assert "0 files would be cleaned, 1 unchanged" in result.stderr
    assert dirty.read_text(encoding="utf-8") == CLIPPING  # --check writes nothing


def test_diff_prints_unified_diff_and_writes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", CLIPPING)
    result = run_cli(str(path), "--diff")
    assert result.exit_code == 1
    assert "--- a/" in result.stdout and "+++ b/" in result.stdout
    assert "-Subscribe to our newsletter" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal
    assert path.read_text(encoding="utf-8") == CLIPPING


def test_report_json_lists_removals_with_codes_and_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", CLIPPING)
    report = tmp_path / "report.json"
    result = run_cli(str(path), "-o", str(tmp_path / "out"), "--report-json", str(report), "-q")
    assert result.exit_code == 0
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data[0]["status"] == "cleaned"
    assert data[0]["metadata"]["site"] == "Example News"
    removal = next(r for r in data[0]["removals"] if r["code"] == "CTA401")
    assert removal["name"] == "cta.newsletter"
    assert removal["text"] == "Subscribe to our newsletter"
    assert removal["start_line"] == 13 and removal["end_line"] == 13
    assert removal["reason"]


def test_report_json_to_stdout_in_check_mode(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.md", CLIPPING)
    result = run_cli(str(path), "--check", "--report-json", "-", "-q")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["path"] == str(path)


def test_bad_files_are_reported_and_the_others_still_written(tmp_path: Path) -> None:
    src = tmp_path / "in"
    _write(src, "good.md", CLIPPING)
    (src / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = tmp_path / "out"
    result = run_cli(str(src), str(tmp_path / "missing.md"), "-o", str(out))
    assert result.exit_code == 2
    assert (out / "good.md").exists()
    assert not (out / "image.md").exists()
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("image.md" in e and "binary" in e for e in errors)
    assert any("missing.md" in e and "no such file" in e for e in errors)
    assert "1 failed" not in result.stderr and "2 failed" in result.stderr


def test_verbose_shows_every_removal_and_quiet_shows_none() -> None:
    networks = ("Facebook", "LinkedIn", "WhatsApp", "Pinterest", "Reddit")
    many = CLIPPING + "".join(f"\nShare on {name}\n" for name in networks)
    short = run_cli("-", input=many)
    assert "more (-v shows all)" in short.stderr
    loud = run_cli("-", "-v", input=many)
    assert all(f"Share on {name}" in loud.stderr for name in networks)
    assert "more (-v shows all)" not in loud.stderr
    quiet = run_cli("-", "-q", input=many)
    assert quiet.stderr == ""


def test_rules_lists_and_explains() -> None:
    listing = run_cli("rules")
    assert listing.exit_code == 0
    for code in ("RES101", "NAV201", "SOC301", "CTA401", "COM501", "REL601", "FTR701", "CKE801", "ADV901"):
        assert code in listing.stdout
    one = run_cli("rules", "cta401")
    assert "cta.newsletter" in one.stdout and "Why" in one.stdout
    assert run_cli("rules", "NOPE999").exit_code == 2


def test_version() -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert "cmo-clean" in result.stdout


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    import subprocess
    import sys

    completed = subprocess.run(
        [sys.executable, "-m", "cmo_clean", "-"],
        input=CLIPPING.encode(),
        capture_output=True,
        check=False,
    )
    assert completed.returncode == 0
    assert b"# Harbour reopens" in completed.stdout


def test_parallel_workers_give_the_same_tree_and_report(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for i in range(20):
        _write(src, f"clip{i:02}.md", CLIPPING.replace("two hundred", f"{i} hundred"))
    (src / "broken.md").write_bytes(b"%PDF-1.7\n\x00\x01\x02")
    one, two = tmp_path / "one", tmp_path / "two"
    serial = run_cli(str(src), "-o", str(one), "-j", "1", "--report-json", str(tmp_path / "one.json"), "-q")
    parallel = run_cli(str(src), "-o", str(two), "-j", "2", "--report-json", str(tmp_path / "two.json"), "-q")
    assert serial.exit_code == parallel.exit_code == 2
    assert sorted(p.name for p in one.iterdir()) == sorted(p.name for p in two.iterdir())
    for path in one.iterdir():
        assert path.read_text(encoding="utf-8") == (two / path.name).read_text(encoding="utf-8")
    first = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
    for entry in first + second:
        entry.pop("output_path", None)  # the two runs write to different folders
    assert first == second
