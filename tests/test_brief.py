"""Brief text generated from the tables: titles, key points, watch list, notes, sources."""

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from analysis.article import load_article, paragraphs_of
from analysis.brief import Brief
from analysis.extract import extract_dataset
from analysis.schema import GENERIC_EVENT_LABELS
from analysis.topics.base import claim_findings, measure_findings, upcoming_findings


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


def test_figures_are_numbered_once(dataset):
    brief = Brief(topic="migration", dataset=dataset)
    first = [f.number for f in brief.figures()]
    again = [f.number for f in brief.figures()]
    assert first == again == list(range(1, len(first) + 1))


def test_left_out_reference_rows_say_why(dataset):
    context = text(Brief(topic="overview", dataset=dataset).context_section())
    # 5 rows are dated after 21 December 2025 (Jerí's removal the latest); 7
    # carry only the year 2025.
    assert (
        "Left out: 5 reference rows published after that date and 7 whose "
        "publication dates (a year or a month) cannot be placed before it." in context
    )
    spanish = text(
        Brief(topic="overview", lang="es", dataset=dataset).context_section()
    )
    assert "5 filas de referencia publicadas después de esa fecha" in spanish


def test_sources_name_only_rows_the_brief_draws_or_checks(dataset):
    security = text(Brief(topic="security", dataset=dataset).sources())
    # The regional mean is in the data but drawn nowhere.
    assert "PanAm Post" not in security and "Expansión" in security
    border = text(Brief(topic="border_cooperation", dataset=dataset).sources())
    assert "Chilean Foreign Ministry" in border and "Coordinates" in border
    assert "Coordinates" not in security


def test_scenario_is_not_a_proposal_and_watch_list_attributes_only(dataset):
    brief = Brief(topic="border_cooperation", dataset=dataset)
    points = " ".join(p.text for p in brief.points())
    assert "proposed by" not in points
    scenario = [
        f.text for f in brief.findings if "scenario" in f.text and "Kast" in f.text
    ]
    assert scenario == []
    assert "announced by" not in text(brief.watch_section())


def test_spanish_brief_has_no_english_leftovers(dataset):
    brief = Brief(topic="migration", lang="es", dataset=dataset)
    page = " ".join(
        text(p) for p in (brief.header(), brief.watch_section(), brief.sources())
    )
    for english in ("approximate", "machine-translated", "(citing", "announced by"):
        assert english not in page, english
    assert "citando a R4V" in page
    assert "Noticia en español, traducida automáticamente" in page


def test_labels_of_a_spanish_article_in_an_english_brief():
    from analysis.loader import load_brief_dataset
    from analysis.paths import ROOT

    article = ROOT / "seeds" / "es-dev-tacna-emergency-efe.md"
    data = load_brief_dataset(article)
    brief = Brief(article, "security", "en", dataset=data)
    watch = text(brief.watch_section())
    # Known kinds take the catalogue's English label; no bare Spanish fragment.
    assert "End of a measure's term" in watch
    assert "Fin del estado" not in watch
    for p in brief.points():
        assert "Estado de emergencia en" not in p.text or "(in Spanish)" in p.text
    assert 3 <= len(brief.points()) <= 5
    assert brief.title.startswith("The government of Peru has put in force")


def test_thin_topic_says_so_plainly():
    from analysis.loader import load_brief_dataset
    from analysis.paths import ROOT

    article = ROOT / "tests" / "fixtures" / "minimal" / "one-sentence.md"
    brief = Brief(article, "migration", "en", dataset=load_brief_dataset(article))
    assert [p.text for p in brief.points()] == [
        "On migration, the article reports no policy measure, attributed claim or "
        "dated event."
    ]
    assert brief.figures() == []
    assert brief.missing_figures[0].startswith("No positions chart")


def test_a_one_letter_first_word_is_no_acronym(dataset):
    brief = Brief(topic="overview", dataset=dataset)
    assert brief.lower_first("A concentration of migrants.") == (
        "a concentration of migrants."
    )
    assert brief.lower_first("EFE reported it.") == "EFE reported it."
    # "According to Jerí, I cannot allow…": the English pronoun stays upper
    assert brief.lower_first("I cannot allow it.") == "I cannot allow it."


