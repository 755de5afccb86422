"""Dated events and their labels."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..gazetteer import (
    fold,
    load_lexicon,
)
from ..schema import (
    GENERIC_EVENT_LABELS,
    Claim,
    Event,
)
from ..timex import (
    IMMEDIATE_WORDS,
    LIVE_STAMP,
    MONTHS,
    WEEKDAYS,
    Timex,
    appositions,
)
from .claims import _titled
from .entities import country_in, name_stopwords
from .measures import _extension_spec, _last_person, _number, _story_day, verbs_of
from .text import (
    BORDER_WITH,
    EXPIRY_WORDS,
    HELD_MEETING,
    PLACE_RANK,
    Doc,
    Found,
    Ids,
    Span,
    acts,
    ends_at,
    lemma_of,
    lex_,
    nearest,
    short_name,
    word_rx,
)

# --- events -------------------------------------------------------------------------


def _status(doc: Doc, t: Timex) -> str:
    pub = doc.published
    if t.resolved and pub is not None:
        if t.date_from > pub:
            return "planned"
        if t.date_to < pub:
            return "occurred"
        if _DONE_ON.search(doc.text, max(0, t.start - 25), t.start):
            # "agreed on Wednesday to convene a cabinet", "acordaron este
            # miércoles": done that day, whatever it looks forward to
            return "occurred"
    return "planned" if t.tense == "future" else "occurred"


# A past verb just before the day: "agreed on", "acordaron este", "met"
_DONE_ON = re.compile(
    r"\b(?:[a-z]{3,}ed|met|held|signed|spoke|said|told|[a-záéíóúñ]{3,}(?:ó|aron|ieron))"
    r"\s+(?:(?:on|this|este|esta|el|la)\s+)?$"
)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0] - b[1], b[0] - a[1], 0)


# ", and has announced", ", y ha anunciado": a coordinated clause with a perfect
# of its own, not dated by the date before it
_OWN_PERFECT = re.compile(r",\s*(?:and|y)\s+(?:has|have|had|ha|han|habia|habian)\b")


def _event_type(
    doc: Doc, si: int, start: int, end: int, only_after: bool, other_dates=()
):
    """The kind of event the words nearest the date name: (key, label) or None.

    A cue that another date of the sentence (`other_dates`, their spans) stands nearer
    to is that date's: in "runs from January 28 to March 28, when Kast is sworn in
    on March 11", the swearing-in is dated March 11 only.
    """
    cues = [
        c
        for c in _sentence_cues(doc, si)
        if (not only_after or c[0] >= end)
        # the date's own words: "on election night" dates a call, not an election
        and not (start <= c[0] < end and c[2] == "election")
        and not any(_gap(o, c[:2]) < _gap((start, end), c[:2]) for o in other_dates)
        # "el 10 de marzo, en la víspera de la transmisión de mando", "on the eve
        # of the handover": what the eve is of happens the next day
        and not (c[0] >= end and _EVE_OF.search(doc.folded, max(end, c[0] - 30), c[0]))
        # "should leave before he takes office … in late November": a clause of
        # time away from the date tells of another event, which it times itself
        and not (
            _gap((start, end), c[:2]) > 15
            and _TIME_CLAUSE.search(doc.folded, max(0, c[0] - 30), c[0])
        )
        and not (
            c[0] >= end and _WEEKS_BEFORE.search(doc.folded, max(end, c[0] - 60), c[0])
        )
        # "to meet with Noboa on Monday, December 22, and has announced plans for
        # a visit to Peru": a coordinated clause with a perfect of its own
        and not (c[0] >= end and _OWN_PERFECT.search(doc.folded, end, c[0]))
        # "Kast, que asumirá el mando el 11 de marzo, visitará el Perú": a date
        # inside a relative aside dates the aside, not the verb after it closes
        and not _closed_aside(doc, si, (start, end), c[0])
        # "En medio de la emergencia declarada por Perú…, el canciller fue
        # consultado por el ultimátum que Kast hizo … para que abandonen el
        # territorio antes de marzo": a noun opening a long sentence is not
        # dated by a deadline at its far end
        and not (
            c[1] <= start
            and start - c[1] > 150
            and "," in doc.folded[c[1] : start]
            and _DEADLINE_BEFORE.search(doc.folded, max(0, start - 12), start)
        )
        # "until 28 July, when the winner of the general election scheduled for
        # 12 April is sworn in": the verb of a "when" clause is its head date's
        and not (
            c[0] >= end
            # "the April 12 general election": the date's own noun
            and not _OWN_NOUN_AFTER.fullmatch(doc.folded, end, c[0])
            and any(
                o[1] <= start
                and _WHEN_AFTER.match(doc.folded, o[1])
                and not re.search(r"[.;]", doc.folded[o[1] : c[0]])
                for o in other_dates
            )
        )
    ]
    # "el gabinete binacional, que Jerí le había propuesto celebrar en el segundo
    # bimestre de 2026 cuando lo llamó": the date of what is to be held is that
    # of the cabinet or meeting named before, not of the call after
    held = _TO_HOLD.search(doc.folded, max(doc.sentences[si].start, start - 25), start)
    if held:
        before = [
            c for c in cues if c[1] <= held.start() and c[2] in ("cabinet", "meeting")
        ]
        if before:
            return before[-1][2], lex_().event_labels[before[-1][2]]
        if re.search(
            r"\b(?:cabinet|gabinete)\b",
            doc.folded[doc.sentences[si].start : held.start()],
        ):
            # "Jerí first raised the cabinet in a phone call…, when he suggested
            # holding it in March or April": the cabinet's date, not the call's
            return "cabinet", lex_().event_labels["cabinet"]
    # "announced ... will arrive": the announcement reports the event, so any
    # other kind of event named near the date is the better label.
    others = [c for c in cues if c[2] != "announcement"]
    best, dist = nearest(others, start, end)
    if best is None or dist > 60:
        best, _ = nearest(cues, start, end)
    if best is None:
        return None
    return best[2], lex_().event_labels[best[2]]


_EVE_OF = re.compile(
    r"\b(?:la vispera|en visperas|the eve|un dia antes|a day before|the day before|"
    r"el dia antes)"
    r"\s+(?:de|del|of)\s+(?:(?:la|el|the|su|his|her)\s+)?(?:[a-z'’]+\s+)?$"
)
_OWN_NOUN_AFTER = re.compile(
    r"\s*(?:(?!(?:is|are|was|were|will|be|es|sera|fue)\b)[a-z-]+\s+)?"
)


def _agreed_label(doc: Doc, si: int, measures) -> str | None:
    """ "Agreement on joint patrols and information exchange", "Acuerdo sobre
    patrullajes conjuntos": what the sentence says was agreed, by its kinds."""
    names = load_lexicon()["measure_names"][doc.article.language]
    kinds = list(
        dict.fromkeys(
            m.kind
            for m in measures
            if m.status == "agreed"
            and m.kind in names
            and m.kind != "other"
            and any(doc.sentence_at(ev.start) == si for ev in m.evidence)
        )
    )[:2]
    if not kinds:
        return None
    es = doc.article.language == "es"
    one = ("un " if es else "a ") if len(kinds) == 1 else ""
    what = [
        (one if k in _ONE_OF_A_KIND else "") + names[k] for k in kinds
    ]  # "a binational cabinet", "joint patrols"
    if es:
        return "Acuerdo sobre " + " y ".join(what)
    return "Agreement on " + " and ".join(what)


# Measures that are one thing, named with an article: "a binational cabinet"
_ONE_OF_A_KIND = frozenset(
    {"binational_cabinet", "binational_committee", "humanitarian_corridor"}
)


_WON = re.compile(
    r"\b(?:won|wins|has won|had won|gano|se impuso en|se impuso)\b"
    r"|\b(?:victory|win|triumph|triunfo|victoria)\b"
)
_RUN_OFF = re.compile(r"\b(?:run-?off|second round|segunda vuelta|balotaje)\b")


def _winner_label(doc: Doc, si: int) -> str | None:
    """ "Kast wins the run-off", "Triunfo de Kast en la segunda vuelta": the
    election labelled by its winner, a person who stands just before "won" or is
    named by "victoria de" / "'s victory"."""
    sent = doc.sentences[si]
    for m in _WON.finditer(doc.folded, sent.start, sent.end):
        noun = m.group(0) in ("victory", "win", "triumph", "triunfo", "victoria")
        people = [
            f
            for f in doc.in_sentence(si)
            if doc.entries[f.entry_id].kind == "person"
            and (
                # "Kast won", "Kast's victory", "Kast, who won"
                0 <= m.start() - f.end <= (4 if noun else 12)
                and not noun
                or noun
                and re.fullmatch(r"['’]s\s+(?:\w+\s+)?", doc.folded[f.end : m.start()])
                # "el triunfo de Kast", "la victoria de José Antonio Kast"
                or noun
                and re.fullmatch(r"\s+(?:del?\s+)?", doc.folded[m.end() : f.start])
            )
        ]
        if (
            not people
            or (
                not noun
                # "Kast won the run-off", not "Jara won 41.7% of the vote"
                and not re.match(
                    r"\s+(?:(?:the|a|la|el|sunday's|december's)\s+)?(?:\w+\s+)?"
                    r"(?:run-?off|election|vote|presidency|second round|segunda vuelta|"
                    r"eleccion|balotaje|comicios|presidencia)",
                    doc.folded[m.end() : m.end() + 40],
                )
            )
        ):
            continue
        who = short_name(doc.entries[people[0].entry_id])
        run_off = _RUN_OFF.search(doc.folded, sent.start, sent.end) is not None
        if doc.article.language == "es":
            return f"Triunfo de {who}" + (" en la segunda vuelta" if run_off else "")
        return f"{who} wins the " + ("run-off" if run_off else "election")
    return None


_WHEN_AFTER = re.compile(r"\s*,\s*(?:when|cuando|en que|el dia en que)\b")
_NO_ONE = re.compile(
    r"\s+(?:neither|nobody|no one|nadie|ninguno|ninguna|ninguna de las partes)\b"
)
_NAMED_DAY = re.compile(
    r"\d|\b(?:" + "|".join([*WEEKDAYS, *(m for m in MONTHS if "." not in m)]) + r")\b"
)
_ASKED_FOR = re.compile(
    r"\b(?:pedir|pidio|pide|piden|solicitar|solicito|solicita|reclamar|reclamo|"
    r"exigir|exigio|asked for|asking for|requested|requesting|called for|urged)\s+"
    r"(?:(?:que\s+)?(?:se\s+)?(?:declare|declarar|decretar|decrete)\s+)?(?:la|el|una|un|a|an|the)?\s*"
    r"(?:declaratoria|estado|state|emergencia|emergency|en emergencia)"
)
# "desde Chile", "from Chile": where people come from; "hacia Venezuela", "a
# través de territorio peruano", "towards Venezuela": where they are headed or
# pass through; neither is where the act takes place
_ORIGIN = re.compile(
    r"\b(?:desde|from|hacia|towards|toward|a traves de|through|via|rumbo a)\s+"
    r"(?:el\s+|la\s+|the\s+)?$"
)
_TO_HOLD = re.compile(
    r"\b(?:celebrar(?:lo|la)?|realizar(?:lo|la)?|sostener(?:lo|la)?|hold(?:ing)?(?: it)?|"
    r"host(?:ing)?(?: it)?|convene|convening)\s+(?:en|el|la|in|on|during|durante)?\s*"
    r"(?:el\s+|la\s+|the\s+)?$"
)
_DECREE_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}(?:decrees?|decretos?)\b")
# "la libertad de tránsito y de reunión", "freedom of assembly": a right, not a
# meeting
_ACCORDING = re.compile(r"de acuerdo (?:a|al|con|a lo|con lo)\b")
_FREEDOM = re.compile(
    r"\b(?:libertad(?:es)?|freedom|right)\s+(?:de|of|to)\s[^.;:]{0,20}$"
)
_TIME_CLAUSE = re.compile(
    r"\b(?:before|until|once|antes de que|hasta que|una vez que)\s+(?:[a-z]+\s+)?$"
)
# "tomó juramento la noche del martes a su Consejo…, a dos semanas de que José
# Antonio Kast asuma el poder": what is weeks away after the date is not of it
_WEEKS_BEFORE = re.compile(
    r"\ba\s+(?:[a-z]+\s+)?(?:horas|dias|semanas|meses)\s+de\s+que\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


_DEADLINE_BEFORE = re.compile(
    r"\b(?:antes de|antes del|before|hasta|until|by)\s+(?:el\s+)?$"
)
_ASIDE_GOES_ON = re.compile(
    r"\s*(?:cuando|when|donde|where|tras|after|despues|luego|hours|horas|days|dias|"
    r"que|which|who|quien|y|and|en|in|a|to|de|of)\b"
)
_ASIDE_OPENS = re.compile(
    r"(?:,|\s-|\()\s*(?:que|quien|quienes|who|which|el cual|la cual)\s[^,;()]*$"
)
# what closes an aside: a comma, a dash or a bracket ("José Jerí —quien asumió
# el mando en octubre de 2025—, descartó…"; dashes fold to "-")
_ASIDE_CLOSES = re.compile(r",|-(?:\s|,)|\)")


def _closed_aside(doc: Doc, si: int, date: tuple[int, int], cue: int) -> bool:
    """ "Kast, que asumirá el mando el 11 de marzo, visitará el Perú": a date inside
    a relative aside dates the aside, not a verb after the aside closes."""
    close = _ASIDE_CLOSES.search(doc.folded, date[1], cue) if cue >= date[1] else None
    if close is None:
        return False
    if _ASIDE_GOES_ON.match(doc.folded, close.end()):
        return False  # "hasta el 28 de julio, cuando asuma": the aside goes on
    aside = _ASIDE_OPENS.search(doc.folded, doc.sentences[si].start, date[0])
    # the aside of a person, the sentence's subject; "a committee, which first met
    # on December 1, agreed joint patrols" agreed them at that meeting
    return aside is not None and any(
        f.end <= aside.start()
        and not doc.folded[f.end : aside.start()].strip()
        and doc.entries[f.entry_id].kind == "person"
        for f in doc.found
    )


_FORCES_BEFORE = re.compile(
    r"\b(?:militares|soldados|efectivos|agentes|policias|patrulleros|tropas|"
    r"contingentes?|miembros|troops|soldiers|officers|police)\b[^.;]*$"
)


def _sentence_cues(doc: Doc, si: int) -> list[tuple[int, int, str]]:
    """The event words of a sentence, read once per document."""
    cache = doc.__dict__.setdefault("_event_cues", {})
    if si not in cache:
        sent = doc.sentences[si]
        cache[si] = [
            (m.start(), m.end(), m.lastgroup)
            for m in doc.words.finditer(lex_().event_types, sent.start, sent.end)
            if not _naming(doc, m)
            and not _influx(doc, m)
            # "signed decrees", "firmó el decreto": an act of government, no accord
            and not (
                m.lastgroup == "agreement" and _DECREE_AFTER.match(doc.folded, m.end())
            )
            and not _FREEDOM.search(doc.folded, max(0, m.start() - 30), m.start())
            and not _ACCORDING.match(doc.folded, max(0, m.start() - 3))
            and not _met_no_one(doc, m)
            # "Un primer contingente de 50 militares llegó a Tacna": forces
            # arriving are deployed, not visiting
            and not (
                m.lastgroup == "visit"
                and doc.folded.startswith(("lleg", "arrib"), m.start())
                and _FORCES_BEFORE.search(
                    doc.folded, max(sent.start, m.start() - 60), m.start()
                )
            )
        ]
        # "recibirá el miércoles al mandatario electo de Chile": a host's verb
        # with a person after it tells a visit
        cache[si] += [
            (h.start(), h.end(), "visit")
            for h in _HOSTS.finditer(doc.folded, sent.start, sent.end)
            if _guest(doc, h, doc.found) is not None
        ]
        # "dialogó el miércoles en Lima con el mandatario": a talk held (the
        # accent tells the verb from "el diálogo")
        cache[si] += [
            (m.start(), m.end(), "meeting")
            for m in _TALKED.finditer(doc.text, sent.start, sent.end)
        ]
        cache[si].sort()
    return cache[si]


_TALKED = re.compile(r"\bdialog(?:ó|aron|ará|arán)\b", re.IGNORECASE)


_MET_WITH = re.compile(
    r"met\s+with\s+(?:(?:a|an|the|some|wide|widespread|strong|sharp|fierce|little|"
    r"no|mixed)\s+)?(?:criticism|resistance|scepticism|skepticism|approval|"
    r"opposition|rejection|concern|praise|silence|protests?|outrage|anger|alarm|"
    r"suspicion|applause|support|dismay|indifference)\b"
)


_MEETING_A_GOAL = re.compile(
    r"(?:meet|meets|met|meeting)\s+(?:(?:his|her|their|its|the|a|this|that)\s+)?"
    r"(?:\w+\s+)?(?:promises?|pledges?|goals?|targets?|demands?|deadlines?|"
    r"requirements?|needs?|standards?|expectations?|criteria|obligations?|quotas?)\b"
)


def _met_no_one(doc: Doc, m: re.Match) -> bool:
    """ "The decision has been met with criticism": a reception, no meeting;
    "meeting his campaign promise": a promise kept."""
    return m.lastgroup == "meeting" and bool(
        _MET_WITH.match(doc.folded, m.start())
        or _MEETING_A_GOAL.match(doc.folded, m.start())
    )


def _guest(doc: Doc, host: re.Match, found) -> Found | None:
    """The person a host's verb receives, named within a few words after it: "al
    presidente electo", "hosted Kast"; not "recibió el llamado del presidente
    peruano", "recibió la banda de manos de Boric", "welcomed the words of"."""
    spanish = doc.article.language == "es"
    for f in found:
        if doc.entries[f.entry_id].kind != "person" or not (
            host.end() < f.start <= host.end() + 60
        ):
            continue
        between = doc.folded[host.end() : f.start]
        if (
            re.search(r"[.;]", between)
            or spanish
            and not re.search(r"\b(?:a|al)\s", between)
            or re.search(r"\b(?:de|del|of|from|by|with)\s+(?:[^,]*,\s*)?$", between)
        ):
            return None
        return f
    return None


# "called the session very constructive", "which he called a kind of industry",
# "called for calm", "so-called": "call" that names or asks, not a phone call.
_APPEAL = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){1,6}?to\s+[\"“']?(?!(?:congratulate|discuss|talk|invite|say|offer|express|thank|ask|wish|greet|"
    r"convey|tell|inform|extend|share|confirm|coordinate|review|propose|request)\b)[a-z]+"
)
_NAMING = re.compile(
    r"\s+(?:for\b|a\b|an\b|on\b|upon\b|(?:the|it|this|that|them|him|her)\s+(?:\w+\s+){0,2}?"
    r"(?:very|so|too|highly|quite|rather|a|an|the|\w+(?:ive|ful|ous|ble|ic|al|ing))\b)"
)


# "la llegada de decenas de extranjeros", "the arrival of migrants": people
# coming, not an official visit
_INFLUX = re.compile(
    r"\s+(?:de|of)\s+(?:(?:decenas|cientos|miles|centenares|grupos|dozens|hundreds|"
    r"thousands|groups)\s+(?:de|of)\s+)?(?:(?:los|las|the|more|mas|nuevos|new)\s+)?"
    r"(?:migrantes|inmigrantes|extranjeros|personas|venezolanos|refugiados|"
    r"migrants|immigrants|foreigners|people|venezuelans|refugees)\b"
)


_ARRIVAL_WORD = re.compile(r"\b(?:llegadas?|arrivals?)\b")


# "cientos de migrantes llegaron", "migrants arrived": the same, by a verb
_INFLUX_BEFORE = re.compile(
    r"\b(?:migrantes|inmigrantes|extranjeros|personas|venezolanos|refugiados|"
    r"migrants|immigrants|foreigners|people|venezuelans|refugees)\s+"
    r"(?:(?:ya|also|tambien|had|have|han|habian)\s+)?$"
)


def _influx(doc: Doc, m: re.Match) -> bool:
    if m.lastgroup != "visit":
        return False
    word = doc.folded[m.start() : m.end()]
    if word in ("llegada", "llegadas", "arrival", "arrivals"):
        return bool(_INFLUX.match(doc.folded, m.end()))
    return word.startswith(("lleg", "arriv")) and bool(
        _INFLUX_BEFORE.search(doc.folded, max(0, m.start() - 40), m.start())
    )


