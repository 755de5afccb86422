"""Story briefs: findings across reports, disagreements with both quotes, plurals."""

from __future__ import annotations

import html
import re

import pytest
from test_story import GOV_PERU_EN, GOV_PERU_ES, JERI, KAST, article, event

from analysis.corpus import Corpus
from analysis.exceptions import ParameterError
from analysis.story_brief import StoryBrief
from analysis.story_charts import chart_measures, chart_timeline


def text(part) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", str(part)))


def measure(measure_id, label, status, quote, **kw):
    return {
        "measure_id": measure_id,
        "kind": kw.pop("kind", "state_of_emergency"),
        "label": label,
        "actors": kw.pop("actors", ["gov_peru"]),
        "countries": ["PER"],
        "status": status,
        "topic": "security",
        "evidence": [quote],
        **kw,
    }


EN_VISIT = "Kast met Jerí at the Government Palace in Lima on Wednesday."
ES_VISIT = "Kast se reunió el miércoles en Lima con el mandatario peruano, José Jerí."
EN_EMERGENCY = "Peru declared a state of emergency on the border in early December."
ES_EMERGENCY = (
    "El Perú declaró el estado de emergencia en la frontera el 28 de noviembre."
)
ES_PROPOSED = "El Perú propone un estado de emergencia en la frontera."


@pytest.fixture
def corpus(tmp_path) -> Corpus:
    """Three reports: two carry the Lima meeting, two date the emergency apart,
    and the last gives the emergency a status that goes backwards."""
    en = article(
        tmp_path,
        "en-wire",
        "en",
        "2026-01-07",
        f"{EN_VISIT}\n{EN_EMERGENCY}",
        actors=[KAST, JERI, GOV_PERU_EN],
        events=[
            event(
                "lima_meeting",
                "meeting",
                "Kast meets Jerí in Lima",
                "Kast met Jerí at the Government Palace in Lima on Wednesday",
                "2026-01-07",
                "2026-01-07",
                "day",
                ["kast", "jeri"],
            ),
            event(
                "emergency",
                "emergency",
                "Peru declares a state of emergency",
                "Peru declared a state of emergency on the border in early December",
                "2025-12-01",
                "2025-12-10",
                "approximate",
                ["gov_peru"],
                context_event="peru_emergency_decree",
            ),
        ],
        measures=[
            measure(
                "emergency_m",
                "State of emergency on the border",
                "implemented",
                "Peru declared a state of emergency on the border",
            )
        ],
    )
    es = article(
        tmp_path,
        "es-diario",
        "es",
        "2026-01-08",
        f"{ES_VISIT}\n{ES_EMERGENCY}",
        actors=[KAST, JERI, GOV_PERU_ES],
        events=[
            event(
                "reunion",
                "meeting",
                "Reunión de Kast y Jerí en Lima",
                "Kast se reunió el miércoles en Lima con el mandatario peruano",
                "2026-01-07",
                "2026-01-07",
                "day",
                ["kast", "jeri"],
            ),
            event(
                "emergencia",
                "emergency",
                "El Perú declara el estado de emergencia",
                "El Perú declaró el estado de emergencia en la frontera el 28 de "
                "noviembre",
                "2025-11-28",
                "2025-11-28",
                "day",
                ["gov_peru"],
                context_event="peru_emergency_decree",
            ),
        ],
    )
    later = article(
        tmp_path,
        "es-tarde",
        "es",
        "2026-01-10",
        ES_PROPOSED,
        actors=[GOV_PERU_ES],
        measures=[
            measure(
                "emergencia_m",
                "Estado de emergencia en la frontera",
                "proposed",
                "El Perú propone un estado de emergencia en la frontera",
            )
        ],
    )
    return Corpus({d.article.article_id: d for d in (en, es, later)})


def test_key_points_say_what_is_confirmed_and_what_conflicts(corpus):
    brief = StoryBrief(topic="overview", lang="en", corpus=corpus)
    points = brief.points()
    assert [p.kind for p in points][:1] == ["confirmed"]
    confirmed = next(p for p in points if "Kast meets Jerí" in p.text)
    assert confirmed.text == (
        "Confirmed by 2 reports: Kast meets Jerí in Lima, 7 January 2026"
    )
    # Each reference names its article by its number in the sources: in order of
    # publication, en-wire is [1] and es-diario [2].
    assert confirmed.ref == "[1] ¶1; [2] ¶1"
    assert brief.numbers == {"en-wire": 1, "es-diario": 2, "es-tarde": 3}
    kinds = {p.kind for p in points}
    assert "conflict" in kinds
    date = next(p for p in brief.findings if "date of" in p.text)
    assert date.text == (
        "Reports disagree on the date of Peru declares a state of emergency: "
        "[1] puts it 1–10 Dec 2025 (approx.); [2] puts it 28 November 2025"
    )
    assert brief.title == points[0].text
    assert brief.as_of.isoformat() == "2026-01-10"


