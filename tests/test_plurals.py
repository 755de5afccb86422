"""Every count agrees in number, in English and Spanish: each message with plural
forms rendered with 0, 1 and 2."""

import re

import pytest

from analysis.i18n import plural_translator, read_catalog
from analysis.registry import LANGUAGES

PLURALS = [m.id for m in read_catalog("es", "messages") if isinstance(m.id, tuple)]


def fields(message: str) -> dict:
    return {k: f"<{k}>" for k in re.findall(r"{(\w+)}", message) if k != "n"}


def only_in(a: str, b: str) -> set[str]:
    """Words of `a` that `b` lacks: what tells a plural form from a singular."""
    words = lambda s: set(re.findall(r"\w+", re.sub(r"{\w+}", " ", s.lower())))  # noqa: E731
    return words(a) - words(b)


def test_the_catalogue_has_the_brief_counts():
    ids = {singular for singular, _ in PLURALS}
    assert (
        "{n} dated event" in ids
        and "{n} reference row published after that date" in ids
    )
    assert len(PLURALS) >= 20


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("message", PLURALS, ids=lambda m: m[0][:40])
def test_each_count_agrees_with_zero_one_and_two(lang, message):
    singular, plural = message
    ngettext = plural_translator(lang)
    catalogue = {
        m.id: m.string for m in read_catalog("es", "messages") if m.id == message
    }
    forms = (singular, plural) if lang == "en" else catalogue[message][:2]
    one_words, many_words = only_in(forms[0], forms[1]), only_in(forms[1], forms[0])
    for n in (0, 1, 2):
        text = ngettext(singular, plural, n, **fields(plural))
        assert "{" not in text, text
        words = set(re.findall(r"\w+", text.lower()))
        if n == 1:
            assert not words & many_words, (lang, n, text)
            assert "{n}" not in forms[0] or re.search(r"\b1\b", text), text
        else:
            assert not words & one_words, (lang, n, text)
            assert "{n}" not in forms[1] or re.search(rf"\b{n}\b", text), text


def test_known_forms():
    en, es = plural_translator("en"), plural_translator("es")
    assert en("{n} measure", "{n} measures", 1) == "1 measure"
    assert en("{n} measure", "{n} measures", 0) == "0 measures"
    assert es("{n} measure", "{n} measures", 1) == "1 medida"
    assert es("{n} measure", "{n} measures", 2) == "2 medidas"
    assert (
        es(
            "{who} has put in force: {measures}",
            "{who} have put in force: {measures}",
            2,
            who="Perú y Chile",
            measures="x",
        )
        == "Perú y Chile han puesto en vigor: x"
    )


@pytest.mark.parametrize(
    ("label", "number"),
    [
        ("Trenches and barriers at the border", 2),
        ("Joint patrols at the border", 2),
        ("Patrullajes conjuntos en la frontera", 2),
        ("Common criteria for migration checks", 2),
        ("State of emergency", 1),
        ("Estado de emergencia en Tacna", 1),
        ("Border Shield plan", 1),
    ],
)
def test_one_measure_whose_label_names_several_things_takes_a_plural_verb(
    label, number
):
    from analysis.topics.base import _grammatical_number

    assert _grammatical_number([label]) == number
