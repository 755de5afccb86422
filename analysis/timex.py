"""Time expressions in Spanish and English news text, resolved to date ranges."""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .gazetteer import fold, load_lexicon
from .wordscan import WordIndex

# --- vocabulary ---------------------------------------------------------------

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
    "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
    # Wire datelines drop the dot ("LIMA, Jan 7 (Reuters)"); "Mar" is left out,
    # as it starts Spanish place names ("Mar del Plata").
    "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# English month names are capitalised in running text; "may" and "march" in
# lower case are a verb, not a month.
_SPANISH_MONTHS = set(list(MONTHS)[:13])
_ENGLISH_MONTHS = set(MONTHS) - _SPANISH_MONTHS

WEEKDAYS = {
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_ENGLISH_WEEKDAYS = frozenset(w for w in WEEKDAYS if w.endswith("day"))

NUMBER_WORDS = {
    "un": 1, "una": 1, "uno": 1, "a": 1, "an": 1, "one": 1, "dos": 2, "two": 2,
    "tres": 3, "three": 3, "cuatro": 4, "four": 4, "cinco": 5, "five": 5,
    "seis": 6, "six": 6, "siete": 7, "seven": 7, "ocho": 8, "eight": 8,
    "nueve": 9, "nine": 9, "diez": 10, "ten": 10, "once": 11, "eleven": 11,
    "doce": 12, "twelve": 12, "quince": 15, "fifteen": 15, "veinte": 20,
    "twenty": 20, "treinta": 30, "thirty": 30,
}  # fmt: skip
VAGUE_NUMBERS = {
    "unos", "unas", "unos pocos", "unas pocas", "algunos", "algunas", "pocos",
    "pocas", "varios", "varias", "un par de", "a few", "few", "several", "some",
    "a couple of",
}  # fmt: skip
UNITS = {
    "dia": "day", "dias": "day", "day": "day", "days": "day",
    "semana": "week", "semanas": "week", "week": "week", "weeks": "week",
    "mes": "month", "meses": "month", "month": "month", "months": "month",
    "ano": "year", "anos": "year", "year": "year", "years": "year",
}  # fmt: skip
PARTS = {
    "principios": "begin", "comienzos": "begin", "inicios": "begin",
    "primeros dias": "begin", "beginning": "begin", "start": "begin",
    "early": "begin", "first days": "begin",
    "mediados": "mid", "middle": "mid", "mid": "mid",
    "fines": "end", "finales": "end", "fin": "end", "ultimos dias": "end",
    "end": "end", "late": "end", "last days": "end",
}  # fmt: skip
ORDINALS = {
    "primer": 1, "primero": 1, "primera": 1, "1er": 1, "1o": 1, "1st": 1, "first": 1,
    "segundo": 2, "segunda": 2, "2do": 2, "2o": 2, "2nd": 2, "second": 2,
    "tercer": 3, "tercero": 3, "tercera": 3, "3er": 3, "3o": 3, "3rd": 3, "third": 3,
    "cuarto": 4, "cuarta": 4, "4to": 4, "4o": 4, "4th": 4, "fourth": 4,
    "quinto": 5, "quinta": 5, "5to": 5, "5th": 5, "fifth": 5,
    "sexto": 6, "sexta": 6, "6to": 6, "6th": 6, "sixth": 6,
}  # fmt: skip
# Months per period, and the precision a period of that length has.
PERIOD_UNITS = {
    "bimestre": 2, "bimester": 2, "trimestre": 3, "quarter": 3,
    "cuatrimestre": 4, "semestre": 6, "semester": 6, "half": 6, "mitad": 6,
    "two-month period": 2, "two month period": 2, "three-month period": 3,
    "six-month period": 6,
}  # fmt: skip
PERIOD_PRECISION = {2: "bimester", 3: "quarter", 4: "approximate", 6: "semester"}

DAY_WORDS = {
    "hoy": 0, "today": 0, "esta manana": 0, "this morning": 0, "esta noche": 0,
    "tonight": 0, "esta tarde": 0, "this afternoon": 0,
    "cerca del mediodia": 0, "al mediodia": 0, "a mediodia": 0, "hacia el mediodia": 0,
    "esta madrugada": 0, "at noon": 0, "around noon": 0, "at midday": 0,
    "around midday": 0, "shortly before noon": 0, "poco antes del mediodia": 0,
    "earlier in the day": 0, "earlier today": 0, "later today": 0,
    # "Más temprano Kast se reunió con empresarios": earlier on the story's day
    "mas temprano": 0, "mas temprano ese dia": 0, "mas temprano en el dia": 0,
    "later in the day": 0, "este mismo dia": 0, "en la jornada de hoy": 0,
    # "declaró estado de emergencia esta jornada"
    "esta jornada": 0,
    # "se reunió en la noche con el canciller": the report's day
    "en la noche": 0, "por la noche": 0, "en horas de la noche": 0,
    "en la tarde": 0, "por la tarde": 0, "en horas de la tarde": 0,
    # "en el transcurso de la mañana llegarán…": later on the report's day
    "en el transcurso de la manana": 0, "en el transcurso de la tarde": 0,
    "en el transcurso del dia": 0, "en el transcurso de esta manana": 0,
    "en el transcurso de la jornada": 0, "durante esta jornada": 0,
    "a lo largo del dia": 0, "a lo largo de la jornada": 0,
    "a lo largo de este dia": 0, "over the course of the day": 0,
    "in the course of the day": 0, "in the course of the morning": 0,
    # "He began the day at a breakfast", "la jornada cerró con un almuerzo": the
    # day the story tells of
    "began the day": 0, "began his day": 0, "started the day": 0,
    "started his day": 0, "ended the day": 0, "the day began": 0,
    "the day ended": 0, "la jornada comenzo": 0, "la jornada empezo": 0,
    "la jornada arranco": 0, "la jornada cerro": 0, "la jornada concluyo": 0,
    "la jornada termino": 0, "inicio la jornada": 0, "cerro la jornada": 0,
    "comenzo la jornada": 0,
    "ayer": -1, "yesterday": -1, "anoche": -1, "last night": -1,
    "anteayer": -2, "antier": -2, "the day before yesterday": -2,
    "manana": 1, "tomorrow": 1, "pasado manana": 2, "the day after tomorrow": 2,
}  # fmt: skip
# "ayer lunes", "hoy martes", "mañana miércoles": the day word and its weekday, one
# date (the weekday only confirms it)
DAY_WORDS |= {
    f"{word} {weekday}": shift
    for word, shift in (("ayer", -1), ("hoy", 0), ("manana", 1))
    for weekday in (
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"
    )
}  # fmt: skip
# "Earlier in the day", "was received at the Government Palace around midday": the
# hour of the day the story tells, which its lead dates
# "se reunió en la noche con el canciller": the day the story tells of
_PART_OF_DAY = frozenset(
    "en la noche|por la noche|en horas de la noche|en la tarde|por la tarde|"
    "en horas de la tarde".split("|")
)
_SAME_DAY_AS_STORY = frozenset(
    p
    for p in DAY_WORDS
    if re.search(r"mediodia|noon|midday|in the day|jornada|the day|his day|temprano", p)
    or p in _PART_OF_DAY
)
# "se desplegarán de inmediato", "sent immediately": the day of the report
IMMEDIATE_WORDS = frozenset(
    {"de inmediato", "inmediatamente", "de forma inmediata", "de manera inmediata",
     "en forma inmediata", "immediately", "right away", "straight away"}
)  # fmt: skip
WEEK_WORDS = {
    "esta semana": 0, "this week": 0, "la semana pasada": -1, "last week": -1,
    "la semana que paso": -1,
    "la proxima semana": 1, "la semana proxima": 1, "la semana que viene": 1,
    "next week": 1,
}  # fmt: skip
# The weekend (Saturday and Sunday): 0 is the one of the publication week, -1 the
# one before it; "over the weekend" is the last one on or before the publication day.
WEEKEND_WORDS = {
    "este fin de semana": 0, "this weekend": 0, "el fin de semana pasado": -1,
    "last weekend": -1, "el proximo fin de semana": 1, "next weekend": 1,
    "over the weekend": None, "durante el fin de semana": None,
    "this past weekend": -1, "el pasado fin de semana": -1,
    "el fin de semana": None, "on the weekend": None, "at the weekend": None,
}  # fmt: skip
MONTH_WORDS = {
    "este mes": 0, "this month": 0, "el mes pasado": -1, "last month": -1,
    "el proximo mes": 1, "el mes proximo": 1, "el mes que viene": 1,
    "next month": 1,
}  # fmt: skip
# The part of the publication month after (1) or before (-1) the publication day.
PART_MONTH_WORDS = {
    "later this month": 1, "later in the month": 1, "mas adelante este mes": 1,
    "earlier this month": -1, "earlier in the month": -1,
    "a principios de este mes": -1, "a inicios de este mes": -1,
}  # fmt: skip
YEAR_WORDS = {
    "este ano": 0, "this year": 0, "el presente ano": 0, "el ano pasado": -1,
    "last year": -1, "el proximo ano": 1, "el ano proximo": 1,
    "el ano que viene": 1, "next year": 1,
}  # fmt: skip
# One day after or before an anchor, and whether the words introduce a clause.
NEXT_DAY_WORDS = {
    "al dia siguiente": 1, "el dia siguiente": 1, "the next day": 1,
    "the following day": 1, "a la manana siguiente": 1, "the day after": 1,
    "el dia anterior": -1, "the previous day": -1, "the day before": -1,
    "la vispera": -1,
    # the day of the date just given: "ese mismo día", "horas antes"
    "ese mismo dia": 0, "el mismo dia": 0, "that same day": 0, "the same day": 0,
    # "Esa noche, el Gobierno aprueba…", "that same night": the day just given
    "esa noche": 0, "esa misma noche": 0, "esa misma tarde": 0, "esa tarde": 0,
    "esa manana": 0, "esa misma manana": 0, "that night": 0, "that same night": 0,
    "that evening": 0, "that same evening": 0, "that afternoon": 0,
    "that morning": 0, "that same morning": 0, "the same night": 0,
    "the same evening": 0, "the same morning": 0, "the same afternoon": 0,
    "la misma noche": 0, "la misma tarde": 0, "that day": 0, "ese dia": 0,
    "horas mas tarde": 0,
    "horas antes": 0, "horas despues": 0, "hours earlier": 0, "hours later": 0,
    "pocas horas antes": 0, "pocas horas despues": 0, "unas horas despues": 0,
    "a few hours later": 0, "a few hours earlier": 0,
}  # fmt: skip
# "en los próximos días": from the day after publication, loosely.
COMING = {
    "dias": ("day", 10), "days": ("day", 10), "semanas": ("week", 6),
    "weeks": ("week", 6), "meses": ("month", 6), "months": ("month", 6),
}  # fmt: skip
VAGUE_LATER = {
    "poco despues": 1, "shortly after": 1, "shortly afterwards": 1,
    "soon after": 1, "soon afterwards": 1, "dias despues": 1, "days later": 1,
    "poco antes": -1, "shortly before": -1, "dias antes": -1, "days earlier": -1,
}  # fmt: skip


def _alt(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(words, key=len, reverse=True)
    )


# --- the expressions ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: its span, the range of days it allows, and how read."""

    start: int
    end: int
    text: str
    date_from: dt.date | None
    date_to: dt.date | None
    precision: str
    kind: str  # absolute, relative, anchored, vague, or distance (dates nothing)
    tense: str | None  # future, past or None, from the words near it
    note: str
    explicit_year: bool = False
    fallback: bool = False  # bounded by the publication date for want of an anchor
    sentence: int = 0  # index of the sentence holding it

    @property
    def resolved(self) -> bool:
        return self.date_from is not None


@dataclass(slots=True)
class _Ctx:
    published: dt.date | None
    language: str
    tense: str | None
    anchor: Timex | None  # latest resolved expression in the paragraph
    anchor_same_sentence: bool
    text: str  # the folded text
    match_end: int
    earlier: list | None = None  # every expression read before this one
    # "In a radio interview in January, Kast argued…": a date opening its
    # sentence, which the main verb's tense places
    opener: bool = False
    lead_end: int = 0  # where the first paragraph ends


_Result = (
    tuple  # (date_from, date_to, precision, note, kind, explicit_year[, fallback])
)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_span(y: int, m1: int, m2: int | None = None, y2: int | None = None):
    m2 = m1 if m2 is None else m2
    y2 = y if y2 is None else y2
    return dt.date(y, m1, 1), dt.date(y2, m2, _last_day(y2, m2))


def _distance(r, day: dt.date) -> int:
    if r[0] <= day <= r[1]:
        return 0
    return min(abs((r[0] - day).days), abs((r[1] - day).days))


def _choose(make: Callable[[int], tuple], ctx: _Ctx, weekday: int | None = None):
    """The year a year-less date falls in: the tense says which side of the
    publication date it lies on; without a tense, the nearest occurrence."""
    pub = ctx.published
    if pub is None:
        return None
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(make(y))
        except ValueError:  # 29 February
            continue
    if weekday is not None:
        # "este jueves 28 de noviembre" in a report of Friday 28 November: a
        # weekday written wrong never moves the date a year from the report
        # "este jueves 28 de noviembre" in a report of Friday 28 November: a
        # weekday written wrong never moves a date a year from the report
        matching = [
            r
            for r in cands
            if r[0].weekday() == weekday and abs((r[0] - pub).days) <= 250
        ]
        cands = matching or cands
    if not cands:
        return None
    nearest = min(cands, key=lambda r: _distance(r, pub))
    a = ctx.anchor
    if (
        ctx.tense == "future"
        and ctx.anchor_same_sentence
        and a is not None
        and a.date_from is not None
        and a.date_to < pub
    ):
        # "On Dec. 1 they set up a technical group, due to meet in Tacna on Dec.
        # 9": a future told from a day already past is the first after that day
        after = [r for r in cands if r[0] >= a.date_from]
        if after and after[0][0] <= pub:
            return after[0]
    if ctx.tense == "future":
        ahead = [r for r in cands if r[1] >= pub]
        chosen = ahead[0] if ahead else cands[-1]
    elif ctx.tense == "past":
        behind = [r for r in cands if r[0] <= pub]
        chosen = behind[-1] if behind else cands[0]
    else:
        return nearest
    # The tense is read from the nearest verb, which may belong to another
    # clause ("indicó que coordina una reunión a inicios de diciembre"): a date
    # within six weeks of publication beats one read a year away; and a date
    # with no year is seldom eight months back ("received by Jerí…; a cabinet in
    # March or April", written in January): one within about three months wins.
    if not ctx.opener and (
        _distance(nearest, pub) <= 45
        and _distance(chosen, pub) >= 180
        or _distance(nearest, pub) <= 100
        and _distance(chosen, pub) >= 240
    ):
        return nearest
    return chosen


def _year_rule(ctx: _Ctx) -> str:
    return {
        "future": "year from the publication date, future tense",
        "past": "year from the publication date, past tense",
    }.get(ctx.tense, "year from the publication date, nearest occurrence")


def _recent_day(t: Timex, published: dt.date) -> bool:
    """A day named to the day, in the week before publication."""
    return (
        t.resolved
        and t.precision == "day"
        and t.date_from == t.date_to
        and dt.timedelta(0) <= published - t.date_from <= dt.timedelta(days=7)
    )


def lead_day(timexes, lead_end: int, published: dt.date) -> Timex | None:
    """The day the report's news happened: the first day its lead (the text before
    `lead_end`) names in the week before publication ("agreed on Wednesday")."""
    return next(
        (t for t in timexes if t.start < lead_end and _recent_day(t, published)),
        None,
    )


def _unresolved(why: str, kind: str = "relative") -> _Result:
    return None, None, "approximate", why, kind, False


def _month_of(m: re.Match, group: str = "month") -> int:
    return MONTHS[re.sub(r"\s+", " ", m.group(group))]


def _with_year(m: re.Match, make, ctx: _Ctx, precision: str, what: str, weekday=None):
    year = m.groupdict().get("year")
    if year:
        f, t = make(int(year))
        return f, t, precision, f"{what}", "absolute", True
    make(2024)  # "30 de febrero" is no date in any year (2024 allows 29 February)
    r = _choose(make, ctx, weekday)
    if r is None:
        return _unresolved(f"{what}; no year and no publication date to infer it from")
    return r[0], r[1], precision, f"{what}; {_year_rule(ctx)}", "absolute", False


def _h_iso(m, ctx):
    d = dt.date(int(m["year"]), int(m["mnum"]), int(m["day"]))
    return d, d, "day", "ISO date", "absolute", True


def _h_numeric(m, ctx):
    a, b = int(m["a"]), int(m["b"])
    # Spanish writes day/month; English month/day unless the first cannot be a month.
    day, month = (a, b) if ctx.language == "es" or a > 12 else (b, a)
    d = dt.date(int(m["year"]), month, day)
    return d, d, "day", "numeric date", "absolute", True


def _h_day_month(m, ctx):
    month, day = _month_of(m), int(m["day"])
    wd = m.groupdict().get("weekday")
    weekday = WEEKDAYS[wd] if wd else None

    def make(y):
        d = dt.date(y, month, day)
        return d, d

    rel = m.groupdict().get("rel")
    if rel and not m.groupdict().get("year"):
        ctx.tense = "past" if rel == "pasado" else "future"
    return _with_year(m, make, ctx, "day", "day and month", weekday)


def _h_month_year(m, ctx):
    month, year = _month_of(m), int(m["year"])
    f, t = _month_span(year, month)
    return f, t, "month", "month and year", "absolute", True


def _h_month(m, ctx):
    month = _month_of(m)
    rel = (m.groupdict().get("rel") or m.groupdict().get("rel2") or "").strip()
    if rel:
        rel = re.sub(r"\s+", " ", rel)
        if rel in ("next", "proximo", "el proximo", "que viene", "entrante"):
            ctx.tense = "future"
        elif rel in ("last", "pasado", "el pasado"):
            ctx.tense = "past"
    return _with_year(m, lambda y: _month_span(y, month), ctx, "month", "month")


def _part_days(part: str, y: int, month: int):
    last = _last_day(y, month)
    lo, hi = {"begin": (1, 10), "mid": (11, 20), "end": (21, last)}[part]
    return dt.date(y, month, lo), dt.date(y, month, hi)


def _h_part_month(m, ctx):
    part = PARTS[re.sub(r"\s+", " ", m["part"])]
    month = _month_of(m)
    label = {"begin": "days 1–10", "mid": "days 11–20", "end": "day 21 to the end"}[
        part
    ]
    f, t, _, note, kind, explicit = _with_year(
        m, lambda y: _part_days(part, y, month), ctx, "approximate", f"read as {label}"
    )
    return f, t, "approximate", note, kind, explicit


def _h_part_month_rel(m, ctx):
    part = PARTS[re.sub(r"\s+", " ", m["part"])]
    pub = ctx.published
    if pub is None:
        return _unresolved("part of a month counted from an unknown publication date")
    mw = re.sub(r"\s+", " ", m["mw"])
    shift = (
        -1
        if ("pasado" in mw or "last" in mw)
        else 0
        if ("este" in mw or "this" in mw)
        else 1
    )
    y, month = _add_months(pub.year, pub.month, shift)
    f, t = _part_days(part, y, month)
    ctx.tense = "past" if shift < 0 else "future" if shift > 0 else ctx.tense
    label = {"begin": "days 1–10", "mid": "days 11–20", "end": "day 21 to the end"}[
        part
    ]
    return f, t, "approximate", f"{mw}, read as {label}", "relative", False


def _year_words(yw: str | None) -> int:
    yw = re.sub(r"\s+", " ", yw or "")
    if any(w in yw for w in ("proximo", "next", "que viene", "coming")):
        return 1
    if any(w in yw for w in ("pasado", "last")):
        return -1
    return 0


def _resolve_year(m, ctx) -> tuple[int | None, bool]:
    year = m.groupdict().get("year")
    if year:
        return int(year), True
    if ctx.published is None:
        return None, False
    return ctx.published.year + _year_words(m.groupdict().get("yw")), False


def _h_part_year(m, ctx):
    part = PARTS[re.sub(r"\s+", " ", m["part"])]
    y, explicit = _resolve_year(m, ctx)
    if y is None:
        return _unresolved("part of a year that is not named; no publication date")
    m1, m2 = {"begin": (1, 3), "mid": (5, 8), "end": (10, 12)}[part]
    f, t = _month_span(y, m1, m2)
    label = {"begin": "January–March", "mid": "May–August", "end": "October–December"}[
        part
    ]
    return f, t, "approximate", f"read as {label}", "absolute", explicit


def _h_fortnight(m, ctx):
    """ "la primera quincena de enero", "the second half of March", "la quincena
    de inicio de enero" (its first half)."""
    first = (
        m["edge"] in ("inicio", "comienzo") if m["edge"] else ORDINALS[m["ord"]] == 1
    )
    month = _month_of(m)

    def make(y):
        if first:
            return dt.date(y, month, 1), dt.date(y, month, 15)
        return dt.date(y, month, 16), dt.date(y, month, _last_day(y, month))

    f, t, _, note, kind, explicit = _with_year(
        m,
        make,
        ctx,
        "approximate",
        "first half of the month" if first else "second half of the month",
    )
    return f, t, "approximate", note, kind, explicit


def _h_week_of_month(m, ctx):
    """ "the last week of November", "la primera semana de diciembre": seven days
    from the month's start or to its end."""
    word = m["wk"]
    last = word in ("ultima", "last", "final")
    n = 0 if last else ORDINALS.get(word, 1)
    month = _month_of(m)

    def make(y):
        if last:
            end = dt.date(y, month, _last_day(y, month))
            return end - dt.timedelta(days=6), end
        start = dt.date(y, month, 1) + dt.timedelta(weeks=n - 1)
        return start, start + dt.timedelta(days=6)

    f, t, _, note, kind, explicit = _with_year(
        m, make, ctx, "approximate", f"{word} week of the month"
    )
    return f, t, "approximate", note, kind, explicit


def _h_period(m, ctx):
    n = ORDINALS[m["ord"]]
    size = PERIOD_UNITS[m["unit"]]
    if n > 12 // size:
        return None  # "quinto semestre" is not a date
    m1, m2 = size * (n - 1) + 1, size * n
    precision = PERIOD_PRECISION[size]
    note = f"period {n} of {12 // size} in the year (months {m1}–{m2})"
    if m.groupdict().get("year") or m.groupdict().get("yw"):
        y, explicit = _resolve_year(m, ctx)
        if y is None:
            return _unresolved(f"{note}; year relative to an unknown publication date")
        f, t = _month_span(y, m1, m2)
        return f, t, precision, note, "absolute", explicit
    return _with_year(m, lambda y: _month_span(y, m1, m2), ctx, precision, note)


def _h_quarter_code(m, ctx):
    n = int(m["qn"])
    return _h_period_n(m, ctx, n, 3)


def _h_period_n(m, ctx, n, size):
    m1, m2 = size * (n - 1) + 1, size * n
    return _with_year(
        m, lambda y: _month_span(y, m1, m2), ctx, PERIOD_PRECISION[size], f"quarter {n}"
    )


def _h_year(m, ctx):
    y = int(m["year"])
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "year", "absolute", True


def _h_words(m, ctx):
    phrase = re.sub(r"\s+", " ", m["t"])
    pub = ctx.published
    if phrase == "manana":
        before = ctx.text[max(0, m.start("t") - 8) : m.start("t")]
        if re.search(r"\b(?:la|por la|de la|en la|cada|una)\s+$", before):
            return None  # "la mañana" is the morning, not tomorrow
    if re.search(r"mediodia|noon|midday|madrugada", phrase) and re.match(
        r"\s+(?:(?:del?|on|of)\s+(?:[a-z]+\s+)?(?:lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
        r"\d)|(?:tomorrow|today|yesterday|manana|hoy|ayer)\b)",
        ctx.text[m.end("t") : m.end("t") + 30],
    ):
        # "al mediodía del lunes", "at noon tomorrow": the day named with it
        return None
    if pub is None:
        return _unresolved(
            f"'{phrase}' is relative to the publication date, which is unknown"
        )
    if phrase in IMMEDIATE_WORDS:
        after = ctx.text[m.end("t") : m.end("t") + 14]
        if re.match(r"\s+(?:after|before|following|despues|antes|tras|luego)\b", after):
            return None  # "immediately after the vote": the vote's day, not today
        if re.search(
            r"\b(?:not|no|ni)\s+$", ctx.text[max(0, m.start("t") - 6) : m.start("t")]
        ):
            return None  # "it was not immediately clear": no day at all
        before = ctx.text[max(0, m.start("t") - 300) : m.start("t")]
        before = re.split(r"[.!?]\s|\n", before)[-1]
        if _DAY_NAMED.search(before):
            # "Al día siguiente, Balcázar se impuso … y juró de inmediato": on the
            # day its sentence names
            return None
        return pub, pub, "day", "relative to the publication date", "relative", False
    if phrase in _PART_OF_DAY and (
        re.match(r"\s+(?:del?|of)\s", ctx.text[m.end("t") : m.end("t") + 6])
        or re.search(
            r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d|ayer|hoy|"
            r"manana|anoche|dia)\s*,?\s*$",
            fold(ctx.text[max(0, m.start("t") - 14) : m.start("t")]).lower(),
        )
    ):
        # "en la noche del viernes", "el lunes por la tarde": a part of the day
        # named with it
        return None
    if phrase in _SAME_DAY_AS_STORY:
        # "Earlier in the day Kast met business leaders": the day the story has
        # just told of (Wednesday's meeting), not necessarily the report's
        # the day the lead gives, else the last day named
        days = [t for t in ctx.earlier or () if _recent_day(t, pub)]
        told = lead_day(days, ctx.lead_end, pub) or (days[-1] if days else None)
        if told is not None:
            d = told.date_from
            return d, d, "day", f"the same day as '{told.text}'", "anchored", False
    if phrase in DAY_WORDS:
        d = pub + dt.timedelta(days=DAY_WORDS[phrase])
        return d, d, "day", "relative to the publication date", "relative", False
    if phrase in WEEK_WORDS:
        monday = (
            pub
            - dt.timedelta(days=pub.weekday())
            + dt.timedelta(weeks=WEEK_WORDS[phrase])
        )
        lo, hi = monday, monday + dt.timedelta(days=6)
        note = "the week (Monday–Sunday) relative to the publication date"
        if WEEK_WORDS[phrase] == 0 and ctx.tense == "past":
            # "Esta semana, unos 50 soldados se sumaron": the days of this week
            # gone by the report
            hi, note = pub, "this week, up to the publication date (past tense)"
        elif WEEK_WORDS[phrase] == 0 and ctx.tense == "future":
            lo, note = pub, "this week, from the publication date (future tense)"
        return lo, hi, "approximate", note, "relative", False
    if phrase in WEEKEND_WORDS:
        k = WEEKEND_WORDS[phrase]
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5)
        if k is None and ctx.tense == "future":
            k = 0 if pub < saturday else 1  # "el fin de semana viajará"
        elif k is None:
            k = 0 if pub >= saturday else -1
        saturday += dt.timedelta(weeks=k)
        return (
            saturday,
            saturday + dt.timedelta(days=1),
            "approximate",
            "the weekend (Saturday and Sunday) relative to the publication date",
            "relative",
            False,
        )
    if phrase in PART_MONTH_WORDS:
        f, t = _month_span(pub.year, pub.month)
        day = dt.timedelta(days=1)
        f, t = (pub + day, t) if PART_MONTH_WORDS[phrase] > 0 else (f, pub - day)
        if f > t:
            return None  # "later this month" on its last day
        return (
            f,
            t,
            "approximate",
            "the part of the publication month after or before the publication day",
            "relative",
            False,
        )
    if phrase in MONTH_WORDS:
        y, mo = _add_months(pub.year, pub.month, MONTH_WORDS[phrase])
        f, t = _month_span(y, mo)
        return (
            f,
            t,
            "month",
            "month relative to the publication date",
            "relative",
            False,
        )
    y = pub.year + YEAR_WORDS[phrase]
    return (
        dt.date(y, 1, 1),
        dt.date(y, 12, 31),
        "year",
        "year relative to the publication date",
        "relative",
        False,
    )


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + k
    return total // 12, total % 12 + 1


