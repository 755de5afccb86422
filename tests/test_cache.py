"""The content hash rebuilds what a change touches, and nothing else."""

import json
import shutil

import nbformat
import pytest

from analysis import build
from analysis.paths import BRIEF_NOTEBOOK, DATA, PACKAGE, SEEDS, TEMPLATES


@pytest.fixture
def world(tmp_path, monkeypatch):
    """Copies of every input of a brief, wired into the build module."""
    package = tmp_path / "pkg"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    notebook = tmp_path / "brief.ipynb"
    shutil.copy(BRIEF_NOTEBOOK, notebook)
    monkeypatch.setattr(build, "PACKAGE", package)
    monkeypatch.setattr(build, "TEMPLATES", package / TEMPLATES.relative_to(PACKAGE))
    monkeypatch.setattr(build, "DATA", package / DATA.relative_to(PACKAGE))
    monkeypatch.setattr(build, "BRIEF_NOTEBOOK", notebook)
    monkeypatch.setattr(build, "_SHARED_DIGEST", None)
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("a", "b"):
        shutil.copy(SEEDS / "kast-jeri-lima-visit.md", articles / f"{name}.md")
        shutil.copy(
            SEEDS / "kast-jeri-lima-visit.annotations.yaml",
            articles / f"{name}.annotations.yaml",
        )
    jobs = build.plan([str(articles / "a.md"), str(articles / "b.md")], langs=["en"])
    return {
        "package": package,
        "notebook": notebook,
        "articles": articles,
        "jobs": jobs,
    }


def keys(world, monkeypatch, as_of=None):
    monkeypatch.setattr(build, "_SHARED_DIGEST", None)
    return {job.name: build.job_key(job) for job in world["jobs"]}


def changed(before, after):
    return sorted(name for name in before if before[name] != after[name])


ALL = [
    "a/border_cooperation.en",
    "a/migration.en",
    "a/overview.en",
    "a/security.en",
    "b/border_cooperation.en",
    "b/migration.en",
    "b/overview.en",
    "b/security.en",
]
ONLY_B = [n for n in ALL if n.startswith("b/")]


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_nothing_changed_nothing_stale(world, monkeypatch):
    assert changed(keys(world, monkeypatch), keys(world, monkeypatch)) == []


@pytest.mark.parametrize(
    "edit, expected",
    [
        (
            lambda w: append(
                w["articles"] / "b.annotations.yaml", "\n# reviewed again\n"
            ),
            ONLY_B,
        ),
        (lambda w: append(w["articles"] / "b.md", " More text."), ONLY_B),
        (
            lambda w: append(
                w["package"] / "templates" / "brief" / "brief.css", "\n/* x */\n"
            ),
            ALL,
        ),
        (
            lambda w: append(
                w["package"] / "templates" / "parts" / "sources.html.j2", "\n"
            ),
            ALL,
        ),
        (
            lambda w: append(
                w["package"] / "data" / "context-figures.csv",
                ""
                "homicide_rate,CHL,5.0,per 100000 inhabitants,2025,2025-12-01,X,"
                "https://example.org/x,\n",
            ),
            ALL,
        ),
        (lambda w: append(w["package"] / "charts.py", "\n# a change\n"), ALL),
        (
            lambda w: append(
                w["package"] / "locale" / "es" / "LC_MESSAGES" / "messages.po", "\n"
            ),
            ALL,
        ),
        (lambda w: nbformat.write(_with_cell(w["notebook"]), w["notebook"]), ALL),
    ],
    ids=[
        "annotations",
        "article",
        "stylesheet",
        "part-template",
        "context-data",
        "analysis-source",
        "catalogue",
        "notebook",
    ],
)
def test_each_change_rebuilds_what_depends_on_it(world, monkeypatch, edit, expected):
    before = keys(world, monkeypatch)
    edit(world)
    assert changed(before, keys(world, monkeypatch)) == expected


