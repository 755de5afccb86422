"""Chart builders, checked through their Vega-Lite specs: fields, encodings, marks."""

import datetime as dt

import altair as alt
import pytest

from analysis import charts
from analysis.context import load_context

AS_OF = dt.date(2025, 12, 21)


@pytest.fixture(scope="module")
def context():
    return load_context(AS_OF)


def layers(spec):
    """(mark type, encoding, rows) for every layer of a spec."""
    datasets = spec.get("datasets", {})
    out = []

    def walk(node, inherited_data):
        data = node.get("data", inherited_data)
        for child in node.get("layer", []):
            walk(child, data)
        if "mark" in node:
            mark = (
                node["mark"]["type"] if isinstance(node["mark"], dict) else node["mark"]
            )
            rows = datasets.get((data or {}).get("name"), (data or {}).get("values"))
            out.append((mark, node.get("encoding", {}), rows))

    walk(spec, spec.get("data"))
    return out


def tooltip_fields(encoding):
    tips = encoding.get("tooltip", [])
    tips = tips if isinstance(tips, list) else [tips]
    return {t.get("field") for t in tips}


def all_charts(dataset, context):
    return {
        "key_facts": charts.chart_key_facts(dataset),
        "topic_share": charts.chart_topic_share(dataset),
        "actor_topic": charts.chart_actor_topic(dataset),
        "timeline": charts.chart_timeline(dataset, AS_OF),
        "measures": charts.chart_measures(dataset),
        "claims": charts.chart_claims(dataset, topic="security"),
        "positions": charts.chart_positions(dataset),
        "constraints": charts.chart_constraints(dataset),
        "mechanisms": charts.chart_mechanisms(dataset),
        "homicide": charts.chart_homicide(dataset, context),
        "map": charts.chart_map(dataset, context),
    }


def test_every_chart_is_altair_with_a_finding_title(dataset, context):
    for name, chart in all_charts(dataset, context).items():
        assert isinstance(chart, alt.TopLevelMixin), name
        spec = chart.to_dict()
        title = " ".join(spec["title"]["text"])
        assert title and spec["title"]["subtitle"], name
        assert spec["config"]["font"] == charts.FONT


def test_every_article_mark_carries_the_quote(dataset, context):
    for name, chart in all_charts(dataset, context).items():
        if name == "homicide":
            continue
        data_layers = [
            (m, e, r)
            for m, e, r in layers(chart.to_dict())
            if m not in ("rule", "geoshape") and r
        ]
        assert data_layers, name
        for mark, encoding, rows in data_layers:
            if "longitude" in encoding or "date" in rows[0] and "label" in rows[0]:
                continue
            assert "quote" in tooltip_fields(encoding), (name, mark)
            assert all(row["quote"] for row in rows), name


def test_timeline_has_one_bar_per_dated_event(dataset):
    spec = charts.chart_timeline(dataset, AS_OF).to_dict()
    bar = next((e, r) for m, e, r in layers(spec) if m == "bar")
    encoding, rows = bar
    assert len(rows) == 9
    assert (
        encoding["x"]["field"] == "date_from" and encoding["x2"]["field"] == "date_to"
    )
    statuses = {r["event"]: r["status"] for r in rows}
    assert statuses["Kast takes office as President of Chile"] == "to come"
    assert (
        statuses[
            "Peru issues an emergency decree and deploys the military in border areas"
        ]
        == "occurred"
    )
    assert (
        " ".join(spec["title"]["text"])
        == "4 of the article's 9 dated events are still to come"
    )


def test_topic_share_weights_sum_to_sentences(dataset):
    spec = charts.chart_topic_share(dataset).to_dict()
    [(mark, encoding, rows)] = layers(spec)
    assert mark == "bar" and encoding["y"]["stack"] == "normalize"
    assert round(sum(r["weight"] for r in rows)) == 17
    assert {r["paragraph"] for r in rows} == set(range(1, 11))


def test_actor_topic_matrix_counts(dataset):
    spec = charts.chart_actor_topic(dataset).to_dict()
    rect = next(r for m, e, r in layers(spec) if m == "rect")
    cells = {(r["actor"], r["topic"]): r["mentions"] for r in rect}
    assert cells[("José Antonio Kast", "migration")] == 5
    assert cells[("Rocío Zepeda Majmud", "security")] == 1


