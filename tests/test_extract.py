"""Automatic extraction: figures, entity matching, a Spanish article, the seed, CLI."""

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from analysis.annotations import build_dataset, draft_annotations_yaml
from analysis.article import load_article, paragraphs_of
from analysis.cli import main as cli_main
from analysis.extract import extract_dataset
from analysis.figures_parse import find_figures, parse_number
from analysis.gazetteer import (
    _FOLD,
    find_names,
    fold,
    load_gazetteer,
    load_lexicon,
    tokenize,
)
from analysis.paths import DEFAULT_ARTICLE
from analysis.schema import ID_FIELDS, TABLES
from analysis.wordscan import WordIndex
from analysis.yamlio import LineLoader

FIXTURE = Path(__file__).parent / "fixtures" / "es-article.md"
D = dt.date
PUB = D(2025, 12, 21)
RECORD_ID = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@pytest.fixture(scope="module")
def seed():
    return extract_dataset(load_article(DEFAULT_ARTICLE))


@pytest.fixture(scope="module")
def spanish():
    return extract_dataset(load_article(FIXTURE))


def article_from(text: str, published=PUB, **extra):
    """An in-memory article around a text, as load_article would build it."""
    base = load_article(FIXTURE)
    return base.model_copy(
        update={
            "text": text,
            "paragraphs": paragraphs_of(text),
            "published": published,
            **extra,
        }
    )


# --- numbers ------------------------------------------------------------------

NUMBERS = [
    ("58,30", 58.3),
    ("340.000", 340000),
    ("2,200", 2200),
    ("4.6", 4.6),
    ("100,000", 100000),
    ("1.234.567", 1234567),
    ("1.234,5", 1234.5),
    ("1,234.5", 1234.5),
    ("0,125", 0.125),
    ("60", 60),
]


@pytest.mark.parametrize("raw,value", NUMBERS)
def test_parse_number(raw, value):
    assert parse_number(raw) == pytest.approx(value)


# text, quote found, value, unit, metric
# fmt: off
FIGURES = [
    ("Kast obtuvo el 58,30% de los votos.", "58,30%", 58.3, "percent", "vote_share"),
    ("Un alza de 12,5% en los precios.", "12,5%", 12.5, "percent", "percent"),
    ("Viven en Chile casi 340.000 migrantes.", "casi 340.000 migrantes", 340000, "people", "people"),
    ("Hay 340.000 personas en situación irregular.", "340.000 personas", 340000, "people", "people"),
    ("A border of 2,200 km separates them.", "2,200 km", 2200, "km", "km"),
    ("a murder rate of 4.6 per 100,000 inhabitants", "4.6 per 100,000 inhabitants", 4.6, "per 100,000 inhabitants", "homicide_rate"),
    ("la tasa de homicidios fue de 6,0 por cada 100.000 habitantes", "6,0 por cada 100.000 habitantes", 6.0, "per 100,000 inhabitants", "homicide_rate"),
    ("La emergencia rige por 60 días.", "60 días", 60, "days", "days"),
    ("Llegaron 1,5 millones de personas.", "1,5 millones de personas", 1_500_000, "people", "people"),
    ("Un fondo de US$ 3,5 millones.", "US$ 3,5 millones", 3_500_000, "USD", "usd"),
    ("Más de 1.200 carabineros patrullan.", "Más de 1.200 carabineros", 1200, "officers", "officers"),
]
# fmt: on


@pytest.mark.parametrize("text,quote,value,unit,metric", FIGURES)
def test_figure(text, quote, value, unit, metric):
    (f,) = find_figures(text)
    assert (f.text, f.unit, f.metric) == (quote, unit, metric)
    assert f.value == pytest.approx(value)
    assert text[f.start : f.end] == quote


@pytest.mark.parametrize(
    "text",
    [
        "En 2026 habrá elecciones.",
        "El Decreto Supremo N° 123-2025-PCM rige desde ayer.",
        "La Ley 21.325 regula la migración.",
        "Kast won the 2nd round.",
        "Se vieron a las 10:30 en Lima.",
        "There were 5 of them.",  # no unit: left out
    ],
)
def test_not_a_figure(text):
    assert find_figures(text) == []


