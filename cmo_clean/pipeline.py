"""The cleaning pipeline: the only place where text is removed.

    text -> Document (frontmatter + body lines) -> Blocks + features
         -> decisions (rules, metadata lines, classifier, extent)
         -> removals recorded, kept blocks normalized -> Markdown + metadata

The decide/remove/normalize pass runs again on its own output until nothing
changes (at most MAX_PASSES), so that cleaning the output a second time is a
no-op by construction: the second pass sees exactly what a re-run would see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cmo_clean import frontmatter as fm
from cmo_clean import memo
from cmo_clean import metadata as meta
from cmo_clean.blocks import (
    WORD,
    describe,
    split_markdown,
    split_text,
    text_table_lines,
    visible_text,
    word_count,
)
from cmo_clean.classifier import STOPWORDS_LOW
from cmo_clean.document import Block, BlockKind, CleanResult, Format, Line, Notice, Removal
from cmo_clean.extent import find_article
from cmo_clean.inline import cut_inline_cards
from cmo_clean.language import detect_language
from cmo_clean.normalize import bare_headings, render
from cmo_clean.readers import detect_format, normalize_text
from cmo_clean.rules import Hit, Page, Rule, apply_block_rules
from cmo_clean.rules import structural as S

MAX_PASSES = 4
# Byline, date and title lines are looked for only before the article's prose
# gets going: a date inside the article is part of what it says.
METADATA_ZONE_GOOD_BLOCKS = 1
LANGUAGE_SAMPLE_BLOCKS = 12
# A byline or date line this close under the first prose block shows that the
# block was a standfirst, and the metadata zone goes on past it.
DEK_LOOKAHEAD = 2


@dataclass(slots=True)
class _State:
    lines: list[Line]
    fmt: Format
    metadata: dict[str, Any]
    # trafilatura has found an HTML page's article with the DOM; the first pass
    # over its output trusts that extent and applies rules only. Later passes
    # (and a second run over the output) see no chrome left to cut around.
    trust_extent: bool = False
    language: str | None = None
    removals: list[Removal] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    original_title: str | None = None
    words_removed: int = 0


def clean(text: str, suffix: str = "") -> CleanResult:
    """Clean one clipping's text. Never raises on odd content; input errors come from readers."""
    memo.new_document()
    text = normalize_text(text)
    fmt = detect_format(text, suffix)
    state = _load(text, fmt)
    _take_clipper_header(state)
    for _ in range(MAX_PASSES):
        if not _run_pass(state):
            break
    return _finish(state, fmt)


# -- loading -------------------------------------------------------------------


def _load(text: str, fmt: Format) -> _State:
    if fmt == Format.HTML:
        return _load_html(text)
    split = fm.split(text)
    state = _State(
        lines=[Line(t, split.body_start_line + i) for i, t in enumerate(split.body.split("\n"))],
        fmt=fmt,
        metadata=dict(split.metadata),
    )
    if split.error is not None:
        state.notices.append(
            Notice("FMT001", f"{split.error}; frontmatter kept verbatim", split.error_line)
        )
        state.metadata["__verbatim__"] = split.verbatim
    return state


def _load_html(html: str) -> _State:
    from cmo_clean.extract import extract_html, page_text

    extracted = extract_html(html)
    if extracted is None:
        text = page_text(html)
        state = _State([Line(t, None) for t in text.split("\n")], Format.TEXT, {})
        state.notices.append(
            Notice("HTM001", "trafilatura found no article; cleaned the page's whole text instead")
        )
        return state
    state = _State(
        [Line(t, None) for t in extracted.markdown.split("\n")],
        Format.MARKDOWN,
        dict(extracted.metadata),
        trust_extent=True,
    )
    if extracted.rescued_words:
        state.notices.append(
            Notice(
                "HTM002",
                f"trafilatura stopped early; {extracted.rescued_words} more words of the article "
                "came back from readability's extraction",
            )
        )
    dropped = max(0, extracted.page_words - extracted.article_words)
    if dropped:
        state.removals.append(
            Removal(
                S.HTML_CHROME.code,
                S.HTML_CHROME.name,
                f"trafilatura kept {extracted.article_words} of the page's "
                f"{extracted.page_words} words as the article",
                None,
                None,
                "(page text outside the article)",
            )
        )
        state.words_removed += dropped
    return state


