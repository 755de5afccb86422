"""Altair chart builders: each returns a chart and draws nothing as a side effect."""

from __future__ import annotations

import datetime as dt
import json
import math
import textwrap
from functools import lru_cache

import altair as alt
import pandas as pd

from .context import Context, country_name
from .derive import TOPICS, actor_topic_matrix, paragraphs_of, topic_shares
from .i18n import N_, fmt_date, fmt_number, fmt_range, language_note, translator
from .paths import WORLD_ATLAS
from .schema import Dataset

CHILE = "#1f4e9c"
PERU = "#c8102e"
OTHER = "#7a7a7a"
COUNTRY_COLOURS = {"CHL": CHILE, "PER": PERU, "other": OTHER}
STATUS_ORDER = ["scenario", "proposed", "announced", "agreed", "implemented"]
EVENT_STATUS_ORDER = ["occurred", "announced", "planned", "proposed", "scenario"]
FONT = "DejaVu Sans"
WIDTH = 560


def bilateral_label(lang: str) -> str:
    _ = translator(lang)
    return _("Bilateral or other")


VEGA_LOCALES = {
    "es": {
        "number": {
            "decimal": ",",
            "thousands": ".",
            "grouping": [3],
            "currency": ["", "\u00a0€"],
        },
        "time": {
            "dateTime": "%A, %e de %B de %Y, %X",
            "date": "%d/%m/%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": [
                "domingo",
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
            ],
            "shortDays": ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
            "months": [
                "enero",
                "febrero",
                "marzo",
                "abril",
                "mayo",
                "junio",
                "julio",
                "agosto",
                "septiembre",
                "octubre",
                "noviembre",
                "diciembre",
            ],
            "shortMonths": [
                "ene",
                "feb",
                "mar",
                "abr",
                "may",
                "jun",
                "jul",
                "ago",
                "sept",
                "oct",
                "nov",
                "dic",
            ],
        },
    },
}
"""d3 number and time formats for axis labels, by brief language."""


def style_in(lang: str, chart, title: str, subtitle: str, width: int = WIDTH):
    """`style`, plus the language's number and date formats for axes."""
    return style(chart, title, subtitle, width, locale=VEGA_LOCALES.get(lang))


def quote_title(dataset: Dataset, lang: str) -> str:
    """Tooltip title for the article's words, naming their language if not the brief's."""
    _ = translator(lang)
    return _("Article's words") + language_note(dataset.article.language, lang)


def display_name(record, lang: str) -> str:
    """A record's name in the brief's language, capitalised for a label."""
    return label_name(record.name, lang)


def label_name(name: str, lang: str) -> str:
    """A name translated and capitalised: catalogue entries may start "el Gobierno"."""
    text = translator(lang)(name)
    return text[:1].upper() + text[1:]


def _country_scale(lang: str) -> alt.Scale:
    names = [
        country_name("CHL", lang),
        country_name("PER", lang),
        bilateral_label(lang),
    ]
    return alt.Scale(domain=names, range=[CHILE, PERU, OTHER])


def _country_label(code: str | None, lang: str, bilateral: bool = False) -> str:
    if bilateral or code not in ("CHL", "PER"):
        return bilateral_label(lang)
    return country_name(code, lang)