def test_every_metric_key_fits_the_schema():
    text = (
        "La tasa de pobreza llegó a 4,2 por cada 100.000 habitantes en una zona de "
        "1.200 km2, con 30 horas de espera, 15% de desempleo y 3 puntos porcentuales."
    )
    ds = extract_dataset(article_from(text))  # a bad key would fail validation
    assert {f.metric for f in ds.figures} == {
        "rate_per_hundred_thousand", "square_km", "hours", "unemployment_rate",
        "percentage_points",
    }  # fmt: skip
    units = load_lexicon()
    metrics = {u["metric"] for u in units["units"] + units["currency_prefixes"]}
    metrics |= {r["metric"] for r in units["metric_rules"]}
    assert all(re.fullmatch(r"[a-z_]+", m) for m in metrics)


def test_dates_are_not_figures():
    ds = extract_dataset(
        article_from("Kast asumirá el 11 de marzo de 2026 en Santiago.")
    )
    assert ds.figures == []
    assert [(e.date_from, e.precision) for e in ds.events] == [(D(2026, 3, 11), "day")]


# --- entities ---------------------------------------------------------------------


def test_fold_keeps_length_and_strips_accents():
    text = "José Jerí, Perú, Rocío y «Cancillería» – Ñuñoa"
    assert len(fold(text)) == len(text)
    assert fold(text) == 'jose jeri, peru, rocio y "cancilleria" - nunoa'


def test_tokens_from_word_runs_are_the_tokens_of_a_scan():
    texts = [p.read_text(encoding="utf-8") for p in FIXTURE.parent.glob("*.md")]
    texts.append("COVID19 y a_b, x² policyThis Kastincluded 2026in e\u0301 ½ Ⅻ _x")
    for text in texts:
        folded = fold(text)
        runs = WordIndex(folded).words
        assert tokenize(text, folded, runs) == tokenize(text, folded)
    assert [t.text for t in tokenize(texts[-1], fold(texts[-1]), runs)][:5] == [
        "COVID",
        "19",
        "y",
        "a",
        "b",
    ]


def test_fold_reads_its_table_for_every_character():
    every = "".join(chr(cp) for cp in range(0x110000))
    assert fold(every) == every.translate(_FOLD)
    assert fold("Kast, ARICA") == "kast, arica"  # ASCII takes a shorter way


def gazetteer_ids(text: str, published=PUB, translated=False) -> list:
    tokens = tokenize(text)
    found = load_gazetteer().find(text, tokens, published, translated)
    return [(m.surface, m.ids) for m in found]


@pytest.mark.parametrize(
    "text,surface,entry",
    [
        ("José Jerí habló", "José Jerí", "jeri"),
        ("Jose Jeri spoke", "Jose Jeri", "jeri"),
        ("según Jerí", "Jerí", "jeri"),
        ("said Jeri", "Jeri", "jeri"),
        ("el canciller Alberto van Klaveren", "Alberto van Klaveren", "van_klaveren"),
        ("según van Klaveren", "van Klaveren", "van_klaveren"),
        ("Hugo de Zela dijo", "Hugo de Zela", "de_zela"),
        ("Rocio Zepeda warns", "Rocio Zepeda", "zepeda"),
        ("la Policía Nacional del Perú", "Policía Nacional del Perú", "pnp"),
        ("Policia Nacional del Peru", "Policia Nacional del Peru", "pnp"),
        (
            "the Peruvian Foreign Ministry",
            "Peruvian Foreign Ministry",
            "peru_foreign_ministry",
        ),
        ("en Palacio de Gobierno", "Palacio de Gobierno", "government_palace"),
        ("in Government Palace", "Government Palace", "government_palace"),
        ("el Partido Republicano", "Partido Republicano", "republican_party"),
    ],
)
def test_gazetteer_folds_accents_and_particles(text, surface, entry):
    assert gazetteer_ids(text) == [(surface, (entry,))]