def _dates_words(doc: Doc, t: Timex, m: re.Match, timexes) -> bool:
    """The date is that of the words `m`: within their reach, no other date of the
    sentence nearer them, and not across a coordinated clause ("…, y el 1 de
    diciembre …")."""

    def gap(x: Timex) -> int:
        return x.start - m.end() if x.start >= m.end() else m.start() - x.end

    return (
        -60 <= t.start - m.end() <= 80
        and not any(
            o is not t and o.sentence == t.sentence and gap(o) < gap(t) for o in timexes
        )
        and not re.search(
            r"[,;]\s*(?:y|e|and)\b",
            doc.folded[min(m.end(), t.end) : max(m.start(), t.start)],
        )
    )


def _influx_near(doc: Doc, t: Timex, timexes) -> tuple[int, int] | None:
    """The words of an arrival of migrants within the date's reach, when no other
    date of the sentence is nearer: from the noun to the date or the clause's end."""
    sent = doc.sentences[t.sentence]
    if not doc.words.search(_ARRIVAL_WORD, sent.start, sent.end):
        return None

    for m in doc.words.finditer(lex_().event_types, sent.start, sent.end):
        if _influx(doc, m) and _dates_words(doc, t, m, timexes):
            end = t.start if t.start > m.end() else sent.end
            cut = re.search(r"[,;]", doc.folded[m.start() : end])
            return m.start(), m.start() + cut.start() if cut else end
    return None


# "decenas de migrantes quedaron varados", "migrants massed at the crossing":
# people stranded or gathering at the border, an event of its own
_CROWD = re.compile(
    r"\b(?:migrantes|inmigrantes|extranjeros|personas|venezolanos|refugiados|"
    r"migrants|immigrants|foreigners|people|venezuelans|refugees)\b[^.;,]{0,40}?\b"
    r"(?:(?P<stranded>(?:quedaron|quedaran|quedaban|quedo|queda|siguen|sigue|seguian|"
    r"permanecen|permanece|permanecian|estan|estaban|were|are|remain|remained)\s+"
    r"(?:varad|atrapad)\w*|"
    r"stranded|trapped|stuck)|se\s+(?:concentr|agolp|amontona|aglomer|congreg)\w*|"
    r"gathered|(?:are|were)\s+gathering|assembled|congregated|"
    r"massed|crowded|camped|bloque(?:aron|aban)|blocked|"
    # "ha pernoctado en el lugar en carpas", "spent the night at the crossing"
    r"(?:ha|han|habian|habia)\s+pernoctado|pernoctaron|pasaron\s+la\s+noche|"
    r"spent\s+the\s+night|"
    # "100 foreigners were waiting at the crossing"
    r"(?:were|are)\s+waiting|esper(?:aban|an)\s+(?:en|a)|aguard(?:aban|an)|"
    r"intent(?:aron|aban|aran)\s+(?:ingresar|salir|cruzar|entrar|dejar)|"
    r"(?:tried|trying)\s+to\s+(?:leave|cross|enter|get))\b"
)


_CROWD_ASIDE = re.compile(_CROWD.pattern.replace("[^.;,]{0,40}?", "[^.;]{0,90}?", 1))


_AT_PLACE = re.compile(
    r"\b(?:at|in|near|on|into|en|a|al|hacia|toward|towards|cerca|frente|junto|"
    r"entre|between|along)\b"
)


_CROWD_CAUSE = re.compile(
    r"[^.;]{0,70}?\b(?:after|tras|despues de que|luego de que)\s+"
    r"(?:[^.;,]{0,30}?\s)?"
)


def _crowd_near(
    doc: Doc, t: Timex, timexes, loose: bool = False
) -> tuple[str, str | None] | None:
    """People stranded or gathering within the date's reach, when no other date
    of the sentence is nearer: ("stranded" or "crowd", the place it names). With
    `loose`, for an event of no kind, the people and their verb may have an
    aside between them ("decenas de migrantes, en su mayoría venezolanos,
    quedaron varados")."""
    sent = doc.sentences[t.sentence]
    # "Dozens of migrants … are stranded at the border with Peru, authorities
    # reported Friday.": the day of the report that ends the sentence is the day
    # of what it reports, whatever other date the sentence names
    reported = lex_().report_before.search(
        doc.folded, max(sent.start, t.start - 25), t.start
    ) and not doc.folded[t.end : sent.end].strip(" .")
    dated = [
        m
        for m in doc.words.finditer(
            _CROWD_ASIDE if loose else _CROWD, sent.start, sent.end
        )
        if _dates_words(doc, t, m, timexes)
        or reported
        and m.end() <= t.start
        # the people near the date, the only one of the sentence
        or loose
        and -60 <= t.start - m.start() <= 80
        and not any(o is not t and o.sentence == t.sentence for o in timexes)
    ]
    if not dated:
        # "declared a state of emergency on Friday after at least 100 foreigners,
        # mostly Venezuelans, assembled at the frontier": the people whose
        # gathering the dated act followed, that same day
        dated = [
            m
            for m in doc.words.finditer(_CROWD_ASIDE, t.end, sent.end)
            if _CROWD_CAUSE.fullmatch(doc.folded, t.end, m.start())
            and not any(
                o.sentence == t.sentence and t.end <= o.start < m.end() for o in timexes
            )
        ][:1]
    if not dated:
        return None
    m = min(dated, key=lambda m: m.group("stranded") is None)  # "stranded" says more
    clause = re.search(
        r"[,;]\s*(?:y|e|and|while|mientras)\b", doc.folded[m.end() : sent.end]
    )
    stop = m.end() + clause.start() if clause else sent.end
    where = next(
        (
            f.entry_id
            for f in doc.in_sentence(t.sentence)
            if m.end() <= f.start < min(stop, m.end() + 40)
            # "gathered at Chile's Chacalluta crossing", not "led Lima to…"
            and _AT_PLACE.search(doc.folded, m.end(), f.start)
            and doc.entries[f.entry_id].table == "places"
            and doc.entries[f.entry_id].kind != "country"
            and not _ORIGIN.search(doc.folded, max(0, f.start - 12), f.start)
        ),
        None,
    )
    stranded = m.group("stranded") or _STRANDED_LATER.search(
        doc.folded, m.end(), sent.end
    )
    return ("stranded" if stranded else "crowd"), where


# "Dozens of migrants trying to leave Chile for fear of … are stranded at the
# border": the crowd's own verb, further on
_STRANDED_LATER = re.compile(
    r"\b(?:are|were|remain|remained|quedaron|permanecen|siguen|estan|estaban)\s+"
    r"(?:stranded|trapped|varad|atrapad)"
)


# "llamó a la calma", "volvió a llamar a los migrantes irregulares a salir del
# país": a call on someone to act, no phone call
_LLAMAR_A = re.compile(
    r"\s+a\s+(?:la\s+(?:calma|unidad|tranquilidad|serenidad|reflexion)\b|"
    r"(?:(?!para\b|por\b)[^\s.;:,]+\s+){1,6}?(?:a|al)\s+[a-z]+(?:ar|er|ir)\b)"
)


def _naming(doc: Doc, m: re.Match) -> bool:
    word = doc.folded[m.start() : m.end()]
    if (
        m.lastgroup == "call"
        and word in ("llamado", "llamada", "llamados", "llamadas")
        and re.search(
            r"\b(?:el|la|los|las|lo|del|al)\s+$",
            doc.folded[max(0, m.start() - 5) : m.start()],
        )
        and re.match(
            r"\s*[\"“«']|\s+[a-z]+\s+[\"“«']", doc.text[m.end() : m.end() + 20]
        )
    ):
        return True  # 'el llamado "triángulo terrestre"': so-called, no call
    if (
        m.lastgroup == "call"
        and word in ("llamo", "llamaron", "llama", "llaman", "llamar")
        and _LLAMAR_A.match(doc.folded, m.end())
    ):
        return True  # "llamó a la calma", "llamó a los migrantes a salir": an appeal
    if m.lastgroup != "call" or word not in ("call", "called", "calls", "calling"):
        return False
    if doc.folded[max(0, m.start() - 3) : m.start()] == "so-":
        return True
    # "called Nicolás Maduro's regime to open its borders": an appeal, no call
    return bool(
        _NAMING.match(doc.folded, m.end()) or _APPEAL.match(doc.folded, m.end())
    )


# --- event labels -----------------------------------------------------------------

# Where a clause starts inside a sentence: punctuation, or a word that opens a
# subordinate clause ("once Kast is sworn in", "cuando llegue").
_CLAUSE_CUT = re.compile(
    r"\s*[;:()\u2014\u2013]\s*|,\s+|\s+-\s+|\s(?=(?:once|when|while|where|which|"
    r"who|after|before|because|although|whereas|cuando|mientras|donde|porque|"
    r"aunque|una vez que|luego de que|antes de que|despues de que|"
    r"en (?:la|el|los|las) que)\s)"
)
# Words a label neither starts nor ends with.
_EDGE = re.compile(
    r"^(?:(?:y|e|o|pero|que|and|but|or|that|so|then|luego|ademas|also|"
    r"mientras tanto|meanwhile|once|when|while|where|which|who|after|before|"
    r"because|although|cuando|mientras|donde|porque|aunque|una vez que|"
    r"luego de que|antes de que|despues de que|en (?:la|el|los|las) que)\s+)+"
)
_TAIL = re.compile(
    r"(?:\s+(?:de|del|la|el|los|las|en|a|al|por|para|con|y|o|que|un|una|entre|between|the|a|"
    r"an|of|at|to|for|with|by|and|or|from|as|its|his|her|their|sus?|a partir|desde|hasta|"
    r"since|until|starting|along|across|near|into|onto|on|in|off|through|toward|towards|"
    r"over|under|within|without|about|against|sobre|hacia|junto|cerca|tras|ante|"
    r"durante|mediante|sin))+$"
)
_CUT_BEFORE = re.compile(
    r"\s(?=(?:y|and|de|del|en|por|para|con|tras|ante|sobre|desde|hasta|segun|in|on|at|"
    r"for|with|from|to|by|after|over|against|of)\s)"
)
# A timex's own lead-in words: "el", "on", "desde el", "this".
_TIMEX_LEAD = re.compile(
    r"(?:\b(?:desde|hasta|para|durante|since|until|during|from|on|in|at|by|for|"
    r"en|de|a|previst[oa]s?\s+para|scheduled\s+for|en\s+lo\s+que\s+va\s+del?|"
    r"so\s+far\s+in)\s+)?(?:\b(?:el|la|los|las|the|this|este|esta|del|al)\s+)?"
    # "el mismo 28 de noviembre", "the same day": the sameness goes with the date
    r"(?:\b(?:mism[oa]|same)\s+)?"
    # "less than a week ago", "just over a month ago": the amount goes with it too
    r"(?:\b(?:less than|more than|nearly|almost|about|just over|just under|barely|"
    r"some|roughly)\s+)?$"
)
_LABEL_MAX = 60
# ("que" is as often a conjunction after a verb: "Cancillería precisó que…")
_RELATIVE = re.compile(r"\s(?=(?:that|which|who|whom|whose|cuyo|cuya|cuyos|cuyas)\s)")
_TIMEX_TAIL = re.compile(
    # "Sunday's ballot": the possessive goes with its date
    r"['’]s\b|"
    r"\s+(?:night|morning|evening|afternoon"
    # "el viernes por la mañana": the part of the day goes with its date
    r"|(?:por|en|de) la (?:manana|tarde|noche|madrugada))\b"
)
_DATELINE = re.compile(
    # "— SANTIAGO, Chile, Dec. 1 (UPI) —": a second dateline after the first
    r"(?:^|\n|[\u2013\u2014]\s*)(?:[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'/-]{1,40},\s*"
    r"(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,\s*)?"
    # "Tacna, Peru – November 29, 2025 – …": a city, its country and a dash
    r"|[A-ZÁÉÍÓÚÑ][\w .'/-]{1,30},\s*[A-ZÁÉÍÓÚÑ][\w]+\s*[\u2013\u2014-]\s*)$"
)
# a dateline's city, then its country, date and wire: "SANTIAGO, Chile, Dec. 1
# (UPI) —", "LIMA, 7 ene (EFE).-"
_FILED_FROM = re.compile(
    r"(?:,\s*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?,\s*[^,\n]{1,25}?\([A-Za-z][^()\n]{1,30}\)"
    r"\s*\.?\s*[-\u2013\u2014]"
)
# "Dec. 1 (UPI) — …": a wire's date and name opening the paragraph
_AGENCY_AFTER = re.compile(r"\s*\([A-Za-z][^()\n]{1,30}\)\s*[-\u2013\u2014]")
_DATELINE_AFTER = re.compile(
    # "RCR, 02 de diciembre 2025.- ", "LIMA, Jan 7 (Reuters) -"
    r"(?:,?\s*(?:de\s+)?\d{4})?\s*(?:\([^()\n]{1,30}\))?\s*\.?\s*[-\u2013\u2014]"
)


def in_dateline(doc: Doc, t: Timex) -> bool:
    """ "LIMA, Jan 7 (Reuters) -": the dateline dates the story, not an event."""
    before = doc.text[max(0, t.start - 45) : t.start]
    if re.search(r"(?:^|\n)\s*$", before) and _AGENCY_AFTER.match(doc.text, t.end):
        return True
    return bool(_DATELINE.search(before) and _DATELINE_AFTER.match(doc.text, t.end))


def _noun_cue(doc: Doc, lo: int, hi: int, t: Timex) -> tuple[int, int] | None:
    """The event noun nearest the date within [lo, hi): "estado de emergencia"."""
    best, best_d = None, None
    for m in doc.words.finditer(_event_nouns(), lo, hi):
        if t.start <= m.start() < t.end:
            continue  # the date's own words: "on election night"
        if _FREEDOM.search(doc.folded, max(0, m.start() - 30), m.start()):
            continue  # "la libertad de reunión"
        if _ACCORDING.match(doc.folded, max(0, m.start() - 3)):
            continue  # "de acuerdo a la convocatoria": according to, no accord
        d = abs(m.start() - t.start) if m.start() >= t.end else t.start - m.end()
        if d <= 70 and (best_d is None or d < best_d):
            best, best_d = m, d
    if best is None:
        return None
    start, end = best.start(), best.end()
    pre = _NOUN_PRE.search(doc.folded, max(lo, start - 25), start)
    if pre:
        start = pre.start()
    # "reunión del Comité Binacional de ...", "state of emergency in Tacna".
    while True:
        m = _NOUN_MORE.match(doc.text, end)
        if not m or m.end() > hi:
            break
        end = m.end()
    return start, end


_NOUN_PRE = re.compile(
    r"\b(?:(?:primera?|segunda?|tercera?|proxima|proximo|nueva?|first|second|"
    r"next|new|joint|binational|bilateral|presidential)\s+)+$"
)
_NOUN_MORE = re.compile(
    r"(?:\s+(?:de|del|of|para|for|sobre|on|y|and)\s+(?:(?:la|el|los|las|the)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w\u00c0-\u017f-]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w\u00c0-\u017f-]*)*"
    r"|\s+(?:en|in)\s+[A-ZÁÉÍÓÚÑ][\w\u00c0-\u017f]+"
    r"|\s+(?:binacional|bilateral|presidencial|humanitario|migratori[oa]|"
    r"fronteriz[oa]|conjunt[oa]s?|militar|policial)\b)"
)


@functools.cache
def _event_nouns() -> re.Pattern:
    return re.compile(word_rx(load_lexicon()["event_nouns"]))


def _clauses(doc: Doc, si: int) -> list[tuple[int, int]]:
    s = doc.sentences[si]
    out, pos = [], s.start
    for m in _CLAUSE_CUT.finditer(doc.folded, s.start, s.end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < s.end:
        out.append((pos, s.end))
    return out


def _render(doc: Doc, lo: int, hi: int, timexes: list[Timex]) -> str:
    """text[lo:hi] as a label: dates dropped, people by surname, titles dropped."""
    cuts: list[tuple[int, int, str]] = []
    for t in timexes:
        if t.start < hi and t.end > lo:
            lead = _TIMEX_LEAD.search(doc.folded, lo, t.start)
            # "on Sunday night": the part of the day goes with the day
            tail = _TIMEX_TAIL.match(doc.folded, t.end)
            cuts.append(
                (lead.start() if lead else t.start, tail.end() if tail else t.end, "")
            )
    fs = [f for f in doc.found if f.start >= lo and f.end <= hi and not f.derived]
    i = 0
    while i < len(fs):
        f = fs[i]
        e = doc.entries[f.entry_id]
        j = i
        # "Chilean President-elect José Antonio Kast": one person, one name.
        while (
            j + 1 < len(fs)
            and fs[j + 1].entry_id == f.entry_id
            and not doc.text[fs[j].end : fs[j + 1].start].strip(" ,")
        ):
            j += 1
        if e.kind == "person":
            # "el presidente electo de Chile, José Antonio Kast": the title's
            # article goes with it
            article = re.search(
                r"\b(?:el|la|the|(a|de)l)\s+$",
                doc.text[max(lo, f.start - 4) : f.start],
                re.I,
            )
            start = f.start - len(article.group(0)) if article else f.start
            # "recibirá al presidente electo de Chile": "a Kast", not "al Kast"
            kept = article.group(1) + " " if article and article.group(1) else ""
            cuts.append((start, fs[j].end, kept + short_name(e)))
        i = j + 1
    cuts.sort()
    out, pos = [], lo
    for a, b, rep in cuts:
        if a < pos:
            continue
        out.append(doc.text[pos:a])
        out.append(rep)
        pos = b
    out.append(doc.text[pos:hi])
    label = re.sub(r"\s+", " ", "".join(out))
    label = re.sub(r"\s+([,.;:])", r"\1", label).strip(" ,;:.-\"'“”«»")
    return label


# "of, dozens of migrants", "to, so they will still apply": a preposition left
# behind by a date cut out of the clause
_STRANDED = re.compile(
    r"^(?:of|to|from|for|in|on|at|with|until|de|del|a|al|para|por|en|con|desde|"
    r"hasta)\s*,\s*",
    re.IGNORECASE,
)


def _tidy(label: str) -> str:
    label = _EDGE.sub("", _STRANDED.sub("", label.strip())).strip()
    # "Jan. 7 — Kast meets Jerí", "—Usted ya lo vio": a dash or colon left
    # where the date or the question's line began
    label = re.sub(r"^[\s\u2014\u2013:;,.|-]+", "", label)
    # "Lima, 7 ene (EFE).- El presidente…": a dateline's city and day
    label = re.sub(
        r"^[A-ZÁÉÍÓÚÑ][\w .]{1,30},\s+\d{1,2}\s+[a-zA-Z]{3,10}\.?\s*(?=\()", "", label
    )
    # "(Reuters) - Chilean army excavators began…", "(EFE).- …": the agency's
    # byline left where the dateline's date was
    label = re.sub(
        r"^\([A-Za-z][\w .&/-]{0,20}\)\s*[.:]?\s*[\u2014\u2013-]+\s*", "", label
    )
    # "after Sunday's vote" without its date: the possessive it leaves behind
    label = re.sub(r"^['’]s\s+", "", label)
    label = re.sub(r"^(?:El|La|Los|Las|The)\s+(?=[A-ZÁÉÍÓÚÑ])", "", label)
    if len(label) > _LABEL_MAX:
        cut = label[: _LABEL_MAX + 1]
        stops = [
            m
            for m in _CUT_BEFORE.finditer(cut)
            if m.start() >= 25
            # not inside a name: "Palacio de Gobierno", "Ministerio del Interior"
            and not re.match(r"\s(?:de|del|of)\s+[A-ZÁÉÍÓÚÑ]", cut[m.start() :])
        ]
        ands = [m for m in stops if cut[m.end() :].startswith(("y ", "and "))]
        # "the binational committee on migration that the two foreign ministries
        # set up": a noun phrase ends where its relative clause begins
        # ("Analistas recuerdan que…" is a clause, cut as any other)
        relative = [
            m
            for m in _RELATIVE.finditer(cut)
            if m.start() >= 15
            and not _has_verb(
                cut[: m.start()], "es" if cut[m.end() :].startswith("cuy") else "en"
            )
        ]
        if relative:
            best = relative[0].start()
        else:
            best = (ands or stops)[-1].start() if stops else None
        label = cut[:best] if best else cut.rsplit(" ", 1)[0]
    for _ in range(3):
        label = _TAIL.sub("", label).strip(" ,;:-")
    return label[:1].upper() + label[1:]


def _meaningful(label: str, doc: Doc) -> bool:
    """A label must say more than a date: two words that are not dates or stopwords."""
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", fold(label))
        if w not in name_stopwords() and w not in _DATE_WORDS
    ]
    return len(words) >= 1 and len(label) >= 6


