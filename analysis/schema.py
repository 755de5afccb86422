"""Typed records for an article and everything structured from it."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .registry import LanguageLiteral, TopicLiteral

ActorKind = Literal["person", "government", "institution", "party", "country", "group"]
EventStatus = Literal["occurred", "announced", "planned", "proposed", "scenario"]
MeasureStatus = Literal["proposed", "announced", "agreed", "implemented", "scenario"]
Topic = TopicLiteral
"""A topic a record bears on: the registry's record topics."""
Precision = Literal[
    "day", "month", "bimester", "quarter", "semester", "year", "approximate"
]
PlaceKind = Literal[
    "country", "capital", "city", "building", "border", "border_crossing", "region"
]
Constraint = Literal["legal", "humanitarian", "budgetary"]
IssueKind = Literal[
    "contradiction", "translation", "mistranslated_name", "imprecise_date"
]
Language = LanguageLiteral
"""A language of articles and briefs: the registry's languages."""
EventKind = Literal[
    "visit",
    "meeting",
    "cabinet",
    "call",
    "announcement",
    "invitation",
    "agreement",
    "emergency",
    "deployment",
    "election",
    "inauguration",
    "tour",
    "expiry",
    "other",
]
"""What sort of event a record is; briefs and the story reason on these, not labels."""
MeasureKind = Literal[
    "state_of_emergency",
    "military_deployment",
    "joint_patrols",
    "police_cooperation",
    "information_exchange",
    "border_control",
    "migration_control",
    "binational_cabinet",
    "binational_committee",
    "humanitarian_corridor",
    "border_closure",
    "expulsion",
    "detention_centres",
    "regularisation",
    "other",
]
"""What sort of policy measure a record is."""

ISO3 = Annotated[
    str,
    StringConstraints(pattern=r"^[A-Z]{3}$"),
    Field(description="ISO 3166-1 alpha-3 country code, for example CHL or PER."),
]
RecordId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=64),
    Field(description="Identifier of the record: lower case, digits and '_'."),
]


class Record(BaseModel):
    """Base of every record: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(Record):
    """A span of the article's text that a record is drawn from."""

    start: int = Field(ge=0, description="Offset of the first character of the quote.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    quote: str = Field(
        min_length=1, description="The exact words: text[start:end] == quote."
    )

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("end - start must equal the length of the quote")
        return self


class Sourced(Record):
    """A record drawn from the article, with the words that support it."""

    evidence: list[Evidence] = Field(
        min_length=1, description="Spans of the article that support the record."
    )
    reviewed: bool = Field(
        default=True,
        description="True when an analyst curated the record, false when extracted "
        "automatically and not yet reviewed.",
    )


class Paragraph(Record):
    """A paragraph of the article: one non-empty line of the body."""

    paragraph: int = Field(ge=1, description="Paragraph number, from 1.")
    start: int = Field(ge=0, description="Offset of the paragraph's first character.")
    end: int = Field(ge=0, description="Offset one past its last character.")


ArticleId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80),
    Field(description="Identifier of the article: lower case, digits, '-' and '_'."),
]


class Article(Record):
    """One news article: its metadata and the exact text offsets refer to."""

    article_id: ArticleId
    title: str = Field(min_length=1, description="Headline or working title.")
    published: dt.date | None = Field(
        description="Date of publication; relative dates are resolved against it."
    )
    published_basis: str | None = Field(
        default=None, description="How the publication date was chosen, when inferred."
    )
    language: Language = Field(description="Language of the text as stored.")
    translated_from: Language | None = Field(
        default=None,
        description="Language of the original, when the text is a translation.",
    )
    source: str = Field(min_length=1, description="Outlet or provenance of the text.")
    url: str | None = Field(
        default=None, description="Address of the original, if known."
    )
    path: str = Field(description="File the article was read from.")
    text: str = Field(description="The article's body, exactly as offsets count it.")
    paragraphs: list[Paragraph] = Field(
        description="Paragraphs of the body: one per non-empty line."
    )


class Sentence(Record):
    """A sentence of the article, with its topic tags."""

    sentence_id: RecordId
    paragraph: int = Field(
        ge=1, description="Number of the paragraph holding it, from 1."
    )
    start: int = Field(ge=0, description="Offset of the sentence's first character.")
    end: int = Field(ge=0, description="Offset one past its last character.")
    text: str = Field(description="The sentence: text[start:end].")
    topics: list[Topic] = Field(
        description="Topics the sentence is about; may be empty."
    )
    reviewed: bool = Field(
        default=True, description="True when the topic tags were curated by an analyst."
    )


class Actor(Sourced):
    """A person, government, institution, party, country or group the article names."""

    actor_id: RecordId
    name: str = Field(min_length=1, description="Name as a reader would write it.")
    kind: ActorKind = Field(description="What sort of actor this is.")
    country: ISO3 | None = Field(
        default=None, description="Country the actor belongs to or represents."
    )
    role: str | None = Field(
        default=None, description="Role at the time of the article."
    )
    aliases: list[str] = Field(
        default_factory=list, description="Other spellings the article uses."
    )


class Place(Sourced):
    """A place the article names."""

    place_id: RecordId
    name: str = Field(min_length=1, description="Name as a reader would write it.")
    kind: PlaceKind = Field(description="What sort of place this is.")
    country: ISO3 | None = Field(
        default=None,
        description="Country the place lies in; empty for a shared border.",
    )


