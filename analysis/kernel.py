"""One Jupyter kernel per build worker, reused by every brief the worker runs.

Reuse saves each brief a kernel start and the pandas, Altair and vl-convert imports.
Each brief still starts from an empty namespace (`%reset -f` after every run), and a
kernel that died, hung or failed to reset is replaced before the next brief.

The kernel talks to its worker over Unix sockets (the IPC transport) in a private
folder (mode 0700), not over loopback TCP ports that any local user could reach.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from multiprocessing.util import Finalize

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines

from .session import CHARTS_ENV

ENGINE = "brief-reused-kernel"
RESET = "%reset -f"

_kernel: AsyncKernelManager | None = None
_kernel_log: str | None = None
"""File the kernel's own stdout and stderr go to; None: the worker's."""


def log_kernels_to(path: str | None) -> None:
    """Send the output of kernels started from now on to `path` (appended)."""
    global _kernel_log
    _kernel_log = path


def worker_kernel(kernel_name: str) -> AsyncKernelManager:
    """The worker's kernel, started on first use and again after a failure."""
    global _kernel
    if _kernel is not None and not run_sync(_kernel.is_alive)():
        discard_kernel()
    if _kernel is None:
        # mkdtemp makes the folder readable by its owner only (0700).
        folder = tempfile.mkdtemp(prefix="analysis-kernel-")
        # The async manager matters: with a blocking client, a kernel that dies
        # mid-cell leaves nbclient waiting on its output channel for ever.
        km = AsyncKernelManager(
            kernel_name=kernel_name,
            transport="ipc",
            connection_file=os.path.join(folder, "kernel.json"),
        )
        # The brief's charts are saved as HTML plus SVG even when the build itself
        # was started from a JupyterLab session.
        env = {**os.environ, CHARTS_ENV: "build"}
        try:
            if _kernel_log:
                with open(_kernel_log, "ab") as log:
                    run_sync(km.start_kernel)(stdout=log, stderr=log, env=env)
            else:
                run_sync(km.start_kernel)(env=env)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        _kernel = km
        Finalize(_kernel, discard_kernel, exitpriority=10)  # pool workers skip atexit
    return _kernel


def discard_kernel() -> None:
    """Shut the worker's kernel down; the next brief starts a fresh one."""
    global _kernel
    if _kernel is not None:
        km, _kernel = _kernel, None
        try:
            run_sync(km.shutdown_kernel)(now=True)
        except Exception:  # noqa: BLE001 - a dead kernel may refuse a second shutdown
            pass
        shutil.rmtree(os.path.dirname(km.connection_file), ignore_errors=True)


class ReusedKernelEngine(NBClientEngine):
    """papermill's nbclient engine, running on the worker's long-lived kernel."""

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        **kwargs,
    ):
        client = PapermillNotebookClient(
            nb_man,
            km=worker_kernel(kernel_name),
            timeout=execution_timeout,
            startup_timeout=start_timeout,
            kernel_name=kernel_name,
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        ok = False
        try:
            nb = client.execute()
            ok = True
            return nb
        finally:
            _reset(client, ok)


def _reset(client, ok: bool) -> None:
    """Empty the kernel's namespace for the next brief, or replace the kernel."""
    kc = getattr(client, "kc", None)
    healthy = False
    try:
        if kc is not None and run_sync(client.km.is_alive)():
            if not ok:
                run_sync(client.km.interrupt_kernel)()
            reply = run_sync(kc.execute_interactive)(
                RESET, timeout=20, store_history=False, output_hook=lambda msg: None
            )
            healthy = reply["content"]["status"] == "ok"
    except Exception:  # noqa: BLE001 - a kernel that cannot reset is replaced
        healthy = False
    finally:
        if kc is not None:
            kc.stop_channels()
    if not healthy:
        discard_kernel()


papermill_engines.register(ENGINE, ReusedKernelEngine)
