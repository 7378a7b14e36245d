"""Saved HTML pages -> the article as Markdown, with its metadata.

The only module that imports trafilatura (lazily: Markdown and text
clippings never pay for loading it). trafilatura sees the DOM, which text
clippings have lost, so for HTML its main-content extraction comes first and
cmo-clean's block rules then catch what it leaves (share lines, sign-up boxes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cmo_clean import frontmatter
from cmo_clean.normalize import outside_code_spans

_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||```|~~~|!\[)")


# readability's article paragraphs of this many words are prose for sure ...
LONG_PARAGRAPH_WORDS = 40
# ... and when those that trafilatura left out hold this share of the words it
# kept, trafilatura stopped early (an article body split by a widget).
MISSED_PROSE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Extracted:
    markdown: str
    metadata: dict[str, Any]
    page_words: int  # words in the page's whole visible text
    article_words: int
    rescued_words: int = 0  # prose trafilatura missed that readability's article brought back


def extract_html(html: str) -> Extracted | None:
    """The article of an HTML page, or None when trafilatura finds none."""
    html = _freed_from_wrappers(_captions_as_paragraphs(html))
    result = _trafilatura_markdown(html)
    if not result:
        return None
    split = frontmatter.split(result)
    metadata = _metadata(split.metadata)
    markdown = _article_markdown(split.body)
    if not markdown.strip():
        return None
    words = _count_words(markdown)
    rescued = 0
    article = _readability_article(html)
    if article and _missed_prose_words(article, markdown) >= MISSED_PROSE_SHARE * words:
        # trafilatura on readability's article alone keeps what it dropped
        # from the whole page; its Markdown stays the output format.
        second = _trafilatura_markdown(article)
        body = _article_markdown(frontmatter.split(second).body) if second else ""
        if _count_words(body) > words:
            rescued = _count_words(body) - words
            markdown, words = body, words + rescued
    return Extracted(markdown, metadata, _count_words(page_text(html)), words, rescued)


def _article_markdown(body: str) -> str:
    """trafilatura's Markdown body, its paragraphs joined and its needless escapes dropped."""
    return unescape_underscores(unwrap_paragraphs(body.strip("\n")))


def _trafilatura_markdown(html: str) -> str | None:
    import trafilatura

    result: str | None = trafilatura.extract(
        html,
        output_format="markdown",
        with_metadata=True,
        include_links=True,
        include_images=True,
        include_tables=True,
        include_formatting=True,
        include_comments=False,
        favor_recall=True,
    )
    return result


def _readability_article(html: str) -> str | None:
    """readability's article as an HTML document (a second opinion on the extent)."""
    from readability import Document

    try:
        return str(Document(html).summary(html_partial=False))
    except Exception:  # readability raises bare Exceptions on odd pages; it is only a second opinion
        return None


def _missed_prose_words(article_html: str, markdown: str) -> int:
    """Words in the long paragraphs of readability's article that trafilatura's Markdown lacks."""
    import lxml.html

    kept = _squeeze(markdown)
    missed = 0
    for paragraph in lxml.html.fromstring(article_html).iter("p"):
        text = _squeeze(paragraph.text_content())
        words = len(text.split())
        if words >= LONG_PARAGRAPH_WORDS and text[:200] not in kept:
            missed += words
    return missed


def _squeeze(text: str) -> str:
    """Lower-case words only, so Markdown marks and spacing do not hide a match."""
    return " ".join(re.findall(r"\w+", text.lower()))


_FIGCAPTION = re.compile(r"<(/?)figcaption\b", re.I)


def _captions_as_paragraphs(html: str) -> str:
    """trafilatura drops <figcaption>; an image's caption is part of the article."""
    return _FIGCAPTION.sub(r"<\1p", html)


# A post embedded in an article (a tweet, an Instagram or TikTok post) is a
# blockquote with its platform's class; sites wrap it in a container named
# "social-embed" or the like, which trafilatura discards as a share widget.
_EMBEDDED_POST = re.compile(r'<blockquote\b[^>]*class="[^"]*\b(?:twitter-tweet|instagram-media|tiktok-embed|'
                            r'bluesky-embed|mastodon-embed|reddit-embed-bq)\b', re.I)
_WIDGET_NAME = re.compile(r"social|share|embed|widget", re.I)
# How far up from the post a wrapper is looked for.
MAX_EMBED_WRAPPERS = 3


