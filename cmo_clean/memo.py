"""Caches that live for one document.

Cleaning runs its decide/remove/normalize pass several times over a document,
and each pass reads the blocks the last one kept: the same texts are measured
again and again. Functions of text alone that are worth remembering are
decorated with `per_document`, and the pipeline calls `new_document()` before
each input, so that

* nothing is carried from one document to the next: a corpus of repeated
  pages costs what new pages would (the speed benchmark relies on it), and
  memory does not grow with the corpus;
* the decorated functions stay pure: a cache hit returns what a call would.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# A long page has a few thousand blocks and link texts; the bound only keeps a
# pathological input from holding on to too much.
MAX_ENTRIES = 8192

_caches: list[Any] = []


def per_document(function: F) -> F:
    """Remember the function's results until the next document starts."""
    cached = functools.lru_cache(maxsize=MAX_ENTRIES)(function)
    _caches.append(cached)
    return cached  # type: ignore[return-value]


def new_document() -> None:
    """Forget every remembered result: the next calls are about another document."""
    for cached in _caches:
        cached.cache_clear()
