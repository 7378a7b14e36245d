"""YAML frontmatter: split it off, map clipper aliases onto canonical keys, dump it back.

Clippers disagree on key names (`source` is a URL for one, `browser-history`
for another; `created` vs `clipped`), so the output uses one vocabulary and
keeps whatever else the user had, in their order, after it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

# The order canonical keys are written in.
CANONICAL_KEYS = (
    "title",
    "url",
    "site",
    "author",
    "date",
    "clipped",
    "source",
    "language",
    "tags",
    "description",
    "words",
    "truncated",
)

# alias -> canonical key; `url` aliases only apply when the value is a URL.
_URL_ALIASES = ("url", "source", "link", "original_url", "source_url", "canonical")
_ALIASES = {
    "title": "title",
    "site": "site",
    "site_name": "site",
    "sitename": "site",
    "publisher": "site",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "pubdate": "date",
    "clipped": "clipped",
    "created": "clipped",
    "saved": "clipped",
    "language": "language",
    "lang": "language",
    "tags": "tags",
    "keywords": "tags",
    "description": "description",
    "excerpt": "description",
    "summary": "description",
    "words": "words",
    "word_count": "words",
    "truncated": "truncated",
}
_URL_VALUE = re.compile(r"^(?:https?|ftp)://\S+$", re.I)
_BLOCK = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass(slots=True)
class SplitFrontmatter:
    metadata: dict[str, Any]  # canonical; empty when there was none or it was malformed
    body: str
    body_start_line: int  # 1-based input line where the body begins
    verbatim: str | None = None  # the raw block, kept when the YAML was malformed
    error: str | None = None
    error_line: int | None = None


def split(text: str) -> SplitFrontmatter:
    """Separate a leading `---` YAML block from the body; never raises on bad YAML."""
    match = _BLOCK.match(text)
    if not match:
        return SplitFrontmatter({}, text, 1)
    raw = match.group(1) or ""
    block = match.group(0)
    body = text[match.end() :]
    body_start = block.count("\n") + 1
    try:
        loaded = YAMLHandler().load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for the --- line, +1 1-based
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return SplitFrontmatter({}, body, body_start, block, f"malformed YAML: {problem}", line)
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        return SplitFrontmatter(
            {}, body, body_start, block, "frontmatter is not a mapping of keys to values", 2
        )
    return SplitFrontmatter(canonicalize(loaded), body, body_start)


def canonicalize(raw: dict[Any, Any]) -> dict[str, Any]:
    """Map aliases onto canonical keys; canonical keys first, unknown keys after, in order."""
    canonical: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        name = str(key)
        lowered = name.lower().replace("-", "_")
        value = _plain(value)
        if lowered in _URL_ALIASES and isinstance(value, str) and _URL_VALUE.match(value.strip()):
            canonical.setdefault("url", value.strip())
            continue
        target = _ALIASES.get(lowered)
        if lowered == "source":
            target = "source"  # a non-URL origin such as browser-history
        if target is None or target in canonical:
            extra[name] = value
            continue
        canonical[target] = _coerce(target, value)
    ordered = {key: canonical[key] for key in CANONICAL_KEYS if key in canonical}
    ordered.update(extra)
    return ordered


def _plain(value: Any) -> Any:
    """YAML dates and times become ISO strings, so the output round-trips."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _coerce(key: str, value: Any) -> Any:
    if key == "tags" and isinstance(value, str):
        return [t.strip() for t in re.split(r"[,;]", value) if t.strip()]
    if key == "author" and isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if key in ("title", "site", "description") and value is not None:
        return " ".join(str(value).split())
    return value


class _Dumper(yaml.SafeDumper):
    """Block style, keys in insertion order, ISO dates written bare."""


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if _ISO_DATE.match(value):
        # Bare, like a clipper writes it: tagged as the timestamp YAML will read
        # it as, which _plain() turns back into this string (idempotent output).
        tag = dumper.resolve(yaml.ScalarNode, value, (True, False))
        return dumper.represent_scalar(tag, value)
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)


def dump(metadata: dict[str, Any]) -> str:
    """The frontmatter block, `---` lines included, ending in a newline; '' when empty."""
    if not metadata:
        return ""
    text = YAMLHandler().export(
        metadata, Dumper=_Dumper, sort_keys=False, width=10_000, default_flow_style=False
    )
    return f"---\n{text}\n---\n"
