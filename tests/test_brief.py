"""Brief text generated from the tables: titles, key points, watch list, notes, sources."""

import html
import re

import pytest

from analysis.brief import Brief


def text(part) -> str:
    return html.unescape(
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", str(part))).strip()
    )


@pytest.mark.parametrize(
    "topic", ["overview", "security", "migration", "border_cooperation"]
)
def test_three_to_five_key_points_each_with_a_reference(dataset, topic):
    points = Brief(topic=topic, dataset=dataset).points()
    assert 3 <= len(points) <= 5
    for p in points:
        assert p.ref.startswith("¶") or re.search(r", \d{4}", p.ref), p
        assert not p.text[0].islower()


def test_titles_state_findings(dataset):
    titles = {
        t: Brief(topic=t, dataset=dataset).title
        for t in ("overview", "security", "migration", "border_cooperation")
    }
    assert titles["overview"] == (
        "Next: Kast visits Jerí at Government Palace in Lima (January 2026)"
    )
    assert titles["security"] == (
        "The Government of Peru has put in force: state of emergency by decree in "
        "border areas and 2 other measures"
    )
    assert titles["migration"] == (
        "Mass expulsion of irregular migrants and transitional detention centres in "
        "border areas face legal, humanitarian and budgetary constraints, according "
        "to political scientist Rocío Zepeda Majmud"
    )
    assert (
        "joint patrols and stronger police cooperation" in titles["border_cooperation"]
    )


def test_claims_stay_attributed(dataset):
    points = [p.text for p in Brief(topic="migration", dataset=dataset).points()]
    assert (
        "According to the Government of Peru, Peru does not have the capacity to "
        "absorb new flows of migrants."
    ) in points
    assert any(
        p.startswith("According to political scientist Rocío Zepeda Majmud")
        for p in points
    )


def test_what_to_watch_depends_on_the_brief_date(dataset):
    early = text(Brief(topic="overview", dataset=dataset).watch_section())
    for item in (
        "January 2026 — Kast visits Jerí",
        "11 March 2026 — Kast takes office",
        "March–April 2026 — Peru–Chile Binational Cabinet",
    ):
        assert item in early
    assert "according to Peru's Foreign Ministry" in early
    assert "date known to the month" in early and "announced by" not in early
    late = text(
        Brief(topic="overview", as_of="2026-06-01", dataset=dataset).watch_section()
    )
    assert "No event the article dates falls after 1 June 2026." in late


def test_border_brief_notes_the_contradiction_and_checks_the_decree(dataset):
    brief = Brief(topic="border_cooperation", dataset=dataset)
    notes = text(brief.data_notes())
    assert "Contradiction:" in notes and "segundo bimestre" in notes
    context = text(brief.context_section())
    assert "28 November 2025" in context and "30 Nov–9 Dec 2025" in context


def test_sources_list_only_what_the_brief_uses(dataset):
    security = text(Brief(topic="security", dataset=dataset).sources())
    assert "Expansión" in security and "Vilas Radio" not in security
    migration = text(Brief(topic="migration", dataset=dataset).sources())
    assert "Diario Contraste" in migration


def test_header_says_how_the_data_was_made(dataset):
    header = text(Brief(topic="overview", dataset=dataset).header())
    assert "Reviewed by an analyst" in header
    assert (
        "21 December 2025 (the article's publication date as inferred from its "
        "content)" in header
    )
    assert (
        "9 actors, 9 dated events, 10 measures, 8 attributed claims and 1 figure"
        in header
    )