_DATE_WORDS = frozenset(
    "hoy ayer manana semana mes ano dia dias days day week month year today "
    "tomorrow yesterday hace ago last next proximo pasado principios fines "
    "mediados early late mid inicios finales".split()
)


def _introduces_clause(t: Timex) -> bool:
    """ "Tres días después de que el Gobierno declarara…": a distance that dates
    the clause after it (the reading's note says so)."""
    return t.kind == "anchored" and "clause" in t.note


_NAME_BEFORE = re.compile(
    r"(?:\b(?P<art>el|la|los|las|the)\s+)?(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w-]*\s+){0,4}"
    r"[A-ZÁÉÍÓÚÑ][\w-]*)\s*,\s*$"
)


def _participle_of_name(doc: Doc, lo: int, label: str) -> str | None:
    """A clause that is one past participle after a name and its comma ("el Plan
    Escudo Fronterizo, firmado el 11 de marzo", "the decree, published on
    Friday"): the noun of the act and the name ("Firma del Plan Escudo
    Fronterizo")."""
    word = label.strip().lower()
    if " " in word or not re.search(
        r"(?:ado|ada|ados|adas|ido|ida|idos|idas|ed)$", word
    ):
        return None
    lang = doc.article.language
    noun = load_lexicon()["event_nominals"][lang].get(fold(lemma_of(word, lang)))
    m = _NAME_BEFORE.search(doc.text, max(0, lo - 80), lo)
    if noun is None or m is None:
        return None
    name = m.group("name")
    if lang == "es":
        art = (m.group("art") or "").lower()
        joined = {"el": "del", "": "de"}.get(art, f"de {art}")
        return f"{noun} {joined} {name}"
    return f"{noun} of the {name}" if m.group("art") else f"{noun} of {name}"


# "since winning the Dec. 14 run-off, comes weeks after Peru declared…": a place
# past a comma is another clause's, unless the comma opens the noun's own phrase
# ("on Tuesday, December 16, in Argentina") or lists places ("Palca, Tacna")
_PLACE_AFTER_COMMA = re.compile(
    r"\s*(?:held|hosted|in|at|on|celebrad[oa]|realizad[oa]|en|desarrollad[oa]|"
    r"llevad[oa] a cabo)\b"
)


# an office and the "de"/"of" of its country: "el subsecretario del Interior de",
# "Foreign Minister of", "el canciller de"
_OFFICE_OF = re.compile(
    r"\b(?:ministr[oa]s?|subsecretari[oa]s?|viceministr[oa]s?|vicecanciller|"
    r"canciller|secretari[oa]|embajador(?:a)?|consul|presidente|presidenta|"
    r"minister|undersecretary|under-secretary|ambassador|president)"
    r"(?:\s+(?:del?|of|for)\s+(?:la\s+|el\s+|the\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)?"
    r"\s+(?:de|of)\s+$"
)


def _place_of_another_clause(doc: Doc, lo: int, place: int) -> bool:
    between = doc.text[lo:place]
    if ";" in between:
        return True
    comma = between.rfind(",")
    if comma == -1:
        return False
    listed = not between[comma + 1 :].strip() and re.search(
        r"[A-ZÁÉÍÓÚÑ][\w-]*$", between[:comma]
    )
    return not listed and not _PLACE_AFTER_COMMA.match(between, comma + 1)


def _event_label(doc: Doc, t: Timex, span: tuple[int, int], timexes, place) -> str:
    """A short label in the article's words: the event noun near the date with
    its complements ("Estado de emergencia en Tacna"), else the clause holding
    the date without it ("Kast met Jerí in Lima"), else the sentence's start."""
    clauses = _clauses(doc, t.sentence)
    k = next(
        (i for i, (a, b) in enumerate(clauses) if a <= span[0] < b),
        0 if clauses else None,
    )
    s = doc.sentences[t.sentence]
    if k is None:
        return _tidy(_render(doc, s.start, s.end, timexes)) or "Event"
    lo, hi = clauses[k]
    own = (lo, hi)
    label = _render(doc, lo, hi, timexes)
    named = _participle_of_name(doc, lo, label)
    if named:
        # "…el Plan Escudo Fronterizo, firmado el 11 de marzo": the signing of
        # the plan, not the clause the apposition hangs on
        return named
    # A clause of only the date ("Hace una semana, ...") takes in its neighbours.
    j = k
    while (not _meaningful(label, doc) or len(label.split()) < 2) and (
        j + 1 < len(clauses) or lo > clauses[0][0]
    ):
        if j + 1 < len(clauses):
            j += 1
            hi = clauses[j][1]
        else:
            lo = clauses[0][0]
        label = _render(doc, lo, hi, timexes)
    titled = _TITLE_THEN_NAME.search(doc.text, lo, s.end)
    if (
        titled
        and titled.start() < hi
        and not _has_verb(label, doc.article.language)
        and titled["name"].split()[-1] not in label
        and _opens_on_verb(titled["rest"], doc.article.language)
    ):
        # "el viceministro de Gestión Gubernamental, Julio Linares, fue en la misma
        # línea": the person and what they did, not their title alone
        return _tidy(f"{titled['name'].split()[-1]} {titled['rest']}")
    # "La cita se produjo tres días después de que el Gobierno declarara el
    # estado de emergencia": a date that introduces a clause names what follows
    clause = _introduces_clause(t)
    noun = _noun_cue(doc, t.end if clause else s.start, s.end, t)
    if noun and any(
        o is not t
        and o.sentence == t.sentence
        and o.resolved
        and 0 <= noun[0] - o.end <= 6
        for o in timexes
    ):
        # "the December 14 run-off": a noun another date owns labels that date's
        # event, not this one ("suggesting March or April")
        noun = None
    # The noun labels the event if it shares the date's clause, or if that
    # clause says nothing by itself ("previsto para el 11 de marzo").
    near = noun and (
        min(abs(noun[0] - t.end), abs(t.start - noun[1])) <= 40
        and (noun[0] < own[1] and own[0] < noun[1] or (lo, hi) != own)
        or not _meaningful(label, doc)
    )
    if near:
        np_label = _render(doc, *noun, timexes)
        if (
            place
            and fold(place[1]) not in fold(np_label)
            and place[0] >= noun[0] - 5
            and not _place_of_another_clause(doc, noun[1], place[0])
        ):
            if (
                place[0] - noun[1] <= 40
                or place[0] < t.start
                or 0 <= place[0] - t.end <= 15
            ):
                prep = "in" if doc.article.language == "en" else "en"
                np_label = f"{np_label} {prep} {place[1]}"
        if _meaningful(np_label, doc):
            label = np_label
    label = _tidy(label)
    if not _meaningful(label, doc):
        first = _clauses(doc, t.sentence)[0]
        label = _tidy(_render(doc, first[0], first[1], timexes))
    return label if _meaningful(label, doc) else _tidy(s.text)


def extract_events(
    doc: Doc, timexes: list[Timex], topics, claims: list[Claim], measures=()
):
    ids = Ids()
    events: list[Event] = []
    issues: list[dict] = []
    merged: dict[int, tuple[Timex, str, int, int]] = {}
    skip: set[int] = set()
    for i, j in appositions(doc.folded, timexes):
        a, b = timexes[i], timexes[j]
        if not (a.resolved and b.resolved) or i in skip:
            continue
        if _introduces_clause(a) or _introduces_clause(b):
            # "a partir del miércoles 28 de enero, un día después de que venza el
            # plazo": the distance dates its clause, it does not restate the day
            continue
        # the narrower; of two as narrow, the one named outright ("Horas antes, el
        # viernes por la mañana": Friday, not hours before the last day given)
        narrow, wide = sorted(
            (a, b),
            key=lambda t: (
                (t.date_to - t.date_from).days,
                t.kind == "anchored",
                # "La víspera, el martes": the day named outright, not the one
                # counted from the report
                _NAMED_DAY.search(fold(t.text).lower()) is None,
            ),
        )
        overlap = a.date_from <= b.date_to and b.date_from <= a.date_to
        named = [t for t in (a, b) if _NAMED_DAY.search(fold(t.text).lower())]
        if not overlap and len(named) == 1 and named[0] is wide:
            # "on the night of his run-off victory in December": the month named
            # outright, not a night counted from the last day the story gave
            narrow, wide = wide, narrow
            overlap = True  # nothing contradicts: the count was the reading's
        note = f"'{a.text}' and '{b.text}' restate one date; the narrower '{narrow.text}' is used."
        if not overlap:
            note = (
                f"'{a.text}' ({a.date_from}–{a.date_to}) and '{b.text}' "
                f"({b.date_from}–{b.date_to}) restate one date but do not overlap; "
                f"the narrower '{narrow.text}' is used."
            )
            issues.append(
                {
                    "base": "date_contradiction",
                    "kind": "contradiction",
                    "description": f"The dates contradict each other: {note}",
                    "evidence": [doc.evidence(a.start, b.end)],
                    "topics": topics[a.sentence],
                }
            )
        merged[i if narrow is a else j] = (narrow, note, a.start, b.end)
        skip.add(j if narrow is a else i)

    spoken: list[Timex] = []
    for k, t in enumerate(timexes):
        if (
            k in skip
            or doc.is_question(t.sentence)
            or _since_year(doc, t)
            or _ranked_in_year(doc, t)
            or _year_of_what_is_to_come(doc, t)
            or _runs_out(doc, t, measures)
            # "comes two weeks before the run-off": a distance from an event the
            # article dates elsewhere
            or t.kind == "distance"
        ):
            continue
        if _dates_speech(doc, t, measures):
            spoken.append(t)
            continue
        note, span_start, span_end = (
            merged[k][1:] if k in merged else (None, t.start, t.end)
        )
        clause = _introduces_clause(t)
        other_dates = [
            (o.start, o.end)
            for o in timexes
            if o is not t
            and o.sentence == t.sentence
            and o.resolved
            and not (span_start <= o.start and o.end <= span_end)
        ]
        kind = _event_type(
            doc,
            t.sentence,
            span_start,
            span_end,
            only_after=clause,
            other_dates=other_dates,
        )
        if kind is None and _dates_a_figure(doc, t):
            continue
        if t.note.startswith(LIVE_STAMP) and (
            kind is None
            or any(
                o is not t
                and o.resolved
                and doc.sentences[o.sentence].paragraph
                == doc.sentences[t.sentence].paragraph
                for o in timexes
            )
        ):
            # a live blog's entry is an event of its day only where it names one
            # and gives no other date
            continue
        if _year_beside_a_day(doc, t, timexes):
            continue
        if kind is None and _NO_ONE.match(doc.folded, t.end):
            continue  # "On Wednesday neither side set a date": nothing took place
        key, label = kind if kind else ("dated", "Dated event")
        event_kind = _kind_of(doc, key, t, measures)
        said = (
            _announced_only(doc, t, measures)
            if event_kind
            in ("emergency", "deployment", "cabinet", "agreement", "meeting")
            else None
        )
        if said is not None:
            # "On Friday, Peru's interim president wrote on X that he planned to
            # declare a state of emergency": the words were said that day, the
            # emergency is still to come; the statement of the one who spoke
            key = event_kind = "announcement"
            speaker = _claimed_by(doc, t.sentence, claims)
        status = _status(doc, t)
        # the measure named last before the date: "…, and the measure will last
        # until March 28"
        ended = next(
            reversed(
                list(
                    _ENDED_MEASURE.finditer(
                        doc.folded, doc.sentences[t.sentence].start, t.start
                    )
                )
            ),
            None,
        )
        if ended is None and t.sentence > 0:
            # "The emergency in Tacna is the other test. It expires at the end of
            # March": "it" opening the sentence is the measure named just before
            sent = doc.sentences[t.sentence]
            if _IT_OPENS.match(doc.folded, sent.start):
                before = doc.sentences[t.sentence - 1]
                ended = next(
                    reversed(
                        list(
                            _ENDED_MEASURE.finditer(
                                doc.folded, before.start, before.end
                            )
                        )
                    ),
                    None,
                )
        if (
            (
                event_kind == "other"
                or (
                    event_kind == "emergency"
                    and (
                        _EXPIRES.search(doc.folded, max(0, t.start - 20), t.start)
                        # "empieza a regir el 28 de enero y se extenderá hasta el
                        # 28 de marzo": the day after its start is its end
                        or any(
                            o.sentence == t.sentence and o.resolved and o.end <= t.start
                            for o in timexes
                        )
                    )
                )
            )
            and ended
            and ends_at(doc, t.start)
        ):
            # "La prórroga … se mantendrá hasta el 28 de marzo": the end of the
            # measure the sentence is about
            event_kind = key = "expiry"
        if (
            event_kind == "cabinet"
            and status == "occurred"
            and any(c[2] == "invitation" for c in _sentence_cues(doc, t.sentence))
        ):
            # "Jerí ya había invitado a Kast, la misma noche de su victoria, a un
            # gabinete binacional": a cabinet to come was invited to that day
            key, event_kind = "invitation", "invitation"
            retyped = True
        else:
            retyped = False
        in_sentence = doc.in_sentence(t.sentence)
        actors = [
            f.entry_id
            for f in in_sentence
            if acts(doc.entries[f.entry_id]) and (not clause or f.start >= t.end)
        ]
        subject = _pronoun_subject(doc, t.sentence)
        sworn = _inaugurated(doc, t) if event_kind == "inauguration" else None
        if event_kind == "inauguration":
            subject = sworn or _titled_subject(doc, t.sentence) or subject
        if subject is not None and not clause:
            # "He phoned Kast on election night": the one "he" stands for acts
            in_sentence = [subject, *in_sentence]
            actors = [subject.entry_id, *(a for a in actors if a != subject.entry_id)]
        places = sorted(
            (f for f in in_sentence if doc.entries[f.entry_id].table == "places"),
            key=lambda f: PLACE_RANK[doc.entries[f.entry_id].kind],
        )
        # "intentaron ingresar al país desde Chile": where people come from is
        # not where the act takes place
        places = [
            f
            for f in places
            if not _ORIGIN.search(doc.folded, max(0, f.start - 12), f.start)
            # "…en el control de la zona limítrofe con Chile": the country
            # across the border is not where it happens
            and not (
                doc.entries[f.entry_id].kind == "country"
                and BORDER_WITH.search(doc.folded, max(0, f.start - 30), f.start)
            )
            # "SANTIAGO, Chile, Dec. 1 (UPI) —": where the story was filed
            and not _FILED_FROM.match(doc.text, f.end)
            # "el subsecretario del Interior de Chile": the country of an office
            and not (
                doc.entries[f.entry_id].kind == "country"
                and _OFFICE_OF.search(doc.folded, max(0, f.start - 60), f.start)
            )
        ]
        place = None
        place_at = None
        if places:
            best = doc.entries[places[0].entry_id]
            place_at = (places[0].start, places[0].surface)
            countries = {
                f.entry_id for f in places if doc.entries[f.entry_id].kind == "country"
            }
            if best.kind != "country" or len(countries) == 1:
                place = best.id
        announced_by = None
        if status == "planned":
            announced_by = next(
                (
                    c.speaker
                    for c in claims
                    if c.evidence[0].start == doc.sentences[t.sentence].start
                ),
                None,
            )
        date_part = t.date_from.isoformat() if t.resolved else "undated"
        if event_kind == "emergency" and _extended_on(doc, t, measures):
            ended_label = load_lexicon()["event_kind_labels"][doc.article.language][
                "extension"
            ][0]
        else:
            ended_label = (
                _end_of(doc, doc.text[ended.start("what") : ended.end("what")])
                if event_kind == "expiry" and ended
                else None
            )
        events.append(
            Event(
                event_id=ids(f"{key}_{date_part}"),
                kind=event_kind,
                label=ended_label
                or (
                    _winner_label(doc, t.sentence) if event_kind == "election" else None
                )
                or (
                    _agreed_label(doc, t.sentence, measures)
                    if event_kind == "agreement"
                    else None
                )
                or _label(
                    doc,
                    "statement" if said is not None else event_kind,
                    [speaker] if said is not None and speaker else actors,
                    place,
                    _event_label(
                        doc, t, (span_start, span_end), timexes, place and place_at
                    ),
                    doers=(
                        {sworn.entry_id}
                        if sworn is not None
                        else _doers(doc, t.sentence, in_sentence, event_kind)
                    ),
                    # "dos semanas después de que Jerí descartara el corredor":
                    # the clause the date introduces, after it
                    context=(
                        doc.text[t.end : _clause_end(doc, t)]
                        if clause
                        else doc.text[doc.sentences[t.sentence].start : t.start]
                    ),
                    own=not retyped and said is None,
                ),
                date_from=t.date_from,
                date_to=t.date_to,
                precision=t.precision,
                status=status,
                topics=topics[t.sentence],
                actors=list(
                    dict.fromkeys(
                        # a run-off is its candidates', not of the governments
                        # and bodies its sentence names
                        a
                        for a in actors
                        if event_kind != "election" or doc.entries[a].kind == "person"
                    )
                ),
                place=place,
                announced_by=announced_by,
                note=" ".join(
                    x for x in (f"Read from '{t.text}': {t.note}.", note) if x
                ),
                evidence=[doc.sentence_evidence(t.sentence)],
                reviewed=False,
            )
        )
        main_at = len(events) - 1
        main = events[main_at]
        # "declared a state of emergency on November 28 and sent troops": the
        # deployment the sentence also tells is an event of that day too
        for other in _companion_kinds(doc, t, event_kind, measures):
            events.append(
                main.model_copy(
                    update={
                        "event_id": ids(f"{other}_{date_part}"),
                        "kind": other,
                        # the winner, whom a possessive does not name, is not the caller
                        "place": None if other == "election" else main.place,
                        "actors": [] if other == "election" else main.actors,
                        "label": (
                            _winner_label(doc, t.sentence)
                            or load_lexicon()["event_kind_labels"][
                                doc.article.language
                            ]["victory"][0]
                            if other == "election"
                            else None
                        )
                        or _label(
                            doc,
                            other,
                            actors,
                            place,
                            "",
                            own=False,
                            doers=_doers(doc, t.sentence, in_sentence, other),
                        ),
                    }
                )
            )
        cabinet_days = (
            _cabinet_after(doc, t, timexes) if event_kind == "inauguration" else None
        )
        if cabinet_days is not None:
            events.append(
                main.model_copy(
                    update={
                        "event_id": ids(f"cabinet_{date_part}"),
                        "kind": "cabinet",
                        "label": _label(doc, "cabinet", actors, None, "", own=False),
                        "date_from": cabinet_days[0],
                        "date_to": cabinet_days[1],
                        "precision": "approximate",
                        "status": "planned",
                        "place": None,
                        "note": f"Held once the day read from '{t.text}' is past: "
                        f"from {cabinet_days[0]} to the end of that year.",
                    }
                )
            )
        # "la llegada de decenas de extranjeros a la frontera a fines de
        # noviembre": people arriving near the date, an event of its own
        influx = _influx_near(doc, t, timexes)
        if influx is not None and event_kind != "other":
            label = _tidy(_render(doc, influx[0], influx[1], timexes))
            events.append(
                events[-1].model_copy(
                    update={
                        "event_id": ids(f"arrival_{date_part}"),
                        "kind": "other",
                        "label": label if _meaningful(label, doc) else events[-1].label,
                    }
                )
            )
        # "A fines de noviembre, decenas de migrantes quedaron varados …, y el
        # Gobierno respondió con un estado de emergencia": the people stranded
        # are an event of that date too; alone, they are the date's event
        crowd = (
            None
            if influx
            else _crowd_near(doc, t, timexes, loose=event_kind == "other")
        )
        if crowd is not None:
            label = _label(doc, crowd[0], [], crowd[1], "", own=False)
            groups = [a for a in actors if doc.entries[a].kind == "group"]
            if event_kind == "other":
                events[main_at] = main.model_copy(update={"label": label})
            else:
                events.append(
                    main.model_copy(
                        update={
                            "event_id": ids(f"{crowd[0]}_{date_part}"),
                            "kind": "other",
                            "label": label,
                            "actors": groups,
                        }
                    )
                )
        # "Jerí llamó el domingo a Kast y lo invitó…": one date, two acts; a
        # date that dates its own clause ("a day before Kast's swearing-in, in a
        # meeting that…") dates that clause's act alone
        for other in [] if clause else _more_acts(doc, t, key, timexes):
            events.append(
                events[-1].model_copy(
                    update={
                        "event_id": ids(f"{other}_{date_part}"),
                        "kind": other,
                        "label": _label(
                            doc,
                            other,
                            actors,
                            place,
                            events[-1].label,
                            own=False,
                            doers=_doers(doc, t.sentence, in_sentence, other),
                        ),
                    }
                )
            )
        if not t.resolved or t.fallback:
            issues.append(
                {
                    "base": "imprecise_date",
                    "kind": "imprecise_date",
                    "description": (
                        f"'{t.text}' cannot be dated: {t.note}."
                        if not t.resolved
                        else f"'{t.text}' is only loosely dated: {t.note} "
                        f"({t.date_from}–{t.date_to})."
                    ),
                    "evidence": [doc.evidence(t.start, t.end)],
                    "topics": topics[t.sentence],
                }
            )
    events += _statements(doc, spoken, topics, ids, claims, events)
    events += _undated_acts(
        doc,
        timexes,
        topics,
        ids,
        {e.evidence[0].start for e in events},
        # the days whose crowd at the border is told already
        {e.date_from for e in events if e.event_id.startswith(("stranded_", "crowd_"))},
    )
    events += _undated_measures(doc, timexes, topics, ids, events, measures)
    events += _lead_perfect_acts(doc, timexes, topics, ids, events, measures)
    events += _unscheduled(doc, topics, ids, events, measures)
    events += _deadlines(doc, timexes, topics, ids, events, measures)
    events = [_deadline_of(doc, e, timexes) for e in events]
    return [_said_that_day(doc, _no_one_visits(doc, e), claims) for e in events], issues


