"""The one place that chooses between an article's curated and drafted tables."""

from __future__ import annotations

from pathlib import Path

from .annotations import annotations_path, load_dataset
from .article import load_article, resolve_article_path
from .extract import extract_dataset
from .schema import Dataset


def has_annotations(ref: str | Path) -> bool:
    """True when curated annotations sit beside the article."""
    return annotations_path(resolve_article_path(ref)).exists()


def load_brief_dataset(ref: str | Path) -> Dataset:
    """Curated annotations when they exist, else a draft extracted automatically."""
    if has_annotations(ref):
        return load_dataset(ref)
    return extract_dataset(load_article(ref))
