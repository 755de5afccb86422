"""The whole path a user takes: build briefs, then read them as a person would."""

import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from browser import drawn_charts, dump_dom, needs_chromium, tooltips
from building import run_build
from pypdf import PdfReader

from analysis.paths import ROOT

pytestmark = pytest.mark.slow
TOPICS = ("overview", "security", "migration", "border_cooperation")
ARTICLE = "kast-jeri-lima-visit"


@pytest.fixture(scope="module")
def reports(seed_reports):
    return seed_reports


def briefs(reports, langs=("en", "es")):
    return [(t, reports / ARTICLE / f"{t}.{lang}") for t in TOPICS for lang in langs]


def test_executed_notebooks_record_parameters_and_charts(reports):
    for topic, stem in briefs(reports):
        nb = nbformat.read(f"{stem}.ipynb", as_version=4)
        params = nb.metadata["papermill"]["parameters"]
        assert params["topic"] == topic and params["lang"] == stem.name.split(".")[1]
        svgs = [
            o
            for c in nb.cells
            for o in c.get("outputs", [])
            if "image/svg+xml" in o.get("data", {})
        ]
        assert len(svgs) >= 3, topic
        assert not [
            o
            for c in nb.cells
            for o in c.get("outputs", [])
            if o.output_type == "error"
        ]


class Loads(HTMLParser):
    """Every attribute that makes a browser fetch something."""

    def __init__(self):
        super().__init__()
        self.loads = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.links.append(attrs.get("href", ""))
            return
        for name in ("src", "href", "data", "poster", "srcset"):
            if attrs.get(name):
                self.loads.append((tag, attrs[name]))


def test_html_loads_nothing_from_the_network(reports):
    for topic, stem in briefs(reports):
        page = Path(f"{stem}.html").read_text(encoding="utf-8")
        parser = Loads()
        parser.feed(page)
        external = [
            (t, u) for t, u in parser.loads if re.match(r"(?i)\s*(https?:)?//", u)
        ]
        assert external == [], topic
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", page), topic
        assert page.count('<figure class="brief-figure"') >= 3
        assert "jp-InputArea" not in page and "In&nbsp;[" not in page
        assert len(page.encode()) < 1_500_000


@needs_chromium
def test_every_chart_draws_offline_without_console_errors(reports):
    for topic, stem in briefs(reports):
        page = Path(f"{stem}.html")
        expected = page.read_text(encoding="utf-8").count(
            '<figure class="brief-figure"'
        )
        dom, console = dump_dom(page)
        assert drawn_charts(dom) == expected, (topic, expected)
        assert console == [], (topic, console)


def pdf_text(path):
    reader = PdfReader(path)
    return reader, re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_pdf_has_title_key_points_and_captions(reports):
    for topic, stem in briefs(reports):
        nb = nbformat.read(f"{stem}.ipynb", as_version=4)
        outputs = [o for c in nb.cells for o in c.get("outputs", [])]
        page = next(
            o["metadata"]["brief"]["page"]
            for o in outputs
            if o.get("metadata", {}).get("brief", {}).get("page")
        )
        reader, text = pdf_text(f"{stem}.pdf")
        assert 3 <= len(reader.pages) <= 10, (topic, len(reader.pages))
        assert re.sub(r"\s+", " ", page["title"]) in text
        key_html = next(
            o["data"]["text/html"]
            for o in outputs
            if "key-points" in "".join(o.get("data", {}).get("text/html", ""))
        )
        points = re.findall(r"<li>(.*?)<span class=\"ref\"> ", "".join(key_html), re.S)
        assert 3 <= len(points) <= 5
        for point in points:
            plain = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", point))
            plain = html.unescape(plain)
            assert plain in text, (topic, plain)
        captions = [
            o["metadata"]["brief"]["caption_html"]
            for o in outputs
            if "caption_html" in o.get("metadata", {}).get("brief", {})
        ]
        assert len(captions) >= 3
        for caption in captions:
            label = re.search(r"(Figur[ea] \d+) — </span>([^<]+)", caption)
            assert f"{label[1]} — {html.unescape(label[2].strip())}" in text, (
                topic,
                label[0],
            )
        if stem.name.endswith(".en"):
            assert "Context and fact check" in text and "Sources" in text
        else:
            assert "Contexto y verificación" in text and "Fuentes" in text


