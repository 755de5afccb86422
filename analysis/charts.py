"""Altair chart builders: each returns a chart and draws nothing as a side effect."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import textwrap
from functools import lru_cache

import altair as alt
import pandas as pd

from .context import Context, country_name
from .derive import actor_topic_matrix, news_of_the_day, paragraphs_of, topic_shares
from .i18n import (
    N_,
    fmt_date,
    fmt_number,
    fmt_period,
    fmt_range,
    language_note,
    plural_translator,
    translator,
)
from .labels import claim_summary, event_label, measure_label, publisher
from .paths import WORLD_ATLAS
from .registry import RECORD_TOPICS as TOPICS
from .registry import TOPIC_LABELS as BRIEF_TOPIC_LABELS
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


def _country_scale(lang: str, frame: pd.DataFrame | None = None) -> alt.Scale:
    """Chile, Peru and "bilateral or other" in fixed colours; with the chart's
    `frame`, only the countries it draws, so the legend names nothing absent."""
    pairs = [
        (country_name("CHL", lang), CHILE),
        (country_name("PER", lang), PERU),
        (bilateral_label(lang), OTHER),
    ]
    if frame is not None and "country" in frame and len(frame):
        drawn = set(frame["country"])
        pairs = [(name, colour) for name, colour in pairs if name in drawn] or pairs
    return alt.Scale(domain=[n for n, _ in pairs], range=[c for _, c in pairs])


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
    # the news of the day, when the article reports one (a meeting held, a state
    # of emergency declared on the day or the day before); else what is planned
    peg = news_of_the_day(dataset)
    headline = (peg[0] if peg else None) or next(
        (
            e
            for e in planned
            if e.status in ("planned", "announced") and e.precision in ("day", "month")
        ),
        planned[0] if planned else None,
    )
    cities = [p for p in dataset.places if p.kind in ("capital", "city", "building")]
    # each place once: "Lima" beside "Government Palace, Lima" is said already
    names = [display_name(p, lang) for p in cities]
    cities = [
        p
        for p, name in zip(cities, names, strict=True)
        if not any(other.endswith(f", {name}") for other in names)
    ]
    if not cities and headline is not None:
        # no city named: where the headline's event took place, a country even
        # ("Reunión de Kast y Jerí en Perú")
        cities = [p for p in dataset.places if p.place_id == headline.place]
    if not people and headline is not None:
        # no person named ("El Ejecutivo aprobó el decreto…"): who did what the
        # headline tells
        by_id = {a.actor_id: a for a in dataset.actors}
        people = [by_id[i] for i in headline.actors if i in by_id]
    rows = [
        (
            _("Who"),
            ", ".join(display_name(a, lang) for a in people[:4]) or "—",
            " … ".join(a.evidence[0].quote for a in people[:4]),
        ),
        (
            _("What"),
            event_label(headline, dataset, lang) if headline else "—",
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
            ", ".join(display_name(p, lang) for p in cities[:5]) or "—",
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
        return None
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
            # Counts start at 0 with whole-number steps; a table of ones stays light.
            scale=alt.Scale(
                scheme="greys", domain=[0, max(4, int(frame["mentions"].max()))]
            ),
            legend=alt.Legend(
                values=list(range(0, max(4, int(frame["mentions"].max())) + 1)),
                format="d",
            ),
        )
    )
    text = base.mark_text(fontSize=12).encode(
        text="mentions:Q",
        color=alt.condition(
            f"datum.mentions >= {max(3, int(frame['mentions'].max()) * 0.6)}",
            alt.value("white"),
            alt.value("black"),
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
        label = event_label(e, dataset, lang)
        if any(r["event"] == label for r in rows):
            # "Acuerdo (8–14 ene 2026, aprox.)": one pair of brackets
            when = fmt_range(e.date_from, e.date_to, e.precision, lang)
            when = re.sub(r"\s*\(([^()]*)\)$", r", \1", when)
            label = f"{label} ({when})"
        rows.append(
            {
                "event": label,
                "event_lines": "\n".join(textwrap.wrap(label, 42)),
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
    columns = ["event", "event_lines", "date_from", "date_to", "when", "precision"]
    columns += ["status", "status_detail", "quote", "paragraphs"]
    return pd.DataFrame(rows, columns=columns).sort_values("date_from")


def time_ticks(start: dt.date, end: dt.date, most: int = 6) -> tuple[list, str]:
    """Tick dates and their d3 format for a time axis, none repeating a label.

    Months (or every second, third … month) for spans over two months; days for
    shorter spans, so a single event in December never reads "Dec, Dec, Dec".
    """
    span = (end - start).days
    if span > 62:
        months = []
        day = dt.date(start.year, start.month, 1)
        while day <= end:
            months.append(day)
            day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        step = max(1, math.ceil(len(months) / most))
        return months[::step], "%b %Y"
    step = max(1, math.ceil((span + 1) / most))
    days = [start + dt.timedelta(days=i) for i in range(0, span + 1, step)]
    return days, "%-d %b %Y"


LONG_EVENT_DAYS = 120
"""How much of a long event's range the article timeline shows before its end."""

