"""The four real clippings the tool was built for (run only where ../shared/seeds exists)."""

from __future__ import annotations

from pathlib import Path

import frontmatter

from cmo_clean import clean_file, clean_text


def _seed(seeds_dir: Path, prefix: str) -> Path:
    return next(seeds_dir.glob(f"{prefix}_*.txt"))


def _body(output: str) -> str:
    return frontmatter.loads(output).content


def _codes_for(result, snippet: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.code for r in result.removals if snippet in r.text}


def test_first_seed_loses_calls_to_action_and_partner_blocks(seeds_dir: Path) -> None:
    result = clean_file(_seed(seeds_dir, "000"))
    body = _body(result.output)
    for gone in (
        "Are you looking for personnel",
        "Subscribe to our newsletter",
        "Share post",
        "Call us!",
        "We are looking forward to your message!",
        "krebskranke Kinder",
        "Belgradstra",
        "APSCO Germany",
        "Borough High Street",
        "Alliance for Independent Knowledge",
        "Karlplatz",
        "Fax",
        "Required Skills",
    ):
        assert gone not in body, gone
    assert "## Future Developments" in body
    assert "custodians of customer experiences" in body
    assert "Team Leadership and Management" in body
    assert "A key challenge for CMOs is finding a balance" in body
    assert _codes_for(result, "Subscribe to our newsletter") == {"CTA401"}
    assert _codes_for(result, "Share post") == {"SOC301"}
    assert _codes_for(result, "Call us!") == {"CTA402"}
    assert _codes_for(result, "Required Skills") == {"STR001"}
    assert _codes_for(result, "Tel. 089") == {"FTR703"}


def test_second_seed_gets_headings_and_keeps_table_and_lists(seeds_dir: Path) -> None:
    result = clean_file(_seed(seeds_dir, "001"))
    body = _body(result.output)
    assert "No comments yet" not in body
    assert _codes_for(result, "No comments yet") == {"COM501"}
    # A clean article with one comment prompt: nothing else goes, not even the
    # section headings that stand twice (a subsection of the same name in two sections).
    assert {r.code for r in result.removals} == {"COM501"}
    for heading in ("Introduction", "Key Players", "Further Reading", "Benefits to Clients", "Future Outlook"):
        assert any(
            line.startswith("#") and line.lstrip("# ") == heading for line in body.splitlines()
        ), heading
    assert "| Aspect | Chief Marketing Officer | Contract Manufacturing Organization |" in body
    for company in ("- Lonza Group", "- Samsung Biologics", "- Wyeth Pharmaceuticals"):
        assert company in body
    assert "- Marketing Management: A Modern Approach by Kotler and Keller." in body


def test_third_seed_gets_byline_date_and_bullets(seeds_dir: Path) -> None:
    result = clean_file(_seed(seeds_dir, "002"))
    body = _body(result.output)
    assert result.metadata["author"] == "Shawn Roman"
    assert result.metadata["date"] == "2015-01-13"
    for gone in ("Skip to main content", "Popular Tags", "More blogs on this topic", "By: Shawn Roman"):
        assert gone not in body
    # Nothing of the article goes: the one-line lead-ins to its bullet lists stay.
    assert {r.code for r in result.removals} == {"NAV201", "MET001", "MET002", "MET003", "REL601", "REL602"}
    assert "\u2022" not in body
    assert "- Co-locating marketing and IT teams" in body
    assert "1. Establish a vision and common objectives" in body


def test_fourth_seed_loses_residue_and_truncation(seeds_dir: Path) -> None:
    result = clean_file(_seed(seeds_dir, "003"))
    body = _body(result.output)
    for token in ("sectionTheme", "light-grey", "gridBackground", "share-print", "[... truncated ...]"):
        assert token not in body
    assert "\nReg\n" not in body and not body.rstrip().endswith("Reg")
    assert result.metadata["title"] == "Reimagining marketing for commercial pharma: Forging new paths"
    assert result.metadata["site"] == "ZS"
    assert result.metadata["truncated"] is True
    assert "](https://www.zs.com/insights/5-strategies-for-designing-customer-centric-pharma-marketing)" in body
    assert "](/insights" not in body
    for heading in ("### Reality check", "### For real change", "### The next steps"):
        assert heading in body
    assert "Personalization isn’t going away" in body
    assert {"RES101", "TRN001", "TRN002", "STR003"} <= set(result.removed_codes)


def test_every_seed_output_is_idempotent(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        first = clean_file(path)
        second = clean_text(first.output, suffix=".md")
        assert second.output == first.output, path.name
        assert second.removals == [], path.name
