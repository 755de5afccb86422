"""The notebooks: run headless by papermill, and in JupyterLab in a real browser."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import altair as alt
import nbformat
import pytest
from browser import needs_chromium
from test_faults import can_unshare

from analysis import explore
from analysis.brief import Brief
from analysis.paths import DEFAULT_ARTICLE, NOTEBOOKS, ROOT
from analysis.render import (
    INTERACTIVE_RENDERER,
    RENDERER,
    BriefFigure,
    enable,
)
from analysis.session import chart_mode

NAMES = ("brief", "explore")
EXPLORE_CHARTS = 2  # one from the project's chart helpers, one built from scratch
LAB_JUPYTER = ROOT / ".venv-lab" / "bin" / "jupyter"


# --- which way charts are displayed -------------------------------------------


def test_chart_mode_is_build_unless_a_jupyter_server_started_the_kernel():
    assert chart_mode({}) == "build"
    assert chart_mode({"JPY_SESSION_NAME": "/notebooks/explore.ipynb"}) == "interactive"


def test_build_kernel_setting_wins_over_the_session():
    environ = {"JPY_SESSION_NAME": "brief.ipynb", "ANALYSIS_CHARTS": "build"}
    assert chart_mode(environ) == "build"
    assert chart_mode({"ANALYSIS_CHARTS": "interactive"}) == "interactive"


def test_unknown_chart_mode_is_one_line_naming_the_fix():
    with pytest.raises(Exception) as info:
        chart_mode({"ANALYSIS_CHARTS": "widgets"})
    message = str(info.value)
    assert "ANALYSIS_CHARTS=widgets" in message and "build or interactive" in message
    assert "\n" not in message


@pytest.fixture
def restore_renderer():
    before = alt.renderers.active
    yield
    alt.renderers.enable(before)


def test_build_mode_gives_html_and_svg(restore_renderer):
    assert enable("build") == "build" and alt.renderers.active == RENDERER
    figure = Brief(DEFAULT_ARTICLE, "overview").figures()[0]
    data, meta = figure._repr_mimebundle_()
    assert set(data) == {"text/html", "image/svg+xml"}
    assert meta["brief"]["figure"] == 1 and "<svg" in data["image/svg+xml"]


def test_interactive_mode_gives_an_offline_widget(restore_renderer):
    assert enable("interactive") == "interactive"
    assert alt.renderers.active == INTERACTIVE_RENDERER
    figure = Brief(DEFAULT_ARTICLE, "overview").figures()[0]
    assert isinstance(figure, BriefFigure)
    widget = figure.widget()
    chart, caption = widget.children
    # The Vega bundle is inline, from vl-convert: no module is fetched from a CDN.
    assert not re.search(r"""import[^;]*["']https?://""", chart._esm)
    assert "esm.sh" not in chart._esm and len(chart._esm) > 500_000
    assert chart.embed_options["renderer"] == "svg"
    assert "Figure 1" in caption.value
    bundle = figure._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert "text/html" not in bundle
    # Plain Altair charts go the same way.
    chart = alt.Chart(explore.dated_events(explore.load_corpus())).mark_point()
    data, _ = chart._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in data


