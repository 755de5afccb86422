"""Drafted claims and events on the curated test articles read as whole phrases."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.article import load_article
from analysis.extract import extract_dataset
from analysis.gazetteer import fold
from analysis.paths import SEEDS

FIXTURES = Path(__file__).parent / "fixtures"
# the development set, and every set written by someone who never saw the code
ARTICLES = sorted(SEEDS.glob("*-dev-*.md")) + [
    p
    for folder in sorted(
        d.name
        for d in FIXTURES.iterdir()
        if d.is_dir()
        and d.name in ("holdout", "unseen", "blind")
        or d.name.startswith("fresh")
    )
    for p in sorted((FIXTURES / folder).glob("*.md"))
    if p.name.count(".") == 1  # the article, not its annotations
]
# Words no label or summary ends on: a phrase cut before its complement.
DANGLING = {
    "de", "del", "la", "el", "los", "las", "en", "a", "al", "por", "para", "con",
    "y", "que", "un", "una", "the", "of", "at", "to", "for", "with", "by", "and",
    "or", "from", "as", "entre", "between",
}  # fmt: skip


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def drafted(request):
    return extract_dataset(load_article(request.param))


def test_the_development_and_held_out_sets_are_there():
    langs = [load_article(p).language for p in ARTICLES]
    assert len(ARTICLES) >= 18
    assert langs.count("es") >= 11 and langs.count("en") >= 6


def test_claim_summaries_are_whole_sentences(drafted):
    for c in drafted.claims:
        assert c.summary[0].isupper() or c.summary[0].isdigit(), c.summary
        assert c.summary[-1] in ".!?…", c.summary
        # The last word, a number included: "… en el segundo bimestre de 2026."
        words = [fold(w) for w in re.findall(r"[^\W_]+", c.summary)]
        # a preposition an English verb leaves at the end is whole: "wherever it
        # comes from", "what they are waiting for"
        stranded = (
            len(words) > 1
            and words[-1] in ("from", "for", "with", "to", "at", "of")
            and re.fullmatch(
                r"comes?|came|coming|go(?:es)?|went|\w+ing|\w+ed", words[-2]
            )
        )
        assert words[-1] not in DANGLING or stranded, c.summary
        # nor begins on the one told, or the object of a verb it left behind:
        # "Him that Peru would be…", "A Kast de imitar a Donald Trump."
        # nor on a verb left without its subject ("Should limit crowding."), nor
        # end on the subject of an aside cut short ("…, an arrangement he.")
        assert not re.match(r"(?:Should|Would|Could|Will|Must|May|Might)\s", c.summary)
        assert not re.search(r"\b(?:he|she|they)\.$", c.summary), c.summary
        assert not re.match(r"(?:Him|Her|Them|Us|Me)\s|A [A-Z]\w+ de ", c.summary), (
            c.summary
        )


def test_event_labels_are_phrases_not_clipped_clauses(drafted):
    for e in drafted.events:
        words = re.findall(r"[^\W\d_]+", e.label)
        # a capital or a number: "5,000 to 6,000 people a day left Chile"
        assert words and (e.label[0].isupper() or e.label[0].isdigit()), e.label
        # the last word, a number included: "… by 60 votes to 46"
        assert fold(re.findall(r"[^\W_]+", e.label)[-1]) not in DANGLING, e.label
        assert len(e.label) <= 64, e.label


def test_a_duration_gives_the_measure_an_end_and_an_expiry_to_watch():
    ds = extract_dataset(load_article(FIXTURES / "es-tacna-emergency.md"))
    emergency = next(m for m in ds.measures if m.kind == "state_of_emergency")
    assert (emergency.status, emergency.actors) == ("implemented", ["gov_peru"])
    assert str(emergency.start_date) == "2025-11-28"
    assert str(emergency.end_date) == "2026-01-27"
    expiry = next(e for e in ds.events if e.kind == "expiry")
    assert (str(expiry.date_from), expiry.status) == ("2026-01-27", "planned")
    assert expiry.label == "Fin del estado de emergencia"


def test_one_sentence_can_hold_several_measures_under_one_verb():
    ds = extract_dataset(load_article(SEEDS / "es-dev-committee-first-meeting.md"))
    first = ds.sentences[0]
    kinds = {
        m.kind: (m.status, sorted(m.actors))
        for m in ds.measures
        if first.start <= m.evidence[0].start < first.end
    }
    assert kinds["joint_patrols"] == ("agreed", ["gov_chile", "gov_peru"])
    assert kinds["information_exchange"] == ("agreed", ["gov_chile", "gov_peru"])
