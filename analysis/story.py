"""The story across articles: records that report the same event, measure or
person become one, every mention kept, and disagreements between reports flagged.

Matching is blocked so that it grows with the corpus, not with its square: a
record is compared only with records that share an actor, a kind or a linked
public event, and within each of those blocks only with its nearest neighbours
in date order. Candidate links are then merged best first, never joining two
records of one article (an article's annotator already told them apart).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml
from rapidfuzz import fuzz

from .corpus import Citation, Corpus, qualified_id
from .gazetteer import fold, load_gazetteer, tokenize
from .paths import DATA

CONCEPTS = DATA / "story-concepts.yaml"

STATUS_RANK = {
    "scenario": 0,
    "proposed": 1,
    "announced": 2,
    "agreed": 3,
    "implemented": 4,
}
"""How far a measure has gone; a later report giving a lower rank goes backwards."""

RELATED_EVENT_KINDS = {
    frozenset({"meeting", "agreement"}),
    frozenset({"meeting", "cabinet"}),
    frozenset({"meeting", "visit"}),
}
"""Kinds two reports may give the same event: an agreement is what a meeting did."""

NEIGHBOURS = 25
"""Records compared with each record within one block, in date order."""

EVENT_THRESHOLD = 0.45
MEASURE_THRESHOLD = 0.5
TEXT_SAYS_SAME = 0.4
"""Similarity of labels and quotes above which two records say the same thing."""


# --- words across languages ---------------------------------------------------


@functools.cache
def _concept_tables() -> tuple[list[tuple[re.Pattern, str]], dict[str, str], frozenset]:
    with open(CONCEPTS, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    phrases = []
    for concept, forms in raw["phrases"].items():
        for form in forms:
            words = r"\s+".join(re.escape(w) for w in fold(form).split())
            phrases.append((re.compile(rf"\b{words}\b"), f" {concept} "))
    phrases.sort(key=lambda p: -len(p[0].pattern))
    words = {}
    for concept, forms in raw["words"].items():
        for form in forms:
            words[fold(str(form))] = str(concept)
    return phrases, words, frozenset(fold(w) for w in raw["stopwords"])


@functools.lru_cache(maxsize=65536)
def concepts(text: str) -> frozenset[str]:
    """What a text talks about, the same in English and Spanish.

    Phrases and words from analysis/data/story-concepts.yaml become shared
    concepts; any other word is cut to its first five letters, which joins most
    cognates. Stop words and one- or two-letter words are dropped.
    """
    phrases, words, stop = _concept_tables()
    folded = fold(text)
    for pattern, concept in phrases:
        folded = pattern.sub(concept, folded)
    out = set()
    for tok in re.findall(r"[a-z]+|\d+(?:[.,]\d+)?", folded):
        if tok in stop:
            continue
        if tok in words:
            out.add(words[tok])
        elif tok[0].isdigit():
            out.add(tok.replace(",", "."))
        elif len(tok) >= 3:
            out.add(tok[:5])
    return frozenset(out)


def text_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared concepts over the geometric mean of the two sets' sizes (0 to 1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


# --- mentions and story records ----------------------------------------------


@dataclass(frozen=True)
class Mention:
    """One article's report of a story record, with that article's dating."""

    article_id: str
    record_id: str
    quote: str
    citation: Citation
    language: str
    label: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    precision: str | None = None
    status: str | None = None

    @property
    def qualified_id(self) -> str:
        return qualified_id(self.article_id, self.record_id)

    @property
    def published(self) -> dt.date | None:
        return self.citation.published

    def as_dict(self) -> dict:
        out = {
            "article_id": self.article_id,
            "record_id": self.record_id,
            "quote": self.quote,
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "citation": self.citation.short(),
            "paragraph": self.citation.paragraph,
        }
        if self.label is not None:
            out["label"] = self.label
        if self.precision is not None:
            out["date_from"] = _iso(self.date_from)
            out["date_to"] = _iso(self.date_to)
            out["precision"] = self.precision
        if self.status is not None:
            out["status"] = self.status
        return out


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class StoryActor:
    actor_id: str
    name: str
    kind: str
    country: str | None
    names: list[str]
    gazetteer_id: str | None
    mentions: list[Mention]

    @property
    def source_count(self) -> int:
        return len({m.article_id for m in self.mentions})

    def as_dict(self) -> dict:
        return {
            "actor_id": self.actor_id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "names": self.names,
            "gazetteer_id": self.gazetteer_id,
            "source_count": self.source_count,
            "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass
class StoryEvent:
    event_id: str
    kind: str
    label: str
    labels: dict[str, str]
    date_from: dt.date | None
    date_to: dt.date | None
    precision: str | None
    date_conflict: bool
    status: str
    actors: list[str]
    context_event: str | None
    mentions: list[Mention]

    @property
    def source_count(self) -> int:
        return len({m.article_id for m in self.mentions})

    def as_dict(self) -> dict:
        return {
            "event_id": self.event_id,
            "kind": self.kind,
            "label": self.label,
            "labels": self.labels,
            "date_from": _iso(self.date_from),
            "date_to": _iso(self.date_to),
            "precision": self.precision,
            "date_conflict": self.date_conflict,
            "status": self.status,
            "actors": self.actors,
            "context_event": self.context_event,
            "source_count": self.source_count,
            "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass
class StoryMeasure:
    measure_id: str
    kind: str
    label: str
    labels: dict[str, str]
    topic: str
    countries: list[str]
    actors: list[str]
    is_bilateral: bool
    status: str
    statuses: list[dict]
    mentions: list[Mention]

    @property
    def source_count(self) -> int:
        return len({m.article_id for m in self.mentions})

    def as_dict(self) -> dict:
        return {
            "measure_id": self.measure_id,
            "kind": self.kind,
            "label": self.label,
            "labels": self.labels,
            "topic": self.topic,
            "countries": self.countries,
            "actors": self.actors,
            "is_bilateral": self.is_bilateral,
            "status": self.status,
            "statuses": self.statuses,
            "source_count": self.source_count,
            "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass
class Conflict:
    """Two reports that cannot both be right, each with its own words."""

    conflict_id: str
    kind: str  # "date", "figure" or "status"
    subject: str
    description: str
    mentions: list[Mention]

    def as_dict(self) -> dict:
        return {
            "conflict_id": self.conflict_id,
            "kind": self.kind,
            "subject": self.subject,
            "description": self.description,
            "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass
class Story:
    corpus: Corpus
    actors: list[StoryActor]
    events: list[StoryEvent]
    measures: list[StoryMeasure]
    conflicts: list[Conflict]
    comparisons: dict[str, int] = field(default_factory=dict)
    """How many candidate pairs each table compared: the cost of matching."""

    def links(self, table: str) -> set[frozenset[str]]:
        """Every pair of qualified record ids that the story puts together."""
        groups = {"events": self.events, "measures": self.measures}[table]
        out = set()
        for group in groups:
            ids = sorted({m.qualified_id for m in group.mentions})
            out |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :]}
        return out


# --- actors ---------------------------------------------------------------


def _gazetteer_id(actor, published: dt.date | None) -> str | None:
    """The gazetteer entry an article's actor is, when its name says so."""
    matcher = load_gazetteer()
    entry = matcher.entries.get(actor.actor_id)
    if entry is not None and entry.table == "actors" and entry.kind == actor.kind:
        if fuzz.token_set_ratio(fold(entry.name), fold(actor.name)) >= 85 or (
            entry.country == actor.country
        ):
            return entry.id
    for form in [actor.name, *actor.aliases]:
        toks = tokenize(form)
        found = matcher.find(form, toks, published)
        whole = [m for m in found if m.start == 0 and m.end >= len(form.rstrip(". "))]
        for m in whole:
            ids = [
                i
                for i in m.ids
                if matcher.entries[i].table == "actors"
                and matcher.entries[i].kind == actor.kind
                and (
                    actor.country is None
                    or matcher.entries[i].country in (None, actor.country)
                )
            ]
            if len(ids) == 1:
                return ids[0]
    return None


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


