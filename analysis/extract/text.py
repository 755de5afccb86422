"""The text layer every extractor module reads: the document, its mentions and lexicon."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

import simplemma

from ..article import sentences_of
from ..gazetteer import (
    Entry,
    Token,
    fold,
    load_gazetteer,
    load_lexicon,
    tokenize,
)
from ..schema import (
    Article,
    Evidence,
)
from ..wordscan import WordIndex

TOPICS = ("security", "migration", "border_cooperation")
# Most specific first: an event at "Government Palace in Lima, Peru" is at the palace.
PLACE_RANK = {
    "building": 0,
    "border_crossing": 1,
    "city": 2,
    "capital": 3,
    "region": 4,
    "border": 5,
    "country": 6,
}
# Actors that take part in events, propose measures and speak.
AGENT_KINDS = {"person", "government", "institution", "party"}
MAX_EVIDENCE = 5


# --- compiled lexicon -------------------------------------------------------------


def word_rx(patterns: Iterable[str]) -> str:
    """Lexicon patterns as one alternation: "crim*" is a stem, others whole words."""
    out = []
    for p in sorted(patterns, key=len, reverse=True):
        p = p.replace(" ", r"\s+")
        # "crim*" is a stem; "legal\w*" is already a regular expression.
        out.append(p[:-1] + r"\w*" if re.search(r"[a-z]\*$", p) else p)
    return r"\b(?:" + "|".join(out) + r")\b"


@dataclass(frozen=True)
class Lex:
    topics: dict[str, re.Pattern]
    report_before: re.Pattern
    report_after: re.Pattern
    report_lemmas: dict[str, frozenset[str]]
    expert_before: re.Pattern
    expert_roles: re.Pattern
    role_nouns: re.Pattern
    event_types: re.Pattern
    event_labels: dict[str, str]
    measures: list[tuple[dict, re.Pattern]]
    verbs: dict[str, str]
    verb_stems: list[tuple[str, str]]
    phrasal: re.Pattern
    scenario: re.Pattern
    adjectives: re.Pattern
    collective: re.Pattern
    constraints: dict[str, re.Pattern]
    both: re.Pattern
    metric_labels: dict[str, str]


@functools.cache
def lex_() -> Lex:
    lex = load_lexicon()
    experts = word_rx(lex["expert_nouns"])
    return Lex(
        topics={t: re.compile(word_rx(lex["topics"][t])) for t in TOPICS},
        report_before=re.compile(word_rx(lex["reporting"]["before"])),
        report_after=re.compile(word_rx(lex["reporting"]["after"])),
        report_lemmas={
            lang: frozenset(fold(w) for w in words)
            for lang, words in lex["reporting_lemmas"].items()
        },
        expert_before=re.compile(rf"(?:the|el|la|this|esta|este)\s+{experts}\s*$"),
        expert_roles=re.compile(experts),
        role_nouns=re.compile(word_rx(lex["role_nouns"])),
        event_types=re.compile(
            "|".join(
                f"(?P<{e['key']}>{word_rx(e['cues'])})" for e in lex["event_types"]
            )
        ),
        event_labels={e["key"]: e["label"] for e in lex["event_types"]},
        measures=[(m, re.compile(word_rx(m["patterns"]))) for m in lex["measures"]],
        verbs={
            fold(lemma): status
            for status, lemmas in lex["action_verbs"].items()
            for lemma in lemmas
        },
        verb_stems=[
            (stem, status)
            for status, stems in lex["action_stems"].items()
            for stem in stems
        ],
        phrasal=re.compile(
            "|".join(
                f"(?P<{status}>{word_rx(pats)})"
                for status, pats in lex["phrasal_verbs"].items()
            )
        ),
        scenario=re.compile(word_rx(lex["scenario_cues"])),
        adjectives=re.compile(
            "(?:"
            + "|".join(
                f"(?P<{k}>{word_rx(v)})" for k, v in lex["measure_adjectives"].items()
            )
            # "el eventual establecimiento de un corredor", "the possible
            # opening of a corridor": the act's noun stands between
            + r")\s+(?:(?:establecimiento|creacion|instalacion|apertura|"
            r"implementacion|establishment|creation|opening|setting\s+up)\s+"
            r"(?:de|del|of)\s+(?:(?:un|una|el|la|a|an|the)\s+)?)?(?:[\w-]+\s+){0,2}$"
        ),
        collective=re.compile(word_rx(lex["collective_subjects"])),
        constraints={k: re.compile(word_rx(v)) for k, v in lex["constraints"].items()},
        both=re.compile(word_rx(lex["both_governments"])),
        metric_labels=lex["metric_labels"],
    )


_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A record id made from free text: folded, lower case, '_' between words."""
    s = _NOT_ID.sub("_", fold(text)).strip("_")[:60].strip("_")
    return s or "x"