# "llamó a los migrantes a salir del país antes del 11 de marzo", "to leave
# before March 11": the day is a deadline's, what is to be done by then
_BY_DAY = re.compile(r"\b(?:antes\s+del?|before|by)\s+(?:el\s+|the\s+)?$")
_TO_DO = re.compile(
    r"\b(?:a|para|to)\s+(?P<what>(?:[a-z]+(?:ar|er|ir)|leave|go|exit|depart|return|"
    r"regularise|regularize|register|comply|self-deport)\b)"
)


def _deadline_of(doc: Doc, e: Event, timexes: list[Timex]) -> Event:
    """An event of no kind dated by "antes del 11 de marzo" / "before March 11",
    after an act to be done, is that deadline's end, not an act of that day."""
    if e.kind != "other" or e.date_from is None:
        return e
    si = doc.sentence_at(e.evidence[0].start)
    cue = next(
        (
            by
            for t in timexes
            if t.sentence == si and t.resolved and t.date_from == e.date_from
            if (by := _BY_DAY.search(doc.folded, max(0, t.start - 12), t.start))
        ),
        None,
    )
    if cue is None:
        return e
    sent = doc.sentences[si]
    # the last act to do before the day: "llamó a los migrantes a salir del país"
    what = [
        m
        for m in _TO_DO.finditer(
            doc.folded, max(sent.start, cue.start() - 70), cue.start()
        )
        if not re.search(r"[,;:.]", doc.folded[m.end() : cue.start()])
    ]
    if not what:
        return e
    words = doc.text[what[-1].start("what") : cue.start()].strip()
    label = (
        f"Vence el plazo para {words}"
        if doc.article.language == "es"
        else f"Deadline to {words}"
    )
    return e.model_copy(
        update={
            "kind": "expiry",
            "label": label,
            "status": "planned" if e.date_from > doc.published else e.status,
        }
    )


_TIME_THEN_WHO = re.compile(
    r"(?:la|el|this|that|esta|este)?\s*(?:manana|tarde|noche|madrugada|morning|"
    r"afternoon|evening|night)\s*,\s*(?:el|la|the)\s+[^,]{3,40}$"
)


def _said_that_day(doc: Doc, e: Event, claims: list[Claim]) -> Event:
    """ "Sin embargo, la mañana de este sábado, el subsecretario Ramos aclaró que…":
    an event of no kind, in a sentence whose words someone said, labelled by no
    words of its own, is that person's statement."""
    if e.kind != "other" or e.status != "occurred":
        return e
    lang = doc.article.language
    folded = fold(e.label).lower()
    says_nothing = e.label == GENERIC_EVENT_LABELS[lang] or (
        # "La mañana, el subsecretario del Interior": when and who, not what
        _TIME_THEN_WHO.match(folded) is not None
        and not _event_nouns().search(folded)
        and not any(
            fold(n).lower() in folded
            for n in load_lexicon()["event_nominals"][lang].values()
        )
    )
    si = doc.sentence_at(e.evidence[0].start)
    sent = doc.sentences[si]
    speakers = [
        c.speaker
        for c in claims
        if any(sent.start <= ev.start < sent.end for ev in c.evidence)
        and c.speaker not in doc.__dict__.get("reporters", ())
    ]
    if not speakers:
        return e
    if not says_nothing and speakers[0] in doc.entries:
        # "Far-right Chilean presidential candidate Kast": who spoke, not what
        # happened
        name = fold(short_name(doc.entries[speakers[0]])).lower()
        says_nothing = (
            folded.endswith(name)
            and not _event_nouns().search(folded)
            # "Regreso de Jerí" says what happened to whom
            and not re.search(r"\b(?:de|del|of)\b", folded)
        )
    if not says_nothing:
        return e
    label = _label(doc, "statement", [speakers[0]], None, "", own=False)
    return e.model_copy(
        update={
            "kind": "announcement",
            "label": label,
            "actors": list(dict.fromkeys([speakers[0], *e.actors])),
        }
    )


_THINGS = re.compile(
    r"\b(?:la maquinaria|las maquinas|maquinaria|machinery|equipment|excavators|"
    r"retroexcavadoras|excavadoras|camiones|trucks|lorries|vehiculos|vehicles|"
    r"la carga|cargo|buses)\b"
)


def _no_one_visits(doc: Doc, e: Event) -> Event:
    """A visit needs a visitor: "La maquinaria comenzó a llegar a Chacalluta" is
    an arrival of things, not a visit."""
    if (
        e.kind != "visit"
        or e.actors
        or not _THINGS.search(fold(e.evidence[0].quote).lower())
    ):
        return e
    where = _as_written(doc, e.place) if e.place else None
    label = (
        ("Llegada a " if doc.article.language == "es" else "Arrival in ") + where
        if where
        else e.label
    )
    return e.model_copy(update={"kind": "other", "label": label})


# "The government has given itself 90 days to show results", "el Ejecutivo se
# dio un plazo de 90 días para implementarlo", "promised results within 90 days":
# the end of a term counted from a start the text leaves loose
_TERM = re.compile(
    r"\b(?:(?:given|gave|give|set|sets)\s+(?:itself|the\s+plan(?:,[^,]{1,60},)?)\s+"
    r"(?:a\s+deadline\s+of\s+)?|results\s+within\s+|running\s+within\s+|"
    r"(?:carried\s+out|implemented|rolled\s+out)\s+within\s+|"
    r"(?:se\s+(?:ha\s+)?(?:dado|dio|fijado|fijo)|fijo|tendra|tiene)\s+(?:un\s+)?"
    r"(?:plazo|horizonte)(?:\s+de\s+implementacion)?\s+de\s+|"
    r"(?:se\s+(?:ha\s+)?(?:dado|dio))\s+)"
    r"(?P<n>\d+|noventa|sesenta|treinta|ninety|sixty|thirty)\s+(?:dias|days)\b"
)


def _deadlines(doc: Doc, timexes, topics, ids: Ids, events, measures) -> list[Event]:
    if doc.published is None:
        return []
    terms = list(_TERM.finditer(doc.folded))
    if not terms:
        return []
    # counted from about when the story happened: the days it names in the ten
    # days before its lead's day, else the week before it
    lead = _story_day(doc, timexes)
    near = [
        t.date_from
        for t in timexes
        if t.resolved
        and t.precision == "day"
        and dt.timedelta(0) <= lead - t.date_from <= dt.timedelta(days=10)
    ]
    lo = min(near, default=lead - dt.timedelta(days=7))
    hi = max(near, default=lead)
    if lo == hi:
        lo = hi - dt.timedelta(days=5)
    out = []
    for m in terms:
        si = doc.sentence_at(m.start())
        if any(t.sentence == si and t.resolved for t in timexes) or any(
            e.kind == "expiry" and doc.sentence_at(e.evidence[0].start) == si
            for e in events
        ):
            continue  # dated by its own words
        n = _number(m.group("n"), doc.article.language)
        if not n:
            continue
        sent = doc.sentences[si]
        actors = [
            a
            for x in measures
            if any(sent.start <= e.start < sent.end for e in x.evidence)
            for a in x.actors
        ]
        label = (
            f"Vence el plazo de {n} días"
            if doc.article.language == "es"
            else f"End of the {n}-day deadline"
        )
        out.append(
            Event(
                event_id=ids(f"expiry_{n}_days"),
                kind="expiry",
                label=label,
                date_from=lo + dt.timedelta(days=n),
                date_to=hi + dt.timedelta(days=n),
                precision="approximate",
                status="planned",
                topics=topics[si],
                actors=list(dict.fromkeys(actors)),
                note=f"{n} days from a start the text leaves loose ({lo}–{hi}).",
                evidence=[doc.evidence(m.start(), m.end())],
                reviewed=False,
            )
        )
    return out


# "El gabinete binacional … sigue sin fecha", "a binational cabinet … has yet to
# be scheduled": an event still to come, with no day
_NO_DATE = re.compile(
    r"\b(?:(?:sigue|sigan?|esta|continua|queda|aun|todavia)\s+(?:\w+\s+)?sin\s+fecha|"
    r"(?:aun|todavia)\s+no\s+tiene\s+fecha|no\s+tiene\s+fecha|sin\s+fecha\s+"
    r"(?:definida|fijada|aun|todavia)|(?:still\s+)?(?:has|had)\s+no\s+date|"
    r"(?:still\s+)?without\s+a\s+date|(?:has|have|had)\s+yet\s+to\s+be\s+"
    r"(?:scheduled|set|dated)|no\s+date\s+(?:has|had)\s+(?:yet\s+)?been\s+set|"
    r"not\s+yet\s+(?:been\s+)?scheduled)\b"
)
_PLANNED_STATUS = {"agreed": "planned", "announced": "planned", "proposed": "proposed"}


def _unscheduled(doc: Doc, topics, ids: Ids, events: list[Event], measures):
    kinds = load_lexicon()["measure_event_kinds"]
    out = []
    for m in _NO_DATE.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        for measure in measures:
            kind = kinds.get(measure.kind)
            if (
                kind not in ("cabinet", "meeting")
                or measure.status not in _PLANNED_STATUS
                or not any(sent.start <= e.start < sent.end for e in measure.evidence)
                or any(e.kind == kind and e.date_from is None for e in events + out)
            ):
                continue
            label = _label(doc, kind, list(measure.actors), None, "", own=False)
            out.append(
                Event(
                    event_id=ids(f"{kind}_undated"),
                    kind=kind,
                    label=label,
                    date_from=None,
                    date_to=None,
                    precision="approximate",
                    status=_PLANNED_STATUS[measure.status],
                    topics=topics[si],
                    actors=list(measure.actors),
                    note=f"Still to come, with no date: '{doc.text[m.start() : m.end()]}'.",
                    evidence=[doc.sentence_evidence(si)],
                    reviewed=False,
                )
            )
    return out


# Acts in force that a story dates by its paragraph ("A fines de noviembre … El
# Perú declaró el estado de emergencia y envió tropas"), when no event has them.
_IN_FORCE_KINDS = ("state_of_emergency", "military_deployment")


# "The Peruvian government has declared a state of emergency…", "El Gobierno ha
# declarado el estado de emergencia…": the news of the lead, told in the present
# perfect with no date
_PERFECT_ACT = re.compile(
    r"\b(?:has|have|ha|han)\s+(?:(?:also|just|now|ya|tambien)\s+)?"
    r"(?:declared|decreed|deployed|ordered|imposed|extended|declarado|decretado|"
    r"desplegado|ordenado|dispuesto|impuesto|prorrogado|ampliado)\b[^.;]{0,40}$"
)


def _undated_in_force(doc: Doc, timexes, measures, have: set[str]):
    """(measure, event kind, sentence) of each act in force (an emergency, troops
    sent) of a kind no event in `have` holds, with no date in its own sentence;
    the caller adds the kinds it dates to `have`."""
    kinds = load_lexicon()["measure_event_kinds"]
    for m in measures:
        kind = kinds.get(m.kind)
        if m.kind not in _IN_FORCE_KINDS or m.status != "implemented" or kind in have:
            continue
        si = doc.sentence_at(m.evidence[0].start)
        if any(t.sentence == si for t in timexes):
            continue  # dated in its own sentence, or by what it says is to come
        yield m, kind, si


def _lead_perfect_acts(
    doc: Doc, timexes, topics, ids: Ids, events: list[Event], measures
) -> list[Event]:
    """An emergency or a deployment the lead tells in the present perfect, with
    no date in its sentence: done the day of the report or the day before."""
    if doc.published is None:
        return []
    have = {e.kind for e in events}
    out = []
    for m, kind, si in _undated_in_force(doc, timexes, measures, have):
        ev = m.evidence[0]
        if doc.sentences[si].paragraph != doc.sentences[0].paragraph:
            continue  # the lead only: later paragraphs tell of earlier acts
        sent = doc.sentences[si]
        told_past = si == 0 and any(
            # "Cerca de 30 efectivos del Ejército se movilizaron a la frontera",
            # the report's first sentence: its news, of that day or the day before
            v.tense == "past" and ev.start - 40 <= v.start <= ev.end + 40
            for v in verbs_of(doc, si)
        )
        if (
            not told_past
            and not _PERFECT_ACT.search(doc.folded, sent.start, ev.end)
            and not (
                _PERFECT_ACT.search(doc.folded, sent.start, min(sent.end, ev.end + 40))
            )
        ):
            continue
        have.add(kind)
        label = _label(doc, kind, list(m.actors), None, "", own=False)
        out.append(
            Event(
                event_id=ids(f"{kind}_{doc.published.isoformat()}"),
                kind=kind,
                label=label,
                date_from=doc.published - dt.timedelta(days=1),
                date_to=doc.published,
                precision="approximate",
                status="occurred",
                topics=topics[si],
                actors=list(m.actors),
                note=(
                    "Told in the report's first sentence, with no date: the day of "
                    "the report or the day before."
                    if told_past
                    else "Told in the lead in the present perfect, with no date: "
                    "the day of the report or the day before."
                ),
                evidence=[doc.sentence_evidence(si)],
                reviewed=False,
            )
        )
    return out


def _undated_measures(
    doc: Doc, timexes, topics, ids: Ids, events: list[Event], measures
) -> list[Event]:
    have = {e.kind for e in events}
    out = []
    for m, kind, si in _undated_in_force(doc, timexes, measures, have):
        if m.kind == "military_deployment" and not any(
            v.tense == "past" for v in verbs_of(doc, si)
        ):
            # a troop presence told in the present ("las Fuerzas Armadas apoyan
            # a la policía") is a state of things, not an act of a day before
            continue
        para = doc.sentences[si].paragraph
        prior = [
            t
            for t in timexes
            if t.resolved
            and t.sentence < si
            and doc.sentences[t.sentence].paragraph == para
            and (t.date_to - t.date_from).days <= 10
            and (doc.published is None or t.date_to <= doc.published)
        ]
        if not prior:
            continue
        have.add(kind)
        label = _label(doc, kind, list(m.actors), None, "", own=False)
        out.append(
            _dated_by(
                doc,
                ids(f"{kind}_{prior[-1].date_from.isoformat()}"),
                kind,
                label,
                list(m.actors),
                prior[-1],
                si,
                topics,
            )
        )
    return out


def _dated_by(
    doc: Doc, event_id, kind, label, actors, anchor: Timex, si, topics
) -> Event:
    """An act with no date of its own, dated by the last date of its paragraph,
    or by the report's date when none is named before it."""
    note = (
        "No date of its own and none named before it: the report's day or the "
        "day before."
        if anchor.start == anchor.end
        else f"No date of its own; dated by '{anchor.text}' earlier in the paragraph."
    )
    return Event(
        event_id=event_id,
        kind=kind,
        label=label,
        date_from=anchor.date_from,
        date_to=anchor.date_to,
        precision=anchor.precision,
        status="occurred",
        topics=topics[si],
        actors=actors,
        note=note,
        evidence=[doc.sentence_evidence(si)],
        reviewed=False,
    )


_PERSONAL = ("call", "meeting", "visit", "tour", "invitation", "announcement")


_ONE_DAY_KINDS = ("expiry", "inauguration", "election")


def restated(events: list[Event]) -> list[Event]:
    """An event of the same kind on the same days, named again later in the
    article ("el gabinete binacional se realizaría entre marzo y abril"), is the
    same event: one record, with the evidence of each mention."""
    out: list[Event] = []
    for e in events:
        k = next(
            (
                i
                for i, o in enumerate(out)
                if o.kind == e.kind
                and o.date_from == e.date_from
                and o.date_to == e.date_to
                and o.date_from is not None
                and e.kind != "other"
                # two calls or meetings on one day are one only among the same people
                and (
                    e.kind not in _PERSONAL
                    or set(o.actors) == set(e.actors)
                    # "Visita de Kast", then "Visita de Kast a Perú": one visit told
                    # twice, the second time with where
                    or e.kind == "visit"
                    and set(o.actors) & set(e.actors)
                    and (o.label.startswith(e.label) or e.label.startswith(o.label))
                    # "dijo el martes…", then "…, dijo Jerí": one day's words
                    # of one speaker
                    or e.kind == "announcement"
                    and o.label == e.label
                    # "convocó a un Consejo de Ministros extraordinario", then his
                    # post: "Se está convocando a Consejo de Ministros…"
                    or e.kind == "meeting"
                    and o.label == e.label
                    and bool(set(o.actors) & set(e.actors))
                )
            ),
            None,
        )
        if k is None:
            out.append(e)
            continue
        same = out[k]
        if all(ev.start != e.evidence[0].start for ev in same.evidence):
            out[k] = same.model_copy(
                update={
                    "evidence": [*same.evidence, e.evidence[0]],
                    "actors": list(dict.fromkeys(same.actors + e.actors)),
                    "label": (
                        max(same.label, e.label, key=len)
                        if e.kind == "visit"
                        else same.label
                    ),
                }
            )
    # "se extenderá hasta el 28 de marzo … la emergencia concluirá a fines de
    # marzo": a loose end that holds an exact one of the same kind restates it
    # so does "takes office in March" beside "is sworn in on 11 March"
    # "…su visita a Lima el miércoles, días después de…": an untyped "Visita en
    # Lima" over days of its sentence that hold the typed "Visita de Kast a Lima"
    # is that event, told loosely
    typed = [e for e in out if e.kind != "other" and e.date_from]
    out = [
        e
        for e in out
        if not (
            e.kind == "other"
            and e.date_from
            and e.date_to
            and any(
                o.evidence[0].start == e.evidence[0].start
                and e.date_from <= o.date_from <= e.date_to
                and o.label.split()[0].lower() == e.label.split()[0].lower()
                and o.label.split()[-1] == e.label.split()[-1]
                for o in typed
            )
        )
    ]
    exact = [
        e
        for e in out
        if e.kind in _ONE_DAY_KINDS and e.date_from and e.date_from == e.date_to
    ]
    more: dict[str, list] = {}  # the exact event's id -> the loose ones' evidence
    kept: list[Event] = []
    for e in out:
        day = next(
            (
                o
                for o in exact
                if e.kind == o.kind
                and e.date_from
                and e.date_to
                and e.date_from != e.date_to
                and e.date_from <= o.date_from <= e.date_to
            ),
            None,
        )
        if day is None:
            kept.append(e)
        else:
            more.setdefault(day.event_id, []).extend(e.evidence[:1])
    return [
        e.model_copy(update={"evidence": [*e.evidence, *more[e.event_id]]})
        if e.event_id in more
        else e
        for e in kept
    ]


# "desde 2015", "since the return to democracy in 1990"
_SINCE = re.compile(
    r"\b(?:since|desde)\s+(?:[^\W\d]+\s+){0,5}?(?:(?:el|the|in|en)\s+)?(?:ano\s+|year\s+)?$"
)


# A count worth a figure: "337,000 foreigners", "1,100 expulsions", "30%"
_COUNT = re.compile(
    r"\b\d{1,3}(?:[.,]\d{3})+\b|\b\d{3,}\b(?!\s*$)|\d\s*(?:%|por ciento|percent)"
)
# "el Tratado de 1929", "the 1929 Treaty": a year that names a document
_NAMED_YEAR = re.compile(
    r"\b(?:[Tt]ratado|[Tt]reaty|[Cc]onvenio|[Aa]cuerdo|[Ll]ey|[Aa]ct)\s+(?:de\s+|of\s+)?$"
)