FAR_PAST_DAYS = 365
"""An event that ended more than this before the brief's date is drawn at the left
edge of the timeline, its dates in its label."""


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
        return None
    # An event that ended long before the brief's date ("who lost to Boric four
    # years ago", "the 1904 treaty") stands as a stub at the left edge with its
    # dates in its label, so that it does not squeeze every other event into a
    # sliver.
    horizon = (as_of - dt.timedelta(days=FAR_PAST_DAYS)).isoformat()
    far = frame["date_to"] < horizon
    if far.all():
        far[:] = False  # all of them long past: the axis is theirs
    frame.loc[far, "event"] = [
        f"{e} ({w})" if not e.endswith(")") else e
        for e, w in zip(frame.loc[far, "event"], frame.loc[far, "when"], strict=True)
    ]
    frame.loc[far, "event_lines"] = [
        "\n".join(textwrap.wrap(e, 42)) for e in frame.loc[far, "event"]
    ]
    order_lines = list(frame["event_lines"])
    # A long past range ("since 2023") shows only its last months, cut at the left
    # edge, so that it does not squeeze every other event into a sliver.
    first = min(
        [
            max(
                dt.date.fromisoformat(a),
                dt.date.fromisoformat(b) - dt.timedelta(days=LONG_EVENT_DAYS),
            )
            for a, b in zip(
                frame.loc[~far, "date_from"], frame.loc[~far, "date_to"], strict=True
            )
        ]
        + [as_of]
    )
    stub = (first + dt.timedelta(days=2)).isoformat()
    frame.loc[far, "date_to"] = stub
    last = max(dt.date.fromisoformat(frame["date_to"].max()), as_of)
    if (last - first).days > 62:
        first = dt.date(first.year, first.month, 1)
    ticks, tick_format = time_ticks(first, last)
    # A bar that starts before the first date shown is cut there in the data, so
    # no layer needs an explicit domain (Vega warns when layers' domains differ).
    frame["date_from"] = frame["date_from"].where(
        frame["date_from"] >= first.isoformat(), first.isoformat()
    )
    time_scale = alt.Scale(type="utc")
    domain = [_("occurred"), _("planned, date now past"), _("to come")]
    bars = (
        alt.Chart(frame)
        .mark_bar(height=12, cornerRadius=2, opacity=0.85, clip=True)
        .encode(
            x=alt.X(
                "date_from:T",
                title=None,
                scale=time_scale,
                axis=alt.Axis(
                    format=tick_format,
                    values=[
                        alt.DateTime(year=t.year, month=t.month, date=t.day, utc=True)
                        for t in ticks
                    ],
                    labelOverlap=True,
                ),
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
        .encode(
            x=alt.X("date:T", scale=time_scale),
            tooltip=alt.Tooltip("label:N", title=_("Brief date")),
        )
    )
    rule_text = (
        alt.Chart(today)
        .mark_text(align="left", dx=4, dy=-6, fontSize=11, color="#444")
        .encode(x=alt.X("date:T", scale=time_scale), y=alt.value(0), text="label:N")
    )
    chart = alt.layer(bars, rule, rule_text).properties(
        width=WIDTH - 240,
        height=alt.Step(max(24, 13 * frame["event_lines"].str.count("\n").max() + 21)),
    )
    to_come = int((frame["status"] == _("to come")).sum())
    total = len(frame)
    ngettext = plural_translator(lang)
    if to_come == 0:
        default = ngettext(
            "The dated event has taken place or its date has passed",
            "All {n} dated events have taken place or their dates have passed",
            total,
        )
    elif to_come == total:
        default = ngettext(
            "The dated event is still to come",
            "All {n} dated events are still to come",
            total,
        )
    else:
        default = ngettext(
            "{n} of {total} dated events is still to come",
            "{n} of {total} dated events are still to come",
            to_come,
            total=fmt_number(total, lang, 0),
        )
    return style_in(
        lang,
        chart,
        title or default,
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
                "measure": measure_label(m, dataset, lang),
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
        return None
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
                "country:N", title=_("Whose measure"), scale=_country_scale(lang, frame)
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
    ngettext = plural_translator(lang)
    if len(in_force):
        leader = in_force["country"].value_counts()
        title = ngettext(
            "{country} has {n} of these measures in force",
            "{country} has {n} of these measures in force",
            int(leader.iloc[0]),
            country=leader.index[0],
        )
        if len(in_force) == len(frame) == 1:
            title = _("{country} has this measure in force").format(
                country=leader.index[0]
            )
    else:
        title = ngettext(
            "The measure is not reported in force",
            "None of these {n} measures is reported in force",
            len(frame),
        )
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
        lines = _wrap(claim_summary(c, dataset, lang), 58)
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
        return None
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
            "country:N", scale=_country_scale(lang, frame), title=_("Speaker from")
        ),
    )
    what = base.mark_text(
        align="left", baseline="top", fontSize=12, lineHeight=16
    ).encode(x=alt.value(190), text="summary:N")
    chart = alt.layer(who, what).properties(width=WIDTH, height=height)
    speakers = frame["speaker"].value_counts() if len(frame) else pd.Series(dtype=int)
    ngettext = plural_translator(lang)
    if len(frame) == 1:
        title = _("One attributed claim, by {speaker}").format(
            speaker=speakers.index[0]
        )
    elif speakers.iloc[0] > 1:
        title = ngettext(
            "{speaker} makes {n} of the {total} attributed claims",
            "{speaker} makes {n} of the {total} attributed claims",
            int(speakers.iloc[0]),
            speaker=speakers.index[0],
            total=fmt_number(len(frame), lang, 0),
        )
    else:
        title = ngettext(
            "{n} attributed claim, each from a different speaker",
            "{n} attributed claims, each from a different speaker",
            len(frame),
        )
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
    ngettext = plural_translator(lang)
    rows = []
    for m in dataset.measures:
        if m.topic != topic:
            continue
        # A scenario is no one's position: it stands under whoever raises it.
        holders = (
            sorted({c.speaker for c in dataset.claims if m.measure_id in c.measures})
            if m.status == "scenario"
            else m.actors
        )
        for actor_id in holders:
            actor = dataset.actor(actor_id)
            rows.append(
                {
                    "actor": display_name(actor, lang),
                    "stance": measure_label(m, dataset, lang),
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
                    "stance": claim_summary(c, dataset, lang),
                    "kind": _("stated position"),
                    "country": _country_label(actor.country, lang),
                    "quote": _quote_for_tooltip(c.evidence[0].quote),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return None
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
        color=alt.Color(
            "country:N", scale=_country_scale(lang, frame), title=_("Actor from")
        ),
    )
    kind = base.mark_text(align="left", fontSize=11, color="#555").encode(
        x=alt.value(170), text="kind:N"
    )
    what = base.mark_text(align="left", fontSize=12, lineHeight=15).encode(
        x=alt.value(300), text="stance_lines:N"
    )
    # a row holds its longest wrapped position, so no two rows' lines overlap
    lines = int(frame["stance_lines"].map(len).max())
    chart = alt.layer(who, kind, what).properties(
        width=WIDTH, height=alt.Step(max(38, 15 * lines + 10))
    )
    n_actors = frame["actor"].nunique()
    return style_in(
        lang,
        chart,
        ngettext(
            "{n} actor takes a position on this topic in the article",
            "{n} actors take a position on this topic in the article",
            n_actors,
        ),
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
                    "measure": measure_label(m, dataset, lang),
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
        return None
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
    ngettext = plural_translator(lang)
    if not len(hit):
        title = _("No constraint is named against the proposed measures")
    elif n == len(proposed):
        title = ngettext(
            "{speaker} names constraints against the proposed measure",
            "{speaker} names constraints against all {n} proposed measures",
            n,
            speaker=speaker,
        )
    else:
        title = ngettext(
            "{speaker} names constraints against {n} of {total} proposed measures",
            "{speaker} names constraints against {n} of {total} proposed measures",
            n,
            speaker=speaker,
            total=fmt_number(len(proposed), lang, 0),
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
    ngettext = plural_translator(lang)
    rows = []
    for m in dataset.measures:
        if not m.is_bilateral:
            continue
        for stage in STATUS_ORDER[1:]:
            reached = STATUS_ORDER.index(stage) <= STATUS_ORDER.index(m.status)
            rows.append(
                {
                    "mechanism": measure_label(m, dataset, lang),
                    "stage": _(stage),
                    "reached": _("reached") if reached else _("not yet"),
                    "status": _(m.status),
                    "quote": _quote_for_tooltip(m.evidence[0].quote),
                }
            )
    frame = pd.DataFrame(rows)
    if frame.empty:
        return None
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
    n = agreed["mechanism"].nunique()
    in_force = (
        frame["stage"].eq(_("implemented")) & frame["reached"].eq(_("reached"))
    ).any()
    title = ngettext(
        "{n} of {total} bilateral mechanisms has reached agreement",
        "{n} of {total} bilateral mechanisms have reached agreement",
        n,
        total=fmt_number(total, lang, 0),
    )
    if total == 1:
        title = (
            _("The bilateral mechanism has reached agreement")
            if n
            else _("The bilateral mechanism has not reached agreement")
        )
    if not in_force:
        title = _("{title}; the article reports none in force").format(title=title)
    return style_in(
        lang,
        chart,
        title,
        _(
            "How far each mechanism shared by Peru and Chile has gone, as the article "
            "reports"
        ),
    )


# --- Context ----------------------------------------------------------------


def chart_homicide(dataset: Dataset, context: Context, lang: str = "en"):
    """Published homicide rates over time, with the article's figure where it belongs.

    Returns the chart and the context rows it draws (None and [] when there are none).
    """
    _ = translator(lang)
    series = [
        f
        for f in context.series("homicide_rate")
        if f.country in ("CHL", "PER") and f.ref_year
    ]
    if not series:
        return None, []
    frame = pd.DataFrame(
        [
            {
                "year": f.ref_year,
                "rate": f.value,
                "country": country_name(f.country, lang),
                "source": f"{publisher(f.publisher, lang)}, {f.published}",
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
    colour = alt.Color("country:N", title=None, scale=_country_scale(lang, frame))
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
    ), series


VENEZUELAN_METRICS = {
    "venezuelan_migrants": N_("Estimate of Venezuelan migrants (R4V)"),
    "venezuelan_residents": N_("Count of Venezuelan residents (national statistics)"),
}
"""Two kinds of figure on Venezuelans abroad: each series is drawn apart."""


def _period_end(period: str | None) -> str:
    """The last period a reference period reaches, for ordering: '2023' > '2023-08'."""
    if not period:
        return ""
    end = period.split("..")[-1]
    return end + ("-12-31" if len(end) == 4 else "-31" if len(end) == 7 else "")


def latest_venezuelans(context: Context) -> dict:
    """For each country, the estimate of Venezuelans describing the latest period,
    among those published by the brief's date (ties: the later publication)."""
    rows = [
        f
        for m in VENEZUELAN_METRICS
        for f in context.series(m)
        if f.country in ("CHL", "PER")
    ]
    latest = {}
    for f in sorted(rows, key=lambda f: (_period_end(f.ref_period), f.available_from)):
        latest[f.country] = f
    return latest


def _period_midpoint(period: str) -> str:
    start = period.split("..")[0]
    if len(start) == 4:
        return f"{start}-07-01"
    if len(start) == 7:
        return f"{start}-01"
    return start


def chart_migrants(context: Context, lang: str = "en"):
    """Venezuelans in Peru and Chile, each point placed at the period it describes.

    Returns the chart and the rows it draws (None and [] when there are none).
    """
    _ = translator(lang)
    figures = [
        f
        for m in VENEZUELAN_METRICS
        for f in context.series(m)
        if f.country in ("CHL", "PER") and f.ref_period
    ]
    if not figures:
        return None, []
    rows = [
        {
            "date": _period_midpoint(f.ref_period),
            "period": fmt_period(f.ref_period, lang),
            "people": f.value,
            "country": country_name(f.country, lang),
            "series": _(VENEZUELAN_METRICS[f.metric]),
            "line": f"{f.country}-{f.metric}",
            "label": fmt_number(f.value, lang, 0),
            "source": f"{publisher(f.publisher, lang)}, {f.published}",
        }
        for f in figures
    ]
    frame = pd.DataFrame(rows)
    base = alt.Chart(frame).encode(
        x=alt.X(
            "date:T",
            title=_("Period the estimate describes"),
            scale=alt.Scale(type="utc"),
            axis=alt.Axis(format="%Y", tickCount={"interval": "year", "step": 1}),
        ),
        y=alt.Y(
            "people:Q",
            title=_("Venezuelans"),
            axis=alt.Axis(format="~s"),
            scale=alt.Scale(domainMin=0),
        ),
        color=alt.Color("country:N", title=None, scale=_country_scale(lang, frame)),
        tooltip=[
            alt.Tooltip("country:N", title=_("Country")),
            alt.Tooltip("series:N", title=_("Figure")),
            alt.Tooltip("period:N", title=_("Estimate for")),
            alt.Tooltip("label:N", title=_("People")),
            alt.Tooltip("source:N", title=_("Source")),
        ],
    )
    chart = alt.layer(
        base.mark_line(strokeWidth=2.5).encode(detail="line:N"),
        base.mark_point(filled=True, size=70).encode(
            shape=alt.Shape("series:N", title=None)
        ),
        base.mark_text(dy=-10, fontSize=10).encode(text="label:N"),
    ).properties(width=WIDTH - 60, height=240)
    latest = latest_venezuelans(context)
    if {"PER", "CHL"} <= set(latest):
        per, chl = latest["PER"], latest["CHL"]
        title = _(
            "Peru hosts about {ratio} times as many Venezuelans as Chile, by the "
            "latest estimates: {per_period} for Peru, {chl_period} for Chile"
        ).format(
            ratio=fmt_number(per.value / chl.value, lang, 1),
            per_period=fmt_period(per.ref_period, lang),
            chl_period=fmt_period(chl.ref_period, lang),
        )
    else:
        title = _("Venezuelans in Peru and Chile")
    return style_in(
        lang,
        chart,
        title,
        _(
            "Each point is one published figure, placed at the period it describes; "
            "only figures published by the brief's date"
        ),
    ), figures


def chart_expulsions(context: Context, lang: str = "en"):
    """Expulsions carried out in each period on record against the irregular
    population a mass expulsion would concern.

    Returns the chart and the rows it draws (None and [] when there are none).
    """
    _ = translator(lang)
    ngettext = plural_translator(lang)
    executed = sorted(
        context.series("expulsions_executed"),
        key=lambda f: _period_end(f.ref_period),
    )
    irregular = [
        f for f in context.series("irregular_foreign_residents") if f.country == "CHL"
    ]
    if not executed:
        return None, []
    rows = []
    for f in executed:
        rows.append(
            {
                "label": fmt_period(f.ref_period, lang),
                "value": f.value,
                "kind": _("expulsions carried out"),
                "text": fmt_number(f.value, lang, 0),
                "source": f"{publisher(f.publisher, lang)}, {f.published}",
            }
        )
    for f in irregular:
        rows.append(
            {
                "label": _("Irregular residents, {year} estimate").format(
                    year=f.ref_period
                ),
                "value": f.value,
                "kind": _("scale of a mass expulsion"),
                "text": fmt_number(f.value, lang, 0),
                "source": f"{publisher(f.publisher, lang)}, {f.published}",
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
    last = executed[-1]
    title = ngettext(
        "Chile carried out {n} expulsion in {period}",
        "Chile carried out {n} expulsions in {period}",
        int(last.value),
        period=fmt_period(last.ref_period, lang),
    )
    if irregular:
        title = _(
            "{title}, against {irregular} irregular foreign residents estimated "
            "for {year}"
        ).format(
            title=title,
            irregular=fmt_number(irregular[0].value, lang, 0),
            year=irregular[0].ref_period,
        )
    return style_in(
        lang,
        chart,
        title,
        _(
            "Expulsions Chile carried out in each period shown, and the "
            "estimated number of irregular foreign residents"
        ),
    ), [*executed, *irregular]


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


def chart_map(dataset: Dataset, context: Context, lang: str = "en"):
    """A locator map of the capitals, the border cities and the crossing.

    Drawn only when the article names one of those places. Returns the chart and
    the context rows its title cites (None and [] when it is not drawn).
    """
    from .derive import fold

    _ = translator(lang)
    named = {fold(p.name) for p in dataset.places} | {
        fold(e.quote) for p in dataset.places for e in p.evidence
    }
    if not any(
        fold(c.name.split("-")[0]) in n or fold(c.name) in n
        for c in context.places
        for n in named
    ):
        return None, []
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
            color=alt.Color("country:N", title=None, scale=_country_scale(lang, frame)),
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
    cited = [f for f in context.series("distance_arica_tacna") if f.unit == "km"]
    used = cited[-1:]
    if {("Tacna", "Arica"), ("Lima", "Tacna"), ("Arica", "Santiago")} <= set(km):
        far = {
            "lima": fmt_number(round(km["Lima", "Tacna"], -1), lang, 0),
            "santiago": fmt_number(round(km["Arica", "Santiago"], -1), lang, 0),
        }
        if used:
            title = _(
                "Tacna and Arica lie {near} km apart by road across the border; in "
                "a straight line, Lima is {lima} km from Tacna and Santiago "
                "{santiago} km from Arica"
            ).format(near=fmt_number(used[0].value, lang, 0), **far)
        else:
            title = _(
                "In a straight line, Tacna and Arica lie {near} km apart across the "
                "border, Lima {lima} km from Tacna and Santiago {santiago} km from "
                "Arica"
            ).format(near=fmt_number(km["Tacna", "Arica"], lang, 0), **far)
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
    ), used


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


TOPIC_LABELS = {**BRIEF_TOPIC_LABELS, "none": N_("No topic")}
"""Each topic's label, and the label of sentences with none."""