class Ids:
    """Unique ids per table: a second 'visit_2026_01' becomes 'visit_2026_01_2'."""

    def __init__(self):
        self.seen: set[str] = set()

    def __call__(self, base: str) -> str:
        base = slug(base)
        rid, n = base, 2
        while rid in self.seen:
            rid, n = f"{base}_{n}", n + 1
        self.seen.add(rid)
        return rid


# --- the document -----------------------------------------------------------------


# An English person named as the object of a verb ("beat Jeannette Jara", "phoned
# Kast"): not the subject a later pronoun stands for.
OBJECT_OF = re.compile(
    r"\b(?:[a-z]{3,}ed|beat|met|told|sent|won|thanked|against|versus)\s+(?:[a-z]+\s+){0,2}$"
    # "Kast is facing leftist Jeannette Jara": the object of a progressive
    r"|\b(?:is|was|are|were)\s+[a-z]{3,}ing\s+(?:[a-z]+\s+){0,2}$"
    # "among the first leaders to telephone José Antonio Kast"
    r"|\bto\s+(?!be\b)[a-z]{3,}\s+$"
)


@dataclass
class Found:
    """An entity mention after ambiguity is settled."""

    start: int
    end: int
    surface: str
    entry_id: str
    sentence: int
    glued: bool = False
    mistranslation: str | None = None
    derived: bool = False  # a government read from "Lima" or "both governments"


_SPAN = attrgetter("start", "end")


