"""Shared fixtures: the shipped seed, and copies of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis.annotations import load_dataset
from analysis.paths import DEFAULT_ARTICLE, SEEDS

SEED = SEEDS / f"{DEFAULT_ARTICLE}.md"
SEED_ANNOTATIONS = SEEDS / f"{DEFAULT_ARTICLE}.annotations.yaml"


@pytest.fixture(scope="session")
def dataset():
    return load_dataset(DEFAULT_ARTICLE)


@pytest.fixture
def seed_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seed article and its annotations, free to edit."""
    article = tmp_path / "copy.md"
    notes = tmp_path / "copy.annotations.yaml"
    shutil.copy(SEED, article)
    shutil.copy(SEED_ANNOTATIONS, notes)
    return article, notes
