"""Score the automatic extractor against every curated article, per table and per set.

Sets are scored apart so that the figures the extractor was tuned on (the seed and
the development set) never mix with the held-out articles:

    seed      seeds/kast-jeri-lima-visit.md, the original seed article
    dev       every other curated article in seeds/ (the development set, shipped
              with the seed as the story's articles)
    holdout   tests/fixtures/holdout/*.md (kept out of tuning, never shipped)
    unseen    tests/fixtures/unseen/*.md (written by a writer who never saw the code;
              read since, in briefs built from them, so no longer blind)
    blind     tests/fixtures/blind/*.md (written later by another writer who never saw
              the code; scored once, then tuned on)
    fresh     tests/fixtures/fresh/*.md (six articles by two more writers who never
              saw the code, modelled on the wire, press and radio reports of the
              story; scored once, then tuned on)
    fresh2    tests/fixtures/fresh2/*.md (six more by a third writer who never saw the
              code or the earlier test texts; scored once, after the extractor's last
              change)
    fresh3    tests/fixtures/fresh3/*.md (eight by a fourth writer who never saw the
              code or the earlier test texts; scored once before any rule was shaped
              on it, then tuned on)
    fresh4    tests/fixtures/fresh4/*.md (eight by a fifth writer, in other outlets'
              styles; scored once without listing its misses, then tuned on)
    fresh5    tests/fixtures/fresh5/*.md (eight by a sixth writer who never saw the
              code or the earlier test texts; scored without listing its misses, so
              no rule is shaped on it)
    fresh6    tests/fixtures/fresh6/*.md (eight by a seventh writer, the same way)
    fresh7    tests/fixtures/fresh7/*.md (eight by an eighth writer, the same way)
    fresh8    tests/fixtures/fresh8/*.md (eight by a ninth writer, the same way)
    fresh9    tests/fixtures/fresh9/*.md (eight by a tenth writer, the same way)
    fresh10   tests/fixtures/fresh10/*.md (eight by an eleventh writer: scored twice
              without listing its misses, then tuned on)
    fresh11   tests/fixtures/fresh11/*.md (eight by a twelfth writer, scored without
              listing its misses, then two of its briefs read)
    fresh12   tests/fixtures/fresh12/*.md (eight by a thirteenth writer: scored once
              without listing its misses, then tuned on)
    fresh13   tests/fixtures/fresh13/*.md (eight by a fourteenth writer, scored
              without listing its misses; no rule is shaped on it)
    fresh14   tests/fixtures/fresh14/*.md (eight by a fifteenth writer, scored
              only at the end, without listing its misses)
    fresh15   tests/fixtures/fresh15/*.md (eight by a sixteenth writer, written
              after the last rule; scored once)
    fresh16   tests/fixtures/fresh16/*.md (eight by a seventeenth writer; scored
              once on arrival, then tuned on)
    fresh17   tests/fixtures/fresh17/*.md (eight by an eighteenth writer; scored
              once on arrival, then tuned on)
    fresh18   tests/fixtures/fresh18/*.md (eight by a nineteenth writer, written as
              close to real wire and press copy as it could; scored once on
              arrival, then tuned on)
    fresh19   tests/fixtures/fresh19/*.md (eight by a twentieth writer, in the
              manner of named wire services and papers; scored once, then two of
              its briefs read and its misses tuned on)
    fresh20   tests/fixtures/fresh20/*.md (eight by a twenty-first writer, in the
              manner of named wire services and papers; written after the last
              rule, scored once, then its misses tuned on)
    fresh21   tests/fixtures/fresh21/*.md (eight by a twenty-second writer, in the
              manner of named wire services and papers; scored on arrival, then
              its misses tuned on)
    fresh22   tests/fixtures/fresh22/*.md (eight by a twenty-third writer, in the
              manner of named wire services and papers, with regional officials,
              Congress and Bolivia as a third party; scored on arrival, then its
              misses tuned on)
    fresh23   tests/fixtures/fresh23/*.md (eight by a twenty-fourth writer, in the
              manner of named wire services and papers; scored without listing its
              misses)
    fresh24   tests/fixtures/fresh24/*.md (eight by a twenty-sixth writer, in the
              manner of named wire services and papers; scored on arrival and
              kept clean: its misses are never listed)
    fresh25   tests/fixtures/fresh25/*.md (eight by a twenty-fifth writer, in the
              manner of named wire services, papers and broadcasters; scored on
              arrival)
    fresh26   tests/fixtures/fresh26/*.md (eight by a twenty-seventh writer, in the
              manner of named papers, radio and wire services of Peru, Chile,
              Bolivia and abroad; scored on arrival and kept clean)
    fresh27   tests/fixtures/fresh27/*.md (eight by a twenty-eighth writer, in the
              manner of named wire services, papers and magazines; scored on
              arrival)
    fresh28   tests/fixtures/fresh28/*.md (eight by a twenty-ninth writer, in the
              manner of named papers of Tacna, Arica and Cochabamba, wire services
              and broadcasters; scored on arrival and kept clean)
    fresh29   tests/fixtures/fresh29/*.md (eight by a thirtieth writer, in the manner
              of named papers, wires and magazines of Peru, Chile, Bolivia, Argentina
              and abroad, written at the session's end; scored on arrival)
    fresh30   tests/fixtures/fresh30/*.md (eight by a thirty-first writer, in the
              manner of named wires, papers and broadcasters of Peru, Chile and
              abroad; scored on arrival)
    fresh31   tests/fixtures/fresh31/*.md (eight by a thirty-second writer, in the
              manner of named radio, papers, wires and magazines of Peru and abroad;
              scored on arrival and kept clean)
    fresh32   tests/fixtures/fresh32/*.md (eight by a thirty-third writer, in the
              manner of named papers, wires, broadcasters and a live blog of Peru,
              Chile, Argentina and abroad, written mid-session; scored on arrival
              and kept clean)
    fresh33   tests/fixtures/fresh33/*.md (eight by a thirty-fourth writer, in the
              manner of regional, Bolivian, Argentine and business papers and wire
              services; scored on arrival and kept clean: its misses are never
              listed)
    fresh34   tests/fixtures/fresh34/*.md (sixteen by two more writers, in forms
              other than straight news: live blogs, editorials, Q&A explainers,
              interview transcripts, opinion columns, press releases, debate
              summaries and newsletters; scored on arrival, then tuned on)
    fresh35   tests/fixtures/fresh35/*.md (eight by a thirty-seventh writer, in the
              manner of named wire services and papers of Peru, Chile and abroad,
              written at the end of a session; scored on arrival and kept clean)
    fresh36   tests/fixtures/fresh36/*.md (eight by a thirty-eighth writer: a Tacna
              radio site, a foreign-ministry release, an Arica daily, an Infobae-style
              Q&A; a policy newsletter, an interview write-up, an analysis, a dpa-style
              wire; scored on arrival and kept clean)
    fresh37   tests/fixtures/fresh37/*.md (eight by a thirty-ninth writer, mostly from
              March 2026 on: a foreign-ministry release, a Chilean radio site, an
              Infobae-style explainer, a Tacna daily, a newsletter; an interview
              write-up, a Xinhua-style wire, an analysis; scored on arrival and kept
              clean. The writer saw the README's account of how drafts are made)
    fresh38   tests/fixtures/fresh38/*.md (eight by a fortieth writer, one for each
              moment from November 2025 to April 2026: an RPP-style radio site, a
              UPI-style wire, an El Peruano interview, an Al Jazeera explainer, a
              PCM release, an analysis, an Arica daily, a newsletter; written at the
              end of a session, scored on arrival and kept clean)
    fresh39   tests/fixtures/fresh39/*.md (eight by a forty-first writer who saw no
              code: an RPP-style radio site, a Tacna daily, an Andina-style state
              agency, a Chilean radio site, AFP- and Reuters-style wires, a
              MercoPress-style analysis, an Al Jazeera-style explainer; scored on
              arrival and kept clean; one brief read at the session's end)
    fresh40   tests/fixtures/fresh40/*.md (eight by a forty-second writer who saw no
              code, on other angles: a BioBioChile-style radio site, a Los
              Tiempos-style Bolivian daily, a Lima police report, a Tacna radio
              site, a foreign-ministry release, an AP-style wire, a live-blog
              summary, a BNamericas-style business report; scored on arrival and
              kept clean: misses never listed, drafted claims seen once, one brief
              read at the session's end)
    fresh41   tests/fixtures/fresh41/*.md (eight by a forty-third writer who saw no
              code: a SERMIG-style release on an expulsion flight, La República-,
              Radio Nacional-, El Mostrador- and Estrella de Arica-style reports,
              MercoPress- and AFP-style wires, a Latin America Reports-style
              analysis; scored on arrival and kept clean)
    fresh42   tests/fixtures/fresh42/*.md (eight by a forty-fourth writer who saw no
              code, in a less formal press: a tabloid, a radio site's short items,
              a business daily, a Europa Press-style round-up, an interior-ministry
              release, an analysis quoting experts, a Reuters-style wire, an
              inauguration-day live blog; scored on arrival and kept clean)
    fresh43   tests/fixtures/fresh43/*.md (eight by a forty-fifth writer who saw no
              code, in mixed forms: a foreign-ministry release, a TV site, a Tacna
              daily, a news brief, a Reuters-style wire with a dateline, a Q&A
              explainer, an opinion column, a long feature; scored on arrival and
              kept clean)

Matching is strict and one to one:
    measures  same status, same set of actors, and the same kind or overlapping evidence
              (an actor is the same when ids agree or, for names the gazetteer does
              not know, when a name, alias or a person's surname agrees; an official
              the gold names acts for the government the draft names, as issue 12
              asks: "the government of a named official")
    events    date ranges overlapping by at least half their union (Jaccard of days),
              and the same kind or evidence in the same sentence
    claims    same speaker, and evidence in the same sentence
(a body's name that is all words of the other's full name is the same body; so is
a person or group the gazetteer does not know and that each side describes in two
or more of the same words: "Former Peruvian diplomat" and "Former Peruvian diplomat
(unnamed)")
Actors, places and figures are scored as before (names; value).

    .venv/bin/python benchmarks/extract_eval.py [--set dev] [-v]
    .venv/bin/python benchmarks/extract_eval.py --dir FOLDER [--status-only] [--dated-only]
(--dated-only scores only events with a date on both sides: issue 12's check on real
reports names "dated events", and a reader's event the text gives no date for is out)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from analysis.annotations import annotations_path, load_dataset  # noqa: E402
from analysis.article import load_article  # noqa: E402
from analysis.extract import extract_dataset  # noqa: E402
from analysis.extract.entities import governments  # noqa: E402
from analysis.gazetteer import fold, load_gazetteer  # noqa: E402
from analysis.schema import Dataset  # noqa: E402

SEEDS = ROOT / "seeds"
HOLDOUT = ROOT / "tests" / "fixtures" / "holdout"
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
BLIND = ROOT / "tests" / "fixtures" / "blind"
FRESH = ROOT / "tests" / "fixtures" / "fresh"
FRESH2 = ROOT / "tests" / "fixtures" / "fresh2"
FRESH3 = ROOT / "tests" / "fixtures" / "fresh3"
FRESH4 = ROOT / "tests" / "fixtures" / "fresh4"
FRESH5 = ROOT / "tests" / "fixtures" / "fresh5"
FRESH6 = ROOT / "tests" / "fixtures" / "fresh6"
FRESH7 = ROOT / "tests" / "fixtures" / "fresh7"
FRESH8 = ROOT / "tests" / "fixtures" / "fresh8"
FRESH9 = ROOT / "tests" / "fixtures" / "fresh9"
FRESH10 = ROOT / "tests" / "fixtures" / "fresh10"
FRESH11 = ROOT / "tests" / "fixtures" / "fresh11"
FRESH12 = ROOT / "tests" / "fixtures" / "fresh12"
FRESH13 = ROOT / "tests" / "fixtures" / "fresh13"
FRESH14 = ROOT / "tests" / "fixtures" / "fresh14"
FRESH15 = ROOT / "tests" / "fixtures" / "fresh15"
FRESH16 = ROOT / "tests" / "fixtures" / "fresh16"
FRESH17 = ROOT / "tests" / "fixtures" / "fresh17"
FRESH18 = ROOT / "tests" / "fixtures" / "fresh18"
FRESH19 = ROOT / "tests" / "fixtures" / "fresh19"
FRESH20 = ROOT / "tests" / "fixtures" / "fresh20"
FRESH21 = ROOT / "tests" / "fixtures" / "fresh21"
FRESH22 = ROOT / "tests" / "fixtures" / "fresh22"
FRESH23 = ROOT / "tests" / "fixtures" / "fresh23"
FRESH24 = ROOT / "tests" / "fixtures" / "fresh24"
FRESH25 = ROOT / "tests" / "fixtures" / "fresh25"
FRESH26 = ROOT / "tests" / "fixtures" / "fresh26"
FRESH27 = ROOT / "tests" / "fixtures" / "fresh27"
FRESH28 = ROOT / "tests" / "fixtures" / "fresh28"
FRESH29 = ROOT / "tests" / "fixtures" / "fresh29"
FRESH30 = ROOT / "tests" / "fixtures" / "fresh30"
FRESH31 = ROOT / "tests" / "fixtures" / "fresh31"
FRESH32 = ROOT / "tests" / "fixtures" / "fresh32"
FRESH33 = ROOT / "tests" / "fixtures" / "fresh33"
FRESH34 = ROOT / "tests" / "fixtures" / "fresh34"
FRESH35 = ROOT / "tests" / "fixtures" / "fresh35"
FRESH36 = ROOT / "tests" / "fixtures" / "fresh36"
FRESH37 = ROOT / "tests" / "fixtures" / "fresh37"
FRESH38 = ROOT / "tests" / "fixtures" / "fresh38"
FRESH39 = ROOT / "tests" / "fixtures" / "fresh39"
FRESH40 = ROOT / "tests" / "fixtures" / "fresh40"
FRESH41 = ROOT / "tests" / "fixtures" / "fresh41"
FRESH42 = ROOT / "tests" / "fixtures" / "fresh42"
FRESH43 = ROOT / "tests" / "fixtures" / "fresh43"
SEED_ARTICLE = "kast-jeri-lima-visit"
TABLES = ("actors", "places", "events", "measures", "claims", "figures")


def curated_articles(folder: Path) -> list[Path]:
    """Articles in a folder that have curated annotations beside them."""
    return sorted(p for p in folder.glob("*.md") if annotations_path(p).exists())


def article_sets() -> dict[str, list[Path]]:
    """The seed, the development articles beside it in seeds/, the held-out set."""
    shipped = curated_articles(SEEDS)
    return {
        "seed": [p for p in shipped if p.stem == SEED_ARTICLE],
        "dev": [p for p in shipped if p.stem != SEED_ARTICLE],
        "holdout": curated_articles(HOLDOUT),
        "unseen": curated_articles(UNSEEN),
        "blind": curated_articles(BLIND),
        "fresh": curated_articles(FRESH),
        "fresh2": curated_articles(FRESH2),
        "fresh3": curated_articles(FRESH3),
        "fresh4": curated_articles(FRESH4),
        "fresh5": curated_articles(FRESH5),
        "fresh6": curated_articles(FRESH6),
        "fresh7": curated_articles(FRESH7),
        "fresh8": curated_articles(FRESH8),
        "fresh9": curated_articles(FRESH9),
        "fresh10": curated_articles(FRESH10),
        "fresh11": curated_articles(FRESH11),
        "fresh12": curated_articles(FRESH12),
        "fresh13": curated_articles(FRESH13),
        "fresh14": curated_articles(FRESH14),
        "fresh15": curated_articles(FRESH15),
        "fresh16": curated_articles(FRESH16),
        "fresh17": curated_articles(FRESH17),
        "fresh18": curated_articles(FRESH18),
        "fresh19": curated_articles(FRESH19),
        "fresh20": curated_articles(FRESH20),
        "fresh21": curated_articles(FRESH21),
        "fresh22": curated_articles(FRESH22),
        "fresh23": curated_articles(FRESH23),
        "fresh24": curated_articles(FRESH24),
        "fresh25": curated_articles(FRESH25),
        "fresh26": curated_articles(FRESH26),
        "fresh27": curated_articles(FRESH27),
        "fresh28": curated_articles(FRESH28),
        "fresh29": curated_articles(FRESH29),
        "fresh30": curated_articles(FRESH30),
        "fresh31": curated_articles(FRESH31),
        "fresh32": curated_articles(FRESH32),
        "fresh33": curated_articles(FRESH33),
        "fresh34": curated_articles(FRESH34),
        "fresh35": curated_articles(FRESH35),
        "fresh36": curated_articles(FRESH36),
        "fresh37": curated_articles(FRESH37),
        "fresh38": curated_articles(FRESH38),
        "fresh39": curated_articles(FRESH39),
        "fresh40": curated_articles(FRESH40),
        "fresh41": curated_articles(FRESH41),
        "fresh42": curated_articles(FRESH42),
        "fresh43": curated_articles(FRESH43),
    }


SETS = (
    "seed",
    "dev",
    "holdout",
    "unseen",
    "blind",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
)


def match_one_to_one(
    gold: Sequence, found: Sequence, score: Callable[[object, object], float]
) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), best-scoring first, each record used once;
    a pair needs a score above zero."""
    pairs = sorted(
        (
            (score(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    out = []
    for s, gi, fi in pairs:
        if s <= 0 or gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        out.append((gi, fi))
    return out


def _names(record, id_field: str) -> set[str]:
    names = {fold(getattr(record, id_field)).replace("_", " "), fold(record.name)}
    names |= {fold(a) for a in getattr(record, "aliases", [])}
    return names


def _by_names(id_field: str):
    def score(g, f) -> float:
        return 1.0 if _names(g, id_field) & _names(f, id_field) else 0.0

    return score


def _overlap(g, f) -> int:
    """Characters the two records' evidence spans share."""
    best = 0
    for a in g.evidence:
        for b in f.evidence:
            best = max(best, min(a.end, b.end) - max(a.start, b.start))
    return best


def _same_sentence(g, f, starts: list[int]) -> bool:
    """Some evidence of each falls in one sentence."""

    def sentence(pos: int) -> int:
        return sum(1 for s in starts if s <= pos)

    gs = {sentence(e.start) for e in g.evidence}
    return any(sentence(e.start) in gs for e in f.evidence)


def _jaccard(g, f) -> float:
    if None in (g.date_from, g.date_to, f.date_from, f.date_to):
        return 1.0 if g.date_from is None and f.date_from is None else 0.0
    lo, hi = max(g.date_from, f.date_from), min(g.date_to, f.date_to)
    if lo > hi:
        return 0.0
    union = max(g.date_to, f.date_to) - min(g.date_from, f.date_from)
    return ((hi - lo).days + 1) / (union.days + 1)


def _person_keys(actor) -> set[str]:
    """Names an actor goes by, and a person's surname: ids of names the gazetteer
    does not know are made up by each side ("victor_ramos", "ramos")."""
    keys = {fold(actor.name), fold(actor.actor_id).replace("_", " ")}
    keys |= {fold(a) for a in actor.aliases}
    if actor.kind == "person":
        keys |= {k.split()[-1] for k in list(keys) if k}
    return keys


_ASIDE = re.compile(r"\s*\([^)]*\)")
_ARTICLE = re.compile(r"^(?:an?|the|un|una|el|la)\s+")


def _described(name: str) -> str:
    """A description without its asides and article: "former peruvian diplomat"."""
    return _ARTICLE.sub("", _ASIDE.sub("", name)).strip()


def _same_actors(gold: Dataset, found: Dataset):
    known = set(load_gazetteer().entries)
    g_keys = {a.actor_id: _person_keys(a) for a in gold.actors}
    f_keys = {a.actor_id: _person_keys(a) for a in found.actors}

    g_kind = {a.actor_id: a.kind for a in gold.actors}
    f_kind = {a.actor_id: a.kind for a in found.actors}

    def same(g_id: str, f_id: str) -> bool:
        if g_id == f_id:
            return True
        gk, fk = g_keys.get(g_id, {g_id}), f_keys.get(f_id, {f_id})
        if gk & fk:
            return True
        # a body's short name is its full name's words ("Cámara de Comercio" for
        # "Cámara de Comercio, Industria y Producción de Tacna")
        if g_kind.get(g_id) == f_kind.get(f_id) == "institution":
            return any(fuzz.token_set_ratio(a, b) == 100 for a in gk for b in fk)
        if (
            g_kind.get(g_id) == f_kind.get(f_id)
            and g_kind.get(g_id) in ("person", "group")
            and g_id not in known
            and f_id not in known
        ):
            # one unnamed speaker, described in each side's words
            return any(
                len(min(a, b, key=len).split()) >= 2
                and fuzz.token_set_ratio(a, b) >= 90
                for a in map(_described, gk)
                for b in map(_described, fk)
            )
        return False

    def same_sets(gs, fs) -> bool:
        return len(gs) == len(fs) and all(any(same(g, f) for f in fs) for g in gs)

    return same, same_sets


def scorers(
    gold: Dataset, found: Dataset, status_only: bool = False
) -> dict[str, Callable]:
    starts = [s.start for s in gold.sentences]
    same, same_sets = _same_actors(gold, found)
    g_kind = {a.actor_id: a.kind for a in gold.actors}
    g_country = {a.actor_id: a.country for a in gold.actors}
    govs = governments()

    def events(g, f) -> float:
        j = _jaccard(g, f)
        if j < 0.5 or not (g.kind == f.kind or _same_sentence(g, f, starts)):
            return 0.0
        return j + (g.kind == f.kind) + 0.001 * _overlap(g, f)

    def acting(gs: set[str], fs: set[str]) -> set[str]:
        # "the government of a named official" (issue 12): an official the gold
        # names, where the draft names that official's government
        out = set()
        for a in gs:
            gov = govs.get(g_country.get(a) or "")
            if (
                g_kind.get(a) == "person"
                and gov in fs
                and not any(same(a, b) for b in fs)
            ):
                out.add(gov)
            else:
                out.add(a)
        return out

    def measures(g, f) -> float:
        if (
            g.status != f.status
            or not status_only
            and not same_sets(acting(set(g.actors), set(f.actors)), set(f.actors))
        ):
            return 0.0
        if not ((g.kind == f.kind and g.kind != "other") or _overlap(g, f) > 0):
            return 0.0
        return 1 + (g.kind == f.kind) + 0.001 * _overlap(g, f)

    def claims(g, f) -> float:
        if not same(g.speaker, f.speaker) or not _same_sentence(g, f, starts):
            return 0.0
        return 1 + 0.001 * _overlap(g, f)

    def figures(g, f) -> float:
        return 1.0 if abs(g.value - f.value) < 1e-9 else 0.0

    return {
        "actors": _by_names("actor_id"),
        "places": _by_names("place_id"),
        "events": events,
        "measures": measures,
        "claims": claims,
        "figures": figures,
    }


def score_pair(
    gold: Dataset, found: Dataset, status_only: bool = False
) -> dict[str, tuple[int, int, int]]:
    """Per table: (curated, extracted, matched)."""
    score = scorers(gold, found, status_only)
    out = {}
    for table in TABLES:
        g, f = getattr(gold, table), getattr(found, table)
        out[table] = (len(g), len(f), len(match_one_to_one(g, f, score[table])))
    return out


def misses(gold: Dataset, found: Dataset, status_only: bool = False) -> list[str]:
    """What the extractor missed and what it added, for reading the numbers."""
    score = scorers(gold, found, status_only)
    lines = []
    for table, key in (
        ("events", "event_id"),
        ("measures", "measure_id"),
        ("claims", "claim_id"),
    ):
        g, f = getattr(gold, table), getattr(found, table)
        pairs = match_one_to_one(g, f, score[table])
        mg, mf = {a for a, _ in pairs}, {b for _, b in pairs}
        for i, r in enumerate(g):
            if i not in mg:
                lines.append(f"  missed {table[:-1]} {describe(r, key)}")
        for i, r in enumerate(f):
            if i not in mf:
                lines.append(f"  extra  {table[:-1]} {describe(r, key)}")
    return lines


def describe(r, key: str) -> str:
    bits = [getattr(r, key)]
    if hasattr(r, "kind"):
        bits.append(r.kind)
    if hasattr(r, "status"):
        bits.append(r.status)
    if hasattr(r, "date_from"):
        bits.append(f"{r.date_from}..{r.date_to}")
    if hasattr(r, "actors"):
        bits.append("+".join(r.actors))
    if hasattr(r, "speaker"):
        bits.append(r.speaker)
    quote = r.evidence[0].quote.replace("\n", " ")
    return " ".join(str(b) for b in bits) + f' "{quote[:70]}"'


def _pr(n_gold: int, n_found: int, matched: int) -> tuple[float, float]:
    p = matched / n_found if n_found else float("nan")
    r = matched / n_gold if n_gold else float("nan")
    return p, r


def render(title: str, totals: dict[str, list[int]]) -> str:
    head = f"{'table':<10} {'curated':>7} {'extracted':>9} {'matched':>7} {'precision':>9} {'recall':>6}"
    lines = [title, head, "-" * len(head)]
    overall = [0, 0, 0]
    for table in TABLES:
        n_gold, n_found, matched = totals[table]
        p, r = _pr(n_gold, n_found, matched)
        lines.append(
            f"{table:<10} {n_gold:>7} {n_found:>9} {matched:>7} {p:>9.2f} {r:>6.2f}"
        )
        if table in ("events", "measures", "claims"):
            overall = [a + b for a, b in zip(overall, totals[table], strict=True)]
    p, r = _pr(*overall)
    lines.append(
        f"{'e+m+c':<10} {overall[0]:>7} {overall[1]:>9} {overall[2]:>7} {p:>9.2f} {r:>6.2f}"
    )
    return "\n".join(lines)


def _dated(ds: Dataset) -> Dataset:
    return ds.model_copy(update={"events": [e for e in ds.events if e.date_from]})


def evaluate(
    articles: list[Path],
    verbose: bool = False,
    status_only: bool = False,
    dated_only: bool = False,
) -> tuple[int, dict[str, list[int]]]:
    totals = {t: [0, 0, 0] for t in TABLES}
    for path in articles:
        gold = load_dataset(path)
        found = extract_dataset(load_article(path))
        if dated_only:
            gold, found = _dated(gold), _dated(found)
        for table, counts in score_pair(gold, found, status_only).items():
            totals[table] = [a + b for a, b in zip(totals[table], counts, strict=True)]
        if verbose:
            print(f"{path.name}")
            print("\n".join(misses(gold, found, status_only)) or "  (all matched)")
    return len(articles), totals


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", choices=list(SETS), action="append", dest="sets")
    p.add_argument(
        "--dir",
        type=Path,
        action="append",
        dest="dirs",
        help="score the curated articles of this folder instead (each article.md "
        "beside its .annotations.yaml); repeat for several",
    )
    p.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and extras"
    )
    p.add_argument(
        "--status-only",
        action="store_true",
        help="match measures on status and kind or words, not on actors (issue 12's "
        "check names measures 'with status')",
    )
    p.add_argument(
        "--dated-only",
        action="store_true",
        help="score only events with a date on both sides (issue 12's check names "
        "'dated events'; a reader's undated event is left out)",
    )
    args = p.parse_args(argv)
    if args.dirs:
        missing = [d for d in args.dirs if not d.is_dir()]
        if missing:
            print(f"error: {missing[0]}: no such folder", file=sys.stderr)
            return 2
        sets = {str(d): curated_articles(d) for d in args.dirs}
    else:
        sets = article_sets()
    for name in list(sets) if args.dirs else args.sets or list(SETS):
        n, totals = evaluate(
            sets[name], args.verbose, args.status_only, args.dated_only
        )
        if not n:
            print(f"{name}: no curated articles\n")
            continue
        print(render(f"{name}: {n} curated article{'s' if n != 1 else ''}", totals))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
