"""Data-quality issues: translation faults the text itself shows."""

from __future__ import annotations

import re

from ..gazetteer import (
    fold,
)
from ..timex import Timex
from .text import MAX_EVIDENCE, Doc, Found

# --- translation issues ---------------------------------------------------------------


# "2025in": a year glued to a word. The century's digits come first, so that `re`
# looks for them alone; the look-behind then checks the character before them.
_YEAR_GLUED = re.compile(r"(?:19|20)(?<![\d\w](?:19|20))\d\d[a-z]+\b")
_WORD_AT = re.compile(r"[^\W\d_]+")


def translation_issues(doc: Doc, timexes: list[Timex]) -> list[dict]:
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
    by_alias: dict[str, list[Found]] = {}
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
