"""The one list of topics and languages: the schema, the build and the briefs read it.

A record (sentence, event, measure, claim, issue) is tagged with RECORD_TOPICS; a
brief is built for each of BRIEF_TOPICS, the overview and every record topic. Adding
a topic means adding it here, a module `analysis/topics/<id>.py` with its rules, its
words under `topics:` in `analysis/data/lexicon.yaml` and its labels in the catalogue.
"""

from __future__ import annotations

from typing import Literal


def N_(message: str) -> str:
    """Mark a string for the catalogue; translated where it is shown."""
    return message


RECORD_TOPICS: tuple[str, ...] = ("security", "migration", "border_cooperation")
"""Topics a record of the article can bear on, in display order."""

OVERVIEW = "overview"
BRIEF_TOPICS: tuple[str, ...] = (OVERVIEW, *RECORD_TOPICS)
"""One brief per topic: the overview first, then each record topic."""

TOPIC_LABELS: dict[str, str] = {
    OVERVIEW: N_("Overview"),
    "security": N_("Security"),
    "migration": N_("Migration"),
    "border_cooperation": N_("Border cooperation"),
}
"""Each topic's name as a heading, a catalogue message."""

LANGUAGES: tuple[str, ...] = ("en", "es")
"""Languages of articles and of briefs."""

LOCALES: dict[str, str] = {"en": "en_GB", "es": "es"}
"""Babel locale of each language: dates, numbers and plural forms."""

LANGUAGE_NAMES: dict[str, str] = {"en": N_("(in English)"), "es": N_("(in Spanish)")}
"""The note that marks quoted words not in the brief's language."""

TopicLiteral = Literal[RECORD_TOPICS]  # type: ignore[valid-type]
LanguageLiteral = Literal[LANGUAGES]  # type: ignore[valid-type]