def test_case_matters_for_capitalised_aliases_and_acronyms():
    assert gazetteer_ids("la lima y el limón") == []
    assert gazetteer_ids("la pnp") == []
    assert gazetteer_ids("la PNP") == [("PNP", ("pnp",))]


def test_glued_words_still_match():
    found = gazetteer_ids(
        "José Antonio Kastincluded Peru In Government Palaceas reported"
    )
    assert found == [
        ("José Antonio Kast", ("kast",)),
        ("Peru", ("peru",)),
        ("Government Palace", ("government_palace",)),
    ]
    # A demonym is not a glued country name.
    assert gazetteer_ids("the Chilean economy") == []


def test_roles_name_a_person_only_while_they_hold():
    text = "el presidente electo viajará"
    assert gazetteer_ids(text, D(2025, 12, 20)) == [("presidente electo", ("kast",))]
    assert gazetteer_ids(text, D(2025, 11, 1)) == []
    assert gazetteer_ids(text, None) == []


def test_mistranslations_only_in_translations():
    text = "The State Department announced it"
    assert gazetteer_ids(text) == []
    hits = gazetteer_ids(text, translated=True)
    assert hits == [
        ("State Department", ("peru_foreign_ministry", "chile_foreign_ministry"))
    ]
    # "cast" is Kast only when glued to the next word.
    assert gazetteer_ids("the votes cast", translated=True) == []
    assert gazetteer_ids("castannounced a policy", translated=True) == [
        ("cast", ("kast",))
    ]


def test_rule_based_names_outside_the_gazetteer():
    text = (
        "La subsecretaria Gloria de la Fuente y la Organización Internacional para "
        "las Migraciones (OIM) se reunieron."
    )
    names = [
        (c.kind, c.surface, c.acronym and c.acronym[2])
        for c in find_names(text, tokenize(text))
    ]
    assert names == [
        ("person", "Gloria de la Fuente", None),
        ("institution", "Organización Internacional para las Migraciones", "OIM"),
    ]


def test_surnames_and_acronyms_link_back_to_the_full_name():
    text = (
        "La politóloga Gloria de la Fuente habló con la Organización Internacional "
        "para las Migraciones (OIM). Según de la Fuente, la OIM advirtió que hay "
        "riesgos."
    )
    ds = extract_dataset(article_from(text))
    actors = {a.actor_id: a for a in ds.actors}
    gloria = actors["gloria_de_la_fuente"]
    assert gloria.kind == "person" and gloria.role == "politóloga"
    assert "de la Fuente" in gloria.aliases
    assert actors["oim"].aliases == ["OIM"]
    # "Según X, P" attributes P to X; P itself reports a warning by the OIM.
    assert [c.speaker for c in ds.claims] == ["gloria_de_la_fuente", "oim"]
    assert ds.claims[0].summary == "La OIM advirtió que hay riesgos."
    assert ds.claims[1].summary == "Hay riesgos."


def test_titles_before_a_given_name_become_the_role():
    text = (
        "Bolivian President Rodrigo Paz met officials in La Paz, while Chile's "
        "Interior Minister Álvaro Elizalde said the plan will continue."
    )
    ds = extract_dataset(article_from(text))
    actors = {a.actor_id: (a.name, a.country, a.role) for a in ds.actors}
    assert actors["rodrigo_paz"] == ("Rodrigo Paz", "BOL", "Bolivian President")
    assert actors["alvaro_elizalde"] == (
        "Álvaro Elizalde",
        "CHL",
        "Chile's Interior Minister",
    )
    assert [c.speaker for c in ds.claims] == ["alvaro_elizalde"]