@pytest.mark.parametrize(
    ("lang", "role", "expected"),
    [
        ("en", "political scientist", "political scientist Ana Ruiz"),
        ("en", "mayor of Arica", "the mayor of Arica, Ana Ruiz"),
        ("es", "alcalde de Arica", "el alcalde de Arica, Ana Ruiz"),
        ("es", "politóloga", "la politóloga Ana Ruiz"),
    ],
)
def test_a_commentators_role_reads_as_a_phrase(dataset, lang, role, expected):
    assert (
        Brief(topic="overview", dataset=dataset, lang=lang).titled_name(
            role, "Ana Ruiz"
        )
        == expected
    )


MINIMAL = Path(__file__).parent / "fixtures" / "minimal" / "one-sentence.md"


def drafted_brief(text: str, topic: str, lang: str, published: dt.date) -> Brief:
    """The brief a user gets for a new article of these words, drafted."""
    article = load_article(MINIMAL).model_copy(
        update={
            "text": text,
            "paragraphs": paragraphs_of(text),
            "published": published,
            "language": lang,
            "translated_from": None,
        }
    )
    return Brief(MINIMAL, topic, lang, dataset=extract_dataset(article))


def test_an_event_the_draft_could_not_name_is_no_key_point():
    brief = drafted_brief(
        "Peru's government declared a state of emergency in Tacna on November 28 to "
        "stop migrants. Less than a week after that, things changed, officials said. "
        "The border will be quiet again on December 20.",
        "overview",
        "en",
        dt.date(2025, 12, 15),
    )
    assert GENERIC_EVENT_LABELS["en"] in [e.label for e in brief.dataset.events]
    upcoming = [f.text for f in upcoming_findings(brief)]
    assert upcoming == ["20 December 2025: The border will be quiet again (planned)."]
    assert GENERIC_EVENT_LABELS["en"] not in brief.title


def test_a_summary_that_names_its_speaker_is_not_attributed_twice():
    brief = drafted_brief(
        "El gobernador regional de Arica, Diego Paco, exigió la presencia del "
        "presidente Gabriel Boric en la frontera para frenar la migración irregular.",
        "migration",
        "es",
        dt.date(2025, 11, 29),
    )
    assert [f.text for f in claim_findings(brief)] == [
        "Paco exigió la presencia del presidente Gabriel Boric en la frontera para "
        "frenar la migración irregular."
    ]


def test_a_summary_naming_its_speaker_in_another_language_is_quoted_not_attributed():
    # before: 'Según José Antonio Kast: "Kast demanded that his audience…"'
    text = (
        "Chilean President José Antonio Kast took office on Wednesday. Kast demanded "
        "that his audience respect the outgoing president as cheers erupted."
    )
    article = load_article(MINIMAL).model_copy(
        update={
            "text": text,
            "paragraphs": paragraphs_of(text),
            "published": dt.date(2026, 3, 12),
            "language": "en",
            "translated_from": None,
        }
    )
    brief = Brief(MINIMAL, "overview", "es", dataset=extract_dataset(article))
    texts = [f.text for f in claim_findings(brief)]
    assert len(texts) == 1
    assert texts[0].startswith("“Kast demanded that his audience respect")
    assert "Según" not in texts[0]


