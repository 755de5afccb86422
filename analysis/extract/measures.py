"""Policy measures: what is done, by whom, and how far it has gone."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from text_to_num import text2num

from ..gazetteer import fold, load_lexicon, role_words
from ..schema import Measure
from ..timex import Timex, lead_day
from .claims import _TITLE, _article_country, _titled, answerer, leading_country
from .entities import country_in, governments, outlet_country
from .text import (
    AGENT_KINDS,
    ARMED_FORCES,
    BARE_GOVERNMENT,
    EXPIRY_WORDS,
    OBJECT_OF,
    POLICE,
    Doc,
    Found,
    Ids,
    Span,
    Verb,
    _word_status,
    agent_of,
    ends_at,
    finite_verbs,
    head_pattern,
    is_nonfinite,
    lemma_of,
    lex_,
    outside_asides,
    place_country,
    scenario_cue,
    scenario_cues,
    use,
    verbs_in,
)

# A verb governs a measure up to this many characters before it ("acordaron este
# lunes avanzar hacia patrullajes conjuntos en la frontera y profundizar el
# intercambio de información": both measures hang on "acordaron").
CONTROL_REACH = 170
VERB_REACH = 110
# Words before an actor that make it an object or a complement, not a subject.
_NOT_SUBJECT = re.compile(
    r"\b(?:de|del|of|with|con|a|al|to|en|in|entre|between|for|para|por|by|from|"
    r"desde|hacia|towards|sobre|on|at|into|that|than|como|as|against|contra|"
    # "districts that border Chile", "bordering Chile": the country across
    r"borders?|bordering)\s+"
    r"(?:(?:el|la|los|las|the|its|su|sus)\s+)?(?:[a-z]+(?:ist|ista|al|ic)\s+)?$"
)
_PAIR_GOVERNED = re.compile(
    r"\b(?:entre|between|con|with)\s+[^,.;]{1,50}?\s(?:y|and|e)\s+"
    r"(?:(?:el|la|los|las|the)\s+)?$"
)
_OFFICE = re.compile(
    r"\b(?:president|presidente|presidenta|minister|ministro|ministra|canciller|"
    r"foreign minister|secretary|secretario|premier|prime minister|subsecretari[oa]|"
    r"undersecretary|under-secretary|comandante|commander)\b"
    # a general commands troops of the state ("general Luis Ramón Torres")
    r"|^(?:el |la |the )?general\b"
)
_NOT_OFFICE = re.compile(r"\b(?:elect|electo|electa|candidat\w*|former|ex)\b")
_DURATION = re.compile(
    # "hace poco más de cien días": time gone by, not how long a measure lasts
    r"\b(?<!mas )(?<!menos )(?:por|durante|de|for|of|lasting|last|lasts)\s+"
    r"(?:(?:unos|unas|about|some)\s+|(?P<more>otros|otras|another|a further)\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>dias|days|meses|months|semanas|weeks)\b"
    r"|\b(?P<n2>\d+|[a-z]+)-(?P<unit2>day|month|week)\b"
    # "decretó 60 días de estado de emergencia", "30 days of emergency rule"
    r"|\b(?P<n3>\d+)\s+(?P<unit3>dias|days|meses|months)\s+(?:de|of)\s+"
    r"(?=(?:un\s+|el\s+|the\s+)?(?:estado|state|emergencia|emergency|regimen)\b)"
)
_DATE_REACH = 90
_FROM = re.compile(
    r"\b(?:desde|a partir del?|from|since|starting|effective|takes effect|took effect|"
    r"(?:in force|in effect|in place) since|"
    r"entra en vigor|entro en vigor|en vigor desde|rige desde|"
    r"(?:empezara|empieza|comenzara|comienza|empezo|comenzo) a regir)\s+"
    r"(?:(?:las\s+)?(?:cero|0|00)\s+horas\s+(?:del?\s+)?|(?:la\s+)?medianoche\s+(?:del?\s+)?"
    r"|midnight\s+(?:on\s+)?)?"
    r"(?:(?:el|la|los|the|this|este|esta|on)\s+|(?:hoy|today),?\s+)?$"
)
_OPENS = re.compile(r"\s*(?:(?:the|el|la|this|este|esta)\s+)?")
_COORDINATION = re.compile(r"[,;]\s*(?:y|e|and|but|pero)\b")


@dataclass
class Draft:
    """A measure being drafted, before it becomes a record."""

    kind: str
    key: str  # the lexicon entry that found it
    surface: str  # the words that named it first, folded
    label: str
    topic: str
    actors: list[str]
    countries: list[str]
    status: str
    is_bilateral: bool
    start: int
    end: int
    sentence: int
    evidence: list
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    starts: tuple | None = None  # (from, to, precision) of the act that began it
    in_force: tuple | None = None  # (from, to, precision) of its first day in force
    until: Timex | None = None
    duration: tuple | None = None  # (n, unit)
    ends: tuple | None = None  # (from, to, precision) of the day it runs out


def extract_measures(
    doc: Doc, timexes: list[Timex], topics: list[list[str]] | None = None
) -> tuple[list[Measure], dict[str, tuple]]:
    """Every policy measure a verb governs, with its status, actors and dates; and,
    by measure_id, the days on which a measure with a duration runs out."""
    drafts = draft_measures(doc, timexes)
    drafts += widened_emergencies(doc, drafts)
    if topics is not None:
        drafts += policy_acts(doc, drafts, topics, timexes)
        drafts += listed_acts(doc, drafts, topics, timexes)
        drafts += agreed_that(doc, drafts, topics)
        drafts += decree_provisions(doc, drafts, topics)
    for d in drafts:
        if (
            d.status in ("announced", "implemented", "agreed")
            # a binational cabinet or committee is the two sides' at any stage
            and d.key not in _ONE_AT_ANY_STAGE
            and _candidates_only(doc, d.actors)
        ):
            # "Kast amenazó con expulsarlos", "will expel them if he wins": what a
            # candidate or a president-elect says he will do is a promise, put
            # forward
            d.status = "proposed"
    ids = Ids()
    measures = [
        Measure(
            measure_id=ids(d.kind if d.kind != "other" else d.label),
            kind=d.kind,
            label=d.label,
            topic=d.topic,
            actors=d.actors,
            countries=d.countries,
            status=d.status,
            is_bilateral=d.is_bilateral,
            start_date=d.start_date,
            end_date=d.end_date,
            evidence=d.evidence,
            reviewed=False,
        )
        for d in drafts
    ]
    ends = {
        m.measure_id: d.ends for m, d in zip(measures, drafts, strict=True) if d.ends
    }
    lasting = {
        m.measure_id: d.duration
        for m, d in zip(measures, drafts, strict=True)
        if d.duration and not d.ends and d.status == "implemented"
    }
    return measures, ends, lasting


# standing for office, or elected and not yet in it
_CANDIDATE = re.compile(
    r"\b(?:candidat[eoa]s?|candidacy|candidatura|elect|electo|electa)\b", re.IGNORECASE
)


def _candidates_only(doc: Doc, actors: list[str]) -> bool:
    """Every actor is a person standing for office, or elected to it and not yet
    in it, on the report's day."""
    if not actors or doc.published is None:
        return False
    for a in actors:
        entry = doc.entries.get(a)
        if entry is None or entry.kind != "person":
            return False
        role = doc.dynamic_roles.get(a) or entry.role_on(doc.published) or ""
        if not _CANDIDATE.search(role):
            return False
    return True


# "a countdown that ends on inauguration day", "until the day he takes office",
# "hasta su investidura": a deadline that ends the day the new president takes office
_UNTIL_OFFICE = re.compile(
    r"\b(?:(?:until|before|ends on|by)\s+(?:the\s+day\s+)?(?:his|the|her)?\s*"
    r"(?:inauguration(?: day)?|swearing-in)|(?:until|before) (?:the day )?(?:he|she) "
    r"(?:takes|took) office|until (?:the day )?(?:he|she) is sworn in|(?:hasta|antes de) (?:el dia de )?"
    r"(?:su|la) (?:investidura|asuncion|toma de mando|llegada a la moneda)|"
    r"(?:hasta|antes de) que (?:asuma|jure|llegue a la moneda))\b"
)


# "tendrán 63 días para abandonar el país una vez que asuma", "in a period of 63
# days after his inauguration": a deadline counted from the day he takes office
_FROM_OFFICE = re.compile(
    r"\b(?:una vez que (?:asuma|jure|llegue al poder)|(?:despues de|tras) (?:asumir|"
    r"su (?:investidura|asuncion|toma de (?:posesion|mando)))|(?:a partir de|"
    r"posteriores? a|desde) (?:su|la) (?:investidura|asuncion|toma de (?:posesion|mando))|"
    r"(?:once|after|from the day|from when) (?:he|she) (?:takes|took) office|"
    r"(?:after|from) (?:his|her|the) (?:inauguration|swearing-in))\b"
)
_DAYS = re.compile(r"\b(\d+)\s+(?:dias|days)\b")


def deadlines_at_office(doc: Doc, measures, events) -> dict[str, tuple | None]:
    """A deadline the article says runs until the new president takes office ends
    on the day of the inauguration it dates; where the article dates no
    inauguration, on no day it gives (None): "111 days to leave before he takes
    office", counted from a video of another day, does not end 111 days after
    the report."""
    day = next(
        (
            e.date_from
            for e in events
            if e.kind == "inauguration"
            and e.precision == "day"
            and e.date_from is not None
            and e.date_from == e.date_to
        ),
        None,
    )
    counted = {
        spec["label"] for spec in load_lexicon()["measures"] if spec.get("counts_days")
    }
    out: dict[str, tuple | None] = {}
    for m in measures:
        if m.label not in counted:
            continue
        sent = doc.sentences[doc.sentence_at(m.evidence[0].start)]
        if _UNTIL_OFFICE.search(doc.folded, sent.start, sent.end):
            out[m.measure_id] = (day, day, "day") if day is not None else None
        elif _FROM_OFFICE.search(doc.folded, sent.start, sent.end):
            n = _DAYS.search(doc.folded, m.evidence[0].start, sent.end)
            end = day + dt.timedelta(days=int(n[1])) if day and n else None
            out[m.measure_id] = (end, end, "day") if end else None
    return out


def ends_from_events(doc: Doc, measures, lasting: dict, events) -> dict[str, tuple]:
    """The end of a measure with a duration but no start of its own, counted from
    the event of its sentence that dates it ("A fines de noviembre, … el Gobierno
    respondió con un estado de emergencia por 60 días"): loosely, as a range."""
    kinds = load_lexicon()["measure_event_kinds"]
    out = {}
    for m in measures:
        if m.measure_id not in lasting:
            continue
        si = doc.sentence_at(m.evidence[0].start)
        dated = next(
            (
                e
                for e in events
                if e.kind == kinds.get(m.kind)
                and e.status == "occurred"
                and e.date_from is not None
                and any(doc.sentence_at(ev.start) == si for ev in e.evidence)
            ),
            None,
        )
        if dated is None:
            continue
        n, unit = lasting[m.measure_id]
        lo, hi = _shift(dated.date_from, n, unit), _shift(dated.date_to, n, unit)
        out[m.measure_id] = (lo, hi, "day" if lo == hi else "approximate")
    return out


# Words of extension that name no emergency of their own ("extenderla", "si la
# renueva", "una nueva ampliación"): they stand for one named just before.
_EXTENSION_ANAPHOR = re.compile(
    r"la\b|\bla\s|\b(?:una|otra|a|another)\s+(?:nueva|segunda|tercera|new|further|"
    r"second|third)?\s*(?:ampliacion|extension|renovacion|renewal)\b"
    r"|\b(?:measure|decree)\s+(?:was|has|had|is|will)\b"
)
_EMERGENCY_BEFORE = re.compile(
    r"\bemergenc(?:ia|y)\b|\bregimen de excepcion\b|\bprorroga\b|\bextension\b"
)
_EXTENDING = frozenset({"extend", "prolong", "renew", "prorrogar", "extender"})


@functools.cache
def _extension_spec() -> dict:
    return next(
        spec for spec, _ in lex_().measures if spec["key"] == "emergency_extension"
    )


