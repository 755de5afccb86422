"""Shipped gazetteer and lexicon, accent folding, and matchers for names in text."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import yaml

from .paths import DATA, GAZETTEER

LEXICON = DATA / "lexicon.yaml"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _build_fold_table() -> dict[int, str]:
    # One character in, one character out, so offsets in the folded text are
    # offsets in the original: regexes can run on the folded copy.
    table: dict[int, str] = {}
    for cp in range(0x41, 0x250):
        ch = chr(cp)
        base = "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        ).lower()
        if len(base) == 1 and base != ch:
            table[cp] = base
        elif len(base) != 1 and len(ch.lower()) == 1 and ch.lower() != ch:
            table[cp] = ch.lower()
    for src, dst in {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        # hyphens that do not break a line ("a 56‑year‑old nurse") are hyphens
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
    }.items():
        table[ord(src)] = dst
    return table


_FOLD = _build_fold_table()
# The same table as a list by code point, which `str.translate` reads faster than
# a dict; a code point past its end stays as it is.
_FOLD_LIST = [_FOLD.get(cp, chr(cp)) for cp in range(max(_FOLD) + 1)]


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping the length (and so every offset)."""
    if text.isascii():
        return text.lower()  # in ASCII the table only lowers A-Z, as `lower` does
    return text.translate(_FOLD_LIST)


