"""Every path the project reads or writes, defined once."""

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
SEEDS = Path(os.environ.get("ANALYSIS_SEEDS") or ROOT / "seeds").resolve()
"""Articles `make report` builds; ANALYSIS_SEEDS points a build at another corpus."""
REPORTS = Path(os.environ.get("ANALYSIS_REPORTS") or ROOT / "reports").resolve()
"""Where briefs are written; ANALYSIS_REPORTS moves it (tests build into a temp folder)."""
NOTEBOOKS = ROOT / "notebooks"
BRIEF_NOTEBOOK = NOTEBOOKS / "brief.ipynb"
STORY_NOTEBOOK = NOTEBOOKS / "story.ipynb"
STORY = "story"
"""Folder of reports/ the story briefs go to; no article may take this id."""
DATA = PACKAGE / "data"
TEMPLATES = PACKAGE / "templates"
LOCALE = PACKAGE / "locale"
WORLD_ATLAS = DATA / "world-atlas" / "countries-50m.json"
CONTEXT_FIGURES = DATA / "context-figures.csv"
CONTEXT_EVENTS = DATA / "context-events.csv"
PLACES = DATA / "places.csv"
GAZETTEER = DATA / "gazetteer.yaml"
DEFAULT_ARTICLE = "kast-jeri-lima-visit"


def display(path: Path) -> str:
    """A path as a user should see it: relative to the working folder or the project."""
    resolved = Path(path).resolve()
    for base in (Path.cwd().resolve(), ROOT):
        try:
            return str(resolved.relative_to(base))
        except ValueError:
            continue
    return str(path)
