"""Automatic draft extraction: an article's tables, unreviewed, from rules and lexicons."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import yaml

from .article import sentences_of
from .exceptions import AnalysisError, ParameterError
from .figures_parse import ParsedFigure, find_figures
from .gazetteer import (
    Entry,
    Matcher,
    Mention,
    Target,
    demonym_countries,
    find_names,
    fold,
    load_gazetteer,
    load_lexicon,
    surname_aliases,
    tokenize,
)
from .schema import (
    TABLES,
    Actor,
    Article,
    Claim,
    Dataset,
    Event,
    Evidence,
    Figure,
    Issue,
    Measure,
    Place,
)
from .timex import Timex, appositions, find_timexes

TOPICS = ("security", "migration", "border_cooperation")
# Most specific first: an event at "Government Palace in Lima, Peru" is at the palace.
PLACE_RANK = {
    "building": 0,
    "border_crossing": 1,
    "city": 2,
    "capital": 3,
    "region": 4,
    "border": 5,
    "country": 6,
}
# Actors that take part in events, propose measures and speak.
AGENT_KINDS = {"person", "government", "institution", "party"}
MAX_EVIDENCE = 5


# --- compiled lexicon -------------------------------------------------------------


def _word_rx(patterns: Iterable[str]) -> str:
    """Lexicon patterns as one alternation: "crim*" is a stem, others whole words."""
    out = []
    for p in sorted(patterns, key=len, reverse=True):
        p = p.replace(" ", r"\s+")
        # "crim*" is a stem; "legal\w*" is already a regular expression.
        out.append(p[:-1] + r"\w*" if re.search(r"[a-z]\*$", p) else p)
    return r"\b(?:" + "|".join(out) + r")\b"


@dataclass(frozen=True)
class _Lex:
    topics: dict[str, re.Pattern]
    report_before: re.Pattern
    report_after: re.Pattern
    expert_before: re.Pattern
    expert_roles: re.Pattern
    role_nouns: re.Pattern
    event_types: re.Pattern
    event_labels: dict[str, str]
    measures: list[tuple[dict, re.Pattern]]
    status: re.Pattern
    constraints: dict[str, re.Pattern]
    both: re.Pattern
    metric_labels: dict[str, str]


@functools.cache
def _lex() -> _Lex:
    lex = load_lexicon()
    experts = _word_rx(lex["expert_nouns"])
    return _Lex(
        topics={t: re.compile(_word_rx(lex["topics"][t])) for t in TOPICS},
        report_before=re.compile(_word_rx(lex["reporting"]["before"])),
        report_after=re.compile(_word_rx(lex["reporting"]["after"])),
        expert_before=re.compile(rf"(?:the|el|la|this|esta|este)\s+{experts}\s*$"),
        expert_roles=re.compile(experts),
        role_nouns=re.compile(_word_rx(lex["role_nouns"])),
        event_types=re.compile(
            "|".join(
                f"(?P<{e['key']}>{_word_rx(e['cues'])})" for e in lex["event_types"]
            )
        ),
        event_labels={e["key"]: e["label"] for e in lex["event_types"]},
        measures=[(m, re.compile(_word_rx(m["patterns"]))) for m in lex["measures"]],
        status=re.compile(
            "|".join(
                f"(?P<{k}>{_word_rx(v)})" for k, v in lex["measure_status"].items()
            )
        ),
        constraints={k: re.compile(_word_rx(v)) for k, v in lex["constraints"].items()},
        both=re.compile(_word_rx(lex["both_governments"])),
        metric_labels=lex["metric_labels"],
    )


def slug(text: str) -> str:
    """A record id made from free text: folded, lower case, '_' between words."""
    s = re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_")[:60].strip("_")
    return s or "x"


class _Ids:
    """Unique ids per table: a second 'visit_2026_01' becomes 'visit_2026_01_2'."""

    def __init__(self):
        self.seen: set[str] = set()

    def __call__(self, base: str) -> str:
        base = slug(base)
        rid, n = base, 2
        while rid in self.seen:
            rid, n = f"{base}_{n}", n + 1
        self.seen.add(rid)
        return rid


# --- the document -----------------------------------------------------------------


@dataclass
class _Found:
    """An entity mention after ambiguity is settled."""

    start: int
    end: int
    surface: str
    entry_id: str
    sentence: int
    glued: bool = False
    mistranslation: str | None = None
    derived: bool = False  # a government read from "Lima" or "both governments"


class _Doc:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.folded = fold(article.text)
        self.published = article.published
        self.translated = article.translated_from is not None
        self.tokens = tokenize(self.text, self.folded)
        self.sentences = sentences_of(self.text, article.paragraphs)
        self.starts = [s.start for s in self.sentences]
        self.entries: dict[str, Entry] = dict(load_gazetteer().entries)
        self.dynamic_roles: dict[str, str] = {}
        self.found: list[_Found] = []
        # Countries named inside an actor's name ("Gobierno del Perú"): places
        # of the article, but never agents or event places.
        self.nested: list[_Found] = []

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start=start, end=end, quote=self.text[start:end])

    def sentence_evidence(self, si: int) -> Evidence:
        s = self.sentences[si]
        return self.evidence(s.start, s.end)

    def in_sentence(self, si: int) -> list[_Found]:
        return sorted(
            (f for f in self.found if f.sentence == si), key=lambda f: (f.start, f.end)
        )


# --- entities -----------------------------------------------------------------------


def _find_entities(doc: _Doc) -> None:
    gaz = load_gazetteer()
    text, tokens = doc.text, doc.tokens
    mentions = gaz.find(text, tokens, doc.published, doc.translated)
    mentions, dynamic = _reconcile_names(doc, mentions)
    if dynamic:
        entries, aliases = zip(*dynamic, strict=True)
        doc.entries.update({e.id: e for e in entries})
        matcher = Matcher(entries, [a for group in aliases for a in group])
        covered = {k for m in mentions for k in range(m.first_token, m.last_token + 1)}
        mentions += matcher.find(text, tokens, doc.published, doc.translated, covered)
    mentions = _drop_overlaps(mentions)
    _settle(doc, mentions)
    _nested_countries(doc)
    _both_governments(doc)
    doc.found.sort(key=lambda f: (f.start, f.end))


def _nested_countries(doc: _Doc) -> None:
    names = _country_place_names()
    for f in doc.found:
        if doc.entries[f.entry_id].table != "actors":
            continue
        for tok in doc.tokens:
            if f.start <= tok.start and tok.end <= f.end and tok.folded in names:
                if tok.text[0].isupper():
                    doc.nested.append(
                        _Found(
                            tok.start, tok.end, tok.text, names[tok.folded], f.sentence
                        )
                    )


@functools.cache
def _country_place_names() -> dict[str, str]:
    """One-word country names ("Perú") to their place ids."""
    out = {}
    for e in load_gazetteer().entries.values():
        if e.kind == "country":
            out[fold(e.name)] = e.id
    out.update(
        {"peru": "peru", "brasil": "brazil", "espana": "spain", "mexico": "mexico"}
    )
    return out


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def _reconcile_names(doc: _Doc, mentions: list[Mention]):
    """Merge rule-found names with gazetteer hits: "Rocio Zepeda Majmud" extends
    the gazetteer's "Rocío Zepeda"; a name holding other gazetteer hits is dropped."""
    text, entries = doc.text, doc.entries
    dynamic: dict[str, tuple[Entry, list[tuple[str, Target]]]] = {}
    by_name: dict[str, str] = {}
    ids = _Ids()
    ids.seen |= set(entries)
    out = list(mentions)
    for cand in find_names(text, doc.tokens):
        inner = [m for m in out if m.start < cand.end and cand.start < m.end]
        kinds = {entries[i].table for m in inner for i in m.ids}
        if inner and cand.kind == "person":
            first = inner[0]
            person_ids = {
                i for m in inner for i in m.ids if entries[i].kind == "person"
            }
            if (
                len(inner) == 1
                and len(first.ids) == 1
                and person_ids == set(first.ids)
                and first.start == cand.start
            ):
                out.remove(first)
                out.append(
                    Mention(
                        cand.start,
                        cand.end,
                        cand.surface,
                        first.ids,
                        cand.first_token,
                        cand.last_token,
                    )
                )
                continue
            if not (cand.given_names and kinds == {"places"}):
                continue
        elif inner and kinds != {"places"}:
            continue
        for m in inner:
            out.remove(m)
        key = fold(cand.surface)
        if key in by_name:
            eid = by_name[key]
        else:
            eid = ids(cand.acronym[2] if cand.acronym else cand.surface)
            by_name[key] = eid
            country = _country_in(cand.surface) or _country_of_inner(entries, inner)
            entry = Entry(eid, cand.surface, "actors", cand.kind, country)
            aliases = [(cand.surface, Target(eid))]
            if cand.kind == "person":
                aliases += [
                    (a, Target(eid))
                    for a in surname_aliases(cand.surface, cand.given_names)
                ]
                role = _role_before(doc, cand.start)
                if role:
                    doc.dynamic_roles[eid] = role
                    country = country or _country_in(role)
                    entry = Entry(eid, cand.surface, "actors", cand.kind, country)
            if cand.acronym:
                aliases.append((cand.acronym[2], Target(eid)))
            dynamic[eid] = (entry, aliases)
        out.append(
            Mention(
                cand.start,
                cand.end,
                cand.surface,
                (eid,),
                cand.first_token,
                cand.last_token,
            )
        )
    return out, list(dynamic.values())


