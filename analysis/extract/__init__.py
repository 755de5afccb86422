"""Automatic draft extraction: an article's tables, unreviewed, from rules and lexicons."""

from __future__ import annotations

from ..schema import Article, Dataset, Issue
from ..timex import find_timexes
from .claims import extract_claims
from .entities import entity_records, find_entities
from .events import expiry_events, extract_events, restated
from .figures import extract_figures
from .issues import translation_issues
from .measures import deadlines_at_office, ends_from_events, extract_measures
from .text import Doc, Ids, sentence_topics

__all__ = ["extract_dataset"]

# --- the dataset ----------------------------------------------------------------------


def extract_dataset(article: Article) -> Dataset:
    """A draft dataset for any article, English or Spanish: every record unreviewed.

    Actors and places come from the shipped gazetteer and from name rules; dates
    are resolved against `article.published` (left open without it, with an
    issue saying so); figures, topics, measures and claims from the lexicon.
    """
    doc = Doc(article)
    find_entities(doc)
    topics = sentence_topics(doc)
    sentences = [
        s.model_copy(update={"topics": topics[i], "reviewed": False})
        for i, s in enumerate(doc.sentences)
    ]
    timexes = find_timexes(
        doc.text,
        doc.published,
        article.language,
        [(s.start, s.end, s.paragraph) for s in doc.sentences],
        doc.folded,
        doc.words,
    )
    measures, ends, lasting = extract_measures(doc, timexes, topics)
    claims = extract_claims(doc, topics, measures)
    events, event_issues = extract_events(doc, timexes, topics, claims, measures)
    ends |= ends_from_events(doc, measures, lasting, events)
    at_office = deadlines_at_office(doc, measures, events)
    ends |= at_office
    measures = [
        m.model_copy(update={"end_date": at_office[m.measure_id][0]})
        if m.measure_id in at_office
        else m
        for m in measures
    ]
    events = restated(events + expiry_events(doc, measures, ends, topics, Ids()))
    figures, figure_issues = extract_figures(doc, timexes, topics)
    raw_issues = translation_issues(doc, timexes) + event_issues + figure_issues
    ids = Ids()
    issues = [
        Issue(
            issue_id=ids(i["base"]),
            kind=i["kind"],
            description=i["description"],
            topics=i["topics"],
            evidence=i["evidence"],
            reviewed=False,
        )
        for i in raw_issues
    ]
    actors, places = entity_records(doc)
    return Dataset(
        article=article,
        sentences=sentences,
        actors=actors,
        places=places,
        events=events,
        measures=measures,
        claims=claims,
        figures=figures,
        issues=issues,
    )
