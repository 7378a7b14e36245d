"""Where the article is: its blocks' classes revised by their neighbours, then its extent.

Given each block's class on its own (`classifier`), two steps, each a known technique:
1. revise short and near-good blocks by their neighbours (jusText's context
   pass), and headings by what follows them;
2. find the article's extent: the contiguous span of blocks that maximizes
   article text against chrome (Finn et al.'s body text extraction, applied to
   blocks), with terminating blocks (comments, related lists) weighing heavily
   against being inside it (Boilerpipe's TerminatingBlocksFinder) and a run of
   chrome inside the article (a headline box) counted as one widget.

Outside the extent everything goes (head and tail); inside it only blocks
that a rule or the classifier marks with confidence.
"""

from __future__ import annotations

import re

from cmo_clean.classifier import (
    LENGTH_HIGH,
    LINK_DENSITY_GOOD,
    MAX_LINK_DENSITY,
    STOPWORDS_HIGH,
    STOPWORDS_LOW,
    Label,
    Verdict,
    block_verdicts,
    list_runs,
)
from cmo_clean.document import Block, BlockKind
from cmo_clean.rules import Hit, Page
from cmo_clean.rules import structural as S

# -- extent weights ------------------------------------------------------------

# Every bad block costs at least this many characters, so a long menu of short
# items weighs against the article as much as its count says.
MIN_BAD_COST = 40
# ... and at most this many: one big link box inside an article (a related-stories
# widget) must not outweigh the article text after it; long menus are many blocks.
MAX_BAD_COST = 300
# A run of consecutive bad blocks (a box of teaser headlines) costs at most
# this much in all, or MIN_BAD_COST a block if that is more.
MAX_RUN_COST = 400
# A terminating block (comment form, "Related articles") costs this much more:
# the article rarely goes on after one, but a long enough article can (news
# sites put "Don't miss" boxes inside the story, a few paragraphs from its end).
TERMINAL_COST = 300
# Below this many sure chrome blocks, a page is taken as an article already.
MIN_CHROME_EVIDENCE = 3
NOT_CHROME = ("MET", "TRN", "STR")
# A list right under a heading of these families ('More from UK', 'Most
# popular') is the teaser list it announces, whatever its items read like.
RELATED_FAMILIES = ("related",)
# Comment sections and related-content lists close the article once this much
# good text stands before them.
CLOSING_FAMILIES = ("comments",)
MIN_ARTICLE_BEFORE_CLOSING = 200
# A run of near-good paragraphs this long is article text on its own.
NEAR_RUN_GOOD_CHARS = 450
# At most this many linkless blocks between a headline and the span's first
# block are taken as the article's lead-in (see _headline_start).
MAX_LEAD_IN_BLOCKS = 8
MIN_LEAD_IN_WORDS = 4
# Near-good text counts half, short text a little.
NEAR_WEIGHT = 0.5
SHORT_GOOD_WEIGHT = 0.3
# An article's closing note (an editor's note, a correction, the study it
# reports on) often stands under the related-links box that ended the span; it
# is looked for this many blocks of unexplained text past the end, and must say this much.
MAX_NOTE_DISTANCE = 12
MIN_NOTE_WORDS = 8


def _neighbour(labels: list[Label], i: int, step: int, skip: tuple[Label, ...]) -> int | None:
    """Index of the nearest block in a direction whose label is not in `skip`."""
    j = i + step
    while 0 <= j < len(labels):
        if labels[j] not in skip:
            return j
        j += step
    return None


def _label_at(labels: list[Label], index: int | None) -> Label:
    return Label.BAD if index is None else labels[index]  # page edges count as bad


def _ends_article(index: int | None, terminal: set[int]) -> bool:
    return index is None or index in terminal


def _near_run_sizes(labels: list[Label], sizes: list[int]) -> list[int]:
    """For each block, the characters of near-good text in its run of quiet blocks."""
    runs = [0] * len(labels)
    start = 0
    for i in range(len(labels) + 1):
        if i == len(labels) or labels[i] in (Label.GOOD, Label.BAD):
            total = sum(sizes[j] for j in range(start, i) if labels[j] == Label.NEAR)
            for j in range(start, i):
                runs[j] = total
            start = i + 1
    return runs