class Doc:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.folded = fold(article.text)
        self.published = article.published
        self.translated = article.translated_from is not None
        # where each lexicon pattern can match: `self.words.finditer(rx, lo, hi)`
        # is `rx.finditer(self.folded, lo, hi)`, faster
        self.words = WordIndex(self.folded)
        self.tokens = tokenize(self.text, self.folded, self.words.words)
        self.token_starts = [t.start for t in self.tokens]  # to bisect
        self.sentences = sentences_of(self.text, article.paragraphs)
        self.starts = [s.start for s in self.sentences]
        self.entries: dict[str, Entry] = dict(load_gazetteer().entries)
        self.dynamic_roles: dict[str, str] = {}
        self.found: list[Found] = []
        # Countries named inside an actor's name ("Gobierno del Perú"): places
        # of the article, but never agents or event places.
        self.nested: list[Found] = []

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that start in text[start:end]."""
        lo = bisect.bisect_left(self.token_starts, start)
        return self.tokens[lo : bisect.bisect_left(self.token_starts, end, lo)]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def evidence(self, start: int, end: int) -> Evidence:
        if 0 <= start < end <= len(self.text):
            # a span of the text is a valid quote of it: no need to check again
            return Evidence.model_construct(
                start=start, end=end, quote=self.text[start:end]
            )
        return Evidence(start=start, end=end, quote=self.text[start:end])

    def sentence_evidence(self, si: int) -> Evidence:
        s = self.sentences[si]
        return self.evidence(s.start, s.end)

    def is_question(self, si: int) -> bool:
        """ "What happens after March 11?", "¿Habrá gabinete en abril?": a question
        asks; it reports no event and no measure."""
        words = self.text[self.sentences[si].start : self.sentences[si].end]
        words = words.strip().strip("\"'”’»)")
        return words.endswith("?") or words.startswith("¿")

    def in_sentence(self, si: int) -> list[Found]:
        return sorted([f for f in self.found if f.sentence == si], key=_SPAN)


# --- topics -------------------------------------------------------------------------


def sentence_topics(doc: Doc) -> list[list[str]]:
    out: list[set[str]] = [set() for _ in doc.sentences]
    for topic, rx in lex_().topics.items():
        for m in doc.words.finditer(rx):
            out[doc.sentence_at(m.start())].add(topic)
    return [[t for t in TOPICS if t in s] for s in out]


# --- shared helpers ---------------------------------------------------------------


def nearest(items, start: int, end: int):
    best, best_d = None, None
    for item in items:
        s, e = item[0], item[1]
        if s < end and e > start:
            d = 0
        else:
            d = start - e if e <= start else s - end
        if best_d is None or d < best_d:
            best, best_d = item, d
    return best, best_d


def acts(e: Entry) -> bool:
    """An actor that can do what a sentence tells: not a news outlet, which only
    reports it ("según La Tercera, el Gobierno prepara…")."""
    return e.kind in AGENT_KINDS and not e.outlet


def agent_of(doc: Doc, f: Found) -> Found | None:
    """The actor a mention stands for when it acts: a country or capital stands
    for its government ("Since Lima, the official position is...")."""
    e = doc.entries[f.entry_id]
    if e.table == "actors":
        return f if acts(e) else None
    if e.government and e.government in doc.entries:
        return Found(f.start, f.end, f.surface, e.government, f.sentence, derived=True)
    return None


def use(doc: Doc, f: Found) -> str:
    """Record that a derived government mention is used, so it gets an Actor."""
    if f.derived and not any(
        g.entry_id == f.entry_id and g.start == f.start for g in doc.found
    ):
        doc.found.append(f)
    return f.entry_id


BORDER_WITH = re.compile(
    r"(?:\b(?:frontera|limite|border|frontier|boundary)\s+(?:\w+\s+)?(?:con|with)"
    # "districts … that border Chile", "limítrofes con Chile", "que limitan con"
    r"|\b(?:that|which)\s+borders?|\bbordering|\blimitrofes?\s+con"
    r"|\blimitan?\s+con|\bfronteriz[oa]s?\s+con)\s+(?:el\s+|the\s+)?$"
)


def place_country(doc: Doc, si: int) -> str | None:
    """The country whose places a sentence names most, else its paragraph's."""
    sent = doc.sentences[si]
    counts: dict[str, int] = {}
    neighbours: set[str] = set()
    for f in doc.in_sentence(si):
        entry = doc.entries[f.entry_id]
        if entry.kind not in AGENT_KINDS and entry.country:
            if entry.kind == "country" and BORDER_WITH.search(
                doc.folded, max(sent.start, f.start - 30), f.start
            ):
                # "la frontera con Chile": the country across the border
                neighbours.add(entry.country)
                continue
            counts[entry.country] = counts.get(entry.country, 0) + 1
    code = max(counts, key=counts.get) if counts else None
    if code is None and neighbours:
        # the side of the border the article tells of: its country most named
        # besides the neighbour
        whole: dict[str, int] = {}
        for f in doc.found:
            c = doc.entries[f.entry_id].country
            if c and c not in neighbours:
                whole[c] = whole.get(c, 0) + 1
        return max(whole, key=whole.get) if whole else None
    if code is None:
        para = sent.paragraph
        for f in doc.found:
            entry = doc.entries[f.entry_id]
            if doc.sentences[f.sentence].paragraph == para and entry.country:
                counts[entry.country] = counts.get(entry.country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            code = max(counts, key=counts.get)
    return code


# Verbs of running out, before the day a measure ends ("is due to run out later
# this month", "vence a fines de enero"), and the words that may part them.
EXPIRY_WORDS = (
    r"(?:runs?|running|ran)\s+(?:out|until)|expires?|expired|expiring|ends|lapsed?|lapses|"
    r"lapsing|vence|vencer|"
    r"vencera|vencia|expira|expirara|caduca|caducara|finaliza|finalizara|culmina|"
    r"culminara|concluye|concluira|terminara|will end|concludes|will conclude"
)
EXPIRY_LINK = r"(?:(?:el|the|on|in|at|a|en|later|earlier)\s+){0,2}"
# "for another 60 days, to March 28": "to" after a duration is its last day
_UNTIL = re.compile(
    rf"\b(?:hasta|until|till|through|{EXPIRY_WORDS}|"
    rf"(?:days|weeks|months|dias|semanas|meses),?\s+to)\s+{EXPIRY_LINK}$"
)


def ends_at(doc: Doc, pos: int) -> bool:
    """The date at `pos` ends something: "hasta el 31 de enero", "is due to run
    out later this month", "vence a fines de enero"."""
    return bool(_UNTIL.search(doc.folded, max(0, pos - 20), pos))


# The forces of a state, by their folded names: what they do they do for their
# government, and they state no positions
ARMED_FORCES = re.compile(
    r"\b(?:fuerzas armadas|armed forces|ejercito|army|navy|armada|military)\b"
)
POLICE = re.compile(r"\b(?:policia|police|carabineros)\b")


# "the government", "el Ejecutivo" as a subject, with no country of its own
BARE_GOVERNMENT = re.compile(
    r"\b(?P<who>el gobierno|el ejecutivo|the government|the administration|"
    # "officials insisted", "las autoridades informaron": the state speaking
    r"officials|authorities|las autoridades|los funcionarios)"
    # "El Ejecutivo, por su parte, insiste": an aside between
    r"(?:\s*,\s*(?:por su parte|en tanto|a su vez|sin embargo|however|for its part|"
    r"meanwhile|in turn)\s*,)?\s+"
    r"(?:(?:also|then|ya|tambien|luego|has|have|had|ha|habia)\s+)*$"
)


# --- verbs --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Verb:
    """A word that governs a measure, with the status it gives."""

    start: int
    end: int
    lemma: str
    status: str  # agreed, proposed, announced or implemented
    tense: str  # past, future, conditional or other


@functools.cache
def _lemma(word: str, language: str) -> str:
    return fold(simplemma.lemmatize(word, lang=language))


def lemma_of(word: str, language: str) -> str:
    """A word's lemma, folded ("contó" is "contar", "cautioned" "caution")."""
    return _lemma(word, language)


def is_nonfinite(doc: Doc, v: Verb) -> bool:
    """An infinitive or gerund that hangs on an earlier verb ("acordaron avanzar",
    "promised to expel", "se comprometieron a implementar")."""
    # "poner en marcha": a verb of several words is as finite as its first
    word = doc.folded[v.start : v.end].split()[0]
    if doc.article.language == "es":
        return v.tense == "other" and bool(
            # "declararlo", "aplicarla", "poniéndolos": a clitic after it
            re.search(r"(?:ar|er|ir|ando|iendo)(?:se|lo|la|los|las|le|les)?$", word)
        )
    before = doc.folded[max(0, v.start - 5) : v.start]
    return bool(
        re.search(r"\bto\s+$", before)
        # "to expel and deport": a bare verb after "and" hangs on the same "to";
        # "set up a committee … and agreed to": a past tense is a verb of its own
        # "and declares": a third person is a verb of its own too
        or (
            re.search(r"\b(?:and|or)\s+$", before)
            and not word.endswith("ed")
            and not (word.endswith("s") and not word.endswith("ss"))
        )
        or word.endswith("ing")
    )


@functools.cache
def _word_status(word: str, lang: str, written: str = "") -> tuple[str, str | None]:
    """A word's lemma and the status its verb gives a measure, if it is one. The
    lemma is read from the word as written, accents and all ("pidió" is "pedir",
    "anunció" a verb and "anuncio" a noun), then from its folded form."""
    lex = lex_()
    lemma = _lemma(written or word, lang)
    status = lex.verbs.get(lemma) or lex.verbs.get(lemma.removesuffix("se"))
    if status is None and written and written != word:
        lemma = _lemma(word, lang)
        status = lex.verbs.get(lemma) or lex.verbs.get(lemma.removesuffix("se"))
    if status is None:
        status = next(
            (
                st
                for stem, st in lex.verb_stems
                if word.startswith(stem)
                # "la excavación de fosos": the act's noun, no verb
                and not word.endswith(("cion", "ciones"))
            ),
            None,
        )
    return lemma, status


# Forms of action verbs whose first three letters are not their lemma's
# ("cierra", "pidió", "rige", "using", "held", "kept")
_IRREGULAR_HEADS = (
    "cie",
    "pid",
    "rig",
    "usi",
    "hel",
    "kep",
    "dug",
    "pus",
    "hiz",
    "tuv",
)


def head_pattern(
    words: Iterable[str], irregular: Iterable[str], n: int = 3
) -> re.Pattern:
    """Words that may be a form of one of `words`: their first `n` letters are a
    word's, or one of the `irregular` heads. A regular scan for these is faster
    than a lemma for every word of the text."""
    heads = {w[:n] for w in words if len(w) >= n} | set(irregular)
    return re.compile(r"\b(?:" + "|".join(sorted(heads)) + r")[a-z]*")


@functools.cache
def _verb_heads(language: str) -> re.Pattern:
    """Words that may be an action verb, by an action verb's lemma or stem."""
    lex = lex_()
    return head_pattern(
        [*lex.verbs, *(stem for stem, _ in lex.verb_stems)], _IRREGULAR_HEADS
    )


# An article or possessive just before a word makes it a noun; "la", "los", "las"
# are left out, as they are also pronouns before a Spanish verb ("la declaró").
# A past participle or an infinitive stays a verb ("the deployed troops", "al
# declarar").
_DETERMINED = {
    "en": re.compile(
        r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose)\s+$"
    ),
    "es": re.compile(r"\b(?:[Ee]l|[Uu]n|[Uu]na|[Dd]el|[Aa]l)\s+$"),
}
_VERB_FORM_END = re.compile(r"(?:ed|ar|er|ir|arse|erse|irse)$")


