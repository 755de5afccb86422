"""Time expressions: spans found, resolved to ranges and precisions, in es and en."""

import datetime as dt

import pytest

from analysis.gazetteer import fold
from analysis.timex import appositions, find_timexes

D = dt.date
PUB = D(2025, 12, 21)  # a Sunday, the seed's publication date
TUE = D(2025, 12, 16)  # a Tuesday

# text, published, language, expression found, date_from, date_to, precision
# fmt: off
CASES = [
    # absolute dates
    ("El presidente asumirá el 11 de marzo de 2026.", PUB, "es", "11 de marzo de 2026", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("Kast officially assumes the presidency March 11, 2026in a context", PUB, "en", "March 11, 2026", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("The run-off was held on December 14.", PUB, "en", "December 14", D(2025, 12, 14), D(2025, 12, 14), "day"),
    ("El comité volverá a reunirse el viernes 19 de diciembre.", TUE, "es", "viernes 19 de diciembre", D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("Kast ganó el pasado 14 de diciembre.", PUB, "es", "pasado 14 de diciembre", D(2025, 12, 14), D(2025, 12, 14), "day"),
    ("Results came on 14 December 2025.", PUB, "en", "14 December 2025", D(2025, 12, 14), D(2025, 12, 14), "day"),
    ("The vote was on Dec. 14 in Chile.", PUB, "en", "Dec. 14", D(2025, 12, 14), D(2025, 12, 14), "day"),
    ("El decreto se publicó el 11/03/2026.", PUB, "es", "11/03/2026", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("The decree was published on 03/11/2026.", PUB, "en", "03/11/2026", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("Fecha: 2026-03-11.", PUB, "es", "2026-03-11", D(2026, 3, 11), D(2026, 3, 11), "day"),
    # the rest of the publication month, or the part before the publication day
    ("The decree is due to run out later this month.", D(2026, 1, 13), "en", "later this month", D(2026, 1, 14), D(2026, 1, 31), "approximate"),
    ("Migrants gathered at the border earlier this month.", D(2026, 1, 13), "en", "earlier this month", D(2026, 1, 1), D(2026, 1, 12), "approximate"),
    # a clause of time keeps its own tense: the past verb before it does not date it
    ("The two men committed to a binational cabinet once Kast is sworn in on March 11.", D(2026, 1, 13), "en", "March 11", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("La gira que realizó antes de asumir el poder, el 11 de marzo.", PUB, "es", "11 de marzo", D(2026, 3, 11), D(2026, 3, 11), "day"),
    # an irregular past: "set off on Tuesday" is the Tuesday before publication
    ("Kast set off on Tuesday for Argentina.", D(2025, 12, 22), "en", "on Tuesday", D(2025, 12, 16), D(2025, 12, 16), "day"),
    # an irregular past beyond a quotation's future
    ("\"We are going to be firm on our border,\" Tiburcio told a meeting of officials in Tacna on Saturday.", D(2025, 11, 30), "en", "on Saturday", D(2025, 11, 29), D(2025, 11, 29), "day"),
    # a coordinated clause after the date has its own tense
    ("The ministers are due to hold the first session of a new committee on Monday, and Tiburcio said the ministry was preparing talks.", D(2025, 11, 30), "en", "on Monday", D(2025, 12, 1), D(2025, 12, 1), "day"),
    # a handover named after its day is the nearest one, as a deadline is
    ("Kast wrote on X, counting down to the March 11 handover.", D(2025, 11, 29), "en", "March 11", D(2026, 3, 11), D(2026, 3, 11), "day"),
    ("Kast has told migrants to leave the country before the March 11 handover.", D(2025, 11, 29), "en", "March 11", D(2026, 3, 11), D(2026, 3, 11), "day"),
    # a date with no year is seldom eight months back: one within three months wins
    ("He flew into Lima and was received by Jerí, who proposed a cabinet in March or April.", D(2026, 1, 8), "en", "March or April", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("Peru held its elections on 12 April.", D(2026, 1, 20), "en", "12 April", D(2026, 4, 12), D(2026, 4, 12), "day"),
    # the number decides the day after "próximo"; what is agreed "to meet" is to come
    ("Los avances serán revisados el próximo viernes 19, cuando sesione el comité.", D(2025, 12, 10), "es", "el próximo viernes 19", D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("He added that the two governments had agreed to meet on Monday.", D(2025, 11, 29), "en", "on Monday", D(2025, 12, 1), D(2025, 12, 1), "day"),
    # what is watched or awaited lies ahead
    ("Investors are also watching Sunday's presidential run-off in Chile.", D(2025, 12, 10), "en", "Sunday", D(2025, 12, 14), D(2025, 12, 14), "day"),
    # the day named with the hour dates it
    ("Kast will be sworn in at noon tomorrow in the National Congress.", D(2026, 3, 10), "en", "tomorrow", D(2026, 3, 11), D(2026, 3, 11), "day"),
    # a regular past: "telephoned Kast on Sunday" is the Sunday before publication
    ("Jerí telephoned Kast on Sunday to congratulate him on his victory.", D(2025, 12, 15), "en", "on Sunday", D(2025, 12, 14), D(2025, 12, 14), "day"),
    # one month or another is the span of both; what is proposed has its own tense
    ("Jerí invited him to hold it in March or April.", D(2026, 1, 13), "en", "March or April", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("Jerí invitó a Kast a realizar el Gabinete Binacional en marzo o abril.", D(2026, 1, 13), "es", "marzo o abril", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    # months, with the year rolled forward by a future tense
    ("Kast llegará a Lima en enero.", PUB, "es", "enero", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("In the last week of November, migrants gathered.", PUB, "en", "last week of November", D(2025, 11, 24), D(2025, 11, 30), "approximate"),
    ("Habrá controles la primera semana de enero.", PUB, "es", "primera semana de enero", D(2026, 1, 1), D(2026, 1, 7), "approximate"),
    ("Kast aterrizó en Lima la víspera.", D(2026, 1, 7), "es", "la víspera", D(2026, 1, 6), D(2026, 1, 6), "day"),
    # a past participle right before its date, though a future verb follows
    ("El comité, creado el 1 de diciembre, seguirá sesionando cada mes.", D(2026, 1, 8), "es", "1 de diciembre", D(2025, 12, 1), D(2025, 12, 1), "day"),
    ("Horas antes, Kast desayunó con empresarios.", D(2026, 1, 7), "es", "Horas antes", D(2026, 1, 7), D(2026, 1, 7), "day"),
    # a present tense for what is scheduled: the next such weekday
    ("The committee meets again on Friday.", D(2025, 12, 16), "en", "on Friday", D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("Kast will arrive in January.", PUB, "en", "January", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("He announced this January 2026 will arrive in Lima.", PUB, "en", "this January 2026", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("En noviembre, el Gobierno declaró la emergencia.", PUB, "es", "noviembre", D(2025, 11, 1), D(2025, 11, 30), "month"),
    ("Migration rose in March.", D(2025, 2, 1), "en", "March", D(2025, 3, 1), D(2025, 3, 31), "month"),
    # parts of months and years
    ("El Gobierno declaró la emergencia a fines de noviembre.", PUB, "es", "a fines de noviembre", D(2025, 11, 21), D(2025, 11, 30), "approximate"),
    ("At the beginning of December they agreed patrols.", PUB, "en", "At the beginning of December", D(2025, 12, 1), D(2025, 12, 10), "approximate"),
    ("A principios de diciembre acordaron patrullajes.", PUB, "es", "A principios de diciembre", D(2025, 12, 1), D(2025, 12, 10), "approximate"),
    ("The cabinet will meet in mid-January.", PUB, "en", "mid-January", D(2026, 1, 11), D(2026, 1, 20), "approximate"),
    ("Talks stalled in late November.", PUB, "en", "late November", D(2025, 11, 21), D(2025, 11, 30), "approximate"),
    ("La visita será en la primera quincena de enero.", PUB, "es", "primera quincena de enero", D(2026, 1, 1), D(2026, 1, 15), "approximate"),
    ("Visitará el Perú durante la quincena de inicio de enero de 2026.", PUB, "es", "quincena de inicio de enero de 2026", D(2026, 1, 1), D(2026, 1, 15), "approximate"),
    ("Se prevé una reunión a principios de 2026.", PUB, "es", "a principios de 2026", D(2026, 1, 1), D(2026, 3, 31), "approximate"),
    ("Habrá elecciones a fines de año.", PUB, "es", "a fines de año", D(2025, 10, 1), D(2025, 12, 31), "approximate"),
    # periods
    ("El gabinete será en el segundo bimestre de 2026.", PUB, "es", "segundo bimestre de 2026", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("El primer semestre será clave.", PUB, "es", "primer semestre", D(2026, 1, 1), D(2026, 6, 30), "semester"),
    # "del año 2026" names the year; "del año" alone is this year
    ("Jerí invitó a realizar el gabinete durante el segundo bimestre del año 2026.", PUB, "es", "segundo bimestre del año 2026", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("La visita será en la primera quincena de enero del año 2026.", PUB, "es", "primera quincena de enero del año 2026", D(2026, 1, 1), D(2026, 1, 15), "approximate"),
    ("Asumirá en marzo del año 2026.", PUB, "es", "marzo del año 2026", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("During the second semester the talks will continue.", D(2025, 3, 10), "en", "second semester", D(2025, 7, 1), D(2025, 12, 31), "semester"),
    ("Growth slowed in the second half of 2026.", PUB, "en", "second half of 2026", D(2026, 7, 1), D(2026, 12, 31), "semester"),
    ("Crece la migración en el tercer trimestre de 2025.", PUB, "es", "tercer trimestre de 2025", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
    ("Arrivals peaked in Q1 2026.", PUB, "en", "Q1 2026", D(2026, 1, 1), D(2026, 3, 31), "quarter"),
    ("Se reunirán entre marzo y abril de 2026.", PUB, "es", "entre marzo y abril de 2026", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("It will be held between March and April.", PUB, "en", "between March and April", D(2026, 3, 1), D(2026, 4, 30), "bimester"),
    ("Hubo controles del 1 al 10 de diciembre.", PUB, "es", "del 1 al 10 de diciembre", D(2025, 12, 1), D(2025, 12, 10), "approximate"),
    ("En 2024, la tasa fue menor.", PUB, "es", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    # relative to the publication date
    ("Jerí llamó el domingo a Kast.", TUE, "es", "el domingo", D(2025, 12, 14), D(2025, 12, 14), "day"),
    ("On Friday, the minister said so.", PUB, "en", "On Friday", D(2025, 12, 19), D(2025, 12, 19), "day"),
    ("Se reunirán el próximo lunes.", PUB, "es", "el próximo lunes", D(2025, 12, 22), D(2025, 12, 22), "day"),
    ("Se reunieron ayer en Lima.", PUB, "es", "ayer", D(2025, 12, 20), D(2025, 12, 20), "day"),
    ("Jerí viajará mañana a Tacna.", PUB, "es", "mañana", D(2025, 12, 22), D(2025, 12, 22), "day"),
    ("He will travel tomorrow.", PUB, "en", "tomorrow", D(2025, 12, 22), D(2025, 12, 22), "day"),
    ("Three days ago the border closed.", PUB, "en", "Three days ago", D(2025, 12, 18), D(2025, 12, 18), "day"),
    ("Hace dos semanas, Boric y Jerí conversaron.", PUB, "es", "Hace dos semanas", D(2025, 12, 4), D(2025, 12, 10), "approximate"),
    ("La semana pasada hubo controles.", PUB, "es", "La semana pasada", D(2025, 12, 8), D(2025, 12, 14), "approximate"),
    ("El canciller y Kast conversaron en la semana que pasó.", PUB, "es", "la semana que pasó", D(2025, 12, 8), D(2025, 12, 14), "approximate"),
    ("Ese comité debe estar inaugurando sus tareas el día lunes en la mañana.", D(2025, 11, 28), "es", "el día lunes", D(2025, 12, 1), D(2025, 12, 1), "day"),
    ("Talks resume next month.", PUB, "en", "next month", D(2026, 1, 1), D(2026, 1, 31), "month"),
    ("El año pasado llegaron más migrantes.", PUB, "es", "El año pasado", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Elections are due next year.", PUB, "en", "next year", D(2026, 1, 1), D(2026, 12, 31), "year"),
    # a live blog's entry, stamped with its time: the day of publication
    ("13:40 | Terminó la reunión ampliada.", D(2026, 1, 7), "es", "13:40", D(2026, 1, 7), D(2026, 1, 7), "day"),
    # a month before the noun of what happened in it
    ("He won the December run-off.", D(2026, 1, 12), "en", "December", D(2025, 12, 1), D(2025, 12, 31), "month"),
]
# fmt: on


@pytest.mark.parametrize("text,published,lang,span,date_from,date_to,precision", CASES)
def test_expression(text, published, lang, span, date_from, date_to, precision):
    found = find_timexes(text, published, lang)
    assert [t.text for t in found] == [span]
    t = found[0]
    assert text[t.start : t.end] == span
    assert (t.date_from, t.date_to, t.precision) == (date_from, date_to, precision)


def test_the_next_day_counts_from_the_day_told_not_from_a_state_s_start():
    text = (
        "On Tuesday, Congress censured José Jerí, who had led the country since "
        "October. The next day, Congress chose José María Balcázar."
    )
    found = find_timexes(text, D(2026, 2, 20), "en", [(0, 90, 1), (91, len(text), 1)])
    nxt = next(t for t in found if t.text == "The next day")
    assert (nxt.date_from, nxt.date_to) == (D(2026, 2, 18), D(2026, 2, 18))


def test_a_future_told_from_a_past_day_is_the_first_after_that_day():
    text = (
        "The committee, which held its first session on Dec. 1, set up a technical "
        "group, due to meet in Tacna on Dec. 9, to agree common criteria."
    )
    found = {t.text: t.date_from for t in find_timexes(text, D(2026, 3, 25), "en")}
    assert found == {"Dec. 1": D(2025, 12, 1), "Dec. 9": D(2025, 12, 9)}


def test_months_from_an_act_not_dated_are_no_date():
    text = "The censure passed four months after Jerí replaced Dina Boluarte."
    (t,) = find_timexes(text, D(2026, 2, 18), "en")
    assert not t.resolved


def test_a_season_named_by_its_month_is_no_date():
    text = "Tacna relies on Chilean shoppers in the December high season."
    assert find_timexes(text, D(2026, 1, 12), "en") == []


def test_table_is_large_and_bilingual():
    assert len(CASES) >= 30
    assert {c[2] for c in CASES} == {"en", "es"}


def test_a_day_after_a_clause_dates_the_clause_one_day_earlier():
    text = (
        "At the beginning of December Peru and Chile agreed patrols, a measure "
        "adopted a day after the Peruvian government issued the decree."
    )
    first, second = find_timexes(text, PUB, "en")
    assert (first.date_from, first.date_to) == (D(2025, 12, 1), D(2025, 12, 10))
    assert second.text == "a day after"
    assert (second.date_from, second.date_to) == (D(2025, 11, 30), D(2025, 12, 9))
    assert second.kind == "anchored"


def test_that_same_day_is_the_day_just_given():
    text = "El viernes se declaró la emergencia. Ese mismo día, ambos Gobiernos convinieron en crear el comité."
    found = find_timexes(text, D(2026, 1, 7), "es")
    assert [(t.text, t.date_from, t.precision) for t in found] == [
        ("El viernes", D(2026, 1, 2), "day"),
        ("Ese mismo día", D(2026, 1, 2), "day"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        (
            "Kast won on Sunday, December 14. Jara conceded the same night.",
            "en",
            "the same night",
        ),
        (
            "Kast won on Sunday, December 14. That day Jerí called him.",
            "en",
            "That day",
        ),
        ("Kast ganó el domingo 14. Ese día, Jerí lo llamó.", "es", "Ese día"),
        (
            "Kast ganó el domingo 14. Jara reconoció su derrota la misma noche.",
            "es",
            "la misma noche",
        ),
    ],
)
def test_the_same_night_and_that_day_are_the_day_just_given(text, lang, phrase):
    _, same = find_timexes(text, D(2025, 12, 16), lang)
    assert (same.text, same.date_from, same.date_to) == (
        phrase,
        D(2025, 12, 14),
        D(2025, 12, 14),
    )


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [
        (
            "Kast visited Lima on Wednesday. He began the day at a breakfast.",
            "en",
            "began the day",
        ),
        (
            "Kast visitó Lima el miércoles. La jornada cerró con un almuerzo.",
            "es",
            "La jornada cerró",
        ),
    ],
)
def test_the_day_a_story_tells_of_opens_or_closes_on_that_day(text, lang, phrase):
    _, day = find_timexes(text, D(2026, 1, 9), lang)
    assert (day.text, day.date_from, day.date_to) == (
        phrase,
        D(2026, 1, 7),
        D(2026, 1, 7),
    )


def test_days_later_counts_forward_from_the_last_date():
    text = "El comité se reunió el 1 de diciembre. Tres días después, firmaron el acta."
    sentences = [(0, 38, 1), (39, len(text), 1)]
    _, later = find_timexes(text, PUB, "es", sentences)
    assert (later.date_from, later.date_to, later.precision) == (
        D(2025, 12, 4),
        D(2025, 12, 4),
        "day",
    )


def test_without_an_anchor_a_vague_later_is_bounded_by_publication():
    (t,) = find_timexes("The announcement came a few days later.", PUB, "en")
    assert t.fallback and t.precision == "approximate"
    assert (t.date_from, t.date_to) == (D(2025, 12, 7), PUB)


def test_without_a_publication_date_relative_expressions_stay_open():
    text = "Jerí llamó el domingo a Kast y lo visitará en enero; asumirá el 11 de marzo de 2026."
    found = {t.text: t for t in find_timexes(text, None, "es")}
    for span in ("el domingo", "enero"):
        assert found[span].date_from is None and found[span].date_to is None
        assert found[span].precision == "approximate"
    # A date that carries its own year needs no publication date.
    assert found["11 de marzo de 2026"].date_from == D(2026, 3, 11)


def test_numbers_and_verbs_are_not_dates():
    assert find_timexes("Kast obtuvo el 58,30% y 95% del voto.", PUB, "es") == []
    assert find_timexes("Results may vary; they march on.", PUB, "en") == []
    assert find_timexes("Lo dijo por la mañana.", PUB, "es") == []


def test_weekday_checks_the_year():
    # 19 December is a Friday in 2025, not in 2024 or 2026.
    (t,) = find_timexes("el viernes 19 de diciembre", D(2025, 6, 1), "es")
    assert t.date_from == D(2025, 12, 19)


def test_glued_words_end_a_month():
    text = "planned for second semester 2026so between March and Aprilas soon as Kast"
    found = find_timexes(text, PUB, "en")
    assert [t.text for t in found] == [
        "second semester 2026",
        "between March and April",
    ]
    assert appositions(fold(text), found) == [(0, 1)]


def test_impossible_dates_are_dropped():
    assert find_timexes("el 31 de febrero de 2026 y el 30 de febrero", PUB, "es") == []
    (leap,) = find_timexes("El 29 de febrero se reunirán.", D(2024, 2, 1), "es")
    assert leap.date_from == D(2024, 2, 29)


# fmt: off
WIRE_CASES = [
    ("LIMA, Jan 7 (Reuters) - Kast met Jerí.", D(2026, 1, 7), "en", "Jan 7", D(2026, 1, 7), D(2026, 1, 7), "day"),
    ("Jerí viajará a Tacna en los próximos días.", D(2025, 11, 29), "es", "en los próximos días", D(2025, 11, 30), D(2025, 12, 9), "approximate"),
    ("Talks will resume in the coming weeks.", PUB, "en", "in the coming weeks", D(2025, 12, 22), D(2026, 2, 1), "approximate"),
    # a past reporting verb does not push a date next month back a year
    ("La Cancillería indicó que coordina una reunión a inicios de diciembre.", D(2025, 11, 29), "es", "a inicios de diciembre", D(2025, 12, 1), D(2025, 12, 10), "approximate"),
    ("Kast met Jerí before he takes office in March.", D(2026, 1, 7), "en", "March", D(2026, 3, 1), D(2026, 3, 31), "month"),
    ("They agreed to meet once Kast is sworn in on March 11.", D(2026, 1, 7), "en", "March 11", D(2026, 3, 11), D(2026, 3, 11), "day"),
]
# fmt: on


@pytest.mark.parametrize(
    "text,published,lang,span,date_from,date_to,precision", WIRE_CASES
)
def test_wire_expression(text, published, lang, span, date_from, date_to, precision):
    test_expression(text, published, lang, span, date_from, date_to, precision)


def test_a_month_after_an_infinitive_of_an_event_to_come_is_ahead():
    # published in December: "to hold … in March" is next March, not last
    (en,) = find_timexes("He invited them to hold a summit in March.", PUB, "en")
    assert (en.date_from, en.date_to) == (D(2026, 3, 1), D(2026, 3, 31))
    (es,) = find_timexes("Los invitó a celebrar una cumbre en marzo.", PUB, "es")
    assert (es.date_from, es.date_to) == (D(2026, 3, 1), D(2026, 3, 31))


def test_a_weekday_between_a_past_verb_and_its_infinitive_is_the_day_of_the_verb():
    # published on Thursday 8 January 2026: they agreed on Wednesday the 7th
    pub = dt.date(2026, 1, 8)
    (en,) = find_timexes("They agreed on Wednesday to hold a cabinet.", pub, "en")
    assert en.date_from == dt.date(2026, 1, 7)
    (es,) = find_timexes("Acordaron el miércoles a celebrar un gabinete.", pub, "es")
    assert es.date_from == dt.date(2026, 1, 7)
    # with no past verb the infinitive still looks ahead
    (ahead,) = find_timexes("They plan on Wednesday to hold a cabinet.", pub, "en")
    assert ahead.date_from == dt.date(2026, 1, 14)


def test_a_day_and_month_weeks_before_publication_is_past_whatever_verb_is_near():
    # "to hold it in March" lends a future to the sentence; 14 December three
    # weeks before publication is still the day meant, not a year later
    text = "Jerí floated the cabinet in a Dec. 14 phone call, inviting him to hold it in March."
    t = find_timexes(text, dt.date(2026, 1, 7), "en")[0]
    assert (t.text, t.date_from) == ("Dec. 14", dt.date(2025, 12, 14))


def test_the_same_day_of_the_vote_is_the_election_s_day_or_nothing():
    dated = "Kast ganó la segunda vuelta del domingo 14 de diciembre. "
    call = "El mismo día de la votación, Jerí felicitó a Kast por teléfono."
    found = find_timexes(dated + call, D(2025, 12, 22), "es")
    assert [(t.text, t.date_from) for t in found][-1] == (
        "El mismo día de la votación",
        D(2025, 12, 14),
    )
    # with no election dated, it is not the publication day
    assert (
        find_timexes("Kast ganó la segunda vuelta. " + call, D(2025, 12, 22), "es")
        == []
    )


def test_now_before_a_title_dates_nothing():
    found = find_timexes(
        "Las expulsiones que prometía José Antonio Kast, hoy presidente electo del "
        "país vecino. El alcalde respaldó hoy el mayor control.",
        dt.date(2026, 1, 27),
        "es",
    )
    assert [t.text for t in found] == ["hoy"]
    assert found[0].start > 60


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Six days from now, Kast will be sworn in.",
            "en",
            (dt.date(2026, 3, 11),) * 2,
        ),
        ("Dentro de seis días, Kast asumirá.", "es", (dt.date(2026, 3, 11),) * 2),
        (
            "Dentro de dos semanas el comité volverá a reunirse.",
            "es",
            (dt.date(2026, 3, 16), dt.date(2026, 3, 22)),
        ),
    ],
)
def test_a_count_from_now_is_counted_on_from_the_report(text, language, expected):
    found = find_timexes(text, dt.date(2026, 3, 5), language)
    assert [(t.date_from, t.date_to) for t in found] == [expected]


def test_a_count_back_with_a_qualifier_is_read():
    pub = dt.date(2025, 12, 5)
    (t,) = find_timexes("hace exactamente una semana, el Gobierno", pub, "es")
    assert (t.date_from, t.date_to) == (dt.date(2025, 11, 25), dt.date(2025, 12, 1))
    (t,) = find_timexes("Kast was in Lima almost ten days ago.", pub, "en")
    assert (t.date_from, t.date_to) == (dt.date(2025, 11, 24), dt.date(2025, 11, 26))


@pytest.mark.parametrize(
    "text, lang, published, day",
    [
        (
            "Kast, who landed on Monday night, came two months before his "
            "March 11 inauguration.",
            "en",
            dt.date(2026, 1, 7),
            dt.date(2026, 3, 11),
        ),
        (
            "El Parlamento eligió a Balcázar, cargo que lo convierte en jefe de "
            "Estado interino hasta el 28 de julio.",
            "es",
            dt.date(2026, 2, 19),
            dt.date(2026, 7, 28),
        ),
        # a span that ended, told in the past: the year before
        (
            "The emergency lasted until 28 November.",
            "en",
            dt.date(2026, 2, 19),
            dt.date(2025, 11, 28),
        ),
    ],
)
def test_the_end_of_a_span_or_a_set_day_is_read_from_the_nearest_year(
    text, lang, published, day
):
    assert day in {t.date_from for t in find_timexes(text, published, lang)}


def test_a_two_month_period_of_a_year_is_a_bimester():
    (t,) = find_timexes(
        "Jerí proposed that the cabinet meet in the second two-month period of 2026.",
        dt.date(2025, 12, 15),
        "en",
    )
    assert (t.date_from, t.date_to) == (dt.date(2026, 3, 1), dt.date(2026, 4, 30))


@pytest.mark.parametrize(
    "text, lang, published, span",
    [
        (
            "Late last month Peru declared a 60-day state of emergency.",
            "en",
            dt.date(2025, 12, 15),
            (dt.date(2025, 11, 21), dt.date(2025, 11, 30)),
        ),
        (
            "A fines del mes pasado, Perú declaró la emergencia.",
            "es",
            dt.date(2025, 12, 15),
            (dt.date(2025, 11, 21), dt.date(2025, 11, 30)),
        ),
        (
            "Chileans vote on Sunday in a presidential run-off.",
            "en",
            dt.date(2025, 12, 10),
            (dt.date(2025, 12, 14), dt.date(2025, 12, 14)),
        ),
        (
            "Dos días después de que José Antonio Kast asumiera la presidencia de "
            "Chile, conversamos con Carmen Ticona.",
            "es",
            dt.date(2026, 3, 13),
            (dt.date(2026, 3, 11), dt.date(2026, 3, 11)),
        ),
    ],
)
def test_more_relative_dates(text, lang, published, span):
    (t,) = find_timexes(text, published, lang)
    assert (t.date_from, t.date_to) == span


def test_noon_is_the_report_s_day_unless_a_day_follows():
    found = find_timexes(
        "Kast se reunió cerca del mediodía con Jerí. Hubo otra cita al mediodía "
        "del lunes.",
        dt.date(2026, 1, 7),
        "es",
    )
    assert [(t.text, t.date_from) for t in found] == [
        ("cerca del mediodía", dt.date(2026, 1, 7)),
        ("del lunes", dt.date(2026, 1, 5)),
    ]


def test_n_days_later_opening_a_paragraph_counts_from_the_paragraph_before():
    text = (
        "On January 7, Kast spent a day in Lima and agreed to meet again after "
        "March 11.\n\nFive days later Jerí ruled out the humanitarian corridor."
    )
    starts = [0, text.index("Five")]
    sentences = [(starts[0], starts[1] - 2, 0), (starts[1], len(text), 1)]
    found = find_timexes(text, dt.date(2026, 2, 8), "en", sentences)
    later = next(t for t in found if t.text == "Five days later")
    # the last day already past in the paragraph before, not March 11
    assert (later.date_from, later.date_to) == (dt.date(2026, 1, 12),) * 2


def test_a_month_opening_its_sentence_takes_the_main_verb_s_tense():
    text = "In a radio interview in January, Kast argued that migrants should go back."
    (jan,) = find_timexes(text, dt.date(2025, 12, 15), "en")
    assert (jan.date_from, jan.date_to) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_a_month_in_a_clause_of_its_own_stays_near_publication():
    text = "El canciller indicó que coordina una reunión a inicios de diciembre."
    (dec,) = find_timexes(text, dt.date(2025, 11, 25), "es")
    assert dec.date_from == dt.date(2025, 12, 1)


def test_the_next_day_with_no_date_in_its_paragraph_follows_the_paragraph_before():
    text = (
        "On Tuesday, Congress removed him.\n\nLawmakers voted 75 to 24 to censure "
        "the interim president. The next day Congress chose José María Balcázar."
    )
    a, b = text.index("Lawmakers"), text.index("The next")
    sentences = [(0, a - 2, 0), (a, b - 1, 1), (b, len(text), 1)]
    found = find_timexes(text, dt.date(2026, 2, 20), "en", sentences)
    nxt = next(t for t in found if t.text == "The next day")
    assert (nxt.date_from, nxt.date_to) == (dt.date(2026, 2, 18),) * 2


def test_shortly_after_a_clause_dates_the_clause_about_the_day_just_given():
    text = (
        "Jerí phoned Kast on Sunday night, shortly after the Republican Party leader "
        "beat Jeannette Jara in the run-off."
    )
    found = {t.text: t for t in find_timexes(text, dt.date(2025, 12, 16), "en")}
    after = found["shortly after"]
    assert (after.date_from, after.date_to) == (dt.date(2025, 12, 14),) * 2


def test_shortly_after_with_no_clause_is_still_a_few_days_on():
    text = "The decree was published on Friday. Shortly after, soldiers arrived."
    found = {t.text.lower(): t for t in find_timexes(text, dt.date(2025, 12, 1), "en")}
    after = found["shortly after"]
    assert after.date_from > dt.date(2025, 11, 28)


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        (
            "Kast was sworn in on March 11. Decrees he signed on his inauguration "
            "night order a military zone.",
            "en",
            "on his inauguration night",
        ),
        (
            "Kast asumió el 11 de marzo. Los decretos que firmó la noche de su "
            "investidura ordenan una zona militar.",
            "es",
            "la noche de su investidura",
        ),
    ],
)
def test_the_night_of_a_swearing_in_is_its_day(text, language, phrase):
    got = {
        t.text: t.date_from for t in find_timexes(text, dt.date(2026, 3, 19), language)
    }
    assert got[phrase] == dt.date(2026, 3, 11)


def test_the_night_of_a_swearing_in_the_article_does_not_date_is_no_day():
    got = find_timexes(
        "Decrees he signed on his inauguration night order a military zone.",
        dt.date(2026, 3, 19),
        "en",
    )
    assert got == []


def test_a_clause_told_in_passing_is_dated_from_its_sentences_event_and_no_anchor():
    text = (
        "El Congreso peruano eligió el miércoles a José María Balcázar como jefe de "
        "Estado hasta el 28 de julio. Su llegada a Palacio de Gobierno se produjo "
        "apenas un día después de que el pleno censurara a José Jerí.\n\n"
        "La víspera, el Parlamento había aprobado las mociones de censura."
    )
    got = {t.text: t.date_from for t in find_timexes(text, dt.date(2026, 2, 19), "es")}
    assert got["el miércoles"] == dt.date(2026, 2, 18)
    # the censure, one day before the arrival
    assert got["un día después"] == dt.date(2026, 2, 17)
    # the eve of the election, not of the clause's day nor of 28 July
    assert got["La víspera"] == dt.date(2026, 2, 17)


def test_that_same_day_in_a_new_paragraph_is_the_last_day_given():
    text = (
        "El ministro Vicente Tiburcio informó el sábado que un primer contingente de "
        "50 militares llegó a Tacna.\n\nDel lado chileno, el tono fue de calma. El "
        "subsecretario Víctor Ramos recorrió ese mismo día el complejo Chacalluta."
    )
    got = {t.text: t for t in find_timexes(text, dt.date(2025, 12, 1), "es")}
    assert got["ese mismo día"].date_from == dt.date(2025, 11, 29)
    assert got["ese mismo día"].note == "the same day as 'el sábado'"


def test_an_english_weekday_with_no_preposition_is_the_day_just_gone():
    text = (
        "Kast's victory in Sunday's run-off was greeted with relief. Jerí said "
        "Wednesday that he had called him. A sunday school stayed shut."
    )
    got = {t.text: t.date_from for t in find_timexes(text, dt.date(2025, 12, 17), "en")}
    assert got == {"Sunday": dt.date(2025, 12, 14), "Wednesday": dt.date(2025, 12, 17)}


@pytest.mark.parametrize("day", ["1°", "1º", "1ro", "1"])
def test_the_first_of_a_month_with_its_ordinal_sign_is_that_day(day):
    got = find_timexes(
        f"El {day} de diciembre sesionó el comité.", dt.date(2025, 12, 3), "es"
    )
    assert [(t.text, t.date_from, t.date_to) for t in got] == [
        (f"{day} de diciembre", dt.date(2025, 12, 1), dt.date(2025, 12, 1))
    ]


def test_this_past_weekend_is_the_one_just_gone():
    got = find_timexes("This past weekend they met.", dt.date(2025, 12, 17), "en")
    assert [(t.date_from, t.date_to) for t in got] == [
        (dt.date(2025, 12, 13), dt.date(2025, 12, 14))
    ]


def test_an_english_month_owning_a_noun_is_that_month():
    got = find_timexes("Kast won December's run-off.", dt.date(2026, 3, 12), "en")
    assert [(t.text, t.date_from, t.date_to) for t in got] == [
        ("December", dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    ]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jerí había anunciado el fin de semana que daría facilidades.",
            dt.date(2026, 1, 3),
        ),
        ("El fin de semana viajará a Lima.", dt.date(2026, 1, 10)),
    ],
)
def test_el_fin_de_semana_is_read_by_its_verb(text, first):
    got = find_timexes(text, dt.date(2026, 1, 8), "es")
    assert [(t.date_from, t.date_to) for t in got] == [
        (first, first + dt.timedelta(days=1))
    ]


def test_the_vote_as_a_noun_is_no_plan_to_vote():
    pub = dt.date(2025, 12, 15)
    won = find_timexes("Mr Kast won 58.2 per cent of the vote on Sunday.", pub, "en")
    vote = find_timexes("Chileans vote on Sunday in a run-off.", pub, "en")
    assert [t.date_from for t in won + vote] == [
        dt.date(2025, 12, 14),
        dt.date(2025, 12, 21),
    ]


def test_months_restating_a_period_of_a_named_year_take_its_year():
    got = find_timexes(
        "Jerí invited him to hold a binational cabinet in the second two-month period "
        "of 2026, that is, in March or April, the presidency said.",
        dt.date(2025, 12, 15),
        "en",
    )
    assert [(t.date_from, t.date_to) for t in got] == [
        (dt.date(2026, 3, 1), dt.date(2026, 4, 30)),
        (dt.date(2026, 3, 1), dt.date(2026, 4, 30)),
    ]


def test_days_after_an_event_told_before_date_the_sentences_act():
    text = (
        "On 28 November, as migrants massed near the crossing, the government declared "
        "a 60-day state of emergency.\n\nThree days after the emergency was declared, "
        "the foreign ministers launched a binational committee."
    )
    got = {t.text: t for t in find_timexes(text, dt.date(2025, 12, 15), "en")}
    assert got["Three days after"].date_from == dt.date(2025, 12, 1)
    assert "clause" not in got["Three days after"].note


def test_the_span_since_an_election_adds_nothing_to_a_sentence_with_its_day():
    text = (
        "Kast won Sunday's runoff. Peru's foreign minister on Tuesday played down fears "
        "after the election of José Antonio Kast."
    )
    got = [t.text for t in find_timexes(text, dt.date(2025, 12, 17), "en")]
    assert got == ["Sunday", "on Tuesday"]


def test_a_limit_set_in_the_past_tense_is_the_nearest_occurrence():
    got = find_timexes(
        "Kast ha exigido a los migrantes abandonar Chile antes del 11 de marzo.",
        dt.date(2025, 11, 30),
        "es",
    )
    assert [t.date_from for t in got] == [dt.date(2026, 3, 11)]


def test_a_run_off_named_after_its_day_is_the_nearest_one_whatever_the_verbs():
    got = find_timexes(
        "Jerí phoned the Chilean on the night of his December 14 run-off win and "
        "invited him to hold a binational cabinet in March or April.",
        dt.date(2026, 2, 20),
        "en",
    )
    assert got[0].text == "December 14"
    assert got[0].date_from == dt.date(2025, 12, 14)


def test_a_distance_from_an_undated_clause_dates_nothing_when_the_sentence_has_a_day():
    got = {
        t.text: t
        for t in find_timexes(
            "Cinco días después de asumir la presidencia de Chile, José Antonio Kast "
            "viajó el lunes a Arica.",
            dt.date(2026, 3, 20),
            "es",
        )
    }
    assert not got["Cinco días después"].resolved
    assert got["el lunes"].date_from == dt.date(2026, 3, 16)


def test_earlier_in_the_day_is_the_day_the_lead_gives():
    text = (
        "LIMA — Kast and Jerí agreed on Wednesday to work together.\n\n"
        "Earlier in the day Kast met business leaders at a hotel in San Isidro."
    )
    got = {t.text: t for t in find_timexes(text, dt.date(2026, 1, 8), "en")}
    assert got["Earlier in the day"].date_from == dt.date(2026, 1, 7)


def test_the_next_day_anywhere_in_its_sentence_follows_the_last_day_told():
    text = (
        "El gobernador Luis Torres remitió un oficio el 28 de noviembre.\n\n"
        "Tiburcio llegó a Tacna al día siguiente y encabezó el despliegue inicial."
    )
    sentences = [(0, 63, 0), (65, len(text), 1)]
    got = {
        t.text: t for t in find_timexes(text, dt.date(2025, 12, 30), "es", sentences)
    }
    assert got["al día siguiente"].date_from == dt.date(2025, 11, 29)


def test_a_distance_before_a_clause_with_its_own_day_after_a_comma_dates_nothing():
    text = (
        "The upheaval lands less than three weeks before José Antonio Kast takes "
        "office in Chile, on 11 March."
    )
    got = [t.text for t in find_timexes(text, dt.date(2026, 2, 20), "en")]
    assert got == ["11 March"]


def test_a_day_counted_near_a_second_round_of_voting_is_no_election_day():
    text = (
        "On Tuesday Congress removed Jerí. A day later, in a second round of voting, "
        "Congress chose Balcázar. Peru votes in a general election on 12 April. He "
        "phoned the Chilean on the night of his run-off victory in December."
    )
    got = {t.text: t for t in find_timexes(text, dt.date(2026, 2, 20), "en")}
    assert "on the night of his run-off" not in got
    assert got["December"].date_from == dt.date(2025, 12, 1)


def test_around_midday_is_the_hour_of_the_day_the_lead_dates():
    text = (
        "Lima. Kast y Jerí acordaron este miércoles trabajar juntos.\n\n"
        "Kast, que aterrizó la noche del martes, fue recibido al mediodía en Palacio."
    )
    first = text.index("\n\n")
    sentences = [(0, 5, 0), (6, first, 0), (first + 2, len(text), 1)]
    got = {t.text: t for t in find_timexes(text, dt.date(2026, 1, 8), "es", sentences)}
    assert got["al mediodía"].date_from == dt.date(2026, 1, 7)


def test_that_night_is_the_day_just_given_and_no_day_after_a_range():
    pub = dt.date(2026, 3, 17)
    text = (
        "28 de noviembre de 2025: Los migrantes bloquean la vía. Esa noche, el "
        "Gobierno aprueba un estado de emergencia."
    )
    night = [t for t in find_timexes(text, pub, "es") if t.text == "Esa noche"]
    assert [(t.date_from, t.date_to) for t in night] == [
        (dt.date(2025, 11, 28), dt.date(2025, 11, 28))
    ]
    (en,) = [
        t
        for t in find_timexes(
            "Kast won on December 14. Jerí called him that same night.", pub, "en"
        )
        if t.text == "that same night"
    ]
    assert en.date_from == dt.date(2025, 12, 14)
    # a range gives no day to be the same as
    text = (
        "El gabinete sería en marzo o abril. Jara reconoció su derrota esa misma noche."
    )
    assert [t.text for t in find_timexes(text, dt.date(2025, 12, 15), "es")] == [
        "marzo o abril"
    ]


def test_the_eve_of_a_named_act_is_the_day_before_it():
    pub = dt.date(2026, 3, 20)
    text = (
        "De Zela se había reunido con Kast el 10 de marzo, en la víspera de la "
        "transmisión de mando."
    )
    got = {t.text: t.date_from for t in find_timexes(text, pub, "es")}
    # the handover the eve is of is the day after the date given
    assert got == {
        "10 de marzo": dt.date(2026, 3, 10),
        "la víspera": dt.date(2026, 3, 11),
    }
    # with no date in its sentence, the eve of an act is not dated at all
    (eve,) = find_timexes(
        "Se reunió con Kast la víspera del cambio de mando.", pub, "es"
    )
    assert eve.date_from is None


def test_days_earlier_with_no_date_in_its_paragraph_count_from_the_lead_s_day():
    text = (
        "LIMA — José Antonio Kast came to Peru on Wednesday.\n\n"
        "Jerí was careful not to commit. Four days earlier, Jerí had promised on X "
        "to help Venezuelans."
    )
    paras = [(0, 51, 0), (53, 86, 1), (87, len(text), 1)]
    got = {
        t.text: t.date_from
        for t in find_timexes(text, dt.date(2026, 1, 8), "en", paras)
    }
    assert got == {
        "on Wednesday": dt.date(2026, 1, 7),
        "Four days earlier": dt.date(2026, 1, 3),
    }


def test_this_week_in_the_past_ends_at_publication_and_in_the_future_starts_there():
    pub = dt.date(2025, 12, 3)  # a Wednesday
    (past,) = find_timexes("Esta semana, unos 50 soldados se sumaron.", pub, "es")
    assert (past.date_from, past.date_to) == (dt.date(2025, 12, 1), pub)
    (ahead,) = find_timexes("This week the committee will meet again.", pub, "en")
    assert (ahead.date_from, ahead.date_to) == (pub, dt.date(2025, 12, 7))


def test_a_kind_of_weekday_is_no_date():
    pub = dt.date(2026, 2, 10)
    text = "People could enter the city on a busy Friday or Saturday. Every Sunday we close."
    assert find_timexes(text, pub, "en") == []
    # "a Jerí el martes": the Spanish preposition is no article
    (t,) = find_timexes("El Congreso censuró a Jerí el martes.", pub, "es")
    assert t.date_from == pub  # a Tuesday


def test_the_meeting_that_comes_days_after_a_clause_is_the_one_the_lead_dates():
    text = (
        "Los cancilleres se reunieron el lunes en Lima.\n\n"
        "La cita llega tres días después de que el Gobierno declarara la emergencia."
    )
    paras = [(0, 46, 0), (48, len(text), 1)]
    got = {
        t.text: t.date_from
        for t in find_timexes(text, dt.date(2025, 12, 2), "es", paras)
    }
    assert got["tres días después"] == dt.date(2025, 11, 28)


def test_a_day_word_with_its_weekday_is_one_date():
    (t,) = [
        t
        for t in find_timexes(
            "Al menos 40 ciudadanos cruzaron ayer lunes la frontera.",
            dt.date(2025, 12, 2),
            "es",
        )
    ]
    assert (t.text, t.date_from) == ("ayer lunes", dt.date(2025, 12, 1))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the first sitting of a body just agreed is to come
        (
            "The foreign ministries agreed to form a committee, with its first "
            "session on Monday.",
            dt.date(2025, 12, 1),
        ),
        # unless it was held
        ("The committee held its first session on Monday.", dt.date(2025, 11, 24)),
    ],
)
def test_a_first_session_on_a_weekday_is_to_come_unless_held(text, day):
    (t,) = find_timexes(text, dt.date(2025, 11, 29), "en")
    assert t.date_from == day


def test_a_weekday_opening_a_reported_clause_takes_that_clauses_tense():
    text = (
        "El Ejecutivo informó que este miércoles, De Zela participará en la ceremonia."
    )
    (t,) = [t for t in find_timexes(text, dt.date(2026, 3, 10), "es") if t.text]
    assert (t.date_from, t.date_to) == (dt.date(2026, 3, 11), dt.date(2026, 3, 11))


def test_before_the_midnight_of_a_weekday_is_that_day():
    text = (
        "Antes de la medianoche del viernes entrará en vigor el estado de emergencia."
    )
    (t,) = [t for t in find_timexes(text, dt.date(2025, 11, 28), "es") if t.text]
    assert (t.date_from, t.date_to) == (dt.date(2025, 11, 28), dt.date(2025, 11, 28))
    text = "Rige desde la medianoche del viernes."
    (t,) = [t for t in find_timexes(text, dt.date(2025, 11, 29), "es") if t.text]
    assert t.date_from == dt.date(2025, 11, 29)


def test_a_weekday_on_a_schedule_in_the_present_is_the_next_one():
    text = "His Wednesday agenda includes a bilateral meeting with José Jerí."
    (t,) = [
        x for x in find_timexes(text, dt.date(2026, 1, 6), "en") if x.kind == "relative"
    ]
    assert (t.date_from, t.tense) == (dt.date(2026, 1, 7), "future")
