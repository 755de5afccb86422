"""The story briefs built end to end for three articles: HTML in a browser with no
network, PDF text, the index, and what one changed article rebuilds."""

from __future__ import annotations

import re
import shutil

import pytest
from browser import drawn_charts, dump_dom, needs_chromium, tooltips
from building import run_build
from pypdf import PdfReader

from analysis.paths import SEEDS

pytestmark = pytest.mark.slow
ARTICLES = ("kast-jeri-lima-visit", "en-dev-peru-emergency-afp", "es-dev-kast-in-lima")


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    """Three articles in a folder of their own, built with their story briefs."""
    root = tmp_path_factory.mktemp("story")
    folder = root / "articles"
    folder.mkdir()
    for name in ARTICLES:
        for suffix in (".md", ".annotations.yaml"):
            shutil.copy(SEEDS / f"{name}{suffix}", folder / f"{name}{suffix}")
    reports = root / "reports"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ANALYSIS_SEEDS", str(folder))
        result = run_build(reports, "--lang", "en", "es", "--topic", "overview")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "8 built, 0 fresh, 0 failed" in result.stdout
    return {"folder": folder, "reports": reports}


def pdf_text(path) -> str:
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_story_pdf_has_title_both_quotes_of_a_conflict_and_every_source(story):
    text = pdf_text(story["reports"] / "story" / "overview.en.pdf")
    assert "Confirmed by" in text.split("Written as of")[0]
    assert "Where the reports disagree" in text
    assert "Reports disagree on the date of" in text
    # Both reports' words on Peru's emergency: the AFP wire's day and the seed's.
    assert "Peru declared a 60-day state of emergency on Friday" in text
    assert "a day after the Peruvian government issued the decree emergency" in text
    for title in (
        "Kast will visit Jerí in Lima in January 2026",
        "Peru declares 60-day emergency on Chile border",
        "Kast y Jerí coinciden en enfrentar juntos el crimen organizado",
    ):
        assert title in text, title
    for n in (1, 2, 3):
        assert f"Figure {n} —" in text, n
    spanish = pdf_text(story["reports"] / "story" / "overview.es.pdf")
    assert "Dónde discrepan los informes" in spanish
    assert "Confirmado por" in spanish


@needs_chromium
def test_story_html_draws_every_chart_offline_and_tooltips_quote_the_reports(story):
    page = story["reports"] / "story" / "overview.en.html"
    dom, console = dump_dom(page)
    assert drawn_charts(dom) == 3, console
    # Vega-Lite warns that the timeline's layers declare its time domain in two
    # forms (a warning, the chart draws); nothing else may reach the console.
    assert [line for line in console if '"WARN ' not in line] == []
    seen = tooltips(page, lambda t: "reports" in t and "¶" in t and "“" in t)
    assert seen, "no tooltip on the story timeline"
    tip = seen[-1][0]
    assert re.search(r"\[\d\] ¶\d+: “", tip), tip
    assert re.search(r"\d reports", tip), tip


def test_index_lists_the_story_first_then_each_article(story):
    index = (story["reports"] / "index.html").read_text(encoding="utf-8")
    assert index.index("The story across 3 reports") < index.index(
        "Kast will visit Jerí in Lima"
    )
    assert 'href="story/overview.en.html"' in index
    spanish = (story["reports"] / "index.es.html").read_text(encoding="utf-8")
    assert "La historia a través de 3 informes" in spanish


def test_one_changed_article_rebuilds_its_briefs_and_the_storys_only(story):
    notes = story["folder"] / "es-dev-kast-in-lima.annotations.yaml"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n# revisado\n", "utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ANALYSIS_SEEDS", str(story["folder"]))
        result = run_build(
            story["reports"], "--lang", "en", "es", "--topic", "overview"
        )
    assert result.returncode == 0, result.stderr[-3000:]
    built = sorted(re.findall(r"^  built  (\S+)", result.stdout, re.M))
    assert built == [
        "es-dev-kast-in-lima/overview.en",
        "es-dev-kast-in-lima/overview.es",
        "story/overview.en",
        "story/overview.es",
    ]
    assert "4 built, 4 fresh, 0 failed" in result.stdout
