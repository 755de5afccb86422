"""Cited public figures and events, filtered to a brief's date, and the fact check."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator

from .exceptions import ContextDataError
from .i18n import N_, fmt_date, fmt_number, fmt_range, translator
from .labels import event_label, publisher
from .paths import CONTEXT_EVENTS, CONTEXT_FIGURES, PLACES, display
from .schema import ISO3, Dataset, Event, Figure, Record

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def earliest_day(text: str) -> dt.date:
    """The first day a partial date can mean: '2025' → 2025-01-01."""
    m = _PARTIAL_DATE.match(text.strip())
    if not m:
        raise ValueError(
            f"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def latest_day(text: str) -> dt.date:
    """The last day a partial date can mean: '2023-07' → 2023-07-31, '2025' → 2025-12-31.

    A source dated only to a month may have come out on its last day, so a brief
    uses it only from then on: never earlier than it could have been read.
    """
    m = _PARTIAL_DATE.match(text.strip())
    if not m:
        raise ValueError(
            f"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"
        )
    year, month, day = int(m[1]), m[2], m[3]
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        return dt.date(year, int(month), calendar.monthrange(year, int(month))[1])
    return dt.date(year, 12, 31)


class Sourced(Record):
    """A reference row: every one names its publisher, address and date."""

    published: str = Field(description="When the source was published: YYYY[-MM[-DD]].")
    publisher: str = Field(min_length=1, description="Who published the figure.")
    source_url: str = Field(
        pattern=r"^https?://\S+$", description="Address of the source."
    )
    note: str | None = Field(default=None, description="Caveats on the row.")

    @field_validator("published")
    @classmethod
    def _partial_date(cls, value: str) -> str:
        latest_day(value)
        return value

    @property
    def available_from(self) -> dt.date:
        """First day a brief may use this row."""
        return latest_day(self.published)

    @property
    def citation(self) -> str:
        return f"{self.publisher}, {self.published}"


class ContextFigure(Sourced):
    """A published figure that puts the article's numbers in context."""

    metric: str = Field(pattern=r"^[a-z_]+$", description="What is measured.")
    country: ISO3 = Field(description="Country or region code (LAC: Latin America).")
    value: float = Field(description="The figure; the low end of a range.")
    value_high: float | None = Field(default=None, description="High end of a range.")
    unit: str = Field(min_length=1, description="Unit of the figure.")
    ref_period: str | None = Field(
        default=None, description="Period the figure describes: a year, month or range."
    )

    @property
    def ref_year(self) -> int | None:
        if not self.ref_period:
            return None
        return int(self.ref_period[:4])


class ContextEvent(Sourced):
    """A dated public event, used to check the article's dates."""

    context_event_id: str = Field(
        pattern=r"^[a-z0-9_]+$", description="Key of the event."
    )
    date: dt.date = Field(description="When it happened.")
    date_precision: str = Field(description="How precisely the source dates it.")
    event: str = Field(min_length=1, description="What happened.")
    country: ISO3 = Field(description="Country the source reports from.")


class PlaceCoordinate(Record):
    """Coordinates of a place drawn on the map."""

    name: str = Field(min_length=1, description="Name of the place.")
    country: ISO3 = Field(description="Country it lies in.")
    kind: str = Field(description="capital, city or border crossing.")
    lat: float = Field(ge=-90, le=90, description="Latitude, degrees.")
    lon: float = Field(ge=-180, le=180, description="Longitude, degrees.")
    source: str = Field(min_length=1, description="Where the coordinates come from.")
    note: str | None = Field(default=None, description="Caveats, e.g. approximate.")


def _read_rows(path: Path, model, convert=None) -> list:
    where = display(path)
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        for line, row in enumerate(reader, start=2):
            row = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items()}
            row = {k: v for k, v in row.items() if v not in ("", None)}
            try:
                if convert:
                    row = convert(row)
                rows.append(model(**row))
            except (ValidationError, ValueError) as exc:
                raise ContextDataError(_row_error(where, line, exc)) from None
    return rows