def test_conflicts_are_shown_with_both_quotes(corpus):
    brief = StoryBrief(topic="overview", lang="en", corpus=corpus)
    section = text(brief.conflicts_section())
    assert "Where the reports disagree" in section
    assert f"“{EN_EMERGENCY[:-1]}”" in section
    assert "“El Perú declaró el estado de emergencia en la frontera el 28 de" in section
    assert "(in Spanish)" in section
    # The status that goes backwards: in force in [1], only proposed in [3].
    status = next(i for i in brief.conflict_items() if "status of" in i["text"])
    assert status["text"] == (
        "Reports disagree on the status of state of emergency on the border: "
        "[1] reports it as in force; later, [3] reports it as proposed"
    )
    assert [q["cite"] for q in status["quotes"]] == ["[1] ¶2", "[3] ¶1"]
    assert status["quotes"][1]["quote"].startswith("“El Perú propone")


def test_counts_agree_with_their_number_in_both_languages(corpus):
    en = StoryBrief(topic="overview", lang="en", corpus=corpus)
    es = StoryBrief(topic="overview", lang="es", corpus=corpus)
    header_en, header_es = text(en.header()), text(es.header())
    assert "3 reports, published 7 January 2026 to 10 January 2026" in header_en
    assert "3 informes, publicados del 7 de enero de 2026 al 10 de enero de 2026" in (
        header_es
    )
    assert re.search(r"\b2 disagreements\b", header_en)
    assert re.search(r"\b2 discrepancias\b", header_es)
    assert re.search(r"\b1 measure\b", header_en)
    assert re.search(r"\b1 medida\b", header_es)
    # A verb agrees with how many reports say the same thing.
    group = next(g for g in es.conflict_groups if g[0].kind == "date")
    assert es.conflict_sentence(group).endswith(
        "[1] la sitúa 1–10 dic 2025 (aprox.); [2] la sitúa 28 de noviembre de 2025"
    )
    two = en.ngettext(
        "{refs} puts it {value}",
        "{refs} put it {value}",
        2,
        refs="[1] and [2]",
        value="early December",
    )
    assert two == "[1] and [2] put it early December"
    es_confirmed = next(p for p in es.points() if p.kind == "confirmed")
    assert es_confirmed.text.startswith("Confirmado por 2 informes: ")


def test_charts_draw_each_event_with_its_reports_and_each_measure_by_report(corpus):
    brief = StoryBrief(topic="overview", lang="en", corpus=corpus)
    timeline = chart_timeline(brief).to_dict()
    rows = next(iter(timeline["datasets"].values()))
    meeting = next(r for r in rows if r["event"] == "Kast meets Jerí in Lima")
    assert (meeting["reports"], meeting["reports_label"]) == (2, "2 reports")
    assert meeting["which"] == "[1] and [2]"
    assert "[1] ¶1: “Kast met Jerí" in meeting["quotes"]
    assert "[2] ¶1: “Kast se reunió" in meeting["quotes"]
    disputed = next(r for r in rows if r["status"] == "dates in dispute")
    assert (disputed["date_from"], disputed["date_to"]) == ("2025-11-28", "2025-12-11")
    measures = chart_measures(brief).to_dict()
    points = [r for v in measures["datasets"].values() for r in v]
    assert sorted((r["report"], r["status"]) for r in points) == [
        ("[1] ¶2", "in force"),
        ("[3] ¶1", "proposed"),
    ]
    title = " ".join(measures["title"]["text"])
    assert title == "Reports give 1 measure different statuses over time"


def test_a_report_after_the_brief_date_is_left_out(corpus):
    brief = StoryBrief(topic="overview", lang="en", as_of="2026-01-08", corpus=corpus)
    assert list(brief.corpus.datasets) == ["en-wire", "es-diario"]
    assert brief.left_out == 1
    assert all(c.kind != "status" for c in brief.conflicts)
    notes = text(brief.data_notes())
    assert "1 article of the folder was published after the brief's date" in notes
    with pytest.raises(ParameterError, match="no article in .* was published by"):
        StoryBrief(topic="overview", lang="en", as_of="2025-01-01", corpus=corpus)


def test_sources_list_every_article(corpus):
    brief = StoryBrief(topic="security", lang="es", corpus=corpus)
    sources = text(brief.sources())
    for article_id in ("en-wire", "es-diario", "es-tarde"):
        assert f"{article_id}.md" in sources
    assert "(en inglés)" in sources