def _country_of_inner(entries, inner) -> str | None:
    codes = {entries[i].country for m in inner for i in m.ids if entries[i].country}
    return codes.pop() if len(codes) == 1 else None


def _country_in(text: str) -> str | None:
    """The country a phrase names, by name or demonym ("Chilean" -> CHL)."""
    names = _country_names()
    for tok in tokenize(text):
        code = names.get(tok.folded)
        if code:
            return code
    return None


@functools.cache
def _country_names() -> dict[str, str]:
    out = dict(demonym_countries())
    for e in load_gazetteer().entries.values():
        if e.kind == "country" and e.country:
            out[fold(e.name)] = e.country
    out["peru"] = "PER"
    return out


def _role_before(doc: _Doc, start: int) -> str | None:
    """The role an article gives just before a name: "the political scientist X"."""
    si = doc.sentence_at(start)
    lo = max(doc.sentences[si].start, start - 90)
    window = doc.folded[lo:start]
    last = None
    for m in _lex().role_nouns.finditer(window):
        last = m
    if not last:
        return None
    between = window[last.end() :]
    if re.search(r"[.;:()]", between) or len(between) > 60:
        return None
    begin = lo + last.start()
    # Take in capitalised words just before the role: "Chile's Interior Minister".
    stop = _name_stopwords()
    while True:
        m = re.search(
            r"([A-ZÁÉÍÓÚÑ][\w'’]*)\s+$", doc.text[doc.sentences[si].start : begin]
        )
        if not m or fold(m.group(1)).split("'")[0] in stop:
            break
        begin -= len(m.group(0))
    role = doc.text[begin:start].strip(" ,")
    return role or None


