"""Structured, provenance-checked data and briefs from news on Chile–Peru relations."""

from __future__ import annotations

from pathlib import Path

from .annotations import load_dataset
from .article import load_article
from .exceptions import AnalysisError, AnnotationError, ArticleError, BuildError
from .loader import load_brief_dataset
from .paths import DEFAULT_ARTICLE
from .schema import Dataset


def load(article: str | Path = DEFAULT_ARTICLE) -> dict:
    """Every table of an article as a pandas DataFrame, keyed by table name.

    Curated annotations when the article has them, else a draft extracted
    automatically (every record `reviewed: false`), as the build does.
    """
    from .export import to_frames

    return to_frames(load_brief_dataset(article))


__all__ = [
    "AnalysisError",
    "AnnotationError",
    "ArticleError",
    "BuildError",
    "Dataset",
    "load",
    "load_article",
    "load_brief_dataset",
    "load_dataset",
]
