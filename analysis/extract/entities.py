"""Actors and places: gazetteer hits, name rules and roles."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from urllib.parse import urlsplit

from babel.core import get_global
from rapidfuzz.distance import Levenshtein

from ..gazetteer import (
    Entry,
    Matcher,
    Mention,
    Target,
    demonym_countries,
    find_names,
    fold,
    load_gazetteer,
    load_lexicon,
    surname_aliases,
    tokenize,
)
from ..schema import (
    Actor,
    Place,
)
from .text import (
    ARMED_FORCES,
    BORDER_WITH,
    MAX_EVIDENCE,
    POLICE,
    Doc,
    Found,
    Ids,
    lex_,
)

# --- entities -----------------------------------------------------------------------


def find_entities(doc: Doc) -> None:
    gaz = load_gazetteer()
    text, tokens = doc.text, doc.tokens
    mentions = gaz.find(text, tokens, doc.published, doc.translated)
    mentions, dynamic = _reconcile_names(doc, mentions)
    if dynamic:
        entries, aliases = zip(*dynamic, strict=True)
        doc.entries.update({e.id: e for e in entries})
        matcher = Matcher(entries, [a for group in aliases for a in group])
        covered = {k for m in mentions for k in range(m.first_token, m.last_token + 1)}
        mentions += matcher.find(text, tokens, doc.published, doc.translated, covered)
    mentions = _drop_overlaps(mentions)

    def every(m, test) -> bool:
        """Each entry a mention may name passes `test`."""
        return all((e := doc.entries.get(i)) is not None and test(e) for i in m.ids)

    # "Decreto Supremo 135-2025-PCM": an acronym inside a code names no actor
    mentions = [
        m
        for m in mentions
        if not (
            m.start >= 2 and text[m.start - 1] == "-" and text[m.start - 2].isdigit()
        )
        # "el aeropuerto internacional Jorge Chávez", "Estadio Nacional": a place
        # named after a person is no person
        and not (
            _FACILITY_BEFORE.search(doc.folded, max(0, m.start - 30), m.start)
            and every(m, lambda e: e.kind == "person")
        )
        # "LIMA, Jan 7 (Reuters) -", "(EFE)": a wire's credit, not an actor
        and not (
            text[m.start - 1 : m.start] == "("
            and text[m.end : m.end + 1] == ")"
            and every(m, lambda e: e.outlet)
        )
        # "Kast asume la Presidencia", "took over the presidency": the office
        # taken, not the body that acts
        and not (
            _PRESIDENCY.fullmatch(doc.folded, m.start, m.end)
            and _OFFICE_TAKEN.search(doc.folded, max(0, m.start - 30), m.start)
        )
    ]
    _settle(doc, mentions)
    _named_outlets(doc)
    _nested_countries(doc)
    _both_governments(doc)
    _institution_back_references(doc)
    _officials_of(doc)
    _unnamed_people(doc)
    _own_reporter(doc)
    doc.found.sort(key=lambda f: (f.start, f.end))


_FACILITY_BEFORE = re.compile(
    r"\b(?:aeropuerto|airport|estadio|stadium|hospital|colegio|universidad|"
    r"university|avenida|avenue|calle|street|plaza|puerto|complejo|puesto|fuerte|"
    r"fort|terminal|cuartel|parque|park|museo|museum|teatro|escuela|school|premio|"
    r"prize|instituto|institute|coliseo|mercado|market)\s+(?:internacional\s+|"
    r"international\s+|fronterizo\s+|de\s+|del\s+)?$"
)
_PRESIDENCY = re.compile(r"(?:presidencia|presidency)(?: de la republica)?")
_OFFICE_TAKEN = re.compile(
    r"\b(?:asum\w*|assum\w*|tak(?:e|es|en|ing)|took|ocup\w*|dej\w*|leav\w*|left|"
    r"lleg\w* a|reach\w*|win\w*|won|gan\w*|hand\w* over|entreg\w*)\s+"
    r"(?:over\s+)?(?:la|the)\s+$"
)


def _nested_countries(doc: Doc) -> None:
    names = _country_place_names()
    for f in doc.found:
        if doc.entries[f.entry_id].table != "actors":
            continue
        for tok in doc.tokens_in(f.start, f.end):
            if f.start <= tok.start and tok.end <= f.end and tok.folded in names:
                if tok.text[0].isupper():
                    doc.nested.append(
                        Found(
                            tok.start, tok.end, tok.text, names[tok.folded], f.sentence
                        )
                    )


@functools.cache
def _country_place_names() -> dict[str, str]:
    """One-word country names ("Perú") to their place ids."""
    out = {}
    for e in load_gazetteer().entries.values():
        if e.kind == "country":
            out[fold(e.name)] = e.id
    out.update(
        {"peru": "peru", "brasil": "brazil", "espana": "spain", "mexico": "mexico"}
    )
    return out


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """The longest mentions, then the earliest, that overlap no longer one."""
    kept: list[Mention] = []
    starts: list[int] = []  # of the kept mentions, sorted; they never overlap
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        i = bisect.bisect_left(starts, m.end)  # kept mentions starting before m ends
        if i and kept[i - 1].end > m.start:
            continue  # the last of them reaches into m
        starts.insert(i, m.start)
        kept.insert(i, m)
    return kept


def _reconcile_names(doc: Doc, mentions: list[Mention]):
    """Merge rule-found names with gazetteer hits: "Rocio Zepeda Majmud" extends
    the gazetteer's "Rocío Zepeda"; a name holding other gazetteer hits is dropped."""
    text, entries = doc.text, doc.entries
    dynamic: dict[str, tuple[Entry, list[tuple[str, Target]]]] = {}
    by_name: dict[str, str] = {}
    ids = Ids()
    ids.seen |= set(entries)
    out = list(mentions)
    for cand in find_names(text, doc.tokens):
        inner = [m for m in out if m.start < cand.end and cand.start < m.end]
        if (
            cand.kind == "person"
            and len(inner) == 1
            and inner[0].start == cand.start
            and all(entries[i].kind == "institution" for i in inner[0].ids)
            and (
                cand.last_token - inner[0].last_token >= 2
                # "el general PNP Valverde": a rank before the acronym, and the
                # surname alone after it
                or cand.last_token - inner[0].last_token == 1
                and _RANK_BEFORE.search(doc.folded, max(0, cand.start - 25), cand.start)
            )
        ):
            # "general PNP Herbert Luna Velarde": the force's acronym is his rank's,
            # the person is the name after it
            k = inner[0].last_token + 1
            cand = dataclasses.replace(
                cand,
                first_token=k,
                start=doc.tokens[k].start,
                surface=text[doc.tokens[k].start : cand.end],
                given_names=0,
            )
            inner = []
        kinds = {entries[i].table for m in inner for i in m.ids}
        if inner and cand.kind == "person":
            first = inner[0]
            person_ids = {
                i for m in inner for i in m.ids if entries[i].kind == "person"
            }
            if (
                len(inner) == 1
                and len(first.ids) == 1
                and person_ids == set(first.ids)
                and first.start == cand.start
            ):
                out.remove(first)
                out.append(
                    Mention(
                        cand.start,
                        cand.end,
                        cand.surface,
                        first.ids,
                        cand.first_token,
                        cand.last_token,
                    )
                )
                continue
            if not (cand.given_names and kinds == {"places"}):
                continue
            if any(m.start == cand.start and m.end == cand.end for m in inner):
                # "Santiago de Chile": a place the gazetteer names whole, though
                # it opens with a given name
                continue
        elif (
            inner
            and kinds != {"places"}
            and not (
                cand.kind == "institution"
                and all(
                    entries[i].kind == "person" and m.start > cand.start
                    for m in inner
                    for i in m.ids
                )
            )
        ):
            # an office named after whom it serves ("la Oficina del Presidente
            # Electo") is that office, not the person
            continue
        for m in inner:
            out.remove(m)
        key = fold(cand.surface)
        known = (
            _misspelt_person(doc, cand) if cand.kind == "person" and not inner else None
        )
        if known is not None:
            # "José Geri" for José Jerí: a known person, their surname misspelt
            eid = by_name[key] = known
            surname = cand.surface.split()[-1]
            dynamic.setdefault(known, (entries[known], []))[1].append(
                (surname, Target(known))
            )
        elif key in by_name:
            eid = by_name[key]
        else:
            eid = ids(cand.acronym[2] if cand.acronym else cand.surface)
            by_name[key] = eid
            country = country_in(cand.surface) or _country_of_inner(entries, inner)
            entry = Entry(
                eid, cand.surface, "actors", cand.kind, country, outlet=cand.outlet
            )
            aliases = [(cand.surface, Target(eid))]
            if cand.kind == "person":
                aliases += [
                    (a, Target(eid))
                    for a in surname_aliases(cand.surface, cand.given_names)
                ]
                role = _role_before(doc, cand.start)
                if role:
                    doc.dynamic_roles[eid] = role
                    country = country or country_in(role)
                    entry = Entry(eid, cand.surface, "actors", cand.kind, country)
            if cand.acronym:
                aliases.append((cand.acronym[2], Target(eid)))
            dynamic[eid] = (entry, aliases)
        out.append(
            Mention(
                cand.start,
                cand.end,
                cand.surface,
                (eid,),
                cand.first_token,
                cand.last_token,
                mistranslation=(
                    f"The article spells the name '{cand.surface}'."
                    if known is not None
                    else None
                ),
            )
        )
    return out, list(dynamic.values())


