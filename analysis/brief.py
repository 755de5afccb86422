"""A brief: parameters checked, data loaded, and every part generated from the tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import charts
from .context import Check, Context, fact_check, load_context
from .derive import paragraphs_of
from .exceptions import ParameterError
from .i18n import (
    LANGUAGES,
    N_,
    fmt_date,
    fmt_number,
    fmt_period,
    fmt_range,
    language_note,
    translator,
)
from .loader import load_brief_dataset
from .parts import render_part
from .paths import DEFAULT_ARTICLE
from .render import BriefFigure
from .schema import Dataset, Sourced

TOPICS = ("overview", "security", "migration", "border_cooperation")
BRIEF_TITLES = {
    "overview": N_("Overview"),
    "security": N_("Security"),
    "migration": N_("Migration"),
    "border_cooperation": N_("Border cooperation"),
}
ISSUE_KINDS = {
    "contradiction": N_("Contradiction"),
    "translation": N_("Translation fault"),
    "mistranslated_name": N_("Mistranslated name"),
    "imprecise_date": N_("Imprecise date"),
}
RECORD_COUNTS = {
    "actors": (N_("1 actor"), N_("{n} actors")),
    "events": (N_("1 dated event"), N_("{n} dated events")),
    "measures": (N_("1 measure"), N_("{n} measures")),
    "claims": (N_("1 attributed claim"), N_("{n} attributed claims")),
    "figures": (N_("1 figure"), N_("{n} figures")),
}
"""What the header counts, singular and plural, each a message of its own."""

MEASURE_COUNTS = {
    "implemented": N_("{n} in force"),
    "agreed": N_("{n} agreed"),
    "announced": N_("{n} announced"),
    "proposed": N_("{n} proposed"),
    "scenario": N_("{n} raised as a scenario"),
}
MEASURE_COUNT_ONE = {
    "implemented": N_("1 in force"),
    "agreed": N_("1 agreed"),
    "announced": N_("1 announced"),
    "proposed": N_("1 proposed"),
    "scenario": N_("1 raised as a scenario"),
}
"""Counts of measures by status, each its own message (singular and plural) so that
translations can agree in gender and number."""
VOCABULARY = [
    N_("occurred"),
    N_("announced"),
    N_("planned"),
    N_("proposed"),
    N_("scenario"),
    N_("agreed"),
    N_("planned, date now past"),
    N_("implemented"),
    N_("to come"),
    N_("day"),
    N_("month"),
    N_("bimester"),
    N_("quarter"),
    N_("semester"),
    N_("year"),
    N_("approximate"),
    N_("legal"),
    N_("humanitarian"),
    N_("budgetary"),
    N_("capital"),
    N_("city"),
    N_("border crossing"),
    N_("per 100,000 inhabitants"),
    N_("No topic"),
]
"""Words of the schema's vocabularies that briefs show: kept in the catalogue."""


def check_parameters(
    article, topic, lang, as_of
) -> tuple[str, str, str, dt.date | None]:
    """Validate brief parameters before any work: one line per problem."""
    if not isinstance(article, str | Path) or not str(article):
        raise ParameterError(f"article: expected an id or a path, got {article!r}")
    if topic not in TOPICS:
        raise ParameterError(
            f"topic: unknown topic {topic!r}; choose one of {', '.join(TOPICS)}"
        )
    if lang not in LANGUAGES:
        raise ParameterError(
            f"lang: unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}"
        )
    if as_of is not None and not isinstance(as_of, dt.date):
        try:
            as_of = dt.date.fromisoformat(str(as_of))
        except ValueError:
            raise ParameterError(
                f"as_of: {as_of!r} is not an ISO date; write it as YYYY-MM-DD"
            ) from None
    return str(article), topic, lang, as_of


@dataclass(frozen=True)
class KeyPoint:
    text: str
    ref: str


