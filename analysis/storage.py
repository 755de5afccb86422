"""Writes that never leave a half-written file, and only inside reports/."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .exceptions import ParameterError
from .paths import REPORTS, display


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def inside_reports(path: str | Path, what: str = "--out") -> Path:
    """Resolve an output path and refuse it unless it lies inside reports/."""
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = Path.cwd() / candidate
    resolved = candidate.resolve()
    root = REPORTS.resolve()
    if resolved != root and root not in resolved.parents:
        raise ParameterError(
            f"{what} {path}: refused, it lies outside {display(REPORTS)}/; "
            "choose a folder inside reports/"
        )
    return resolved


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