def test_ambiguous_alias_follows_the_last_mention():
    text = (
        "La Cancillería chilena convocó a la prensa. Luego, la Cancillería "
        "informó que la reunión seguía."
    )
    ds = extract_dataset(article_from(text))
    (ministry,) = ds.actors
    assert ministry.actor_id == "chile_foreign_ministry"
    assert [e.quote for e in ministry.evidence] == [
        "Cancillería chilena",
        "Cancillería",
    ]


# --- the Spanish fixture ------------------------------------------------------------


def test_spanish_article_actors(spanish):
    actors = {a.actor_id: a for a in spanish.actors}
    assert {
        "jeri", "kast", "jara", "peru_foreign_ministry", "gov_peru", "pnp",
        "armed_forces_peru", "de_zela", "van_klaveren", "carabineros", "pdi",
        "gloria_de_la_fuente", "oim", "zepeda", "boric", "irregular_migrants",
    } <= set(actors)  # fmt: skip
    assert {"José Jerí", "Jerí", "Jose Jeri"} <= {
        e.quote for e in actors["jeri"].evidence
    }
    assert actors["kast"].role == "President-elect of Chile"
    assert actors["jeri"].role == "President of Peru"
    gloria = actors["gloria_de_la_fuente"]
    assert (gloria.country, gloria.role) == (
        "CHL",
        "subsecretaria de Relaciones Exteriores de Chile",
    )
    assert actors["oim"].name == "Organización Internacional para las Migraciones"


def test_spanish_article_places(spanish):
    assert {p.place_id for p in spanish.places} == {
        "peru", "chile", "lima", "government_palace", "common_border", "tacna",
        "chacalluta", "santa_rosa", "santiago", "arica",
    }  # fmt: skip


def test_spanish_article_dates(spanish):
    got = {(e.date_from, e.date_to, e.precision, e.status) for e in spanish.events}
    assert got >= {
        (D(2025, 12, 14), D(2025, 12, 14), "day", "occurred"),  # el domingo
        (
            D(2026, 3, 1),
            D(2026, 4, 30),
            "bimester",
            "planned",
        ),  # segundo bimestre de 2026
        (D(2026, 3, 11), D(2026, 3, 11), "day", "planned"),
        (D(2026, 1, 1), D(2026, 1, 31), "month", "planned"),  # llegará ... en enero
        (
            D(2025, 11, 21),
            D(2025, 11, 30),
            "approximate",
            "occurred",
        ),  # a fines de noviembre
        (
            D(2025, 12, 1),
            D(2025, 12, 10),
            "approximate",
            "occurred",
        ),  # a principios de diciembre
        (D(2025, 12, 19), D(2025, 12, 19), "day", "planned"),  # viernes 19 de diciembre
        (
            D(2026, 1, 1),
            D(2026, 6, 30),
            "semester",
            "planned",
        ),  # el primer semestre será
        (D(2025, 12, 17), D(2025, 12, 17), "day", "planned"),  # mañana
    }
    visit = next(
        e
        for e in spanish.events
        if e.date_from == D(2026, 1, 1) and e.precision == "month"
    )
    assert visit.place == "government_palace"
    assert set(visit.actors) == {"kast", "jeri"}


def test_spanish_article_figures(spanish):
    got = {
        (f.value, f.unit, f.metric, f.country, f.ref_period) for f in spanish.figures
    }
    assert got == {
        (58.3, "percent", "vote_share", "CHL", None),
        (60.0, "days", "days", None, None),  # a duration names no country
        (340000.0, "people", "people", "CHL", None),
        (200.0, "people", "people", None, None),
        (6.0, "per 100,000 inhabitants", "homicide_rate", "CHL", "2024"),
    }