def revise_with_context(labels: list[Label], terminal: set[int], sizes: list[int]) -> list[Label]:
    """jusText's context pass: short and near-good blocks take their neighbours' class.

    One change: the page's edge is no evidence of boilerplate (jusText counts
    it as bad, which erodes a cleaned article's first and last blocks each time
    it is cleaned again). A near-good block is bad only between two bad blocks,
    and a short block between article text and a terminating block (a comment
    form, a share bar) or the edge belongs to the article.
    """
    revised = list(labels)
    quiet = (Label.SHORT, Label.NEAR, Label.HEADING)
    near_runs = _near_run_sizes(labels, sizes)
    for i, label in enumerate(labels):
        if label == Label.NEAR:
            before_at, after_at = _neighbour(labels, i, -1, quiet), _neighbour(labels, i, 1, quiet)
            bad_both_sides = (
                before_at is not None
                and after_at is not None
                and labels[before_at] == labels[after_at] == Label.BAD
            )
            # Several near-good paragraphs in a row are an article of short
            # paragraphs (news), whatever stands around them.
            strong_run = near_runs[i] >= NEAR_RUN_GOOD_CHARS
            revised[i] = Label.BAD if bad_both_sides and not strong_run else Label.GOOD
    for i, label in enumerate(labels):
        if label != Label.SHORT:
            continue
        before_at = _neighbour(revised, i, -1, quiet)
        after_at = _neighbour(revised, i, 1, quiet)
        before, after = _label_at(revised, before_at), _label_at(revised, after_at)
        if before == after:
            revised[i] = before
        elif (before == Label.GOOD and _ends_article(after_at, terminal)) or (
            after == Label.GOOD and _ends_article(before_at, terminal)
        ):
            revised[i] = Label.GOOD

        else:
            # Mixed: a near-good neighbour tips it to good (jusText's rule).
            near = Label.NEAR in (
                _label_at(labels, _neighbour(labels, i, -1, (Label.SHORT, Label.HEADING))),
                _label_at(labels, _neighbour(labels, i, 1, (Label.SHORT, Label.HEADING))),
            )
            revised[i] = Label.GOOD if near else Label.BAD
    for i, label in enumerate(labels):
        if label == Label.HEADING:
            # A heading is kept when good text follows it (before the next heading).
            after = _label_at(revised, _neighbour(revised, i, 1, (Label.SHORT, Label.HEADING)))
            revised[i] = Label.GOOD if after == Label.GOOD else Label.BAD
    return revised


def block_value(block: Block, label: Label, initial: Label, terminal: bool) -> float:
    """What a block adds to (or costs) an article span that contains it."""
    size = max(block.features.chars, 1)
    if block.features.repeats and label != Label.BAD:
        # Text that stands twice on a page is a teaser or a summary of the
        # article: it neither extends the article nor counts against it.
        return 0.0
    if initial == Label.NEAR and not terminal:
        # Near-good text is prose on its own evidence; its neighbours decide
        # whether it is removed inside the article, not whether it extends it.
        return size * NEAR_WEIGHT
    if label == Label.GOOD:
        if initial == Label.GOOD:
            return size
        if initial == Label.NEAR:
            return size * NEAR_WEIGHT
        return size * SHORT_GOOD_WEIGHT
    cost = min(max(size, MIN_BAD_COST), MAX_BAD_COST)
    return -(cost + (TERMINAL_COST if terminal else 0))