def style(
    chart: alt.TopLevelMixin,
    title: str,
    subtitle: str,
    width: int = WIDTH,
    locale: dict | None = None,
) -> alt.TopLevelMixin:
    """The house look: finding as title, measure as subtitle, readable type."""
    return (
        chart.properties(
            title=alt.TitleParams(
                text=textwrap.wrap(title, max(36, width // 9)),
                subtitle=textwrap.wrap(subtitle, max(50, width // 6.6)),
                anchor="start",
                fontSize=15,
                subtitleFontSize=12,
                subtitleColor="#444",
                offset=12,
            )
        )
        .configure(
            font=FONT, background="white", **({"locale": locale} if locale else {})
        )
        .configure_axis(
            labelFontSize=11,
            titleFontSize=12,
            labelColor="#222",
            titleColor="#222",
            gridColor="#e6e6e6",
        )
        .configure_legend(
            labelFontSize=11,
            titleFontSize=12,
            orient="bottom",
            direction="horizontal",
            titleLimit=400,
            labelLimit=300,
        )
        .configure_axisY(labelLimit=340)
        .configure_view(stroke=None)
    )


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def empty_chart(message: str, lang: str) -> alt.Chart:
    """A chart that says plainly that the article has nothing to draw here."""
    frame = pd.DataFrame([{"message": message}])
    chart = (
        alt.Chart(frame)
        .mark_text(fontSize=13, color="#555", align="left")
        .encode(x=alt.value(0), y=alt.value(20), text="message:N")
        .properties(width=WIDTH, height=40)
    )
    return style_in(lang, chart, message, translator(lang)("No records to draw"))


def _quote_for_tooltip(text: str, width: int = 80) -> str:
    return "\n".join(textwrap.wrap(text, width))


# --- Overview ---------------------------------------------------------------


def chart_key_facts(dataset: Dataset, lang: str = "en") -> alt.Chart:
    """Who, what, when, where: one line each, from the article's records."""
    _ = translator(lang)
    people = [a for a in dataset.actors if a.kind == "person"]
    planned = sorted(
        (e for e in dataset.events if e.date_from), key=lambda e: e.date_from
    )
    headline = next(
        (
            e
            for e in planned
            if e.status in ("planned", "announced") and e.precision in ("day", "month")
        ),
        planned[0] if planned else None,
    )
    cities = [p for p in dataset.places if p.kind in ("capital", "city", "building")]
    rows = [
        (
            _("Who"),
            ", ".join(display_name(a, lang) for a in people[:4]),
            " … ".join(a.evidence[0].quote for a in people[:4]),
        ),
        (
            _("What"),
            _(headline.label) if headline else "—",
            headline.evidence[0].quote if headline else "",
        ),
        (
            _("When"),
            fmt_range(headline.date_from, headline.date_to, headline.precision, lang)
            if headline
            else "—",
            headline.evidence[0].quote if headline else "",
        ),
        (
            _("Where"),
            ", ".join(display_name(p, lang) for p in cities[:5]),
            " … ".join(p.evidence[0].quote for p in cities[:5]),
        ),
    ]
    frame = pd.DataFrame(
        [
            {
                "order": i,
                "key": k,
                "value": _wrap(v, 70),
                "quote": _quote_for_tooltip(q),
            }
            for i, (k, v, q) in enumerate(rows)
        ]
    )
    base = alt.Chart(frame).encode(
        y=alt.Y("order:O", axis=None),
        tooltip=[
            alt.Tooltip("key:N", title=_("Fact")),
            alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
        ],
    )
    keys = base.mark_text(align="left", fontWeight="bold", fontSize=13, dx=0).encode(
        x=alt.value(0), text="key:N"
    )
    values = base.mark_text(align="left", fontSize=13, lineHeight=16).encode(
        x=alt.value(70), text="value:N"
    )
    chart = alt.layer(keys, values).properties(width=WIDTH, height=4 * 38)
    return style_in(
        lang,
        chart,
        _("Who, what, when and where"),
        _("Key facts as the article reports them"),
    )


def chart_topic_share(dataset: Dataset, lang: str = "en") -> alt.Chart:
    """Share of each topic in each paragraph, one stacked segment per sentence."""
    _ = translator(lang)
    frame = topic_shares(dataset)
    labels = {t: _(TOPIC_LABELS[t]) for t in [*TOPICS, "none"]}
    frame["topic_label"] = frame["topic"].map(labels)
    frame["rank"] = frame["topic"].map({t: i for i, t in enumerate((*TOPICS, "none"))})
    frame["quote"] = frame["quote"].map(_quote_for_tooltip)
    counts = frame[frame.topic != "none"].groupby("topic")["weight"].sum()
    top = counts.idxmax() if len(counts) else "none"
    chart = (
        alt.Chart(frame)
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X(
                "paragraph:O",
                title=_("Paragraph of the article"),
                axis=alt.Axis(labelAngle=0),
            ),
            y=alt.Y(
                "sum(weight):Q",
                stack="normalize",
                title=_("Share of sentences"),
                axis=alt.Axis(format="%"),
            ),
            color=alt.Color(
                "topic_label:N",
                title=_("Topic"),
                scale=alt.Scale(
                    domain=[labels[t] for t in (*TOPICS, "none")],
                    range=["#4d4d4d", "#e69f00", "#009e73", "#d9d9d9"],
                ),
            ),
            order=alt.Order("rank:Q"),
            tooltip=[
                alt.Tooltip("paragraph:O", title=_("Paragraph")),
                alt.Tooltip("topic_label:N", title=_("Topic")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
        .properties(width=WIDTH, height=220)
    )
    return style_in(
        lang,
        chart,
        _("{topic} runs through the most sentences of the article").format(
            topic=labels[top]
        ),
        _(
            "Share of each paragraph's sentences by topic; a sentence with two topics "
            "counts half to each"
        ),
    )


def chart_actor_topic(dataset: Dataset, lang: str = "en") -> alt.Chart:
    """How often each actor is named in sentences of each topic."""
    _ = translator(lang)
    frame = actor_topic_matrix(dataset)
    if frame.empty:
        return empty_chart(_("No actor is named in a tagged sentence"), lang)
    frame["actor"] = frame["actor"].map(lambda name: label_name(name, lang))
    frame["topic_label"] = frame["topic"].map(lambda t: _(TOPIC_LABELS[t]))
    frame["quote"] = frame["quote"].map(_quote_for_tooltip)
    totals = frame.groupby("actor")["mentions"].sum().sort_values(ascending=False)
    top = totals.index[0] if len(totals) else "—"
    base = alt.Chart(frame).encode(
        x=alt.X(
            "topic_label:N",
            title=None,
            sort=[_(TOPIC_LABELS[t]) for t in TOPICS],
            axis=alt.Axis(labelAngle=0, orient="top"),
        ),
        y=alt.Y("actor:N", title=None, sort=list(totals.index)),
        tooltip=[
            alt.Tooltip("actor:N", title=_("Actor")),
            alt.Tooltip("topic_label:N", title=_("Topic")),
            alt.Tooltip("mentions:Q", title=_("Sentences")),
            alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
        ],
    )
    rects = base.mark_rect(stroke="white").encode(
        color=alt.Color(
            "mentions:Q",
            title=_("Sentences"),
            scale=alt.Scale(scheme="greys", domainMin=0),
        )
    )
    text = base.mark_text(fontSize=12).encode(
        text="mentions:Q",
        color=alt.condition(
            "datum.mentions >= 3", alt.value("white"), alt.value("black")
        ),
    )
    chart = alt.layer(rects, text).properties(width=360, height=alt.Step(26))
    return style_in(
        lang,
        chart,
        _("{actor} is the actor named most often across the topics").format(actor=top),
        _("Number of sentences that name each actor, by the sentence's topic"),
    )


def _event_frame(
    dataset: Dataset, lang: str, events=None, as_of: dt.date | None = None
) -> pd.DataFrame:
    _ = translator(lang)
    rows = []
    for e in events if events is not None else dataset.events:
        if e.date_from is None:
            continue
        if e.status == "occurred":
            status = "occurred"
        elif as_of is not None and e.date_to < as_of:
            # Planned in the article, but its dates lie before the brief's date: the
            # article cannot say whether it happened.
            status = "planned, date now past"
        else:
            status = "to come"
        rows.append(
            {
                "event": _(e.label),
                "event_lines": "\n".join(textwrap.wrap(_(e.label), 42)),
                "date_from": e.date_from.isoformat(),
                "date_to": (e.date_to + dt.timedelta(days=1)).isoformat(),
                "when": fmt_range(e.date_from, e.date_to, e.precision, lang),
                "precision": _(e.precision),
                "status": _(status),
                "status_detail": _(e.status),
                "quote": _quote_for_tooltip(e.evidence[0].quote),
                "paragraphs": ", ".join(map(str, paragraphs_of(dataset, e))),
            }
        )
    return pd.DataFrame(rows).sort_values("date_from")


def chart_timeline(
    dataset: Dataset,
    as_of: dt.date,
    lang: str = "en",
    events=None,
    title: str | None = None,
) -> alt.Chart:
    """Every dated event as a bar over the dates the article allows."""
    _ = translator(lang)
    frame = _event_frame(dataset, lang, events, as_of)
    if frame.empty:
        return empty_chart(_("The article dates no event"), lang)
    order_lines = list(frame["event_lines"])
    domain = [_("occurred"), _("planned, date now past"), _("to come")]
    bars = (
        alt.Chart(frame)
        .mark_bar(height=12, cornerRadius=2, opacity=0.85)
        .encode(
            x=alt.X(
                "date_from:T", title=None, axis=alt.Axis(format="%b %Y", tickCount=6)
            ),
            x2="date_to:T",
            y=alt.Y(
                "event_lines:N",
                sort=order_lines,
                title=None,
                # Long labels break over two or three lines instead of being cut.
                axis=alt.Axis(
                    labelExpr="split(datum.label, '\\n')",
                    labelLimit=300,
                    labelLineHeight=12,
                ),
            ),
            color=alt.Color(
                "status:N",
                title=_("Status"),
                scale=alt.Scale(domain=domain, range=["#333333", "#b9b9b9", "#e69f00"]),
            ),
            tooltip=[
                alt.Tooltip("event:N", title=_("Event")),
                alt.Tooltip("when:N", title=_("When")),
                alt.Tooltip("precision:N", title=_("Date precision")),
                alt.Tooltip("status_detail:N", title=_("Status")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
    )
    today = pd.DataFrame(
        [
            {
                "date": as_of.isoformat(),
                "label": _("Brief date: {date}").format(date=fmt_date(as_of, lang)),
            }
        ]
    )
    rule = (
        alt.Chart(today)
        .mark_rule(strokeDash=[4, 3], color="#444")
        .encode(x="date:T", tooltip=alt.Tooltip("label:N", title=_("Brief date")))
    )
    rule_text = (
        alt.Chart(today)
        .mark_text(align="left", dx=4, dy=-6, fontSize=11, color="#444")
        .encode(x="date:T", y=alt.value(0), text="label:N")
    )
    chart = alt.layer(bars, rule, rule_text).properties(
        width=WIDTH - 240,
        height=alt.Step(max(24, 13 * frame["event_lines"].str.count("\n").max() + 21)),
    )
    to_come = (frame["status"] == _("to come")).sum()
    return style_in(
        lang,
        chart,
        title
        or _("{n} of the article's {total} dated events are still to come").format(
            n=to_come, total=len(frame)
        ),
        _(
            "Dates each event can fall on, as the article words them; shorter bars are "
            "more precise"
        ),
    )


# --- Measures, claims, positions --------------------------------------------


def _measure_frame(dataset: Dataset, lang: str, topics) -> pd.DataFrame:
    _ = translator(lang)
    names = {a.actor_id: display_name(a, lang) for a in dataset.actors}
    rows = []
    for m in dataset.measures:
        if m.topic not in topics:
            continue
        country = _country_label(
            m.countries[0], lang, m.is_bilateral or len(m.countries) > 1
        )
        rows.append(
            {
                "measure": _(m.label),
                "status": _(m.status),
                "status_rank": STATUS_ORDER.index(m.status),
                "country": country,
                "actors": ", ".join(names[a] for a in m.actors),
                "quote": _quote_for_tooltip(m.evidence[0].quote),
            }
        )
    return pd.DataFrame(rows)


def chart_measures(
    dataset: Dataset, lang: str = "en", topics=("security", "border_cooperation")
) -> alt.Chart:
    """Each measure placed by how far it has gone, coloured by whose it is."""
    _ = translator(lang)
    frame = _measure_frame(dataset, lang, topics)
    if frame.empty:
        return empty_chart(_("The article reports no measure on this topic"), lang)
    statuses = [_(s) for s in STATUS_ORDER]
    in_force = frame[frame["status"] == _("implemented")]
    chart = (
        alt.Chart(frame)
        .mark_point(filled=True, size=180, opacity=1)
        .encode(
            x=alt.X(
                "status:N",
                sort=statuses,
                scale=alt.Scale(domain=statuses),
                title=_("Status in the article"),
                axis=alt.Axis(labelAngle=0),
            ),
            y=alt.Y(
                "measure:N",
                title=None,
                sort=alt.EncodingSortField("status_rank", order="descending"),
                axis=alt.Axis(labelLimit=300),
            ),
            color=alt.Color(
                "country:N", title=_("Whose measure"), scale=_country_scale(lang)
            ),
            shape=alt.Shape("country:N", legend=None),
            tooltip=[
                alt.Tooltip("measure:N", title=_("Measure")),
                alt.Tooltip("status:N", title=_("Status")),
                alt.Tooltip("actors:N", title=_("Proposed or adopted by")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
        .properties(width=WIDTH - 260, height=alt.Step(28))
    )
    if len(in_force):
        leader = in_force["country"].value_counts()
        title = _("{country} has {n} of these measures in force").format(
            country=leader.index[0], n=int(leader.iloc[0])
        )
    else:
        title = _("None of these measures is in force yet")
    return style_in(
        lang, chart, title, _("Measures the article reports, by status and by country")
    )


def chart_claims(
    dataset: Dataset, lang: str = "en", topic: str | None = None
) -> alt.Chart:
    """Attributed claims: who says what, the speaker coloured by country."""
    _ = translator(lang)
    actors = {a.actor_id: a for a in dataset.actors}
    rows = []
    for c in dataset.claims:
        if topic and topic not in c.topics:
            continue
        speaker = actors[c.speaker]
        lines = _wrap(_(c.summary), 58)
        who = _wrap(display_name(speaker, lang), 24)
        rows.append(
            {
                "speaker": display_name(speaker, lang),
                "speaker_lines": who,
                "country": _country_label(speaker.country, lang),
                "summary": lines,
                "lines": max(len(lines), len(who)),
                "quote": _quote_for_tooltip(c.evidence[0].quote),
            }
        )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return empty_chart(_("The article attributes no claim on this topic"), lang)
    frame["y"] = frame["lines"].cumsum() - frame["lines"] + frame.index
    height = int((frame["lines"].sum() + len(frame)) * 16) if len(frame) else 40
    base = alt.Chart(frame).encode(
        y=alt.Y(
            "y:Q",
            axis=None,
            scale=alt.Scale(
                domain=[-0.5, float(frame["lines"].sum() + len(frame))]
                if len(frame)
                else [0, 1],
                reverse=True,
                nice=False,
            ),
        ),
        tooltip=[
            alt.Tooltip("speaker:N", title=_("Speaker")),
            alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
        ],
    )
    who = base.mark_text(
        align="left", baseline="top", fontWeight="bold", fontSize=12, lineHeight=16
    ).encode(
        x=alt.value(0),
        text="speaker_lines:N",
        color=alt.Color(
            "country:N", scale=_country_scale(lang), title=_("Speaker from")
        ),
    )
    what = base.mark_text(
        align="left", baseline="top", fontSize=12, lineHeight=16
    ).encode(x=alt.value(190), text="summary:N")
    chart = alt.layer(who, what).properties(width=WIDTH, height=height)
    speakers = frame["speaker"].value_counts() if len(frame) else pd.Series(dtype=int)
    if len(speakers) and speakers.iloc[0] > 1:
        title = _("{n} attributed claims; {speaker} makes {k} of them").format(
            n=len(frame), speaker=speakers.index[0], k=int(speakers.iloc[0])
        )
    elif len(speakers):
        title = _("{n} attributed claims, each from a different speaker").format(
            n=len(frame)
        )
    else:
        title = _("The article attributes no claim on this topic")
    return style_in(
        lang,
        chart,
        title,
        _(
            "Claims as the article attributes them, paraphrased; "
            "hover for the article's words"
        ),
    )


def chart_positions(
    dataset: Dataset, lang: str = "en", topic: str = "migration"
) -> alt.Chart:
    """Each government's and actor's stance: the measures they back, and how far."""
    _ = translator(lang)
    rows = []
    for m in dataset.measures:
        if m.topic != topic:
            continue
        for actor_id in m.actors:
            actor = dataset.actor(actor_id)
            rows.append(
                {
                    "actor": display_name(actor, lang),
                    "stance": _(m.label),
                    "kind": _(MEASURE_KINDS[m.status]),
                    "country": _country_label(actor.country, lang),
                    "quote": _quote_for_tooltip(m.evidence[0].quote),
                }
            )
    for c in dataset.claims:
        if topic in c.topics and not c.measures:
            actor = dataset.actor(c.speaker)
            rows.append(
                {
                    "actor": display_name(actor, lang),
                    "stance": _(c.summary),
                    "kind": _("stated position"),
                    "country": _country_label(actor.country, lang),
                    "quote": _quote_for_tooltip(c.evidence[0].quote),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return empty_chart(
            _("No actor takes a position on this topic in the article"), lang
        )
    frame["stance_lines"] = frame["stance"].map(lambda s: _wrap(s, 48))
    frame["row"] = range(len(frame))
    base = alt.Chart(frame).encode(
        y=alt.Y("row:O", axis=None),
        tooltip=[
            alt.Tooltip("actor:N", title=_("Actor")),
            alt.Tooltip("kind:N", title=_("Kind")),
            alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
        ],
    )
    who = base.mark_text(align="left", fontWeight="bold", fontSize=12).encode(
        x=alt.value(0),
        text="actor:N",
        color=alt.Color("country:N", scale=_country_scale(lang), title=_("Actor from")),
    )
    kind = base.mark_text(align="left", fontSize=11, color="#555").encode(
        x=alt.value(170), text="kind:N"
    )
    what = base.mark_text(align="left", fontSize=12, lineHeight=15).encode(
        x=alt.value(300), text="stance_lines:N"
    )
    chart = alt.layer(who, kind, what).properties(width=WIDTH, height=alt.Step(38))
    n_actors = frame["actor"].nunique()
    return style_in(
        lang,
        chart,
        _("{n} actors take a position on migration in the article").format(n=n_actors),
        _("Measures each actor proposes or adopts, and positions they state"),
    )


def chart_constraints(dataset: Dataset, lang: str = "en") -> alt.Chart:
    """Proposed measures against the constraints that claims name for them."""
    _ = translator(lang)
    constraints = ["legal", "humanitarian", "budgetary"]
    proposed = [
        m
        for m in dataset.measures
        if m.topic == "migration" and m.status in ("proposed", "scenario")
    ]
    rows = []
    for m in proposed:
        for k in constraints:
            claims = [
                c
                for c in dataset.claims
                if m.measure_id in c.measures and k in c.constraints
            ]
            speaker = (
                display_name(dataset.actor(claims[0].speaker), lang) if claims else ""
            )
            rows.append(
                {
                    "measure": _(m.label),
                    "constraint": _(k),
                    "named": _("named") if claims else _("not named"),
                    "speaker": speaker,
                    "quote": _quote_for_tooltip(
                        claims[0].evidence[0].quote if claims else m.evidence[0].quote
                    ),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return empty_chart(_("The article reports no proposed migration measure"), lang)
    chart = (
        alt.Chart(frame)
        .mark_rect(stroke="white", strokeWidth=2)
        .encode(
            x=alt.X(
                "constraint:N",
                title=_("Constraint named"),
                sort=[_(k) for k in constraints],
                axis=alt.Axis(labelAngle=0, orient="top"),
            ),
            y=alt.Y("measure:N", title=None, axis=alt.Axis(labelLimit=300)),
            color=alt.Color(
                "named:N",
                title=None,
                scale=alt.Scale(
                    domain=[_("named"), _("not named")], range=[CHILE, "#eeeeee"]
                ),
            ),
            tooltip=[
                alt.Tooltip("measure:N", title=_("Measure")),
                alt.Tooltip("constraint:N", title=_("Constraint")),
                alt.Tooltip("speaker:N", title=_("Named by")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
        .properties(width=300, height=alt.Step(34))
    )
    hit = frame[frame["named"] == _("named")]
    n = hit["measure"].nunique()
    speaker = hit["speaker"].iloc[0] if len(hit) else ""
    title = (
        _(
            "{speaker} names constraints against {n} of {total} proposed measures"
        ).format(speaker=speaker, n=n, total=len(proposed))
        if len(hit)
        else _("No constraint is named against the proposed measures")
    )
    return style_in(
        lang,
        chart,
        title,
        _(
            "Legal, humanitarian and budgetary constraints the article names for "
            "each proposed migration measure"
        ),
    )


def chart_mechanisms(dataset: Dataset, lang: str = "en") -> alt.Chart:
    """The bilateral mechanisms and how far each has gone."""
    _ = translator(lang)
    rows = []
    for m in dataset.measures:
        if not m.is_bilateral:
            continue
        for stage in STATUS_ORDER[1:]:
            reached = STATUS_ORDER.index(stage) <= STATUS_ORDER.index(m.status)
            rows.append(
                {
                    "mechanism": _(m.label),
                    "stage": _(stage),
                    "reached": _("reached") if reached else _("not yet"),
                    "status": _(m.status),
                    "quote": _quote_for_tooltip(m.evidence[0].quote),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return empty_chart(_("The article reports no bilateral mechanism"), lang)
    stages = [_(s) for s in STATUS_ORDER[1:]]
    chart = (
        alt.Chart(frame)
        .mark_square(size=260)
        .encode(
            x=alt.X(
                "stage:N", sort=stages, title=_("Stage"), axis=alt.Axis(labelAngle=0)
            ),
            y=alt.Y("mechanism:N", title=None, axis=alt.Axis(labelLimit=300)),
            color=alt.Color(
                "reached:N",
                title=None,
                scale=alt.Scale(
                    domain=[_("reached"), _("not yet")], range=[OTHER, "#eeeeee"]
                ),
            ),
            tooltip=[
                alt.Tooltip("mechanism:N", title=_("Mechanism")),
                alt.Tooltip("status:N", title=_("Status")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
        .properties(width=300, height=alt.Step(34))
    )
    agreed = frame[(frame["stage"] == _("agreed")) & (frame["reached"] == _("reached"))]
    total = frame["mechanism"].nunique()
    return style_in(
        lang,
        chart,
        _(
            "{n} of {total} bilateral mechanisms are agreed; none is reported in force"
        ).format(n=agreed["mechanism"].nunique(), total=total)
        if not (
            frame["stage"].eq(_("implemented")) & frame["reached"].eq(_("reached"))
        ).any()
        else _("{n} of {total} bilateral mechanisms are agreed").format(
            n=agreed["mechanism"].nunique(), total=total
        ),
        _(
            "How far each mechanism shared by Peru and Chile has gone, as the article "
            "reports"
        ),
    )


# --- Context ----------------------------------------------------------------


def chart_homicide(dataset: Dataset, context: Context, lang: str = "en") -> alt.Chart:
    """Published homicide rates over time, with the article's figure where it belongs."""
    _ = translator(lang)
    series = [
        f
        for f in context.series("homicide_rate")
        if f.country in ("CHL", "PER") and f.ref_year
    ]
    frame = pd.DataFrame(
        [
            {
                "year": f.ref_year,
                "rate": f.value,
                "country": country_name(f.country, lang),
                "source": f"{f.publisher}, {f.published}",
                "label": fmt_number(f.value, lang, 1),
            }
            for f in series
        ]
    )
    figures = [f for f in dataset.figures if f.metric == "homicide_rate"]
    marks = []
    for f in figures:
        match = [
            r
            for r in series
            if r.country == f.country and abs(r.value - f.value) < 0.05
        ]
        if match:
            marks.append(
                {
                    "year": min(m.ref_year for m in match),
                    "rate": f.value,
                    "label": _("Article: {value}").format(
                        value=fmt_number(f.value, lang, 1)
                    ),
                    "quote": _quote_for_tooltip(f.evidence[0].quote),
                }
            )
    colour = alt.Color("country:N", title=None, scale=_country_scale(lang))
    base = alt.Chart(frame).encode(
        x=alt.X(
            "year:O", title=_("Year the rate describes"), axis=alt.Axis(labelAngle=0)
        ),
        y=alt.Y(
            "rate:Q",
            title=_("Homicides per 100,000 inhabitants"),
            scale=alt.Scale(domainMin=0),
        ),
        color=colour,
        tooltip=[
            alt.Tooltip("country:N", title=_("Country")),
            alt.Tooltip("year:O", title=_("Year")),
            alt.Tooltip("label:N", title=_("Rate")),
            alt.Tooltip("source:N", title=_("Source")),
        ],
    )
    layers = [
        base.mark_line(strokeWidth=2.5),
        base.mark_point(filled=True, size=60),
        base.mark_text(dy=-10, fontSize=11).encode(text="label:N"),
    ]
    if marks:
        article = alt.Chart(pd.DataFrame(marks)).encode(
            x="year:O",
            y="rate:Q",
            tooltip=[
                alt.Tooltip("label:N", title=_("Article")),
                alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
            ],
        )
        layers += [
            article.mark_point(
                shape="circle", size=420, stroke="black", strokeWidth=2, filled=False
            ),
            article.mark_text(
                dx=14, dy=18, align="left", fontSize=11, fontWeight="bold"
            ).encode(text="label:N"),
        ]
    chart = alt.layer(*layers).properties(width=WIDTH - 60, height=260)
    chile = sorted((f for f in series if f.country == "CHL"), key=lambda f: f.ref_year)
    if marks and chile:
        title = _(
            "The article's {value} is Chile's {year} rate; the latest published is "
            "{latest} ({latest_year})"
        ).format(
            value=fmt_number(figures[0].value, lang, 1),
            year=marks[0]["year"],
            latest=fmt_number(chile[-1].value, lang, 1),
            latest_year=chile[-1].ref_year,
        )
    else:
        title = _("Homicide rates published by this brief's date")
    return style_in(
        lang,
        chart,
        title,
        _(
            "Homicides per 100,000 inhabitants by the year they "
            "describe; only figures published by the brief's date"
        ),
    )


def chart_migrants(context: Context, lang: str = "en") -> alt.Chart:
    """Venezuelan migrants in Peru and Chile by the date of each estimate."""
    _ = translator(lang)
    rows = [
        {
            "date": f.ref_period + ("-01" if len(f.ref_period) == 7 else "-07-01"),
            "period": f.ref_period,
            "people": f.value,
            "country": country_name(f.country, lang),
            "label": fmt_number(f.value, lang, 0),
            "source": f"{f.publisher}, {f.published}",
        }
        for f in context.series("venezuelan_migrants")
        if f.country in ("CHL", "PER")
    ]
    frame = pd.DataFrame(rows)
    base = alt.Chart(frame).encode(
        x=alt.X(
            "date:T",
            title=_("Date of the estimate"),
            axis=alt.Axis(format="%b %Y", tickCount=5),
        ),
        y=alt.Y(
            "people:Q",
            title=_("Venezuelan migrants"),
            axis=alt.Axis(format="~s"),
            scale=alt.Scale(domainMin=0),
        ),
        color=alt.Color("country:N", title=None, scale=_country_scale(lang)),
        tooltip=[
            alt.Tooltip("country:N", title=_("Country")),
            alt.Tooltip("period:N", title=_("Estimate for")),
            alt.Tooltip("label:N", title=_("People")),
            alt.Tooltip("source:N", title=_("Source")),
        ],
    )
    chart = alt.layer(
        base.mark_line(strokeWidth=2.5),
        base.mark_point(filled=True, size=60),
        base.mark_text(dy=-10, fontSize=10).encode(text="label:N"),
    ).properties(width=WIDTH - 60, height=240)
    latest = frame.sort_values("date").groupby("country").last()
    if {"Peru", "Perú"} & set(latest.index) and "Chile" in latest.index:
        peru = latest.loc[country_name("PER", lang), "people"]
        ratio = peru / latest.loc["Chile", "people"]
        title = _(
            "Peru hosts about {ratio} times as many Venezuelan migrants as Chile"
        ).format(ratio=fmt_number(ratio, lang, 0))
    else:
        title = _("Venezuelan migrants in Peru and Chile")
    return style_in(
        lang,
        chart,
        title,
        _(
            "R4V estimates as reported by the press, by the date "
            "each estimate describes"
        ),
    )


def chart_expulsions(context: Context, lang: str = "en") -> alt.Chart:
    """Expulsions carried out per year against the irregular population to expel."""
    _ = translator(lang)
    rows = []
    for f in context.series("expulsions_executed"):
        partial = ".." in (f.ref_period or "")
        rows.append(
            {
                "label": (f.ref_period[:4] + (" " + _("(Jan–Aug)") if partial else "")),
                "value": f.value,
                "kind": _("expulsions carried out"),
                "text": fmt_number(f.value, lang, 0),
                "source": f"{f.publisher}, {f.published}",
            }
        )
    irregular = [
        f for f in context.series("irregular_foreign_residents") if f.country == "CHL"
    ]
    for f in irregular:
        rows.append(
            {
                "label": _("Irregular residents, {year} estimate").format(
                    year=f.ref_period
                ),
                "value": f.value,
                "kind": _("scale of a mass expulsion"),
                "text": fmt_number(f.value, lang, 0),
                "source": f"{f.publisher}, {f.published}",
            }
        )
    frame = pd.DataFrame(rows)
    chart = alt.Chart(frame).encode(
        y=alt.Y("label:N", sort=None, title=None, axis=alt.Axis(labelLimit=260)),
        x=alt.X("value:Q", title=_("People"), axis=alt.Axis(format="~s")),
        color=alt.Color(
            "kind:N",
            title=None,
            scale=alt.Scale(
                domain=[_("expulsions carried out"), _("scale of a mass expulsion")],
                range=[OTHER, CHILE],
            ),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=_("Figure")),
            alt.Tooltip("text:N", title=_("People")),
            alt.Tooltip("source:N", title=_("Source")),
        ],
    )
    chart = alt.layer(
        chart.mark_bar(height=14),
        chart.mark_text(align="left", dx=4, fontSize=11).encode(
            text="text:N", color=alt.value("#222")
        ),
    ).properties(width=WIDTH - 300, height=alt.Step(22))
    executed = frame[frame["kind"] == _("expulsions carried out")]
    best = executed["value"].max() if len(executed) else 0
    if len(irregular) and best and best / irregular[0].value < 0.01:
        title = _(
            "Chile's expulsions on record, at most {best} in a period shown, are "
            "under 1% of its {irregular} irregular residents"
        ).format(
            best=fmt_number(best, lang, 0),
            irregular=fmt_number(irregular[0].value, lang, 0),
        )
    else:
        title = _("Expulsions carried out by Chile against its irregular population")
    return style_in(
        lang,
        chart,
        title,
        _(
            "Expulsions Chile carried out per year, and the "
            "estimated number of irregular foreign residents"
        ),
    )


# --- Map --------------------------------------------------------------------

REGION = {"604", "152", "068", "032"}
"""ISO numeric ids of Peru, Chile, Bolivia and Argentina: the map's countries."""


@lru_cache
def region_topology() -> dict:
    """The shipped Natural Earth TopoJSON cut down to the region's countries.

    Keeping only the arcs those countries use shrinks the 50m file from about
    750 kB to a few tens, so the map fits an offline page and a PDF.
    """
    topo = json.loads(WORLD_ATLAS.read_text(encoding="utf-8"))
    geoms = [
        g for g in topo["objects"]["countries"]["geometries"] if g.get("id") in REGION
    ]
    used: dict[int, int] = {}

    def remap(arcs):
        if isinstance(arcs, int):
            index = arcs if arcs >= 0 else ~arcs
            new = used.setdefault(index, len(used))
            return new if arcs >= 0 else ~new
        return [remap(a) for a in arcs]

    for g in geoms:
        g["arcs"] = remap(g["arcs"])
    return {
        "type": "Topology",
        "transform": topo["transform"],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": geoms}},
        "arcs": [topo["arcs"][i] for i in sorted(used, key=used.get)],
    }


def chart_map(dataset: Dataset, context: Context, lang: str = "en") -> alt.Chart:
    """A locator map of the capitals, the border cities and the crossing."""
    _ = translator(lang)
    quotes = {p.name: p.evidence[0].quote for p in dataset.places}
    rows = []
    for p in context.places:
        rows.append(
            {
                "name": _(p.name),
                "lat": p.lat,
                "lon": p.lon,
                "country": _country_label(p.country, lang),
                "kind": _(p.kind),
                "quote": _quote_for_tooltip(
                    quotes.get(p.name, _("(not named in the article)"))
                ),
                "source": p.source + (f"; {p.note}" if p.note else ""),
                "placement": LABEL_PLACEMENT.get(p.name, "left 8 0"),
            }
        )
    frame = pd.DataFrame(rows)
    countries = alt.Data(
        values=region_topology(),
        format=alt.DataFormat(type="topojson", feature="countries"),
    )
    PROJECTION = {"type": "mercator", "center": [-70.5, -23], "scale": 880}
    land = (
        alt.Chart(countries)
        .mark_geoshape(stroke="white", strokeWidth=1)
        .transform_calculate(
            fill="datum.id === '152' ? '#d3ddef' : datum.id === '604' ? '#f5d0d6' : '#ececec'"
        )
        .encode(fill=alt.Fill("fill:N", scale=None))
        .project(**PROJECTION)
    )
    tooltip = [
        alt.Tooltip("name:N", title=_("Place")),
        alt.Tooltip("kind:N", title=_("Kind")),
        alt.Tooltip("quote:N", title=quote_title(dataset, lang)),
        alt.Tooltip("source:N", title=_("Coordinates")),
    ]
    points = (
        alt.Chart(frame)
        .mark_point(filled=True, size=70, opacity=1)
        .encode(
            longitude="lon:Q",
            latitude="lat:Q",
            color=alt.Color("country:N", title=None, scale=_country_scale(lang)),
            shape=alt.Shape("kind:N", title=None),
            tooltip=tooltip,
        )
        .project(**PROJECTION)
    )
    labels = []
    for placement, part in frame.groupby("placement", sort=True):
        align, dx, dy = placement.split()
        labels.append(
            alt.Chart(part)
            .mark_text(align=align, dx=int(dx), dy=int(dy), fontSize=11)
            .encode(longitude="lon:Q", latitude="lat:Q", text="name:N", tooltip=tooltip)
            .project(**PROJECTION)
        )
    ocean = (
        alt.Chart(alt.Data(values=[{"type": "Sphere"}]))
        .mark_geoshape(fill="#f4f8fb", stroke=None)
        .project(**PROJECTION)
    )
    chart = alt.layer(ocean, land, points, *labels).properties(width=400, height=440)
    km = {
        (a.name, b.name): distance_km(a, b)
        for a in context.places
        for b in context.places
    }
    if {("Tacna", "Arica"), ("Lima", "Tacna"), ("Arica", "Santiago")} <= set(km):
        title = _(
            "Tacna and Arica lie {near} km apart across the border; Lima is "
            "{lima} km from Tacna and Santiago {santiago} km from Arica"
        ).format(
            near=fmt_number(km["Tacna", "Arica"], lang, 0),
            lima=fmt_number(round(km["Lima", "Tacna"], -1), lang, 0),
            santiago=fmt_number(round(km["Arica", "Santiago"], -1), lang, 0),
        )
    else:
        title = _("Where the places the article names lie")
    return style_in(
        lang,
        chart,
        title,
        _(
            "Places the article names, with the Chacalluta–Santa Rosa crossing; Natural "
            "Earth boundaries"
        ),
        width=420,
    )


def distance_km(a, b) -> float:
    """Great-circle distance between two places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


MEASURE_KINDS = {
    "proposed": N_("proposed measure"),
    "announced": N_("announced measure"),
    "agreed": N_("agreed measure"),
    "implemented": N_("measure in force"),
    "scenario": N_("measure as a scenario"),
}
"""A measure's status as a label, one message each so translations agree."""

PLACE_NAMES = [
    N_("Chacalluta-Santa Rosa crossing"),
    N_("Lima"),
    N_("Santiago"),
    N_("Tacna"),
    N_("Arica"),
]
"""Names of the reference places, kept in the catalogue for the map's labels."""

LABEL_PLACEMENT = {
    "Tacna": "right -8 -4",
    "Arica": "left 8 10",
    "Chacalluta-Santa Rosa crossing": "left 8 -6",
}
"""Where each map label sits: the border places are too close for one rule."""


TOPIC_LABELS = {
    "security": N_("Security"),
    "migration": N_("Migration"),
    "border_cooperation": N_("Border cooperation"),
    "none": N_("No topic"),
    "overview": N_("Overview"),
}