def test_spanish_article_measures_and_claims(spanish):
    measures = {m.measure_id: m for m in spanish.measures}
    assert measures["joint_patrols"].status == "agreed"
    # The two foreign ministers agree for their governments.
    assert measures["joint_patrols"].actors == ["gov_peru", "gov_chile"]
    assert measures["police_cooperation"].actors == ["gov_peru", "gov_chile"]
    # "Jerí invitó": a proposal by the sitting president's government.
    assert (
        measures["binational_cabinet"].status,
        measures["binational_cabinet"].actors,
    ) == ("proposed", ["gov_peru"])
    assert measures["joint_patrols"].countries == ["PER", "CHL"]
    assert measures["joint_patrols"].is_bilateral
    assert (
        measures["state_of_emergency"].status,
        measures["state_of_emergency"].actors,
    ) == ("implemented", ["gov_peru"])
    assert (measures["expulsion"].status, measures["expulsion"].actors) == (
        "proposed",
        ["kast"],
    )
    assert measures["border_closure"].actors == ["kast"]
    assert measures["border_control"].actors == ["carabineros", "pdi"]
    speakers = [c.speaker for c in spanish.claims]
    # "…, según cifras oficiales": the state the sentence is about, counting
    assert speakers == [
        "peru_foreign_ministry",
        "gloria_de_la_fuente",
        "oim",
        "gov_chile",
        "zepeda",
        "kast",
    ]
    # "Kast prometió la expulsión de casi 340.000 migrantes…": his promise, in
    # his words as well as a proposed measure
    assert spanish.claims[-1].summary == (
        "Kast prometió la expulsión de casi 340.000 migrantes en situación irregular "
        "que viven en Chile y planteó el cierre de la frontera con el Perú."
    )


def test_spanish_sentence_topics(spanish):
    topics = {s.sentence_id: s.topics for s in spanish.sentences}
    assert "security" in topics["s4"]  # estado de emergencia, Fuerzas Armadas
    assert "border_cooperation" in topics["s5"]  # patrullajes conjuntos
    assert "migration" in topics["s8"]  # expulsión de migrantes


# --- every record, on both articles --------------------------------------------------


@pytest.mark.parametrize("which", ["seed", "spanish"])
def test_records_are_unreviewed_sourced_and_linked(which, request):
    ds = request.getfixturevalue(which)
    text = ds.article.text
    assert ds.sentences and all(not s.reviewed for s in ds.sentences)
    for table in TABLES:
        records = getattr(ds, table)
        ids = [getattr(r, ID_FIELDS[table]) for r in records]
        assert len(ids) == len(set(ids)), table
        for r in records:
            assert r.reviewed is False
            assert RECORD_ID.match(getattr(r, ID_FIELDS[table]))
            for ev in getattr(r, "evidence", []):
                assert text[ev.start : ev.end] == ev.quote
    actors = {a.actor_id for a in ds.actors}
    places = {p.place_id for p in ds.places}
    measures = {m.measure_id for m in ds.measures}
    for e in ds.events:
        assert set(e.actors) <= actors and (e.place is None or e.place in places)
        assert e.announced_by is None or e.announced_by in actors
    for m in ds.measures:
        assert set(m.actors) <= actors
    for c in ds.claims:
        assert (
            c.speaker in actors
            and set(c.about) <= actors
            and set(c.measures) <= measures
        )


@pytest.mark.parametrize("which", ["seed", "spanish"])
def test_draft_yaml_round_trips(which, request):
    ds = request.getfixturevalue(which)
    draft = draft_annotations_yaml(ds)
    assert draft.startswith("# DRAFT")
    assert draft.count("reviewed:") == 1 and "\nreviewed: false" in draft
    back = build_dataset(ds.article, yaml.load(draft, Loader=LineLoader), "x")  # noqa: S506
    assert not back.is_reviewed and not any(r.reviewed for r in back.actors)
    for table in TABLES:
        if table == "sentences":
            assert [s.topics for s in back.sentences] == [
                s.topics for s in ds.sentences
            ]
            continue
        ours = [r.model_dump(exclude={"reviewed"}) for r in getattr(ds, table)]
        theirs = [r.model_dump(exclude={"reviewed"}) for r in getattr(back, table)]
        assert ours == theirs, table


# --- the seed -----------------------------------------------------------------------