def cap_chrome_runs(values: list[float], ending: set[int]) -> list[float]:
    """Cap what a run of consecutive chrome blocks costs in all.

    A box of long teaser headlines inside an article is one widget: its items'
    lengths must not add up to more than the article text after it. The count
    of chrome blocks is evidence too, so the cap never falls below
    MIN_BAD_COST per block. Ending blocks keep their full weight and end a run.
    """
    capped = list(values)
    i = 0
    while i < len(capped):
        if capped[i] >= 0 or i in ending:
            i += 1
            continue
        j = i
        while j < len(capped) and capped[j] < 0 and j not in ending:
            j += 1
        cost = -sum(capped[i:j])
        cap = max(MAX_RUN_COST, MIN_BAD_COST * (j - i))
        if cost > cap:
            capped[i:j] = [value * cap / cost for value in capped[i:j]]
        i = j
    return capped


def best_span(values: list[float]) -> tuple[int, int] | None:
    """Kadane's maximum-sum contiguous span (start, end exclusive); None if nothing is positive."""
    best: tuple[float, int, int] | None = None
    running = 0.0
    start = 0
    for i, value in enumerate(values):
        if running <= 0:
            running, start = value, i
        else:
            running += value
        if running > 0 and (best is None or running > best[0]):
            best = (running, start, i + 1)
    return None if best is None else (best[1], best[2])


def chrome_evidence(
    blocks: list[Block], rule_hits: dict[int, Hit], menus: frozenset[int] = frozenset()
) -> int:
    """How many blocks are chrome for sure: rule hits, link clusters and head menus.

    A page with less than MIN_CHROME_EVIDENCE of them is an article already
    (an HTML extractor's output, a cleaned file, someone's notes): its head and
    tail are not cut, since short lines there are the article's own.
    """
    clusters = sum(
        1
        for b in blocks
        if b.index not in rule_hits and b.features.links and b.features.link_density > MAX_LINK_DENSITY
    )
    # Metadata lines, truncation markers and structure are not chrome.
    chrome_hits = sum(1 for hit in rule_hits.values() if hit.rule.code[:3] not in NOT_CHROME)
    # A plain-text copy loses the menu's links; its items above the article
    # (_mark_head_menus) are as sure a sign of chrome as a link cluster.
    menu_items = sum(1 for i in menus if i not in rule_hits)
    return chrome_hits + clusters + menu_items


def _article_closed_at(blocks: list[Block], labels: list[Label], rule_hits: dict[int, Hit]) -> int | None:
    """The first comment-section or related-content block that follows some article text."""
    good_before = 0
    for block in blocks:
        hit = rule_hits.get(block.index)
        closes = hit is not None and hit.rule.family in CLOSING_FAMILIES and hit.rule.terminal
        if closes and good_before >= MIN_ARTICLE_BEFORE_CLOSING:
            return block.index
        if labels[block.index] == Label.GOOD:
            good_before += block.features.chars
    return None


def _ending_blocks(blocks: list[Block], labels: list[Label], terminal: set[int]) -> set[int]:
    """Terminating blocks that stand after most of the page's good text.

    A share bar under the headline or a sign-up box early in the article is
    only a bad block; the same box after the bulk of the article ends it.
    """
    sizes = [b.features.chars if labels[b.index] == Label.GOOD else 0 for b in blocks]
    total = sum(sizes)
    ending: set[int] = set()
    before = 0
    for block in blocks:
        if block.index in terminal and before >= total - before:
            ending.add(block.index)
        before += sizes[block.index]
    return ending


def _initial_label(hit: Hit | None, verdict: Verdict) -> Label:
    """A rule hit is bad, except that an interruption (an ad label) is as quiet as a short line."""
    if hit is None:
        return verdict.label
    return Label.SHORT if hit.rule.interruption else Label.BAD