def _misspelt_person(doc: Doc, cand) -> str | None:
    """The one known person whose name has the same given names as `cand` and a
    surname one letter away ("José Geri" for "José Jerí"), if any."""
    words = tuple(t.folded for t in tokenize(cand.surface))
    if len(words) < 2 or len(words[-1]) < 4:
        return None
    found = {
        t.entry_id
        for alias in load_gazetteer().index.get(words[0], ())
        if len(alias.words) == len(words)
        and alias.words[:-1] == words[:-1]
        and Levenshtein.distance(alias.words[-1], words[-1]) == 1
        for t in alias.targets
        if not t.dated
        and t.entry_id in doc.entries
        and doc.entries[t.entry_id].kind == "person"
    }
    return found.pop() if len(found) == 1 else None


def _country_of_inner(entries, inner) -> str | None:
    codes = {entries[i].country for m in inner for i in m.ids if entries[i].country}
    return codes.pop() if len(codes) == 1 else None


def country_in(text: str) -> str | None:
    """The country a phrase names, by name or demonym ("Chilean" -> CHL)."""
    names = country_names()
    for tok in tokenize(text):
        code = names.get(tok.folded)
        if code:
            return code
    return None


@functools.cache
def governments() -> dict[str, str]:
    """Country code to the id of its government."""
    return {
        e.country: e.government
        for e in load_gazetteer().entries.values()
        if e.kind == "country" and e.country and e.government
    }


@functools.cache
def country_names() -> dict[str, str]:
    out = dict(demonym_countries())
    for e in load_gazetteer().entries.values():
        if e.kind == "country" and e.country:
            out[fold(e.name)] = e.country
    out["peru"] = "PER"
    return out


def _role_before(doc: Doc, start: int) -> str | None:
    """The role an article gives just before a name: "the political scientist X"."""
    si = doc.sentence_at(start)
    lo = max(doc.sentences[si].start, start - 90)
    window = doc.folded[lo:start]
    last = None
    for m in lex_().role_nouns.finditer(window):
        last = m
    if not last:
        return None
    between = window[last.end() :]
    if re.search(r"[.;:()]", between) or len(between) > 60:
        return None
    begin = lo + last.start()
    # Take in capitalised words just before the role: "Chile's Interior Minister".
    stop = name_stopwords()
    while True:
        m = re.search(
            r"([A-ZÁÉÍÓÚÑ][\w'’]*)\s+$", doc.text[doc.sentences[si].start : begin]
        )
        if not m or fold(m.group(1)).split("'")[0] in stop:
            break
        begin -= len(m.group(0))
    role = doc.text[begin:start].strip(" ,")
    return role or None


@functools.cache
def name_stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon()["name_stopwords"])