def test_two_measures_of_one_kind_are_named_once_in_a_key_point():
    brief = drafted_brief(
        "En Tacna, el Gobierno peruano ha desplegado un patrullaje motorizado "
        "permanente en la línea de frontera y emplea drones para la vigilancia aérea.",
        "security",
        "es",
        dt.date(2025, 12, 1),
    )
    kinds = [m.kind for m in brief.dataset.measures]
    assert kinds.count("border_control") == 2
    texts = [f.text for f in measure_findings(brief)]
    assert len(texts) == 1
    # each is named by its own label, once
    assert texts[0].count("patrullajes motorizados") == 1, texts
    assert texts[0].count("con drones") == 1, texts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Analysts warned that Kast will have limited room for manoeuvre in "
            "Congress on migration.",
            "en",
            "According to analysts, Kast will have limited room for manoeuvre in "
            "Congress on migration.",
        ),
        (
            "Según fuentes diplomáticas, la cita sobre migración podría aplazarse "
            "hasta abril.",
            "es",
            "Según fuentes diplomáticas, la cita sobre migración podría aplazarse "
            "hasta abril.",
        ),
    ],
)
def test_an_unnamed_group_speaks_as_a_common_noun_in_the_brief_s_language(
    text, lang, expected
):
    brief = drafted_brief(text, "overview", lang, dt.date(2025, 12, 15))
    assert [f.text for f in claim_findings(brief)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "A senior official at Peru's consulate in Arica, speaking on condition "
            "of anonymity, said Lima had been informed of the works in advance.",
            "en",
            "According to a senior official at Peru's consulate in Arica, Lima had "
            "been informed of the works in advance.",
        ),
        (
            "Un alto oficial de la Región Policial Tacna, que habló bajo reserva, "
            "afirmó que desde que rige la medida se intervino a 412 extranjeros.",
            "es",
            "Según un alto oficial de la Región Policial Tacna, desde que rige la "
            "medida se intervino a 412 extranjeros.",
        ),
    ],
)
def test_a_person_quoted_by_role_alone_reads_with_an_article(text, lang, expected):
    brief = drafted_brief(text, "overview", lang, dt.date(2026, 3, 17))
    assert [f.text for f in claim_findings(brief)] == [expected]


def test_a_name_in_brackets_drops_its_own_brackets():
    brief = drafted_brief(
        "La prórroga empieza a regir el miércoles 28 de enero, según publicó el "
        "diario oficial El Peruano.",
        "overview",
        "es",
        dt.date(2026, 1, 26),
    )
    texts = [f.text for f in upcoming_findings(brief)]
    assert any("según El Peruano)" in t for t in texts), texts
    assert not any("((" in t or "))" in t for t in texts), texts


def test_an_official_known_by_office_alone_keeps_the_article():
    brief = drafted_brief(
        "La PDI controla las salidas en Arica. El delegado presidencial regional "
        "afirmó el miércoles que el flujo en Chacalluta se mantiene dentro de lo "
        "normal.",
        "overview",
        "es",
        dt.date(2025, 12, 5),
    )
    assert [f.text for f in claim_findings(brief)] == [
        "Según el delegado presidencial regional, el flujo en Chacalluta se "
        "mantiene dentro de lo normal."
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Kast met Jerí in Lima. Kast's team has said it will present the details "
            "of its northern border plan before the inauguration.",
            "en",
            "According to Kast's team, it will present the details of its northern "
            "border plan before the inauguration.",
        ),
        (
            "Kast se reunió con Jerí en Lima. El equipo de Kast informó que el plan "
            "para la frontera estará listo en marzo.",
            "es",
            "Según el equipo de Kast, el plan para la frontera estará listo en marzo.",
        ),
    ],
)
def test_the_people_around_a_leader_speak_as_a_group(text, lang, expected):
    brief = drafted_brief(text, "overview", lang, dt.date(2026, 1, 8))
    assert expected in [f.text for f in claim_findings(brief)]


def test_an_unnamed_drafted_event_is_named_in_the_brief_s_language():
    from analysis.labels import event_label

    brief = drafted_brief(
        "Peru's government declared a state of emergency in Tacna on November 28 to "
        "stop migrants. Less than a week after that, things changed, officials said. "
        "The border will be quiet again on December 20.",
        "overview",
        "en",
        dt.date(2025, 12, 15),
    )
    # the English article's draft, told in a Spanish brief
    generic = [e for e in brief.dataset.events if e.label == "Other event"]
    assert generic
    assert event_label(generic[0], brief.dataset, "es") == "Otro hecho"


def test_the_events_of_an_english_draft_read_in_spanish_in_a_spanish_brief():
    from analysis.labels import event_label

    brief = drafted_brief(
        "Peru's government declared a 60-day state of emergency in Tacna on "
        "November 28.",
        "overview",
        "en",
        dt.date(2025, 12, 15),
    )
    labels = [event_label(e, brief.dataset, "es") for e in brief.dataset.events]
    assert "Fin del estado de emergencia" in labels
    assert not any("Government" in label for label in labels)