def find_article(
    page: Page, rule_hits: dict[int, Hit], headings: set[int], cut_extent: bool = True
) -> list[Hit]:
    """Hits for every block the classifier or the extent removes (rule hits excluded).

    `headings` are plain-text lines that read as headings (normalize.bare_headings).
    """
    blocks = page.blocks
    if not blocks:
        return []
    verdicts, neutral, menus = block_verdicts(blocks, headings)
    # A rule's reason is the better one, and a rule hit is no neutral block.
    neutral = {i: hit for i, hit in neutral.items() if i not in rule_hits}
    initial = [_initial_label(rule_hits.get(i), v) for i, v in enumerate(verdicts)]
    if Label.GOOD not in initial:
        # A short article has no block long enough to be good on its own;
        # its near-good blocks are the best text the page has (jusText would
        # return nothing here).
        initial = [Label.GOOD if label == Label.NEAR else label for label in initial]
    related_lists = _lists_under_related_headings(blocks, rule_hits)
    for i in related_lists:
        initial[i] = Label.BAD
    terminal = {i for i, hit in rule_hits.items() if hit.rule.terminal}
    labels = revise_with_context(initial, terminal, [b.features.chars for b in blocks])
    span = None
    notes: set[int] = set()
    if cut_extent and chrome_evidence(blocks, rule_hits, frozenset(menus)) >= MIN_CHROME_EVIDENCE:
        # A note neither draws the span nor costs it: past the end it is kept
        # on its own (_closing_notes), without the chrome before it.
        note_like = {i for i, block in enumerate(blocks) if i not in rule_hits and _is_note(block)}
        span = _article_span(blocks, labels, initial, rule_hits, terminal, set(neutral) | note_like)
        if span is not None:
            lead_in = _opening_line(blocks, rule_hits, _headline_start(blocks, rule_hits, span[0]))
            for i in range(lead_in, span[0]):
                labels[i] = Label.GOOD  # the article's by its place under the headline, or its opening line
            lead = _dateline_lead(blocks, initial, rule_hits, lead_in)
            for i in range(lead, lead_in):
                # The lead, and the short linkless lines between it and the body
                # ("You shouldn't just believe them."); a promo there stays chrome.
                if i == lead or (initial[i] == Label.SHORT and not blocks[i].features.links):
                    labels[i] = Label.GOOD
            span = (lead, span[1])
            notes = _closing_notes(blocks, rule_hits, note_like, span[1])
    # Without a span (an article already, or nothing that reads as one), no
    # head or tail is cut and short lines cannot be told from chrome by their
    # neighbours: only rules and confident classifier calls remove.
    start, end = span or (0, len(blocks))
    hits: list[Hit] = []
    for i, block in enumerate(blocks):
        if i in rule_hits or i in notes:
            continue
        if i < start:
            hits.append(Hit(S.HEAD, i, f"before the article, which starts at {page.line_number(start)}"))
        elif i >= end:
            hits.append(Hit(S.TAIL, i, f"after the article, which ends at {page.line_number(end - 1)}"))
        elif i in neutral:
            hits.append(neutral[i])
        elif i in related_lists:
            hits.append(Hit(S.RELATED_LIST, i, related_lists[i]))
        elif labels[i] == Label.BAD:
            hit = _inside_removal(block, verdicts[i], initial[i], among_chrome=span is not None)
            if hit is not None:
                hits.append(hit)
    return hits


def _lists_under_related_headings(blocks: list[Block], rule_hits: dict[int, Hit]) -> dict[int, str]:
    """The items of each list that starts right under a related-content heading, with a reason."""
    found: dict[int, str] = {}
    for run in list_runs(blocks):
        head = run[0] - 1
        hit = rule_hits.get(head)
        if head < 0 or hit is None or hit.rule.family not in RELATED_FAMILIES:
            continue
        for i in run:
            found[i] = f"item {i - run[0] + 1} of {len(run)} under '{blocks[head].features.visible[:40]}'"
    return found


def _article_span(
    blocks: list[Block],
    labels: list[Label],
    initial: list[Label],
    rule_hits: dict[int, Hit],
    terminal: set[int],
    neutral: set[int],
) -> tuple[int, int] | None:
    """The contiguous run of blocks with the most article text against chrome, if any."""
    ending = _ending_blocks(blocks, labels, terminal)
    values = [block_value(b, labels[i], initial[i], i in ending) for i, b in enumerate(blocks)]
    for i in neutral:
        values[i] = 0.0
    values = cap_chrome_runs(values, ending)
    closed = _article_closed_at(blocks, labels, rule_hits)
    if closed is not None:
        # After the comment section or the related list opens, good text
        # is readers' comments or teasers: it cannot attract the article.
        values[closed:] = [min(v, 0.0) for v in values[closed:]]
    return best_span(values)


