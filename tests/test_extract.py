"""Saved HTML: trafilatura first, readability as a second opinion when trafilatura stops early."""

from __future__ import annotations

from pathlib import Path

from cmo_clean import clean_file
from cmo_clean import extract as E

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHUNKED = FIXTURES / "cases" / "en" / "chunked_article_body.html"
LATE_CHUNK = "most owners underestimate what a full rebuild costs"


def test_trafilatura_alone_keeps_only_the_first_chunk_of_a_split_article_body() -> None:
    # The case the rescue exists for: if trafilatura ever keeps the whole body,
    # this test says so and the rescue can be reconsidered.
    alone = E._trafilatura_markdown(CHUNKED.read_text(encoding="utf-8"))
    assert alone is not None and "employed no more than four people" in alone
    assert LATE_CHUNK not in alone


def test_readability_brings_back_the_chunks_trafilatura_missed() -> None:
    result = clean_file(CHUNKED)
    assert LATE_CHUNK in result.output
    assert [n.code for n in result.notices] == ["HTM002"]


def test_missed_prose_counts_only_long_paragraphs_not_in_the_markdown() -> None:
    long_paragraph = " ".join(["word"] * E.LONG_PARAGRAPH_WORDS)
    article = f"<html><body><p>{long_paragraph}</p><p>Sign up today</p></body></html>"
    assert E._missed_prose_words(article, "nothing here") == E.LONG_PARAGRAPH_WORDS
    assert E._missed_prose_words(article, f"**{long_paragraph}**") == 0  # Markdown marks do not hide it


def test_a_complete_extraction_asks_for_no_rescue() -> None:
    result = clean_file(FIXTURES / "cases" / "en" / "press_release_share.html")
    assert result.notices == []


ARTICLE_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in [
        "The harbour board voted on Tuesday to rebuild the old ferry pier, and the work will start in "
        "the spring once the divers have checked the piles under the water for damage.",
        "Residents had campaigned for the repair for three years, and many of them came to the town "
        "hall to hear the vote, which passed by seven votes to two after a short debate.",
        "A great many people reacted to the news on social media within the hour.",
        "The first ferry is expected to use the rebuilt pier next autumn, the board said, if the weather "
        "allows the divers to finish their survey before the winter storms set in.",
    ]
)
TWEET = "Finally! Three years of letters and the pier is saved"


def _page(embed: str) -> str:
    head = "<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>"
    first, rest = ARTICLE_PARAGRAPHS.split("</p>", 3)[:3], ARTICLE_PARAGRAPHS.split("</p>", 3)[3]
    return head + "</p>".join(first) + "</p>" + embed + rest + "</article></body></html>"


def test_a_post_embedded_in_the_article_stays_and_a_share_widget_does_not(tmp_path: Path) -> None:
    tweet = (
        '<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">'
        f'{TWEET}</p>— Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1">'
        "November 18, 2019</a></blockquote></div>"
    )
    page = tmp_path / "tweet.html"
    page.write_text(_page(tweet), encoding="utf-8")
    assert TWEET in clean_file(page).output
    assert TWEET not in (E._trafilatura_markdown(_page(tweet)) or "")  # what the unwrapping is for
    share = (
        '<div class="social-share"><a href="https://facebook.com/sharer">Share on Facebook</a> '
        '<a href="https://twitter.com/intent/tweet">Share on X</a></div>'
    )
    page.write_text(_page(share), encoding="utf-8")
    assert "Share on Facebook" not in clean_file(page).output
    assert E._freed_from_wrappers(_page(share)) == _page(share)  # untouched without a post


