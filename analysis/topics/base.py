"""What every topic shares: findings ranked by salience, and a topic's rules as data.

A finding is one sentence a brief can lead with, drawn from records of any article:
an upcoming dated event, a group of measures by status, an attributed claim, a fact
check, a dated event that occurred, a contradiction. Each gets a salience score from
its kind and status, its date precision, whether it opens the article, and the
topic's weights; a brief shows the top three to five, and its title is the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..derive import news_of_the_day
from ..i18n import N_, Nn_
from ..labels import claim_summary, event_label, measure_label
from ..schema import GENERIC_EVENT_LABELS

PRECISION_BONUS = {
    "day": 0.12,
    "month": 0.08,
    "bimester": 0.04,
    "quarter": 0.04,
    "semester": 0.02,
    "year": 0.0,
    "approximate": 0.0,
}
"""A precisely dated event is worth more to a reader planning ahead."""

MEASURE_SALIENCE = {
    "implemented": 0.90,
    "agreed": 0.85,
    "announced": 0.65,
    "proposed": 0.55,
    "scenario": 0.35,
}
"""How far a measure has gone decides how much it matters."""

HISTORY_DAYS = 365
HISTORY_PENALTY = 0.60
"""A measure the article dates only more than a year before the brief is history:
it may be a key point, never the title."""

LEDE_BONUS = {1: 0.10, 2: 0.05}
"""News puts the main fact first: records from the opening paragraphs count more."""

NEWS_BONUS = 0.40
"""The act a report is news of (Kast's win, Jerí's call on the day) leads the brief
over measures in force that the article tells as background."""

STRONG_EVENT_KINDS = frozenset(
    {
        "agreement",
        "emergency",
        "deployment",
        "visit",
        "meeting",
        "cabinet",
        "election",
        "inauguration",
        "expiry",
    }
)
"""Event kinds that are news in themselves, unlike an announcement or a call."""

MEASURE_SENTENCES = {
    "implemented": Nn_(
        "{who} has put in force: {measures}", "{who} have put in force: {measures}"
    ),
    "agreed": Nn_("{who} agreed: {measures}", "{who} agreed: {measures}"),
    "announced": Nn_("{who} announced: {measures}", "{who} announced: {measures}"),
    "proposed": Nn_("{who} proposes: {measures}", "{who} propose: {measures}"),
}
"""One finding per group of measures; the verb agrees with the number of actors."""

ABSENT = (N_("policy measure"), N_("attributed claim"), N_("dated event"))
"""What a topic may lack, each a message so a translation carries its own negation."""

EVENT_STATUS = {
    "announced": N_("announced"),
    "planned": N_("planned"),
    "proposed": N_("proposed"),
}


@dataclass(frozen=True)
class Finding:
    """A candidate key point: its sentence, its title form, its score and its sources."""

    kind: str
    score: float
    text: str
    headline: str
    ref: str
    spans: tuple[tuple[int, int], ...] = ()
    rows: tuple = ()
    """Context rows the finding cites."""

    def overlaps(self, other: Finding) -> bool:
        return any(a < d and c < b for a, b in self.spans for c, d in other.spans)


@dataclass(frozen=True)
class TopicRules:
    """One brief topic, declared as data: what it counts, weighs, says and draws."""

    topic: str
    weights: dict[str, float] = field(default_factory=dict)
    """Multiplier on the salience of each kind of finding."""
    absent: str = N_("The article reports no {items}.")
    """The sentence that says what the article lacks on the topic."""
    metrics: tuple[str, ...] = ()
    """Context metrics whose fact checks belong in this brief."""
    figures: tuple[Callable, ...] = ()
    """Figure builders, in order: each returns a figure, a missing line or None."""
    extra_findings: tuple[Callable, ...] = ()
    """Topic-specific findings, such as a context comparison the article links to."""

    def covers(self, topics) -> bool:
        """True when a record tagged with `topics` belongs in this brief."""
        return self.topic == "overview" or self.topic in topics


def spans(*records) -> tuple[tuple[int, int], ...]:
    return tuple((e.start, e.end) for r in records for e in r.evidence)


def lede(brief, *records) -> float:
    from ..derive import paragraphs_of

    first = min(
        (p for r in records for p in paragraphs_of(brief.dataset, r)), default=99
    )
    return LEDE_BONUS.get(first, 0.0)


def officials(dataset) -> set[str]:
    """Actors who act in the article: governments, institutions, and anyone who
    adopts a measure, takes part in an event or announces one."""
    ids = {
        a.actor_id for a in dataset.actors if a.kind in ("government", "institution")
    }
    ids |= {a for m in dataset.measures for a in m.actors}
    ids |= {a for e in dataset.events for a in e.actors}
    ids |= {e.announced_by for e in dataset.events if e.announced_by}
    return ids


# --- findings any topic draws on -------------------------------------------------


def upcoming_findings(brief) -> list[Finding]:
    _ = brief._
    out = []
    for e in brief.upcoming_events:
        if not brief.rules.covers(e.topics) or e.label in GENERIC_EVENT_LABELS.values():
            continue  # an event the draft could not name is no key point
        days = (e.date_from - brief.as_of).days if e.date_from else 365
        score = (
            0.70
            + PRECISION_BONUS[e.precision]
            + (0.05 if e.kind in STRONG_EVENT_KINDS else 0.0)
            + lede(brief, e)
            - min(max(days, 0), 365) / 1000
        )
        label = event_label(e, brief.dataset, brief.lang)
        status = _(EVENT_STATUS[e.status])
        if e.announced_by:
            text = _("{when}: {event} ({status}, according to {who}).").format(
                when=brief.when(e),
                event=label,
                status=status,
                # inside brackets, a name without its own: "El Peruano", not
                # "El Peruano (diario oficial del Perú)"
                who=re.sub(r"\s*\([^()]*\)$", "", brief.actor_phrase(e.announced_by)),
            )
        else:
            text = _("{when}: {event} ({status}).").format(
                when=brief.when(e), event=label, status=status
            )
        headline = _("Next: {event} ({when})").format(event=label, when=brief.when(e))
        out.append(Finding("upcoming", score, text, headline, brief.refs(e), spans(e)))
    return out


def occurred_findings(brief) -> list[Finding]:
    _ = brief._
    out = []
    news = news_of_the_day(brief.dataset)[:1]
    for e in brief.dataset.events:
        if (
            e.status != "occurred"
            or not e.date_from
            or e.label in GENERIC_EVENT_LABELS.values()
        ):
            continue
        if not brief.rules.covers(e.topics):
            continue
        score = (
            0.45
            + (0.1 if e.kind in STRONG_EVENT_KINDS else 0)
            + lede(brief, e)
            + (NEWS_BONUS if e in news else 0)
        )
        label = event_label(e, brief.dataset, brief.lang)
        text = _("{when}: {event}.").format(when=brief.when(e), event=label)
        out.append(Finding("occurred", score, text, text[:-1], brief.refs(e), spans(e)))
    return out


def measure_findings(brief) -> list[Finding]:
    """One finding per status and set of actors: who has done what, and when."""
    _ = brief._
    groups: dict[tuple, list] = {}
    for m in brief.dataset.measures:
        if not brief.rules.covers([m.topic]):
            continue
        if m.is_bilateral or len(set(m.countries)) > 1:
            who = tuple(sorted(set(m.countries), key=lambda c: c != "PER"))
            groups.setdefault((m.status, "countries", who), []).append(m)
        else:
            groups.setdefault((m.status, "actors", tuple(m.actors)), []).append(m)
    out = []
    for (status, how, who), measures in groups.items():
        # two measures of one kind read as one item ("refuerzo de los controles
        # fronterizos" once, not twice)
        labels = list(
            dict.fromkeys(
                brief.lower_first(measure_label(m, brief.dataset, brief.lang))
                for m in measures
            )
        )
        names = (
            [brief.country(c) for c in who]
            if how == "countries"
            else [brief.actor_phrase(a) for a in who]
        )
        if status == "scenario":
            text = _("The article raises as a scenario: {measures}").format(
                measures=brief.join(labels)
            )
        else:
            singular, plural = MEASURE_SENTENCES[status]
            text = brief.ngettext(
                singular,
                plural,
                len(names),
                who=brief.join(names),
                measures=brief.join(labels),
            )
        headline = text
        if len(labels) > 2 and status != "scenario":
            singular, plural = MEASURE_SENTENCES[status]
            headline = brief.ngettext(
                singular,
                plural,
                len(names),
                who=brief.join(names),
                measures=brief.ngettext(
                    "{first} and {n} other measure",
                    "{first} and {n} other measures",
                    len(labels) - 1,
                    first=labels[0],
                ),
            )
        dated = _dated(brief, measures)
        if dated:
            text = _("{text}, {when}").format(text=text, when=dated)
        ends = sorted({m.end_date for m in measures if m.end_date})
        if ends:
            text = _("{text}, in force until {date}").format(
                text=text, date=brief.date(ends[-1])
            )
        score = (
            MEASURE_SALIENCE[status]
            + lede(brief, *measures)
            + 0.02 * (len(measures) - 1)
            - HISTORY_PENALTY * _history(brief, measures)
        )
        covered = spans(*measures) + spans(*_events_of(brief, measures))
        out.append(
            Finding(
                "measure", score, text + ".", headline, brief.refs(*measures), covered
            )
        )
    return out


def _events_of(brief, measures) -> list:
    """Occurred events whose words overlap the measures' words: their dating."""
    ms = spans(*measures)
    return [
        e
        for e in brief.dataset.events
        if e.date_from
        and e.status == "occurred"
        and any(a < d and c < b for a, b in ms for c, d in spans(e))
    ]


