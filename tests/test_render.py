"""The renderer's two outputs, and the exporters registered with nbconvert."""

import altair as alt
import pandas as pd

from analysis import render


def small_chart():
    return (
        alt.Chart(pd.DataFrame({"x": [1, 2], "y": [3, 4]}))
        .mark_point()
        .encode(x="x:Q", y="y:Q")
    )


def test_renderer_gives_html_and_svg():
    bundle, _ = render.render(small_chart().to_dict())
    assert set(bundle) == {"text/html", "image/svg+xml"}
    assert bundle["image/svg+xml"].lstrip().startswith("<svg")
    assert 'id="vis-' in bundle["text/html"]


def test_html_uses_page_bundle_when_versions_match():
    # Altair's "universal" template skips its CDN loader when VEGA_DEBUG matches:
    # pin that internal so an Altair upgrade that changes it fails here.
    html = render.chart_html(small_chart().to_dict())
    assert "VEGA_DEBUG[key] == version" in html
    assert 'lib.replace("-", "")' in html
    head = render.bundle_head_script()
    for key, version in render.VERSIONS.items():
        assert f'"{key}_version": "{version}"' in head
    assert "window.vegaEmbed" in head


def test_ids_are_derived_from_the_chart():
    spec = small_chart().to_dict()
    assert render.spec_id(spec) == render.spec_id(small_chart().to_dict())
    other = small_chart().properties(width=100).to_dict()
    assert render.spec_id(spec) != render.spec_id(other)


def test_figure_bundle_has_caption_and_metadata():
    figure = render.BriefFigure(
        small_chart(), 2, "Caption <b>x</b>", "Source: the article"
    )
    bundle, meta = figure._repr_mimebundle_()
    assert "Figure 2 — </span>Caption &lt;b&gt;x&lt;/b&gt;." in bundle["text/html"]
    assert meta["brief"]["figure"] == 2
    assert bundle["image/svg+xml"].lstrip().startswith("<svg")


def test_exporters_are_registered_entry_points():
    from nbconvert.exporters import get_exporter

    assert get_exporter("brief_pdf") is render.BriefPDFExporter
    assert get_exporter("brief_html") is render.BriefHTMLExporter
