"""Figures: numbers the article states, with unit, country and period."""

from __future__ import annotations

from ..figures_parse import ParsedFigure, find_figures
from ..gazetteer import (
    demonym_countries,
)
from ..schema import (
    Figure,
)
from ..timex import Timex
from .text import Doc, Ids, lex_, nearest

# --- figures ------------------------------------------------------------------------


def _country_mentions(doc: Doc, si: int) -> list[tuple[int, int, str]]:
    s = doc.sentences[si]
    out = []
    names = demonym_countries()
    for t in doc.tokens_in(s.start, s.end):
        if t.folded in names:
            out.append((t.start, t.end, names[t.folded]))
    for f in doc.in_sentence(si):
        e = doc.entries[f.entry_id]
        if e.kind == "country" and e.country:
            out.append((f.start, f.end, e.country))
    return out


def _ref_period(t: Timex) -> str:
    if t.precision == "year":
        return str(t.date_from.year)
    if t.precision == "month":
        return t.date_from.strftime("%Y-%m")
    if t.precision == "day":
        return t.date_from.isoformat()
    return f"{t.date_from.isoformat()}/{t.date_to.isoformat()}"


# Durations and distances describe no country; a figure's period is a span of
# time, never a single day.
_PLACELESS = {"days", "hours", "weeks", "months", "years", "km", "m"}
_PERIODS = {"year", "semester", "quarter", "bimester", "month"}


def extract_figures(doc: Doc, timexes: list[Timex], topics):
    lex = lex_()
    ids = Ids()
    figures, issues = [], []
    parsed: list[ParsedFigure] = find_figures(
        doc.text, doc.folded, [(t.start, t.end) for t in timexes], doc.words
    )
    country_names = {
        e.country: e.name for e in doc.entries.values() if e.kind == "country"
    }
    for p in parsed:
        si = doc.sentence_at(p.start)
        # The number's own words ("2.000 venezolanos") say who, not where.
        mentions = [
            c
            for c in _country_mentions(doc, si)
            if not any(q.start <= c[0] < q.end for q in parsed)
        ]
        near, _ = nearest(mentions, p.start, p.end)
        country = near[2] if near and p.metric not in _PLACELESS else None
        dated = [
            (t.start, t.end, t)
            for t in timexes
            if t.sentence == si
            and t.resolved
            and (t.explicit_year or t.precision == "year")
            and t.precision in _PERIODS
        ]
        period_t, _ = nearest(dated, p.start, p.end)
        ref_period = _ref_period(period_t[2]) if period_t else None
        base = (
            lex.metric_labels.get(p.metric) or p.metric.replace("_", " ").capitalize()
        )
        label = f"{base} in {country_names.get(country, country)}" if country else base
        if p.qualifier in ("range_low", "range_high"):
            label += f" ({'lower' if p.qualifier == 'range_low' else 'upper'} bound of a range)"
        fid = ids(f"{p.metric}_{country.lower()}" if country else p.metric)
        figures.append(
            Figure(
                figure_id=fid,
                label=label,
                metric=p.metric,
                value=p.value,
                unit=p.unit,
                country=country,
                ref_period=ref_period,
                evidence=[doc.evidence(p.start, p.end)],
                reviewed=False,
            )
        )
        if ref_period is None and p.metric.endswith("_rate"):
            issues.append(
                {
                    "base": f"{fid}_undated",
                    "kind": "imprecise_date",
                    "description": f"The {label[0].lower()}{label[1:]} of {p.text} is given with no year.",
                    "evidence": [doc.evidence(p.start, p.end)],
                    "topics": topics[si],
                }
            )
    return figures, issues