def _settle(doc: Doc, mentions: list[Mention]) -> None:
    """Pick one entry for each ambiguous mention: the candidate named last, else
    the one whose country the sentence names; otherwise drop the mention."""
    names = country_names()
    home = outlet_country(doc.article.url)
    article_codes: Counter | None = None  # counted once, when first needed
    for m in mentions:
        si = doc.sentence_at(m.start)
        eid = m.ids[0] if len(m.ids) == 1 else None
        if eid is None and _third_country(doc, m, names):
            # "Bolivia's Foreign Ministry", "la Cancillería boliviana": another
            # country's body, which none of the candidates is
            continue
        if eid is None:
            # "la Presidencia peruana", "the Chilean Foreign Ministry": the
            # country beside the name decides, before the one named last ("el
            # Ministerio de Relaciones Exteriores peruano", after "la Cancillería
            # chilena")
            near = [
                names[t.folded]
                for t in doc.tokens
                if (m.end <= t.start <= m.end + 2 or m.start - 12 <= t.end <= m.start)
                and t.folded in names
            ]
            fits = [i for i in m.ids if doc.entries[i].country in near]
            eid = fits[0] if len(fits) == 1 else None
        if eid is None:
            for f in reversed(doc.found):
                if f.entry_id in m.ids:
                    eid = f.entry_id
                    break
        if (
            eid is None
            and _LEADS_ITS_SENTENCE.match(doc.folded, doc.sentences[si].start, m.start)
            and not any(
                ARMED_FORCES.search(fold(doc.entries[i].name))
                or POLICE.search(fold(doc.entries[i].name))
                for i in m.ids
            )
        ):
            # "Desde Presidencia aseguran que Jerí … en Chile" in a Lima paper
            # (larepublica.pe): a national body that speaks first in its
            # sentence is the outlet's, whatever country the sentence names after
            fits = [i for i in m.ids if doc.entries[i].country == home]
            eid = fits[0] if home and len(fits) == 1 else None
        if eid is None:
            s = doc.sentences[si]
            # the country the sentence names most; else, the country its
            # paragraph has named so far ("Maquinaria del Ejército excava en
            # Arica. Según el Ministerio del Interior, …")
            para = min(x.start for x in doc.sentences if x.paragraph == s.paragraph)
            for lo, hi in ((s.start, s.end), (para, s.start)):
                eid = _by_country_named(doc, mentions, m, names, lo, hi)
                if eid is not None:
                    break
        if eid is None:
            # "El Ministerio de Relaciones Exteriores señaló…" in a Lima paper
            # (rpp.pe): a national body the words do not place is the outlet's
            fits = [i for i in m.ids if doc.entries[i].country == home]
            eid = fits[0] if home and len(fits) == 1 else None
        if eid is None and not any(
            ARMED_FORCES.search(fold(doc.entries[i].name))
            or POLICE.search(fold(doc.entries[i].name))
            for i in m.ids
        ):
            # "Since then, the Interior Ministry says, …": the country whose
            # places, bodies and people the article names most (not forces:
            # "the armed forces will deploy" stays the government's act)
            if article_codes is None:
                article_codes = Counter(
                    doc.entries[o.ids[0]].country
                    for o in mentions
                    if len(o.ids) == 1 and doc.entries[o.ids[0]].country
                )
            top = article_codes.most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                fits = [i for i in m.ids if doc.entries[i].country == top[0][0]]
                eid = fits[0] if len(fits) == 1 else None
        if eid is None:
            continue
        doc.found.append(
            Found(m.start, m.end, m.surface, eid, si, m.glued, m.mistranslation)
        )


_RANK_BEFORE = re.compile(
    r"\b(?:general|coronel|comandante|capitan|teniente|mayor|suboficial|jefe|"
    r"colonel|commander|captain|lieutenant|major|chief)\s+$"
)
_OWNER_BEFORE = re.compile(r"(\w+)(?:'s|\u2019s)?\s+$")
_OWNER_AFTER = re.compile(r"\s+(?:(?:de|del|of)\s+)?(\w+)")


def _third_country(doc: Doc, m: Mention, names: dict[str, str]) -> bool:
    """The country that owns an ambiguous body's name, right before or after it
    ("Bolivia's Foreign Ministry", "la Cancillería boliviana"), is none of its
    candidates' countries."""
    owners = set()
    before = _OWNER_BEFORE.search(doc.folded, max(0, m.start - 30), m.start)
    if before and before.group(1) in names:
        owners.add(names[before.group(1)])
    after = _OWNER_AFTER.match(doc.folded, m.end, m.end + 30)
    if after and after.group(1) in names:
        owners.add(names[after.group(1)])
    return bool(owners) and not owners & {doc.entries[i].country for i in m.ids}


# nothing but a preposition or an article before a body at its sentence's start
_LEADS_ITS_SENTENCE = re.compile(
    r"\s*(?:(?:desde|segun|para|de acuerdo con|according to|for)\s+)?"
    r"(?:(?:la|el|los|las|the)\s+)?$"
)


@functools.cache
def _alpha3() -> dict[str, str]:
    """ISO 3166 two-letter codes to three-letter ones, from CLDR's aliases."""
    aliases = get_global("territory_aliases")
    return {
        two[0]: three
        for three, two in aliases.items()
        if len(three) == 3 and three.isalpha() and len(two) == 1 and len(two[0]) == 2
    }


def outlet_country(url: str | None) -> str | None:
    """The country of an outlet's web address by its country domain ("rpp.pe",
    "biobiochile.cl"): None for ".com", ".org" and the like."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    top = host.rsplit(".", 1)[-1].upper()
    return _alpha3().get(top) if len(top) == 2 else None


_COUNTERPART_OF = re.compile(
    r"\b(?:con|with|ante|junto a)\s+(?:(?:los|las|el|la|sus?|the|its|their)\s+)?"
    r"(?:(?:altos?|altas?|senior|top)\s+)?(?:funcionari\w+|autoridades|delegaci\w+|"
    r"representantes|pares?|homolog\w+|officials|authorities|delegations?|"
    r"counterparts?|representatives)\s+(?:de|del|from|of)\s+$"
)


def _by_country_named(doc: Doc, mentions, m, names, lo: int, hi: int) -> str | None:
    """The one of a mention's candidates whose country text[lo:hi] names most."""
    codes = Counter(
        names[t.folded]
        for t in doc.tokens_in(lo, hi)
        if t.folded in names
        # "en el control de la zona limítrofe con Chile": the country across
        # the border is not the one whose Executive acts
        and not BORDER_WITH.search(doc.folded, max(lo, t.start - 30), t.start)
        # "durante la reunión con altos funcionarios de Chile": nor the country
        # met with
        and not _COUNTERPART_OF.search(doc.folded, max(lo, t.start - 45), t.start)
    )
    # "la sede de la Cancillería en Santiago": a city names its country.
    codes.update(
        doc.entries[o.ids[0]].country
        for o in mentions
        if len(o.ids) == 1
        and lo <= o.start < hi
        and doc.entries[o.ids[0]].table == "places"
        and doc.entries[o.ids[0]].country
        and doc.entries[o.ids[0]].kind != "country"
    )
    ranked = [
        c
        for c, _ in codes.most_common()
        if any(doc.entries[i].country == c for i in m.ids)
    ]
    top = [c for c in ranked if codes[c] == codes[ranked[0]]] if ranked else []
    fits = [i for i in m.ids if doc.entries[i].country in top]
    return fits[0] if len(fits) == 1 else None


def _both_governments(doc: Doc) -> None:
    """'Both governments' names the governments of the two countries named most."""
    counts = Counter(
        doc.entries[f.entry_id].id
        for f in doc.found
        if doc.entries[f.entry_id].kind == "country"
        and doc.entries[f.entry_id].government
    )
    top = [c for c, _ in counts.most_common(2)]
    if len(top) < 2:
        return
    govs = [doc.entries[c].government for c in top]
    for m in doc.words.finditer(lex_().both):
        for gov in govs:
            _stand_for(doc, m.start(), m.end(), gov)


