"""A dataset as JSON, CSV files or pandas DataFrames."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .schema import TABLES, Dataset
from .storage import atomic_write_text


def to_json_dict(dataset: Dataset) -> dict:
    """One object: the article (with its text) and every table as a list of records."""
    out = {"article": dataset.article.model_dump(mode="json")}
    for name in TABLES:
        out[name] = [r.model_dump(mode="json") for r in getattr(dataset, name)]
    return out


def to_json(dataset: Dataset) -> str:
    return json.dumps(to_json_dict(dataset), ensure_ascii=False, indent=2) + "\n"


def to_frames(dataset: Dataset) -> dict[str, pd.DataFrame]:
    """Every table as a DataFrame; records with evidence gain a `quote` column."""
    frames = {}
    for name, model in TABLES.items():
        rows = []
        for record in getattr(dataset, name):
            row = record.model_dump()
            if "evidence" in row:
                row["quote"] = " … ".join(e["quote"] for e in row["evidence"])
                row["evidence_start"] = row["evidence"][0]["start"]
            rows.append(row)
        columns = list(model.model_fields) + (
            ["quote", "evidence_start"] if "evidence" in model.model_fields else []
        )
        frame = pd.DataFrame(rows, columns=columns)
        for col in ("date_from", "date_to"):
            if col in frame:
                frame[col] = pd.to_datetime(frame[col])
        frames[name] = frame
    return frames


def write_csv(dataset: Dataset, out_dir: Path) -> list[Path]:
    """One CSV per table; list-valued cells are JSON."""
    written = []
    data = to_json_dict(dataset)
    for name in ["article", *TABLES]:
        rows = [data[name]] if name == "article" else data[name]
        frame = pd.DataFrame(rows)
        for col in frame.columns:
            if frame[col].map(lambda v: isinstance(v, list | dict)).any():
                frame[col] = frame[col].map(lambda v: json.dumps(v, ensure_ascii=False))
        path = out_dir / f"{name}.csv"
        atomic_write_text(path, frame.to_csv(index=False, lineterminator="\n"))
        written.append(path)
    return written
