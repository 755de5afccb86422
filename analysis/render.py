"""Charts as HTML plus SVG (builds) or offline widgets (JupyterLab), and the nbconvert
exporters for HTML and PDF briefs."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import functools
import hashlib
import html
import json
import os
from functools import lru_cache

import altair as alt
import vl_convert as vlc
from altair.utils.html import HTML_TEMPLATE_UNIVERSAL
from nbconvert.exporters import Exporter, HTMLExporter
from traitlets import Bool, default
from traitlets.config import Config

from .paths import TEMPLATES
from .session import chart_mode

RENDERER = "brief"
INTERACTIVE_RENDERER = "brief-interactive"
VERSIONS = {
    "vega": alt.VEGA_VERSION,
    "vegalite": alt.VEGALITE_VERSION,
    "vegaembed": alt.VEGAEMBED_VERSION,
}
EMBED_OPTIONS = {"actions": False, "renderer": "svg"}
INTERACTIVE_EMBED_OPTIONS = {
    "renderer": "svg",
    # Save as SVG or PNG works offline; the Vega editor needs the network.
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
}


def spec_id(spec: dict) -> str:
    """An id derived from the chart itself, so rebuilt pages are byte-identical."""
    digest = hashlib.sha256(json.dumps(spec, sort_keys=True).encode()).hexdigest()
    return f"vis-{digest[:12]}"


@lru_cache(maxsize=256)
def _svg(spec_json: str) -> str:
    return vlc.vegalite_to_svg(json.loads(spec_json), vl_version=vl_version())


def vl_version() -> str:
    return "v" + "_".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])


def chart_svg(spec: dict) -> str:
    """A static SVG of the chart, drawn by vl-convert with no network."""
    return _svg(json.dumps(spec, sort_keys=True))


def script_json(value) -> str:
    """JSON that cannot end the <script> element it sits in, whatever its strings hold.

    An article that contains "</script>" or "<!--" would otherwise close the chart's
    script early; the escaped forms decode to the same text.
    """
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text.replace("</", "<\\/").replace("<!--", "\\u003c!--")


def chart_html(spec: dict) -> str:
    """Interactive HTML that uses the page's Vega bundle when it has one."""
    return HTML_TEMPLATE_UNIVERSAL.render(
        spec=script_json(spec),
        embed_options=script_json({**EMBED_OPTIONS, "mode": "vega-lite"}),
        vega_version=VERSIONS["vega"],
        vegalite_version=VERSIONS["vegalite"],
        vegaembed_version=VERSIONS["vegaembed"],
        base_url="https://cdn.jsdelivr.net/npm",
        output_div=spec_id(spec),
    )


def render(spec: dict, **metadata) -> tuple[dict, dict]:
    """The project's Altair renderer: interactive HTML and a static SVG in one bundle."""
    return {"text/html": chart_html(spec), "image/svg+xml": chart_svg(spec)}, {}


def chart_widget(chart: alt.TopLevelMixin):
    """The chart as a widget that draws in JupyterLab with no network.

    Its Vega bundle comes from vl-convert through the kernel (Altair's offline
    JupyterChart, on anywidget); tooltips work as in the HTML brief.
    """
    alt.JupyterChart.enable_offline(offline=True)
    return alt.JupyterChart(chart, embed_options=INTERACTIVE_EMBED_OPTIONS)


def render_interactive(spec: dict, **metadata) -> dict:
    """The renderer for live sessions: an offline chart widget."""
    return chart_widget(alt.Chart.from_dict(spec))._repr_mimebundle_()


def interactive() -> bool:
    """True when charts are displayed as widgets (see `enable`)."""
    return alt.renderers.active == INTERACTIVE_RENDERER


def enable(mode: str | None = None) -> str:
    """Register the project's renderers and enable the one for this session.

    `mode` is `build` or `interactive`; by default `analysis.session.chart_mode()`
    decides (widgets in JupyterLab, HTML plus SVG under papermill and in the build).
    Returns the mode enabled.
    """
    mode = mode or chart_mode()
    if RENDERER not in alt.renderers.names():
        alt.renderers.register(RENDERER, render)
    if INTERACTIVE_RENDERER not in alt.renderers.names():
        alt.renderers.register(INTERACTIVE_RENDERER, render_interactive)
    alt.renderers.enable(INTERACTIVE_RENDERER if mode == "interactive" else RENDERER)
    return mode


def bundle_head_script() -> str:
    """The Vega, Vega-Lite and vega-embed bundle, once per page, marked as loaded."""
    debug = json.dumps({f"{k}_version": v for k, v in VERSIONS.items()})
    source = vlc.javascript_bundle(vl_version=vl_version())
    # A classic script, so the bundle is defined before the charts' inline scripts run.
    return (
        f"<script>\n{source}\n</script>\n<script>var VEGA_DEBUG = {debug};</script>\n"
    )


def data_rows(spec: dict) -> int:
    """How many data rows a chart draws, inline or named, the map's outline aside."""
    rows = sum(len(v) for v in spec.get("datasets", {}).values())

    def walk(node):
        nonlocal rows
        values = (node.get("data") or {}).get("values")
        if isinstance(values, list):
            rows += len(values)
        for child in node.get("layer", []):
            walk(child)

    walk(spec)
    return rows