# The moved metadata lines that may stand between a headline and its lead-in.
_UNDER_HEADLINE = ("MET001", "MET002", "MET004")
_TITLE_HITS = ("STR002", "MET003")
# What stands right above an article's header: its title, or the breadcrumb
# trail over it ("Home » Sport"), which a plain-text copy keeps when nothing
# marks the headline itself.
_HEADLINE_HITS = (*_TITLE_HITS, "NAV202")


def _headline_start(blocks: list[Block], rule_hits: dict[int, Hit], start: int) -> int:
    """Where the article starts, given the span's first block: at its lead-in, if one is under the headline.

    Between the page's headline (an H1, the line taken as the title, or the
    breadcrumb trail right above an unmarked headline) and
    the first block good enough to start the span, an article often has a
    short lead-in: an intro sentence, then a list of points or a code line.
    Page chrome there is made of links (menus, share icons, breadcrumbs) or is
    caught by a rule, and the bylines, datelines and photo credits that also
    stand there are not prose. So the walk up from the span passes linkless
    blocks only, and if it reaches the headline, the article starts at the
    topmost prose block it passed (nothing moves if there was none).
    """
    lead = start
    i = start - 1
    while i >= 0 and start - i <= MAX_LEAD_IN_BLOCKS + 1:
        block = blocks[i]
        hit = rule_hits.get(i)
        if (hit is not None and hit.rule.code in _HEADLINE_HITS) or (
            block.kind == BlockKind.HEADING and block.level == 1
        ):
            return lead
        if hit is not None and hit.rule.code not in _UNDER_HEADLINE:
            return start
        if block.features.links or block.kind == BlockKind.HEADING:
            return start
        if hit is None and _reads_as_prose(block):
            lead = i
        i -= 1
    return start


# A wire story's first paragraph opens with its dateline: "WASHINGTON (AP) —",
# "(CNN)", "NEW YORK (Reuters) -", "MADRID —", "CLEVELAND, Ohio –", "BERLIN (dpa) -".
_DATELINE_OPENER = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{1,40}(?:,\s*[A-Z][\w.]*){0,2}\s*"
    r"\([A-Za-z][\w&.]*(?:[ /-][A-Za-z][\w&.]*){0,3}\)"
    r"|^\([A-Z][\w&.]*(?:[ /-][A-Z][\w&.]*){0,3}\)"  # "(CNN)": an agency alone is capitalized
    r"|^[A-ZÀ-ÖØ-Þ]{3,}(?:[ ,]+[A-Z][\w.]+){0,3}\s+[—–-]{1,2}\s"
)


def _dateline_lead(blocks: list[Block], initial: list[Label], rule_hits: dict[int, Hit], start: int) -> int:
    """Where the article starts: at a dateline-opened lead paragraph a few blocks above `start`, if any.

    Sites put a promo or a video between a wire story's lead and its second
    paragraph, and a short lead can weigh less than the promo costs. A
    paragraph of prose that opens with a dateline starts a story; the walk up
    stops at a heading or at other prose, which would have been the article's.
    """
    for i in range(start - 1, max(-1, start - 1 - MAX_LEAD_IN_BLOCKS), -1):
        block = blocks[i]
        if block.kind == BlockKind.HEADING or (i in rule_hits and rule_hits[i].rule.terminal):
            return start
        if initial[i] in (Label.GOOD, Label.NEAR):
            prose = block.features.link_density <= LINK_DENSITY_GOOD and i not in rule_hits
            return i if prose and _DATELINE_OPENER.match(block.features.visible) else start
    return start


# A story's punchy opening sentence ("A half century on, the band is still
# touring.") stands alone above the lead, below the byline and the photo
# credits that cut it off from the headline. A standfirst summing up the
# story is longer than this, and a page's own lines are not finished sentences.
MIN_OPENING_WORDS = 6
MAX_OPENING_WORDS = 14