# A verb of declaring with nothing declared after it but its time: words said
_DECLARED_WORDS = re.compile(
    r"(?:\s+(?:(?:last|earlier|this|la|esta)\s+(?:week|month|year|semana)|yesterday|"
    r"today|ayer|hoy)(?:\s+pasada)?)?\s*(?:[,.;]|$)"
)


def verbs_in(doc: Doc, lo: int, hi: int) -> list[Verb]:
    """Action verbs in text[lo:hi], by lemma, with the tense their form shows."""
    lang = doc.article.language
    out = []
    for m in _verb_heads(lang).finditer(doc.folded, lo, hi):
        word = m.group(0)
        if len(word) < 3:
            continue
        lemma, status = _word_status(word, lang, doc.text[m.start() : m.end()].lower())
        if status is None:
            continue
        # Nouns that share a lemma with a verb are not verbs: "acuerdo", "plan";
        # the accent tells "el anuncio" from "anunció", "el envío" from "envió".
        if lang == "es" and doc.text[m.start() : m.end()].lower() in {
            "acuerdo",
            "acuerdos",
            "plan",
            "planes",
            "firma",
            "cierre",
            "envío",
            "envio",
            "inicio",
            "propuesta",
            "promesa",
            "anuncio",
            "invitación",
            "invitacion",
            "orden",
            "órdenes",
            "prórroga",
            "prórrogas",
        }:
            continue
        if (
            lang == "es"
            and re.fullmatch(r"ordenad[oa]s?", word)
            and not re.match(
                r"\s+(?:por|el|la|en|que)\b", doc.folded[m.end() : m.end() + 6]
            )
        ):
            # "un corredor humanitario ordenado": orderly, no order given
            continue
        if _DETERMINED[lang].search(
            doc.text, max(0, m.start() - 8), m.start()
        ) and not _VERB_FORM_END.search(word):
            # "the talks", "a request", "el estudio": a noun after its article
            continue
        if (
            lang == "en"
            and word
            in {
                "plan",
                "plans",
                "order",
                "set",
                "start",
                "pact",
                "return",
                "offer",
                "promise",
                "sign",
                "hold",
                "keep",
                "close",
                "dig",
                "raise",
            }
            and not re.search(
                r"\b(?:to|will|would|could|and|they|he|she|we|also|still|now|"
                r"jointly|authorities|officials|governments|countries|ministries|"
                r"leaders)\s+$",
                doc.folded[max(0, m.start() - 12) : m.start()],
            )
        ):
            continue
        if lemma in ("declare", "declarar") and _DECLARED_WORDS.match(
            doc.folded, m.end()
        ):
            # '"You have 103 days to leave" the country, Kast declared last week':
            # words declared, no act
            continue
        out.append(Verb(m.start(), m.end(), lemma, status, _tense(doc, m, word, lang)))
    phrasal = [
        Verb(
            m.start(),
            m.end(),
            m.group(0),
            m.lastgroup,
            _tense(doc, m, m.group(0), lang),
        )
        for m in doc.words.finditer(lex_().phrasal, lo, hi)
    ]
    if phrasal:
        # a verb of several words stands for the single words inside it
        out = [v for v in out if not any(p.start <= v.start < p.end for p in phrasal)]
        out = sorted(out + phrasal, key=lambda v: v.start)
    return out


