"""Run a build's briefs on Dask: a LocalCluster on this machine, or a running cluster.

The build decides what is stale, holds the lock and writes the index; the cluster only
runs `run_job(job, key)` for each stale brief, on workers that see this project and its
reports/ folder on the same paths (a shared file system). Each worker imports the heavy
modules once and keeps one reused kernel (`BriefWorker`), as a local worker does. A
worker lost mid-brief costs nothing written: outputs are renamed into place and the
cache entry goes last, and Dask runs the brief again on another worker.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import queue
import re
import threading
import uuid
from pathlib import Path

from distributed import WorkerPlugin

from .build import REPORTS, Result, run_job, warm_imports
from .exceptions import ParameterError
from .paths import PACKAGE, ROOT, display

CONNECT_TIMEOUT_S = int(os.environ.get("ANALYSIS_DASK_CONNECT_TIMEOUT", "5"))
"""How long to wait for a scheduler to answer before giving up."""
WORKERS_TIMEOUT_S = int(os.environ.get("ANALYSIS_DASK_WORKERS_TIMEOUT", "30"))
"""How long to wait for a running cluster to have at least one worker."""
RETRIES = 2
"""Extra attempts of a brief whose task raised (a lost worker is retried by Dask's
`distributed.scheduler.allowed-failures`, 3 by default)."""
PLUGIN = "analysis-brief-worker"
ADDRESS = re.compile(r"^(tcp|tls)://[^\s/:]+:\d{1,5}$")


def scheduler_argument(value: str) -> str:
    """argparse type for --scheduler: `dask`, or the address of a running scheduler."""
    if value == "dask" or ADDRESS.match(value):
        return value
    import argparse

    raise argparse.ArgumentTypeError(
        f"{value!r} is neither 'dask' (a cluster on this machine) nor a scheduler "
        "address like tcp://HOST:PORT"
    )


def _code_digest() -> str:
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


LOADED_CODE = _code_digest()
"""The analysis code as it was when this process imported it."""


# --- on each worker ---------------------------------------------------------------


def worker_view(inputs: list[str]) -> dict:
    """What a worker sees of the project: run on every worker before a build."""
    reports = REPORTS
    return {
        "root": str(ROOT),
        "reports": str(reports),
        "reports_writable": reports.is_dir() and os.access(reports, os.W_OK),
        "missing": [p for p in inputs if not os.path.isfile(p)],
        "code": LOADED_CODE,
        "pid": os.getpid(),
    }


class BriefWorker(WorkerPlugin):
    """Worker plugin: warm the imports once; one reused kernel, dropped at teardown.

    Registered by the build and unregistered when it ends, so a long-running worker
    does not keep a kernel between builds. Its kernels write their output to the
    build log.
    """

    name = PLUGIN
    idempotent = False

    def __init__(self, log_path: str):
        self.log_path = log_path

    def setup(self, worker) -> None:
        warm_imports()
        from . import kernel

        kernel.discard_kernel()  # a kernel from an earlier build of this worker
        kernel.log_kernels_to(self.log_path)

    def teardown(self, worker) -> None:
        from . import kernel

        kernel.discard_kernel()


QUIET_WORKERS = {
    # Dask's statistical profiler samples each task's stack every 10 ms; a build
    # never reads those profiles.
    "distributed.worker.profile.enabled": False,
    # A worker's event loop wakes every 20 ms to check that it is not blocked, and
    # samples its memory every 100 ms and its host every 500 ms. Each wake-up takes
    # the GIL from the brief running in the worker's task thread; on a machine whose
    # cores are all busy with briefs and their kernels, that cost a fifth of each
    # brief's time (measured with benchmarks/scale_bench.py). A brief takes seconds,
    # so checks every second or more lose nothing.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}
"""Settings for the workers of a LocalCluster; the README gives the same settings as
environment variables for workers started by hand."""

_ONE_BRIEF = threading.Lock()
"""A worker with several threads still runs one brief at a time: one kernel each."""


def run_on_worker(job, key: str, expected: dict) -> Result:
    """run_job, after checking the worker runs this build's code on its folders."""
    if str(REPORTS) != expected["reports"]:
        return Result(
            job,
            "failed",
            0.0,
            f"brief {job.name}: its Dask worker writes to {REPORTS}, not "
            f"{expected['reports']}; start the workers from the project's folder",
        )
    if LOADED_CODE != expected["code"]:
        return Result(
            job,
            "failed",
            0.0,
            f"brief {job.name}: its Dask worker runs other analysis code than the "
            "build; restart the workers",
        )
    with _ONE_BRIEF:
        return run_job(job, key)