_IN_FORCE_SINCE = re.compile(
    r"\b(?:rige|rigen|vigente|vigentes|is in force|has been in force|in effect)\s+"
    r"(?:desde|since)\s+(?:el\s+|la\s+|this\s+|last\s+)?\w*$"
)


# "on a busy Friday", "any Monday", "cada viernes": a kind of day, not a date
_ANY_WEEKDAY = re.compile(
    r"(?:\b(?:on|for|in|of)\s+an?|\b(?:any|every|each|cualquier|cada|todos los))\s+"
    r"(?:[a-z]+\s+)?(?:[a-z]+day\s+or\s+)?$"
)


_FIRST_SESSION_BEFORE = re.compile(
    r"\b(?:its|their|su|sus|the|la|el)\s+(?:first|primera|primer|inaugural)\s+"
    r"(?:session|meeting|sitting|sesión|sesion|reunión|reunion|encuentro)\s+"
    r"(?:(?:will be|is due|is set|se realizará|será)\s+)?(?:on|el|este|this)?\s*$",
    re.IGNORECASE,
)
_HELD_BEFORE = re.compile(
    r"\b(?:held|hosted|met|celebró|celebro|sostuvo|sesionó|sesiono|tuvo|had|took place|"
    r"se realizó|se realizo|se llevó|se llevo)\b"
)


