"""YAML that keeps line numbers and leaves dates for pydantic to judge."""

from __future__ import annotations

import yaml


class Located(dict):
    """A YAML mapping that remembers the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]


# libyaml's parser when PyYAML was built with it: ten times faster on the annotations.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineLoader(_SafeLoader):
    """A safe loader whose mappings are `Located`."""


def _construct_located(loader: LineLoader, node: yaml.MappingNode) -> Located:
    mapping = Located(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {
        k.value: k.start_mark.line + 1
        for k, _ in node.value
        if isinstance(k, yaml.ScalarNode)
    }
    return mapping


LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_located)


# Dates stay strings in YAML so that pydantic, not PyYAML, judges them.
LineLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}