def _with_cell(path):
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("brief.sources()"))
    return nb


def test_parameters_are_part_of_the_key(world, monkeypatch):
    before = keys(world, monkeypatch)
    world["jobs"] = [
        build.Job(j.article_id, j.article_path, j.topic, j.lang, "2026-06-01")
        for j in world["jobs"]
    ]
    assert changed(before, keys(world, monkeypatch)) == ALL


def test_interrupted_write_leaves_no_complete_cache_entry(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "REPORTS", tmp_path)
    [job] = build.plan(["kast-jeri-lima-visit"], ["security"], ["en"])
    job = build.Job(job.article_id, job.article_path, job.topic, job.lang, job.as_of)
    monkeypatch.setattr(build.Job, "out_dir", property(lambda self: tmp_path / "a"))
    monkeypatch.setattr(build, "execute", lambda job, nb: nbformat.v4.new_notebook())
    monkeypatch.setattr(build, "render", lambda nb: ("<html></html>", b"%PDF-1.7"))

    def killed(path, data):
        raise KeyboardInterrupt("killed while writing the PDF")

    monkeypatch.setattr(build, "atomic_write_bytes", killed)
    with pytest.raises(KeyboardInterrupt):
        build.run_job(job, "key-1")
    assert (tmp_path / "a" / "security.en.html").exists()
    assert not job.cache_file.exists()
    assert not build.is_fresh(job, "key-1")


def test_fresh_needs_matching_key_and_every_output(tmp_path, monkeypatch):
    monkeypatch.setattr(build.Job, "out_dir", property(lambda self: tmp_path))
    job = build.Job("a", "a.md", "overview", "en", None)
    for path in job.outputs().values():
        path.write_text("x")
    job.cache_file.parent.mkdir()
    job.cache_file.write_text(json.dumps({"key": "k"}))
    assert build.is_fresh(job, "k") and not build.is_fresh(job, "other")
    job.outputs()["pdf"].unlink()
    assert not build.is_fresh(job, "k")


def test_one_article_changed_rebuilds_its_briefs_and_the_story_and_nothing_else(
    tmp_path,
):
    """A folder of three articles plans twelve article briefs and four story briefs;
    editing one article's annotations makes exactly its four and the story's four
    stale."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in (
        "es-dev-kast-in-lima",
        "en-dev-kast-lima-visit",
        "es-dev-visit-announced",
    ):
        for suffix in (".md", ".annotations.yaml"):
            shutil.copy(SEEDS / f"{name}{suffix}", folder / f"{name}{suffix}")
    jobs = build.plan(langs=["en"], folder=folder)
    stories = [j for j in jobs if isinstance(j, build.StoryJob)]
    assert len(jobs) == 16 and len(stories) == 4
    assert {j.name for j in stories} == {
        "story/overview.en",
        "story/security.en",
        "story/migration.en",
        "story/border_cooperation.en",
    }
    assert len(stories[0].inputs()) == 6
    before = {j.name: build.job_key(j) for j in jobs}
    assert {j.name: build.job_key(j) for j in jobs} == before

    append(folder / "en-dev-kast-lima-visit.annotations.yaml", "\n# reviewed again\n")
    after = {j.name: build.job_key(j) for j in jobs}
    assert changed(before, after) == sorted(
        [f"en-dev-kast-lima-visit/{t}.en" for t in build.TOPICS]
        + [f"story/{t}.en" for t in build.TOPICS]
    )


def test_a_single_article_folder_or_named_articles_build_no_story(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEEDS / "kast-jeri-lima-visit.md", folder / "only.md")
    assert not any(
        isinstance(j, build.StoryJob) for j in build.plan(langs=["en"], folder=folder)
    )
    shutil.copy(SEEDS / "kast-jeri-lima-visit.md", folder / "story.md")
    with pytest.raises(Exception, match="article id 'story' is kept for the story"):
        build.plan(langs=["en"], folder=folder)