def _h_weekday(m, ctx):
    wd = WEEKDAYS[m["weekday"]]
    if _ANY_WEEKDAY.search(ctx.text[max(0, m.start() - 25) : m.start()].lower()):
        return None
    words = f"{m.groupdict().get('pre') or ''} {m.groupdict().get('post') or ''}"
    if re.search(r"\b(?:pasado|last|past|anterior)\b", words) or (
        # "la noche del viernes", "el decreto del viernes": a day already named,
        # unless a future verb looks ahead to it ("se realizará al mediodía del
        # miércoles")
        re.search(r"\bdel\b", words) and ctx.tense != "future"
    ):
        direction = "past"
    elif re.search(r"\b(?:proximo|next|que viene)\b", words):
        direction = "future"
    elif _IN_FORCE_SINCE.search(ctx.text, max(0, m.start() - 40), m.start() + 1):
        # "La prórroga rige desde el miércoles y se extenderá hasta…": in force
        # since the day just gone, whatever tense follows
        direction = "past"
    elif _FIRST_SESSION_BEFORE.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ) and not _HELD_BEFORE.search(ctx.text.lower(), max(0, m.start() - 70), m.start()):
        # "agreed to form a committee …, with its first session on Monday": the
        # first sitting of a body just agreed is to come, unless it was held
        direction = "future"
    else:
        # A bare weekday in a news story is the one just gone unless the verb is future.
        direction = "future" if ctx.tense == "future" else "past"
    pub = ctx.published
    if pub is None:
        return _unresolved("a weekday with no publication date to count from")
    if wd == pub.weekday() and re.search(r"\b(?:este|esta|this)\b", words):
        d = pub  # "este lunes" in a story published on a Monday is that day
    elif wd == pub.weekday() and re.search(r"\b(?:pasado|last|past|anterior)\b", words):
        d = pub - dt.timedelta(days=7)  # "el domingo pasado", said on a Sunday
    elif wd == pub.weekday() and not re.search(
        r"\b(?:proximo|next|que viene)\b", words
    ):
        # "Congress was due to vote at 6 p.m. on Wednesday", in a Wednesday
        # story: that day, whichever way the verb looks
        d = pub
    elif direction == "past":
        d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
    else:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
    ctx.tense = direction
    return (
        d,
        d,
        "day",
        f"the {direction == 'past' and 'last' or 'next'} such weekday from the publication date",
        "relative",
        False,
    )


LIVE_STAMP = "a live entry's time"
"""How a live blog's entry stamp ("13:40 |") is noted: its day is the report's."""


def _h_live_stamp(m, ctx):
    if ctx.published is None:
        return _unresolved(f"{LIVE_STAMP}, on a publication date that is unknown")
    d = ctx.published
    return d, d, "day", f"{LIVE_STAMP}, on the day of publication", "relative", False


def _h_midnight(m, ctx):
    res = _h_weekday(m, ctx)
    if res[0] is None:
        return res
    if re.search(
        r"\b(?:antes\s+de|before|hasta|until|by)\s+$",
        ctx.text[max(0, m.start() - 12) : m.start()].lower(),
    ):
        # "antes de la medianoche del viernes entrará en vigor": that Friday
        return (
            res[0],
            res[0],
            "day",
            "before the midnight that ends that weekday",
            "relative",
            False,
        )
    d = res[0] + dt.timedelta(days=1)
    return (
        d,
        d,
        "day",
        "the midnight that ends that weekday: the next day starts",
        "relative",
        False,
    )


def _h_same_weekday(m, ctx):
    """ "Ese mismo domingo", "that same Sunday": the day of that weekday the
    article named last."""
    wd = WEEKDAYS[m["weekday"]]
    for t in reversed(ctx.earlier or []):
        if t.resolved and t.precision == "day" and t.date_from.weekday() == wd:
            return (
                t.date_from,
                t.date_to,
                "day",
                f"the same weekday as '{t.text}' before it",
                "anchored",
                t.explicit_year,
            )
    return _h_weekday(m, ctx)


def _h_weekday_day(m, ctx):
    wd, day = WEEKDAYS[m["weekday"]], int(m["day"])
    pub = ctx.published
    if pub is None:
        return _unresolved("a weekday and day with no month or publication date")
    cands = []
    for k in (-1, 0, 1):
        y, mo = _add_months(pub.year, pub.month, k)
        if day <= _last_day(y, mo):
            cands.append(dt.date(y, mo, day))
    fitting = [d for d in cands if d.weekday() == wd] or cands
    d = min(fitting, key=lambda d: abs((d - pub).days))
    return (
        d,
        d,
        "day",
        "weekday and day; month from the publication date",
        "relative",
        False,
    )


