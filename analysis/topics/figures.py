"""Figure choices: each builder decides whether its chart says something about this
article, and returns the chart with caption, source line and the rows it draws, or
one line saying what is missing, or None when the chart does not belong at all."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import charts


@dataclass(frozen=True)
class Shown:
    chart: object
    caption: str
    source: str
    rows: tuple = field(default_factory=tuple)
    """Context rows the chart draws: the sources list names exactly these."""
    uses_places: bool = False
    """True for the map, whose coordinates the sources list names."""


@dataclass(frozen=True)
class Missing:
    text: str
    """One line in place of a chart with nothing to draw."""


def _article_source(brief, *records) -> str:
    _ = brief._
    refs = brief.refs(*records)
    if not refs:
        return _("Source: {article}").format(article=_("the article"))
    return _("Source: {article}, {refs}").format(article=_("the article"), refs=refs)


def _context_source(brief, rows) -> str:
    cited = sorted({f"{brief.publisher(r.publisher)} ({r.published})" for r in rows})
    return brief._("Sources: {sources}").format(sources="; ".join(cited))


def key_facts(brief):
    d = brief.dataset
    if not (d.actors or d.events or d.places):
        return Missing(
            brief._(
                "No key-facts chart: the article names no one, no place and no dated event."
            )
        )
    return Shown(
        charts.chart_key_facts(d, brief.lang),
        brief._("Key facts of the article"),
        _article_source(brief, *d.actors, *d.events, *d.places),
    )


def timeline(brief):
    """Every dated event the brief's topic covers."""
    _ = brief._
    events = [
        e for e in brief.dataset.events if e.date_from and brief.rules.covers(e.topics)
    ]
    if not events:
        return Missing(brief.no_dated_event_line())
    chart = charts.chart_timeline(brief.dataset, brief.as_of, brief.lang, events=events)
    caption = (
        _("Every dated event in the article, occurred or still to come")
        if brief.topic == "overview"
        else _("Dated events on this topic, occurred or still to come")
    )
    return Shown(chart, caption, _article_source(brief, *events))


def topic_share(brief):
    _ = brief._
    d = brief.dataset
    if not any(s.topics for s in d.sentences):
        return Missing(
            _("No topic chart: no sentence of the article is tagged with a topic.")
        )
    source = (
        _("Source: {article}, all paragraphs; topic tags by the analyst")
        if d.is_reviewed
        else _("Source: {article}, all paragraphs; topic tags extracted automatically")
    ).format(article=_("the article"))
    return Shown(
        charts.chart_topic_share(d, brief.lang),
        _("Topics along the article's paragraphs"),
        source,
    )


def actor_topic(brief):
    _ = brief._
    chart = charts.chart_actor_topic(brief.dataset, brief.lang)
    if chart is None:
        return Missing(
            _("No actor chart: no actor is named in a sentence tagged with a topic.")
        )
    return Shown(
        chart,
        _("Who is named under which topic"),
        _article_source(brief, *brief.dataset.actors),
    )


def measures(brief):
    _ = brief._
    topics = brief.measure_topics
    chosen = [m for m in brief.dataset.measures if m.topic in topics]
    if not chosen:
        return Missing(brief.no_measure_line())
    return Shown(
        charts.chart_measures(brief.dataset, brief.lang, topics),
        _("Measures by status and country"),
        _article_source(brief, *chosen),
    )


def claims(brief):
    _ = brief._
    chosen = [c for c in brief.dataset.claims if brief.rules.covers(c.topics)]
    if not chosen:
        return Missing(brief.no_claim_line())
    return Shown(
        charts.chart_claims(brief.dataset, brief.lang, brief.rules.topic),
        _("Attributed claims on this topic and who makes them"),
        _article_source(brief, *chosen),
    )