def _whole_year(t: Timex) -> bool:
    return (
        t.resolved
        and t.date_from.month == 1
        and t.date_from.day == 1
        and t.date_to.month == 12
        and t.date_to.day == 31
        and t.date_from.year == t.date_to.year
    )


def _year_beside_a_day(doc: Doc, t: Timex, timexes: list[Timex]) -> bool:
    """The report's own year beside a narrower date of its sentence ("The trip,
    Kast's first abroad this year, …on Monday"): it counts, it dates nothing."""
    if not (
        _whole_year(t)
        and doc.published is not None
        and t.date_from.year == doc.published.year
    ):
        return False
    return any(
        o is not t
        and o.sentence == t.sentence
        and o.resolved
        and (o.date_to - o.date_from).days < 62
        for o in timexes
    )


_RELATIVE_TO_COME = re.compile(
    r"\b(?:que|which|that)\s+(?:\w+\s+)?(?:\w{3,}(?:ra|ran)|will\s+\w+)\s+"
    r"(?:\w+\s+){0,2}$"
)


def _year_of_what_is_to_come(doc: Doc, t: Timex) -> bool:
    """A whole year that dates only a relative clause of what is still to come
    ("le deseó éxito en la gestión que iniciará el próximo año"): the act of the
    sentence is not of that year, and the clause names no act of its own."""
    return _whole_year(t) and bool(
        _RELATIVE_TO_COME.search(doc.folded, max(0, t.start - 50), t.start)
    )


def _dates_a_figure(doc: Doc, t: Timex) -> bool:
    """A whole year or today that only dates a count or names a document ("some
    337,000 foreigners in 2023", "down 30% on last year", "En Chile viven hoy unos
    337.000 extranjeros", "el Tratado de 1929"): no event of its own."""
    now = re.fullmatch(
        r"(?:hoy|today|actualmente|currently|now|hoy en dia)", fold(t.text)
    )
    if not (_whole_year(t) or now):
        return False
    if _NAMED_YEAR.search(doc.text, max(0, t.start - 12), t.start):
        return True
    sent = doc.sentences[t.sentence]
    years = re.compile(r"\b(?:19|20)\d\d\b")
    text = years.sub("", doc.text[sent.start : sent.end])
    return bool(_COUNT.search(text))


def _since_year(doc: Doc, t: Timex) -> bool:
    """ "desde 2015", "since 1990": the start of a state of affairs, not an act."""
    return t.precision in ("year", "month") and bool(
        _SINCE.search(doc.folded, max(0, t.start - 50), t.start)
    )


# verbs whose day is the day of what they tell ("reported on Dec. 21 that Kast
# would travel", "según constataron medios el domingo")
_SPEECH_ONLY = re.compile(r"anunci|announc|inform|declar|comunic|report|constat")


_APPOSED_DISTANCE = re.compile(
    r",\s*(?:[a-z]+\s+)?(?:dia|dias|semana|semanas|day|days|week|weeks|horas|hours)\s+"
    r"(?:despues|antes|after|before|later|earlier)\s+(?:de|del|of)?[^,;.]*,"
)


_TAKING_OFFICE = re.compile(
    r"\b(?:asum\w*|investidura|toma de posesion|jur\w*|mando|sworn|swear\w*|"
    r"inaugura\w*|takes? office|took office|taking office|assum\w*|presidency|"
    r"presidencia|poder|power)\b"
)


def _inaugurated(doc: Doc, t: Timex) -> Found | None:
    """ "after Kast's March 11 inauguration", "la investidura de Kast el 11 de
    marzo": the one whose swearing-in the date names."""
    people = [
        f
        for f in doc.in_sentence(t.sentence)
        if doc.entries[f.entry_id].kind == "person"
    ]
    owner = next(
        (
            f
            for f in people
            if re.fullmatch(r"['’]s\s+", doc.text[f.end : t.start])
            and _INAUGURATION_NOUN.match(doc.folded, t.end)
        ),
        None,
    )
    if owner is not None:
        return owner
    of = _INAUGURATION_OF.search(doc.folded, max(0, t.start - 60), t.start)
    if of is not None:
        return next((f for f in people if f.start == of.end()), None)
    # "para cuando el líder chileno asuma el poder, el próximo 11 de marzo": the
    # subject of the taking of office the date follows
    sent = doc.sentences[t.sentence]
    verbs = list(
        _OFFICE_VERB.finditer(doc.folded, max(sent.start, t.start - 60), t.start)
    )
    if not verbs:
        return None
    v = verbs[-1]
    window = doc.folded[max(sent.start, v.start() - 40) : v.start()]
    named = [f for f in people if v.start() - 40 <= f.start and f.end <= v.start()]
    if named:
        return named[-1]
    country = country_in(window)
    fits = [f for f in people if doc.entries[f.entry_id].country == country]
    return fits[0] if country and len({f.entry_id for f in fits}) == 1 else None


_OFFICE_VERB = re.compile(
    r"\b(?:asum\w*|jure\w*|jura|juro|takes office|take office|is sworn in|"
    r"was sworn in|will be sworn in|be sworn in)\b"
)


_INAUGURATION_NOUN = re.compile(r"\s+(?:inauguration|swearing-in|investiture)\b")
_INAUGURATION_OF = re.compile(
    r"\b(?:investidura|toma de posesion|asuncion|juramentacion|inauguration|"
    r"swearing-in)\s+(?:de|del|of)\s+(?:[a-z]+\s+){0,3}?(?=[A-Za-z])"
)


def _ranked_in_year(doc: Doc, t: Timex) -> bool:
    """ "was Kast's first official engagement abroad this year", "su primer viaje
    del año": a rank within the year, not a day of it."""
    sent = doc.sentences[t.sentence]
    return (
        t.precision == "year"
        and not t.explicit_year  # "first filed in 2022": a date
        and bool(
            re.search(
                r"\b(?:first|primer[oa]?|last|ultim[oa]|only|unic[oa])\b[^,.;]{0,60}$",
                doc.folded[sent.start : t.start],
            )
        )
    )


def _statements(doc: Doc, spoken, topics, ids: Ids, claims, events) -> list[Event]:
    """ "Pérez Mackenna said on Thursday that Chile respects…": a statement made
    on a day the sentence dates, when the sentence tells no other dated act, is an
    event of that day, by the one who made it."""
    told = {doc.sentence_at(e.evidence[0].start) for e in events}
    out = []
    for t in spoken:
        sent = doc.sentences[t.sentence]
        speakers = [
            c.speaker
            for c in claims
            if any(sent.start <= ev.start < sent.end for ev in c.evidence)
            # the outlet's own reporter tells the news; their words are no event
            and c.speaker not in doc.__dict__.get("reporters", ())
        ]
        if (
            t.sentence in told
            or not t.resolved
            or not speakers
            # "said the security forces had responded immediately": no day of
            # the words
            or fold(t.text).lower() in IMMEDIATE_WORDS
            or (t.date_to - t.date_from).days > 6
            or doc.published is not None
            and t.date_from > doc.published
        ):
            continue
        told.add(t.sentence)
        who = speakers[0]
        label = _label(doc, "statement", [who], None, "", own=False)
        out.append(
            Event(
                event_id=ids(f"statement_{t.date_from.isoformat()}"),
                kind="announcement",
                label=label,
                date_from=t.date_from,
                date_to=t.date_to,
                precision=t.precision,
                status="occurred",
                topics=topics[t.sentence],
                actors=[who] if who in doc.entries else [],
                note=f"Read from '{t.text}': {t.note}; the day the words were said.",
                evidence=[doc.sentence_evidence(t.sentence)],
                reviewed=False,
            )
        )
    return out


def _dates_speech(doc: Doc, t: Timex, measures=()) -> bool:
    """ "El viernes, van Klaveren había afirmado que…", "On Monday, X said…": the
    date is the day of the words, not of an event, when a verb of saying follows
    it in its clause with no event word or measure between."""
    sent = doc.sentences[t.sentence]
    # words that announce a measure ("said on Tuesday that both governments would
    # coordinate patrols") are an announcement, dated
    if any(sent.start <= ev.start < sent.end for m in measures for ev in m.evidence):
        return False
    return _day_of_words(doc, t) is not None


def _claimed_by(doc: Doc, si: int, claims) -> str | None:
    """The person whose words the sentence reports, as the claims read them."""
    sent = doc.sentences[si]
    return next(
        (
            c.speaker
            for c in claims
            if c.speaker in doc.entries
            and doc.entries[c.speaker].kind == "person"
            and any(sent.start <= ev.start < sent.end for ev in c.evidence)
        ),
        None,
    )


def _announced_only(doc: Doc, t: Timex, measures) -> re.Match | None:
    """The date is the day of words that announce a measure still to come ("On
    Friday, Peru's interim president wrote on X that he planned to declare a
    state of emergency"): what happened that day is the announcement."""
    sent = doc.sentences[t.sentence]
    told = [
        m
        for m in measures
        if any(sent.start <= ev.start < sent.end for ev in m.evidence)
    ]
    if not told:
        # with no measure in the sentence, its day of words is already a
        # statement's (`_dates_speech`)
        return None
    said = _day_of_words(doc, t)
    if said is None:
        return None
    if all(m.status in ("announced", "proposed", "scenario") for m in told):
        return said
    # "had warned earlier this week that a state of emergency would be declared":
    # what the words tell is still to come, whatever was done since
    if _TO_COME.search(doc.text, said.end(), sent.end):
        return said
    return None


_TO_COME = re.compile(
    r"\b(?:would|will|shall|going to|iba a|va a|van a|iban a)\b|\b\w{3,}(?:rá|rán|ría|rían)\b"
)


def _day_of_words(doc: Doc, t: Timex) -> re.Match | None:
    """The verb of saying next to the date, in its clause, whose day it is."""
    sent = doc.sentences[t.sentence]
    # "said on Tuesday (that)…", "dijo el martes que…": the day of the words
    just_before = lex_().report_before.search(
        doc.folded, max(sent.start, t.start - 60), t.start
    )
    if (
        just_before
        and not _SPEECH_ONLY.search(just_before.group(0))
        # "sostuvo hoy un encuentro con Kast": a meeting held, not words said
        and not HELD_MEETING.match(doc.folded, t.end)
        and re.fullmatch(
            # "told the state newspaper El Peruano on Tuesday": a listener between
            r"\s*(?:(?:the|a|an|al|a la|a los)\s+[\w' -]{1,40}?\s+"
            # "told reporters on Tuesday", "dijo a periodistas el martes"
            r"|(?:a\s+)?(?:reporters|journalists|periodistas|supporters|simpatizantes)\s+)?"
            # "had warned earlier this week that"
            r"(?:(?:earlier|later|previously|already|ya)\s+)?"
            r"(?:(?:on|este|esta|el|la|this)\s+)?",
            doc.folded[just_before.end() : t.start],
        )
    ):
        return just_before
    if t.start - sent.start > 20:  # the date opens the sentence: "Este domingo, …"
        return None
    cue = lex_().report_before.search(doc.folded, t.end, min(sent.end, t.end + 90))
    if cue is None or _SPEECH_ONLY.search(cue.group(0)):
        return None
    if re.search(r"(?:ing|ando|iendo)$", cue.group(0)):
        return None  # "… at the border, warning them": a gerund hangs on another verb
    # "Ya el jueves pasado, un día después de la investidura de Kast, Aramayo había
    # sostenido que…": an apposed distance dates its own clause, not the words
    between = _APPOSED_DISTANCE.sub(",", doc.folded[t.end : cue.start()])
    if re.search(r"\b(?:que|that|y|and|pero|but)\b|[;:]", between):
        return None
    if lex_().event_types.search(between) or _event_nouns().search(between):
        return None
    # no other finite verb between: "Last week he recorded a video, warning…"
    if re.search(r"\w{3,}(?:ed|ó|aron|ieron)\b", doc.text[t.end : cue.start()].lower()):
        return None
    return cue


def _extended_on(doc: Doc, t: Timex, measures) -> bool:
    """ "On January 24, the government extended the measure for another 60 days":
    the day is the emergency's renewal, the nearest emergency of its sentence."""
    if re.search(r"\b(?:since|desde)\b[^,;.]{0,12}$", doc.folded[: t.start]):
        return False  # "the state of emergency … in force since late November"
    if re.search(
        r"\b(?:original|inicial|initial|first|primera|primer)\b[^.;]{0,40}$",
        doc.folded[: t.start],
    ):
        return False  # "la declaratoria original, aprobada a fines de noviembre"
    extension = _extension_spec()["label"]

    def distance(ev) -> tuple[bool, bool, int]:
        # "kept a state of emergency since November 29 and extended it": the
        # date's own clause first, then the nearer
        lo, hi = (ev.end, t.start) if ev.end <= t.start else (t.end, ev.start)
        joined = re.search(r"\b(?:and|y|e|but|pero)\b|;", doc.folded[lo:hi])
        # a date follows its verb ("declared in Tacna in late November was
        # extended in January")
        return joined is not None, ev.end > t.start, max(hi - lo, 0)

    near = [
        (min(distance(ev) for ev in m.evidence), m.label == extension)
        for m in measures
        if m.kind == "state_of_emergency"
        and m.status == "implemented"
        and any(doc.sentence_at(ev.start) == t.sentence for ev in m.evidence)
    ]
    return bool(near) and min(near)[1]


_COMPANIONS = {"emergency": "deployment", "deployment": "emergency"}
# "…, and invited him to hold", "y lo invitó a realizar", "e invitó a Kast":
# a second past act of the caller, joined to the call
_CALL_THEN_INVITED = re.compile(
    r"(?:,\s*|\s)(?:and|y|e)\s+(?:(?:also|then|tambien|luego)\s+)?"
    r"(?:(?:lo|le|la)\s+)?(?:invited|invito)\b"
)