class BriefFigure:
    """A numbered chart with its caption and source line."""

    def __init__(
        self,
        chart: alt.TopLevelMixin,
        number: int,
        caption: str,
        source: str,
        lang: str = "en",
    ):
        from .i18n import translator

        self.chart = chart
        self.number = number
        self.caption = caption
        self.source = source
        _ = translator(lang)
        self.label = _("Figure {n}").format(n=number)

    @property
    def spec(self) -> dict:
        return self.chart.to_dict()

    def caption_html(self) -> str:
        return (
            f'<figcaption><span class="figure-number">{html.escape(self.label)} — </span>'
            f"{html.escape(self.caption)}. "
            f'<span class="figure-source">{html.escape(self.source)}.</span></figcaption>'
        )

    def widget(self):
        """The figure for a live session: the chart widget above its caption."""
        import ipywidgets

        caption = f'<figure class="brief-figure">{self.caption_html()}</figure>'
        return ipywidgets.VBox([chart_widget(self.chart), ipywidgets.HTML(caption)])

    def _repr_mimebundle_(self, include=None, exclude=None):
        if interactive():
            return self.widget()._repr_mimebundle_(include=include, exclude=exclude)
        spec = self.spec
        body = (
            f'<figure class="brief-figure" id="figure-{self.number}">'
            f'<div class="chart">{chart_html(spec)}</div>{self.caption_html()}</figure>'
        )
        metadata = {
            "brief": {
                "figure": self.number,
                "caption_html": self.caption_html(),
                "rows": data_rows(spec),
            }
        }
        return {"text/html": body, "image/svg+xml": chart_svg(spec)}, metadata


# --- nbconvert --------------------------------------------------------------


def static_figures(nb):
    """Replace each figure's interactive HTML by its SVG, for a page without scripts."""
    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            meta = output.get("metadata", {}).get("brief")
            data = output.get("data", {})
            if meta and "image/svg+xml" in data:
                svg = data["image/svg+xml"]
                svg = "".join(svg) if isinstance(svg, list) else svg
                data["text/html"] = (
                    f'<figure class="brief-figure" id="figure-{meta["figure"]}">'
                    f'<div class="chart">{svg}</div>{meta["caption_html"]}</figure>'
                )
    return nb


def _brief_config() -> Config:
    c = Config()
    c.TemplateExporter.exclude_input = True
    c.TemplateExporter.exclude_input_prompt = True
    c.TemplateExporter.exclude_output_prompt = True
    c.TemplateExporter.exclude_markdown = True
    return c


class BriefHTMLExporter(HTMLExporter):
    """Self-contained HTML brief: no code, no prompts, one inline Vega bundle."""

    export_from_notebook = "Brief HTML"
    static = Bool(False, help="Draw charts as SVG without scripts (for print).").tag(
        config=True
    )

    def __init__(self, config=None, **kw):
        merged = _brief_config()
        if config:
            merged.merge(config)
        super().__init__(config=merged, **kw)

    @default("template_name")
    def _template_name_default(self):
        return "brief"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(TEMPLATES)]

    def _init_resources(self, resources):
        resources = super()._init_resources(resources)
        resources["brief_static"] = self.static
        resources["brief_bundle"] = "" if self.static else bundle_head_script()
        resources["brief_css"] = (TEMPLATES / "brief" / "brief.css").read_text("utf-8")
        return resources

    def from_notebook_node(self, nb, resources=None, **kw):
        nb = static_figures(nb) if self.static else copy.deepcopy(nb)
        nb.metadata["brief"] = page_metadata(nb)
        return super().from_notebook_node(nb, resources, **kw)


def page_metadata(nb) -> dict:
    """Title and language the brief's header output declares, for the page."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            page = output.get("metadata", {}).get("brief", {}).get("page")
            if page:
                return dict(page)
    return {"title": nb.metadata.get("title", "Brief"), "lang": "en", "running": ""}


class BriefPDFExporter(Exporter):
    """A4 PDF brief drawn by WeasyPrint from the static HTML: vector charts, fonts embedded."""

    export_from_notebook = "Brief PDF"
    output_mimetype = "application/pdf"

    def _file_extension_default(self):
        return ".pdf"

    def from_notebook_node(self, nb, resources=None, **kw):
        nb_copy, resources = super().from_notebook_node(nb, resources, **kw)
        page, _ = exporter("static").from_notebook_node(nb_copy, resources)
        meta = page_metadata(nb_copy)
        pdf = html_to_pdf(page, pdf_date(meta.get("as_of")), meta.get("title"))
        return pdf, resources


@functools.cache
def exporter(kind: str) -> Exporter:
    """One exporter of each kind per process ("html", "static" or "pdf").

    Building an exporter compiles its Jinja templates, a quarter of a second each
    time; a worker that renders many briefs compiles them once.
    """
    if kind == "pdf":
        return BriefPDFExporter()
    return BriefHTMLExporter(static=kind == "static")


def pdf_date(as_of: str | None) -> dt.datetime | None:
    """The PDF's creation date: SOURCE_DATE_EPOCH if set, else the brief's as-of date.

    Either way it is fixed by the inputs, so two builds give the same bytes.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    if as_of:
        return dt.datetime.combine(dt.date.fromisoformat(as_of), dt.time(), dt.UTC)
    return None


def html_to_pdf(
    page: str, created: dt.datetime | None = None, title: str | None = None
) -> bytes:
    """PDF bytes from a brief page, with fonts embedded and charts as vector SVG."""
    import weasyprint

    document = weasyprint.HTML(string=page, base_url=str(TEMPLATES)).render()
    if created is not None:
        stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        document.metadata.created = stamp
        document.metadata.modified = stamp
    if title:
        document.metadata.title = title
    with _fonts_dated(created):
        return document.write_pdf()


@contextlib.contextmanager
def _fonts_dated(created: dt.datetime | None):
    """Date the embedded font subsets `created`, not the moment they are written.

    fontTools stamps each subset's `head` table with the time it is compiled unless
    SOURCE_DATE_EPOCH is set, so without this two builds a second apart differ.
    """
    if created is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
