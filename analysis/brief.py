"""A brief: parameters checked, data loaded, and the parts assembled from the topic's rules.

The rules themselves (what counts as a finding, which charts belong) live in
`analysis.topics`, one module per topic; this class holds the shared helpers for
wording and referencing, and puts the parts together.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .context import Check, Context, country_name, fact_check, load_context
from .derive import paragraphs_of
from .exceptions import ParameterError
from .gazetteer import fold
from .i18n import (
    LANGUAGES,
    N_,
    Nn_,
    fmt_date,
    fmt_number,
    fmt_period,
    fmt_range,
    has_translation,
    language_note,
    plural_translator,
    translator,
)
from .labels import NAMED_START, event_label, in_brief_language, publisher
from .loader import load_brief_dataset
from .parts import render_part
from .paths import DEFAULT_ARTICLE
from .registry import BRIEF_TOPICS, TOPIC_LABELS
from .render import BriefFigure
from .schema import Dataset, Sourced
from .topics import RULES
from .topics.base import absent_sentence, rank
from .topics.figures import Missing

TOPICS = BRIEF_TOPICS
BRIEF_TITLES = TOPIC_LABELS
ISSUE_KINDS = {
    "contradiction": N_("Contradiction"),
    "translation": N_("Translation fault"),
    "mistranslated_name": N_("Mistranslated name"),
    "imprecise_date": N_("Imprecise date"),
}
RECORD_COUNTS = {
    "actors": Nn_("{n} actor", "{n} actors"),
    "events": Nn_("{n} dated event", "{n} dated events"),
    "measures": Nn_("{n} measure", "{n} measures"),
    "claims": Nn_("{n} attributed claim", "{n} attributed claims"),
    "figures": Nn_("{n} figure", "{n} figures"),
}
"""What the header counts, each a message with its plural forms."""

PRECISIONS = {
    "day": N_("date known to the day"),
    "month": N_("date known to the month"),
    "bimester": N_("date known to a two-month period"),
    "quarter": N_("date known to the quarter"),
    "semester": N_("date known to the half-year"),
    "year": N_("date known to the year"),
    "approximate": N_("approximate date"),
}
"""How precisely an event is dated, as a whole phrase in each language."""

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


# "a senior official at …", "un alto oficial de …": a person named by role alone
_UNNAMED_ROLE = re.compile(r"(?:an?|one|un|una|el|la|the)\s", re.IGNORECASE)


# The article a Spanish body's name takes when it opens with a common noun
_ES_BODY_ARTICLE = {
    **dict.fromkeys(
        "Ejército Ministerio Comité Congreso Consejo Servicio Comando Gobierno Senado "
        "Instituto Tribunal Partido Gremio Poder Estado".split(),
        "el",
    ),
    **dict.fromkeys(
        "Policía Cancillería Presidencia Superintendencia Defensoría Cámara Oficina "
        "Organización Región Agencia Armada Marina Prefectura Municipalidad "
        "Asociación Federación Secretaría Subsecretaría Dirección Corte Fiscalía "
        "Comisión".split(),
        "la",
    ),
    "Fuerzas": "las",
}


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
        self.rules = RULES[topic]
        self.lang = lang
        self._ = translator(lang)
        self.ngettext = plural_translator(lang)
        published = self.dataset.article.published
        self.as_of = as_of or published or dt.date.today()
        self.as_of_basis = (
            "parameter"
            if as_of
            else "inferred"
            if published and self.dataset.article.published_basis
            else "published"
            if published
            else "today"
        )

    # --- data -------------------------------------------------------------

    @cached_property
    def context(self) -> Context:
        return load_context(self.as_of)

    @cached_property
    def checks(self) -> list[Check]:
        """Fact checks of the records this brief's topic covers, by record id."""
        checks = fact_check(self.dataset, self.context, self.lang)
        if self.topic == "overview":
            return checks
        events = {
            e.event_id for e in self.dataset.events if self.rules.covers(e.topics)
        }
        figures = {
            f.figure_id for f in self.dataset.figures if f.metric in self.rules.metrics
        }
        return [c for c in checks if c.record_id in events | figures]

    def record(self, record_id: str):
        d = self.dataset
        for r in [*d.events, *d.figures, *d.measures, *d.claims]:
            if record_id in (
                getattr(r, "event_id", None),
                getattr(r, "figure_id", None),
                getattr(r, "measure_id", None),
                getattr(r, "claim_id", None),
            ):
                return r
        return None

    @property
    def measure_topics(self) -> tuple[str, ...]:
        return tuple(
            t
            for t in ("security", "migration", "border_cooperation")
            if self.rules.covers([t])
        )

    # --- wording helpers --------------------------------------------------

    def refs(self, *records: Sourced) -> str:
        """'¶7' or '¶1, 4': where in the article the records come from."""
        paragraphs = sorted(
            {p for r in records for p in paragraphs_of(self.dataset, r)}
        )
        return "¶" + ", ".join(map(str, paragraphs)) if paragraphs else ""

    def actor_phrase(self, actor_id: str) -> str:
        actor = self.dataset.actor(actor_id)
        _ = self._
        if (
            actor.kind == "person"
            and actor.role
            and _UNNAMED_ROLE.match(actor.role)
            and fold(actor.role).endswith(fold(actor.name))
        ):
            # one quoted by role alone: "a senior official at Peru's consulate",
            # "un alto oficial de la Región Policial Tacna"
            if self.in_language(actor.role):
                return actor.role[:1].lower() + actor.role[1:]
            return actor.name
        if actor.kind == "person" and actor.role and not actor.country:
            # A commentator, not an official: "political scientist Rocío Zepeda".
            role = _(actor.role) if self.in_language(actor.role) else ""
            if role and len(role.split()) <= 3:
                return self.titled_name(self.lower_first(role), actor.name)
        if (
            actor.kind == "government"
            and actor.country
            and not self.in_language(actor.name)
        ):
            # A government named in another language: say whose it is.
            return _("the government of {country}").format(
                country=self.country(actor.country)
            )
        name = _(actor.name)
        first = name.split(" ", 1)[0]
        if actor.kind == "group" and re.match(r"[\w-]+['’]s\s", name):
            return name  # "Kast's team": a name's possessive keeps its capital
        if actor.kind == "group" and re.match(
            r"(?:Equipo|Entorno|Círculo|Comando)\s", name
        ):
            return "el " + name[:1].lower() + name[1:]  # "el equipo de Kast"
        if (
            actor.kind == "group"
            and not first.isupper()
            # "Venezuelan migrants": a demonym keeps its capital
            and not re.search(r"(?:an|ese|ish)$", first)
        ):
            # "according to analysts", "según los gremios": a common noun, though
            # its record's name is capitalised
            return name[:1].lower() + name[1:]
        if (
            self.lang == "en"
            and actor.kind in ("government", "institution", "party")
            and not name.lower().startswith("the ")
            and "'s " not in name
        ):
            name = f"the {name}"
        if (
            self.lang == "es"
            and actor.kind in ("government", "institution", "party")
            and first in _ES_BODY_ARTICLE
        ):
            # "según el Ministerio de Relaciones Exteriores", "el Ejército de Chile
            # ha puesto en vigor": a body named by a common noun takes its article
            name = f"{_ES_BODY_ARTICLE[first]} {name}"
        return name

    def titled_name(self, role: str, name: str) -> str:
        """ "political scientist Rocío Zepeda"; a role with a complement takes an
        article and a comma ("the mayor of Arica, Orlando Vargas"), and a Spanish
        role always takes its article ("el alcalde de Arica, Orlando Vargas")."""
        words = role.split()
        complement = any(w in ("of", "de", "del") for w in words)
        if self.lang == "es" and words[0] not in ("el", "la", "los", "las"):
            head = words[0]
            feminine = head.endswith("a") and not head.endswith("ista")
            role = f"{'la' if feminine else 'el'} {role}"
        elif self.lang == "en" and complement and words[0] != "the":
            role = f"the {role}"
        return f"{role}, {name}" if complement else f"{role} {name}"

    def country(self, code: str) -> str:
        return country_name(code, self.lang)

    def when(self, event) -> str:
        return fmt_range(event.date_from, event.date_to, event.precision, self.lang)

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.lang)

    def number(self, value: float) -> str:
        return fmt_number(value, self.lang, 0)

    def period(self, period: str | None) -> str:
        return fmt_period(period, self.lang)

    def publisher(self, name: str) -> str:
        return publisher(name, self.lang)

    def in_language(self, text: str) -> bool:
        return in_brief_language(text, self.dataset, self.lang)

    def has_translation(self, text: str) -> bool:
        return has_translation(text, self.lang)

    @property
    def quote_note(self) -> str:
        """Marks the article's own words when they are not in the brief's language."""
        return language_note(self.dataset.article.language, self.lang).strip()

    def join(self, items: list[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return self._("{items} and {last}").format(
            items=", ".join(items[:-1]), last=items[-1]
        )

    @cached_property
    def proper_nouns(self) -> list[str]:
        """Names that keep their capitals mid-sentence: actors, places, countries."""
        names = [a.name for a in self.dataset.actors] + [
            p.name for p in self.dataset.places
        ]
        names += [alias for a in self.dataset.actors for alias in a.aliases]
        names += [self._(n) for n in names]
        names += [self.country(c) for c in ("CHL", "PER")]
        return sorted({n for n in names if n[:1].isupper()}, key=len, reverse=True)

    def mid_sentence(self, text: str) -> str:
        """A sentence made to follow "According to X," without lowering a name."""
        return self.lower_first(text)

    def lower_first(self, text: str) -> str:
        """Lower the first letter unless the first word is a name (or a quote)."""
        first = text.split(" ", 1)[0]
        if (
            text[:1] in "“\"'"
            or first in ("I", "I'm", "I've", "I'll", "I'd")  # the English pronoun
            or (len(first.strip(",.;:")) > 1 and first.isupper())  # "EFE", not "A"
            or NAMED_START.match(text) is not None  # "Border Shield plan"
            or any(
                text.startswith(name) and not text[len(name) : len(name) + 1].isalpha()
                for name in self.proper_nouns
            )
        ):
            return text
        return text[:1].lower() + text[1:]

    @staticmethod
    def upper_first(text: str) -> str:
        return text[:1].upper() + text[1:]

    # --- title and key points ----------------------------------------------

    @cached_property
    def findings(self):
        return rank(self)

    @cached_property
    def title(self) -> str:
        """The brief's title: its top finding, else what the article lacks."""
        if self.findings:
            return self.upper_first(self.findings[0].headline)
        absent = absent_sentence(self)
        return absent.rstrip(".") if absent else self.dataset.article.title

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
            key=lambda e: (e.precision not in ("day", "month"), e.date_from),
        )

    def points(self) -> list[KeyPoint]:
        """Three to five findings, most salient first, each with its reference;
        with fewer than three, one plain sentence says what the article lacks."""
        points = [KeyPoint(self.upper_first(f.text), f.ref) for f in self.findings[:5]]
        if len(points) < 3:
            absent = absent_sentence(self)
            if absent:
                points.append(KeyPoint(absent, ""))
        return points

    def key_points(self):
        return render_part("key_points", self.lang, {"points": self.points()})

    # --- header -------------------------------------------------------------

    def header(self):
        _ = self._
        a = self.dataset.article
        counts = [
            self.ngettext(one, many, len(getattr(self.dataset, name)))
            for name, (one, many) in RECORD_COUNTS.items()
        ]
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
                "article_source": _(a.source),
                "article_published": fmt_date(a.published, self.lang)
                if a.published
                else _("no date given"),
                "article_language": a.language,
                "translated_from": a.translated_from,
                "reviewed": self.dataset.is_reviewed,
                "counts": self.join(counts),
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

    # --- figures ------------------------------------------------------------

    def no_dated_event_line(self) -> str:
        return self._("No timeline: the article dates no event on this topic.")

    def no_measure_line(self) -> str:
        return self._(
            "No measures chart: the article reports no measure on this topic."
        )

    def no_claim_line(self) -> str:
        return self._("No claims chart: the article attributes no claim on this topic.")

    @cached_property
    def _choices(self) -> list:
        return [c for build in self.rules.figures if (c := build(self)) is not None]

    @cached_property
    def figure_list(self) -> list[BriefFigure]:
        """The brief's charts, numbered once, in order."""
        shown = [c for c in self._choices if not isinstance(c, Missing)]
        return [
            BriefFigure(c.chart, i, c.caption, c.source, self.lang)
            for i, c in enumerate(shown, start=1)
        ]

    def figures(self) -> list[BriefFigure]:
        return self.figure_list

    @cached_property
    def missing_figures(self) -> list[str]:
        """One line for each chart left out because it had nothing to draw."""
        return [c.text for c in self._choices if isinstance(c, Missing)]

    def figure_specs(self) -> list[tuple]:
        """(chart, caption, source) of each figure shown."""
        return [(f.chart, f.caption, f.source) for f in self.figure_list]

    def show_figures(self) -> None:
        """Display each figure as its own output, numbered in order."""
        from IPython.display import display

        display(
            render_part(
                "section",
                self.lang,
                {"heading": self._("Charts"), "missing": self.missing_figures},
            )
        )
        for figure in self.figure_list:
            display(figure)

    def used_sources(self):
        """Context rows this brief shows: in its fact checks and its charts."""
        rows = [s for c in self.checks for s in c.sources]
        rows += [r for c in self._choices if not isinstance(c, Missing) for r in c.rows]
        rows += [r for f in self.findings[:5] for r in f.rows]
        seen = {}
        for r in sorted(rows, key=lambda r: (r.available_from, r.publisher)):
            seen.setdefault(r.source_url, r)
        return list(seen.values())

    # --- closing sections ---------------------------------------------------

    def context_section(self):
        ctx = self.context
        left_out = []
        if ctx.withheld_later:
            left_out.append(
                self.ngettext(
                    "{n} reference row published after that date",
                    "{n} reference rows published after that date",
                    ctx.withheld_later,
                )
            )
        if ctx.withheld_unplaced:
            left_out.append(
                self.ngettext(
                    "{n} whose publication date (a year or a month) cannot be placed "
                    "before it",
                    "{n} whose publication dates (a year or a month) cannot be placed "
                    "before it",
                    ctx.withheld_unplaced,
                )
            )
        return render_part(
            "context",
            self.lang,
            {
                "checks": [
                    (
                        c,
                        "; ".join(
                            f"{self.publisher(s.publisher)}, {s.published}"
                            for s in c.sources
                        ),
                    )
                    for c in self.checks
                ],
                "quote_note": self.quote_note,
                "left_out": self.join(left_out),
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
                    "event": event_label(e, self.dataset, self.lang),
                    "precision": _(PRECISIONS[e.precision]),
                    "status": _(e.status),
                    "who": self.actor_phrase(e.announced_by)
                    if e.announced_by
                    else None,
                    "ref": self.refs(e),
                    "done": fmt_date(done.date, self.lang) if done else None,
                    "done_source": self.publisher(done.publisher) if done else None,
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

    def sources(self):
        a = self.dataset.article
        return render_part(
            "sources",
            self.lang,
            {
                "article": a,
                "article_source": self._(a.source),
                "article_published": fmt_date(a.published, self.lang)
                if a.published
                else None,
                "context": [
                    (self.publisher(r.publisher), r) for r in self.used_sources()
                ],
                "places": sorted({self._(p.source) for p in self.context.places})
                if any(getattr(c, "uses_places", False) for c in self._choices)
                else [],
            },
        )
