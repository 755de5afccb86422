"""A story brief: what several reports confirm, what rests on one, where they disagree.

The story is every article of a folder (seeds/, or ANALYSIS_SEEDS) published by the
brief's date, merged by `analysis.story`. Each key point is a finding across reports
with references that name their article ("[3] EFE ¶2", the number pointing to the
numbered sources); the charts show each story event with how many reports carry it,
and each measure's status as report after report gives it. Merging is the package's
inference, and the brief says so in its data notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .context import country_name
from .corpus import Corpus, article_paths, load_corpus, split_id
from .exceptions import ParameterError
from .i18n import (
    LANGUAGES,
    N_,
    Nn_,
    fmt_date,
    fmt_number,
    fmt_range,
    has_translation,
    language_note,
    plural_translator,
    translator,
)
from .labels import EVENT_KINDS, MEASURE_KINDS, NAMED_START
from .parts import render_part
from .paths import SEEDS
from .registry import BRIEF_TOPICS, TOPIC_LABELS
from .render import BriefFigure
from .story import Conflict, Mention, Story, StoryEvent, StoryMeasure, build_story
from .topics import RULES
from .topics.base import STRONG_EVENT_KINDS

MEASURE_STATUS = {
    "implemented": N_("in force"),
    "agreed": N_("agreed"),
    "announced": N_("announced"),
    "proposed": N_("proposed"),
    "scenario": N_("a scenario"),
}
"""A measure's status as a phrase that can follow "reported as"."""

STORY_COUNTS = {
    "events": Nn_("{n} story event", "{n} story events"),
    "measures": Nn_("{n} measure", "{n} measures"),
    "actors": Nn_("{n} actor", "{n} actors"),
    "conflicts": Nn_("{n} disagreement", "{n} disagreements"),
}
"""What the header counts, each a message with its plural forms."""

CONFIRMED = Nn_("Reported by {n} source: {what}", "Confirmed by {n} reports: {what}")
"""A story record that several reports carry."""

SALIENCE = {
    "confirmed": 1.0,
    "conflict": 0.9,
    "single": 0.6,
}
"""How much each kind of finding across reports weighs before its own details."""

MAX_CLAIMS_PER_SPEAKER = 4
MAX_TIMELINE_EVENTS = 12
"""Rows a timeline can hold and still be read on an A4 page."""
TIMELINE_HORIZON_DAYS = 183
"""Events that start later than this after the brief's date (a term that ends in
years) would squeeze the rest of the timeline; they are counted, not drawn."""


