"""Security: measures in force, what officials say about crime, published rates."""

from ..i18n import N_
from . import figures
from .base import TopicRules

RULES = TopicRules(
    topic="security",
    weights={"measure": 1.1, "check": 1.05},
    absent=N_("On security, the article reports no {items}."),
    metrics=("homicide_rate", "homicide_count"),
    figures=(figures.measures, figures.timeline, figures.homicide, figures.claims),
)