def draft_measures(doc: Doc, timexes: list[Timex]) -> list[Draft]:
    lex = lex_()
    hits = []
    for spec, rx in lex.measures:
        for m in doc.words.finditer(rx):
            hits.append((m.start(), m.end(), spec))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, spec in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((s, e, spec))
    chosen.sort(key=lambda h: h[0])

    verbs: dict[int, list[Verb]] = {}
    drafts: list[Draft] = []
    last_subject: dict[int, list[Found]] = {}  # paragraph -> subject of its last act
    for s, e, spec in chosen:
        si = doc.sentence_at(s)
        if (
            doc.is_question(si)
            or _denied(doc, s)
            # "trying to leave Chile for fear of being expelled by Kast": what
            # is feared is done by no one
            or _FEARED.search(doc.folded, max(0, s - 40), s)
        ):
            continue
        if (
            spec["key"] == "emergency_extension"
            and _EXTENSION_ANAPHOR.search(doc.folded, s, e)
            and not _EMERGENCY_BEFORE.search(
                doc.folded, doc.sentences[max(0, si - 1)].start, s
            )
        ):
            continue  # "ampliarla", "a new extension": of no emergency named
        sent = doc.sentences[si]
        if si not in verbs:
            verbs[si] = verbs_of(doc, si)
        agreed_by: list[str] = []
        verb, relative = _governing(doc, verbs[si], s, e)
        told = verb is not None and verb.end <= s and _told_between(doc, verb.end, s)
        if told:
            # "se reunió con empresarios y comentó que el corredor sigue siendo
            # una preocupación": the meeting does nothing to the corridor; what
            # is told of it has no act of its own
            verb = None
        if (
            spec["key"] == "state_of_emergency"
            and verb is not None
            and verb.lemma in _EXTENDING
        ):
            # "the state of emergency in three districts was extended": the
            # extension, told as one with its noun
            spec = _extension_spec()
        verb = _mood_head(doc, verbs[si], verb)
        status = _status(doc, verb, s, e, sent.start, relative)
        if status == "implemented" and _ORDERED_TO_BUILD.search(
            doc.folded, max(sent.start, s - 120), s
        ):
            # "ordering troops to help build physical barriers", "le pidió que
            # colabore en la construcción de barreras": a build ordered, still to
            # be done
            status = "announced"
        proposed_list = (
            _PROPOSED_GERUNDS.search(doc.folded, sent.start, s)
            if status in ("implemented", "announced") and doc.article.language == "en"
            else None
        )
        if proposed_list and not _NEW_SUBJECT.search(
            doc.text, proposed_list.end("head"), s
        ):
            # "He has proposed building border walls, deploying the military to
            # high-crime areas, and deporting all migrants": each act of the list
            # of gerunds is proposed
            status = "proposed"
        if _FURTHER_CONTINGENT.match(doc.folded, s) and (
            _STILL_TO_COME.match(doc.folded, e)
            or _STILL_TO_COME.search(doc.folded, s, e)
        ):
            # "About 50 soldiers were sent…, with another 50 due in early
            # December": the further contingent is still to come, whatever the
            # first one's verb
            status, verb = "announced", None
        if (
            status == "agreed"
            and verb is not None
            and verb.lemma in ("sign", "firmar")
            and _DECREE_WORD.search(
                doc.folded,
                max(sent.start, verb.start - 40),
                min(sent.end, verb.end + 40),
            )
        ):
            # "The decrees, signed on Wednesday night…, include the Border Shield
            # Plan": one government signing its decrees agrees with no one
            status = "implemented"
        held = _PLAN_HOLDS.search(doc.folded, max(sent.start, s - 200), s)
        listed = _PLAN_COLON.search(doc.folded, max(sent.start, s - 200), s)
        if held and (
            verb is None
            or held.start("v") <= verb.start < held.end("v")
            # "sets out a national border-closure policy that calls for more
            # military resources": the plan's verb is nearer than the act's
            # (not the act that signs or launches the plan itself)
            or verb.end <= held.start("v")
            and lemma_of(verb.lemma.split()[0], doc.article.language) not in _PUTS_PLAN
            and verb.lemma.split()[0] not in _PUTS_PLAN
        ):
            status = "announced"
            verb = Verb(held.start("v"), held.end("v"), "plan", status, "other")
        elif (
            listed
            and (verb is None or verb.end <= listed.start("v"))
            # "promised to start his term with a Border Shield plan: fences…": a
            # promise's plan is promised
            and status in (None, "implemented", "announced")
        ):
            # what the plan's colon lists, whatever launched the plan itself
            status = "announced"
            verb = Verb(listed.start(), listed.start("v"), "plan", status, "other")
        if (
            status == "implemented"
            and verb is not None
            and verb.tense == "other"
            and doc.published is not None
            and any(
                t.sentence == si
                and t.resolved
                and t.date_from > doc.published
                and abs(t.start - verb.end) <= 60
                # "restringe … hasta fines de enero": in force until then
                and not ends_at(doc, t.start)
                for t in timexes
            )
        ):
            # "the committee holds its first meeting on Monday", "sesiona el
            # martes 9": a present that a date to come makes a plan
            status = "announced"
        ordered = (
            status == "implemented"
            and verb is not None
            and verb.end <= s
            and (
                _ORDERS.match(doc.folded, verb.start)
                and _ORDERED_INFINITIVE.match(doc.folded, verb.end, s)
                # "instructs the ministries to build barriers": the infinitive
                # governs, an order before it
                or is_nonfinite(doc, verb)
                and _ORDER_BEFORE.search(
                    # "instructs the ministries to seek…, to modify… and to build"
                    doc.folded,
                    max(sent.start, verb.start - 200),
                    verb.start,
                )
            )
        )
        if ordered:
            # "ordena levantar barreras físicas", "instructs the defence ministry
            # to build physical barriers": the order is given, what it orders is
            # still to be done
            status = "announced"
        if (
            status is not None
            and status != "scenario"
            and verb is not None
            and is_nonfinite(doc, verb)
            and _INSISTED.search(
                doc.folded, max(sent.start, verb.start - 40), verb.start
            )
        ):
            # "insistió en habilitar un corredor", "reiteró su plan de habilitar",
            # "insisted on opening": what is argued for is proposed
            status = "proposed"
        if (
            status in ("implemented", "announced")
            and verb is not None
            and re.search(r"(?:ing|ar|er|ir)$", doc.folded[verb.start : verb.end])
            and _WISHED.search(doc.folded, max(sent.start, verb.start - 90), verb.start)
        ):
            # "both sides voiced interest in … and in strengthening the border
            # zone", "mostraron interés en fortalecer": a wish, not an act
            status = "proposed"
        possessed = (
            _POSSESSED_PROPOSAL.search(doc.folded, max(sent.start, s - 45), s)
            or _PROPOSAL_OF.search(doc.folded, max(sent.start, s - 45), s)
            # "su promesa de cavar zanjas en el norte y expulsar a…": the second
            # of the promised acts
            or _PROMISED_TOO.search(doc.folded, max(sent.start, s - 90), s)
            # "carrying the idea at the center of his promise…: a humanitarian
            # corridor": the measure a colon names as the promise
            or _PROMISE_THEN_COLON.search(doc.folded, max(sent.start, s - 120), s)
            # "has given the country's 330,000 undocumented migrants an ultimatum
            # to sell up and self-deport or be thrown out": a threat is proposed
            or _ULTIMATUM.search(doc.folded, max(sent.start, s - 90), s)
        )
        owner = _owner(doc, sent, s, e) if not possessed else None
        named_proposal = owner is not None and (
            (m := _OWNER_BEFORE.search(doc.folded, max(sent.start, s - 70), s))
            is not None
            and m.group("name") is not None
        )
        if owner is not None and (
            verb is None
            or fold(verb.lemma) in _SET_ASIDE
            or status == "scenario"
            # "la promesa de Kast de expulsar a 340.000 migrantes preocupa": the
            # named owner's promise, whatever the sentence's verb
            or named_proposal
        ):
            # "Jerí rejected Kast's humanitarian corridor", "descartó el corredor
            # humanitario de Kast", "la propuesta de Kast de un corredor": the
            # owner's proposal, whoever sets it aside
            status = "proposed"
            verb = Verb(owner.start, owner.end, "promise", status, "other")
        else:
            owner = None
        if possessed:
            status = "proposed"
            verb = Verb(possessed.start(), possessed.end(), "promise", status, "other")
        if (
            verb is not None
            and verb.lemma in ("raise", "plantear")
            and status in ("implemented", "announced")
            and spec.get("kind", spec["key"]) != "border_control"
        ):
            # "the corridor Kast had raised", "raised the idea of a cabinet": an
            # idea put forward (barriers raised are built)
            status = "proposed"
        adjective = _PROPOSED_BEFORE.search(doc.folded, max(sent.start, s - 25), s)
        if adjective and not possessed:
            # "Kast's proposed humanitarian corridor", "a planned deployment": the
            # participle before the noun tells its standing, whatever the
            # sentence does with it ("Jerí ruled out…")
            status = "announced" if adjective.group(1) == "planned" else "proposed"
            verb = Verb(
                adjective.start(1), adjective.end(1), "promise", status, "other"
            )
        if (
            spec.get("fixed_status")
            and status not in (None, "scenario")
            and (verb is None or verb.tense in ("past", "other"))
        ):
            status = spec["fixed_status"]  # "Perú exige visado": in force
        if (
            status is None
            and verb is None
            and (
                _OWN_FUTURE.search(doc.text[s:e])
                # "las patrullas móviles operarán las 24 horas": the subject of
                # a future
                or _FUTURE_AFTER.match(doc.text, e)
            )
        ):
            # "50 soldiers would go straight to Santa Rosa", "otros 50 soldados se
            # sumarán": words with a verb of their own, in the future
            cue = scenario_cue(doc, sent.start, s)
            status = None if cue else "announced"
        if (
            status is None
            and verb is None
            and _OBLIGED.search(doc.folded, max(sent.start, s - 40), s)
            and _reported_before(doc, sent.start, s)
        ):
            # "De Zela explicó que quienes deseen dejar Chile tendrán que salir de
            # manera regular": what an agreement obliges, told by one who made it
            pact = next(
                (
                    d
                    for d in reversed(drafts)
                    if d.status == "agreed" and len(d.countries) == 2
                ),
                None,
            )
            if pact is not None:
                status, agreed_by = "agreed", pact.actors
        if status is None and verb is None and drafts and _list_item(doc, si):
            # "- Operativos de inteligencia para contener ingresos irregulares":
            # an item of the list an act leads is as far along as that act
            status = drafts[-1].status
        if (
            status is None
            and spec.get("default_status")
            # "a new extension" with no verb of its own: not known to be in force
            and not (
                spec["key"] == "emergency_extension"
                and _EXTENSION_ANAPHOR.search(doc.folded, s, e)
            )
        ):
            # "con militares en apoyo de su policía": in place; "they have 63
            # days to leave": a promise; either, unless a hypothesis
            cue = _clause_scenario(doc, sent, s, e)
            status = None if cue else spec["default_status"]
            if (
                status == "implemented"
                and verb is None
                and any(v.tense == "future" for v in finite_verbs_of(doc, si))
            ):
                # "Peru will declare a state of emergency… The state of emergency
                # 'will generate tranquillity'": the one announced, not yet in
                # force
                status = next(
                    (
                        d.status
                        for d in reversed(drafts)
                        if d.key == spec["key"]
                        and d.kind != "other"
                        and d.status in ("announced", "proposed")
                        and d.sentence < si
                    ),
                    status,
                )
        if (
            status is None
            and verb is None
            and _AGREEMENTS_LIST.search(doc.folded, max(sent.start, s - 160), s)
        ):
            # "the initial agreements—joint patrols, coordination between police
            # forces and the exchange of information—", "entre los acuerdos:
            # patrullajes conjuntos…": each item listed was agreed
            status = "agreed"
        if status is None and verb is None and not told:
            # "la zanja que Chile comenzó a excavar", "the plan will also add
            # fences": no verb of acting, but a finite verb all the same
            verb, relative = _governing(doc, finite_verbs_of(doc, si), s, e)
            if (
                verb is not None
                and verb.end <= s
                and (
                    _TOPIC_OF.search(doc.folded, verb.end, s)
                    or _told_between(doc, verb.end, s)
                )
            ):
                # "abrió interrogantes sobre el gabinete binacional": the measure
                # is what something is about, not what the verb acts on; nor is
                # it what one did before telling of it ("se reunió … y comentó
                # que el corredor sigue siendo una preocupación")
                verb = None
            verb = _mood_head(doc, verbs[si], verb)
            status = _status(doc, verb, s, e, sent.start, relative)
        body_work = False
        at_work = _BODY_AT_WORK.search(doc.folded, sent.start, s)
        if (
            at_work
            and spec["key"] not in _OF_BOTH
            and (
                status is None
                or verb is not None
                and (
                    is_nonfinite(doc, verb)
                    # "They set up a technical group, which is due to meet on
                    # Dec. 9 to agree common criteria": the verb made the body
                    or verb.end <= at_work.start()
                )
            )
        ):
            # "the technical group is due to meet to work out common rules…",
            # "el grupo técnico trabaja en criterios comunes": what a joint body
            # works towards is proposed, by the governments it answers to
            status, body_work = "proposed", True
        if status is None and spec.get("standing_status"):
            # "a technical working group is due to meet": a body no verb of its
            # sentence makes was made before, by those the lexicon says
            cue = _clause_scenario(doc, sent, s, e)
            status = None if cue else spec["standing_status"]
        if status is None and (
            _IN_FORCE_AFTER.match(doc.folded, e, sent.end)
            or _UNDER_SINCE.search(doc.folded, max(sent.start, s - 12), s)
            and _SINCE_AFTER.match(doc.folded, e, sent.end)
        ):
            # "Peru's state of emergency…, in force since November 29, runs until
            # late January", "…expires on March 28", "a border that has been
            # under a state of emergency since late November": in force now
            status = "implemented"
        if status is None:
            continue
        # The verb of a relative clause has its own subject between "que" and it.
        pos = verb.start if relative else (min(verb.start, s) if verb else s)
        purpose = (
            verb is not None
            and not relative
            and _PURPOSE.search(
                doc.folded, max(sent.start, verb.start - 60), verb.start
            )
        )
        if purpose:
            pos = purpose.start()  # "he used the conversation to invite": he
        pronoun = re.search(
            r"\b(?:[Hh]e|[Ss]he|[ÉéEe]l|[Ee]lla)\s+(?:(?:has|had|have|will|would|"
            r"also|ya|ha|había|también)\s+)*$",
            doc.text[max(sent.start, pos - 25) : pos],
        )
        if pronoun and pronoun.group(0)[:2].lower() == "el":
            pronoun = None  # "el" without its accent is the article
        title = _TITLE_SUBJECT.search(doc.folded, max(sent.start, pos - 30), pos)
        own = _own_doer(doc, si, s, e)
        it = doc.article.language == "en" and _IT_SUBJECT.search(
            doc.text[max(sent.start, pos - 40) : pos]
        )
        they = _THEY_SUBJECT.search(doc.text[max(sent.start, pos - 40) : pos])
        forces = _forces_subject(doc, si, pos) if verb is not None else []
        announcement = (
            _ANNOUNCEMENT_OF.search(doc.folded, max(sent.start, verb.start - 60), pos)
            if verb is not None and not relative and verb.start < s
            else None
        )
        announcer = []
        if announcement:
            # "el anuncio de Perú de declarar…", "Peru's announcement that": the
            # one announcing, named with the noun
            lo = (
                announcement.start("by") if announcement["by"] else announcement.start()
            )
            announcer = [
                a
                for f in doc.in_sentence(si)
                if max(sent.start, lo - 12) <= f.start and f.end <= announcement.end()
                for a in [agent_of(doc, f)]
                if a is not None
            ]
        under_way = _under_way_by(doc, si, e)
        if own:
            agents = own  # "militares peruanos comenzaron a desplegarse"
        elif under_way:
            agents = under_way  # "the deployment being carried out by Peru"
        elif announcer:
            agents = announcer
        elif forces:
            agents = forces  # "police and soldiers have run patrols"
        elif pronoun:
            agents = _last_person(doc, pos)
        elif dropped := _dropped_plural_doers(doc, si, pos, verb):
            # "Durante el encuentro, los Gobiernos expresaron… En este marco,
            # acordaron que…": a plural verb with no subject goes on with the
            # pair or the two governments of the sentence before
            agents = dropped
        elif they and _last_pair(doc, pos):
            # "…, Alberto van Klaveren and Hugo de Zela, held the first session.
            # They agreed that…": the two named together last
            agents = _last_pair(doc, pos)
        elif it and _last_state(doc, pos):
            # "Peru has already acted. Late last month it declared…": the state
            # named last
            agents = _last_state(doc, pos)
        elif title and not _subject_between(doc, title.end(), pos):
            # "el presidente pidió…": the person the title stands for
            # "el comandante general de la brigada, general Luis Díaz, explicó":
            # one named in apposition to the title is the one it stands for
            apposed = [
                f
                for f in doc.found
                if title.end() <= f.start
                and f.end <= pos
                and doc.entries[f.entry_id].kind == "person"
            ]
            who = apposed[-1] if apposed else _titled(doc, Span(pos, pos))
            agents = [who] if who else _subject(doc, si, pos)
        elif (
            verb is not None
            and not relative
            and doc.article.language == "en"
            and e < verb.start <= e + 60
            and (
                re.match(
                    r"(?:\s+and\s+(?:[a-z]+\s+){1,3}?)?\s*(?:the|both)\s",
                    doc.folded[e : e + 50],
                )
                or _bare_relative(doc, e, verb)
            )
            and _has_subject(doc, e, verb.start)
        ):
            # "the joint patrols the two foreign ministries agreed": a relative
            # clause with no "that", its subject between the noun and the verb
            agents = _subject(doc, si, verb.start, lo=e)
        elif (
            verb is not None
            and verb.start >= e
            and re.match(r"\s*(?:que|that|which)\s", doc.folded[e : verb.start])
            and _TITLE_SUBJECT.search(doc.folded, e, verb.start)
            and (titled := _titled(doc, Span(verb.start, verb.start)))
        ):
            # "descartó el corredor humanitario que el chileno promovía": the
            # relative clause's titled subject proposes it
            agents = [titled]
        elif relative:
            agents = (
                _postverbal_subject(doc, si, verb)
                or _subject(doc, si, pos, lo=e)
                or _subject(doc, si, pos)
                or _fronted_subject(doc, si, verb.end)
            )
        else:
            agents = _subject(doc, si, pos)
            # with no verb to hang on ("a possible corridor"), only an actor of
            # its own sentence proposes it
            if (
                verb is None
                and not agents
                and (
                    re.search(
                        r"\b(?:he|she|él|ella)\b",
                        doc.text[sent.start : s],
                        re.IGNORECASE,
                    )
                    or _said_with_no_subject(doc, si, s)
                )
            ):
                # "He ruled out a corridor"; "Reiteró su advertencia: les quedan
                # 63 días para salir": the one who said it, named before
                agents = _last_person(doc, pos)
            elif verb is None and not agents:
                # "“Quedan 103 días para que salgan”, dijo.": the speaker the
                # sentence closes on
                agents = _said_after(doc, si, e)
            elif (
                agents is not None
                and verb is not None
                and _IMPERSONAL.search(
                    doc.folded, max(sent.start, verb.start - 12), verb.start
                )
            ):
                # "Cuando se activó la primera declaratoria": an impersonal has no
                # person for a dropped subject, only a government acting before
                agents = agents or [
                    a
                    for a in last_subject.get(sent.paragraph, [])
                    if doc.entries[a.entry_id].kind == "government"
                ]
            elif agents is not None and verb is not None:
                # "He phoned Kast and invited him…": the sentence's pronoun
                # subject does the coordinated act, not the object before it
                opening = _OPENING_PRONOUN.match(doc.text, sent.start)
                agents = (
                    agents
                    or (_last_person(doc, sent.start) if opening else [])
                    # "The government says the plan will also add fences": the
                    # government of the places in question reports its own act
                    or (
                        _territorial_doer(doc, si, s, e, cue=False)
                        if _GOVERNMENT_SAYS.match(doc.folded, sent.start)
                        else []
                    )
                    # "…, and President José Jerí's government responded by
                    # declaring…": the government a named person leads
                    or _persons_government(doc, si, pos)
                    # "El ultraconservador chileno, que asumirá…, promueve…": the
                    # one the opening title stands for
                    or _titled_opening(doc, si, pos)
                    or last_subject.get(sent.paragraph, [])
                    # "- Desplegó más de 600 efectivos militares", after "El
                    # gobierno de Gabriel Boric endureció los controles…": an
                    # item of a list does what its lead's subject did
                    or _list_lead_subject(doc, si, last_subject)
                    or _last_person(doc, pos)
                )
        if owner is not None:
            agents = [owner]
        elif possessed and possessed.group(0)[:3] in ("his", "her", "su "):
            agents = _last_person(doc, possessed.start()) or agents
        elif possessed and re.match(r"[a-z]+['’]s\b", possessed.group(0)):
            # "Kast's proposal of a humanitarian corridor": the one whose it is
            owner = possessed.start() + re.match(r"[a-z]+", possessed.group(0)).end()
            agents = [
                f
                for f in doc.found
                if f.end == owner and doc.entries[f.entry_id].table == "actors"
            ][-1:] or agents
        # "la declaración del estado de emergencia por parte del gobierno de José
        # Jerí": the doer named after the act's noun
        by_part = _BY_PART.match(doc.folded, e)
        part_doer = (
            _last_actor(doc, by_part.end(), min(by_part.end() + 41, sent.end))
            if by_part
            else []
        )
        # "recibió de Jerí una invitación para celebrar un gabinete": the one who
        # gives the invitation proposes
        giver = _GIVER.search(doc.folded, max(sent.start, s - 90), s)
        giver_doer = _last_actor(doc, *giver.span("who")) if giver else []
        reduced = verb is not None and _reduced_relative(doc, verb, e)
        if reduced:
            # its doer, if any, follows "by"/"por"; no earlier subject does it
            agents = [
                a for a in _passive_agents(doc, si, verb, []) if a.start > verb.end
            ]
        passive = verb is not None and (
            reduced
            or _PASSIVE.search(doc.folded, max(sent.start, verb.start - 20), verb.start)
        )
        impersonal = verb is not None and _IMPERSONAL.search(
            doc.folded, max(sent.start, verb.start - 12), verb.start
        )
        parties = _two_governments(doc) if impersonal else []
        if (
            len(parties) == 2
            and verb.status == "agreed"
            and not any(
                agent_of(doc, f) for f in doc.in_sentence(si) if f.end <= verb.start
            )
        ):
            # "se resolvió fijar…", "se acordó…": agreeing takes two, the two
            # governments the article is about
            said = doc.text[verb.start : verb.end]
            agents = [
                Found(verb.start, verb.end, said, g, si, derived=True) for g in parties
            ]
        if verb is not None and _IN_FORCE.match(doc.folded, verb.start):
            # "los distritos … se encuentran en estado de emergencia": the
            # places are the subject; the government of the territory acts
            # (the government that declared it earlier in the article, first:
            # "La primera declaratoria rige desde…" beside places of both sides)
            agents = (
                _known_doer(doc, drafts, spec.get("kind", spec["key"]), si, s, e)
                or _territorial_doer(doc, si, s, e)
                or agents
            )
        if (passive or impersonal) and not agents:
            # "Jerí said that controls will be strengthened": with no doer named,
            # the speaker announces it; "the emergency was extended in Tacna":
            # the government of the territory
            reported = _reported_before(doc, sent.start, pos)
            agents = (
                (_last_person(doc, pos) if reported else [])
                or _known_doer(doc, drafts, spec.get("kind", spec["key"]), si, s, e)
                or _territorial_doer(doc, si, s, e, cue=False)
                or _last_person(doc, pos)
            )
        if agents and passive:
            agents = _passive_agents(doc, si, verb, agents)
        if (
            not agents
            and (verb is None or verb.end <= s)
            and _reported_before(doc, sent.start, s)
        ):
            # "Kast advirtió que a los migrantes les quedan 103 días": what a
            # clause with no doer of its own reports is the speaker's (not
            # what the measure itself will do: "el gabinete permitirá…")
            agents = _last_person(doc, s)
        if (
            status == "proposed"
            and verb is not None
            and _NEEDED.search(doc.folded, max(sent.start, verb.start - 20), verb.start)
            and _reported_before(doc, sent.start, verb.start)
        ):
            # "Jara sostuvo que es necesario reforzar los controles": the one
            # who calls for it
            agents = _last_person(doc, verb.start) or agents
        if not agents and status == "implemented":
            agents = (
                _decree_doer(doc, drafts, si, s)
                or _known_doer(doc, drafts, spec.get("kind", spec["key"]), si, s, e)
                or _territorial_doer(
                    doc, si, s, e, cue=spec.get("default_status") != "implemented"
                )
            )
        his_gov = (
            None
            if agents
            else _HIS_GOVERNMENT.search(doc.folded, max(sent.start, pos - 60), pos)
        )
        if his_gov:
            # "Según dijo, su Gobierno buscará…": the government of the person
            # the possessive stands for
            people = _last_person(doc, his_gov.start())
            gov = (
                governments().get(doc.entries[people[0].entry_id].country or "")
                if people
                else None
            )
            if gov in doc.entries:
                agents = _stand_ins(doc, si, s, e, [gov])
        if agreed_by:
            agents = _stand_ins(doc, si, s, e, agreed_by)
        body = (
            _BINATIONAL_BODY.search(
                doc.folded, sent.start, min(verb.start, sent.start + 70)
            )
            if verb is not None and verb.status in ("agreed", "implemented")
            else None
        )
        if (
            body
            and len({a.entry_id for a in agents or ()}) <= 1
            and (
                "," not in doc.folded[body.start() : verb.start]
                or _THEY.search(doc.folded, body.start(), verb.start)
            )
        ):
            # "The binational committee … has agreed on joint patrols", "At the
            # first meeting of the Binational Committee, they agreed to…": the
            # two governments, not the one country a clause names
            both = _two_governments(doc)
            if len(both) == 2:
                agents = _stand_ins(doc, si, s, e, both)
        agenda = _AGENDA.search(doc.folded, sent.start, s)
        # "El grupo tiene el encargo de…" opening the sentence: the body is its
        # subject, whoever the sentences before named
        leads = agenda is not None and agenda.start() - sent.start <= 3
        if (not agents or leads) and agenda:
            # "Su tarea será fijar criterios comunes…", "the group was asked to
            # work on…": what a binational body is to do, the two governments'
            both = _two_governments(doc)
            if len(both) == 2 and _BINATIONAL_BODY.search(doc.folded):
                agents = _stand_ins(doc, si, s, e, both)
                if (
                    leads
                    and status == "implemented"
                    and verb is not None
                    and is_nonfinite(doc, verb)
                ):
                    status = "agreed"  # a task the two governments gave it
        if (
            verb is not None
            and _WHICH_BEFORE.search(
                doc.folded, max(sent.start, verb.start - 16), verb.start
            )
            and _BINATIONAL_BODY.search(doc.folded, sent.start, verb.start)
            and len(_two_governments(doc)) == 2
        ):
            # "The binational committee that Chile and Peru set up on December 1,
            # which agreed on joint patrols…": the body of both agreed
            agents = _stand_ins(doc, si, s, e, _two_governments(doc))
        if body_work and len(_two_governments(doc)) == 2:
            agents = _stand_ins(doc, si, s, e, _two_governments(doc))
        bare = BARE_GOVERNMENT.search(doc.folded, max(sent.start, pos - 40), pos)
        if bare and not any(
            a.sentence == si and a.start >= bare.start() for a in agents or ()
        ):
            # "y el Gobierno respondió con un estado de emergencia … en Tacna":
            # the government of the country its sentence's places are in
            agents = _territorial_doer(doc, si, s, e, cue=False, home=True) or agents
        if _ACT_BEFORE_NOUN.search(doc.folded, max(sent.start, s - 50), s):
            # "convocado tras la declaración del estado de emergencia en la región
            # peruana de Tacna": an act the sentence dates by, not its subject's;
            # the government of the place it names
            where = next(
                (
                    doc.entries[f.entry_id].country
                    for f in doc.in_sentence(si)
                    if e <= f.start <= e + 60
                    and doc.entries[f.entry_id].kind not in AGENT_KINDS
                    and doc.entries[f.entry_id].country
                ),
                None,
            )
            gov = governments().get(where or "")
            status = "implemented"  # what the sentence dates by was done
            agents = (
                _stand_ins(doc, si, s, e, [gov])
                if gov in doc.entries
                else _territorial_doer(doc, si, s, e, cue=False)
            ) or agents
        decree = _decree_doer(doc, drafts, si, pos, _DECREE_SUBJECT)
        if decree and not any(
            a.sentence == si and a.start >= decree[0].start for a in agents or ()
        ):
            # "La medida, vigente desde el día siguiente, restringe la libertad de
            # tránsito": the decree's act is its author's
            agents = decree
        if (
            spec["key"] in _OF_BOTH
            and status == "agreed"
            and verb is not None
            and not relative
            and e <= verb.start
            and not _subject_between(doc, e, verb.start)
        ):
            # "El comité binacional … acordó avanzar en patrullajes": the body
            # that agrees is in place; what it agrees is the agreement
            status = "implemented"
        if spec["key"] in _OF_BOTH and not agents and status in _STANDING:
            # "the first session of the Binational Committee": the two
            # governments' own body, whoever the sentence names
            both = _two_governments(doc)
            agents = _stand_ins(doc, si, s, e, both)
        agents = _binational_bodies(doc, agents)
        if spec["key"] in _OF_BOTH and agents and status in ("implemented", "agreed"):
            # the committee or its working group is the two governments' own
            # (one government may announce it alone: "Chile anunció la creación")
            both = _two_governments(doc)
            if len(both) == 2 and any(
                (doc.entries[a.entry_id].country or _context_country(doc, a))
                in {doc.entries[g].country for g in both}
                for a in agents
            ):
                agents = [
                    Found(a0.start, a0.end, a0.surface, g, a0.sentence, derived=True)
                    for a0 in agents[:1]
                    for g in both
                ]
        own_gov = _persons_government(doc, si, s)
        if part_doer:
            agents = part_doer
        elif giver_doer:
            agents = giver_doer
        elif own_gov and (
            verb is None or own_gov[0].start > verb.end or verb.start > s
        ):
            # "…turned back, and President José Jerí's government responded by
            # declaring…": the nearer subject of the act, past the verb before it
            agents = own_gov
        agents = _named(doc, agents)
        asking = _FIRST_PERSON_ASKS.search(doc.text, sent.start, s)
        quoting = _quoting_person(doc, si, s)
        if quoting is not None and _WE_DO.search(doc.text, max(quoting[1], s - 60), e):
            # 'Kast said, "…, we will detain you and we will deport you"': the
            # one quoted, not the government of the country the sentence names
            agents = [quoting[0]]
        elif (not agents or asking) and _FIRST_PERSON.search(doc.text, sent.start, e):
            # "Por eso le pido al ministro … que nos envíe refuerzos", "Vamos a
            # entregar dos camionetas", in an interview's answer: the one answering
            who = answerer(doc, s)
            agents = [who] if who is not None else agents
        if not agents and status in ("implemented", "announced") and verb is not None:
            # "army excavators began cutting a trench", "se intervino a 412
            # extranjeros": an act no words name the doer of is done by the
            # government of the country its sentence places it in
            agents = _territorial_doer(doc, si, s, e, cue=False)
        if not agents:
            # "los controles peruanos", "Peruvian controls": a nationality in
            # the measure's own words is its government's
            agents = _own_demonym(doc, si, s, e) or _list_lead_subject(
                doc, si, last_subject
            )
        if not agents:
            continue
        if status == "agreed" and verb is not None:
            # "Kast agreed with Jerí to hold a binational cabinet": the other
            # party to an agreement
            agents = agents + _partner(doc, si, verb, agents)
        if status == "agreed":
            # "los entendimientos alcanzados con el Gobierno de Gabriel Boric,
            # como los patrullajes conjuntos": the one they were reached with
            reached = _REACHED_WITH.search(doc.folded, max(sent.start, s - 120), s)
            if reached is not None:
                agents = agents + _partner(
                    doc, si, Verb(reached.start(), reached.end(), "", "", ""), agents
                )
        if spec.get("kind", spec["key"]) in _DECREED_KINDS and status in (
            "implemented",
            "announced",
        ):
            # "los subsecretarios … visitaron Chacalluta tras el decreto del
            # gobierno peruano que declaró estado de emergencia en Tacna", "el
            # prefecto dijo que la declaratoria del estado de emergencia fue
            # oportuna": only a government decrees; the one the clause names,
            # else the one whose territory it is
            agents = _decreeing(doc, si, s, e, agents)
        if spec.get("counts_days") and (closing := _said_after(doc, si, e)):
            # "Los migrantes disponen de “63 días” para abandonar el país, dijo
            # Kast": a deadline told to migrants is the ultimatum of the one who
            # says it, a promise until it is in force
            agents, verb = closing, None
            if status == "implemented":
                status = spec["default_status"]
        last_subject[sent.paragraph] = agents
        # A promise is the person's own, even from office; acts are the state's.
        promise = verb is not None and verb.lemma in _PROMISES
        acting = [
            (
                a.entry_id
                if promise
                else _acting_for(
                    doc,
                    a,
                    spec["key"]
                    if spec.get("kind") == "other"
                    else spec.get("kind", spec["key"]),
                    past=verb is not None and verb.tense == "past",
                    # "que Jerí y Kast acordaron en enero": the office held then
                    day=_act_day(doc, si, verb, timexes),
                ),
                a,
            )
            for a in agents
        ]
        actor_ids = list(dict.fromkeys(i for i, _ in acting))
        # a person the article does not place has the country of their paragraph
        countries = list(
            dict.fromkeys(
                c
                for c in (
                    doc.entries[a].country
                    or (_context_country(doc, f) if f.entry_id == a else None)
                    for a, f in acting
                )
                if c
            )
        )
        if _AGAINST_BEFORE.search(doc.folded, max(sent.start, s - 50), s):
            # "ha decidido no emprender acciones … en contra de la edificación de
            # zanjas": what one side will not act against is the other side's
            # act, in place
            others = [
                g
                for g in _two_governments(doc)
                if doc.entries[g].country not in countries
            ]
            if len(others) != 1:
                continue
            actor_ids, countries = others, [doc.entries[others[0]].country]
            status = "implemented"
        if not countries:
            # "el general de brigada Luis Díaz Paredes informó que se instalarán
            # puestos permanentes": an official placed nowhere, in a paragraph
            # of two countries, acts for the country the article is about
            countries = [c] if (c := _story_country(doc)) else []
        if not countries:
            continue
        if (
            status == "announced"
            and len(countries) == 2
            and len(actor_ids) >= 2
            and not body_work
            and spec.get("kind", spec["key"]) != "binational_committee"
            # "Ese equipo tendrá que fijar criterios": an obligation still to come;
            # "Su tarea será fijar…": a body's task; "el grupo sesiona el martes":
            # a body's meeting
            and not _OBLIGED.search(doc.folded, max(sent.start, s - 40), s)
            and not _TASK.search(doc.folded, sent.start, s)
            and not (verb is not None and verb.lemma in _MEETS)
            # "the meeting will address the exchange of information": on the
            # agenda, not yet agreed
            and not (verb is not None and verb.lemma in _WEIGHING)
        ):
            # "ambos países pondrán en marcha patrullajes conjuntos", "the two
            # governments still plan to convene a binational cabinet": what the
            # two sides are to do together, they have agreed
            status = "agreed"
        lo, hi = (min(s, verb.start), max(e, verb.end)) if verb else (s, e)
        if hi - lo > 200:
            lo, hi = s, e
        evidence = doc.evidence(lo, hi)
        existing = next(
            (
                d
                for d in drafts
                if d.key == spec["key"]
                and (
                    # one binational cabinet or committee per pair of countries:
                    # each mention is a stage of it
                    spec["key"] in _ONE_AT_ANY_STAGE
                    # "…was extended in January; Lima must decide whether to renew
                    # it": a further extension supposed is another measure
                    and not (
                        spec["key"] == "emergency_extension"
                        and {d.status, status} == {"implemented", "scenario"}
                    )
                    or d.status == status
                    and set(d.actors) & set(actor_ids)
                    # "a trench and barriers" in one list is one measure; "se ha
                    # desplegado un patrullaje…, se emplean drones" are two acts
                    and not _new_district(doc, d, si, s)
                    # "…se desplegarán de inmediato, y otros 50 efectivos llegarán
                    # en diciembre": a further contingent is a deployment of its own
                    and not _FURTHER_CONTINGENT.match(doc.folded, s)
                    # "In April 2023, a two-month state of emergency was
                    # declared", then "recently declared a state of emergency":
                    # an act of years before is another measure
                    and not _years_apart(doc, d, si, timexes)
                    and (
                        d.surface == doc.folded[s:e]
                        or spec["key"] in _ONE_OF_A_KIND
                        or any(
                            doc.sentence_at(ev.start) == si
                            and not _verb_between(doc, si, ev.end, s, verb)
                            for ev in d.evidence
                        )
                    )
                )
            ),
            None,
        )
        for a in agents:
            use(doc, a)
        if existing:
            if _STAGE[status] > _STAGE[existing.status]:
                existing.status = status  # the furthest stage the article reports
                if spec["key"] in _ONE_AT_ANY_STAGE:
                    # "Jerí invited Kast…", then "both agreed to hold it": the
                    # later stage's parties join
                    existing.actors = list(dict.fromkeys(existing.actors + actor_ids))
                    existing.countries = list(
                        dict.fromkeys(existing.countries + countries)
                    )
            if all(ev.start != evidence.start for ev in existing.evidence):
                existing.evidence.append(evidence)
            _note_dates(doc, existing, si, timexes)
            continue
        draft = Draft(
            kind=spec.get("kind", spec["key"]),
            key=spec["key"],
            surface=doc.folded[s:e],
            label=spec["label"],
            topic=spec["topic"],
            actors=actor_ids,
            countries=countries,
            status=status,
            is_bilateral=bool(spec.get("bilateral"))
            or {"PER", "CHL"} <= set(countries),
            start=s,
            end=e,
            sentence=si,
            evidence=[evidence],
        )
        _note_dates(doc, draft, si, timexes)
        if spec.get("counts_days"):
            _count_days(doc, draft, si, timexes)
        drafts.append(draft)
    _anaphora(doc, drafts, timexes)
    for d in drafts:
        _finish_dates(d)
        single = _spec_by_key()[d.key].get("single")
        if single and len(d.countries) < 2 and not _JOINT.search(d.surface):
            # "Patrullajes motorizados y a pie en la línea fronteriza", by one
            # country's forces: its own patrols, not joint ones
            d.kind, d.label, d.is_bilateral = single["kind"], single["label"], False
    return drafts


@functools.cache
def _spec_by_key() -> dict[str, dict]:
    return {spec["key"]: spec for spec, _ in lex_().measures}


_JOINT = re.compile(r"conjunt|joint|binacional|binational|combinad|mixt")