@functools.cache
def _name_stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon()["name_stopwords"])


def _settle(doc: _Doc, mentions: list[Mention]) -> None:
    """Pick one entry for each ambiguous mention: the candidate named last, else
    the one whose country the sentence names; otherwise drop the mention."""
    names = _country_names()
    for m in mentions:
        si = doc.sentence_at(m.start)
        eid = m.ids[0] if len(m.ids) == 1 else None
        if eid is None:
            for f in reversed(doc.found):
                if f.entry_id in m.ids:
                    eid = f.entry_id
                    break
        if eid is None:
            s = doc.sentences[si]
            codes = {
                names[t.folded]
                for t in doc.tokens
                if s.start <= t.start < s.end and t.folded in names
            }
            # "la sede de la Cancillería en Santiago": a city names its country.
            codes |= {
                doc.entries[o.ids[0]].country
                for o in mentions
                if len(o.ids) == 1
                and s.start <= o.start < s.end
                and doc.entries[o.ids[0]].table == "places"
                and doc.entries[o.ids[0]].country
            }
            fits = [i for i in m.ids if doc.entries[i].country in codes]
            eid = fits[0] if len(fits) == 1 else None
        if eid is None:
            continue
        doc.found.append(
            _Found(m.start, m.end, m.surface, eid, si, m.glued, m.mistranslation)
        )


def _both_governments(doc: _Doc) -> None:
    """'Both governments' names the governments of the two countries named most."""
    counts = Counter(
        doc.entries[f.entry_id].id
        for f in doc.found
        if doc.entries[f.entry_id].kind == "country"
        and doc.entries[f.entry_id].government
    )
    top = [c for c, _ in counts.most_common(2)]
    if len(top) < 2:
        return
    govs = [doc.entries[c].government for c in top]
    for m in _lex().both.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        for gov in govs:
            doc.found.append(
                _Found(
                    m.start(),
                    m.end(),
                    doc.text[m.start() : m.end()],
                    gov,
                    si,
                    derived=True,
                )
            )


def _agent(doc: _Doc, f: _Found) -> _Found | None:
    """The actor a mention stands for when it acts: a country or capital stands
    for its government ("Since Lima, the official position is...")."""
    e = doc.entries[f.entry_id]
    if e.table == "actors":
        return f if e.kind in AGENT_KINDS else None
    if e.government and e.government in doc.entries:
        return _Found(f.start, f.end, f.surface, e.government, f.sentence, derived=True)
    return None


def _use(doc: _Doc, f: _Found) -> str:
    """Record that a derived government mention is used, so it gets an Actor."""
    if f.derived and not any(
        g.entry_id == f.entry_id and g.start == f.start for g in doc.found
    ):
        doc.found.append(f)
    return f.entry_id


def _entity_records(doc: _Doc) -> tuple[list[Actor], list[Place]]:
    groups: dict[str, list[_Found]] = {}
    for f in sorted(doc.found + doc.nested, key=lambda f: (f.start, f.end)):
        groups.setdefault(f.entry_id, []).append(f)
    actors, places = [], []
    for eid, fs in groups.items():
        e = doc.entries[eid]
        surfaces = list(dict.fromkeys(f.surface for f in fs))
        first_of = {}
        for f in fs:
            first_of.setdefault(f.surface, f)
        picked = list(first_of.values())[:MAX_EVIDENCE]
        evidence = [doc.evidence(f.start, f.end) for f in picked]
        aliases = [s for s in surfaces if s != e.name]
        if e.table == "actors":
            actors.append(
                Actor(
                    actor_id=eid,
                    name=e.name,
                    kind=e.kind,
                    country=e.country,
                    role=doc.dynamic_roles.get(eid) or e.role_on(doc.published),
                    aliases=aliases,
                    evidence=evidence,
                    reviewed=False,
                )
            )
        else:
            places.append(
                Place(
                    place_id=eid,
                    name=e.name,
                    kind=e.kind,
                    country=e.country,
                    evidence=evidence,
                    reviewed=False,
                )
            )
    return actors, places


# --- topics -------------------------------------------------------------------------


def _sentence_topics(doc: _Doc) -> list[list[str]]:
    out: list[set[str]] = [set() for _ in doc.sentences]
    for topic, rx in _lex().topics.items():
        for m in rx.finditer(doc.folded):
            out[doc.sentence_at(m.start())].add(topic)
    return [[t for t in TOPICS if t in s] for s in out]


# --- measures -----------------------------------------------------------------------


def _nearest(items, start: int, end: int):
    best, best_d = None, None
    for item in items:
        s, e = item[0], item[1]
        if s < end and e > start:
            d = 0
        else:
            d = start - e if e <= start else s - end
        if best_d is None or d < best_d:
            best, best_d = item, d
    return best, best_d