# --- papermill, headless ------------------------------------------------------


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Both notebooks run by papermill with their defaults, as a user would."""
    import papermill as pm

    out = tmp_path_factory.mktemp("executed")
    results = {}
    with pytest.MonkeyPatch.context() as mp:  # as outside JupyterLab, even if run in it
        mp.delenv("JPY_SESSION_NAME", raising=False)
        mp.delenv("ANALYSIS_CHARTS", raising=False)
        for name in NAMES:
            target = out / f"{name}.ipynb"
            pm.execute_notebook(
                str(NOTEBOOKS / f"{name}.ipynb"),
                str(target),
                kernel_name="python3",
                cwd=str(NOTEBOOKS),
                progress_bar=False,
            )
            results[name] = nbformat.read(target, as_version=4)
    return results


def outputs(nb):
    return [o for c in nb.cells for o in c.get("outputs", [])]


def charts(nb) -> int:
    return sum("image/svg+xml" in o.get("data", {}) for o in outputs(nb))


@pytest.mark.slow
def test_notebooks_are_committed_without_outputs():
    for name in NAMES:
        nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), name
        assert "parameters" in code[0].metadata.get("tags", []), name


@pytest.mark.slow
def test_both_notebooks_run_headless_with_their_defaults(executed):
    for name, nb in executed.items():
        assert not [o for o in outputs(nb) if o.output_type == "error"], name
    brief_figures = len(Brief(DEFAULT_ARTICLE, "overview").figure_specs())
    assert charts(executed["brief"]) == brief_figures >= 3
    assert charts(executed["explore"]) == EXPLORE_CHARTS


@pytest.mark.slow
def test_explore_notebook_shows_every_article_and_the_worked_examples(executed):
    nb = executed["explore"]
    # The kernel read the articles folder this session gives the processes it
    # starts (see conftest.py), not the whole of seeds/.
    corpus = explore.load_corpus(
        sorted(Path(os.environ["ANALYSIS_SEEDS"]).glob("*.md"))
    )
    printed = "".join(o.get("text", "") for o in outputs(nb))
    for frames in corpus.values():
        assert explore.summary(frames) in printed
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs(nb))
    first = next(iter(corpus.values()))
    table, record_id = explore.first_record(first)
    assert explore.evidence_html(first, table, record_id) in html
    assert "<mark>" in html
    speakers = explore.claims_by_speaker(first)["speaker"]
    assert all(name in html for name in speakers)


# --- JupyterLab in a real browser, no network --------------------------------


@pytest.fixture(scope="module")
def in_lab(tmp_path_factory):
    """Both notebooks run in JupyterLab by headless Chromium, all under unshare -n."""
    assert LAB_JUPYTER.exists(), (
        "JupyterLab is not installed: run make test or make lab"
    )
    out = tmp_path_factory.mktemp("lab")
    notebooks = " ".join(str(NOTEBOOKS / f"{name}.ipynb") for name in NAMES)
    script = (
        f"ip link set lo up && exec {sys.executable} "
        f"{ROOT / 'tests' / 'lab_session.py'} {out} {notebooks}"
    )
    result = subprocess.run(
        ["unshare", "-n", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
    )
    log = (
        (out / "jupyterlab.log").read_text(errors="replace")
        if (out / "jupyterlab.log").exists()
        else ""
    )
    assert result.returncode == 0, (
        f"{result.stderr[-3000:]}\n--- jupyterlab.log (end) ---\n{log[-3000:]}"
    )
    return {r["notebook"].removesuffix(".ipynb"): r for r in json.loads(result.stdout)}


needs_unshare = pytest.mark.skipif(
    not can_unshare() and not os.environ.get("CI"),
    reason="needs root and unshare -n (CI runs as root)",
)


@pytest.mark.slow
@needs_unshare
@needs_chromium
def test_every_cell_runs_in_jupyterlab_without_error(in_lab):
    for name in NAMES:
        run = in_lab[name]
        assert run["errors"] == [] and run["console_errors"] == [], (
            name,
            run["errors"],
            run["console_errors"],
            f"reruns {run['reruns']}, dialogs {run['dialogs']}",
        )
        prompts = run["prompts"]
        nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
        assert len(prompts) == sum(c.cell_type == "code" for c in nb.cells) > 0
        assert all(re.fullmatch(r"\[\d+\]:", p) for p in prompts), (name, prompts)


@pytest.mark.slow
@needs_unshare
@needs_chromium
def test_charts_draw_in_jupyterlab_with_no_network(in_lab, executed):
    for name in NAMES:
        assert in_lab[name]["charts"] >= charts(executed[name]) > 0, name


@pytest.mark.slow
@needs_unshare
@needs_chromium
def test_chart_tooltips_show_the_articles_words_in_jupyterlab(in_lab):
    frames = explore.load_corpus()[DEFAULT_ARTICLE]
    quotes = [
        " ".join(q.split())
        for table in ("events", "measures", "claims")
        for q in frames[table]["quote"]
    ]
    for name in NAMES:
        tooltip = " ".join(in_lab[name]["tooltip"].split())
        assert any(q[:40] in tooltip for q in quotes), (name, tooltip)


# --- the explore helpers, on several articles ----------------------------------

FIXTURES = ROOT / "tests" / "fixtures"
SEVERAL = ["es-tacna-emergency.md", "injection.md", "en-kast-lima-visit.md"]


@pytest.fixture(scope="module")
def several():
    return explore.load_corpus([FIXTURES / name for name in SEVERAL])


def test_corpus_holds_every_article_with_its_tables(several):
    assert list(several) == ["es-tacna-emergency", "injection", "en-kast-lima-visit"]
    for frames in several.values():
        line = explore.summary(frames)
        assert "\n" not in line and "extracted automatically, unreviewed" in line
        count = len(frames["measures"])
        assert f"{count} measure" in line
    table = explore.overview(several)
    assert table.loc["injection", "claims"] == len(several["injection"]["claims"])


def test_measures_by_status_count_each_country_of_each_measure(several):
    frames = several["es-tacna-emergency"]
    table = explore.measures_by_status(frames)
    assert table.to_numpy().sum() == sum(map(len, frames["measures"]["countries"]))
    order = explore.STATUS_ORDER
    assert [order.index(s) for s in table.index] == sorted(
        order.index(s) for s in table.index
    )
    assert "Peru" in table.columns


def test_claims_by_speaker_name_each_speaker_once(several):
    frames = several["en-kast-lima-visit"]
    table = explore.claims_by_speaker(frames)
    assert table["claims"].sum() == len(frames["claims"])
    assert table["speaker"].is_unique
    assert list(table["claims"]) == sorted(table["claims"], reverse=True)


def test_dated_events_of_every_article_in_date_order(several):
    events = explore.dated_events(several)
    dated = sum(f["events"]["date_from"].notna().sum() for f in several.values())
    assert len(events) == dated > 0
    assert events["date_from"].is_monotonic_increasing
    assert set(events["article"]) <= set(several)


def test_evidence_is_shown_in_its_paragraph_with_markup_as_text(several):
    frames = several["injection"]
    shown = []
    for table in ("events", "claims", "measures"):
        id_field = table[:-1] + "_id"
        for _, row in frames[table].iterrows():
            html = explore.evidence_html(frames, table, row[id_field])
            for e in row["evidence"]:
                assert f"<mark>{explore.html.escape(e['quote'])}</mark>" in html
            assert "<script>" not in html and "<img" not in html
            shown.append(html)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in h for h in shown)
    assert any("&lt;img src=x onerror=alert(2)&gt;" in h for h in shown)
    with pytest.raises(KeyError, match="no record 'nope'"):
        explore.evidence_html(frames, "claims", "nope")


def test_side_by_side_has_a_column_per_article(several):
    pair = explore.pick_two(list(several))
    table = explore.side_by_side(several, pair)
    assert list(table.columns) == pair
    assert table.loc["events", pair[0]] == len(several[pair[0]]["events"])
    assert explore.pick_two(["only"]) == ["only"]


@pytest.mark.slow
def test_explore_notebook_runs_on_several_articles(tmp_path):
    import shutil

    import papermill as pm

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in SEVERAL:
        shutil.copy(FIXTURES / name, seeds / name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ANALYSIS_SEEDS", str(seeds))
        mp.delenv("JPY_SESSION_NAME", raising=False)
        nb = pm.execute_notebook(
            str(NOTEBOOKS / "explore.ipynb"),
            str(tmp_path / "explore.ipynb"),
            kernel_name="python3",
            cwd=str(NOTEBOOKS),
            progress_bar=False,
        )
    printed = "".join(o.get("text", "") for o in outputs(nb))
    assert sum(printed.count(f"{p.removesuffix('.md')} · ") for p in SEVERAL) >= 3
    assert charts(nb) == EXPLORE_CHARTS
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs(nb))
    assert "es-tacna-emergency" in html and "injection" in html