def _take_clipper_header(state: _State) -> None:
    """The `# Title` and `> Source: url` lines a web clipper writes above the page."""
    title = state.metadata.get("title")
    if isinstance(title, str):
        state.original_title = title
        _set_title(state, title)
    seen = 0
    for i, line in enumerate(state.lines):
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if seen > 3:
            break
        heading = re.match(r"^#\s+(.*?)\s*#*$", text)
        if heading and seen == 1 and _same_title(heading.group(1), state):
            state.lines[i] = Line("", None)  # the title slot: written back by _finish
            continue
        source = re.match(r"^>\s*(?:source|quelle|fuente|source\s?):\s*(.*)$", text, re.I)
        if source:
            url = _first_url(source.group(1))
            if url and not state.metadata.get("url"):
                state.metadata["url"] = url
            if url:
                _record(state, S.SOURCE_LINE, "folded into `url`", [line])
                state.lines[i] = Line("", None)


# What joins a page title's parts: "Opinion | Headline", "Headline - Site".
MIN_HEADLINE_WORDS = 3
# A headline whose words are this much the title's says the title again.
SAME_TITLE_SHARE = 0.75
_TITLE_PARTS = re.compile(r"\s+(?:[|·•»:]|::|[-–—])\s+")


def _same_title(text: str, state: _State, reworded: bool = False) -> bool:
    """The heading is the title, or the title's headline part ("Opinion | <heading>").

    `reworded`: a top-level heading may also say the title in other words.
    """
    norm = _norm_title(text)
    if not norm:
        return False
    for candidate in (state.metadata.get("title"), state.original_title):
        if not isinstance(candidate, str):
            continue
        if _norm_title(candidate) == norm:
            return True
        # A part must be headline-sized: "Sport" is a section, not the title.
        parts = _TITLE_PARTS.split(candidate)
        if len(parts) > 1 and len(norm.split()) >= MIN_HEADLINE_WORDS and norm in map(_norm_title, parts):
            return True
        if not reworded:
            continue
        # The headline in other words than the page's title ("High School Roundup: ..." for
        # "HS Roundup: ..."): most of its words are the title's.
        words = norm.split()
        title_words = set(_norm_title(candidate).split())
        shared = sum(w in title_words for w in words)
        if len(words) >= MIN_HEADLINE_WORDS and shared >= SAME_TITLE_SHARE * len(words):
            return True
    return False


def _norm_title(text: str) -> str:
    return " ".join(WORD.findall(visible_text(text).lower()))


def _first_url(text: str) -> str | None:
    match = re.search(r"(?:https?|ftp)://[^\s)\]>]+", text)
    return match.group(0) if match else None


# -- one pass --------------------------------------------------------------------


