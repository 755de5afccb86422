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
        "homicide": charts.chart_homicide(dataset, context)[0],
        "map": charts.chart_map(dataset, context)[0],
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
    assert " ".join(spec["title"]["text"]) == "4 of 9 dated events are still to come"


def test_time_axis_never_repeats_a_tick_label(dataset):
    one = [e for e in dataset.events if e.event_id == "patrol_agreement"]
    spec = charts.chart_timeline(dataset, AS_OF, events=one).to_dict()
    bar = next(e for m, e, r in layers(spec) if m == "bar")
    ticks = bar["x"]["axis"]["values"]
    # A span of three weeks gets day ticks, each label different.
    assert bar["x"]["axis"]["format"] == "%-d %b %Y"
    days = [(t["year"], t["month"], t["date"]) for t in ticks]
    assert len(days) == len(set(days)) and 2 <= len(days) <= 6
    whole = charts.chart_timeline(dataset, AS_OF).to_dict()
    axis = next(e for m, e, r in layers(whole) if m == "bar")["x"]["axis"]
    months = [(t["year"], t["month"]) for t in axis["values"]]
    assert axis["format"] == "%b %Y" and len(months) == len(set(months))
    assert all(t["date"] == 1 for t in axis["values"])


def test_empty_tables_give_no_chart(dataset):
    bare = dataset.model_copy(
        update={"events": [], "measures": [], "claims": [], "sentences": []}
    )
    assert charts.chart_timeline(bare, AS_OF) is None
    assert charts.chart_measures(bare) is None
    assert charts.chart_claims(bare) is None
    assert charts.chart_mechanisms(bare) is None
    assert charts.chart_actor_topic(bare) is None


def test_count_colour_scale_starts_at_zero_with_whole_steps(dataset):
    spec = charts.chart_actor_topic(dataset).to_dict()
    rect = next(e for m, e, r in layers(spec) if m == "rect")
    assert rect["color"]["scale"]["domain"][0] == 0
    values = rect["color"]["legend"]["values"]
    assert values == list(range(0, values[-1] + 1)) and values[-1] >= 4


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
    chart, rows = charts.chart_homicide(dataset, context)
    spec = chart.to_dict()
    # The sources are exactly the rows drawn: Chile's and Peru's, never the LAC mean.
    assert {r.country for r in rows} <= {"CHL", "PER"} and len(rows) == 4
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
    chart, cited = charts.chart_map(dataset, context)
    spec = chart.to_dict()
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
    title = " ".join(spec["title"]["text"])
    # The cited road distance, not the straight line between two city points.
    assert "58 km apart by road" in title and "in a straight line" in title
    assert [r.publisher for r in cited] == ["Chilean Foreign Ministry"]


def test_context_charts_respect_as_of(context):
    chart, used = charts.chart_migrants(context)
    migrants = chart.to_dict()
    rows = next(r for m, e, r in layers(migrants) if m == "line")
    assert {r["period"] for r in rows} == {
        "November 2021",
        "May 2023",
        "August 2023",
        "2023",
    }
    # The latest comparable figure for Chile is INE/SERMIG's 728,586 (2023),
    # published 2024-12-30, not R4V's August 2023 estimate: about 2.1 times.
    title = " ".join(migrants["title"]["text"])
    assert "about 2.1 times" in title and "August 2023 for Peru, 2023 for Chile" in (
        title
    )
    assert len(used) == 7
    chart, used = charts.chart_expulsions(context)
    expulsions = chart.to_dict()
    bars = next(r for m, e, r in layers(expulsions) if m == "bar")
    # Rows dated only "2025" may have come out after 21 December 2025: withheld.
    assert [r["value"] for r in bars] == [812, 336984]
    title = " ".join(expulsions["title"]["text"])
    # A part-year value is named by its period, never as a record.
    assert "812 expulsions in January–August 2025" in title
    assert "record" not in title and "at most" not in title


def test_same_colours_for_countries_everywhere(dataset, context):
    fixed = {"Chile": charts.CHILE, "Peru": charts.PERU}
    fixed[charts.bilateral_label("en")] = charts.OTHER
    seen = 0
    for chart in all_charts(dataset, context).values():
        spec = chart.to_dict()
        for _, encoding, rows in layers(spec):
            colour = encoding.get("color", {})
            if colour.get("field") != "country":
                continue
            seen += 1
            scale = colour["scale"]
            assert dict(zip(scale["domain"], scale["range"], strict=True)) == {
                name: fixed[name] for name in scale["domain"]
            }
            # the legend names only countries the layer draws
            assert set(scale["domain"]) <= {r["country"] for r in rows}
    assert seen >= 4


def test_timeline_after_the_events_shows_none_as_still_to_come(dataset):
    spec = charts.chart_timeline(dataset, dt.date(2026, 6, 1)).to_dict()
    rows = next(r for m, e, r in layers(spec) if m == "bar")
    statuses = {r["event"]: r["status"] for r in rows}
    assert (
        statuses["Kast takes office as President of Chile"] == "planned, date now past"
    )
    assert "to come" not in statuses.values()
    assert " ".join(spec["title"]["text"]) == (
        "All 9 dated events have taken place or their dates have passed"
    )


