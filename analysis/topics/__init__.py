"""Each brief topic's rules, one module per topic, listed by the registry."""

from __future__ import annotations

from importlib import import_module

from ..registry import BRIEF_TOPICS
from .base import Finding, TopicRules

RULES: dict[str, TopicRules] = {
    topic: import_module(f"{__name__}.{topic}").RULES for topic in BRIEF_TOPICS
}
"""The rules of every topic the registry lists; a missing module fails at import."""

__all__ = ["RULES", "Finding", "TopicRules"]