# "su triunfo del 14 de diciembre", "su victoria en la segunda vuelta del domingo
# 14", "his December 14 victory", "Kast's 14 December run-off win": a date that
# belongs to a victory dates the election as well as the sentence's act
_VICTORY_BEFORE = re.compile(
    r"\b(?:triunfo|victoria)\s+(?:electoral\s+)?"
    r"(?:en\s+(?:la\s+segunda\s+vuelta|el\s+balotaje)\s+(?:electoral\s+)?)?"
    r"(?:del?|el)\s+$"
)
_VICTORY_AFTER = re.compile(r"\s*(?:run-?off\s+|election\s+)?(?:victory|win|triumph)\b")
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?:his|her|their)|['’]s)\s+$")


def _dates_a_victory(doc: Doc, t: Timex) -> bool:
    if _VICTORY_BEFORE.search(doc.folded, max(0, t.start - 70), t.start):
        return True
    return bool(
        _VICTORY_AFTER.match(doc.folded, t.end)
        and _POSSESSOR_BEFORE.search(doc.folded, max(0, t.start - 30), t.start)
    )


# "a binational cabinet once Kast is sworn in on March 11", "un gabinete binacional
# una vez que el chileno asuma el mando, el 11 de marzo": a cabinet dated only by
# the day after which it is to be held
_CABINET_THEN_ONCE = re.compile(
    r"\b(?:gabinete binacional|binational cabinet|joint cabinet)"
    r"(?:\s+(?:meeting|peru-chile|peru\s*[-\u2013]\s*chile))?"
    r"(?:\s+[a-z]+){0,3}?,?\s+(?:once|after|when|una vez que|apenas|cuando|"
    r"tras|despues de que|luego de que)\s"
)


def _cabinet_after(doc: Doc, t: Timex, timexes) -> tuple | None:
    """The days of a cabinet to be held once someone takes office on `t`'s
    day: from that day to the end of its year, with no other date between."""
    if not (t.resolved and t.date_from == t.date_to and doc.published):
        return None
    if t.date_from <= doc.published:
        return None
    sent = doc.sentences[t.sentence]
    last = None
    for m in _CABINET_THEN_ONCE.finditer(doc.folded, sent.start, t.start):
        last = m
    if last is None or any(
        o is not t and o.resolved and last.start() < o.start < t.start for o in timexes
    ):
        return None
    return t.date_from, dt.date(t.date_from.year, 12, 31)


def _companion_kinds(doc: Doc, t: Timex, kind: str, measures) -> list[str]:
    """The other kind of an emergency dated with its troops: a deployment (or
    an emergency) the same sentence tells as done, in the same clause as the date;
    the invitation a call is told with ("phoned Kast on Sunday and invited
    him to a binational cabinet"); and the election a date of victory names
    ("la llamada con la que lo felicitó por su triunfo del 14 de diciembre")."""
    won = ["election"] if kind != "election" and _dates_a_victory(doc, t) else []
    if kind == "call":
        sent = doc.sentences[t.sentence]
        return won + (
            ["invitation"]
            if _CALL_THEN_INVITED.search(doc.folded, t.end, sent.end)
            or _CALL_THEN_INVITED.search(doc.folded, sent.start, t.start)
            else []
        )
    if won:
        return won
    other = _COMPANIONS.get(kind)
    if other is None:
        return []
    lex = load_lexicon()
    sent = doc.sentences[t.sentence]

    def spans(k: str) -> list:
        return [
            ev
            for m in measures
            if lex["measure_event_kinds"].get(m.kind) == k and m.status == "implemented"
            for ev in m.evidence
            if sent.start <= ev.start < sent.end
        ]

    # the two acts joined as one subject's: "declared … and sent troops"
    for a in spans(kind):
        for b in spans(other):
            lo, hi = sorted((a.end, b.end))
            if lo < hi and _JOINED_ACT.match(doc.folded, lo, hi):
                return [other]
    return []


_JOINED_ACT = re.compile(
    r"[^;:.]{0,80}?\s(?:and|y|e)\s+(?:(?:also|tambien|then)\s+)?\w+(?:\s+\w+){0,4}$"
)


_AGREED_END = re.compile(r"\b(?:acordaron|acordo|pactaron|agreed|agreed on)\s*$")


def _kind_of(doc: Doc, key: str, t: Timex, measures) -> str:
    """The event's kind: a measure dated in the same sentence names it ("declaró
    el viernes el estado de emergencia"), else the cue nearest the date."""
    lex = load_lexicon()
    near = [
        m
        for m in measures
        if m.kind in lex["measure_event_kinds"]
        and (
            m.status in ("implemented", "agreed")
            # "otros 50 soldados se sumarán a inicios de diciembre": a date to
            # come names the act announced for it
            or (
                m.status == "announced"
                and doc.published is not None
                and t.date_from is not None
                and t.date_from > doc.published
            )
        )
        and any(doc.sentence_at(ev.start) == t.sentence for ev in m.evidence)
        # "the binational cabinet we have talked about, along with other joint
        # steps the two sides would announce later in the day": what is announced
        # follows the verb, or stands just before it
        and (
            key != "announcement"
            or any(ev.start > t.start or t.start - ev.end <= 60 for ev in m.evidence)
        )
    ]
    if near and key in ("dated", "decree", "deployment", "agreement", "announcement"):
        best = min(
            near,
            key=lambda m: min(abs(ev.start - t.start) for ev in m.evidence),
        )
        if best.status == "agreed" and any(
            ev.start < t.start
            and (
                t.end <= ev.end
                # "el gabinete que Kast y Jerí acordaron en Lima en enero"
                or 0 <= t.start - ev.end <= 12
                and _AGREED_END.search(doc.folded, ev.start, ev.end)
            )
            for ev in best.evidence
        ):
            # "acordaron el viernes crear un comité": the day of the agreeing
            return "agreement"
        kind = lex["measure_event_kinds"][best.kind]
        if kind != "agreement" or best.status == "agreed" or best.is_bilateral:
            return kind
        # "Chile launched the Border Shield plan on Thursday": one side's act of a
        # kind two sides usually agree is no agreement; its own words name it
        return "other" if key == "agreement" else lex["event_kinds"].get(key, "other")
    if key == "decree" and _ASKED_FOR.search(
        doc.folded, doc.sentences[t.sentence].start, doc.sentences[t.sentence].end
    ):
        # "un oficio … para pedir la emergencia": what is asked for is not declared
        return "other"
    prev = doc.sentences[max(0, t.sentence - 1)].start
    if key == "decree" and not re.search(
        r"emergenc|excepcion|exception|declaratoria",
        doc.folded[prev : doc.sentences[t.sentence].end],
    ):
        # "un día después de que Kast firmara sus primeros seis decretos": decrees
        # of no emergency, in their sentence or the one before, are other acts
        return "other"
    return lex["event_kinds"].get(key, "other")


# "Pocas horas después de que Kast ganara …, el mandatario lo llamó": a clause
# of time before the main one, whose subject does not do the main act
_LEADING_TIME_CLAUSE = re.compile(
    r"\b(?:(?:despues|antes|luego) de que|after|before|once|when|cuando|tras que|"
    # "Tras el triunfo de Kast el domingo 14, …": a phrase of time
    r"tras(?=\s+(?:el|la|su)\s))\s"
    r"[^,;]*"
)
# "el mandatario peruano lo llamó para felicitarlo y lo invitó": the title's
# second verb
_TITLE_THEN_AND = re.compile(
    r"\b(?:el|la|the)\s+(?:[a-z]+\s+)?(?:mandatari[oa]|president[ea]?(?:-elect| electo)?|"
    r"canciller|minister|ministr[oa]|lider|leader|jefe del? estado|head of state)"
    r"(?:\s+[a-z]+){0,2}?\s+(?:lo\s+|la\s+|le\s+)?[a-z]+\s+[^,;.]{0,60}?\s*,?\s+"
    r"(?:y|e|and)\s+(?:(?:lo|la|le|him|her|also|tambien)\s+)*$"
)
_TITLED_KINDS = ("call", "invitation", "visit", "announcement")
_DEMONYM_SUBJECT = re.compile(
    r"\b(?:(?:el|the)\s+(?P<who>chileno|peruano|chilean|peruvian)|(?P<this>este))\s+$"
)
_TITLE_JUST_BEFORE = re.compile(
    r"\b(?:el|la|the)\s+(?:[a-z]+\s+)?(?:mandatari[oa]|president[ea]?(?:-elect| electo)?|"
    r"canciller|foreign minister|minister|ministr[oa]|lider|leader|jefe del? estado|"
    r"head of state|jefe de la diplomacia)(?:\s+[a-z]+){0,2}?\s+(?:(?:lo|la|le|les|ya|"
    r"tambien|also|then|later)\s+)*$"
)


def _titled_subject(doc: Doc, si: int):
    """ "apenas el chileno asuma el mando", "una vez que este asuma el cargo": the
    one who takes office, the person named last of that country, or named last."""
    kinds = load_lexicon()["event_kinds"]
    for c, _, key in _sentence_cues(doc, si):
        if kinds.get(key, key) != "inauguration":
            continue
        m = _DEMONYM_SUBJECT.search(doc.folded, max(0, c - 30), c)
        if m is None:
            continue
        country = country_in(m.group("who") or "")
        return next(
            (
                f
                for f in reversed(doc.found)
                if f.end <= m.start()
                and doc.entries[f.entry_id].kind == "person"
                and (country is None or doc.entries[f.entry_id].country == country)
            ),
            None,
        )
    return None


def _doers(doc: Doc, si: int, found, kind: str) -> set[str]:
    """The people of a sentence who may do its act of this kind: not those named
    only inside a clause of time ("después de que Kast ganara, …"), unless the
    clause tells that act ("once Kast is sworn in")."""
    sent = doc.sentences[si]
    kinds = load_lexicon()["event_kinds"]
    cues = [c[0] for c in _sentence_cues(doc, si) if kinds.get(c[2], c[2]) == kind]
    if kind == "inauguration" and _SUCCESSOR.search(doc.folded, sent.start, sent.end):
        # "Balcázar gobernará hasta el 28 de julio, cuando asuma el ganador de las
        # elecciones": the one who takes office is unnamed
        return set()
    if kind == "visit":
        # "Jerí recibirá al presidente electo de Chile", "Jeri will host Kast": the
        # one received is the visitor, not the host
        guests = [
            g
            for h in _HOSTS.finditer(doc.folded, sent.start, sent.end)
            if (g := _guest(doc, h, found)) is not None
        ]
        if guests:
            return {guests[0].entry_id}
    if kind in _PERSONAL_KINDS or kind == "visit":
        # "Kast's swearing-in", "la investidura de Kast": the person the act is
        # of; "De Zela said Kast would arrive": the one just before the verb
        owner = {
            f.entry_id
            for f in found
            if doc.entries[f.entry_id].kind == "person"
            and any(
                _OWNER_BEFORE.fullmatch(doc.folded, f.end, c)
                or _OWNER_AFTER.fullmatch(doc.folded, c, f.start)
                or (
                    # "once Kast is sworn in", "una vez que Kast asuma el cargo"
                    kind in ("visit", "inauguration")
                    and _SUBJECT_JUST_BEFORE.fullmatch(doc.folded, f.end, c)
                )
                # "José Antonio Kast, que asumirá la presidencia": the one the
                # relative clause hangs on
                or _WHO_THEN.fullmatch(doc.folded, f.end, c)
                for c in cues
            )
        }
        if owner:
            return owner
    if kind == "inauguration":
        titled = _titled_subject(doc, si)
        if titled is not None:
            return {titled.entry_id}
    if kind in _TITLED_KINDS:
        # "el mandatario peruano lo llamó", "the president-elect visited Lima":
        # the person the title just before the verb stands for
        for c in cues:
            if _TITLE_JUST_BEFORE.search(
                doc.folded, max(sent.start, c - 45), c
            ) or _TITLE_THEN_AND.search(doc.folded, max(sent.start, c - 120), c):
                person = _titled(doc, Span(c, c + 1))
                if person is not None:
                    return {person.entry_id}
    if kind in ("call", "invitation") and cues:
        # "…, que Jerí le había propuesto celebrar … cuando lo llamó": who calls
        # is the person named last before the verb, not its object
        callers = [
            f
            for f in found
            if doc.entries[f.entry_id].kind == "person"
            and not f.derived  # "felicitarlo": the clitic stands for the object
            and sent.start <= f.start
            and f.end <= cues[0]
            and not _OBJECT_MARK.search(
                doc.folded, max(sent.start, f.start - 80), f.start
            )
            and not _COMPANY_JUST_BEFORE.search(
                doc.folded, max(sent.start, f.start - 70), f.start
            )
        ]
        if callers and _CLITIC_OBJECT.search(
            doc.folded, max(sent.start, cues[0] - 5), cues[0]
        ):
            return {callers[-1].entry_id}
    clauses = [
        m.span()
        for m in _LEADING_TIME_CLAUSE.finditer(doc.folded, sent.start, sent.end)
        if not any(m.start() <= c < m.end() for c in cues)
    ]
    out = [
        f
        for f in found
        if not any(a <= f.start < b for a, b in clauses)
        # "derrotó a la izquierdista Jeannette Jara … y asumirá el mando": the
        # object of another verb does not take office
        and not (
            kind in _PERSONAL_KINDS
            and _OBJECT_BEFORE.search(
                doc.folded, max(sent.start, f.start - 30), f.start
            )
        )
    ]
    # "el futuro canciller de Kast, Francisco Pérez Mackenna, reaccionó": the
    # one a title or body is of does not act, while another may
    owned = [
        f
        for f in out
        if doc.entries[f.entry_id].kind == "person"
        and (
            _OF_BEFORE.search(doc.folded, max(sent.start, f.start - 6), f.start)
            or _OWNER_BEFORE.match(doc.folded, f.end)
        )
    ]
    # "With his foreign minister, Hugo de Zela, at his side, Mr Jerí invited…":
    # the company a subject keeps does not do the act
    owned += [
        f
        for f in out
        if f not in owned
        and _COMPANY_JUST_BEFORE.search(
            doc.folded, max(sent.start, f.start - 70), f.start
        )
    ]
    # "fue recibido … por el presidente interino José Jerí": the host receives
    # the visit, he does not make it
    hosts = (
        {
            f.entry_id
            for f in out
            if _HOST_BEFORE.search(doc.folded, max(sent.start, f.start - 130), f.start)
        }
        if kind == "visit"
        else set()
    )
    if hosts:
        return {f.entry_id for f in out if f not in owned and f.entry_id not in hosts}
    rest = {f.entry_id for f in out if f not in owned}
    if any(doc.entries[a].kind == "person" for a in rest):
        return rest
    return {f.entry_id for f in out}


_OF_BEFORE = re.compile(r"\b(?:de|del|of)\s+$")
_SUCCESSOR = re.compile(
    r"\b(?:asuma|asumira|take office|takes office|is sworn in)\s+"
    r"(?:el|la|the)\s+(?:ganador|ganadora|winner|nuevo|nueva|new|proximo|next|sucesor|"
    r"successor)\b"
)
_HOST_BEFORE = re.compile(
    r"\b(?:recibid[oa]s?|received|welcomed|hosted|acogid[oa])\b[^.;]{0,80}?"
    r"\b(?:por|by)\s+(?:[^,.;]{0,80}?\s+)?$"
)
# "llamó a Kast", "su triunfo sobre Jeannette Jara", "telefoneó al ganador de la
# segunda vuelta en Chile, José Antonio Kast,": a complement, not who calls
_OBJECT_MARK = re.compile(
    r"\b(?:a|al|to|sobre|con|de|del|para|por|contra|ante|with|over|against|for|of|by)"
    r"\s+(?:(?:el|la|los|las|the)\s+)?$"
    r"|\b(?:a|al|to)\s+(?:(?:la|el|the)\s+)?[^,;.]{1,60},\s*$"
)
# "lo llamó", "la invitó": the object a clitic stands for is not who calls
_CLITIC_OBJECT = re.compile(r"\b(?:lo|la|le|los|les)\s+$")
_COMPANY_JUST_BEFORE = re.compile(
    r"\b(?:with|alongside|junto a|junto al|acompanad[oa] (?:de|por))\s+"
    r"(?:(?:his|her|their|su|sus)\s+)?[^,;.]{0,40},\s*$"
)


# a person named as the object of a verb or a preposition: "derrotó a la
# izquierdista Jara", "beat leftist Jeannette Jara", "frente a Jara"
_OBJECT_BEFORE = re.compile(
    r"\b(?:a|al|ante|contra|sobre|frente a|against|over|beat|beating|defeated|"
    r"defeating|derroto|vencio|derrotando|venciendo)\s+(?:(?:la|el|the|su|his|"
    r"her)\s+)?(?:[a-z]+(?:ista|ist|ic|al|ado|ada)\s+)?$"
)
_PERSONAL_KINDS = ("inauguration", "tour")
# a host's verb, whose object is the visitor: "recibió en Palacio al presidente
# electo", "salió a recibir personalmente a Kast", "will host Kast"
_HOSTS = re.compile(
    r"\b(?:recib(?:e|en|io|ieron|ira|iran|ir|iria)|hosts?|hosted|hosting|"
    r"will receive|welcomed?)\b"
)
_WHO_THEN = re.compile(r",\s*(?:que|quien|who)\s+(?:\w+\s+){0,1}")
_SUBJECT_JUST_BEFORE = re.compile(r"\s+(?:[a-z]+\s+){0,2}")
_OWNER_BEFORE = re.compile(r"['’]s\s+")
_OWNER_AFTER = re.compile(r"[a-z-]+(?:\s+[a-z]+)?\s+(?:de|of)\s+(?:(?:el|the)\s+)?")


def _as_written(doc: Doc, place: str | None) -> str | None:
    """The place as the article writes it ("Palacio de Gobierno", not its
    English name)."""
    if not place:
        return None
    written = next(
        (
            f.surface
            for f in doc.found
            if f.entry_id == place and not f.derived and not f.surface.isupper()
        ),
        doc.entries[place].name,
    )
    if written[:1].islower():
        # "shared border", "frontera común": a common noun takes its article
        if doc.article.language == "es":
            first = written.split()[0]
            feminine = first.endswith(("a", "ión", "dad", "ud"))
            return ("la " if feminine else "el ") + written
        return "the " + written
    return written


_TIME_ONLY = re.compile(
    r"(?:(?:the|la|el|esta|este|that|this)\s+)?(?:midnight|medianoche|noon|mediodia|"
    r"morning|evening|night|afternoon|manana|tarde|noche|madrugada|today|hoy|"
    r"yesterday|ayer|dawn|daybreak|weekend|fin de semana|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo)"
)


_MEETING_NOUN = re.compile(r"reunion|encuentro|cita|meeting|talks|conversacion")
# "Peru's interim president", "El alcalde de Arica", "Former presidents Rodríguez
# Veltzé": an office and its holder, the one who acts, not what happened
_SOMEONE = re.compile(
    r"(?:(?:el|la|los|las|the|former|ex|[a-z]+['’]s|su|sus|his|her)\s+)*"
    r"(?:[a-z-]+\s+)?(?:ex)?(?:vice)?(?:presidents?|presidentes?|presidentas?|"
    r"president-elect|presidente electo|ministers?|ministr[oa]s?|cancilleres|canciller|"
    r"mandatari[oa]s?|alcaldes?|alcaldesa|mayors?|gobernador(?:es|a)?|governors?|"
    r"jef[ea]s?|head|subsecretari[oa]|undersecretary|senador(?:es|a)?|senators?|"
    r"diputad[oa]s?|director(?:es|a)?)\b"
)


def _only_someone(label: str, language: str) -> bool:
    folded = fold(label).lower()
    return (
        _SOMEONE.match(folded) is not None
        and not _has_verb(label, language)
        and lex_().event_types.search(folded) is None
        and _MEETING_NOUN.search(folded) is None
    )


_HOW_MANY = re.compile(
    r"(?:(?:alrededor de|cerca de|unos|unas|mas de|menos de|about|around|some|"
    r"nearly|more than|fewer than|over)\b|\d)"
)


def _label(
    doc: Doc,
    kind: str,
    actors: list[str],
    place: str | None,
    fallback: str,
    own: bool = True,
    doers: set[str] | None = None,
    context: str = "",
) -> str:
    """A short noun phrase in the article's language: the kind's template filled
    with who and where; the article's own words only for events of no known kind,
    with a leading pronoun replaced by the person it stands for. `own=False`: the
    words are another act's, so a known kind always takes its template."""
    fallback = _name_pronoun(doc, fallback, actors)
    templates = load_lexicon()["event_kind_labels"][doc.article.language].get(kind)
    if not templates and _clipped(fallback, doc.article.language):
        # "Sesionará en Tacna", "Escribió Jerí en la red social X": a verb with its
        # subject left out gets it back, the one person who may have done it
        fallback = _with_subject(doc, fallback, actors, doers)
    if not templates and (
        _fragment(fallback, doc.article.language)
        or _clipped(fallback, doc.article.language)
        # "El corredor humanitario que Kast propuso para el retorno": a noun and
        # its relative clause, not what happened
        or re.search(r"\s(?:que|which|who|quien)\s", fallback) is not None
        or _only_someone(fallback, doc.article.language)
    ):
        # "Less than", "Cuya primera sesión está", "La cita fue": the noun of what
        # its verb tells, with who and where, or a plain "Other event"
        return _nominal(doc, fallback, actors, place, doers, context)
    if not templates or (
        own
        and not (
            _clipped(fallback, doc.article.language)
            or _has_verb(fallback, doc.article.language)
            or _fragment(fallback, doc.article.language)
            or _names_another_kind(fallback, kind)
            # "Visita": one word says less than "Visita de Kast a Lima"; "Visita
            # en Chacalluta", "Visit in Lima": the noun and a place, not who
            # went where
            or (
                (
                    len(fallback.split()) == 1
                    or re.match(r"\w+\s+(?:en|in)\s", fallback) is not None
                )
                and kind in ("visit", "call", "invitation", "inauguration")
            )
            # "El presidente interino de Perú, Jerí" for Kast's swearing-in: words
            # that say nothing of taking office
            or kind == "inauguration"
            and not _TAKING_OFFICE.search(fold(fallback).lower())
            # "Midnight", "La madrugada": a time says nothing of what happened
            or _TIME_ONLY.fullmatch(fold(fallback).lower()) is not None
            # "Alrededor de cincuenta efectivos", "About 100 soldiers": how
            # many, not what they did
            or _HOW_MANY.match(fold(fallback).lower()) is not None
            or _only_someone(fallback, doc.article.language)
            # "El decreto supremo" says less than "Estado de emergencia en Tacna"
            or kind == "emergency"
            and re.fullmatch(
                r"(?:(?:el|the|a|un)\s+)?(?:decreto|decree)(?:\s+supremo)?",
                fold(fallback).lower(),
            )
            is not None
            # "Comunicado" for the meeting a statement announces: the statement's
            # noun, not what will happen
            or kind in ("meeting", "visit")
            and _STATEMENT_NOUN.fullmatch(fold(fallback).lower()) is not None
            # "El gabinete binacional que Kast": a relative clause cut short
            or re.search(r"\s(?:que|which|who|quien|cuyo|cuya)(?:\s|$)", fallback)
            is not None
            # "Handover or face expulsion": a noun, then another clause
            or re.search(r"\s(?:or|o)\s+[a-z]+(?:\s|$)", fallback) is not None
            and kind in _PERSONAL + ("inauguration",)
        )
    ):
        two = list(dict.fromkeys(a for a in actors if doc.entries[a].kind == "person"))
        if (
            kind == "meeting"
            and len(two) == 2
            and _MEETING_NOUN.fullmatch(fold(fallback).lower()) is not None
        ):
            # "Encuentro": a meeting of two people is told by the two
            return _of_two(doc, fallback, two)
        return fallback
    people = [
        a
        for a in actors
        if doc.entries[a].kind == "person" and (doers is None or a in doers)
    ]
    if kind == "visit" and place in doc.entries and doc.entries[place].country:
        # "Kast's visit to Lima", never "Jerí's": one visits a country not one's
        # own, whoever receives the visitor there
        abroad = [
            a for a in people if doc.entries[a].country != doc.entries[place].country
        ]
        people = abroad or people
    who = short_name(doc.entries[people[0]]) if people else None
    if who and doc.article.language == "es":
        # a surname alone takes its particle's capital: "Visita de De Zela"
        who = who[:1].upper() + who[1:]
    where = _as_written(doc, place)
    if (
        where
        and people
        and place in doc.entries
        and doc.entries[place].kind == "country"
        and doc.entries[place].country == doc.entries[people[0]].country
    ):
        where = None  # "Kast's visit to Chile": no one visits their own country
    two = None
    if kind == "meeting":
        # "Reunión de De Zela y Kast en Santiago": a meeting is told by the two
        # who met; one person of its sentence may only have been spoken of
        met = list(dict.fromkeys(people))
        two = _two_names(doc, met) if len(met) == 2 else None
    for tpl in templates:
        if (
            ("{who}" in tpl and not who)
            or ("{where}" in tpl and not where)
            or ("{two}" in tpl and not two)
        ):
            continue
        label = tpl.format(who=who, where=where, two=two)
        # "Visita a el paso Chacalluta": the article's contraction
        label = label.replace(" a el ", " al ").replace(" de el ", " del ")
        return label[:1].upper() + label[1:]
    return templates[-1]


def _two_names(doc: Doc, people: list[str]) -> str:
    names = [short_name(doc.entries[a]) for a in people]
    names = [n[:1].upper() + n[1:] for n in names]
    return f" {'y' if doc.article.language == 'es' else 'and'} ".join(names)


def _of_two(doc: Doc, noun: str, people: list[str]) -> str:
    if doc.article.language == "es":
        return f"{noun} de {_two_names(doc, people)}"
    return f"{noun} of {_two_names(doc, people)}"


_STATEMENT_NOUN = re.compile(
    r"(?:(?:el|la|los|las|un|una|the|a|an)\s+)?(?:comunicado|declaraciones?|anuncio|"
    r"statement|announcement|communique)(?:\s+oficial)?"
)


def _names_another_kind(label: str, kind: str) -> bool:
    """ "Presidential run-off" for a phone call made the day of it: the words
    name an event of another kind, so the kind's own label is used."""
    if kind not in ("call", "invitation", "visit", "inauguration"):
        # an agreement labelled by the meeting that reached it ("Primera reunión
        # del comité") is better told by its setting
        return False
    kinds = load_lexicon()["event_kinds"]
    found = lex_().event_types.finditer(fold(label).lower())
    named = {kinds.get(m.lastgroup) for m in found}
    return bool(named) and kind not in named


# Words a label cannot start or end on, and speech inside it: a clipped clause
_FRAGMENT_START = re.compile(
    r"^(?:cuy[oa]s?|que|quien(?:es)?|which|who|whose|with|toward|towards|hacia|but|pero|yet|"
    # a clause of time: "When Kast takes office as Chile's president"
    r"when|once|until|cuando|hasta que|"
    # a quotation's first person: "I cannot allow irregular migrants"
    r"i|we|yo|nosotros|"
    r"segun|according|less|more|than|barely|apenas|through|a traves|mientras|while|"
    # a fronted adjunct: "ante la llegada de migrantes", "amid the arrivals"
    r"ante|amid|"
    # "Como la ocurrida en la frontera": a comparison, not what happened
    r"como|such as|like|"
    r"although|aunque|his|her|its|their|su|sus|decenas|dozens|cientos|hundreds|"
    r"miles|thousands|mas de|more than|unos|unas|some|algunos|algunas|took|got|"
    r"made|came|went|left|set|se|lo|le|les|la\s+(?:ha|habia|han)|what|the most|"
    r"el mas|la mas|lo mas|inviting|proposing|in|en|on|at|to|a|al|de|del|for|por|"
    r"para|from|desde|after|before|tras|durante|during|by|con|ese|esa|este|esta|"
    r"antes de|despues de|luego de|"
    r"esos|esas|estos|estas|this|that|these|those|vigente|vigentes|"
    # "salvo el paréntesis de 1975 a 1978": an exception to what the clause says
    r"salvo|except|excepto)\b"
)
_FRAGMENT_END = re.compile(
    r"\b(?:fue|esta|es|era|son|fueron|estan|was|were|is|are|be|been|than|que|de|"
    r"del|a|al|the|to|with|para|por|y|and|or|segun|cuando|when|rather|more|less|la|"
    r"el|los|las|un|una|an|a|of|in|en|at|on|that|this|ha|han|has|have|had|se|su|"
    r"sus|his|her|its|their|would|will|could|puede|podria|podrian|pueden|deberia|"
    r"deberian|debe|deben|should|might|may|must|can|night|noche|morning|"
    r"evening|afternoon|tarde|manana|ends|termina|"
    # "Jerí's statement comes just": an adverb that needs what it measures
    r"just|only|nearly|almost|about|some|justo|solo|apenas|casi|unos|unas)$"
    # "Formerly the head of Peru's Congress, he succeeded": a pronoun and its
    # verb, the object cut away
    r"|(?:^|,\s*)(?:he|she|they|it|el|ella|ellos)\s+[a-z]+$"
)
_SPEECH_IN_LABEL = re.compile(
    r"\b(?:said|says|told|tells|warned|wrote|informo|informa|dijo|dice|anuncio|"
    r"ha informado|habia dicho|relato|advirtio|advirtiera|escribio|explico|"
    r"senalo|afirmo|according to|segun|described|had described|describio)\b"
)


def _reports_that(text: str, lang: str) -> bool:
    """A verb of saying the lexicon knows, then "that"/"que", in `text`."""
    said = lex_().report_lemmas[lang]
    return any(
        fold(lemma_of(m.group(1), lang)) in said
        for m in re.finditer(r"\b([^\W\d_]+)\s+(?:that|que)\b", text.lower())
    )


_TITLE_THEN_NAME = re.compile(
    r"\b(?:el|la|the)\s+[a-záéíóúñ][^,.;]{2,60},\s+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){1,3}),\s+"
    r"(?P<rest>[a-záéíóúñ][^,.;]{3,50}?)(?=[,.;]|$)"
)
_NAME_APPOSED = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3},\s+"
    r"[^,]+$"
)


