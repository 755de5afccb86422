"""Time the extractor on a corpus of article variants built in memory, on one core."""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.article import load_article, paragraphs_of  # noqa: E402
from analysis.extract import extract_dataset  # noqa: E402
from analysis.paths import DEFAULT_ARTICLE, ROOT  # noqa: E402
from analysis.schema import Article  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "es-article.md"
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")


def _vary_number(m: re.Match, rng: random.Random) -> str:
    s = m.group()
    # Years and day numbers stay, so the dates in the text stay dates.
    if re.fullmatch(r"(?:19|20)\d\d|[0-3]?\d", s):
        return s
    return "".join(str(rng.randint(1, 9)) if c.isdigit() else c for c in s)


def variant(base: Article, i: int) -> Article:
    """The article with paragraphs shuffled, numbers changed and another date."""
    rng = random.Random(i)
    paras = [base.text[p.start : p.end] for p in base.paragraphs]
    rng.shuffle(paras)
    text = "\n".join(paras)
    text = _NUMBER.sub(lambda m: _vary_number(m, rng), text)
    published = (base.published or dt.date(2025, 12, 21)) + dt.timedelta(
        days=rng.randint(-60, 60)
    )
    if i % 10 == 0:
        published = None  # some articles come without a date
    return base.model_copy(
        update={
            "article_id": f"{base.article_id}-{i}",
            "text": text,
            "paragraphs": paragraphs_of(text),
            "published": published,
        }
    )


def corpus(n: int) -> list[Article]:
    bases = [load_article(DEFAULT_ARTICLE), load_article(FIXTURE)]
    return [variant(bases[i % len(bases)], i) for i in range(n)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-n", type=int, default=1000, help="articles in the corpus")
    p.add_argument(
        "--repeat", type=int, default=3, help="timed passes; the median is shown"
    )
    p.add_argument(
        "--profile", action="store_true", help="print the top functions by time"
    )
    args = p.parse_args(argv)

    articles = corpus(args.n)
    chars = sum(len(a.text) for a in articles)
    extract_dataset(articles[0])  # load the gazetteer and compile the patterns once

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for a in articles:
            extract_dataset(a)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(
            os.environ.get("PROFILE_SORT", "cumulative")
        ).print_stats(25)
        print(out.getvalue())
        return 0

    times = []
    records = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        records = 0
        for a in articles:
            d = extract_dataset(a)
            records += len(d.actors) + len(d.events) + len(d.figures) + len(d.measures)
        times.append(time.perf_counter() - t0)
    best = statistics.median(times)
    print(
        f"{args.n} articles ({chars / args.n:,.0f} characters each on average), "
        f"one process, {args.repeat} passes"
    )
    print(
        f"median {best:.2f} s per pass: {args.n / best:,.0f} articles/s "
        f"({1000 * best / args.n:.1f} ms per article; {records / args.n:.1f} "
        "actors+events+figures+measures per article)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