def _count(m) -> tuple[int | None, str]:
    return _count_text(m.groupdict().get("n") or "")


def _count_text(n: str) -> tuple[int | None, str]:
    """ "3", "tres", "a few": the number a count names, None when vague."""
    n = re.sub(r"\s+", " ", n)
    if n.isdigit():
        return int(n), n
    if n in NUMBER_WORDS:
        return NUMBER_WORDS[n], n
    return None, n  # vague: "unos", "a few"


def _shift(d: dt.date, unit: str, k: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=k)
    if unit == "week":
        return d + dt.timedelta(weeks=k)
    if unit == "month":
        y, mo = _add_months(d.year, d.month, k)
        return dt.date(y, mo, min(d.day, _last_day(y, mo)))
    return dt.date(d.year + k, d.month, min(d.day, _last_day(d.year + k, d.month)))


def _h_from_now(m, ctx):
    """ "Six days from now", "dentro de dos semanas": counted on from the report."""
    unit = UNITS[m["unit"] or m["unit2"]]
    n, _ = _count_text(m["n"] or m["n2"])
    pub = ctx.published
    if pub is None or n is None:
        return _unresolved("counted on from an unknown publication date")
    ctx.tense = "future"
    d = _shift(pub, unit, n)
    if unit == "day":
        return d, d, "day", "counted on from the publication date", "relative", False
    f, t = _shift(d, "day", -3), _shift(d, "day", 3)
    return (
        f,
        t,
        "approximate",
        f"counted on in {unit}s from the publication date",
        "relative",
        False,
    )


# Words between "hace" and its count, or before "N days ago": exact or loose
_AGO_QUALIFIERS_ES = (
    r"exactamente|justo|justamente|apenas|solo|casi|poco\s+mas\s+de|mas\s+de|"
    r"cerca\s+de|alrededor\s+de"
)
_AGO_QUALIFIERS_EN = (
    r"exactly|just|only|almost|nearly|just\s+over|over|about|around|some"
)
_LOOSE_AGO = re.compile(
    r"casi|poco|mas|cerca|alrededor|almost|nearly|over|about|around|some"
)


def _h_ago(m, ctx):
    unit = UNITS[m["unit"]]
    n, _ = _count(m)
    pub = ctx.published
    if pub is None:
        return _unresolved("counted back from an unknown publication date")
    ctx.tense = "past"
    q = m.groupdict().get("q")
    if q and n is not None and unit == "day" and _LOOSE_AGO.match(q):
        # "hace casi diez días": about that many days back, a day either side
        d = pub - dt.timedelta(days=n)
        return (
            d - dt.timedelta(days=1),
            d + dt.timedelta(days=1),
            "approximate",
            "counted back loosely from the publication date",
            "relative",
            False,
        )
    if n is None:  # "hace unos días": two to seven units back, loosely
        lo, hi = {"day": (7, 2), "week": (5, 2), "month": (6, 2), "year": (5, 2)}[unit]
        return (
            _shift(pub, unit, -lo),
            _shift(pub, unit, -hi),
            "approximate",
            "a vague count back from the publication date",
            "vague",
            False,
        )
    if unit == "day":
        d = pub - dt.timedelta(days=n)
        return d, d, "day", "counted back from the publication date", "relative", False
    if unit == "week":
        d = pub - dt.timedelta(weeks=n)
        return (
            d - dt.timedelta(days=3),
            d + dt.timedelta(days=3),
            "approximate",
            "counted back in weeks from the publication date",
            "relative",
            False,
        )
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, -n)
        f, t = _month_span(y, mo)
        return (
            f,
            t,
            "month",
            "counted back in months from the publication date",
            "relative",
            False,
        )
    y = pub.year - n
    return (
        dt.date(y, 1, 1),
        dt.date(y, 12, 31),
        "year",
        "counted back in years from the publication date",
        "relative",
        False,
    )


_LATER = {"despues", "mas tarde", "later", "luego", "afterwards"}
_OPENS_LATER = re.compile(
    r"\b(?:later|afterwards|despues|mas tarde|luego|next day|following day|day after|"
    r"dia siguiente|siguiente dia)\b"
)
_EARLIER = {"antes", "earlier", "previos", "atras"}
_SAME_DAY_BACK = re.compile(
    r"\b(?:ese mismo dia|el mismo dia|that same day|the same day|la vispera|"
    r"esa (?:misma )?(?:noche|tarde|manana)|that (?:same )?(?:night|evening|morning)|"
    r"the day before|the previous day|el dia anterior|"
    # "Tiburcio llegó a Tacna al día siguiente": the day after the last one told
    r"al dia siguiente|the next day|the following day)\b"
)


def _h_anchored(m, ctx):
    """'N days later' counts from the last date; 'a day after <clause>' dates the
    clause, which happened N days before the date just given."""
    unit = UNITS.get(m.groupdict().get("unit") or "", "day")
    n, _ = _count(m)
    word = re.sub(r"\s+", " ", m["dir"])
    clause = bool(m.groupdict().get("de")) or (
        word in ("after", "before") and _letter_follows(ctx)
    )
    if clause:
        sign = -1 if word in ("despues", "after") else 1
        if _dated_clause(ctx):
            # "comes two months before he takes office on March 11": the clause
            # carries its own date, and the distance dates nothing more
            return None
        named = _clause_event_dated_before(ctx) if n is not None else None
        opens = re.search(
            r"(?:\A|[\n.]\s*)\Z", ctx.text[max(0, m.start("t") - 3) : m.start("t")]
        )
        ahead = _clause_event_dated_ahead(ctx) if n is not None else None
        if ahead is not None and not opens and not ctx.anchor_same_sentence:
            # "The reverse migration trend comes just over two weeks before the
            # presidential run-off": a run-off still to come, dated where the
            # article first tells it; the distance dates nothing more
            return _unresolved(
                f"'{m['t']}' counts from '{ahead.text}', dated where it is told",
                "distance",
            )
        if named is not None and opens:
            # "Three days after the emergency was declared, the foreign ministers
            # launched…": the clause's event is dated earlier in the article;
            # the distance dates the act of the sentence
            f = _shift(named.date_from, unit, -sign * n)
            t = _shift(named.date_to, unit, -sign * n)
            precision = (
                "day" if named.precision == "day" and unit == "day" else "approximate"
            )
            note = (
                f"{n} {unit}{'s' if n != 1 else ''} {word} '{named.text}', the day "
                "of the event its words name"
            )
            return f, t, precision, note, "anchored", named.explicit_year
        told = _told_event_anchor(ctx, m.start("t"))
        if told is not None and n is not None:
            # "La cita se produjo tres días después de que el Gobierno declarara…":
            # the clause happened n units before the event the sentence is about
            a, how = told
            f = _shift(a.date_from, unit, sign * n)
            t = _shift(a.date_to, unit, sign * n)
            precision = (
                "day"
                if a.precision == "day" and unit in ("day", "week")
                else "approximate"
            )
            note = f"{n} {unit}{'s' if n != 1 else ''} {'before' if sign < 0 else 'after'} {how} (the clause it introduces happened then)"
            return f, t, precision, note, "anchored", a.explicit_year
        if (
            n is not None
            and ctx.anchor is None
            and ctx.published is not None
            and re.search(
                r"(?:\A|[\n.]\s*)\Z", ctx.text[max(0, m.start("t") - 3) : m.start("t")]
            )
        ):
            if _OWN_DAY_LATER.search(
                ctx.text[ctx.match_end : ctx.match_end + 240].split(".")[0]
            ):
                # "Cinco días después de asumir la presidencia, Kast viajó el lunes
                # a Arica": the sentence dates its act itself, and the clause's
                # event is dated nowhere
                return _unresolved(
                    f"'{m['t']}' counts from an event the article does not date",
                    "anchored",
                )
            # "Dos días después de que Kast asumiera la presidencia, conversamos
            # con…": opening the story, the distance is from the report's now
            f = _shift(ctx.published, unit, sign * n)
            precision = "day" if unit == "day" else "approximate"
            t = f if unit == "day" else _shift(ctx.published, unit, sign * n)
            note = (
                f"{n} {unit}{'s' if n != 1 else ''} "
                f"{'before' if sign < 0 else 'after'} the publication date (the "
                "clause it introduces happened then)"
            )
            return f, t, precision, note, "anchored", False
    else:
        sign = 1 if word in _LATER or word == "after" else -1
    return _anchored(ctx, unit, n, sign, clause, m["t"])


# Words of an event a clause of time names, each with the words that date it
# where the article tells it first
_CLAUSE_EVENTS = (
    re.compile(r"\b(?:emergenc\w*|declar\w*)"),
    re.compile(
        r"\b(?:run-?off|elections?|vote|segunda vuelta|balotaje|eleccion\w*|comicios)\b"
    ),
    re.compile(r"\b(?:sworn in|took office|takes office|investidura|asum\w*)\b"),
)
# "Five days after the Lima meeting": the day the visit was told, its verb just
# before it ("received him at the Government Palace on 7 January", not "… takes
# office on March 11" later in the same sentence)
_CLAUSE_MEETING = re.compile(
    r"\b(?:meeting|met|visit\w*|received|talks|reunion|reunio|visita\w*|"
    r"recibio|encuentro)\b"
)


def _clause_after(ctx: _Ctx) -> str:
    """The clause a distance introduces: up to the next stop or comma."""
    end = re.search(r"[.;,]", ctx.text[ctx.match_end : ctx.match_end + 80])
    return ctx.text[ctx.match_end : ctx.match_end + (end.start() if end else 80)]


def _clause_event_dated_before(ctx: _Ctx) -> Timex | None:
    """The day of the event the clause after a distance names, told and dated
    before in the article ("after the emergency was declared": "On 28 November
    … declared a 60-day state of emergency")."""
    clause = _clause_after(ctx)
    for rx in (*_CLAUSE_EVENTS, _CLAUSE_MEETING):
        if not rx.search(clause):
            continue
        for t in reversed(ctx.earlier or ()):
            # its own sentence, before and after it
            stop = re.search(r"[.;](?:\s|\Z)", ctx.text[t.end : t.end + 300])
            lo, hi = max(0, t.start - 120), t.end + (stop.start() if stop else 300)
            if rx is _CLAUSE_MEETING:
                lo, hi = max(0, t.start - 60), t.start
            if (
                t.resolved
                and t.precision == "day"
                and not t.fallback
                and rx.search(ctx.text, lo, hi)
            ):
                return t
        return None
    return None


def _clause_event_dated_ahead(ctx: _Ctx) -> Timex | None:
    """The day still to come of the event the clause after a distance names, told
    with its own date earlier in the article ("after December 14 elections")."""
    clause = _clause_after(ctx)
    for rx in _CLAUSE_EVENTS:
        if rx.search(clause):
            return next(
                (
                    t
                    for t in reversed(ctx.earlier or ())
                    if t.resolved
                    and t.precision == "day"
                    and ctx.published is not None
                    and t.date_from > ctx.published
                    and rx.search(ctx.text, max(0, t.start - 30), t.end + 30)
                ),
                None,
            )
    return None