class Brief:
    """Everything one brief shows, for one article, topic, language and date."""

    def __init__(
        self,
        article=DEFAULT_ARTICLE,
        topic="overview",
        lang="en",
        as_of=None,
        dataset: Dataset | None = None,
    ):
        article, topic, lang, as_of = check_parameters(article, topic, lang, as_of)
        self.dataset = dataset or load_brief_dataset(article)
        self.topic = topic
        self.lang = lang
        self._ = translator(lang)
        published = self.dataset.article.published
        self.as_of = as_of or published or dt.date.today()
        self.as_of_basis = (
            "parameter" if as_of else "published" if published else "today"
        )
        self._figure_count = 0

    # --- data -------------------------------------------------------------

    @cached_property
    def context(self) -> Context:
        return load_context(self.as_of)

    @cached_property
    def checks(self) -> list[Check]:
        checks = fact_check(self.dataset, self.context, self.lang)
        if self.topic == "overview":
            return checks
        topical = {e.label for e in self.dataset.events if self.topic in e.topics}
        figures = {f.label for f in self.dataset.figures}
        wanted = {self._(t) for t in topical} | (
            figures if self.topic in ("security", "overview") else set()
        )
        return [c for c in checks if c.subject in wanted]

    def refs(self, *records: Sourced) -> str:
        """'¶7' or '¶1, 4': where in the article the records come from."""
        paragraphs = sorted(
            {p for r in records for p in paragraphs_of(self.dataset, r)}
        )
        return "¶" + ", ".join(map(str, paragraphs)) if paragraphs else ""

    def actor_phrase(self, actor_id: str) -> str:
        actor = self.dataset.actor(actor_id)
        if actor.kind == "person" and actor.role and "scientist" in actor.role.lower():
            return (
                f"{self._(actor.role)[0].lower()}{self._(actor.role)[1:]} {actor.name}"
            )
        name = self._(actor.name)
        if (
            self.lang == "en"
            and actor.kind in ("government", "institution", "party")
            and not name.lower().startswith("the ")
            and "'s " not in name
        ):
            name = f"the {name}"
        return name

    def when(self, event) -> str:
        return fmt_range(event.date_from, event.date_to, event.precision, self.lang)

    @property
    def quote_note(self) -> str:
        """Marks the article's own words when they are not in the brief's language."""
        return language_note(self.dataset.article.language, self.lang).strip()

    # --- title ------------------------------------------------------------

    @cached_property
    def title(self) -> str:
        """The brief's title: its main finding, from the data."""
        _ = self._
        d = self.dataset
        upcoming = self.upcoming_events
        if self.topic == "security":
            in_force = [
                m
                for m in d.measures
                if m.topic == "security" and m.status == "implemented"
            ]
            if in_force:
                countries = {c for m in in_force for c in m.countries}
                who = charts.country_name(sorted(countries)[0], self.lang)
                return _(
                    "{country} has {n} security measures in force at the border"
                ).format(country=who, n=len(in_force))
        if self.topic == "migration":
            hit = [c for c in d.claims if c.constraints and c.measures]
            if hit:
                c = hit[0]
                return _(
                    "{n} proposed migration measures face {constraints} constraints, "
                    "according to {speaker}"
                ).format(
                    n=len(c.measures),
                    constraints=self.join([_(k) for k in c.constraints]),
                    speaker=self.actor_phrase(c.speaker),
                )
        if self.topic == "border_cooperation":
            agreed = [m for m in d.measures if m.is_bilateral and m.status == "agreed"]
            planned = [m for m in d.measures if m.is_bilateral and m.status != "agreed"]
            if agreed:
                text = _("Peru and Chile have agreed {measures}").format(
                    measures=self.join([_(m.label).lower() for m in agreed])
                )
                if planned:
                    text += _("; a {measure} is planned").format(
                        measure=_(planned[0].label)
                    )
                return text
        if upcoming:
            e = upcoming[0]
            return _("Next: {event} ({when})").format(
                event=_(e.label), when=self.when(e)
            )
        return _(d.article.title)

    @cached_property
    def upcoming_events(self):
        future = [
            e
            for e in self.dataset.events
            if e.date_to
            and e.date_to >= self.as_of
            and e.status in ("planned", "announced", "proposed")
        ]
        return sorted(
            future,
            key=lambda e: (
                e.precision != "day" and e.precision != "month",
                e.date_from,
            ),
        )

    # --- parts ------------------------------------------------------------

    def header(self):
        _ = self._
        a = self.dataset.article
        return render_part(
            "header",
            self.lang,
            {
                "kicker": _("Chile–Peru brief · {topic}").format(
                    topic=_(BRIEF_TITLES[self.topic])
                ),
                "title": self.title,
                "as_of": fmt_date(self.as_of, self.lang),
                "as_of_basis": self.as_of_basis,
                "article_title": a.title,
                "quote_note": self.quote_note,
                "article_source": a.source,
                "article_published": fmt_date(a.published, self.lang)
                if a.published
                else _("no date given"),
                "article_language": a.language,
                "translated_from": a.translated_from,
                "reviewed": self.dataset.is_reviewed,
                "counts": self.join(
                    [
                        _(one) if n == 1 else _(many).format(n=n)
                        for name, (one, many) in RECORD_COUNTS.items()
                        for n in [len(getattr(self.dataset, name))]
                    ]
                ),
            },
            metadata={
                "page": {
                    "title": self.title,
                    "lang": self.lang,
                    "running": f"{_(BRIEF_TITLES[self.topic])} · {self.title}",
                    "as_of": self.as_of.isoformat(),
                    "reviewed": self.dataset.is_reviewed,
                }
            },
        )

    def key_points(self):
        return render_part("key_points", self.lang, {"points": self.points()})

    def points(self) -> list[KeyPoint]:
        """Three to five sentences, each from the data with its reference."""
        builders = {
            "overview": [
                self._kp_next_event,
                self._kp_measures,
                self._kp_claims,
                self._kp_fact_check,
                self._kp_issues,
            ],
            "security": [
                self._kp_security_in_force,
                self._kp_crime_claim,
                self._kp_fact_check,
                self._kp_insecurity_claim,
                self._kp_measures,
            ],
            "migration": [
                self._kp_proposals,
                self._kp_constraints,
                self._kp_positions,
                self._kp_migrants,
                self._kp_measures,
            ],
            "border_cooperation": [
                self._kp_agreement,
                self._kp_cabinet,
                self._kp_fact_check,
                self._kp_closure,
                self._kp_next_event,
            ],
        }[self.topic]
        points = [p for b in builders if (p := b())]
        for extra in (self._kp_measures, self._kp_claims, self._kp_issues):
            if len(points) >= 3:
                break
            p = extra()
            if p and p not in points:
                points.append(p)
        return [KeyPoint(p.text[:1].upper() + p.text[1:], p.ref) for p in points[:5]]

    def _kp_next_event(self) -> KeyPoint | None:
        _ = self._
        if not self.upcoming_events:
            return None
        e = self.upcoming_events[0]
        if e.announced_by:
            text = _("{when}: {event}, according to {who}.").format(
                when=self.when(e),
                event=_(e.label),
                who=self.actor_phrase(e.announced_by),
            )
        else:
            text = _("{when}: {event} ({status}).").format(
                when=self.when(e), event=_(e.label), status=_(e.status)
            )
        return KeyPoint(text[0].upper() + text[1:], self.refs(e))

    def _kp_measures(self) -> KeyPoint | None:
        _ = self._
        m = self.dataset.measures
        if not m:
            return None
        counts = {s: sum(x.status == s for x in m) for s in charts.STATUS_ORDER}
        parts = [
            _(MEASURE_COUNT_ONE[s]) if n == 1 else _(MEASURE_COUNTS[s]).format(n=n)
            for s, n in reversed(counts.items())
            if n
        ]
        text = _("The article reports {n} policy measures: {parts}.").format(
            n=len(m), parts=self.join(parts)
        )
        return KeyPoint(text, self.refs(*m))

    def _kp_claims(self) -> KeyPoint | None:
        _ = self._
        c = self.dataset.claims
        if not c:
            return None
        speakers = {}
        for claim in c:
            speakers[claim.speaker] = speakers.get(claim.speaker, 0) + 1
        top, k = max(speakers.items(), key=lambda kv: kv[1])
        text = _(
            "It attributes {n} claims to {s} speakers; {top} makes {k} of them."
        ).format(n=len(c), s=len(speakers), top=self.actor_phrase(top), k=k)
        return KeyPoint(text, self.refs(*c))

    def _kp_fact_check(self) -> KeyPoint | None:
        _ = self._
        wrong = [c for c in self.checks if c.agrees is False]
        if not wrong:
            return None
        c = wrong[0]
        sources = "; ".join(f"{s.publisher}, {s.published}" for s in c.sources)
        return KeyPoint(_("Fact check: {verdict}").format(verdict=c.verdict), sources)

    def _kp_issues(self) -> KeyPoint | None:
        _ = self._
        issues = self.relevant_issues
        contradictions = [i for i in issues if i.kind == "contradiction"]
        if not issues:
            return None
        lead = contradictions[0] if contradictions else issues[0]
        text = _("{n} data-quality notes apply, for example: {first}").format(
            n=len(issues), first=_(lead.description)
        )
        return KeyPoint(text, self.refs(lead))

    def _claims_with(self, topic: str, words: tuple[str, ...]):
        return [
            c
            for c in self.dataset.claims
            if topic in c.topics and any(w in c.summary.lower() for w in words)
        ]

    def _kp_claim(self, claim) -> KeyPoint:
        _ = self._
        text = _("According to {speaker}, {summary}").format(
            speaker=self.actor_phrase(claim.speaker),
            summary=self.mid_sentence(_(claim.summary)),
        )
        return KeyPoint(text, self.refs(claim))

    @cached_property
    def proper_nouns(self) -> set[str]:
        """Words that keep their capital mid-sentence: the names of actors and places."""
        names = [a.name for a in self.dataset.actors] + [
            p.name for p in self.dataset.places
        ]
        names += [alias for a in self.dataset.actors for alias in a.aliases]
        names += [self._(n) for n in names]
        return {w.strip(",.") for n in names for w in n.split() if w[:1].isupper()}

    def mid_sentence(self, text: str) -> str:
        """A sentence made to follow "According to X," without lowering a name."""
        first = text.split(" ", 1)[0]
        if first.removesuffix("'s").removesuffix("’s") in self.proper_nouns:
            return text
        return text[:1].lower() + text[1:]

    def _kp_security_in_force(self) -> KeyPoint | None:
        _ = self._
        m = [
            x
            for x in self.dataset.measures
            if x.topic == "security" and x.status == "implemented"
        ]
        if not m:
            return None
        who = {a for x in m for a in x.actors}
        text = _("{who} has put in force: {measures}.").format(
            who=self.join([self.actor_phrase(a) for a in sorted(who)]),
            measures=self.join([_(x.label).lower() for x in m]),
        )
        return KeyPoint(text, self.refs(*m))

    def _kp_crime_claim(self) -> KeyPoint | None:
        claims = self._claims_with("security", ("crime",))
        return self._kp_claim(claims[0]) if claims else None

    def _kp_insecurity_claim(self) -> KeyPoint | None:
        claims = self._claims_with("security", ("insecurity",))
        return self._kp_claim(claims[0]) if claims else None

    def _kp_proposals(self) -> KeyPoint | None:
        _ = self._
        m = [
            x
            for x in self.dataset.measures
            if x.topic == "migration" and x.status == "proposed"
        ]
        if not m:
            return None
        by = {}
        for x in m:
            by.setdefault(x.actors[0], []).append(_(x.label).lower())
        actor, labels = max(by.items(), key=lambda kv: len(kv[1]))
        text = _("{who} proposes {measures}.").format(
            who=self.actor_phrase(actor), measures=self.join(labels)
        )
        return KeyPoint(text, self.refs(*m))

    def _kp_constraints(self) -> KeyPoint | None:
        claims = [c for c in self.dataset.claims if c.constraints]
        return self._kp_claim(claims[0]) if claims else None

    def _kp_positions(self) -> KeyPoint | None:
        claims = [
            c
            for c in self.dataset.claims
            if "migration" in c.topics
            and self.dataset.actor(c.speaker).kind == "government"
        ]
        return self._kp_claim(claims[0]) if claims else None

    def _kp_migrants(self) -> KeyPoint | None:
        _ = self._
        series = self.context.series("venezuelan_migrants")
        latest = {}
        for f in sorted(series, key=lambda f: f.ref_period or ""):
            latest[f.country] = f
        if not {"PER", "CHL"} <= set(latest):
            return None
        per, chl = latest["PER"], latest["CHL"]
        text = _(
            "Context: Peru hosted about {per} Venezuelan migrants and Chile about "
            "{chl} in {period}, by the latest estimates published by this brief's "
            "date."
        ).format(
            per=fmt_number(per.value, self.lang, 0),
            chl=fmt_number(chl.value, self.lang, 0),
            period=fmt_period(per.ref_period, self.lang),
        )
        return KeyPoint(text, f"{per.publisher}, {per.published}")

    def _kp_agreement(self) -> KeyPoint | None:
        _ = self._
        events = [
            e
            for e in self.dataset.events
            if "border_cooperation" in e.topics
            and e.status == "occurred"
            and "agree" in e.label.lower()
        ]
        if not events:
            return None
        e = events[0]
        text = _("{event}: {when}.").format(event=_(e.label), when=self.when(e))
        return KeyPoint(text, self.refs(e))

    def _kp_cabinet(self) -> KeyPoint | None:
        _ = self._
        events = [e for e in self.upcoming_events if "cabinet" in e.label.lower()]
        if not events:
            return None
        e = events[0]
        text = _("{event} planned for {when}").format(
            event=_(e.label), when=self.when(e)
        )
        if e.announced_by:
            text += _(", proposed by {who}").format(
                who=self.actor_phrase(e.announced_by)
            )
        if any(
            i.kind == "contradiction" and "cabinet" in i.description.lower()
            for i in self.dataset.issues
        ):
            text += _("; the article's own wording of the date contradicts itself")
        return KeyPoint(text + ".", self.refs(e))

    def _kp_closure(self) -> KeyPoint | None:
        claims = [
            c
            for c in self.dataset.claims
            if any(self._measure(m).status == "scenario" for m in c.measures)
        ]
        return self._kp_claim(claims[0]) if claims else None

    def _measure(self, measure_id):
        return next(m for m in self.dataset.measures if m.measure_id == measure_id)

    def join(self, items: list[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return self._("{items} and {last}").format(
            items=", ".join(items[:-1]), last=items[-1]
        )

    # --- figures ----------------------------------------------------------

    def figure_specs(self) -> list[tuple]:
        """(chart, caption, source) for each figure of this brief's topic."""
        _ = self._
        d, lang, ctx = self.dataset, self.lang, self.context
        art = _("the article")

        def article_source(*records):
            return _("Source: {article}, {refs}").format(
                article=art, refs=self.refs(*records)
            )

        def context_source(*metrics):
            rows = [
                f for m in metrics for f in ctx.series(m) if f.country in ("CHL", "PER")
            ]
            cited = sorted({f"{f.publisher} ({f.published})" for f in rows})
            return _("Sources: {sources}").format(sources="; ".join(cited))

        figures = []
        if self.topic == "overview":
            figures = [
                (
                    charts.chart_key_facts(d, lang),
                    _("Key facts of the article"),
                    article_source(*d.actors, *d.events),
                ),
                (
                    charts.chart_timeline(d, self.as_of, lang),
                    _("Every dated event in the article, occurred or still to come"),
                    article_source(*d.events),
                ),
                (
                    charts.chart_topic_share(d, lang),
                    _("Topics along the article's paragraphs"),
                    _(
                        "Source: {article}, all paragraphs; topic tags by the analyst"
                    ).format(article=art)
                    if d.is_reviewed
                    else _(
                        "Source: {article}, all paragraphs; topic tags extracted "
                        "automatically"
                    ).format(article=art),
                ),
                (
                    charts.chart_actor_topic(d, lang),
                    _("Who is named under which topic"),
                    article_source(*d.actors),
                ),
            ]
        elif self.topic == "security":
            sec = [
                m for m in d.measures if m.topic in ("security", "border_cooperation")
            ]
            claims = [c for c in d.claims if "security" in c.topics]
            figures = [
                (
                    charts.chart_measures(d, lang),
                    _("Security and border measures by status and country"),
                    article_source(*sec),
                ),
                (
                    charts.chart_homicide(d, ctx, lang),
                    _(
                        "The article's homicide figure in the context of published rates"
                    ),
                    context_source("homicide_rate") + "; " + article_source(*d.figures),
                ),
            ]
            if claims:
                figures.append(
                    (
                        charts.chart_claims(d, lang, "security"),
                        _("Crime-related claims and who makes them"),
                        article_source(*claims),
                    )
                )
        elif self.topic == "migration":
            mig = [m for m in d.measures if m.topic == "migration"]
            claims = [c for c in d.claims if "migration" in c.topics]
            figures = [
                (
                    charts.chart_positions(d, lang),
                    _("Positions on migration"),
                    article_source(*mig, *claims),
                ),
                (
                    charts.chart_constraints(d, lang),
                    _("Proposed measures against the constraints the article names"),
                    article_source(*mig),
                ),
                (
                    charts.chart_claims(d, lang, "migration"),
                    _("Attributed claims on migration"),
                    article_source(*claims),
                ),
            ]
            if ctx.series("venezuelan_migrants"):
                figures.append(
                    (
                        charts.chart_migrants(ctx, lang),
                        _("Venezuelan migrants in Peru and Chile"),
                        context_source("venezuelan_migrants"),
                    )
                )
            if ctx.series("expulsions_executed"):
                figures.append(
                    (
                        charts.chart_expulsions(ctx, lang),
                        _(
                            "Expulsions carried out against the scale of a mass "
                            "expulsion"
                        ),
                        context_source(
                            "expulsions_executed", "irregular_foreign_residents"
                        ),
                    )
                )
        elif self.topic == "border_cooperation":
            window = self.border_window()
            bilateral = [m for m in d.measures if m.is_bilateral]
            figures = [
                (
                    charts.chart_timeline(
                        d,
                        self.as_of,
                        lang,
                        events=window,
                        title=_(
                            "From Peru's emergency decree to the Binational Cabinet: "
                            "{n} steps"
                        ).format(n=len(window)),
                    ),
                    _("Timeline of border cooperation"),
                    article_source(*window),
                ),
                (
                    charts.chart_map(d, ctx, lang),
                    _("Where the border cooperation happens"),
                    _(
                        "Sources: coordinates from {places}; boundaries from Natural Earth; "
                        "place names from {article}"
                    ).format(
                        places=", ".join(sorted({p.source for p in ctx.places})),
                        article=art,
                    ),
                ),
                (
                    charts.chart_mechanisms(d, lang),
                    _("The bilateral mechanisms"),
                    article_source(*bilateral),
                ),
            ]
        return [f for f in figures if f[0] is not None]

    def border_window(self):
        """Dated events on border cooperation or security, in date order."""
        events = sorted(
            (
                e
                for e in self.dataset.events
                if e.date_from
                and ("border_cooperation" in e.topics or "security" in e.topics)
            ),
            key=lambda e: e.date_from,
        )
        return events

    def figures(self) -> list[BriefFigure]:
        out = []
        for chart, caption, source in self.figure_specs():
            self._figure_count += 1
            out.append(
                BriefFigure(chart, self._figure_count, caption, source, self.lang)
            )
        return out

    def show_figures(self) -> None:
        """Display each figure as its own output, numbered in order."""
        from IPython.display import display

        display(render_part("section", self.lang, {"heading": self._("Charts")}))
        for figure in self.figures():
            display(figure)

    # --- closing sections ---------------------------------------------------

    def context_section(self):
        _ = self._
        return render_part(
            "context",
            self.lang,
            {
                "checks": self.checks,
                "quote_note": self.quote_note,
                "withheld": self.context.withheld,
                "as_of": fmt_date(self.as_of, self.lang),
            },
        )

    def watch_section(self):
        _ = self._
        items = []
        for e in self.upcoming_events:
            done = self.context.event(e.context_event) if e.context_event else None
            items.append(
                {
                    "when": self.when(e),
                    "event": _(e.label),
                    "precision": _(e.precision),
                    "status": _(e.status),
                    "who": self.actor_phrase(e.announced_by)
                    if e.announced_by
                    else None,
                    "ref": self.refs(e),
                    "done": fmt_date(done.date, self.lang) if done else None,
                    "done_source": done.publisher if done else None,
                }
            )
        return render_part(
            "watch",
            self.lang,
            {"items": items, "as_of": fmt_date(self.as_of, self.lang)},
        )

    @cached_property
    def relevant_issues(self):
        return [
            i
            for i in self.dataset.issues
            if self.topic == "overview" or self.topic in i.topics or not i.topics
        ]

    def data_notes(self):
        _ = self._
        a = self.dataset.article
        notes = [
            {
                "kind": _(ISSUE_KINDS[i.kind]),
                "text": _(i.description),
                "ref": self.refs(i),
                "quotes": [e.quote for e in i.evidence[:6]],
            }
            for i in self.relevant_issues
        ]
        return render_part(
            "notes",
            self.lang,
            {
                "notes": notes,
                "translated_from": a.translated_from,
                "language": a.language,
                "published_basis": a.published_basis,
                "before_publication": bool(a.published and self.as_of < a.published),
                "reviewed": self.dataset.is_reviewed,
            },
        )

    CHARTED_METRICS = {
        "security": ("homicide_rate",),
        "migration": (
            "venezuelan_migrants",
            "expulsions_executed",
            "irregular_foreign_residents",
        ),
    }

    def used_sources(self):
        """Context rows this brief shows: in its fact checks and its charts."""
        rows = [s for c in self.checks for s in c.sources]
        for metric in self.CHARTED_METRICS.get(self.topic, ()):
            rows += self.context.series(metric)
        seen = {}
        for r in sorted(rows, key=lambda r: (r.available_from, r.publisher)):
            seen.setdefault(r.source_url, r)
        return list(seen.values())

    def sources(self):
        a = self.dataset.article
        return render_part(
            "sources",
            self.lang,
            {
                "article": a,
                "article_published": fmt_date(a.published, self.lang)
                if a.published
                else None,
                "context": self.used_sources(),
                "places": sorted({p.source for p in self.context.places}),
            },
        )
