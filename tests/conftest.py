"""Shared fixtures: the shipped seed, and copies of it to break."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from building import run_build

from analysis.annotations import load_dataset
from analysis.paths import DEFAULT_ARTICLE, SEEDS

SEED = SEEDS / f"{DEFAULT_ARTICLE}.md"
SEED_ANNOTATIONS = SEEDS / f"{DEFAULT_ARTICLE}.annotations.yaml"


def pytest_configure(config):
    """Builds the tests start read a folder holding only the seed article.

    seeds/ ships the whole story (thirteen articles, over a hundred briefs); a test
    that needs other articles builds them by name, or points ANALYSIS_SEEDS at a
    folder of its own. The test process itself keeps the real seeds/ (its
    `analysis.paths.SEEDS` is read before this runs); processes it starts, builds and
    kernels included, inherit the one-article folder.
    """
    if os.environ.get("ANALYSIS_TEST_SEEDS"):
        return
    folder = Path(tempfile.mkdtemp(prefix="analysis-test-seeds-"))
    for source in (SEED, SEED_ANNOTATIONS):
        (folder / source.name).symlink_to(source)
    os.environ["ANALYSIS_SEEDS"] = os.environ["ANALYSIS_TEST_SEEDS"] = str(folder)


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


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory) -> Path:
    """The seed's eight briefs built on this machine, shared by the slow tests."""
    out = tmp_path_factory.mktemp("reports")
    result = run_build(out, "--lang", "en", "es", timeout=600)
    assert result.returncode == 0, result.stderr
    assert len(re.findall(r"^  built  ", result.stdout, re.M)) == 8
    return out


def pytest_unconfigure(config):
    folder = os.environ.get("ANALYSIS_TEST_SEEDS")
    if folder and Path(folder).name.startswith("analysis-test-seeds-"):
        shutil.rmtree(folder, ignore_errors=True)