def resolve_actors(corpus: Corpus) -> tuple[list[StoryActor], dict[str, str]]:
    """One story actor per person or body, across spellings and languages.

    An actor the gazetteer knows is keyed by its gazetteer id. Others are joined
    when their accent-folded names match closely (rapidfuzz) with the same kind
    and country, or when two articles give them the same id, kind and country.
    Returns the actors and a map from each qualified actor id to its story id.
    """
    rows = []
    for article_id, qid, actor in corpus.records("actors"):
        published = corpus.datasets[article_id].article.published
        rows.append((article_id, qid, actor, _gazetteer_id(actor, published)))
    uf = _UnionFind(len(rows))
    first_by_key: dict[tuple, int] = {}

    def join(key: tuple, i: int) -> None:
        if key in first_by_key:
            uf.union(first_by_key[key], i)
        else:
            first_by_key[key] = i

    by_block: dict[tuple, dict[str, int]] = defaultdict(dict)
    for i, (_, _, actor, gid) in enumerate(rows):
        if gid:
            join(("gazetteer", gid), i)
            continue
        join(("local", actor.actor_id, actor.kind, actor.country), i)
        name = " ".join(fold(actor.name).split())
        join(("name", name, actor.kind, actor.country), i)
        by_block[(actor.kind, actor.country)].setdefault(name, i)
    # Distinct spellings within a kind and country: few, whatever the corpus size.
    for names in by_block.values():
        items = list(names.items())
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                if fuzz.token_sort_ratio(items[a][0], items[b][0]) >= 90:
                    uf.union(items[a][1], items[b][1])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        groups[uf.find(i)].append(i)
    actors: list[StoryActor] = []
    mapping: dict[str, str] = {}
    used: set[str] = set()
    matcher = load_gazetteer()
    for members in sorted(groups.values(), key=lambda m: m[0]):
        first = rows[members[0]][2]
        gid = next((rows[i][3] for i in members if rows[i][3]), None)
        entry = matcher.entries.get(gid) if gid else None
        story_id = _unique(gid or first.actor_id, used)
        names = list(dict.fromkeys(rows[i][2].name for i in members))
        mentions = [
            Mention(
                article_id=rows[i][0],
                record_id=rows[i][2].actor_id,
                quote=rows[i][2].evidence[0].quote,
                citation=corpus.cite(rows[i][0], rows[i][2].evidence[0]),
                language=corpus.datasets[rows[i][0]].article.language,
                label=rows[i][2].name,
            )
            for i in members
        ]
        actors.append(
            StoryActor(
                actor_id=story_id,
                name=entry.name if entry else first.name,
                kind=first.kind,
                country=(entry.country if entry else None) or first.country,
                names=names,
                gazetteer_id=gid,
                mentions=mentions,
            )
        )
        for i in members:
            mapping[rows[i][1]] = story_id
    return actors, mapping


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate = f"{base}-{n}"
        n += 1
    used.add(candidate)
    return candidate