# "El decreto, aprobado el viernes, regirá por 60 días", "the measure runs for
# two months": a definite noun for a decree stands for the last decreed measure.
_DECREE_ANAPHOR = re.compile(
    r"\b(?:el|este|dicho|the|this|these|estas|las)\s+(?:\d+-day\s+)?(?:decreto|decree|norma|"
    r"regimen de excepcion|medida|measure|measures|medidas)\b"
    # "La norma también dispone que…": the decree told before
    r"|\b(?:la|esta|dicha)\s+norma\b"
    # "Mientras dure la medida, quedan restringidas…", "while the measure lasts"
    r"|\b(?:mientras|while)\s+(?:dure|rija|lasts|is in force)\s+(?:la|el|the)\s+"
    r"(?:medida|norma|decreto|measure|decree|emergencia|emergency)\b"
)
_DECREED = ("state_of_emergency",)
# "La medida, vigente desde el día siguiente, restringe …": the decree as the
# subject of the verb
_DECREE_SUBJECT = re.compile(
    r"\b(?:el|la|este|esta|dicho|dicha|the|this|un|una|a|another|otro)\s+"
    # "un segundo decreto", "the other decree"
    r"(?:(?:other|second|third|new|first|segundo|tercer|nuevo|primer|otro)\s+)?"
    r"(?:decreto|decree|norma|regimen de excepcion|medida|measure)\b"
    # "El decreto supremo, publicado la noche del viernes en El Peruano, declara"
    r"(?:\s+(?:supremo|de urgencia|ley|law))?"
    r"(?:\s*,[^,;]{0,80},)?"
    # "The other decree sets out a national border-closure policy that declares…"
    r"(?:\s+(?:sets out|establishes|creates|establece|crea)\s+[^,;.]{0,60}?\s+(?:that|que))?\s*$"
)


# "La medida rige desde hoy", "la norma estará vigente por sesenta días": a
# feminine "medida" stands for the decree only where it says how long it runs
_TIMED_ANAPHOR = re.compile(
    # "La declaratoria tiene una vigencia de 60 días"
    r"\b(?:la|esta|dicha)\s+(?:medida|norma|prorroga|ampliacion|declaratoria|"
    r"declaracion)(?=(?:\s*,[^,.;]{1,120},)?"
    r"[^.;]{0,30}?\b(?:rige|regira|vigente|vigencia|en vigor|vence|vencera|"
    r"estara vigente|entra en vigor|entro en vigor|empezara a regir|empieza a regir|"
    r"comenzara a regir|comienza a regir|se extendera|se extiende)\b)"
    # "The extension takes effect on Wednesday and runs until March 28"
    r"|\b(?:the|this)\s+(?:extension|measure|declaration)(?=[^.;]{0,30}?\b(?:takes effect|"
    r"will take effect|runs until|will run|will last|lasts until|is in force|"
    r"will be in force|expires)\b)"
    # "…mediante el Decreto Supremo 135-2025-PCM. Regirá durante 60 días": a
    # sentence with no subject of its own, of the decree just named
    r"|(?:(?<=[.!?]\s)|(?<=^))(?:regira|rige|durara|estara vigente|se extendera|"
    r"it will (?:run|last|be in force)|it runs|it lasts)\b"
    r"(?=[^.;]{0,20}?\b(?:por|durante|hasta|for|until)\b)"
)


def _anaphora(doc: Doc, drafts: list[Draft], timexes: list[Timex]) -> None:
    found = [
        *doc.words.finditer(_DECREE_ANAPHOR),
        *doc.words.finditer(_TIMED_ANAPHOR),
    ]
    for m in sorted(found, key=lambda m: m.start()):
        before = [
            d for d in drafts if d.kind in _DECREED and d.evidence[0].start < m.start()
        ]
        if not before:
            continue
        si = doc.sentence_at(m.start())
        # "prorrogó por 60 días … y declaró la misma medida, por idéntico plazo,
        # en Tarata. La prórroga empezará a regir…": each measure of the last
        # sentence that named them
        last = doc.sentence_at(before[-1].evidence[0].start)
        for d in [d for d in before if doc.sentence_at(d.evidence[0].start) == last]:
            if any(
                doc.sentence_at(ev.start) == si
                # "declared a 60-day state of emergency … and deployed soldiers;
                # the decree runs until Jan. 27": far in the same sentence, the
                # decree named again is the subject of its own clause
                and m.start() - ev.end <= _DATE_REACH
                and ";" not in doc.text[ev.end : m.start()]
                for ev in d.evidence
            ):
                continue
            d.evidence.append(doc.evidence(m.start(), m.end()))
            _note_dates(doc, d, si, timexes, subject=True)


_TITLE_SUBJECT = re.compile(
    r"\b(?:el|la|the)\s+(?:presidente?a?|mandatari[oa]|gobernante|chilen[oa]|peruan[oa]|"
    r"canciller|minister|ministr[oa]|"
    r"foreign minister|jefe del? estado|head of state)\s+(?:[a-z]+\s+){0,2}$"
)
_OPENING_PRONOUN = re.compile(r"\s*(?:He|She|Él|Ella)\s")
_PROPOSED_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|its|their|[a-z]+['’]s)\s+(?:much-)?"
    r"(proposed|promised|planned|mooted|floated)\s+(?:[a-z]+\s+)?$"
)
_PROMISED_TOO = re.compile(
    r"\b(?:his|her|their|su|sus|la|the)\s+(?:promise|pledge|promesa|propuesta|plan)\s+"
    r"(?:to|de)\s+[^.;:,]{1,80}\s+(?:and|y)\s+(?:de\s+|to\s+)?$"
)
# Verbs that set a proposal aside: what they act on is still its owner's proposal
_SET_ASIDE = frozenset(
    "reject rule dismiss discard oppose criticise criticize question descartar "
    "rechazar cuestionar criticar desestimar".split()
)
_OWNER_BEFORE = re.compile(
    r"(?:['’]s\s+(?:(?:proposed|flagship|planned|so-called|much-touted)\s+)?[\"“]?"
    r"|\b(?:propuesta|plan|idea|promesa|oferta|proposal|offer)\s+de(?:l)?\s+"
    r"(?:(?:presidente|mandatario|lider)\s+(?:electo\s+)?(?:chileno\s+)?)?"
    r"(?P<name>[a-z]+(?:\s+[a-z]+){0,3})\s+(?:de|para)\s+"
    r"(?:(?:crear|habilitar|abrir|un|una|el|la)\s+){0,2})$"
)
_OWNER_AFTER = re.compile(r"\s+(?:de|del)\s+(?:(?:presidente\s+)?electo\s+)?")


def _owner(doc: Doc, sent, s: int, e: int) -> Found | None:
    """The person a measure's noun belongs to: "Kast's humanitarian corridor", "el
    corredor humanitario de Kast", "la propuesta de Kast de un corredor"."""
    m = _OWNER_BEFORE.search(doc.folded, max(sent.start, s - 70), s)
    if m is not None:
        at = m.start() if m.group(0).startswith(("'", "’")) else m.start("name")
        person = next(
            (
                f
                for f in doc.found
                if (f.end == at if m.group(0)[:1] in "'’" else f.start == at)
                and doc.entries[f.entry_id].kind == "person"
            ),
            None,
        )
        if person is not None:
            return person
    after = _OWNER_AFTER.match(doc.folded, e)
    if after is not None:
        return next(
            (
                f
                for f in doc.found
                if f.start == after.end() and doc.entries[f.entry_id].kind == "person"
            ),
            None,
        )
    return None


# "his promise to expel", "su propuesta de crear": what the possessor proposes
_POSSESSED_PROPOSAL = re.compile(
    # "su promesa de", "Kast's plan to", "llega con la promesa de levantar zanjas"
    r"\b(?:his|her|their|su|sus|[a-z]+['’]s|con la|with the|with a|con una)\s+"
    r"(?:\w+\s+)?(?:promise|pledge|vow|plan|threat|"
    r"proposal|offer|promesa|propuesta|oferta|plan|idea|amenaza)s?\s+(?:to|de|para|of|for)\s+"
    # "… de levantar zanjas, muros y vallas": each item of the promised list;
    # "su propuesta de abrir un corredor"
    r"(?:\w+\s+)?(?:(?:un|una|el|la|los|las|a|an|the)\s+)?"
    r"(?:\w+(?:,|\s+y|\s+and)\s+){0,3}[\"“«‘']?$"
    # "put to Jerí the idea of a corridor", "la propuesta de un corredor": an idea
    # put forward, whoever's it is
    r"|\b(?:the|la|una?|an?)\s+(?:idea|proposal|propuesta)\s+(?:(?:of|for|de)\s+"
    # "la idea de establecer un corredor", "the idea of setting up a corridor"
    r"(?:[a-z]+(?:ar|er|ir|ing)\s+(?:up\s+)?)?"
    r"(?:(?:un|una|el|la|a|an|the)\s+)?|del\s+|al\s+)[\"“«‘']?$"
)
_PROMISE_THEN_COLON = re.compile(
    r"\b(?:his|her|their|su|sus|[a-z]+['’]s|the|la|el)\s+(?:\w+\s+)?"
    r"(?:promise|pledge|vow|proposal|idea|promesa|propuesta|idea)s?\b"
    r"[^.;:]{0,80}:\s*(?:(?:a|an|the|un|una|el|la)\s+)?[\"“«‘']?$"
)
# "La invitación al gabinete binacional, con la que se cerró la conversación":
# what is invited to is proposed, whatever verb follows
_PROPOSED_GERUNDS = re.compile(
    r"\b(?P<head>(?:proposed|promised|pledged|vowed|suggested|advocated|floated|"
    r"favou?red|called for|campaigned on|proposes|promises|pledges|vows|suggests|"
    r"advocates)\s+[a-z-]+ing\b)[^.;:]*$"
)
# "…, and Peru has kept a state of emergency": another clause, its own subject
_NEW_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|but|while)\s+(?:the\s+)?[A-Z]")
_AGREEMENTS_LIST = re.compile(
    r"\b(?:agreements|acuerdos|commitments|compromisos)\s*(?:[\u2014\u2013:]|-{1,2}|"
    r"\s(?:include|included|incluyen|incluyeron|were|are|fueron|son)\b)"
    r"(?:[^.;:\u2014\u2013]{0,150}?(?:,|\by\b|\band\b|\be\b)\s*)?\s*(?:(?:el|la|los|las|the|un|una)\s+)?$"
)
_ULTIMATUM = re.compile(r"\b(?:ultimatum|ultimatums)\s+(?:to|de|para)\s[^.;:]{0,80}$")
_FEARED = re.compile(
    r"\b(?:(?:for\s+)?fear\s+(?:of|that)|afraid\s+of|fearing|"
    r"(?:por|con)\s+(?:temor|miedo)\s+(?:a|de)|temen|temian|temiendo)\s+"
    r"(?:(?:being|be|ser|que|they|les|los|las)\s+){0,2}$"
)
_PROPOSAL_OF = re.compile(
    r"\b(?:invitacion|invitation|propuesta|proposal|oferta|offer|promesa|promise|"
    r"pledge)\s+(?:a|al|a la|de|del|"
    r"para|to|for|to hold|de celebrar|de realizar|a celebrar|a realizar|"
    r"para celebrar|para realizar)\s+"
    r"(?:(?:un|una|el|la|the|a|an)\s+)?$"
)
# "se sumará un contingente", "se implementarán controles": no doer is named
# "se desplegó", "se ha desplegado", "se van a instalar"
_ORDERS = re.compile(
    r"(?:orden\w*|instru\w*|mand\w*|dispon\w*|dispus\w*|direct\w*|"
    r"order\w*|tasks?|tasked)\b"
)
# what follows the verb of ordering: an infinitive, perhaps after the one told
# ("instructs the defence and interior ministries to build", "ordena levantar")
_ORDERED_INFINITIVE = re.compile(
    r"\s+(?:(?:al?|a la|a los|the|el|la|los|las)\s+[^.;:]{0,80}?\s+)?(?:to\s+\w+|"
    r"(?:que\s+)?[a-z]+(?:ar|er|ir)(?:se)?)\b"
)
_ORDER_BEFORE = re.compile(
    r"\b(?:instruct\w*|order\w*|direct\w*|task\w*|orden\w*|instru\w*|"
    r"mand\w*|encarg\w*|entrust\w*)\b[^.;]*\s(?:to|a|para)\s+$"
)
_GOVERNMENT_SAYS = re.compile(
    r"\s*(?:the|el)\s+(?:government|gobierno|ejecutivo|administration)\s+"
    r"(?:says|said|insists|explains|adds|dice|dijo|sostiene|afirma|asegura|explica|"
    r"agrega|indica|informa)\b"
)
_TOPIC_OF = re.compile(
    r"\b(?:sobre|acerca de|respecto (?:a|de|del)|en torno a|about|regarding|"
    r"concerning|over)\b"
)
_WISHED = re.compile(
    r"\b(?:interest|interes|interesados?|interested)\s+(?:in|en)\s+[^.;:]*$"
)
_INSISTED = re.compile(
    r"\b(?:insisti\w*|insist\w*|reiter\w*|defendi\w*|defend\w*|abog\w*|"
    # "el corredor con el que Kast pretendía devolver…": what one means to do
    r"pretend\w*|intended to|intends to|aimed to|aims to|"
    r"argued for|pushed for|pressed for)\s+(?:en\s+|on\s+|for\s+)?"
    r"(?:(?:su|sus|his|her|their|the|el|la)\s+(?:plan|propuesta|idea|promesa|proposal|"
    r"pledge|intencion|intention)\s+(?:de|to|of)\s+)?$"
)
# "The plan includes trenches…", "el plan, que contempla además muros…", "the
# Border Shield plan calls for walls": what a plan holds is announced, whether or
# not the plan itself is under way
# what follows a measure's noun that says it is in force: "…, in force since
# November 29,", "vigente desde el sábado", "…expires on March 28", "vence el 28"
_IN_FORCE_AFTER = re.compile(
    r"[^.;:]{0,90}?\b(?:(?:in force|in effect|in place|vigente|en vigor)\s+"
    r"(?:since|desde)\b|(?:expires|lapses|runs until|vence|expira|caduca)\s+"
    r"(?:on\s+|el\s+|a\s+|at\s+|in\s+|later\s+|hasta\s+)?(?:\d|[a-z]+\s+\d|fines|finales|late|the end))"
)
_ORDERED_TO_BUILD = re.compile(
    r"\b(?:order\w*|ask\w*|task\w*|instruct\w*|entrust\w*|encarg\w*|encomend\w*|"
    r"encomiend\w*|pidi\w*|pide\w*|orden\w*)\s+(?:[^.;:]{0,60}?\s+)?"
    r"(?:(?:to|with)\s+(?:help(?:ing)?\s+(?:us\s+)?)?(?:build|dig|erect|construct)|"
    r"(?:a\s+)?construir|"
    r"(?:que\s+)?(?:colabore|ayude|contribuya)\s+(?:en|con)\s+(?:la\s+)?construccion)"
    r"[^.;:]{0,40}$"
)
# what follows a further contingent's words that says it is still to come:
# "another 50 army troops are expected in the coming days", "with as many again
# to follow", "otros 50 soldados anunciados para los días posteriores"
_STILL_TO_COME = re.compile(
    r"\s*(?:(?:are|were|is|was)\s+(?:expected|due)|to follow|due\s+(?:in|on|by|next)|"
    r"(?:will|would)\s+(?:follow|arrive|join)|"
    r"(?:anunciad|previst|esperad)[oa]s\s+para|(?:llegaran|se sumaran|arribaran))\b"
)
_FURTHER_CONTINGENT = re.compile(
    r"(?:another|a further|otros|otras|as many again|as many more)\b"
)
_UNDER_SINCE = re.compile(r"\b(?:under|bajo)\s+(?:an?|un|el|the)\s+$")
_SINCE_AFTER = re.compile(r"\s+(?:since|desde)\b")
_TASK = re.compile(
    r"\b(?:su|sus|its|their)\s+(?:tarea|tareas|mision|task|tasks|mandate|funcion)\b"
)
_MEETS = frozenset({"sesionar", "reunir", "reunirse", "meet"})
_PLAN_HOLDS = re.compile(
    r"\b(?:plan|paquete|package|programa|programme|program|strategy|estrategia|"
    r"iniciativa|initiative|policy|politica)\b(?:\s+[\w-]+){0,4}?,?\s+"
    # "The plan, known as Border Shield, combines…": an apposition between
    r"(?:[^,.;:]{1,40},\s+)?(?:(?:which|that|que)\s+)?"
    r"(?:(?:also|tambien|ademas|asimismo)\s+)?"
    r"(?P<v>includes?|incluye|incluira|comprende|considera|contempla|preve|foresees|"
    r"envisages|contemplates|calls\s+for|provides\s+for|sets\s+out|combines|"
    r"combina|combinara|authorizes|authorises|autoriza)\b"
    r"(?:\s+(?:also|tambien|ademas|asimismo))?[^.;:]*$"
)
# "…what his government calls the Border Shield plan: ditches…, walls…", "a
# national border-closure policy: more military assets…": what a plan's colon lists
_PLAN_COLON = re.compile(
    r"\b(?:plan|policy|politica|paquete|package|strategy|estrategia|programa|"
    r"programme|program)\b(?:\s+[\w-]+){0,3}?\s*(?P<v>:)[^.;:]*$"
)
_IMPERSONAL = re.compile(r"\bse\s+(?:(?:ha|han|habia|habian|va\s+a|van\s+a)\s+)?$")
_PASSIVE = re.compile(
    r"\b(?:es|son|fue|fueron|ha sido|han sido|habia sido|sera|seran|is|are|was|were|has been|"
    r"have been|had been|will be|is being|are being)\s+(?:\w+\s+)?$"
)


def _subject_between(doc: Doc, lo: int, hi: int) -> bool:
    return any(lo <= f.start and f.end <= hi for f in doc.found)


def _passive_agents(doc: Doc, si: int, verb: Verb, agents: list[Found]) -> list[Found]:
    """ "fue nombrado por el Gobierno", "was appointed": the agent after "por" or
    "by"; without one, a person who undergoes the act (an appointee) does not
    do it: their government does."""
    sent = doc.sentences[si]
    by = re.compile(r"\s+(?:\w+\s+){0,2}?(?:por|by)\s+(?:(?:el|la|los|las|the)\s+)?")
    for f in doc.in_sentence(si):
        m = by.fullmatch(doc.folded, verb.end, f.start) if f.start > verb.end else None
        if m and f.end <= sent.end:
            a = agent_of(doc, f)
            if a:
                return [a]
    out = []
    for a in agents:
        e = doc.entries[a.entry_id]
        if e.kind != "person":
            out.append(a)
            continue
        gov = governments().get(e.country or _context_country(doc, a) or "")
        if gov and gov in doc.entries:
            out.append(Found(a.start, a.end, a.surface, gov, a.sentence, derived=True))
    return out


_PARTICIPLE_GAP = re.compile(
    r"(?:\s+[^,;.:]{0,60})?\s*,\s+(?:(?:first|recently|originally|initially|"
    r"already|ya|inicialmente|primero)\s+)?"
)


def _clause_scenario(doc: Doc, sent, s: int, e: int) -> re.Match | None:
    """A word of hypothesis in the clause of the measure at s:e, not in another
    clause of its sentence ("gave them 111 days to leave and warned that anyone
    who stayed would be detained": the deadline is no hypothesis)."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(doc.folded, sent.start, s)]
    lo = cuts[-1] if cuts else sent.start
    nxt = _CLAUSE_CUT.search(doc.folded, e, sent.end)
    hi = nxt.start() if nxt else sent.end
    return next(
        (
            c
            for c in scenario_cues(doc, lo, hi)
            # "or face forced removal if he wins the run-off": a candidate's
            # pledge, for when he is elected, no hypothesis of the measure
            if not _IF_ELECTED.match(doc.folded, c.start())
        ),
        None,
    )


_IF_ELECTED = re.compile(
    r"(?:if|si)\s+(?:he|she|kast|el|ella|[a-z]+)\s+(?:wins|won|is elected|were elected|"
    r"was elected|becomes president|takes office|gana|ganara|ganase|es elegid[oa]|"
    r"fuera elegid[oa]|llega al poder|llega a la presidencia|asume)\b"
)


# Where a clause of its own begins: "…, and warned that…", "…; si…"
_CLAUSE_CUT = re.compile(
    r"[;:]|,?\s+(?:and|but|y|pero|e)\s+(?:[a-z]+\s+){0,2}?(?:that|que)\b|"
    r"\s(?:while|whereas|mientras)\s"
)


def _years_apart(doc: Doc, d: Draft, si: int, timexes) -> bool:
    """One of two mentions dated in a year at least two before the report's, the
    other not dated then: two acts years apart."""
    if doc.published is None:
        return False

    def years(k: int) -> set[int]:
        return {
            t.date_from.year
            for t in timexes
            if t.sentence == k and t.date_from is not None
        }

    old = set().union(*(years(doc.sentence_at(ev.start)) for ev in d.evidence))
    new = years(si)
    recent = doc.published.year - 1
    return bool(
        (old and max(old) < recent and not new & old)
        or (new and max(new) < recent and not old & new)
    )


def _bare_relative(doc: Doc, e: int, verb: Verb) -> bool:
    """ "the humanitarian corridor Kast had floated": an English relative clause
    with no "that", its subject named right after the noun."""
    if doc.article.language != "en" or verb.start <= e:
        return False
    # (a closing quotation mark may stand between: 'the "humanitarian corridor"
    # Kast had proposed')
    gap = 2 if doc.text[e : e + 1] in "\"”’'" else 1
    subject = next(
        (
            f
            for f in doc.found
            if f.start == e + gap
            and f.end <= verb.start
            and doc.entries[f.entry_id].table == "actors"
        ),
        None,
    )
    return subject is not None and bool(
        re.fullmatch(
            r"(?:'s\s+team)?\s*(?:(?:had|has|have|was|were|is|are|had been|has been)\s+)?",
            doc.folded[subject.end : verb.start],
        )
    )


def _last_actor(doc: Doc, lo: int, hi: int) -> list[Found]:
    """The last actor whose mention starts in text[lo:hi], if any."""
    return [
        f
        for f in doc.found
        if lo <= f.start < hi and doc.entries[f.entry_id].table == "actors"
    ][-1:]


_BY_PART = re.compile(
    r"(?:\s+(?:en|in)\s+[\w-]+(?:\s+[\w-]+)?)?\s+por\s+parte\s+(?:del?|de\s+la)\s+"
)
_GIVER = re.compile(
    r"\b(?:recibi\w*|received|got)\s+(?:[^,.;:]{1,20}?\s+)?(?:de|del|from)\s+"
    r"(?P<who>[^,.;:]{2,40}?)\s+"
    r"(?:una|un|an|a|the|la|el)\s+(?:invitacion|invitation|propuesta|proposal|oferta|"
    r"offer)\s+(?:para|a|to|de|for)\s+(?:\w+\s+){0,2}$"
)


def _reduced_relative(doc: Doc, verb: Verb, e: int) -> bool:
    """A participle after its noun ("the state of emergency in Tacna, first
    declared in November"): a passive whose doer the clause does not name."""
    word = doc.folded[verb.start : verb.end]
    if verb.start < e or not word.endswith(
        ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
    ):
        return False
    if doc.article.language == "en" and _DIRECT_OBJECT.match(doc.folded, verb.end):
        # "police have run patrols along the line, used drones and…": a verb with
        # a direct object is active, one more act of the subject
        return False
    if _PARTICIPLE_GAP.fullmatch(doc.folded, e, verb.start):
        return True
    # "the state of emergency declared in Tacna in late November was extended":
    # right after its noun, before where or when (a Spanish participle is one
    # by its ending)
    return not doc.folded[e : verb.start].strip() and (
        doc.article.language == "es"
        or bool(_AFTER_PARTICIPLE.match(doc.folded, verb.end))
    )


_DIRECT_OBJECT = re.compile(
    r"\s+(?!(?:in|on|by|at|last|earlier|since|after|this|that|for|from|under|to|as|"
    r"with|until|through|during|over|across|along|into|near|so|and|or|but|only|"
    r"first|then|now|again|also|there|here|twice|once|later|yesterday|today|"
    r"on|off|out|up|down|back|away)\b)(?:the\s+|a\s+|an\s+)?[a-z]+s\b"
)


_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:in|on|by|at|last|earlier|since|after|this|that|for|from|under)\b"
)


# Measures an article names once however it words them: one state of emergency,
# one binational cabinet or committee.
_ONE_OF_A_KIND = frozenset(
    {
        "state_of_emergency",
        "emergency_extension",
        "binational_cabinet",
        "binational_committee",
        "humanitarian_corridor",
        "joint_patrols",
        "police_cooperation",
        "information_exchange",
        "expulsion",
        "detention_centres",
    }
)
_BINATIONAL = frozenset({"binational_cabinet", "binational_committee"})
# told at any stage, still one: "prorrogó …" and "la prórroga rige desde el 28"
_ONE_AT_ANY_STAGE = _BINATIONAL | {"emergency_extension"}
_OF_BOTH = frozenset({"binational_committee", "working_group"})
_STAGE = {"scenario": 0, "proposed": 1, "announced": 2, "agreed": 3, "implemented": 4}
_PROMISES = frozenset({"prometer", "promise", "pledge", "vow", "prometio", "prometido"})
# A relative clause that opens within a few words after the measure's noun.
# ("después de que", "para que", "so that" open adverbial clauses, not relatives)
_RELATIVE = re.compile(
    r"[^.;:]{0,40}?(?<!\bde )(?<!para )(?<!\bya )(?<!\bso )(?<!now )(?<!\bsi )"
    r"\b(?:que|that|which)\b"
)


# "No humanitarian corridor was approved", "no aprobó ningún corredor", "did not
# agree on any corridor", "sin corredor humanitario": a measure denied is none
_DENIED = re.compile(
    r"(?:\b(?:ningun|ninguna)|(?:\bnot|n't|\bnever|\bnunca)\b[^.;:,]{0,30}"
    r"\bany)\s+(?:[a-z]+\s+)?$"
    r"|\b(?:sin|without)\s+(?:(?:un|una|a|an|any)\s+)?$"
)
_NO_DET = re.compile(r"\bno\s+(?:[a-z]+\s+)?$")


def _denied(doc: Doc, s: int) -> bool:
    lo = max(0, s - 50)
    return bool(
        _DENIED.search(doc.folded, lo, s)
        or doc.article.language == "en"
        and _NO_DET.search(doc.folded, lo, s)
    )


