"""Border cooperation: bilateral mechanisms, their dates, and where they apply."""

from ..i18n import N_
from . import figures
from .base import TopicRules

RULES = TopicRules(
    topic="border_cooperation",
    weights={"measure": 1.15},
    absent=N_("On border cooperation, the article reports no {items}."),
    metrics=(
        "distance_arica_tacna",
        "border_exits_per_day",
        "border_length_tacna_arica",
    ),
    figures=(figures.timeline, figures.border_map, figures.mechanisms),
)
