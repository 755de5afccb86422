"""Build briefs: papermill runs, nbconvert renders, a content hash skips what is fresh."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .exceptions import BuildError, ParameterError
from .paths import (
    BRIEF_NOTEBOOK,
    DATA,
    PACKAGE,
    REPORTS,
    ROOT,
    SEEDS,
    STORY,
    STORY_NOTEBOOK,
    TEMPLATES,
    display,
)
from .registry import BRIEF_TOPICS as TOPICS
from .registry import LANGUAGES as LANGS
from .registry import TOPIC_LABELS
from .storage import atomic_write_bytes, atomic_write_text

EXECUTION_TIMEOUT_S = int(os.environ.get("ANALYSIS_CELL_TIMEOUT", "300"))
"""Longest a single cell may run before the kernel is stopped and the brief fails."""
CACHE_VERSION = "1"


@dataclass(frozen=True)
class Job:
    """One brief: an article, a topic, a language and the date it is written as of."""

    article_id: str
    article_path: str
    topic: str
    lang: str
    as_of: str | None

    notebook = BRIEF_NOTEBOOK

    @property
    def out_dir(self) -> Path:
        return REPORTS / self.article_id

    @property
    def stem(self) -> str:
        return f"{self.topic}.{self.lang}"

    @property
    def name(self) -> str:
        return f"{self.article_id}/{self.stem}"

    def outputs(self) -> dict[str, Path]:
        return {
            ext: self.out_dir / f"{self.stem}.{ext}" for ext in ("ipynb", "html", "pdf")
        }

    @property
    def cache_file(self) -> Path:
        return self.out_dir / ".cache" / f"{self.stem}.json"

    def inputs(self) -> list[Path]:
        """The files this brief reads besides the shared code, data and notebook."""
        from .annotations import annotations_path

        article = Path(self.article_path)
        return [article] + [p for p in [annotations_path(article)] if p.exists()]

    def parameters(self) -> dict:
        return {
            "article": self.article_path,
            "topic": self.topic,
            "lang": self.lang,
            "as_of": self.as_of,
        }


@dataclass(frozen=True)
class StoryJob:
    """One story brief: every article of a folder, a topic, a language and a date.

    It runs like an article's brief, from its own notebook, but rests on several
    inputs: its key is the hash of every article and its annotations, so a change
    to any one of them makes it stale.
    """

    folder: str
    article_paths: tuple[str, ...]
    topic: str
    lang: str
    as_of: str | None

    notebook = STORY_NOTEBOOK
    article_id = STORY

    @property
    def out_dir(self) -> Path:
        return REPORTS / STORY

    @property
    def stem(self) -> str:
        return f"{self.topic}.{self.lang}"

    @property
    def name(self) -> str:
        return f"{STORY}/{self.stem}"

    def outputs(self) -> dict[str, Path]:
        return {
            ext: self.out_dir / f"{self.stem}.{ext}" for ext in ("ipynb", "html", "pdf")
        }

    @property
    def cache_file(self) -> Path:
        return self.out_dir / ".cache" / f"{self.stem}.json"

    def inputs(self) -> list[Path]:
        from .annotations import annotations_path

        out = []
        for name in self.article_paths:
            article = Path(name)
            out += [article] + [p for p in [annotations_path(article)] if p.exists()]
        return out

    def parameters(self) -> dict:
        return {
            "articles": self.folder,
            "topic": self.topic,
            "lang": self.lang,
            "as_of": self.as_of,
        }


# --- planning ---------------------------------------------------------------


def seed_articles(folder: Path | None = None) -> list[Path]:
    folder = Path(folder or SEEDS)
    return sorted(p for p in folder.glob("*.md") if not p.name.startswith("."))


def plan(
    articles=None, topics=None, langs=None, as_of=None, folder=None
) -> list[Job | StoryJob]:
    """Check every parameter and article, and list the briefs to build.

    With no articles named, every article of the folder (seeds/, or
    ANALYSIS_SEEDS) is built, and with two or more of them the story briefs too,
    after the articles' own.
    """
    from .annotations import annotations_path
    from .article import load_article, resolve_article_path

    topics = list(topics or TOPICS)
    langs = list(langs or ["en"])
    for topic in topics:
        if topic not in TOPICS:
            raise ParameterError(
                f"--topic {topic}: unknown topic; choose from {', '.join(TOPICS)}"
            )
    for lang in langs:
        if lang not in LANGS:
            raise ParameterError(
                f"--lang {lang}: unknown language; choose from {', '.join(LANGS)}"
            )
    if as_of is not None:
        try:
            as_of = dt.date.fromisoformat(str(as_of)).isoformat()
        except ValueError:
            raise ParameterError(
                f"--as-of {as_of}: not a date; write it as YYYY-MM-DD"
            ) from None
    folder = Path(folder or SEEDS)
    paths = (
        [resolve_article_path(a) for a in articles]
        if articles
        else seed_articles(folder)
    )
    if not paths:
        raise ParameterError(f"{display(folder)}: no articles (*.md) to build")
    jobs: list[Job | StoryJob] = []
    for path in paths:
        article = load_article(path)
        if article.article_id == STORY:
            raise ParameterError(
                f"{display(path)}: article id '{STORY}' is kept for the story briefs "
                f"(reports/{STORY}/); rename the file"
            )
        if annotations_path(path).exists():
            from .annotations import load_dataset

            load_dataset(path)  # curated annotations must validate before any kernel
        jobs += [
            Job(article.article_id, str(path.resolve()), t, lang, as_of)
            for t in topics
            for lang in langs
        ]
    if not articles and len(paths) >= 2:
        story_paths = tuple(str(p.resolve()) for p in paths)
        jobs += [
            StoryJob(str(folder), story_paths, t, lang, as_of)
            for t in topics
            for lang in langs
        ]
    return jobs


# --- the cache ----------------------------------------------------------------


def _digest_files(paths) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(
            str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).encode()
        )
        h.update(path.read_bytes())
    return h.hexdigest()


_SHARED_DIGEST: str | None = None


def shared_digest() -> str:
    """Hash of what every brief depends on: notebook, code, templates, context data."""
    global _SHARED_DIGEST
    if _SHARED_DIGEST is None:
        files = [BRIEF_NOTEBOOK, STORY_NOTEBOOK]
        files += [p for p in PACKAGE.rglob("*.py")]
        files += [p for p in TEMPLATES.rglob("*") if p.is_file()]
        files += [p for p in DATA.rglob("*") if p.is_file()]
        files += [p for p in (PACKAGE / "locale").rglob("*.po")]
        _SHARED_DIGEST = _digest_files(
            [p for p in files if "__pycache__" not in p.parts]
        )
    return _SHARED_DIGEST


def job_key(job: Job | StoryJob) -> str:
    """Content hash of everything the brief depends on."""
    h = hashlib.sha256()
    h.update(CACHE_VERSION.encode())
    h.update(shared_digest().encode())
    h.update(_digest_files(job.inputs()).encode())
    # Paths move with the checkout; what identifies a brief is its article (or the
    # story's articles), topic, language and date.
    params = job.parameters() | {"article": job.article_id}
    if isinstance(job, StoryJob):
        params["articles"] = sorted(Path(p).stem for p in job.article_paths)
    h.update(json.dumps(params, sort_keys=True).encode())
    return h.hexdigest()


def is_fresh(job: Job, key: str) -> bool:
    """True when a complete build with the same key left every output in place."""
    try:
        entry = json.loads(job.cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return entry.get("key") == key and all(p.exists() for p in job.outputs().values())


def remove_stale_temporaries() -> None:
    """Temporary files left by a killed build; safe to remove under the build lock."""
    for tmp in REPORTS.glob("*/.*.tmp"):
        tmp.unlink(missing_ok=True)
    for tmp in REPORTS.glob("*/.cache/.*.tmp"):
        tmp.unlink(missing_ok=True)


# --- one brief ------------------------------------------------------------------


@dataclass
class Result:
    job: Job
    status: str
    seconds: float
    message: str = ""


def run_job(job: Job | StoryJob, key: str, notebook: Path | None = None) -> Result:
    """Execute, render and write one brief; outputs appear only when all are ready."""
    start = time.perf_counter()
    try:
        nb = stable_ids(execute(job, notebook or job.notebook))
        html, pdf = render(nb)
    except BuildError as exc:
        return Result(job, "failed", time.perf_counter() - start, str(exc))
    outputs = job.outputs()
    import nbformat

    atomic_write_text(outputs["ipynb"], nbformat.writes(nb) + "\n")
    atomic_write_text(outputs["html"], html)
    atomic_write_bytes(outputs["pdf"], pdf)
    failed = job.out_dir / f"{job.stem}.failed.ipynb"
    failed.unlink(missing_ok=True)
    # Written last: an interrupted build leaves no entry claiming to be complete.
    atomic_write_text(
        job.cache_file,
        json.dumps(
            {
                "key": key,
                "job": job_record(job),
                "outputs": sorted(p.name for p in outputs.values()),
                "brief": brief_summary(job, nb),
            },
            indent=1,
        )
        + "\n",
    )
    return Result(job, "built", time.perf_counter() - start)


def job_record(job: Job | StoryJob) -> dict:
    """The job as its cache entry keeps it, paths as a user sees them."""
    if isinstance(job, StoryJob):
        return asdict(job) | {
            "article_id": STORY,
            "folder": display(Path(job.folder)),
            "article_paths": [display(Path(p)) for p in job.article_paths],
        }
    return asdict(job) | {"article_path": display(Path(job.article_path))}


def brief_summary(job: Job | StoryJob, nb) -> dict:
    """What the index shows of a brief: its title, date and the article it rests on."""
    from .article import load_article
    from .render import page_metadata

    page = page_metadata(nb)
    if isinstance(job, StoryJob):
        return {
            "title": page.get("title", ""),
            "as_of": page.get("as_of"),
            "reviewed": page.get("reviewed"),
            "articles": page.get("articles"),
        }
    article = load_article(job.article_path)
    return {
        "title": page.get("title", ""),
        "as_of": page.get("as_of"),
        "reviewed": page.get("reviewed"),
        "article_title": article.title,
        "published": article.published.isoformat() if article.published else None,
    }


def execute(job: Job | StoryJob, notebook: Path | None = None):
    """Run the brief notebook with papermill; a failing cell raises BuildError."""
    import papermill as pm

    from .kernel import ENGINE

    notebook = notebook or job.notebook
    job.out_dir.mkdir(parents=True, exist_ok=True)
    failed = job.out_dir / f"{job.stem}.failed.ipynb"
    try:
        return pm.execute_notebook(
            str(notebook),
            str(failed),
            parameters=job.parameters(),
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            execution_timeout=EXECUTION_TIMEOUT_S,
            cwd=str(notebook.parent),
            report_mode=False,
            engine_name=ENGINE,
        )
    except pm.PapermillExecutionError as exc:
        raise BuildError(
            f"{display(notebook)}: cell {exc.cell_index + 1} of brief {job.name} raised "
            f"{exc.ename}: {exc.evalue.splitlines()[0] if exc.evalue else ''}; "
            f"the executed notebook is kept at {display(failed)}"
        ) from None
    except Exception as exc:  # a dead or hung kernel, a timeout
        raise BuildError(
            f"{display(notebook)}: brief {job.name} did not finish: "
            f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}; "
            f"the partial notebook is kept at {display(failed)}"
        ) from None


def stable_ids(nb):
    """Give papermill's injected cell an id from its content, not a random one."""
    for index, cell in enumerate(nb.cells):
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            digest = hashlib.sha256(cell.source.encode()).hexdigest()[:8]
            cell["id"] = f"injected-{index}-{digest}"
    return nb