# The label a drafted event gets when its words name no act (a clipped clause
# with no verb the lexicon knows): kept in the data, never a key point.
GENERIC_EVENT_LABELS = {"es": "Otro hecho", "en": "Other event"}


class Event(Sourced):
    """Something that happened or is due, with the dates the article allows. Words
    said on a day the article gives ("said on Thursday that…") are an announcement
    of that day by the speaker, unless the sentence dates another act."""

    event_id: RecordId
    kind: EventKind = Field(description="What sort of event it is.")
    label: str = Field(min_length=1, description="Short neutral description.")
    date_from: dt.date | None = Field(
        description="First day the event can fall on; empty when unresolved."
    )
    date_to: dt.date | None = Field(
        description="Last day the event can fall on; empty when unresolved."
    )
    precision: Precision = Field(description="How precisely the article dates it.")
    status: EventStatus = Field(description="Whether it occurred or is still to come.")
    topics: list[Topic] = Field(default_factory=list, description="Topics it bears on.")
    actors: list[RecordId] = Field(
        default_factory=list, description="actor_id of each actor taking part."
    )
    place: RecordId | None = Field(
        default=None, description="place_id where it happens."
    )
    announced_by: RecordId | None = Field(
        default=None,
        description="actor_id of whoever announced it, when the article says.",
    )
    note: str | None = Field(default=None, description="How the dates were read.")
    context_event: str | None = Field(
        default=None,
        description="context_event_id of the public event it is checked against.",
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Event:
        if (self.date_from is None) != (self.date_to is None):
            raise ValueError("date_from and date_to must both be set or both be empty")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self


class Measure(Sourced):
    """A policy measure the article reports as proposed, agreed or in force."""

    measure_id: RecordId
    kind: MeasureKind = Field(description="What sort of measure it is.")
    label: str = Field(min_length=1, description="Short neutral description.")
    topic: Topic = Field(description="The topic the measure belongs to.")
    actors: list[RecordId] = Field(
        min_length=1, description="actor_id of each actor proposing or adopting it."
    )
    countries: list[ISO3] = Field(
        min_length=1, description="Countries whose measure it is."
    )
    status: MeasureStatus = Field(description="How far the measure has gone.")
    is_bilateral: bool = Field(
        default=False, description="True for a mechanism shared by both countries."
    )
    start_date: dt.date | None = Field(
        default=None, description="First day in force, when the article gives it."
    )
    end_date: dt.date | None = Field(
        default=None,
        description="Last day in force, when the article gives a duration or an end.",
    )


class Claim(Sourced):
    """A statement the article attributes to a speaker."""

    claim_id: RecordId
    speaker: RecordId = Field(description="actor_id of whoever makes the claim.")
    summary: str = Field(min_length=1, description="Neutral paraphrase of the claim.")
    topics: list[Topic] = Field(description="Topics the claim bears on.")
    about: list[RecordId] = Field(
        default_factory=list, description="actor_id of each actor the claim is about."
    )
    measures: list[RecordId] = Field(
        default_factory=list, description="measure_id of each measure it assesses."
    )
    constraints: list[Constraint] = Field(
        default_factory=list, description="Constraints it names against those measures."
    )


class Figure(Sourced):
    """A number the article states."""

    figure_id: RecordId
    label: str = Field(min_length=1, description="What the number measures.")
    metric: str = Field(
        pattern=r"^[a-z_]+$", description="Metric key, as used in the context data."
    )
    value: float = Field(description="The number itself.")
    unit: str = Field(
        min_length=1, description="Unit, for example 'per 100,000 inhabitants'."
    )
    country: ISO3 | None = Field(
        default=None, description="Country the number describes."
    )
    ref_period: str | None = Field(
        default=None,
        description="Period the number describes; empty when the article gives none.",
    )


class Issue(Sourced):
    """A data-quality problem in the article: a contradiction or translation fault."""

    issue_id: RecordId
    kind: IssueKind = Field(description="What sort of problem it is.")
    description: str = Field(min_length=1, description="The problem, said plainly.")
    topics: list[Topic] = Field(
        default_factory=list, description="Topics whose briefs should mention it."
    )


TABLES: dict[str, type[Record]] = {
    "sentences": Sentence,
    "actors": Actor,
    "places": Place,
    "events": Event,
    "measures": Measure,
    "claims": Claim,
    "figures": Figure,
    "issues": Issue,
}
"""Every table of a dataset, in export order, with its record model."""

ID_FIELDS = {
    "sentences": "sentence_id",
    "actors": "actor_id",
    "places": "place_id",
    "events": "event_id",
    "measures": "measure_id",
    "claims": "claim_id",
    "figures": "figure_id",
    "issues": "issue_id",
}


class Dataset(Record):
    """An article and all tables structured from it."""

    article: Article
    sentences: list[Sentence]
    actors: list[Actor]
    places: list[Place]
    events: list[Event]
    measures: list[Measure]
    claims: list[Claim]
    figures: list[Figure]
    issues: list[Issue]

    @property
    def is_reviewed(self) -> bool:
        """True when every record was curated by an analyst."""
        return all(r.reviewed for name in TABLES for r in getattr(self, name))

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.actor_id == actor_id)
