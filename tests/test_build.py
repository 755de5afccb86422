"""Build parameters are checked before any kernel starts; the cache decides staleness."""

import os
import subprocess
import sys

import pytest

from analysis import build
from analysis.exceptions import ParameterError
from analysis.paths import ROOT


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["--topic", "nonsense"],
            "error: --topic nonsense: unknown topic; choose from "
            "overview, security, migration, border_cooperation",
        ),
        (["--lang", "fr"], "error: --lang fr: unknown language; choose from en, es"),
        (
            ["--as-of", "2025-02-30"],
            "error: --as-of 2025-02-30: not a date; write it as YYYY-MM-DD",
        ),
        (
            ["--article", "missing-article"],
            "no article with id 'missing-article' in seeds/",
        ),
    ],
)
def test_bad_parameters_exit_2_with_one_line(args, message, tmp_path):
    result = run("build", *args, env={"ANALYSIS_REPORTS": str(tmp_path)})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr
    assert not list(tmp_path.iterdir()), "nothing is written for a refused build"


def test_plan_lists_every_topic_for_the_seed():
    jobs = build.plan(langs=["en"])
    assert [j.topic for j in jobs if j.article_id == "kast-jeri-lima-visit"] == list(
        build.TOPICS
    )


def test_parameter_error_from_python():
    with pytest.raises(ParameterError):
        build.plan(topics=["nonsense"])


def test_cache_key_follows_parameters_and_inputs(tmp_path, seed_copy):
    article, notes = seed_copy
    [job] = build.plan([str(article)], ["security"], ["en"])
    key = build.job_key(job)
    assert build.job_key(job) == key
    [other_date] = build.plan([str(article)], ["security"], ["en"], "2026-06-01")
    assert build.job_key(other_date) != key
    notes.write_text(notes.read_text() + "\n# a comment\n")
    assert build.job_key(job) != key


def test_brief_parameters_checked_in_python():
    from analysis.brief import check_parameters

    with pytest.raises(ParameterError, match="topic: unknown topic 'x'"):
        check_parameters("kast-jeri-lima-visit", "x", "en", None)
    with pytest.raises(ParameterError, match="as_of: 'soon' is not an ISO date"):
        check_parameters("kast-jeri-lima-visit", "overview", "en", "soon")
    with pytest.raises(ParameterError, match="lang: unknown language 3"):
        check_parameters("kast-jeri-lima-visit", "overview", 3, None)
