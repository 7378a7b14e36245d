"""Shared test helpers: the real CLI through click's CliRunner, and where data lives."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cmo_clean.cli import cli

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


def run_cli(*args: str, input: bytes | str | None = None) -> Result:
    """Run `cmo-clean ARGS` in-process, stdout and stderr kept apart."""
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    return SEEDS
