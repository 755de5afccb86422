"""Every article of a folder as one corpus: ids namespaced by article, citations
that name their article."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import ArticleError
from .paths import SEEDS, display
from .schema import ID_FIELDS, Article, Dataset, Evidence, Record


def qualified_id(article_id: str, record_id: str) -> str:
    """A record id unique across the corpus: `<article_id>:<record_id>`."""
    return f"{article_id}:{record_id}"


def split_id(qualified: str) -> tuple[str, str]:
    """The article id and record id of a qualified id."""
    article_id, sep, record_id = qualified.partition(":")
    if not sep:
        raise ValueError(f"'{qualified}' is not of the form <article_id>:<record_id>")
    return article_id, record_id


@dataclass(frozen=True)
class Citation:
    """Where a quote comes from: which article, which outlet, which paragraph."""

    article_id: str
    title: str
    source: str
    published: dt.date | None
    paragraph: int | None

    def short(self) -> str:
        """'kast-jeri-lima-visit ¶3 (2025-12-21)': the article, paragraph and date."""
        text = self.article_id
        if self.paragraph:
            text += f" ¶{self.paragraph}"
        if self.published:
            text += f" ({self.published.isoformat()})"
        return text

    def as_dict(self) -> dict:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "paragraph": self.paragraph,
        }


def paragraph_of(article: Article, offset: int) -> int | None:
    """Number of the paragraph holding a character offset, if any."""
    starts = [p.start for p in article.paragraphs]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < article.paragraphs[i].end:
        return article.paragraphs[i].paragraph
    return None


@dataclass
class Corpus:
    """Datasets of several articles, in order of publication then id."""

    datasets: dict[str, Dataset] = field(default_factory=dict)

    def __post_init__(self) -> None:
        ordered = sorted(
            self.datasets.values(),
            key=lambda d: (d.article.published or dt.date.max, d.article.article_id),
        )
        self.datasets = {d.article.article_id: d for d in ordered}

    @property
    def articles(self) -> list[Article]:
        return [d.article for d in self.datasets.values()]

    def records(self, table: str) -> Iterator[tuple[str, str, Record]]:
        """(article_id, qualified id, record) for every record of a table."""
        id_field = ID_FIELDS[table]
        for article_id, dataset in self.datasets.items():
            for record in getattr(dataset, table):
                yield (
                    article_id,
                    qualified_id(article_id, getattr(record, id_field)),
                    record,
                )

    def record(self, table: str, qualified: str) -> Record:
        article_id, record_id = split_id(qualified)
        id_field = ID_FIELDS[table]
        return next(
            r
            for r in getattr(self.datasets[article_id], table)
            if getattr(r, id_field) == record_id
        )

    def cite(self, article_id: str, evidence: Evidence | None = None) -> Citation:
        """A citation naming the article, its outlet, date and the quote's paragraph."""
        article = self.datasets[article_id].article
        return Citation(
            article_id=article_id,
            title=article.title,
            source=article.source,
            published=article.published,
            paragraph=paragraph_of(article, evidence.start) if evidence else None,
        )

    @property
    def is_reviewed(self) -> bool:
        return all(d.is_reviewed for d in self.datasets.values())


def article_paths(folder: Path = SEEDS) -> list[Path]:
    """Every article file of a folder: its `.md` files, hidden ones left out."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(
            f"{display(folder)}: articles folder not found; create it or set "
            "ANALYSIS_SEEDS to a folder of .md articles"
        )
    paths = sorted(p for p in folder.glob("*.md") if not p.name.startswith("."))
    if not paths:
        raise ArticleError(
            f"{display(folder)}: no articles (.md files) in the folder; add at least one"
        )
    return paths


def load_corpus(folder: Path | None = None, paths: list[Path] | None = None) -> Corpus:
    """Every article in the folder (default: the articles folder), curated or drafted.

    Each article is loaded as its briefs load it: curated annotations when they
    exist, else a draft extracted automatically.
    """
    from .loader import load_brief_dataset

    if paths is None:
        paths = article_paths(SEEDS if folder is None else folder)
    datasets: dict[str, Dataset] = {}
    for path in paths:
        dataset = load_brief_dataset(path)
        article_id = dataset.article.article_id
        if article_id in datasets:
            raise ArticleError(
                f"{display(path)}: article id '{article_id}' is also used by "
                f"{datasets[article_id].article.path}; give one of them another id"
            )
        datasets[article_id] = dataset
    return Corpus(datasets)
