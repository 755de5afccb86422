"""The brief's text parts as HTML, from Jinja templates that escape every value."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from .i18n import translator
from .paths import TEMPLATES


class Part:
    """One block of a brief, displayed as HTML in the notebook."""

    def __init__(self, name: str, html: str, metadata: dict | None = None):
        self.name = name
        self.html = html
        self.metadata = metadata or {}

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/html": self.html}, (
            {"brief": self.metadata} if self.metadata else {}
        )

    def __str__(self) -> str:
        return self.html


@lru_cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "parts"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )


def render_part(
    name: str, lang: str, values: dict, metadata: dict | None = None
) -> Part:
    """Render templates/parts/<name>.html.j2 in the brief's language."""
    env = _environment()
    _ = translator(lang)
    template = env.get_template(f"{name}.html.j2")
    html = template.render(_=_, gettext=_, lang=lang, **values)
    return Part(name, html, metadata)
