"""The rule catalogue: every rule the cleaner can apply, by family.

Block rules (phrase tables and small heuristics) live in one module per family.
Rules that act on the page's structure rather than on one block (empty
sections, truncation, the article's extent, the classifier) are declared in
`structural` and applied by the pipeline.
"""

from __future__ import annotations

import functools

from cmo_clean.document import BlockKind
from cmo_clean.rules import (
    ads,
    comments,
    cookies,
    cta,
    footer,
    navigation,
    related,
    residue,
    social,
    structural,
)
from cmo_clean.rules.base import ANY_LENGTH, BlockRule, Hit, Page, Rule

BLOCK_RULES: tuple[BlockRule, ...] = (
    *residue.RULES,
    *navigation.RULES,
    *social.RULES,
    *cta.RULES,
    *comments.RULES,
    *related.RULES,
    *footer.RULES,
    *cookies.RULES,
    *ads.RULES,
    *navigation.FALLBACK_RULES,
)


# Beyond the highest finite word gate, every length passes the same gates.
_LONGEST_GATE = max(r.max_words for r in BLOCK_RULES if r.max_words < ANY_LENGTH) + 1


@functools.cache
def _rules_admitting(kind: BlockKind, words: int) -> tuple[BlockRule, ...]:
    """The block rules whose gates a block of this kind and length passes, in catalogue order."""
    return tuple(r for r in BLOCK_RULES if r.admits(kind, words))


def all_rules() -> list[Rule]:
    """Every rule once, in code order."""
    seen: dict[str, Rule] = {}
    for block_rule in BLOCK_RULES:
        seen.setdefault(block_rule.rule.code, block_rule.rule)
    for rule in structural.RULES:
        seen.setdefault(rule.code, rule)
    return sorted(seen.values(), key=lambda r: (r.code[:3], r.code))


def find_rule(code: str) -> Rule | None:
    """A rule by code, dotted name or retired alias (case-insensitive)."""
    wanted = code.strip().lower()
    for rule in all_rules():
        if wanted in (rule.code.lower(), rule.name.lower(), *(a.lower() for a in rule.aliases)):
            return rule
    return None


def apply_block_rules(page: Page) -> list[Hit]:
    """The first rule that fires on a block decides it (tables order them by precision)."""
    hits: list[Hit] = []
    for block in page.blocks:
        for block_rule in _rules_admitting(block.kind, min(block.features.words, _LONGEST_GATE)):
            reason = block_rule.check(block, page)
            if reason is not None:
                hits.append(Hit(block_rule.rule, block.index, reason))
                break
    return hits


__all__ = ["BLOCK_RULES", "BlockRule", "Hit", "Page", "Rule", "all_rules", "apply_block_rules", "find_rule"]