def test_a_layout_table_becomes_plain_blocks_and_a_data_table_stays_a_table(tmp_path: Path) -> None:
    rates = "<td>USD 476.98</td><td>EUR 527.92</td><td>Weather +28 C</td>"
    layout = (
        "<html><head><title>Pier vote</title></head><body><table><tr>" + rates + "</tr>"
        f"<tr><td colspan='3'><h1>Pier vote</h1>{ARTICLE_PARAGRAPHS}</td></tr></table></body></html>"
    )
    page = tmp_path / "layout.html"
    page.write_text(layout, encoding="utf-8")
    output = clean_file(page).output
    assert "| The harbour board voted" not in output and "The harbour board voted on Tuesday" in output
    data = (
        "<html><head><title>Pier vote</title></head><body><article><h1>Pier vote</h1>" + ARTICLE_PARAGRAPHS
        + "<table><tr><th>Year</th><th>Ferries</th></tr><tr><td>2018</td><td>412</td></tr>"
        "<tr><td>2019</td><td>398</td></tr></table></article></body></html>"
    )
    assert E._freed_from_wrappers(data) == data  # no long cell: the table is data, left alone
    page.write_text(data, encoding="utf-8")
    assert "| 2018 | 412 |" in clean_file(page).output


def test_underscores_inside_words_lose_trafilaturas_escapes_and_code_keeps_its_text(tmp_path: Path) -> None:
    names = "<p>Set the option max_retry_count, as the crew credits read Director_Ana Lopes and Writer_Bo Chan.</p>"
    code = r"<pre><code>latex: x\_1 = my_func(a_b)</code></pre><p>The inline <code>a\_b</code> form is LaTeX.</p>"
    page = tmp_path / "names.html"
    page.write_text(_page(names + code), encoding="utf-8")
    assert r"max\_retry" in (E._trafilatura_markdown(_page(names + code)) or "")  # what the unescaping is for
    output = clean_file(page).output
    assert "max_retry_count" in output and "Director_Ana Lopes" in output
    assert r"latex: x\_1 = my_func(a_b)" in output and r"`a\_b`" in output
    assert E.unescape_underscores(r"a \_lead, snake\_case") == r"a \_lead, snake_case"


def _headed_page(title: str, h1: str, subheading: str = "", description: str = "") -> str:
    meta = f'<meta property="og:title" content="{title}">'
    meta += f'<meta name="description" content="{description}">' if description else ""
    sub = f"<h2>{subheading}</h2>" if subheading else ""
    return (f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{h1}</h1>{sub}"
            f"{ARTICLE_PARAGRAPHS}</article></body></html>")


def test_the_headline_over_the_article_is_the_title(tmp_path: Path) -> None:
    page = tmp_path / "pier.html"
    page.write_text(_headed_page("Pier vote, Island Gazette", "Harbour board votes to rebuild the old ferry pier"))
    result = clean_file(page)
    assert result.metadata["title"] == "Harbour board votes to rebuild the old ferry pier"
    body = result.output.split("---", 2)[2]
    assert body.count("Harbour board votes to rebuild the old ferry pier") == 1  # the `# Title` line only
    assert any("the page's title was 'Pier vote, Island Gazette'" in r.reason for r in result.removals)
    # A heading that shares no word with the page's title is a section's, not the story's headline.
    page.write_text(_headed_page("Harbour board pier vote", "What happens next"))
    result = clean_file(page)
    assert result.metadata["title"] == "Harbour board pier vote" and "What happens next" in result.output


def test_a_subheading_that_the_description_says_is_the_standfirst(tmp_path: Path) -> None:
    dek = "The board says the ferry will use the rebuilt pier next autumn if the divers finish in time."
    page = tmp_path / "pier.html"
    page.write_text(_headed_page("Pier vote", "Harbour board votes on the pier", dek, description=dek))
    result = clean_file(page)
    assert dek not in result.output.split("---", 2)[2] and result.metadata["description"] == dek
    assert "MET004" in {r.code for r in result.removals}
    other = "The divers will start their survey of the piles under the water on Monday morning."
    page.write_text(_headed_page("Pier vote", "Harbour board votes on the pier", other, description=dek))
    assert other in clean_file(page).output
