"""Markup inside an article is shown as text in the HTML and the PDF, never run."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import drawn_charts, dump_dom, needs_chromium, tooltips
from building import run_build
from pypdf import PdfReader

from analysis.paths import ROOT
from analysis.render import script_json

pytestmark = pytest.mark.slow
FIXTURE = ROOT / "tests" / "fixtures" / "injection.md"


def test_script_json_cannot_close_its_script():
    text = script_json({"quote": "a </script><script>alert(1)</script> <!-- b"})
    assert "</script" not in text and "<!--" not in text


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    result = run_build(out, "--article", str(FIXTURE), "--lang", "en", timeout=600)
    assert result.returncode == 0, result.stderr
    return out / "injection"


class Elements(HTMLParser):
    """Elements an attacker would need: scripts that call alert, handlers, images."""

    def __init__(self):
        super().__init__()
        self.bad = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if any(name.startswith("on") for name in attrs):
            self.bad.append((tag, attrs))
        if tag == "img" or (tag == "a" and "javascript:" in (attrs.get("href") or "")):
            self.bad.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_data(self, data):
        if self._in_script and re.match(r"\s*alert\(", data):
            self.bad.append(("script", data[:40]))

    def handle_endtag(self, tag):
        self._in_script = False


def test_html_source_escapes_article_markup(built):
    for page in built.glob("*.en.html"):
        text = page.read_text(encoding="utf-8")
        parser = Elements()
        parser.feed(text)
        assert parser.bad == [], page.name
        assert "&lt;script&gt;alert(" in text, page.name


@needs_chromium
def test_rendered_page_has_no_injected_element(built):
    for page in sorted(built.glob("*.en.html")):
        dom, console = dump_dom(page)
        parser = Elements()
        parser.feed(dom)
        assert parser.bad == [], page.name
        expected = page.read_text(encoding="utf-8").count(
            '<figure class="brief-figure"'
        )
        assert drawn_charts(dom) == expected
        assert console == []


def test_pdf_shows_the_markup_as_text(built):
    text = " ".join(
        p.extract_text() for p in PdfReader(built / "overview.en.pdf").pages
    )
    text = re.sub(r"\s+", " ", text)
    assert "<script>alert('title')</script>" in text
    assert "EXTRACTED AUTOMATICALLY" in text.upper()


def test_title_is_escaped_in_the_page_title(built):
    text = Path(built / "overview.en.html").read_text(encoding="utf-8")
    assert "<title>" in text and "<script>alert('title')" not in text


@needs_chromium
def test_markup_in_the_article_shows_as_text_in_a_tooltip(built):
    def markup(text):
        return "<script>alert(" in text or "<img src=x onerror=" in text

    seen = tooltips(built / "overview.en.html", markup)
    assert seen and markup(seen[-1][0]), seen[-3:]
    text, inner = seen[-1]
    # The tooltip's words are the article's, and its markup is escaped text.
    assert "<script" not in inner and "<img" not in inner
    assert "&lt;script&gt;" in inner or "&lt;img" in inner
