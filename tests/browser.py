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
