"""Every brief builds for every article: all topics, both languages, in one build run.

The articles are the seed, the extractor's test articles, the curated development,
held-out, unseen, blind and the fresh sets up to fresh30, and minimal ones (one
sentence; no dated event; no measure; no claim; no front matter). One `build` run
builds them all with the reused-kernel workers; each brief is then read for what a reader would catch.
"""

import csv
import html
import re
from pathlib import Path

import nbformat
import pytest
from building import run_build

from analysis.i18n import plural_translator, read_catalog
from analysis.paths import CONTEXT_EVENTS, CONTEXT_FIGURES, ROOT, SEEDS
from analysis.registry import BRIEF_TOPICS, LANGUAGES

pytestmark = [pytest.mark.slow, pytest.mark.long]
FIXTURES = ROOT / "tests" / "fixtures"
# Every article up to fresh30: the sets after it only score the drafts (their
# extraction is checked by the fast fragment test), and CI's ninety minutes held
# 362 articles' 2,896 briefs with only 335 s to spare
SETS = [
    "holdout",
    "unseen",
    "blind",
    "fresh",
    *(f"fresh{n}" for n in range(2, 31)),
    "minimal",
]
ARTICLES = sorted(
    [
        *SEEDS.glob("*.md"),
        *FIXTURES.glob("*.md"),
        *(path for name in SETS for path in FIXTURES.glob(f"{name}/*.md")),
    ]
)
MINIMAL = sorted(p.stem for p in FIXTURES.glob("minimal/*.md"))


def plural_phrases(lang: str) -> list[str]:
    """'dated events', 'hechos fechados': what may never follow a count of 1."""
    ngettext = plural_translator(lang)
    found = set()
    for m in read_catalog("es", "messages"):
        if isinstance(m.id, tuple) and m.id[1].startswith("{n} "):
            names = set(re.findall(r"{(\w+)}", m.id[1])) - {"n"}
            text = ngettext(*m.id, 2, **{k: "" for k in names})
            words = text.split()[1:3]
            if words:
                found.add(" ".join(words))
    return sorted(found)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("all-briefs")
    args = [a for p in ARTICLES for a in ("--article", str(p))]
    # 2,768 briefs: about 35 minutes on two quiet cores; an hour was not enough on
    # two cores shared with other builds, so the bound is the CI job's own
    result = run_build(out, *args, "--lang", *LANGUAGES, timeout=5400)
    assert result.returncode == 0, result.stderr[-3000:]
    built = re.findall(r"^  built  ", result.stdout, re.M)
    assert len(built) == len(ARTICLES) * len(BRIEF_TOPICS) * len(LANGUAGES)
    return out


def text_of(part: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", part))).strip()


def outputs(nb) -> list[tuple[str, dict]]:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            page = data.get("text/html", "")
            out.append(("".join(page) if isinstance(page, list) else page, o))
    return out


CITED = {
    row["published"]
    for path in (CONTEXT_FIGURES, CONTEXT_EVENTS)
    for row in csv.DictReader(Path(path).open(encoding="utf-8"))
}


def test_the_minimal_articles_are_there():
    assert {"one-sentence", "no-dated-event", "no-measure", "no-claim"} <= set(MINIMAL)
    assert len(ARTICLES) >= 12


def test_every_brief_reads_as_a_finished_brief(reports):
    problems = []
    for article in ARTICLES:
        folder = reports / article.stem
        paragraphs = sum(
            1
            for line in article.read_text(encoding="utf-8")
            .split("---")[-1]
            .splitlines()
            if line.strip()
        )
        for topic in BRIEF_TOPICS:
            for lang in LANGUAGES:
                name = f"{article.stem}/{topic}.{lang}"
                nb = nbformat.read(folder / f"{topic}.{lang}.ipynb", as_version=4)
                parts = outputs(nb)
                pages = "".join(p for p, _ in parts)
                points = re.search(
                    r'<section class="key-points">(.*?)</section>', pages, re.S
                )
                items = re.findall(r"<li>(.*?)</li>", points.group(1), re.S)
                plain = any(
                    re.search(r"(reports no|no recoge) ", text_of(i)) for i in items
                )
                if not (3 <= len(items) <= 5 or plain):
                    problems.append(
                        f"{name}: {len(items)} key points, no plain sentence"
                    )
                body = text_of(pages)
                for phrase in plural_phrases(lang):
                    if re.search(rf"(?<![\d.,]){re.escape('1 ' + phrase)}\b", body):
                        problems.append(f"{name}: '1 {phrase}'")
                for _, o in parts:
                    meta = o.get("metadata", {}).get("brief", {})
                    if "figure" not in meta:
                        continue
                    if meta["rows"] == 0:
                        problems.append(
                            f"{name}: figure {meta['figure']} draws nothing"
                        )
                    caption = text_of(meta["caption_html"])
                    for refs in re.findall(r"¶([\d, ]+)", caption):
                        if max(int(n) for n in refs.split(",")) > paragraphs:
                            problems.append(f"{name}: caption cites ¶{refs}")
                    for date in re.findall(r"\((\d{4}(?:-\d\d){0,2})\)", caption):
                        if date not in CITED:
                            problems.append(f"{name}: caption cites a source of {date}")
    assert problems == [], "\n".join(problems)


def test_minimal_articles_say_plainly_what_they_lack(reports):
    for stem in ("one-sentence", "no-measure"):
        page = (reports / stem / "security.en.html").read_text(encoding="utf-8")
        assert "On security, the article reports no policy measure" in text_of(page)
        page = (reports / stem / "security.es.html").read_text(encoding="utf-8")
        assert (
            "En materia de seguridad, el artículo no recoge ninguna medida"
            in text_of(page)
        )
    timeline = (reports / "one-sentence" / "overview.en.html").read_text(
        encoding="utf-8"
    )
    assert "No timeline: the article dates no event on this topic." in text_of(timeline)