def _run_pass(state: _State) -> bool:
    """Decide, remove, normalize. True when the text changed."""
    if state.fmt == Format.MARKDOWN:
        _cut_inline_widgets(state)
    blocks = split_markdown(state.lines) if state.fmt == Format.MARKDOWN else split_text(state.lines)
    # Detected on every pass, from the text this pass reads: a second run over
    # the output must see the same language as the last pass did (idempotency).
    state.language = _page_language(blocks)
    describe(blocks, len(state.lines), state.language)
    page = Page(blocks, state.lines, state.language, state.metadata, state.fmt)

    decided: dict[int, Hit] = {}
    for hit in _truncation(page, state):
        decided.setdefault(hit.block, hit)
    for hit in apply_block_rules(page):
        decided.setdefault(hit.block, hit)
    for hit in _metadata_lines(page, state, set(decided)):
        decided.setdefault(hit.block, hit)
    text_headings = bare_headings(blocks) if state.fmt == Format.TEXT else {}
    for hit in find_article(page, decided, set(text_headings), cut_extent=not state.trust_extent):
        decided.setdefault(hit.block, hit)
    state.trust_extent = False
    kept = [b for b in blocks if b.index not in decided]
    for hit in _empty_sections(kept):
        decided[hit.block] = hit
    kept = [b for b in kept if b.index not in decided]

    for index in sorted(decided):
        hit = decided[index]
        block = blocks[index]
        _record(state, hit.rule, hit.reason, state.lines[block.start : block.end])
        state.words_removed += block.features.words

    headings = bare_headings(kept) if state.fmt == Format.TEXT else {}
    new_lines = render(
        kept,
        state.lines,
        state.fmt,
        base_url=state.metadata.get("url"),
        headings=headings,
        text_tables=text_table_lines(blocks),
    )
    changed = (
        bool(decided)
        or state.fmt != Format.MARKDOWN  # the next pass reads the text as Markdown: run it
        or [ln.text for ln in new_lines] != [ln.text for ln in state.lines]
    )
    state.lines = new_lines
    state.fmt = Format.MARKDOWN
    return changed


def _cut_inline_widgets(state: _State) -> None:
    """Cut the link runs that a clipper left inside sentences (inline.py), outside code."""
    in_fence = False
    for i, line in enumerate(state.lines):
        if line.text.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if in_fence or line.text.startswith(("    ", "\t")):
            continue
        cut = cut_inline_cards(line.text)
        if cut is None:
            continue
        reason = f"{cut.words} words of links in a row inside a sentence: a hover card or a box of links"
        _record(state, S.INLINE_WIDGET, reason, [Line(cut.removed, line.origin)])
        state.words_removed += cut.words
        state.lines[i] = Line(cut.line, line.origin)


def _page_language(blocks: list[Block]) -> str | None:
    # Longest by visible text: a block of image links is long in Markdown and
    # says nothing of the language.
    texts = sorted((visible_text(b.text) for b in blocks), key=len, reverse=True)
    return detect_language(" ".join(texts[:LANGUAGE_SAMPLE_BLOCKS]))


# Above the article, a heading, a line or an indented line (an extractor's
# code block) that says the title again repeats the `# title` the output opens with.
_TITLE_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CODE)


def _metadata_lines(page: Page, state: _State, decided: set[int]) -> list[Hit]:
    """Title, byline and date lines before the article's prose: moved into the frontmatter."""
    hits: list[Hit] = []
    blocks = page.blocks
    zone_end = _metadata_zone_end(blocks)
    title_taken = "title" in state.metadata
    for block in blocks[:zone_end]:
        if block.index in decided:
            continue
        # Only a top-level heading may say the title in other words: a section's
        # heading ("Calendário da Stock Car 2018") shares them too.
        reworded = block.kind == BlockKind.HEADING and block.level == 1
        if block.kind in _TITLE_KINDS and title_taken and _same_title(block.text, state, reworded):
            hits.append(Hit(S.DUPLICATE_TITLE, block.index, "repeats the title"))
            continue
        author = meta.find_byline(block)
        if author:
            _set_found(state, "author", author)
            date = meta.find_date(block, in_byline=True)
            if date:
                _set_found(state, "date", date)
            moved = f"author '{author}'" + (f" and date {date}" if date else "")
            hits.append(Hit(S.BYLINE, block.index, f"{moved} moved to metadata"))
            continue
        date = meta.find_date(block)
        if date:
            _set_found(state, "date", date)
            hits.append(Hit(S.DATELINE, block.index, f"date {date} moved to metadata"))
            continue
        standfirst = _standfirst(block, blocks, state)
        if standfirst is not None:
            hits.append(standfirst)
        elif block.kind == BlockKind.HEADING and block.level > 1 and _says_the_description(block, state):
            # A standfirst set as a subheading, as many sites set it: the page's description says it.
            reason = "standfirst as a subheading: the `description` says it"
            hits.append(Hit(S.STANDFIRST, block.index, reason))
    if state.trust_extent and blocks and 0 not in decided | {h.block for h in hits}:
        headline = _article_headline(blocks, state)
        if headline is not None:
            hits.append(headline)
    hits += _publication_stamps(blocks[zone_end:], state, decided)
    if not title_taken:
        title_hit = _title_line(page, state, decided | {h.block for h in hits})
        if title_hit is not None:
            hits.append(title_hit)
    return hits