def _measure_agents(doc: _Doc, si: int, start: int, end: int) -> list[_Found]:
    """Who takes a measure: the nearest actor before it in the sentence (both
    countries of "Peru and Chile agreed"), else the nearest after it."""
    agents = {}
    for f in doc.in_sentence(si):
        a = _agent(doc, f)
        if a:  # a country and its derived government share a span: keep one
            agents.setdefault((a.start, a.end, a.entry_id), a)
    agents = list(agents.values())
    before = [a for a in agents if a.end <= start]
    # A named actor beats a country or capital read as its government: in "Kast
    # promised ... migrants living in Chile and proposed closing the border",
    # Chile is not the one proposing.
    named = [
        a for a in before if not a.derived and doc.entries[a.entry_id].table == "actors"
    ]
    before = named or before
    if before:
        last = before[-1]
        out = [last]
        for prev in reversed(before[:-1]):
            gap = doc.folded[prev.end : out[-1].start]
            if re.fullmatch(r"\s*(?:,|and|y|e)\s*(?:(?:the|el|la|los|las)\s+)?", gap):
                out.insert(0, prev)
            else:
                break
        return out
    after = [a for a in agents if a.start >= end]
    return after[:1]


def _measures(doc: _Doc, topics: list[list[str]]) -> list[Measure]:
    lex = _lex()
    hits = []
    for spec, rx in lex.measures:
        for m in rx.finditer(doc.folded):
            hits.append((m.start(), m.end(), spec))
    taken: list[tuple[int, int]] = []
    chosen = []
    for s, e, spec in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append((s, e, spec))
    chosen.sort(key=lambda h: h[0])

    status_cache: dict[int, list] = {}
    records: list[dict] = []
    ids = _Ids()
    for s, e, spec in chosen:
        si = doc.sentence_at(s)
        sent = doc.sentences[si]
        if si not in status_cache:
            status_cache[si] = [
                (m.start(), m.end(), m.lastgroup)
                for m in lex.status.finditer(doc.folded, sent.start, sent.end)
            ]
        cue, _ = _nearest(status_cache[si], s, e)
        if cue is None:
            continue  # no word says how far it has gone: too unsure to draft
        agents = _measure_agents(doc, si, s, e)
        if not agents:
            continue
        actor_ids = list(dict.fromkeys(a.entry_id for a in agents))
        countries = [
            doc.entries[a].country for a in actor_ids if doc.entries[a].country
        ]
        if not countries:
            countries = [
                doc.entries[f.entry_id].country
                for f in doc.in_sentence(si)
                if doc.entries[f.entry_id].country
            ]
        countries = list(dict.fromkeys(countries))
        if not countries:
            continue
        ev_start, ev_end = s, e
        if abs(cue[0] - s) <= 60:
            ev_start, ev_end = min(s, cue[0]), max(e, cue[1])
        evidence = doc.evidence(ev_start, ev_end)
        existing = next(
            (
                r
                for r in records
                if r["key"] == spec["key"]
                and (
                    set(r["actors"]) & set(actor_ids)
                    or set(r["countries"]) == set(countries)
                )
            ),
            None,
        )
        for a in agents:
            _use(doc, a)
        if existing:
            if all(ev.start != evidence.start for ev in existing["evidence"]):
                existing["evidence"].append(evidence)
            existing["actors"] += [a for a in actor_ids if a not in existing["actors"]]
            continue
        records.append(
            {
                "key": spec["key"],
                "measure_id": ids(spec["key"]),
                "kind": spec.get("kind", "other"),
                "label": spec["label"],
                "topic": spec["topic"],
                "actors": actor_ids,
                "countries": countries,
                "status": cue[2],
                "is_bilateral": bool(spec.get("bilateral"))
                or {"PER", "CHL"} <= set(countries),
                "evidence": [evidence],
            }
        )
    return [
        Measure(**{k: v for k, v in r.items() if k != "key"}, reviewed=False)
        for r in records
    ]


# --- claims -------------------------------------------------------------------------


def _speaker(doc: _Doc, si: int, cue: re.Match, after: bool) -> _Found | None:
    agents = [a for f in doc.in_sentence(si) if (a := _agent(doc, f))]
    # "cruzar antes del cambio de mando en Chile": a place after a locative
    # preposition is where something happens, not who speaks.
    agents = [
        a
        for a in agents
        if not (
            a.derived
            and re.search(
                r"\b(?:en|in|desde|from|hacia|towards|a|to|de|of)\s+(?:el\s+|the\s+)?$",
                doc.folded[max(0, a.start - 12) : a.start],
            )
        )
    ]
    if after:
        later = [
            a for a in agents if a.start >= cue.end() and a.start - cue.end() < 150
        ]
        return later[0] if later else None
    sent = doc.sentences[si]
    before = [
        a
        for a in agents
        if a.end <= cue.start()
        and cue.start() - a.end < 100
        and not re.search(r"[;]", doc.text[a.end : cue.start()])
    ]
    if before:
        return before[-1]
    # "The expert points out": the last expert the article introduced.
    lead = doc.folded[sent.start : cue.start()]
    if _lex().expert_before.search(lead):
        for f in reversed([f for f in doc.found if f.end <= sent.start]):
            e = doc.entries[f.entry_id]
            role = doc.dynamic_roles.get(e.id) or e.role or ""
            if e.kind == "person" and _lex().expert_roles.search(fold(role)):
                return f
    # "... said Kast": a speaker right after the verb.
    later = [a for a in agents if a.start >= cue.end() and a.start - cue.end() < 40]
    return later[0] if later else None


def _summary(doc: _Doc, si: int, start: int, end: int) -> str:
    """The reported words, text[start:end], tidied; the sentence if too short."""
    sent = doc.sentences[si]
    body = doc.text[start:end].rstrip(" ,;")
    body = re.sub(r"^[\s,:;\"'“”«»—–-]*(?:that|que)?\s*", "", body).strip()
    if len(body) < 25:
        body = sent.text.strip()
    body = re.sub(r"\s+", " ", body)
    if len(body) > 220:
        body = body[:220].rsplit(" ", 1)[0] + "…"
    return body[0].upper() + body[1:] if body else sent.text