def test_measures_by_country_and_status(dataset):
    spec = charts.chart_measures(dataset).to_dict()
    [(mark, encoding, rows)] = layers(spec)
    assert mark == "point"
    assert encoding["color"]["field"] == "country"
    assert encoding["color"]["scale"]["range"] == [
        charts.CHILE,
        charts.PERU,
        charts.OTHER,
    ]
    by = {r["measure"]: (r["country"], r["status"]) for r in rows}
    assert by["State of emergency by decree in border areas"] == ("Peru", "implemented")
    assert by["Joint patrols"] == ("Bilateral or other", "agreed")
    assert len(rows) == 7
    assert " ".join(spec["title"]["text"]) == "Peru has 3 of these measures in force"


def test_homicide_context_marks_article_figure_at_2021(dataset, context):
    spec = charts.chart_homicide(dataset, context).to_dict()
    found = layers(spec)
    line = next(r for m, e, r in found if m == "line")
    assert sorted((r["year"], r["rate"]) for r in line) == [
        (2021, 4.6),
        (2022, 6.7),
        (2023, 6.3),
        (2024, 6.0),
    ]
    article = [r for m, e, r in found if m == "point" and r and "quote" in r[0]]
    assert article[0][0]["year"] == 2021 and "4.6" in article[0][0]["quote"]
    assert all("Expansión" in r["source"] or "La Tercera" in r["source"] for r in line)


def test_constraints_matrix(dataset):
    spec = charts.chart_constraints(dataset).to_dict()
    [(mark, encoding, rows)] = layers(spec)
    named = {(r["measure"], r["constraint"]) for r in rows if r["named"] == "named"}
    assert ("Mass expulsion of irregular migrants", "budgetary") in named
    assert len(named) == 6 and len(rows) == 9
    assert {r["speaker"] for r in rows if r["named"] == "named"} == {
        "Rocío Zepeda Majmud"
    }


def test_map_draws_region_and_places(dataset, context):
    spec = charts.chart_map(dataset, context).to_dict()
    found = layers(spec)
    geo = [e for m, e, r in found if m == "geoshape"]
    assert geo
    points = next(r for m, e, r in found if m == "point")
    assert {p["name"] for p in points} == {
        "Lima",
        "Santiago",
        "Tacna",
        "Arica",
        "Chacalluta-Santa Rosa crossing",
    }
    topo = charts.region_topology()
    assert {
        g["id"] for g in topo["objects"]["countries"]["geometries"]
    } == charts.REGION
    assert len(topo["arcs"]) < 400
    assert "48 km" in " ".join(spec["title"]["text"])


def test_context_charts_respect_as_of(context):
    migrants = charts.chart_migrants(context).to_dict()
    rows = next(r for m, e, r in layers(migrants) if m == "line")
    assert {r["period"] for r in rows} == {"2021-11", "2023-05", "2023-08"}
    expulsions = charts.chart_expulsions(context).to_dict()
    bars = next(r for m, e, r in layers(expulsions) if m == "bar")
    # Rows dated only "2025" may have come out after 21 December 2025: withheld.
    assert [r["value"] for r in bars] == [812, 336984]


def test_same_colours_for_countries_everywhere(dataset, context):
    for chart in all_charts(dataset, context).values():
        spec = chart.to_dict()
        for _, encoding, _ in layers(spec):
            colour = encoding.get("color", {})
            if colour.get("field") == "country":
                assert colour["scale"]["range"][:2] == [charts.CHILE, charts.PERU]


def test_timeline_after_the_events_shows_none_as_still_to_come(dataset):
    spec = charts.chart_timeline(dataset, dt.date(2026, 6, 1)).to_dict()
    rows = next(r for m, e, r in layers(spec) if m == "bar")
    statuses = {r["event"]: r["status"] for r in rows}
    assert (
        statuses["Kast takes office as President of Chile"] == "planned, date now past"
    )
    assert "to come" not in statuses.values()
    assert " ".join(spec["title"]["text"]).startswith(
        "0 of the article's 9 dated events"
    )
