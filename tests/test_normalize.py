"""Rendering kept blocks as normalized Markdown: link addresses."""

from __future__ import annotations

from cmo_clean import clean_text

ARTICLE = (
    "The council agreed on Tuesday to rebuild the old ferry pier, and the work will start in the "
    "spring once the divers have checked the piles under the water for damage."
)


def _cleaned(line: str) -> str:
    text = f"---\nurl: https://news.example/pier\n---\n\n{ARTICLE}\n\n{line}\n\n{ARTICLE} Tickets stay the same.\n"
    output = clean_text(text, suffix=".md").output
    assert clean_text(output, suffix=".md").output == output  # idempotent
    return output


def test_parentheses_in_link_addresses_are_percent_encoded() -> None:
    cases = [
        # balanced, escaped, or in angle brackets: valid CommonMark that many readers cut short
        ("See [the planet](https://wiki.example/Mercury_(planet)) for more.",
         "See [the planet](https://wiki.example/Mercury_%28planet%29) for more."),
        (r"![Pier](https://img.example/f:focal\(1x2:3x4\)/pier.jpg) The pier at dawn.",
         "![Pier](https://img.example/f:focal%281x2:3x4%29/pier.jpg) The pier at dawn."),
        ("![Pier](<https://img.example/f:focal(1x2:3x4)/pier.jpg>) The pier at dawn.",
         "![Pier](https://img.example/f:focal%281x2:3x4%29/pier.jpg) The pier at dawn."),
    ]
    for line, expected in cases:
        assert expected in _cleaned(line), line


def test_link_titles_relative_links_and_code_spans_keep_their_form() -> None:
    output = _cleaned('Read [the plan](/plans/pier "Pier plan") and the (new) timetable.')
    assert 'Read [the plan](https://news.example/plans/pier "Pier plan") and the (new) timetable.' in output
    line = "Write `[a](b(c))` to link a page whose address has brackets in it."
    assert line in _cleaned(line)