@functools.cache
def _officials() -> re.Pattern:
    """ "Chilean officials", "las autoridades peruanas": by a country's adjective."""
    adj = "|".join(sorted(map(re.escape, demonym_countries()), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<adj1>{adj})\s+(?:government\s+)?(?:officials|authorities)|"
        rf"(?:las\s+)?autoridades\s+(?P<adj2>{adj})|funcionarios\s+(?P<adj3>{adj}))\b"
    )


@functools.cache
def _officials_of_two() -> re.Pattern:
    """ "Chilean and Peruvian authorities", "autoridades chilenas y peruanas"."""
    adj = "|".join(sorted(map(re.escape, demonym_countries()), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<a1>{adj})\s+(?:and|y|e)\s+(?P<b1>{adj})\s+(?:government\s+)?"
        rf"(?:officials|authorities|governments)|(?:las\s+)?(?:autoridades|"
        rf"funcionarios|gobiernos)\s+(?P<a2>{adj})\s+(?:y|e)\s+(?P<b2>{adj}))\b"
    )


def _actor_at(doc: Doc, m: re.Match) -> bool:
    """Whether an actor is already found in the words m matched."""
    return any(
        f.start < m.end()
        and m.start() < f.end
        and doc.entries[f.entry_id].table == "actors"
        for f in doc.found
    )


def _officials_of(doc: Doc) -> None:
    """Officials named by their country's adjective stand for its government."""
    names = demonym_countries()
    govs = governments()
    for m in doc.words.finditer(_officials_of_two()):
        # "Chilean and Peruvian authorities have agreed…": both governments
        pair = [
            govs.get(names.get(m.group(g) or "", "") or "")
            for g in (("a1", "b1") if m.group("a1") else ("a2", "b2"))
        ]
        if all(g in doc.entries for g in pair) and not _actor_at(doc, m):
            for gov in pair:
                _stand_for(doc, m.start(), m.end(), gov)
    for m in doc.words.finditer(_officials()):
        code = names.get(m.group("adj1") or m.group("adj2") or m.group("adj3") or "")
        gov = govs.get(code or "")
        if gov in doc.entries and not _actor_at(doc, m):
            _stand_for(doc, m.start(), m.end(), gov)


