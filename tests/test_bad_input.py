"""Every kind of bad input ends in one line naming the file and the fix, exit code 2.

The README's table "When something is wrong" lists these same cases.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.paths import ROOT

SEED = ROOT / "seeds" / "kast-jeri-lima-visit.md"
NOTES = ROOT / "seeds" / "kast-jeri-lima-visit.annotations.yaml"


def cli(*args, reports):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "ANALYSIS_REPORTS": str(reports)},
    )


def copy_seed(tmp_path, notes_edit=None, name="copy"):
    article = tmp_path / f"{name}.md"
    article.write_bytes(SEED.read_bytes())
    text = NOTES.read_text(encoding="utf-8")
    if notes_edit:
        old, new = notes_edit
        assert old in text
        text = text.replace(old, new, 1)
    (tmp_path / f"{name}.annotations.yaml").write_text(text, encoding="utf-8")
    return article


def case_missing(tmp):
    return ["validate", tmp / "absent.md"], "absent.md: article file not found"


def case_empty(tmp):
    (tmp / "empty.md").write_text("---\ntitle: Empty\n---\n\n")
    return [
        "build",
        "--article",
        tmp / "empty.md",
    ], "empty.md:4: the article has no text"


def case_not_utf8(tmp):
    (tmp / "latin.md").write_bytes("Kast llegará a Lima.\nPer\xfa".encode("latin-1"))
    return [
        "extract",
        tmp / "latin.md",
    ], "latin.md:1: byte 0xe1 at offset 11 is not UTF-8"


def case_huge(tmp):
    with open(tmp / "huge.md", "wb") as fh:
        fh.write(b"Kast viajar\xc3\xa1 a Lima. " * 420_000)
    return ["extract", tmp / "huge.md"], "over the limit of 2,000,000"


def case_yaml_syntax(tmp):
    article = copy_seed(tmp, ("  - actor_id: jeri\n", "  - actor_id: [jeri\n"))
    return ["validate", article], "copy.annotations.yaml:35: YAML syntax error"


def case_unknown_field(tmp):
    article = copy_seed(
        tmp, ("    kind: party\n", "    kind: party\n    colour: blue\n")
    )
    return ["validate", article], "actor 'republican_party': unknown field 'colour'"


def case_absent_quote(tmp):
    article = copy_seed(
        tmp,
        ('"castannounced"\n  - actor_id: jeri', '"cast announced"\n  - actor_id: jeri'),
    )
    return ["validate", article], "actor 'kast': quote not found in article"


def case_ambiguous_quote(tmp):
    article = copy_seed(tmp, ('"will arrive in Lima"', '"Lima"'))
    return ["validate", article], "place 'lima': quote occurs 3 times in article"


def case_unknown_actor(tmp):
    article = copy_seed(tmp, ("speaker: gov_peru", "speaker: gov_bolivia"))
    return ["validate", article], "unknown actor id 'gov_bolivia' in 'speaker'"


def case_invalid_date(tmp):
    article = copy_seed(tmp, ("date_from: 2026-03-11", "date_from: 2026-02-30"))
    return ["validate", article], "event 'inauguration': field 'date_from'"


def case_unknown_topic(tmp):
    return ["build", "--topic", "economy"], "--topic economy: unknown topic"


def case_unknown_lang(tmp):
    return ["build", "--lang", "fr"], "--lang fr: unknown language"


def case_wrong_type(tmp):
    return ["build", "--jobs", "two"], "argument --jobs: invalid int value: 'two'"


def case_bad_as_of(tmp):
    return ["build", "--as-of", "next week"], "--as-of next week: not a date"


def case_out_outside_reports(tmp):
    return ["export", "--format", "csv", "--out", "../../x"], "--out ../../x: refused"


def case_id_with_dots(tmp):
    (tmp / "..evil.md").write_text("Kast viajará a Lima.")
    return ["build", "--article", tmp / "..evil.md"], "article id '..evil' must be"


def case_annotations_exist(tmp):
    article = copy_seed(tmp)
    return [
        "annotate",
        article,
    ], "copy.annotations.yaml: annotations already exist; pass --force"


CASES = [
    case_missing,
    case_empty,
    case_not_utf8,
    case_huge,
    case_yaml_syntax,
    case_unknown_field,
    case_absent_quote,
    case_ambiguous_quote,
    case_unknown_actor,
    case_invalid_date,
    case_unknown_topic,
    case_unknown_lang,
    case_wrong_type,
    case_bad_as_of,
    case_out_outside_reports,
    case_id_with_dots,
    case_annotations_exist,
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__[5:])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(case, tmp_path):
    work = tmp_path / "in"
    work.mkdir()
    reports = tmp_path / "reports"
    args, expected = case(work)
    before = sorted(p.name for p in work.iterdir())
    result = cli(*args, reports=reports)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert expected in lines[0]
    assert "Traceback" not in result.stderr
    assert not reports.exists() or not any(reports.rglob("*.html"))
    assert sorted(p.name for p in work.iterdir()) == before


def test_line_numbers_point_at_the_yaml_line(tmp_path):
    article = copy_seed(tmp_path, ("  - actor_id: jeri\n", "  - actor_id: [jeri\n"))
    lines = Path(article.with_name("copy.annotations.yaml")).read_text().splitlines()
    result = cli("validate", article, reports=tmp_path / "r")
    n = int(result.stderr.split(":")[1])
    assert "jeri" in lines[n - 1] or "jeri" in lines[n - 2]
