"""Altair charts of the story across reports; each returns a chart or None."""

from __future__ import annotations

import datetime as dt
import textwrap

import altair as alt
import pandas as pd

from .charts import (
    STATUS_ORDER,
    WIDTH,
    _country_label,
    _country_scale,
    style_in,
    time_ticks,
)
from .context import country_name
from .i18n import fmt_date, fmt_range, language_note

TIMELINE_STATUS_COLOURS = {
    "occurred": "#333333",
    "planned, date now past": "#b9b9b9",
    "to come": "#e69f00",
    "dates in dispute": "#d55e00",
}
STATUS_SHAPES = ["cross", "square", "triangle-up", "diamond", "circle"]
"""One shape per measure status, in STATUS_ORDER: scenario to in force."""


def _tooltip_quotes(brief, mentions, width: int = 72, most: int = 6) -> str:
    """Each report's words on its own lines, led by the citation that names it."""
    lines = []
    for m in mentions[:most]:
        quote = f"{brief.cite(m)}: “{m.quote}”{language_note(m.language, brief.lang)}"
        lines += textwrap.wrap(quote, width)
    if len(mentions) > most:
        lines.append(
            brief.ngettext(
                "… and {n} more report", "… and {n} more reports", len(mentions) - most
            )
        )
    return "\n".join(lines)


def _range(event, brief) -> tuple[dt.date, dt.date]:
    """The dates an event's bar spans: what every report allows, or, when reports
    disagree, every date any of them gives."""
    if event.date_from:
        return event.date_from, event.date_to
    dated = [m for m in event.mentions if m.date_from]
    return min(m.date_from for m in dated), max(m.date_to for m in dated)


def timeline_frame(brief) -> pd.DataFrame:
    _ = brief._
    rows = []
    for e in brief.timeline_events:
        start, end = _range(e, brief)
        status = "dates in dispute" if e.date_conflict else None
        if status is None:
            status = (
                "occurred"
                if e.status == "occurred"
                else "planned, date now past"
                if end < brief.as_of
                else "to come"
            )
        label = brief.event_label(e)
        when = brief.when(e) or fmt_range(start, end, "day", brief.lang)
        if any(r["event"] == label for r in rows):
            label = f"{label} ({when})"
        n = e.source_count
        rows.append(
            {
                "event": label,
                "event_lines": "\n".join(textwrap.wrap(label, 40)),
                "date_from": start.isoformat(),
                "date_to": (end + dt.timedelta(days=1)).isoformat(),
                "when": when,
                "status": _(status),
                "reports": n,
                "reports_label": brief.ngettext("{n} report", "{n} reports", n),
                "which": brief.which(e.mentions),
                "quotes": _tooltip_quotes(brief, e.mentions),
            }
        )
    columns = ["event", "event_lines", "date_from", "date_to", "when", "status"]
    columns += ["reports", "reports_label", "which", "quotes"]
    return pd.DataFrame(rows, columns=columns).sort_values(["date_from", "event"])


