"""Regular expressions tried only at the words where a match can start."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from re import _constants as sre  # the node types of the parser below
from re import _parser  # Python's own parser of regular expressions

# `re` tries a pattern that opens with `\b` at every character of a text, and most
# patterns of the extractor open with `\b` and a list of words ("\b(?:en|in|
# durante)\s+…"): a match can only start at a word that begins with one of them.
# The pattern's syntax tree gives those words, and an index of the words of a text
# gives, per pattern, the few places worth trying. `WordIndex.finditer` returns
# exactly the matches of `re.finditer`; a pattern whose start cannot be read this
# way ("\w+ing", "(?i)…") runs over the whole text as before. `_parser` is private
# to `re`: tests/test_wordscan.py checks the reading on every pattern the extractor
# runs through an index.

_BOUNDARY = "\x00"  # `\b`, while reading how a match starts
_DIGIT = "\x01"  # `\d`, any decimal digit
# Past this many strings a pattern's start is read no further (a longer prefix
# only narrows the places to try).
_MAX_PREFIXES = 2000
_WORD = re.compile(r"\w+")  # `\b` is a change between `\w` and not `\w`
_UNSUPPORTED_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE

Prefixes = list[tuple[str, bool]]


def _sequence(items) -> Prefixes:
    """Strings every match of a sequence of nodes starts with; True with a string
    when it is all the sequence matches, so the node after it extends it."""
    out: Prefixes = [("", True)]
    for op, av in items:
        if not any(whole for _, whole in out):
            break
        node = _node(op, av)
        if node is None:  # a node that may start with anything: stop here
            return [(s, False) for s, _ in out]
        grown = [(s, whole) for s, whole in out if not whole]
        for s, whole in out:
            if whole:
                grown.extend((s + t, t_whole) for t, t_whole in node)
        out = grown
        if len(out) > _MAX_PREFIXES:
            return [(s, False) for s, _ in out]
    return out


def _node(op, av) -> Prefixes | None:
    """How one node starts (as in `_sequence`), or None when it may start anyhow.
    Zero-width assertions are left out: dropping a condition only widens the set."""
    if op is sre.LITERAL:
        return [(chr(av), True)]
    if op is sre.IN:
        if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            return [(_DIGIT, True)]
        chars = []
        for item, value in av:
            if item is sre.LITERAL:
                chars.append(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < 10:
                chars.extend(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return [(c, True) for c in chars]
    if op is sre.BRANCH:
        return [p for alternative in av[1] for p in _sequence(alternative.data)]
    if op is sre.SUBPATTERN:
        _, add_flags, _, pattern = av
        return None if add_flags & _UNSUPPORTED_FLAGS else _sequence(pattern.data)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        lo, hi, pattern = av
        once = _sequence(pattern.data)
        if lo == hi == 1:
            return once
        # after one repetition comes another or the next node: the string ends there
        once = [(s, whole and hi == 1) for s, whole in once]
        return ([("", True)] if lo == 0 else []) + once
    if op is sre.AT:
        return [(_BOUNDARY if av is sre.AT_BOUNDARY else "", True)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [("", True)]
    return None


def starting_words(rx: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    """What a word must start with for a match of `rx` to start at it: one of the
    strings, or (when the flag is set) a digit. None when a match may start
    elsewhere than at the start of a word."""
    if rx.flags & _UNSUPPORTED_FLAGS:
        return None
    words, digit = set(), False
    for s, _ in _sequence(_parser.parse(rx.pattern, rx.flags).data):
        # `\b` before a word character: the match starts where a word starts
        if not s.startswith(_BOUNDARY):
            return None
        s = s.replace(_BOUNDARY, "")
        if s.startswith(_DIGIT):
            digit = True
            continue
        word = _WORD.match(s)
        if word is None:
            return None
        words.add(word.group())
    # "de" serves for "del" and "desde", which sort right after it
    kept: list[str] = []
    for w in sorted(words):
        if not kept or not w.startswith(kept[-1]):
            kept.append(w)
    return tuple(kept), digit


# Every pattern a WordIndex has been asked about, by its id (hashing a compiled
# pattern reads all its code) and kept here so that the id stays its own.
_patterns: list[re.Pattern] = []
_numbers: dict[int, int] = {}
_starting: list[tuple[tuple[str, ...], bool] | None] = []  # by number
# per word, the patterns that can start at it (their numbers)
_starters: dict[str, tuple[int, ...]] = {}


def _number(rx: re.Pattern) -> int:
    n = _numbers.get(id(rx))
    if n is None:
        n = _numbers[id(rx)] = len(_patterns)
        _patterns.append(rx)
        _starting.append(starting_words(rx))
        _starters.clear()  # made before this pattern was known
    return n


def _starters_of(word: str) -> tuple[int, ...]:
    out = _starters.get(word)
    if out is None:
        out = _starters[word] = tuple(
            n
            for n, start in enumerate(_starting)
            if start is not None
            and (word.startswith(start[0]) or (start[1] and word[0].isdecimal()))
        )
    return out


class WordIndex:
    """The words of one text, and for each pattern the words where it can match."""

    def __init__(self, text: str):
        self.text = text
        self._words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        self._starts: list[list[int]] = []  # per pattern number, where to try it

    def _starts_of(self, rx: re.Pattern) -> list[int] | None:
        n = _number(rx)
        if _starting[n] is None:
            return None
        if n >= len(self._starts):
            # every pattern known by now, in one pass over the words
            known = len(_starting)
            starts: list[list[int]] = [[] for _ in range(known)]
            for pos, word in self._words:
                numbers = _starters.get(word)
                if numbers is None:
                    numbers = _starters_of(word)
                for k in numbers:
                    starts[k].append(pos)
            self._starts = starts
        return self._starts[n]

    def finditer(
        self, rx: re.Pattern, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match]:
        """The matches of `rx.finditer(text, pos, endpos)`, found faster."""
        size = len(self.text)
        end = size if endpos is None else min(max(endpos, 0), size)
        starts = self._starts_of(rx)
        if starts is None:
            yield from rx.finditer(self.text, pos, end)
            return
        text, match = self.text, rx.match
        after = pos  # where the next match may start
        lo, hi = bisect.bisect_left(starts, pos), bisect.bisect_left(starts, end)
        for start in starts[lo:hi]:
            if start >= after:
                m = match(text, start, end)
                if m is not None:
                    yield m
                    # no match is empty (each starts with a word): the next starts
                    # after it, as in `re.finditer`
                    after = m.end()

    def search(
        self, rx: re.Pattern, pos: int = 0, endpos: int | None = None
    ) -> re.Match | None:
        """`rx.search(text, pos, endpos)`, found faster."""
        return next(self.finditer(rx, pos, endpos), None)