def _governing(doc: Doc, verbs: list[Verb], s: int, e: int) -> tuple[Verb | None, bool]:
    """The finite verb a measure hangs on.

    A relative clause right after the measure names its verb ("el comité, que
    ambos gobiernos acordaron crear", "the emergency that Jerí's government
    declared"); otherwise the nearest verb before or inside its words, and when
    that is an infinitive or gerund ("promised to expel", "acordaron avanzar hacia
    patrullajes ... y profundizar el intercambio"), the finite verb it depends on.
    """
    rel = _RELATIVE.match(doc.folded, e)
    if rel:
        after = [v for v in verbs if rel.end() <= v.start <= rel.end() + 45]
        # Only an object relative, whose own subject stands before its verb
        # ("que ambos gobiernos acordaron crear"); in "a committee, which agreed
        # to…" the measure itself does the act.
        # A measure proposes nothing: "el corredor que impulsa" is an object
        # relative whose subject is dropped.
        if (
            after
            and (
                _has_subject(doc, rel.end(), after[0].start)
                or (after[0].status == "proposed" and after[0].start == rel.end() + 1)
            )
            and not _object_then_apposed(doc, verbs, s, rel)
        ):
            return after[0], True
    bare = next((v for v in verbs if e < v.start <= e + 45), None)
    if (
        bare is not None
        and bare.status != "implemented"
        and _bare_relative(doc, e, bare)
    ):
        # "ruled out the 'humanitarian corridor' Kast had proposed": the
        # relative's own verb, whatever the sentence does with the noun
        return bare, True
    before = [v for v in verbs if v.end <= s or s <= v.start < e]
    # a verb in an earlier coordinated clause with its own subject does not
    # govern: "keep control …, and the text says the aim is to fight crime"
    before = [
        v
        for v in before
        if v.start >= s or not _NEW_CLAUSE.search(doc.folded, v.end, s)
    ]
    if before and (
        before[-1].start >= s
        or s - before[-1].end <= VERB_REACH
        # "se han implementado medidas como el patrullaje…, la intervención…, el
        # uso de drones…": each item of the list hangs on the list's verb
        or _LIST_OPENER.search(doc.folded, before[-1].end, s)
        and not re.search(r"[;:.]", doc.folded[before[-1].end : s])
    ):
        k = len(before) - 1
        while (
            k > 0
            and is_nonfinite(doc, before[k])
            and not _controlled(doc, before[k])
            and not _PURPOSE.search(
                doc.folded, max(0, before[k].start - 60), before[k].start
            )
            and not _SHARED_GERUND.search(
                doc.folded, max(0, before[k].start - 3), before[k].end
            )
            # "existe una alternativa de crear", "busca expulsar": the noun or
            # the wish the infinitive hangs on tells its status
            and not _intent_before(doc, before[k].start)
            and not _noun_of_intent_before(doc, before[k].start)
        ):
            k -= 1
        return before[k], False
    controls = [
        v
        for v in before
        if v.status != "implemented"
        and s - v.end <= CONTROL_REACH
        and not _TIME_CLAUSE.search(doc.folded, v.end, s)
    ]
    if controls:
        return controls[-1], False
    # A verb after the noun governs it only in the noun's own clause ("the
    # expulsions began"), not across a subordinate clause with its own subject
    # ("… the expulsion, as he began his term").
    after = [
        v
        for v in verbs
        if v.start >= e
        and v.start - e <= 60
        and not _OTHER_CLAUSE.search(doc.text, e, v.start)
        # "the state of emergency will also serve to address crime": the noun is
        # the subject of a purpose, not what the infinitive acts on
        and not re.search(r"\b(?:to|para)\s+$", doc.folded[e : v.start])
    ]
    return (after[0] if after else None), False


# What opens a list of measures after their verb
_LIST_OPENER = re.compile(
    r"\b(?:medidas|acciones|measures|steps|actions)\s+(?:como|tales como|such as|"
    r"including|incluyendo|entre (?:ellas|otras))\s"
)


# "agreed to revive the", "acordaron reactivar el": what lies between a verb and
# its object
_OBJECT_GAP = re.compile(
    r"\s+(?:(?:to\s+[a-z]+|[a-z]+(?:ar|er|ir))\s+)?"
    r"(?:(?:the|a|an|el|la|los|las|un|una)\s+)?"
)


def _object_then_apposed(doc: Doc, verbs: list[Verb], s: int, rel: re.Match) -> bool:
    """ "agreed to revive the binational cabinet, a joint meeting … that Jerí
    first proposed": the measure is the object of the verb just before it, and the
    relative clause hangs on an apposition after a comma, telling its history."""
    if "," not in doc.folded[rel.start() : rel.end()]:
        return False
    return any(
        v.end <= s and _OBJECT_GAP.fullmatch(doc.folded, v.end, s) for v in verbs
    )


# "used the conversation to invite", "aprovechó la llamada para invitar": the
# act is the infinitive of purpose, not the using
_PURPOSE = re.compile(
    r"\b(?:used?|uses|using|took the opportunity|aprovech\w+)\b[^,.;:]{0,40}?"
    r"\s(?:to|para)\s+$"
)


# ", agreeing on joint patrols", ", acordando patrullajes": a gerund after a comma
# heads a clause of its own with the sentence's subject
_SHARED_GERUND = re.compile(r",\s*\w+(?:ing|ando|iendo)$")


def _controlled(doc: Doc, v: Verb) -> bool:
    """An infinitive with its own doer just before it: "ha llevado a la Policía a
    reforzar", "forced the army to close": it governs, not the verb before."""
    m = re.search(r"\s(?:a|to)\s+$", doc.folded[max(0, v.start - 5) : v.start])
    if not m:
        return False
    at = v.start - 5 + m.start()
    # "…la Policía Nacional del Perú, a fijar criterios": a list of infinitives
    # after a comma hangs on the verb before, not on the name that ends the list
    doer = next(
        (
            f
            for f in doc.found
            if 0 <= at - f.end <= 1
            and "," not in doc.text[f.end : at + 1]
            and agent_of(doc, f)
        ),
        None,
    )
    if doer is None:
        return False
    # "invitó al mandatario a realizar", "asked the army to close": a verb of
    # the lexicon before the object keeps the act its own (a proposal)
    lead = doc.folded[max(0, doer.start - 25) : doer.start]
    return not any(
        _word_status(w, doc.article.language)[1]
        for w in re.findall(r"[a-z]{3,}", lead)[-3:]
    )


# A completive clause after a verb of agreeing, proposing or announcing: "acordaron
# que se implementen patrullajes", "agreed that patrols be set up".
_THAT_CLAUSE = re.compile(
    r"\b(?:que|that)\s*(?:,[^,.;:]{0,160},\s*)?(?:[^,.;:]{0,50}?\s+)?$"
)
# "que la Policía Nacional del Perú, Carabineros de Chile y la PDI pongan…": a
# subject that lists several bodies
_THAT_LIST = re.compile(r"\b(?:que|that)\s+(?:[^.;:]{0,40},){1,4}[^.;:,]{0,80}$")
_SUBJUNCTIVE_EN = re.compile(r"\b(?:be|should|shall)\s+(?:\w+\s+)?$")


def _subjunctive(doc: Doc, v: Verb) -> bool:
    """A verb in the subjunctive or a mandative "be": what is wished, not done.
    Spanish present subjunctive swaps the theme vowel ("implementen", "amplíe",
    "vigile", "cooperen")."""
    word = doc.folded[v.start : v.end]
    if doc.article.language == "en":
        return (
            bool(_SUBJUNCTIVE_EN.search(doc.folded, max(0, v.start - 20), v.start))
            or word == v.lemma
        )
    if v.tense != "other":
        return False
    # "pongan en marcha": the inflected word of a verb phrase
    word = word.split()[0]
    lemma = v.lemma.split()[0]
    if " " in v.lemma and not lemma.endswith(("ar", "er", "ir")):
        lemma = lemma_of(word, "es")
    lemma = lemma.removesuffix("se")
    if lemma.endswith("ar"):
        return bool(re.search(r"(?:e|en|emos)$", word))
    if lemma.endswith(("er", "ir")):
        return bool(re.search(r"(?:a|an|amos)$", word)) and not word.endswith("ia")
    return False


# Verbs with which a decree or rule lays down what is to be done
_RULING = frozenset(
    {"establecer", "disponer", "determinar", "ordenar", "establish", "provide", "order"}
)


def _mood_head(doc: Doc, verbs: list[Verb], verb: Verb | None) -> Verb | None:
    """A verb of doing in the subjunctive under a verb of agreeing, proposing or
    announcing takes that verb's status: the act is agreed, not yet done."""
    if verb is None or verb.status != "implemented":
        return verb
    heads = [
        h
        for h in verbs
        if h.end <= verb.start
        # "se acordó que la Policía … pongan en marcha patrullajes…, y que
        # profundicen el intercambio": a long subject, a second clause
        and verb.start - h.end <= 240
        and h.status in ("agreed", "proposed", "announced")
        # "acordaron …, un día después de que los militares empezaran a
        # desplegarse": the subjunctive of a time clause, a thing done
        and not _TIME_CLAUSE.search(doc.folded, h.end, verb.start)
    ]
    rule = next(
        (
            h
            for h in reversed(verbs)
            if h.end <= verb.start
            and verb.start - h.end <= 120
            and h.lemma in _RULING
            and h.tense in ("past", "other")
        ),
        None,
    )
    if (
        rule is not None
        and verb.tense == "future"
        and _THAT_CLAUSE.search(doc.folded, rule.end, verb.start)
    ):
        # "el decreto establece que la Policía conservará el control…": what a
        # rule lays down is in force with the rule
        return rule
    if doc.article.language == "en" and re.search(
        # not "the plan is to be carried out within 90 days": a schedule
        r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b(?:to|or)\s+be\s+$",
        doc.folded[max(0, verb.start - 16) : verb.start],
    ):
        # "an ultimatum to go voluntarily or be expelled": a threat, not an act
        return Verb(verb.start, verb.end, verb.lemma, "proposed", verb.tense)
    if not _subjunctive(doc, verb):
        return verb
    if heads and (
        _THAT_CLAUSE.search(doc.folded, heads[-1].end, verb.start)
        or _THAT_LIST.search(doc.folded, heads[-1].end, verb.start)
    ):
        return heads[-1]
    if doc.article.language == "es" and re.search(
        r"\b(?:acuerdos?|entendimientos?|mecanismos?|medidas?|protocolos?)\s+que\s+$",
        doc.folded[max(0, verb.start - 30) : verb.start],
    ):
        # "entendimientos que permitan la devolución": what the understanding
        # would allow is sought, not done
        return Verb(verb.start, verb.end, verb.lemma, "proposed", verb.tense)
    return verb


def _fronted_subject(doc: Doc, si: int, pos: int) -> list[Found]:
    """ "Sobre el corredor que impulsa …, Kast aclaró": a relative with a dropped
    subject shares the main clause's, the person after the fronted phrase's comma."""
    sent = doc.sentences[si]
    for f in doc.in_sentence(si):
        if (
            f.start > pos
            and f.end <= sent.end
            and doc.entries[f.entry_id].kind == "person"
            and re.search(r",\s*$", doc.text[max(pos, f.start - 3) : f.start])
        ):
            return [f]
    return []


def _decree_doer(
    doc: Doc,
    drafts: list[Draft],
    si: int,
    s: int,
    anaphor: re.Pattern = _DECREE_ANAPHOR,
) -> list[Found]:
    """ "El decreto … ordena patrullajes": a decree's acts are those of whoever
    decreed it, the actors of the last decreed measure."""
    sent = doc.sentences[si]
    m = anaphor.search(doc.folded, sent.start, s)
    if not m:
        return []
    decreed = [d for d in drafts if d.kind in _DECREED and d.evidence[0].start < s]
    if not decreed:
        # "Kast signed his first decrees… The other decree declares…": whoever
        # signed the decrees the article told of
        signed = [x for x in _SIGNED_DECREES.finditer(doc.folded, 0, sent.start)]
        for x in reversed(signed):
            who = _subject(doc, doc.sentence_at(x.start()), x.start())
            if who:
                return [
                    Found(m.start(), m.end(), m.group(0), a.entry_id, si, derived=True)
                    for a in who
                ]
        # "El decreto supremo, publicado … en El Peruano, declara … el estado de
        # emergencia en … Tacna": the government of the places it decrees for
        return _territorial_doer(doc, si, m.start(), m.end(), cue=False)
    return [
        Found(m.start(), m.end(), m.group(0), a, si, derived=True)
        for a in decreed[-1].actors
        if a in doc.entries
    ]


_PUTS_PLAN = frozenset(
    "sign firmar launch lanzar activate activar build building construir include "
    "incluir".split()
)
_DECREE_WORD = re.compile(
    r"\b(?:decrees?|decretos?|supreme resolution|resolucion|plan|plans|planes)\b"
)
_SIGNED_DECREES = re.compile(
    r"\b(?:signed|signs|firmo|firmaron|firma|promulgo|issued|dicto)\s+(?:\w+\s+){0,3}"
    r"(?:decrees|decretos|decree|decreto)\b"
)
_IN_FORCE = re.compile(
    r"\b(?:rige|rigen|regia|regian|vigente|vigentes|en vigor|in force|in effect|"
    r"remains? in place|(?:(?:se )?encuentra|esta)n? (?:en|bajo) (?:un |el )?estado|"
    r"(?:is|are|remains?|remained) (?:still )?under (?:an? |the )?(?:\d+-day )?state)\b"
)


def _stand_ins(doc: Doc, si: int, s: int, e: int, ids) -> list[Found]:
    """Actors no words of the sentence name, standing at the measure's words."""
    return [Found(s, e, doc.text[s:e], i, si, derived=True) for i in ids]


def _known_doer(
    doc: Doc, drafts: list, key: str, si: int, s: int, e: int
) -> list[Found]:
    """ "El estado de emergencia se declaró por primera vez a fines de noviembre":
    with no doer named, the measure the article already told of is done by
    whoever did it there, when that was a government."""
    # by kind: an extension and the first declaration are one state of emergency
    done = [
        d for d in drafts if (d.key == key or d.kind == key) and d.evidence[0].start < s
    ]
    if not done or not all(
        doc.entries[a].kind == "government" for a in done[-1].actors
    ):
        return []
    return _stand_ins(doc, si, s, e, done[-1].actors)


def _decreeing(doc: Doc, si: int, s: int, e: int, agents: list[Found]) -> list[Found]:
    """Who decrees a decreed measure: the agents, where one is a government or
    holds national office; else a government named just before the measure's
    words; else the government of the country its sentence places it in."""

    def decrees(a: Found) -> bool:
        entry = doc.entries[a.entry_id]
        if entry.kind == "government":
            return True
        role = fold(
            doc.dynamic_roles.get(entry.id) or entry.role_on(doc.published) or ""
        )
        return entry.kind == "person" and bool(
            _OFFICE.search(role.lower()) and not _NOT_OFFICE.search(role.lower())
        )

    if any(decrees(a) for a in agents):
        return agents
    sent = doc.sentences[si]
    named = [
        f
        for f in doc.found
        if max(sent.start, s - 80) <= f.start < s
        and doc.entries[f.entry_id].kind == "government"
    ]
    if named:
        return named[-1:]
    territorial = _territorial_doer(doc, si, s, e, cue=False)
    if territorial:
        return territorial
    gov = governments().get(_story_country(doc) or "")
    return _stand_ins(doc, si, s, e, [gov]) if gov in doc.entries else agents


def _territorial_doer(
    doc: Doc, si: int, s: int, e: int, cue: bool = True, home: bool = False
) -> list[Found]:
    """A measure in force that names no doer ("rige el estado de emergencia en
    Tacna", "the military presence, in force since 2023"): the government of the
    country whose places its sentence names, else of its paragraph. With
    `cue=False`, any act with no doer named (a passive: "was extended")."""
    sent = doc.sentences[si]
    if cue and not doc.words.search(_IN_FORCE, sent.start, sent.end):
        return []
    code = place_country(doc, si)
    if code is None and home:
        # "El Gobierno envió policías adicionales" in a Lima paper (rpp.pe),
        # with no place of its own country named: the outlet's government
        code = outlet_country(doc.article.url)
    gov = governments().get(code or "")
    if not gov or gov not in doc.entries:
        return []
    return _stand_ins(doc, si, s, e, [gov])


_ACT_BEFORE_NOUN = re.compile(
    r"\b(?:tras|despues de|luego de|a raiz de|after|following|since|desde)\s+"
    r"(?:la|el|the)\s+(?:declaracion|declaratoria|declaration|imposition|prorroga|"
    r"extension|ampliacion|aprobacion|approval)\s+(?:del?|of)\s+(?:the\s+|la\s+)?$"
)


_OTHER_CLAUSE = re.compile(
    r"\b(?:as|when|while|after|before|because|since|once|if|cuando|mientras|"
    r"despues de que|antes de que|luego de que|tras|"
    r"porque|aunque|si|he|she|they|we|it|él|ella|ellos|ellas)\s|,\s*(?:y|e|and)\s"
    # "… to leave and warned that anyone who stayed would be detained"
    r"|\s(?:and|y|but|pero)\s+\w+\s+(?:that|que)\s"
    # ", la iniciativa con la que su gobierno promete…": an apposition's own
    # relative clause describes the noun, it does not act on it
    r"|,\s*(?:el|la|los|las|the|an?)\s+\w+\s+(?:(?:con|en|por|de|with|by|in)\s+)?"
    r"(?:(?:el|la|los|las)\s+)?(?:que|cual|which|whereby)\b",
    re.IGNORECASE,
)


def _has_subject(doc: Doc, lo: int, hi: int) -> bool:
    """An actor, or "ambos gobiernos", stands in text[lo:hi]."""
    if lex_().collective.search(doc.folded, lo, hi):
        return True
    return any(lo <= f.start and f.end <= hi and agent_of(doc, f) for f in doc.found)


_PROPOSAL_NOUN = re.compile(
    r"\b(?:invitation|invitacion|proposal|propuesta|offer|oferta|request|solicitud|"
    r"pedido)\b"
)
_MEETING_OF = re.compile(r"\b(?:reunion|meeting|sesion|session)\b")


# The space before an adjective that follows its noun ("vigente", "prevista")
# "el estado de emergencia vigente", "El estado de emergencia, vigente desde el
# sábado", "the state of emergency, in force since Saturday"
_ADJECTIVE_AFTER = re.compile(
    r"(?:\s+|\s*,\s*)(?=(?:vigente|existente|propuest[oa]|previst[oa]|pendiente|"
    r"posible|eventual|in force)\b)"
)


# what is in progress, told right after its noun
_AMONG_AGREED = re.compile(
    r"\s*(?:(?:entre|among)\s+(?:los|las|sus|the|its|their)\s+(?:principales\s+|"
    r"main\s+|key\s+)?(?:compromisos|acuerdos|commitments|agreements)\b|"
    r"(?:los|las|the)\s+(?:principales\s+|main\s+|key\s+)?(?:compromisos|acuerdos|"
    r"commitments|agreements)\s+(?:(?:alcanzados|adoptados|asumidos|reached|"
    r"adopted|made)\s+)?(?:incluyen|incluyeron|contemplan|include|included)\b)"
)
_AGAINST_BEFORE = re.compile(
    r"\b(?:en\s+contra\s+de|contra|against|opposing|oponerse\s+a)\s+(?:(?:la|el|los|las|"
    r"the|su|sus|its|their)\s+)?(?:(?:edificacion|construccion|instalacion|"
    r"construction|building|installation)\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?)?$"
)
_DUE_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|will\s+be|would\s+be)\s+)?(?:scheduled|expected|due|"
    r"set|slated)\s+to\s+(?:arrive|follow|join|be\s+(?:sent|deployed))\b"
)
_UNDER_WAY_AFTER = re.compile(
    r"\s+(?:(?:now|currently|still|ya)\s+)?"
    r"(?:being\s+(?:carried\s+out|conducted|implemented|enforced)|under\s?way|"
    r"in\s+progress|ongoing|en\s+curso|en\s+marcha|"
    r"que\s+(?:lleva|llevan|llevaba|llevaban)\s+a\s+cabo|"
    r"que\s+(?:realiza|realizan|ejecuta|ejecutan|aplica|aplican)\b)"
)


def _under_way_by(doc: Doc, si: int, e: int) -> list[Found]:
    """Who carries out what is in progress: "being carried out by our sister
    country [Peru]", "que lleva a cabo Perú"."""
    m = _UNDER_WAY_AFTER.match(doc.folded, e)
    if not m:
        return []
    sent = doc.sentences[si]
    for f in doc.in_sentence(si):
        if not m.end() <= f.start <= min(sent.end, m.end() + 40):
            continue
        between = doc.folded[m.end() : f.start]
        if re.search(r"[,.;:]", between) or not (
            m.group(0).lstrip().startswith("que")
            or re.match(r"\s*(?:by|por)\b", between)
        ):
            return []
        agent = agent_of(doc, f)
        if agent is not None:
            return [agent]
    return []


_AGREED_AFTER = re.compile(
    # "el intercambio de información policial pactados el 1 de diciembre"
    r"(?:\s+(?:and|y|e)\s+[^,.;:]{3,40}?)?(?:\s+[a-z]{3,15}?(?:al|ales|ico|ica|icos|icas))?\s+"
    r"(?:agreed|acordad[oa]s?|pactad[oa]s?|convenid[oa]s?)\s+"
    r"(?:at|in|on|by|with|during|last|en|el|la|por|durante|con|entre)\b"
)


def _status(
    doc: Doc,
    verb: Verb | None,
    s: int,
    e: int,
    sent_start: int,
    relative: bool = False,
) -> str | None:
    """The status the governing verb gives; an adjective before the noun ("the
    existing", "el futuro") decides only when no verb of agreeing, proposing or
    announcing governs it ("agreed to deepen the existing exchange" is agreed)."""
    if _UNDER_WAY_AFTER.match(doc.folded, e):
        # "the border deployment being carried out by Peru", "el despliegue que
        # lleva a cabo Perú": in progress, whatever the sentence supposes of it
        return "implemented"
    if _DUE_AFTER.match(doc.folded, e):
        # "with another 50 scheduled to arrive in early December": still to come,
        # whatever verb the first contingent had
        return "announced"
    if _AGREED_AFTER.match(doc.folded, e):
        # "the joint patrols and information sharing agreed at its first session",
        # "los patrullajes acordados en la primera sesión": agreed, whatever
        # verb governs the sentence
        return "agreed"
    if (
        verb is not None
        and s < verb.start < e
        and _IMMINENT.search(doc.folded, max(sent_start, s), verb.start)
    ):
        # "Military forces are expected to be deployed": the act named with
        # its subject, still to come
        return "announced"
    if (
        verb is not None
        and verb.status == "implemented"
        and verb.start <= s
        and is_nonfinite(doc, verb)
        and _MEETING_FOR.search(
            doc.folded, max(sent_start, verb.start - 80), verb.start
        )
    ):
        # "convocó un Consejo de Ministros extraordinario para declarar la
        # emergencia", "met on Friday to approve the decree": what a meeting is
        # called to do is still to be done
        return "announced"
    if (
        verb is not None
        and verb.status == "implemented"
        and verb.tense != "future"
        and _WILL_LIST.search(doc.folded, max(sent_start, verb.start - 90), verb.start)
    ):
        # "we will detain you, retain you, expel you": each verb of the list is
        # as future as the first
        return "announced"
    if (
        verb is not None
        and verb.start <= e
        # "no permitirá la migración irregular", "will not allow": a ban, the act
        and verb.lemma not in _PERMITTING
        and _NOT_BEFORE_VERB.search(
            doc.folded, max(sent_start, verb.start - 14), verb.start
        )
    ):
        # "No se aprobó un corredor humanitario", "did not approve the corridor":
        # not done; set aside, as a verb of ruling out sets it
        return "scenario"
    intent = (
        verb is not None
        and verb.status == "implemented"
        and is_nonfinite(doc, verb)
        and _intent_before(doc, verb.start, sent_start)
    )
    if intent and not _AIM_OF_ACT.search(
        doc.folded, max(sent_start, intent.start() - 90), intent.start()
    ):
        # "Kast wants to close the border", "amenazó con expulsar": an aim put
        # forward, or a plan announced, not an act done ("la declaración … busca
        # reforzar el control" is what a decree in force is for)
        return intent.lastgroup
    if (
        verb is not None
        and verb.lemma in _PERMITTING
        and re.search(
            r"\b(?:cannot|can\s+not|can.t|no\s+(?:puedo|podemos|puede|pueden))\s+$",
            doc.folded[max(sent_start, verb.start - 16) : verb.start],
        )
    ):
        # "I cannot allow migrants to enter": a refusal that holds from now on
        return "announced"
    noun = (
        verb is not None
        and verb.status == "implemented"
        and is_nonfinite(doc, verb)
        and _noun_of_intent_before(doc, verb.start, sent_start)
    )
    if noun:
        return noun.lastgroup
    if (
        verb is not None
        and verb.status == "implemented"
        and doc.article.language == "es"
        and _SUBJUNCTIVE.search(doc.folded, verb.start, verb.end)
        and _ASKED_THAT.search(doc.folded, max(sent_start, verb.start - 90), verb.start)
    ):
        # "había pedido a Jerí que se decretara el estado de emergencia": asked
        return "proposed"
    if _IMMINENT.search(doc.folded, max(sent_start, s - 50), s):
        # "Peru is set to declare a state of emergency", "se dispone a declarar",
        # "el Gobierno prepara la prórroga": about to be done, not done
        return "announced"
    if _NEED_THEN.search(doc.folded, max(sent_start, s - 45), s) and not (
        verb is not None and verb.status == "agreed" and verb.end <= s
    ):
        # "subrayaron la necesidad de fortalecer la seguridad en la frontera",
        # "the mutual interest in tighter controls": put forward, not done ("
        # coincidieron en la necesidad de…" is agreed)
        return "proposed"
    adj = lex_().adjectives.search(doc.folded, max(sent_start, s - 60), s)
    after = _ADJECTIVE_AFTER.match(doc.folded, e)
    if after and verb is None:
        # "el estado de emergencia vigente en Tacna": an adjective after the noun
        word = doc.folded[after.end() : after.end() + 9]
        if word.startswith(("vigente", "existente", "in force")):
            return "implemented"
        return "scenario" if word.startswith(("posible", "eventual")) else "proposed"
    if adj and not relative and _MEETING_OF.search(adj.group(0)):
        return adj.lastgroup  # "the first meeting of the committee": it exists
    if (
        adj
        and not relative
        and (verb is None or verb.end <= adj.start() or verb.start >= e)
        and not (
            verb is not None
            and verb.end <= adj.start()
            and verb.status in ("agreed", "proposed", "announced")
        )
    ):
        return adj.lastgroup
    if _AMONG_AGREED.match(doc.folded, sent_start):
        # "Entre los compromisos más relevantes, se establecieron mecanismos de
        # coordinación… así como la implementación de patrullajes conjuntos":
        # each item of what the sentence lists as agreed is agreed
        return "agreed"
    if verb is None:
        cue = scenario_cue(doc, max(sent_start, s - 40), s)
        if not cue and _STEPPED_UP.search(doc.folded, max(sent_start, s - 40), s):
            # "tras el recrudecimiento de los controles peruanos", "the
            # intensification of Peruvian controls": a step taken, named
            return "implemented"
        return "scenario" if cue else None
    # a verb after the noun tells its own clause ("descartó el corredor que Kast
    # promueve": the corridor is still Kast's proposal, whoever rules it out)
    own_clause = verb.start >= e and (
        re.search(r"\b(?:que|that|which)\b", doc.folded[e : verb.start])
        or _bare_relative(doc, e, verb)
    )
    lo = s if own_clause else max(sent_start, min(verb.start, s) - 30)
    cues = [
        c
        for c in scenario_cues(doc, lo, max(verb.end, e))
        # "said they would hold": a future in the past, not a hypothesis
        if not (verb.tense == "future" and c.group(0) == "would")
        # "agreed that police would carry out joint patrols": what was agreed
        and not (
            c.group(0) == "would"
            and verb.status == "agreed"
            and verb.end <= c.start()
            and re.search(r"\bthat\b", doc.folded[verb.end : c.start()])
        )
    ]
    if (
        (cues or verb.tense == "conditional")
        and all(c.group(0) == "would" for c in cues)
        and _SAID_THAT.search(doc.folded, sent_start, min(verb.start, s))
    ):
        # "media reported that 3,000 troops would be deployed", "informó que
        # desplegaría": a future told in the past, not a hypothesis
        return "announced" if verb.status == "implemented" else verb.status
    if verb.start < s and _ANNOUNCEMENT_OF.search(
        doc.folded, max(sent_start, verb.start - 60), verb.start
    ):
        # "el anuncio de Perú de declarar estado de emergencia", "Peru's
        # announcement that it would declare a state of emergency": what an
        # announcement names is announced, not done nor supposed
        return "announced"
    if cues or verb.tense == "conditional":
        return "scenario"
    lo = max(sent_start, verb.start - 30)
    if _WHETHER.search(("" if lo == sent_start else "~") + doc.folded[lo:s]):
        # "decide whether to renew it", "no ha anunciado si lo renovará", "Si Chile
        # cierra los pasos…": what is still to decide, or supposed
        return "scenario"
    # "sent a formal invitation to a binational cabinet", "presentó una
    # propuesta de patrullajes": what was done is the proposal
    if verb.end <= s and _PROPOSAL_NOUN.search(doc.folded, verb.end, s):
        return "proposed"
    if verb.status == "implemented" and _NEEDED.search(
        doc.folded, max(sent_start, verb.start - 20), verb.start
    ):
        # "border controls need strengthening", "hay que reforzar los controles",
        # "es necesario reforzar": what is called for is proposed
        return "proposed"
    if verb.status == "implemented":
        if verb.tense == "future" or _OBLIGED.search(
            doc.folded, max(sent_start, verb.start - 30), verb.start
        ):
            # "tendrá que fijar criterios", "will have to set": still to come
            return "announced"
        if _purpose_of_future(doc, verb, sent_start):
            # "llegará a Arica, donde se dará inicio a las zanjas para reforzar el
            # control": what a future act is for is still to come
            return "announced"
        return "implemented"
    if verb.status == "proposed" and verb.tense == "future" and verb.lemma in _WEIGHING:
        # "the committee will consider coordination mechanisms", "la situación
        # será abordada por un comité": on an agenda set, not a proposal
        return "announced"
    return verb.status