def chart_timeline(brief) -> alt.TopLevelMixin | None:
    """Each story event as a bar over its dates, with the number of reports beside it."""
    _ = brief._
    frame = timeline_frame(brief)
    if frame.empty:
        return None
    order = list(frame["event_lines"])
    first = min(dt.date.fromisoformat(frame["date_from"].min()), brief.as_of)
    last = max(dt.date.fromisoformat(frame["date_to"].max()), brief.as_of)
    if (last - first).days > 62:
        first = dt.date(first.year, first.month, 1)
    ticks, tick_format = time_ticks(first, last)
    domain_dates = [
        alt.DateTime(year=d.year, month=d.month, date=d.day, utc=True)
        for d in (first, last + dt.timedelta(days=1))
    ]
    statuses = list(TIMELINE_STATUS_COLOURS)
    scale = alt.Scale(type="utc", domain=domain_dates)
    x = alt.X(
        "date_from:T",
        title=None,
        scale=scale,
        axis=alt.Axis(
            format=tick_format,
            values=[
                alt.DateTime(year=t.year, month=t.month, date=t.day, utc=True)
                for t in ticks
            ],
            labelOverlap=True,
        ),
    )
    y = alt.Y(
        "event_lines:N",
        sort=order,
        title=None,
        axis=alt.Axis(
            labelExpr="split(datum.label, '\\n')", labelLimit=300, labelLineHeight=12
        ),
    )
    tooltip = [
        alt.Tooltip("event:N", title=_("Event")),
        alt.Tooltip("when:N", title=_("When")),
        alt.Tooltip("status:N", title=_("Status")),
        alt.Tooltip("reports_label:N", title=_("Reported by")),
        alt.Tooltip("which:N", title=_("Which reports")),
        alt.Tooltip("quotes:N", title=_("Reports' words")),
    ]
    base = alt.Chart(frame)
    bars = base.mark_bar(height=12, cornerRadius=2, opacity=0.85).encode(
        x=x,
        x2="date_to:T",
        y=y,
        color=alt.Color(
            "status:N",
            title=_("Status"),
            scale=alt.Scale(
                domain=[_(s) for s in statuses],
                range=list(TIMELINE_STATUS_COLOURS.values()),
            ),
        ),
        tooltip=tooltip,
    )
    counts = base.mark_text(align="left", dx=6, fontSize=11, color="#222").encode(
        x="date_to:T",
        y=y,
        text="reports_label:N",
        tooltip=tooltip,
    )
    today = pd.DataFrame(
        [
            {
                "date": brief.as_of.isoformat(),
                "label": _("Brief date: {date}").format(
                    date=fmt_date(brief.as_of, brief.lang)
                ),
            }
        ]
    )
    rule = (
        alt.Chart(today)
        .mark_rule(strokeDash=[4, 3], color="#444")
        .encode(x=alt.X("date:T", scale=alt.Scale(type="utc")))
    )
    chart = alt.layer(bars, counts, rule).properties(
        width=WIDTH - 260,
        height=alt.Step(max(24, 13 * frame["event_lines"].str.count("\n").max() + 21)),
    )
    top = frame.sort_values("reports", ascending=False).iloc[0]
    many = int((frame["reports"] >= 2).sum())
    if many:
        title = brief.ngettext(
            "{n} event is carried by several reports; the most reported, by {top}",
            "{n} events are carried by several reports; the most reported, by {top}",
            many,
            top=top["reports_label"],
        )
    else:
        title = brief.ngettext(
            "The dated event rests on one report each",
            "Each of the {n} dated events rests on one report",
            len(frame),
        )
    return style_in(
        brief.lang,
        chart,
        title,
        _(
            "Dates each event can fall on, as the reports together allow; the number "
            "of reports that carry it beside each bar"
        ),
    )


def measures_frame(brief) -> pd.DataFrame:
    _ = brief._
    rows = []
    labels = {}
    for m in brief.measures:
        label = brief.measure_label(m)
        if label in labels.values():
            label = f"{label} ({', '.join(country_name(c, brief.lang) for c in m.countries)})"
        labels[m.measure_id] = label
        country = _country_label(
            m.countries[0] if m.countries else None,
            brief.lang,
            m.is_bilateral or len(m.countries) > 1,
        )
        for mention in m.mentions:
            if mention.published is None:
                continue
            rows.append(
                {
                    "measure": label,
                    "measure_lines": "\n".join(textwrap.wrap(label, 40)),
                    "published": mention.published.isoformat(),
                    "report": brief.cite(mention),
                    "status": brief.status(mention.status),
                    "status_rank": STATUS_ORDER.index(mention.status),
                    "country": country,
                    "reports": m.source_count,
                    "quote": "\n".join(
                        textwrap.wrap(
                            f"“{mention.quote}”"
                            + language_note(mention.language, brief.lang),
                            72,
                        )
                    ),
                }
            )
    columns = ["measure", "measure_lines", "published", "report", "status"]
    columns += ["status_rank", "country", "reports", "quote"]
    return pd.DataFrame(rows, columns=columns)


