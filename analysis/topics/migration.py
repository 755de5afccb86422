"""Migration: proposals and their constraints, positions, and the scale of the flows."""

from ..i18n import N_
from . import figures
from .base import Finding, TopicRules


def migrants_context(brief) -> Finding | None:
    """The latest comparable estimates of Venezuelans in each country, when the
    article's migration records link to them."""
    d = brief.dataset
    if not any(m.topic == "migration" for m in d.measures) and not any(
        "migration" in c.topics for c in d.claims
    ):
        return None
    from ..charts import latest_venezuelans

    latest = latest_venezuelans(brief.context)
    if not {"PER", "CHL"} <= set(latest):
        return None
    per, chl = latest["PER"], latest["CHL"]
    _ = brief._
    text = _(
        "Context: Peru hosted about {per} Venezuelans ({per_period}) and Chile about "
        "{chl} ({chl_period}), by the latest estimates published by this brief's date."
    ).format(
        per=brief.number(per.value),
        per_period=brief.period(per.ref_period),
        chl=brief.number(chl.value),
        chl_period=brief.period(chl.ref_period),
    )
    ref = "; ".join(
        f"{brief.publisher(f.publisher)}, {f.published}" for f in (per, chl)
    )
    return Finding("context", 0.32, text, text.rstrip("."), ref, (), (per, chl))


RULES = TopicRules(
    topic="migration",
    weights={"claim": 1.05},
    absent=N_("On migration, the article reports no {items}."),
    metrics=("venezuelan_migrants", "venezuelan_residents", "expulsions_executed"),
    figures=(
        figures.positions,
        figures.constraints,
        figures.timeline,
        figures.migrants,
        figures.expulsions,
    ),
    extra_findings=(migrants_context,),
)