# "para reforzar", "in order to tighten", "con el fin de": an infinitive of purpose
_PURPOSE_INFINITIVE = re.compile(
    r"\b(?:para|a fin de|con el fin de|con el objetivo de|in order to|so as to)\s+$"
)


def _purpose_of_future(doc: Doc, verb: Verb, sent_start: int) -> bool:
    """An infinitive of purpose whose clause's last finite verb before it is a
    future: "llegará a Arica … para reforzar el control"."""
    if not (
        is_nonfinite(doc, verb)
        and _PURPOSE_INFINITIVE.search(
            doc.folded, max(sent_start, verb.start - 20), verb.start
        )
    ):
        return False
    si = doc.sentence_at(verb.start)
    before = [
        v
        for v in finite_verbs_of(doc, si) + verbs_of(doc, si)
        if v.end <= verb.start and not is_nonfinite(doc, v)
    ]
    return bool(before) and max(before, key=lambda v: v.start).tense == "future"


# an announcement, by whom, and the act it names: "el anuncio de Perú de",
# "Peru's announcement that it would" (the noun, not "anunció": an article or a
# possessive before it)
_ANNOUNCEMENT_OF = re.compile(
    r"(?:\b(?:el|del|al|su|un|este|the|an|its|their)\s+|['’]s\s+)"
    r"(?:anuncio|announcement)\s+"
    r"(?:(?:de|del|of|by)\s+(?P<by>(?:[\w'’-]+\s+){1,3}?))?"
    r"(?:de\s+que|de|que|that|to)\s+"
    r"(?:(?:it|they|he|she|the government|el gobierno|se)\s+)?"
    r"(?:(?:would|will|iba a|va a)\s+)?$"
)
_STEPPED_UP = re.compile(
    r"\b(?:el|la|the|this|este|esta|su|its)\s+(?:recrudecimiento|endurecimiento|"
    r"intensificacion|intensification|tightening|hardening|stepping\s+up)\s+"
    r"(?:de|of)\s+(?:los|las|el|la|the|sus|its)?\s*$"
)
# Verbs of taking up a matter ("will address", "será abordada"); not of weighing
# it ("will explore", "se discutirán"), which stays a proposal
_WEIGHING = frozenset("consider address tackle considerar abordar".split())
_NEEDED = re.compile(
    r"\b(?:needs?|needed|need to(?: be)?|needs to(?: be)?|hay que|es necesario|"
    r"es preciso|es urgente|se necesita)\s+$"
)
# (a window of the sentence, opening with "~" unless it is the sentence's start)
_WHETHER = re.compile(
    r"\bwhether\b"
    r"|(?:^|[,;:]\s*|\b(?:anunciado|decidir|decida|decide|sabe|saber|claro|"
    r"definir|evaluar|evalua)\s+)si\s+"
)
# A past verb of saying and its "that": "reported that", "dijo a la prensa que"
_SAID_THAT = re.compile(
    r"\b(?:said|reported|announced|stated|indicated|explained|confirmed|added|"
    r"told\s+(?:\w+\s+){0,3}?|dijo|informo|anuncio|senalo|indico|afirmo|explico|"
    r"agrego|confirmo|aseguro|preciso|detallo|adelanto|comunico|"
    # "había adelantado que", "ha dicho que"
    r"(?:ha|han|habia|habian)\s+(?:dicho|informado|anunciado|senalado|indicado|"
    r"afirmado|explicado|confirmado|asegurado|adelantado|comunicado))\s+"
    r"(?:[^,.;:]{0,30}?\s+)?(?:that|que)\s"
)
# A future of the measure's own words: "would go", "will arrive", "se sumarán"
# ("50 soldados apoyarían a la Policía", told in the past: a future seen from it)
_OWN_FUTURE = re.compile(
    r"\b(?:will|would)\s+\w+|\b\w{2,}(?:rá|rán)$|^\w{3,}(?:ría|rían)\b", re.IGNORECASE
)
_FUTURE_AFTER = re.compile(r"\s+(?:will\s+\w+|\w{2,}(?:rá|rán)\b)", re.IGNORECASE)
_OBLIGED = re.compile(
    r"\b(?:tendra|tendran|debera|deberan|will have to|will need to|must|is to|"
    r"are to)\s+(?:que\s+)?(?:\w+\s+){0,2}$"
)


# ", y una política nacional de cierre fronterizo prevé…": a coordinated clause
# with a subject of its own that is no actor.
# "…, un día después de que militares peruanos empezaran a desplegarse", "…, days
# after Peru declared": a time clause with its own verb
_TIME_CLAUSE_RX = (
    r"[,;]\s*(?:(?:un|una|dos|tres|pocos|unos|\w+)\s+(?:dia|dias|semana|semanas|"
    r"horas|day|days|week|weeks|hours)\s+)?(?:despues|antes|luego)\s+de\s+que\s"
    r"|[,;]\s*(?:(?:a|one|two|three|a few|\w+)\s+(?:day|days|week|weeks|hours)\s+)?"
    r"(?:after|before)\s+(?!the\b|a\b|an\b|its\b|his\b|their\b)[a-z]+\s+[a-z]+"
)
_TIME_CLAUSE = re.compile(_TIME_CLAUSE_RX)
_NEW_CLAUSE = re.compile(
    r"[,;]\s*(?:y|e|and|but|pero|mientras|while)\s+(?:un|una|el|la|los|las|the|a|an)\s+\w+"
    # "…, mientras del lado peruano sigue vigente…": a clause of its own
    r"|[,;]\s*(?:mientras|while|whereas|aunque|although)\s"
    r"|,?\s+(?:y|e|and)\s+(?:que|that)\s"
    r"|[,;]\s*(?:y|e|and|but|pero)\s+(?:he|she|they|we|it|el|ella|ellos|ellas)\s"
    r"|" + _TIME_CLAUSE_RX
)


# "informó que", "announced that": a report whose subject is no doer of the act
_INFORMED = re.compile(
    r"\b(?:informo|anuncio|preciso|detallo|confirmo|announced|confirmed)\s+(?:que|that)\b"
)


def _reported_before(doc: Doc, lo: int, pos: int) -> bool:
    """A verb of saying with "que"/"that" in text[lo:pos]."""
    return bool(
        _REPORTED.search(doc.folded, lo, pos) or _INFORMED.search(doc.folded, lo, pos)
    )


_REPORTED = re.compile(
    r"\b(?:dijo|afirmo|senalo|indico|aseguro|explico|advirtio|sostuvo|agrego|"
    r"said|told|stated|warned|added|explained|noted)\b(?:\s+\w+){0,4}?\s+(?:que|that)\b"
)


# "los gobiernos del Perú y Chile", "el gobierno de Jerí", "the administration of
# President Boric": the government of whoever follows acts
_MEMBERS_OF = re.compile(
    r"\b(?:efectivos|agentes|miembros|integrantes|elementos|personal|oficiales|"
    r"contingentes?|unidades|officers|members|agents|personnel|units)\s+"
    r"(?:(?:policiales|militares|police|military)\s+)?(?:de|del|of)\s+"
    r"(?:(?:el|la|los|las|the)\s+)?$"
)
_GOVERNMENTS_OF = re.compile(
    r"\b(?:los gobiernos|las autoridades|the governments|the authorities|"
    r"el gobierno|la administracion|el ejecutivo|the government|the administration|"
    r"los cancilleres|los presidentes|los mandatarios|los ministros|las cancillerias|"
    r"the foreign ministers|the presidents|the ministers|the leaders)"
    r"\s+(?:de|del|of)\s+(?:(?:el|la|the)\s+)?(?:(?:interim\s+)?(?:president[ea]?|"
    r"mandatari[oa])\s+(?:(?:interin[oa]|electo|electa)\s+)?)?$"
)


def _subject(doc: Doc, si: int, pos: int, lo: int | None = None) -> list[Found] | None:
    """Who does what the verb at `pos` says: the nearest actor before it that is
    not a complement, with those coordinated with it ("Chile y Perú"), or "ambos
    países"; else an actor right after the verb ("declaró el Gobierno"). With
    `lo`, the subject of a relative clause opening there: between its pronoun
    and its verb ("the emergency that Jerí's government declared"). None when
    the verb's clause has a subject of its own that is no actor."""
    sent = doc.sentences[si]
    if lo is not None:
        inner = [
            a
            for f in doc.in_sentence(si)
            if lo <= f.start and f.end <= pos
            for a in [agent_of(doc, f)]
            if a is not None
        ]
        collective = list(lex_().collective.finditer(doc.folded, lo, pos))
        if collective:
            return _collective(doc, si, collective[-1])
        out = inner[-1:]
        # "the binational cabinet that Jerí and Kast agreed": coordinated too
        for prev in reversed(inner[:-1]):
            if prev.entry_id != out[0].entry_id and _coordinated(
                doc.folded[prev.end : out[0].start]
            ):
                out.insert(0, prev)
            else:
                break
        return out
    agents: dict = {}
    for f in doc.in_sentence(si):
        a = agent_of(doc, f)
        if a and not (a.derived and (a.start, a.end) in agents):
            agents[(a.start, a.end)] = a
    # "llevó al Gobierno peruano a declarar", "forced the government to close":
    # the object of the first verb does what the infinitive says.
    control = [
        a
        for a in agents.values()
        if a.end <= pos and re.fullmatch(r"\s+(?:a|to)\s+", doc.folded[a.end : pos])
    ]
    if control:
        return control[-1:]
    agents_l = [
        a
        for a in agents.values()
        if not (
            _NOT_SUBJECT.search(doc.folded, max(sent.start, a.start - 30), a.start)
            # "coordinación entre Carabineros y la Policía Nacional del Perú": the
            # second of a pair a preposition governs
            or _PAIR_GOVERNED.search(doc.folded, max(sent.start, a.start - 70), a.start)
        )
        # "los gobiernos del Perú y Chile": the countries' governments act
        or _GOVERNMENTS_OF.search(doc.folded, max(sent.start, a.start - 30), a.start)
        # "efectivos de la Policía Nacional del Perú han incrementado…": members
        # of a force act for it
        or _MEMBERS_OF.search(doc.folded, max(sent.start, a.start - 30), a.start)
        # "entrar a Perú, que … aplica": the antecedent does the relative's act
        # ("se medirá con Kast, quien ha prometido expulsar")
        or re.match(
            r"(?:,\s*(?:que|quien|quienes)|,?\s*(?:which|who))\b",
            doc.folded[a.end : a.end + 12],
        )
        # "the dispute comes as Peru keeps in force…": "as" opening a clause
        # whose verb is the one governing
        or (
            re.search(r"\bas\s+$", doc.folded[max(sent.start, a.start - 4) : a.start])
            and not doc.folded[a.end : pos].strip()
        )
    ]
    if _COORDINATED_VERB.search(doc.folded, max(sent.start, pos - 12), pos):
        # "Ambos países acordaron … entre Carabineros y la PDI, y se
        # comprometieron a …": a verb joined to the last shares its subject
        head = _clause_subject(doc, si, agents_l, pos)
        if head:
            return head
    # "congratulated Kast … and invited him": the object of a past verb in
    # English does not do the next act
    before = [
        a
        for a in agents_l
        if a.end <= pos
        and not (
            doc.article.language == "en"
            and re.search(
                r"\b[a-z]{3,}ed\s+$", doc.folded[max(0, a.start - 20) : a.start]
            )
        )
    ]
    # "Kast, the candidate who faces Jeannette Jara in the run-off, has
    # promised": an actor inside a relative aside is not the subject
    before = outside_asides(doc, before, sent.start, pos)
    if not before:
        before = _demonym_subject(doc, si, pos)
    # read to the sentence's end: "the two" is a subject only before its verb
    collective = [
        m
        for m in doc.words.finditer(lex_().collective, sent.start, sent.end)
        if m.end() <= pos
    ]
    # "el Comité Binacional …": a body named as a collective stands for both
    if collective and (
        not before
        or collective[-1].start() >= before[-1].start
        or before[-1].start < collective[-1].end()
    ):
        both = _collective(doc, si, collective[-1])
        if both:
            return both
    if before:
        if _NEW_CLAUSE.search(doc.folded, before[-1].end, pos):
            return None  # the verb's subject is no actor; nobody to name
        if _REPORTED.search(doc.folded, before[-1].end, pos):
            # "Vargas afirmó que los militares chilenos apostados…": the speaker
            # reports the act, the subject of the reported clause does it
            return None
        out = [before[-1]]
        head = out[0]
        for prev in reversed(before[:-1]):
            gap = doc.folded[prev.end : head.start]
            if prev.entry_id == head.entry_id and re.fullmatch(r"[\s,]*", gap):
                # "el presidente electo José Antonio Kast": a title the gazetteer
                # knows as his, then his name
                head = prev
                continue
            bare = _POSSESSOR_OF_BARE_TITLE.fullmatch(gap)
            if head is out[0] and (
                _POSSESSOR_OF_TITLE.fullmatch(gap)
                or bare
                and _is_title(bare.group("title"))
            ):
                # "Kast and Peru's previous president, José Jerí,": the country
                # whose title is apposed; the one coordinated stands before it
                head = prev
                continue
            # "Kast y Jerí", "el presidente electo, Kast, y el mandatario
            # interino, Jerí,": coordinated, perhaps each with a title
            if _coordinated(gap):
                out.insert(0, prev)
                head = prev
            else:
                break
        pronoun = _PRONOUN_AND.search(
            doc.text, max(sent.start, head.start - 80), head.start
        )
        if pronoun and len(out) == 1:
            # "he and his Peruvian counterpart, Hugo de Zela, agreed": the one
            # "he" stands for, too
            out = [
                p
                for p in _last_person(doc, pronoun.start())
                if p.entry_id != head.entry_id
            ][-1:] + out
        return out
    # "declaró el Gobierno": a subject right after its verb, not an object
    # ("pidió al nuevo comandante del Ejército, Pedro Varela, …")
    after = [
        a
        for a in agents_l
        if pos <= a.start <= pos + 60
        and not re.search(
            r"\b(?:a|al|to|de|del|of|con|with|para|for|por|by|en|in)\b",
            doc.folded[pos : a.start],
        )
    ]
    return after[:1]


_POSSESSOR_OF_TITLE = re.compile(r"['’]s\s+[a-z -]{1,40},\s*")
# "Kast and Peru's former president José Jerí": a title with no commas
_POSSESSOR_OF_BARE_TITLE = re.compile(r"['’]s\s+(?P<title>[a-z -]{1,40}?)\s+")
# "Kast y Jerí", "el presidente electo, Kast, y el mandatario interino, Jerí,"
_COORDINATED_SUBJECT = re.compile(
    r",?\s*(?:and|y|e)\s*(?:(?:the|el|la|los|las|su|sus|his|her|their)\s+"
    # "Van Klaveren y su par peruano, Hugo de Zela,"
    r"(?:[^,.;]{1,60},\s*)?)?"
)
# "Kast and then-President José Jerí", "Jerí y el presidente electo Kast": a
# title with no commas before the second name
_COORDINATED_TITLED = re.compile(
    r",?\s*(?:and|y|e)\s+(?:(?:the|el|la|su|his|her)\s+)?(?P<title>[a-z -]{2,40}?)\s+"
)


def _is_title(words: str) -> bool:
    """Lower-case words that hold a role: "then-president", "presidente electo"."""
    roles = role_words()
    return any(w in roles for w in re.split(r"[\s-]+", words))


def _coordinated(gap: str) -> bool:
    if re.fullmatch(_COORDINATED_SUBJECT, gap):
        return True
    m = _COORDINATED_TITLED.fullmatch(gap)
    return bool(m and _is_title(m.group("title")))


def _quoting_person(doc: Doc, si: int, pos: int) -> tuple[Found, int] | None:
    """'Kast said, "…," adding, "If that doesn't happen, we will deport you"': the
    person named outside the quotation that holds `pos`, before it opens, and
    where it opens."""
    sent = doc.sentences[si]
    opened = None
    for m in re.finditer(r"[\"“”«»]", doc.text[sent.start : pos]):
        ch = m.group(0)
        opened = (
            None
            if opened is not None and ch in '"”»'
            else sent.start + m.start()
            if ch in '"“«'
            else opened
        )
    if opened is None:
        return None
    people = [
        f
        for f in doc.found
        if sent.start <= f.start < opened
        and doc.entries[f.entry_id].kind == "person"
        and not any(q in doc.text[f.start : f.end] for q in '"“”«»')
    ]
    # the sentence's first person, its subject: not one named in an aside between
    # two quotations ("…, referring to … president Gabriel Boric, adding, "…"")
    return (people[0], opened) if people else None


# the first person as the subject of an act ("we will deport", "vamos a
# expulsar"), not as its object ("nos dieron drones")
_WE_DO = re.compile(
    r"\b(?:[Vv]amos a|[Vv]oy a|[Hh]emos|[Hh]e|[Vv]amos|I|[Ww]e|I'll|[Ww]e'll|I've|"
    r"[Ww]e've|I'm|[Ww]e're)\b"
)


# A verb or pronoun in the first person: who speaks does it
_FIRST_PERSON = re.compile(
    r"\b(?:[Pp]ido|[Pp]edimos|[Vv]amos a|[Vv]oy a|[Qq]ueremos|[Qq]uiero|[Pp]ropongo|"
    r"[Pp]roponemos|[Hh]emos|[Tt]enemos|[Nn]ecesitamos|[Nn]os|[Nn]uestr[oa]s?|I|[Ww]e|"
    r"I'll|[Ww]e'll|I've|[Ww]e've|[Oo]ur|[Mm]y)\b"
)
_FIRST_PERSON_ASKS = re.compile(
    r"\b(?:[Pp]ido|[Pp]edimos|[Ee]xijo|[Ee]xigimos|[Rr]eclamamos|[Ss]olicito|"
    r"[Ss]olicitamos|[Pp]ropongo|[Pp]roponemos|I ask|[Ww]e ask|I urge|[Ww]e urge|"
    r"I propose|[Ww]e propose)\b"
)
# "he and his Peruvian counterpart, Hugo de Zela,", "él y su par peruano, …"
_PRONOUN_AND = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[ÉéEe]l|[Ee]lla)\s+(?:and|y)\s+(?:his|her|su)\s+[^,.;]{1,60},\s*$"
)
# ", y se comprometieron a", ", and pledged to": a second verb with no subject
_COORDINATED_VERB = re.compile(r",\s*(?:y|e|and)\s+(?:(?:se|also|tambien)\s+)?$")


def _clause_subject(doc: Doc, si: int, agents, pos: int) -> list[Found]:
    """The subject that opens the sentence: a collective ("ambos países") or the
    first actor named that no preposition governs, with those coordinated."""
    sent = doc.sentences[si]
    first = [a for a in agents if a.end <= pos]
    collective = [m for m in lex_().collective.finditer(doc.folded, sent.start, pos)]
    if collective and (not first or collective[0].start() <= first[0].start):
        return _collective(doc, si, collective[0])
    if not first:
        return []
    out = [first[0]]
    for nxt in first[1:]:
        if (nxt.start, nxt.end) == (out[-1].start, out[-1].end):
            out.append(nxt)  # "ambos países": both governments at one mention
        elif nxt.entry_id == out[-1].entry_id:
            out[-1] = nxt  # "el presidente electo de Chile, José Antonio Kast"
        elif _coordinated(doc.folded[out[-1].end : nxt.start]):
            out.append(nxt)
        else:
            break
    return out


# Forces named by their nationality in a measure's own words: "militares
# peruanos", "Peruvian troops", "policías chilenos"
_FORCES_OF = re.compile(
    r"(?:(?P<adj1>[a-z]+)\s+)?(?:militares|soldados|tropas|efectivos|policias|agentes|"
    r"troops|soldiers|police|officers|forces)(?:\s+(?P<adj2>[a-z]+))?\b"
)


def _own_doer(doc: Doc, si: int, s: int, e: int) -> list[Found]:
    """Forces named by nationality act for their government ("militares
    peruanos", "Chilean soldiers posted along the frontier")."""
    m = _FORCES_OF.match(doc.folded, s, e)
    if not m:
        return []
    before = re.search(r"([a-z]+)\s+$", doc.folded[max(0, s - 20) : s])
    code = (
        country_in(m.group("adj2") or "")
        or country_in(m.group("adj1") or "")
        or country_in(before.group(1) if before else "")
    )
    gov = governments().get(code or "")
    if not gov or gov not in doc.entries:
        return []
    return [
        Found(m.start(), m.end(), doc.text[m.start() : m.end()], gov, si, derived=True)
    ]


# Forces with no nationality as the subject right before the verb ("police and
# soldiers have run…", "policías y militares han reforzado…")
_FORCES_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|y|que|that)\s+)(?:(?:the|los|las)\s+)?"
    r"(?:police|soldiers|troops|policias|militares|soldados|agentes)"
    r"(?:\s+(?:and|y)\s+(?:(?:the|los|las)\s+)?(?:police|soldiers|troops|military|"
    r"policias|militares|soldados|agentes))?\s+"
    r"(?:(?:have|has|had|will|would|also|now|ya|han|habian|tambien)\s+)*"
    r"[a-z]+\s+(?:[a-z]+\s+)?$"
)


_GOVERNMENT_OF = re.compile(r"['’]s\s+(?:government|administration|gobierno)\b")


def _persons_government(doc: Doc, si: int, pos: int) -> list[Found]:
    """The government of the person whose "'s government" is the subject of the
    clause before `pos`."""
    sent = doc.sentences[si]
    for f in reversed([f for f in doc.found if sent.start <= f.start and f.end <= pos]):
        e = doc.entries[f.entry_id]
        if e.kind == "person" and _GOVERNMENT_OF.match(doc.folded, f.end):
            gov = governments().get(e.country or "")
            if gov in doc.entries:
                return [Found(f.start, f.end, f.surface, gov, si, derived=True)]
            return []
    return []


