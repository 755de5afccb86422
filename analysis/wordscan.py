"""Regular expressions tried only at the words where a match can start."""

from __future__ import annotations

import bisect
import functools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from re import _constants as sre  # the node types of the parser below
from re import _parser  # Python's own parser of regular expressions

# `re` tries a pattern that opens with `\b` at every character of a text, and most
# patterns of the extractor open with `\b` and a list of words ("\b(?:en|in|
# durante)\s+…"): a match can only start at a word that begins with one of them,
# and often only where the next word begins in a given way too ("de 2025"). The
# pattern's syntax tree says so, and an index of the words of a text then gives,
# per pattern, the few places worth trying. `WordIndex.finditer` returns exactly
# the matches of `re.finditer`; a pattern whose start cannot be read this way
# ("\w+ing", "(?i)…") runs over the whole text as before. `_parser` is private to
# `re`: tests/test_wordscan.py checks the reading on every pattern the extractor
# runs through an index.

# How a match starts is read as strings of characters and these marks:
_BOUNDARY = "\x00"  # `\b`
_DIGIT = "\x01"  # `\d`, any decimal digit
_SPACE = "\x02"  # `\s+`, one or more white-space characters
_MARKS = _BOUNDARY + _DIGIT + _SPACE
# Past this many strings a pattern's start is read no further (a shorter prefix
# only widens the places to try).
_MAX_PREFIXES = 2000
_WORD = re.compile(r"\w+")  # `\b` is a change between `\w` and not `\w`
_WHITE_SPACE = [(sre.CATEGORY, sre.CATEGORY_SPACE)]
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
        if len(grown) > _MAX_PREFIXES:
            return [(s, False) for s, _ in out]
        out = grown
    return out