def _dated_clause(ctx: _Ctx) -> bool:
    """The clause after a distance names a day or month of its own ("… on March
    11", "… took office in October")."""
    clause = _clause_after(ctx)
    # "…before José Antonio Kast takes office in Chile, on 11 March": its day
    # set after a comma
    after = ctx.text[ctx.match_end + len(clause) :][:30]
    return bool(
        _OWN_DAY.search(clause)
        or re.match(r",\s+on\s", after)
        and _OWN_DAY.search(after)
    )


_MONTH_WORDS = "|".join(
    sorted((k for k in MONTHS if len(k) > 2), key=len, reverse=True)
)
# "11 de marzo", "March 11"
_DAY_OF_MONTH = (
    rf"\d{{1,2}}\s+(?:de\s+)?(?:{_MONTH_WORDS})|(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}"
)
_OWN_DAY = re.compile(rf"\b(?:{_DAY_OF_MONTH}|(?:in|en)\s+(?:{_MONTH_WORDS}))\b")
# A day named earlier in a sentence, which "de inmediato" then follows
_DAY_NAMED = re.compile(
    rf"\b(?:{_DAY_OF_MONTH}|{'|'.join(WEEKDAYS)}|dia siguiente|next day|day after|"
    r"ayer|yesterday)\b"
)


# "La cita se produjo", "El anuncio llega", "The meeting came": the sentence is
# about an event the article has told of, and dates a clause by its distance from it
_TOLD_EVENT = re.compile(
    r"(?:^|[.;:]\s+|\n)(?P<det>la|el|las|los|the|aquella|aquel|esa|ese|that|this|esta|este|these|"
    r"su|sus|his|her|its|their)\s+"
    r"(?:\w+\s+){0,2}?(?:cita|reunion|encuentro|sesion|llamada|visita|conversacion|"
    r"anuncio|declaraciones|palabras|comunicado|meeting|session|talks|call|visit|"
    r"announcement|trip|viaje|statement|statements|remarks|comments|llegada|arrival|"
    r"eleccion|election|designacion|nombramiento|appointment|juramentacion|"
    r"swearing-in)\s+"
    r"(?:[^.;:]{0,40}?\s+)?"
    r"(?:(?P<now>se produce|llega|llegan|tiene lugar|ocurre|comes|come|arrives|arrive|"
    r"takes place|follows)|"
    r"se produjo|tuvo lugar|se realizo|ocurrio|llego|came|took place|was held|happened|"
    r"followed)\s+(?:(?:apenas|solo|just|only|barely)\s+)?$",
    # "La cita llega…" opens its sentence with a capital
    re.IGNORECASE,
)


def _told_event_anchor(ctx: _Ctx, start: int) -> tuple[Timex, str] | None:
    m = _TOLD_EVENT.search(ctx.text, max(0, start - 90), start)
    if m is None or ctx.published is None:
        return None
    pub = ctx.published
    if m["now"]:
        # "La cita llega tres días después de…": the event the lead dates ("el
        # lunes"), else the report's own day
        told = lead_day(ctx.earlier or (), ctx.lead_end, pub)
        if told is not None:
            return told, f"'{told.text}', the lead's day"
        return Timex(
            0, 0, "the publication date", pub, pub, "day", "relative", None, ""
        ), "the publication date"
    if m["det"] in ("aquella", "aquel", "esa", "ese", "that"):
        a = ctx.anchor  # "Aquella primera cita": the one just dated
    else:
        # "La cita", "the meeting": the article's own event, dated in its lead
        a = next(
            (
                t
                for t in ctx.earlier or ()
                if t.resolved
                and not t.fallback
                and t.precision == "day"
                and t.date_to <= pub
            ),
            None,
        )
    if a is None or a.date_from is None:
        return None
    return a, f"'{a.text}'"


_SAME_DAY_AS_DATED = re.compile(
    r"\s+(?:en\s+que|que|as|when|that|on\s+which)\b[^.;]{0,80}?,\s*(?:el\s+|on\s+)?"
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+de\s+[a-z]+)"
)


def _h_next_day(m, ctx):
    phrase = re.sub(r"\s+", " ", m["t"])
    k = NEXT_DAY_WORDS[phrase]
    if k == 0 and re.match(
        r"\s+(?:de|del|of)\s", ctx.text[ctx.match_end : ctx.match_end + 5].lower()
    ):
        return None  # "el mismo día de la votación": the day of what it names
    if k == 0 and _SAME_DAY_AS_DATED.match(ctx.text, ctx.match_end):
        # "el mismo día en que arrancaron los trabajos, el lunes 16": the day the
        # apposition names, not one counted
        return None
    if k == 0 and ctx.anchor is not None and ctx.anchor.date_from != ctx.anchor.date_to:
        # "esa misma noche" after "en marzo o abril": no day was given to be the same
        return None
    clause = (
        phrase in ("the day after", "the day before") and _letter_follows(ctx)
    ) or (
        # "el 10 de marzo, en la víspera de la transmisión de mando": the
        # handover named is the day after the date just given
        phrase in ("la vispera", "el dia anterior", "the eve")
        and re.match(
            r"\s+(?:de|del|of)\s", ctx.text[ctx.match_end : ctx.match_end + 6].lower()
        )
        is not None
    )
    return _anchored(ctx, "day", 1, -k if clause else k, clause, phrase)


def _h_vague_later(m, ctx):
    phrase = re.sub(r"\s+", " ", m["t"])
    a = ctx.anchor
    if (
        phrase in ("shortly after", "soon after", "poco despues", "shortly before")
        and a is not None
        and ctx.anchor_same_sentence
        and a.date_from is not None
        and (
            _PAST_CLAUSE.match(ctx.text, ctx.match_end)
            or _CLAUSE_SUBJECT.match(ctx.text, ctx.match_end)
        )
    ):
        # "Jerí phoned Kast on Sunday night, shortly after the Republican leader
        # beat Jara": the clause happened about the date just given
        note = f"'{phrase}' a clause: about '{a.text}'"
        return a.date_from, a.date_to, a.precision, note, "anchored", a.explicit_year
    return _anchored(ctx, "day", None, VAGUE_LATER[phrase], False, phrase)


def _letter_follows(ctx: _Ctx) -> bool:
    return bool(re.match(r"\s+[a-z]", ctx.text[ctx.match_end : ctx.match_end + 3]))


# "shortly after the Republican Party leader beat…", "poco después de que": a
# clause's subject opens
_CLAUSE_SUBJECT = re.compile(r"\s+(?:de\s+que|the|his|her|its|their)\s+[a-z]")
# "… después de que el presidente, José Jerí, descartara": a past subjunctive or
# a past tense opens the clause the expression dates
_OWN_DAY_LATER = re.compile(
    rf"\b(?:{_DAY_OF_MONTH}|{'|'.join(WEEKDAYS)}|ayer|yesterday|hoy|today)\b"
)


_PAST_CLAUSE = re.compile(
    r"(?:\s+de)?\s+(?:que|the|el|la)?[^.;]{0,60}?\b\w{3,}(?:ara|iera|ase|iese|aran|ieran|ed)\b"
)


def _anchored(
    ctx: _Ctx, unit: str, n: int | None, sign: int, clause: bool, phrase: str
):
    a = ctx.anchor
    if (
        a is not None
        and clause
        and sign < 0
        and ctx.published is not None
        and a.date_from is not None
        and a.date_from > ctx.published
        and _PAST_CLAUSE.match(ctx.text, ctx.match_end)
    ):
        # "se conoce …, el 11 de marzo, y dos semanas después de que Jerí
        # descartara el corredor": a past clause counts back from the report,
        # not from a date still to come
        d = ctx.published + dt.timedelta(days=0)
        a = Timex(0, 0, "the publication date", d, d, "day", "relative", None, "")
    # A clause ("a day after the government issued...") hangs on the date given
    # earlier in the same sentence; "later" on any earlier date in the paragraph.
    if a is not None and (ctx.anchor_same_sentence or not clause):
        if n is None:  # "a few days later": one to seven days on
            lo, hi = (1, 7) if sign > 0 else (-7, -1)
            f, t = _shift(a.date_from, unit, lo), _shift(a.date_to, unit, hi)
            return (
                f,
                t,
                "approximate",
                f"a few {unit}s from '{a.text}'",
                "anchored",
                a.explicit_year,
            )
        f, t = _shift(a.date_from, unit, sign * n), _shift(a.date_to, unit, sign * n)
        precision = "approximate"
        if a.precision == "day" and unit in ("day", "week"):
            precision = "day"
        elif a.precision == unit and unit in ("month", "year"):
            precision = unit
        way = "before" if sign < 0 else "after"
        note = f"{n} {unit}{'s' if n != 1 else ''} {way} '{a.text}'"
        if sign == 0:
            note = f"the same {unit} as '{a.text}'"  # "ese mismo día"
        if clause:
            note += " (the clause it introduces happened then)"
        return f, t, precision, note, "anchored", a.explicit_year
    pub = ctx.published
    if pub is None:
        return _unresolved(
            f"'{phrase}' counts from a date the article does not give", "anchored"
        )
    if clause and phrase in ("la vispera", "el dia anterior", "the eve"):
        # "se reunió con Kast la víspera del cambio de mando": the eve of an act
        # whose day its sentence does not give
        return _unresolved(
            f"'{phrase}' is the eve of an act not dated here", "anchored"
        )
    if phrase == "la vispera" or (sign == 0 and n == 1):
        # "aterrizó en Lima la víspera": with no date before it, the eve of the
        # day the story was published; "horas antes": that day itself
        d = pub + dt.timedelta(days=sign)
        return d, d, "day", f"'{phrase}' from the publication date", "relative", False
    told = lead_day(ctx.earlier or (), ctx.lead_end, pub)
    if told is not None and n is not None and unit == "day" and not clause and sign < 0:
        # "Four days earlier, … Jerí had promised on X": with no date in its
        # paragraph, counted from the day the lead gives
        d = told.date_from + dt.timedelta(days=sign * n)
        return (
            d,
            d,
            "day",
            f"{n} days before '{told.text}', the lead's day",
            "anchored",
            False,
        )
    if n is not None and unit in ("month", "year"):
        # "four months after Jerí replaced Dina Boluarte": months from an act the
        # article does not date are no fortnight of the report
        return _unresolved(
            f"'{phrase}' counts from a date the article does not give", "anchored"
        )
    # No date to count from: the story only tells us it was before (or after)
    # publication, so take the fortnight on that side of it.
    if ctx.tense == "future":
        f, t = pub, pub + dt.timedelta(days=14)
    else:
        f, t = pub - dt.timedelta(days=14), pub
    return (
        f,
        t,
        "approximate",
        f"'{phrase}' has no date to count from; read as the fortnight "
        f"{'after' if ctx.tense == 'future' else 'before'} publication",
        "vague",
        False,
        True,
    )


def _h_coming(m, ctx):
    unit, n = COMING[m["unit"]]
    pub = ctx.published
    ctx.tense = "future"
    if pub is None:
        return _unresolved("counted forward from an unknown publication date", "vague")
    return (
        pub + dt.timedelta(days=1),
        _shift(pub, unit, n),
        "approximate",
        f"the coming {unit}s, read as up to {n} {unit}s after publication",
        "vague",
        False,
    )