def _forces_subject(doc: Doc, si: int, pos: int) -> list[Found]:
    """Forces the text gives no nationality act for the government of the country
    the sentence is about ("Since then, police and soldiers have run patrols" in a
    report on Tacna)."""
    sent = doc.sentences[si]
    m = _FORCES_SUBJECT.search(doc.folded, max(sent.start, pos - 60), pos)
    if not m or any(country_in(w) for w in m.group(0).split()):
        return []  # "policías peruanos devuelven…": forces named by their country
    # the country of what the sentence names (its places, bodies and sources),
    # else the one the article is about
    code = leading_country(doc, doc.in_sentence(si)) or _article_country(doc)
    gov = governments().get(code or "")
    if not gov or gov not in doc.entries:
        return []
    lo = m.start() + len(
        re.match(r"\W*(?:(?:and|y|que|that)\s+)?", m.group(0)).group(0)
    )
    return [Found(lo, m.end(), doc.text[lo : m.end()], gov, si, derived=True)]


_AFTER_VERB_TITLE = re.compile(
    r"\s+(?:el|la)\s+(?:(?:nuev[oa]|propi[oa]|futur[oa])\s+)?(?:[a-z]+\s+)?"
    r"(?:presidente?a?|mandatari[oa]|gobernante|politic[oa]|lider|canciller|"
    r"ministr[oa]|candidat[oa]|chilen[oa]|peruan[oa])\b"
)


def _postverbal_subject(doc: Doc, si: int, verb) -> list[Found]:
    """ "el corredor que impulsa el político chileno", "la zanja que promovía
    Kast": a Spanish relative clause's subject after its verb."""
    if verb is None or doc.article.language != "es":
        return []
    named = [
        f
        for f in doc.found
        if f.sentence == si
        and verb.end < f.start <= verb.end + 2
        and doc.entries[f.entry_id].kind == "person"
    ]
    if named:
        return named[:1]
    if _AFTER_VERB_TITLE.match(doc.folded, verb.end):
        who = _titled(doc, Span(verb.start, verb.end))
        return [who] if who else []
    return []


_DEMONYM_SUBJECT = re.compile(
    r"\W*(?:el|la|los|las|the)\s+(?:(?P<pre>[a-z]+)\s+)?(?:decreto|medida|norma|"
    r"gobierno|ejecutivo|decree|measure|government|executive|authorities|autoridades)"
    r"(?:\s+(?P<post>[a-z]+))?\b"
)


_AUTHORITIES = re.compile(
    r"\W*(?P<pre>)(?:authorities|autoridades)(?:\s+(?P<post>[a-z]+))?\b"
)


def _titled_opening(doc: Doc, si: int, pos: int) -> list[Found]:
    """The person a title opening the sentence stands for ("El ultraconservador
    chileno", "El mandatario electo"), as a claim's titled speaker is read; not
    one who reports the act ("El jefe de la diplomacia boliviana consideró que
    las zanjas podrían…")."""
    sent = doc.sentences[si]
    m = _TITLE.match(doc.folded, sent.start)
    if m is None or lex_().report_before.search(doc.folded, m.end(), pos):
        return []
    who = _titled(doc, Span(m.end(), m.end()))
    return [who] if who is not None else []


_LIST_MARK = re.compile(r"[ \t]*[-•*–—][ \t]")


def _list_item(doc: Doc, si: int) -> bool:
    """The sentence is an item of a list: its line opens with a dash or a bullet."""
    start = doc.sentences[si].start
    line = doc.text.rfind("\n", 0, start) + 1
    return bool(_LIST_MARK.match(doc.text, line)) and not doc.text[line:start].strip(
        " \t-•*–—"
    )


def _list_lead_subject(doc: Doc, si: int, last_subject: dict) -> list[Found]:
    """The subject of the last act before a list whose item the sentence is ("El
    gobierno declaró estado de emergencia, con las siguientes medidas. - Restricción
    de libertades de tránsito…")."""
    if not _list_item(doc, si):
        return []
    sent = doc.sentences[si]
    return next(
        (
            last_subject[p]
            for p in sorted(last_subject, reverse=True)
            if p <= sent.paragraph and last_subject[p]
        ),
        [],
    )


def _own_demonym(doc: Doc, si: int, s: int, e: int) -> list[Found]:
    codes = {
        c for w in re.findall(r"[a-z]+", doc.folded[s:e]) for c in [country_in(w)] if c
    }
    gov = governments().get(codes.pop()) if len(codes) == 1 else None
    if not gov or gov not in doc.entries:
        return []
    return [Found(s, e, doc.text[s:e], gov, si, derived=True)]


def _demonym_subject(doc: Doc, si: int, pos: int) -> list[Found]:
    """ "El decreto peruano, que rige…, movilizó", "The Chilean government sent":
    a sentence whose subject is a decree or government of a named nationality is
    that country's government acting."""
    sent = doc.sentences[si]
    m = _DEMONYM_SUBJECT.match(doc.folded, sent.start, pos) or _AUTHORITIES.match(
        doc.folded, sent.start, pos
    )
    if not m:
        return []
    code = country_in(m.group("pre") or "") or country_in(m.group("post") or "")
    if code is None and re.search(r"authorities|autoridades", m.group(0)):
        # "Authorities also plan…": those of the country the text is about here
        code = place_country(doc, si)
    gov = governments().get(code or "")
    if not gov or gov not in doc.entries:
        return []
    return [Found(m.start(), m.end(), m.group(0), gov, si, derived=True)]


# "it declared", "it has also sent": a state as the subject, by a pronoun
_IT_SUBJECT = re.compile(
    r"(?:^|[\s,;])[Ii]t\s+(?:(?:has|had|will|would|also|then|quickly|already)\s+)*$"
)


_THEY_SUBJECT = re.compile(
    r"(?:^|[\s,;])(?:[Tt]hey|[Ee]llos|[Aa]mbos)\s+(?:(?:have|had|will|would|also|then|"
    r"jointly|tambi[eé]n)\s+)*$"
)


_PAIR_GOVERNED = re.compile(
    r"\b(?:between|among|of|with|for|to|from|by|entre|de|del|con|para|a|al|por)\s+"
    r"(?:(?:the|el|la|los|las)\s+)?(?:[a-z]+['’]s\s+)?$"
)


# What may stand before a verb whose subject is dropped: an opening phrase
_DROPPED_OPENING = re.compile(
    r"\s*(?:(?:en|durante|tras|luego|despues|asimismo|ademas|por|con|al|a|mientras|"
    r"desde|hasta|sin embargo|no obstante)\b[^,;]{0,60},\s*)?"
    r"(?:(?:ademas|tambien|asimismo|luego|despues|hoy|ayer)\s+)?(?:se\s+)?"
)
_PLURAL_FINITE = re.compile(r"(?:aron|ieron|eron|ran|an|en)$")


def _dropped_plural_doers(doc: Doc, si: int, pos: int, verb) -> list[Found]:
    """Spanish "En este marco, acordaron que…": a plural verb opening its
    sentence after an opening phrase has the subject of the sentence before, when
    that is two actors named together or a collective ("los Gobiernos")."""
    if (
        doc.article.language != "es"
        or verb is None
        or si == 0
        or verb.start != pos
        or not _PLURAL_FINITE.search(doc.folded[verb.start : verb.end].split()[0])
        or not _DROPPED_OPENING.fullmatch(doc.folded, doc.sentences[si].start, pos)
    ):
        return []
    prev = doc.sentences[si - 1]
    collective = [
        m for m in doc.words.finditer(lex_().collective, prev.start, prev.end)
    ]
    if collective:
        return _collective(doc, si - 1, collective[-1])
    return _last_pair(doc, prev.end)


def _last_pair(doc: Doc, pos: int) -> list[Found]:
    """What "they" stands for as a doer: the last two actors named together ("X
    and Y") in this sentence or the one before it."""
    si = doc.sentence_at(pos)
    lo = doc.sentences[max(0, si - 1)].start
    found = [
        f
        for f in doc.found
        if lo <= f.start and f.end <= pos and doc.entries[f.entry_id].table == "actors"
    ]
    for a, b in reversed(list(itertools.pairwise(found))):
        if (
            a.entry_id != b.entry_id
            and re.fullmatch(r"\s*,?\s*(?:and|y|e)\s+", doc.folded[a.end : b.start])
            # "coordination between Carabineros and the PDI": no subject
            and not _PAIR_GOVERNED.search(doc.folded, max(lo, a.start - 30), a.start)
        ):
            return [a, b]
    return []


def _last_state(doc: Doc, pos: int) -> list[Found]:
    """What "it" stands for as a doer: the last country or government named in
    this sentence or the one before it, as its government."""
    si = doc.sentence_at(pos)
    lo = doc.sentences[max(0, si - 1)].start
    gov = governments()
    body = _BINATIONAL_BODY.search(doc.folded, lo, pos)
    if body:
        # "the binational committee … At its first session it agreed…": the
        # body the two governments share
        both = _two_governments(doc)
        return (
            _stand_ins(doc, doc.sentence_at(body.start()), *body.span(), both)
            if len(both) == 2
            else []
        )
    for f in reversed([f for f in doc.found if lo <= f.start and f.end <= pos]):
        entry = doc.entries[f.entry_id]
        if entry.kind == "government":
            return [f]
        if entry.kind == "country" and gov.get(entry.country) in doc.entries:
            g = gov[entry.country]
            return [Found(f.start, f.end, f.surface, g, f.sentence, derived=True)]
    return []


def _said_with_no_subject(doc: Doc, si: int, s: int) -> bool:
    """A verb of saying with a dropped subject, then a colon before `s`: what
    follows the colon is the speaker's."""
    sent = doc.sentences[si]
    colon = doc.text.rfind(":", sent.start, s)
    if colon == -1 or any(
        sent.start <= f.start < colon
        and agent_of(doc, f) is not None
        # "a quienes viven en Chile": a place, no subject
        and not _NOT_SUBJECT.search(doc.folded, max(0, f.start - 30), f.start)
        for f in doc.in_sentence(si)
    ):
        return False
    lemmas = lex_().report_lemmas.get(doc.article.language, frozenset())
    return any(
        lemma_of(w, doc.article.language) in lemmas
        for w in doc.folded[sent.start : colon].split()
    )


# '…", dijo.', '…, dijo Kast.', '…," he said.': the closing words of saying
# the closing words after a sentence's last comma: '…", dijo.', '…, dijo Kast.',
# '…," he said.', '… the country, Kast declared.'
_SAID_AFTER = re.compile(
    r"[\"”»']?\s*,\s*[\"”»']?\s*(?P<words>[^,;:\"“”«»]{1,70}?)[.!]?[\"”»']?\s*$"
)


def _said_after(doc: Doc, si: int, e: int) -> list[Found]:
    """The speaker of a sentence that closes on a verb of saying after the act at
    `e`: "“Quedan 103 días para que salgan”, dijo." (the one named before), "…
    tendrán un plazo de 63 días para abandonar el país, dijo Kast." (the one
    named with the verb)."""
    sent = doc.sentences[si]
    tail = doc.folded.rfind(",", e, sent.end)
    m = _SAID_AFTER.match(doc.folded, tail, sent.end) if tail != -1 else None
    if m is None:
        return []
    lang = doc.article.language
    lemmas = lex_().report_lemmas.get(lang, frozenset())
    verb = next(
        (
            w
            for w in re.finditer(r"[a-z]+", doc.folded[: m.end("words")])
            if w.start() >= m.start("words") and lemma_of(w.group(), lang) in lemmas
        ),
        None,
    )
    if verb is None:
        return []
    named = [
        a
        for f in doc.in_sentence(si)
        if m.start("words") <= f.start < sent.end
        for a in [agent_of(doc, f)]
        if a is not None
    ]
    if named:
        return named[:1]
    if re.fullmatch(
        r"(?:(?:he|she|el|ella)\s+)?", doc.folded[m.start("words") : verb.start()]
    ) and not doc.folded[verb.end() : m.end("words")].strip(" ."):
        return _last_person(doc, e)
    # "…, dijo el presidente electo": the person the title stands for
    who = _titled(doc, Span(verb.start(), verb.end()))
    return [who] if who else []


def _last_person(doc: Doc, pos: int) -> list[Found]:
    """A dropped or pronoun subject: the last person named in this sentence or
    the one before it."""
    si = doc.sentence_at(pos)
    lo = doc.sentences[max(0, si - 5)].start
    people = [
        f
        for f in doc.found
        if lo <= f.start
        and f.end <= pos
        and doc.entries[f.entry_id].kind == "person"
        and not _NOT_SUBJECT.search(doc.folded, max(0, f.start - 30), f.start)
        # "Kast beat Jeannette Jara … he vowed": the object of a verb is not the
        # one a later "he" stands for
        and not (
            doc.article.language == "en"
            and OBJECT_OF.search(doc.folded, max(0, f.start - 20), f.start)
        )
    ]
    return people[-1:]


_LEADERS = re.compile(
    r"\b(?:leaders|presidents|lideres|mandatarios|presidentes|heads of state|"
    r"jefes de estado)\b"
)


# "…, they agreed": the people of the body named before
_THEY = re.compile(
    r",\s*(?:they|ellos|ellas|las delegaciones|the delegations)\s+(?:\w+\s+)?$"
)
# A binational body's agenda, told with no doer: "su tarea será", "ese equipo
# tendrá que", "the group was asked to"
_AGENDA = re.compile(
    r"\b(?:su|sus|la|el) (?:tarea|mision|mandato|encargo|objetivo)s?\b|"
    r"\b(?:ese|este|el|dicho) (?:equipo|grupo|comite|mecanismo)\b|"
    r"\ble (?:correspondera|corresponde|tocara)\b|"
    r"\b(?:its|the|their) (?:task|mission|mandate|job|remit|brief)s?\b|"
    r"\bthe (?:group|team|committee|body) (?:was|is|will|has|had)\b"
)
# What opens the proposition after a verb of saying: "comentó que", "told
# reporters that"
_THAT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,3}?(?:que|that)\b")


def _told_between(doc: Doc, lo: int, hi: int) -> bool:
    """A verb of saying (the lexicon's) and its "que"/"that" in text[lo:hi]:
    what follows is told, not acted on by a verb before it."""
    return any(
        _THAT_AFTER.match(doc.folded, m.end(), hi)
        for m in doc.words.finditer(lex_().report_before, lo, hi)
    )


_WHICH_BEFORE = re.compile(
    r",\s*(?:which|que|el cual|la cual)\s+(?:(?:also|tambien|ya)\s+)?$"
)
# A joint body at work on what follows: "the group is due to meet … to work out",
# "el grupo técnico trabaja en"
_BODY_AT_WORK = re.compile(
    # (read within a sentence: a full stop inside is an abbreviation, "Dec. 9")
    r"\b(?:grupo|mesa|comite|group|committee)\b[^;:]{0,80}?"
    r"\b(?:(?:trabaj\w+|avanz\w+) (?:en|sobre)|work(?:s|ing)? (?:on|out|towards?)|"
    r"(?:meet|sesionar\w*|reunir\w*)\b[^;:]{0,60}?\b(?:to|para) \w+)\b"
)
_BINATIONAL_BODY = re.compile(
    r"\b(?:comite|grupo|mesa|comision|committee|group|commission) "
    r"(?:\w+ ){0,3}?(?:binacional|binational|bilateral)|"
    r"\b(?:binacional|binational|bilateral) (?:\w+ )?(?:comite|committee|group|"
    r"commission|working group|technical group)\b"
)


def _collective(doc: Doc, si: int, m: re.Match) -> list[Found]:
    """ "Ambos gobiernos", "the two countries": the governments of the two
    countries the article names most; "the two leaders", "ambos mandatarios": the
    person most named of each of those countries, who acts for the government
    only while in office."""
    both = _two_governments(doc)
    if re.search(r"cancillerias|ministries", m.group(0)):
        # "the two foreign ministries": each government's foreign ministry
        ministries = [
            e.id
            for g in both
            for e in doc.entries.values()
            if e.kind == "institution"
            and e.country == doc.entries[g].country
            and fold(e.name).endswith("foreign ministry")
        ]
        both = ministries if len(ministries) == len(both) else both
    if re.fullmatch(
        r"(?:ambos|ambas|both|the two|los dos|las dos)(?: men| hombres)?", m.group(0)
    ):
        # a bare "ambos coincidieron": the last two people named before it
        lo = doc.sentences[max(0, si - 1)].start
        people: dict[str, Found] = {}
        for f in doc.found:
            if lo <= f.start < m.start() and doc.entries[f.entry_id].kind == "person":
                people.pop(f.entry_id, None)
                people[f.entry_id] = f
        if len(people) >= 2:
            return list(people.values())[-2:]
    if _LEADERS.search(m.group(0)):
        people = _two_leaders(doc, both, m.start())
        if len(people) == 2:
            return people
    return [Found(m.start(), m.end(), m.group(0), g, si, derived=True) for g in both]


def _two_leaders(doc: Doc, governments: list[str], pos: int) -> list[Found]:
    countries = [doc.entries[g].country for g in governments]
    out = []
    for c in countries:
        counts: dict[str, list[Found]] = {}
        for f in doc.found:
            e = doc.entries[f.entry_id]
            if e.kind == "person" and e.country == c and f.start < pos:
                counts.setdefault(f.entry_id, []).append(f)
        if counts:
            out.append(max(counts.values(), key=len)[-1])
    return out


# a binational body in place, or agreed on: "the working group is due to meet"
_STANDING = ("implemented", "agreed")


def _binational_bodies(doc: Doc, agents: list[Found] | None) -> list[Found] | None:
    """A binational body acts for both governments: "El Comité Binacional de
    Cooperación Migratoria acordó patrullajes" is Peru's and Chile's act."""
    if not agents:
        return agents
    out: list[Found] = []
    for a in agents:
        e = doc.entries[a.entry_id]
        both = _two_governments(doc) if e.kind == "institution" else []
        if both and _BINATIONAL_NAME.search(fold(e.name)):
            out += [
                Found(a.start, a.end, a.surface, g, a.sentence, derived=True)
                for g in both
            ]
        else:
            out.append(a)
    return out


_BINATIONAL_NAME = re.compile(r"\b(?:binacional|binational|bilateral)\b")


def _two_governments(doc: Doc) -> list[str]:
    counts: dict[str, int] = {}
    for f in doc.found:
        e = doc.entries[f.entry_id]
        if e.kind == "country" and e.government:
            counts[e.government] = counts.get(e.government, 0) + 1
        elif e.kind == "government":
            # "el Gobierno peruano", "La Moneda": a government named as such
            counts[e.id] = counts.get(e.id, 0) + 1
    top = sorted(counts, key=lambda g: -counts[g])[:2]
    return [g for g in top if g in doc.entries] if len(top) == 2 else []


_MINISTRY = re.compile(r"\b(?:ministerio|ministry|mininter)\b")
_GAZETTE = re.compile(r"\b(?:official gazette|diario oficial|boletin oficial)\b")
# kinds (and lexicon keys of kind "other") that only a decree puts in force
_DECREED_KINDS = frozenset(
    {
        "state_of_emergency",
        "rights_restricted",
        "mass_events_permit",
        "intervention_zones",
    }
)
_POSSESSIVE_GOV = re.compile(r"^['’]s\s+(?:government|administration)\b")
_HIS_GOVERNMENT = re.compile(
    r"\b(?:su|his|her)\s+(?:gobierno|government|administracion|administration)\b"
)
# "el Gobierno de Jerí", "el Gobierno del presidente interino José Jerí", "the
# government of interim President José Jerí"
_GOV_OF = re.compile(
    r"\b(?:gobierno|government|administracion|administration)\s+(?:del?|of)\s+"
    r"(?:(?:the|el)\s+)?(?:(?:presidente|presidenta|president|mandatari[oa]|"
    r"interino|interina|interim|peruano|chileno|peruvian|chilean)\s+){0,3}$"
)


def _act_day(
    doc: Doc, si: int, verb: Verb | None, timexes: list[Timex]
) -> dt.date | None:
    """The day a past act was done, when its clause dates it before the report
    ("acordaron en enero"): the last day of the date told nearest its verb."""
    if verb is None or verb.tense != "past" or doc.published is None:
        return None
    near = [
        t
        for t in timexes
        if t.sentence == si
        and t.resolved
        and t.date_to < doc.published
        and abs(t.start - verb.end) <= 40
    ]
    if not near:
        return None
    return min(near, key=lambda t: abs(t.start - verb.end)).date_to


_WITH_PARTNER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:with|con)\s+(?:el\s+|la\s+|the\s+)?"
)


_REACHED_WITH = re.compile(
    r"\b(?:alcanzad|pactad|acordad|firmad|suscrit|reached|agreed|signed|struck)\w*"
    r"(?=\s+(?:con|with)\s)"
)


def _partner(doc: Doc, si: int, verb: Verb, agents: list[Found]) -> list[Found]:
    """The one an agreement was made with, right after its verb: "acordó con
    Jerí", "agreed with Peru's president"."""
    m = _WITH_PARTNER.match(doc.folded, verb.end)
    if not m:
        return []
    mine = {a.entry_id for a in agents}
    for f in doc.in_sentence(si):
        if m.end() <= f.start <= m.end() + 40:
            a = agent_of(doc, f)
            if a is not None and a.entry_id not in mine:
                return [a]
    return []


def _named(doc: Doc, agents: list[Found] | None) -> list[Found]:
    """Agents who may act: not a person a report quotes by role alone ("a senior
    official at the consulate"), who speaks but enacts nothing."""
    unnamed = doc.__dict__.get("unnamed", ())
    return [a for a in agents or [] if a.entry_id not in unnamed]


def _acting_for(
    doc: Doc, a: Found, kind: str = "", past: bool = False, day: dt.date | None = None
) -> str:
    """A sitting president or minister acts for their government, and so does
    "Jerí's government" or "el Gobierno de Jerí"; armed forces deployed are
    deployed by their government. An act told in the past was done in the office
    last held by the report's day."""
    e = doc.entries[a.entry_id]
    home = e.country or (_context_country(doc, a) if e.kind == "institution" else None)
    if (
        e.kind == "institution"
        and home
        and (
            # the police "con el apoyo de las Fuerzas Armadas" too: the decree's
            kind == "military_deployment"
            and (ARMED_FORCES.search(fold(e.name)) or POLICE.search(fold(e.name)))
            # what only a decree does (an emergency, rights restricted) is the
            # government's, whoever the sentence names: the police, the gazette
            or kind in _DECREED_KINDS
            and (POLICE.search(fold(e.name)) or _GAZETTE.search(fold(e.name)))
            # "el Ministerio del Interior ha desplegado más policías": a
            # ministry's controls at the border, or the emergency it runs, are
            # its government's
            or kind
            in (
                "border_control",
                "military_deployment",
                "intelligence_operations",
                *_DECREED_KINDS,
            )
            and _MINISTRY.search(fold(e.name))
        )
    ):
        gov = governments().get(home)
        if gov in doc.entries:
            use(doc, Found(a.start, a.end, a.surface, gov, a.sentence, derived=True))
            return gov
    country = e.country or _context_country(doc, a)
    if e.kind != "person" or not country:
        return a.entry_id
    if _POSSESSIVE_GOV.match(doc.folded[a.end : a.end + 20]) or _GOV_OF.search(
        doc.folded[max(0, a.start - 70) : a.start]
    ):
        gov = governments().get(country)
        if gov and gov in doc.entries:
            use(doc, Found(a.start, a.end, a.surface, gov, a.sentence, derived=True))
            return gov
    role = (
        doc.dynamic_roles.get(e.id) or e.role_on(day or doc.published) or ""
    ).lower()
    if past and not day and not _OFFICE.search(role):
        role = (e.last_role_by(doc.published) or "").lower()
    if _OFFICE.search(role) and not _NOT_OFFICE.search(role):
        gov = governments().get(country)
        if gov and gov in doc.entries:
            use(doc, Found(a.start, a.end, a.surface, gov, a.sentence, derived=True))
            return gov
    return a.entry_id


def _context_country(doc: Doc, a: Found) -> str | None:
    """The country of an official the article does not place ("El ministro del
    Interior, Vicente Tiburcio, se trasladó a Tacna"): the country their
    paragraph names most, by its places and government."""
    para = doc.sentences[a.sentence].paragraph
    counts: dict[str, int] = {}
    for f in doc.found:
        e = doc.entries[f.entry_id]
        if (
            doc.sentences[f.sentence].paragraph == para
            and f.entry_id != a.entry_id
            and e.kind != "person"
            and e.country
        ):
            counts[e.country] = counts.get(e.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.get)


def _story_country(doc: Doc) -> str | None:
    """The country the whole article names most by its places and bodies, when
    one leads."""
    counts: dict[str, int] = {}
    for f in doc.found:
        e = doc.entries[f.entry_id]
        if e.kind != "person" and e.country:
            counts[e.country] = counts.get(e.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.get)


def _number(word: str, language: str) -> int | None:
    if word.isdigit():
        return int(word)
    try:
        return int(text2num(word, language))
    except ValueError:
        return None


_EXPIRY_BEFORE = re.compile(rf"\b(?:{EXPIRY_WORDS})\s+(?:on\s+|el\s+)?(?:the\s+)?$")