def _opening_line(blocks: list[Block], rule_hits: dict[int, Hit], start: int) -> int:
    """Where the article starts: at a lone opening sentence right above `start`, if there is one."""
    if start == 0:
        return start
    block = blocks[start - 1]
    f = block.features
    opening = (
        block.kind == BlockKind.PARAGRAPH
        and start - 1 not in rule_hits
        and not f.links
        and f.sentences == 1
        and f.ends_with_punctuation
        and MIN_OPENING_WORDS <= f.words <= MAX_OPENING_WORDS
        and f.stopword_density >= STOPWORDS_HIGH
    )
    return start - 1 if opening else start


# The label that opens an article's closing note, in the languages of the
# phrase tables' core set: "Editor's note:", "Correction:", "Update:", "More
# information:", "Anmerkung der Redaktion:", "Note de la rédaction :", "Nota del editor:".
_NOTE_LABEL = re.compile(
    r"^[\W_]*(?:editor[’']?s[’']? note|editorial note|note|update[ds]?|correction|clarification"
    r"|more information|journal reference|reference"
    r"|anmerkung der redaktion|hinweis der redaktion|anmerkung|hinweis|korrektur|berichtigung"
    r"|aktualisierung|nachtrag|note de la rédaction|note de l[’']éditeur|mise à jour|rectificatif"
    r"|précision|nota del editor|nota de la redacción|nota|actualización|corrección|aclaración"
    r"|fe de errores|fe de erratas)[*_]*\s*:",
    re.I,
)


def _is_note(block: Block) -> bool:
    """Prose that opens with a note's label ("Editor's note: ..."), not a link box."""
    f = block.features
    return (
        block.kind == BlockKind.PARAGRAPH
        and f.words >= MIN_NOTE_WORDS
        and f.link_density <= LINK_DENSITY_GOOD
        and _NOTE_LABEL.match(f.visible) is not None
    )


def _closing_notes(blocks: list[Block], rule_hits: dict[int, Hit], notes: set[int], end: int) -> set[int]:
    """The article's closing notes among the first blocks past its span's end.

    The walk stops at a comment section: a reader's "Note: ..." is not the article's.
    """
    closing: set[int] = set()
    passed = 0
    for i in range(end, len(blocks)):
        hit = rule_hits.get(i)
        if passed >= MAX_NOTE_DISTANCE or (hit is not None and hit.rule.family in CLOSING_FAMILIES):
            break
        if i in notes:
            closing.add(i)
        if blocks[i].features.words and hit is None:
            # Only text no rule explains counts: a gallery's bare items, its
            # buttons and credits stand between a story and its note.
            passed += 1
    return closing


def _reads_as_prose(block: Block) -> bool:
    """A sentence's worth of words, with a sentence's stopwords (or, without a stoplist, its end)."""
    f = block.features
    if f.words < MIN_LEAD_IN_WORDS:
        return False
    return f.stopword_density >= STOPWORDS_LOW or (f.stopword_density == 0 and f.sentences > 0)


def _inside_removal(block: Block, verdict: Verdict, initial: Label, among_chrome: bool) -> Hit | None:
    """Inside the article only confident classifier calls remove a block."""
    f = block.features
    # Headings inside the article stay; one whose section loses all its
    # content is removed by the empty-section rule, with that reason.
    if block.kind in (BlockKind.CODE, BlockKind.TABLE) or initial == Label.HEADING:
        return None
    if f.link_density > MAX_LINK_DENSITY:
        return Hit(S.LINK_CLUSTER, block.index, f"{f.words} words, link density {f.link_density:.2f}")
    if f.repeats and f.chars < LENGTH_HIGH:
        return Hit(S.REPEATED, block.index, f"text appears {f.repeats + 1} times on the page")
    # Short lines are chrome by context only on a page that has chrome.
    if among_chrome and initial == Label.SHORT and not f.image_only and f.visible:
        return Hit(S.CHROME_FRAGMENT, block.index, f"{verdict.why} among boilerplate blocks")
    return None