def _tense(doc: Doc, m: re.Match, word: str, lang: str) -> str:
    before = doc.folded[max(0, m.start() - 25) : m.start()]
    if lang == "en":
        if re.search(
            # "will be detained and expelled": a participle coordinated too
            r"\b(?:will|shall|going to|is to|are to|plans? to|is due to)\s+(?:\w+\s+)?"
            r"(?:\w+\s+(?:and|or)\s+)?$",
            doc.folded[max(0, m.start() - 40) : m.start()],
        ):
            return "future"
        if re.search(r"\bwould\s+(?:\w+\s+)?$", before) and reported_past(
            doc, m.start()
        ):
            return "future"  # "said they would hold": the future seen from the past
        if re.search(r"\b(?:would|could|might|may)\s+(?:\w+\s+)?$", before):
            return "conditional"
        if word.endswith("ed") or word in {
            "sent",
            "set",
            "began",
            "held",
            "kept",
            "dug",
            "built",
            "signed",
        }:
            return "past"
        return "other"
    # "van a desplegar", "serán desplegados", "serán detenidos y expulsados": a
    # future, passive or not
    wide = doc.folded[max(0, m.start() - 40) : m.start()]
    if re.search(
        r"\b(?:(?:va|van|vamos) a|sera|seran|estara|estaran)\s+(?:\w+\s+(?:y|e|o)\s+)?$",
        wide,
    ):
        return "future"
    # "la frontera sería militarizada": a passive conditional
    if re.search(r"\b(?:seria|serian)\s+(?:\w+\s+(?:y|e|o)\s+)?$", wide):
        return "future" if reported_past(doc, m.start()) else "conditional"
    # "pondrán en marcha": the inflected word of a verb phrase
    orig = doc.text[m.start() : m.end()].lower().split()[0]
    if re.search(r"(?:rá|rán|remos)$", orig):
        return "future"
    if re.search(r"(?:ría|rían)$", orig):
        if reported_past(doc, m.start()) and not orig.startswith("podr"):
            return "future"  # "dijo que enviaría": the future seen from the past
        return "conditional"
    if re.search(
        r"(?:ó|aron|ieron|ado|ada|ados|adas|ido|ida|ara|iera|aran|ieran)$", orig
    ):
        return "past"
    return "other"