def test_a_drafted_label_of_a_kind_is_told_again_in_the_briefs_language():
    from analysis.labels import event_label

    brief = drafted_brief(
        "El canciller Hugo de Zela se reunió el lunes en Santiago con José Antonio "
        "Kast. El martes 7 de enero Kast llegó a Lima para su visita oficial.",
        "overview",
        "es",
        dt.date(2026, 1, 8),
    )
    spanish = sorted(e.label for e in brief.dataset.events)
    english = sorted(event_label(e, brief.dataset, "en") for e in brief.dataset.events)
    # before: "Meeting, Santiago" and "Visit, Lima", with no one named
    assert spanish == ["Reunión de De Zela y Kast en Santiago", "Visita de Kast a Lima"]
    assert english == [
        "Kast's visit to Lima",
        "Meeting of De Zela and Kast in Santiago",
    ]


def test_a_spanish_body_named_by_a_common_noun_takes_its_article():
    brief = drafted_brief(
        "Maquinaria del Ejército de Chile comenzó a excavar este lunes una zanja en la "
        "frontera con el Perú, cerca de Arica. Según el Ministerio de Relaciones "
        "Exteriores del Perú, la obra se hace en territorio chileno.",
        "security",
        "es",
        dt.date(2026, 3, 17),
    )
    phrases = {a.actor_id: brief.actor_phrase(a.actor_id) for a in brief.dataset.actors}
    assert phrases["army_chile"] == "el Ejército de Chile"
    assert phrases["peru_foreign_ministry"] == "la Cancillería peruana"


def test_the_news_of_the_day_leads_over_measures_told_as_background():
    base = load_article(Path(__file__).parent / "fixtures" / "es-article.md")
    body = (
        "José Antonio Kast won Chile's presidential run-off on Sunday with 58 per "
        "cent of the vote, defeating Jeannette Jara.\n\n"
        "Peru's interim president, José Jerí, telephoned Kast on Sunday night and "
        "invited him to a binational cabinet.\n\n"
        "On 28 November, Jerí's government declared a 60-day state of emergency in "
        "three districts of Tacna and sent troops to back the police."
    )
    article = base.model_copy(
        update={
            "text": body,
            "paragraphs": paragraphs_of(body),
            "published": dt.date(2025, 12, 15),
            "language": "en",
            "translated_from": None,
        }
    )
    brief = Brief(topic="overview", dataset=extract_dataset(article))
    assert brief.title == "14 December 2025: Presidential run-off"
    assert brief.points()[0].text == "14 December 2025: Presidential run-off."


def test_a_plans_name_keeps_its_capitals_inside_a_sentence(dataset):
    brief = Brief(topic="overview", dataset=dataset)
    assert brief.lower_first("Border Shield plan") == "Border Shield plan"
    assert brief.lower_first("Stronger border controls") == "stronger border controls"


def test_a_possessive_before_a_capitalised_noun_is_lowered_inside_a_sentence(dataset):
    # "Según José Antonio Kast, su Gobierno buscará…", not "…, Su Gobierno…"
    brief = Brief(topic="overview", dataset=dataset)
    assert brief.lower_first("Su Gobierno buscará dar certeza.") == (
        "su Gobierno buscará dar certeza."
    )
    assert brief.lower_first("The Government said so.") == "the Government said so."


def test_a_measure_dated_years_before_the_brief_is_no_title():
    from tests.test_extract_rules import drafted

    ds = drafted(
        "Dozens of migrants seeking to leave Chile were stranded at the border with "
        "Peru on Friday, according to Chilean authorities. Peru had similarly "
        "declared a state of emergency in April 2023, militarising its borders for "
        "two months.",
        "en",
        dt.date(2025, 11, 28),
    )
    brief = Brief(topic="overview", dataset=ds)
    assert "put in force" not in brief.title
    # still told, with its date, among the key points
    assert any("2023" in p.text for p in brief.points())


def test_a_measure_is_dated_by_the_words_that_name_it_not_by_a_later_anaphor():
    brief = drafted_brief(
        "Peruvian President Jose Jeri has announced a state of emergency along the "
        "border with Chile.\nThe announcement, made via social media on Friday, comes "
        "amid rising concerns.\nJeri, a far-right leader who assumed the presidency "
        "in October following the impeachment of Dina Boluarte, cited public safety "
        "as the main reason for the measure.",
        "overview",
        "en",
        dt.date(2025, 11, 29),
    )
    texts = [f.text for f in measure_findings(brief)]
    assert texts == [
        "the Government of Peru announced: state of emergency, 28 November 2025."
    ]