# --- candidate pairs and merging --------------------------------------------


@dataclass
class _Item:
    index: int
    article_id: str
    record: object
    kind: str
    lo: dt.date | None
    hi: dt.date | None
    slack: int
    actors: frozenset[str]
    countries: frozenset[str]
    concepts: frozenset[str]
    context_event: str | None
    published: dt.date | None
    mention: Mention


def _candidate_pairs(items: list[_Item], keys_of) -> set[tuple[int, int]]:
    """Pairs that share a block key and lie near each other in date order."""
    blocks: dict[tuple, list[_Item]] = defaultdict(list)
    for item in items:
        for key in keys_of(item):
            blocks[key].append(item)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        members.sort(key=_order)
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 1 + NEIGHBOURS]:
                if a.article_id == b.article_id:
                    continue
                pairs.add((min(a.index, b.index), max(a.index, b.index)))
    return pairs


def _order(item: _Item) -> tuple:
    return (
        item.lo or item.published or dt.date.max,
        item.hi or dt.date.max,
        item.index,
    )


def _merge(items: list[_Item], edges: list[tuple[float, int, int]], compatible):
    """Best links first; never two records of one article in a group."""
    uf = _UnionFind(len(items))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    for _score, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb:
            continue
        ga, gb = members[ra], members[rb]
        if {items[i].article_id for i in ga} & {items[i].article_id for i in gb}:
            continue
        if not compatible([items[i] for i in ga + gb]):
            continue
        root = uf.union(ra, rb)
        members[root] = ga + gb
        members.pop(rb if root == ra else ra, None)
    groups = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    return [sorted(g) for g in sorted(groups.values(), key=lambda g: min(g))]


def _expanded(item: _Item) -> tuple[dt.date, dt.date] | None:
    if item.lo is None:
        return None
    pad = dt.timedelta(days=item.slack)
    return item.lo - pad, item.hi + pad


def _slack(precision: str | None) -> int:
    """Days either side of a range that a report's dating may be off by.

    A day is taken at its word: two reports giving two different days are two
    events (a decree and its entry into force), not one event dated twice. A
    looser dating ("early December", "a day after") may be a few days off.
    """
    return 0 if precision == "day" else 3


def _actors_agree(a: _Item, b: _Item) -> bool:
    if not a.actors or not b.actors or a.actors & b.actors:
        return True
    return bool(a.countries) and a.countries == b.countries


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