# --- any finite verb ------------------------------------------------------------------

# Verbs that govern a measure's noun without doing, planning or wanting it: a
# judgement or a feeling about it ("cuestionó la zanja", "critics fear the closure")
_STANCE_LEMMAS = frozenset(
    """criticar cuestionar comparar rechazar temer preocupar lamentar celebrar
    valorar saludar ver mirar creer pensar dudar debatir recordar llamar calificar
    costar afectar golpear perjudicar frenar
    criticise criticize question compare reject fear worry welcome praise see
    believe think doubt debate recall call describe cost hit hurt affect slow""".split()
)
# A modal before a bare verb ("will also add", "could seal"); a copula or "have"
# says nothing of an act ("the corridor is", "they have 63 days")
_FINITE_EN_AUX = re.compile(r"\b(?:will|shall|would|could|may|might)\b")
_PAST_EN_IRREGULAR = frozenset(
    "began took made put went dug built brought gave".split()
)
# a past that acts on an object: "Peru reviewed the first joint patrols"; not an
# adjective ("stranded migrants", "organised crime") or a bare passive
_OBJECT_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:the|a|an|its|their|his|her|new|more|up|out|some|two|three)\b"
)
_FINITE_ES_END = re.compile(r"(?:ó|aron|ieron|rá|rán|ría|rían)$")
_FINITE_ES_IRREGULAR = frozenset(
    "hace hacen hizo hicieron puso pusieron dio dieron".split()
)
_NOUN_BEFORE = re.compile(
    r"\b(?:el|la|los|las|un|una|unos|unas|su|sus|del|al|de|the|a|an|its|his|her|"
    r"their|of|this|that|these|those)\s+$"
)
_STANCE_STEMS = ("critic", "cuestion", "compar", "rechaz")


