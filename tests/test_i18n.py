"""Translations live in catalogues; every label exists in both languages."""

import datetime as dt
import re

import pytest
from babel.messages.extract import extract_from_dir

from analysis.brief import Brief
from analysis.i18n import fmt_date, fmt_number, fmt_range, read_catalog, seed_strings
from analysis.paths import DEFAULT_ARTICLE, PACKAGE

METHOD_MAP = [("**.py", "python"), ("templates/parts/**.j2", "jinja2")]
OPTIONS = {"templates/parts/**.j2": {"extensions": "jinja2.ext.i18n"}}


def code_messages() -> set[str]:
    found = extract_from_dir(
        str(PACKAGE),
        METHOD_MAP,
        OPTIONS,
        keywords={"_": None, "N_": None, "Nn_": (1, 2), "ngettext": (1, 2)},
    )
    return {
        message for _, _, message, _, _ in found if isinstance(message, str | tuple)
    }


def test_every_label_in_the_code_is_translated_and_no_other():
    spanish = {m.id: m.string for m in read_catalog("es", "messages") if m.id}
    code = code_messages()
    assert code - set(spanish) == set(), "run make catalog and translate the new labels"
    assert set(spanish) - code == set(), (
        "the catalogue holds labels the code no longer uses"
    )
    untranslated = [
        k for k, v in spanish.items() if not (all(v) if isinstance(v, tuple) else v)
    ]
    # A fuzzy entry is ignored at run time: the brief would show English.
    fuzzy = [m.id for m in read_catalog("es", "messages") if m.id and m.fuzzy]
    assert fuzzy == []
    assert untranslated == []


def test_every_curated_text_of_the_seed_article_is_translated():
    """The seed's curated words are all in the catalogue. The other articles in
    seeds/ show theirs as written, quoted with their language named, until a
    translator fills seeds.po (make catalog lists them in seeds.pot)."""
    spanish = {m.id: m.string for m in read_catalog("es", "seeds") if m.id}
    seed = seed_strings(f"{DEFAULT_ARTICLE}.*")
    assert len(seed) >= 40
    missing = [s for s in seed if not spanish.get(s)]
    assert missing == []
    every = seed_strings()
    assert set(seed) < set(every)


@pytest.mark.parametrize("domain", ["messages", "seeds"])
def test_placeholders_survive_translation(domain):
    for m in read_catalog("es", domain):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set(re.findall(r"{\w+}", ids[-1]))
        for string in strings:
            # A singular form may spell out its count ("one claim"): {n} is optional.
            found = set(re.findall(r"{\w+}", string))
            if len(ids) == 1:
                assert found == wanted, m.id
            else:
                assert found <= wanted and wanted - found <= {"{n}"}, (m.id, string)


def test_spanish_formats():
    assert fmt_date(dt.date(2026, 3, 11), "es") == "11 de marzo de 2026"
    assert fmt_number(4.6, "es", 1) == "4,6"
    assert fmt_number(100000, "es", 0) == "100.000"
    assert fmt_number(1540000, "en", 0) == "1,540,000"
    assert fmt_range(dt.date(2026, 3, 1), dt.date(2026, 4, 30), "bimester", "es") == (
        "marzo–abril de 2026"
    )
    assert fmt_range(dt.date(2026, 1, 1), dt.date(2026, 1, 31), "month", "en") == (
        "January 2026"
    )


def test_spanish_brief_has_no_english_fixed_text(dataset):
    brief = Brief(topic="security", lang="es", dataset=dataset)
    html = "".join(
        str(p)
        for p in (
            brief.header(),
            brief.key_points(),
            brief.context_section(),
            brief.watch_section(),
            brief.data_notes(),
        )
    )
    for english in (
        "Key points",
        "Written as of",
        "Context and fact check",
        "What to watch",
        "Data notes",
        "according to",
        " matches ",
        "Agrees",
        "Differs",
    ):
        assert english not in html, english
    assert "4,6 por cada 100.000 habitantes" in html
    assert "Puntos clave" in html
    assert "(en inglés)" in html


def test_every_label_the_extractor_gives_a_measure_is_translated():
    # a drafted measure's label is the lexicon's, shown in the brief's language
    from analysis.i18n import has_translation, lexicon_strings, translator

    labels = lexicon_strings()
    assert "Joint patrols at the border" in labels and len(labels) >= 15
    assert [label for label in labels if not has_translation(label, "es")] == []
    assert translator("es")("Joint patrols at the border") == (
        "Patrullajes conjuntos en la frontera"
    )


def test_every_english_name_of_a_known_body_reads_in_spanish():
    # "según Chile's Foreign Ministry" in a Spanish brief: a body the gazetteer
    # names in English needs its Spanish name in the catalogue
    import re

    from analysis.gazetteer import load_gazetteer
    from analysis.i18n import has_translation, translator

    english = [
        e.name
        for e in load_gazetteer().entries.values()
        if e.table == "actors"
        and e.kind in ("government", "institution", "group", "party")
        and re.search(
            r"'s |\bof\b|\bmigrants\b|\bMinistry\b|\bCongress\b|\bGovernment\b|"
            r"\bCross\b|\bInternational\b",
            e.name,
        )
        and not re.search(r"\b(?:de|del)\b", e.name)
    ]
    assert {"Chile's Foreign Ministry", "Government of Bolivia", "Red Cross"} <= set(
        english
    )
    assert [n for n in english if not has_translation(n, "es")] == []
    assert translator("es")("Chile's Foreign Ministry") == "la Cancillería chilena"
    assert translator("es")("Government of Bolivia") == "el Gobierno de Bolivia"
    # the template a translator refreshes lists them
    from analysis.i18n import gazetteer_strings

    assert set(english) <= set(gazetteer_strings())


def test_every_gazetteer_place_has_a_spanish_name():
    import yaml

    from analysis.i18n import has_translation
    from analysis.paths import DATA

    places = yaml.safe_load((DATA / "gazetteer.yaml").read_text())["places"]
    english = [
        p["name"]
        for p in places
        if any(w in p["name"] for w in ("Palace", "Ministry", "Government", "Border"))
    ]
    assert "Government Palace, Lima" in english
    assert [n for n in english if not has_translation(n, "es")] == []