def test_seed_key_records(seed):
    actors = {a.actor_id for a in seed.actors}
    assert {
        "kast",
        "jeri",
        "zepeda",
        "peru_foreign_ministry",
        "republican_party",
    } <= actors
    events = {(e.date_from, e.date_to, e.precision) for e in seed.events}
    assert (D(2026, 1, 1), D(2026, 1, 31), "month") in events  # this January 2026
    assert (D(2026, 3, 11), D(2026, 3, 11), "day") in events  # March 11, 2026
    assert (
        D(2026, 3, 1),
        D(2026, 4, 30),
        "bimester",
    ) in events  # between March and April
    assert (
        D(2025, 12, 1),
        D(2025, 12, 10),
        "approximate",
    ) in events  # beginning of December
    assert (D(2025, 11, 30), D(2025, 12, 9), "approximate") in events  # a day after
    (rate,) = seed.figures
    assert (rate.value, rate.metric, rate.country) == (4.6, "homicide_rate", "CHL")
    kinds = {i.kind for i in seed.issues}
    assert kinds == {
        "translation",
        "mistranslated_name",
        "contradiction",
        "imprecise_date",
    }
    contradiction = next(i for i in seed.issues if i.kind == "contradiction")
    assert (
        contradiction.evidence[0].quote
        == "second semester 2026so between March and April"
    )


def test_without_publication_date_relative_dates_are_flagged():
    article = load_article(FIXTURE).model_copy(update={"published": None})
    ds = extract_dataset(article)
    sunday = next(e for e in ds.events if "'el domingo'" in (e.note or ""))
    assert (sunday.date_from, sunday.date_to, sunday.precision) == (
        None,
        None,
        "approximate",
    )
    flagged = {i.evidence[0].quote for i in ds.issues if i.kind == "imprecise_date"}
    assert {"el domingo", "enero", "mañana", "viernes 19 de diciembre"} <= flagged
    # Dates with their own year still resolve.
    assert any(e.date_from == D(2026, 3, 11) for e in ds.events)


# --- command line ---------------------------------------------------------------------


def run(argv):
    return cli_main(argv)