def finite_verbs(doc: Doc, lo: int, hi: int) -> list[Verb]:
    """The finite verbs in text[lo:hi] that no action verb's lemma names, with the
    tense their form shows and the status of a thing done: what a measure's noun
    hangs on when no verb of acting governs it ("la zanja que Chile comenzó a
    excavar", "the plan will also add fences"). Verbs of saying and of judging
    are left out: "cuestionó la zanja" says nothing of who dug it."""
    lang = doc.article.language
    lex = lex_()
    saying = lex.report_lemmas.get(lang, frozenset())
    out = []
    for m in _WORD.finditer(doc.text, lo, hi):
        written = m.group(0).lower()
        word = doc.folded[m.start() : m.end()]
        if len(word) < 2 or _NOUN_BEFORE.search(
            doc.folded, max(0, m.start() - 8), m.start()
        ):
            continue
        if lang == "es":
            finite = written in _FINITE_ES_IRREGULAR or (
                len(word) > 4 and _FINITE_ES_END.search(written)
            )
        else:
            finite = _FINITE_EN_AUX.fullmatch(word) or (
                (word in _PAST_EN_IRREGULAR or (len(word) > 4 and word.endswith("ed")))
                and _OBJECT_AFTER.match(doc.folded, m.end())
            )
        if not finite:
            continue
        _, status = _word_status(word, lang, written)
        lemma = _lemma(written, lang)
        if (
            status is not None
            or lemma in saying
            or lemma in _STANCE_LEMMAS
            or word.startswith(_STANCE_STEMS)
        ):
            continue
        if lang == "en" and _FINITE_EN_AUX.fullmatch(word):
            tense = (
                "future"
                if word in ("will", "shall")
                or (word == "would" and reported_past(doc, m.start()))
                else "conditional"
            )
        else:
            tense = _tense(doc, m, word, lang)
        out.append(Verb(m.start(), m.end(), lemma, "implemented", tense))
    return out


_PAST_REPORT = re.compile(
    r"\b(?:said|told|announced|added|stated|explained|indicated|confirmed|"
    r"promised|pledged|dijo|dijeron|anuncio|anunciaron|afirmo|afirmaron|senalo|"
    r"senalaron|indico|indicaron|explico|agrego|aseguro|informo|confirmo|"
    r"prometio|adelanto)\b"
)