def check_parameters(articles, topic, lang, as_of):
    """Validate story brief parameters before any work: one line per problem."""
    if articles is not None and not isinstance(articles, str | Path):
        raise ParameterError(
            f"articles: expected a folder of articles, got {articles!r}"
        )
    if topic not in BRIEF_TOPICS:
        raise ParameterError(
            f"topic: unknown topic {topic!r}; choose one of {', '.join(BRIEF_TOPICS)}"
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
    return articles, topic, lang, as_of


@dataclass(frozen=True)
class StoryPoint:
    """A finding across reports: its sentence, its kind, its weight, its references."""

    kind: str  # confirmed, single or conflict
    text: str
    ref: str
    score: float


def published_by(corpus: Corpus, as_of: dt.date) -> Corpus:
    """The articles of a corpus that were published on or before `as_of`."""
    return Corpus(
        {
            i: d
            for i, d in corpus.datasets.items()
            if d.article.published and d.article.published <= as_of
        }
    )


class StoryBrief:
    """Everything one story brief shows, for a folder, a topic, a language, a date."""

    def __init__(
        self,
        articles=None,
        topic: str = "overview",
        lang: str = "en",
        as_of=None,
        corpus: Corpus | None = None,
    ):
        articles, topic, lang, as_of = check_parameters(articles, topic, lang, as_of)
        self.folder = Path(articles) if articles else SEEDS
        if corpus is None:
            corpus = load_corpus(paths=article_paths(self.folder))
        dates = [d.article.published for d in corpus.datasets.values()]
        latest = max((d for d in dates if d), default=None)
        self.as_of = as_of or latest or dt.date.today()
        self.as_of_basis = "parameter" if as_of else "latest"
        self.all_articles = len(corpus.datasets)
        self.corpus = published_by(corpus, self.as_of)
        if not self.corpus.datasets:
            raise ParameterError(
                f"as_of: no article in {self.folder} was published by "
                f"{self.as_of.isoformat()}; choose a later date"
            )
        self.topic = topic
        self.rules = RULES[topic]
        self.lang = lang
        self._ = translator(lang)
        self.ngettext = plural_translator(lang)

    # --- data -----------------------------------------------------------------

    @cached_property
    def story(self) -> Story:
        return build_story(self.corpus)

    @property
    def left_out(self) -> int:
        """Articles of the folder published after the brief's date, or undated."""
        return self.all_articles - len(self.corpus.datasets)

    def _record_topics(self, table: str, mention: Mention) -> list[str]:
        record = self.corpus.record(table, mention.qualified_id)
        return list(getattr(record, "topics", None) or [])

    @cached_property
    def events(self) -> list[StoryEvent]:
        """Story events on this brief's topic."""
        return [
            e
            for e in self.story.events
            if self.rules.covers(
                {t for m in e.mentions for t in self._record_topics("events", m)}
            )
        ]

    @cached_property
    def measures(self) -> list[StoryMeasure]:
        return [m for m in self.story.measures if self.rules.covers([m.topic])]

    @cached_property
    def claims(self) -> list[tuple[str, str, object]]:
        """(article_id, qualified id, claim) for every claim on this brief's topic."""
        return [
            (a, q, c)
            for a, q, c in self.corpus.records("claims")
            if self.rules.covers(c.topics)
        ]

    @cached_property
    def conflicts(self) -> list[Conflict]:
        events = {e.event_id for e in self.events}
        measures = {m.measure_id for m in self.measures}
        out = []
        for c in self.story.conflicts:
            if c.kind == "figure":
                keep = self.topic == "overview" or any(
                    self.corpus.record("figures", m.qualified_id).metric
                    in self.rules.metrics
                    for m in c.mentions
                )
            else:
                keep = c.subject in events | measures
            if keep:
                out.append(c)
        return out

    @cached_property
    def numbers(self) -> dict[str, int]:
        """Each article's number in the sources list, in order of publication."""
        return {a: n for n, a in enumerate(self.corpus.datasets, start=1)}

    @property
    def is_reviewed(self) -> bool:
        return self.corpus.is_reviewed

    # --- wording helpers ----------------------------------------------------

    def number(self, article_id: str) -> str:
        """'[3]': the article's number in the brief's sources."""
        return f"[{self.numbers[article_id]}]"

    def cite(self, mention: Mention) -> str:
        """'[3] ¶2': the article's number in the sources and the quote's paragraph."""
        text = self.number(mention.article_id)
        if mention.citation.paragraph:
            text += f" ¶{mention.citation.paragraph}"
        return text

    def _articles(self, mentions) -> list[str]:
        """The articles of some mentions, once each, in the sources' order."""
        return sorted({m.article_id for m in mentions}, key=self.numbers.get)

    def refs(self, mentions) -> str:
        """'[1] ¶1; [4] ¶3': each article's first mention, in the sources' order."""
        first = {}
        for m in mentions:
            first.setdefault(m.article_id, m)
        return "; ".join(self.cite(first[a]) for a in self._articles(mentions))

    def which(self, mentions) -> str:
        """'[1], [4] and [7]': the reports that carry a record."""
        return self.join([self.number(a) for a in self._articles(mentions)])

    def join(self, items: list[str]) -> str:
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return self._("{items} and {last}").format(
            items=", ".join(items[:-1]), last=items[-1]
        )

    def date(self, day: dt.date) -> str:
        return fmt_date(day, self.lang)

    def mention_when(self, m: Mention) -> str:
        if m.date_from is None:
            return self._("undated")
        return fmt_range(m.date_from, m.date_to, m.precision or "day", self.lang)

    def when(self, event: StoryEvent) -> str:
        if event.date_from is None:
            return self._("dates in dispute") if event.date_conflict else ""
        return fmt_range(
            event.date_from, event.date_to, event.precision or "day", self.lang
        )

    def _label(self, labels: dict[str, str], kind: str, kinds: dict, fallback) -> str:
        """The record's label in the brief's language: a report's own words in it, a
        catalogue label for its kind, or another language's words, quoted."""
        _ = self._
        if self.lang in labels:
            return labels[self.lang]
        for text in labels.values():
            if self.lang != "en" and has_translation(text, self.lang):
                return _(text)
        if kind in kinds:
            return _(kinds[kind])
        lang, text = next(iter(labels.items()), ("en", fallback))
        return f"“{text}”{language_note(lang, self.lang)}"

    def event_label(self, event: StoryEvent) -> str:
        return self._label(event.labels, event.kind, EVENT_KINDS, event.label)

    def measure_label(self, measure: StoryMeasure) -> str:
        return self._label(measure.labels, measure.kind, MEASURE_KINDS, measure.label)

    def quote(self, m: Mention) -> str:
        """The report's words, marked with their language when not the brief's."""
        return f"“{m.quote}”{language_note(m.language, self.lang)}"

    def status(self, status: str) -> str:
        return self._(MEASURE_STATUS.get(status, status))

    def event_status(self, event: StoryEvent) -> str:
        """What the reports say of the event, as of the brief's date."""
        _ = self._
        if event.status == "occurred":
            return _("occurred")
        if event.date_to and event.date_to < self.as_of:
            return _("planned, date now past")
        return _("to come")

    # --- findings across reports ---------------------------------------------

    def _confirmed(self, what: str, mentions) -> str:
        n = len({m.article_id for m in mentions})
        return self.ngettext(*CONFIRMED, n, what=what)

    def _event_what(self, e: StoryEvent) -> str:
        parts = [self.event_label(e)]
        when = self.when(e)
        if when:
            parts.append(when)
        if e.status != "occurred":
            parts.append(self.event_status(e))
        return ", ".join(parts)

    def _measure_what(self, m: StoryMeasure) -> str:
        return self._("{measure}, reported as {status}").format(
            measure=self.measure_label(m), status=self.status(m.status)
        )

    @cached_property
    def conflict_groups(self) -> list[list[Conflict]]:
        """Conflicts about one event, measure or figure, together."""
        groups: dict[tuple, list[Conflict]] = {}
        for c in self.conflicts:
            # A figure's subject names its metric, not whose figure it is: keep
            # each figure disagreement apart.
            key = (c.kind, c.conflict_id if c.kind == "figure" else c.subject)
            groups.setdefault(key, []).append(c)
        return list(groups.values())

    def _value(self, kind: str, m: Mention) -> str:
        """What one report says in a disagreement: its dates, status or figure."""
        if kind == "date":
            return self.mention_when(m)
        if kind == "status":
            return self.status(m.status)
        figure = self.corpus.record("figures", m.qualified_id)
        unit = "%" if figure.unit in ("percent", "%") else ""
        return fmt_number(figure.value, self.lang) + unit

    def conflict_mentions(self, group: list[Conflict]) -> list[Mention]:
        """Every report a group of conflicts involves, once, in order of publication."""
        seen = {}
        for c in group:
            for m in c.mentions:
                seen.setdefault(m.qualified_id, m)
        return sorted(
            seen.values(), key=lambda m: (m.published or dt.date.max, m.article_id)
        )

    def conflict_sentence(self, group: list[Conflict] | Conflict) -> str:
        """One plain sentence: what each report says, where they cannot all be true.

        Reports that agree are named together, and the verb agrees with how many
        they are ("[1] and [2] put it 28 November 2025; [10] puts it …").
        """
        _ = self._
        group = group if isinstance(group, list) else [group]
        kind, subject = group[0].kind, group[0].subject
        by_value: dict[str, list[str]] = {}
        for m in self.conflict_mentions(group):
            articles = by_value.setdefault(self._value(kind, m), [])
            if m.article_id not in articles:
                articles.append(m.article_id)
        verbs = {
            "date": Nn_("{refs} puts it {value}", "{refs} put it {value}"),
            "status": Nn_(
                "{refs} reports it as {value}", "{refs} report it as {value}"
            ),
            "figure": Nn_("{refs} gives {value}", "{refs} give {value}"),
        }[kind]
        parts = [
            self.ngettext(
                *verbs,
                len(articles),
                refs=self.join([self.number(a) for a in articles]),
                value=value,
            )
            for value, articles in by_value.items()
        ]
        if kind == "date":
            event = next(e for e in self.story.events if e.event_id == subject)
            head = _("Reports disagree on the date of {event}").format(
                event=self.event_label(event)
            )
            return f"{head}: {'; '.join(parts)}"
        if kind == "status":
            measure = next(m for m in self.story.measures if m.measure_id == subject)
            head = _("Reports disagree on the status of {measure}").format(
                measure=self.lower_first(self.measure_label(measure))
            )
            return f"{head}: " + _("; later, ").join(parts)
        first = self.corpus.record("figures", group[0].mentions[0].qualified_id)
        head = _("Reports give different figures for {what}").format(
            what=self.lower_first(
                self._label(
                    {group[0].mentions[0].language: first.label}, "", {}, first.label
                )
            )
        )
        return f"{head}: {'; '.join(parts)}"

    @cached_property
    def proper_nouns(self) -> list[str]:
        """Names that keep their capitals mid-sentence: actors, places, countries."""
        names = []
        for d in self.corpus.datasets.values():
            names += [a.name for a in d.actors] + [p.name for p in d.places]
            names += [alias for a in d.actors for alias in a.aliases]
        names += [country_name(c, lang) for c in ("CHL", "PER") for lang in LANGUAGES]
        return sorted(
            {n for n in names if n[:1].isupper() and len(n) >= 3}, key=len, reverse=True
        )

    def lower_first(self, text: str) -> str:
        """Lower a label's first letter unless it starts with a name or a quote."""
        first = text.split(" ", 1)[0]
        if (
            text[:1] in "“\"'"
            or first.isupper()
            or NAMED_START.match(text) is not None  # "Border Shield plan"
            or any(
                text.startswith(name) and not text[len(name) : len(name) + 1].isalpha()
                for name in self.proper_nouns
            )
        ):
            return text
        return text[:1].lower() + text[1:]

    def _weight(self, record) -> float:
        """Salience of a story record from its reach, status and date."""
        bonus = 0.0
        if isinstance(record, StoryEvent):
            if record.date_to and record.date_to >= self.as_of:
                bonus += 0.3  # still to come: what a reader plans for
            if record.precision == "day":
                bonus += 0.1
        else:
            bonus += {"implemented": 0.3, "agreed": 0.25}.get(record.status, 0.0)
        return bonus

    @cached_property
    def findings(self) -> list[StoryPoint]:
        """Every finding across reports, most salient first."""
        out = []
        for record in [*self.events, *self.measures]:
            is_event = isinstance(record, StoryEvent)
            what = self._event_what(record) if is_event else self._measure_what(record)
            n = record.source_count
            if n >= 2:
                out.append(
                    StoryPoint(
                        "confirmed",
                        self._confirmed(what, record.mentions),
                        self.refs(record.mentions),
                        SALIENCE["confirmed"] + 0.2 * n + self._weight(record),
                    )
                )
            elif self._weight(record) >= 0.3 and (
                not is_event or record.kind in STRONG_EVENT_KINDS
            ):
                out.append(
                    StoryPoint(
                        "single",
                        self._("Rests on one report ({ref}): {what}").format(
                            ref=self.number(record.mentions[0].article_id),
                            what=what,
                        ),
                        self.refs(record.mentions),
                        SALIENCE["single"] + self._weight(record),
                    )
                )
        for group in self.conflict_groups:
            mentions = self.conflict_mentions(group)
            out.append(
                StoryPoint(
                    "conflict",
                    self.conflict_sentence(group),
                    self.refs(mentions),
                    SALIENCE["conflict"] + 0.1 * len(mentions),
                )
            )
        return sorted(out, key=lambda p: -p.score)

    def points(self) -> list[StoryPoint]:
        """Three to five findings: the best confirmed first, then a disagreement and
        what rests on one report, then the next most salient."""
        chosen: list[StoryPoint] = []
        for kind, most in (("confirmed", 2), ("conflict", 1), ("single", 1)):
            chosen += [p for p in self.findings if p.kind == kind][:most]
        for p in self.findings:
            if len(chosen) >= 5:
                break
            if p not in chosen:
                chosen.append(p)
        order = {"confirmed": 0, "conflict": 1, "single": 2}
        chosen = sorted(chosen[:5], key=lambda p: (order[p.kind], -p.score))
        if not chosen:
            chosen.append(StoryPoint("absent", self.absent_sentence(), "", 0.0))
        return chosen

    def absent_sentence(self) -> str:
        topic = self._(TOPIC_LABELS[self.topic]).lower()
        return self.ngettext(
            "On {topic}, the report gives no dated event or measure.",
            "On {topic}, none of the {n} reports gives a dated event or measure.",
            len(self.corpus.datasets),
            topic=topic,
        )

    @cached_property
    def title(self) -> str:
        first = self.points()[0]
        return first.text

    # --- parts ----------------------------------------------------------------

    def header(self):
        _ = self._
        articles = self.corpus.articles
        dates = sorted(a.published for a in articles if a.published)
        drafted = sum(not d.is_reviewed for d in self.corpus.datasets.values())
        counts = [
            self.ngettext(*STORY_COUNTS["events"], len(self.events)),
            self.ngettext(*STORY_COUNTS["measures"], len(self.measures)),
            self.ngettext(*STORY_COUNTS["conflicts"], len(self.conflicts)),
        ]
        return render_part(
            "story_header",
            self.lang,
            {
                "kicker": _("Chile–Peru story · {topic}").format(
                    topic=_(TOPIC_LABELS[self.topic])
                ),
                "title": self.title,
                "as_of": self.date(self.as_of),
                "as_of_basis": self.as_of_basis,
                "reports": self.ngettext(
                    "{n} report, published {span}",
                    "{n} reports, published {span}",
                    len(articles),
                    span=self._("{first} to {last}").format(
                        first=self.date(dates[0]), last=self.date(dates[-1])
                    )
                    if len(dates) > 1
                    else self.date(dates[0]),
                ),
                "drafted": self.ngettext(
                    "{n} of them was extracted automatically and is NOT yet "
                    "reviewed by an analyst: treat its statements as a draft.",
                    "{n} of them were extracted automatically and are NOT yet "
                    "reviewed by an analyst: treat their statements as a draft.",
                    drafted,
                )
                if drafted
                else "",
                "reviewed": self.is_reviewed,
                "counts": self.join(counts),
            },
            metadata={
                "page": {
                    "title": self.title,
                    "lang": self.lang,
                    "running": f"{_('Story')} · {_(TOPIC_LABELS[self.topic])} · "
                    f"{self.title}",
                    "as_of": self.as_of.isoformat(),
                    "reviewed": self.is_reviewed,
                    "articles": [a.article_id for a in articles],
                }
            },
        )

    def key_points(self):
        return render_part("key_points", self.lang, {"points": self.points()})

    # --- figures ----------------------------------------------------------------

    @cached_property
    def timeline_events(self) -> list[StoryEvent]:
        """Dated story events, the most reported first when there are too many."""
        horizon = self.as_of + dt.timedelta(days=TIMELINE_HORIZON_DAYS)
        dated = [
            e
            for e in self.events
            if any(m.date_from and m.date_from <= horizon for m in e.mentions)
        ]
        ranked = sorted(dated, key=lambda e: (-e.source_count, e.event_id))
        return ranked[:MAX_TIMELINE_EVENTS]

    @cached_property
    def figure_list(self) -> list[BriefFigure]:
        from .story_charts import (
            chart_claims_by_speaker,
            chart_measures,
            chart_timeline,
        )

        _ = self._
        shown = []
        chart = chart_timeline(self)
        if chart is not None:
            dated = sum(any(m.date_from for m in e.mentions) for e in self.events)
            caption = _(
                "Story events by date, each with the number of reports that carry it"
            )
            if dated > len(self.timeline_events):
                caption += "; " + self.ngettext(
                    "the {n} most reported of {total} dated events",
                    "the {n} most reported of {total} dated events",
                    len(self.timeline_events),
                    total=fmt_number(dated, self.lang, 0),
                )
            shown.append((chart, caption, self.source_line(self.timeline_events)))
        chart = chart_measures(self)
        if chart is not None:
            shown.append(
                (
                    chart,
                    _("Each measure's status as each report gives it, by report date"),
                    self.source_line(self.measures),
                )
            )
        chart = chart_claims_by_speaker(self)
        if chart is not None:
            shown.append(
                (
                    chart,
                    _("Attributed statements by speaker, counted by report"),
                    self.source_line([]),
                )
            )
        return [
            BriefFigure(c, i, caption, source, self.lang)
            for i, (c, caption, source) in enumerate(shown, start=1)
        ]

    def source_line(self, records) -> str:
        articles = {m.article_id for r in records for m in r.mentions}
        if not records:
            articles = {a for a, _, _ in self.claims}
        return self.ngettext(
            "Source: {n} report, {refs}",
            "Source: {n} reports, {refs}",
            len(articles),
            refs=", ".join(
                f"[{self.numbers[a]}]" for a in sorted(articles, key=self.numbers.get)
            ),
        )

    @cached_property
    def missing_figures(self) -> list[str]:
        _ = self._
        out = []
        if not any(any(m.date_from for m in e.mentions) for e in self.events):
            out.append(_("No timeline: no report dates an event on this topic."))
        if not self.measures:
            out.append(_("No measures chart: no report gives a measure on this topic."))
        if not self.claims:
            out.append(
                _("No speakers chart: no report attributes a statement on this topic.")
            )
        return out

    def figures(self) -> list[BriefFigure]:
        return self.figure_list

    def show_figures(self) -> None:
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

    # --- sections -------------------------------------------------------------

    def conflict_items(self) -> list[dict]:
        return [
            {
                "text": self.conflict_sentence(group),
                "quotes": [
                    {
                        "quote": self.quote(m),
                        "cite": self.cite(m),
                        "title": self.corpus.datasets[m.article_id].article.title,
                        "published": self.date(m.published) if m.published else "",
                    }
                    for m in self.conflict_mentions(group)
                ],
            }
            for group in self.conflict_groups
        ]

    def conflicts_section(self):
        return render_part(
            "story_conflicts",
            self.lang,
            {
                "items": self.conflict_items(),
                "empty": self._(
                    "The reports do not contradict one another on this topic: no two "
                    "give dates that cannot both be true, different figures for one "
                    "measure, or a status that goes backwards."
                ),
            },
        )

    def speakers(self) -> list[dict]:
        """Who said what, across reports: each speaker with their statements."""
        from .labels import claim_summary

        actor_of = {
            (m.article_id, m.record_id): a
            for a in self.story.actors
            for m in a.mentions
        }
        groups: dict[str, dict] = {}
        for article_id, qid, claim in self.claims:
            actor = actor_of.get((article_id, claim.speaker))
            if actor is None:
                continue
            group = groups.setdefault(
                actor.actor_id, {"actor": actor, "claims": [], "articles": set()}
            )
            dataset = self.corpus.datasets[article_id]
            evidence = claim.evidence[0]
            group["claims"].append(
                {
                    "summary": claim_summary(claim, dataset, self.lang),
                    "cite": self.cite(
                        Mention(
                            article_id,
                            split_id(qid)[1],
                            evidence.quote,
                            self.corpus.cite(article_id, evidence),
                            dataset.article.language,
                        )
                    ),
                    "published": dataset.article.published,
                }
            )
            group["articles"].add(article_id)
        out = []
        for g in sorted(
            groups.values(), key=lambda g: (-len(g["articles"]), g["actor"].name)
        ):
            claims = sorted(g["claims"], key=lambda c: c["published"] or dt.date.max)
            more = len(claims) - MAX_CLAIMS_PER_SPEAKER
            out.append(
                {
                    "name": self._(g["actor"].name),
                    "country": g["actor"].country,
                    "reports": self.ngettext(
                        "in {n} report", "in {n} reports", len(g["articles"])
                    ),
                    "count": len(claims),
                    "claims": claims[:MAX_CLAIMS_PER_SPEAKER],
                    "more": self.ngettext(
                        "and {n} more statement", "and {n} more statements", more
                    )
                    if more > 0
                    else "",
                }
            )
        return out

    def speakers_section(self):
        return render_part(
            "story_speakers",
            self.lang,
            {
                "speakers": self.speakers(),
                "empty": self._("No report attributes a statement on this topic."),
            },
        )

    def data_notes(self):
        _ = self._
        drafted = [i for i, d in self.corpus.datasets.items() if not d.is_reviewed]
        notes = [
            _(
                "Which records report the same event, measure or person is the "
                "package's inference from their dates, actors and words, in either "
                "language; each merged record keeps every report's own words."
            )
        ]
        if self.left_out:
            notes.append(
                self.ngettext(
                    "{n} article of the folder was published after the brief's date, "
                    "or gives no date, and is left out.",
                    "{n} articles of the folder were published after the brief's date, "
                    "or give no date, and are left out.",
                    self.left_out,
                )
            )
        if drafted:
            notes.append(
                self.ngettext(
                    "{n} report is an unreviewed draft: {refs}.",
                    "{n} reports are unreviewed drafts: {refs}.",
                    len(drafted),
                    refs=", ".join(f"[{self.numbers[a]}]" for a in drafted),
                )
            )
        undated = [e for e in self.events if not any(m.date_from for m in e.mentions)]
        if undated:
            notes.append(
                self.ngettext(
                    "{n} story event is undated in every report and is not on the "
                    "timeline.",
                    "{n} story events are undated in every report and are not on the "
                    "timeline.",
                    len(undated),
                )
            )
        return render_part("story_notes", self.lang, {"notes": notes})

    def sources(self):
        _ = self._
        items = []
        for article_id, dataset in self.corpus.datasets.items():
            a = dataset.article
            items.append(
                {
                    "number": self.numbers[article_id],
                    "title": a.title,
                    "quote_note": language_note(a.language, self.lang).strip(),
                    "source": _(a.source),
                    "published": self.date(a.published) if a.published else "",
                    "url": a.url,
                    "path": a.path,
                    "reviewed": dataset.is_reviewed,
                }
            )
        return render_part("story_sources", self.lang, {"items": items})