def _h_month_range(m, ctx):
    m1, m2 = _month_of(m, "m1"), _month_of(m, "m2")
    wraps = m2 < m1

    def make(y):
        return (
            _month_span(y - 1 if wraps else y, m1, m2, y)
            if wraps
            else _month_span(y, m1, m2)
        )

    span = m2 - m1 + 1 if not wraps else m2 + 12 - m1 + 1
    precision = "approximate"
    if not wraps:
        if span == 1:
            precision = "month"
        elif span == 2 and m1 % 2 == 1:
            precision = "bimester"
        elif span == 3 and m1 % 3 == 1:
            precision = "quarter"
        elif span == 6 and m1 in (1, 7):
            precision = "semester"
    return _with_year(m, make, ctx, precision, "range of months")


def _h_day_range(m, ctx):
    month, d1, d2 = _month_of(m), int(m["d1"]), int(m["d2"])
    if d2 < d1:
        return None

    def make(y):
        return dt.date(y, month, d1), dt.date(y, month, d2)

    return _with_year(m, make, ctx, "approximate", "range of days")


# --- patterns ---------------------------------------------------------------------


def _patterns() -> list[tuple[str, re.Pattern, Callable]]:
    glue = _alt(load_lexicon()["glue_words"])
    end = rf"(?:(?![a-z])|(?=(?:{glue})\b))"  # "Aprilas" is April + "as"

    def M(name="month"):
        return rf"(?P<{name}>{_alt(MONTHS)}){end}"

    def D(name="day"):
        return rf"(?<![\d.,])(?P<{name}>3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th|ro|°|º|o(?![a-z]))?"

    Y = r"(?P<year>(?:19|20)\d\d)(?!\d)"
    WD = rf"(?P<weekday>{_alt(WEEKDAYS)})\b"
    num = rf"(?:\d+|{_alt(NUMBER_WORDS.keys() | VAGUE_NUMBERS)})"
    unit = _alt(UNITS)
    part = _alt(PARTS)
    yw = (
        r"(?P<yw>(?:el\s+|este\s+|the\s+)?(?:proximo\s+ano|ano\s+proximo|ano\s+que\s+viene"
        r"|ano\s+pasado|ano|this\s+year|next\s+year|last\s+year|coming\s+year|year))"
    )
    # "de 2026", "del año 2026", "of the year 2026"
    yopt = rf"(?:,?\s+(?:de\s+|del\s+|of\s+)?(?:(?:ano|the\s+year)\s+)?{Y})?"
    # "del año 2026" is the year named, "del año" alone this year
    y_or_words = rf"(?:(?:(?:ano|the\s+year)\s+)?{Y}|{yw})"
    # "a fines de", "at the beginning of": the preposition belongs to the idiom,
    # but "in" of "in late November" does not.
    lead = (
        r"(?:(?:a|al)\s+|(?:at|in|towards|by|hacia|por|desde|since|hasta|until)\s+"
        r"(?=(?:the|los|las)\s))?(?:(?:the|los|las)\s+)?"
    )
    specs = [
        (
            "iso",
            r"(?P<t>\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01]))(?!\d)",
            _h_iso,
        ),
        ("numeric", rf"(?P<t>\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{Y})", _h_numeric),
        (
            "es_date",
            rf"\b(?P<t>(?:{WD},?\s+)?(?:\b(?P<rel>pasado|proximo)\s+)?{D()}\s+de\s+{M()}(?:,?\s+(?:de|del)\s+(?:ano\s+)?{Y})?)",
            _h_day_month,
        ),
        (
            "en_dmy",
            rf"\b(?P<t>(?:{WD},?\s+)?(?:the\s+)?{D()}\s+(?:of\s+)?{M()}(?:,?\s+{Y})?)",
            _h_day_month,
        ),
        (
            "en_mdy",
            rf"\b(?P<t>(?:{WD},?\s+)?\b{M()}\s+{D()}(?:,?\s+{Y})?)",
            _h_day_month,
        ),
        (
            "month_year",
            rf"\b(?P<t>(?:(?P<rel>this|next|last|este|el\s+proximo|proximo|el\s+pasado|pasado)\s+)?\b{M()}(?:,?\s+(?:de|del|of))?\s+(?:ano\s+)?{Y})",
            _h_month_year,
        ),
        (
            "month_prep",
            rf"\b(?:en|in|durante|during|desde|since|hasta|until|para|por|for|by|around|hacia|from|of|de)\s+(?:(?:el\s+)?mes\s+de\s+)?(?P<t>{M()}(?:\s+(?P<rel2>proximo|pasado|que\s+viene|entrante))?)",
            _h_month,
        ),
        (
            # "12:10 | Kast ya está en Palacio de Gobierno": a live blog's entry,
            # stamped with its time, on the day the blog is published
            "live_stamp",
            r"(?:^|(?<=\n))[ \t]*(?:\*\*)?(?P<t>[0-2]?\d[:.][0-5]\d)(?:\s*(?:h|hs|hrs))?"
            r"(?:\*\*)?[ \t]*(?:\||\u2014|\u2013|-)",
            _h_live_stamp,
        ),
        (
            # "December's run-off": an English month owning what followed in it
            "month_possessive",
            rf"(?P<t>\b{M()})(?=['’]s\b)",
            _h_month,
        ),
        (
            # "the December run-off", "his January visit": a month before the noun
            # of what happened in it
            "month_attributive",
            # (a season is no day: "the December high season")
            rf"\b(?:the|a|an|his|her|its|their)\s+(?P<t>{M()})(?=\s+[a-z])"
            r"(?!\s+(?:high|low|peak|shopping|holiday|festive|summer|winter)?\s*"
            r"(?:season|holidays?|sales|heat|weather|rains?)\b)",
            _h_month,
        ),
        (
            "month_rel",
            rf"(?P<t>\b(?P<rel>this|next|last|este|el\s+proximo|el\s+pasado|proximo|pasado)\s+{M()})",
            _h_month,
        ),
        (
            "part_month",
            rf"(?P<t>\b{lead}(?P<part>{part})(?:\s+|-)(?:of\s+|de\s+|del\s+)?(?:(?:el\s+)?mes\s+de\s+)?{M()}{yopt})",
            _h_part_month,
        ),
        (
            "part_year",
            rf"(?P<t>\b{lead}(?P<part>{part})(?:\s+|-)(?:of\s+|de\s+|del\s+)?{y_or_words})",
            _h_part_year,
        ),
        (
            # "late last month", "a fines del mes pasado", "early next month"
            "part_month_rel",
            rf"(?P<t>\b{lead}(?P<part>{part})(?:\s+|-)(?:of\s+|de\s+|del\s+)?(?P<mw>(?:el\s+)?mes\s+pasado|(?:el\s+)?proximo\s+mes|(?:el\s+)?mes\s+proximo|(?:el\s+)?mes\s+que\s+viene|este\s+mes|last\s+month|next\s+month|this\s+month))",
            _h_part_month_rel,
        ),
        (
            "fortnight",
            rf"\b(?:(?:la|the)\s+)?(?P<t>\b(?:(?P<ord>primera|segunda|first|second)\s+(?:quincena|half|mitad|fortnight)|quincena\s+(?:de\s+)?(?P<edge>inicio|comienzo|fin|cierre))\s+(?:de|del|of)\s+(?:(?:el\s+)?mes\s+de\s+)?{M()}{yopt})",
            _h_fortnight,
        ),
        (
            "week_of_month",
            rf"\b(?:(?:la|the)\s+)?(?P<t>\b(?P<wk>primera|segunda|tercera|cuarta|ultima|"
            rf"first|second|third|fourth|last|final)\s+(?:semana|week)\s+(?:de|del|of)\s+"
            rf"(?:(?:el\s+)?mes\s+de\s+)?{M()}{yopt})",
            _h_week_of_month,
        ),
        (
            "period",
            rf"\b(?:(?:el|la|the)\s+)?(?P<t>\b(?P<ord>{_alt(ORDINALS)})\s+(?P<unit>{_alt(PERIOD_UNITS)})(?:\s+(?:de\s+|del\s+|of\s+)?{y_or_words})?)",
            _h_period,
        ),
        (
            "quarter_code",
            rf"(?P<t>\bq(?P<qn>[1-4])(?:\s*(?:de\s+|of\s+)?{Y})?)\b",
            _h_quarter_code,
        ),
        (
            "year",
            rf"\b(?:en|in|durante|during|desde|since|hasta|until|para|for|by|de|del|of|el\s+ano|the\s+year|ano|year|throughout|a\s+lo\s+largo\s+de)\s+(?P<t>{Y})",
            _h_year,
        ),
        (
            # "the 2021 run-off", "its 2017 election": a year before an event noun
            "year_noun",
            rf"\b(?:the|its|his|her|their)\s+(?P<t>{Y})(?=\s+(?:presidential\s+|general\s+|"
            rf"regional\s+)?(?:run-?offs?|elections?|votes?|campaigns?|visits?|summits?|"
            rf"meetings?|decrees?|agreements?|accords?|referendums?|plebiscites?)\b)",
            _h_year,
        ),
        (
            "words",
            rf"(?P<t>\b(?:{_alt(DAY_WORDS.keys() | IMMEDIATE_WORDS | WEEK_WORDS.keys() | WEEKEND_WORDS.keys() | MONTH_WORDS.keys() | PART_MONTH_WORDS.keys() | YEAR_WORDS.keys())})\b)",
            _h_words,
        ),
        (
            # "desde la medianoche del viernes", "from midnight on Friday": the
            # midnight that ends that day, so the next day is the first in force
            "midnight",
            rf"(?P<t>\b(?:(?:(?:la|a\s+la)\s+)?medianoche\s+del?|midnight\s+(?:on|of))\s+{WD})",
            _h_midnight,
        ),
        (
            "same_weekday",
            rf"(?P<t>\b(?:ese|aquel|that|the\s+same)\s+(?:mismo\s+|same\s+)?{WD})",
            _h_same_weekday,
        ),
        (
            "weekday",
            rf"(?P<t>\b(?P<pre>el\s+pasado|el\s+proximo|este|esta|el|del|on|this|last|next|past|pasado|proximo)\s+(?:dia\s+)?{WD}(?:\s+(?P<post>pasado|proximo|que\s+viene|anterior))?)",
            _h_weekday,
        ),
        (
            # "said Wednesday", "Sunday's run-off": English wire copy names the day
            # with no preposition; a capital letter tells the day from a word
            "weekday_bare",
            rf"(?P<t>\b(?P<weekday>{_alt(_ENGLISH_WEEKDAYS)})\b)",
            _h_weekday,
        ),
        # "el viernes 28", "on Friday the 28th": longer than the bare weekday, so
        # the day number is read with it
        (
            "weekday_day",
            # "el próximo viernes 19", "next Friday the 19th": the number decides
            rf"(?P<t>\b(?:(?:el|on)\s+)?(?:(?:proximo|pasado|next|last|this|este)\s+)?"
            rf"{WD},?\s+(?:the\s+)?{D()})",
            _h_weekday_day,
        ),
        (
            # "hace exactamente una semana", "hace casi tres semanas"
            "ago_es",
            rf"(?P<t>\bhace\s+(?:(?P<q>{_AGO_QUALIFIERS_ES})\s+)?(?P<n>{num})\s+(?P<unit>{unit}))\b",
            _h_ago,
        ),
        (
            "from_now",
            rf"(?P<t>\b(?:(?P<n>{num})\s+(?P<unit>{unit})\s+from\s+(?:now|today)|dentro\s+de\s+(?P<n2>{num})\s+(?P<unit2>{unit})))\b",
            _h_from_now,
        ),
        (
            # "exactly a week ago", "almost three weeks ago"
            "ago_en",
            rf"(?P<t>\b(?:(?P<q>{_AGO_QUALIFIERS_EN})\s+)?(?P<n>{num})\s+(?P<unit>{unit})\s+ago)\b",
            _h_ago,
        ),
        (
            "anchored",
            rf"(?P<t>\b(?P<n>{num})\s+(?P<unit>{unit})\s+(?P<dir>despues|antes|mas\s+tarde|later|after|before|earlier|luego|afterwards))(?P<de>\s+(?:de|del)\b)?",
            _h_anchored,
        ),
        ("next_day", rf"(?P<t>\b(?:{_alt(NEXT_DAY_WORDS)}))\b", _h_next_day),
        (
            "coming",
            rf"(?P<t>\b(?:en\s+(?:los|las)\s+(?:proxim[oa]s|siguientes)|in\s+the\s+(?:coming|next)|over\s+the\s+(?:coming|next))\s+(?P<unit>{_alt(COMING)}))\b",
            _h_coming,
        ),
        ("vague_later", rf"(?P<t>\b(?:{_alt(VAGUE_LATER)}))\b", _h_vague_later),
        (
            "month_range",
            rf"(?P<t>\b(?:(?:entre|between|de|desde|from)\s+)?(?:(?:the\s+)?months\s+of\s+|(?:los\s+)?meses\s+de\s+)?{M('m1')}\s*(?:y|o|a|and|or|to|hasta|through|-|/)\s*{M('m2')}{yopt})",
            _h_month_range,
        ),
        (
            "day_range_es",
            rf"(?P<t>\b(?:del|de|entre\s+el|entre|between|from)\s+{D('d1')}\s*(?:al|a|y\s+el|y|and|to|-)\s*{D('d2')}\s+(?:de\s+|of\s+)?{M()}{yopt})",
            _h_day_range,
        ),
        (
            "day_range_en",
            rf"(?P<t>\b{M()}\s+{D('d1')}\s*(?:-|to|through)\s*{D('d2')}(?:,?\s+{Y})?)",
            _h_day_range,
        ),
    ]
    return [(name, re.compile(rx), handler) for name, rx, handler in specs]


