"""Score the automatic extractor against the curated annotations of a seed article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.annotations import load_dataset  # noqa: E402
from analysis.article import load_article  # noqa: E402
from analysis.extract import extract_dataset  # noqa: E402
from analysis.gazetteer import fold  # noqa: E402
from analysis.paths import DEFAULT_ARTICLE  # noqa: E402
from analysis.schema import Dataset  # noqa: E402


def match_one_to_one(
    gold: Sequence, found: Sequence, score: Callable[[object, object], float]
) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), best-scoring first, each record used once;
    a pair needs a score above zero."""
    pairs = sorted(
        (
            (score(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    out = []
    for s, gi, fi in pairs:
        if s <= 0 or gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        out.append((gi, fi))
    return out


def _names(record, id_field: str) -> set[str]:
    names = {fold(getattr(record, id_field)).replace("_", " "), fold(record.name)}
    names |= {fold(a) for a in getattr(record, "aliases", [])}
    return names


def _by_names(id_field: str):
    def score(g, f) -> float:
        return 1.0 if _names(g, id_field) & _names(f, id_field) else 0.0

    return score


def _dates(g, f) -> float:
    """Overlap of two events' date ranges, as a share of their union (Jaccard)."""
    if None in (g.date_from, g.date_to, f.date_from, f.date_to):
        return 0.0
    lo, hi = max(g.date_from, f.date_from), min(g.date_to, f.date_to)
    if lo > hi:
        return 0.0
    union = max(g.date_to, f.date_to) - min(g.date_from, f.date_from)
    # Evidence in the same place breaks ties between events sharing dates.
    return ((hi - lo).days + 1) / (union.days + 1) + 0.5 * _evidence(g, f)


def _evidence(g, f) -> float:
    """Characters the two records' evidence spans share."""
    best = 0
    for a in g.evidence:
        for b in f.evidence:
            best = max(best, min(a.end, b.end) - max(a.start, b.start))
    return float(best) if best > 0 else 0.0


def _value(g, f) -> float:
    return 1.0 if abs(g.value - f.value) < 1e-9 else 0.0


def score_tables(gold: Dataset, found: Dataset) -> list[dict]:
    """Precision and recall per record type."""
    rows = []
    specs = [
        ("actors", _by_names("actor_id")),
        ("places", _by_names("place_id")),
        ("events", _dates),
        ("figures", _value),
        ("measures", _evidence),
        ("claims", _evidence),
    ]
    for table, score in specs:
        g, f = getattr(gold, table), getattr(found, table)
        matched = len(match_one_to_one(g, f, score))
        rows.append(_row(table, len(g), len(f), matched))
    gold_tags = {(s.sentence_id, t) for s in gold.sentences for t in s.topics}
    found_tags = {(s.sentence_id, t) for s in found.sentences for t in s.topics}
    rows.append(
        _row(
            "sentence topics",
            len(gold_tags),
            len(found_tags),
            len(gold_tags & found_tags),
        )
    )
    return rows


def _row(name: str, n_gold: int, n_found: int, matched: int) -> dict:
    return {
        "type": name,
        "curated": n_gold,
        "extracted": n_found,
        "matched": matched,
        "precision": matched / n_found if n_found else float("nan"),
        "recall": matched / n_gold if n_gold else float("nan"),
    }


def render(rows: list[dict]) -> str:
    head = f"{'type':<16} {'curated':>7} {'extracted':>9} {'matched':>7} {'precision':>9} {'recall':>6}"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['type']:<16} {r['curated']:>7} {r['extracted']:>9} {r['matched']:>7} "
            f"{r['precision']:>9.2f} {r['recall']:>6.2f}"
        )
    return "\n".join(lines)


def _misses(gold: Dataset, found: Dataset) -> str:
    """What the extractor missed and what it added, for reading the numbers."""
    out = []
    for table, score, key in [
        ("actors", _by_names("actor_id"), "actor_id"),
        ("places", _by_names("place_id"), "place_id"),
        ("events", _dates, "event_id"),
        ("measures", _evidence, "measure_id"),
        ("claims", _evidence, "claim_id"),
    ]:
        g, f = getattr(gold, table), getattr(found, table)
        pairs = match_one_to_one(g, f, score)
        mg = {gi for gi, _ in pairs}
        mf = {fi for _, fi in pairs}
        missed = [getattr(r, key) for i, r in enumerate(g) if i not in mg]
        extra = [getattr(r, key) for i, r in enumerate(f) if i not in mf]
        out.append(f"{table}: missed {missed or '-'}; extra {extra or '-'}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("article", nargs="?", default=DEFAULT_ARTICLE)
    p.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and extras"
    )
    args = p.parse_args(argv)
    gold = load_dataset(args.article)
    found = extract_dataset(load_article(args.article))
    print(f"extractor vs curated annotations: {gold.article.path}")
    print(render(score_tables(gold, found)))
    if args.verbose:
        print()
        print(_misses(gold, found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