_AFTER_EARLIER = re.compile(
    r"\b(?:tras|despues de|luego de|after|following)\s+(?:(?:la|el|los|las|the|su|its)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)


def _note_dates(
    doc: Doc, d: Draft, si: int, timexes: list[Timex], subject: bool = False
) -> None:
    """A start, an end or a duration the measure's sentence gives ("declaró el
    viernes el estado de emergencia", "regirá por 60 días", "hasta el 31 de enero")."""
    sent = doc.sentences[si]
    # A date far from the measure's words in its sentence dates another clause
    # ("seguían varados este fin de semana … Perú, que aplica un estado de
    # emergencia").
    ev = d.evidence[-1]
    dated = [
        t
        for t in timexes
        if t.sentence == si
        and t.resolved
        and (
            ev.start - t.end <= _DATE_REACH
            and t.start - ev.end <= _DATE_REACH
            # "La prórroga empezará a regir el miércoles 28 de enero, cuando vence
            # el primer decreto, y se extenderá hasta el 28 de marzo": the
            # measure is the subject of every date of its sentence
            or subject
        )
    ]
    until = [
        t
        for t in timexes
        if t.sentence == si
        and t.resolved
        and ends_at(doc, t.start)
        # "…, and deployed soldiers; the decree runs until Jan. 27": the decree's
        # end, not of an act beside it
        and (
            d.kind in _DECREED
            or not _DECREE_ANAPHOR.search(
                doc.folded, max(sent.start, t.start - 40), t.start
            )
        )
        # "The state of emergency in the Tacna border districts of Palca, …,
        # expires on March 28": an expiry verb ends its subject, however far
        and (
            t in dated
            or _EXPIRY_BEFORE.search(doc.folded, max(0, t.start - 20), t.start)
        )
    ]
    # a measure in force began on or before the day of the report ("declarara el
    # estado de emergencia…, a menos de dos semanas de la segunda vuelta del 14
    # de diciembre": that day is another event's)
    starts = [
        t
        for t in dated
        if t not in until
        and (
            doc.published is None or t.date_from is None or t.date_from <= doc.published
        )
        # "llegó este martes a Tacna … tras la declaratoria de emergencia": what
        # came before the sentence's act is not dated by its day
        and not (
            t.end <= d.start
            and _AFTER_EARLIER.search(
                doc.folded, max(sent.start, d.start - 25), d.start
            )
        )
    ]
    # "rige desde la medianoche del viernes", "a partir del sábado", "takes
    # effect on Saturday": the first day in force
    in_force = [
        t for t in dated if _FROM.search(doc.folded, max(0, t.start - 30), t.start)
    ]
    if in_force and d.in_force is None:
        t = in_force[0]
        d.in_force = (t.date_from, t.date_to, t.precision)
    if starts and d.status == "implemented" and d.starts is None:
        t = min(starts, key=lambda t: abs(t.start - d.start))
        d.starts = (t.date_from, t.date_to, t.precision)
        if d.in_force is None and _PUT_IN_FORCE.search(
            # "a 60-day state of emergency took effect at midnight"
            doc.folded,
            max(sent.start, ev.start - 30),
            min(sent.end, ev.end + 30),
        ):
            # "dos días después de que el Perú pusiera en vigor un estado de
            # emergencia de 60 días": the day of the act is its first in force
            d.in_force = d.starts
    if until and d.until is None:
        d.until = until[0]
    # "The emergency decree, issued Friday, authorizes the military to … for 60
    # days": a measure that opens its sentence is the subject of its predicate
    opens = _OPENS.fullmatch(doc.folded, sent.start, ev.start) is not None
    # the duration that qualifies this measure ("declaró por 60 días el estado
    # de emergencia"), not another one in its sentence
    m = next(
        (
            m
            for m in _DURATION.finditer(doc.folded, sent.start, sent.end)
            # the measure as the sentence's subject: its predicate's duration
            if subject
            or (
                opens
                and not _COORDINATION.search(doc.folded, ev.end, m.start())
                and ";" not in doc.text[ev.end : m.start()]
            )
            or (
                ev.start - m.end() <= _DATE_REACH
                and (
                    m.start() - ev.end <= _DATE_REACH
                    # "declaró el estado de emergencia en los distritos de Palca,
                    # Tacna y La Yarada-Los Palos, en la región Tacna, por un
                    # plazo de 60 días": a long list of places, no other verb
                    or (
                        m.start() - ev.end <= 2 * _DATE_REACH
                        and not any(
                            ev.end <= v.start < m.start() for v in verbs_of(doc, si)
                        )
                    )
                )
                # not across a coordinated clause: "declaró por 30 días el estado
                # de emergencia, y el martes crearon un comité"
                and not _COORDINATION.search(
                    doc.folded, min(ev.end, m.end()), max(ev.start, m.start())
                )
            )
        ),
        None,
    )
    # "for another 60 days" counts from the end of the last period, which the
    # sentence does not give: only a day it names ends the measure
    if m and d.duration is None and not m.group("more"):
        n = _number(
            m.group("n") or m.group("n2") or m.group("n3"), doc.article.language
        )
        if n:
            d.duration = (
                n,
                (m.group("unit") or m.group("unit2") or m.group("unit3"))[:3],
            )


_DAYS_LEFT = re.compile(r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?:days|dias)\b")


_AT_ONCE = re.compile(
    r"immediately|right away|now|at once|inmediatamente|de inmediato|ya|ahora|ahora mismo"
)


def _count_days(doc: Doc, d: Draft, si: int, timexes: list[Timex]) -> None:
    """ "They have 63 days left to leave", "les quedan 103 días para salir": a
    deadline that many days after the day it was said (the sentence's date before
    it, else the day of the report)."""
    m = _DAYS_LEFT.search(d.surface)
    n = _number(m.group("n"), doc.article.language) if m else None
    if not n or doc.published is None:
        return
    said = [
        t
        for t in timexes
        if t.sentence == si
        and t.resolved
        and t.end <= d.start
        and t.date_to
        # "he warned undocumented migrants to leave immediately": when they are
        # to go, not the day it was said
        and not _AT_ONCE.fullmatch(fold(t.text).lower())
    ]
    if not said and re.match(r"(?:had|tenian|les quedaban|quedaban)\b", d.surface):
        return  # "had 103 days to leave": counted from a day the sentence leaves out
    if re.search(r"\b(?:plazo|deadline|period) (?:de|of)\b", d.surface):
        return  # "propuso un plazo de 106 días para que salgan": from no day given
    if said:
        lo, hi = said[-1].date_from, said[-1].date_to
    else:
        lo = hi = _story_day(doc, timexes)
    lo, hi = lo + dt.timedelta(days=n), hi + dt.timedelta(days=n)
    d.ends = (lo, hi, "day" if lo == hi else "approximate")
    if lo == hi:
        d.end_date = lo


def _story_day(doc: Doc, timexes: list[Timex]) -> dt.date:
    """The day the lead names for the report's news, else the day of the report.
    Words said with no day of their own were said then."""
    lead = doc.sentences[0].paragraph if doc.sentences else None
    lead_end = max((s.end for s in doc.sentences if s.paragraph == lead), default=0)
    t = lead_day(timexes, lead_end, doc.published)
    return t.date_from if t else doc.published


def _shift(day: dt.date, n: int, unit: str) -> dt.date:
    if unit in ("dia", "day"):
        return day + dt.timedelta(days=n)
    if unit in ("sem", "wee"):
        return day + dt.timedelta(weeks=n)
    y, mo = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, mo + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _finish_dates(d: Draft) -> None:
    """Dates in force: a day-precise start, and an end from "until" or a duration;
    a loosely dated start gives an end only as a range (for the expiry to watch).
    A duration's exact end wins over a looser "until" it falls in ("por 60 días
    … hasta fines de enero")."""
    if d.starts and d.starts[2] == "day":
        d.start_date = d.starts[0]
    counted = _counted_end(d)
    until = d.until
    if until is not None and not (
        counted
        and until.precision != "day"
        and until.date_from <= counted[0]
        and counted[1] <= until.date_to
    ):
        d.end_date = until.date_to
        d.ends = (until.date_from, until.date_to, until.precision)
    elif counted:
        d.ends = counted
        if counted[0] == counted[1]:
            d.end_date = counted[0]


_PUT_IN_FORCE = re.compile(
    r"\b(?:en vigor|en vigencia|into force|into effect|took effect|takes effect)\b"
)


def _counted_end(d: Draft) -> tuple[dt.date, dt.date, str] | None:
    """The last day of a duration, counted from the first day in force (that day
    is the first of them) or from the act (in force from the next day)."""
    if not d.duration:
        return None
    n, unit = d.duration
    if d.in_force:
        day = dt.timedelta(days=1)
        lo = _shift(d.in_force[0], n, unit) - day
        hi = _shift(d.in_force[1], n, unit) - day
    elif d.starts:
        lo, hi = _shift(d.starts[0], n, unit), _shift(d.starts[1], n, unit)
    else:
        return None
    return lo, hi, "day" if lo == hi else "approximate"


def _act_draft(
    doc: Doc,
    key: str,
    span: tuple[int, int],
    label: str,
    topic: str,
    actors: list[str],
    countries: list[str],
    status: str,
    si: int,
    evidence: tuple[int, int] | None = None,
) -> Draft:
    """A measure of no lexicon kind, told by a verb and its object at `span`."""
    lo, hi = span
    return Draft(
        kind="other",
        key=key,
        surface=doc.folded[lo:hi],
        label=label,
        topic=topic,
        actors=actors,
        countries=countries,
        status=status,
        is_bilateral={"PER", "CHL"} <= set(countries),
        start=lo,
        end=hi,
        sentence=si,
        evidence=[doc.evidence(*(evidence or span))],
    )


def _countries_of(doc: Doc, acting: list[tuple[str, Found]]) -> list[str]:
    """The countries of the actors doing an act: each actor's own, or, for a
    person the article does not place, the country of their paragraph."""
    return list(
        dict.fromkeys(
            c
            for c in (
                doc.entries[i].country or _context_country(doc, f) for i, f in acting
            )
            if c
        )
    )


def _trimmed(words: list[str], n: int) -> str:
    """The first n words, without a word at the end that needs more ("de", "the"),
    nor a second item the cut leaves begun ("…with Chile's migration service or
    seek")."""
    label = " ".join(words[:n])
    if len(words) > n:
        label = _BEGUN_ITEM.sub("", label)
    while _FUNCTION_END.search(label):
        label = _FUNCTION_END.sub("", label)
    return label


_PLACE_WORD = re.compile(
    r"(?:pais|territorio|lado|otro lado|peru|chile|frontera|linea|zona|norte|sur|"
    r"complejo|paso|region|ciudad)\b"
)


def _act_label(lemma: str, obj: str, language: str) -> str:
    """ "Intensificación de los controles de identidad", "Detention of twelve
    migrants": the verb's noun and its object, or the infinitive when the
    lexicon gives no noun."""
    noun = load_lexicon()["policy_act_nouns"].get(language, {}).get(lemma)
    if noun is None:
        label = f"{lemma} {obj}"
        return label[:1].upper() + label[1:]
    if language == "es":
        # "lo devuelve al país del que salió": a place it goes to; "detuvo al
        # ciudadano", "expulsa a los migrantes": whom the act is done to
        to = re.match(r"(al|a\s+el|a\s+la|a\s+las|a\s+los)\s+(.*)", obj)
        if to and _PLACE_WORD.match(fold(to.group(2)).lower()):
            return f"{noun} {obj}"
        if to:
            article = "el" if to.group(1) in ("al", "a el") else to.group(1)[2:]
            obj = f"{article} {to.group(2)}"
        obj = re.sub(r"^el\s+", "el ", obj)
        return f"{noun} del {obj[3:]}" if obj.startswith("el ") else f"{noun} de {obj}"
    return f"{noun} of {obj}"


def _verb_between(doc: Doc, si: int, lo: int, hi: int, verb: Verb | None) -> bool:
    """A verb of its own governs the second item: it is another act."""
    return (
        verb is not None
        and lo <= verb.start < hi
        and any(v.start == verb.start for v in verbs_of(doc, si))
    )


def _per_sentence(doc: Doc, name: str, read, si: int) -> list[Verb]:
    """What `read` finds in a sentence, read once per article."""
    cache = doc.__dict__.setdefault(name, {})
    if si not in cache:
        sent = doc.sentences[si]
        cache[si] = read(doc, sent.start, sent.end)
    return cache[si]


def finite_verbs_of(doc: Doc, si: int) -> list[Verb]:
    """The other finite verbs of a sentence."""
    return _per_sentence(doc, "_finite", finite_verbs, si)


def verbs_of(doc: Doc, si: int) -> list[Verb]:
    """The action verbs of a sentence."""
    return _per_sentence(doc, "_verbs", verbs_in, si)


# --- acts no entry of the lexicon names -------------------------------------------

# Where the object of an act ends: a clause, a list or a purpose begins
_OBJECT_END = re.compile(
    r"[,;:.()\"“”«»]|\s(?:y|e|and|pero|but|mientras|while|que|that|which|quien|who|"
    r"para|to|porque|because|tras|after|antes|before|desde|since|hasta|until|segun|"
    r"according)\s"
)
# An object that is none: what was said ("declaró a la emisora RPP"), a
# complement of place, time or manner ("intensifica en momentos complejos",
# "instalará el próximo lunes", "decretó el viernes por 60 días")
_AGREED_WORK_ON = re.compile(
    r"(?:en|con|hacia|sobre|on|with|towards?)\s+(?:un|una|el|la|los|las|a|an|the)\s+"
    r"(?!(?:proxim\w*|pasad\w*|next|last|semanas?|weeks?|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
    r"saturdays?|sundays?|dias?|days?|mes|meses|months?|anos?|years?|prensa|press|"
    r"reunion|meetings?|encuentro|cita)\b)"
)
_NOT_OBJECT = re.compile(
    # "cerró la puerta al corredor", "closed the door on": a refusal, not a closure
    r"(?:la\s+puerta|las\s+puertas|the\s+door)\b|"
    # "se declaró convencido de que…", "declared himself satisfied": a state of
    # mind said, not an act declared
    r"(?:convencid|satisfech|preocupad|optimista|confiad|dispuest|sorprendid|"
    r"partidari|contrari|esperanzad|himself|herself|themselves)\w*\b|"
    r"(?:que|that|como|as|a\s+traves|through|(?:a|al|a\s+la|a\s+los|a\s+las|to|to\s+the)"
    r"\s+(?:prensa|emisora|radio|medio|medios|diario|periodistas|canal|agencia|press|"
    r"reporters|broadcaster|radio|newspaper|agency|journalists)|en|por|de|del|con|"
    r"durante|desde|hasta|sobre|entre|in|on|at|for|by|with|during|from|since|until|"
    r"over|into|el\s+(?:proximo|pasado|lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo|dia|mes|ano)|la\s+(?:proxima|pasada|semana|noche|manana|tarde)|"
    r"(?:this|last|next)\s+\w+|hoy|ayer|today|yesterday|tonight|ya|also|tambien|"
    r"el\s+\d|luego|despues|antes|ahora|entonces|mas\s+adelante|later|then|now|soon|"
    r"again|de\s+nuevo|nuevamente|"
    r"\w+\s+(?:dias|days|semanas|weeks|meses|months|horas|hours)|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo)\b"
)
# a participle with no auxiliary is an adjective ("declarada en emergencia",
# "instalado tres días después")
_PARTICIPLE = re.compile(r"(?:ado|ada|ados|adas|ido|ida|idos|idas)$")
_AUXILIARY_BEFORE = re.compile(r"\b(?:ha|han|he|hemos|habia|habian|haya|hayan)\s+$")
_OBJECT_WORDS = 2
_LABEL_WORDS = 9
_BEGUN_ITEM = re.compile(r"\s+(?:or|and|but|y|e|o|u|ni|pero)\s+\S+$", re.IGNORECASE)
_FUNCTION_END = re.compile(
    r"\s+(?:de|del|la|el|los|las|a|al|en|con|por|para|y|e|un|una|the|of|a|an|in|"
    r"on|at|to|for|with|by|and|its|their|his|her|him|su|sus|behind|detras)$",
    re.IGNORECASE,
)


# What stands before a noun that looks like a verb of acting ("a station", "the
# order", "television station", "police order")
_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|television|radio|tv|local|train|bus|"
    r"gas|power|news|polling|duty|service)\s+$"
)
_SIDE_OF = re.compile(
    r"\b(?:del|al|en el)\s+lado\s+(?P<adj>peruano|chileno)\b|"
    r"\bon\s+the\s+(?P<adj2>peruvian|chilean)\s+side\b"
)


@functools.cache
def _policy_lemmas(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon()["policy_acts"].get(language, ()))


# Forms whose first letters differ from their lemma's ("cierra", "dispuso")
_CHANGED_STEMS = (
    "cier",
    "refue",
    "despli",
    "devue",
    "impid",
    "dispu",
    "retuv",
    "detuv",
)


@functools.cache
def _policy_stems(language: str) -> re.Pattern:
    """The first letters of every form of a verb of acting: which sentences to read
    for verbs at all, word by word."""
    return head_pattern(_policy_lemmas(language), _CHANGED_STEMS, n=4)


_PERMITTING = frozenset(
    "permitir allow permit aceptar accept recibir receive tolerar tolerate dejar let "
    "admitir admit autorizar authorise authorize".split()
)
# "no se aprobó", "did not approve", "never agreed": a verb denied
_NOT_BEFORE_VERB = re.compile(
    r"\b(?:no|nunca|jamas)\s+(?:se\s+|lo\s+|la\s+|los\s+|las\s+|le\s+|les\s+)?"
    r"(?:ha\s+|han\s+|habia\s+|habian\s+)?$"
    r"|\b(?:did|does|do|has|have|had|will|would|could)\s*(?:not|n't)\s+(?:yet\s+)?(?:been\s+)?$"
    r"|\bnever\s+$"
)
# "will detain you, retain you, ": a list of verbs under one "will"
_WILL_LIST = re.compile(
    r"\b(?:will|'ll|shall)\s+(?:[a-z]+(?:\s+(?:you|them|him|her|it|us))?\s*,\s*)"
    r"{1,4}(?:and\s+)?$"
)
# A meeting called to do something: "convocó un Consejo de Ministros para"
_MEETING_FOR = re.compile(
    # "esta tarde habrá un Consejo de Ministros Extraordinario para aprobar…"
    r"\b(?:convoc\w+|conven\w+|called|summoned|habra|habria|there\s+will\s+be|"
    r"will\s+hold)\s+(?:a\s+)?(?:(?:un|una|el|la|an?|the)\s+)?"
    r"(?:[a-z]+\s+){0,5}?(?:para|to)\s+$"
)
# An act about to be done: "is set to declare", "se dispone a declarar", "prepara
# la prórroga", "está por declarar"; the act's verb and article may follow
_IMMINENT = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:set|expected|poised|about|due|preparing|"
    r"getting\s+ready)\s+to|prepar(?:es|ed|ing)\s+to|"
    # "el decreto dispone la vigilancia" provides for it: only "se dispone a"
    r"se\s+(?:dispone|disponen|disponia|apresta|aprestan)\s+a|"
    r"(?:alista|alistan|alistaba|prepara|preparan|preparaba)|"
    r"(?:esta|estan|estaba)\s+por)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
# A wish, an aim or a threat just before the act's infinitive: "wants to close",
# "busca expulsar", "amenazó con expulsar" (put forward), "plans to build",
# "tiene previsto desplegar" (announced); nothing done yet
_INTENT = re.compile(
    r"\b(?:(?P<proposed>(?:wants?|wanted|wanting|seeks?|sought|seeking|hopes?|"
    r"hoped|aims?|aimed|threatens?|threatened|threatening|vows?|vowed|vowing|"
    r"would\s+like|is\s+looking|are\s+looking|quiere|quieren|queria|querian|quiso|"
    r"busca|buscan|buscaba|buscaban|buscara|buscaran|pretende|pretenden|pretendia|"
    r"pretendian|espera|esperan|esperaba|aspira|aspiran)\s+(?:to\s+)?|"
    r"(?:amenaza|amenazan|amenazo|amenazaba|amenazaron|amenazado)\s+con\s+|"
    r"(?:tiene|tienen|tenia|tuvo)\s+la\s+intencion\s+de\s+)"
    # "plan to hold", not "no viable plan to carry out": the verb, not the noun
    r"|(?P<announced>(?:(?<!a\s)(?<!the\s)(?<!no\s)(?<!viable\s)plans?|planned|"
    r"planning|intends?|intended|is\s+to|are\s+to|planea|planean|planeaba|"
    r"proyecta|proyectan)\s+(?:to\s+)?|"
    r"(?:tiene|tienen|tenia|tenian)\s+previsto\s+|(?:va|van|iba|iban)\s+a\s+))"
    r"(?:(?:also|tambien|ademas|now|ahora)\s+)?$"
)
# A noun of possibility or proposal whose act is an infinitive: "la posibilidad
# de crear un corredor" (supposed), "su proyecto de crear", "su propuesta de
# campaña para establecer", "his proposal to create" (put forward)
_NOUN_OF_INTENT = re.compile(
    # "la negativa del país vecino de crear un corredor", "its refusal to open":
    # an act refused is set aside, as one ruled out is
    r"\b(?:(?P<scenario>hipotesis|negativa|rechazo|refusal|rejection)|"
    # "existe una alternativa de crear un corredor": one put forward; "mencionó la
    # posibilidad de crear un corredor": one raised
    r"(?P<proposed>posibilidad|possibility|prospect|"
    r"propuesta|proyecto|idea|promesa|iniciativa|alternativa|opcion|"
    r"intencion|proposal|project|idea|promise|pledge|initiative|intention|plan|"
    r"alternative|option)|"
    # "el anuncio del presidente peruano José Jerí de decretar", "la decisión del
    # gobierno de Perú de militarizar": what is announced, not yet done
    r"(?P<announced>anuncio|decision|announcement|decision)|"
    # "el compromiso de ambos países de reforzar la seguridad": agreed
    r"(?P<agreed>compromiso|commitment))[\"”»’']?"
    r"(?:\s+(?:de|del|of)\s+(?:(?:el|la|the)\s+)?[a-z]+(?:\s+[a-z]+){0,3})??\s+"
    r"(?:de|para|of|to|a)\s+(?:[a-z]+\s+)?$"
)


def _intent_before(doc: Doc, pos: int, lo: int = 0) -> re.Match | None:
    """The wish or plan an infinitive at `pos` hangs on ("busca expulsar")."""
    return _INTENT.search(doc.folded, max(lo, pos - 40), pos)


def _noun_of_intent_before(doc: Doc, pos: int, lo: int = 0) -> re.Match | None:
    """The noun an infinitive at `pos` hangs on ("la posibilidad de crear")."""
    return _NOUN_OF_INTENT.search(doc.folded, max(lo, pos - 60), pos)


# A request that something be done, in the subjunctive: "pidió a Jerí que se
# decretara el estado de emergencia", "exigen que se cierre la frontera"
_ASKED_THAT = re.compile(
    r"\b(?:pid\w+|pedido|solicit\w+|exig\w+|reclam\w+|demand\w+|ped[ií]a\w*|"
    r"urg\w+|insist\w+\s+en)\b[^.;:]{0,60}?\bque\s+(?:se\s+)?$"
)
_SUBJUNCTIVE = re.compile(r"(?:ara|aran|iera|ieran|ase|asen|iese|iesen|e|en|a|an)$")
# A decree or a measure as the subject of an aim: "la declaración de estado de
# emergencia —vigente desde el viernes— busca reforzar", "uno de sus decretos
# busca declarar", "the decree seeks to"
_AIM_OF_ACT = re.compile(
    r"\b(?:decretos?|medidas?|normas?|declaracion|declaratoria|estado de emergencia|"
    r"leyes|ley|resolucion|disposicion|decrees?|measures?|laws?|declaration|"
    r"emergency|resolution|order)\b[^.;:]{0,70}$"
)
# A need or an interest stated, before the act it names: the act is put forward
_NEED = (
    r"\b(?:necesidad|importancia|urgencia|interes(?:\s+(?:mutuo|comun|compartido))?|"
    r"need|importance|urgency|interest|willingness)\s+(?:de|en|to|of|in|for)\s+"
)
# ... with the act's verb and article between: "la necesidad de fortalecer la"
_NEED_THEN = re.compile(_NEED + r"(?:que\s+)?(?:[a-z]+\s+){0,3}$")


def policy_acts(
    doc: Doc, drafts: list[Draft], topics: list[list[str]], timexes=()
) -> list[Draft]:
    """Measures told by a verb of acting with a doer and an object, on a sentence
    about the brief's topics, where no lexicon entry names the act: "Migraciones y
    la PNP intensificarán los controles de identidad" is announced by both, and
    labelled by the verb's noun and its object ("Intensificación de los controles
    de identidad")."""
    lang = doc.article.language
    lemmas = _policy_lemmas(lang)
    out: list[Draft] = []
    taken = [(ev.start, ev.end) for d in drafts for ev in d.evidence]
    candidates = sorted(
        {doc.sentence_at(m.start()) for m in _policy_stems(lang).finditer(doc.folded)}
    )
    for si in candidates:
        sent = doc.sentences[si]
        if (
            not topics[si]
            or doc.is_question(si)
            # a sentence that names no actor nor side drafts no act
            or not (
                any(agent_of(doc, f) for f in doc.in_sentence(si))
                or _SIDE_OF.search(doc.folded, sent.start, sent.end)
            )
        ):
            continue
        verbs = verbs_of(doc, si)
        for k, v in enumerate(verbs):
            if v.lemma.removesuffix("se") not in lemmas:
                continue
            head = v
            word = doc.folded[v.start : v.end]
            if lang == "en" and _NOUN_BEFORE.search(
                doc.folded, max(sent.start, v.start - 14), v.start
            ):
                continue  # "local television station Canal N": a noun
            if (
                lang == "es"
                and _PARTICIPLE.search(word)
                and not _AUXILIARY_BEFORE.search(
                    doc.folded, max(sent.start, v.start - 12), v.start
                )
            ):
                continue
            if is_nonfinite(doc, v):
                # "acordaron reforzar los controles": the finite verb before gives
                # the status and the subject
                heads = [
                    h
                    for h in verbs[:k]
                    if not is_nonfinite(doc, h) and v.start - h.end <= 60
                ]
                if not heads or heads[-1].status == "implemented":
                    continue
                head = heads[-1]
            obj_lo = v.end
            cut = _OBJECT_END.search(doc.folded, obj_lo, sent.end)
            obj_hi = cut.start() if cut else sent.end
            # "detained twelve migrants at the crossing on Friday": the day is
            # the act's, not part of what was done
            obj_hi = min(
                [t.start for t in timexes if obj_lo < t.start < obj_hi] + [obj_hi]
            )
            words = doc.text[obj_lo:obj_hi].split()
            if (
                len(words) < _OBJECT_WORDS
                or _NOT_OBJECT.match(doc.folded, obj_lo + 1)
                or any(a < obj_hi and head.start < b for a, b in taken)
            ):
                continue
            status = _status(doc, head, obj_lo, obj_hi, sent.start)
            if status is None:
                continue
            passive = _PASSIVE.search(
                doc.folded, max(sent.start, head.start - 20), head.start
            ) or _IMPERSONAL.search(
                doc.folded, max(sent.start, head.start - 12), head.start
            )
            # "del lado peruano, se instalaban los primeros militares": the side
            # named just before an impersonal verb does it, else the territory's
            # government
            side = [
                Found(m.start(), m.end(), m.group(0), gov, si, derived=True)
                for m in _SIDE_OF.finditer(
                    doc.folded, max(sent.start, head.start - 40), head.start
                )
                for adj in (m.group("adj") or m.group("adj2"),)
                for gov in (governments().get(country_in(adj) or ""),)
                if gov in doc.entries
            ]
            agents = (
                (side[-1:] or _territorial_doer(doc, si, obj_lo, obj_hi, cue=False))
                if passive
                else _subject(doc, si, head.start)
            )
            agents = _named(doc, agents)
            if not agents:
                continue
            acting = [(_acting_for(doc, a, "other"), a) for a in agents]
            actor_ids = list(dict.fromkeys(i for i, _ in acting))
            countries = _countries_of(doc, acting)
            if not countries:
                continue
            label = _trimmed(words, _LABEL_WORDS)
            label = _act_label(v.lemma, label, lang)
            for a in agents:
                use(doc, a)
            lo = min(head.start, v.start)
            taken.append((lo, obj_hi))
            out.append(
                _act_draft(
                    doc,
                    f"act_{v.lemma}",
                    (v.start, obj_hi),
                    label,
                    topics[si][0],
                    actor_ids,
                    countries,
                    status,
                    si,
                    evidence=(lo, obj_hi),
                )
            )
    return out