@functools.cache
def _compiled():
    lex = load_lexicon()["tense"]

    def cues(words):
        # Long cue words may be glued to the word before ("Chileplanned").
        long = [w for w in words if len(w) >= 6]
        short = [w for w in words if len(w) < 6]
        parts = []
        if short:
            parts.append(rf"\b(?:{_alt(short)})\b")
        if long:
            parts.append(rf"(?:{_alt(long)})\b")
        return "|".join(parts)

    # "will be held": the future reaches the verb, which may sit next to the date.
    will = r"\b(?:will|shall|won't)\s+(?:not\s+)?(?:be\s+|have\s+)?\w+"
    future = re.compile(will + "|" + cues(lex["future_en"] + lex["future_es"]))
    past = re.compile(cues(lex["past_en"] + lex["past_es"]))
    # Spanish tense lives in accented endings, so these run on the original text.
    future_es = re.compile(r"\b\w{2,}(?:rá|rán|remos)\b")
    # "creado el 1 de diciembre", "declarada en noviembre": a participle right
    # before its date tells a past act
    past_es = re.compile(
        r"\b\w{2,}(?:ó|aron|ieron)\b|\b(?:ha|han|hemos|había|habían)\s+\w+(?:ado|ido|to|cho)\b"
        # "oficializada la noche del viernes"
        r"|\b\w{3,}(?:ado|ada|ido|ida)(?=\s+(?:el|en|desde|la\s+(?:noche|manana|mañana|tarde|madrugada)|"
        r"la\s+(?:pasada|ultima|última))\s)"
    )
    return _patterns(), future, past, future_es, past_es


def _tense_cues(
    text: str, words: WordIndex, start: int, end: int
) -> list[tuple[int, int, str]]:
    """Tense cues in text[start:end]; `words` indexes its folded copy."""
    _, future, past, future_es, past_es = _compiled()
    out = []
    for rx, label in ((future, "future"), (past, "past")):
        for m in words.finditer(rx, start, end):
            out.append((m.start(), m.end(), label))
    for rx, label in ((future_es, "future"), (past_es, "past")):
        for m in rx.finditer(text, start, end):
            out.append((m.start(), m.end(), label))
    # a regular English past ("telephoned", "invited"), read from the words
    # themselves: no pattern need run over the sentence
    runs = words.words
    for i in range(bisect.bisect_left(runs, (start, "")), len(runs)):
        pos, w = runs[i]
        if pos >= end:
            break
        if len(w) >= 5 and w.endswith("ed") and w.isascii() and w.isalpha():
            # "asked", "urged", "named": five letters are enough
            if w not in _PLAN_PARTICIPLES and w not in _ED_NOUNS:
                out.append((pos, pos + len(w), "past"))
    return out


_ED_NOUNS = frozenset({"speed", "breed", "greed", "creed", "steed", "embed"})
# Participles that tell of a plan, not of a past act: "the planned cabinet",
# "scheduled for March"; and an invitation, whose date is of what it invites to
_PLAN_PARTICIPLES = frozenset(
    {"planned", "scheduled", "expected", "proposed", "intended", "slated", "needed",
     "required", "hoped", "aimed", "designed", "invited"}
)  # fmt: skip


_CLAUSE_MARK = re.compile(r"[,;]")
_COORDINATED = re.compile(r"[,;]\s*(?:and|but|y|pero|while|mientras)\s")
# What may stand before a date that opens its sentence: "In a radio interview in",
# "En una entrevista radial en"
_OPENER = re.compile(r"\s*(?:in|en|during|durante|at|a|el|la)\b[^,;.]{0,40}?\s*")
# "hasta el", "antes del 11 de marzo", "before March 11": a limit, read from the
# nearest occurrence whatever the tense of the verb that sets it
_UNTIL_BEFORE = re.compile(
    r"\b(?:hasta(?:\s+el)?|antes\s+del?|until|till|before)\s+(?:the\s+)?$"
)
_SCHEDULED_AFTER = re.compile(
    r"\s+(?:inauguration|swearing-in|investiture|investidura|deadline|plazo|"
    r"handover|hand-over|transfer of power|traspaso|cambio de mando)\b"
)
_ELECTION_NAMED_AFTER = re.compile(r"\s+(?:presidential\s+)?(?:run-?off|election)\b")
_TIME_LINK = re.compile(
    r"\b(?:once|when|until|cuando|una vez que|antes de|hasta que|en alusion a)\b"
    # "invited him to hold it in March", "lo invitó a realizar el gabinete en
    # marzo": the date is of what is proposed, not of the invitation
    r"|\b(?:to|a|para)\s+(?:hold|host|organi[sz]e|convene|stage|celebrate|realizar|"
    r"celebrar|sostener|organizar|convocar|llevar a cabo)\w*\b"
    # "invited him to a binational cabinet in March": the day of what is invited to
    r"|\binvit\w*\b"
)


def _nearest_tense(cues, start: int, end: int, text: str = "") -> str | None:
    best, best_d, best_inf = None, None, False
    for s, e, label in cues:
        if s < end and e > start:
            continue  # words of the expression itself are read by its handler
        d = start - e if e <= start else s - end
        # a verb across a comma is in another clause: "viajará a Lima en enero,
        # informó el domingo la Cancillería" reads the date with "viajará"
        if text and _CLAUSE_MARK.search(text, min(e, end), max(s, start)):
            d += 40
            # "…on Monday, and Tiburcio said…": a coordinated clause of its own
            if s >= end and _COORDINATED.search(text, end, s):
                d += 120
        # "committed to a cabinet once Kast is sworn in on March 11", "antes de
        # asumir el poder, el 11 de marzo": a clause of time has its own tense
        if text and e <= start and _TIME_LINK.search(text, e, start):
            continue
        # "informó que este miércoles, De Zela participará": the date opens the
        # clause the verb reports, whose own verb tenses it
        if text and e <= start and _THAT_ONLY.fullmatch(text, e, start):
            continue
        # "agreed on Wednesday to hold a cabinet": of two cues as near, an
        # infinitive after the date is what the verb before it agreed to
        # ("acordaron este lunes realizar patrullajes": a Spanish infinitive is
        # the bare word)
        infinitive = (
            bool(text)
            and s >= end
            and (
                _INFINITIVE.match(text, s) is not None
                or _INFINITIVE_ES.fullmatch(text, s, e) is not None
            )
        )
        if (
            best_d is None
            or d < best_d
            or d == best_d
            and (not infinitive, label == "future") > (not best_inf, best == "future")
        ):
            best, best_d, best_inf = label, d, infinitive
    return best


_INFINITIVE = re.compile(r"(?:to|a|para)\s")
_THAT_ONLY = re.compile(r"\s+(?:que|that)\s+")
_INFINITIVE_ES = re.compile(r"[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se)?")


def _english_month_ok(text: str, m: re.Match) -> bool:
    wd = m.groupdict().get("weekday")
    if wd in _ENGLISH_WEEKDAYS and not text[m.start("weekday")].isupper():
        return False
    for g in ("month", "m1", "m2"):
        if m.groupdict().get(g) and m.group(g) in _ENGLISH_MONTHS:
            if not text[m.start(g)].isupper():
                return False
    return True


