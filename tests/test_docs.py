"""The README's rule table lists every rule the catalogue has."""

from __future__ import annotations

from conftest import REPO

from cmo_clean.rules import all_rules


def test_readme_lists_every_rule() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [r.code for r in all_rules() if f"| {r.code} | `{r.name}` |" not in readme]
    assert missing == [], f"README rule table lacks {missing}"
    assert "make run" in readme and "make test" in readme
