"""What a rule is, what a hit is, and the phrase-table matcher most rules share.

Rules decide; the pipeline acts. A rule only looks at a block (and the page
around it) and answers with a reason, or None. It never edits text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cmo_clean.blocks import THAI, WORD_MARKS
from cmo_clean.document import Block, BlockKind, Format, Line


@dataclass(frozen=True, slots=True)
class Rule:
    """A unit with identity: code, dotted name, summary and why it is boilerplate."""

    code: str
    name: str
    summary: str
    rationale: str
    examples: tuple[str, ...] = ()
    # A terminating rule marks where the article has ended (a comment section,
    # "Related articles", a sign-up box, a share bar, the copyright line): the
    # extent finder weighs it heavily against anything after it being article.
    terminal: bool = False
    # An interruption (an ad slot's label) stands inside articles as often as
    # around them: it is removed, but the context pass looks through it.
    interruption: bool = False
    aliases: tuple[str, ...] = ()  # retired codes that still resolve to this rule

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]


T = TypeVar("T")


@dataclass(slots=True)
class Page:
    """The context a rule may consult: all blocks, the language, the metadata."""

    blocks: list[Block]
    lines: list[Line]
    language: str | None
    metadata: dict[str, Any]
    fmt: Format
    _computed: dict[Callable[[list[Block]], Any], Any] = field(default_factory=dict, init=False, repr=False)

    def computed(self, compute: Callable[[list[Block]], T]) -> T:
        """`compute(blocks)`, worked out once per page and shared by every block's check.

        For page-wide facts that a rule reads around each block (the runs of
        short links a menu is made of): asked block by block, they would be
        recounted for every block of the run.
        """
        if compute not in self._computed:
            self._computed[compute] = compute(self.blocks)
        return self._computed[compute]

    def line_number(self, block_index: int) -> str:
        """The input line a block starts at, for reasons ("line 42"), or its block number."""
        block = self.blocks[max(0, min(block_index, len(self.blocks) - 1))]
        origin = self.lines[block.start].origin if block.start < len(self.lines) else None
        return f"line {origin}" if origin is not None else f"block {block.index + 1}"


Check = Callable[[Block, Page], str | None]


# Every kind of block: the default gate of a block rule.
ANY_KIND = frozenset(BlockKind)
# No limit on a block's words: the default word gate.
ANY_LENGTH = 1_000_000


@dataclass(frozen=True, slots=True)
class BlockRule:
    """A rule's check, and the gates a block must pass for the check to be asked at all.

    The gates (block kinds, most words) are declared here rather than tested
    inside the check so that the dispatcher can pick, once per kind and length,
    the few rules that could fire: most blocks pass few gates, and asking
    every check of the catalogue about every block was most of the rules' cost.
    A check may assume its block passed the gates.
    """

    rule: Rule
    check: Check
    kinds: frozenset[BlockKind] = ANY_KIND
    max_words: int = ANY_LENGTH

    def admits(self, kind: BlockKind, words: int) -> bool:
        return kind in self.kinds and words <= self.max_words


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    block: int
    reason: str


# -- spelling variants --------------------------------------------------------

# Letters that sites of one script write more than one way. A phrase table
# written in one spelling reads the others through `spellings`.
_VARIANTS = {
    # Arabic and Persian: the Persian ye and kaf, and the Arabic letters they are
    # typed as; the alef maqsura many sites write for a final ye; hamza seats left off.
    "ي": "[يیى]", "ی": "[یيى]", "ى": "[ىيی]", "ك": "[كک]", "ک": "[کك]", "أ": "[أا]", "إ": "[إا]", "آ": "[آا]",
    # Persian: the non-joiner inside a word ("اشتراک‌گذاری") is also typed as a space, or left out.
    "\u200c": "[\u200c ]?",
    # Greek: a heading set in capitals loses its accents when lowered ("ΣΧΟΛΙΑ" -> "σχολια").
    "ά": "[άα]", "έ": "[έε]", "ή": "[ήη]", "ί": "[ίι]", "ό": "[όο]", "ύ": "[ύυ]", "ώ": "[ώω]",
    "ΐ": "[ΐϊι]", "ΰ": "[ΰϋυ]", "ϊ": "[ϊι]", "ϋ": "[ϋυ]",
    # Devanagari: candrabindu and anusvara stand for each other ("टिप्पणियाँ", "टिप्पणियां").
    "\u0901": "[\u0901\u0902]", "\u0902": "[\u0902\u0901]",
}  # fmt: skip
# Devanagari consonants that take a nukta ("ख़बर", "ज़्यादा", "पढ़ें"): written with the
# combining dot, as one precomposed letter, or without the dot at all.
_NUKTA = "\u093c"
_NUKTA_LETTERS = {"क": "\u0958", "ख": "\u0959", "ग": "\u095a", "ज": "\u095b", "ड": "\u095c", "ढ": "\u095d",
                  "फ": "\u095e"}  # fmt: skip
_PRECOMPOSED_NUKTA = {v: k for k, v in _NUKTA_LETTERS.items()}


def spelling(fragment: str) -> str:
    """A phrase fragment that also matches the other spellings of its letters (_VARIANTS, _NUKTA_LETTERS).

    Letters inside a character class or after a backslash are left as written;
    the fragment must not put a varied letter inside a lookbehind.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\":
            out.append(fragment[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            out.append(ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch in _NUKTA_LETTERS or ch in _PRECOMPOSED_NUKTA:
            base = _PRECOMPOSED_NUKTA.get(ch, ch)
            out.append(f"(?:{base}{_NUKTA}?|{_NUKTA_LETTERS[base]})")
            if fragment[i + 1 : i + 2] == _NUKTA:
                i += 1
        elif ch == _NUKTA:
            out.append(f"{_NUKTA}?")
        else:
            out.append(_VARIANTS.get(ch, ch))
        i += 1
    return "".join(out)


def spellings(fragments: Iterable[str]) -> list[str]:
    """`spelling` of each fragment: a phrase table's list for Arabic, Persian, Greek or Hindi."""
    return [spelling(fragment) for fragment in fragments]


# -- phrase tables ------------------------------------------------------------

Phrases = Mapping[str, Iterable[str]]  # language code -> regex fragments (lower case)

# What may separate repeated widget labels on one line: "Share | Tweet · Email"
# (with the Arabic comma, semicolon and question mark, and the Devanagari danda).
_SEPARATORS = r"[\s|/•·,;:\-–—>›»()\[\]!?.…*_#\u00a0←→¡¿،؛؟।]*"

# A phrase starts and ends where no letter, digit or combining mark stands next
# to it (blocks.WORD_MARKS: "कर" does not end a word inside "करें").
WORD_START = rf"(?<![\w{WORD_MARKS}])"
WORD_END = rf"(?![\w{WORD_MARKS}])"


def compile_phrases(phrases: Phrases) -> str:
    """One alternation of every language's fragments, longest first, grouped by first letter.

    Python's regex engine tries an alternation's branches one by one at each
    position it tests: with a thousand fragments that is a thousand first-letter
    checks. Grouped under their first letter ("s(?:hare|ubscribe)"), a position
    costs one check a letter group instead, and the phrase tables stay
    readable lists of whole phrases.
    """
    alternatives = sorted({p for fragments in phrases.values() for p in fragments}, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for fragment in alternatives:
        if _has_plain_first_letter(fragment):
            groups.setdefault(fragment[0], []).append(fragment[1:])
        else:
            others.append(fragment)
    branches = [
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for first, rests in groups.items()
    ]
    return "(?:" + "|".join(branches + others) + ")"


def _has_plain_first_letter(fragment: str) -> bool:
    """The fragment starts with a literal letter that no quantifier follows, and has no top-level `|`."""
    if not fragment[:1].isalnum() or fragment[1:2] in ("?", "*", "+", "{"):
        return False
    depth, escaped, in_class = 0, False, False
    for ch in fragment:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


# IGNORECASE makes Python's regex engine enter every alternative of a phrase
# table at every position it tries; a case-sensitive pattern skips those whose
# first letter differs, and finds the same matches in text that is already
# lower case (Features.normalized), two to three times faster. The exceptions
# are the lower-case letters that IGNORECASE folds onto other letters: dotless
# ı onto i, long ſ onto s, Greek μ onto the micro sign. Text holding one of
# them is matched with IGNORECASE, as it always was.
_FOLDED_APART = re.compile("[\u0131\u017f\u03bc]")
_ESCAPED = re.compile(r"\\.")


@dataclass(frozen=True, slots=True)
class LowerCasePattern:
    """A case-insensitive pattern for lower-case text, matched case-sensitively where that is the same."""

    plain: re.Pattern[str]
    folding: re.Pattern[str]

    @classmethod
    def compile(cls, pattern: str) -> LowerCasePattern:
        if any(ch.isupper() for ch in _ESCAPED.sub("", pattern)):
            raise ValueError(f"phrase patterns are written in lower case: {pattern[:60]!r}")
        return cls(re.compile(pattern), re.compile(pattern, re.I))

    def search(self, text: str) -> re.Match[str] | None:
        plain = text.isascii() or not _FOLDED_APART.search(text)
        return (self.plain if plain else self.folding).search(text)

    def match(self, text: str) -> re.Match[str] | None:
        plain = text.isascii() or not _FOLDED_APART.search(text)
        return (self.plain if plain else self.folding).match(text)


def whole_block_matcher(phrases: Phrases) -> LowerCasePattern:
    """The block consists of these phrases only, repeated and separated by punctuation."""
    alt = compile_phrases(phrases)
    return LowerCasePattern.compile(rf"^{_SEPARATORS}(?:{alt}{_SEPARATORS})+$")


def contains_matcher(phrases: Phrases) -> LowerCasePattern:
    alt = compile_phrases(phrases)
    return LowerCasePattern.compile(rf"{WORD_START}{alt}{WORD_END}")


def start_matcher(phrases: Phrases) -> LowerCasePattern:
    """The block opens with the phrase: the imperative shape of a button or box title."""
    alt = compile_phrases(phrases)
    # A phrase that ends in punctuation ("read more:") has ended its word already
    # (a vowel sign is no punctuation: "करें" goes on in "करेंगे").
    return LowerCasePattern.compile(rf"^{_SEPARATORS}{alt}(?:{WORD_START}|{WORD_END})")


def end_matcher(phrases: Phrases) -> LowerCasePattern:
    """The block closes with the phrase: "New essays every month - sign up"."""
    alt = compile_phrases(phrases)
    return LowerCasePattern.compile(rf"{WORD_START}{alt}{_SEPARATORS}$")


_MATCHERS = {
    "whole": whole_block_matcher,
    "start": start_matcher,
    "end": end_matcher,
    "contains": contains_matcher,
}


# Languages that read each other's tables. Norwegian Bokmål ("nb", or "no" as
# py3langid says) and Nynorsk ("nn") are one table, "no", which carries the
# Nynorsk spellings too ("kommentarar", "nyheitsbrev"). Croatian, Serbian and
# Bosnian share their labels, written in a Latin-script table ("hr": Croatian,
# Bosnian and Serbian forms) and a Cyrillic one ("sr"); py3langid tells them
# apart poorly (Serbian in Latin script is read as Bosnian or Croatian). Malay
# and Indonesian pages are read as each other.
SHARED_TABLES: dict[str, tuple[str, ...]] = {
    "nb": ("no",), "nn": ("no",),
    "hr": ("hr", "sr"), "sr": ("sr", "hr"), "bs": ("hr", "sr"), "sh": ("hr", "sr"),
    "ms": ("ms", "id"), "id": ("id", "ms"),
}  # fmt: skip

# Thai is written without spaces between words: a Thai phrase inside a
# "contains" table takes the rest of its run of Thai letters on either side,
# so that it starts and ends where the run does (at a space or a stop).
THAI_RUN = rf"[{THAI}]*"


class PhraseMatchers:
    """A phrase table's matcher for a page's language: that language's phrases and English ones.

    With twenty-odd languages in every table, a page is searched for the
    phrases of its own language, and for English, which sites in every
    language use for their widgets ("Share", "Login"). That is both faster and
    safer: a short word of one language that is a label in another ("Plus",
    "Sus", "Mehr") cannot remove a line of a page in a third. A page whose
    language is unknown, or not in the table, is searched for every phrase.
    """

    def __init__(self, phrases: Phrases, mode: str) -> None:
        self._phrases = phrases
        self._build = _MATCHERS[mode]
        self._by_language: dict[str | None, LowerCasePattern] = {}

    def for_language(self, language: str | None) -> LowerCasePattern:
        matcher = self._by_language.get(language)
        if matcher is None:
            chosen: Phrases = self._phrases
            group = SHARED_TABLES.get(language, (language,)) if language is not None else ()
            own = [lang for lang in group if lang in self._phrases]
            if own:
                chosen = {lang: self._phrases[lang] for lang in (*own, "en") if lang in self._phrases}
            matcher = self._by_language[language] = self._build(chosen)
        return matcher


def phrase_rule(
    rule: Rule,
    phrases: Phrases,
    *,
    mode: str,
    max_words: int = 12,
    kinds: tuple[BlockKind, ...] = (
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.QUOTE,
        BlockKind.HTML,
    ),
    required: tuple[str, ...] = (),
) -> BlockRule:
    """A rule that fires on short blocks made of (whole) or containing a listed phrase.

    `mode` is "whole" (the block is nothing but these phrases), "start" (the
    block opens with one, as a button or a box title does), "end" (it closes
    with one: "New essays every month - sign up") or "contains".
    `max_words` is what keeps these rules off article prose: a paragraph that
    talks about newsletters is longer than a newsletter button.
    `required` names words of which every phrase of the table holds one (in
    lower case): a block without any is passed by before the slower search.
    """
    matchers = PhraseMatchers(phrases, mode)
    whole = mode == "whole"

    def check(block: Block, page: Page) -> str | None:
        text = block.features.normalized
        if not text or (required and not any(word in text for word in required)):
            return None
        match = matchers.for_language(page.language).search(text)
        if match is None:
            return None
        found = " ".join(match.group(0).split()).strip(" |/•·,;:-–—>›»")
        return f"matched '{found}'" if whole else f"matched '{found}' in a {block.features.words}-word block"

    return BlockRule(rule, check, frozenset(kinds), max_words)


def pattern_rule(
    rule: Rule,
    pattern: re.Pattern[str],
    *,
    what: str,
    kinds: tuple[BlockKind, ...],
    max_words: int,
    max_sentences: int | None = None,
) -> BlockRule:
    """A rule that fires on a short block whose visible text starts with `pattern`.

    `what` names the finding in the reason: "credit line 'Reporting by ...'".
    """

    def check(block: Block, page: Page) -> str | None:
        f = block.features
        if max_sentences is not None and f.sentences > max_sentences:
            return None
        match = pattern.match(f.visible.strip())
        return f"{what} '{match.group(0)[:40].strip()}'" if match else None

    return BlockRule(rule, check, frozenset(kinds), max_words)