# "an economist at a Tacna university", "a former Peruvian diplomat", "un alto
# oficial de la Región Policial Tacna": one person a report quotes without a name
_PERSON_NOUNS_EN = (
    r"official|officer|diplomat|source|driver|trader|shopkeeper|resident|volunteer|"
    r"worker|nurse|doctor|teacher|vendor|businessman|businesswoman|farmer|"
    r"economist|lawyer|analyst|expert|academic|researcher|spokesman|spokeswoman|"
    r"spokesperson|priest|nun|mother|father|woman|man|migrant|member|head|"
    r"director|manager|executive|adviser|advisor|aide|envoy|agent|guard|trucker|"
    r"haulier|politician|lawmaker|legislator|congressman|congresswoman|senator|"
    r"leader|chairman|chairwoman|founder|owner|organiser|organizer|coordinator|"
    r"councillor|councilor|councilman|councilwoman|alderman|shopowner|hotelier"
)
_PERSON_NOUNS_ES = (
    # "un oficial del Ejército", never "un acto oficial": an adjective of a thing
    r"(?<!acto )(?<!evento )(?<!comunicado )(?<!documento )(?<!informe )"
    r"(?<!anuncio )(?<!viaje )(?<!pronunciamiento )(?<!reporte )(?<!balance )"
    r"(?<!mensaje )(?<!encuentro )oficial|funcionari[oa]|diplomatic[oa]|fuente|chofer|conductor(?:a)?|"
    r"comerciante|vecin[oa]|voluntari[oa]|trabajador(?:a)?|enfermer[oa]|medic[oa]|"
    r"profesor(?:a)?|vendedor(?:a)?|empresari[oa]|agricultor(?:a)?|economista|"
    r"abogad[oa]|analista|expert[oa]|academic[oa]|investigador(?:a)?|vocero|vocera|"
    r"portavoz|sacerdote|religios[oa]|madre|padre|mujer|hombre|migrante|miembro|"
    r"integrante|directiv[oa]|dirigente|gerente|asesor(?:a)?|agente|guardia|"
    r"transportista|camioner[oa]|politic[oa]|congresista|senador(?:a)?|jef[ea]|"
    r"lider|fundador(?:a)?|duen[oa]|propietari[oa]|coordinador(?:a)?|joven|especialista|"
    r"(?:ex-?)?(?:vice)?(?:canciller|ministr[oa]|presidente|presidenta)|regidor(?:a)?|"
    r"concejal(?:a)?|hotelero|hotelera|"
    r"exdiplomatic[oa]|embajador(?:a)?|exembajador(?:a)?"
)
_UNNAMED = {
    "en": re.compile(
        # ("a 56-year-old nurse from Venezuela": an age among the words)
        r"\b(?:an?|one)\s+(?P<np>(?:[a-z0-9'’-]+\s+){0,3}?(?:"
        + _PERSON_NOUNS_EN
        # "a Chilean diplomat familiar with the talks"
        + r")(?:\s+(?:(?:familiar|close|involved)\s+)?(?:at|in|of|from|with|for|to)\s+(?:(?!who\b|that\b|said\b|says\b|"
        r"told\b|speaking\b)[a-z'’-]+\s+){0,5}?(?!who\b|that\b|said\b|says\b|"
        r"told\b|speaking\b)[a-z'’-]+)?)\b(?=\s*[,.;:]|\s+(?:who|that|said|says|"
        r"told|speaking|warned|added|noted|explained|insisted|asked|argued|"
        r"estimated|put|described|recalled|complained|stressed|acknowledged|"
        r"admitted|conceded|predicted|expects|believes|fears|thinks))"
    ),
    "es": re.compile(
        r"\b(?:un|una)\s+(?P<np>(?:[a-z]+\s+){0,2}?(?:"
        + _PERSON_NOUNS_ES
        # "un migrante venezolano que…": a demonym after the noun
        + r")(?:\s+(?:venezolan|peruan|chilen|bolivian|colombian|ecuatorian|haitian)"
        r"[oa])?(?:\s+(?:de|del|en|con)\s+(?:(?!que\b|quien\b)[a-z0-9-]+\s+){0,5}?"
        r"(?!que\b|quien\b)[a-z-]+)?)\b(?=\s*[,.;:]|\s+consultad[oa]s?\s+por\s+|"
        r"\s+se\s+limit\w+\s+a\s+|\s+(?:que|quien|dijo|"
        r"afirmo|senalo|explico|aseguro|advirtio|indico|sostuvo|conto|relato|"
        r"agrego|comento|pidio|reconocio|admitio|lamento|estimo|considero|"
        r"califico|opino|recordo|insistio|anadio|destaco|subrayo|sostienen|"
        r"dice|afirma|senala|explica|asegura|advierte))"
    ),
}
# People a report quotes as a group by their role, with no article: "Diplomats
# in Lima said", "Peruvian officials concede", "Analistas consultados en Lima
# advierten", "Los comerciantes de Tacna atribuyen"
_GROUP_VERBS_EN = (
    r"said|say|says|told|tell|warn|warned|note|noted|argue|argued|insist|insisted|"
    r"concede|conceded|acknowledge|acknowledged|admit|admitted|fear|feared|believe|"
    r"believed|made clear|make clear|described|describe|questioned|question|"
    r"complained|complain|stress|stressed|predict|predicted|estimate|estimated|"
    r"reported|report|explained|added|cautioned|claimed|claim|point out|pointed out|"
    r"accused|accuse"
)
_GROUP_VERBS_ES = (
    r"dijeron|dicen|advierten|advirtieron|afirman|afirmaron|senalan|senalaron|"
    r"sostienen|sostuvieron|creen|esperan|atribuyen|atribuyeron|estiman|estimaron|"
    r"piden|pidieron|exigen|exigieron|reconocen|reconocieron|admiten|admitieron|"
    r"temen|consideran|consideraron|aseguran|aseguraron|coinciden|indican|"
    r"indicaron|explican|explicaron|comentan|comentaron|recuerdan|anticipan|"
    r"calculan|lamentan|denuncian|denunciaron|cuestionan|cuestionaron|opinan|"
    r"informaron|informan|reportaron|reportan|acusaron|acusan"
)
_GROUPS = {
    "en": re.compile(
        r"(?<![\w'’-])(?<!the )(?<!of )(?<!by )(?P<np>(?:(?:local|senior|regional|"
        r"government|peruvian|chilean|bolivian|venezuelan|foreign|humanitarian|"
        r"other|some|many|several|western|diplomatic|police|two|three|former)\s+)"
        r"{0,3}"
        r"(?:officials|diplomats|aides|advisers|advisors|analysts|experts|"
        r"economists|observers|lawyers|shopkeepers|merchants|volunteers|"
        r"aid workers|aid groups|humanitarian groups|business leaders|sources|"
        r"media|outlets|newspapers|(?<=former )presidents|(?<=former bolivian )"
        r"presidents|(?<=former peruvian )presidents|(?<=former chilean )presidents)"
        r"(?:\s+(?:in|at|from|close to|familiar with)\s+(?:the\s+)?[a-z'’-]+)?)"
        r"(?=\s+(?:(?:have|has|had|also|privately|publicly|now|already|"
        r"repeatedly|quickly|have also)\s+)*(?:" + _GROUP_VERBS_EN + r")\b)"
    ),
    "es": re.compile(
        r"(?<![\w-])(?P<np>(?:(?:los|las|algunos|algunas|varios|varias)\s+)?"
        r"(?:analistas|funcionarios|diplomaticos|asesores|expertos|economistas|"
        r"observadores|abogados|comerciantes|gremios|empresarios|voluntarios|"
        r"dirigentes|especialistas|colaboradores|medios|diarios|expresidentes)"
        r"(?:\s+(?:locales|regionales|peruanos|chilenos|bolivianos|tacnenos|"
        r"ariquenos|del gobierno|de gobierno))?"
        r"(?:\s+(?:consultad[oa]s\s+)?(?:en|de|del)\s+(?:la\s+|el\s+)?[a-z-]+)?)"
        r"(?=\s+(?:(?:ya|tambien|no|incluso)\s+)?(?:" + _GROUP_VERBS_ES + r")\b)"
    ),
}
_LIMITED = re.compile(r"\bse\s+limit\w+\s+a\s+(?:senalar|decir|indicar|afirmar)\b")
# Capitalised words a role may follow that are no first name ("However, a
# source said"); month names stay names here ("Julio, a driver")
_NOT_A_NAME = frozenset(
    """however but and also then yet meanwhile today yesterday sin pero tambien
    ademas hoy ayer luego asimismo entonces monday tuesday wednesday thursday
    friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
    arica tacna lima santiago chile peru bolivia""".split()
)
# "Julio, a driver", "Yorman, un joven de Maracaibo": the name a role is apposed to
_APPOSED_TO = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){0,2})"
    r"\s*,\s*$"
)
# "Wilber Condori, president of Tacna's heavy cargo transport union,": two or
# three capitalised words, a comma and a role up to the next comma
_NAME_THEN_ROLE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,2}),\s+"
    r"(?:the\s+|el\s+|la\s+)?(?P<role>[a-záéíóúñ][^,.;:()\"“”]{2,80}?),"
)
# "Kast's team", "Kast's transition team", "el equipo de Kast", "el entorno del
# presidente electo": the people around a named person
_TEAM = re.compile(
    r"\b[A-ZÁÉÍÓÚÑ][\w-]+['’]s\s+(?:transition\s+|campaign\s+|presidential\s+)?"
    r"(?:team|aides|advisers|advisors|people|camp)\b"
    r"|\b(?:[Ee]l|[Ss]u)\s+(?:equipo|entorno|c[ií]rculo|comando)(?:\s+de\s+transici[oó]n)?"
    r"\s+(?:de|del)\s+(?:presidente\s+electo\s+)?[A-ZÁÉÍÓÚÑ][\w-]+"
)
# Words that make an unnamed noun no one person: "one of the officials", "a
# member state", "a source of income"
_NOT_A_PERSON = re.compile(
    r"\b(?:state|country|income|tension|concern|problem|pais|estado|ingreso|"
    r"problema|preocupacion|tension)\b"
)