def _claims(doc: _Doc, topics, measures: list[Measure]) -> list[Claim]:
    lex = _lex()
    ids = _Ids()
    out = []
    for si, sent in enumerate(doc.sentences):
        cues = [
            (m, False)
            for m in lex.report_before.finditer(doc.folded, sent.start, sent.end)
        ]
        cues += [
            (m, True)
            for m in lex.report_after.finditer(doc.folded, sent.start, sent.end)
        ]
        cues.sort(key=lambda c: c[0].start())
        for cue, after in cues:
            speaker = _speaker(doc, si, cue, after)
            if speaker is None:
                continue
            _use(doc, speaker)
            sid = speaker.entry_id
            if not after:
                rest = (cue.end(), sent.end)
            elif len(doc.text[speaker.end : sent.end].strip(" .,;")) >= 25:
                rest = (speaker.end, sent.end)
            else:  # "X will arrive in Lima, as reported by the ministry."
                rest = (sent.start, cue.start())
            about = [
                f.entry_id
                for f in doc.in_sentence(si)
                if f.entry_id != sid
                and doc.entries[f.entry_id].kind in ("person", "government")
            ]
            text = doc.folded[sent.start : sent.end]
            out.append(
                Claim(
                    claim_id=ids(f"claim_{sid}"),
                    speaker=sid,
                    summary=_summary(doc, si, *rest),
                    topics=topics[si],
                    about=list(dict.fromkeys(about)),
                    measures=[
                        m.measure_id
                        for m in measures
                        if any(sent.start <= ev.start < sent.end for ev in m.evidence)
                    ],
                    constraints=[
                        k for k, rx in lex.constraints.items() if rx.search(text)
                    ],
                    evidence=[doc.sentence_evidence(si)],
                    reviewed=False,
                )
            )
            break  # one claim per sentence: the first attributed statement
    return out


# --- events -------------------------------------------------------------------------


def _status(doc: _Doc, t: Timex) -> str:
    pub = doc.published
    if t.resolved and pub is not None:
        if t.date_from > pub:
            return "planned"
        if t.date_to < pub:
            return "occurred"
    return "planned" if t.tense == "future" else "occurred"


def _event_type(doc: _Doc, si: int, start: int, end: int, only_after: bool):
    """The kind of event the words nearest the date name: (key, label) or None."""
    sent = doc.sentences[si]
    cues = [
        (m.start(), m.end(), m.lastgroup)
        for m in _lex().event_types.finditer(doc.folded, sent.start, sent.end)
        if not only_after or m.start() >= end
    ]
    # "announced ... will arrive": the announcement reports the event, so any
    # other kind of event named near the date is the better label.
    others = [c for c in cues if c[2] != "announcement"]
    best, dist = _nearest(others, start, end)
    if best is None or dist > 60:
        best, _ = _nearest(cues, start, end)
    if best is None:
        return None
    return best[2], _lex().event_labels[best[2]]


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
    r"(?:\s+(?:de|del|la|el|los|las|en|a|al|por|para|con|y|o|que|un|una|the|a|"
    r"an|of|at|to|for|with|by|and|or|from|as|its|his|her|their|sus?))+$"
)
_CUT_BEFORE = re.compile(
    r"\s(?=(?:y|and|de|del|en|por|para|con|tras|ante|sobre|desde|hasta|segun|in|on|at|"
    r"for|with|from|to|by|after|over|against|of)\s)"
)
# A timex's own lead-in words: "el", "on", "desde el", "this".
_TIMEX_LEAD = re.compile(
    r"(?:\b(?:desde|hasta|para|durante|since|until|during|from|on|in|at|by|for|"
    r"en|de|a|previst[oa]s?\s+para|scheduled\s+for|en\s+lo\s+que\s+va\s+del?|"
    r"so\s+far\s+in)\s+)?(?:\b(?:el|la|los|las|the|this|este|esta|del|al)\s+)?$"
)
_LABEL_MAX = 60
_DATELINE = re.compile(r"(?:^|\n)[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-\u2013\u2014]")


def _in_dateline(doc: _Doc, t: Timex) -> bool:
    """ "LIMA, Jan 7 (Reuters) -": the dateline dates the story, not an event."""
    before = doc.text[max(0, t.start - 45) : t.start]
    return bool(_DATELINE.search(before) and _DATELINE_AFTER.match(doc.text, t.end))


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon()["given_names"])


def _short_name(e: Entry) -> str:
    """ "Kast" for José Antonio Kast, "van Klaveren" for Alberto van Klaveren."""
    if e.kind != "person":
        return e.name
    words = e.name.split()
    given = _given_names()
    k = 0
    while k < len(words) - 1 and fold(words[k]) in given:
        k += 1
    return " ".join(words[k:])


def _noun_cue(doc: _Doc, lo: int, hi: int, t: Timex) -> tuple[int, int] | None:
    """The event noun nearest the date within [lo, hi): "estado de emergencia"."""
    best, best_d = None, None
    for m in _event_nouns().finditer(doc.folded, lo, hi):
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
    return re.compile(_word_rx(load_lexicon()["event_nouns"]))