def _history(brief, measures) -> bool:
    """Measures the article dates only long before the brief ("Peru had similarly
    declared a state of emergency in April 2023"): background, not the news."""
    days = [m.start_date for m in measures if m.start_date] or [
        e.date_to for e in _events_of(brief, measures)
    ]
    return bool(days) and all(
        (brief.as_of - d).days > HISTORY_DAYS for d in days if d is not None
    )


def _dated(brief, measures) -> str:
    starts = sorted({m.start_date for m in measures if m.start_date})
    if starts:
        return brief.date(starts[0])
    # the words that name each measure first, not a later "the measure" in a
    # sentence that dates something else ("Jeri, who assumed the presidency in
    # October, cited public safety as the reason for the measure")
    first = [(m.evidence[0].start, m.evidence[0].end) for m in measures if m.evidence]
    events = [
        e
        for e in _events_of(brief, measures)
        if any(a < d and c < b for a, b in first for c, d in spans(e))
    ]
    return brief.when(events[0]) if events else ""


def _names_its_speaker(brief, claim) -> bool:
    """A summary that opens on its speaker's name ("Jerí asked that…", "De Zela
    ha negado que…") is told with its verb; "according to" would say it twice."""
    actor = next((a for a in brief.dataset.actors if a.actor_id == claim.speaker), None)
    if actor is None or actor.kind != "person":
        return False
    first = claim.summary.split(" ", 1)[0].lower()
    return first in actor.name.lower().split()


