"""Numbers with units in Spanish and English number formats."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .gazetteer import fold, load_lexicon
from .wordscan import WordIndex

MULTIPLIERS = {
    "mil millones": 1e9, "billion": 1e9, "billones": 1e12, "millones": 1e6,
    "millon": 1e6, "million": 1e6, "millions": 1e6, "mil": 1e3, "thousand": 1e3,
}  # fmt: skip


def parse_number(s: str) -> float:
    """A number written in Spanish or English: "58,30" and "4.6" are decimals,
    "340.000" and "2,200" thousands.

    A separator followed by exactly three digits groups thousands in both
    languages (news rarely gives three decimals); when both separators appear,
    the last one is the decimal mark.
    """
    s = s.strip()
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        return float(s.replace(thou, "").replace(dec, "."))
    for sep in (",", "."):
        if sep in s:
            parts = s.split(sep)
            grouped = all(len(p) == 3 for p in parts[1:]) and parts[0] not in ("", "0")
            if len(parts) > 2 or (grouped and len(parts[0]) <= 3):
                return float(s.replace(sep, ""))
            return float(s.replace(sep, "."))
    return float(s)


@dataclass(frozen=True, slots=True)
class ParsedFigure:
    """A number found in text, with its unit and the words around it."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    metric: str
    qualifier: str | None = None


def _stem_rx(words: Sequence[str]) -> str:
    out = []
    for w in sorted(words, key=len, reverse=True):
        out.append(w[:-1] + r"\w*" if w.endswith("*") else w)
    return "|".join(out)


@functools.cache
def _compiled():
    lex = load_lexicon()
    quals = "|".join(
        re.escape(q).replace(r"\ ", r"\s+")
        for q in sorted(lex["number_qualifiers"], key=len, reverse=True)
    )
    mult = "|".join(
        re.escape(m).replace(r"\ ", r"\s+")
        for m in sorted(MULTIPLIERS, key=len, reverse=True)
    )
    cur = "|".join(c["pattern"] for c in lex["currency_prefixes"])
    number = re.compile(
        rf"(?:\b(?P<qual>{quals})\s+)?(?:(?P<cur>{cur})\s?)?"
        r"(?<![\w.,/-])(?P<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
        rf"(?:\s*(?P<mult>{mult})\b)?"
    )
    units = [
        (
            re.compile(rf"(?:\s*(?:de\s+|of\s+)?|-)(?:{u['pattern']})(?![a-z])"),
            u["unit"],
            u["metric"],
        )
        for u in lex["units"]
    ]
    currencies = [
        (re.compile(c["pattern"]), c["unit"], c["metric"])
        for c in lex["currency_prefixes"]
    ]
    rules = [
        (r["metric"], set(r["from"]), re.compile(rf"\b(?:{'|'.join(r['cues'])})\b"))
        for r in lex["metric_rules"]
    ]
    blockers = re.compile(rf"\b(?:{'|'.join(lex['number_blockers'])})\.?\s*[#º°o]?\s*$")
    return number, units, currencies, rules, blockers


_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# "de 5.000 a 6.000 extranjeros", "between 5,000 and 6,000 people", "5-6%".
_RANGE = re.compile(rf"\s*(?:a|al|y|to|and|-)\s*(?P<num2>{_NUM})(?![\d])")
# Metrics a year may carry: "2026" before "%" or a currency is no date.
_YEAR_OK = ("percent", "usd", "pen", "clp")


def _unit_at(folded: str, end: int, units) -> tuple[str, str, int] | None:
    for rx, u, met in units:
        um = rx.match(folded, end)
        if um:
            return u, met, um.end()
    return None


def find_figures(
    text: str,
    folded: str | None = None,
    skip: Sequence[tuple[int, int]] = (),
    words: WordIndex | None = None,
) -> list[ParsedFigure]:
    """Every number with a unit, outside the `skip` spans (dates).

    A number with no unit after it is left out: identifiers, counts of
    unknown things and years are more often noise than figures. A range
    ("de 5.000 a 6.000 personas") gives two figures, its bounds, qualified
    "range_low" and "range_high". `words` is `WordIndex(folded)`, if the caller
    has it already.
    """
    folded = fold(text) if folded is None else folded
    words = WordIndex(folded) if words is None else words
    number, units, currencies, rules, blockers = _compiled()
    out: list[ParsedFigure] = []
    for m in words.finditer(number):
        ns, ne = m.span("num")
        if any(ns < e and s < ne for s, e in skip) or (out and ns < out[-1].end):
            continue  # a date, or the "100,000" of "per 100,000"
        raw = m.group("num")
        # Ordinals and times ("2nd", "10:30", "1º").
        if re.match(r"st\b|nd\b|rd\b|th\b|[º°ª:]", folded[ne : ne + 3]):
            continue
        if blockers.search(folded[max(0, ns - 14) : ns]):
            continue
        value = parse_number(raw)
        if m.group("mult"):
            value *= MULTIPLIERS[re.sub(r"\s+", " ", m.group("mult"))]
        end = m.end()
        unit = metric = None
        low = None
        if m.group("cur"):
            for rx, u, met in currencies:
                if rx.fullmatch(m.group("cur")):
                    unit, metric = u, met
                    break
        else:
            got = _unit_at(folded, end, units)
            rng = None if got or m.group("mult") else _RANGE.match(folded, end)
            if rng:
                got = _unit_at(folded, rng.end(), units)
                if got:
                    low, value = value, parse_number(rng.group("num2"))
            elif re.match(r"[-/–]\d", folded[ne : ne + 2]):
                continue  # a code or a date: "123-2025-PCM", "3/4"
            if got:
                unit, metric, end = got
        if unit is None:
            continue
        # A bare year ("2026") is a date, not a figure, unless it is money or a share.
        if re.fullmatch(r"(?:19|20)\d\d", raw) and metric not in _YEAR_OK:
            continue
        window = folded[max(0, ns - 80) : min(len(folded), end + 40)]
        for met, sources, cue in rules:
            if metric in sources and cue.search(window):
                metric = met
                break
        start = m.start("qual") if m.group("qual") else m.start()
        if low is not None:
            for v, q in ((low, "range_low"), (value, "range_high")):
                out.append(
                    ParsedFigure(start, end, text[start:end], v, unit, metric, q)
                )
            continue
        out.append(
            ParsedFigure(
                start, end, text[start:end], value, unit, metric, m.group("qual")
            )
        )
    return out