# "Perú y Chile acordaron este lunes que los migrantes solo podrán cruzar…",
# "se ha convenido que cada país va a intentar evitar…", "agreed that P"
_AGREED_THAT = re.compile(
    r"\b(?:(?:han|ha|habian|habia)\s+)?(?:acordaron|acordo|acordado|convinieron|"
    r"convino|convenido|agreed)"
    r"(?:\s+(?:este|esta|el|hoy|ayer|on|this|last|also|tambien|ademas|en|in)"
    r"(?:\s+[a-z]+){0,2}?)?\s+(?:que|that)\s+"
)
# where what was agreed ends: its sentence, or a clause of someone else's
_AGREED_END = re.compile(
    r"[;.:]|,\s+(?:y|e|and|mientras|while|pero|but|segun|according)\s"
)
# a clause of something to be done: a future, a modal, a subjunctive
_TO_BE_DONE = re.compile(
    r"\b(?:[a-z]+(?:ara|era|ira)n?|podr\w+|deber\w+|van? a|habr\w+|tendr\w+|"
    r"[a-z]+(?:en|an|e|a)\s+(?:de\s+)?(?:manera|forma)|will|would|should|must|shall|"
    r"could|can|are to|is to)\b"
)


def agreed_that(doc: Doc, drafts: list[Draft], topics: list[list[str]]) -> list[Draft]:
    """What two sides agreed, told as a clause no entry of the lexicon names: an
    agreed measure of its own, labelled by the clause, by those who agreed."""
    lang = doc.article.language
    out: list[Draft] = []
    for m in _AGREED_THAT.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        if not topics[si] or doc.is_question(si):
            continue
        cut = _AGREED_END.search(doc.folded, m.end(), sent.end)
        hi = cut.start() if cut else sent.end
        words = doc.text[m.end() : hi].split()
        if not _TO_BE_DONE.search(doc.folded, m.end(), hi):
            continue  # "agreed that organised crime is a threat": a view, a claim
        if len(words) < 4 or any(
            m.start() <= ev.start < hi and d.status == "agreed"
            for d in drafts + out
            for ev in d.evidence
        ):
            continue  # a measure the lexicon names is agreed there already
        agents = _named(doc, _subject(doc, si, m.start()))
        if not agents:
            continue
        acting = [(_acting_for(doc, a, "other"), a) for a in agents]
        countries = _countries_of(doc, acting)
        if not countries:
            continue
        for a in agents:
            use(doc, a)
        word = load_lexicon()["event_kind_labels"][lang]["agreement"][-1]
        label = f"{word}: {_trimmed(words, 14)}"
        out.append(
            _act_draft(
                doc,
                "agreed_that",
                (m.start(), hi),
                label,
                topics[si][0],
                list(dict.fromkeys(i for i, _ in acting)),
                countries,
                "agreed",
                si,
            )
        )
    return out


# A verb of agreeing, proposing or announcing and the list of infinitives it
# governs: each infinitive with its object is a measure of its own ("se
# comprometió a impulsar cambios legales, revisar las reglas del uso de la fuerza
# y levantar barreras físicas" -> three; "agreed to share more police information
# and to set up a working group" -> two).
_COMMITTING = ("agreed", "proposed", "announced")
# Words between the head and its first infinitive: a preposition, a day, the
# bodies it tasks ("encarga a los ministerios de Defensa e Interior impulsar…").
_HEAD_GAP = {
    "es": re.compile(
        r"(?:\s+(?:a|en|de))?"
        r"(?:\s+(?:a|al)\s+(?:los|las|la|el|sus|su)\s+[^,;:.()]{0,40}?"
        r"|\s+(?:este|esta|ayer|hoy|tambien|ademas|ya)(?:\s+(?:lunes|martes|miercoles|jueves|"
        r"viernes|sabado|domingo|semana|mes))?)?\s+(?=[a-z]+(?:ar|er|ir)\b)"
    ),
    "en": re.compile(r"(?:\s+[^\s,;:.()\"“”«»]+){0,3}?\s+to\s+(?=[a-z]+\b)"),
}
_INFINITIVE = {
    "es": re.compile(r"[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b"),
    "en": re.compile(r"[a-z]+\b"),
}
# Where one infinitive's object ends and the next infinitive begins.
_NEXT_INFINITIVE = {
    "es": re.compile(
        r"(?:\s*,\s*(?:y\s+|e\s+)?|\s+(?:y|e)\s+)(?=[a-z]+(?:ar|er|ir)(?:se|lo|la|los|las)?\s)"
    ),
    # a bare verb after "and" or a comma is one when a determiner follows it
    "en": re.compile(
        r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:to\s+(?=[a-z]+\s)|(?!(?:and|or|but|as|so|then|the|a|an|"
        r"he|she|they|it|we|who|which|when|while|after|before|since|with|in|on|at)\s)"
        # "vowed to expel migrants, citing a surge in crime": a gerund after a
        # comma is a clause of its own, no item of the list
        r"(?![a-z]+ing\s)"
        r"(?=[a-z]+\s+(?:up\s+|out\s+|down\s+)?"
        r"(?:the|a|an|more|new|its|their|joint|common|closer|further|stronger|"
        r"measures|mechanisms|ways)\s))"
    ),
}
_NOT_INFINITIVE = frozenset(
    "lugar hogar mar militar canciller regular similar particular popular familiar nuclear titular "
    "poder mujer taller ayer placer deber ser estar haber tener hacer decir hablar "
    "bienestar exterior interior anterior posterior superior inferior mayor menor "
    "be have do say talk the a an this that their its his her more "
    # "for 60 days, past Chile's run-off": prepositions that look like a verb
    "past beyond despite including like near plus via amid".split()
)
# Acts that are events, not measures ("prometió visitar Lima").
_EVENT_ACTS = frozenset(
    "visitar viajar reunir reunirse encontrar encontrarse recibir asistir participar "
    "celebrar volver regresar llegar conversar dialogar "
    "visit travel meet return attend hold discuss talk receive go come".split()
)


def listed_acts(
    doc: Doc, drafts: list[Draft], topics: list[list[str]], timexes=()
) -> list[Draft]:
    """Measures told by the infinitives a verb of agreeing, proposing or announcing
    governs, each with its object, where no lexicon entry or verb of acting has
    drafted it; the head gives their status and its subject their actors."""
    lang = doc.article.language
    gap, infinitive, following = (
        _HEAD_GAP[lang],
        _INFINITIVE[lang],
        _NEXT_INFINITIVE[lang],
    )
    # the words that named each measure drafted, not its evidence, which may
    # reach back to the verb that heads the whole list
    taken = [(d.start, d.end) for d in drafts]
    out: list[Draft] = []
    for si, sent in enumerate(doc.sentences):
        if not topics[si] or doc.is_question(si):
            continue
        for head in verbs_of(doc, si):
            if head.status not in _COMMITTING or is_nonfinite(doc, head):
                continue
            g = gap.match(doc.folded, head.end, sent.end)
            if not g or re.search(r"\b(?:que|that)\b", g.group(0)):
                continue
            finite = [
                v.start
                for v in verbs_of(doc, si)
                if v.start > g.end()
                and not is_nonfinite(doc, v)
                # an English word may be a noun ("the use of force")
                and (lang == "es" or doc.folded[v.start : v.end].endswith("ed"))
            ]
            end = min(finite + [sent.end])
            # a verb the lexicon knows, after "and" or a comma, opens an item
            known = [
                m.end()
                for v in verbs_of(doc, si)
                for m in (
                    _JOINED.search(doc.folded, max(g.end(), v.start - 7), v.start),
                )
                if m and m.end() == v.start
            ]
            items = _infinitives(doc, g.end(), end, infinitive, following, known)
            if not items:
                continue
            status = _status(doc, head, items[0][0], items[-1][1], sent.start)
            if status is None:
                continue
            agents = _named(doc, _subject(doc, si, head.start) or [])
            if not agents:
                continue
            # a promise is the person's own, even from office
            promise = head.lemma in _PROMISES
            acting = [
                (a.entry_id if promise else _acting_for(doc, a, "other"), a)
                for a in agents
            ]
            actor_ids = list(dict.fromkeys(i for i, _ in acting))
            countries = _countries_of(doc, acting)
            if not countries:
                continue
            if status == "proposed" and promise and len(countries) > 1:
                # "Kast and Jerí pledged to confront…": an agreement of the two
                # states
                status = "agreed"
                acting = [(_acting_for(doc, a, "other"), a) for a in agents]
                actor_ids = list(dict.fromkeys(i for i, _ in acting))
            drafted = {d.key for d in drafts if d.sentence == si} | {
                d.key
                for d in drafts
                for ev in d.evidence
                if sent.start <= ev.start < sent.end
            }
            for lo, hi in items:
                hi = _trim_end(doc, lo, hi)
                verb = doc.folded[lo:hi].split()[0]
                lemma = lemma_of(verb, lang)
                words = doc.text[lo:hi].split()
                if (
                    verb in _NOT_INFINITIVE
                    or lemma in _NOT_INFINITIVE
                    or not doc.text[lo].islower()
                    or lemma.removesuffix("se") in _EVENT_ACTS
                    or len(words) < 1 + _OBJECT_WORDS
                    or (
                        _NOT_OBJECT.match(doc.folded, lo + len(verb) + 1)
                        # "acordaron trabajar con un diagnóstico compartido",
                        # "agreed to work towards joint patrols": what two sides
                        # agree to work on is agreed
                        and not (
                            status == "agreed"
                            and _AGREED_WORK_ON.match(doc.folded, lo + len(verb) + 1)
                        )
                    )
                    or any(a < hi and lo < b for a, b in taken)
                    # what an entry of the lexicon names, it has drafted
                    or any(
                        rx.search(doc.folded, lo, hi) and spec["key"] in drafted
                        for spec, rx in lex_().measures
                    )
                ):
                    continue
                label = _trimmed(words, _LABEL_WORDS)
                obj = label.split(maxsplit=1)[1]
                label = (
                    _act_label(lemma, obj, lang)
                    if lemma in load_lexicon()["policy_act_nouns"].get(lang, {})
                    else label[:1].upper() + label[1:]
                )
                for _, a in acting:
                    use(doc, a)
                taken.append((lo, hi))
                out.append(
                    _act_draft(
                        doc,
                        f"act_{lemma}",
                        (lo, hi),
                        label,
                        topics[si][0],
                        actor_ids,
                        countries,
                        status,
                        si,
                    )
                )
    return out


_JOINED = re.compile(r"(?:\s*,\s*(?:and\s+|y\s+)?|\s+(?:and|y|e)\s+)(?:to\s+)?$")


def _infinitives(
    doc: Doc,
    lo: int,
    end: int,
    infinitive: re.Pattern,
    following: re.Pattern,
    known: list[int] = (),
) -> list[tuple[int, int]]:
    """Spans of the infinitives listed from lo, each with its object; known are
    where verbs the lexicon knows begin, after "and" or a comma."""
    items: list[tuple[int, int]] = []
    while lo < end and infinitive.match(doc.folded, lo):
        nxt = following.search(doc.folded, lo + 1, end)
        joins = [(nxt.start(), nxt.end())] if nxt else []
        for k in known:
            if lo < k < end:
                m = _JOINED.search(doc.folded, max(lo, k - 8), k)
                if m:
                    joins.append((m.start(), k))
        nxt_at = min(joins) if joins else None
        cut = _LIST_END.search(doc.folded, lo, end)
        hi = min(nxt_at[0] if nxt_at else end, cut.start() if cut else end)
        items.append((lo, hi))
        if not nxt_at or (cut and cut.start() < nxt_at[0]):
            break
        lo = nxt_at[1]
    return items


# Where a list of acts ends: a full stop, a colon, a bracket, a quote, or a clause
# of its own.
_LIST_END = re.compile(r"[,;:.()\"“”«»]")


def _trim_end(doc: Doc, lo: int, hi: int) -> int:
    """The end of an item without the "and"/"y" that joined the verb after it."""
    m = re.search(r"(?:\s+(?:y|e|and|or|o))?\s*$", doc.folded[lo:hi])
    return lo + m.start() if m else hi


# "El decreto incorpora además al alcalde de Tarata al Comando…", "La norma
# dispone que la PNP conserve el control… y que el serenazgo pase a integrar…",
# "The decree obliges the command to report its results": each provision of a
# decree the article has told of is a measure of its author's.
_DECREE_VERB = re.compile(
    r"\b(?:el|la|the)\s+(?:decreto(?:\s+supremo)?|norma|dispositivo|decree)"
    # "el decreto supremo 013-2026-PCM", "el decreto peruano"
    r"(?:\s+(?:peruano|chileno))?(?:\s+(?:n[o°º]\.?\s*)?\d[\w-]*)?"
    r"(?:\s*,[^,;.]{0,100},)?\s+(?:(?:ademas|tambien|also|asimismo)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
# Words after a decree's name that are no verb of its own.
_NOT_DECREE_VERB = re.compile(
    r"(?:que|que|de|del|en|a|al|con|por|para|y|e|o|se|lo|la|le|the|of|that|which|in|"
    r"on|to|and|is|was|supremo|peruano|chileno|\w+(?:ado|ada|ido|ida))$"
)
# Verbs of a decree that tell of the decree itself, not of what it provides.
_DECREE_SELF = frozenset(
    "regir vencer entrar durar extender ser estar tener haber publicar firmar aprobar "
    "cubrir abarcar comprender llevar declarar prorrogar fijar ampliar restringir "
    "be have take come run cover last extend publish sign approve declare renew "
    "run restrict expire apply "
    # "the decree also cites a need to combat crime": its reasons, not provisions
    "citar mencionar invocar justificar argumentar cite mention invoke justify "
    "argue".split()
)
_PROVISION_WORDS = 14
_PROVIDES = frozenset(
    "disponer establecer ordenar precisar provide stipulate state".split()
)
_PROVISION_END = re.compile(
    r"[;:\"“”«»]|\.(?!\w)|,\s+(?:mientras|while|aunque|pero|but|que|which|who)\b"
)
_OBLIGATION = re.compile(
    r"\b(?:debera|deberan|tendra|tendran|must|will|shall|is to|are to|obliga\w*|oblige\w*)\b"
)
# A Spanish future, read with its accent ("se sumarán", not "requieran")
_FUTURE_ES = re.compile(r"\b\w{2,}(?:rá|rán|remos)\b", re.IGNORECASE)


def decree_provisions(
    doc: Doc, drafts: list[Draft], topics: list[list[str]]
) -> list[Draft]:
    """The provisions of a decree the article has told of, each a measure of the
    decree's author: in force when told in the present, announced when it says
    what is to be done."""
    lang = doc.article.language
    out: list[Draft] = []
    taken = [(d.start, d.end) for d in drafts]
    for m in _DECREE_VERB.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        verb = m.group("verb")
        lemma = lemma_of(verb, lang)
        if (
            lemma in _DECREE_SELF
            or verb in _NOT_INFINITIVE
            or _NOT_DECREE_VERB.match(verb)
            # "…los distritos de Palca, Tacna y La Yarada": a name, not a verb
            or (
                not doc.text[m.start("verb")].islower()
                and doc.text[sent.start : m.start("verb")].strip(' -•*"“«')
            )
        ):
            continue
        who = _decree_doer(doc, drafts, si, m.end("verb"))
        if not who:
            continue
        drafted = {d.key for d in drafts if d.sentence == si}
        if lemma in _PROVIDES:
            that = re.match(
                r"\s+(?:(?:ademas|tambien|also)\s+)?(?:que|that)\s+",
                doc.folded[m.end("verb") :],
            )
            if not that:
                continue
            lo = m.end("verb") + that.end()
            cut = _PROVISION_END.search(doc.folded, lo, sent.end)
            hi = cut.start() if cut else sent.end
            spans = []
            for part in re.finditer(
                r"(?:(?<=\s)|^)(?:(?!\s+y\s+que\s).)+", doc.folded[lo:hi]
            ):
                spans.append((lo + part.start(), lo + part.end()))
            spans = [
                (a + len(re.match(r"(?:y\s+que\s+)?", doc.folded[a:b]).group(0)), b)
                for a, b in spans
            ]
        else:
            lo = m.start("verb")
            cut = _PROVISION_END.search(doc.folded, lo, sent.end)
            spans = [(lo, cut.start() if cut else sent.end)]
        for lo, hi in spans:
            hi = _trim_end(doc, lo, hi)
            words = doc.text[lo:hi].split()
            if (
                len(words) < 3
                or any(a < hi and lo < b for a, b in taken)
                or any(
                    rx.search(doc.folded, lo, hi) and spec["key"] in drafted
                    for spec, rx in lex_().measures
                )
            ):
                continue
            future = _OBLIGATION.search(doc.folded, lo, hi) or _FUTURE_ES.search(
                doc.text, lo, hi
            )
            status = "announced" if future else "implemented"
            label = _trimmed(words, _PROVISION_WORDS)
            if lemma not in _PROVIDES:
                # "incorpora además al alcalde …" -> "Incorporar al alcalde …"
                rest = label.split()[1:]
                if rest and fold(rest[0]) in ("ademas", "tambien", "also", "asimismo"):
                    rest = rest[1:]
                label = " ".join([lemma] + rest)
            label = label[:1].upper() + label[1:]
            actor_ids = list(dict.fromkeys(_acting_for(doc, a, "other") for a in who))
            countries = list(
                dict.fromkeys(
                    c for c in (doc.entries[i].country for i in actor_ids) if c
                )
            )
            if not countries:
                continue
            taken.append((lo, hi))
            out.append(
                _act_draft(
                    doc,
                    f"provision_{lemma}",
                    (lo, hi),
                    label,
                    (topics[si] or ["security"])[0],
                    actor_ids,
                    countries,
                    status,
                    si,
                )
            )
    return out + _decree_futures(doc, drafts + out, topics)


# "Asimismo, se fortalecerá la capacidad de respuesta del Ministerio Público, y se
# ejecutarán operativos multisectoriales…", "En un plazo de 24 horas deberán
# instalarse el Comando…": what is to be done, told in the impersonal future in a
# paragraph that has told of a decree, is a provision of the decree
_IMPERSONAL_FUTURE = re.compile(
    r"(?<![\w])(?:se\s+(?P<se>\w{3,}(?:rá|rán))|(?:deberá|deberán)\s+(?P<must>\w{3,}rse))"
    r"(?![\w])",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(
    r"\s+(?:sobre|hasta|a|al|en|con|por|para|de|desde|vigente|vigentes|durante|"
    r"segun|bajo|mediante|tras|conforme|como)\b"
)
_DECREE_NAMED = re.compile(r"\b(?:decreto|decree|norma|dispositivo)\b")


def _decree_futures(
    doc: Doc, drafts: list[Draft], topics: list[list[str]]
) -> list[Draft]:
    if doc.article.language != "es":
        return []
    out: list[Draft] = []
    taken = [(d.start, d.end) for d in drafts]
    for si, sent in enumerate(doc.sentences):
        para = [x for x in doc.sentences if x.paragraph == sent.paragraph]
        if not _DECREE_NAMED.search(doc.folded, para[0].start, sent.start):
            continue
        decreed = [
            d for d in drafts if d.kind in _DECREED and d.evidence[0].start < sent.start
        ]
        if not decreed or not decreed[-1].actors:
            continue
        found = list(_IMPERSONAL_FUTURE.finditer(doc.text, sent.start, sent.end))
        for k, m in enumerate(found):
            verb = m.group("se") or m.group("must")
            lemma = lemma_of(verb, "es")
            if lemma in _DECREE_SELF or _NO_OBJECT.match(doc.folded, m.end()):
                # "se regirán por los decretos…", "se definirán sobre la base de…",
                # "se mantendrá hasta el 28 de marzo": how or how long, no new act
                continue
            lo = m.start()
            stop = found[k + 1].start() if k + 1 < len(found) else sent.end
            cut = _PROVISION_END.search(doc.folded, lo, stop)
            hi = _trim_end(doc, lo, cut.start() if cut else stop)
            hi = lo + len(doc.text[lo:hi].rstrip(" ,"))
            words = doc.text[lo:hi].split()
            if len(words) < 4 or any(a < hi and lo < b for a, b in taken):
                continue
            # "se fortalecerá la capacidad…" -> "Fortalecer la capacidad…"
            label = _trimmed([lemma] + words[2:], _PROVISION_WORDS).rstrip(" ,;")
            label = label[:1].upper() + label[1:]
            actors = [a for a in decreed[-1].actors if a in doc.entries]
            countries = list(
                dict.fromkeys(c for c in (doc.entries[a].country for a in actors) if c)
            )
            if not countries:
                continue
            taken.append((lo, hi))
            out.append(
                _act_draft(
                    doc,
                    f"provision_{lemma}",
                    (lo, hi),
                    label,
                    (topics[si] or ["security"])[0],
                    actors,
                    countries,
                    "announced",
                    si,
                )
            )
    return out


# "…prorrogó el estado de emergencia en tres distritos y extendió la misma medida al
# distrito de Tarata", "and added the district of Tarata": a further district
# under the emergency, a decree's measure of its own
_WIDENED = re.compile(
    r"(?:\b(?:and|y|e)\s+|,\s+(?=\w+(?:ing|ando|iendo)\b))"
    r"(?:que\s+)?(?:(?:also|tambien|ademas)\s+)?(?:(?:the|el|la)\s+(?:measure|"
    r"regime|emergency|medida|regimen|emergencia)\s+(?:was|has\s+been|fue|se)\s+|"
    # "y la declara por primera vez en el distrito de Tarata": the emergency as a
    # pronoun
    r"(?:la|lo)\s+)?"
    r"(?P<verb>added|adds|adding|widened|widens|widening|expanded|extended|extends|"
    r"extending|declared|declares|sumando|agregando|incluyendo|anadiendo|"
    r"included|includes|sumo|suma|agrego|agrega|incluyo|incluye|incorporo|incorpora|"
    r"extendio|extiende|extendida|extendido|amplio|amplia|ampliada|ampliado|declaro|"
    r"declara)\b(?:[\s,]+[\w-]+){0,8}?\s+(?:to\s+|a\s+|al\s+|en\s+|in\s+)?"
    r"(?:el\s+|the\s+)?(?:[\w-]+\s+)?(?:district|province|distrito|provincia)\s+"
    # "en el distrito altoandino de Tarata"
    r"(?:[\w-]+\s+)?(?:de|of)\s+[\w-]+"
)


_DISTRICT = re.compile(
    r"\b(?:distrito|district|provincia|province) (?:[\w-]+ )?(?:de|of) ([\w-]+)"
)


def _new_district(doc: Doc, d: Draft, si: int, s: int) -> bool:
    """An emergency told again for a district its earlier mentions do not name
    ("La misma norma declara … el estado de emergencia en el distrito de Tarata")."""
    if d.kind != "state_of_emergency":
        return False
    sent = doc.sentences[si]
    named = {m.group(1) for m in _DISTRICT.finditer(doc.folded, s, sent.end)}
    told = set()
    for ev in d.evidence:
        where = doc.sentences[doc.sentence_at(ev.start)]
        told.update(re.findall(r"[\w-]+", doc.folded[where.start : where.end]))
    return bool(named - told)


def widened_emergencies(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A district a state of emergency is widened to, in the sentence that tells
    of the emergency, is a measure of its own, by the same government."""
    out = []
    told = [
        (d, ev)
        for d in drafts
        if d.kind == "state_of_emergency" and d.status == "implemented"
        for ev in d.evidence
    ]
    for d, ev in told:
        si = doc.sentence_at(ev.start)
        sent = doc.sentences[si]
        m = _WIDENED.search(doc.folded, ev.end, sent.end)
        if not m or any(
            x.kind == "state_of_emergency"
            and (
                m.start() <= x.start < m.end()
                or any(m.start() <= ev.start < m.end() for ev in x.evidence)
            )
            for x in drafts + out
            if x is not d
        ):
            continue
        lo = m.start("verb")
        out.append(
            Draft(
                kind="state_of_emergency",
                key="emergency_widened",
                surface=doc.folded[lo : m.end()],
                label="State of emergency in a further district",
                topic="security",
                actors=list(d.actors),
                countries=list(d.countries),
                status="implemented",
                is_bilateral=False,
                start=lo,
                end=m.end(),
                sentence=si,
                evidence=[doc.evidence(lo, m.end())],
                start_date=d.start_date,
                end_date=d.end_date,
            )
        )
    return out