@functools.cache
def load_lexicon() -> dict:
    """The bilingual word lists in analysis/data/lexicon.yaml."""
    with open(LEXICON, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader


@functools.cache
def glue_words() -> frozenset[str]:
    return frozenset(load_lexicon()["glue_words"])


def is_glue(rest: str) -> bool:
    """True when `rest` looks like a word that translation glued onto a name."""
    return rest in glue_words() or (
        len(rest) >= 5 and rest.endswith(("ed", "ing", "ly"))
    )


# --- tokens -----------------------------------------------------------------


@dataclass(slots=True)
class Token:
    """A word (or a run of digits) with its offsets and folded form."""

    start: int
    end: int
    text: str
    folded: str


_WORD = re.compile(r"[^\W\d_]+|\d+")


def tokenize(
    text: str, folded: str | None = None, runs: list[tuple[int, str]] | None = None
) -> list[Token]:
    """Words and numbers; a word glued in camel case ("policyThis") is two words.

    `runs` are the runs of word characters of the folded text, as (start, run), if
    the caller has them (`WordIndex.words`; folding keeps every character a word
    character or not): a run of letters or of digits is then one word as it
    stands, and only a mixed run ("covid19", "a_b") is read again.
    """
    folded = fold(text) if folded is None else folded
    out: list[Token] = []
    for s, w in _pieces(text, runs):
        e = s + len(w)
        if len(w) <= 2 or w[1:].islower() or w.isupper() or w.isdigit():
            out.append(Token(s, e, w, folded[s:e]))  # no capital after a small letter
            continue
        cuts = [0]
        cuts += [i for i in range(1, len(w)) if w[i].isupper() and w[i - 1].islower()]
        cuts.append(len(w))
        for a, b in zip(cuts, cuts[1:], strict=False):
            out.append(Token(s + a, s + b, w[a:b], folded[s + a : s + b]))
    return out


def _pieces(text: str, runs: list[tuple[int, str]] | None) -> Iterator[tuple[int, str]]:
    """The matches of `_WORD` in the text, as (start, word)."""
    if runs is None:
        for m in _WORD.finditer(text):
            yield m.start(), m.group()
        return
    for s, run in runs:
        e = s + len(run)
        w = text[s:e]
        if w.isalpha() or w.isdecimal():
            yield s, w  # all of it matches one side of `_WORD`
        else:
            for m in _WORD.finditer(text, s, e):
                yield m.start(), m.group()


# --- gazetteer entries and aliases ------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    start: dt.date | None
    end: dt.date | None

    def holds(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        return (self.start is None or self.start <= day) and (
            self.end is None or day <= self.end
        )


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor or place of the gazetteer (or one found in the article)."""

    id: str
    name: str
    table: str  # "actors" or "places"
    kind: str
    country: str | None = None
    role: str | None = None
    roles: tuple[Role, ...] = ()
    government: str | None = None
    demonyms: tuple[str, ...] = ()
    outlet: bool = False  # a news outlet: it reports, it never acts

    def role_on(self, day: dt.date | None) -> str | None:
        """The entry's role on a day: a dated role if one holds, else the default."""
        for r in self.roles:
            if r.holds(day):
                return r.role
        return self.role

    def last_role_by(self, day: dt.date | None) -> str | None:
        """The latest dated role begun on or before a day, held or since left (a
        president removed in February still acted as president in January)."""
        begun = [
            r
            for r in self.roles
            if r.start is not None and (day is None or r.start <= day)
        ]
        return max(begun, key=lambda r: r.start).role if begun else self.role_on(day)


@dataclass(frozen=True, slots=True)
class Target:
    """What an alias names, and when it may be used."""

    entry_id: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    dated: bool = False
    mistranslation: str | None = None
    glued_only: bool = False


@dataclass(slots=True)
class Alias:
    words: tuple[str, ...]
    cases: tuple[str, ...]  # per word: "U" all capitals, "T" capitalised, "A" any
    targets: list[Target] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    """An alias found in the text; `ids` holds more than one id when ambiguous."""

    start: int
    end: int
    surface: str
    ids: tuple[str, ...]
    first_token: int
    last_token: int
    glued: bool = False
    mistranslation: str | None = None


def _case_of(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return "U"
    return "T" if word[0].isupper() else "A"


def _case_ok(case: str, text: str) -> bool:
    if case == "U":
        return text.isupper()
    if case == "T":
        return text[0].isupper()
    return True


_GAP_CHARS = " \t-–'’.\u00a0"


def gap_ok(gap: str) -> bool:
    """Words of one name are apart by a space, hyphen, apostrophe or dot."""
    # nothing left once those characters are stripped: the gap is made of them
    return 0 < len(gap) <= 3 and not gap.strip(_GAP_CHARS)


class Matcher:
    """Finds aliases in tokenised text: longest match first, accents folded."""

    def __init__(self, entries: Iterable[Entry], aliases: Iterable[tuple[str, Target]]):
        self.entries: dict[str, Entry] = {e.id: e for e in entries}
        by_words: dict[tuple, Alias] = {}
        for text, target in aliases:
            toks = tokenize(text)
            if not toks:
                continue
            words = tuple(t.folded for t in toks)
            cases = tuple(_case_of(t.text) for t in toks)
            key = (words, cases)
            alias = by_words.setdefault(key, Alias(words, cases))
            if target not in alias.targets:
                alias.targets.append(target)
        self.index: dict[str, list[Alias]] = {}
        for alias in by_words.values():
            self.index.setdefault(alias.words[0], []).append(alias)
        for group in self.index.values():
            group.sort(key=lambda a: -len(a.words))
        self.single = {
            w: [a for a in g if len(a.words) == 1] for w, g in self.index.items()
        }
        self.single = {w: g for w, g in self.single.items() if g}
        # a glued alias ends where one of these lengths cuts the word, longest first
        self.single_lengths = sorted({len(w) for w in self.single}, reverse=True)
        # a word can hold a glued alias only if it begins as one
        self.shortest = self.single_lengths[-1] if self.single_lengths else 1
        self.single_heads = frozenset(w[: self.shortest] for w in self.single)
        self._glue_cache: dict[str, list[tuple[int, list[Alias]]]] = {}

    def find(
        self,
        text: str,
        tokens: list[Token],
        published: dt.date | None = None,
        translated: bool = False,
        skip: set[int] | None = None,
    ) -> list[Mention]:
        """Every alias in the text, left to right, without overlaps."""
        out: list[Mention] = []
        i, n = 0, len(tokens)
        index, heads, shortest = self.index, self.single_heads, self.shortest
        while i < n:
            word = tokens[i].folded
            if (skip and i in skip) or (
                word not in index
                and (word[:shortest] not in heads or not self._glued_cuts(word))
            ):
                i += 1  # a word that starts no alias (most words, most of the time)
                continue
            m = self._match_at(text, tokens, i, published, translated, skip)
            if m:
                out.append(m)
                i = m.last_token + 1
            else:
                i += 1
        return out

    def _usable(self, alias: Alias, published, translated, glued) -> list[Target]:
        usable = []
        for t in alias.targets:
            if t.dated and (
                published is None
                or (t.valid_from and published < t.valid_from)
                or (t.valid_to and published > t.valid_to)
            ):
                continue
            if t.mistranslation and not translated:
                continue
            if t.glued_only and not glued:
                continue
            usable.append(t)
        return usable

    def _match_at(self, text, tokens, i, published, translated, skip):
        tok = tokens[i]
        following = tokens[i + 1].folded if i + 1 < len(tokens) else ""
        for alias in self.index.get(tok.folded, ()):
            if len(alias.words) > 1 and not following.startswith(alias.words[1]):
                continue  # the next word is not (or does not begin) the alias's
            got = self._try(alias, text, tokens, i, skip)
            if got is None:
                continue
            end, last, glued = got
            targets = self._usable(alias, published, translated, glued)
            if targets:
                return self._mention(text, tokens, i, last, end, glued, targets)
        # A single-word alias glued to the next word: "Kastincluded", "castannounced".
        for cut, group in self._glued_cuts(tok.folded):
            for alias in group:
                if not _case_ok(alias.cases[0], tok.text[:cut]):
                    continue
                targets = self._usable(alias, published, translated, True)
                if targets:
                    return self._mention(
                        text, tokens, i, i, tok.start + cut, True, targets
                    )
        return None

    def _glued_cuts(self, word: str) -> list[tuple[int, list[Alias]]]:
        """Where a single-word alias ends inside `word` and a glued word follows."""
        cuts = self._glue_cache.get(word)
        if cuts is None:
            cuts = [
                (cut, self.single[word[:cut]])
                for cut in self.single_lengths
                if cut <= len(word) - 2
                and word[:cut] in self.single
                and is_glue(word[cut:])
            ]
            self._glue_cache[word] = cuts
        return cuts

    def _try(self, alias, text, tokens, i, skip):
        last_index = len(alias.words) - 1
        glued = False
        end = tokens[i].end
        for j, word in enumerate(alias.words):
            k = i + j
            if k >= len(tokens) or (skip and k in skip):
                return None
            tok = tokens[k]
            if j and not (
                gap_ok(text[tokens[k - 1].end : tok.start])
                # "T13", "G20": letters and digits of one run are one name
                or (
                    tokens[k - 1].end == tok.start
                    and tok.folded.isdigit() != tokens[k - 1].folded.isdigit()
                )
            ):
                return None
            if tok.folded == word:
                end = tok.end
            elif (
                j == last_index
                and j > 0
                and tok.folded.startswith(word)
                and is_glue(tok.folded[len(word) :])
            ):
                glued = True
                end = tok.start + len(word)
            else:
                return None
            if not _case_ok(alias.cases[j], tok.text[: end - tok.start]):
                return None
        return end, i + last_index, glued

    def _mention(self, text, tokens, first, last, end, glued, targets):
        start = tokens[first].start
        ids = tuple(dict.fromkeys(t.entry_id for t in targets))
        mis = next((t.mistranslation for t in targets if t.mistranslation), None)
        return Mention(start, end, text[start:end], ids, first, last, glued, mis)


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@functools.cache
def load_gazetteer() -> Matcher:
    """The shipped gazetteer (analysis/data/gazetteer.yaml) as a matcher, built once."""
    with open(GAZETTEER, encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader
    entries: list[Entry] = []
    aliases: list[tuple[str, Target]] = []
    for table in ("actors", "places"):
        for item in raw[table]:
            roles = tuple(
                Role(r["role"], _as_date(r.get("from")), _as_date(r.get("to")))
                for r in item.get("roles", [])
            )
            entry = Entry(
                id=item["id"],
                name=item["name"],
                table=table,
                kind=item["kind"],
                country=item.get("country"),
                role=item.get("role"),
                roles=roles,
                government=item.get("government"),
                demonyms=tuple(item.get("demonyms", [])),
                outlet=bool(item.get("outlet")),
            )
            entries.append(entry)
            for a in [item["name"], *item.get("aliases", [])]:
                aliases.append((a, Target(entry.id)))
            for r in item.get("roles", []):
                for a in r.get("aliases", []):
                    target = Target(
                        entry.id, _as_date(r.get("from")), _as_date(r.get("to")), True
                    )
                    aliases.append((a, target))
            for mt in item.get("mistranslations", []):
                target = Target(
                    entry.id,
                    mistranslation=mt["description"],
                    glued_only=bool(mt.get("glued_only")),
                )
                aliases.append((mt["alias"], target))
    return Matcher(entries, aliases)


@functools.cache
def demonym_countries() -> dict[str, str]:
    """Folded country names and demonyms, each to its ISO alpha-3 code."""
    out = {}
    for e in load_gazetteer().entries.values():
        if e.kind == "country" and e.country:
            for d in e.demonyms:
                out[fold(d)] = e.country
    return out


# --- names the gazetteer does not know ----------------------------------------


@dataclass(slots=True)
class NameCandidate:
    """A capitalised run that looks like a person or an organisation."""

    kind: str  # "person", "institution" or "party"
    first_token: int
    last_token: int
    start: int
    end: int
    surface: str
    given_names: int = 0  # how many leading words are given names
    acronym: tuple[int, int, str] | None = None
    outlet: bool = False  # "Radio Tacna", "diario Correo": a news outlet


@functools.cache
def census_given_names() -> frozenset[str]:
    """First names of the `names` package (the US census's, which hold most
    Spanish ones too: "Renzo" aside, "Elías", "Gladys", "Stephen", "Denisse"), less
    the rarest and those that are also words or places a report uses
    (`given_name_exclusions`, the gazetteer's places, months and weekdays)."""
    import names

    lex = load_lexicon()
    out = set()
    for key in ("first:male", "first:female"):
        with open(names.FILES[key], encoding="ascii") as fh:
            for line in fh:
                name, freq, *_ = line.split()
                if float(freq) >= 0.002:
                    out.add(name.lower())
    places = {
        fold(word).lower()
        for e in load_gazetteer().entries.values()
        if e.table == "places" or e.kind in ("country", "government")
        for word in re.findall(r"[^\W\d_]+", e.name)
    }
    stop = {fold(w) for w in lex["name_stopwords"]} | set(lex["name_particles"])
    return frozenset(
        out - places - stop - {fold(w) for w in lex["given_name_exclusions"]}
    )


@functools.cache
def _name_words() -> dict[str, frozenset[str]]:
    lex = load_lexicon()
    heads = lex["org_heads"]
    return {
        "stop": frozenset(fold(w) for w in lex["name_stopwords"]),
        "particles": frozenset(lex["name_particles"]),
        "connectors": frozenset(lex["name_particles"])
        | frozenset(lex["org_connectors"]),
        "inst": frozenset(fold(w) for w in heads["institution"]),
        "party": frozenset(fold(w) for w in heads["party"]),
        "given": frozenset(fold(w) for w in lex["given_names"]) | census_given_names(),
        "roles": frozenset(fold(w) for w in lex["role_nouns"]),
        "role_modifiers": frozenset(lex["role_modifiers"]),
    }


def role_words() -> frozenset[str]:
    """Folded nouns of a role that say a capitalised name after them is a
    person's ("presidente", "minister")."""
    return _name_words()["roles"]


_ACRONYM_AFTER = re.compile(r"\s*\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-z]{1,9})\)")


def _is_cap(tok: Token) -> bool:
    return tok.text[0].isupper()


def find_names(text: str, tokens: list[Token]) -> list[NameCandidate]:
    """Persons (a given name or a title, then surnames with particles) and
    organisations (a capitalised run holding a word like Ministerio or Party)."""
    words = _name_words()
    out: list[NameCandidate] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].text[0].isupper() or tokens[i].text.isdigit():
            i += 1  # not capitalised (as `_is_cap` reads it, without the call)
            continue
        j = last_cap = i
        while j + 1 < n and text[tokens[j].end : tokens[j + 1].start] == " ":
            nxt = tokens[j + 1]
            if _is_cap(nxt):
                j = last_cap = j + 1
            elif nxt.folded in words["connectors"]:
                j += 1
            else:
                break
        run = list(range(i, last_cap + 1))
        i = last_cap + 1
        while run and (
            tokens[run[0]].folded in words["stop"]
            or tokens[run[0]].folded in words["connectors"]
        ):
            if _given_not_month(tokens, run, words):
                break  # "Julio Mamani", not "julio" the month
            run.pop(0)
        if not run:
            continue
        cand = _classify(text, tokens, run, words)
        if cand:
            out.append(cand)
    return out


def _given_not_month(tokens: list[Token], run: list[int], words) -> bool:
    """A month that is also a given name, before a surname and after no number
    or preposition of a date ("Julio Mamani", not "el 3 de Julio")."""
    k = run[0]
    return (
        tokens[k].folded in words["given"]
        and len(run) >= 2
        and _is_cap(tokens[run[1]])
        and tokens[run[1]].folded not in words["stop"]
        and (
            k == 0
            or not (
                tokens[k - 1].text.isdigit()
                or tokens[k - 1].folded in ("de", "of", "in", "en", "del", "since")
            )
        )
    )


# The first word of an outlet's name: "Radio Uno", "Diario Sin Fronteras"
_OUTLET_HEADS = frozenset(
    "radio diario canal emisora televisora semanario periodico noticiero".split()
)


def _classify(text, tokens, run, words) -> NameCandidate | None:
    content = [k for k in run if _is_cap(tokens[k])]
    folded = [tokens[k].folded for k in content]
    kind = None
    heads = [
        n for n, w in enumerate(folded) if w in words["inst"] or w in words["party"]
    ]
    given_at = next((n for n, w in enumerate(folded) if w in words["given"]), None)
    # "Police General Arturo Valverde": an office before a person's name
    office = given_at is not None and given_at >= 2 and heads and heads[-1] < given_at
    if heads and not office:
        party = any(w in words["party"] for w in folded)
        kind = "party" if party else "institution"
    outlet = bool(folded) and folded[0] in _OUTLET_HEADS
    if outlet:
        kind = "institution"  # "Radio Tacna", "Canal N": an outlet by its head
    if kind and len(content) >= 2:
        first, last = run[0], run[-1]
        end = tokens[last].end
        acronym = None
        m = _ACRONYM_AFTER.match(text, end)
        if m:
            acronym = (m.start(1), m.end(1), m.group(1))
        return NameCandidate(
            kind,
            first,
            last,
            tokens[first].start,
            end,
            text[tokens[first].start : end],
            acronym=acronym,
            outlet=outlet,
        )
    # A person: a title or a given name, then surnames; particles only between
    # capitals. Titles before the given name are not part of the name
    # ("Bolivian President Rodrigo Paz", "Interior Minister Elizalde").
    first_given = next((n for n, w in enumerate(folded) if w in words["given"]), None)
    roles = [n for n, w in enumerate(folded) if w in words["roles"]]
    titled = _title_before(text, tokens, run[0], words) or bool(
        roles and (first_given is None or roles[0] < first_given)
    )
    if first_given is not None:
        lead = first_given
    elif titled and roles:
        lead = roles[-1] + 1
    elif titled:
        lead = 0
    else:
        return None
    if lead >= len(content):
        return None
    run = run[run.index(content[lead]) :]
    given = 0
    for w in folded[lead:]:
        if w in words["given"]:
            given += 1
        else:
            break
    keep = []
    for k in run:
        w = tokens[k].folded
        if not _is_cap(tokens[k]) and w not in words["particles"]:
            break  # "Iván Moreira of the UDI": a name has particles, not "of the"
        if (
            _is_cap(tokens[k])
            and (w in words["stop"] or w in words["inst"])
            and not (k == run[0] and _given_not_month(tokens, run, words))
        ):
            break
        keep.append(k)
    while keep and not _is_cap(tokens[keep[-1]]):
        keep.pop()
    caps = [k for k in keep if _is_cap(tokens[k])]
    if len(caps) > 5 or (len(caps) < 2 and not titled) or not caps:
        return None
    if len(caps) < 2 and given >= len(caps):
        return None  # only given names: "María" alone says too little
    # "Ernesto León", "Enrique Lee": a surname that is a given name too
    given = min(given, len(caps) - 1)
    first, last = keep[0], keep[-1]
    start, end = tokens[first].start, tokens[last].end
    return NameCandidate("person", first, last, start, end, text[start:end], given)


_ARTICLES = frozenset({"el", "la", "the", "un", "una"})


def _title_before(text, tokens, k, words) -> bool:
    if k >= 1 and _role_in_apposition(text, tokens, k, words):
        return True
    if k == 0 or text[tokens[k - 1].end : tokens[k].start] != " ":
        return False
    prev = tokens[k - 1].folded
    if prev in words["roles"] and not _is_cap(tokens[k - 1]):
        return True
    if (
        k >= 2
        and not _is_cap(tokens[k - 1])
        and tokens[k - 2].folded in _ARTICLES
        and prev in demonym_countries()
        and k + 1 < len(tokens)
        and _is_cap(tokens[k + 1])
        and text[tokens[k].end : tokens[k + 1].start] == " "
    ):
        # "la venezolana Milbayajaira Rivas", "el chileno Juan Pérez": one of a
        # nation, named by two capitalised words
        return True
    if k >= 2 and f"{tokens[k - 2].folded} {prev}" in words["roles"]:
        return True
    # "el prefecto regional Stephen Ugarte": a role, a lower-case modifier, the name
    return (
        k >= 2
        and prev in words["role_modifiers"]
        and not _is_cap(tokens[k - 1])
        and tokens[k - 2].folded in words["roles"]
        and not _is_cap(tokens[k - 2])
    )


def _role_in_apposition(text, tokens, k, words) -> bool:
    """A name after a comma that closes a role: "la presidenta del gremio, Corinne
    Flores", "el subsecretario del Interior, Víctor Ramos"; the name has two words."""
    if text[tokens[k - 1].end : tokens[k].start] != ", ":
        return False
    if k + 1 >= len(tokens) or not _is_cap(tokens[k + 1]):
        return False
    if text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    for j in range(k - 1, max(-1, k - 8), -1):
        t = tokens[j]
        pair = f"{tokens[j - 1].folded} {t.folded}" if j else ""
        if t.folded in words["roles"] or pair in words["roles"]:
            return True
        if j and re.search(r"[.,;:()]", text[tokens[j - 1].end : t.start]):
            return False
    return False


def surname_aliases(name: str, given: int) -> list[str]:
    """Ways an article refers back to a person: "Zepeda" for "Rocío Zepeda Majmud"."""
    toks = name.split()
    rest = toks[given:] if given else toks[1:]
    if not rest:
        return []
    out = [" ".join(rest)]
    particles = _name_words()["particles"]
    # A Spanish name carries two surnames: the first alone is the usual short form.
    first = []
    for w in rest:
        first.append(w)
        if w.lower() not in particles:
            break
    if len(first) < len(rest):
        out.append(" ".join(first))
        if len(rest) == 2 and len(first) == 1:
            # the second, the mother's, when a report uses it alone ("Vargas
            # Valderrama" … "Valderrama subrayó")
            out.append(rest[1])
    return [a for a in out if len(a) >= 3]
