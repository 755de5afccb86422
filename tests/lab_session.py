"""Open notebooks in JupyterLab in headless Chromium and run them as a user does.

Run as a script inside `unshare -n` (loopback up) so that JupyterLab, its kernel and
the browser share a network with nothing beyond the machine:

    python tests/lab_session.py OUT_DIR NOTEBOOK [NOTEBOOK ...]

It copies the notebooks into OUT_DIR (JupyterLab saves what it runs), starts the
project's JupyterLab (`.venv-lab`, as `make lab` does) on a free port with a token,
opens each notebook, clicks Run → Run All Cells, waits for the kernel, and prints one
JSON object: per notebook, the cells run, the errors shown, the charts drawn
(`svg.marks` in outputs) and the path of a screenshot.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAB_VENV = ROOT / ".venv-lab"
JUPYTER = LAB_VENV / "bin" / "jupyter"
CHROMIUM = "/usr/bin/chromium"
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
"""The notebook on show; notebooks opened earlier stay in the page, hidden."""
IDLE = f"{PANEL} .jp-Notebook-ExecutionIndicator[data-status='idle']"
"""The notebook's kernel indicator when the kernel is idle."""
ERROR_MARKERS = (
    "Traceback",
    "Error loading script",
    "JavaScript Error",
    "Error displaying widget",
    "Failed to load model class",
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_lab(root_dir: Path, port: int, token: str, log) -> subprocess.Popen:
    command = [
        str(JUPYTER),
        "lab",
        f"--config={ROOT / 'jupyter_lab_config.py'}",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root_dir}",
        f"--IdentityProvider.token={token}",
        "--allow-root",
    ]
    env_dirs = {
        "JUPYTERLAB_SETTINGS_DIR": root_dir / ".lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": root_dir / ".lab-workspaces",
        "JUPYTER_RUNTIME_DIR": root_dir / ".runtime",
    }

    # No "official Jupyter news?" prompt over the notebook.
    news = env_dirs["JUPYTERLAB_SETTINGS_DIR"] / "@jupyterlab" / "apputils-extension"
    news.mkdir(parents=True, exist_ok=True)
    (news / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    env = {**os.environ, **{k: str(v) for k, v in env_dirs.items()}}
    return subprocess.Popen(command, stdout=log, stderr=log, env=env, cwd=root_dir)


def wait_ready(port: int, token: str, timeout: float = 90) -> None:
    url = f"http://127.0.0.1:{port}/api/status?token={token}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"JupyterLab did not answer on port {port} in {timeout} s")


def api(base: str, token: str, path: str, body: dict | None = None):
    """The server's REST API at `path`: GET, or POST of `body`; the JSON answer."""
    request = urllib.request.Request(
        f"{base}/api/{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"token {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def start_session(base: str, token: str, name: str) -> str:
    """Start the notebook's session, and its kernel, through the server's REST API;
    return the kernel's id.

    The page then connects to this session, as it does when a user reopens a
    notebook whose kernel runs. Left to the page, a slow first start of the kernel
    can race with JupyterLab's own session start: two kernels start, one is shut down
    under the page, and Run All Cells stops after the first cell.
    """
    body = {
        "path": name,
        "name": name,
        "type": "notebook",
        "kernel": {"name": "python3"},
    }
    return api(base, token, "sessions", body)["kernel"]["id"]


def warm_up(page, base: str, token: str) -> None:
    """Load JupyterLab once, on an empty workspace, until its launcher lists the
    kernels. The first page a fresh server serves can replace a notebook's kernel
    while it opens (its kernel list arrives late); a user never notices, since no
    cell has run yet, but a run started at once would lose its cells."""
    page.goto(f"{base}/lab/workspaces/warm-up?reset&token={token}")
    page.wait_for_selector(".jp-LauncherCard", timeout=120_000)


def kernel_of(base: str, token: str, name: str) -> str | None:
    """The id of the kernel the server runs for the notebook `name`, if any."""
    for session in api(base, token, "sessions"):
        if session["path"] == name and session.get("kernel"):
            return session["kernel"]["id"]
    return None


def settle(page, base: str, token: str, name: str, quiet: float = 4) -> None:
    """Wait until the notebook's kernel is idle and has stayed the same kernel for
    `quiet` seconds."""
    deadline, kernel, since = time.monotonic() + 120, None, time.monotonic()
    while time.monotonic() < deadline:
        page.wait_for_selector(IDLE, timeout=120_000)
        now = kernel_of(base, token, name)
        if now != kernel:
            kernel, since = now, time.monotonic()
        elif kernel and time.monotonic() - since >= quiet:
            return
        page.wait_for_timeout(500)
    raise TimeoutError(f"the kernel of {name} did not settle in 120 s")


def run_notebook(page, base: str, token: str, name: str, out_dir: Path) -> dict:
    start_session(base, token, name)
    # A workspace per notebook, so no other notebook is restored beside it.
    page.goto(f"{base}/lab/workspaces/{Path(name).stem}/tree/{name}?token={token}")
    page.wait_for_selector(f"{PANEL} .jp-Cell", timeout=60_000)
    settle(page, base, token, name)
    reruns = run_to_the_end(page)
    # Charts are widgets: they draw once their model reached the page.
    deadline = time.monotonic() + 60
    charts = 0
    while time.monotonic() < deadline:
        charts = page.locator(f"{PANEL} .jp-OutputArea-output svg.marks").count()
        time.sleep(2)
        if charts == page.locator(f"{PANEL} .jp-OutputArea-output svg.marks").count():
            break
    outputs = texts(page, f"{PANEL} .jp-OutputArea-output")
    errors = [text[:300] for text in outputs if any(m in text for m in ERROR_MARKERS)]
    errors += [
        text[:300]
        for text in texts(
            page,
            f"{PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']",
        )
        if text not in errors
    ]
    numbers = [
        t.strip() for t in texts(page, f"{PANEL} .jp-CodeCell .jp-InputArea-prompt")
    ]
    shots = [out_dir / f"{Path(name).stem}.png"]
    page.locator(f"{PANEL} .jp-WindowedPanel-outer").first.evaluate(
        "el => el.scrollTo(0, 0)"
    )
    page.screenshot(path=str(shots[0]))
    marks = page.locator(f"{PANEL} .jp-OutputArea-output svg.marks")
    for index in range(min(marks.count(), 4)):
        marks.nth(index).scroll_into_view_if_needed()
        shots.append(out_dir / f"{Path(name).stem}-chart{index + 1}.png")
        page.screenshot(path=str(shots[-1]))
    tooltip = hover_first_mark(page)
    return {
        "notebook": name,
        "prompts": numbers,
        "charts": charts,
        "errors": errors,
        "screenshots": [str(shot) for shot in shots],
        "tooltip": tooltip,
        "reruns": reruns,
        "dialogs": DIALOGS,
    }


def texts(page, selector: str) -> list[str]:
    """Text of every element matched, including cells scrolled out of view (whose
    innerText is empty while the browser skips rendering them)."""
    return page.locator(selector).evaluate_all("els => els.map(e => e.textContent)")


STATE = """(panel) => {
    const prompts = [...document.querySelectorAll(
        panel + ' .jp-CodeCell .jp-InputArea-prompt')].map(p => p.textContent);
    const failed = document.querySelector(panel +
        " .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']");
    if (prompts.some(p => p.includes('[*]'))) return 'running';
    if (prompts.length && prompts.every(p => /\\[\\d+\\]/.test(p))) return 'done';
    if (failed !== null) return 'failed';
    return prompts.some(p => /\\[\\d+\\]/.test(p)) ? 'stalled' : 'waiting';
}"""
"""Where Run All Cells is: `running` while a cell shows [*]; `done` once every code
cell has a number; `failed` when a cell raised (Run All Cells stops there, leaving
the cells after it without a number); `stalled` when some cells ran, none runs now and
none failed (the kernel was replaced under the run); `waiting` before any cell ran."""
DIALOGS: list[str] = []
"""Text of every dialog JupyterLab put over the notebook, reported with the results."""


def dismiss_dialogs(page) -> None:
    """Accept any dialog over the page (a kernel choice, a server notice) and note it.

    On a first start JupyterLab may ask which kernel to use; its default button is
    the notebook's own kernel, which is what a user clicks. A dialog that comes back
    is closed instead, so that accepting it cannot loop (each kernel choice starts a
    new kernel).
    """
    dialog = page.locator(".jp-Dialog")
    while dialog.count():
        text = " ".join(dialog.first.inner_text().split())[:200]
        print(f"dialog: {text}", file=sys.stderr)
        accept = dialog.first.locator(".jp-Dialog-button.jp-mod-accept")
        if accept.count() and text not in DIALOGS:
            accept.first.click()
        else:
            page.keyboard.press("Escape")
        DIALOGS.append(text)
        page.wait_for_timeout(500)


def run_all_cells(page) -> None:
    """Run → Run All Cells, as a user clicks it, once the notebook's kernel is ready.

    The menu item does nothing while the kernel is still connecting, so click again
    until a cell starts.
    """
    for _ in range(10):
        dismiss_dialogs(page)
        try:
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click(
                timeout=10_000
            )
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click(
                timeout=10_000
            )
            page.wait_for_function(
                """(panel) => [...document.querySelectorAll(
                    panel + ' .jp-CodeCell .jp-InputArea-prompt')]
                    .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))""",
                arg=PANEL,
                timeout=30_000,
            )
            return
        except Exception:  # noqa: BLE001 - kernel not connected yet, or a dialog
            page.keyboard.press("Escape")
    raise TimeoutError("Run All Cells started no cell")


def run_to_the_end(page, timeout: float = 300, stall: float = 20) -> int:
    """Run All Cells and wait until every cell ran or one failed; return the reruns.

    A first start of JupyterLab can replace the notebook's kernel just after the run
    began (two sessions race); the queued cells are then dropped and the run stalls
    with no cell running. After `stall` seconds in that state, Run All Cells is
    clicked again, at most twice, and the count is reported.
    """
    # The kernel is ready when the toolbar's indicator says idle.
    page.wait_for_selector(
        IDLE,
        timeout=120_000,
    )
    run_all_cells(page)
    reruns, since, deadline = 0, None, time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = page.evaluate(STATE, PANEL)
        if state in ("done", "failed"):
            page.wait_for_selector(
                IDLE,
                timeout=120_000,
            )
            return reruns
        if state in ("stalled", "waiting"):
            since = since or time.monotonic()
            if time.monotonic() - since > stall and reruns < 2:
                reruns, since = reruns + 1, None
                run_all_cells(page)
        else:
            since = None
        page.wait_for_timeout(1000)
    raise TimeoutError(f"the notebook's cells did not finish in {timeout} s")


def hover_first_mark(page) -> str:
    """Hover the first chart mark that has a tooltip and return the tooltip's text."""
    marks = page.locator(
        f"{PANEL} .jp-OutputArea-output svg.marks path[aria-roledescription]"
    )
    for index in range(min(marks.count(), 40)):
        mark = marks.nth(index)
        try:
            mark.scroll_into_view_if_needed(timeout=2000)
            mark.hover(timeout=2000, force=True)
        except Exception:  # noqa: BLE001 - a mark hidden behind another; try the next
            continue
        tooltip = page.locator("#vg-tooltip-element.visible")
        try:
            tooltip.wait_for(timeout=1500)
        except Exception:  # noqa: BLE001 - this mark has no tooltip
            continue
        return tooltip.inner_text()
    return ""


def main(out_dir: str, *notebooks: str) -> None:
    from playwright.sync_api import sync_playwright

    out = Path(out_dir)
    work = out / "notebooks"
    work.mkdir(parents=True, exist_ok=True)
    for notebook in notebooks:
        shutil.copy(notebook, work / Path(notebook).name)
    port, token = free_port(), secrets.token_hex(16)
    results = []
    with open(out / "jupyterlab.log", "w") as log:
        lab = start_lab(work, port, token, log)
        try:
            wait_ready(port, token)
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
                )
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                console = []
                page.on(
                    "console",
                    lambda m: console.append(m.text) if m.type == "error" else None,
                )
                warm_up(page, f"http://127.0.0.1:{port}", token)
                for notebook in notebooks:
                    console.clear()
                    try:
                        result = run_notebook(
                            page,
                            f"http://127.0.0.1:{port}",
                            token,
                            Path(notebook).name,
                            out,
                        )
                    except Exception:
                        shot = out / f"{Path(notebook).stem}-failed.png"
                        page.screenshot(path=str(shot))
                        print(
                            f"screenshot: {shot}; dialogs: {DIALOGS}", file=sys.stderr
                        )
                        print(f"console errors: {console}", file=sys.stderr)
                        raise
                    result["console_errors"] = list(console)
                    results.append(result)
                browser.close()
        finally:
            lab.terminate()
            try:
                lab.wait(timeout=20)
            except subprocess.TimeoutExpired:
                lab.kill()
    print(json.dumps(results))


if __name__ == "__main__":
    main(*sys.argv[1:])