def _row_error(where: str, line: int, exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "row"
        if err["type"] == "missing":
            return (
                f"{where}:{line}: row has no {field}; every context row needs "
                "its publisher, source_url and published date"
            )
        return f"{where}:{line}: {field}: {err['msg']}"
    return f"{where}:{line}: {exc}"


def _split_range(row: dict) -> dict:
    value = row.get("value", "")
    if re.fullmatch(r"\d+(\.\d+)?-\d+(\.\d+)?", value):
        low, high = value.split("-")
        row = {**row, "value": low, "value_high": high}
    return row


@lru_cache
def _load(figures: Path, events: Path, places: Path):
    return (
        _read_rows(figures, ContextFigure, _split_range),
        _read_rows(events, ContextEvent),
        _read_rows(places, PlaceCoordinate),
    )


@dataclass(frozen=True)
class Context:
    """Reference data as a brief dated `as_of` may use it."""

    as_of: dt.date
    figures: list[ContextFigure]
    events: list[ContextEvent]
    places: list[PlaceCoordinate]
    withheld: int
    """Rows left out: published after `as_of`, or dated too loosely to place before it."""
    withheld_later: int = 0
    """Rows left out because they were certainly published after `as_of`."""
    withheld_unplaced: int = 0
    """Rows left out because their date (a year or a month) spans `as_of`."""

    def series(self, metric: str) -> list[ContextFigure]:
        return [f for f in self.figures if f.metric == metric]

    def event(self, context_event_id: str) -> ContextEvent | None:
        return next(
            (e for e in self.events if e.context_event_id == context_event_id), None
        )

    @property
    def sources(self) -> list[Sourced]:
        """Every row used, one per address, in order of publication."""
        seen: dict[str, Sourced] = {}
        for row in [*self.figures, *self.events]:
            seen.setdefault(row.source_url, row)
        return sorted(seen.values(), key=lambda r: (r.available_from, r.publisher))


def load_context(
    as_of: dt.date,
    figures: Path = CONTEXT_FIGURES,
    events: Path = CONTEXT_EVENTS,
    places: Path = PLACES,
) -> Context:
    """Context rows published on or before `as_of`; the rest are withheld."""
    all_figures, all_events, all_places = _load(figures, events, places)
    usable_figures = [f for f in all_figures if f.available_from <= as_of]
    usable_events = [e for e in all_events if e.available_from <= as_of]
    left_out = [r for r in [*all_figures, *all_events] if r.available_from > as_of]
    later = sum(earliest_day(r.published) > as_of for r in left_out)
    return Context(
        as_of,
        usable_figures,
        usable_events,
        list(all_places),
        len(left_out),
        later,
        len(left_out) - later,
    )


def all_context_event_ids() -> set[str]:
    """Keys of every context event, whatever its publication date."""
    return {
        e.context_event_id for e in _load(CONTEXT_FIGURES, CONTEXT_EVENTS, PLACES)[1]
    }


# --- The fact check ---------------------------------------------------------

COUNTRY_NAMES = {
    "CHL": N_("Chile"),
    "PER": N_("Peru"),
    "LAC": N_("Latin America and the Caribbean"),
}


def country_name(code: str | None, lang: str) -> str:
    """A country's name in the brief's language, from the catalogue."""
    name = COUNTRY_NAMES.get(code or "")
    return translator(lang)(name) if name else code or ""


@dataclass(frozen=True)
class Check:
    """One verdict of the fact check, in words, with what it rests on."""

    subject: str
    verdict: str
    agrees: bool | None
    """True: the article matches the source; False: it does not; None: no source."""
    article_quote: str
    sources: tuple[Sourced, ...]
    record_id: str = ""
    """figure_id or event_id of the article's record the check is about."""


def check_figure(figure: Figure, context: Context, lang: str = "en") -> Check:
    """Match an article figure to published figures of the same metric and country."""
    _ = translator(lang)
    rows = [f for f in context.series(figure.metric) if f.country == figure.country]
    value = fmt_number(figure.value, lang, digits=1 if "per" in figure.unit else 0)
    unit = _(figure.unit)
    country = country_name(figure.country, lang)
    if not rows:
        verdict = _(
            "No published figure for {country} is available by this brief's "
            "date to check {value} {unit} against."
        ).format(country=country, value=value, unit=unit)
        return Check(
            figure.label, verdict, None, figure.evidence[0].quote, (), figure.figure_id
        )
    matches = [r for r in rows if abs(r.value - figure.value) < 0.05]
    latest = max(rows, key=lambda r: (r.ref_period or "", r.available_from))
    parts = []
    if matches:
        m = min(matches, key=lambda r: r.ref_period or "")
        parts.append(
            _("{value} {unit} matches {country}'s {year} rate").format(
                value=value, unit=unit, country=country, year=m.ref_period
            )
        )
    else:
        parts.append(
            _("{value} {unit} matches no published rate for {country}").format(
                value=value, unit=unit, country=country
            )
        )
    if latest not in matches:
        parts.append(
            _(
                "the latest rate published by this brief's date is {latest} ({year})"
            ).format(
                latest=fmt_number(latest.value, lang, digits=1), year=latest.ref_period
            )
        )
        agrees = False
    else:
        parts.append(_("it is the latest rate published by this brief's date"))
        agrees = True
    verdict = "; ".join(parts) + "."
    used = tuple(dict.fromkeys([*matches, latest]))
    return Check(
        figure.label,
        verdict[0].upper() + verdict[1:],
        agrees,
        figure.evidence[0].quote,
        used,
        figure.figure_id,
    )


def check_event(
    event: Event, context: Context, lang: str = "en", dataset: Dataset | None = None
) -> Check | None:
    """Compare an article event's dates with the linked public event, if usable."""
    if not event.context_event:
        return None
    ref = context.event(event.context_event)
    if ref is None:
        return None
    _ = translator(lang)
    article_dates = fmt_range(event.date_from, event.date_to, event.precision, lang)
    source_date = fmt_date(ref.date, lang)
    fields = {
        "label": event_label(event, dataset, lang) if dataset else _(event.label),
        "article": article_dates,
        "source": source_date,
        "publisher": publisher(ref.publisher, lang),
        "published": fmt_date(ref.available_from, lang),
    }
    if event.date_from is None:
        verdict = _(
            "{label}: the article gives no date; {publisher} (published {published}) "
            "dates it {source}."
        ).format(**fields)
        agrees = None
    elif event.date_from <= ref.date <= event.date_to:
        if event.precision == "day":
            verdict = _(
                "{label}: the article's date, {article}, agrees with {publisher} "
                "(published {published})."
            ).format(**fields)
        else:
            verdict = _(
                "{label}: the article's dating, {article}, agrees with "
                "{publisher} (published {published}), which gives {source}."
            ).format(**fields)
        agrees = True
    else:
        gap = min(
            abs((ref.date - event.date_from).days), abs((ref.date - event.date_to).days)
        )
        fields["gap"] = gap
        verdict = _(
            "{label}: the article's words put it {article}, but {publisher} "
            "(published {published}) dates it {source}, {gap} days outside the article's "
            "range."
        ).format(**fields)
        agrees = False
    return Check(
        fields["label"],
        verdict,
        agrees,
        event.evidence[0].quote,
        (ref,),
        event.event_id,
    )


def all_context_metrics() -> set[str]:
    """Metrics the reference data has rows for, whatever their publication date."""
    return {f.metric for f in _load(CONTEXT_FIGURES, CONTEXT_EVENTS, PLACES)[0]}


def fact_check(dataset: Dataset, context: Context, lang: str = "en") -> list[Check]:
    """Every checkable figure and linked event of the article against the context.

    A figure is checkable when the reference data covers its metric at all; a
    vote share or a count of days has nothing to be checked against.
    """
    metrics = all_context_metrics()
    checks = [
        check_figure(f, context, lang) for f in dataset.figures if f.metric in metrics
    ]
    checks += [
        c for e in dataset.events if (c := check_event(e, context, lang, dataset))
    ]
    return checks
