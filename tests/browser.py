"""Headless Chromium for the tests: a page's DOM after its scripts ran, offline."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

needs_chromium = pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("CI"),
    reason="Debian's chromium is not installed (bash .ci/run installs it)",
)


def dump_dom(page: Path) -> tuple[str, list[str]]:
    """The rendered DOM and the console messages, with every network request refused."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--proxy-server=127.0.0.1:9",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--enable-logging=stderr",
                "--v=0",
                "--virtual-time-budget=15000",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    return result.stdout, console


def drawn_charts(dom: str) -> int:
    """Charts vega-embed drew: each leaves one <svg class="marks">."""
    return len(re.findall(r'<svg[^>]*class="marks"', dom))


def tooltips(page: Path, wanted, limit: int = 300) -> list[tuple[str, str]]:
    """Hover a page's chart marks in headless Chromium, network refused, until a
    tooltip satisfies `wanted(text)`; every tooltip seen as (text, innerHTML).

    Driven by Playwright on Debian's Chromium (no browser download).
    """
    from playwright.sync_api import sync_playwright

    seen = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        tab = browser.new_page(viewport={"width": 1200, "height": 1000})
        tab.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith("file:")
                else route.abort()
            ),
        )
        tab.goto(page.as_uri())
        tab.wait_for_selector("svg.marks")
        marks = tab.locator(
            "svg.marks g.role-mark > path, svg.marks g.role-mark > text"
        )
        tip = tab.locator("#vg-tooltip-element.visible")
        for index in range(min(marks.count(), limit)):
            mark = marks.nth(index)
            try:
                mark.scroll_into_view_if_needed(timeout=1000)
                mark.hover(timeout=1000, force=True)
                tip.wait_for(timeout=300)
            except Exception:  # noqa: BLE001 - a mark without a tooltip
                continue
            seen.append((tip.inner_text(), tip.inner_html()))
            if wanted(seen[-1][0]):
                break
            tab.mouse.move(0, 0)
        browser.close()
    return seen