# Below the lead, a date line is metadata only when it says so: a labelled
# publication stamp ("First Published: Tuesday, November 19, 2019 08:38 AM",
# "Zuletzt aktualisiert am 4. Oktober 2018"). A bare date there may be the
# article's (a timeline's entry).
_STAMP_LABEL = re.compile(
    r"(?:(?:first|last|originally) )?(?:published|updated|posted|modified)(?: on| at)?\s*:?|"
    r"(?:zuerst |zuletzt )?(?:veröffentlicht|aktualisiert|geändert)(?: am)?\s*:?|"
    r"(?:publié|mis à jour|modifié)(?: le)?\s*:?|"
    r"(?:publicado|actualizado|modificado|atualizado)(?: el| em)?\s*:?|"
    r"(?:pubblicato|aggiornato)(?: il)?\s*:?|(?:gepubliceerd|bijgewerkt)(?: op)?\s*:?",
    re.I,
)


def _publication_stamps(blocks: list[Block], state: _State, decided: set[int]) -> list[Hit]:
    """Labelled publication stamps among blocks below the lead: their date is metadata."""
    hits: list[Hit] = []
    for block in blocks:
        if block.index in decided or not _STAMP_LABEL.match(block.features.visible):
            continue
        date = meta.find_date(block)
        if date:
            _set_found(state, "date", date)
            reason = f"publication stamp {date} (the date belongs in the metadata)"
            hits.append(Hit(S.DATELINE, block.index, reason))
    return hits


def _article_headline(blocks: list[Block], state: _State) -> Hit | None:
    """The headline that opens an HTML page's article (an H1), made the title.

    The page's <title> and social-card title are often rewritten for search
    engines ("HS Roundup: ..." for "High School Roundup: ...") or carry the
    site's name; the headline over the article is its own words.
    """
    first = blocks[0]
    if first.kind != BlockKind.HEADING or first.level != 1 or first.features.words < MIN_HEADLINE_WORDS:
        return None
    previous = state.metadata.get("title")
    if isinstance(previous, str) and not _shares_a_word(previous, first.features.visible):
        return None  # a section's heading ("Introduction"), not a headline for the same story
    state.original_title = first.features.visible
    _set_title(state, first.features.visible)
    if isinstance(previous, str) and _norm_title(previous) != _norm_title(str(state.metadata["title"])):
        reason = f"the article's headline is the title (the page's title was '{previous}')"
        return Hit(S.TITLE_LINE, 0, reason)
    return Hit(S.TITLE_LINE, 0, f"title '{state.metadata['title']}' moved to metadata")


# A subheading is the description when both are this long and share this much of their words.
MIN_STANDFIRST_WORDS = 8


def _says_the_description(block: Block, state: _State) -> bool:
    """The subheading and the page's description are one text: most of both one's words are the other's."""
    described = state.metadata.get("description")
    if not isinstance(described, str) or block.features.words < MIN_STANDFIRST_WORDS:
        return False
    common, ours, theirs = _words_in_common(block.text, described)
    return common >= MIN_DESCRIPTION_OVERLAP * max(ours, theirs)