def chart_measures(brief) -> alt.TopLevelMixin | None:
    """Each measure's status in each report, by the report's date: a status that
    changes from report to report shows as a change of shape along its row."""
    _ = brief._
    frame = measures_frame(brief)
    if frame.empty:
        return None
    order = frame.groupby("measure_lines")["reports"].max().sort_values(ascending=False)
    first = dt.date.fromisoformat(frame["published"].min())
    last = max(dt.date.fromisoformat(frame["published"].max()), first)
    first -= dt.timedelta(days=2)
    last += dt.timedelta(days=2)
    ticks, tick_format = time_ticks(first, last)
    statuses = [brief.status(s) for s in STATUS_ORDER]
    y = alt.Y(
        "measure_lines:N",
        sort=list(order.index),
        title=None,
        axis=alt.Axis(
            labelExpr="split(datum.label, '\\n')", labelLimit=300, labelLineHeight=12
        ),
    )
    x = alt.X(
        "published:T",
        title=_("Date of the report"),
        scale=alt.Scale(type="utc", domain=[first.isoformat(), last.isoformat()]),
        axis=alt.Axis(
            format=tick_format,
            values=[
                alt.DateTime(year=t.year, month=t.month, date=t.day, utc=True)
                for t in ticks
            ],
            labelOverlap=True,
        ),
    )
    # One layer declares the scale's domain; the other only shares the field.
    line = (
        alt.Chart(frame)
        .mark_line(color="#bbbbbb", strokeWidth=1)
        .encode(
            x=alt.X("published:T", scale=alt.Scale(type="utc")),
            y=y,
            detail="measure_lines:N",
        )
    )
    points = (
        alt.Chart(frame)
        .mark_point(filled=True, size=110, opacity=0.9)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "country:N",
                title=_("Whose measure"),
                scale=_country_scale(brief.lang, frame),
            ),
            shape=alt.Shape(
                "status:N",
                title=_("Status in the report"),
                scale=alt.Scale(domain=statuses, range=STATUS_SHAPES),
            ),
            tooltip=[
                alt.Tooltip("measure:N", title=_("Measure")),
                alt.Tooltip("report:N", title=_("Report")),
                alt.Tooltip("status:N", title=_("Status in the report")),
                alt.Tooltip("quote:N", title=_("Report's words")),
            ],
        )
    )
    chart = alt.layer(line, points).properties(
        width=WIDTH - 300,
        height=alt.Step(
            max(24, 13 * frame["measure_lines"].str.count("\n").max() + 21)
        ),
    )
    n_measures = frame["measure"].nunique()
    changed = sum(
        frame[frame["measure"] == m]["status"].nunique() > 1
        for m in frame["measure"].unique()
    )
    if changed:
        title = brief.ngettext(
            "Reports give {n} measure different statuses over time",
            "Reports give {n} measures different statuses over time",
            changed,
        )
    else:
        title = brief.ngettext(
            "Every report gives the measure the same status",
            "Every report gives each of the {n} measures the same status",
            n_measures,
        )
    return style_in(
        brief.lang,
        chart,
        title,
        _("Status of each measure in each report that gives it, by the report's date"),
    )


def chart_claims_by_speaker(brief) -> alt.TopLevelMixin | None:
    """Sorted bars: statements attributed to each speaker across reports."""
    _ = brief._
    speakers = brief.speakers()
    if not speakers:
        return None
    rows = [
        {
            "speaker": s["name"],
            "country": _country_label(s["country"], brief.lang),
            "statements": s["count"],
            "statements_label": brief.ngettext(
                "{n} statement", "{n} statements", s["count"]
            ),
            "reports": s["reports"],
        }
        for s in speakers
    ]
    frame = pd.DataFrame(rows).sort_values("statements", ascending=False).head(10)
    chart = (
        alt.Chart(frame)
        .mark_bar(height=14)
        .encode(
            x=alt.X(
                "statements:Q",
                title=_("Statements attributed"),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            y=alt.Y("speaker:N", sort="-x", title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color(
                "country:N", title=_("Country"), scale=_country_scale(brief.lang, frame)
            ),
            tooltip=[
                alt.Tooltip("speaker:N", title=_("Speaker")),
                alt.Tooltip("statements_label:N", title=_("Statements")),
                alt.Tooltip("reports:N", title=_("Reported")),
            ],
        )
        .properties(width=WIDTH - 260, height=alt.Step(22))
    )
    top = frame.iloc[0]
    title = brief.ngettext(
        "{speaker} is quoted most: {n} statement {reports}",
        "{speaker} is quoted most: {n} statements {reports}",
        int(top["statements"]),
        speaker=top["speaker"],
        reports=top["reports"],
    )
    return style_in(
        brief.lang,
        chart,
        title,
        _("Statements each speaker makes across the reports, by the speaker's country"),
    )