def _clauses(doc: _Doc, si: int) -> list[tuple[int, int]]:
    s = doc.sentences[si]
    out, pos = [], s.start
    for m in _CLAUSE_CUT.finditer(doc.folded, s.start, s.end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < s.end:
        out.append((pos, s.end))
    return out


def _render(doc: _Doc, lo: int, hi: int, timexes: list[Timex]) -> str:
    """text[lo:hi] as a label: dates dropped, people by surname, titles dropped."""
    cuts: list[tuple[int, int, str]] = []
    for t in timexes:
        if t.start < hi and t.end > lo:
            lead = _TIMEX_LEAD.search(doc.folded, lo, t.start)
            cuts.append((lead.start() if lead else t.start, t.end, ""))
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
            cuts.append((f.start, fs[j].end, _short_name(e)))
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


def _tidy(label: str) -> str:
    label = _EDGE.sub("", label).strip()
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
        best = (ands or stops)[-1].start() if stops else None
        label = cut[:best] if best else cut.rsplit(" ", 1)[0]
    for _ in range(3):
        label = _TAIL.sub("", label).strip(" ,;:-")
    return label[:1].upper() + label[1:]


def _meaningful(label: str, doc: _Doc) -> bool:
    """A label must say more than a date: two words that are not dates or stopwords."""
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", fold(label))
        if w not in _name_stopwords() and w not in _DATE_WORDS
    ]
    return len(words) >= 1 and len(label) >= 6


_DATE_WORDS = frozenset(
    "hoy ayer manana semana mes ano dia dias days day week month year today "
    "tomorrow yesterday hace ago last next proximo pasado principios fines "
    "mediados early late mid inicios finales".split()
)


def _event_label(doc: _Doc, t: Timex, span: tuple[int, int], timexes, place) -> str:
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
    noun = _noun_cue(doc, s.start, s.end, t)
    # The noun labels the event if it shares the date's clause, or if that
    # clause says nothing by itself ("previsto para el 11 de marzo").
    near = noun and (
        min(abs(noun[0] - t.end), abs(t.start - noun[1])) <= 40
        and (noun[0] < own[1] and own[0] < noun[1] or (lo, hi) != own)
        or not _meaningful(label, doc)
    )
    if near:
        np_label = _render(doc, *noun, timexes)
        if place and fold(place[1]) not in fold(np_label) and place[0] >= noun[0] - 5:
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