def test_a_long_past_event_does_not_squeeze_the_timeline(dataset):
    decree = next(e for e in dataset.events if e.event_id == "emergency_decree")
    since_2023 = decree.model_copy(
        update={"date_from": dt.date(2023, 1, 1), "event_id": "since_2023"}
    )
    events = [since_2023, *(e for e in dataset.events if e is not decree)]
    spec = charts.chart_timeline(dataset, AS_OF, events=events).to_dict()
    bar, rows = next((e, r) for m, e, r in layers(spec) if m == "bar")
    start = min(dt.date.fromisoformat(r["date_from"]) for r in rows)
    # Only the last months of the long range are shown, cut at the edge in the data
    # (no layer sets a domain, so Vega has no conflicting domains to warn about).
    assert start >= decree.date_to - dt.timedelta(days=charts.LONG_EVENT_DAYS + 31)
    assert start.year == 2025 and "domain" not in bar["x"].get("scale", {})
    long = next(r for r in rows if r["when"].startswith("1 Jan 2023"))
    assert long["date_from"] == start.isoformat()


def test_a_position_wrapped_over_three_lines_gets_a_row_tall_enough(dataset):
    k, claim = next(
        (k, c)
        for k, c in enumerate(dataset.claims)
        if "migration" in c.topics and not c.measures
    )
    wordy = claim.model_copy(
        update={
            "summary": "Migrants in an irregular situation have 63 days to leave "
            "Chile and may come back, if they wish, with all their papers in order."
        }
    )
    claims = [*dataset.claims[:k], wordy, *dataset.claims[k + 1 :]]
    spec = charts.chart_positions(
        dataset.model_copy(update={"claims": claims})
    ).to_dict()
    # three lines of 15 px each, and a gap: the row is taller than the default 38
    assert spec["height"]["step"] >= 3 * 15 + 10


def _key_fact(chart, key):
    rows = list(chart.to_dict()["datasets"].values())[0]
    return next(r for r in rows if key in r.values())


def test_key_facts_lead_with_the_news_of_the_day_when_there_is_one(dataset):
    from tests.test_extract_rules import drafted

    # the seed reports a visit to come: what is planned
    assert "visits" in str(_key_fact(charts.chart_key_facts(dataset), "What"))
    # a report of a meeting held on its day leads with the meeting, not with the
    # swearing-in to come
    held = drafted(
        "Chile's president-elect José Antonio Kast met Peru's interim president, "
        "José Jerí, at the Government Palace in Lima on Wednesday, where the two "
        "agreed to fight organised crime together. Kast takes office on 11 March.",
        "en",
        dt.date(2026, 1, 7),
    )
    what = _key_fact(charts.chart_key_facts(held), "What")
    when = _key_fact(charts.chart_key_facts(held), "When")
    assert "Meeting" in str(what) or "Agreement" in str(what)
    assert "7 January 2026" in str(when)


def test_an_event_long_before_the_brief_is_a_labelled_stub_at_the_left_edge():
    from tests.test_extract_rules import drafted

    ds = drafted(
        "Kast, who lost to Boric four years ago, met Jerí in Lima on Wednesday.",
        "en",
        dt.date(2026, 1, 8),
    )
    spec = charts.chart_timeline(ds, dt.date(2026, 1, 8)).to_dict()
    rows = next(r for m, _, r in layers(spec) if m == "bar")
    old = [r for r in rows if r["event"].endswith("(2022)")]
    assert len(old) == 1
    # the axis starts in the brief's months, not four years back
    assert min(r["date_from"] for r in rows) >= "2025-09-01"


def test_key_facts_name_each_place_once():
    from tests.test_extract_rules import drafted

    ds = drafted(
        "Kast arrived in Lima on Wednesday and met Jerí at the Government Palace in "
        "Lima, the capital, before flying back to Santiago.",
        "en",
        dt.date(2026, 1, 8),
    )
    where = " ".join(_key_fact(charts.chart_key_facts(ds), "Where")["value"])
    assert where == "Government Palace, Lima, Santiago"


def test_key_facts_where_falls_back_to_the_headline_s_country():
    from tests.test_extract_rules import drafted

    ds = drafted(
        "El presidente electo de Chile, José Antonio Kast, se reunió este miércoles "
        "con el mandatario interino de Perú, José Jerí, en un encuentro en Perú.",
        "es",
        dt.date(2026, 1, 7),
    )
    where = " ".join(_key_fact(charts.chart_key_facts(ds), "Where")["value"])
    assert where == "Peru"


def test_key_facts_who_falls_back_to_the_headline_s_doers_when_no_person_is_named():
    from tests.test_extract_rules import drafted

    ds = drafted(
        "El Ejecutivo del Perú aprobó el viernes el decreto que declara el estado de "
        "emergencia en Tacna.",
        "es",
        dt.date(2025, 11, 29),
    )
    who = " ".join(_key_fact(charts.chart_key_facts(ds, "es"), "Quién")["value"])
    assert who == "El Gobierno del Perú"
