"""Export: the JSON and CSV a user gets, with values asserted."""

import json
import subprocess
import sys

import pandas as pd

import analysis
from analysis.paths import REPORTS, ROOT
from analysis.schema import TABLES


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_export_json_has_every_table_and_verified_quotes():
    result = run("export", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["article", *TABLES]
    text = data["article"]["text"]
    for name in list(TABLES)[1:]:
        for record in data[name]:
            for ev in record["evidence"]:
                assert text[ev["start"] : ev["end"]] == ev["quote"]
    events = {e["event_id"]: e for e in data["events"]}
    assert events["inauguration"]["date_from"] == "2026-03-11"
    assert events["inauguration"]["precision"] == "day"
    [figure] = data["figures"]
    assert (figure["value"], figure["unit"], figure["country"]) == (
        4.6,
        "per 100,000 inhabitants",
        "CHL",
    )
    claim = next(c for c in data["claims"] if "budgetary" in c["evidence"][0]["quote"])
    assert claim["speaker"] == "zepeda"


def test_export_csv_writes_one_file_per_table(tmp_path):
    out = REPORTS / "test-export-csv"
    result = run("export", "--format", "csv", "--out", str(out))
    assert result.returncode == 0, result.stderr
    claims = pd.read_csv(out / "claims.csv")
    assert len(claims) == 8
    assert set(claims["speaker"]) >= {"zepeda", "gov_peru"}
    assert json.loads(claims.loc[0, "evidence"])[0]["quote"]
    assert sorted(p.stem for p in out.glob("*.csv")) == sorted(["article", *TABLES])
    for p in out.iterdir():
        p.unlink()
    out.rmdir()


def test_export_refuses_output_outside_reports():
    result = run("export", "--format", "csv", "--out", "../../x")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: --out ../../x: refused, it lies outside reports/; "
        "choose a folder inside reports/"
    )


def test_load_gives_dataframes_with_quotes():
    frames = analysis.load()
    assert set(frames) == set(TABLES)
    events = frames["events"].set_index("event_id")
    assert events.loc["inauguration", "date_from"] == pd.Timestamp("2026-03-11")
    assert (
        "detention"
        in frames["measures"].set_index("measure_id").loc["detention_centers", "quote"]
    )
    assert len(frames["sentences"]) == 17


def test_data_dictionary_is_up_to_date():
    from analysis.dictionary import DICTIONARY_PATH, render_dictionary

    committed = (ROOT / DICTIONARY_PATH).read_text(encoding="utf-8")
    assert committed == render_dictionary(), "run: python -m analysis dictionary"
    assert "| `speaker` |" in committed
