"""How far two careful readers agree, scored the way the drafts are scored.

A set's curated annotations (tests/fixtures/<set>/) and a second reader's
annotations of the same articles (tests/fixtures/second-reader/<set>/, written
without seeing the first) are matched with `extract_eval`'s strict scorer. The
second reader's recall against the first is what a careful reader reaches against
another's gold: the ceiling of the drafts' figures under that scorer. The drafts
are scored against each reader beside it, on the same articles. In each table,
"curated" counts the reference reader's records and "extracted" the other side's.

    .venv/bin/python benchmarks/reader_agreement.py [--set fresh24] [--status-only]
    .venv/bin/python benchmarks/reader_agreement.py --pair FIRST SECOND \
        [--status-only] [--dated-only]

`--pair` compares two folders of the same articles instead (each article.md
beside its .annotations.yaml, matched by file name): reports kept outside the
repository, read by two readers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_eval import (  # noqa: E402
    TABLES,
    _dated,
    curated_articles,
    render,
    score_pair,
)

from analysis.annotations import load_dataset  # noqa: E402
from analysis.article import load_article  # noqa: E402
from analysis.extract import extract_dataset  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
SECOND = FIXTURES / "second-reader"


def read_twice(name: str) -> list[tuple[Path, Path]]:
    """(first reader's article, second reader's copy) for each article of a set
    that both have annotated."""
    return [
        (FIXTURES / name / p.name, p)
        for p in curated_articles(SECOND / name)
        if (FIXTURES / name / p.name).exists()
    ]


def paired(first: Path, second: Path) -> list[tuple[Path, Path]]:
    """(first reader's article, second reader's) for each article both folders
    have annotated."""
    firsts = {p.name for p in curated_articles(first)}
    return [(first / p.name, p) for p in curated_articles(second) if p.name in firsts]


def compare(
    pairs, status_only: bool = False, dated_only: bool = False
) -> dict[str, dict[str, list[int]]]:
    """Per comparison, per table: [reference records, compared records, matched]."""
    views = ("second vs first", "drafts vs first", "drafts vs second")
    totals = {v: {t: [0, 0, 0] for t in TABLES} for v in views}
    for first_path, second_path in pairs:
        first, second = load_dataset(first_path), load_dataset(second_path)
        drafts = extract_dataset(load_article(first_path))
        if dated_only:
            first, second, drafts = _dated(first), _dated(second), _dated(drafts)
        for view, (gold, found) in zip(
            views, ((first, second), (first, drafts), (second, drafts)), strict=True
        ):
            for table, counts in score_pair(gold, found, status_only).items():
                totals[view][table] = [
                    a + b for a, b in zip(totals[view][table], counts, strict=True)
                ]
    return totals


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", action="append", dest="sets")
    p.add_argument(
        "--status-only",
        action="store_true",
        help="match measures on status and kind or words, not on actors",
    )
    p.add_argument(
        "--dated-only",
        action="store_true",
        help="score only events with a date on both sides",
    )
    p.add_argument(
        "--pair",
        nargs=2,
        metavar=("FIRST", "SECOND"),
        help="two folders of the same articles, each annotated by one reader",
    )
    args = p.parse_args(argv)
    if args.pair:
        first, second = (Path(x) for x in args.pair)
        for folder in (first, second):
            if not folder.is_dir():
                print(f"error: {folder}: no such folder", file=sys.stderr)
                return 2
        runs = [(f"{first} / {second}", paired(first, second))]
    else:
        names = args.sets or sorted(d.name for d in SECOND.iterdir() if d.is_dir())
        runs = [(name, read_twice(name)) for name in names]
    for name, pairs in runs:
        if not pairs:
            print(f"{name}: no article read twice\n")
            continue
        for view, totals in compare(pairs, args.status_only, args.dated_only).items():
            title = f"{name}, {view}: {len(pairs)} articles"
            print(render(title, totals))
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
