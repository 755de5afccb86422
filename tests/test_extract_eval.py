"""The scorer of drafts against curated articles, as a user runs it on a folder."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "extract_eval.py"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_a_folder_of_curated_articles_is_scored_per_table():
    folder = ROOT / "tests" / "fixtures" / "fresh43"
    done = run("--dir", str(folder), "--status-only")
    assert done.returncode == 0, done.stderr
    assert f"{folder}: 8 curated articles" in done.stdout
    # the eight gold files hold 77 events, 69 measures and 54 claims
    row = re.search(r"^e\+m\+c\s+(\d+)\s+(\d+)\s+(\d+)", done.stdout, re.M)
    assert row is not None and int(row.group(1)) == 200
    assert 0 < int(row.group(3)) <= int(row.group(2))


def test_a_missing_folder_is_one_line_and_a_non_zero_exit():
    done = run("--dir", "no/such/folder")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: no/such/folder: no such folder"
    assert "Traceback" not in done.stderr


def test_dated_only_leaves_the_readers_undated_events_out():
    folder = ROOT / "tests" / "fixtures" / "fresh43"
    rows = {}
    for flag in ((), ("--dated-only",)):
        done = run("--dir", str(folder), "--status-only", *flag)
        assert done.returncode == 0, done.stderr
        row = re.search(r"^events\s+(\d+)\s+(\d+)\s+(\d+)", done.stdout, re.M)
        rows[flag] = tuple(int(x) for x in row.groups())
    # fresh43's readers left 2 of their 77 events undated; no drafted event is
    # undated, so the drafts and their matches stay
    assert rows[()][0] == 77 and rows[("--dated-only",)][0] == 75
    assert rows[()][1:] == rows[("--dated-only",)][1:]


def test_two_measures_of_kind_other_with_no_words_in_common_do_not_match():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import extract_eval

    path = (
        ROOT
        / "tests"
        / "fixtures"
        / "fresh43"
        / "es-b45-tiburcio-frontera-sinfronteras.md"
    )
    gold = extract_eval.load_dataset(path)
    score = extract_eval.scorers(gold, gold, status_only=True)["measures"]
    (other,) = [
        m for m in gold.measures if m.kind == "other" and m.status == "proposed"
    ]
    elsewhere = next(
        m
        for m in gold.measures
        if m.kind != "other" and extract_eval._overlap(m, other) == 0
    )
    # the same "other" act told with another measure's words: a coincidence
    moved = other.model_copy(update={"evidence": elsewhere.evidence})
    assert score(other, moved) == 0.0
    # a named kind still matches on its kind, whatever the words
    twin = elsewhere.model_copy(update={"evidence": other.evidence})
    assert score(elsewhere, twin) == 2.0