# A table used for the page's layout holds whole articles in its cells; a data
# table's cells are short. trafilatura writes a layout table as one Markdown
# table row per layout row, which fuses the article with the chrome beside it.
LAYOUT_CELL_WORDS = 100
_TABLE_TAGS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _freed_from_wrappers(html: str) -> str:
    """Embedded posts out of widget containers, layout tables into plain blocks.

    Both undo page structure that trafilatura misreads; a page with neither
    is returned as it came, unparsed.
    """
    posts = _EMBEDDED_POST.search(html) is not None
    tables = "<table" in html or "<TABLE" in html
    if not posts and not tables:
        return html
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    changed = posts and _unwrap_embedded_posts(root)
    changed = (tables and _unwrap_layout_tables(root)) or changed
    return str(lxml.html.tostring(root, encoding="unicode")) if changed else html


def _unwrap_embedded_posts(root: Any) -> bool:
    """Take the widget-like class and id off the containers of embedded posts, so the posts stay."""
    import lxml.html

    changed = False
    for quote in root.iter("blockquote"):
        if not _EMBEDDED_POST.match(lxml.html.tostring(quote, encoding="unicode")[:300]):
            continue
        wrapper = quote.getparent()
        for _ in range(MAX_EMBED_WRAPPERS):
            if wrapper is None or wrapper.tag in ("body", "html", "article", "main"):
                break
            for attribute in ("class", "id"):
                if _WIDGET_NAME.search(wrapper.get(attribute, "")):
                    del wrapper.attrib[attribute]
                    changed = True
            wrapper = wrapper.getparent()
    return changed


def _unwrap_layout_tables(root: Any) -> bool:
    """Turn tables with a cell of LAYOUT_CELL_WORDS words or more into plain blocks."""
    layout = [
        table
        for table in root.iter("table")
        if any(len(cell.text_content().split()) >= LAYOUT_CELL_WORDS for cell in table.iter("td", "th"))
    ]
    for table in layout:
        for element in [table, *table.iter(*_TABLE_TAGS)]:
            if element.tag in _TABLE_TAGS:
                element.tag = "div"
    return bool(layout)


def page_text(html: str) -> str:
    """All visible text of a page, for when there is no article to extract."""
    import trafilatura

    return trafilatura.html2txt(html) or ""


def _metadata(raw: dict[str, Any]) -> dict[str, Any]:
    """trafilatura's keys -> cmo-clean's canonical ones (`sitename` -> `site`, ...)."""
    keep: dict[str, Any] = {}
    for key in ("title", "author", "url", "date", "description", "tags"):
        value = raw.get(key)
        if value not in (None, "", []):
            keep[key] = value
    site = raw.get("sitename") or raw.get("hostname")
    if site:
        keep["site"] = site
        title = keep.get("title")
        # Some sites prefix their name: "Site: Title".
        if isinstance(title, str) and title.startswith(f"{site}: "):
            keep["title"] = title[len(site) + 2 :]
    if keep.get("tags") and isinstance(keep["tags"], list):
        tags = [t.strip() for tag in keep["tags"] for t in str(tag).split(",") if t.strip()]
        keep["tags"] = tags[:20]
    return frontmatter.canonicalize(keep)


def unwrap_paragraphs(markdown: str) -> str:
    """Join the source-code line breaks trafilatura leaves inside paragraphs.

    HTML wraps text where its author pressed enter; those breaks mean nothing
    in the article, and a paragraph cut into lines looks like a stack of
    widgets to the block splitter.
    """
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            out.append(line)
            continue
        joinable = (
            not in_fence
            and stripped
            and out
            and out[-1].strip()
            and not _BLOCK_START.match(line)
            and not _BLOCK_START.match(out[-1])
            and not out[-1].endswith("  ")
        )
        if joinable:
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line.rstrip() if not in_fence else line)
    return "\n".join(out)


# trafilatura escapes every underscore of its Markdown ("snake\\_case",
# "Director\\_Name"). Between two letters or digits an underscore cannot
# open or close emphasis (CommonMark's flanking rules), so the escape only
# puts a backslash into the text a reader, a search index or an LLM sees.
_INTRAWORD_ESCAPED_UNDERSCORE = re.compile(r"(?<=[^\W_])\\_(?=[^\W_])")
def unescape_underscores(markdown: str) -> str:
    """Drop the escapes of underscores inside words, outside code (where trafilatura escapes nothing)."""
    if "\\_" not in markdown:
        return markdown
    out: list[str] = []
    in_fence = False
    for line in markdown.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence and "\\_" in line:
            line = outside_code_spans(line, lambda text: _INTRAWORD_ESCAPED_UNDERSCORE.sub("_", text))
        out.append(line)
    return "\n".join(out)


def _count_words(text: str) -> int:
    return len(re.findall(r"\w+", text))