def _node(op, av) -> Prefixes | None:
    """How one node starts (as in `_sequence`), or None when it may start anyhow.
    Zero-width assertions are left out: dropping a condition only widens the set."""
    if op is sre.LITERAL:
        return [(chr(av), True)]
    if op is sre.IN:
        if av == [(sre.CATEGORY, sre.CATEGORY_DIGIT)]:
            return [(_DIGIT, True)]
        if av == _WHITE_SPACE:
            return [(_SPACE, True)]
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
        none = [("", True)] if lo == 0 else []
        if pattern.data == [(sre.IN, _WHITE_SPACE)]:
            return none + [(_SPACE, True)]  # a run of white space is one mark
        # after one repetition comes another or the next node: the string ends there
        return none + [(s, whole and hi == 1) for s, whole in once]
    if op is sre.AT:
        return [(_BOUNDARY if av is sre.AT_BOUNDARY else "", True)]
    if op is sre.ASSERT_NOT and _no_word_before(av):
        return [(_BOUNDARY, True)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [("", True)]
    return None


def _no_word_before(av) -> bool:
    """A look-behind for no word character ("(?<![\\w.,])"): before a word
    character it says what `\\b` says, that a word starts there."""
    direction, pattern = av
    if direction >= 0 or len(pattern.data) != 1 or pattern.data[0][0] is not sre.IN:
        return False
    items = pattern.data[0][1]
    negated = (sre.NEGATE, None) in items
    return not negated and (sre.CATEGORY, sre.CATEGORY_WORD) in items


# What the next word must start with: one of the strings, or a digit (the flag).
Next = tuple[tuple[str, ...], bool]


def _either(a: Next | None, b: Next | None) -> Next | None:
    """The next word as either of two readings allows it (None: any word)."""
    if a is None or b is None:
        return None
    return tuple(sorted(set(a[0]) | set(b[0]))), a[1] or b[1]


@dataclass
class Start:
    """Where a match of a pattern can start: at a word that begins with one of
    `heads` (or with a digit, with `digit`); at a word of `words`; at one of
    `tails` ending a word ("Chileplanned"); or at one of the characters of `signs`
    ("$"). A word of `words` or a tail then needs the word after it, past white
    space only, to begin as its `Next` says (None: any word, or none)."""

    heads: tuple[str, ...] = ()
    digit: bool = False
    words: dict[str, Next | None] = field(default_factory=dict)
    tails: dict[str, Next | None] = field(default_factory=dict)
    signs: str = ""


def _next_word(rest: str) -> Next | None:
    """What the word after a whole word must start with, from the string after it."""
    rest = rest.lstrip(_BOUNDARY)
    if not rest.startswith(_SPACE):
        return None  # the word ends and anything may follow
    rest = rest.lstrip(_BOUNDARY + _SPACE)
    if rest.startswith(_DIGIT):
        return (), True
    word = _WORD.match(rest)
    return ((word.group(),), False) if word else None


def starting_words(rx: re.Pattern) -> Start | None:
    """Where a match of `rx` can start, or None when it may start anywhere."""
    if rx.flags & _UNSUPPORTED_FLAGS:
        return None
    start, heads, signs = Start(), set(), set()
    for s, _ in _sequence(_parser.parse(rx.pattern, rx.flags).data):
        glued = not s.startswith(_BOUNDARY)
        s = s.lstrip(_BOUNDARY)
        if s.startswith(_DIGIT) and not glued:
            start.digit = True
            continue
        if s[:1] and s[0] not in _MARKS and not _WORD.match(s):
            signs.add(s[0])  # a match that starts with "$"
            continue
        word = _WORD.match(s)
        if word is None:
            return None
        rest = s[word.end() :]
        # "de" before `\b`, white space or "$" is the whole word "de"
        whole = rest != "" and rest[0] != _DIGIT
        if glued and not whole:
            return None  # a match starting inside a word and running on
        if not whole:
            heads.add(word.group())
            continue
        table = start.tails if glued else start.words
        seen = table.get(word.group(), ((), False))
        table[word.group()] = _either(seen, _next_word(rest))
    # "de" serves for "del" and "desde", which sort right after it
    kept: list[str] = []
    for w in sorted(heads):
        if not kept or not w.startswith(kept[-1]):
            kept.append(w)
    start.heads = tuple(kept)
    start.signs = "".join(sorted(signs))
    return start


def _is_word(c: str) -> bool:
    """`\\w` for one character, as `re` reads it in a str."""
    return c.isalnum() or c == "_"


# Every pattern a WordIndex has been asked about, by its id (hashing a compiled
# pattern reads all its code) and kept here so that the id stays its own.
_patterns: list[re.Pattern] = []
_numbers: dict[int, int] = {}
_starting: list[Start | None] = []  # by number
# A `Next` as the index reads it: the strings by their first character, and the
# flag for a digit.
Test = tuple[dict[str, tuple[str, ...]], bool]
# Per word, where in it the patterns can start (numbers, offsets, next words);
# those that need nothing of the next word; and what any of the others needs of
# it (None: none needs it).
Found = tuple[
    tuple[tuple[int, int, Test | None], ...], tuple[tuple[int, int], ...], Test | None
]
_starters: dict[str, Found] = {}


def known_patterns() -> list[re.Pattern]:
    """Every pattern a WordIndex has been asked about, in the order first asked."""
    return list(_patterns)


# Threads that extract at once add patterns and read the table one at a time.
_LOCK = threading.Lock()


def _number(rx: re.Pattern) -> int:
    n = _numbers.get(id(rx))
    if n is None:
        with _LOCK:
            n = _numbers.get(id(rx))
            if n is None:
                n = _numbers[id(rx)] = len(_patterns)
                _patterns.append(rx)
                _starting.append(starting_words(rx))
                _starters.clear()  # made before this pattern was known
    return n


@functools.cache
def _by_first(first: str, known: int) -> tuple[int, ...]:
    """The patterns, of the first `known`, that a word beginning with `first` may
    start: by their words, a digit, or the ends of words they look for."""
    out = []
    for n, start in enumerate(_starting[:known]):
        if start is not None and (
            start.tails
            or (start.digit and first.isdecimal())
            or any(w.startswith(first) for w in (*start.heads, *start.words))
        ):
            out.append(n)
    return tuple(out)


def _starters_of(word: str) -> Found:
    out = []
    for n in _by_first(word[0], len(_starting)):
        start = _starting[n]
        at: dict[int, Next | None] = {}  # offset in the word -> next word
        if word.startswith(start.heads) or (start.digit and word[0].isdecimal()):
            at[0] = None
        if word in start.words:
            at[0] = _either(at.get(0, ((), False)), start.words[word])
        for tail, after in start.tails.items():
            if word.endswith(tail):
                offset = len(word) - len(tail)
                at[offset] = _either(at.get(offset, ((), False)), after)
        out.extend((n, offset, after) for offset, after in sorted(at.items()))
    free = tuple((n, offset) for n, offset, after in out if after is None)
    union: Next | None = None
    for _, _, after in out:
        if after is not None:
            union = after if union is None else _either(union, after)
    _starters[word] = (
        tuple((n, offset, after and _test(after)) for n, offset, after in out),
        free,
        union and _test(union),
    )
    return _starters[word]


@functools.cache
def _test(after: Next) -> Test:
    """The strings by first character: a word is looked up in a few, not all."""
    heads, digit = after
    by_first: dict[str, tuple[str, ...]] = {}
    for head in heads:
        by_first[head[0]] = by_first.get(head[0], ()) + (head,)
    return by_first, digit


class WordIndex:
    """The words of one text, and for each pattern the words where it can match.

    Meant for patterns compiled once (module constants, the cached lexicon): each
    pattern it meets is read once and kept for the life of the process.
    """

    def __init__(self, text: str):
        self.text = text
        # the runs of word characters, as (start, run)
        self.words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        self._starts: list[list[int]] = []  # per pattern number, where to try it
        self._word_starts: list[int] = []  # filled when first needed

    def _starts_of(self, rx: re.Pattern) -> list[int] | None:
        n = _number(rx)
        if _starting[n] is None:
            return None
        if n >= len(self._starts):
            self._starts = self._index()
        return self._starts[n]

    def _index(self) -> list[list[int]]:
        """Where to try every pattern known by now, in one pass over the words."""
        with _LOCK:
            return self._index_known()

    def _index_known(self) -> list[list[int]]:
        starts: list[list[int]] = [[] for _ in _starting]
        text, words, last = self.text, self.words, len(self.words) - 1
        for i, (pos, word) in enumerate(words):
            found = _starters.get(word)
            if found is None:
                found = _starters_of(word)
            entries, free, union = found
            if union is not None and i < last:
                # the next word, if white space alone parts it from this one, read
                # once for all the patterns that name it
                next_pos, nxt = words[i + 1]
                first = nxt[0]
                if (
                    nxt.startswith(union[0].get(first, ()))
                    or (union[1] and first.isdecimal())
                ) and text[pos + len(word) : next_pos].isspace():
                    for k, offset, after in entries:
                        if (
                            after is None
                            or nxt.startswith(after[0].get(first, ()))
                            or (after[1] and first.isdecimal())
                        ):
                            starts[k].append(pos + offset)
                    continue
            for k, offset in free:
                starts[k].append(pos + offset)
        for k, start in enumerate(_starting):
            if start is not None and start.signs:
                starts[k] = sorted(starts[k] + self._signs(start.signs))
        return starts

    def _signs(self, signs: str) -> list[int]:
        """Where each of these characters is in the text."""
        out = []
        for c in signs:
            at = self.text.find(c)
            while at >= 0:
                out.append(at)
                at = self.text.find(c, at + 1)
        return out

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
        # A word that `endpos` cuts ends there for the pattern ("asylum" of
        # "asylumhumanitario"), but the index read it whole: from its start on,
        # the pattern runs over the text as before.
        cut = self._cut(end)
        after = pos  # where the next match may start
        lo, hi = bisect.bisect_left(starts, pos), bisect.bisect_left(starts, cut)
        for start in starts[lo:hi]:
            if start >= after:
                m = match(text, start, end)
                if m is not None:
                    yield m
                    # no match is empty (each starts with a word): the next starts
                    # after it, as in `re.finditer`
                    after = m.end()
        if cut < end:
            yield from rx.finditer(text, max(after, cut), end)

    def _cut(self, end: int) -> int:
        """Where the word that `end` falls inside starts, or `end` if none does."""
        text = self.text
        if not (
            0 < end < len(text) and _is_word(text[end]) and _is_word(text[end - 1])
        ):
            return end
        if not self._word_starts:
            self._word_starts = [start for start, _ in self.words]
        return self._word_starts[bisect.bisect_right(self._word_starts, end) - 1]

    def search(
        self, rx: re.Pattern, pos: int = 0, endpos: int | None = None
    ) -> re.Match | None:
        """`rx.search(text, pos, endpos)`, found faster."""
        return next(self.finditer(rx, pos, endpos), None)
