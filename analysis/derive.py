"""Tables derived from a dataset for charts and prose: mentions, shares, paragraphs."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from .schema import Dataset, Sourced


def fold(text: str) -> str:
    """Lower case without accents, so 'Jerí' and 'Jeri' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def paragraph_of(dataset: Dataset, offset: int) -> int:
    """Number of the paragraph holding a character offset."""
    for p in dataset.article.paragraphs:
        if p.start <= offset < p.end or offset == p.end:
            return p.paragraph
    return dataset.article.paragraphs[-1].paragraph


def paragraphs_of(dataset: Dataset, record: Sourced) -> list[int]:
    """Paragraph numbers of a record's evidence, in order, without repeats."""
    return sorted({paragraph_of(dataset, e.start) for e in record.evidence})


NEWS_ORDER = (
    "meeting", "visit", "call", "invitation", "cabinet", "inauguration", "election",
    "emergency", "deployment", "agreement",
)  # fmt: skip
"""Kinds of act that are a report's news, the act itself before what came of it."""


def news_of_the_day(dataset: Dataset) -> list:
    """The acts a report is news of: day-precise events of the publication day or
    the day before, the one the article tells first leading; of two told
    together, the meeting or visit before what was agreed at it."""
    day = dataset.article.published
    if day is None:
        return []
    peg = [
        e
        for e in dataset.events
        if e.date_from
        and e.status == "occurred"
        and e.precision == "day"
        and e.kind in NEWS_ORDER
        and 0 <= (day - e.date_from).days <= 1
    ]
    return sorted(peg, key=lambda e: (e.evidence[0].start, NEWS_ORDER.index(e.kind)))


def topic_shares(dataset: Dataset) -> pd.DataFrame:
    """One row per (sentence, topic) with the sentence's weight in its paragraph.

    A sentence tagged with two topics counts half for each; untagged sentences
    count toward 'none', so each paragraph's weights sum to its sentence count.
    """
    rows = []
    for s in dataset.sentences:
        topics = s.topics or ["none"]
        for topic in topics:
            rows.append(
                {
                    "paragraph": s.paragraph,
                    "sentence_id": s.sentence_id,
                    "topic": topic,
                    "weight": 1 / len(topics),
                    "quote": s.text,
                }
            )
    return pd.DataFrame(rows)


def _patterns(names: list[str]) -> re.Pattern:
    alternatives = sorted({fold(n) for n in names if len(n) > 2}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, alternatives)) + ")")


def actor_mentions(dataset: Dataset) -> pd.DataFrame:
    """Which sentences mention which actor: by evidence span or by name or alias."""
    rows = []
    for actor in dataset.actors:
        pattern = _patterns([actor.name, *actor.aliases])
        spans = [(e.start, e.end) for e in actor.evidence]
        for s in dataset.sentences:
            by_evidence = any(s.start <= a < s.end for a, _ in spans)
            if by_evidence or pattern.search(fold(s.text)):
                rows.append(
                    {
                        "actor_id": actor.actor_id,
                        "actor": actor.name,
                        "country": actor.country or "other",
                        "sentence_id": s.sentence_id,
                        "topics": s.topics,
                        "quote": s.text,
                    }
                )
    return pd.DataFrame(
        rows, columns=["actor_id", "actor", "country", "sentence_id", "topics", "quote"]
    )


def actor_topic_matrix(dataset: Dataset) -> pd.DataFrame:
    """Mentions of each actor in sentences of each topic, with one quote per cell."""
    mentions = actor_mentions(dataset).explode("topics").dropna(subset=["topics"])
    grouped = mentions.groupby(["actor", "country", "topics"], sort=False)
    out = grouped.agg(mentions=("sentence_id", "nunique"), quote=("quote", "first"))
    return out.reset_index().rename(columns={"topics": "topic"})