def _events(doc: _Doc, timexes: list[Timex], topics, claims: list[Claim]):
    ids = _Ids()
    events: list[Event] = []
    issues: list[dict] = []
    merged: dict[int, tuple[Timex, str, int, int]] = {}
    skip: set[int] = set()
    for i, j in appositions(doc.folded, timexes):
        a, b = timexes[i], timexes[j]
        if not (a.resolved and b.resolved) or i in skip:
            continue
        narrow, wide = sorted((a, b), key=lambda t: (t.date_to - t.date_from).days)
        overlap = a.date_from <= b.date_to and b.date_from <= a.date_to
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

    for k, t in enumerate(timexes):
        if k in skip or _in_dateline(doc, t):
            continue
        note, span_start, span_end = (
            merged[k][1:] if k in merged else (None, t.start, t.end)
        )
        clause = t.kind == "anchored" and "clause" in t.note
        kind = _event_type(doc, t.sentence, span_start, span_end, only_after=clause)
        key, label = kind if kind else ("dated", "Dated event")
        status = _status(doc, t)
        in_sentence = doc.in_sentence(t.sentence)
        actors = [
            f.entry_id
            for f in in_sentence
            if doc.entries[f.entry_id].kind in AGENT_KINDS
            and (not clause or f.start >= t.end)
        ]
        places = sorted(
            (f for f in in_sentence if doc.entries[f.entry_id].table == "places"),
            key=lambda f: PLACE_RANK[doc.entries[f.entry_id].kind],
        )
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
        events.append(
            Event(
                event_id=ids(f"{key}_{date_part}"),
                kind="other",
                label=_event_label(
                    doc, t, (span_start, span_end), timexes, place and place_at
                ),
                date_from=t.date_from,
                date_to=t.date_to,
                precision=t.precision,
                status=status,
                topics=topics[t.sentence],
                actors=list(dict.fromkeys(actors)),
                place=place,
                announced_by=announced_by,
                note=" ".join(
                    x for x in (f"Read from '{t.text}': {t.note}.", note) if x
                ),
                evidence=[doc.sentence_evidence(t.sentence)],
                reviewed=False,
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
    return events, issues


# --- figures ------------------------------------------------------------------------


def _country_mentions(doc: _Doc, si: int) -> list[tuple[int, int, str]]:
    s = doc.sentences[si]
    out = []
    names = demonym_countries()
    for t in doc.tokens:
        if s.start <= t.start < s.end and t.folded in names:
            out.append((t.start, t.end, names[t.folded]))
    for f in doc.in_sentence(si):
        e = doc.entries[f.entry_id]
        if e.kind == "country" and e.country:
            out.append((f.start, f.end, e.country))
    return out


def _ref_period(t: Timex) -> str:
    if t.precision == "year":
        return str(t.date_from.year)
    if t.precision == "month":
        return t.date_from.strftime("%Y-%m")
    if t.precision == "day":
        return t.date_from.isoformat()
    return f"{t.date_from.isoformat()}/{t.date_to.isoformat()}"


# Durations and distances describe no country; a figure's period is a span of
# time, never a single day.
_PLACELESS = {"days", "hours", "weeks", "months", "years", "km", "m"}
_PERIODS = {"year", "semester", "quarter", "bimester", "month"}


def _figures(doc: _Doc, timexes: list[Timex], topics):
    lex = _lex()
    ids = _Ids()
    figures, issues = [], []
    parsed: list[ParsedFigure] = find_figures(
        doc.text, doc.folded, [(t.start, t.end) for t in timexes]
    )
    country_names = {
        e.country: e.name for e in doc.entries.values() if e.kind == "country"
    }
    for p in parsed:
        si = doc.sentence_at(p.start)
        # The number's own words ("2.000 venezolanos") say who, not where.
        mentions = [
            c
            for c in _country_mentions(doc, si)
            if not any(q.start <= c[0] < q.end for q in parsed)
        ]
        near, _ = _nearest(mentions, p.start, p.end)
        country = near[2] if near and p.metric not in _PLACELESS else None
        dated = [
            (t.start, t.end, t)
            for t in timexes
            if t.sentence == si
            and t.resolved
            and (t.explicit_year or t.precision == "year")
            and t.precision in _PERIODS
        ]
        period_t, _ = _nearest(dated, p.start, p.end)
        ref_period = _ref_period(period_t[2]) if period_t else None
        base = (
            lex.metric_labels.get(p.metric) or p.metric.replace("_", " ").capitalize()
        )
        label = f"{base} in {country_names.get(country, country)}" if country else base
        if p.qualifier in ("range_low", "range_high"):
            label += f" ({'lower' if p.qualifier == 'range_low' else 'upper'} bound of a range)"
        fid = ids(f"{p.metric}_{country.lower()}" if country else p.metric)
        figures.append(
            Figure(
                figure_id=fid,
                label=label,
                metric=p.metric,
                value=p.value,
                unit=p.unit,
                country=country,
                ref_period=ref_period,
                evidence=[doc.evidence(p.start, p.end)],
                reviewed=False,
            )
        )
        if ref_period is None and p.metric.endswith("_rate"):
            issues.append(
                {
                    "base": f"{fid}_undated",
                    "kind": "imprecise_date",
                    "description": f"The {label[0].lower()}{label[1:]} of {p.text} is given with no year.",
                    "evidence": [doc.evidence(p.start, p.end)],
                    "topics": topics[si],
                }
            )
    return figures, issues


# --- translation issues ---------------------------------------------------------------


_YEAR_GLUED = re.compile(r"(?<![\d\w])(?:19|20)\d\d[a-z]+\b")
_WORD_AT = re.compile(r"[^\W\d_]+")


def _translation_issues(doc: _Doc, timexes: list[Timex]) -> list[dict]:
    out = []
    glued: dict[int, tuple[int, int]] = {}
    toks = doc.tokens
    for a, b in zip(toks, toks[1:], strict=False):
        if a.end == b.start and a.text.isalpha() and b.text.isalpha():
            if len(a.text) > 2 and not a.text.startswith(("Mc", "Mac")):
                glued[a.start] = _whole_word(doc.text, a.start)
    for f in doc.found:
        if f.glued:
            s, e = _whole_word(doc.text, f.end - 1)
            glued[s] = (s, e)
    for t in timexes:
        if (
            t.end < len(doc.text)
            and doc.text[t.end].isalpha()
            and doc.text[t.end - 1].isalnum()
        ):
            s, e = _whole_word(doc.text, t.end - 1)
            glued[s] = (s, e)
    for m in _YEAR_GLUED.finditer(doc.text):
        glued[m.start()] = (m.start(), m.end())
    spans = sorted(set(glued.values()))
    if spans:
        words = [doc.text[s:e] for s, e in spans]
        sample = ", ".join(f'"{w}"' for w in words[:6])
        out.append(
            {
                "base": "glued_words",
                "kind": "translation",
                "description": (
                    f"Words are glued together, as machine translation does: {sample}"
                    f"{' and others' if len(words) > 6 else ''}; quotes keep the article's spelling."
                ),
                "evidence": [doc.evidence(s, e) for s, e in spans[:12]],
                "topics": [],
            }
        )
    by_alias: dict[str, list[_Found]] = {}
    for f in doc.found:
        if f.mistranslation:
            by_alias.setdefault(fold(doc.text[f.start : f.end]), []).append(f)
    for alias, fs in by_alias.items():
        e = doc.entries[fs[0].entry_id]
        out.append(
            {
                "base": f"mistranslated_{alias}",
                "kind": "mistranslated_name",
                "description": f"{fs[0].mistranslation} Read here as {e.name}.",
                "evidence": [doc.evidence(f.start, f.end) for f in fs[:MAX_EVIDENCE]],
                "topics": [],
            }
        )
    return out


def _whole_word(text: str, pos: int) -> tuple[int, int]:
    s = pos
    while s > 0 and text[s - 1].isalnum():
        s -= 1
    e = pos
    while e < len(text) and text[e].isalnum():
        e += 1
    return s, e


# --- the dataset ----------------------------------------------------------------------


def extract_dataset(article: Article) -> Dataset:
    """A draft dataset for any article, English or Spanish: every record unreviewed.

    Actors and places come from the shipped gazetteer and from name rules; dates
    are resolved against `article.published` (left open without it, with an
    issue saying so); figures, topics, measures and claims from the lexicon.
    """
    doc = _Doc(article)
    _find_entities(doc)
    topics = _sentence_topics(doc)
    sentences = [
        s.model_copy(update={"topics": topics[i], "reviewed": False})
        for i, s in enumerate(doc.sentences)
    ]
    timexes = find_timexes(
        doc.text,
        doc.published,
        article.language,
        [(s.start, s.end, s.paragraph) for s in doc.sentences],
        doc.folded,
    )
    measures = _measures(doc, topics)
    claims = _claims(doc, topics, measures)
    events, event_issues = _events(doc, timexes, topics, claims)
    figures, figure_issues = _figures(doc, timexes, topics)
    raw_issues = _translation_issues(doc, timexes) + event_issues + figure_issues
    ids = _Ids()
    issues = [
        Issue(
            issue_id=ids(i["base"]),
            kind=i["kind"],
            description=i["description"],
            topics=i["topics"],
            evidence=i["evidence"],
            reviewed=False,
        )
        for i in raw_issues
    ]
    actors, places = _entity_records(doc)
    return Dataset(
        article=article,
        sentences=sentences,
        actors=actors,
        places=places,
        events=events,
        measures=measures,
        claims=claims,
        figures=figures,
        issues=issues,
    )


# --- draft annotations ------------------------------------------------------------------

_RECORD_TABLES = tuple(name for name in TABLES if name != "sentences")


class _DraftDumper(yaml.SafeDumper):
    """Records as block mappings, lists of ids and aliases on one line."""


_DraftDumper.add_representer(
    list,
    lambda dumper, data: dumper.represent_sequence(
        "tag:yaml.org,2002:seq", data, flow_style=True
    ),
)


def _quote(s: str) -> str:
    # JSON strings are YAML double-quoted scalars; escape the line separators
    # YAML would otherwise read as breaks.
    q = json.dumps(s, ensure_ascii=False)
    return (
        q.replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("\x85", "\\x85")
    )


def draft_annotations_yaml(dataset: Dataset) -> str:
    """The dataset in the curated annotations format, for an analyst to review."""
    a = dataset.article
    lines = [
        f"# DRAFT annotations for {a.path}, extracted automatically by analysis.extract.",
        "# Nothing here has been reviewed yet. Check every record against the article, fix or",
        "# delete it, and remove this header when done. Evidence gives the offset",
        "# (`start`) of each quote so that repeated words are unambiguous.",
        f"# Dates resolved against published: {a.published or 'none (relative dates left open)'}.",
        "",
        "reviewed: false  # set to true once an analyst has checked every record",
        "",
        "sentence_topics:",
    ]
    for s in dataset.sentences:
        lines.append(f"  {s.sentence_id}: [{', '.join(s.topics)}]")
    for table in _RECORD_TABLES:
        records = getattr(dataset, table)
        lines.append("")
        if not records:
            lines.append(f"{table}: []")
            continue
        lines.append(f"{table}:")
        for r in records:
            fields = type(r).model_fields
            data = {}
            for k, v in r.model_dump(
                mode="json", exclude={"reviewed", "evidence"}
            ).items():
                if not fields[k].is_required() and v in (None, []):
                    continue
                data[k] = v
            body = (
                yaml.dump(
                    data,
                    Dumper=_DraftDumper,
                    allow_unicode=True,
                    sort_keys=False,
                    default_flow_style=False,
                    width=4096,
                )
                .rstrip("\n")
                .split("\n")
            )
            lines.append(f"  - {body[0]}")
            lines += [f"    {line}" for line in body[1:]]
            lines.append("    evidence:")
            for ev in r.evidence:
                lines.append(
                    f"      - {{quote: {_quote(ev.quote)}, start: {ev.start}}}"
                )
    return "\n".join(lines) + "\n"


# --- command line ---------------------------------------------------------------------


def _article_for(args) -> Article:
    from .article import load_article

    article = load_article(args.path)
    update = {}
    published = getattr(args, "published", None)
    if published:
        try:
            update["published"] = dt.date.fromisoformat(published)
        except ValueError:
            raise ParameterError(
                f"--published {published}: not a date; write it as YYYY-MM-DD"
            ) from None
    if getattr(args, "lang", None):
        update["language"] = args.lang
    return article.model_copy(update=update) if update else article


def _cmd_extract(args) -> int:
    from .export import to_json

    sys.stdout.write(to_json(extract_dataset(_article_for(args))))
    return 0


def _cmd_annotate(args) -> int:
    from .annotations import annotations_path
    from .article import resolve_article_path
    from .paths import display
    from .storage import atomic_write_text

    path = annotations_path(resolve_article_path(args.path))
    if path.exists() and not args.force:
        raise AnalysisError(
            f"{display(path)}: annotations already exist; pass --force to overwrite them"
        )
    atomic_write_text(path, draft_annotations_yaml(extract_dataset(_article_for(args))))
    print(display(path))
    return 0


def add_commands(subparsers) -> None:
    """Register `extract` and `annotate` on the CLI's subparsers."""
    e = subparsers.add_parser(
        "extract", help="draft an article's tables automatically, as JSON on stdout"
    )
    e.add_argument("path", help="article id in seeds/ or path to an article file")
    e.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date (overrides front matter)",
    )
    e.add_argument(
        "--lang",
        choices=["en", "es"],
        help="language of the text (overrides front matter)",
    )
    e.set_defaults(func=_cmd_extract)

    a = subparsers.add_parser(
        "annotate",
        help="write draft annotations (<stem>.annotations.yaml) beside an article",
    )
    a.add_argument("path", help="article id in seeds/ or path to an article file")
    a.add_argument(
        "--force", action="store_true", help="overwrite existing annotations"
    )
    a.set_defaults(func=_cmd_annotate)
