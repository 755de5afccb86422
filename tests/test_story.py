"""The story across articles: merging reports, keeping events apart, conflicts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.annotations import annotations_path, build_dataset
from analysis.article import article_sentences, load_article
from analysis.corpus import Corpus, load_corpus
from analysis.paths import REPORTS, ROOT, SEEDS
from analysis.story import build_story, concepts, load_gold, period_range, score_links

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = FIXTURES / "story_links.yaml"

KAST = {
    "actor_id": "kast",
    "name": "José Antonio Kast",
    "kind": "person",
    "country": "CHL",
    "evidence": ["Kast"],
}
JERI = {
    "actor_id": "jeri",
    "name": "José Jerí",
    "kind": "person",
    "country": "PER",
    "evidence": ["Jerí"],
}
GOV_PERU_EN = {
    "actor_id": "gov_peru",
    "name": "Government of Peru",
    "kind": "government",
    "country": "PER",
    "evidence": ["Peru"],
}
GOV_PERU_ES = {**GOV_PERU_EN, "name": "Gobierno del Perú", "evidence": ["Perú"]}


def article(tmp_path, article_id, language, published, text, **tables):
    """An article file and its curated tables, built as the loader builds them."""
    path = tmp_path / f"{article_id}.md"
    path.write_text(
        f"---\ntitle: {article_id}\npublished: {published}\nlanguage: {language}\n"
        f"source: Test wire\n---\n{text}\n",
        encoding="utf-8",
    )
    art = load_article(path)
    raw = {"sentence_topics": {s.sentence_id: [] for s in article_sentences(art)}}
    for name, records in tables.items():
        # A short quote may occur twice: anchor each at its first occurrence.
        raw[name] = [
            {
                **r,
                "evidence": [
                    {"quote": q, "start": art.text.index(q)} for q in r["evidence"]
                ],
            }
            for r in records
        ]
    return build_dataset(art, raw, str(path))


def story_of(*datasets):
    return build_story(Corpus({d.article.article_id: d for d in datasets}))


def event(event_id, kind, label, quote, date_from, date_to, precision, actors, **kw):
    return {
        "event_id": event_id,
        "kind": kind,
        "label": label,
        "date_from": date_from,
        "date_to": date_to,
        "precision": precision,
        "status": kw.pop("status", "occurred"),
        "actors": actors,
        "evidence": [quote],
        **kw,
    }


def test_same_visit_in_spanish_and_english_is_one_event(tmp_path):
    en = article(
        tmp_path,
        "en-visit",
        "en",
        "2026-01-07",
        "Kast met Jerí at the Government Palace in Lima on Wednesday.",
        actors=[KAST, JERI],
        events=[
            event(
                "lima_meeting",
                "visit",
                "Kast meets Jerí in Lima",
                "Kast met Jerí at the Government Palace in Lima on Wednesday",
                "2026-01-07",
                "2026-01-07",
                "day",
                ["kast", "jeri"],
            )
        ],
    )
    es = article(
        tmp_path,
        "es-visita",
        "es",
        "2026-01-08",
        "Kast se reunió el miércoles en Lima con el mandatario peruano, José Jerí.",
        actors=[KAST, JERI],
        events=[
            event(
                "reunion",
                "meeting",
                "Reunión de Kast y Jerí en Palacio de Gobierno",
                "Kast se reunió el miércoles en Lima con el mandatario peruano",
                "2026-01-07",
                "2026-01-07",
                "day",
                ["kast", "jeri"],
            )
        ],
    )
    story = story_of(en, es)
    [merged] = story.events
    assert merged.source_count == 2
    assert [m.qualified_id for m in merged.mentions] == [
        "en-visit:lima_meeting",
        "es-visita:reunion",
    ]
    assert merged.labels == {
        "en": "Kast meets Jerí in Lima",
        "es": "Reunión de Kast y Jerí en Palacio de Gobierno",
    }
    assert (str(merged.date_from), merged.precision) == ("2026-01-07", "day")
    assert not merged.date_conflict
    assert merged.actors == ["jeri", "kast"]
    # One person across both articles, named once.
    kast = next(a for a in story.actors if a.actor_id == "kast")
    assert kast.source_count == 2
    assert merged.mentions[1].citation.short() == "es-visita ¶1 (2026-01-08)"


def test_different_events_on_the_same_day_stay_apart(tmp_path):
    text_en = "Kast won the run-off on Sunday. Jerí called Kast on Sunday to congratulate him."
    text_es = "Kast ganó la segunda vuelta el domingo. Jerí llamó a Kast el domingo."
    common = ("2025-12-14", "2025-12-14", "day")
    en = article(
        tmp_path,
        "en-runoff",
        "en",
        "2025-12-15",
        text_en,
        actors=[KAST, JERI],
        events=[
            event(
                "runoff",
                "election",
                "Kast wins the run-off",
                "Kast won the run-off",
                *common,
                ["kast"],
            ),
            event(
                "call",
                "call",
                "Jerí phones Kast",
                "Jerí called Kast on Sunday",
                *common,
                ["jeri", "kast"],
            ),
        ],
    )
    es = article(
        tmp_path,
        "es-balotaje",
        "es",
        "2025-12-15",
        text_es,
        actors=[KAST, JERI],
        events=[
            event(
                "vuelta",
                "election",
                "Kast gana la segunda vuelta",
                "Kast ganó la segunda vuelta",
                *common,
                ["kast"],
            ),
            event(
                "llamada",
                "call",
                "Jerí llama a Kast",
                "Jerí llamó a Kast el domingo",
                *common,
                ["jeri", "kast"],
            ),
        ],
    )
    story = story_of(en, es)
    groups = sorted(sorted(m.qualified_id for m in e.mentions) for e in story.events)
    assert groups == [
        ["en-runoff:call", "es-balotaje:llamada"],
        ["en-runoff:runoff", "es-balotaje:vuelta"],
    ]
    assert story.conflicts == []


def test_a_decree_and_its_entry_into_force_a_day_later_are_two_events(tmp_path):
    def emergency(article_id, lang, text, first, second):
        return article(
            tmp_path,
            article_id,
            lang,
            "2025-11-30",
            text,
            actors=[GOV_PERU_EN if lang == "en" else GOV_PERU_ES],
            events=[
                event(
                    "declared",
                    "emergency",
                    first[0],
                    first[1],
                    "2025-11-28",
                    "2025-11-28",
                    "day",
                    ["gov_peru"],
                ),
                event(
                    "in_force",
                    "emergency",
                    second[0],
                    second[1],
                    "2025-11-29",
                    "2025-11-29",
                    "day",
                    ["gov_peru"],
                ),
            ],
        )

    en = emergency(
        "en-decree",
        "en",
        "Peru declared a state of emergency on Friday. It takes effect on Saturday.",
        ("Peru declares a state of emergency", "Peru declared a state of emergency"),
        ("The emergency takes effect", "It takes effect on Saturday"),
    )
    es = emergency(
        "es-decreto",
        "es",
        "Perú declaró el estado de emergencia el viernes. Rige desde el sábado.",
        (
            "Perú declara el estado de emergencia",
            "Perú declaró el estado de emergencia",
        ),
        ("Entra en vigor el estado de emergencia", "Rige desde el sábado"),
    )
    story = story_of(en, es)
    groups = sorted(sorted(m.qualified_id for m in e.mentions) for e in story.events)
    assert groups == [
        ["en-decree:declared", "es-decreto:declared"],
        ["en-decree:in_force", "es-decreto:in_force"],
    ]


def test_dates_that_cannot_both_be_true_are_a_conflict_with_both_quotes(tmp_path):
    early = "at the beginning of December Peru issued the decree emergency"
    exact = "Perú declaró el viernes 28 de noviembre el estado de emergencia"
    en = article(
        tmp_path,
        "en-late",
        "en",
        "2025-12-21",
        f"A day later, {early}.",
        actors=[GOV_PERU_EN],
        events=[
            event(
                "decree",
                "emergency",
                "Peru issues an emergency decree",
                early,
                "2025-12-01",
                "2025-12-10",
                "approximate",
                ["gov_peru"],
                context_event="peru_emergency_decree",
            )
        ],
    )
    es = article(
        tmp_path,
        "es-wire",
        "es",
        "2025-11-29",
        f"El {exact}.",
        actors=[GOV_PERU_ES],
        events=[
            event(
                "declared",
                "emergency",
                "Perú declara el estado de emergencia",
                exact,
                "2025-11-28",
                "2025-11-28",
                "day",
                ["gov_peru"],
                context_event="peru_emergency_decree",
            )
        ],
    )
    story = story_of(en, es)
    [merged] = story.events
    assert merged.source_count == 2
    assert merged.date_conflict
    assert (merged.date_from, merged.date_to) == (None, None)
    [conflict] = story.conflicts
    assert conflict.kind == "date"
    assert conflict.subject == merged.event_id
    assert [m.quote for m in conflict.mentions] == [exact, early]
    assert "es-wire ¶1 (2025-11-29) puts it 2025-11-28" in conflict.description
    assert (
        "en-late ¶1 (2025-12-21) puts it 2025-12-01 to 2025-12-10"
        in conflict.description
    )


def figure(figure_id, label, value, quote, unit="percent", **kw):
    return {
        "figure_id": figure_id,
        "label": label,
        "metric": kw.pop("metric", "vote_share"),
        "value": value,
        "unit": unit,
        "country": "CHL",
        "ref_period": kw.pop("ref_period", "2025-12-14"),
        "evidence": [quote],
    }


def test_different_values_for_one_figure_are_a_conflict_but_a_range_is_not(tmp_path):
    first = article(
        tmp_path,
        "es-count",
        "es",
        "2025-12-14",
        "Kast obtuvo 58,3 % y Jara 41,7 %. Salen entre 5.000 y 6.000 personas al día.",
        figures=[
            figure("kast", "Votos de Kast", 58.3, "Kast obtuvo 58,3 %"),
            figure("jara", "Votos de Jara", 41.7, "Jara 41,7 %"),
            figure(
                "low",
                "Salidas diarias",
                5000,
                "5.000",
                unit="people",
                metric="exits",
                ref_period="2025-11",
            ),
            figure(
                "high",
                "Salidas diarias",
                6000,
                "6.000",
                unit="people",
                metric="exits",
                ref_period="2025-11",
            ),
        ],
    )
    final = article(
        tmp_path,
        "es-final",
        "es",
        "2025-12-21",
        "Kast ganó con 58,61 % de los votos válidos. Salen de 5.000 a 6.000 personas.",
        figures=[
            figure(
                "kast_final", "Votos válidos de Kast", 58.61, "Kast ganó con 58,61 %"
            ),
            figure(
                "low",
                "Salidas",
                5000,
                "5.000",
                unit="people",
                metric="exits",
                ref_period="2025-11",
            ),
            figure(
                "high",
                "Salidas",
                6000,
                "6.000",
                unit="people",
                metric="exits",
                ref_period="2025-11",
            ),
        ],
    )
    story = story_of(first, final)
    [conflict] = story.conflicts
    assert conflict.kind == "figure"
    assert conflict.subject == "vote_share (CHL)"
    assert [m.quote for m in conflict.mentions] == [
        "Kast obtuvo 58,3 %",
        "Kast ganó con 58,61 %",
    ]
    assert "58.3 percent in es-count" in conflict.description
    assert "58.61 percent in es-final" in conflict.description


def measure(measure_id, label, status, quote):
    return {
        "measure_id": measure_id,
        "kind": "joint_patrols",
        "label": label,
        "topic": "border_cooperation",
        "actors": ["gov_peru"],
        "countries": ["PER", "CHL"],
        "status": status,
        "is_bilateral": True,
        "evidence": [quote],
    }


def test_a_status_that_goes_backwards_is_a_conflict(tmp_path):
    done = "Perú y Chile ya realizan patrullajes conjuntos"
    only = "Peru proposed joint patrols with Chile"
    first = article(
        tmp_path,
        "es-early",
        "es",
        "2025-12-05",
        f"{done}.",
        actors=[GOV_PERU_ES],
        measures=[measure("patrols", "Patrullajes conjuntos", "implemented", done)],
    )
    later = article(
        tmp_path,
        "en-later",
        "en",
        "2025-12-20",
        f"{only}.",
        actors=[GOV_PERU_EN],
        measures=[measure("patrols", "Joint patrols", "proposed", only)],
    )
    story = story_of(first, later)
    [merged] = story.measures
    assert [s["status"] for s in merged.statuses] == ["implemented", "proposed"]
    assert [s["published"] for s in merged.statuses] == ["2025-12-05", "2025-12-20"]
    [conflict] = story.conflicts
    assert conflict.kind == "status"
    assert [m.quote for m in conflict.mentions] == [done, only]
    assert "reports it as implemented" in conflict.description
    assert "reports it as only proposed" in conflict.description
    # Forward (proposed, then in force) is progress, not a conflict.
    (tmp_path / "fwd").mkdir()
    first_fwd = article(
        tmp_path / "fwd",
        "es-early",
        "es",
        "2025-12-05",
        f"{done}.",
        actors=[GOV_PERU_ES],
        measures=[measure("patrols", "Patrullajes", "proposed", done)],
    )
    later_fwd = article(
        tmp_path / "fwd",
        "en-later",
        "en",
        "2025-12-20",
        f"{only}.",
        actors=[GOV_PERU_EN],
        measures=[measure("patrols", "Joint patrols", "implemented", only)],
    )
    assert story_of(first_fwd, later_fwd).conflicts == []


def test_words_are_compared_across_languages():
    assert concepts("Patrullajes conjuntos en la frontera") & concepts(
        "Joint patrols at the border"
    ) >= {"patrol", "border"}
    assert "election" in concepts("la segunda vuelta") & concepts("the run-off")
    assert period_range("late November 2025") == (
        period_range("2025-11-21")[0],
        period_range("2025-11-30")[1],
    )
    assert period_range("a fines de noviembre de 2025")[0].day == 21


def dev_paths():
    """The seed and the development articles: every curated article in seeds/."""
    return sorted(p for p in SEEDS.glob("*.md") if annotations_path(p).exists())


@pytest.fixture(scope="module")
def dev_story():
    return build_story(load_corpus(paths=dev_paths()))


def test_gold_links_name_real_records(dev_story):
    gold = load_gold(GOLD)
    corpus = dev_story.corpus
    assert sorted(gold.articles) == sorted(corpus.datasets)
    for table, groups in gold.groups.items():
        for ids in groups.values():
            assert len({i.partition(":")[0] for i in ids}) == len(ids)
            for qid in ids:
                corpus.record(table, qid)  # raises if the record does not exist


def test_dev_corpus_links_match_the_gold_links(dev_story):
    gold = load_gold(GOLD)
    for table in ("events", "measures"):
        score = score_links(dev_story, gold, table)
        assert score.precision >= 0.85, (table, score.false_links)
        assert score.recall >= 0.85, (table, score.missed_links)
    # The January visit to Lima is carried by at least three reports.
    visit = next(e for e in dev_story.events if e.context_event == "kast_visits_lima")
    assert visit.source_count >= 3
    assert str(visit.date_from) == "2026-01-07"
    # The seed dates Peru's emergency a day before early December; the wires say 28 November.
    emergency = next(
        e
        for e in dev_story.events
        if "kast-jeri-lima-visit:emergency_decree"
        in {m.qualified_id for m in e.mentions}
    )
    assert emergency.date_conflict
    assert emergency.source_count >= 8


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )


def test_story_command_writes_json_and_csv(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (
        "es-dev-kast-in-lima",
        "en-dev-kast-lima-visit",
        "es-dev-visit-announced",
    ):
        for suffix in (".md", ".annotations.yaml"):
            shutil.copy(SEEDS / f"{name}{suffix}", folder / f"{name}{suffix}")
    result = run("story", "--articles", str(folder))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["articles", "events", "measures", "actors", "conflicts"]
    visit = next(e for e in data["events"] if e["context_event"] == "kast_visits_lima")
    assert visit["source_count"] == 3
    assert {m["article_id"] for m in visit["mentions"]} == {
        "es-dev-kast-in-lima",
        "en-dev-kast-lima-visit",
        "es-dev-visit-announced",
    }
    assert all(m["quote"] and m["record_id"] for m in visit["mentions"])

    out = REPORTS / "test-story-csv"
    result = run(
        "story", "--articles", str(folder), "--format", "csv", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    try:
        assert sorted(p.name for p in out.glob("*.csv")) == sorted(
            f"{t}.csv"
            for t in (
                "articles",
                "events",
                "measures",
                "actors",
                "conflicts",
                "mentions",
            )
        )
        events = pd.read_csv(out / "events.csv")
        row = events[events["event_id"] == visit["event_id"]].iloc[0]
        assert row["source_count"] == 3
        assert len(json.loads(row["mentions"])) == 3
        mentions = pd.read_csv(out / "mentions.csv")
        assert (mentions["story_id"] == visit["event_id"]).sum() == 3
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_story_command_refuses_bad_output_and_empty_folders(tmp_path):
    result = run("story", "--format", "csv", "--out", "../../x")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: --out ../../x: refused, it lies outside reports/; "
        "choose a folder inside reports/"
    )
    result = run("story", "--articles", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no articles (.md files) in the folder" in result.stderr
    assert "Traceback" not in result.stderr