def _words_in_common(a: str, b: str) -> tuple[int, int, int]:
    """Distinct words the two texts share, and each one's distinct words."""
    words_a, words_b = set(_norm_title(a).split()), set(_norm_title(b).split())
    return len(words_a & words_b), len(words_a), len(words_b)


def _shares_a_word(a: str, b: str) -> bool:
    """Two titles of one story share a name or a word of four letters or more."""
    words = {w for w in _norm_title(a).split() if len(w) >= 4}
    return any(w in words for w in _norm_title(b).split())


def _set_found(state: _State, key: str, value: str) -> None:
    """A value read from the article's own byline or date line.

    It fills a gap, or refines what page-level extraction guessed: the same
    name with its punctuation ("Dr Jane" -> "Dr. Jane"), or a date known only
    to the year (htmldate reports those as January 1st).
    """
    current = state.metadata.get(key)
    same_name = key == "author" and _letters(str(current)) == _letters(value)
    year_only = key == "date" and str(current).endswith("-01-01") and str(current)[:4] == value[:4]
    if current is None or same_name or year_only:
        state.metadata[key] = value


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# The first block of real prose: this many words, a finished sentence, few links.
MIN_LEAD_WORDS = 20


def _metadata_zone_end(blocks: list[Block]) -> int:
    """Index just past the article's first prose block (its lead)."""
    for block in blocks:
        if _reads_like_a_lead(block):
            if _over_a_byline(block, blocks):
                continue
            return block.index + 1
    return len(blocks)


def _over_a_byline(block: Block, blocks: list[Block]) -> bool:
    """A standfirst under the headline reads like a lead; the byline or date
    line right under it shows that the article starts later."""
    after = blocks[block.index + 1 : block.index + 1 + DEK_LOOKAHEAD]
    return any(meta.find_byline(b) or meta.find_date(b) for b in after)


# A paragraph this few blocks under a picture is its caption (a credit may stand between).
CAPTION_REACH = 2
# Words that give a caption away where its picture is gone (a plain-text copy),
# and the news photo's grammar: someone "celebrates ... during" an event.
_CAPTION_WORDS = re.compile(
    r"\b(?:pictured|photographed|(?:file )?photo(?:graph)?|image|illustration|credit|getty|reuters|afp|"
    r"abgebildet|foto|bild|illustrat(?:ion|ción)|imagen|fotografía)\b|"
    r"\b(?:celebrates|reacts|speaks|looks on|poses|arrives|gestures|waves|attends)\b[^.]{0,120}\bduring\b",
    re.I,
)
# A standfirst the page's description already says: this share of the shorter one's words in common.
MIN_DESCRIPTION_OVERLAP = 0.8


def _standfirst(block: Block, blocks: list[Block], state: _State) -> Hit | None:
    """A summary paragraph over the byline, moved into `description` (or gone, if that says it).

    A photo's caption can stand there too: one right under the picture stays,
    and so does a paragraph that says other than a description the page has.
    """
    if not _reads_like_a_lead(block) or not _over_a_byline(block, blocks):
        return None
    if any(b.features.image_only for b in blocks[max(0, block.index - CAPTION_REACH) : block.index]):
        return None  # a caption, under its picture or the picture's credit
    text = block.features.visible.strip()
    if "![" in block.text or _CAPTION_WORDS.search(text):
        return None  # a caption beside its picture, or one that says what it shows
    described = state.metadata.get("description")
    if not isinstance(described, str) or not described.strip():
        state.metadata["description"] = text
        return Hit(S.STANDFIRST, block.index, "standfirst over the byline moved into `description`")
    # The description may be the standfirst cut short, or the standfirst a longer take on it.
    common, ours, theirs = _words_in_common(text, described)
    if common and common >= MIN_DESCRIPTION_OVERLAP * min(ours, theirs):
        return Hit(S.STANDFIRST, block.index, "standfirst over the byline: the `description` says it")
    return None


