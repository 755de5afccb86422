"""Sweep every model, field and record of the shipped seed."""

import typing

import pytest
from pydantic import ValidationError

from analysis.schema import TABLES, Article, Evidence, Paragraph

MODELS = [Article, Paragraph, Evidence, *TABLES.values()]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_has_a_description(model):
    missing = [n for n, f in model.model_fields.items() if not f.description]
    assert missing == []


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_unknown_fields_are_forbidden(model):
    assert model.model_config["extra"] == "forbid"


def test_every_record_evidence_matches_text(dataset):
    text = dataset.article.text
    checked = 0
    for name in TABLES:
        for record in getattr(dataset, name):
            for ev in getattr(record, "evidence", []):
                assert text[ev.start : ev.end] == ev.quote
                checked += 1
    assert checked > 50


def test_sentences_cover_each_paragraph_in_order(dataset):
    text = dataset.article.text
    for s in dataset.sentences:
        assert text[s.start : s.end] == s.text
    starts = [s.start for s in dataset.sentences]
    assert starts == sorted(starts)
    assert len(dataset.sentences) == 17
    assert {s.paragraph for s in dataset.sentences} == set(range(1, 11))


def test_every_sentence_is_tagged_with_known_topics(dataset):
    topics = set(
        typing.get_args(TABLES["sentences"].model_fields["topics"].annotation)[
            0
        ].__args__
    )
    assert topics == {"security", "migration", "border_cooperation"}
    for s in dataset.sentences:
        assert set(s.topics) <= topics


def test_evidence_span_must_match_quote_length():
    with pytest.raises(ValidationError):
        Evidence(start=0, end=3, quote="four")


@pytest.mark.parametrize("name", list(TABLES))
def test_every_record_has_its_fields_set(dataset, name):
    records = getattr(dataset, name)
    assert records, f"{name} is empty"
    model = TABLES[name]
    for record in records:
        for field, info in model.model_fields.items():
            if info.is_required():
                value = getattr(record, field)
                assert value is not None and value != ""
                if isinstance(value, list) and field != "topics":
                    assert value


def test_event_dates_in_order_and_both_set(dataset):
    for e in dataset.events:
        assert e.date_from <= e.date_to
    with pytest.raises(ValidationError, match="date_from is after date_to"):
        dataset.events[0].model_validate(
            {
                **dataset.events[0].model_dump(),
                "date_from": "2026-02-01",
                "date_to": "2026-01-01",
            }
        )