def _fragment(label: str, language: str) -> bool:
    """A label that does not say what happened: it opens on a relative, a
    preposition or a count of people, ends on a word that needs more, or
    reports speech."""
    folded = fold(label).lower().strip(" .,;:")
    words = folded.split()
    return (
        not words
        # "Balcázar, congresista de Perú Libre": a subject and its apposition,
        # cut before the verb
        or bool(_NAME_APPOSED.match(label.strip()))
        or bool(_FRAGMENT_START.match(folded))
        or bool(_FRAGMENT_END.search(folded))
        or bool(_SPEECH_IN_LABEL.search(folded))
        # "Jerí had suggested": a perfect with its object cut away
        or bool(_PERFECT_END.search(folded))
        # "The friction of could return": a preposition before a verb, the date
        # that stood between them taken out
        or bool(_PREPOSITION_THEN_VERB.search(folded))
    )


_PERFECT_END = re.compile(r"\b(?:had|has|have|habia|habian|ha|han)\s+[a-z]+$")
_PREPOSITION_THEN_VERB = re.compile(
    r"\b(?:of|de|del|in|en|on|at|to|from|desde)\s+(?:could|would|will|can|may|might|"
    r"should|must|podria|podrian|puede|pueden|debe|deben)\b"
)


_OWN_ACTS = {
    "es": (
        "Llegada",
        "Viaje",
        "Regreso",
        "Partida",
        "Asunción",
        "Juramento",
        "Victoria",
    ),
    "en": (
        "Arrival",
        "Trip",
        "Flight",
        "Return",
        "Departure",
        "Swearing-in",
        "Victory",
    ),
}


def _clause_end(doc: Doc, t: Timex) -> int:
    """The end of the clause a date introduces: its verb and object, to the
    next comma after them or the sentence's end."""
    end = doc.sentences[t.sentence].end
    m = re.search(
        r"\w{3,}(?:ara|iera|ase|aran|ieran|ed)\b[^,;.]*", doc.folded[t.end : end]
    )
    return t.end + m.end() if m else end


# A label led by a name and its verb: "Jara conceded and congratulated her rival"
_NAMED_CLAUSE = re.compile(
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}\s+[a-záéíóúñ]{3,}\s"
)


def _nominal(doc: Doc, label: str, actors, place, doers, context: str = "") -> str:
    """The noun of the first verb of the label that the lexicon names, else of
    the last one before the date in its sentence, with the event's place
    ("Llegada de Kast (Lima)"); else "Other event"."""
    lang = doc.article.language
    nouns = load_lexicon()["event_nominals"][lang]

    def named(text: str) -> list[tuple[int, str]]:
        # not inside "president-elect", nor "electo" after a title
        return [
            (m.start(), nouns[lemma])
            for m in re.finditer(r"(?<![\w-])[^\W\d_]+(?![\w-])", text.lower())
            if m.group(0) not in ("electo", "electa", "elect")
            # "regirá a partir del miércoles": a preposition, no departure
            and not (
                m.group(0) == "partir" and text.lower()[: m.start()].endswith("a ")
            )
            for lemma in (fold(lemma_of(m.group(0), lang)),)
            if lemma in nouns
        ]

    in_label = named(label)
    found = in_label[0] if in_label else None
    nearest = named(context)
    if found is not None and nearest and nearest[-1][1] != found[1]:
        # "El Ejecutivo la publicó el sábado … y regirá desde mañana miércoles":
        # the act told just before the date, not the clause's first
        found = (len(label), nearest[-1][1])
    if found is None:
        # "Jeri will receive Chile's president-elect, Kast, in Lima on Jan. 7"
        before = named(context)
        if before:
            found = (len(label), before[-1][1])
    if found is None:
        # "Jara conceded on Sunday and congratulated her rival": a clause with its
        # own named subject says what happened better than "Other event"
        clause = _tidy(label)
        names = [
            short_name(doc.entries[a])
            for a in actors
            if doc.entries[a].kind == "person"
        ]
        if (
            _NAMED_CLAUSE.match(clause)
            and any(clause.startswith(n + " ") for n in names)
            and not _SPEECH_IN_LABEL.search(fold(clause).lower())
            and not re.search(r"\b(?:that|que|according|segun)\b", fold(clause).lower())
            and not re.search(r"[,;]|\b(?:and|y|of|de|the|el|la|to|a)$", clause)
            and not _fragment(clause, lang)
            and 3 <= len(clause.split())
            and len(label.strip()) <= _LABEL_MAX  # whole, not cut short
            # "Kast addressed more than 100 Peruvian": an adjective left hanging
            and not country_in(fold(clause.split()[-1]).lower())
        ):
            return clause
        return GENERIC_EVENT_LABELS[lang]
    at, noun = found
    # who, only for an act of one's own ("Kast aterrizó") named before the verb;
    # the doer of "recibió a Kast" or "captured Maduro" is not the one named
    people = [
        a
        for a in actors
        if noun in _OWN_ACTS.get(lang, ())
        and doc.entries[a].kind == "person"
        and (doers is None or a in doers)
        and fold(short_name(doc.entries[a])) in fold(label[:at])
        # "Tiburcio informó que arribó un grupo": the speaker did not arrive
        and not _SPEECH_IN_LABEL.search(fold(label[:at]).lower())
        # "De Zela reaffirmed that migrants … were returned": any verb of saying
        # before "that", in the label or the words before the date
        and not _reports_that(label[:at], lang)
        and not _reports_that(context, lang)
    ]
    # "Jerí congratulated Kast on his December 14 win": the one named nearest
    # before the act
    people.sort(key=lambda a: fold(label[:at]).rfind(fold(short_name(doc.entries[a]))))
    who = short_name(doc.entries[people[-1]]) if people else None
    where = _as_written(doc, place)
    out = noun
    if who:
        out += f" de {who}" if lang == "es" else f" of {who}"
    if where:
        out += f" ({where})"
    return out


def _runs_out(doc: Doc, t: Timex, measures) -> bool:
    """ "The emergency … is due to run out later this month", "restringe … hasta
    fines de enero": the day a measure of the sentence ends, which its expiry
    event tells, not a new event."""
    sent = doc.sentences[t.sentence]
    if re.match(r"\s*,?\s*(?:cuando|when)\b", doc.folded[t.end : t.end + 12]):
        return False  # "hasta el 11 de marzo, cuando asumirá el próximo gobierno"
    return ends_at(doc, t.start) and any(
        sent.start <= ev.start < sent.end for m in measures for ev in m.evidence
    )


def _one_end_each(doc: Doc, measures, ends: dict) -> list:
    """The measures whose end to watch, one per end told in a paragraph: after
    "declaró por 60 días el estado de emergencia", "restringe la libertad de
    tránsito hasta fines de enero" tells the same end; the narrowest dates stay."""
    dated = [m for m in measures if m.measure_id in ends]

    def para(m) -> int:
        return doc.sentences[doc.sentence_at(m.evidence[0].start)].paragraph

    kept: list = []
    for m in sorted(dated, key=lambda m: ends[m.measure_id][1] - ends[m.measure_id][0]):
        f, t, _ = ends[m.measure_id]
        if not any(
            para(k) == para(m)
            and ends[k.measure_id][0] <= t
            and f <= ends[k.measure_id][1]
            for k in kept
        ):
            kept.append(m)
    return [m for m in dated if m in kept]


def expiry_events(doc: Doc, measures, ends: dict, topics, ids: Ids) -> list[Event]:
    """The day a measure with a duration runs out: something to watch."""
    lex = load_lexicon()
    out = []
    for m in _one_end_each(doc, measures, ends):
        end_from, end_to, precision = ends[m.measure_id]
        what = lex["measure_names"][doc.article.language].get(
            m.kind, lex["measure_names"][doc.article.language]["other"]
        )
        tpl = lex["event_kind_labels"][doc.article.language]["expiry"][0]
        # "Fin del estado de emergencia", "Fin de los patrullajes", "Fin de la medida"
        head = what.split()[0]
        of = (
            "de los" if head.endswith("s") else "de la" if head.endswith("a") else "del"
        )
        label = tpl.format(what=what, of=of)
        # a deadline is its own day to watch: "Vence el plazo para que…"
        own = next(
            (
                spec["expiry_label"][doc.article.language]
                for spec in lex["measures"]
                if spec.get("expiry_label") and spec["label"] == m.label
            ),
            None,
        )
        label = own or label
        status = (
            "planned" if doc.published is None or end_to > doc.published else "occurred"
        )
        si = doc.sentence_at(m.evidence[0].start)
        out.append(
            Event(
                event_id=ids(f"expiry_{m.measure_id}"),
                kind="expiry",
                label=label[:1].upper() + label[1:],
                date_from=end_from,
                date_to=end_to,
                precision=precision,
                status=status,
                topics=topics[si],
                actors=list(m.actors),
                note=f"The end of '{m.measure_id}': its start and duration as the article gives them.",
                evidence=[doc.sentence_evidence(si)],
                reviewed=False,
            )
        )
    return out


def _clipped(label: str, language: str) -> bool:
    """A label that is a clipped clause rather than a noun phrase: it opens with a
    verb ("Gobernará entre", "Informó la cancillería") or, in English, a subject
    followed by a verb ("The reverse flow comes just over")."""
    words = re.findall(r"[^\W\d_]+", label)
    if not words:
        return True
    first = fold(words[0])
    if language == "es":
        if len(words) > 2 and fold(words[1]) in _ES_AUXILIARIES:
            return True  # "Ramos había descartado que exista una crisis"
        if any(
            fold(a) in ("la", "lo", "las", "los", "le", "les")
            and re.search(r"(?:ó|ará|erá|irá|arán|erán|irán|aron|ieron)$", b.lower())
            for a, b in zip(words, words[1:], strict=False)
        ):
            return True  # "Ejecutivo la publicó en El Peruano": a clitic and its verb
        if first in _HAS_SUBJECT and any(
            fold(w) in _ES_AUXILIARIES or fold(w) in _ES_PRESENT for w in words[2:4]
        ):
            return (
                True  # "La prórroga fue oficializada…", "La primera declaratoria rige"
            )
        # read as written: "Prórroga" is a noun, "prorroga" a verb
        written = words[0].lower()
        lemma = lemma_of(written, "es")
        return lemma != first and lemma.endswith(("ar", "er", "ir"))
    if (
        len(words) > 1
        and re.fullmatch(
            r"[a-z]{3,}(?:ed|ing)|said|told|wrote|warned|replied|added", fold(words[1])
        )
        and label[:1].isupper()
        and first not in _HAS_SUBJECT
    ):
        return True  # "Kast replied that the incoming government…": a name and a verb
    if (
        first in {"takes", "took", "assumes", "swears", "gets", "makes"}
        and len(words) <= 3
    ):
        return True  # "Takes office": the subject left out of "who takes office"
    if (
        first in {"is", "was", "are", "were", "has", "had", "will", "would"}
        or first in _IRREGULAR_PARTICIPLES
        or (re.fullmatch(r"[a-z]{3,}(?:ed|ing)", first) and first not in _NOUNS_ED_ING)
    ):
        return True  # "Is due to run out later", "Warned that …", "Proposing …"
    if (
        len(words) > 1
        and re.fullmatch(r"[a-z]{3,}s", first)
        and fold(words[1])
        in {"its", "his", "her", "their", "the", "a", "an", "he", "she", "it", "they"}
    ):
        # "Holds its first session in Lima": a verb and its object; "Comes he
        # takes office": a verb and the clause after it
        return True
    if first in {"the", "a", "an", "this", "that", "it", "he", "she", "they"}:
        return any(
            (
                re.fullmatch(r"[a-z]+(?:s|ed)", fold(w))
                # "The hearing came": a subject and its verb
                or fold(w) in _IRREGULAR_PAST
            )
            and fold(w) not in {"this", "its", "his", "was", "has", "is"}
            # "The president-elect first pitched the idea"
            for w in words[1:5]
        )
    return False


# "Given to Radio Duna", "The hearing came": verbs whose forms no ending tells
_IRREGULAR_PARTICIPLES = frozenset(
    "given made taken sent held written told said brought shown known seen chosen "
    "spoken done put set kept left won led met begun".split()
)
_IRREGULAR_PAST = frozenset(
    "came went took gave made said told began held met spoke sent wrote saw left "
    "won rose fell led kept brought chose drew ran stood".split()
)


# A measure as the subject of its sentence: "La prórroga", "the extension"
# "expires on March 28", "vence el 28 de marzo": the end itself, not a span that
# lasts until it ("rige hasta el 28 de marzo" is the emergency in force)
_EXPIRES = re.compile(
    rf"\b(?:{EXPIRY_WORDS}|end|termina)\s+(?:on\s+|el\s+|a\s+)?(?:the\s+)?$"
)
_IT_OPENS = re.compile(r"\s*(?:it|ella|esta|esa)\s+(?:\w+\s+)?(?:will\s+)?\w+")
_ENDED_MEASURE = re.compile(
    r"\b(?:la|el|esta|este|the|this)\s+(?:(?:current|actual|new|nueva|nuevo|latest|"
    r"ultima|ultimo|second|segunda|segundo)\s+)?(?P<what>prorroga|extension|medida|norma|decreto|"
    r"declaratoria|estado de emergencia|emergencia|measure|decree|state of emergency|"
    r"emergency)\b"
)


def _end_of(doc: Doc, what: str) -> str:
    """ "Fin de la prórroga", "End of the extension"."""
    tpl = load_lexicon()["event_kind_labels"][doc.article.language]["expiry"][0]
    what = what.lower()
    if doc.article.language == "es":
        head = what.split()[0]
        of = "de la" if head.endswith(("a", "ion", "ión")) else "del"
    else:
        of = ""
    return tpl.format(what=what, of=of).replace("  ", " ")


_ES_PRESENT = frozenset(
    {"rige", "rigen", "regira", "es", "son", "esta", "estan", "sigue"}
)
_ES_AUXILIARIES = frozenset(
    {"ha", "han", "habia", "habian", "hubo", "fue", "fueron", "sera", "seran",
     "dijo", "afirmo", "aseguro", "senalo", "descarto"}
)  # fmt: skip
_NOUNS_ED_ING = frozenset(
    {"meeting", "briefing", "hearing", "building", "ceiling", "wedding", "morning",
     "evening", "swearing", "crossing", "landing", "opening", "closing", "signing",
     "ruling", "spending", "funding", "bombing", "shooting", "red", "bed", "need",
     "seed", "speed", "feed", "greed", "creed", "shed", "reed"}
)  # fmt: skip
# Kinds of act a sentence can report beside the one its date is read for.
_REPORTED_THAT = re.compile(r"\b(?:that|que)\b")
_SECOND_ACTS = ("call", "invitation", "visit", "meeting", "announcement")


def _more_acts(doc: Doc, t: Timex, first: str, timexes=()) -> list[str]:
    """Other kinds of act named by verbs in the date's sentence, after the date or
    in the words just before it ("phoned Kast to congratulate him after the
    election and invited him")."""
    kinds = load_lexicon()["event_kinds"]
    out = []
    for start, _end, group in _sentence_cues(doc, t.sentence):
        before = start < t.start
        if (
            before
            # "it was announced Sunday after a gathering…": the words right
            # before their day are an act of that day too
            and not (
                kinds.get(group) == "announcement"
                and 0 <= t.start - _end <= 2
                and doc.published is not None
                and t.date_to is not None
                and t.date_to <= doc.published
            )
            and (
                kinds.get(group) not in ("call", "invitation")
                # a call made for a day to come is that day's plan, not the call
                or not (doc.published and t.date_to and t.date_to <= doc.published)
                or t.start - _end > 60
                or any(_end <= o.start < t.start for o in timexes)
                or "," in doc.text[_end : t.start]
            )
        ):
            continue
        if (not before and start < t.end) or _SOURCE_BEFORE.search(
            doc.folded, max(0, start - 25), start
        ):
            continue  # "according to the statement" names a source, not an act
        if not before and _OWN_PERFECT.search(doc.folded, t.end, start):
            continue  # "on Monday, December 22, and has announced plans for a visit"
        if _closed_aside(doc, t.sentence, (t.start, t.end), start):
            continue
        if (
            not before
            and t.date_from
            and doc.published
            and t.date_from > doc.published
            and _WHEN_PAST.search(doc.folded, max(0, start - 20), start)
        ):
            # "propuesto celebrar en el segundo bimestre de 2026 cuando lo llamó":
            # the call is when it was proposed, not the day to come
            continue
        said = (
            not before
            and _REPORTED_THAT.search(doc.folded, t.end, start)
            and lex_().report_before.search(
                doc.folded, max(doc.sentences[t.sentence].start, t.start - 40), start
            )
        )
        if said and _REPORTED_THAT.search(
            doc.folded, max(said.end() - 1, t.end), start
        ):
            # "reported on Dec. 21 that Kast would travel to Lima": the act told
            # is not of the day it was told
            continue
        kind = kinds.get(group)
        # "acordaron este lunes …, en la primera reunión del Comité": the meeting
        # where the dated act took place, however far the words put it
        setting = _SETTING.search(doc.folded, max(0, start - 30), start)
        coordinated = _COORDINATED.search(doc.folded, max(0, start - 12), start)
        if (
            (
                kind in _SECOND_ACTS
                # "se impuso en segunda votación … y juró de inmediato como
                # presidente": a swearing-in coordinated with the dated act
                or (
                    kind == "inauguration"
                    and coordinated
                    and _SWORN_PAST.match(doc.folded, start)
                )
            )
            and group != first
            and kind != kinds.get(first)
            and kind not in out
            and (
                before
                or start - t.end <= 90
                or setting
                # "llamó este domingo a Kast … y lo invitó": a verb coordinated
                # with the dated one shares its day
                or _COORDINATED.search(doc.folded, max(0, start - 12), start)
            )
            # another date between names the act's own day
            and not any(t.end <= o.start < start for o in timexes)
            # "…, it was announced Sunday": a date right after the act is its own
            and not (
                not before
                and any(
                    o is not t
                    and o.resolved
                    and (o.date_from, o.date_to) != (t.date_from, t.date_to)
                    and _end <= o.start <= _end + 12
                    for o in timexes
                )
            )
        ):
            out.append(kind)
    return out