# How many lines above the lead the headline is looked for.
MAX_TITLE_LOOKUP = 3


def _is_paragraph_of_prose(block: Block) -> bool:
    f = block.features
    return block.kind == BlockKind.PARAGRAPH and f.words >= MIN_LEAD_WORDS and f.link_density < 0.3 and (
        f.sentences >= 1 or f.stopword_density >= STOPWORDS_LOW
    )



def _reads_like_a_lead(block: Block) -> bool:
    f = block.features
    return f.words >= MIN_LEAD_WORDS and f.sentences >= 1 and f.link_density < 0.3


def _title_line(page: Page, state: _State, taken: set[int]) -> Hit | None:
    """The title of a clipping that has none: its first H1, else the title-like line
    just above the article's first prose (bylines and date lines may stand between).

    Looking up from the prose, not down from the top, skips a masthead or a
    site name at the head of a copied page.
    """
    blocks = page.blocks
    zone_end = _metadata_zone_end(blocks)
    if zone_end >= len(blocks) and not any(b.kind == BlockKind.HEADING for b in blocks):
        return None
    above = [b for b in blocks[: zone_end - 1] if b.index not in taken]
    # The headline stands over a standfirst or a photo's caption, which stands
    # over the byline: looking up from the lead, pass them by.
    while above and _reads_like_a_lead(above[-1]):
        above.pop()
    h1 = [b for b in above if b.kind == BlockKind.HEADING and b.level == 1]
    if h1:
        block: Block | None = h1[0]
    else:
        # Between the headline and the lead there may also stand a name
        # without "By", a credit or a label: look a few lines further up, past
        # lines that are not prose (past prose, the headline would take a
        # caption or a standfirst into the article with it).
        block = None
        for candidate in reversed(above[-MAX_TITLE_LOOKUP:]):
            if meta.is_headline_like(candidate):
                block = candidate
                break
            if candidate.features.stopword_density >= STOPWORDS_LOW or candidate.features.sentences:
                break
        above = above[: above.index(block) + 1] if block is not None else above
    if block is None or not meta.is_title_like(block):
        return None
    if block.kind == BlockKind.HEADING and block.level != 1:
        return None
    if not h1 and len(above) > 1 and _is_paragraph_of_prose(above[-2]):
        # A short line under a paragraph of prose is the article going on (its
        # first paragraph lacked a full stop), not the headline over it.
        return None
    state.original_title = block.features.visible
    _set_title(state, block.features.visible)
    return Hit(S.TITLE_LINE, block.index, f"title '{state.metadata['title']}' moved to metadata")


def _set_title(state: _State, title: str) -> None:
    """Set the title, moving a site suffix ("... | ZS") into `site`.

    Once a clipping has a `site`, only that site's own name is taken off the
    title, so cleaning the output again cannot strip a second suffix.
    """
    clean_title, site = meta.split_site_suffix(title, state.metadata.get("url"))
    known = state.metadata.get("site")
    if site and (known is None or str(known).casefold() == site.casefold()):
        state.metadata["title"] = clean_title
        state.metadata.setdefault("site", site)
    else:
        state.metadata["title"] = title


# The clipper's word for the cut, in English or in the page's language
# ("[... truncado ...]", "[troncato]", "[... ingekort ...]", "[... обрезано ...]", "[... kısaltıldı ...]").
_CUT_WORD = (
    r"(?:content\s+)?truncated|gekürzt|tronqué|truncado|troncato|ingekort|"
    r"обрезано|сокращено|skrócono|obcięto|kısaltıldı|kesildi|avkortat|förkortat"
)
_TRUNCATION = re.compile(
    rf"^(?:\[\s*(?:\.\.\.|…)?\s*(?:{_CUT_WORD})\s*(?:\.\.\.|…)?\s*\]|\(truncated\)|"
    r"…|\.\.\.|\[\s*(?:\.\.\.|…)\s*\])$",
    re.I,
)
MAX_FRAGMENT_WORDS = 1