def render(nb) -> tuple[str, bytes]:
    from .render import exporter

    html, _ = exporter("html").from_notebook_node(nb)
    pdf, _ = exporter("pdf").from_notebook_node(nb)
    return html, pdf


def warm_imports() -> None:
    """Import the heavy modules a worker needs before its first brief."""
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401
    import weasyprint  # noqa: F401

    from . import kernel  # noqa: F401 - registers the reused-kernel engine


# --- the build ----------------------------------------------------------------


def build(
    jobs: list[Job],
    force: bool = False,
    workers: int | None = None,
    out=sys.stdout,
    runner=None,
) -> list[Result]:
    """Build the stale briefs in parallel and report each as it finishes.

    `runner` runs the stale briefs: a local process pool by default, or a Dask
    cluster (`analysis.cluster.DaskRunner`). Staleness, the lock and the index are
    decided here, the same whatever runs the briefs.
    """
    from filelock import FileLock

    from .runners import LocalPool, Progress

    REPORTS.mkdir(parents=True, exist_ok=True)
    with FileLock(str(REPORTS / ".build.lock")):
        remove_stale_temporaries()
        results: list[Result] = []
        todo = []
        for job in jobs:
            key = job_key(job)
            if not force and is_fresh(job, key):
                results.append(Result(job, "fresh", 0.0))
                print(f"  fresh  {job.name}", file=out, flush=True)
            else:
                todo.append((job, key))
        if todo:
            log = REPORTS / "build.log"
            log.write_text("", encoding="utf-8")
            runner = runner or LocalPool(workers)
            with Progress(len(todo), out) as progress:
                results += runner.run(todo, log, progress)
            remove_stale_temporaries()  # from a worker lost while writing
        write_index()
        return results


