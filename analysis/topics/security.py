"""Security: measures in force, what officials say about crime, published rates."""

from ..i18n import N_
from . import figures
from .base import TopicRules

RULES = TopicRules(
    topic="security",
    weights={"measure": 1.1, "check": 1.05},
    absent=(
        N_("security measure"),
        N_("attributed claim on security"),
        N_("dated event on security"),
    ),
    metrics=("homicide_rate", "homicide_count"),
    figures=(figures.measures, figures.timeline, figures.homicide, figures.claims),
)