# --- in the build ------------------------------------------------------------------


class DaskRunner:
    """Runs a build's stale briefs on Dask, as a context manager around the build.

    `scheduler` is `dask` for a LocalCluster of `workers` processes (one per core by
    default) or the address of a running scheduler (`tcp://HOST:PORT`).
    """

    def __init__(self, scheduler: str, workers: int | None = None, out=None):
        import sys

        self.scheduler = scheduler
        self.workers = workers
        self.out = out or sys.stdout
        self.cluster = None
        self.client = None

    # connecting

    def __enter__(self) -> DaskRunner:
        import dask
        from distributed import Client

        logging.getLogger("distributed").setLevel(logging.ERROR)
        dask.config.set({"distributed.comm.timeouts.connect": f"{CONNECT_TIMEOUT_S}s"})
        try:
            if self.scheduler == "dask":
                self.cluster = self._local_cluster()
                self.client = Client(self.cluster, set_as_default=False)
            else:
                self.client = Client(
                    self.scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False
                )
        except OSError:
            self.close()
            host_port = self.scheduler.split("://", 1)[1]
            port = host_port.rsplit(":", 1)[1]
            raise ParameterError(
                f"--scheduler {self.scheduler}: no Dask scheduler answered within "
                f"{CONNECT_TIMEOUT_S} s; start one with 'dask scheduler --port {port}' "
                f"and workers with 'dask worker {self.scheduler}' in this project's "
                "folder, or leave out --scheduler to build on this machine"
            ) from None
        except BaseException:
            self.close()
            raise
        return self

    def _local_cluster(self):
        import dask
        from distributed import LocalCluster

        with dask.config.set(QUIET_WORKERS):
            return LocalCluster(
                n_workers=self.workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:8787"
                if importlib.util.find_spec("bokeh")
                else None,
                silence_logs=logging.ERROR,
            )

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.client is not None:
            try:
                if self.client.status == "running":
                    self.client.unregister_worker_plugin(PLUGIN)
            except Exception:  # noqa: BLE001 - never registered, or workers gone
                pass
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def dashboard(self) -> str:
        """The dashboard's address, or why there is none."""
        info = self.client.scheduler_info(n_workers=0)
        if "dashboard" not in info.get("services", {}):
            return (
                "not served (the scheduler has no bokeh; "
                "pip install 'bokeh>=3.1' where it runs)"
            )
        return self.client.dashboard_link

    # checking the workers

    def _workers(self) -> dict:
        if self.scheduler != "dask":
            try:
                self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
            except TimeoutError:
                raise ParameterError(
                    f"--scheduler {self.scheduler}: the scheduler has no workers after "
                    f"{WORKERS_TIMEOUT_S} s; start some with 'dask worker "
                    f"{self.scheduler}' in this project's folder"
                ) from None
        return self.client.scheduler_info(n_workers=-1)["workers"]

    def check(self, todo) -> dict:
        """Every worker must see the articles and write to this build's reports/."""
        workers = self._workers()
        inputs = sorted({str(p) for job, _ in todo for p in job.inputs()})
        try:
            views = self.client.run(worker_view, inputs, wait=True)
        except Exception as exc:  # noqa: BLE001 - a worker without the project
            first = str(exc).splitlines()[0] if str(exc) else ""
            raise ParameterError(
                f"--scheduler {self.scheduler}: a Dask worker could not run the "
                f"project's check ({type(exc).__name__}: {first}); start the workers "
                f"with this project's environment ({ROOT / '.venv' / 'bin' / 'dask'} "
                "worker …) in its folder"
            ) from None
        expected = {"reports": str(REPORTS), "code": LOADED_CODE}
        for address in sorted(workers):
            view = views.get(address)
            if view is None:
                continue
            where = f"Dask worker {address}"
            if view["missing"]:
                more = len(view["missing"]) - 1
                raise ParameterError(
                    f"{where} cannot see {display(Path(view['missing'][0]))}"
                    + (f" (and {more} more input files)" if more else "")
                    + f"; workers must see this project's folder ({ROOT}) on the same "
                    "path, through a shared file system"
                )
            if view["reports"] != str(REPORTS):
                raise ParameterError(
                    f"{where} writes briefs to {view['reports']}, this build to "
                    f"{REPORTS}; start the workers from this project's folder with the "
                    "same ANALYSIS_REPORTS, on a file system they share"
                )
            if not view["reports_writable"]:
                raise ParameterError(
                    f"{where} cannot write to {REPORTS}; share that folder with the "
                    "workers, writable by the user they run as"
                )
            if view["code"] != expected["code"]:
                raise ParameterError(
                    f"{where} runs other analysis code than this build (another copy, "
                    f"or changed since the worker started); restart the workers from "
                    f"{ROOT}"
                )
        return expected

    # running

    def run(self, todo, log: Path, progress) -> list[Result]:
        from distributed import CancelledError

        expected = self.check(todo)
        progress.note(f"  Dask dashboard: {self.dashboard()}")
        self.client.register_plugin(BriefWorker(str(log)), name=PLUGIN)

        token = uuid.uuid4().hex[:8]
        jobs = {f"brief-{job.name}-{token}": (job, key) for job, key in todo}
        events: queue.Queue = queue.Queue()
        self.client.subscribe_topic("all", lambda event: events.put(("event", event)))
        futures = self.client.map(
            run_on_worker,
            [job for job, _ in jobs.values()],
            [key for _, key in jobs.values()],
            expected=expected,
            key=list(jobs),
            retries=RETRIES,
            pure=False,
        )
        for future in futures:
            future.add_done_callback(lambda f: events.put(("done", f)))
        results = []
        remaining = set(jobs)
        try:
            while remaining:
                try:
                    kind, item = events.get(timeout=1.0)
                except queue.Empty:
                    continue
                if kind == "event":
                    self._lost(item[1], remaining, jobs, progress)
                    continue
                if item.key not in remaining:
                    continue
                remaining.discard(item.key)
                job = jobs[item.key][0]
                try:
                    result = item.result()
                except CancelledError:
                    result = Result(
                        job,
                        "failed",
                        0.0,
                        f"brief {job.name}: the Dask scheduler at "
                        f"{self.client.scheduler.address} cancelled it or went away",
                    )
                except Exception as exc:  # noqa: BLE001 - reported as a failed brief
                    result = Result(job, "failed", 0.0, _task_error(job, exc))
                progress.done(result)
                results.append(result)
        finally:
            self.client.unsubscribe_topic("all")
            self.client.cancel([f for f in futures if f.key in remaining])
        return results

    def _lost(self, msg, remaining, jobs, progress) -> None:
        if not isinstance(msg, dict) or msg.get("action") != "remove-worker":
            return
        for key in sorted(set(msg.get("processing-tasks", ())) & remaining):
            progress.note(
                f"  retry  {jobs[key][0].name}: its Dask worker {msg.get('worker')} "
                "was lost; running the brief again on another worker"
            )


def _task_error(job, exc: BaseException) -> str:
    from distributed.scheduler import KilledWorker

    if isinstance(exc, KilledWorker):
        return (
            f"brief {job.name}: every Dask worker that ran it died (KilledWorker); "
            "see reports/build.log and the workers' logs"
        )
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"brief {job.name}: {type(exc).__name__}: {first}"
