"""Where a notebook runs: a live JupyterLab session, or a build that saves its output.

Charts are displayed differently in each. In a live session they are widgets whose
JavaScript comes from vl-convert through the kernel, so they draw with no network
and keep their tooltips; a widget needs its kernel, so a saved notebook would show
nothing. A build (papermill, then nbconvert) keeps each chart as interactive HTML plus
a static SVG in the notebook itself, which the HTML and PDF briefs are made from.
"""

from __future__ import annotations

import os

from .exceptions import ParameterError

CHARTS_ENV = "ANALYSIS_CHARTS"
"""Environment variable that states the mode; the build's kernel sets it to `build`."""
MODES = ("build", "interactive")


def chart_mode(environ=None) -> str:
    """`interactive` in a kernel a Jupyter server started, else `build`.

    `ANALYSIS_CHARTS` (build or interactive) decides when set: the build's kernel
    always carries `build`, so a build started from inside JupyterLab (a `!make report`
    cell) still writes the build's output. Otherwise a kernel that JupyterLab or
    Jupyter Notebook started carries `JPY_SESSION_NAME` (the notebook's path), which
    papermill, nbconvert and plain Python never set.
    """
    environ = os.environ if environ is None else environ
    stated = environ.get(CHARTS_ENV, "").strip()
    if stated:
        if stated not in MODES:
            raise ParameterError(
                f"{CHARTS_ENV}={stated}: unknown chart mode; set it to "
                f"{' or '.join(MODES)}, or unset it to decide from the session"
            )
        return stated
    return "interactive" if environ.get("JPY_SESSION_NAME") else "build"
