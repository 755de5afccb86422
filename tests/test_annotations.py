"""The curated seed: required records, and one-line errors for each kind of fault."""

import subprocess
import sys

import pytest

from analysis.annotations import load_dataset
from analysis.exceptions import AnnotationError
from analysis.paths import ROOT


def ids(records, field):
    return {getattr(r, field) for r in records}


def test_seed_has_the_required_actors_and_places(dataset):
    assert {
        "kast",
        "jeri",
        "zepeda",
        "peru_foreign_ministry",
        "chile_press_secretariat",
        "republican_party",
        "gov_peru",
        "gov_chile",
    } <= ids(dataset.actors, "actor_id")
    assert {
        "lima",
        "government_palace",
        "santiago",
        "tacna",
        "arica",
        "common_border",
    } <= ids(dataset.places, "place_id")
    ministry = dataset.actor("peru_foreign_ministry")
    assert "State Department" in ministry.aliases and ministry.country == "PER"


def test_seed_events_have_dates_precision_and_status(dataset):
    events = {e.event_id: e for e in dataset.events}
    assert str(events["inauguration"].date_from) == "2026-03-11"
    assert events["inauguration"].precision == "day"
    assert (str(events["lima_visit"].date_from), str(events["lima_visit"].date_to)) == (
        "2026-01-01",
        "2026-01-31",
    )
    assert events["lima_visit"].status == "planned"
    cabinet = events["binational_cabinet"]
    assert (cabinet.precision, str(cabinet.date_from), str(cabinet.date_to)) == (
        "bimester",
        "2026-03-01",
        "2026-04-30",
    )
    assert events["emergency_decree"].status == "occurred"
    assert events["patrol_agreement"].date_from.month == 12
    assert {"regional_tour", "congratulatory_call", "cabinet_invitation"} <= set(events)


def test_seed_measures_with_actor_and_status(dataset):
    measures = {m.measure_id: m for m in dataset.measures}
    assert measures["border_closure"].status == "scenario"
    assert measures["mass_expulsion"].actors == ["kast"]
    assert measures["mass_expulsion"].status == "proposed"
    assert measures["joint_patrols"].status == "agreed"
    assert measures["emergency_decree"].actors == ["gov_peru"]
    assert len(measures) >= 9


def test_seed_claims_are_attributed(dataset):
    claims = {c.claim_id: c for c in dataset.claims}
    assert claims["no_viable_plan"].speaker == "zepeda"
    assert claims["no_viable_plan"].constraints == [
        "legal",
        "humanitarian",
        "budgetary",
    ]
    assert claims["peru_cannot_absorb"].speaker == "gov_peru"
    assert sum(c.speaker == "zepeda" for c in claims.values()) == 5


def test_seed_data_quality_issues(dataset):
    issues = {i.issue_id: i for i in dataset.issues}
    assert issues["cabinet_date_contradiction"].kind == "contradiction"
    assert (
        "second semester 2026" in issues["cabinet_date_contradiction"].evidence[0].quote
    )
    assert issues["cast_is_kast"].evidence[0].quote == "castannounced"
    assert len(issues["glued_words"].evidence) >= 5


def broken(seed_copy, old, new):
    article, notes = seed_copy
    text = notes.read_text(encoding="utf-8")
    assert old in text
    notes.write_text(text.replace(old, new, 1), encoding="utf-8")
    return article, notes