def positions(brief):
    _ = brief._
    topic = brief.rules.topic
    chart = charts.chart_positions(brief.dataset, brief.lang, topic)
    if chart is None:
        return Missing(
            _(
                "No positions chart: no actor takes a position on this topic in the article."
            )
        )
    records = [m for m in brief.dataset.measures if m.topic == topic] + [
        c for c in brief.dataset.claims if topic in c.topics
    ]
    return Shown(chart, _("Positions on this topic"), _article_source(brief, *records))


def constraints(brief):
    """Only when a claim names a constraint against a measure: otherwise nothing to say."""
    _ = brief._
    d = brief.dataset
    if not any(c.constraints and c.measures for c in d.claims):
        return None
    chart = charts.chart_constraints(d, brief.lang)
    if chart is None:
        return None
    proposed = [m for m in d.measures if m.status in ("proposed", "scenario")]
    said = [c for c in d.claims if c.constraints]
    return Shown(
        chart,
        _("Proposed measures against the constraints the article names"),
        _article_source(brief, *proposed, *said),
    )


def mechanisms(brief):
    _ = brief._
    bilateral = [m for m in brief.dataset.measures if m.is_bilateral]
    if not bilateral:
        return Missing(
            _(
                "No mechanisms chart: the article reports no measure shared by Peru and Chile."
            )
        )
    return Shown(
        charts.chart_mechanisms(brief.dataset, brief.lang),
        _("The bilateral mechanisms"),
        _article_source(brief, *bilateral),
    )


def homicide(brief):
    """Published homicide rates: when the article states a rate, or its security
    measures or claims make crime the subject."""
    _ = brief._
    d, ctx = brief.dataset, brief.context
    rates = [f for f in d.figures if f.metric == "homicide_rate"]
    linked = (
        rates
        or any(m.topic == "security" for m in d.measures)
        or any("security" in c.topics for c in d.claims)
    )
    if not linked:
        return None
    chart, rows = charts.chart_homicide(d, ctx, brief.lang)
    if chart is None:
        return None
    if rates:
        return Shown(
            chart,
            _("The article's homicide figure in the context of published rates"),
            _context_source(brief, rows) + "; " + _article_source(brief, *rates),
            tuple(rows),
        )
    return Shown(
        chart,
        _(
            "Published homicide rates in Chile and Peru, for context; the article gives none"
        ),
        _context_source(brief, rows),
        tuple(rows),
    )


def migrants(brief):
    """Venezuelan migrants in both countries: linked by the article's migration records."""
    _ = brief._
    d = brief.dataset
    linked = any(m.topic == "migration" for m in d.measures) or any(
        "migration" in c.topics for c in d.claims
    )
    if not linked:
        return None
    chart, rows = charts.chart_migrants(brief.context, brief.lang)
    if chart is None:
        return None
    return Shown(
        chart,
        _(
            "Venezuelans in Peru and Chile: the latest estimates published by this brief's date"
        ),
        _context_source(brief, rows),
        tuple(rows),
    )


def expulsions(brief):
    """Chile's expulsions: linked by an expulsion measure in the article."""
    _ = brief._
    if not any(m.kind == "expulsion" for m in brief.dataset.measures):
        return None
    chart, rows = charts.chart_expulsions(brief.context, brief.lang)
    if chart is None:
        return None
    return Shown(
        chart,
        _("Expulsions carried out against the scale of a mass expulsion"),
        _context_source(brief, rows),
        tuple(rows),
    )


def border_map(brief):
    """The locator map: when the article names a place the map can show."""
    _ = brief._
    chart, rows = charts.chart_map(brief.dataset, brief.context, brief.lang)
    if chart is None:
        return None
    places = ", ".join(sorted({_(p.source) for p in brief.context.places}))
    source = _(
        "Sources: coordinates from {places}; boundaries from Natural Earth; "
        "place names from {article}"
    ).format(places=places, article=_("the article"))
    for r in rows:
        source += "; " + _("distance by road: {publisher} ({published})").format(
            publisher=brief.publisher(r.publisher), published=r.published
        )
    return Shown(
        chart, _("Where the places the article names lie"), source, tuple(rows), True
    )