def find_timexes(
    text: str,
    published: dt.date | None = None,
    language: str = "en",
    sentences: Sequence[tuple[int, int, int]] | None = None,
    folded: str | None = None,
    words: WordIndex | None = None,
) -> list[Timex]:
    """Every time expression in the text, resolved against `published`.

    Args:
        text: the article's text.
        published: the publication date; relative expressions need it.
        language: "es" reads 3/4/2026 as day/month, "en" as month/day.
        sentences: (start, end, paragraph) of each sentence; tense is read in
            the sentence and anchors ("a day after") are looked for in it and
            its paragraph. Default: the whole text as one sentence.
        folded: `fold(text)`, if the caller has it already.
        words: `WordIndex(folded)`, if the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    words = WordIndex(folded) if words is None else words
    sentences = list(sentences) if sentences else [(0, len(text), 1)]
    starts = [s[0] for s in sentences]
    patterns = _compiled()[0]

    found = []
    for order, (_, rx, handler) in enumerate(patterns):
        for m in words.finditer(rx):
            s, e = m.span("t")
            if e > s and _english_month_ok(text, m):
                found.append((s, e, order, m, handler))
    # Longest expression wins; among equals, the earlier pattern.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for f in found:
        if any(f[0] < e and s < f[1] for s, e in taken):
            continue
        taken.append((f[0], f[1]))
        chosen.append(f)
    chosen.sort(key=lambda f: f[0])

    out: list[Timex] = []
    lead_end = max((e for _, e, p in sentences if p == sentences[0][2]), default=0)
    cue_cache: dict[int, list] = {}
    for s, e, _, m, handler in chosen:
        si = max(0, bisect.bisect_right(starts, s) - 1)
        ss, se, para = sentences[si]
        if si not in cue_cache:
            cue_cache[si] = _tense_cues(text, words, ss, se)
        tense = _nearest_tense(cue_cache[si], s, e, folded)
        if tense == "past" and (
            _UNTIL_BEFORE.search(folded, max(0, s - 12), s)
            or _SCHEDULED_AFTER.match(folded, e)
        ):
            # "interino hasta el 28 de julio", "before his March 11 inauguration":
            # the end of a span or a day set for an event, read from the nearest
            # occurrence, not from the past tense of another clause
            tense = None
        if _ELECTION_NAMED_AFTER.match(folded, e):
            # "his December 14 run-off win", "the December 14 run-off": the day an
            # election owns, whatever tense the verbs beside it have
            tense = None
        anchor = next(
            (
                t
                for t in reversed(out)
                if t.resolved
                and not t.fallback
                and sentences[t.sentence][2] == para
                # "Su llegada se produjo un día después de que el pleno censurara a
                # Jerí. La víspera, …": the day of a clause told in passing is not
                # the story's day
                and not t.note.endswith("(the clause it introduces happened then)")
                # "…José Jerí, who had led the country since October. The next
                # day…": the start of a state is no day to count from
                and not re.search(
                    r"\b(?:since|desde)\s+$", folded[max(0, t.start - 7) : t.start]
                )
                # a past act counts from a day already past, not from "hasta el
                # 28 de julio"
                and not (
                    tense == "past"
                    and published is not None
                    and t.date_from is not None
                    and t.date_from > published
                )
            ),
            None,
        )
        if anchor is None and (
            (s - ss <= 3 and _OPENS_LATER.search(folded, s, e))
            # "recorrió ese mismo día el complejo", "la víspera": a day told
            # from the last one given, wherever it stands in its sentence
            or _SAME_DAY_BACK.search(folded, s, e)
        ):
            # "Five days later Jerí ruled out…" opening a sentence of a paragraph
            # that has given no date: after the last date of the paragraph before
            anchor = next(
                (
                    t
                    for t in reversed(out)
                    if t.resolved
                    and not t.fallback
                    and sentences[t.sentence][2] == para - 1
                    # unless told in the future, from a day already past
                    and not (
                        tense != "future"
                        and published is not None
                        and t.date_from is not None
                        and t.date_from > published
                    )
                ),
                None,
            )
        ctx = _Ctx(
            published,
            language,
            tense,
            anchor,
            anchor is not None and anchor.sentence == si,
            folded,
            e,
            out,
            bool(
                _OPENER.fullmatch(folded, ss, s)
                and folded.startswith(",", e)
                and not _TIME_LINK.search(folded, ss, s)
            ),
            lead_end,
        )
        try:
            res = handler(m, ctx)
        except ValueError:  # 31 February and the like: not a date
            continue
        if res is None:
            continue
        f, t, precision, note, kind, explicit = res[:6]
        fallback = len(res) > 6 and res[6]
        out.append(
            Timex(
                s,
                e,
                text[s:e],
                f,
                t,
                precision,
                kind,
                ctx.tense,
                note,
                explicit,
                fallback,
                si,
            )
        )
    # "los viajes de fin de año", "year-end holidays": a season that qualifies a
    # noun dates nothing
    out = [
        t
        for t in out
        if not _SEASON_OF_NOUN.search(folded, max(0, t.start - 30), t.end)
        # "José Antonio Kast, hoy presidente electo": "hoy" qualifies the title
        and not _NOW_TITLE.match(folded, t.start)
        # "las pericias que hoy se envían a Arequipa": what is done these days,
        # in a relative clause, is no act of the day
        and not _NOW_HABIT.search(folded, max(0, t.start - 5), t.end + 4)
    ]
    out = _election_anchored(text, folded, out, starts, published)
    out = _year_from_apposition(folded, out)
    return _inauguration_anchored(text, folded, out, starts)


def _year_from_apposition(folded: str, found: list[Timex]) -> list[Timex]:
    """ "the second two-month period of 2026, that is, in March or April": months
    that restate a period of a named year are of that year, whatever the tense."""
    for i, j in appositions(folded, found):
        a, b = found[i], found[j]
        if not (a.resolved and b.resolved and a.explicit_year) or b.explicit_year:
            continue
        shift = a.date_from.year - b.date_from.year
        if shift == 0 or b.date_to.year != b.date_from.year:
            continue
        moved = (
            b.date_from.replace(year=b.date_from.year + shift),
            b.date_to.replace(year=b.date_to.year + shift),
        )
        if moved[0] <= a.date_to and a.date_from <= moved[1]:
            found[j] = dataclasses.replace(
                b,
                date_from=moved[0],
                date_to=moved[1],
                note=f"{b.note}; the year of '{a.text}', which it restates",
            )
    return found


# An election the article dates ("the December 14 run-off", "la segunda vuelta del
# domingo 14"), and phrases that stand for its day or for the days after it.
_ELECTION = re.compile(
    r"\b(?:run-?offs?|second round|segunda vuelta|balotaje|elecciones|eleccion|"
    r"elections?|comicios|presidential vote)\b"
)
_ELECTION_DAY = re.compile(
    r"\b(?:(?:on\s+)?election\s+night"
    r"|(?:on\s+)?the\s+(?:same\s+)?(?:night|day)\s+of\s+(?:the|that|his|chile'?s)\s+"
    r"(?:\w+\s+)?(?:vote|election|run-?off|victory|win)"
    r"|(?:en\s+)?la\s+(?:misma\s+)?noche\s+(?:electoral|de\s+(?:la\s+eleccion|la\s+"
    r"segunda\s+vuelta|los\s+comicios|su\s+(?:victoria|triunfo))|del\s+balotaje)"
    r"|(?:el\s+)?(?:mismo\s+)?dia\s+de\s+(?:la\s+(?:eleccion|segunda\s+vuelta|votacion)|"
    r"los\s+comicios|el\s+balotaje|su\s+(?:victoria|triunfo)))\b"
)
_ELECTION_AFTER = re.compile(
    r"\b(?:(?:after|following)\s+(?:the|his|her|its)\s+(?:\w+\s+)?(?:election|"
    r"run-?off|victory|win)|(?:tras|despues\s+de|luego\s+de)\s+(?:su|la)\s+"
    r"(?:victoria|triunfo|eleccion)(?:\s+electoral)?)\b"
)


_WON = re.compile(r"\b(?:victory|win|victoria|triunfo)\b")


_SEASON_OF_NOUN = re.compile(
    r"\b[a-z]{3,}s\s+de\s+(?:fin|fines|finales)\s+de\s+ano$"
    r"|\byear-end\s+(?:holidays|trips|travel|festivities)$"
)


_NOW_HABIT = re.compile(r"\b(?:que|that)\s+(?:hoy|today)\s+(?:se\s+)?")
_NOW_TITLE = re.compile(
    r"(?:hoy|ahora|now|today)\s+(?:presidente|presidenta|president|"
    r"ministro|ministra|minister|canciller|mandatari[oa]|jefe|jefa|alcalde|alcaldesa|"
    r"gobernador|gobernadora|senador|senadora|senator|diputad[oa]|congresista|"
    r"lawmaker|governor|candidat[oa]|candidate)\b"
)


def _election_anchored(
    text: str,
    folded: str,
    found: list[Timex],
    starts: list[int],
    published: dt.date | None,
) -> list[Timex]:
    """ "On election night", "el día de la segunda vuelta": the day of the
    election the article dates elsewhere; "after his victory": from that day to
    publication. Nothing when the article gives no such date."""
    days = [
        t.date_from
        for t in found
        if t.resolved
        and t.precision == "day"
        # a day named, not counted ("A day later, in a second round of voting,
        # Congress chose Balcázar" is no election day of its own)
        and t.kind != "anchored"
        and _ELECTION.search(folded, max(0, t.start - 40), t.end + 40)
    ]
    if not days:
        return found
    # "la noche de su triunfo": a victory is won on an election already held,
    # whatever election to come the article also dates
    held = [d for d in days if published is None or d <= published]
    out = list(found)
    for rx, after in ((_ELECTION_DAY, False), (_ELECTION_AFTER, True)):
        for m in rx.finditer(folded):
            s, e = m.span()
            if any(t.start < e and s < t.end for t in out):
                continue
            # "on the night of his run-off victory": won, so already held
            won = _WON.search(m.group(0)) or re.match(
                r"\s+(?:victory|win|triumph)\b", folded[e : e + 12]
            )
            if won and not held:
                continue
            day = held[0] if won else days[0]
            if after and (published is None or published < day):
                continue
            si = max(0, bisect.bisect_right(starts, s) - 1)
            if after and any(
                t.sentence == si
                and t.resolved
                and t.precision == "day"
                and day <= t.date_from <= published
                for t in out
            ):
                # "played down fears on Tuesday … after the election of Kast": the
                # sentence has its day; the span since the election adds nothing
                continue
            out.append(
                Timex(
                    s,
                    e,
                    text[s:e],
                    day,
                    published if after else day,
                    "approximate" if after else "day",
                    "relative",
                    "past",
                    f"the day of the election the article dates, {day.isoformat()}"
                    + (", up to the publication date" if after else ""),
                    False,
                    False,
                    si,
                )
            )
    return sorted(out, key=lambda t: t.start)


# A swearing-in the article dates ("sworn in on March 11", "asume el 11 de marzo"),
# and the phrases that stand for its day ("on inauguration night", "la noche de su
# investidura").
_INAUGURATION = re.compile(
    r"\b(?:inauguration|inaugurated|sworn in|swearing-in|takes? office|took office|"
    r"investidura|asume|asumira|asumio|asumir|cambio de mando|toma de mando)\b"
)
_INAUGURATION_DAY = re.compile(
    r"\b(?:(?:on\s+)?(?:his\s+|her\s+|the\s+)?inauguration\s+(?:night|day)"
    r"|(?:on\s+)?the\s+(?:night|day|evening)\s+of\s+(?:his|her|the)\s+"
    r"(?:inauguration|swearing-in)"
    r"|(?:en\s+)?la\s+(?:misma\s+)?noche\s+de\s+su\s+(?:investidura|asuncion)"
    r"|(?:el\s+)?(?:mismo\s+)?dia\s+de\s+su\s+(?:investidura|asuncion))\b"
)


def _inauguration_anchored(
    text: str, folded: str, found: list[Timex], starts: list[int]
) -> list[Timex]:
    """ "On inauguration night", "la noche de su investidura": the day of the
    swearing-in the article dates elsewhere; nothing when it dates none."""
    day = next(
        (
            t.date_from
            for t in found
            if t.resolved
            and t.precision == "day"
            and _INAUGURATION.search(folded, max(0, t.start - 40), t.end + 40)
        ),
        None,
    )
    if day is None:
        return found
    out = list(found)
    for m in _INAUGURATION_DAY.finditer(folded):
        s, e = m.span()
        if any(t.start < e and s < t.end for t in out):
            continue
        si = max(0, bisect.bisect_right(starts, s) - 1)
        out.append(
            Timex(s, e, text[s:e], day, day, "day", "relative", "past",
                  f"the day of the swearing-in the article dates, {day.isoformat()}",
                  False, False, si)
        )  # fmt: skip
    return sorted(out, key=lambda t: t.start)


_APPOSITION = re.compile(
    r"^\s*[,;:(–—-]?\s*(?:so|es decir|o sea|esto es|that is|i\.e\.|namely|or|o)?\s*,?\s*"
    r"(?:(?:in|en|between|entre)\s+)?$"
)


def appositions(folded: str, timexes: list[Timex]) -> list[tuple[int, int]]:
    """Pairs (i, i+1) of expressions that restate each other: "second semester
    2026, so between March and April"."""
    out = []
    for i in range(len(timexes) - 1):
        a, b = timexes[i], timexes[i + 1]
        if a.sentence == b.sentence and _APPOSITION.match(folded[a.end : b.start]):
            out.append((i, i + 1))
    return out