def test_pdf_fonts_are_embedded(reports):
    reader = PdfReader(f"{reports / ARTICLE / 'overview.en'}.pdf")
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font.get("/FontDescriptor")
                or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            )
            descriptor = descriptor.get_object()
            fonts.append(
                any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            )
    assert fonts and all(fonts)


def test_index_links_every_brief(reports):
    index = (reports / "index.html").read_text(encoding="utf-8")
    parser = Loads()
    parser.feed(index)
    targets = [h for h in parser.links if h.endswith((".html", ".pdf"))]
    assert len(targets) >= 9
    for href in targets:
        assert (reports / href).exists(), href
    assert not [u for _, u in parser.loads if re.match(r"(?i)(https?:)?//", u)]


def test_second_build_is_fresh(reports):
    result = run_build(reports, "--lang", "en", "es", timeout=120)
    assert result.returncode == 0
    assert result.stdout.count("  fresh  ") == 8 and "0 built" in result.stdout


FAIL_SCRIPT = """
import sys
from pathlib import Path
from analysis import build
[job] = build.plan(["kast-jeri-lima-visit"], ["security"], ["en"])
result = build.run_job(job, "key", notebook=Path(sys.argv[1]))
print(result.status)
print(result.message)
"""


def test_failing_cell_names_cell_keeps_notebook_and_good_outputs(reports, tmp_path):
    broken = tmp_path / "broken.ipynb"
    nb = nbformat.read(ROOT / "notebooks" / "brief.ipynb", as_version=4)
    nb.cells[3].source = "1 / 0"
    nbformat.write(nb, broken)
    stem = reports / ARTICLE / "security.en"
    good = {ext: Path(f"{stem}.{ext}").read_bytes() for ext in ("ipynb", "html", "pdf")}
    result = subprocess.run(
        [sys.executable, "-c", FAIL_SCRIPT, str(broken)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "ANALYSIS_REPORTS": str(reports)},
    )
    status, message = result.stdout.strip().splitlines()
    assert status == "failed"
    # Cell 5 of the executed notebook: papermill inserts the parameters it injects.
    assert message.startswith(
        f"{broken}: cell 5 of brief "
        "kast-jeri-lima-visit/security.en raised ZeroDivisionError: "
        "division by zero"
    )
    assert Path(f"{stem}.failed.ipynb").exists()
    assert {ext: Path(f"{stem}.{ext}").read_bytes() for ext in good} == good


ENGLISH_FIXED_TEXT = (
    "Key points",
    "Written as of",
    "Context and fact check",
    "What to watch",
    "Data notes",
    "Figure ",
    "Source:",
    "Sources:",
    "according to",
    "Charts",
    "Agrees",
    "Differs",
    "occurred",
    "to come",
)


def test_spanish_pdfs_have_spanish_text_and_formats(reports):
    for topic, stem in briefs(reports, langs=("es",)):
        _, text = pdf_text(f"{stem}.pdf")
        left = [w for w in ENGLISH_FIXED_TEXT if w in text]
        assert left == [], (topic, left)
        assert "Puntos clave" in text and "Figura 1 —" in text
        assert re.search(
            r"\d{1,2} de (enero|febrero|marzo|abril|noviembre|diciembre) de 20\d\d",
            text,
        ), topic
    _, security = pdf_text(reports / ARTICLE / "security.es.pdf")
    assert "4,6 por cada 100.000 habitantes" in security
    index = (reports / "index.es.html").read_text(encoding="utf-8")
    assert "Informes Chile–Perú" in index or "Chile–Perú" in index


KERNEL_SCRIPT = """
import sys
from pathlib import Path
from analysis import build
[job] = build.plan(["kast-jeri-lima-visit"], ["security"], ["en"])
for notebook in sys.argv[1:]:
    try:
        build.execute(job, Path(notebook))
        print("ok")
    except build.BuildError as exc:
        print(exc)
"""


def notebook_with(tmp_path, name, source):
    path = tmp_path / f"{name}.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("topic = 'x'", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(source),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "language": "python",
        "display_name": "Python 3",
    }
    nbformat.write(nb, path)
    return str(path)


