"""Patterns tried only where a word lets them start: the words read, and the same
matches as `re.finditer` for every pattern the extractor runs through the index."""

import random
import re
from pathlib import Path

import pytest

from analysis.article import load_article
from analysis.extract import extract_dataset
from analysis.extract.text import lex_
from analysis.gazetteer import fold
from analysis.timex import _compiled
from analysis.wordscan import Start, WordIndex, known_patterns, starting_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\b(?:en|in|durante)", Start(heads=("durante", "en", "in"))),
        # "de" serves for "del" and "desde"
        (r"\b(?:de|del|desde)\w*", Start(heads=("de",))),
        # a word then white space: that word, and the next one as the pattern says
        (
            r"\b(?:en|in)\s+(?:the\s+)?(?P<t>(?:19|20)\d\d)",
            Start(
                words={
                    "en": (("19", "20", "the"), False),
                    "in": (("19", "20", "the"), False),
                }
            ),
        ),
        (r"\bhace\s+(?P<n>\d+|un)\s+dias", Start(words={"hace": (("un",), True)})),
        # a whole word followed by anything
        (r"\b(?:soon|next)\b", Start(words={"next": None, "soon": None})),
        # an optional word before: the match starts with it or with what follows
        (
            r"\b(?:(?:the|los)\s+)?(?:enero|january)",
            Start(
                heads=("enero", "january"),
                words={
                    "los": (("enero", "january"), False),
                    "the": (("enero", "january"), False),
                },
            ),
        ),
        # a day of the month: "0" only before another digit
        (
            r"\b(?:3[01]|[12]\d|0?[1-9])(?:st|th)?",
            Start(heads=(*(f"0{d}" for d in range(1, 10)), *"123456789")),
        ),
        (r"\b(?P<n>\d+|two)-days", Start(digit=True, words={"two": None})),
        # "ababc": after one "ab" may come another
        (r"\b(?:ab)+c", Start(heads=("ab",))),
        # "Aprilas": a word may go on past the pattern's words
        (r"\bapril(?![a-z])", Start(heads=("april",))),
        # a look-behind for no word character starts a word as `\b` does; "$"
        # starts a match wherever it is; "s/" ends a word
        (
            r"(?<![\w.,])\d+|(?:\$|s/)\s?\d",
            Start(digit=True, tails={"s": None}, signs="$"),
        ),
        (r"(?<![^\w])\d", None),  # a word character before: no start of a word
        # "Chileplanned": glued to the word before, the cue ends a word
        (
            r"\bwill\b|(?:planned|is\s+due)\b",
            Start(
                words={"will": None}, tails={"is": (("due",), False), "planned": None}
            ),
        ),
    ],
)
def test_starting_words(pattern, expected):
    assert starting_words(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:planned|scheduled)",  # inside a word, and running on
        r"\b\w+ing\b",  # any word
        r"\b(?:a|b)|c",  # one alternative may start anywhere
        r"(?i)\bjanuary\b",  # capitals in the text, not in the pattern
        r"\b.\d+",  # any character
        r"\b(?:x)?",  # may match nothing
    ],
)
def test_patterns_that_may_start_anywhere_run_as_before(pattern):
    rx = re.compile(pattern)
    assert starting_words(rx) is None
    text = "Planned x-12 singing, c scheduled"
    assert [m.span() for m in WordIndex(text).finditer(rx)] == [
        m.span() for m in rx.finditer(text)
    ]


def test_a_word_cut_by_endpos_ends_there():
    # "asylum" of "asylumhumanitario", "planned" of "plannedx", "will" of "willy"
    rx = re.compile(r"\b(?:asylum|will)\b|(?:planned)\b")
    text = "asylumhumanitario plannedx willy asylum"
    index = WordIndex(text)
    for end in (6, 7, 25, 29, 31, 32, len(text)):
        expected = [m.span() for m in rx.finditer(text, 0, end)]
        assert [m.span() for m in index.finditer(rx, 0, end)] == expected
    assert [m.span() for m in index.finditer(rx, 0, 6)] == [(0, 6)]
    assert [m.span() for m in index.finditer(rx, 0, 25)] == [(18, 25)]


def _patterns() -> list[re.Pattern]:
    """Every pattern the extractor runs through a word index, on every fixture."""
    for path in _article_paths():
        extract_dataset(load_article(path))
    out = known_patterns()
    # the dates, the lexicon, figures, tense cues, names of bodies
    assert len(out) >= 60
    assert {_compiled()[0][0][1], _compiled()[1], lex_().event_types} <= set(out)
    return out


def _article_paths() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.md")) + sorted(
        (ROOT / "tests" / "fixtures").glob("*.md")
    )


def _texts() -> list[str]:
    articles = [fold(p.read_text(encoding="utf-8")) for p in _article_paths()]
    # the same words run together, glued, split by digits and odd punctuation
    rng = random.Random(7)
    pieces = re.findall(r"\w+|\W", " ".join(articles))
    glue = [" ", " ", " ", "", "-", ".", ",", "/", "\n", "\t", "  ", "2025", "14", "3o"]
    mixed = []
    for _ in range(40):
        start = rng.randrange(len(pieces) - 400)
        words = [p for p in pieces[start : start + 400] if p.strip()]
        rng.shuffle(words)
        mixed.append("".join(w + rng.choice(glue) for w in words))
    # numbers right after a word the pattern names
    numbers = (
        "hace 3 dias, hace 12 semanas y 3 days ago; el 5 de mayo de 2025, in 2025, "
        "de 2024 a 2026, two weeks later, 10 days after, q3 2025, del 1 al 3 de junio; "
        "us$ 5 millones, s/ 300, s/.40, $12, bus$9, usd 7, usd7, unos 2.000, cerca de 4"
    )
    return articles + mixed + [numbers]


def _spans(matches) -> list:
    return [(m.span(), m.groups(), m.lastgroup) for m in matches]


def test_same_matches_as_finditer_on_whole_texts_and_windows():
    patterns = _patterns()
    rng = random.Random(3)
    compared = 0
    for text in _texts():
        index = WordIndex(text)
        windows = [(0, None)] + [
            (a, rng.randint(a - 5, len(text) + 5))
            for a in (rng.randint(-3, len(text)) for _ in range(4))
        ]
        for rx in patterns:
            for pos, endpos in windows:
                end = len(text) if endpos is None else endpos
                expected = _spans(rx.finditer(text, pos, end))
                assert _spans(index.finditer(rx, pos, endpos)) == expected, (
                    rx.pattern[:60],
                    pos,
                    endpos,
                )
                found = index.search(rx, pos, endpos)
                first = rx.search(text, pos, end)
                assert (found and found.span()) == (first and first.span())
                compared += len(expected)
    assert compared > 3000  # the texts hold many matches, not just misses