def _new_person(
    doc: Doc,
    ids: Ids,
    name: str,
    span: tuple[int, int],
    role: str,
    si: int,
    country: str | None = None,
) -> str:
    """A person the gazetteer does not know, found by the words around them: an
    entry, their role as the article gives it, and their mention at `span`."""
    eid = ids(name)
    doc.entries[eid] = Entry(eid, name, "actors", "person", country)
    doc.dynamic_roles[eid] = role
    doc.found.append(Found(span[0], span[1], doc.text[span[0] : span[1]], eid, si))
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper():
        # "said Milbayajaira Rivas, a nurse. … ‘…,’ Rivas said": the surname
        # alone names her again
        for m in re.finditer(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", doc.text):
            if m.start() >= span[1] and not any(
                f.start < m.end() and m.start() < f.end for f in doc.found
            ):
                doc.found.append(_mention(doc, m, eid))
    return eid


def _unnamed_people(doc: Doc) -> None:
    """A person a report quotes by role alone, in a sentence that reports speech:
    an actor of its own, named by its words ("Economist at a Tacna university"),
    so that what they said is not given to the last person named."""
    lang = doc.article.language
    rx = _UNNAMED.get(lang)
    if rx is None:
        return
    lex = lex_()
    ids = Ids()
    ids.seen |= set(doc.entries)
    for si, sent in enumerate(doc.sentences):
        for m in _GROUPS[lang].finditer(doc.folded, sent.start, sent.end):
            _unnamed_group(doc, ids, m.start("np"), m.end("np"), si)
        if not (
            lex.report_before.search(doc.folded, sent.start, sent.end)
            or lex.report_after.search(doc.folded, sent.start, sent.end)
            # "un vocero se limitó a señalar que"
            or _LIMITED.search(doc.folded, sent.start, sent.end)
        ):
            continue
        for m in _TEAM.finditer(doc.text, sent.start, sent.end):
            # "Kast's team has said", "el equipo de Kast": the people around a
            # person speak as a group of their own, not as the person
            inside = [f for f in doc.found if m.start() <= f.start and f.end <= m.end()]
            leader = next(
                (f for f in inside if doc.entries[f.entry_id].kind == "person"), None
            )
            if leader is None:
                continue
            words = doc.text[m.start() : m.end()]
            name = re.sub(r"^(?:el|su)\s+", "", words, flags=re.IGNORECASE)
            name = name[:1].upper() + name[1:]
            eid = ids(name)
            doc.entries[eid] = Entry(
                eid, name, "actors", "group", doc.entries[leader.entry_id].country
            )
            doc.found = [f for f in doc.found if f not in inside]
            doc.found.append(Found(m.start(), m.end(), words, eid, si))
            doc.__dict__.setdefault("teams", set()).add(eid)
        for m in _NAME_THEN_ROLE.finditer(doc.text, sent.start, sent.end):
            # "Wilber Condori, president of Tacna's heavy cargo transport union,
            # told…": a name the rules did not know, given its role
            lo, hi = m.start("name"), m.end("name")
            if set(fold(m["name"]).split()) & _NOT_A_NAME or not (
                lex.role_nouns.match(doc.folded, m.start("role"))
            ):
                continue
            role = doc.text[m.start("role") : m.end("role")]
            known = [f for f in doc.found if f.start < hi and lo < f.end]
            if not known:
                _new_person(doc, ids, m["name"], (lo, hi), role, si)
            elif (
                len(known) == 1
                and (known[0].start, known[0].end) == (lo, hi)
                and doc.entries[known[0].entry_id].kind == "person"
                and known[0].entry_id not in load_gazetteer().entries
            ):
                # a first name the rules knew: the role is still the article's
                doc.dynamic_roles.setdefault(known[0].entry_id, role)
        for m in rx.finditer(doc.folded, sent.start, sent.end):
            lo, hi = m.start("np"), m.end("np")
            apposed = _APPOSED_TO.search(
                doc.text, max(sent.start, m.start() - 40), m.start()
            )
            named = [
                f
                for f in doc.found
                if apposed
                and f.end == apposed.end("name")
                and doc.entries[f.entry_id].table == "actors"
            ]
            if named:
                # "Wilber Condori, a union leader": a role of one named; kept as
                # the article gives it when the person is one the rules found
                e = doc.entries[named[-1].entry_id]
                if e.kind == "person" and e.id not in load_gazetteer().entries:
                    role = doc.text[m.start("np") : m.end("np")]
                    doc.dynamic_roles.setdefault(e.id, role)
                continue
            if (
                apposed
                and not (set(fold(apposed["name"]).split()) & _NOT_A_NAME)
                and not any(
                    f.start < apposed.end("name") and apposed.start("name") < f.end
                    for f in doc.found
                )
            ):
                # "said Julio, a driver who…": a person by first name alone
                role = doc.text[m.start("np") : m.end("np")]
                span = (apposed.start("name"), apposed.end("name"))
                _new_person(doc, ids, apposed["name"], span, role, si)
                continue
            inside = [
                f
                for f in doc.found
                if f.start < hi
                and lo < f.end
                and (
                    doc.entries[f.entry_id].table == "actors"
                    or doc.entries[f.entry_id].kind in ("country", "capital")
                )
            ]
            if _NOT_A_PERSON.search(doc.folded, lo, hi) or any(
                doc.entries[f.entry_id].kind == "person" for f in inside
            ):
                continue
            # "a senior official at Peru's consulate", "a Peruvian diplomat": the
            # country and the body are in the person's description, not speakers
            doc.found = [f for f in doc.found if f not in inside]
            words = doc.text[lo:hi]
            # its role as written, article and all ("a senior official at …"); the
            # mention holds its article too: "A" before it is no preposition
            eid = _new_person(
                doc,
                ids,
                words[:1].upper() + words[1:],
                (m.start(), hi),
                doc.text[m.start() : hi],
                si,
                country_in(words),
            )
            doc.__dict__.setdefault("unnamed", set()).add(eid)
            _named_again(doc, eid, hi, lang)


# "según relató nuestro corresponsal", "our correspondent reports": the outlet's
# own reporter, one person however often named
_OWN_REPORTER = re.compile(
    r"\b(?:nuestr[oa]s?|our)\s+(?:(?:enviad[oa]s?\s+especial(?:es)?)|"
    r"corresponsal(?:es)?|reporter[oa]s?|periodistas?|special\s+envoy|"
    r"correspondents?|reporters?|journalists?)\b"
)


def _own_reporter(doc: Doc) -> None:
    """The outlet's own reporter, an actor named by the outlet ("Corresponsal de
    RPP"), so that what they report is theirs, not the last person named."""
    found = [
        m
        for m in _OWN_REPORTER.finditer(doc.folded)
        if not any(f.start < m.end() and m.start() < f.end for f in doc.found)
    ]
    if not found:
        return
    source = (doc.article.source or "").strip()
    if len(source) > 40 or re.search(r"[:;(]", source):
        source = ""  # a provenance note, not an outlet's name
    es = doc.article.language == "es"
    name = (
        (f"Corresponsal de {source}" if source else "Corresponsal del medio")
        if es
        else (f"{source} correspondent" if source else "The outlet's correspondent")
    )
    ids = Ids()
    ids.seen |= set(doc.entries)
    eid = ids(name)
    doc.entries[eid] = Entry(
        eid, name, "actors", "person", outlet_country(doc.article.url)
    )
    doc.dynamic_roles[eid] = doc.text[found[0].start() : found[0].end()]
    doc.__dict__.setdefault("reporters", set()).add(eid)
    doc.found += [_mention(doc, m, eid) for m in found]


def _mention(doc: Doc, m: re.Match, eid: str) -> Found:
    """A mention of the entry `eid` at the words `m` matched."""
    return Found(
        m.start(),
        m.end(),
        doc.text[m.start() : m.end()],
        eid,
        doc.sentence_at(m.start()),
    )


# the noun of an unnamed person's description: "a Venezuelan migrant" is "migrant"
_PERSON_NOUN = {
    "en": re.compile(r"\b(?:" + _PERSON_NOUNS_EN + r")\b"),
    "es": re.compile(r"\b(?:" + _PERSON_NOUNS_ES + r")\b"),
}


def _named_again(doc: Doc, eid: str, after: int, lang: str) -> None:
    """ "A Venezuelan migrant told…. '…,' the migrant, who preferred to remain
    anonymous, said": the one person of that noun, named again with a definite
    article, is the same unnamed person."""
    words = fold(doc.entries[eid].name).lower()
    noun = _PERSON_NOUN[lang].search(words)
    if noun is None:
        return
    again = re.compile(
        r"\b(?:the|this|el|la|este|esta)\s+(?:[a-z]+\s+)?" + noun.group(0) + r"\b"
    )
    for m in again.finditer(doc.folded, after):
        if not any(f.start < m.end() and m.start() < f.end for f in doc.found):
            doc.found.append(_mention(doc, m, eid))


def _unnamed_group(doc: Doc, ids: Ids, lo: int, hi: int, si: int) -> None:
    """ "Diplomats in Lima said": the group speaks, named by its words; the
    country and the city in its description are no speakers."""
    inside = [f for f in doc.found if f.start < hi and lo < f.end]
    if any(
        doc.entries[f.entry_id].kind in ("group", "person", "institution")
        for f in inside
    ):
        return  # a group or body the gazetteer knows ("human rights groups")
    words = re.sub(r"^(?:los|las)\s+", "", doc.text[lo:hi], flags=re.IGNORECASE)
    lo = hi - len(words)
    name = words[:1].upper() + words[1:]
    eid = ids(name)
    doc.entries[eid] = Entry(eid, name, "actors", "group", country_in(words))
    doc.found = [f for f in doc.found if f not in inside]
    doc.found.append(Found(lo, hi, words, eid, si))
    doc.__dict__.setdefault("unnamed", set()).add(eid)
    doc.__dict__.setdefault("speaking", set()).add(eid)


# A news outlet the gazetteer does not know, named as the source of what follows:
# "Según América Noticias,", "according to a recent report by DNews", "the
# newspaper La Vanguardia indicated", "informó el portal Epicentro Chile"
_MEDIA_NOUN = (
    r"(?:reciente\s+|nuevo\s+|recent\s+|new\s+)?(?:reporte|reportaje|informe|"
    r"publicaci[oó]n|nota|art[ií]culo|report|article|story|diario|peri[oó]dico|"
    r"medio|portal|canal|cadena|emisora|radio|agencia|newspaper|paper|outlet|"
    r"broadcaster|channel|network|news\s+agency|agency|daily|news\s+site|website|"
    r"site|television|televisi[oó]n)(?:e?s)?"
)
_NAMED_OUTLET = re.compile(
    r"(?:\b(?:[Ss]eg[uú]n|[Dd]e\s+acuerdo\s+(?:con|a)|[Aa]ccording\s+to|"
    r"[Cc]itad[oa]s?\s+por|[Cc]ited\s+by|[Rr]eported\s+by|[Tt]old|"
    r"[Rr]eport[oó]|[Ii]nform[oó]|[Pp]ublic[oó]|[Dd]ifundi[oó])\s+"
    r"(?:(?:el|la|un|una|the|an?)\s+)?(?P<noun>" + _MEDIA_NOUN + r"\s+"
    r"(?:(?:de|del|by|from|of)\s+)?(?:(?:el|la|the)\s+)?)?"
    r"|\b(?:[Ee]l|[Ll]a|[Tt]he)\s+(?P<noun2>" + _MEDIA_NOUN + r"\s+))"
    r"(?P<name>(?:[A-ZÁÉÍÓÚÑ][\w’'.-]*|[a-z]+[A-Z][\w-]*)"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ0-9][\w’'.-]*)){0,3})"
)
# words that make a name a medium's, with no noun before it ("Latina Noticias")
_MEDIA_WORD = re.compile(
    r"\b(?:noticias|news|tv|television|radio|diario|prensa|press|times|post|media|"
    r"herald|tribune|journal|gazette|daily|informa|digital|online|channel|canal)\b"
)


_REPORTS_NEXT = re.compile(
    r"\s*(?:,[^,.;]{0,60},\s*)?(?:[a-z]+\s+){0,2}?(?:report|indic|inform|said|says|"
    r"senal|dijo|dice|afirm|public|difund|revel|destac|asegur|explic|consign|detall|"
    r"note|noted|wrote|escrib)"
)


def _named_outlets(doc: Doc) -> None:
    """A medium named as a source that the gazetteer does not know: an outlet
    of its own, so that what it reports is its claim and it never acts."""
    ids = Ids()
    ids.seen |= set(doc.entries)
    for m in _NAMED_OUTLET.finditer(doc.text):
        lo, hi = m.span("name")
        name = m.group("name").rstrip(".")
        hi = lo + len(name)
        folded = fold(name).lower()
        if not (m.group("noun") or m.group("noun2") or _MEDIA_WORD.search(folded)):
            continue
        if folded.split()[0] in _NOT_A_NAME or len(name) < 2:
            continue
        if len(folded.split()) == 1 and country_in(folded) is not None:
            continue  # "reports from Peruvian television channel Canal N"
        if m.group("noun2") and not _REPORTS_NEXT.match(doc.folded, hi):
            # "en una entrevista con la cadena CNN": named, not the source; "the
            # newspaper La Vanguardia indicated that": the source
            continue
        inside = [f for f in doc.found if f.start < hi and lo < f.end]
        if any(doc.entries[f.entry_id].table == "actors" for f in inside):
            continue  # an actor the gazetteer knows
        eid = ids(name)
        doc.entries[eid] = Entry(eid, name, "actors", "institution", outlet=True)
        doc.found = [f for f in doc.found if f not in inside]
        doc.found.append(Found(lo, hi, name, eid, doc.sentence_at(lo)))
        for again in re.finditer(
            r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", doc.text
        ):
            if not any(
                f.start < again.end() and again.start() < f.end for f in doc.found
            ):
                doc.found.append(_mention(doc, again, eid))


def _stand_for(doc: Doc, start: int, end: int, entry_id: str) -> None:
    """Words that stand for an actor named elsewhere ("ambos gobiernos", "el
    gremio"): a derived mention of it."""
    doc.found.append(
        Found(
            start,
            end,
            doc.text[start:end],
            entry_id,
            doc.sentence_at(start),
            derived=True,
        )
    )


# "el gremio", "la Cámara", "the chamber": the body named last whose name holds
# the word, or for a generic word, the last trade or civic body named.
_BACK_REFERENCE = re.compile(
    r"\b(?:el|la|the|dicho|dicha|this)\s+(?P<head>gremio|camara|chamber|asociacion|"
    r"association|federacion|federation|organizacion|organisation|organization|"
    r"institucion|institution|entidad|organismo|body|group|ministry|ministerio|"
    r"cancilleria|presidency|presidencia|office|oficina|agency|agencia|dependencia)\b"
    r"(?!\s+(?:de|del|of)\b)"
)
# Words that name a body by its kind alone ("la institución informó"): the body
# that opened the last sentence naming one, not a trade body's short name
_GENERIC_BODY = frozenset(
    {
        "institucion",
        "institution",
        "entidad",
        "organismo",
        "dependencia",
        "body",
        "organizacion",
        "organisation",
        "organization",
        "agency",
    }
)
# The words an institution's name holds for each head ("the ministry" is the
# Foreign Ministry named before it, "la cancillería" too).
_HEAD_WORDS = {
    "ministry": ("ministry", "ministerio", "cancilleria"),
    "ministerio": ("ministry", "ministerio", "cancilleria"),
    "cancilleria": ("foreign ministry", "cancilleria", "relaciones exteriores"),
    "presidency": ("presidency", "presidencia", "president's office"),
    "presidencia": ("presidency", "presidencia", "president's office"),
    "office": ("office", "oficina"),
    "oficina": ("office", "oficina"),
    "agency": ("agency", "agencia"),
    "agencia": ("agency", "agencia"),
}
_GUILD = re.compile(
    r"camara|chamber|asociacion|association|gremio|federacion|federation|"
    r"confederacion|sociedad|society|colegio|union|organizacion|organi[sz]ation"
)
# "la parte peruana", "the Chilean side": that country's government
_SIDE = re.compile(
    r"\b(?:la\s+parte|el\s+lado|the)\s+(?P<adj>peruan[oa]|chilen[oa]|peruvian|chilean)"
    r"(?:\s+side)?\b"
)


def _institution_back_references(doc: Doc) -> None:
    taken = {(f.start, f.end) for f in doc.found}
    for m in doc.words.finditer(_BACK_REFERENCE):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        head = m.group("head")
        if head in ("presidency", "presidencia") and _OFFICE_TAKEN.search(
            doc.folded, max(0, m.start() - 30), m.start() + m.group(0).index(head)
        ):
            continue  # "asume la Presidencia": the office taken
        earlier = [
            f
            for f in doc.found
            if f.end <= m.start()
            and doc.entries[f.entry_id].table == "actors"
            and doc.entries[f.entry_id].kind == "institution"
        ]
        pick = _opening_body(doc, earlier, m.start()) if head in _GENERIC_BODY else None
        pick = pick or next(
            (
                f
                for f in reversed(earlier)
                if any(
                    w in fold(doc.entries[f.entry_id].name)
                    for w in _HEAD_WORDS.get(head, (head,))
                )
                or (
                    head not in ("camara", "chamber")
                    and head not in _HEAD_WORDS
                    and _GUILD.search(fold(doc.entries[f.entry_id].name))
                )
            ),
            None,
        )
        if pick is None and head in ("presidency", "presidencia"):
            # "Peruvian President Jose Jeri will receive Kast…, the presidency
            # said": the office of the sitting president named last
            pick = _office_of_president(doc, m.start())
        if pick is None:
            continue
        _stand_for(doc, m.start() + m.group(0).index(head), m.end(), pick.entry_id)
    for m in doc.words.finditer(_SIDE):
        if m.group(0).startswith("the") and not m.group(0).endswith("side"):
            continue
        gov = governments().get(country_in(m.group("adj")) or "")
        if gov is None or gov not in doc.entries:
            continue
        _stand_for(doc, m.start(), m.end(), gov)


def _opening_body(doc: Doc, earlier: list[Found], pos: int) -> Found | None:
    """ "La Defensoría y el Minsa acudieron…. La institución informó…": of the
    last sentence within three that names a body (no outlet), the first."""
    si = doc.sentence_at(pos)
    bodies = [
        f
        for f in earlier
        if doc.sentence_at(f.start) >= si - 3 and not doc.entries[f.entry_id].outlet
    ]
    if not bodies:
        return None
    last = doc.sentence_at(bodies[-1].start)
    return next(f for f in bodies if doc.sentence_at(f.start) == last)


def _office_of_president(doc: Doc, pos: int) -> Found | None:
    """The presidency of the country whose sitting president was named last
    before `pos`, if the gazetteer knows that office."""
    offices = {
        e.country: e.id
        for e in doc.entries.values()
        if e.kind == "institution" and e.id.endswith("_presidency") and e.country
    }
    for f in reversed([f for f in doc.found if f.end <= pos]):
        e = doc.entries[f.entry_id]
        role = (doc.dynamic_roles.get(e.id) or e.role_on(doc.published) or "").lower()
        if e.kind == "person" and "president" in role and "elect" not in role:
            office = offices.get(e.country)
            return (
                Found(f.start, f.end, f.surface, office, f.sentence) if office else None
            )
    return None


def entity_records(doc: Doc) -> tuple[list[Actor], list[Place]]:
    groups: dict[str, list[Found]] = {}
    for f in sorted(doc.found + doc.nested, key=lambda f: (f.start, f.end)):
        groups.setdefault(f.entry_id, []).append(f)
    # the actors each span names in its own words
    spans: dict[tuple[int, int], set[str]] = {}
    for f in doc.found + doc.nested:
        if not f.derived:
            spans.setdefault((f.start, f.end), set()).add(f.entry_id)
    actors, places = [], []
    for eid, fs in groups.items():
        e = doc.entries[eid]
        # another actor's name standing for this one ("Jerí" for his
        # government) is no name of it, nor its first evidence
        mine = [
            f
            for f in fs
            if not (f.derived and spans.get((f.start, f.end), set()) - {eid})
        ]
        own = mine or fs
        surfaces = list(dict.fromkeys(f.surface for f in mine))
        first_of = {}
        for f in own:
            first_of.setdefault(f.surface, f)
        picked = list(first_of.values())[:MAX_EVIDENCE]
        evidence = [doc.evidence(f.start, f.end) for f in picked]
        aliases = [s for s in surfaces if s != e.name]
        if e.table == "actors":
            actors.append(
                Actor(
                    actor_id=eid,
                    name=e.name,
                    kind=e.kind,
                    country=e.country,
                    role=doc.dynamic_roles.get(eid) or e.role_on(doc.published),
                    aliases=aliases,
                    evidence=evidence,
                    reviewed=False,
                )
            )
        else:
            places.append(
                Place(
                    place_id=eid,
                    name=e.name,
                    kind=e.kind,
                    country=e.country,
                    evidence=evidence,
                    reviewed=False,
                )
            )
    return actors, places
