"""Reference data, the as-of rule and the fact check, with values asserted."""

import datetime as dt
import shutil

import pytest

from analysis.context import check_event, check_figure, latest_day, load_context
from analysis.exceptions import ContextDataError
from analysis.paths import CONTEXT_EVENTS, CONTEXT_FIGURES, PLACES


def ctx(day):
    return load_context(dt.date.fromisoformat(day))


def test_partial_publication_dates_count_from_their_last_day():
    assert latest_day("2023-07") == dt.date(2023, 7, 31)
    assert latest_day("2025") == dt.date(2025, 12, 31)
    assert latest_day("2025-12-15") == dt.date(2025, 12, 15)


def test_as_of_excludes_rows_published_later():
    early = ctx("2025-12-20")
    values = {f.value for f in early.series("homicide_rate") if f.country == "CHL"}
    assert 5.4 not in values and {4.6, 6.7, 6.3, 6.0} <= values
    late = ctx("2026-06-01")
    assert 5.4 in {f.value for f in late.series("homicide_rate") if f.country == "CHL"}
    assert early.withheld > late.withheld == 0


def test_every_row_has_publisher_url_and_dates():
    c = ctx("2030-01-01")
    for row in [*c.figures, *c.events]:
        assert row.publisher and row.source_url.startswith("http") and row.published


def test_figure_verdict_names_2021_and_latest(dataset):
    [figure] = dataset.figures
    check = check_figure(figure, ctx("2025-12-21"))
    assert check.verdict == (
        "4.6 per 100,000 inhabitants matches Chile's 2021 rate; the "
        "latest rate published by this brief's date is 6.0 (2024)."
    )
    assert check.agrees is False
    assert {s.publisher for s in check.sources} == {
        "La Tercera (quoting Chile's first national homicide report)",
        "Expansión",
    }
    later = check_figure(figure, ctx("2026-06-01"))
    assert "is 5.4 (2025)" in later.verdict


def test_figure_verdict_before_any_later_rate(dataset):
    check = check_figure(dataset.figures[0], ctx("2023-08-01"))
    assert "matches Chile's 2021 rate" in check.verdict
    assert "6.7 (2022)" in check.verdict


def test_decree_check_names_both_dates(dataset):
    decree = next(e for e in dataset.events if e.event_id == "emergency_decree")
    check = check_event(decree, ctx("2025-12-21"))
    assert check.agrees is False
    assert "30 Nov–9 Dec 2025" in check.verdict
    assert "28 November 2025" in check.verdict
    assert "AFP via Free Malaysia Today" in check.verdict


def test_event_check_waits_for_publication(dataset):
    visit = next(e for e in dataset.events if e.event_id == "lima_visit")
    assert check_event(visit, ctx("2025-12-21")) is None
    check = check_event(visit, ctx("2026-06-01"))
    assert check.agrees is True and "7 January 2026" in check.verdict


@pytest.fixture
def context_copy(tmp_path):
    paths = {}
    for src in (CONTEXT_FIGURES, CONTEXT_EVENTS, PLACES):
        paths[src.name] = tmp_path / src.name
        shutil.copy(src, paths[src.name])
    return paths


def test_row_without_source_is_rejected_in_one_line(context_copy):
    figures = context_copy["context-figures.csv"]
    lines = figures.read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4].replace(
        "https://expansion.mx/mundo/2025/12/15/dos-factores-jose-"
        "antonio-kast-presidencia-chile",
        "",
    )
    figures.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ContextDataError) as info:
        load_context(
            dt.date(2026, 1, 1),
            figures,
            context_copy["context-events.csv"],
            context_copy["places.csv"],
        )
    message = str(info.value)
    assert message.endswith(
        "context-figures.csv:5: row has no source_url; every context "
        "row needs its publisher, source_url and published date"
    )
    assert "\n" not in message


def test_bad_published_date_is_rejected(context_copy):
    events = context_copy["context-events.csv"]
    events.write_text(events.read_text().replace(",2025-11-29,AFP", ",29/11/2025,AFP"))
    with pytest.raises(ContextDataError, match=r"context-events.csv:2: published: "):
        load_context(
            dt.date(2026, 1, 1),
            context_copy["context-figures.csv"],
            events,
            context_copy["places.csv"],
        )