_WHEN_PAST = re.compile(r"\b(?:cuando|when)\s+(?:(?:lo|la|le|he|she|they)\s+)?$")
_SWORN_PAST = re.compile(r"(?:juro|presto|took|swore|was sworn|were sworn)\b")
_COORDINATED = re.compile(r"\b(?:y|e|and)\s+(?:(?:lo|la|le|les|los|las)\s+)?$")
_SETTING = re.compile(
    r"\b(?:en|at|during|durante)\s+(?:la|el|the|a|una|un|su|its|their)\s+"
    r"(?:(?:primera|segunda|first|second|nueva|new|extraordinaria|extraordinary)\s+)?$"
)


_EN_VERBS = frozenset(
    "met said took won is was were will would has had came went began held made "
    "told sent left gave got kept ran saw spoke stood led brought swept beat".split()
)


def _opens_on_verb(text: str, language: str) -> bool:
    """ "fue en la misma línea", "met Jerí": a clause that opens on its verb."""
    first = fold(text.split()[0]).lower()
    if language == "en":
        return first in _EN_VERBS or (first.endswith("ed") and len(first) > 4)
    lemma = lemma_of(first, "es")
    return first in ("fue", "es", "era", "ha", "han", "dijo") or (
        lemma != first and lemma.endswith(("ar", "er", "ir"))
    )


def _has_verb(label: str, language: str) -> bool:
    """A label that holds a finite verb is a clause, not a noun phrase."""
    words = re.findall(r"[^\W\d_]+", label)
    if language == "en" and words and fold(words[0]).lower() in _EN_VERBS:
        return True  # "Won 58.2 per cent of the vote": its subject left out
    for word in words[1:]:
        w = fold(word)
        if word[0].isupper():
            continue  # a name
        if language == "es":
            # "recibirá": the accent tells the future from a noun, so the word is
            # read as written
            lemma = lemma_of(word.lower(), "es")
            if (
                lemma != w
                and lemma.endswith(("ar", "er", "ir"))
                and not w.endswith(
                    ("ar", "er", "ir", "ado", "ada", "ados", "adas", "ido", "ida")
                )
            ):
                return True
        elif w in _EN_VERBS or (w.endswith("ed") and len(w) > 4):
            return True
    return False


# Acts a sentence reports in the past with no date of its own ("Boric also phoned
# the winner"): they took place on the last day the story has named.
_UNDATED_KINDS = ("call", "visit", "meeting", "invitation", "agreement", "announcement")


def _undated_acts(
    doc: Doc, timexes, topics, ids: Ids, dated: set[int], crowded=frozenset()
) -> list[Event]:
    kinds = load_lexicon()["event_kinds"]
    days = [
        t
        for t in timexes
        if t.resolved
        and (t.precision == "day" or (t.date_to - t.date_from).days <= 10)
        and (doc.published is None or t.date_to <= doc.published)
    ]
    out = []
    for si, sent in enumerate(doc.sentences):
        if doc.is_question(si):
            continue
        later_only = False
        if sent.start in dated:
            # "Jerí invited Kast to hold a cabinet in March": the sentence's only
            # dates are of what the act proposes, later than the story's days;
            # the act itself took place on the last day named before.
            own = [t for t in timexes if t.sentence == si and t.resolved]
            if (
                not own
                or doc.published is None
                or any(t.date_from <= doc.published for t in own)
            ):
                continue
            later_only = True
        prior = [
            t
            for t in days
            if t.sentence < si
            # a loose date ("a fines de noviembre") dates only its own paragraph
            and (
                t.precision == "day"
                or doc.sentences[t.sentence].paragraph == sent.paragraph
            )
        ]
        # A lead that leaves out the day ("Peru and Chile agreed to…") is dated
        # by the first day the story names for what it reports.
        if not prior and si <= 1 and days:
            # …named in the paragraphs after the lead, not at the story's end
            # ("La Cancillería peruana anunció el domingo que…" dates the
            # announcement, not the meeting the lead tells)
            prior = [t for t in days[:1] if doc.sentences[t.sentence].paragraph <= 2]
        if (
            not prior
            and doc.published is not None
            # (a day still to come, named before, dates no act of the past)
            and not any(
                t.sentence < si and t.resolved and t.date_from <= doc.published
                for t in timexes
            )
            and (
                later_only
                # (a report that names no day at all tells of its own day
                # throughout: "Kast sostuvo un encuentro con el presidente
                # José Jerí", far into a report on his visit)
                or (si <= 1 or not any(t.resolved for t in timexes))
                and not any(t.sentence == si for t in timexes)
                # "on election night": a time of its own the dates cannot read
                and not _TIME_WORD.search(doc.folded, sent.start, sent.end)
            )
        ):
            # a report's first sentence that names no day, and no day near it
            # ("José Jerí felicitó vía telefónica a Kast…"), or an act whose
            # only date is of what it proposes, with no day named before it
            # ("Asimismo, Jerí invitó … durante el segundo bimestre del año
            # 2026"): the news of the report's day or the day before
            prior = [_report_days(doc, si)]
        if not prior:
            continue
        # "acordaron el lunes …, un día después de que militares empezaran a
        # desplegarse": the day of the clause after "después de que" is of an
        # act before the news its sentence has dated; that day dates what follows
        anchor = next(
            (
                t
                for t in reversed(prior)
                if not (
                    _DAY_OF_EARLIER.match(doc.folded, t.end)
                    and any(
                        o.sentence == t.sentence and o.end <= t.start for o in prior
                    )
                )
            ),
            prior[-1],
        )
        lead_news = anchor.end == anchor.start
        # "takes effect on Saturday": a day still to come when it was told dates
        # no words said before it
        told_on = next((t for t in reversed(prior) if t.tense != "future"), None)
        before = len(out)
        for m in doc.words.finditer(lex_().event_types, sent.start, sent.end):
            if _naming(doc, m) or _met_no_one(doc, m):
                continue
            kind = kinds.get(m.lastgroup)
            after_doing = _AFTER_DOING.search(
                doc.folded, max(sent.start, m.start() - 20), m.start()
            )
            verb = (
                verbs_past(doc, m, noun_after_verb=lead_news)
                or (
                    # "el mandatario lideró además una reunión del comité": a
                    # meeting held, led or chaired
                    kind == "meeting"
                    and _LED_MEETING.search(
                        doc.folded, max(sent.start, m.start() - 40), m.start()
                    )
                )
                # "descartó la iniciativa tras reunirse con Kast", "after meeting
                # Milei": what was done before the act the sentence tells
                or kind in ("meeting", "visit")
                and after_doing is not None
                # "se convocó a un Consejo de Ministros extraordinario", "Se está
                # convocando a Consejo de Ministros", "called an extraordinary
                # Council of Ministers": a cabinet called together
                or kind == "meeting"
                and _CONVENED.search(
                    doc.folded, max(sent.start, m.start() - 40), m.end()
                )
                is not None
            )
            if kind not in _UNDATED_KINDS or not verb:
                continue
            when = anchor
            if kind == "announcement":
                if told_on is None or not _announced_then(doc, m):
                    continue
                when = told_on
            if len(out) > before and not after_doing:
                continue  # one act of the sentence, and what was done before it
            if re.search(
                r"\b(?:not|never|no|nunca|ni|neither|nor|any|ningun|ninguna|sin)\b"
                r"[^.;:,]{0,28}$",
                doc.folded[max(sent.start, m.start() - 40) : m.start()],
            ):
                # "expectations his tour had not met", "No agreements were
                # signed", "Neither side announced any signed agreement": nothing
                # took place
                continue
            if re.match(
                r"\s*(?:\w+\s+){0,2}?(?:so far|to date|thus far|hasta ahora|"
                r"hasta el momento|hasta la fecha)\b",
                doc.folded[m.end() : m.end() + 40],
            ):
                continue  # "what the two governments have agreed so far": no one day
            if later_only and (
                kind not in ("invitation", "call")
                or any(t.sentence == si and t.start < m.start() for t in timexes)
            ):
                continue
            if kind == "agreement" and (
                (
                    re.match(r"\s+(?:that|que|en que)\b", doc.folded[m.end() :])
                    # "acordaron que … se implementen patrullajes conjuntos": an
                    # accord on measures is an accord
                    and not any(
                        rx.search(doc.folded, m.end(), sent.end)
                        for _, rx in lex_().measures
                    )
                )
                or _DECREE_AFTER.match(doc.folded, m.end())
            ):
                continue  # "agreed that P" reports a shared view, not a signed accord
            actors = [
                f.entry_id for f in doc.in_sentence(si) if acts(doc.entries[f.entry_id])
            ]
            out.append(
                _dated_by(
                    doc,
                    ids(f"{m.lastgroup}_{when.date_from.isoformat()}"),
                    kind,
                    _label(
                        doc,
                        kind,
                        actors,
                        None,
                        "",
                        doers=_doers(doc, si, doc.in_sentence(si), kind),
                    ),
                    list(dict.fromkeys(actors)),
                    when,
                    si,
                    topics,
                )
            )
        if len(out) == before and (
            lead_news
            # the paragraph of the day named last, or the one after it
            or 0 <= sent.paragraph - doc.sentences[anchor.sentence].paragraph <= 1
        ):
            crowd = _undated_crowd(doc, si, anchor, ids, topics)
            if crowd is not None and not (
                crowded & {crowd.date_from}
                or any(
                    o.date_from == crowd.date_from and o.kind == "other" for o in out
                )
            ):
                out.append(crowd)
    return out


_EARLIER_OR_SINCE = re.compile(
    r"\b(?:had|have been|has been|had been|was|were|habia|habian|desde que|since|"
    r"ya)\s+(?:\w+\s+)?$"
)


def _announced_then(doc: Doc, m: re.Match) -> bool:
    """ "Jerí anunció que…", "Peru announced a state of emergency": the verb
    itself, in the simple past, told as the news; not "the troops announced for
    the north", "Kast had announced during the campaign", "desde que Lima
    anunció…"""
    word = doc.text[m.start() : m.end()].lower()
    if word not in ("announced", "anunció", "anunciaron"):
        return False
    if _EARLIER_OR_SINCE.search(doc.folded, max(0, m.start() - 30), m.start()):
        return False
    return not re.match(
        r"\s+(?:for|by|during|durante|en campana)\b", doc.folded[m.end() :]
    )


_DAY_OF_EARLIER = re.compile(r"\s*(?:de\s+que|de\s+(?:la|el|los|las)\b|that\b)")
_CONVENED = re.compile(
    r"\b(?:convoco|convocaron|esta convocando|convened|called|"
    r"(?:is|was|were|are) being convened|(?:was|were) convened)\b"
    r"(?=[^.;]{0,40}\b(?:consejo de ministros|council of ministers|cabinet))"
)
_AFTER_DOING = re.compile(r"\b(?:tras|despues de|luego de|after)\s+$")
_LED_MEETING = re.compile(
    r"\b(?:lidero|encabezo|presidio|sostuvo|mantuvo|celebro|held|chaired|led|"
    r"hosted)\s+(?:(?:ademas|tambien|also)\s+)?(?:un|una|a|an|the|la|el)\s+"
    r"(?:[a-z]+\s+)?$"
)


def _undated_crowd(doc: Doc, si: int, anchor: Timex, ids: Ids, topics) -> Event | None:
    """ "Frustrated migrants blocked the Panamericana Sur highway": people stranded
    or gathering, told with no date of their own in a report of the day, are the
    news of the day the story tells (the report's, or one named just before in
    the paragraph)."""
    sent = doc.sentences[si]
    m = next(doc.words.finditer(_CROWD, sent.start, sent.end), None)
    # only what the people did or suffered that day: stranded, blocking a road,
    # camping; "migrants trying to leave" may tell of any day
    if m is None or not (
        m.group("stranded")
        or re.search(
            r"bloque|block|camp|pernoct|noche|night|assembl|congreg|agolp|aglomer|gather",
            m.group(0),
        )
    ):
        return None
    if re.search(
        r"(?:would|could|will|might|may|if|podrian|podria|si|no|not|never|nunca)",
        doc.folded[max(sent.start, m.start() - 30) : m.start()],
    ):
        return None
    where = next(
        (
            f.entry_id
            for f in doc.in_sentence(si)
            if m.end() <= f.start < m.end() + 40
            and _AT_PLACE.search(doc.folded, m.end(), f.start)
            and doc.entries[f.entry_id].table == "places"
            and doc.entries[f.entry_id].kind != "country"
            and not _ORIGIN.search(doc.folded, max(0, f.start - 12), f.start)
        ),
        None,
    )
    stranded = m.group("stranded") or _STRANDED_LATER.search(
        doc.folded, m.end(), sent.end
    )
    what = "stranded" if stranded else "crowd"
    groups = [
        f.entry_id
        for f in doc.in_sentence(si)
        if doc.entries[f.entry_id].kind == "group"
    ]
    return _dated_by(
        doc,
        ids(f"{what}_{anchor.date_from.isoformat()}"),
        "other",
        _label(doc, what, [], where, "", own=False),
        list(dict.fromkeys(groups)),
        anchor,
        si,
        topics,
    )


_TIME_WORD = re.compile(
    r"\b(?:night|noche|morning|manana|evening|tarde|madrugada|day|dia|week|semana|"
    r"weekend|fin de semana|hours|horas)\b"
)


def _report_days(doc: Doc, si: int) -> Timex:
    sent = doc.sentences[si]
    return Timex(
        start=sent.start,
        end=sent.start,
        text="the report's date",
        date_from=doc.published - dt.timedelta(days=1),
        date_to=doc.published,
        precision="approximate",
        kind="relative",
        tense="past",
        note="the news of the report's day or the day before",
        sentence=si,
    )


# "felicitó vía telefónica", "held talks", "sostuvo una reunión": a past verb
# just before a cue that is a noun
_PAST_BEFORE = {
    # (a quotation may open before the noun: 'convened an "extraordinary
    # Council of Ministers meeting')
    "en": re.compile(
        r"\b(?:held|had|made|paid|[a-z]{3,}ed)\s+(?:[\"“‘']?[a-z]+\s+){0,5}[\"“‘']?$"
    ),
    "es": re.compile(
        r"\b[a-záéíóúñ]{3,}(?:ó|aron|ieron|ió)\s+(?:[a-záéíóúñ]+\s+){0,2}$"
    ),
}


# a Spanish verb in the future or the conditional: "viajará", "se reunirían"
_STILL_TO_DO = re.compile(r"(?:ar|er|ir)(?:á|án|ía|ían)$")


_STILL_TO_BE = re.compile(
    r"\b(?:will|would|shall|could|should|may|might|must|to)\s+(?:not\s+)?be\s+$"
)


def verbs_past(doc: Doc, m, noun_after_verb: bool = False) -> bool:
    """The cue is a verb in a past form ("phoned", "llamó", "se reunió"), or,
    with `noun_after_verb`, a noun just after one ("felicitó vía telefónica")."""
    word = doc.text[m.start() : m.end()].lower()
    if doc.article.language == "en":
        if _STILL_TO_BE.search(doc.folded, max(0, m.start() - 30), m.start()):
            return False  # "further measures would be announced": still to come
        if word.endswith("ed") or word in {"met", "spoke", "called", "phoned"}:
            return True
    elif re.search(r"(?:ó|aron|ieron|ió)$", word):
        return True
    if not noun_after_verb:
        return False
    before = doc.text[max(0, m.start() - 60) : m.start()].lower()
    if _STILL_TO_DO.search(word) or re.search(
        r"\b(?:will|would|shall|to|va a|van a|iba a|iban a)\s+$", before
    ):
        # "anunció que viajará a Tacna", "said he will visit": a past verb before
        # a verb of what is still to be done
        return False
    rx = _PAST_BEFORE.get(doc.article.language)
    return rx is not None and rx.search(before) is not None


_SOURCE_BEFORE = re.compile(
    r"\b(?:according to|segun|de acuerdo con|as reported in|in)\s+(?:the|its|el|la|un|una|su)\s+(?:\w+\s+)?$"
)

_LEADING_PRONOUN = re.compile(r"^(?:He|She|Él|Ella)\b")
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She|Él|Ella)\s")


_HAS_SUBJECT = frozenset(
    {"the", "a", "an", "this", "that", "it", "he", "she", "they", "el", "la", "los",
     "las", "un", "una", "ella", "ellos"}
)  # fmt: skip


_RELATION_OF = re.compile(
    r"\b(?:sucesor|sucesora|predecesor|predecesora|antecesor|antecesora|successor|"
    r"predecessor|esposa|esposo|wife|husband|hijo|hija|son|daughter|rival|opponent|"
    r"contrincante|adversari[oa])\s+(?:de|del|to|of)\s+(?:(?:la|el|the)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)


def _with_subject(doc: Doc, label: str, actors: list[str], doers) -> str:
    """A clipped label led by a finite verb, with its subject put before it: the
    first person of the event (or its first actor) who may do it and whom the
    label does not name already."""
    words = label.split()
    first = fold(words[0]) if words else ""
    if doc.article.language == "en" and first.endswith("ing"):
        return label  # a gerund takes no subject before it
    if first in _HAS_SUBJECT:
        return label  # "The president-elect first pitched the idea": it has one
    if doc.article.language == "es" and re.search(
        r"(?:ad|id)[oa]s?$|(?:ando|iendo|ar|er|ir)$", first
    ):
        return label  # "aprobada en un Consejo": a participle, no finite verb
    who = [a for a in actors if (doers is None or a in doers) and acts(doc.entries[a])]
    # a person only: a body's name is in the lexicon's language, not the label's;
    # not one named only by a relation ("El sucesor de Dina Boluarte, que este
    # domingo cumplirá 100 días en el poder": Boluarte is not the subject)
    people = [
        a
        for a in who
        if doc.entries[a].kind == "person"
        and not all(
            _RELATION_OF.search(doc.folded, max(0, f.start - 30), f.start)
            for f in doc.found
            if f.entry_id == a
        )
    ]
    if not people:
        return label
    entry = doc.entries[people[0]]
    name = short_name(entry)
    if fold(name) in fold(label):
        return label  # "Escribió Jerí en X": its subject is after the verb
    out = f"{name} {label[:1].lower()}{label[1:]}"
    return out if len(out) <= 64 else label


def _pronoun_subject(doc: Doc, si: int) -> Found | None:
    """The person a sentence's opening "He", "She", "Él" or "Ella" stands for:
    the last person named before, who is no object of a verb."""
    sent = doc.sentences[si]
    if not _OPENING_PRONOUN.match(doc.text, sent.start) or si == 0:
        return None
    # "Kast won the run-off, defeating Jeannette Jara. He will succeed Boric":
    # the subject that opens the sentence before, not its last name
    prev = doc.sentences[si - 1]
    opening = [
        f
        for f in doc.in_sentence(si - 1)
        if doc.entries[f.entry_id].kind == "person" and f.start - prev.start <= 40
    ]
    if opening and not re.search(
        r"\b(?:to|with|by|for|of|a|con|por|para|de)\s+$",
        doc.folded[prev.start : opening[0].start],
    ):
        return opening[0]
    people = _last_person(doc, sent.start)
    return people[0] if people else None


def _name_pronoun(doc: Doc, label: str, actors: list[str]) -> str:
    """ "He was due to fly back" -> "Kast was due to fly back", when the event's
    actors name exactly one person."""
    if not _LEADING_PRONOUN.match(label):
        return label
    people = [a for a in actors if doc.entries[a].kind == "person"]
    # "He and Kast discussed in Lima": the one person the label does not name
    unnamed = [a for a in people if fold(short_name(doc.entries[a])) not in fold(label)]
    if len(people) != 1 and len(unnamed) != 1:
        return label
    name = short_name(doc.entries[(unnamed or people)[0]])
    if fold(name) in fold(label):
        return label  # "He will succeed Boric": "he" is not the one named after
    return _LEADING_PRONOUN.sub(name, label, count=1)