# --- events ---------------------------------------------------------------


def _event_items(corpus: Corpus, actor_ids: dict[str, str], countries) -> list[_Item]:
    items = []
    for article_id, _qid, event in corpus.records("events"):
        article = corpus.datasets[article_id].article
        actors = frozenset(actor_ids[qualified_id(article_id, a)] for a in event.actors)
        evidence = event.evidence[0]
        mention = Mention(
            article_id=article_id,
            record_id=event.event_id,
            quote=evidence.quote,
            citation=corpus.cite(article_id, evidence),
            language=article.language,
            label=event.label,
            date_from=event.date_from,
            date_to=event.date_to,
            precision=event.precision,
            status=event.status,
        )
        text = " ".join([event.label, *(e.quote for e in event.evidence)])
        items.append(
            _Item(
                index=len(items),
                article_id=article_id,
                record=event,
                kind=event.kind,
                lo=event.date_from,
                hi=event.date_to,
                slack=_slack(event.precision),
                actors=actors,
                countries=frozenset(c for a in actors if (c := countries.get(a))),
                concepts=concepts(text),
                context_event=event.context_event,
                published=article.published,
                mention=mention,
            )
        )
    return items


def _event_keys(item: _Item) -> Iterable[tuple]:
    yield ("kind", item.kind)
    for actor in item.actors:
        yield ("actor", actor)
    if item.context_event:
        yield ("context", item.context_event)


def event_score(a: _Item, b: _Item) -> float | None:
    """How surely two event records are one event; None when they cannot be."""
    ea, eb = _expanded(a), _expanded(b)
    if ea and eb and (ea[1] < eb[0] or eb[1] < ea[0]):
        return None
    if a.context_event and b.context_event and a.context_event != b.context_event:
        return None
    same_context = bool(a.context_event) and a.context_event == b.context_event
    if not same_context and not _actors_agree(a, b):
        return None
    text = text_similarity(a.concepts, b.concepts)
    if a.kind == b.kind and a.kind != "other":
        kind = 1.0
    elif frozenset({a.kind, b.kind}) in RELATED_EVENT_KINDS:
        kind = 0.6
    elif "other" in (a.kind, b.kind):
        kind = 0.5  # "other" says nothing either way: the words decide
    else:
        kind = 0.0
    if ea is None or eb is None:
        date = 0.3
    elif a.lo <= b.hi and b.lo <= a.hi:
        date = 1.0 if (a.lo, a.hi) == (b.lo, b.hi) else 0.8
    else:
        date = 0.4
    # Same actors on overlapping dates need fewer shared words.
    close = a.actors and a.actors == b.actors and date >= 0.8
    needed = TEXT_SAYS_SAME * (0.6 if close else 1.0)
    if kind < 0.6 and text < needed:
        return None
    context = 1.0 if same_context else 0.0
    actors = _jaccard(a.actors, b.actors) if a.actors and b.actors else 0.5
    return 0.35 * kind + 0.3 * text + 0.15 * context + 0.1 * actors + 0.1 * date


def _events_compatible(group: list[_Item]) -> bool:
    """A group stays one event only if every dating, allowing for slack, can meet."""
    ranges = [r for item in group if (r := _expanded(item))]
    if ranges and max(r[0] for r in ranges) > min(r[1] for r in ranges):
        return False
    linked = {item.context_event for item in group if item.context_event}
    return len(linked) <= 1


def _precision_rank(precision: str) -> int:
    order = ["day", "month", "bimester", "quarter", "semester", "year", "approximate"]
    return order.index(precision) if precision in order else len(order)


def _by_report(mentions: list[Mention]) -> list[Mention]:
    return sorted(mentions, key=lambda m: (m.published or dt.date.max, m.article_id))