def _grammatical_number(labels: list[str]) -> int:
    """How many a verb agrees with: several labels, or one whose noun phrase
    names several things ("Joint patrols at the border", "Zanjas y barreras",
    "Common criteria for migration checks")."""
    if len(labels) != 1:
        return len(labels)
    head = []
    for word in labels[0].lower().split():
        if word in _PREPOSITIONS:
            break
        head.append(word.strip(",;:"))
    plural = any(
        w in ("and", "y", "e", "criteria")
        or (w.endswith("s") and not w.endswith(("ss", "is", "us")))
        for w in head
    )
    return 2 if plural else 1


_PREPOSITIONS = frozenset(
    "of at for in on to by from with de del en para a al con por sobre entre".split()
)


def claim_findings(brief) -> list[Finding]:
    _ = brief._
    acting = officials(brief.dataset)
    out = []
    for c in brief.dataset.claims:
        if not brief.rules.covers(c.topics):
            continue
        score = (
            0.45
            + (0.25 if c.constraints else 0)
            + (0.10 if c.measures else 0)
            + (0.15 if c.speaker in acting else 0)
            + lede(brief, c)
        )
        speaker = brief.actor_phrase(c.speaker)
        if _names_its_speaker(brief, c):
            # "Paco exigió la presencia de Boric": the summary says who spoke; in
            # another language, the article's words quoted ("Según Kast: «Kast
            # demanded…»" would say it twice)
            text = claim_summary(c, brief.dataset, brief.lang)
        elif brief.in_language(c.summary):
            text = _("According to {speaker}, {summary}").format(
                speaker=speaker, summary=brief.mid_sentence(_(c.summary))
            )
        else:
            text = _("According to {speaker}: {quote}").format(
                speaker=speaker,
                quote=claim_summary(c, brief.dataset, brief.lang),
            )
        text = text if text.endswith((".", "”", ")")) else text + "."
        headline = text.rstrip(".")
        if c.constraints and c.measures:
            measures = [
                brief.lower_first(measure_label(m, brief.dataset, brief.lang))
                for m in brief.dataset.measures
                if m.measure_id in c.measures
            ]
            named = brief.join([_(k) for k in c.constraints])
            headline = brief.ngettext(
                "{measures} faces {constraints} constraints, according to {speaker}",
                "{measures} face {constraints} constraints, according to {speaker}",
                _grammatical_number(measures),
                measures=brief.upper_first(brief.join(measures)),
                constraints=named,
                speaker=speaker,
            )
        out.append(Finding("claim", score, text, headline, brief.refs(c), spans(c)))
    return out