def reported_past(doc: Doc, pos: int) -> bool:
    """A past verb of saying governs the clause at `pos` in its sentence ("said
    that", "told reporters they", "anunció que"): its "would" is a future in the
    past, not a hypothesis (sequence of tenses)."""
    sent = doc.sentences[doc.sentence_at(pos)]
    return any(
        m.end() <= pos and pos - m.end() <= 80
        for m in _PAST_REPORT.finditer(doc.folded, sent.start, pos)
    )


# ", the candidate who faces Jeannette Jara in the run-off,", ", quien …,": an
# aside that names people who are not the clause's subject
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:the|a|an|el|la|un|una)\s+(?:[\w-]+\s+){0,3}?(?:who|whose|which|que|quien)|"
    r"who|whom|whose|which|quien|quienes|a quien|el cual|la cual)\b[^,;]{0,150},"
)


# ", instalado el 1 de diciembre por De Zela y su par chileno, Alberto van
# Klaveren, acordó": a participle's aside that runs to the verb after it
_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+(?:ad|id)[oa]s?|[a-z]{3,}ed|set up|sent|held|made|given|taken|"
    r"written|known|seen|built|led|brought|kept|put|hecho|dicho|puesto|escrito|"
    r"visto|vuelto|abierto)\s+(?:[^;]{0,150}?),\s*\Z"
)


def outside_asides(doc: Doc, found: list[Found], lo: int, hi: int) -> list[Found]:
    """The mentions of text[lo:hi] outside its relative asides ("Kast, the
    candidate who faces Jara, has promised": Kast, not Jara) and outside a
    participle's aside that ends at `hi`; all of them when every one is inside."""
    asides = [
        (m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(doc.folded, lo, hi)
    ]
    m = _PARTICIPLE_ASIDE.search(doc.folded, lo, hi)
    if m:
        asides.append((m.start(), m.end()))
    out = [f for f in found if not any(s < f.start < e for s, e in asides)]
    return out or found


@functools.cache
def given_names() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon()["given_names"])


def short_name(e: Entry) -> str:
    """ "Kast" for José Antonio Kast, "van Klaveren" for Alberto van Klaveren."""
    if e.kind != "person":
        return e.name
    words = e.name.split()
    given = given_names()
    k = 0
    while k < len(words) - 1 and fold(words[k]) in given:
        k += 1
    return " ".join(words[k:])


@dataclass
class Span:
    """Where a title and its verb stand, as a match does for claims' title reading."""

    lo: int
    hi: int

    def start(self) -> int:
        return self.lo

    def end(self) -> int:
        return self.hi


def scenario_cues(doc: Doc, lo: int, hi: int):
    """Words of hypothesis in text[lo:hi] ("podría", "if", "si el"), read on the
    folded text; "sí" (yes) is no "si" (if): "confirmó que sí se acordó"."""
    for m in lex_().scenario.finditer(doc.folded, lo, hi):
        if doc.text[m.start() : m.start() + 2].lower() == "sí":
            continue
        yield m


def scenario_cue(doc: Doc, lo: int, hi: int) -> re.Match | None:
    return next(scenario_cues(doc, lo, hi), None)


# "sostuvo hoy un encuentro con Kast", "mantuvo una reunión": what follows a verb
# of holding when a meeting was held, not words said
HELD_MEETING = re.compile(
    r"\s+(?:(?:hoy|ayer|este\s+\w+|el\s+\w+|ademas|tambien)\s+)?(?:un|una)\s+"
    r"(?:(?:breve|larga|extensa|primera|segunda|nueva)\s+)?(?:encuentro|reunion|"
    r"conversacion|cita|dialogo|llamada|videoconferencia|entrevista|bilateral|"
    # "sostuvo un contacto telefónico con su homólogo"
    r"contacto)\b"
)