def _labels(items: list[_Item]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for item in items:
        labels.setdefault(item.mention.language, item.mention.label)
    return labels


def resolve_events(corpus: Corpus, actor_ids: dict[str, str], countries):
    items = _event_items(corpus, actor_ids, countries)
    pairs = _candidate_pairs(items, _event_keys)
    edges = []
    for a, b in pairs:
        score = event_score(items[a], items[b])
        if score is not None and score >= EVENT_THRESHOLD:
            edges.append((score, a, b))
    groups = _merge(items, edges, _events_compatible)
    events = []
    for group in groups:
        members = [items[i] for i in group]
        mentions = _by_report([m.mention for m in members])
        dated = [m for m in members if m.lo]
        lo = max((m.lo for m in dated), default=None)
        hi = min((m.hi for m in dated), default=None)
        conflict = bool(dated) and lo > hi
        sharpest = min(
            dated, key=lambda m: _precision_rank(m.mention.precision), default=None
        )
        if conflict:
            lo = hi = None
            precision = None
        elif dated:
            precision = "day" if lo == hi else sharpest.mention.precision
        else:
            precision = (
                sharpest.mention.precision if sharpest else members[0].mention.precision
            )
        kinds = [m.kind for m in members if m.kind != "other"] or ["other"]
        kind = max(set(kinds), key=lambda k: (kinds.count(k), -kinds.index(k)))
        first = members[0]
        events.append(
            StoryEvent(
                event_id="",
                kind=kind,
                label=first.mention.label,
                labels=_labels(members),
                date_from=lo,
                date_to=hi,
                precision=precision,
                date_conflict=conflict,
                status=mentions[-1].status,
                actors=sorted(set().union(*(m.actors for m in members))),
                context_event=next(
                    (m.context_event for m in members if m.context_event), None
                ),
                mentions=mentions,
            )
        )
    events.sort(key=lambda e: (_event_start(e), e.kind, e.label))
    used: set[str] = set()
    for e in events:
        start = _event_start(e)
        day = start.isoformat() if start != dt.date.max else "undated"
        e.event_id = _unique(f"{e.kind}-{day}", used)
    return events, len(pairs)


def _event_start(event: StoryEvent) -> dt.date:
    if event.date_from:
        return event.date_from
    starts = [m.date_from for m in event.mentions if m.date_from]
    return min(starts) if starts else dt.date.max


# --- measures ---------------------------------------------------------------


def _measure_items(corpus: Corpus, actor_ids: dict[str, str], countries) -> list[_Item]:
    items = []
    for article_id, _qid, measure in corpus.records("measures"):
        article = corpus.datasets[article_id].article
        actors = frozenset(
            actor_ids[qualified_id(article_id, a)] for a in measure.actors
        )
        evidence = measure.evidence[0]
        mention = Mention(
            article_id=article_id,
            record_id=measure.measure_id,
            quote=evidence.quote,
            citation=corpus.cite(article_id, evidence),
            language=article.language,
            label=measure.label,
            status=measure.status,
        )
        text = " ".join([measure.label, *(e.quote for e in measure.evidence)])
        items.append(
            _Item(
                index=len(items),
                article_id=article_id,
                record=measure,
                kind=measure.kind,
                lo=None,
                hi=None,
                slack=0,
                actors=actors,
                countries=frozenset(measure.countries),
                concepts=concepts(text),
                context_event=None,
                published=article.published,
                mention=mention,
            )
        )
    return items


def _measure_keys(item: _Item) -> Iterable[tuple]:
    yield ("kind", item.kind)
    for country in item.countries:
        yield ("country", country, item.record.topic)


BROAD_MEASURE_KINDS = frozenset(
    {"border_control", "military_deployment", "migration_control"}
)
"""Kinds that hold many different measures: the words must agree as well."""

RELATED_MEASURE_KINDS = {frozenset({"border_control", "migration_control"})}


def measure_score(a: _Item, b: _Item) -> float | None:
    """How surely two measure records are one measure; None when they cannot be.

    A specific kind (a state of emergency, joint patrols) in the same countries
    is one measure; a broad kind (border control) also needs shared words; a
    measure of kind "other" is matched on its words alone.
    """
    text = text_similarity(a.concepts, b.concepts)
    same_actors = bool(a.actors) and a.actors == b.actors
    if a.kind == b.kind and a.kind != "other":
        kind = 1.0
        needed = 0.2 if a.kind in BROAD_MEASURE_KINDS else 0.0
    elif frozenset({a.kind, b.kind}) in RELATED_MEASURE_KINDS:
        kind, needed = 0.6, TEXT_SAYS_SAME
    elif a.kind == b.kind:  # both "other"
        kind = 0.5
        needed = TEXT_SAYS_SAME * (0.75 if same_actors else 1.0)
    elif "other" in (a.kind, b.kind):
        kind, needed = 0.5, TEXT_SAYS_SAME
    else:
        kind, needed = 0.0, TEXT_SAYS_SAME
    if text < needed:
        return None
    specific = kind == 1.0 and a.kind not in BROAD_MEASURE_KINDS
    if a.countries != b.countries and not (
        (specific and a.countries & b.countries) or (kind == 1.0 and text >= 0.5)
    ):
        return None
    if a.actors and b.actors and not (a.actors & b.actors):
        if a.countries != b.countries and not specific:
            return None
    return (
        0.45 * kind
        + 0.35 * text
        + 0.1 * _jaccard(a.actors, b.actors)
        + 0.1 * (a.countries == b.countries)
    )


def resolve_measures(corpus: Corpus, actor_ids: dict[str, str], countries):
    items = _measure_items(corpus, actor_ids, countries)
    pairs = _candidate_pairs(items, _measure_keys)
    edges = []
    for a, b in pairs:
        score = measure_score(items[a], items[b])
        if score is not None and score >= MEASURE_THRESHOLD:
            edges.append((score, a, b))
    groups = _merge(items, edges, lambda group: True)
    measures = []
    for group in groups:
        members = [items[i] for i in group]
        mentions = _by_report([m.mention for m in members])
        first = members[0].record
        measures.append(
            StoryMeasure(
                measure_id="",
                kind=first.kind,
                label=first.label,
                labels=_labels(members),
                topic=first.topic,
                countries=sorted(set().union(*(m.countries for m in members))),
                actors=sorted(set().union(*(m.actors for m in members))),
                is_bilateral=any(m.record.is_bilateral for m in members),
                status=mentions[-1].status,
                statuses=[
                    {
                        "published": _iso(m.published),
                        "article_id": m.article_id,
                        "status": m.status,
                    }
                    for m in mentions
                ],
                mentions=mentions,
            )
        )
    measures.sort(key=lambda m: (m.topic, m.kind, m.label))
    used: set[str] = set()
    for m in measures:
        m.measure_id = _unique(f"{m.kind}-{'-'.join(m.countries).lower()}", used)
    return measures, len(pairs)


# --- conflicts ---------------------------------------------------------------

_MONTHS = {
    **{
        m: i + 1
        for i, m in enumerate(
            "january february march april may june july august september october "
            "november december".split()
        )
    },
    **{
        m: i + 1
        for i, m in enumerate(
            "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
            "noviembre diciembre".split()
        )
    },
}


def period_range(text: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a figure's period covers: '2025', '2025-12', 'late November 2025'."""
    if not text:
        return None
    t = fold(text).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", t)
    if m:
        year = int(m[1])
        if m[3]:
            day = dt.date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            return _month_range(year, int(m[2]))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    m = re.fullmatch(
        r"(?:(early|mid|late|a inicios de|a mediados de|a fines de|finales de|"
        r"principios de)\s+)?([a-z]+)(?:\s+de)?\s+(\d{4})",
        t,
    )
    if m and m[2] in _MONTHS:
        lo, hi = _month_range(int(m[3]), _MONTHS[m[2]])
        part = m[1] or ""
        if part in ("early", "a inicios de", "principios de"):
            return lo, lo + dt.timedelta(days=9)
        if part in ("mid", "a mediados de"):
            return lo + dt.timedelta(days=10), lo + dt.timedelta(days=19)
        if part in ("late", "a fines de", "finales de"):
            return lo + dt.timedelta(days=20), hi
        return lo, hi
    return None


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _same_period(a: str | None, b: str | None, pa, pb) -> bool:
    if not a and not b:
        # Neither report gives a period: the same one only if reported close together.
        return pa is not None and pb is not None and abs((pa - pb).days) <= 30
    if not a or not b:
        return False
    ra, rb = period_range(a), period_range(b)
    if ra and rb:
        return ra[0] <= rb[1] and rb[0] <= ra[1]
    return fold(a).strip() == fold(b).strip()


def _values_differ(a: float, b: float) -> bool:
    gap = abs(a - b)
    return gap > 0.05 and gap > 0.001 * max(abs(a), abs(b))


def _fmt_value(v: float) -> str:
    return f"{v:g}"


def _people_named(figure, published: dt.date | None) -> frozenset[str]:
    """Gazetteer people a figure's label or quote names: whose vote share it is."""
    matcher = load_gazetteer()
    found = set()
    for text in [figure.label, *(e.quote for e in figure.evidence)]:
        for m in matcher.find(text, tokenize(text), published):
            found |= {i for i in m.ids if matcher.entries[i].kind == "person"}
    return frozenset(found)


def _figure_conflicts(corpus: Corpus) -> list[Conflict]:
    """Different values for one metric, country, period and person named.

    Two values one article gives together (the two ends of a range) are not a
    disagreement between reports.
    """
    blocks: dict[tuple, list] = defaultdict(list)
    for article_id, _qid, figure in corpus.records("figures"):
        published = corpus.datasets[article_id].article.published
        people = _people_named(figure, published)
        blocks[(figure.metric, figure.country, people)].append((article_id, figure))
    out = []
    for (metric, country, _people), rows in sorted(
        blocks.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", sorted(kv[0][2]))
    ):
        seen: set[tuple] = set()
        # One conflict per pair of distinct values, not per pair of reports.
        by_value: dict[float, list] = defaultdict(list)
        values_of: dict[str, set[float]] = defaultdict(set)
        for row in rows:
            by_value[row[1].value].append(row)
            values_of[row[0]].add(row[1].value)
        values = sorted(by_value)
        for i, va in enumerate(values):
            for vb in values[i + 1 :]:
                if not _values_differ(va, vb):
                    continue
                if any({va, vb} <= held for held in values_of.values()):
                    continue
                pair = _first_pair(corpus, by_value[va], by_value[vb])
                if pair is None or (va, vb) in seen:
                    continue
                seen.add((va, vb))
                (aa, fa), (ab, fb) = pair
                period = fa.ref_period or fb.ref_period
                out.append(
                    Conflict(
                        conflict_id="",
                        kind="figure",
                        subject=f"{metric}" + (f" ({country})" if country else ""),
                        description=(
                            f"{fa.label}: {_fmt_value(fa.value)} {fa.unit} in "
                            f"{corpus.cite(aa).short()}, but {_fmt_value(fb.value)} "
                            f"{fb.unit} in {corpus.cite(ab).short()}"
                            + (f", for {period}" if period else "")
                        ),
                        mentions=[
                            _figure_mention(corpus, aa, fa),
                            _figure_mention(corpus, ab, fb),
                        ],
                    )
                )
    return out


def _first_pair(corpus, rows_a, rows_b):
    for aa, fa in rows_a:
        pa = corpus.datasets[aa].article.published
        for ab, fb in rows_b:
            if aa == ab:
                continue
            pb = corpus.datasets[ab].article.published
            if _same_period(fa.ref_period, fb.ref_period, pa, pb):
                return (aa, fa), (ab, fb)
    return None


def _figure_mention(corpus: Corpus, article_id: str, figure) -> Mention:
    evidence = figure.evidence[0]
    return Mention(
        article_id=article_id,
        record_id=figure.figure_id,
        quote=evidence.quote,
        citation=corpus.cite(article_id, evidence),
        language=corpus.datasets[article_id].article.language,
        label=figure.label,
    )


def _fmt_range(m: Mention) -> str:
    if m.date_from is None:
        return "undated"
    if m.date_from == m.date_to:
        return m.date_from.isoformat()
    return f"{m.date_from.isoformat()} to {m.date_to.isoformat()}"


def _date_conflicts(events: list[StoryEvent]) -> list[Conflict]:
    out = []
    for event in events:
        if not event.date_conflict:
            continue
        dated = [m for m in event.mentions if m.date_from]
        for i, a in enumerate(dated):
            for b in dated[i + 1 :]:
                if a.date_to < b.date_from or b.date_to < a.date_from:
                    out.append(
                        Conflict(
                            conflict_id="",
                            kind="date",
                            subject=event.event_id,
                            description=(
                                f"{event.label}: {a.citation.short()} puts it "
                                f"{_fmt_range(a)}, but {b.citation.short()} puts it "
                                f"{_fmt_range(b)}; both cannot be true"
                            ),
                            mentions=[a, b],
                        )
                    )
    return out


def _status_conflicts(measures: list[StoryMeasure]) -> list[Conflict]:
    out = []
    for measure in measures:
        furthest: Mention | None = None
        for m in measure.mentions:  # in order of report date
            if (
                furthest is not None
                and m.published
                and furthest.published
                and m.published > furthest.published
                and STATUS_RANK[m.status] < STATUS_RANK[furthest.status]
            ):
                out.append(
                    Conflict(
                        conflict_id="",
                        kind="status",
                        subject=measure.measure_id,
                        description=(
                            f"{measure.label}: {furthest.citation.short()} reports it "
                            f"as {furthest.status}, but the later "
                            f"{m.citation.short()} reports it as only {m.status}"
                        ),
                        mentions=[furthest, m],
                    )
                )
            if furthest is None or STATUS_RANK[m.status] > STATUS_RANK[furthest.status]:
                furthest = m
    return out


# --- the story ----------------------------------------------------------------


def build_story(corpus: Corpus) -> Story:
    """Resolve actors, events and measures across the corpus and flag conflicts."""
    actors, actor_ids = resolve_actors(corpus)
    countries = {a.actor_id: a.country for a in actors if a.country}
    events, event_pairs = resolve_events(corpus, actor_ids, countries)
    measures, measure_pairs = resolve_measures(corpus, actor_ids, countries)
    conflicts = (
        _date_conflicts(events)
        + _figure_conflicts(corpus)
        + _status_conflicts(measures)
    )
    for n, c in enumerate(conflicts, start=1):
        c.conflict_id = f"c{n}"
    actors.sort(key=lambda a: (-a.source_count, a.actor_id))
    return Story(
        corpus=corpus,
        actors=actors,
        events=events,
        measures=measures,
        conflicts=conflicts,
        comparisons={"events": event_pairs, "measures": measure_pairs},
    )


# --- scoring against gold links ----------------------------------------------


@dataclass(frozen=True)
class GoldLinks:
    """Which records of a set of articles report the same event or measure."""

    articles: tuple[str, ...]
    groups: dict[str, dict[str, list[str]]]

    def links(self, table: str) -> set[frozenset[str]]:
        out = set()
        for ids in self.groups.get(table, {}).values():
            out |= {frozenset((a, b)) for i, a in enumerate(ids) for b in ids[i + 1 :]}
        return out


def load_gold(path) -> GoldLinks:
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return GoldLinks(
        articles=tuple(raw["articles"]),
        groups={t: raw.get(t) or {} for t in ("events", "measures")},
    )


@dataclass(frozen=True)
class LinkScore:
    table: str
    found: int
    gold: int
    correct: int
    false_links: tuple[frozenset[str], ...]
    missed_links: tuple[frozenset[str], ...]

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def score_links(story: Story, gold: GoldLinks, table: str) -> LinkScore:
    """Precision and recall of the story's links among the gold articles."""
    articles = set(gold.articles)
    found = {
        link
        for link in story.links(table)
        if all(q.partition(":")[0] in articles for q in link)
    }
    expected = gold.links(table)
    return LinkScore(
        table=table,
        found=len(found),
        gold=len(expected),
        correct=len(found & expected),
        false_links=tuple(sorted(found - expected, key=sorted)),
        missed_links=tuple(sorted(expected - found, key=sorted)),
    )


# --- export -----------------------------------------------------------------

STORY_TABLES = ("events", "measures", "actors", "conflicts")


def to_json_dict(story: Story) -> dict:
    """The story as one object: its articles, then every table."""
    return {
        "articles": [
            {
                "article_id": a.article_id,
                "title": a.title,
                "source": a.source,
                "published": _iso(a.published),
                "language": a.language,
                "reviewed": story.corpus.datasets[a.article_id].is_reviewed,
            }
            for a in story.corpus.articles
        ],
        "events": [e.as_dict() for e in story.events],
        "measures": [m.as_dict() for m in story.measures],
        "actors": [a.as_dict() for a in story.actors],
        "conflicts": [c.as_dict() for c in story.conflicts],
    }


def to_json(story: Story) -> str:
    import json

    return json.dumps(to_json_dict(story), ensure_ascii=False, indent=2) + "\n"


def write_csv(story: Story, out_dir) -> list:
    """One CSV per table, plus `mentions.csv` with one row per mention.

    List- and object-valued cells are JSON, as in the per-article export.
    """
    import json
    from pathlib import Path

    import pandas as pd

    from .storage import atomic_write_text

    out_dir = Path(out_dir)
    data = to_json_dict(story)
    written = []
    mention_rows = []
    for table in ("articles", *STORY_TABLES):
        rows = data[table]
        id_field = {
            "events": "event_id",
            "measures": "measure_id",
            "actors": "actor_id",
            "conflicts": "conflict_id",
        }.get(table)
        for row in rows:
            for mention in row.get("mentions", []):
                mention_rows.append(
                    {"table": table, "story_id": row[id_field], **mention}
                )
        frame = pd.DataFrame(rows)
        for col in frame.columns:
            if frame[col].map(lambda v: isinstance(v, list | dict)).any():
                frame[col] = frame[col].map(lambda v: json.dumps(v, ensure_ascii=False))
        path = out_dir / f"{table}.csv"
        atomic_write_text(path, frame.to_csv(index=False, lineterminator="\n"))
        written.append(path)
    path = out_dir / "mentions.csv"
    atomic_write_text(
        path, pd.DataFrame(mention_rows).to_csv(index=False, lineterminator="\n")
    )
    written.append(path)
    return written