def line_of(notes, needle):
    for n, line in enumerate(notes.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def problems(article):
    with pytest.raises(AnnotationError) as info:
        load_dataset(article)
    return info.value.problems


def test_quote_not_in_article(seed_copy):
    article, notes = broken(
        seed_copy, '"the political scientist Rocio', '"the scientist Rocio'
    )
    n = line_of(notes, "the scientist Rocio")
    assert problems(article) == [
        f"{notes}:{n}: actor 'zepeda': quote not found in article: "
        '"the scientist Rocio Zepeda Majmud"'
    ]


def test_ambiguous_quote(seed_copy):
    article, notes = broken(seed_copy, '"will arrive in Lima"', '"Lima"')
    n = line_of(notes, '- quote: "Lima"')
    [msg] = problems(article)
    assert msg.startswith(f"{notes}:{n}: place 'lima': quote occurs 3 times")
    assert msg.endswith("quote more words or give 'start'")


def test_offset_that_does_not_match(seed_copy):
    article, notes = broken(
        seed_copy,
        '- quote: "will arrive in Lima"',
        '- {quote: "will arrive in Lima", start: 5}',
    )
    [msg] = problems(article)
    assert "place 'lima': quote not at offset 5 in article" in msg


def test_offset_that_matches_disambiguates(seed_copy, dataset):
    start = dataset.article.text.index("Lima")
    article, _ = broken(
        seed_copy,
        '- quote: "will arrive in Lima"',
        f'- {{quote: "Lima", start: {start}}}',
    )
    places = {p.place_id: p for p in load_dataset(article).places}
    assert places["lima"].evidence[0].start == start


def test_unknown_actor_reference(seed_copy):
    article, notes = broken(
        seed_copy,
        "speaker: zepeda\n    summary: The strategy",
        "speaker: zepda\n    summary: The strategy",
    )
    [msg] = problems(article)
    n = line_of(notes, "speaker: zepda")
    assert msg.startswith(
        f"{notes}:{n}: claim 'diplomatic_tension': unknown actor id 'zepda' in 'speaker'"
    )


def test_unknown_field(seed_copy):
    article, notes = broken(
        seed_copy, "    kind: party\n", "    kind: party\n    colour: blue\n"
    )
    [msg] = problems(article)
    n = line_of(notes, "colour: blue")
    assert msg.startswith(
        f"{notes}:{n}: actor 'republican_party': unknown field 'colour'"
    )


def test_invalid_vocabulary_value(seed_copy):
    article, notes = broken(
        seed_copy,
        'status: scenario\n    evidence:\n      - quote: "scenarios',
        'status: maybe\n    evidence:\n      - quote: "scenarios',
    )
    [msg] = problems(article)
    assert "measure 'border_closure': field 'status': Input should be" in msg


def test_invalid_date(seed_copy):
    article, notes = broken(seed_copy, "date_from: 2026-03-11", "date_from: 2026-02-30")
    [msg] = problems(article)
    n = line_of(notes, "2026-02-30")
    assert msg.startswith(f"{notes}:{n}: event 'inauguration': field 'date_from':")


def test_missing_evidence(seed_copy):
    article, notes = broken(
        seed_copy, '    evidence:\n      - quote: "Tacna and Arica."\n', ""
    )
    [msg] = problems(article)
    assert msg.endswith(
        "place 'tacna': no evidence; add 'evidence' with the article's exact words"
    )


def test_yaml_syntax_error_names_the_line(seed_copy):
    article, notes = broken(seed_copy, "  - actor_id: jeri\n", "  - actor_id: [jeri\n")
    [msg] = problems(article)
    assert msg.startswith(f"{notes}:")
    assert "YAML syntax error" in msg


def test_every_problem_reported_at_once(seed_copy):
    article, notes = broken(
        seed_copy,
        "speaker: zepeda\n    summary: The strategy",
        "speaker: nobody\n    summary: The strategy",
    )
    notes.write_text(notes.read_text().replace("kind: party", "kind: club"))
    assert len(problems(article)) == 2


def test_untagged_sentence(seed_copy):
    article, notes = broken(seed_copy, "  s17: [migration, border_cooperation]\n", "")
    [msg] = problems(article)
    assert "sentence 's17': not tagged" in msg


def test_cli_validate_exits_2_with_one_line_and_no_traceback(seed_copy):
    article, notes = broken(
        seed_copy,
        '"castannounced"\n  - actor_id: jeri',
        '"cast announced"\n  - actor_id: jeri',
    )
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "validate", str(article)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(str(notes)) and "quote not found" in lines[0]
    assert "Traceback" not in result.stderr
