"""Claims: reported speech with its speaker."""

from __future__ import annotations

import re

from ..gazetteer import (
    fold,
)
from ..schema import (
    Claim,
    Measure,
)
from .text import Doc, Found, Ids, agent_of, lex_, use

# --- claims -------------------------------------------------------------------------


def _speaker(doc: Doc, si: int, cue: re.Match, after: bool) -> Found | None:
    agents = [a for f in doc.in_sentence(si) if (a := agent_of(doc, f))]
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
    if lex_().expert_before.search(lead):
        for f in reversed([f for f in doc.found if f.end <= sent.start]):
            e = doc.entries[f.entry_id]
            role = doc.dynamic_roles.get(e.id) or e.role or ""
            if e.kind == "person" and lex_().expert_roles.search(fold(role)):
                return f
    # "... said Kast": a speaker right after the verb.
    later = [a for a in agents if a.start >= cue.end() and a.start - cue.end() < 40]
    return later[0] if later else None


def _summary(doc: Doc, si: int, start: int, end: int) -> str:
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


def extract_claims(doc: Doc, topics, measures: list[Measure]) -> list[Claim]:
    lex = lex_()
    ids = Ids()
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
            use(doc, speaker)
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
