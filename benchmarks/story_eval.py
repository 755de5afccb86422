"""Score and time the story across articles.

1. Precision and recall of the links the story finds between records of the seed
   and the development articles, against tests/fixtures/story_links.yaml.
2. Time to load and build the story for the shipped corpus (seeds/), the
   development corpus, and synthetic corpora of 50 and 200 articles: copies of
   the development corpus under new article ids. Two kinds of copy:
   - "same dates": every copy reports the same events, the worst case for
     blocking (each story event gathers one mention per copy);
   - "shifted": copy k moves every date by 30·k days, a story running for
     months, where most records have no partner in other copies.
   For each, the number of candidate pairs compared shows how matching grows;
   all pairs would grow with the square of the number of records.

Usage: .venv/bin/python benchmarks/story_eval.py [SIZES...]   (default: 50 200)
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from analysis.annotations import annotations_path
from analysis.corpus import Corpus, load_corpus
from analysis.paths import SEEDS
from analysis.story import build_story, load_gold, score_links

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "story_links.yaml"


def dev_paths() -> list[Path]:
    """The seed and the development articles: every curated article shipped in seeds/."""
    shipped = ROOT / "seeds"
    return sorted(p for p in shipped.glob("*.md") if annotations_path(p).exists())


def _shift(day, days):
    return day + dt.timedelta(days=days) if day else day


def copy_dataset(dataset, k: int, days: int):
    """The dataset under article id `<id>-c<k>`, every date moved by `days`."""
    article = dataset.article.model_copy(
        update={
            "article_id": f"{dataset.article.article_id}-c{k}",
            "published": _shift(dataset.article.published, days),
        }
    )
    events = [
        e.model_copy(
            update={
                "date_from": _shift(e.date_from, days),
                "date_to": _shift(e.date_to, days),
            }
        )
        for e in dataset.events
    ]
    measures = [
        m.model_copy(
            update={
                "start_date": _shift(m.start_date, days),
                "end_date": _shift(m.end_date, days),
            }
        )
        for m in dataset.measures
    ]
    return dataset.model_copy(
        update={"article": article, "events": events, "measures": measures}
    )


def synthetic(base: Corpus, size: int, shifted: bool) -> Corpus:
    datasets = {}
    base_sets = list(base.datasets.values())
    k = 0
    while len(datasets) < size:
        for d in base_sets:
            if len(datasets) == size:
                break
            copy = copy_dataset(d, k, 30 * k if shifted else 0)
            datasets[copy.article.article_id] = copy
        k += 1
    return Corpus(datasets)


def timed_build(corpus: Corpus, repeat: int = 3):
    best = float("inf")
    story = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        story = build_story(corpus)
        best = min(best, time.perf_counter() - t0)
    return story, best


def records(corpus: Corpus) -> tuple[int, int]:
    return (
        sum(len(d.events) for d in corpus.datasets.values()),
        sum(len(d.measures) for d in corpus.datasets.values()),
    )


def main(sizes: list[int]) -> None:
    # --- links against the gold fixture ---
    t0 = time.perf_counter()
    dev = load_corpus(paths=dev_paths())
    dev_load = time.perf_counter() - t0
    story, dev_build = timed_build(dev)
    gold = load_gold(GOLD)
    print(f"Gold links: {GOLD.relative_to(ROOT)} ({len(gold.articles)} articles)")
    total_found = total_gold = total_correct = 0
    for table in ("events", "measures"):
        s = score_links(story, gold, table)
        total_found += s.found
        total_gold += s.gold
        total_correct += s.correct
        print(
            f"  {table:<9} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"(links found {s.found}, gold {s.gold}, correct {s.correct})"
        )
        for link in s.false_links:
            print(f"    extra : {' = '.join(sorted(link))}")
        for link in s.missed_links:
            print(f"    missed: {' = '.join(sorted(link))}")
    print(
        f"  {'all':<9} precision {total_correct / total_found:.3f}  "
        f"recall {total_correct / total_gold:.3f}"
    )
    print(
        f"  story: {len(story.events)} events, {len(story.measures)} measures, "
        f"{len(story.actors)} actors, {len(story.conflicts)} conflicts"
    )

    # --- build time ---
    print("\nStory build time (best of 3; loading the articles timed apart)")
    header = (
        f"  {'corpus':<28}{'articles':>9}{'events':>8}{'measures':>9}"
        f"{'pairs compared':>16}{'all pairs':>11}{'load s':>8}{'build s':>9}"
    )
    print(header)

    def row(name, corpus, load_s):
        st, build_s = timed_build(corpus)
        ev, me = records(corpus)
        compared = st.comparisons["events"] + st.comparisons["measures"]
        all_pairs = ev * (ev - 1) // 2 + me * (me - 1) // 2
        load = f"{load_s:8.2f}" if load_s is not None else f"{'-':>8}"
        print(
            f"  {name:<28}{len(corpus.datasets):>9}{ev:>8}{me:>9}"
            f"{compared:>16}{all_pairs:>11}{load}{build_s:>9.3f}"
        )
        return build_s

    t0 = time.perf_counter()
    shipped = load_corpus()
    row(f"shipped ({SEEDS.name}/)", shipped, time.perf_counter() - t0)
    row("seed + development", dev, dev_load)
    per_article = dev_load / len(dev.datasets)
    base_time = None
    for shifted in (False, True):
        for size in sizes:
            corpus = synthetic(dev, size, shifted)
            label = f"synthetic {'shifted' if shifted else 'same dates'}"
            build_s = row(f"{label}", corpus, None)
            if base_time is None:
                base_time = (size, build_s)
    print(
        f"\n  Loading costs about {per_article * 1000:.0f} ms per curated article "
        "(YAML parsing and quote checks), the same as for one article's briefs."
    )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [50, 200])