def check_findings(brief) -> list[Finding]:
    _ = brief._
    out = []
    for c in brief.checks:
        if c.agrees is None:
            continue
        score = 0.75 if c.agrees is False else 0.30
        text = _("Fact check: {verdict}").format(verdict=c.verdict)
        ref = "; ".join(
            f"{brief.publisher(s.publisher)}, {s.published}" for s in c.sources
        )
        record = brief.record(c.record_id)
        out.append(
            Finding(
                "check",
                score,
                text,
                text.rstrip("."),
                ref,
                spans(record) if record is not None else (),
            )
        )
    return out


def contradiction_findings(brief) -> list[Finding]:
    _ = brief._
    out = []
    for i in brief.relevant_issues:
        if i.kind != "contradiction":
            continue
        if brief.lang == "en" or brief.has_translation(i.description):
            text = _("The article contradicts itself: {description}").format(
                description=_(i.description)
            )
        else:
            text = _("The article contradicts itself here; see the data notes.")
        out.append(
            Finding(
                "contradiction",
                0.5 + lede(brief, i),
                text,
                text.rstrip("."),
                brief.refs(i),
                (),
            )
        )
    return out


GENERAL_FINDINGS = (
    upcoming_findings,
    measure_findings,
    claim_findings,
    check_findings,
    occurred_findings,
    contradiction_findings,
)


def rank(brief) -> list[Finding]:
    """Every finding for the brief's topic, most salient first, none repeating another."""
    found = [f for rule in GENERAL_FINDINGS for f in rule(brief)]
    found += [f for rule in brief.rules.extra_findings if (f := rule(brief))]
    weighted = [
        Finding(
            f.kind,
            f.score * brief.rules.weights.get(f.kind, 1.0),
            f.text,
            f.headline,
            f.ref,
            f.spans,
            f.rows,
        )
        for f in found
    ]
    chosen: list[Finding] = []
    for f in sorted(weighted, key=lambda f: -f.score):
        if any(f.overlaps(c) or f.text == c.text for c in chosen):
            continue
        chosen.append(f)
    return chosen


def absent_sentence(brief) -> str:
    """One plain sentence naming what the article lacks on the topic."""
    _ = brief._
    measure, claim, event = ABSENT
    d, covers = brief.dataset, brief.rules.covers
    missing = []
    if not any(covers([m.topic]) for m in d.measures):
        missing.append(_(measure))
    if not any(covers(c.topics) for c in d.claims):
        missing.append(_(claim))
    if not any(covers(e.topics) and e.date_from for e in d.events):
        missing.append(_(event))
    if not missing:
        return _(brief.rules.absent).format(items=_("other finding"))
    if len(missing) == 1:
        items = missing[0]
    else:
        items = _("{items} or {last}").format(
            items=", ".join(missing[:-1]), last=missing[-1]
        )
    return _(brief.rules.absent).format(items=items)
