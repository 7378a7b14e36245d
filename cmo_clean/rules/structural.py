"""Rules that act on the page's structure rather than on one block's wording.

Their logic lives where the structure is known (classifier, sections,
metadata, extract); they are declared here so that every removal, whichever
module decided it, carries a code, a name and a rationale from one catalogue.
"""

from __future__ import annotations

from cmo_clean.rules.base import Rule

HEAD = Rule(
    "EXT001",
    "extent.head",
    "Page head before the article: navigation, menus and residue above the first article block.",
    "The article is the contiguous run of blocks that holds the most prose against chrome "
    "(Finn et al.'s body text extraction, on blocks). What stands before it is the page's head.",
)
TAIL = Rule(
    "EXT002",
    "extent.tail",
    "Page tail after the article: footers, calls to action, sponsor and partner blurbs.",
    "After the article's last block comes the page's tail. It is cut as a whole, even where it "
    "holds prose (a partner's description with its address), because it follows the end.",
)
HTML_CHROME = Rule(
    "EXT003",
    "extent.html_chrome",
    "Parts of a saved HTML page outside the article that trafilatura extracted.",
    "trafilatura reads the DOM and keeps the main content; the rest of the page's text is "
    "reported here in one entry so that nothing leaves without a record.",
)
LINK_CLUSTER = Rule(
    "BLK001",
    "classifier.link_cluster",
    "A block that is mostly link text: menus, teaser lists, tag clouds.",
    "Article prose links a few words; navigation is nothing but links (jusText's link density).",
)
CHROME_FRAGMENT = Rule(
    "BLK002",
    "classifier.chrome_fragment",
    "A short block without sentences or stopwords, among chrome: labels, bylines of teasers, dates.",
    "Short blocks take the class of their neighbours (jusText's context pass); one that sits "
    "among boilerplate is boilerplate.",
)
REPEATED = Rule(
    "BLK003",
    "classifier.repeated_text",
    "A block whose text appears again elsewhere on the page: repeated menus, teasers, labels.",
    "Article paragraphs are written once; navigation and teasers repeat on the same page.",
)
RELATED_LIST = Rule(
    "BLK004",
    "classifier.related_list",
    "A list right under a related-content heading: the headlines it announces, links or not.",
    "In Markdown a related list is a link cluster; copied as plain text it loses its links and "
    "reads like the article's own list. The heading above it ('More from UK', 'Most popular') "
    "says what it is.",
)
EMPTY_SECTION = Rule(
    "STR001",
    "structure.empty_section",
    "A heading with nothing under it before the next heading of the same or higher level.",
    "A heading whose content was a widget (or was removed as chrome) introduces nothing.",
)
DUPLICATE_TITLE = Rule(
    "STR002",
    "structure.duplicate_title",
    "A heading or line above the article that repeats the title, which the output already shows once.",
    "Clippers write the title as `# Title` and the page repeats it as its own H1; extractors "
    "often repeat it as a plain or indented line above the article.",
)
SOURCE_LINE = Rule(
    "STR003",
    "structure.source_line",
    "The clipper's `> Source: [url](url)` line, folded into the `url` metadata.",
    "The source URL is metadata; the frontmatter carries it.",
)
INLINE_WIDGET = Rule(
    "STR004",
    "structure.inline_widget",
    "A widget clipped into the middle of a sentence: a run of links with nothing between them "
    "(a person's hover card, a box of headlines), cut out of the paragraph.",
    "Prose puts words between its links; links one after another that the sentence goes on around "
    "are a card or box the page set inside the text, which the clipper kept where it stood.",
)
TRUNCATION_MARKER = Rule(
    "TRN001",
    "truncation.marker",
    "Truncation markers: `[... truncated ...]`, `[truncated]`, a trailing `…` line.",
    "A clipper that cut the page marks the cut; the output records it as `truncated: true`.",
)
TRUNCATION_FRAGMENT = Rule(
    "TRN002",
    "truncation.fragment",
    "The dangling word fragment just before a truncation marker ('Reg').",
    "The cut often falls inside a word; the fragment is not text anyone wrote.",
)
BYLINE = Rule(
    "MET001",
    "metadata.byline",
    "A byline ('By: Name', 'Von Name', 'Par Name', 'Por Name') moved into `author`.",
    "Who wrote the article is metadata; the frontmatter carries it.",
)
DATELINE = Rule(
    "MET002",
    "metadata.dateline",
    "A publication date line ('January 13, 2015', '13. Januar 2015') moved into `date`.",
    "When the article was published is metadata; the frontmatter carries it as ISO 8601.",
)
TITLE_LINE = Rule(
    "MET003",
    "metadata.title_line",
    "The article's title line, moved to the `title` metadata and the `# Title` heading.",
    "The output shows the title once, at the top, as `# Title`.",
)
STANDFIRST = Rule(
    "MET004",
    "metadata.standfirst",
    "The standfirst over the byline, a summary of the story, moved into `description`.",
    "A standfirst sums the article up above its byline; it is the page's description, not its text, "
    "and the frontmatter carries it (it goes when the description already says it).",
)

RULES = (
    HEAD,
    TAIL,
    HTML_CHROME,
    LINK_CLUSTER,
    CHROME_FRAGMENT,
    REPEATED,
    RELATED_LIST,
    EMPTY_SECTION,
    DUPLICATE_TITLE,
    SOURCE_LINE,
    INLINE_WIDGET,
    TRUNCATION_MARKER,
    TRUNCATION_FRAGMENT,
    BYLINE,
    DATELINE,
    TITLE_LINE,
    STANDFIRST,
)
