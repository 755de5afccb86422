"""Questions an analyst asks of the articles, answered as DataFrames.

`notebooks/explore.ipynb` walks through these; each works for any number of articles.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

from .article import load_article
from .context import country_name
from .i18n import fmt_date
from .paths import SEEDS
from .schema import TABLES, MeasureStatus

STATUS_ORDER = list(MeasureStatus.__args__)
"""Measure statuses from least to most advanced, as the schema lists them."""

SUMMARY_TABLES = ("actors", "events", "measures", "claims", "figures", "issues")


def article_paths(folder: Path = SEEDS) -> list[Path]:
    """Every article in a folder (by default seeds/), in file-name order."""
    return sorted(p for p in Path(folder).glob("*.md") if not p.name.startswith("."))


def load_corpus(articles=None) -> dict[str, dict[str, pd.DataFrame]]:
    """Every article's tables, keyed by article id.

    Each value is what `analysis.load` returns, plus an `article` table of one row: the
    article's metadata, its text and its paragraphs' offsets.
    """
    from . import load

    corpus = {}
    for path in article_paths() if articles is None else articles:
        article = load_article(path)
        frames = load(path)
        frames["article"] = pd.DataFrame([_article_row(article)])
        corpus[article.article_id] = frames
    return corpus


def _article_row(article) -> dict:
    row = article.model_dump(exclude={"paragraphs"})
    row["paragraphs"] = [(p.paragraph, p.start, p.end) for p in article.paragraphs]
    return row


def _article(frames: dict[str, pd.DataFrame]) -> pd.Series:
    return frames["article"].iloc[0]


def summary(frames: dict[str, pd.DataFrame]) -> str:
    """One line on an article: id, date, source, language, headline and record counts."""
    a = _article(frames)
    date = fmt_date(a["published"], "en") if a["published"] else "undated"
    language = a["language"] + (
        f" from {a['translated_from']}" if a["translated_from"] else ""
    )
    counts = ", ".join(
        f"{len(frames[name])} {name if len(frames[name]) != 1 else name[:-1]}"
        for name in SUMMARY_TABLES
    )
    reviewed = all(frames[name]["reviewed"].all() for name in TABLES)
    state = "curated" if reviewed else "extracted automatically, unreviewed"
    return (
        f"{a['article_id']} · {date} · {a['source']} · {language} · "
        f"“{a['title']}”: {counts}; {state}"
    )


def overview(corpus: dict[str, dict[str, pd.DataFrame]]) -> pd.DataFrame:
    """One row per article: its date, language and the number of records per table."""
    rows = []
    for article_id, frames in corpus.items():
        a = _article(frames)
        rows.append(
            {
                "article": article_id,
                "published": a["published"],
                "language": a["language"],
                "title": a["title"],
                **{name: len(frames[name]) for name in SUMMARY_TABLES},
            }
        )
    return pd.DataFrame(rows).set_index("article")


def claims_by_speaker(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Who makes the article's claims: number of claims, topics and what they say."""
    claims = frames["claims"]
    columns = ["speaker", "country", "claims", "topics", "summaries"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    actors = frames["actors"].set_index("actor_id")
    rows = []
    for speaker_id, group in claims.groupby("speaker", sort=False):
        actor = actors.loc[speaker_id]
        rows.append(
            {
                "speaker": actor["name"],
                "country": actor["country"],
                "claims": len(group),
                "topics": ", ".join(sorted({t for ts in group["topics"] for t in ts})),
                "summaries": " | ".join(group["summary"]),
            }
        )
    return (
        pd.DataFrame(rows, columns=columns)
        .sort_values(["claims", "speaker"], ascending=[False, True])
        .reset_index(drop=True)
    )


def measures_by_status(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Measures counted by status (rows, least to most advanced) and country (columns).

    A measure shared by two countries counts once under each.
    """
    measures = frames["measures"].explode("countries")
    table = pd.crosstab(measures["status"], measures["countries"])
    table = table.reindex(
        [s for s in STATUS_ORDER if s in table.index], fill_value=0
    ).rename(columns=lambda code: country_name(code, "en"))
    table.index.name, table.columns.name = "status", "country"
    return table


def dated_events(corpus: dict[str, dict[str, pd.DataFrame]]) -> pd.DataFrame:
    """Every dated event of every article, in date order, with the article's words."""
    columns = [
        "article",
        "event_id",
        "label",
        "date_from",
        "date_to",
        "precision",
        "status",
        "quote",
    ]
    parts = []
    for article_id, frames in corpus.items():
        events = frames["events"].dropna(subset=["date_from"])
        if not events.empty:
            parts.append(events.assign(article=article_id)[columns])
    if not parts:
        return pd.DataFrame(columns=columns)
    return (
        pd.concat(parts, ignore_index=True)
        .sort_values(["date_from", "article", "event_id"])
        .reset_index(drop=True)
    )


def evidence_html(frames: dict[str, pd.DataFrame], table: str, record_id: str) -> str:
    """A record's evidence highlighted in its paragraph(s) of the article, as HTML.

    The article's text is escaped: markup in an article shows as text.
    """
    id_field = next(f for f in TABLES[table].model_fields if f.endswith("_id"))
    rows = frames[table][frames[table][id_field] == record_id]
    if rows.empty:
        known = ", ".join(frames[table][id_field]) or "none"
        raise KeyError(f"{table}: no record '{record_id}'; known: {known}")
    spans = [(e["start"], e["end"]) for e in rows.iloc[0]["evidence"]]
    a = _article(frames)
    text = a["text"]
    blocks = []
    for number, start, end in a["paragraphs"]:
        inside = sorted((s, e) for s, e in spans if start <= s < end)
        if not inside:
            continue
        pieces, cursor = [], start
        for s, e in inside:
            pieces.append(html.escape(text[cursor:s]))
            pieces.append(f"<mark>{html.escape(text[s:e])}</mark>")
            cursor = e
        pieces.append(html.escape(text[cursor:end]))
        blocks.append(
            f"<blockquote><p><strong>¶{number}</strong> {''.join(pieces)}</p>"
            "</blockquote>"
        )
    heading = html.escape(f"{table[:-1]} '{record_id}' in {a['article_id']}")
    return f"<div><p><em>{heading}</em></p>{''.join(blocks)}</div>"


def show_evidence(frames: dict[str, pd.DataFrame], table: str, record_id: str):
    """`evidence_html` for display in a notebook."""
    from IPython.display import HTML

    return HTML(evidence_html(frames, table, record_id))


def side_by_side(
    corpus: dict[str, dict[str, pd.DataFrame]], article_ids: list[str]
) -> pd.DataFrame:
    """Two (or more) articles compared: what each says, one column per article."""
    columns = {}
    for article_id in article_ids:
        frames = corpus[article_id]
        a = _article(frames)
        events = frames["events"].dropna(subset=["date_from"])
        actors = frames["actors"]
        measures = frames["measures"]
        columns[article_id] = {
            "title": a["title"],
            "published": a["published"],
            "source": a["source"],
            "language": a["language"],
            **{name: len(frames[name]) for name in SUMMARY_TABLES},
            "speakers": ", ".join(claims_by_speaker(frames)["speaker"]),
            "people": ", ".join(actors[actors["kind"] == "person"]["name"]),
            "measures agreed or in force": ", ".join(
                measures[measures["status"].isin(["agreed", "implemented"])]["label"]
            ),
            "first dated event": events["date_from"].min().date()
            if not events.empty
            else None,
            "last dated event": events["date_to"].max().date()
            if not events.empty
            else None,
        }
    return pd.DataFrame(columns)


def pick_two(article_ids: list[str]) -> list[str]:
    """The first two articles to compare, or the only one when there is one."""
    return list(article_ids[:2])


def first_record(
    frames: dict[str, pd.DataFrame],
    tables=("claims", "measures", "events", "figures", "actors"),
) -> tuple[str, str]:
    """(table, record id) of the first record of the first non-empty table listed."""
    for table in tables:
        if not frames[table].empty:
            id_field = next(f for f in TABLES[table].model_fields if f.endswith("_id"))
            return table, frames[table][id_field].iloc[0]
    raise ValueError(f"{_article(frames)['article_id']}: the article has no record")