# --- the index ----------------------------------------------------------------


def _index_entry(cache_dir: Path) -> dict | None:
    """One folder of reports/ as the index lists it: its briefs and what they rest on."""
    folder = cache_dir.parent
    briefs: dict = {}
    meta: dict = {}
    for entry_path in sorted(cache_dir.glob("*.json")):
        try:
            entry = json.loads(entry_path.read_text(encoding="utf-8"))
        except ValueError:
            continue
        job = entry["job"]
        summary = entry.get("brief", {})
        meta = job | summary
        briefs.setdefault(job["topic"], {})[job["lang"]] = {
            ext: f"{folder.name}/{job['topic']}.{job['lang']}.{ext}"
            for ext in ("html", "pdf")
        } | {"title": summary.get("title", ""), "as_of": summary.get("as_of")}
    if not briefs:
        return None
    return {
        "article_id": folder.name,
        "briefs": briefs,
        "source": meta.get("article_path") or meta.get("folder", ""),
        "article_title": meta.get("article_title", ""),
        "published": meta.get("published"),
        "reviewed": meta.get("reviewed"),
        "articles": meta.get("articles") or [],
    }


def write_index() -> list[Path]:
    """reports/index.html (and index.es.html): the story first, then every article."""
    from .i18n import plural_translator, translator
    from .parts import render_part

    story = None
    entries = []
    for cache_dir in sorted(REPORTS.glob("*/.cache")):
        entry = _index_entry(cache_dir)
        if entry is None:
            continue
        if cache_dir.parent.name == STORY:
            story = entry
        else:
            entries.append(entry)
    written = []
    for lang, name in (("en", "index.html"), ("es", "index.es.html")):
        _ = translator(lang)
        ngettext = plural_translator(lang)
        part = render_part(
            "index",
            lang,
            {
                "story": story,
                "story_count": ngettext(
                    "The story as {n} report tells it",
                    "The story across {n} reports",
                    len(story["articles"]) if story else 0,
                ),
                "entries": entries,
                "topics": TOPICS,
                "langs": LANGS,
                "titles": {t: _(TOPIC_LABELS[t]) for t in TOPICS},
                "other": "index.es.html" if lang == "en" else "index.html",
            },
        )
        atomic_write_text(REPORTS / name, part.html)
        written.append(REPORTS / name)
    return written


def main(args) -> int:
    """`python -m analysis build`: plan, build, summarise; non-zero if any failed."""
    jobs = plan(args.article, args.topic, args.lang, args.as_of)
    started = time.perf_counter()
    scheduler = getattr(args, "scheduler", None)
    if scheduler:
        from .cluster import DaskRunner

        with DaskRunner(scheduler, workers=args.jobs) as runner:
            results = build(jobs, force=args.force, runner=runner)
    else:
        results = build(jobs, force=args.force, workers=args.jobs)
    failed = [r for r in results if r.status == "failed"]
    built = sum(r.status == "built" for r in results)
    fresh = sum(r.status == "fresh" for r in results)
    print(
        f"{built} built, {fresh} fresh, {len(failed)} failed in "
        f"{time.perf_counter() - started:.1f} s → {display(REPORTS / 'index.html')}"
    )
    return 1 if failed else 0