def test_extract_command_prints_json(capsys):
    assert (
        run(["extract", str(FIXTURE), "--published", "2025-12-17", "--lang", "es"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["article", *TABLES]
    assert data["article"]["published"] == "2025-12-17"
    # "mañana" now falls a day later.
    assert any(e["date_from"] == "2025-12-18" for e in data["events"])


def test_extract_command_refuses_a_bad_date(capsys):
    assert run(["extract", str(FIXTURE), "--published", "17/12/2025"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "error: --published 17/12/2025: not a date; write it as YYYY-MM-DD\n"
    )


def test_annotate_writes_once_then_needs_force(tmp_path, capsys):
    article = tmp_path / "nota.md"
    shutil.copy(FIXTURE, article)
    assert run(["annotate", str(article)]) == 0
    out = tmp_path / "nota.annotations.yaml"
    first = out.read_text(encoding="utf-8")
    assert first.startswith("# DRAFT")
    capsys.readouterr()
    assert run(["annotate", str(article)]) == 2
    msg = capsys.readouterr().err
    assert "nota.annotations.yaml" in msg and "--force" in msg
    assert msg.count("\n") == 1
    out.write_text("edited", encoding="utf-8")
    assert run(["annotate", str(article), "--force"]) == 0
    assert out.read_text(encoding="utf-8") == first


# --- four wire-style articles: what a careful reader finds ---------------------------

FIXTURES = Path(__file__).parent / "fixtures"
# fmt: off
READER = {
    "es-tacna-emergency.md": {
        "actors": {"gov_peru", "armed_forces_peru", "pnp", "migraciones_peru", "kast",
                   "jeri", "defensoria_peru", "peru_foreign_ministry",
                   "chile_foreign_ministry", "el_peruano", "irregular_migrants"},
        "places": {"peru", "chile", "tacna_region", "tacna", "santa_rosa", "chacalluta",
                   "common_border"},
        "events": {
            (D(2025, 11, 28), D(2025, 11, 28), "day"),  # el viernes 28 de noviembre
            (D(2025, 11, 29), D(2025, 11, 29), "day"),  # desde el sábado
            (D(2025, 11, 19), D(2025, 11, 25), "approximate"),  # hace una semana
            (D(2025, 11, 30), D(2025, 12, 9), "approximate"),  # en los próximos días
            (D(2025, 11, 27), D(2025, 11, 27), "day"),  # el jueves
            (D(2026, 3, 11), D(2026, 3, 11), "day"),  # 11 de marzo de 2026
            (D(2025, 12, 1), D(2025, 12, 10), "approximate"),  # a inicios de diciembre
            (D(2026, 1, 27), D(2026, 1, 27), "day"),  # por 60 días: its expiry
        },
        "figures": {(60.0, "days", "days"), (300.0, "people", "people"),
                    (40.0, "percent", "percent"), (40.0, "people", "people"),
                    (5000.0, "people", "people"), (6000.0, "people", "people")},
    },
    "es-binational-committee.md": {
        "actors": {"van_klaveren", "de_zela", "gloria_de_la_fuente", "carabineros",
                   "pdi", "sermig", "chile_foreign_ministry", "kast", "jara",
                   "gov_peru", "gov_chile",
                   "comite_binacional_de_cooperacion_migratoria"},
        "places": {"chile", "peru", "santiago", "chacalluta", "santa_rosa", "arica",
                   "tacna"},
        "events": {
            (D(2025, 12, 1), D(2025, 12, 1), "day"),  # este lunes
            (D(2025, 11, 28), D(2025, 11, 28), "day"),  # el pasado viernes
            (D(2025, 12, 19), D(2025, 12, 19), "day"),  # el 19 de diciembre
            (D(2025, 12, 14), D(2025, 12, 14), "day"),  # del 14 de diciembre
            # "en lo que va de 2025 … un aumento del 15%": the year dates a figure,
            # not an event
        },
        "figures": {(3000.0, "people", "people"), (2000.0, "people", "people"),
                    (15.0, "percent", "percent")},
    },
    "en-kast-lima-visit.md": {
        "actors": {"kast", "jeri", "jara", "peru_foreign_ministry", "gov_peru",
                   "gov_chile", "armed_forces_peru"},
        "places": {"lima", "government_palace", "peru", "chile", "tacna", "arica",
                   "santiago"},
        "events": {
            (D(2026, 1, 7), D(2026, 1, 7), "day"),  # on Wednesday
            (D(2025, 12, 1), D(2025, 12, 31), "month"),  # last month
            # "takes office in March" restates "sworn in on March 11": one event
            (D(2026, 3, 11), D(2026, 3, 11), "day"),  # on March 11
            # "a binational cabinet meeting once Kast is sworn in on March 11"
            (D(2026, 3, 11), D(2026, 12, 31), "approximate"),
            (D(2025, 11, 21), D(2025, 11, 30), "approximate"),  # in late November
            (D(2026, 1, 6), D(2026, 1, 6), "day"),  # on Tuesday
            (D(2025, 12, 21), D(2025, 12, 21), "day"),  # on Dec. 21
            # 60 days from late November: when the emergency runs out
            (D(2026, 1, 20), D(2026, 1, 29), "approximate"),
        },
        "figures": {(58.3, "percent", "vote_share"), (60.0, "days", "days"),
                    (1_500_000.0, "people", "people"), (330_000.0, "people", "people"),
                    (2000.0, "km", "km")},
    },
    "es-runoff-jeri-call.md": {
        "actors": {"kast", "jara", "jeri", "boric", "republican_party",
                   "unidad_por_chile", "servel", "peru_foreign_ministry", "gov_peru",
                   "gov_chile", "irregular_migrants"},
        "places": {"chile", "peru", "santiago", "tacna", "santa_rosa", "arica",
                   "common_border"},
        "events": {
            (D(2025, 12, 14), D(2025, 12, 14), "day"),  # este domingo
            (D(2026, 3, 11), D(2026, 3, 11), "day"),  # el próximo 11 de marzo
            (D(2026, 3, 1), D(2026, 4, 30), "bimester"),  # segundo bimestre de 2026
            (D(2025, 11, 29), D(2025, 11, 29), "day"),  # desde el 29 de noviembre
            (D(2025, 12, 19), D(2025, 12, 19), "day"),  # el 19 de diciembre
        },
        "figures": {(58.16, "percent", "vote_share"), (41.84, "percent", "vote_share"),
                    (85.0, "percent", "turnout")},
    },
}
# fmt: on


@pytest.fixture(scope="module", params=sorted(READER))
def wire(request):
    return request.param, extract_dataset(load_article(FIXTURES / request.param))


def test_wire_articles_people_and_places(wire):
    name, ds = wire
    assert {a.actor_id for a in ds.actors} == READER[name]["actors"]
    assert {p.place_id for p in ds.places} == READER[name]["places"]


def test_wire_articles_dates(wire):
    name, ds = wire
    got = {(e.date_from, e.date_to, e.precision) for e in ds.events}
    assert got == READER[name]["events"]


def test_wire_articles_figures(wire):
    name, ds = wire
    got = {(f.value, f.unit, f.metric) for f in ds.figures}
    assert got == READER[name]["figures"]
    assert all(re.fullmatch(r"[a-z_]+", f.metric) for f in ds.figures)


def test_wire_articles_event_labels_are_words_not_dates(wire):
    _, ds = wire
    for e in ds.events:
        assert 6 <= len(e.label) <= 64, e.label
        note_phrase = e.note.split("'")[1]
        assert fold(note_phrase) not in fold(e.label), e.label
        assert not re.search(r"\((?:[^)]*)\)$", e.label), e.label


@pytest.mark.parametrize(
    "name,date,label",
    [
        ("en-kast-lima-visit.md", D(2026, 1, 7), "Meeting of Kast and Jerí in Lima"),
        ("en-kast-lima-visit.md", D(2026, 3, 11), "Kast takes office"),
        ("en-kast-lima-visit.md", D(2025, 11, 21), "State of emergency in Tacna"),
        ("es-binational-committee.md", D(2025, 12, 19), "Próxima reunión en Arica"),
        (
            "es-binational-committee.md",
            D(2025, 11, 28),
            "Estado de emergencia en Tacna",
        ),
        ("es-tacna-emergency.md", D(2026, 3, 11), "Cambio de mando en Chile"),
        ("es-runoff-jeri-call.md", D(2026, 3, 1), "Gabinete Binacional"),
    ],
)
def test_event_labels_come_from_the_sentence(name, date, label):
    ds = extract_dataset(load_article(FIXTURES / name))
    assert label in {e.label for e in ds.events if e.date_from == date}


def test_a_dateline_is_not_an_event():
    ds = extract_dataset(load_article(FIXTURES / "en-kast-lima-visit.md"))
    assert not any("Jan 7" in e.note for e in ds.events)


def test_ranges_give_both_bounds_and_nationalities_no_country():
    text = "De 5.000 a 6.000 extranjeros y unos 2.000 venezolanos esperan en Arica."
    figs = find_figures(text)
    assert [(f.value, f.qualifier) for f in figs] == [
        (5000, "range_low"),
        (6000, "range_high"),
        (2000, "unos"),
    ]
    ds = extract_dataset(article_from(text))
    assert {f.country for f in ds.figures} == {None}
    assert find_figures("a 60-day state of emergency")[0].unit == "days"


def test_a_year_glued_to_a_word_is_a_translation_issue():
    text = "Decree 2026in force since 2025and renewed; codes X2026ab and 12026cd stay."
    ds = extract_dataset(article_from(text))
    (glued,) = [i for i in ds.issues if i.issue_id.startswith("glued_words")]
    # a year inside a code ("X2026ab", "12026cd") is not a glued year
    assert [e.quote for e in glued.evidence] == ["2026in", "2025and"]
