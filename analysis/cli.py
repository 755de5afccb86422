"""Command line: python -m analysis COMMAND."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .exceptions import AnalysisError, AnnotationError, ParameterError
from .paths import DEFAULT_ARTICLE, REPORTS, ROOT, display
from .schema import TABLES, Article


def _cmd_validate(args) -> int:
    from .annotations import load_dataset

    dataset = load_dataset(args.article)
    counts = ", ".join(f"{len(getattr(dataset, n))} {n}" for n in TABLES)
    print(f"{dataset.article.path}: valid ({counts})")
    return 0


def _cmd_export(args) -> int:
    from .annotations import load_dataset
    from .export import to_json, write_csv
    from .storage import atomic_write_text, inside_reports

    out = inside_reports(args.out) if args.out else None
    dataset = load_dataset(args.article)
    if args.format == "json":
        if out:
            atomic_write_text(
                out / f"{dataset.article.article_id}.json", to_json(dataset)
            )
        else:
            sys.stdout.write(to_json(dataset))
        return 0
    out = out or REPORTS / dataset.article.article_id / "data"
    for path in write_csv(dataset, out):
        print(display(path))
    return 0


def _cmd_story(args) -> int:
    from .corpus import load_corpus
    from .storage import atomic_write_text, inside_reports
    from .story import build_story, to_json, write_csv

    out = inside_reports(args.out) if args.out else None
    story = build_story(load_corpus(args.articles))
    if args.format == "json":
        if out:
            atomic_write_text(out / "story.json", to_json(story))
        else:
            sys.stdout.write(to_json(story))
        return 0
    for path in write_csv(story, out or REPORTS / "story" / "data"):
        print(display(path))
    return 0


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
    from .extract import extract_dataset

    sys.stdout.write(to_json(extract_dataset(_article_for(args))))
    return 0


def _cmd_annotate(args) -> int:
    from .annotations import annotations_path, draft_annotations_yaml
    from .article import resolve_article_path
    from .extract import extract_dataset
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


def _cmd_build(args) -> int:
    from .build import main as build_main

    return build_main(args)


def _cmd_dictionary(args) -> int:
    from .dictionary import DICTIONARY_PATH, render_dictionary
    from .storage import atomic_write_text

    path = ROOT / DICTIONARY_PATH
    atomic_write_text(path, render_dictionary())
    print(display(path))
    return 0


def _workers(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid int value: {value!r}"
        ) from None
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"{number} workers: give 1 or more (default: one per core)"
        )
    return number


def _scheduler(value: str) -> str:
    from .cluster import scheduler_argument

    return scheduler_argument(value)


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the fix, and exit code 2."""

    def error(self, message: str):
        self.exit(2, f"error: {self.prog}: {message}; see '{self.prog} --help'\n")


def parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="python -m analysis",
        description="Structure news articles on Chile–Peru relations and build briefs.",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=OneLineParser)

    v = sub.add_parser(
        "validate", help="check an article's annotations against its text"
    )
    v.add_argument(
        "article",
        nargs="?",
        default=DEFAULT_ARTICLE,
        help="article id in seeds/ or path to an article file",
    )
    v.set_defaults(func=_cmd_validate)

    e = sub.add_parser("export", help="write an article's tables as JSON or CSV")
    e.add_argument(
        "article",
        nargs="?",
        default=DEFAULT_ARTICLE,
        help="article id in seeds/ or path to an article file",
    )
    e.add_argument("--format", choices=["json", "csv"], default="json")
    e.add_argument("--out", help="folder inside reports/ to write to")
    e.set_defaults(func=_cmd_export)

    s = sub.add_parser(
        "story", help="write the story across every article as JSON or CSV"
    )
    s.add_argument("--format", choices=["json", "csv"], default="json")
    s.add_argument("--out", help="folder inside reports/ to write to")
    s.add_argument(
        "--articles", help="folder of articles (default: seeds/ or ANALYSIS_SEEDS)"
    )
    s.set_defaults(func=_cmd_story)

    b = sub.add_parser("build", help="build briefs (HTML, PDF, executed notebooks)")
    b.add_argument(
        "--article",
        action="append",
        help="article id or path (repeatable); default: every article in seeds/",
    )
    b.add_argument(
        "--topic",
        action="append",
        help="overview, security, migration or border_cooperation (repeatable)",
    )
    b.add_argument("--lang", nargs="+", help="languages: en, es (default: en)")
    b.add_argument("--as-of", help="ISO date the briefs are written as of")
    b.add_argument("--force", action="store_true", help="rebuild even fresh briefs")
    b.add_argument(
        "--jobs",
        type=_workers,
        help="worker processes on this machine, or in the cluster --scheduler dask "
        "starts (default: one per core)",
    )
    b.add_argument(
        "--scheduler",
        type=_scheduler,
        help="run the briefs on Dask: 'dask' starts a cluster on this machine, "
        "tcp://HOST:PORT uses a running one whose workers share this folder",
    )
    b.set_defaults(func=_cmd_build)

    x = sub.add_parser(
        "extract", help="draft an article's tables automatically, as JSON on stdout"
    )
    x.add_argument("path", help="article id in seeds/ or path to an article file")
    x.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date (overrides front matter)",
    )
    x.add_argument(
        "--lang",
        choices=["en", "es"],
        help="language of the text (overrides front matter)",
    )
    x.set_defaults(func=_cmd_extract)

    a = sub.add_parser(
        "annotate",
        help="write draft annotations (<stem>.annotations.yaml) beside an article",
    )
    a.add_argument("path", help="article id in seeds/ or path to an article file")
    a.add_argument(
        "--force", action="store_true", help="overwrite existing annotations"
    )
    a.set_defaults(func=_cmd_annotate)

    d = sub.add_parser("dictionary", help="regenerate docs/data-dictionary.md")
    d.set_defaults(func=_cmd_dictionary)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        return args.func(args)
    except AnnotationError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return exc.exit_code
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