def _truncation(page: Page, state: _State) -> list[Hit]:
    """A truncation marker at the end, and the dangling fragment the cut left before it."""
    blocks = page.blocks
    content = [b for b in blocks if b.features.visible or b.kind == BlockKind.CODE]
    if not content:
        return []
    last = content[-1]
    if last.kind == BlockKind.CODE or not _TRUNCATION.match(last.text.strip()):
        return []
    state.metadata["truncated"] = True
    hits = [Hit(S.TRUNCATION_MARKER, last.index, f"truncation marker '{last.text.strip()}'")]
    if len(content) >= 2:
        before = content[-2]
        f = before.features
        if (
            before.kind == BlockKind.PARAGRAPH
            and f.words <= MAX_FRAGMENT_WORDS
            and not f.ends_with_punctuation
            and before.line_count == 1
        ):
            hits.append(Hit(S.TRUNCATION_FRAGMENT, before.index, f"fragment '{f.visible}' cut by truncation"))
    return hits


def _empty_sections(kept: list[Block]) -> list[Hit]:
    """Headings with nothing under them before the next heading of the same or higher level."""
    hits: list[Hit] = []
    remaining = list(kept)
    changed = True
    while changed:
        changed = False
        for position, block in enumerate(remaining):
            if block.kind != BlockKind.HEADING:
                continue
            following = remaining[position + 1] if position + 1 < len(remaining) else None
            if following is None or (following.kind == BlockKind.HEADING and following.level <= block.level):
                why = "at the end of the page" if following is None else "the next heading follows at once"
                title = block.features.visible[:60]
                hits.append(Hit(S.EMPTY_SECTION, block.index, f"heading '{title}' is empty: {why}"))
                del remaining[position]
                changed = True
                break
    return hits


# -- recording and output --------------------------------------------------------


def _record(state: _State, rule: Rule, reason: str, lines: list[Line]) -> None:
    origins = [ln.origin for ln in lines if ln.origin is not None]
    text = "\n".join(ln.text for ln in lines).strip()
    state.removals.append(
        Removal(
            rule.code,
            rule.name,
            reason,
            min(origins) if origins else None,
            max(origins) if origins else None,
            text,
        )
    )


def _finish(state: _State, fmt: Format) -> CleanResult:
    body_lines = [ln.text for ln in state.lines]
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    while body_lines and not body_lines[-1].strip():
        body_lines.pop()
    body = "\n".join(body_lines)
    metadata = state.metadata
    verbatim = metadata.pop("__verbatim__", None)
    words = word_count(visible_text(body))
    if "language" not in metadata and state.language:
        metadata["language"] = state.language
    metadata["words"] = words
    metadata = fm.canonicalize(metadata)

    if not body and not verbatim and not (set(metadata) - {"words", "language"}):
        # Nothing came in (an empty or blank file): nothing goes out.
        return CleanResult("", {}, state.removals, state.notices, fmt, 0, state.words_removed)
    parts = []
    if verbatim is not None:
        parts.append(verbatim if verbatim.endswith("\n") else verbatim + "\n")
    else:
        parts.append(fm.dump(metadata))
    title = metadata.get("title")
    if isinstance(title, str) and title.strip():
        parts.append(f"\n# {title.strip()}\n" if parts[0] else f"# {title.strip()}\n")
    if body:
        parts.append(("\n" if "".join(parts) else "") + body + "\n")
    output = "".join(parts)
    if not output.strip():
        output = ""
    state.removals.sort(key=lambda r: (r.start_line is None, r.start_line or 0))
    return CleanResult(
        output=output,
        metadata=metadata,
        removals=state.removals,
        notices=state.notices,
        input_format=fmt,
        words_kept=words,
        words_removed=state.words_removed,
    )
