"""Property tests: cleaning never raises, and cleaning its output again changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmo_clean import clean_text

# Lines built from the things clippings are made of: words, punctuation,
# Markdown markers, list bullets, links, residue tokens and chrome phrases.
_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "# Title",
            "## Section",
            "- item",
            "* item",
            "  • bullet",
            "1. first",
            "> quote",
            "```",
            "| a | b |",
            "|---|---|",
            "---",
            "[link](https://example.com/a)",
            "![img](https://example.com/i.png)",
            "sectionTheme",
            "false",
            "Share post",
            "Subscribe to our newsletter",
            "No comments yet. Be the first to comment!",
            "[... truncated ...]",
            "By: Jane Doe",
            "January 13, 2015",
            "Tel. 089/ 534026 I Fax 089/ 531782",
            "© 2024 Example. All rights reserved.",
        ]
    ),
    st.lists(st.sampled_from(["the", "harbour", "ferry", "reopened", "and", "of", "in", "."]), max_size=40).map(
        " ".join
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, max_size=30), st.sampled_from([".md", ".txt", ""]))
def test_cleaning_never_raises_and_is_idempotent(lines: list[str], suffix: str) -> None:
    text = "\n".join(lines)
    first = clean_text(text, suffix=suffix)
    second = clean_text(first.output, suffix=".md")
    assert second.output == first.output


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    result = clean_text(text)
    assert result.output == "" or result.output.endswith("\n")
