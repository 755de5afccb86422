"""Automatic draft extraction: an article's tables, unreviewed, from rules and lexicons."""

from __future__ import annotations

import re

from ..schema import Article, Dataset, Issue
from ..timex import find_timexes
from .claims import extract_claims
from .entities import entity_records, find_entities
from .events import expiry_events, extract_events, in_dateline, restated
from .figures import extract_figures
from .issues import translation_issues
from .measures import deadlines_at_office, ends_from_events, extract_measures
from .text import Doc, Ids, sentence_topics

__all__ = ["extract_dataset", "page_furniture"]

# A paragraph that is the web page's, not the story's: a link to another story,
# a byline with its time stamp, a caption, a call to subscribe or share, tags.
_FURNITURE = re.compile(
    r"(?:(?:lee|lea|leer|mira|ver|read|see)\s+(?:tambien|también|also|more|mas|más)|"
    r"te puede interesar|tambien te puede interesar|también te puede interesar|"
    r"related|relacionad[oa]s?|mas informacion|más información|more on this|"
    r"etiquetas|tags|temas)\s*[:|]"
    r"|(?:suscr[ií]bete|subscribe|s[ií]guenos|follow us|comparte|share this)\b"
    r"|\(?(?:foto|fotos|photo|imagen|image|video|cr[eé]dito|credit)\s*:"
    r"|[^.!?]{0,80}\|\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|[^.!?]{0,80}\b(?:actualizado|updated|publicado|published|última actualización)\b"
    r"[^.!?]{0,40}\d{1,2}:\d{2}"
    # "(Reporting by … ; Editing by …)", "Con información de EFE", "… contributed
    # to this report"
    r"|\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|reportaje|"
    r"redacci[oó]n|con informaci[oó]n|con reporte|reporte)\s+(?:by|de|por)\b"
    r"|[^.!?]{0,80}\bcontributed to this report"
    # "Autor: The Citizen", "Hace 3 semanas", "2 hours ago": a credit or an age
    r"|(?:autor|autora|author|fuente|source)\s*:"
    r"|(?:hace\s+)?(?:un|una|\d+)\s+(?:semanas?|d[ií]as?|horas?|minutos?|meses|weeks?|"
    r"days?|hours?|minutes?|months?)(?:\s+ago)?\s*$",
    re.IGNORECASE,
)
# "By Marco Aquino and Natalia Ramos", "Por Ana Pérez": a byline of names alone
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+(?:de|del|la|van|von)?\s*[A-ZÁÉÍÓÚÑ][\w'’.-]+){0,3}"
_BYLINE = re.compile(rf"(?:By|BY|Por|POR)\s+{_NAME}(?:\s*(?:,|and|y|&)\s+{_NAME})*\s*$")
# "Read more:", "Lee también:" alone: the next paragraph is the linked headline
_LINK_HEADER = re.compile(
    r"(?:(?:lee|lea|leer|mira|read|see)\s+(?:tambien|también|also|more|mas|más)|"
    r"related|relacionad[oa]s?|te puede interesar)\s*:?\s*$",
    re.IGNORECASE,
)

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
    # "LIMA, Jan 7 (Reuters) -": the dateline dates the story, no act in it
    timexes = [t for t in timexes if not in_dateline(doc, t)]
    measures, ends, lasting = extract_measures(doc, timexes, topics)
    claims = extract_claims(doc, topics, measures)
    events, event_issues = extract_events(doc, timexes, topics, claims, measures)
    ends |= ends_from_events(doc, measures, lasting, events)
    at_office = deadlines_at_office(doc, measures, events)
    for mid, end in at_office.items():
        if end is None:
            ends.pop(mid, None)  # no day the article gives
        else:
            ends[mid] = end
    measures = [
        m.model_copy(
            update={"end_date": end[0] if (end := at_office[m.measure_id]) else None}
        )
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
    furniture = page_furniture(article)
    if furniture:
        # "LEE TAMBIÉN: …", "Redacción | 02/12/2025 08:15 h", "(Foto: …)": the
        # page's links, bylines and captions report nothing of the story, and
        # name no one in it
        events, measures, claims, figures, actors, places = (
            [r for r in records if not _inside(r, furniture)]
            for records in (events, measures, claims, figures, actors, places)
        )
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


_PHOTO_CREDIT = re.compile(
    r"(?:(?:File\s+)?Photos?|Fotos?|Photograph|Imagen|Image)\s*(?:by|de|:)\s*"
    r"[^.\n]{2,80}$",
    re.IGNORECASE,
)


def page_furniture(article: Article) -> list[tuple[int, int]]:
    """The spans of the article's paragraphs that belong to the web page, not the
    story: short lines opening on a link, a byline stamp, a caption or a call to
    subscribe."""
    out = []
    linked = False
    for p in article.paragraphs:
        text = article.text[p.start : p.end].strip(" *_#>-")
        # after "Read more:" or "Relacionados", the linked headlines and their
        # sources and ages, up to the next sentence of the story
        linked = linked and len(text) <= 160 and text[-1:] not in '.!?»”"'
        if (
            linked
            or (
                len(text) <= 160 and (_FURNITURE.match(text) or _BYLINE.fullmatch(text))
            )
            # "Peruvian police officers monitor the Chacalluta border crossing…
            # File Photo by Pablo Rojas Madariaga/EPA": a caption and its credit
            or len(text) <= 500
            and _PHOTO_CREDIT.search(text)
        ):
            out.append((p.start, p.end))
        linked = linked or bool(_LINK_HEADER.fullmatch(text))
    return out


def _inside(record, spans: list[tuple[int, int]]) -> bool:
    return all(
        any(lo <= ev.start and ev.end <= hi for lo, hi in spans)
        for ev in record.evidence
    )
