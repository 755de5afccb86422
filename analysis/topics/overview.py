"""The overview: the article's main findings across every topic."""

from ..i18n import N_
from . import figures
from .base import TopicRules

RULES = TopicRules(
    topic="overview",
    weights={"upcoming": 1.05},
    absent=N_("The article reports no {items}."),
    metrics=(),
    figures=(
        figures.key_facts,
        figures.timeline,
        figures.topic_share,
        figures.actor_topic,
    ),
)
