"""Policy measures: what is done, by whom, and how far it has gone."""

from __future__ import annotations

import re

from ..schema import (
    Measure,
)
from .text import Doc, Found, Ids, agent_of, lex_, nearest, use

# --- measures -----------------------------------------------------------------------


def _measure_agents(doc: Doc, si: int, start: int, end: int) -> list[Found]:
    """Who takes a measure: the nearest actor before it in the sentence (both
    countries of "Peru and Chile agreed"), else the nearest after it."""
    agents = {}
    for f in doc.in_sentence(si):
        a = agent_of(doc, f)
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


def extract_measures(doc: Doc, topics: list[list[str]]) -> list[Measure]:
    lex = lex_()
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
    ids = Ids()
    for s, e, spec in chosen:
        si = doc.sentence_at(s)
        sent = doc.sentences[si]
        if si not in status_cache:
            status_cache[si] = [
                (m.start(), m.end(), m.lastgroup)
                for m in lex.status.finditer(doc.folded, sent.start, sent.end)
            ]
        cue, _ = nearest(status_cache[si], s, e)
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
            use(doc, a)
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