def test_reused_kernel_isolates_briefs_and_survives_death_and_hangs(reports, tmp_path):
    isolated = notebook_with(
        tmp_path,
        "isolated",
        "assert 'leftover' not in globals(), 'state leaked'\nleftover = 1",
    )
    dies = notebook_with(tmp_path, "dies", "import os\nos._exit(1)")
    hangs = notebook_with(tmp_path, "hangs", "import time\ntime.sleep(120)")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            KERNEL_SCRIPT,
            isolated,
            isolated,
            dies,
            isolated,
            hangs,
            isolated,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=200,
        env={
            **os.environ,
            "ANALYSIS_REPORTS": str(reports),
            "ANALYSIS_CELL_TIMEOUT": "5",
        },
    )
    lines = result.stdout.strip().splitlines()
    # One worker process, one kernel: the second brief must not see the first's state.
    assert lines[0] == lines[1] == "ok"
    assert lines[2].startswith(
        f"{dies}: brief kast-jeri-lima-visit/security.en did not "
        "finish: DeadKernelError: Kernel died"
    )
    assert lines[3] == "ok"
    assert lines[4].startswith(
        f"{hangs}: brief kast-jeri-lima-visit/security.en did not "
        "finish: CellTimeoutError: A cell timed out"
    )
    assert "after 5 seconds" in lines[4]
    assert lines[5] == "ok"


def test_notebook_runs_top_to_bottom_with_its_defaults():
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "brief.ipynb", as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    assert nb.cells[1].metadata["tags"] == ["parameters"]
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/svg+xml" in o.get("data", {}) for o in outputs) >= 3


def test_notebook_holds_no_logic():
    nb = nbformat.read(ROOT / "notebooks" / "brief.ipynb", as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert not re.search(r"^\s*(def|class|for|while|import pandas)\b", code, re.M)


def test_two_builds_are_byte_identical(reports, tmp_path):
    again = tmp_path / "again"
    result = run_build(again, "--lang", "en", "es", "--topic", "security", timeout=300)
    assert result.returncode == 0, result.stderr
    for name in (
        "security.en.html",
        "security.en.pdf",
        "security.es.html",
        "security.es.pdf",
    ):
        assert (again / ARTICLE / name).read_bytes() == (
            reports / ARTICLE / name
        ).read_bytes(), name
    info = PdfReader(again / ARTICLE / "security.en.pdf").metadata
    assert info["/CreationDate"].startswith("D:20251221")


def test_exports_and_chart_specs_are_identical_across_runs():
    def export():
        return subprocess.run(
            [sys.executable, "-m", "analysis", "export"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout

    assert export() == export()
    script = (
        "import json; from analysis.brief import Brief; "
        "b = Brief(topic='border_cooperation'); "
        "print(json.dumps([c.to_dict() for c, _, _ in b.figure_specs()], "
        "sort_keys=True))"
    )
    specs = [
        subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, capture_output=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert specs[0] == specs[1] and len(specs[0]) > 1000


@needs_chromium
def test_hovering_a_chart_shows_the_articles_words(reports):
    from analysis.annotations import load_dataset

    dataset = load_dataset(ARTICLE)
    quotes = [
        " ".join(e.quote.split())
        for r in (*dataset.claims, *dataset.events, *dataset.measures)
        for e in r.evidence
        if len(e.quote) >= 30
    ]

    def quotes_article(text):
        text = " ".join(text.split())
        return any(q[:60] in text for q in quotes)

    for topic in ("overview", "border_cooperation"):
        seen = tooltips(reports / ARTICLE / f"{topic}.en.html", quotes_article)
        assert seen and quotes_article(seen[-1][0]), (topic, seen[-3:])


def test_build_started_inside_jupyterlab_writes_the_same_briefs(reports, tmp_path):
    """A `!make report` cell runs the build with JupyterLab's session in its
    environment; the briefs' kernel still saves HTML and SVG, not widgets."""
    again = tmp_path / "again"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--lang", "en"]
        + ["--topic", "overview"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={
            **os.environ,
            "ANALYSIS_REPORTS": str(again),
            "JPY_SESSION_NAME": str(ROOT / "notebooks" / "explore.ipynb"),
        },
    )
    assert result.returncode == 0, result.stderr
    for name in ("overview.en.html", "overview.en.pdf"):
        assert (again / ARTICLE / name).read_bytes() == (
            reports / ARTICLE / name
        ).read_bytes(), name
    nb = (again / ARTICLE / "overview.en.ipynb").read_text(encoding="utf-8")
    assert "widget-view+json" not in nb and nb.count('"image/svg+xml"') >= 3
