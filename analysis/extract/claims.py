"""Claims: reported speech with its speaker and the whole proposition reported."""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..gazetteer import Entry, demonym_countries, fold
from ..schema import Claim, Measure
from .entities import country_in, governments, outlet_country
from .text import (
    _PARTICIPLE_ASIDE,
    ARMED_FORCES,
    BARE_GOVERNMENT,
    HELD_MEETING,
    OBJECT_OF,
    POLICE,
    Doc,
    Found,
    Ids,
    agent_of,
    head_pattern,
    lemma_of,
    lex_,
    outside_asides,
    place_country,
    short_name,
    slug,
    use,
)

# An adverb between a verb of saying and its "que"/"that" ("said later that",
# "defendió entonces que"), not a time that is the object ("later that day")
_ADVERB_BEFORE_THAT = (
    r"(?:\s+(?:(?:later|earlier)\s+(?:that|this)\s+(?:day|night|week|morning|"
    r"afternoon|evening)|afterwards?|later|also|again|repeatedly|then|only|simply|"
    r"luego|tambien|ademas|despues|nuevamente|solo|solamente|entonces|ahora|"
    r"incluso|asimismo|igualmente|finalmente|posteriormente|previamente|"
    r"publicamente|even|further|previously|recently|publicly|privately|"
    r"separately|"
    r"hoy|ayer|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|"
    # "confirmó este miércoles que", "said on Tuesday that": the day of the saying
    r"(?:el|este|esta|this|on|last)\s+(?:lunes|martes|miercoles|jueves|viernes|"
    r"sabado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:por\s+la\s+(?:manana|tarde|noche)|morning|afternoon|evening|"
    r"night))?)"
    r"(?=\s+(?:que|that)\b"
    r"(?!\s+(?:day|night|week|"
    r"morning|afternoon|evening)\b)))?"
)
# Words after a reporting verb that open the reported proposition.
# "declaró ayer a RPP que": a day, then the listener
_DAY_THEN_LISTENER = (
    r"(?:\s+(?:ayer|hoy|luego|despues|entonces|yesterday)(?=\s+(?:a|al|to|ante)\s))?"
)
# "contó a esta emisora que", "vowed during the campaign that"
_LISTENER_WORDS = r"(?:a|al|to|en|ante|in|on|before|during|durante)"
# the words of a listener: no second clause joined inside ("acusó a Kast de imitar
# a Trump y sostuvo que" has no listener before its "que")
_LISTENER_SPAN = r"(?:(?!\s(?:y|e|and|pero|but)\s)[^,.;:\"“«])"
_OPEN = re.compile(
    r"(?:"
    + _LISTENER_SPAN
    + r"{0,40}:\s*(?=[\"“«]))?(?:\s*,[^,.;:]{1,30},)?"
    + _ADVERB_BEFORE_THAT
    + _DAY_THEN_LISTENER
    + r"\s*(?:"
    + _LISTENER_WORDS
    + r"\s+(?:"
    + _LISTENER_SPAN
    + r"{1,40}?\s+)?(?=(?:que|that)\b))?"
    # "se quejó de que P"
    r"(?:(?:de\s+)?(?:that|que)\s+|:\s*|,\s*)?[\"“«']?"
)
# What follows a reporting verb when it reports a proposition, not an object.
_PROPOSITION = re.compile(
    _ADVERB_BEFORE_THAT
    + _DAY_THEN_LISTENER
    + r"(?:\s*,[^,.;:]{1,30},)?\s*(?:"
    + _LISTENER_WORDS
    + r"\s+(?:"
    + _LISTENER_SPAN
    + r"{1,40}?\s+)?)?(?:de\s+)?(?:que|that)\b"
    # "afirmó el miércoles que", "dijo ayer que": the day of the saying
    r"|\s+(?:(?:el|este|esta)\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
    r"domingo)|ayer|hoy|yesterday|today)\s+(?:que|that)\b"
    r"|\s*[:\"“«]|" + _LISTENER_SPAN + r"{0,40}:\s*[\"“«]"
)
# A second reporting clause, where the first proposition ends.
_NEXT = re.compile(
    r",?\s+(?:y|e|and|but|pero|aunque|si bien|although|while|mientras)\s+"
    r"(?:(?:que|that)\s+)?(?=\w)"
)
_NAMED_LISTENER = re.compile(
    r"^\s*(?:(?:the\s+)?(?:reporters|journalists|press|media|lawmakers|senators|"
    r"congress|parliament|legislators|diplomats|the\s+nation)|(?:local\s+|national\s+|"
    r"state\s+)?(?:radio|television|tv)(?:\s+station)?"
    r"(?-i:(?:\s+(?:[A-Z][\w.-]*|de|del|la)){0,4})|"
    # a name, not a word that opens what was said ("told reporters If…")
    r"(?-i:(?!(?:If|As|When|While|The|A|An|In|On|At|It|We|I|Our|There|This|That|"
    r"These|Those|Since|After|Before|Although|But|And|Or|So|For|With|Once|Until|"
    r"Unless|Because|Even|What|Who|How|Why|Where|He|She|They|You|My|His|Her|"
    r"Their|Its|No|Not|All|Some|Any|Every|Both|Chile|Peru|Lima|Santiago)\b)"
    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))"
    r"(?:\s+(?:on|in|at|after|during)\s+[^,.;:]{1,30}?)?\s+(?:that\s+)?"
    r"(?=(?:the|a|an|his|her|its|their|it|there)\b)",
    re.IGNORECASE,
)
_LISTENER = re.compile(r"\s*(?:[a-z][\w'-]*\s+){1,5}?(?=(?:they|he|she|we|you)\s)")
_SPEAKERS_NEXT_ACT = re.compile(
    r",\s+(?:and|y)\s+(?:(?:has|had|have)\s+(?:also\s+)?[a-z]+(?:ed|en)|"
    r"(?:ha|había|habia)\s+(?:también\s+)?[a-záéíóú]+(?:ado|ido))\b"
)
# The listener between a verb of telling and its "that": "told reporters that",
# "told reporters, without specifying a number, that".
_TOLD = re.compile(r"\s+(?:[a-z0-9][\w'-]*,?\s+){1,12}?that\s")
# English verbs whose object is what was said: "called it constructive",
# "ruled out a crisis"
# "ruled out a crisis", "asked for the board to be reactivated"
_ACTS_OF_SPEECH = frozenset(
    {
        # "Residents reported chaotic scenes as…", "warned migrants to leave: …":
        # what is reported or warned of, told with the verb
        "reported",
        "reports",
        "warned",
        "warns",
        "called",
        "spoke of",
        "likened",
        "likening",
        "likens",
        "compared",
        "comparing",
        "spoke about",
        "speaks of",
        "talked of",
        "accused",
        "accuses",
        "ruled out",
        "played down",
        "asked",
        "urged",
        # "Kast has linked irregular migration to rising crime": the link is what
        # he said, told with its verb
        "linked",
        "urging",
        "framed",
        "envisioned",
        "envisaged",
        "portrayed",
        "expressed",
        "voiced",
        "appealed to",
        "appeals to",
        "demanded",
        "called for",
        "called on",
        "welcomed",
        "rejected",
        "criticised",
        "criticized",
        "acknowledged",
        "described",
        "recognised",
        "recognized",
        "admitted",
        "praised",
        "condemned",
        "highlighted",
        "stressed",
        "stresses",
        "underlined",
        # "confirmed the 60-day duration of the emergency": a fact vouched for
        "confirmed",
        "underlines",
        "repeated",
        "reiterated",
        "emphasised",
        "emphasized",
        "listed",
        "cited",
        "singled out",
        "blame",
        "blames",
        "blamed",
        "hail",
        "hails",
        "hailed",
        "hailing",
        "reaffirmed",
        "reaffirms",
        "reaffirming",
        "downplay",
        "downplays",
        "downplayed",
        "downplaying",
        "characterized",
        "characterised",
        "characterizing",
        "characterising",
        "characterizes",
        "characterises",
    }
)
_DENIAL = re.compile(
    r"neg|deni|deny|descart|rechaz|desment|desmint|rule[sd]? out|reject|dismiss"
)
# "pidió que Chile abra un corredor", "asked that Chile open": what is asked
# for is no statement of fact; the claim keeps its verb
_DEMAND = re.compile(
    r"ask|urg|demand|call(?:ed|s)? (?:for|on)|appeal|pid|pide|exig|solicit|emplaz|"
    r"insto|instaron|insta\b|exhort"
)
_POSSESSIVE_SOURCE = re.compile(r"\b(?:su|sus|his|her)\b")
_CLITIC = re.compile(r"\b(?:la|las|lo|los|le|les|se)\s+$")
_AUXILIARY = re.compile(r"\b(?:ha|han|habia|habian|has|have|had)\s+$")
_TELLING = frozenset({"told", "warned", "assured", "reminded", "informed", "advised"})
_TELLS = frozenset({"tell", "warn", "assure", "remind", "inform", "advise"})
# Titles that stand for a person already named ("el mandatario", "the minister").
_TITLE = re.compile(
    r"\b(?:el|la|the|[a-z]+['’]s)\s+(?:(?:nuev[oa]|new|flamante|actual|current|propi[oa]|"
    # "el electo presidente": the elect, before the title
    r"interim|interin[oa]|incoming|outgoing|elect[oa])\s+)?"
    # "the Peruvian president", "the leftist leader", "the far-right leader"
    r"(?:(?:[a-z]+(?:an|ean|ian|ist|ista)|far-right|far-left|hard-right|"
    r"hard-left|conservative|conservador[a]?|ultraconservador[a]?)\s+)?"
    # "the Foreign Affairs Minister", "the government official"
    r"(?:(?P<dept>foreign\s+affairs|foreign|interior|defen[cs]e|public\s+security|"
    r"security|government)\s+)?"
    r"(?P<title>mandatari[oa]|gobernante|diplomatic[oa]|diplomat|chilen[oa]|peruan[oa]|president[ea]?(?:-elect| electo)?|"
    r"canciller|minister|ministr[oa]|jefe del? estado|head of state|"
    r"lider|leader|candidat[oa]|candidate|abanderad[oa]|expert[oa]?|analista|analyst|politolog[oa]|funcionari[oa]|"
    r"official|subsecretari[oa]|undersecretary|gobernador[a]?|governor|"
    r"alcalde(?:sa)?|mayor|politic[oa]|politician|republican[oa]|diputad[oa]|"
    r"senador[a]?|senator|vocer[oa]|spokes(?:man|woman|person)|portavoz|"
    r"director[a]?|comandante|commander|general|autoridad(?: regional| local)?|"
    r"anfitrion[a]?|host|secretari[oa](?: de estado)?|secretary(?: of state)?|"
    r"edil|burgomaestre|prefect[oa]?|jefe comunal|jefe de la diplomacia|titular del? (?:mininter|interior|ministerio del interior|sector|defensa|mindef)|titular de (?:torre tagle|la cancilleria|relaciones "
    r"exteriores)|former [a-z]+ minister|ex ?ministr[oa])\b"
)
# A subject pronoun before the verb, perhaps with auxiliaries and adverbs between
# ("he has also told", "ella ya había dicho").
_PRONOUN = re.compile(
    r"\b(?:he|she|they|el|ella|ellos)\s+(?:(?:has|had|have|also|then|later|again|further|once|still|even|"
    # "He had also pointedly reminded…"
    r"already|ya|ha|habia|tambien|luego|despues|[a-z]{3,}ly)\s+)*$|\b(?:he|she|they)\s*$|^\s*$"
)
_PREP_BEFORE = re.compile(
    r"\b(?:de|del|of|with|con|a|al|to|en|in|entre|between|for|para|por|by|from|"
    r"sobre|on|at|than|como|as|against|contra)\s+(?:(?:el|la|los|las|the)\s+)?"
    # "Residents in northern Chile reported": a place of the subject's, not it
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$"
    # "la tensión entre Perú y Chile y aseveró…": the second of two places a
    # preposition governs is governed too
    r"|\b(?:entre|between|de|of|con|with|sobre|about|hacia|toward|towards)\s+"
    r"(?:(?:el|la|the)\s+)?(?:peru|chile|bolivia|argentina|ecuador|venezuela|"
    r"colombia|lima|santiago|tacna|arica)\s+(?:y|e|and)\s+$"
)
_FOR_PERSON = re.compile(r"\s*(?:para|for)\s+")
_QUOTES = "\"“”«»'‘’"


@functools.cache
def _relative_next() -> re.Pattern:
    """A country's adjective, then the relative that opens the next claim:
    "… el Ministerio de Relaciones Exteriores peruano, que subrayó…"."""
    demonyms = "|".join(
        sorted(map(re.escape, demonym_countries()), key=len, reverse=True)
    )
    return re.compile(rf"(?:\s+(?:{demonyms}))?\s*,\s*(?:que|quien|who|which)\s*")


# Judgements the lexicon reads as acts of speech ("ruled out a crisis")
_JUDGED_ACT = re.compile(r"(?:ruled out|played down|descarto|descartaron)\b")
# What a verb of saying opens: "told CNN that", "dijo a la prensa que"
_OPENS_PROPOSITION = re.compile(r"[^,]{0,40}?\b(?:that|que)\b")
_RELATIVE_END = re.compile(
    r"[\s,;]+(?:quien(?:es)?|who|el cual|la cual)"
    r"(?:\s+(?:le|les|me|nos|lo|la|se|him|her|them))?$",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"[\s,;]+(?:y|e|o|and|or|but|pero|que|that|lo que|which|de|del|of|a|al|to|en|in|"
    r"con|por|para|with|for|by|from|at|"
    r"porque|because|since|si|if|cuando|when|aunque|although|mientras|while|"
    r"entre|between|como|as|un|una|the|el|la|los|las)$",
    re.IGNORECASE,
)
MIN_PROPOSITION = 12


_CALLED = re.compile(
    r"\bcalled\b(?=\s+(?!on\b|for\b|off\b|in\b|up\b|out\b)(?:it|this|that|them|"
    r"the\s+[a-z'’ -]{2,40}?|[a-z]+['’]s\s+[a-z'’ -]{2,30}?|"
    # "Kast called organised crime a transnational industry"
    r"[a-z]+(?:\s+[a-z]+)?)\s+(?:a|an|the|[\"“])\s*"
    r"(?!next\b|following\b|same\b|day\b|night\b|week\b|morning\b|evening\b)[a-z\"“])"
)


# "likening the project to the Berlin Wall", "compared the trench to a wall": a
# likeness one draws is what one says
_LIKENED = re.compile(
    r"\b(?:likened|likening|likens|compared|comparing)\b(?=\s+(?:it|this|that|them|"
    r"the\s+[a-z'’ -]{2,40}?|[a-z]+['’]s\s+[a-z'’ -]{2,30}?)\s+(?:to|with)\s+(?:a|an|the|[a-z]))"
)
_SPOKE_OF = re.compile(
    r"\b(?:spoke|speaks|talked|talks|hablo|hablaron|habla)\s+(?:of|about|de)\b"
    r"(?=\s+(?:(?:an?|the|un|una|el|la|los|las)\s+)?[\"“«])"
)


_ANONYMITY = re.compile(
    r"\s+(?:no\s+ser\s+identificad|reserva\s+de\s+su\s+(?:identidad|nombre)|"
    r"(?:el\s+)?anonimato|not\s+to\s+be\s+(?:named|identified)|anonymity)"
)


def extract_claims(doc: Doc, topics, measures: list[Measure]) -> list[Claim]:
    """Every reported statement with a speaker: "X dijo que P", "P, said X",
    "según X, P"; several reporting verbs in one sentence give several claims."""
    lex = lex_()
    ids = Ids()
    out: list[Claim] = []
    last_speaker: Found | None = None
    spoke_in = -1  # the sentence of the last claim's verb
    doc.__dict__["_measures"] = measures
    sources = doc.__dict__.setdefault("_sources", [])
    for si, sent in enumerate(doc.sentences):
        cues = [
            (m, False)
            for m in doc.words.finditer(lex.report_before, sent.start, sent.end)
            # "el rechazo", "su anuncio": a noun without the preterite's accent
            if not _NOUN_FORM.search(doc.text, max(0, m.start() - 6), m.end())
        ]
        cues += [
            (m, True)
            for m in doc.words.finditer(lex.report_after, sent.start, sent.end)
        ]
        cues += [(m, False) for m in _lemma_cues(doc, sent.start, sent.end, cues)]
        if doc.article.language == "en":
            # "Jerí called the relationship with Chile a state policy": naming
            # a thing so is saying it
            cues += [
                (m, False)
                for m in _CALLED.finditer(doc.folded, sent.start, sent.end)
                if not any(c.start() <= m.start() < c.end() for c, _ in cues)
            ]
        # "spoke of an “absolute lack of control”", "habló de un «descontrol
        # absoluto»": words quoted as one's own are what one said
        cues += [
            (m, False)
            for rx in (_SPOKE_OF, _LIKENED)
            for m in rx.finditer(doc.folded, sent.start, sent.end)
            if not any(c.start() <= m.start() < c.end() for c, _ in cues)
        ]
        cues.sort(key=lambda c: c[0].start())
        # "Según informó la Cancillería": one attribution, not two.
        cues = [
            c
            for k, c in enumerate(cues)
            if not (
                k
                and cues[k - 1][1]
                and not c[1]
                and c[0].start() - cues[k - 1][0].end() <= 2
            )
        ]
        # "sostuvo hoy un encuentro con Kast", "mantuvo una reunión": a meeting
        # held, not words said
        cues = [
            c
            for c in cues
            if not (
                c[0].group(0).startswith(("sost", "mant", "tuv", "tien"))
                and HELD_MEETING.match(doc.folded, c[0].end())
            )
        ]
        # "no precisó la fecha", "did not say": nothing is reported; '"That
        # measure is ruled out," he said': a verb inside the quotation is said
        # «Estamos trabajando —dijo el canciller— para que…», añadió: a verb set
        # between dashes inside a quotation names its speaker; the quotation's
        # own verb reports it whole
        cues = [
            c
            for c in cues
            if not (
                _DASH_INSERT_BEFORE.search(
                    doc.text, max(sent.start, c[0].start() - 3), c[0].start()
                )
                and _DASH_CLOSE.search(
                    doc.text, c[0].end(), min(sent.end, c[0].end() + 60)
                )
                and any(
                    k.start() > c[0].end() and not d for k, d in cues if k is not c[0]
                )
            )
        ]
        # "has been completely rejected by his government": a passive names what
        # was acted on, not what was said
        if doc.article.language == "en":
            cues = [
                c
                for c in cues
                if not (
                    c[0].group(0).endswith("ed")
                    and _PASSIVE_BEFORE.search(
                        doc.folded, max(0, c[0].start() - 30), c[0].start()
                    )
                    # "it was confirmed that P" reports P
                    and not re.match(r"\s+that\b", doc.folded[c[0].end() :])
                )
            ]
        # "extended the measure for 60 days and added the district of Tarata": a
        # second act, adding a thing, not words
        cues = [
            c
            for c in cues
            if not (
                c[0].group(0)
                in ("added", "adds", "agrego", "anadio", "agrega", "anade")
                and re.search(
                    r"\b(?:and|y|e)\s+(?:also\s+|tambien\s+)?$",
                    doc.folded[max(0, c[0].start() - 14) : c[0].start()],
                )
                and re.match(
                    r"\s+(?:the|a|an|la|el|los|las|un|una)\s", doc.folded[c[0].end() :]
                )
            )
        ]
        cues = [
            c
            for c in cues
            # "a reference to Kast's warning to undocumented migrants": a noun,
            # with no proposition of its own (unlike "his warning that P")
            if not (
                c[0].group(0).endswith("ing")
                and re.search(
                    r"(?:['’]s|\b(?:his|her|their|its|the|a|an))\s+$",
                    doc.folded[max(0, c[0].start() - 8) : c[0].start()],
                )
                and not re.match(r"[^.;:]{0,80}?\bthat\b", doc.folded[c[0].end() :])
            )
        ]
        cues = [
            c
            for c in cues
            # "que pidió reserva de su identidad", "who asked not to be named":
            # how a source is kept anonymous, not what it said
            if not _ANONYMITY.match(doc.folded, c[0].end())
            and not _NEGATED.search(doc.folded, max(0, c[0].start() - 12), c[0].start())
            and not _quoted(doc, sent.start, c[0].start(), sent.end)
            # "Asked whether Jerí would attend, De Zela said…": a question put
            and not _QUESTION_PUT.match(doc.folded, c[0].end())
        ]
        # "advirtió que el crimen organizado, al que describió como una industria,
        # no respeta fronteras": a verb of saying in a relative aside names the
        # object; it neither ends the proposition nor reports one of its own
        cues = [
            c
            for c in cues
            if not _ASIDE_CUE.search(
                doc.folded, max(0, c[0].start() - 16), c[0].start()
            )
        ]
        # "Jerí told CNN that Peru had ruled out the corridor": a judgement told
        # as an act inside what another verb reports is part of what was said
        cues = [
            c
            for k, c in enumerate(cues)
            if not (
                k
                and _JUDGED_ACT.match(doc.folded, c[0].start())
                and _OPENS_PROPOSITION.match(
                    doc.folded, cues[k - 1][0].end(), c[0].start()
                )
                and not re.search(
                    r"[;:.]", doc.folded[cues[k - 1][0].end() : c[0].start()]
                )
                # "reiteró que … regirá por 60 días y descartó habilitar": the
                # speaker's own second act
                and not re.search(
                    r"\b(?:y|e|and)\s+(?:(?:also|tambien|ademas)\s+)?$",
                    doc.folded[max(0, c[0].start() - 14) : c[0].start()],
                )
            )
        ]
        starts = [c[0].start() for c in cues]
        nested: set[int] = set()
        for k, (cue, is_source) in enumerate(cues):
            if k in nested:
                continue
            nxt = starts[k + 1] if k + 1 < len(starts) else sent.end
            prev = cues[k - 1][0].end() if k else sent.start
            if (
                is_source
                and k + 1 < len(cues)
                and not cues[k + 1][1]
                and _SOURCE_BEFORE.match(doc.folded, cue.start())
                and _outlet_after(doc, si, cue.end())
            ):
                # "Según informó Radio Bío Bío, el mandatario planteó P": what the
                # outlet reports is the president's claim, read at its own verb
                continue
            speaker, prop = _reading(
                doc, si, cue, is_source, prev, nxt, last_speaker, spoke_in == si
            )
            if is_source and speaker is not None and prop is not None:
                speaker = _relayed(doc, si, speaker, prop)
            if not is_source and speaker is not None:
                speaker = _before_aside(doc, si, speaker, cue.start())
                speaker = _antecedent(doc, si, cue.start()) or speaker
            if (
                k
                and spoke_in == si
                and last_speaker is not None
                and not is_source
                and cue.group(0).endswith(("ing", "ando", "iendo"))
                and _GERUND_AFTER_COMMA.search(doc.folded, prev, cue.start())
            ):
                # "…, he told reporters, adding that P", "…, añadiendo que P": the
                # one who told goes on
                speaker = last_speaker
                if prop is None:
                    continue
            elif (
                k
                and spoke_in == si
                and last_speaker is not None
                and not is_source
                and not cues[k - 1][1]
                and re.search(
                    r"[^\"”»],\s*(?:and\s+|y\s+)?$",
                    doc.text[max(prev, cue.start() - 8) : cue.start()],
                )
                and re.match(r"\s+(?:that|que)\b", doc.folded[cue.end() :])
                # "…, mientras que el director, Eduardo Thayer, informó que": a
                # subject of its own just before
                and not any(
                    prev <= f.start
                    and cue.start() - 30 <= f.end <= cue.start()
                    # in apposition or opening a clause, not an object ("acusó a
                    # Kast de imitar a Donald Trump, afirmó que")
                    and re.search(
                        r"(?:,|\b(?:y|e|and|while|mientras que|pero|but))\s+"
                        r"(?:[a-z]+\s+){0,3}$",
                        doc.folded[max(prev, f.start - 40) : f.start],
                    )
                    for f in doc.found
                    if doc.entries[f.entry_id].table == "actors"
                )
            ):
                # "Durana described the move as opportunism, said that P and
                # accused…": verbs in a row share their subject
                speaker, prop = last_speaker, (cue.end(), nxt)
            if speaker is None or prop is None:
                continue
            if (
                not is_source
                and prop[0] == cue.end()
                and re.search(r",\s*$", doc.text[max(0, cue.start() - 3) : cue.start()])
                and _INVERTED_SUBJECT.match(doc.folded, cue.end(), nxt + 1)
            ):
                # "P, informó el diario.": the words after the verb are its subject,
                # which names no one the drafts know; no one else said P
                continue
            name = fold(doc.entries[speaker.entry_id].name)
            if lemma_of(cue.group(0), doc.article.language) in _STANCE and (
                ARMED_FORCES.search(name) or POLICE.search(name)
            ):
                # "las Fuerzas Armadas respaldan a la Policía": troops backing the
                # police act; they state no position
                continue
            if not is_source and prop[0] <= sent.start + 1:
                # '"This is not just a trench. It is a complete system," he told…':
                # the quotation opened in an earlier sentence is all said
                prop = (_quote_opening(doc, si) or prop[0], prop[1])
            if (
                not is_source
                and prop[1] == nxt
                and k + 1 < len(cues)
                and not cues[k + 1][1]
                and _NESTED.match(doc.folded, cue.end(), nxt)
            ):
                # "indicó que Kast ha adelantado que P": the report holds another;
                # the outer speaker's proposition is the whole of it
                prop = (prop[0], sent.end)
                nested.add(k + 1)
            if prop[1] == nxt and k + 1 < len(cues) and not cues[k + 1][1]:
                # "P, y el gremio sostiene que Q": P ends before the next subject
                # (read one character past the cue: the join's lookahead needs it);
                # a source next ("…, según un acuerdo") has no subject before it
                joins = [
                    m
                    for m in _NEXT.finditer(doc.folded, prop[0], nxt + 1)
                    if 0 <= nxt - m.end() <= 60
                ]
                if joins:
                    prop = (prop[0], joins[-1].start())
            if prop[1] == nxt and k + 1 < len(cues):
                # "telling him that P, Peru's Foreign Ministry said": the next
                # verb's subject, after its comma, is no part of P
                subject = [
                    f
                    for f in doc.found
                    if prop[0] < f.start
                    and f.end <= nxt
                    and not doc.text[f.end : nxt].strip()
                    and doc.entries[f.entry_id].table == "actors"
                ]
                comma = subject and doc.text.rfind(",", prop[0], subject[0].start)
                if (
                    subject
                    and comma != -1
                    and not doc.text[comma + 1 : subject[0].start]
                    .strip(" ")
                    .lower()
                    .replace("the", "")
                    .strip()
                ):
                    prop = (prop[0], comma)
            told = _TOLD.match(doc.folded, prop[0], prop[1])
            if (
                not is_source
                and prop[0] == cue.end()
                and told
                and cue.group(0) in _TELLING
            ):
                # "told undocumented migrants that P": the proposition is P
                prop = (told.end(), prop[1])
            aside = re.match(r"\s*,\s*", doc.text[prop[0] : prop[1]])
            if (
                not is_source
                and prop[0] == cue.end()
                and aside
                and re.search(r",\s*$", doc.text[max(0, cue.start() - 3) : cue.start()])
            ):
                # "Por eso, agregó, el inicio de las faenas no…": a verb of saying
                # between commas; what follows is said
                prop = (prop[0] + aside.end(), prop[1])
            if (
                (
                    not is_source
                    and prop[0] == cue.end()
                    and not _PROPOSITION.match(doc.text, cue.end())
                    # "That rhetoric, officials reported, prompted…": a verb set
                    # between commas, not one whose object was said
                    and doc.text[cue.end() : cue.end() + 1] != ","
                    and (
                        doc.article.language == "es" or cue.group(0) in _ACTS_OF_SPEECH
                    )
                )
                or (
                    not is_source
                    and (
                        _DENIAL.match(cue.group(0))
                        or (prop[0] >= cue.end() and _DEMAND.match(cue.group(0)))
                    )
                )
            ):
                # "Paco exigió la presencia de Boric": the act of speech is the
                # claim; "ha negado que P" is a denial of P, never P
                summary = _summary(doc, speaker.start, prop[1], speaker, cue)
            else:
                head = (
                    _head_of_aside(doc, prev, cue, prop, speaker)
                    if not doc.text[sent.start : prev].strip()
                    else ""
                )
                summary = _summary(doc, *prop, cue=cue, head=head)
            split = None if is_source else _split_quotation(doc, sent, cue)
            if split is not None:
                # '"The border is closed," he said, "and it will stay closed."':
                # one quotation, its two halves read together
                joined = _joined_summary(doc, split, cue)
                if joined is not None:
                    summary, prop = joined, (split[0][0], split[1][1])
            if (
                summary is not None
                and split is None
                and re.match(r"(?:Him|Her|Them|Us|Me|To)\s", summary)
                and doc.text[prop[0] : prop[1]].lstrip()[:1] not in _QUOTES
            ):
                # "warning them to leave before…": an order to ones the words do
                # not name, told as the act of speech it is
                summary = _summary(doc, speaker.start, prop[1], speaker, cue)
            if summary is not None and _verbless(summary, doc.article.language):
                # '"P," Kast told a news conference', 'P, police General Valverde
                # told the television channel Canal N': what follows the verb is
                # a listener or a place; P is before the speaker
                hi = min(speaker.start, cue.start())
                # past the speaker's title: "…, police General Arturo Valverde"
                comma = doc.text.rfind(",", prev, hi)
                if comma != -1 and hi - comma <= 40:
                    hi = comma + 1
                before = doc.text[prev:hi].rstrip()
                summary = None
                if not is_source and hi > prev and before.endswith((",", ',"', ",”")):
                    summary = _summary(doc, prev, hi, cue=cue)
                    prop = (prev, hi)
            if summary is not None:
                # "…enter Peru legally, an arrangement he said should limit
                # crowding": an aside cut at its subject by the next verb of
                # saying ends the summary at its comma
                summary = _ASIDE_CUT_AT_SUBJECT.sub(".", summary)
            if (
                summary is not None
                and speaker is not None
                and _OBJECT_GAP.match(doc.folded, cue.start())
                and (
                    rel := _RELATIVE_JUST_BEFORE.search(
                        doc.folded, max(0, speaker.start - 12), speaker.start
                    )
                )
            ):
                # "un incidente en la zona fronteriza que Jerí calificó como “una
                # situación lamentable”": what is called so is the clause's
                # antecedent, put back as the verb's object
                summary = _with_antecedent(doc, summary, cue, rel.start())
            if summary is None or _verbless(summary, doc.article.language):
                continue  # "said at a news conference": no proposition
            if doc.article.language == "en" and _BARE_MODAL.match(summary):
                continue  # "an arrangement he said should limit…": no subject
            if prop[1] <= cue.start() and _ADJUNCT_ONLY.match(fold(summary).lower()):
                # "Debido a sus vínculos con otros líderes ultra de la región,
                # prometió…": why it was said, not what
                continue
            if re.search(
                r"\b(?:his|her|its|their|the|a|an|su|sus|el|la|los|las)\.$", summary
            ):
                continue  # "Kast repeated his.": cut before its noun
            if any(
                c.speaker == speaker.entry_id
                and c.evidence[0].start <= cue.start() < c.evidence[0].end
                for c in out
            ):
                continue  # "Según la Presidencia, … coincidieron en …": one claim
            _use(doc, speaker)
            last_speaker = speaker
            spoke_in = si
            sources.append((cue.start(), speaker.entry_id))
            doc.__dict__["_said"] = (prop[0], prop[1], speaker.entry_id)
            sid = speaker.entry_id
            text = doc.folded[sent.start : sent.end]
            lo = min(prop[0], cue.start())
            hi = max(prop[1], cue.end())
            out.append(
                _claim(doc, ids, sid, summary, topics, si, measures, text, lo, hi)
            )
            partner = (
                None
                if is_source
                else _co_speaker(doc, si, speaker, cue)
                or _pair_partner(doc, si, speaker, cue)
            )
            if partner is not None:
                # "Kast, who takes office on March 11, and Jerí have said P": each
                # of the two says P; a summary opening on one name with the
                # pair's plural verb names both ("Kast y Jerí coincidieron en…")
                pair = _pair_summary(doc, summary, speaker, partner)
                if pair != summary:
                    summary = pair
                    out[-1] = out[-1].model_copy(update={"summary": summary})
                out.append(
                    _claim(
                        doc,
                        ids,
                        partner.entry_id,
                        summary,
                        topics,
                        si,
                        measures,
                        text,
                        min(lo, partner.start),
                        hi,
                    )
                )
    out = _told_me(doc, out)
    out += _so_said(doc, out, ids, topics, measures)
    out += _interview_answers(doc, out, ids, topics, measures)
    out += _quotes_going_on(doc, out, ids, topics, measures)
    out += _official_estimates(doc, out, ids, topics, measures)
    out += _collective_claims(doc, out, ids, topics, measures)
    out += _decree_claims(doc, out, ids, topics, measures)
    out += _pledges(doc, out, ids, topics, measures)
    out += _blamed_claims(doc, out, ids, topics, measures)
    out += _colon_quotes(doc, out, ids, topics, measures)
    return [part for c in out for part in _each_sentence(doc, c, ids, topics)]


_ANAPHOR = re.compile(
    # a pronoun, or a demonstrative standing alone ("That is why"; not "Ese
    # comité debe…", a noun it determines)
    r"(?:it|they|them|he|she|so|but|and|esto|eso|ello|ellos|ellas|lo|le|les|pero|y|"
    r"asi|(?:this|that|these|those|este|esta|estos|estas|ese|esa|esos|esas)"
    r"(?=\s+(?:is|was|are|were|will|would|has|had|can|could|must|should|means|"
    r"es|era|fue|sera|son|eran|fueron|no|ha|han|va|puede)\b))\b"
)


def _each_sentence(doc: Doc, c: Claim, ids, topics) -> list[Claim]:
    """ "“A council is being convened. The police will step up checks. Our
    borders are respected,” Jerí said": a quotation of several sentences says
    several things, one claim for each, every one the speaker's."""
    ev = c.evidence[0]
    first, last = doc.sentence_at(ev.start), doc.sentence_at(max(ev.start, ev.end - 1))
    if first == last or not _quoted(doc, doc.sentences[first].start, ev.start, ev.end):
        return [c]
    parts = []
    starts: list[int] = []
    for si in range(first, last + 1):
        sent = doc.sentences[si]
        lo, hi = max(sent.start, ev.start), min(sent.end, ev.end)
        close = re.search(r"[,.]?[\"”»]", doc.text[lo:hi])
        if close is not None:
            hi = lo + close.start()  # the quotation's words, not who said them
        summary = _summary(doc, lo, hi)
        if summary is None or _verbless(summary, doc.article.language):
            continue
        if parts and _ANAPHOR.match(fold(summary).lower()):
            # "This is not just a trench. It is a complete system.": the second
            # says nothing without the first, so the two are one claim
            joined = _summary(doc, starts[-1], hi)
            if joined is None:
                return [c]
            parts[-1] = parts[-1].model_copy(
                update={
                    "summary": joined,
                    "evidence": [doc.evidence(*_trim(doc, starts[-1], hi))],
                }
            )
            continue
        starts.append(lo)
        parts.append(
            c.model_copy(
                update={
                    "claim_id": c.claim_id if not parts else ids(f"claim_{c.speaker}"),
                    "summary": summary,
                    "topics": topics[si],
                    "evidence": [doc.evidence(*_trim(doc, lo, hi))],
                }
            )
        )
    return parts or [c]


# '"Me dijo que P", contó', '"He told me P," she said': P is the words of the
# one who told the speaker, named as the one spoken with just before
_TOLD_ME = re.compile(
    r"(?:me|le)\s+(?:dijo|expreso|aseguro|comento|explico|senalo|indico|transmitio|"
    r"conto)\s+que\s+|(?:he|she)\s+told\s+me\s+(?:that\s+)?"
)


def _told_me(doc: Doc, claims: list[Claim]) -> list[Claim]:
    out = []
    for c in claims:
        si = doc.sentence_at(c.evidence[0].start)
        start = c.evidence[0].start
        told = _TOLD_ME.match(fold_lower(c.summary)) or _TOLD_ME.search(
            doc.folded, max(doc.sentences[si].start, start - 25), start + 25
        )
        lo = doc.sentences[max(0, si - 1)].start
        partner = told and [
            f
            for f in doc.found
            if lo <= f.start < c.evidence[0].start
            and f.entry_id != c.speaker
            and doc.entries[f.entry_id].kind == "person"
            and _SPOKE_WITH.search(doc.folded, max(lo, f.start - 60), f.start)
        ]
        if partner:
            c = c.model_copy(
                update={
                    "speaker": partner[-1].entry_id,
                    "summary": _as_sentence(
                        c.summary[told.end() :]
                        if _TOLD_ME.match(fold_lower(c.summary))
                        else c.summary
                    ),
                }
            )
        out.append(c)
    return out


# "Both leaders said P", "Ambos mandatarios coincidieron en que P", "the two
# governments insist P": each of the two says P
_BOTH_SAID = re.compile(
    r"\b(?:(?:both|the two|ambos|ambas|los dos|las dos)\s+(?:(?P<who>leaders|presidents|"
    r"men|heads of state|foreign ministers|ministers|mandatarios|presidentes|lideres|"
    r"cancilleres|jefes de estado|governments|gobiernos|delegaciones|delegations|"
    r"partes|sides)\s+)?"
    # "los presidentes manifestaron su disposición…": the two named before
    r"|(?:los|the)\s+(?P<who2>presidentes|mandatarios|cancilleres|presidents|"
    r"leaders|foreign ministers)\s+)"
    r"(?:(?:also|have|had|tambien|han|habian)\s+)*(?P<verb>[a-z]+)\b"
)
_LEADER = re.compile(r"presid|mandatari|leader|lider|head of state|jefe del? estado")
_WILL_VOICED = re.compile(
    r"(?:expres|manifest|reafirm|reiter|ratific|express|voic|reaffirm|reiterat)\w*\s+"
    r"(?:su|sus|their)\s+(?:\w+\s+)?(?:voluntad|disposicion|interes|compromiso|"
    r"intencion|deseo|will|willingness|interest|commitment|intention|desire)\b"
)
_MINISTER = re.compile(r"minist|canciller")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|segun|de acuerdo con)\b")
_STRESSING = frozenset(
    "destacar subrayar resaltar enfatizar remarcar recalcar expresar manifestar "
    "reafirmar reiterar ratificar "
    "stress highlight express voice "
    "underline emphasise emphasize".split()
)
_BOTH_PEOPLE = re.compile(
    r"leaders|presidents|men|heads|ministers|mandatarios|"
    r"presidentes|lideres|cancilleres|jefes"
)


# Spanish verbs whose words are a clause even without "que"
_SAY_ES = frozenset(
    {"decir", "afirmar", "senalar", "indicar", "sostener", "asegurar", "explicar",
     "advertir", "agregar", "anadir", "precisar", "manifestar"}
)  # fmt: skip


def _collective_claims(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    new = []
    lang = doc.article.language
    for m in _BOTH_SAID.finditer(doc.folded):
        who = m.group("who") or m.group("who2")
        said = lemma_of(m.group("verb"), lang) in lex_().report_lemmas.get(lang, ())
        # "coincidieron en que P", "agreed that P": a view both hold
        shared = re.match(
            r"(?:coincid\w+\s+en\s+que|agreed\s+that)\s", doc.folded[m.start("verb") :]
        )
        if not (said or shared):
            continue
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        if any(sent.start <= c.evidence[0].start < sent.end for c in out + new):
            continue  # the sentence's claims were read already
        if re.search(
            r"\b(?:ningun\w*|neither|none|ni)\s+(?:of\s+|de\s+)?$",
            doc.folded[max(sent.start, m.start() - 12) : m.start()],
        ) or _SOURCE_BEFORE.search(doc.folded, sent.start, m.start()):
            continue  # "Ninguno de los dos gobiernos informó"; "según la Presidencia"
        # "Ambos subrayaron…" with no noun: the two people named last
        people = who is None or bool(_BOTH_PEOPLE.match(who))
        if (
            not people
            and not re.match(
                r"[a-z]+(?:\s+en)?\s+(?:que|that)\s", doc.folded[m.start("verb") :]
            )
            # "ambos gobiernos expresaron su voluntad de…": a will voiced
            and not _WILL_VOICED.match(doc.folded, m.start("verb"))
        ):
            continue  # "ambos gobiernos mantienen…", "announced a committee": acts
        before = [f for f in doc.found if f.end <= m.start()]
        if not people:
            # "Los cancilleres de Perú y de Chile…; ambos gobiernos": a country
            # named stands for its government
            before = [a for f in before for a in [agent_of(doc, f)] if a is not None]
        pair: list[Found] = []
        for f in reversed(before):
            e = doc.entries[f.entry_id]
            fits = (
                e.kind == "person"
                and (
                    who is None
                    or (_MINISTER if _MINISTER.search(who) else _LEADER).search(
                        fold(
                            doc.dynamic_roles.get(e.id)
                            or e.role_on(doc.published)
                            or ""
                        ).lower()
                    )
                )
                if people
                else e.kind == "government"
            )
            if fits and all(f.entry_id != p.entry_id for p in pair):
                pair.append(f)
            if len(pair) == 2:
                break
        if len(pair) != 2:
            continue
        cue = re.compile(r"[a-z]+(?:\s+en)?").match(doc.folded, m.start("verb"))
        summary = _summary(doc, cue.end(), sent.end, cue=cue)
        said_that = re.match(
            r"[a-z]+(?:\s+en)?\s+(?:que|that)\b", doc.folded[cue.start() :]
        )
        if (
            summary is None
            or said_that
            and _verbless(summary, lang)
            # "ambos subrayaron la importancia de…": a stress laid on an object is
            # a view; "the two men confirmed the idea in Lima" is an act
            or not said_that
            and (_verbless(summary, lang) or who is None)
            and lemma_of(cue.group(0), lang) not in _STRESSING
        ):
            continue
        if not said_that and (
            _WILL_VOICED.match(doc.folded, cue.start())
            or (
                cue.group(0) in _ACTS_OF_SPEECH
                if lang == "en"
                else lemma_of(cue.group(0), lang) not in _SAY_ES
            )
        ):
            # "ambos presidentes destacaron los históricos vínculos…": what they
            # said is the object of their verb, told with it and by the two
            names = [
                short_name(doc.entries[f.entry_id])
                for f in sorted(pair, key=lambda f: f.start)
            ]
            summary = (
                f" {_AND[lang]} ".join(n[:1].upper() + n[1:] for n in names)
                + f" {doc.text[cue.start() : cue.end()]} {summary[:1].lower()}{summary[1:]}"
                if people
                # "Ambos gobiernos expresaron su voluntad de…": as the article
                # names the two, in its language
                else _summary(doc, m.start(), sent.end)
            )
            if summary is None:
                continue
        text = doc.folded[sent.start : sent.end]
        for f in reversed(pair):
            new.append(
                _claim(
                    doc,
                    ids,
                    f.entry_id,
                    summary,
                    topics,
                    si,
                    measures,
                    text,
                    m.start(),
                    sent.end,
                )
            )
    return new


# What a decree lays down, told as its content: "El decreto establece también
# que…", "del Decreto Supremo 013-2026-PCM, que determina que…", "The decree
# also provides that…", "Under the decree, the police will…": the words of the
# government that issued it
_DECREE_SAYS = re.compile(
    r"(?:\b(?:el|the|this|este|dicho|del|al)\s+(?:decreto(?:\s+supremo)?|decree|"
    r"dispositivo)|\b(?:la|esta|dicha)\s+norma)\b(?:\s+[\w.-]+){0,2}?,?\s+"
    r"(?:(?:que|which)\s+)?(?:(?:tambien|also|ademas|asimismo)\s+)?"
    r"(?:establece|determina|dispone|precisa|estipula|provides|states|establishes|"
    r"stipulates|specifies)\s+(?:(?:tambien|also|ademas|asimismo)\s+)?(?:que|that)"
    # "establece que, dentro de los cinco días…"
    r"\s*,?\s+"
)
# ... at the sentence's opening
_UNDER_DECREE = re.compile(
    r"(?:segun|under|according\s+to)\s+(?:el|the|this|este)\s+(?:decreto|decree)"
    r"(?:\s+[\w.-]+){0,2}?,\s+"
)


# "…expulsar a los migrantes irregulares, a quienes vincula con la ola de
# inseguridad", "…undocumented migrants, whom he blames for rising crime": a
# charge the sentence's person lays on the ones just named is their claim
_BLAMED = re.compile(
    r"(?P<np>\b(?:a\s+)?(?:los|las|the)\s+(?:[^,;.:]|(?<=\d)[.,](?=\d)){3,60}?"
    r"(?:,\s+[^,;.:]{3,30})?),\s+"
    r"(?:a\s+quienes|whom\s+(?:he|she|they))\s+"
    r"(?P<verb>vincula|vinculan|culpa|culpan|responsabiliza|responsabilizan|"
    r"asocia|asocian|blames|blamed|links|linked|associates|holds\s+responsible)\s+"
    r"(?P<rest>(?:con|de|del|por|for|to|with)\s+[^.;,]{3,120})"
)


def _blamed_claims(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    new = []
    for m in _BLAMED.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        if any(m.start() <= c.evidence[0].start < m.end() for c in out + new):
            continue
        who = [
            f
            for f in doc.in_sentence(si)
            if f.end <= m.start("np") and doc.entries[f.entry_id].kind == "person"
        ]
        if not who:
            continue
        speaker = who[0]
        np = doc.text[m.start("np") : m.end("np")]
        np = re.sub(r"^(?:a\s+)", "", np) + ("," if "," in np else "")
        verb = doc.text[m.start("verb") : m.end("verb")]
        rest = doc.text[m.start("rest") : m.end("rest")].rstrip(" ,")
        name = short_name(doc.entries[speaker.entry_id])
        summary = (
            f"{name} {verb} a {np} {rest}."
            if doc.article.language == "es"
            else f"{name} {verb} {np} {rest}."
        )
        new.append(
            _claim(
                doc,
                ids,
                speaker.entry_id,
                summary,
                topics,
                si,
                measures,
                doc.folded[sent.start : sent.end],
                m.start(),
                m.end(),
            )
        )
    return new


_DECREE_AIMS = re.compile(
    r"\W*(?:(?:ademas|asimismo|also|moreover),?\s+)?(?P<np>(?:el|la|este|esta|the|this)\s+"
    r"(?:decreto(?:\s+supremo)?|medida|norma|declaratoria|estado\s+de\s+emergencia|"
    r"decree|measure|state\s+of\s+emergency|emergency\s+decree))\b[^.;:]{0,60}?\s"
    r"(?:busca|buscara|pretende|servira\s+para|permitira|tiene\s+(?:como|por)\s+"
    r"(?:objetivo|finalidad)|seeks\s+to|aims\s+to|will\s+(?:also\s+)?(?:serve|allow|"
    r"enable)|is\s+(?:intended|meant|designed)\s+to)\b"
)


# "Kast, during an event in O'Higgins, toughened his stance: 'You have 102 days
# left…'", "Kast fue tajante: «…»": a quotation a colon opens, after a sentence
# head whose subject is a person, is that person's words
_COLON_QUOTE = re.compile(r":\s*[\"“«'‘]")
_COLON_LEAD = re.compile(r"(?:[\w’'-]+,?\s+){0,3}")


def _colon_quotes(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    new = []
    for si, sent in enumerate(doc.sentences):
        colon = _COLON_QUOTE.search(doc.text, sent.start, sent.end)
        if colon is None or any(
            sent.start <= c.evidence[0].start < sent.end for c in out + new
        ):
            continue
        head = [
            f
            for f in doc.in_sentence(si)
            if f.end <= colon.start() and doc.entries[f.entry_id].kind == "person"
        ]
        if not head or not _COLON_LEAD.fullmatch(doc.folded, sent.start, head[0].start):
            continue
        speaker = head[0]
        if _PREP_BEFORE.search(
            doc.folded, max(sent.start, speaker.start - 25), speaker.start
        ):
            continue
        lo = colon.end()
        close = re.search(r"[\"”»'’](?=\s*[.,;]?\s*$)", doc.text[lo : sent.end])
        hi = lo + close.start() if close else sent.end
        summary = _summary(doc, lo, hi)
        if summary is None or _verbless(summary, doc.article.language):
            continue
        _use(doc, speaker)
        new.append(
            _claim(
                doc,
                ids,
                speaker.entry_id,
                summary,
                topics,
                si,
                measures,
                doc.folded[sent.start : sent.end],
                lo,
                hi,
            )
        )
    return new


def _decree_claims(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    new = []
    for si, sent in enumerate(doc.sentences):
        m = (
            _UNDER_DECREE.match(doc.folded, sent.start)
            or _DECREE_SAYS.search(doc.folded, sent.start, sent.end)
            # "La medida busca reforzar…", "The state of emergency will also serve
            # to address crime": the aim its issuer gives it, told whole
            or _DECREE_AIMS.match(doc.folded, sent.start)
        )
        if m is None or any(
            sent.start <= c.evidence[0].start < sent.end for c in out + new
        ):
            continue
        # the government that decreed it: the last emergency before, or in, the
        # sentence, with a government among its doers
        issuer = next(
            (
                a
                for d in reversed(measures)
                if d.kind == "state_of_emergency" and d.evidence[0].start < sent.end
                for a in d.actors
                if doc.entries[a].kind == "government"
            ),
            None,
        )
        told = m.start("np") if m.re is _DECREE_AIMS else m.end()
        summary = _summary(doc, told, sent.end)
        if (
            issuer is None
            or summary is None
            or _verbless(summary, doc.article.language)
        ):
            continue
        new.append(
            _claim(
                doc,
                ids,
                issuer,
                summary,
                topics,
                si,
                measures,
                doc.folded[sent.start : sent.end],
                m.start(),
                sent.end,
            )
        )
    return new


# "Official estimates put their number at about 337,000", "las cifras oficiales
# sitúan en 337.000…": the state whose figures they are, counting
_ESTIMATES_PUT = re.compile(
    r"\b(?:official|government)\s+(?:estimates|figures|data|statistics)\s+"
    r"(?:put|puts|place|places|show|shows|indicate|suggest)\s+"
    r"|\b(?:las\s+)?(?:cifras|estimaciones|estadisticas)\s+oficiales\s+"
    r"(?:situan|cifran|estiman|indican|muestran)\s+"
)


# "Así lo informó el canciller Hugo de Zela", "Así lo confirmó la Cancillería":
# the sentence before is what they said
_SO_SAID = re.compile(r"\s*asi\s+lo\s+(?:(?:ha|han|habia)\s+)?(?P<verb>[a-z]+)\b")


# "prometió deportar", "amenazó con expulsar", "has pledged to expel": a promise
# or a threat put in words, just before the act it names
_PROMISED = (
    r"prometi[oa]|prometieron|promete|prometen|pledged?|pledges|promised?|promises|"
    r"vowed?|vows"
)
_PLEDGE = re.compile(
    r"\b(?:(?:ha|han|habia|has|have|had)\s+)?(?:" + _PROMISED + r"|prometido|"
    r"amenazo\s+con|amenaza\s+con|amenazado\s+con|threatened|threatens)\s+"
    r"(?:to\s+)?(?:\w+\s+)?$"
)
# where the promised act's clause ends: its next comma, colon or dash
_CLAUSE_END = re.compile(r"\s*(?:[,;:(]|\s[—–-]\s)")


def _pledges(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    """A person's promise or threat of an act ("Kast prometió deportar a 340.000
    inmigrantes", "who has pledged to expel hundreds of thousands") is told as
    their words too: a claim "<speaker> <verb> <act>", besides the proposed
    measure, where nothing else in the sentence is said by them."""
    new = []
    for m in measures:
        if m.status != "proposed" or len(m.actors) != 1:
            continue
        who = m.actors[0]
        entry = doc.entries.get(who)
        if entry is None or entry.kind != "person":
            continue
        at = m.evidence[0].start
        si = doc.sentence_at(at)
        sent = doc.sentences[si]
        cue = _PLEDGE.search(doc.folded, max(sent.start, at - 40), at) or (
            _PLEDGE_AT.match(doc.folded, at)
        )
        if cue is None or any(
            c.speaker == who and sent.start <= c.evidence[0].start < sent.end
            for c in out + new
        ):
            continue
        speaker = next(
            (
                f
                for f in reversed(doc.found)
                if f.entry_id == who and f.start < cue.start()
            ),
            None,
        )
        if speaker is None or doc.sentence_at(speaker.start) < si - 1:
            continue
        cut = _CLAUSE_END.search(doc.folded, m.evidence[0].end, sent.end)
        hi = cut.start() if cut else sent.end
        summary = _summary(doc, speaker.start, hi, speaker, cue)
        if summary is None:
            continue
        new.append(
            _claim(
                doc,
                ids,
                who,
                summary,
                topics,
                si,
                measures,
                doc.folded[cue.start() : hi],
                cue.start(),
                hi,
            )
        )
    return new


_PLEDGE_AT = re.compile(r"(?:" + _PROMISED + r")\b")


_OBJECT_GAP = re.compile(
    r"(?:califico|calificaron|describio|describieron|definio|considero|consideraron|"
    r"described|called|defined|considered|termed|labell?ed)\s+(?:como|as|de)\b"
)
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:que|which|that)\s+(?:el|la|the)?\s*$")
# words that end a noun phrase read backwards from its relative pronoun
_NP_STOP = frozenset(
    "tras ante por con sobre contra hacia desde para durante mediante segun entre "
    "sin y e o after before with by for from about against during and or".split()
)
_NP_OPENERS = frozenset(
    "un una el la los las este esta estos estas ese esa a an the this that".split()
)


def _with_antecedent(doc: Doc, summary: str, cue, rel: int) -> str | None:
    """ "Jerí calificó como X." with the noun phrase the relative clause hangs on
    put back after the verb: "Jerí calificó un incidente en la zona fronteriza
    como X."; None when no such phrase opens with a determiner."""
    sent = doc.sentences[doc.sentence_at(rel)]
    words = list(re.finditer(r"[\w’'-]+|[^\w\s]", doc.folded[sent.start : rel]))
    start = None
    for w in reversed(words[-9:]):
        if not w.group().isalnum() or w.group() in _NP_STOP:
            break
        if w.group() in _NP_OPENERS:
            start = sent.start + w.start()
    if start is None:
        return None
    phrase = doc.text[start:rel].strip()
    verb = doc.text[cue.start() : cue.end()]
    at = summary.find(f"{verb} ")
    if at == -1:
        return None
    at += len(verb) + 1
    return f"{summary[:at]}{phrase[:1].lower()}{phrase[1:]} {summary[at:]}"


def _so_said(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    lang = doc.article.language
    if lang != "es":
        return []
    new = []
    for si in range(1, len(doc.sentences)):
        sent, prev = doc.sentences[si], doc.sentences[si - 1]
        m = _SO_SAID.match(doc.folded, sent.start)
        if m is None:
            continue
        written = doc.text[m.start("verb") : m.end("verb")].lower()
        if lemma_of(written, lang) not in lex_().report_lemmas.get(lang, ()):
            continue
        if any(prev.start <= c.evidence[0].start < prev.end for c in out + new):
            continue  # the words before have their speaker already
        speaker = next((a for a in _agents(doc, si) if a.start >= m.end()), None)
        summary = _summary(doc, prev.start, prev.end)
        if speaker is None or summary is None:
            continue
        _use(doc, speaker)
        text = doc.folded[prev.start : prev.end]
        new.append(
            _claim(
                doc,
                ids,
                speaker.entry_id,
                summary,
                topics,
                si - 1,
                measures,
                text,
                prev.start,
                sent.end,
            )
        )
    return new


def _official_estimates(doc: Doc, out: list[Claim], ids, topics, measures) -> list:
    new = []
    for m in _ESTIMATES_PUT.finditer(doc.folded):
        si = doc.sentence_at(m.start())
        sent = doc.sentences[si]
        if any(sent.start <= c.evidence[0].start < sent.end for c in out):
            continue
        gov = governments().get(place_country(doc, si) or "")
        if gov not in doc.entries:
            continue
        summary = _summary(doc, sent.start, sent.end)
        if summary is None:
            continue
        _use(
            doc,
            Found(
                m.start(), m.end(), doc.text[m.start() : m.end()], gov, si, derived=True
            ),
        )
        text = doc.folded[sent.start : sent.end]
        new.append(
            _claim(
                doc, ids, gov, summary, topics, si, measures, text, sent.start, sent.end
            )
        )
    return new


# A sentence that is all quotation, or a clause and a colon before one: '"This
# isn't just a trench. It's a complete system."', 'But he also drew a line: "We
# are not in a position to receive more migrants."'
_WHOLE_QUOTE = re.compile(
    r"(?P<lead>[^\"“”«»:]{0,80}:\s*)?[\"“«](?P<q>[^\"“”«»]{12,}?)[\"”»]\s*\.?\s*$"
)
# "He proposed…", "During his visit to Lima, he put to Jerí…": a pronoun subject
# opening the sentence or its main clause
_PRONOUN_OPENS = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=,\s)|(?<=\n))\s*(?:he|she|el|ella)\b(?=\s+[a-z])"
)
_LEAD_PRONOUN = re.compile(r"\b(?:he|she|él|el|ella)\b", re.IGNORECASE)


def _quotation_paragraph(doc: Doc, si: int) -> bool:
    """The sentence opens its paragraph with a quotation mark, and the
    paragraph says nothing after the quotation closes."""
    sent = doc.sentences[si]
    if doc.text[sent.start : sent.start + 1] not in '"“«':
        return False
    last = max(
        (s for s in doc.sentences if s.paragraph == sent.paragraph), key=lambda s: s.end
    )
    return bool(re.search(r"[\"”»]\s*\.?\s*$", doc.text[sent.start : last.end]))


def _opens_paragraph_after(doc: Doc, si: int) -> str | None:
    """The one person named in a sentence that ends its paragraph with a colon
    before a paragraph of quotation ("El presidente José Jerí habló desde
    Tacna:")."""
    sent, before = doc.sentences[si], doc.sentences[si - 1]
    if before.paragraph == sent.paragraph or not _quotation_paragraph(doc, si):
        return None
    if not doc.text[before.start : before.end].rstrip().endswith(":"):
        return None
    people = {
        f.entry_id
        for f in doc.found
        if before.start <= f.start < before.end
        and doc.entries[f.entry_id].kind == "person"
    }
    return next(iter(people)) if len(people) == 1 else None


def _quotes_going_on(doc: Doc, out: list[Claim], ids, topics, measures) -> list[Claim]:
    """A quotation standing alone right after a claim, in its paragraph, goes on
    with the same speaker; so does one after a colon whose clause has that
    speaker (or a pronoun for them) as its subject."""
    added: list[Claim] = []
    by_sentence: dict[int, str] = {}
    first_in: dict[int, str] = {}
    for c in out:
        si = doc.sentence_at(c.evidence[0].start)
        by_sentence[si] = c.speaker
        first_in.setdefault(si, c.speaker)
    for si, sent in enumerate(doc.sentences):
        if si in by_sentence or si == 0 or doc.is_question(si):
            continue
        before = doc.sentences[si - 1]
        opens = _opens_paragraph_after(doc, si)
        if si - 1 not in by_sentence and opens is not None:
            # 'Jerí habló desde Tacna:' then a paragraph that is all quotation:
            # the person who introduces it
            by_sentence[si - 1] = first_in[si - 1] = opens
        if si - 1 not in by_sentence or (
            # a quotation standing as a paragraph of its own after the claim
            # ends its paragraph goes on with the same speaker
            before.paragraph != sent.paragraph
            and not (opens is not None or _quotation_paragraph(doc, si))
        ):
            continue
        # a quotation of several sentences: '"This isn't just a trench. It's…"'
        end, j = sent.end, si
        while (
            doc.text[sent.start : sent.start + 1] in '"“«'
            and not re.search(r"[\"”»]", doc.text[sent.start + 1 : end])
            and j + 1 < len(doc.sentences)
            and doc.sentences[j + 1].paragraph == sent.paragraph
        ):
            j += 1
            end = doc.sentences[j].end
        m = _WHOLE_QUOTE.fullmatch(doc.text, sent.start, end)
        if m is None or (m.start() != sent.start and m.group("lead") is None):
            continue
        speaker = by_sentence[si - 1]
        lead = m.group("lead")
        if lead is not None:
            named = [
                f
                for f in doc.found
                if sent.start <= f.start < m.start("q")
                and doc.entries[f.entry_id].table == "actors"
            ]
            if named and any(f.entry_id != speaker for f in named):
                continue
            if not named and not _LEAD_PRONOUN.search(lead):
                continue
            if not named:
                # "De Zela said P, and that Chile's minister had assured him Q. But
                # he also drew a line: …": the pronoun is the sentence's subject
                speaker = first_in[si - 1]
        lo, hi = m.start("q"), m.end("q")
        summary = _summary(doc, lo, hi)
        if summary is None or _verbless(summary, doc.article.language):
            continue
        text = doc.folded[sent.start : sent.end]
        added.append(
            _claim(doc, ids, speaker, summary, topics, si, measures, text, lo, hi)
        )
        by_sentence[si] = speaker
    return added


# "X, who takes office in March, and Y have said": the first of two subjects
_CO_SUBJECT = re.compile(r"(?:\s*,[^,;:]{1,80},)?\s+(?:and|y|e)\s+$")
_BOTH_BEFORE = re.compile(r"\b(?:tanto|both)\s+$")
_BOTH_AS = re.compile(r"\s+(?:como|and)\s+(?:(?:el|la|the)\s+(?:[a-z]+\s+){0,2})?")
_PLURAL_ES = re.compile(r"(?:ron|an|en|aron|ieron)$")


_THE_TWO = re.compile(
    r"\b(?:the two|both|los dos|ambos)(?:\s+(?:leaders|men|presidents|mandatarios|"
    r"presidentes|lideres))?\s+(?:(?:also|have|had|tambien|han|habian)\s+)*$"
)


def _pair_summary(doc: Doc, summary: str, speaker: Found, partner: Found) -> str:
    """ "Kast coincidieron en P" told of two: "Kast y Jerí coincidieron en P"."""
    first, second = sorted((speaker, partner), key=lambda f: f.start)
    names = [short_name(doc.entries[f.entry_id]) for f in (first, second)]
    for name in names:
        if summary.startswith(name + " ") and not summary.startswith(
            f"{names[0]} {_AND[doc.article.language]} "
        ):
            joined = f" {_AND[doc.article.language]} ".join(names)
            return joined + summary[len(name) :]
    return summary


_AND = {"es": "y", "en": "and"}


def _pair_partner(doc: Doc, si: int, speaker: Found, cue: re.Match) -> Found | None:
    """ "When Kast visited Lima, the two said they would revive the cabinet": the
    other of the two people named last, when "the two" speak."""
    sent = doc.sentences[si]
    if not _THE_TWO.search(doc.folded, max(sent.start, cue.start() - 30), cue.start()):
        return None
    lo = doc.sentences[max(0, si - 2)].start
    people: list[Found] = []
    for f in reversed(doc.found):
        if f.start >= cue.start() or f.start < lo:
            continue
        if doc.entries[f.entry_id].kind == "person" and all(
            p.entry_id != f.entry_id for p in people
        ):
            people.append(f)
        if len(people) == 2:
            break
    if len(people) < 2 or speaker.entry_id not in {p.entry_id for p in people}:
        return None
    return next(p for p in people if p.entry_id != speaker.entry_id)


def _co_speaker(doc: Doc, si: int, speaker: Found, cue: re.Match) -> Found | None:
    """The other of two subjects coordinated at the start of the sentence, before
    a verb of saying in the plural."""
    sent = doc.sentences[si]
    if speaker.derived or not (sent.start <= speaker.start < cue.start()):
        return None
    if doc.article.language == "es" and not _PLURAL_ES.search(cue.group(0)):
        return None
    both = _BOTH_AS.match(doc.folded, speaker.end)
    if both and _BOTH_BEFORE.search(doc.folded, sent.start, speaker.start):
        # "Tanto Kast como Jerí coincidieron en…": the second of the pair
        return next(
            (
                f
                for f in doc.found
                if f.start == both.end()
                and doc.entries[f.entry_id].kind in ("person", "government")
            ),
            None,
        )
    if speaker.start == sent.start:
        return None
    first = next(
        (
            f
            for f in doc.found
            if sent.start <= f.start < speaker.start
            and doc.entries[f.entry_id].table == "actors"
            and doc.entries[f.entry_id].kind in ("person", "government", "institution")
        ),
        None,
    )
    if (
        first is None
        or first.entry_id == speaker.entry_id
        # "Former presidents Evo Morales and…", "On Thursday, former presidents…":
        # a title or a time before the pair, no clause of its own
        or not re.fullmatch(
            r"[^.;:\"“«]{0,40}?",
            doc.text[sent.start : first.start].strip(" *_\n"),
        )
        or not _CO_SUBJECT.fullmatch(doc.folded, first.end, speaker.start)
        or not re.fullmatch(
            # "Two former presidents, Eduardo Rodríguez Veltzé and Evo Morales,
            # argued": the pair in apposition, its comma closed
            r",?\s+(?:(?:have|han|also|tambien)\s+)*",
            doc.folded[speaker.end : cue.start()] or " ",
        )
    ):
        return None
    return first


# "Rojas: As a deal with Peru, yes…": an interview's answer, its speaker named
# before a colon at the start of the paragraph
_ANSWER = re.compile(
    # "Rojas: …", "**Daniela Rojas:** …": markdown emphasis around the name too
    r"[*_]{0,2}(?P<who>[A-ZÁÉÍÓÚÑ][\w'’.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]+){0,2})"
    r"[*_]{0,2}:[*_]{0,2}\s+"
)


# A line of dialogue: "—¿Qué cambió?", "—Hay más patrullas…"
_DASH = re.compile(
    r"\s*[*_]{0,2}(?:[—–]|(?:Q|A|P|R|Pregunta|Respuesta|Question|Answer)\s*[:.])"
    r"[*_]{0,2}\s*"
)
# Who the intro says is interviewed: "conversamos con Carmen Ticona", "we spoke to",
# "we asked Marcela Rojas"
_INTERVIEWED = re.compile(
    r"\b(?:convers\w*|habl\w+|entrevist\w+|dialog\w+|spoke|talked|asked|"
    r"preguntamos|consultamos|interviewed|sat down)\s+(?:con|a|with|to)?\s*$"
)
_INTERVIEW_TITLE = re.compile(r"\b(?:interview|entrevista|q\s*&\s*a)\b")


def _dialogue_answers(doc: Doc) -> dict[int, Found]:
    """Paragraphs that answer a question in an interview, by their start, with the
    person the introduction says is interviewed. The interview is written as
    dialogue (a dash or "P:" opens each line; a question ends its line), or as
    questions standing alone as paragraphs, each answered by the paragraphs
    after it."""
    paras = doc.article.paragraphs
    dashed = [p for p in paras if _DASH.match(doc.text, p.start, p.end)]
    asked = [
        p
        for p in dashed
        if doc.text[p.start : p.end].rstrip(" \n*_").endswith("?")
        or re.match(
            r"\s*[*_]{0,2}(?:Q|P|Pregunta|Question)\s*[:.]", doc.text[p.start : p.end]
        )
    ]
    answers = dashed
    # "How many people does Chile expel today?" alone, then its answer
    plain = len(asked) < 2
    if plain:
        asked = [p for p in paras if _only_questions(doc, p)]
        answers = [p for p in paras if p.start > asked[0].start] if asked else []
    if len(asked) < 2:
        return {}
    intro_end = asked[0].start if plain else dashed[0].start
    people = [
        f
        for f in doc.found
        if f.end <= intro_end and doc.entries[f.entry_id].kind == "person"
    ]
    named = [
        f
        for f in people
        if _INTERVIEWED.search(doc.folded, max(0, f.start - 30), f.start)
    ]
    if plain and not (named or _INTERVIEW_TITLE.search(fold(doc.article.title))):
        return {}  # questions a column asks itself
    # the one the headline or the introduction says is asked: a Q&A that
    # explains the news ("What happened in Lima?") answers in its own voice
    speaker = _headline_speaker(doc, people) or (named[0] if named else None)
    if speaker is None:
        return {}
    out = {}
    last = None
    for para in paras:
        if para in asked:
            last = para
        elif last is not None and para in answers:
            out[para.start] = speaker
            if not plain:
                last = None  # one dashed line answers
    return out


def _headline_speaker(doc: Doc, people: list[Found]) -> Found | None:
    """The one an interview's headline names before a colon: "Hugo de Zela: «La
    visita de Kast será de un solo día»"."""
    m = re.match(r"\s*(?P<who>[^:“\"«]{3,60}):", doc.article.title)
    if not m:
        return None
    who = fold(m["who"]).strip()
    return next(
        (
            f
            for f in people
            if who
            in (
                fold(doc.entries[f.entry_id].name),
                fold(short_name(doc.entries[f.entry_id])),
            )
        ),
        None,
    )


def _only_questions(doc: Doc, para) -> bool:
    """A paragraph that asks and says nothing else."""
    inside = [
        si for si, s in enumerate(doc.sentences) if para.start <= s.start < para.end
    ]
    return bool(inside) and all(doc.is_question(si) for si in inside)


_QUOTED_OTHER = re.compile(
    r"[,]?[\"”»],?\s+(?:as|como)\s[^.;]{0,60}\b(?:told|said|wrote|dijo|conto|me dijo)\b"
)


def _answers(doc: Doc) -> list[tuple]:
    """The paragraphs of an interview that answer, each with the match of its
    opening ("Torres: ", "—") and the person answering; read once per article
    (claims and measures both ask)."""
    if "_answers" in doc.__dict__:
        return doc.__dict__["_answers"]
    out = []
    dialogue = _dialogue_answers(doc)
    for para in doc.article.paragraphs:
        m = _ANSWER.match(doc.text, para.start)
        if para.start in dialogue:
            speaker = dialogue[para.start]
            m = _DASH.match(doc.text, para.start)
        elif not m:
            continue
        else:
            who = fold(m["who"])
            speaker = next(
                (
                    f
                    for f in doc.found
                    if doc.entries[f.entry_id].kind == "person"
                    and (
                        fold(short_name(doc.entries[f.entry_id])) == who
                        or fold(doc.entries[f.entry_id].name) == who
                    )
                ),
                None,
            )
        if speaker is not None:
            out.append((para, m, speaker))
    doc.__dict__["_answers"] = out
    return out


def answerer(doc: Doc, pos: int) -> Found | None:
    """The person whose interview answer holds a position, if any."""
    return next(
        (who for para, _, who in _answers(doc) if para.start <= pos < para.end), None
    )


def _interview_answers(
    doc: Doc, out: list[Claim], ids, topics, measures
) -> list[Claim]:
    """Each sentence of an interview's answer that no verb of saying reports is a
    claim of the one answering."""
    found = []
    for para, m, speaker in _answers(doc):
        inside = [
            si
            for si, sent in enumerate(doc.sentences)
            if para.start <= sent.start < para.end and not doc.is_question(si)
        ]
        for si in inside:
            sent = doc.sentences[si]
            if any(sent.start <= c.evidence[0].start < sent.end for c in out + found):
                continue  # a verb of saying in it reports its own claim
            lo = sent.start
            if m and sent.start <= m.start():
                lo = max(sent.start, m.end())
            # the sentence as said, whole: "That is the realistic framework."
            summary = re.sub(r"\s+", " ", doc.text[lo : sent.end]).strip()
            if _QUOTED_OTHER.search(summary):
                # '"P," as one Red Cross volunteer told me': another's words
                continue
            if len(summary) < MIN_PROPOSITION or _verbless(
                summary, doc.article.language
            ):
                continue
            summary = _as_sentence(summary)
            text = doc.folded[sent.start : sent.end]
            found.append(
                _claim(
                    doc,
                    ids,
                    speaker.entry_id,
                    summary,
                    topics,
                    si,
                    measures,
                    text,
                    lo,
                    sent.end,
                )
            )
    return found


_WORD = re.compile(r"[a-z]{4,}")
# Where a reported proposition opens after a verb of saying: "que", "that" or a
# colon, perhaps after an aside ("aseguró, sin embargo, que"), a listener ("contó
# a esta emisora que") or a short object ("resumió su postura en una frase:").
_LEMMA_OPEN = re.compile(
    r"(?:\s*,[^,.;:\"“«]{1,30},)?"
    + _ADVERB_BEFORE_THAT
    + _DAY_THEN_LISTENER
    + r"(?:\s+"
    + _LISTENER_WORDS
    + r"\s+"
    + _LISTENER_SPAN
    + r"{0,40}?)?"
    # "se quejó de que", "advierten de que"
    r"\s*(?:de\s+)?(?:que|that)\b"
    r"|" + _LISTENER_SPAN + r"{0,40}:\s*[\"“«]"
)
# '"P", declaró el canciller', '"P", había escrito el mandatario'
_QUOTE_BEFORE = re.compile(
    r"[\"”»]\s*,\s*(?:(?:ha|han|había|habían|has|have|had)\s+)?$"
)
_QUOTE_THEN_SUBJECT = re.compile(
    r"[,!?][\"”]\s+(?:(?:[A-ZÁÉÍÓÚÑ][\w'’.-]+|he|she|they)\s+){1,4}$"
)
# Participles of verbs of saying that do not end in -ado or -ido
_IRREGULAR_PARTICIPLES = {
    "escrito": "escribir",
    "descrito": "describir",
    "dicho": "decir",
    "propuesto": "proponer",
    "expuesto": "exponer",
}
_FINITE_ES = re.compile(r"(?:ar|er|ir|ando|iendo|arse|erse|irse)$")
_DETERMINER = re.compile(r"\b(?:el|la|los|las|un|una|su|sus|the|a|an|its|his|her)\s+$")


def _lemma_cues(doc: Doc, lo: int, hi: int, taken) -> list[re.Match]:
    """Finite verbs of saying, by lemma, that open a proposition and that the
    inflected lexicon did not already find."""
    lang = doc.article.language
    out = []
    for m in _report_heads(lang).finditer(doc.folded, lo, hi):
        word = m.group(0)
        limited = lang == "es" and _LIMITED_TO.search(
            doc.folded, max(lo, m.start() - 25), m.start()
        )
        if limited and lemma_of(word, lang) in lex_().report_lemmas.get(lang, ()):
            pass  # "se limitó a señalar que": the infinitive says it

        elif not _is_report_form(word, doc.text[m.start() : m.end()].lower(), lang):
            # "Traders fear that", "they believe that": a bare present after a
            # plural subject is finite too
            if not (
                lang == "en"
                and lemma_of(word, lang) == word
                and lemma_of(word, lang) in lex_().report_lemmas.get(lang, ())
                and (
                    _PLURAL_SUBJECT.search(
                        doc.folded, max(lo, m.start() - 25), m.start()
                    )
                    or _group_before(doc, m.start())
                )
                and _LEMMA_OPEN.match(doc.folded, m.end())
            ):
                continue
        if any(c.start() <= m.start() < c.end() for c, _ in taken):
            continue
        # '"P", declaró el canciller': a verb of saying right after a quotation
        quoted = _QUOTE_BEFORE.search(doc.text, max(lo, m.start() - 12), m.start()) or (
            # '"Being neighbours, …," Kast replied.': its subject between
            lang == "en"
            and _QUOTE_THEN_SUBJECT.search(doc.text, max(lo, m.start() - 60), m.start())
        )
        # "P, confirmó este jueves el ministro, X,": its subject after it
        inverted = re.search(
            r",\s*$", doc.text[max(lo, m.start() - 3) : m.start()]
        ) and _INVERTED.match(doc.folded, m.end())
        stance = (
            lemma_of(doc.text[m.start() : m.end()].lower(), lang) in _STANCE
            and _STANCE_OBJECT.match(doc.folded, m.end())
            # "celebró la medida de Perú", not "celebró su victoria": a decision
            # applauded is a view of it
            and (
                lemma_of(doc.text[m.start() : m.end()].lower(), lang) not in _APPLAUDING
                or _APPLAUDED.match(doc.folded, m.end())
            )
            # "planteó la necesidad de reforzar los controles": a need stated
            or _NEED_OBJECT.match(doc.folded, m.end())
        )
        opened = _LEMMA_OPEN.match(doc.folded, m.end()) or (
            # "reminded reporters that P": the one told, then what
            lang == "en"
            and lemma_of(word, lang) in _TELLS
            and _TOLD.match(doc.folded, m.end())
        )
        if opened and _NOT_A_LISTENER.match(doc.folded, m.end(), opened.end()):
            # "respondió a la llegada de decenas de migrantes que intentaban…":
            # the "que" of a relative clause, after an object, not a listener
            opened = None
        # "dijo respetar la soberanía", "dicen sentirse más seguros": what is
        # said, as an infinitive of the speaker's own
        infinitive = lang == "es" and _SAID_INFINITIVE.match(doc.folded, m.end())
        if not (quoted or inverted or stance or opened or infinitive):
            continue
        if (
            not limited
            and _DETERMINER.search(doc.folded, max(lo, m.start() - 6), m.start())
            and not (
                # "la comparó": a clitic before a preterite, not an article
                lang == "es"
                and doc.text[m.end() - 1] == "ó"
                and re.search(
                    r"\b(?:la|las|los|lo)\s+$",
                    doc.folded[max(lo, m.start() - 5) : m.start()],
                )
            )
        ):
            continue  # a noun: "la cuenta que", "the report that"
        out.append(re.compile(re.escape(word)).match(doc.folded, m.start()))
    return out


_NOUN_FORM = re.compile(
    r"\b(?:[Ee]l|[Uu]n|[Ss]u|[Dd]el|[Aa]l|[Ee]ste|[Ee]se)\s+[a-zñ]+o\Z"
)
_OFFICIAL_FIGURES = re.compile(
    r"\s+(?P<who>(?:las\s+|los\s+)?(?:cifras|datos|estadisticas|registros|"
    r"estimaciones|calculos)\s+oficiales|(?:the\s+)?official\s+(?:figures|data|"
    r"statistics|estimates|counts?))\b"
)
_CIRCUMSTANCE = re.compile(
    r"\s+(?:tras|despues de|luego de|durante|en|al termino de|after|following|"
    r"during|at|in|on)\s+(?:la|el|los|las|una|un|the|a|an|its|his|her|their|su|sus)\s+"
    r"[^;:.]{0,100}[.;]?\s*"
    # "…, dijo Jerí, días después de que las fuerzas estadounidenses derrocaran
    # al líder venezolano": when, told of another act
    r"|,?\s+(?:(?:pocas|unas|varias|algunas|just|a\s+few|several|two|three|dos|tres)\s+)?"
    r"(?:horas|dias|semanas|hours|days|weeks)\s+(?:despues|antes|after|before)\b"
    r"[^;:.]{0,110}[.;]?\s*"
)
_THEN_ACTS = re.compile(
    r"\s*,\s*(?:before|after|while|when|then|antes de|despues de|tras|luego de)\s+"
    r"[a-z]+(?:ing|ar|er|ir)\b"
)
_GERUND_AFTER_COMMA = re.compile(r",\s*(?:and\s+|y\s+|while\s+|mientras\s+)?$")
_LIMITED_TO = re.compile(r"\bse\s+limit\w+\s+a\s+$")
_SPOKEN_INSIDE = re.compile(r"\s*en\s+(?:el|la|los|las)\s+[^,;:]{2,60}$")
_SAID_INFINITIVE = re.compile(
    r"\s+(?:no\s+)?(?:sentir|estar|ser|tener|respetar|querer|conocer|haber|saber|"
    r"creer|esperar|desconocer)(?:se|le|les|lo|la)?\b"
)
# A listener holds no chain of complements: "contó a esta emisora que" is told,
# "respondió a la llegada de decenas de migrantes que" is not
_NOT_A_LISTENER = re.compile(
    r"\s+(?:a|al|to|en|ante|in|on|before)\s+[^,.;:]*\b(?:de|del|of)\b[^,.;:]*"
    r"\b(?:de|del|of)\b"
)


# Verbs of taking a stance whose object is what the speaker judged: "respaldó la
# medida", "la comparó con el Muro de Berlín", "welcomed the decision"; the act of
# speech is the claim. Not "apoyar" or "back": the armed forces support the police.
_STANCE = frozenset(
    "respaldar reclamar lamentar comparar quejar atribuir welcome complain "
    "blame acusar accuse reprochar valorar saludar elogiar praise "
    "criticar cuestionar aplaudir celebrar".split()
)
_APPLAUDING = frozenset({"aplaudir", "celebrar"})
_APPLAUDED = re.compile(
    r"\s+(?:el|la|los|las|su|sus)\s+(?:[a-z]+\s+){0,2}?(?:medidas?|decision|anuncio|"
    r"acuerdos?|respuesta|declaratoria|iniciativa|propuesta|gesto|despliegue|decreto|"
    r"labor|trabajo|postura|posicion|llamado|invitacion)\b"
)
_NEED_OBJECT = re.compile(
    r"\s+(?:(?:tambien|ademas|also)\s+)?(?:la|una|the|a)\s+(?:urgente\s+|urgent\s+)?"
    r"(?:necesidad|importancia|urgencia|conveniencia|need|importance|urgency)\s+"
    r"(?:de|of|to|for)\b"
)
_STANCE_OBJECT = re.compile(
    r"\s+(?:(?:hoy|ayer|este \w+|por su parte|tambien|also|on \w+|today|"
    r"yesterday)\s+)?(?:(?:de|about|of|sobre)\s+)?(?:el|la|los|las|un|una|su|sus|"
    r"con|the|a|an|his|her|its|their|lima|chile|peru|kast|al)\b"
)


_PLURAL_SUBJECT = re.compile(
    r"\b(?:they|we|(?!this\b|thus\b|has\b|was\b|is\b|its\b|his\b)[a-z]{3,}s)\s+(?:also\s+|still\s+)?$"
)


# Forms of verbs of saying whose first three letters are not their lemma's
_IRREGULAR_REPORT_HEADS = (
    "dij",
    "dic",
    "dir",
    "pid",
    "tol",
    "sai",
    "wro",
    "spo",
    "sou",
)


@functools.cache
def _report_heads(language: str) -> re.Pattern:
    """Words that may be a verb of saying, by their first three letters."""
    return head_pattern(
        [*lex_().report_lemmas.get(language, ()), *_IRREGULAR_PARTICIPLES],
        _IRREGULAR_REPORT_HEADS,
    )


def _group_before(doc: Doc, pos: int) -> bool:
    """ "Officials in Lima privately concede": a group the report quotes ends
    right before the verb, perhaps with an adverb between."""
    speaking = doc.__dict__.get("speaking", ())
    return any(
        f.entry_id in speaking
        and f.end <= pos
        and re.fullmatch(r"\s+(?:[a-z]+ly\s+)?", doc.folded[f.end : pos])
        for f in doc.found
    )


@functools.cache
def _is_report_form(word: str, written: str, lang: str) -> bool:
    """A finite form of a verb of saying: "contó", "cautioned"; not "contar",
    "say" or "saying"."""
    lemmas = lex_().report_lemmas.get(lang, frozenset())
    lemma = lemma_of(written, lang)
    if lemma not in lemmas and lang == "es":
        lemma = _IRREGULAR_PARTICIPLES.get(word, lemma)
    if lemma not in lemmas and lang == "es" and word.endswith(("ado", "ido")):
        # a participle the lemmatiser keeps as an adjective ("adelantado")
        stem = word[:-3]
        lemma = next(
            (stem + t for t in ("ar", "er", "ir") if stem + t in lemmas), lemma
        )
    if lemma not in lemmas and lang == "es" and lemma == word:
        # a present the lemmatiser reads as a noun ("la Cámara estima que")
        lemma = next(
            (
                word[: -len(end)] + inf
                for end, inf in (("an", "ar"), ("a", "ar"), ("en", "er"), ("e", "er"))
                if word.endswith(end) and word[: -len(end)] + inf in lemmas
            ),
            lemma,
        )
    if lemma not in lemmas or (lang == "es" and _FINITE_ES.search(word)):
        return False
    # a bare form is no report ("while insisting that" is)
    return not (lang == "en" and lemma == word)


def _claim(doc, ids, sid, summary, topics, si, measures, text, lo, hi) -> Claim:
    sent = doc.sentences[si]
    return Claim(
        claim_id=ids(f"claim_{sid}"),
        speaker=sid,
        summary=summary,
        topics=topics[si],
        about=list(
            dict.fromkeys(
                f.entry_id
                for f in doc.in_sentence(si)
                if f.entry_id != sid
                and doc.entries[f.entry_id].kind in ("person", "government")
            )
        ),
        measures=[
            m.measure_id
            for m in measures
            if any(sent.start <= ev.start < sent.end for ev in m.evidence)
        ],
        # "the humanitarian corridor" names a measure, not a humanitarian limit
        constraints=[
            c
            for c, rx in lex_().constraints.items()
            if rx.search(_CORRIDOR.sub("", text))
        ],
        evidence=[doc.evidence(*_trim(doc, lo, hi))],
        reviewed=False,
    )


_CORRIDOR = re.compile(
    r"\bcorredor(?:es)?\s+humanitari\w*|\bhumanitarian\s+corridors?\b"
)


def _use(doc: Doc, f: Found) -> None:
    use(doc, f)


# Groups a report quotes, unnamed: they speak, though they act for no one
SPEAKING_GROUPS = frozenset(
    {
        "press_reports",
        "analysts",
        "aid_workers",
        "diplomatic_sources",
        "police_sources",
        "local_sources",
        "official_sources",
        "local_media",
        "chilean_media",
        "peruvian_media",
        "international_media",
        "business_groups",
        "transport_operators",
        "residents",
        "candidates",
        "migrant_organisations",
        "human_rights_groups",
        "lawmakers",
    }
)


def _antecedent(doc: Doc, si: int, cue_at: int) -> Found | None:
    """ "el portazo del gobierno de Perú, que rechazó la propuesta": a verb in a
    relative clause is said by the actor the clause hangs on, not by the subject
    of the sentence."""
    lo = max(0, cue_at - 14)
    rel = re.search(r"[\"”»]?\s*,\s*(?:que|quien|who|which)\s+$", doc.text[lo:cue_at])
    if rel is None:
        return None
    at = lo + rel.start()
    return next(
        (
            f
            for f in reversed(doc.in_sentence(si))
            if f.end <= at
            and not doc.text[f.end : at].strip()
            and doc.entries[f.entry_id].table == "actors"
        ),
        None,
    )


# a dash or bracket aside that ends just before a verb of saying
_ASIDE_BEFORE = re.compile(r"(?:—[^—\n]{2,160}—|\([^()\n]{2,160}\))\s*$")
# "José Antonio Kast, favorito para ganar … frente a la izquierdista Jeannette
# Jara, garantiza que": a comma aside opening in lower case, before the verb
_COMMA_ASIDE = re.compile(r",\s+[a-záéíóúñ][^,;:\n]{1,160},\s*$")


def _before_aside(doc: Doc, si: int, speaker: Found, cue_at: int) -> Found:
    """ "President Jeri—who took power after Dina Boluarte's impeachment—said P":
    one named inside an aside just before the verb is not its subject; the one
    named right before the aside is."""
    sent = doc.sentences[si]
    kinds = ("person", "government", "institution")
    aside = _ASIDE_BEFORE.search(doc.text, sent.start, cue_at)
    if aside is None:
        # a comma aside only after a person: "el jefe de la PDI, prefecto
        # Ernesto León, afirmó" names in its aside the one who speaks
        aside, kinds = _COMMA_ASIDE.search(doc.text, sent.start, cue_at), ("person",)
    if aside is None or not aside.start() <= speaker.start < aside.end():
        return speaker
    subject = next(
        (
            f
            for f in reversed(doc.in_sentence(si))
            if f.end <= aside.start()
            and aside.start() - f.end <= 2
            and doc.entries[f.entry_id].kind in kinds
        ),
        None,
    )
    return subject or speaker


# a verb in the conditional right after a name: "Kast, tendría previsto", "habría"
_HEARSAY = re.compile(r"[\s,]+(?:[a-z]+\s+){0,2}?(?:tendr|habr|estar|ser|podr)ian?\b")


def _relayed(doc: Doc, si: int, speaker: Found, prop: tuple[int, int]) -> Found:
    """ "Según reportó Radio Bío Bío, el líder peruano planteó P": an outlet that
    relays what a person put forward is not its speaker; the person is."""
    if not doc.entries[speaker.entry_id].outlet:
        return speaker
    opening = next(
        (f for f in doc.in_sentence(si) if prop[0] <= f.start <= prop[0] + 25), None
    )
    if opening is not None:
        # "según reportes de Latina Noticias, Kast tendría previsto P": what the
        # outlet has heard of a person, in the conditional of hearsay, stays its
        hearsay = _HEARSAY.match(doc.folded, opening.end, prop[1])
        return (
            opening
            if doc.entries[opening.entry_id].kind == "person" and not hearsay
            else speaker
        )
    # "el líder peruano planteó": the person the title stands for
    words = doc.folded[prop[0] : prop[1]]
    lo = prop[0] + len(words) - len(words.lstrip(' ,"“'))
    title = _TITLE.match(doc.folded, lo, prop[1])
    if title is None:
        return speaker
    # the verb: the first word after the title that names no country ("el líder
    # peruano planteó")
    verb = next(
        (
            w
            for w in _WORD.finditer(doc.folded, title.end(), prop[1])
            if country_in(w.group(0)) is None
        ),
        None,
    )
    return (verb and _titled(doc, verb)) or speaker


def _outlet_after(doc: Doc, si: int, pos: int) -> bool:
    """The first actor named within a few words after `pos` is a news outlet,
    and the next one after its comma a person ("Según RPP, el canciller Hugo de
    Zela dijo que…"; not "Según Canal N, los migrantes reclamaban…")."""
    after = [f for f in doc.in_sentence(si) if f.start >= pos]
    if (
        not after
        or after[0].start - pos > 30
        or not doc.entries[after[0].entry_id].outlet
    ):
        return False
    comma = doc.text.find(",", after[0].end, doc.sentences[si].end)
    nxt = next((f for f in after[1:] if comma != -1 and f.start > comma), None)
    return nxt is not None and doc.entries[nxt.entry_id].kind == "person"


def _agents(doc: Doc, si: int) -> list[Found]:
    seen = {}
    for f in doc.in_sentence(si):
        if f.derived and len(f.surface.split()) > 5:
            # "al señalar que las leyes peruanas se aplicarán de manera estricta":
            # the words of a measure its government does, no one who speaks
            continue
        speaks = (
            f.entry_id in SPEAKING_GROUPS
            or f.entry_id in doc.__dict__.get("teams", ())
            or f.entry_id in doc.__dict__.get("speaking", ())
            or doc.entries[f.entry_id].outlet  # it reports, so it speaks
        )
        a = agent_of(doc, f) or (f if speaks else None)
        if a:
            seen.setdefault((a.start, a.end), a)
    return list(seen.values())


def _reading(doc, si, cue, is_source, prev, nxt, last_speaker, spoke_here=False):
    """(speaker, (start, end) of the proposition) for one reporting cue;
    `spoke_here`: the last speaker spoke in this sentence, perhaps named by a
    title that stands for a person named before ("El mandatario ha negado…")."""
    sent = doc.sentences[si]
    agents = _agents(doc, si)
    if not is_source and _DASH_INSERT_BEFORE.search(
        doc.text, max(sent.start, cue.start() - 3), cue.start()
    ):
        found = _DASH_CLOSE.search(doc.text, cue.end(), min(sent.end, cue.end() + 60))
        close = found.start() if found else -1
        if close != -1:
            # «La frontera —explicó De Zela— seguirá abierta»: the speaker inside
            # the dashes, the quotation around them
            inside = [a for a in agents if cue.end() <= a.start and a.end <= close]
            who = (
                inside[0]
                if inside
                else _titled(doc, cue) or _referent(doc, cue, last_speaker)
            )
            if who is not None:
                return who, (prev, nxt)
    opener = _PRONOUN_OPENS.search(doc.folded, sent.start, cue.start())
    if opener and any(
        sent.start <= f.start < opener.start()
        and doc.entries[f.entry_id].kind == "person"
        for f in doc.found
    ):
        opener = None  # "Kast said P; he…": the name is the subject
    if (
        not is_source
        and opener
        and cue.group(0).endswith(("ing", "ando", "iendo"))
        and _GERUND_AFTER_COMMA.search(doc.folded, prev, cue.start())
    ):
        # "He proposed a cabinet once Kast is in office, arguing that P": the
        # one "he" stands for, not the last person named before the gerund
        who = _referent(doc, opener, last_speaker)
        if who is not None and doc.entries[who.entry_id].kind == "person":
            return who, (cue.end(), nxt)
    if (
        not is_source
        and not opener
        and cue.group(0).endswith(("ing", "ando", "iendo"))
        and _GERUND_AFTER_COMMA.search(doc.folded, prev, cue.start())
        # "…, denying that P"; not "…, adding another name to a long list"
        and _PROPOSITION.match(doc.text, cue.end())
    ):
        # "Peru sent a diplomatic note to Chile on Friday, denying that P": the
        # subject that opens the sentence, not the one the note was sent to
        lead = _DATELINE_OPENING.match(doc.text, sent.start)
        head = lead.end() if lead else sent.start
        opening = [
            a
            for a in agents
            if head <= a.start <= head + 4
            and doc.entries[a.entry_id].kind in ("person", "government", "institution")
        ]
        if opening and _OWNS_TITLE.match(doc.folded, opening[0].end):
            # "Peru’s foreign minister Hugo de Zela dismissed…, noting that P":
            # the country owns the title; the one it names speaks
            opening = [
                a
                for a in agents
                if opening[0].end < a.start < cue.start()
                and doc.entries[a.entry_id].kind == "person"
            ][:1]
        if opening:
            return opening[0], (cue.end(), nxt)
    if (
        is_source
        and last_speaker is not None
        and last_speaker.sentence == si
        # the verb of saying just before, then its "que" and a comma
        and re.fullmatch(r"\s*(?:que|that)\s*,\s*", doc.folded[prev : cue.start()])
    ):
        # "explicó que, de acuerdo con el decreto de emergencia, P": an aside on
        # what P rests on; P is the one speaking already, past the aside
        comma = doc.text.find(",", cue.end(), nxt)
        if comma != -1 and not any(
            cue.end() <= a.start < comma
            and doc.entries[a.entry_id].kind in ("person", "institution", "government")
            for a in agents
        ):
            return last_speaker, (comma + 1, nxt)
    if is_source:  # "según X, P" or "P, according to X"
        official = _OFFICIAL_FIGURES.match(doc.folded, cue.end())
        if official:
            # "según cifras oficiales", "according to official figures": the
            # state the sentence is about, counting
            gov = governments().get(place_country(doc, si) or "")
            if gov in doc.entries:
                speaker = _standing_for(doc, official, gov, si)
                comma = doc.text.find(",", official.end(), sent.end)
                if cue.start() - sent.start <= 3 and comma != -1:
                    return speaker, (comma + 1, sent.end)
                return speaker, (prev, cue.start())
        after = [a for a in agents if cue.end() <= a.start <= cue.end() + 50]
        joined = re.search(
            r",\s*(?:and|y|e|but|pero|while|mientras)\s|;",
            doc.folded[cue.end() : cue.end() + 50],
        )
        if joined:
            # "…, according to the R4V regional platform, and Foreign Minister
            # Hugo de Zela has said…": the next clause's subject is no source
            after = [a for a in after if a.start < cue.end() + joined.start()]
        title = _SOURCE_TITLE.match(doc.folded, cue.end())
        if title:
            # "Según el alto oficial, 1.087 de ellos fueron devueltos a territorio
            # chileno": who the title stands for; what follows the comma is said
            after = [
                a
                for a in after
                # "según el canciller peruano, Hugo de Zela, …": the name in
                # apposition is the title's
                if a.start < title.end() - 1
                or (
                    a.start - title.end() <= 2
                    and doc.entries[a.entry_id].kind == "person"
                )
            ]
        verb = re.match(r"\s+", doc.folded[cue.end() :])
        verb = verb and lex_().report_before.match(doc.folded, cue.end() + verb.end())
        titled_after = (
            verb
            and cue.start() - sent.start <= 3
            and _SOURCE_TITLE.match(doc.folded, verb.end())
        )
        if titled_after:
            # "Según explicó el oficial, más de 300 efectivos…": those after the
            # title's comma are in what was said
            after = [a for a in after if a.start < titled_after.end()]
        comma = doc.folded.find(",", cue.end(), cue.end() + 80)
        if (
            not title
            and not verb
            and comma != -1
            and cue.start() - sent.start <= 15
            and _REPORTS_OF.match(doc.folded, cue.end())
        ):
            # "Asimismo, según reportes de Latina Noticias, José Antonio Kast,
            # tendría…": a source opening the sentence ends at its comma; who
            # follows is in what was reported
            after = [a for a in after if a.start < comma]
        if verb and re.match(r"\s*,", doc.text[verb.end() : verb.end() + 3]):
            # "según afirmó, policías peruanos devuelven…": who follows the verb
            # and its comma is in what was said, not the one saying it (unlike
            # "según informó la Cancillería")
            after = []
        if (
            not after
            and verb
            and last_speaker is not None
            and last_speaker.sentence == si
        ):
            # "porque, según dijo, el país no tiene…": the one speaking already
            comma = doc.text.find(",", verb.end(), sent.end)
            if comma != -1 and comma - verb.end() <= 3:
                return last_speaker, (comma + 1, nxt)
        if not after and verb:
            # "difundió un video en el que, según afirmó, P": the sentence's subject;
            # "Según detalló, P" opening a sentence: the one speaking before
            subject = _subject_before(doc, agents, sent.start, cue.start())
            if subject is None and cue.start() - sent.start <= 3:
                # "El mandatario peruano planteó… Según explicó, P": the subject
                # of the sentence before, else the one referred to
                subject = _opening_subject(doc, si - 1) or _referent(
                    doc, cue, last_speaker
                )
            comma = doc.text.find(",", verb.end(), sent.end)
            if subject is not None and comma != -1 and comma - verb.end() <= 3:
                return subject, (comma + 1, nxt)
            if titled_after:
                # "Según explicó el oficial, P": the official named before
                who = (
                    _opening_subject(doc, si - 1)
                    or _referent(doc, cue, last_speaker)
                    or last_speaker
                )
                if who is not None and doc.entries[who.entry_id].kind == "person":
                    return who, (titled_after.end(), nxt)
        own = _OWN_CHANNEL.match(doc.folded, cue.end())
        if own and not after:
            # "La medida busca, según su mensaje en X, endurecer los controles":
            # what the person "su" stands for put out in their own words
            who = (
                last_speaker
                if last_speaker is not None and si - last_speaker.sentence <= 1
                else _referent(doc, cue, None)
            )
            comma = doc.text.find(",", own.end(), sent.end)
            if who is not None and doc.entries[who.entry_id].kind == "person":
                if cue.start() - sent.start <= 3 and comma != -1:
                    return who, (comma + 1, nxt)
                return who, (prev, nxt)
        if (
            _POSSESSIVE_SOURCE.search(cue.group(0))
            and (
                (not after and cue.start() - sent.start <= 3)
                # "…, y a su juicio el canciller debería…": his, whoever the
                # proposition names; "Paco no ocultó su admiración: a su juicio, P"
                or re.search(
                    r"[,:]\s*(?:y|e|and|pero|but)?\s*$",
                    doc.folded[max(sent.start, cue.start() - 8) : cue.start()],
                )
            )
        ):
            # "A su juicio, ese entendimiento debía…": the one who spoke before;
            # with no one speaking just before, the person "his" stands for
            # ("Kast visitó Lima. … in his words, has become…")
            who = (
                last_speaker
                if last_speaker is not None and si - last_speaker.sentence <= 2
                else _referent(doc, cue, None)
            )
            if doc.folded[sent.start : cue.start()].rstrip().endswith(":"):
                # "Paco no ocultó su admiración: a su juicio, P": the subject of
                # the words the colon closes
                who = _subject_before(doc, agents, sent.start, cue.start()) or who
            comma = doc.text.find(",", cue.end(), sent.end)
            if who is not None and comma != -1 and comma - cue.end() <= 2:
                return who, (comma + 1, nxt)
            if who is not None and cue.start() - sent.start > 3:
                return who, (cue.end(), nxt)
        pronoun = re.match(
            r"\s+(?:él|ella|him|her)\b", doc.text[cue.end() : cue.end() + 8]
        )
        if pronoun and not after:
            # "quienes, según él, compartieron…", "Según ella, P": the person the
            # pronoun stands for, the one who spoke last or was named last
            who = _referent(doc, cue, last_speaker)
            if who is not None:
                comma = doc.text.find(",", cue.end() + pronoun.end(), sent.end)
                if cue.start() - sent.start <= 3 and comma != -1:
                    return who, (comma + 1, nxt)
                return who, (prev, nxt)
        bare = _BARE_SOURCE.match(doc.folded, cue.end())
        comma = doc.text.find(",", bare.end(), sent.end) if bare else -1
        if (
            bare
            and not verb
            # "…, esta medida servirá para reforzar la seguridad": whoever the
            # words past the source's own comma name is in what was said
            and not [a for a in after if comma == -1 or a.start < comma]
        ):
            # "De acuerdo con el Gobierno, esta medida servirá…": the government
            # of the outlet's country, else of the country the text is about
            gov = governments().get(
                outlet_country(doc.article.url)
                or place_country(doc, si)
                or _article_country(doc)
                or ""
            )
            if (
                gov in doc.entries
                and cue.start() - sent.start <= 3
                and comma != -1
                and comma - bare.end() <= 2
            ):
                return _standing_for(doc, bare, gov, si), (comma + 1, nxt)
        author = _document_author(doc, si, cue, after=True)
        if author is not None:
            # "según el texto de la norma, P", "P, according to the statement"
            comma = doc.text.find(",", cue.end(), sent.end)
            if cue.start() - sent.start <= 3 and comma != -1:
                return author, (comma + 1, sent.end)
            return author, (prev, cue.start())
        if not after:
            titled = _titled(doc, cue)
            if titled is None and title and last_speaker is not None:
                # "Según el alto oficial, P": the official who has just spoken
                if doc.entries[last_speaker.entry_id].kind == "person":
                    titled = last_speaker
            if titled is None:
                return None, None
            comma = doc.text.find(",", cue.end(), sent.end)
            if comma == -1 or comma - cue.end() > 50:
                return None, None
            return titled, (comma + 1, nxt)
        speaker = after[0]
        if (
            len(after) > 1
            and re.match(r"['’]s\s", doc.text[speaker.end : speaker.end + 3])
            and after[1].start - speaker.end <= 40
        ):
            # "according to Chile's National Migration Service": the body, not
            # its country
            speaker = after[1]
        # "según la secretaria general del Partido Republicano, Ruth Hurtado":
        # the person an office names in apposition
        person = next(
            (
                a
                for a in after[1:]
                if doc.entries[a.entry_id].kind == "person"
                and doc.text[speaker.end : a.start].strip() == ","
                and doc.text[a.end : a.end + 1] == ","  # closed: ", Ruth Hurtado,"
            ),
            None,
        )
        if doc.entries[speaker.entry_id].kind != "person" and person is not None:
            speaker = person
        comma = doc.text.find(",", speaker.end, sent.end)
        if (
            cue.start() - sent.start > 3
            and re.search(r",\s*$", doc.text[max(prev, cue.start() - 3) : cue.start()])
            and doc.text[speaker.end : speaker.end + 1] == ","
            and nxt - comma > MIN_PROPOSITION
            # "Asimismo, según X, P": a connective before the source is no P1
            and not re.fullmatch(_CONNECTIVE, doc.folded[prev : cue.start()])
        ):
            # "P1, según X, P2": the proposition runs on both sides
            return speaker, (prev, nxt)
        if (
            cue.start() - sent.start <= 3
            # "Asimismo, según reportes de X, P": a connective is no P1
            or re.fullmatch(_CONNECTIVE, doc.folded[sent.start : cue.start()])
            or (comma != -1 and cue.start() - prev < 5 and comma - speaker.end < 60)
        ):
            if comma == -1:
                return None, None
            return speaker, (comma + 1, sent.end)
        return speaker, (prev, cue.start())
    if _TOLD_PASSIVE.search(doc.folded, max(sent.start, cue.start() - 12), cue.start()):
        # "He had spoken by phone with his Chilean counterpart, Francisco Pérez
        # Mackenna, … and was told that P": P is the teller's, the person the
        # subject spoke with
        teller = next(
            (
                f
                for f in reversed(doc.found)
                if doc.sentence_at(f.start) in (si, si - 1)
                and f.end <= cue.start()
                and doc.entries[f.entry_id].kind == "person"
                and _SPOKE_WITH.search(doc.folded, max(0, f.start - 60), f.start)
            ),
            None,
        )
        if teller is not None:
            return teller, (cue.end(), nxt)
    # "X dijo que P y explicó que Q": the second verb shares the first's subject
    if (
        last_speaker is not None
        and prev > sent.start
        and re.search(
            # "…, aunque aseguró que…": no subject of its own, the same speaker
            r"(?:,\s*|\s)(?:y|e|and|aunque|pero|mientras|si bien|although|but|while)\s+"
            r"(?:\w+\s+)?$",
            doc.folded[prev : cue.start()][-20:],
        )
        and (last_speaker.sentence == si or spoke_here)
        # "…, while Kast said P": a subject of its own
        and not any(
            doc.entries[a.entry_id].kind == "person"
            and a.end <= cue.start()
            and not doc.folded[a.end : cue.start()].strip()
            for a in agents
        )
    ):
        return last_speaker, (cue.end(), nxt)
    # "…, quien agregó que P", "…, who said P": the person the clause hangs on
    if _RELATIVE_WHO.search(doc.folded, max(prev, cue.start() - 25), cue.start()):
        subject = _subject_before(doc, agents, prev, cue.start())
        if subject is not None:
            return subject, (cue.end(), nxt)
    # '"P", afirmó en una entrevista, en la que alegó que Q', "in an interview in
    # which he said Q": the occasion's speaker, who spoke just before
    if (
        last_speaker is not None
        and spoke_here
        and _OCCASION_RELATIVE.search(
            doc.folded, max(prev, cue.start() - 30), cue.start()
        )
    ):
        return last_speaker, (cue.end(), nxt)
    # "It said the aim was …": "it" opening the sentence is the body that spoke
    # last, in the sentence before
    if (
        last_speaker is not None
        and doc.entries[last_speaker.entry_id].kind != "person"
        and last_speaker.sentence == si - 1
        and re.fullmatch(r"\s*it\s+(?:also\s+)?", doc.folded[sent.start : cue.start()])
    ):
        return last_speaker, (cue.end(), nxt)
    # "Some of the migrants told the channel P", "Algunos de los extranjeros
    # contaron que P": people at the border, unnamed, speak as their group
    group = _GROUP_SPEAKER.search(doc.folded, max(prev, cue.start() - 80), cue.start())
    if (
        group
        and not any(group.end() <= a.start < cue.start() for a in agents)
        # "the two said": the two just named, not a count of migrants
        and not (
            not _MIGRANT_WORD.search(group.group("who"))
            and re.search(
                r"\b(?:the|los|las)\s+$",
                doc.folded[max(0, group.start() - 5) : group.start()],
            )
        )
        # "Several told reporters": a bare count speaks for the migrants only
        # where they are what the text has just told of
        and (
            _MIGRANT_WORD.search(group.group("who"))
            or _MIGRANT_WORD.search(
                doc.folded, max(0, group.start() - 300), group.start()
            )
        )
    ):
        if MIGRANTS in doc.entries:
            return _standing_for(doc, group, MIGRANTS, si), (cue.end(), nxt)
    # "el Ejecutivo ha insistido en que P", "the government has said P": the
    # government of the country the sentence's places are in
    bare = BARE_GOVERNMENT.search(doc.folded, max(prev, cue.start() - 30), cue.start())
    if bare and not any(bare.end() <= a.start < cue.start() for a in agents):
        home = (
            # "Chilean officials have said": the adjective's; "Las autoridades
            # estiman que…" in a Peruvian daily: its own country's, wherever the
            # people they count are
            country_in(doc.folded[max(prev, bare.start() - 12) : bare.start()])
            or outlet_country(doc.article.url)
            if bare.group("who") in ("officials", "authorities", "las autoridades")
            else None
        )
        gov = governments().get(
            home or place_country(doc, si) or _article_country(doc) or ""
        )
        if gov in doc.entries:
            return _standing_for(doc, bare, gov, si), (cue.end(), nxt)
    # "…, he warned, P": a pronoun stands for a person, never a country
    pronoun = _PRONOUN_JUST_BEFORE.search(
        doc.folded, max(prev, cue.start() - 12), cue.start()
    )
    if pronoun:
        person = _referent(doc, cue, last_speaker)
        if person is None or doc.entries[person.entry_id].kind != "person":
            person = None
        quoted = re.search(
            r"[\"”»]\s*,?\s*$",
            doc.text[max(prev, pronoun.start() - 4) : pronoun.start() + 1],
        )
        if (
            person is not None
            and quoted
            and (
                _bare(doc.text[cue.end() : nxt])
                # '"P," he told reporters at the site, describing…': the listener
                # and what follows are no proposition; P is
                or fold(cue.group(0)) in _TELLING
                # '"P," he said after his election, adding that…': when he said it
                or _CIRCUMSTANCE.fullmatch(doc.folded, cue.end(), nxt)
            )
        ):
            return person, (prev, pronoun.start())  # '"P," he said.'
        if (
            person is not None
            and _bare(doc.text[cue.end() : nxt])
            and re.search(r",\s*$", doc.text[prev : pronoun.start() + 1])
            and pronoun.start() - prev > MIN_PROPOSITION
        ):
            return person, (prev, pronoun.start())  # "P, he added."
        if person is not None:
            comma_before = re.search(
                r",\s*$", doc.text[max(prev, cue.start() - 8) : cue.start() - 3]
            )
            if comma_before and _THEN_ACTS.match(doc.folded, cue.end()):
                # "P, he insisted, before inviting his compatriots…": what
                # follows tells what he did next, not what he said
                return person, (prev, pronoun.start())
            if comma_before and re.match(r"\s*,", doc.text[cue.end() :]):
                return person, (prev, nxt)
            return person, (cue.end(), nxt)
    # "X said (that) P"
    before = [
        a
        for a in agents
        if a.end <= cue.start()
        and (
            cue.start() - a.end <= 90
            or (cue.start() - a.end <= 160 and doc.text[a.end : a.end + 2] == ", ")
            # "Daniel Linares, consejero regional de Arica…, habló con … y
            # aseveró que": the person who opens the sentence, past a long aside
            or (
                a.start - sent.start <= 3
                and doc.text[a.end : a.end + 2] == ", "
                and doc.entries[a.entry_id].kind == "person"
                and re.search(r"\s(?:y|e|and)\s+$", doc.folded[prev : cue.start()])
            )
        )
        and a.start >= prev - 1
        and (
            not _PREP_BEFORE.search(doc.folded, max(sent.start, a.start - 25), a.start)
            # "Para Ferreyros, la tarea es clara: …, dijo, …": whose view it is
            or _FOR_PERSON.fullmatch(doc.folded, sent.start, a.start)
            and doc.entries[a.entry_id].kind == "person"
            and doc.text[a.end : a.end + 1] == ","
        )
        and not _governed_title(doc, max(sent.start, a.start - 50), a.start)
        # '"… no Peruvian government will accept …," said a former diplomat': a
        # name inside the quotation is what was said, not who said it
        and not _quoted(doc, sent.start, a.start, cue.start())
    ]
    # "Peru's interim president has rejected…": the country owns the title that
    # speaks; it does not speak
    before = [
        a
        for a in before
        if not (
            doc.entries[a.entry_id].kind in ("country", "government")
            and _OWNS_TITLE.match(doc.folded, a.end)
        )
        # "LIMA — …": the dateline is where, not who
        and not re.match(
            r"\s*(?:\([^()]{1,20}\)\s*)?[—–-]", doc.text[a.end : a.end + 25]
        )
    ]
    aside = _PARTICIPLE_ASIDE.search(doc.folded, sent.start, cue.start())
    if (
        aside
        and all(aside.start() < a.start < aside.end() for a in before)
        and _TITLE.search(doc.folded, sent.start, aside.start())
    ):
        # "El jefe de la diplomacia peruana, ratificado en el cargo por el
        # presidente José María Balcázar, relató que P": the title before the
        # aside speaks, not the one the aside names
        bearer = _titled(doc, cue)
        if bearer is not None and bearer.entry_id not in {a.entry_id for a in before}:
            return bearer, (cue.end(), nxt)
    if (
        aside
        and before
        and all(aside.start() < a.start < aside.end() for a in before)
        and _DOC_BEFORE.search(doc.folded, sent.start, aside.start())
    ):
        # "The Peruvian note, sent to the Chilean Embassy in Lima, stresses…": the
        # note speaks, not the embassy it was sent to
        author = _document_author(doc, si, cue, after=False)
        if author is not None:
            return author, (cue.end(), nxt)
        before = []
    before = outside_asides(doc, before, sent.start, cue.start())
    before = _past_role_aside(doc, before, cue.start())
    before = _past_apposed_role(doc, before, cue.start())
    if doc.article.language == "en":
        # "Paz congratulated Kast on social media and called the result…": the
        # object of the first verb does not say the second
        subjects = [
            a
            for a in before
            if not OBJECT_OF.search(doc.folded, max(sent.start, a.start - 20), a.start)
        ]
        if subjects and subjects != before:
            before = subjects
    named = [a for a in before if not a.derived]
    if (
        named
        and before[-1].derived
        # "…, the presidency said": a stand-in right before the verb is its subject
        and doc.text[before[-1].end : cue.start()].strip(" ,")
    ):
        before = named
    # a subject after its verb, never a complement ("… con Chile")
    after = [
        a
        for a in agents
        if cue.end() <= a.start <= cue.end() + 45
        and (
            not _PREP_BEFORE.search(doc.folded, max(cue.end(), a.start - 25), a.start)
            # "sentenció la cuenta institucional de la Presidencia", "said a
            # statement from the ministry": the body whose medium speaks
            or _MEDIUM_OF.fullmatch(doc.folded, cue.end(), a.start)
        )
        # "afirmó la autoridad, quien agregó que Chile …": past a clause of its own
        and not _CLAUSE_AFTER.search(doc.folded, cue.end(), a.start)
    ]
    lead = doc.folded[max(prev, cue.start() - 40) : cue.start()]
    tail = doc.text[cue.end() : nxt]
    opens_that = re.match(r"(?:\s*,[^,.;:]{1,30},)?\s*(?:that\b|que\b|:|[\"“«])", tail)
    opens = opens_that or (re.match(r"\s+\w", tail) and doc.article.language == "en")
    quote_before = (
        re.search(
            r"[\"”»]\s*,?\s*(?:(?:ha|han|habia|había|habian|habían|has|had|have)\s+)?$",
            doc.text[max(prev, cue.start() - 12) : cue.start()],
        )
        or (
            not before
            and re.search(r",\s*$", doc.text[max(prev, cue.start() - 3) : cue.start()])
            # "No obstante, advirtió que": a connective, not a quotation, before it
            and not (
                prev == sent.start
                and _OPENING.fullmatch(doc.folded[prev : cue.start()])
            )
            # "The Peruvian note, sent to the Chilean Embassy, stresses…": the
            # comma closes an aside, not a quotation
            and not _PARTICIPLE_ASIDE.search(doc.folded, sent.start, cue.start())
            # "iniciativa que, entre otros temas, dijo haber conversado con…": an
            # infinitive after the verb is what was said, by the one who acts
            and not (
                doc.article.language == "es"
                and _INFINITIVE_AFTER.match(doc.folded, cue.end())
            )
            # "Su intención, dijo, es volver a Lima": a verb set between commas
            # in a sentence that goes on, not the end of a proposition
            and not (
                not after
                and re.match(r",\s*[^\W\d]", doc.text[cue.end() : cue.end() + 4])
                and len(doc.text[prev : cue.start()].strip(" ,")) <= 40
            )
        )
    )
    if re.fullmatch(r"\w+(?:ing|ando|iendo)", doc.folded[cue.start() : cue.end()]):
        if not opens_that and doc.folded[cue.start() : cue.end()] == "adding":
            # "adding another name to a long list": an object, not what was said
            return None, None
        # "…, adding that P": the one who spoke earlier in the sentence
        earlier = [a for a in agents if a.end <= cue.start()]
        # "Kast … outside his office in Santiago, saying only that P": the
        # person, not the place
        people = [a for a in earlier if doc.entries[a.entry_id].kind == "person"]
        # "Ferreyros, …, struck a brighter note after meeting Kast, noting that":
        # the sentence's subject, not a person its clauses name
        heads = [
            a
            for a in people
            if a.start - sent.start <= 3
            or _CLAUSE_HEAD.search(doc.folded, max(sent.start, a.start - 14), a.start)
        ]
        first = _subject_before(doc, people, sent.start, cue.start())
        dateline = _DATELINE_OPENING.match(doc.text, sent.start)
        head = dateline.end() if dateline else sent.start
        opening = [
            a
            for a in earlier
            if head <= a.start <= head + 4
            and doc.entries[a.entry_id].kind in ("government", "institution")
        ]
        if heads:
            people = heads[-1:]
        elif opening and first is None:
            # "LIMA – Peru sent a diplomatic note to Chile on Friday denying that
            # P": the state that opens the sentence, not the one written to
            people = opening[:1]
        elif first is not None:
            # "In January, then-President José Jerí ruled out the corridor Kast
            # had raised, saying…": the first person no preposition governs
            people = [first]
        earlier = people or earlier
        speaker = (earlier[-1] if earlier else None) or last_speaker
        if speaker is not None:
            return speaker, (cue.end(), nxt)
    titles = list(_TITLE.finditer(lead))
    # "se reunió con el gobernador y descartó…": a title a preposition governs
    # is a complement, not the one speaking
    titled = (
        _titled(doc, cue)
        if titles and not _PREP_BEFORE.search(lead[: titles[-1].start()] + " ")
        else None
    )
    if titled is None and not before and not is_source:
        # "El delegado presidencial regional afirmó que…": an official the
        # article never names speaks as their office
        official = _unnamed_official(doc, si, cue)
        if official is not None:
            return official, (cue.end(), nxt)
    if titled is not None and _bare(tail):
        # '"P," the minister said.': the words before the title
        lead_start = cue.start() - len(lead)
        title_at = lead_start + list(_TITLE.finditer(lead))[-1].start()
        return titled, (prev, title_at)
    if titled is not None and (
        not before
        or before[-1].derived
        or before[-1].end < cue.start() - len(lead) + lead.rfind(" ")
    ):
        return titled, (cue.end(), nxt)
    if (
        cue.group(0) in _TELLING
        and (
            quote_before
            # "P, General Arturo Valverde told local television station Canal N on
            # Friday.": P, then who told whom
            or before
            and re.search(r",\s", doc.text[prev : before[-1].start])
        )
    ):
        # '"P," Kast told a news conference, …': the listener is no proposition
        tail = re.sub(r"^\s+(?:[\w'-]+\s+){0,7}?[\w'-]+(?=\s*[,.;])", "", tail)
    told_after = (
        _TITLED_NAME_AFTER.search(doc.text, prev, before[-1].start)
        if before
        and _ADVERB_ONLY.fullmatch(doc.text, before[-1].end, cue.start())
        and not opens_that
        and cue.group(0) in _TELLING
        else None
    )
    if (
        told_after
        and not told_after.group(1)
        and (
            _verbless(doc.text[prev : told_after.start()], doc.article.language)
            or _ADVERBIAL_OPENING.match(doc.folded, prev)
        )
    ):
        # "Five days after the Lima meeting, Jerí told CNN…": no quotation
        # marks, and what opens the sentence is when, not what was said
        told_after = None
    if told_after and told_after.start() - prev >= MIN_PROPOSITION:
        # '"P," Jerí told CNN en Español in an interview aired on Monday', "P,
        # Kast previously told reporters regarding his trip": the listener and
        # the occasion are no proposition; P is, up to the title before the name
        # ('"P," Chilean Security Minister Luis Cordero told reporters')
        return before[-1], (prev, told_after.start() + bool(told_after.group(1)))
    if before and (
        not doc.text[before[-1].end : cue.start()].strip(" ,")
        # '"P," the migrant, who preferred to remain anonymous, said': a
        # relative clause set between the subject and its verb
        or _RELATIVE_ASIDE.fullmatch(doc.text, before[-1].end, cue.start())
    ):
        if (
            _bare(tail)
            and before[-1].start - prev >= MIN_PROPOSITION
            # "El gobernador regional, Luis Torres, respaldó la medida": a title
            # in apposition says nothing
            and not _verbless(doc.text[prev : before[-1].start], doc.article.language)
        ):
            # "P, the Peruvian presidency said (in a statement)."; "P, President
            # Jerí stated": up to the title before the name
            titled_name = _TITLED_NAME_AFTER.search(doc.text, prev, before[-1].start)
            end = titled_name.start() if titled_name else before[-1].start
            comma = doc.text.rfind(",", prev, end)
            if (
                titled_name is None
                and comma != -1
                and len(doc.text[comma + 1 : end].split()) <= 5
            ):
                # "P, Peruvian police General Arturo Valverde told…": the title
                # the gazetteer does not know is no part of P
                end = comma
            if end - prev >= MIN_PROPOSITION:
                return before[-1], (prev, end)
            return before[-1], (prev, before[-1].start)
        return before[-1], (cue.end(), nxt)  # "Diego Paco, exigió …"
    if (
        after
        and not opens_that
        and not _PREP_BEFORE.search(
            doc.folded, max(prev, after[0].start - 25), after[0].start
        )
        and re.search(r",\s*$", doc.text[max(prev, cue.start() - 3) : cue.start()])
        and not doc.text[cue.end() : after[0].start].strip(" ,").count(",")
        and (
            len(tail[after[0].end - cue.end() :].strip(" .;")) < MIN_PROPOSITION
            # "P, informó la Cancillería tras la segunda sesión del comité": when
            # or where, not what
            or _CIRCUMSTANCE.fullmatch(doc.folded, after[0].end, nxt)
            # "P, precisó el Ministerio de Relaciones Exteriores peruano, que
            # subrayó que Q": the subject, then the relative of its next claim
            or _relative_next().fullmatch(doc.folded, after[0].end, nxt)
        )
    ):
        # "P, informó este domingo el Ministerio": the subject follows its verb
        return after[0], (prev, cue.start())
    if (
        after
        and re.search(r",\s*$", doc.text[max(prev, cue.start() - 3) : cue.start()])
        and re.fullmatch(
            r"[\s,]*(?:(?:el|la|los|las|the)\s+)?",
            doc.folded[cue.end() : after[0].start],
        )
        and doc.text[after[0].end : after[0].end + 1] == ","
        and len(doc.text[prev : cue.start()].strip(" ,")) <= 25
        # '"No permitiremos el caos", afirmó Jerí, quien…': a quotation before
        # its verb is what was said
        and not re.search(r"[\"”»]\s*,\s*$", doc.text[prev : cue.start()])
        and nxt - after[0].end > MIN_PROPOSITION
    ):
        # "Desde entonces, informa el Ministerio del Interior, se mantienen
        # patrullajes…": a parenthetical verb and its subject; P follows
        return after[0], (after[0].end + 1, nxt)
    inverted = _inverted_titled_subject(doc, cue, agents, prev)
    if inverted is not None:
        # "P, confirmó este jueves el ministro del Interior, Luis Cordero, luego de
        # que…": a titled subject after its verb, then a clause of its own
        return inverted, (prev, cue.start())
    if _AFTER_OCCASION.fullmatch(fold(tail).lower()):
        # "P, Peru's foreign ministry said after the first meeting of the
        # committee": the occasion follows the verb; P is before its subject,
        # and a subject the words do not resolve says nothing on record
        comma = doc.text.rfind(",", max(prev, cue.start() - 80), cue.start())
        if comma != -1 and comma - prev >= MIN_PROPOSITION:
            subject = [a for a in before if comma < a.start]
            return (subject[-1], (prev, comma)) if subject else (None, None)
    if before and (opens or not quote_before):
        speaker = before[-1]
        return speaker, (cue.end(), nxt)
    paren = _PARENTHETICAL_TITLE.match(doc.folded, cue.end())
    if (
        paren
        and prev == sent.start
        and not any(q in doc.text[prev : cue.start()] for q in _QUOTES[:5])
        and re.search(r"\w\s*,\s*$", doc.text[prev : cue.start()])
        and len(doc.text[prev : cue.start()]) <= 62
        and nxt - paren.end() > MIN_PROPOSITION
    ):
        # "Ese entendimiento, sostuvo el diplomático, debería limitar…": a verb
        # and its titled subject set between commas inside what was said
        who = _titled(doc, cue) or _referent(doc, cue, last_speaker)
        if who is not None and doc.entries[who.entry_id].kind == "person":
            return who, (paren.end(), nxt)
    if quote_before and (
        after
        or _TITLE.search(lead + " " + doc.folded[cue.end() : cue.end() + 30])
        or last_speaker
        # '"P", sostuvo.': the dropped subject is the person named last
        or (_bare(tail) and _referent(doc, cue, None) is not None)
    ):
        # "P," said X / "P", dijo el mandatario
        speaker = after[0] if after else _referent(doc, cue, last_speaker)
        if speaker is None:
            return None, None
        if opens_that and not re.search(
            r"[\"”»]", doc.text[max(prev, cue.start() - 12) : cue.start()]
        ):
            # "El sucesor de Dina Boluarte, que este domingo cumplirá 100 días en
            # el poder, explicó que P": a subject and its aside before the verb;
            # what was said follows it
            return speaker, (cue.end(), nxt)
        return speaker, (prev, cue.start())
    if after and opens is None:
        return after[0], (prev, cue.start())
    author = _document_author(doc, si, cue, after=False) or _document_author(
        doc, si, cue, after=True
    )
    if author is not None:
        # "the text says the aim is…", "…, añade el documento"; "The Peruvian
        # note, sent to the Chilean Embassy, stresses…": past the note's aside
        aside = _PARTICIPLE_ASIDE.search(doc.folded, sent.start, cue.start())
        if _DOC_BEFORE.search(lead) or (
            aside and _DOC_BEFORE.search(doc.folded, sent.start, aside.start())
        ):
            return author, (cue.end(), nxt)
        return author, (prev, cue.start())
    inside = _SPOKEN_INSIDE.match(doc.folded, sent.start, cue.start())
    if inside and doc.article.language == "es" and cue.group(0).endswith("n"):
        # "En la Cancillería peruana admiten que…": a body speaking through its
        # people, unnamed
        body = [
            a
            for a in agents
            if a.end <= cue.start()
            and not doc.folded[a.end : cue.start()].strip()
            and doc.entries[a.entry_id].kind in ("institution", "government")
        ]
        if body:
            return body[-1], (cue.end(), nxt)
    channel = _THROUGH_CHANNEL.match(doc.folded, sent.start, cue.start())
    if channel is not None and prev == sent.start:
        # "A través de la cuenta oficial de Presidencia en X, se detalló que P":
        # the one whose channel it is
        owners = [
            a
            for a in agents
            if sent.start <= a.start < cue.start()
            and doc.entries[a.entry_id].kind in ("institution", "government", "person")
            and not doc.entries[a.entry_id].outlet
        ]
        if owners:
            return owners[0], (cue.end(), nxt)
    speaker = _referent(doc, cue, last_speaker)
    opening = doc.folded[sent.start : cue.start()] if prev == sent.start else None
    if (
        speaker is not None
        and (
            _PRONOUN.search(lead)
            or _TITLE.search(lead)
            or lead.strip() in ("", ",")
            # "No obstante, advirtió que…", "En su mensaje sostuvo que…": a dropped
            # subject after a connective or an opening phrase
            or (
                opening is not None
                and _OPENING.fullmatch(opening)
                # "En el Ejecutivo sostienen que": a plural speaks for no one person
                and not (doc.article.language == "es" and cue.group(0).endswith("n"))
            )
            # "El mandatario visitó el puesto de control y fue enfático al afirmar
            # que…": the titled subject of the sentence says it
            or (
                opening is not None
                and cue.group(0).startswith("al ")
                and _TITLE.search(opening) is not None
                and not any(
                    sent.start <= a.start < cue.start()
                    and doc.entries[a.entry_id].kind == "person"
                    for a in agents
                )
            )
            # "Fue enfático en su política y advirtió a los migrantes que…": a
            # dropped subject shared by two verbs, the first naming no one
            or (
                opening is not None
                and doc.article.language == "es"
                and not cue.group(0).endswith("n")
                and len(opening) <= 90
                and re.search(r"\s(?:y|e)\s+$", opening) is not None
                and not any(q in opening for q in '"“”«»')
                # no one named as the first verb's subject ("viajó a Lima y
                # advirtió…": Lima is where, not who)
                and not any(
                    sent.start <= a.start < cue.start()
                    and not re.search(
                        r"\b(?:a|al|en|de|del|desde|hacia|con|para|por)\s+$",
                        doc.folded[max(sent.start, a.start - 8) : a.start],
                    )
                    for a in agents
                )
            )
        )
    ):
        return speaker, (cue.end(), nxt)
    if speaker is not None and re.search(
        r",\s*$", lead
    ):  # "un problema que, dijo, afecta"
        if (
            doc.article.language == "es"
            and _INFINITIVE_AFTER.match(doc.folded, cue.end())
        ) or (opening is not None and _OPENING.fullmatch(opening)):
            # "En otro momento, precisaron que P": an opening phrase, not an
            # inset; what was said is P alone
            # "iniciativa que, entre otros temas, dijo haber conversado con
            # Noboa": what was said is the infinitive's
            return speaker, (cue.end(), nxt)
        return speaker, (prev, nxt)
    return None, None


# "A través de la cuenta oficial de Presidencia en X, se detalló que", "En un
# comunicado de la Cancillería se informó que": an impersonal verb, its channel's
# owner before it
_THROUGH_CHANNEL = re.compile(
    r"(?:a traves de|mediante|por medio de|en|through|in)\s+(?:la|el|su|sus|un|una|"
    r"the|its|their|a|an)\s+(?:(?:cuenta|comunicado|mensaje|nota|publicacion|"
    r"pronunciamiento|redes|account|statement|message|post|release)\b)[^.;:]{0,80}?"
    r",?\s+se\s+$"
)
# "…, informó el diario.", "…, said the ministry.": a body or a medium after the
# verb at its sentence's end is the verb's subject, never its object
_INVERTED_SUBJECT = re.compile(
    r"\s*(?:el|la|los|las|the|this|este|esta|esa|ese)\s+(?:diario|periodico|medio|"
    r"agencia|cancilleria|ministerio|gobierno|presidencia|comunicado|nota|portal|"
    r"cadena|emisora|radio|television|canal|fuentes?|oficina|embajada|institucion|"
    r"entidad|newspaper|paper|agency|ministry|government|presidency|statement|"
    r"outlet|broadcaster|network|channel|sources?|office|embassy|institution)"
    r"(?:\s+[a-z]+){0,2}\s*[.;]"
)
# "según el Gobierno", "according to the government": no country named
_BARE_SOURCE = re.compile(
    # "according to an official communication from the government", "según un
    # comunicado del Gobierno": the document's author
    r"\s+(?:(?:an?|the|un|una|el|la)\s+(?:(?:official|oficial)\s+)?"
    r"(?:communication|communique|statement|press release|release|comunicado|"
    r"nota de prensa|nota oficial|nota)\s+(?:(?:oficial|official)\s+)?"
    r"(?:from|by|of|issued by|de|del|emitid[oa] por)\s+)?"
    r"(?P<who>(?:el|the)?\s*(?:gobierno|ejecutivo|government|administration))\b"
)
# "según su mensaje en X", "according to his statement": the person's own words
_OWN_CHANNEL = re.compile(
    r"\s+(?:su|sus|his|her)\s+(?:mensajes?|publicacion(?:es)?|cuenta|comunicado|"
    r"declaracion(?:es)?|discurso|palabras|post|posts|message|statement|remarks|words|"
    r"account|tuits?|tweets?)\b"
)
# "según reportes de Latina Noticias", "according to reports by local media"
_REPORTS_OF = re.compile(
    r"\s+(?:(?:unos|los|las|the)\s+)?(?:reportes|informes|informaciones|versiones|"
    r"fuentes|medios|reports|sources|media reports)\s+(?:de|del|by|from|of|in)\b"
)
_PARENTHETICAL_TITLE = re.compile(r"\s+(?:el|la|the)\s+[a-z]+(?:\s+[a-z]+){0,2}\s*,\s*")
_TOLD_PASSIVE = re.compile(r"\b(?:was|were|had been|has been|have been|been)\s+$")
_SPOKE_WITH = re.compile(
    r"\b(?:with|con)\s+(?:(?:his|her|their|su|sus|the|el|la)\s+)?[^.;]{0,40}$"
)
# A "that" clause whose subject reports in turn: "que Kast ha adelantado que"
_NESTED = re.compile(
    r"\s+(?:que|that)\s+[^,;:\"“«»”]{2,40}?\s+[\"“«]?(?:(?:ha|habia|has|had)\s+)?$"
)
# A connective that opens a sentence: "Asimismo,", "However,"
_CONNECTIVE = (
    r"\s*(?:no obstante|sin embargo|ademas|asimismo|tambien|luego|despues|"
    r"aun asi|aun con todo|con todo|even so|still|at the same time|al mismo tiempo|"
    r"por otro lado|por otra parte|en tanto|por eso|por ello|por lo tanto|en cambio|"
    r"alli|ahi|alla|aqui|entonces|there|here|then|"
    r"however|also|moreover|later|in addition|meanwhile|therefore|so|thus|instead|"
    r"nonetheless|nevertheless|besides|otherwise|incluso|inclusive|even)\s*,?\s*"
)
_OPENING = re.compile(
    r"(?:" + _CONNECTIVE + r")?"
    # "En su mensaje", "En TVN", "In an interview with CNN"
    r"(?:(?:en|in|durante|during|a traves de|through)\s+(?:(?:su|sus|his|her|un|una|"
    r"a|an|el|la)\s+)?[a-z ]{1,40}?\s*,?\s*)?"
    # "La semana pasada criticó…", "On Monday he said…": a time before the verb
    r"(?:(?:la|el|este|esta|last|this|on)\s+(?:semana|mes|lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo|week|month|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)(?:\s+pasad[oa])?\s*,?\s*|(?:ayer|hoy|yesterday)\s*,?\s*)?"
)
_OWNS_TITLE = re.compile(
    r"['’]s\s+(?:(?:interim|new|incoming|outgoing|former|top|chief)\s+)?(?:president|"
    r"foreign minister|interior minister|minister|leader|head of state|spokes\w+)\b"
)
_OCCASION_RELATIVE = re.compile(
    r",\s*(?:en|durante|in|during)\s+(?:la|el|las|los|which)\s*(?:que|cual|"
    r"cuales)?\s+(?:(?:he|she|also|ademas|tambien)\s+)*$"
)
_RELATIVE_WHO = re.compile(
    r",\s*(?:quien|quienes|who|que)\s+(?:(?:also|ademas|tambien|luego|later|ya)\s+)?"
    # "del gobernador, Diego Paco, que ha denunciado": a perfect's auxiliary
    r"(?:(?:ha|han|habia|habian|has|had|have)\s+)?$"
)
# Unnamed migrants as the subject of a verb of saying, just before it.
MIGRANTS = "irregular_migrants"
_MIGRANT_WORD = re.compile(r"migra|extranjer|venezolan|venezuelan|foreigner")
_GROUP_SPEAKER = re.compile(
    r"(?<![\w-])(?P<who>"
    r"(?:(?:some|several|many|most|a\s+few|dozens|one|two|three|four|five)\s+"
    r"(?:of\s+(?:the|them|those)\s+)?(?:stranded\s+|venezuelan\s+)?"
    r"(?:migrants|foreigners|venezuelans)?"
    r"|(?:the\s+)?(?:stranded\s+|venezuelan\s+)?(?:migrants|foreigners|venezuelans)"
    r"|(?:algunos|algunas|varios|varias|muchos|muchas|uno|una|la\s+mayoria|decenas)\s+"
    r"(?:de\s+)?(?:los|las|ellos|ellas|estos|estas)?\s*"
    r"(?:migrantes|extranjeros|venezolanos|venezolanas)?"
    r"|(?:los|las)\s+(?:migrantes|extranjeros|venezolanos|venezolanas)))"
    r"(?:\s+(?:que|who|quienes)\s+[^,.;]{0,40})?"
    r"(?:\s+(?:also|tambien|ademas|later|luego))?\s*$"
)
_PRONOUN_JUST_BEFORE = re.compile(r"(?:^|[\s,])(?:he|she)\s+$")


def _past_apposed_role(doc: Doc, before: list[Found], pos: int) -> list[Found]:
    """ "Luis Eduardo Thayer, director of Chile's National Migration Service,
    said": the person before the role in apposition speaks, not the body the
    role names."""
    for f in before:
        if doc.entries[f.entry_id].kind != "person":
            continue
        m = _APPOSED_ROLE.fullmatch(doc.folded, f.end, pos)
        if not m:
            continue
        # "Francisco Pérez Mackenna, Kast's choice for foreign minister, said":
        # a role another person's possessive opens
        owned = _OWNED_ROLE.match(doc.folded, m.start("role"), m.end("role"))
        if lex_().role_nouns.match(doc.folded, m.start("role")) or (
            owned and lex_().role_nouns.search(doc.folded, owned.end(), m.end("role"))
        ):
            return [f]
    return before


_OWNED_ROLE = re.compile(r"[a-z]+['’]s\s+")


_APPOSED_ROLE = re.compile(
    r",\s+(?:the\s+|el\s+|la\s+|its\s+|su\s+)?(?P<role>[a-z][^,;:.()]{2,90}),\s*"
)


# "felicitó al electo mandatario de Chile, José Antonio Kast": a preposition, then
# an adjective of office before the title
_PREP_ADJ_BEFORE = re.compile(
    r"\b(?:a|al|con|de|del|to|with)\s+(?:(?:el|la|the)\s+)?(?:electo|electa|nuevo|"
    r"nueva|flamante|futuro|futura|actual|saliente|entrante|new|incoming|outgoing|"
    r"future)\s+$"
)


def _governed_title(doc: Doc, lo: int, hi: int) -> bool:
    """A title a preposition governs just before a name: "con el gobernador X"."""
    window = doc.folded[lo:hi]
    for m in lex_().role_nouns.finditer(window):
        rest = window[m.end() :]
        if (
            rest.strip(" ")
            and len(rest.split()) > 2
            # "junto al subsecretario de Seguridad Pública, Rafael Collado"
            and not re.fullmatch(r"\s+(?:de|del|of|for)\s+[^,;.]{1,40},\s*", rest)
        ):
            continue
        prep = _PREP_BEFORE.search(window[: m.start()]) or _PREP_ADJ_BEFORE.search(
            window[: m.start()]
        )
        if prep and not (
            # "En su primer discurso como mandatario, Kast sostuvo": as what, not
            # with whom
            re.match(r"(?:como|as)\b", prep.group(0))
            and window[m.end() :].lstrip().startswith(",")
        ):
            return True
    return False


# "según el alto oficial,", "according to the minister,": a title, then the comma
_SOURCE_TITLE = re.compile(
    r"\s+(?:el|la|the)\s+(?:[a-z]+\s+){0,2}?(?:oficial|jefe|jefa|ministro|ministra|"
    r"canciller|presidente|presidenta|mandatario|mandataria|autoridad|general|"
    r"comandante|alcalde|alcaldesa|gobernador|gobernadora|prefecto|vocero|vocera|"
    r"portavoz|official|minister|president|chief|commander|mayor|governor|"
    r"spokesman|spokeswoman|spokesperson)\b[^,.;]{0,30},"
)
# Where a clause's subject stands: "…, but Jerí told …", "y Kast dijo"
_CLAUSE_HEAD = re.compile(
    r"(?:[,;]\s*|\s)(?:but|and|while|although|pero|y|mientras|aunque)\s+$"
)
# ", president of the Chilean-Peruvian Business Council,": a person's role
_ROLE_ASIDE = re.compile(
    r",\s*(?:(?:the|el|la|who\s+chairs\s+the|who\s+heads\s+the|que\s+preside\s+el)\s+)?"
    r"(?:\w+(?:-|\s+)){0,4}?(?:(?:of|de|del|at)\s+(?:the\s+|la\s+|el\s+)?(?:\w+-)?)?$"
)


def _past_role_aside(doc: Doc, before: list[Found], cue_at: int) -> list[Found]:
    """ "Guillermo Ferreyros, president of the Business Council, noted …": the
    body in the person's role aside is not the subject, the person is."""
    if not before or doc.entries[before[-1].entry_id].kind == "person":
        return before
    body = before[-1]
    people = [
        a
        for a in before
        if a.end <= body.start and doc.entries[a.entry_id].kind == "person"
    ]
    if (
        people
        and _ROLE_ASIDE.fullmatch(doc.folded, people[-1].end, body.start)
        and re.match(r"\s*,", doc.text[body.end : cue_at])
    ):
        return before[: before.index(people[-1]) + 1]
    return before


def _subject_before(doc: Doc, agents, lo: int, hi: int) -> Found | None:
    """The person who heads the clause before a position: the first person named
    in it, not one governed by a preposition."""
    people = [
        a
        for a in agents
        if lo <= a.start
        and a.end <= hi
        and doc.entries[a.entry_id].kind == "person"
        and not _PREP_BEFORE.search(doc.folded, max(lo, a.start - 25), a.start)
        # "Kast's spokeswoman Mara Sedini denied…": the possessor heads nothing
        and not re.match(r"['’]s\b", doc.text[a.end : a.end + 2])
    ]
    return people[0] if people else None


# After a verb of saying: a time, then a title and the person it names.
_INVERTED = re.compile(
    r"\s+(?:(?:este|esta|el|la|on|this|last)\s+[a-z]+\s+)?(?:el|la|the)\s+"
    r"[^,.;:]{2,60},\s*"
)
_SUBORDINATE = re.compile(
    r",?\s*(?:luego de que|despues de que|tras|antes de que|mientras|cuando|"
    r"porque|ya que|pues|after|before|while|when|as|because|since)\b"
)


_CLAUSE_AFTER = re.compile(r",\s*(?:quien|quienes|que|who|which|y|and|pero|but)\b")


def _inverted_titled_subject(doc: Doc, cue, agents, prev: int) -> Found | None:
    if not re.search(r",\s*$", doc.text[max(prev, cue.start() - 3) : cue.start()]):
        return None
    if cue.start() - prev < MIN_PROPOSITION:
        return None
    m = _INVERTED.match(doc.folded, cue.end())
    if not m:
        return None
    person = next(
        (
            a
            for a in agents
            if a.start == m.end() and doc.entries[a.entry_id].kind == "person"
        ),
        None,
    )
    if person is None:
        return None
    rest = doc.text[person.end : doc.sentences[person.sentence].end]
    if len(rest.strip(" .;")) < 2 or _SUBORDINATE.match(fold(rest)):
        return person
    return None


# the president of a country, not of its Congress, a party or a chamber
_HEAD_OF_STATE = (
    r"presiden(?!\w*(?:\s+\w+){0,2}?\s+(?:del?|of(?:\s+the)?|de\s+la)\s+(?:congres|senad|"
    r"partid|party|"
    r"camara|chamber|comit|committee|consejo|council|gremio|asociaci|association|"
    r"union|federaci|federation|junta|board))"
)
_TITLE_ROLES = {
    "mandatari": _HEAD_OF_STATE,
    "gobernante": _HEAD_OF_STATE,
    # "el chileno promovía", "el peruano descartó": the person of that country
    # named last
    "chilen": r".",
    "peruan": r".",
    "jefe de estado": _HEAD_OF_STATE,
    "jefe del estado": _HEAD_OF_STATE,
    "head of state": _HEAD_OF_STATE,
    "president": r"presiden",
    "canciller": r"canciller|foreign minister|relaciones exteriores",
    "diplomat": r"canciller|foreign minister|relaciones exteriores|diplomat|embajador|"
    r"ambassador",
    "minist": r"minist|canciller",
    "expert": r"expert|analyst|analista|politolog|political scientist|academ",
    "analist": r"expert|analyst|analista|politolog|political scientist|academ",
    "analyst": r"expert|analyst|analista|politolog|political scientist|academ",
    "politolog": r"politolog|political scientist",
    "candidat": r"candidat",
    "abanderad": r"candidat",
    "lider": r"presiden|leader|lider",
    "leader": r"presiden|leader|lider",
    "funcionari": r".",
    "official": r".",
    "politic": r".",
    "subsecretari": r"subsecretari|undersecretary|under-secretary",
    "undersecretary": r"subsecretari|undersecretary|under-secretary",
    "gobernador": r"gobernador|governor",
    "governor": r"gobernador|governor",
    "alcalde": r"alcalde|mayor",
    "mayor": r"alcalde|mayor",
    "republican": r"republican|presiden",
    "diputad": r"diputad|deputy|congress",
    "senador": r"senador|senator",
    "senator": r"senador|senator",
    "vocer": r"vocer|spokes|portavoz",
    "spokes": r"vocer|spokes|portavoz",
    "portavoz": r"vocer|spokes|portavoz",
    "director": r"director",
    "comandante": r"comandante|commander",
    "commander": r"comandante|commander",
    # "El general, que asumió la jefatura del Ejército esta semana, dijo que…"
    "general": r"general|comandante|commander|ejercito|army|jefe|chief",
    # "la autoridad regional", "el anfitrión": the last person named with an office
    "autoridad regional": r"gobernador|governor|regional|prefect",
    "autoridad local": r"alcalde|mayor|local",
    "autoridad": r"gobernador|governor|alcalde|mayor|minist|presiden|prefect|jefe|"
    r"secretar|delegad|comisionad|intendent",
    # a Chilean minister is a "secretario de Estado"
    "secretari": r"minist|secretar|canciller",
    "secretary": r"minist|secretar|foreign",
    "anfitrion": r"presiden|minist|canciller|gobernador|alcalde",
    "edil": r"alcalde|mayor",
    "burgomaestre": r"alcalde|mayor",
    "prefect": r"prefect",
    "jefe comunal": r"alcalde|mayor",
    "jefe de la diplomacia": r"canciller|foreign minister|relaciones exteriores",
    # "el titular del Mininter", "el titular del sector": the minister
    "titular del": r"minist",
    "titular de": r"canciller|foreign minister|relaciones exteriores",
    "former": r"minist",
    "ex": r"minist",
    "host": r"presiden|minist|canciller|gobernador|alcalde",
}


_AFTER_OCCASION = re.compile(
    r"\s+(?:after|following|during|tras|despues de|luego de|al termino de|durante|"
    # '"Democracy has spoken loud and clear," Jara said as she conceded.'
    r"as (?:she|he|they|it|the)|while|mientras)\s+"
    r"(?!.*\b(?:that|que)\b)[^,;:.]{0,100}[.;]?\s*"
)


def _bare(tail: str) -> bool:
    """What follows a verb of saying holds no proposition: "." or "in a
    statement." or "en un comunicado", or "after the first meeting of the
    committee"."""
    return (
        len(tail.strip(" ,.;:")) < MIN_PROPOSITION
        or bool(_AFTER_OCCASION.fullmatch(fold(tail).lower()))
        or bool(
            re.fullmatch(
                # not "escribió en X que P": a proposition after the medium
                r"\s*(?:in|on|at|to|en|a|ante|por|through)\s+"
                r"(?![^,;:.]*\b(?:que|that)\s)[^,;:.]{0,40}?[.!?]?\s*",
                tail,
                re.IGNORECASE,
            )
            # "said on Wednesday, ending days of uncertainty": a gerund's clause
            or re.match(
                r"\s*(?:(?:in|on|at|this|last|el|este|esta)\s+[^,;:.]{0,30}?)?\s*,\s*"
                r"[a-z]+(?:ing|ando|iendo)\b",
                tail,
                re.IGNORECASE,
            )
            # "said on Friday (Nov 28), as migrants seek…": a clause of when or
            # why, with no "that" after it ("sostuvo el sábado, tras recorrer
            # Chacalluta, que P" says P after it)
            or re.match(
                r"(?![^.;]*\b(?:que|that)\s)\s*(?:(?:in|on|at|this|last|el|este|esta)\s+"
                r"[^,;:.]{0,30}?)?(?:\s*\([^()]{1,20}\))?\s*,\s*(?:as|after|when|while|"
                r"amid|following|since|because|despite|mientras|cuando|tras|luego|pese)\b",
                tail,
                re.IGNORECASE,
            )
        )
    )


# "asked whether…", "said about the corridor"; not "said about 50 soldiers would
# go", where "about" counts
_QUESTION_PUT = re.compile(
    r"\s+(?:whether|if|about(?!\s+(?:\d|half\b|a\s+(?:dozen|hundred|thousand)\b))|why|how|"
    r"what|when|si)\b"
)
_NEGATED = re.compile(
    r"\b(?:no|not|never|nunca|did not|didn't|ni)\s+(?:(?:se|lo|le|les|ha|han)\s+)?$"
)
_DOC_WORDS = (
    r"(?:texto(?:\s+de\s+la\s+norma)?|text(?:\s+of\s+the\s+decree)?|documento|"
    r"document|norma|dispositivo|decreto(?:\s+supremo)?|decree|resolucion|resolution|order|"
    r"comunicado(?:\s+(?:oficial|conjunto))?|minuta|"
    r"statement|communique|nota(?:\s+de\s+prensa)?|press\s+release)"
)
_DOC_DET = r"(?:el|la|the|its|su)\s+(?:(?:same|mismo|misma|joint)\s+)?"
_DOC_BEFORE = re.compile(rf"\b{_DOC_DET}{_DOC_WORDS}\s*$")
_DOC_AFTER = re.compile(rf"\s*{_DOC_DET}{_DOC_WORDS}\b")
_STATEMENT_WORDS = r"comunicado|statement|communique|nota|release|minuta"
_STATEMENT = re.compile(_STATEMENT_WORDS)
# "La Cancillería peruana difundió un comunicado", "Peru's presidency issued a
# statement": the body that put out the document
_ISSUED = re.compile(
    r"[^.;]{0,60}?\b(?:difundi\w*|emiti\w*|public\w*|divulg\w*|issued|released|"
    r"put out|published)\s+(?:un|una|a|an|el|la|the|su|its)\s+(?:\w+\s+)?"
    rf"(?:{_STATEMENT_WORDS})"
)


def _document_author(doc: Doc, si: int, cue: re.Match, after: bool) -> Found | None:
    """A document that speaks ("según el texto de la norma", "the text says",
    "according to the statement"): its author. A decree's is the government that
    decreed the article's state of emergency; a statement's, the institution last
    quoted as a source."""
    if after:
        m = _DOC_AFTER.match(doc.folded, cue.end())
    else:
        m = _DOC_BEFORE.search(doc.folded, max(0, cue.start() - 40), cue.start())
    if not m:
        return None
    author = None
    if _STATEMENT.search(m.group(0)):
        sources = [
            sid
            for pos, sid in doc.__dict__.get("_sources", [])
            if pos < cue.start()
            and doc.entries[sid].kind in ("institution", "government")
        ]
        author = sources[-1] if sources else None
    else:
        decreed = [
            mm
            for mm in doc.__dict__.get("_measures", [])
            if mm.kind == "state_of_emergency" and mm.evidence[0].start < cue.start()
        ]
        author = decreed[-1].actors[0] if decreed and decreed[-1].actors else None
    if author is None:
        # the body the last sentences say put out a statement
        issuers = [
            f
            for f in doc.found
            if f.start < cue.start()
            and doc.sentence_at(f.start) >= si - 3
            and doc.entries[f.entry_id].kind in ("institution", "government")
            and _ISSUED.match(doc.folded, f.end)
        ]
        author = issuers[-1].entry_id if issuers else None
    if author is None or author not in doc.entries:
        return None
    return Found(
        m.start(), m.end(), doc.text[m.start() : m.end()], author, si, derived=True
    )


def _titled(doc: Doc, cue: re.Match) -> Found | None:
    """The person a title just before or after the cue stands for ("el canciller
    chileno explicó", "the minister said"): the last person named before it whose
    role fits, of the country the title names."""
    sent = doc.sentences[doc.sentence_at(cue.start())]
    # "El jefe de la diplomacia peruana, ratificado en el cargo por el presidente
    # José María Balcázar, relató": the title before the participle's aside
    aside = _PARTICIPLE_ASIDE.search(doc.folded, sent.start, cue.start())
    # "El general, que asumió la jefatura del Ejército esta semana, dijo": the
    # title before its relative clause
    relative = _RELATIVE_BEFORE.search(doc.folded, sent.start, cue.start())
    end = (aside or relative).start() if aside or relative else cue.start()
    before = doc.folded[max(sent.start, end - 45) : end]
    around = before + " " + (doc.folded[cue.end() : min(sent.end, cue.end() + 35)])
    titles = [
        t
        for t in _TITLE.finditer(around)
        # "dijo haber conversado con el presidente de Ecuador": a title after
        # the verb that a preposition or another verb governs is no subject
        if t.start() <= len(before)
        or not _GOVERNED_AFTER.search(around, len(before), t.start())
    ]
    # the title nearest the verb: '"Respetamos lo que diga el presidente chileno",
    # dijo el mandatario' is said by the mandatario
    m = next((t for t in titles if t.start() > len(before)), None) or (
        titles[-1] if titles else None
    )
    if not m:
        return None
    word = m.group("title")
    role_rx = _role_rx(word)
    if role_rx is None:
        return None
    # "the Peruvian president", "el canciller chileno"; Torre Tagle is the seat
    # of Peru's foreign ministry
    country = country_in(around[m.start() : m.end() + 20])
    if "torre tagle" in m.group(0):
        country = "PER"
    if word.startswith("republican") and country is None:
        # "el republicano": a member of Chile's Partido Republicano
        country = "CHL"
    elect = _elect(m)
    unplaced = None
    # only a person bears a title: the checks below read persons alone
    earlier = [
        f
        for f in doc.found
        if f.end <= cue.start() and doc.entries[f.entry_id].kind == "person"
    ]
    # "De Zela informó que, en la reunión con su par chileno, Alberto van
    # Klaveren, …, remarcó el ministro": one named as a complement is not the
    # title's bearer while another fits
    # '"Respetamos lo que diga el presidente chileno", dijo el mandatario': one
    # named inside the quotation is what was said, not who said it
    earlier = [f for f in earlier if not _quoted(doc, sent.start, f.start, cue.start())]
    spoke = {sid for _, sid in doc.__dict__.get("_sources", [])}
    complement = {
        id(f)
        for f in earlier
        if _APPOSED_COMPLEMENT.search(doc.folded, max(0, f.start - 70), f.start)
        # "…con el del presidente interino, Balcázar, quien advirtió…": one
        # named as a complement who has since spoken is no mere complement
        and f.entry_id not in spoke
    }
    earlier = [f for f in earlier if id(f) in complement] + [
        f for f in earlier if id(f) not in complement
    ]
    # "Van Klaveren opened by briefing senators, where he and his Peruvian
    # counterpart, Hugo de Zela, agreed… The minister insisted…": of two who fit,
    # the one who opened the sentence before, not the one named last in it
    opener = _opening_subject(doc, doc.sentence_at(sent.start) - 1)
    if opener is not None and cue.start() - sent.start <= 30:
        earlier = [f for f in earlier if f.entry_id != opener.entry_id] + [opener]

    dept = _DEPARTMENTS.get((m.group("dept") or "").split(" ")[-1])

    def bears(e) -> bool:
        # "the interior minister" is no foreign minister
        role = fold(doc.dynamic_roles.get(e.id) or e.role_on(doc.published) or "")
        return _bears(doc, e, role_rx, elect) and (
            dept is None or re.search(dept, role.lower()) is not None
        )

    sources = doc.__dict__.get("_sources") or []
    if word.startswith(("politic", "lider", "leader", "dirigente")) and sources:
        # "Kast dijo que P. Por otro lado, el político ultraderechista confirmó
        # que Q": a title any politician bears is the one who has just spoken
        spoke = [f for f in earlier if f.entry_id == sources[-1][1]]
        if (
            spoke
            and bears(doc.entries[spoke[-1].entry_id])
            and (country is None or doc.entries[spoke[-1].entry_id].country == country)
            and doc.sentence_at(sources[-1][0])
            >= _prev_sentence(doc, doc.sentence_at(cue.start()))
        ):
            return spoke[-1]
    for f in reversed(earlier):
        e = doc.entries[f.entry_id]
        if not bears(e):
            continue
        if country is None or e.country == country:
            return f
        if e.country is None and unplaced is None:
            # "la autoridad chilena": a subsecretario the gazetteer does not
            # place, if no one of that country fits
            unplaced = f
    if unplaced is None and country is not None and sent.start <= 300:
        # "LIMA — Peru's interim president has rejected…": a lead may name the
        # title first and the person in the paragraphs after it
        for f in doc.found:
            e = doc.entries[f.entry_id]
            if (
                cue.end() < f.start <= sent.end + 600
                and e.country == country
                and bears(e)
            ):
                return f
    return unplaced


# The department a title names, as the roles of the gazetteer word it
_DEPARTMENTS = {
    "affairs": r"foreign|exteriores|canciller",
    "foreign": r"foreign|exteriores|canciller",
    "interior": r"interior",
    "defence": r"defen[cs]e|defensa",
    "defense": r"defen[cs]e|defensa",
    "security": r"security|seguridad",
}


def _elect(m: re.Match) -> bool | None:
    """ "the president-elect", "el presidente electo": the elect only; "el
    mandatario", "the president": the one in office; None for other titles."""
    if m.group("title").startswith(
        ("president", "mandatari", "jefe de estado", "jefe del estado", "head of state")
    ):
        return "elect" in m.group(0)
    return None


def _role_rx(word: str) -> str | None:
    """The roles a title word stands for ("canciller": a foreign minister)."""
    return next((r for k, r in _TITLE_ROLES.items() if word.startswith(k)), None)


def _fits(role: str | None, role_rx: str, elect: bool | None) -> bool:
    """A role that a title fits ("the president-elect" is not the sitting
    president)."""
    role = fold(role or "").lower()
    return (elect is None or ("elect" in role) == elect) and bool(
        re.search(role_rx, role)
    )


def _bears(doc: Doc, e, role_rx: str, elect: bool | None) -> bool:
    """A person whose role on the report's day fits the title."""
    return e.kind == "person" and _fits(
        doc.dynamic_roles.get(e.id) or e.role_on(doc.published), role_rx, elect
    )


def _unfit_title(doc: Doc, cue: re.Match, person: Found) -> bool:
    """ "El ministro dijo que…" where no minister is named: an office just before
    the verb that the person a dropped subject would stand for does not hold (a
    president is no minister). Titles any official bears ("la autoridad", "the
    official", "el político") and those of a country fit anyone."""
    sent = doc.sentences[doc.sentence_at(cue.start())]
    m = _TITLE_JUST_BEFORE_CUE.search(doc.folded[sent.start : cue.start()])
    if m is None or _GENERIC_TITLE.search(m.group(0)):
        return False
    role_rx = _role_rx(m.group("title"))
    if role_rx is None or role_rx == r".":
        return False
    e = doc.entries[person.entry_id]
    if e.kind != "person":
        return False
    # any office the person has held: "El mandatario defendió entonces…" tells
    # of a president since removed
    roles = {doc.dynamic_roles.get(e.id), e.role, *(r.role for r in e.roles)}
    dept = _DEPARTMENTS.get((m.group("dept") or "").split(" ")[-1])
    return not any(
        role
        and _fits(role, role_rx, _elect(m))
        # "the interior minister" is no foreign minister
        and (dept is None or re.search(dept, fold(role).lower()) is not None)
        for role in roles
    )


# a title as the subject just before the verb: "el ministro dijo", "the minister
# (also) said"; not a title inside a complement ("tras reunirse con el ministro")
_TITLE_JUST_BEFORE_CUE = re.compile(
    r"(?:^|[.;:]\s*|,\s*)" + _TITLE.pattern + r"(?:\s+[a-z]+){0,3}?\s+"
    r"(?:(?:tambien|ademas|also|luego|then|later)\s+)?$"
)


_GOVERNED_AFTER = re.compile(
    r"\b(?:con|a|al|de|del|para|por|sobre|with|to|by|for|of|about|haber|"
    r"[a-z]{3,}(?:ar|er|ir|ado|ido))\s"
)
# The end of what was said before its speaker's name, past a title: '"P,"
# Chilean Security Minister Luis Cordero', "P, President Jerí"
_TITLED_NAME_AFTER = re.compile(
    r"(?:([\"”»])\s*,?|,)\s*(?:(?:[A-Z][\w'’.-]*|of|the|de|del|la|el)\s+){0,6}$"
)
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:in|at|on|after|before|during|since|upon|when|while|however|days?|"
    r"weeks?|months?|hours?|one|two|three|four|five|six|seven|a|an|the day|"
    r"earlier|later|last|this|that|by|with|without|for)\b"
)
# nothing but an adverb between a name and its verb: "Kast previously told"
_ADVERB_ONLY = re.compile(
    r"[\s,]*(?:(?:[a-z]+ly|also|then|later|again|once|earlier|ya|luego|tambien|"
    r"también|despues|después)[\s,]*)?"
)
_ADJUNCT_ONLY = re.compile(
    r"(?:debido a|due to|because of|a causa de|gracias a|tras|ante|amid|despite|"
    r"pese a|a pesar de|in view of|owing to|given)\b"
)
_BARE_MODAL = re.compile(r"(?:Should|Would|Could|Will|Must|May|Might|Can|Shall)\s")
_ASIDE_CUT_AT_SUBJECT = re.compile(
    r",\s+(?:[^,.;]{1,40}\s)?(?:he|she|they|él|ella|ellos|ellas)\.$", re.IGNORECASE
)
_MEDIUM_OF = re.compile(
    # '"P", detalla una publicación de T13': the outlet whose piece says P
    r"\s+(?:la|el|the|a|an|su|its|una|un)\s+(?:cuenta|comunicado|nota|pronunciamiento|"
    r"mensaje|account|statement|communique|release|note|publicacion|informe|"
    r"reportaje|articulo|reporte|report|article)(?:\s+(?:institucional|"
    r"oficial|official|de prensa|press))?\s+(?:de|del|of|from)\s+(?:(?:la|el|the)\s+)?"
)
# a relative clause set between commas: "…, who preferred to remain anonymous, …"
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|quien|que)\s[^,;.\"“”«»]{1,80},\s*")
# …ending just before a verb: "El general, que asumió la jefatura…, dijo"
_RELATIVE_BEFORE = re.compile(_RELATIVE_ASIDE.pattern + "$")
_INFINITIVE_AFTER = re.compile(r"\s+(?:haber|estar|ser|tener|[a-z]{3,}(?:ar|er|ir))\b")


# "junto al ministro del Interior, Vicente Tiburcio": a person in apposition to a
# title that a preposition governs is a complement too.
_ADDRESSED = re.compile(
    r"\b(?:addressing|dirigiendose a|interpelando a|emplazando a|responding to|"
    r"replying to|respondiendo a|replicando a)\s+(?:(?:el|la|al|the)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)
_APPOSED_COMPLEMENT = re.compile(
    r"\b(?:a|al|con|junto a|junto al|with|to|para|por|by|alongside)\s+"
    r"(?:el\s+|la\s+|the\s+|su\s+|sus\s+|his\s+|her\s+|its\s+)?(?:[a-z'’]+\s+)?"
    r"(?:mandatari|president|canciller|minist|secretar|subsecretar|undersecretar|"
    r"gobernador|governor|alcalde|mayor|director|jefe|head|vocer|spokes|par\b|"
    r"homolog|counterpart)\w*[^,.;]{0,40},\s*$"
)


_DEFINITE_OFFICIAL = re.compile(
    r"(?:^|[.;:]\s*|,\s*|\s)(?P<np>(?:el|la|the)\s+(?:(?:regional|local|provincial|"
    r"senior|top)\s+)?(?:delegad[oa]|prefect[oa]|subprefect[oa]|jef[ea](?!\s+del?\s+estado)|vocer[oa]|"
    r"portavoz|gerente|coordinador[a]?|funcionari[oa]|comisari[oa]|delegate|prefect|"
    r"spokes(?:man|woman|person)|police chief|coordinator|official)(?:\s+(?!que\b|"
    r"that\b)[a-z]+){0,4}?)\s+(?:(?:por su parte|tambien|also|ademas)\s+)?$"
)


def _unnamed_official(doc: Doc, si: int, cue: re.Match) -> Found | None:
    """A definite office just before a verb of saying that no name or title of
    the article resolves: a speaker of its own, named by the office."""
    sent = doc.sentences[si]
    base = max(sent.start, cue.start() - 80)
    m = _DEFINITE_OFFICIAL.search(doc.folded[base : cue.start()])
    if m is None:
        return None
    lo, hi = base + m.start("np"), base + m.end("np")
    if any(f.start < hi and lo < f.end for f in doc.found):
        return None
    words = doc.text[lo:hi]
    name = re.sub(r"^(?:el|la|the)\s+", "", words, flags=re.IGNORECASE)
    name = name[:1].upper() + name[1:]
    eid = slug(name)
    if eid not in doc.entries:
        doc.entries[eid] = Entry(eid, name, "actors", "person", place_country(doc, si))
        doc.dynamic_roles[eid] = words[:1].lower() + words[1:]
    found = Found(lo, hi, words, eid, si)
    doc.found.append(found)
    doc.found.sort(key=lambda f: (f.start, f.end))
    return found


def _quoted(doc: Doc, lo: int, pos: int, hi: int) -> bool:
    """The words at `pos` are inside a quotation that closes before `hi`."""
    before, after = doc.text[lo:pos], doc.text[pos:hi]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened and ("”" in after or '"' in after)


def _opening_subject(doc: Doc, si: int) -> Found | None:
    """The person who opens a sentence as its subject ("El mandatario peruano
    planteó…", "Jerí dijo…"), if any: named or titled in its first words, with no
    preposition before."""
    if si < 0:
        return None
    sent = doc.sentences[si]
    for f in doc.in_sentence(si):
        if f.start - sent.start > 40:
            break
        e = doc.entries[f.entry_id]
        if e.kind != "person":
            continue
        if _PREP_BEFORE.search(doc.folded, max(sent.start, f.start - 25), f.start):
            continue
        lead = doc.folded[sent.start : f.start]
        if re.fullmatch(r"\s*(?:(?:el|la|the)\s+)?(?:[a-z]+\s+){0,4}", lead):
            return f
    return None


def _quote_opening(doc: Doc, si: int) -> int | None:
    """Where the quotation a sentence starts inside opened, in an earlier sentence
    of its paragraph; None if it starts outside one."""
    sent = doc.sentences[si]
    first = next(t for t in doc.sentences if t.paragraph == sent.paragraph)
    before = doc.text[first.start : sent.start]
    curly = before.count("“") - before.count("”")
    angled = before.count("«") - before.count("»")
    straight = before.count('"') % 2
    if curly > 0:
        return first.start + before.rfind("“")
    if angled > 0:
        return first.start + before.rfind("«")
    if straight:
        return first.start + before.rfind('"')
    return None


_IN_COMPANY = re.compile(
    r"\b(?:with|alongside|accompanied by|con|junto a|junto al|acompanad[oa] (?:de|por))"
    # "Con todo, Kast…", "With that, Jerí…": a connective, no company
    r"(?!\s+(?:todo|ello|esto|eso|that|this|it)\b)"
    r"\s+(?:(?!,\s*(?:and|y|but|pero)\s)[^.;:])*$"
)


def _article_country(doc: Doc) -> str | None:
    """The country an article names most, by its places and bodies, when one
    leads."""
    return leading_country(doc, doc.found)


def leading_country(doc: Doc, found) -> str | None:
    """The country the mentions `found` name most, when one leads."""
    counts = Counter(
        doc.entries[f.entry_id].country
        for f in found
        if doc.entries[f.entry_id].country
    )
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _standing_for(doc: Doc, m: re.Match, entry_id: str, si: int) -> Found:
    """The words of a match's "who" group as a mention of the actor they stand
    for ("el Ejecutivo" for the government, "algunos de los extranjeros")."""
    lo, hi = m.span("who")
    return Found(lo, hi, doc.text[lo:hi], entry_id, si, derived=True)


def _generic_title_of(doc: Doc, cue: re.Match, speaker: Found) -> bool:
    """A title any official bears around the cue ("la autoridad"), naming no
    country or the speaker's ("la autoridad chilena" is of Chile only)."""
    m = _GENERIC_TITLE.search(
        doc.folded, max(0, cue.start() - 30), min(len(doc.folded), cue.end() + 30)
    )
    if m is None:
        return False
    country = country_in(doc.folded[m.end() : m.end() + 12])
    return country is None or country == doc.entries[speaker.entry_id].country


_GENERIC_TITLE = re.compile(
    r"\b(?:la|el|the)\s+(?:autoridad|funcionari[oa]|official|anfitrion|host|"
    r"politic[oa]|politician|lider|leader|dirigente)\b"
)


def _prev_sentence(doc: Doc, si: int) -> int:
    """The sentence before `si`, past any subhead between ("Cooperación", "What
    happens next"): a short line with no full stop is no sentence of the story."""
    k = si - 1
    while k > 0:
        text = doc.text[doc.sentences[k].start : doc.sentences[k].end].strip()
        if text[-1:] in '.!?…:"”»' or len(text.split()) > 8:
            break
        k -= 1
    return k


_INFINITIVE_OBJECT = re.compile(r"\bto\s+[a-z]{3,}\s+$")
# "the corridor that Kast had promoted", "el corredor que proponía Kast": the
# subject of a clause inside another, before or after its verb
_CLAUSE_OPENS = re.compile(
    r"\b(?:that|which|whom|que|quien|cual)\s+(?:(?!y\b|and\b|pero\b|but\b)[a-z]+\s+){0,2}$"
)


def _referent(doc: Doc, cue: re.Match, last_speaker: Found | None) -> Found | None:
    """The person a pronoun, a title or a dropped subject stands for: a person
    whose role fits the title, else the last speaker or the last person named."""
    titled = _titled(doc, cue)
    sources = doc.__dict__.get("_sources") or []
    if (
        titled is not None
        and last_speaker is not None
        and titled.entry_id != last_speaker.entry_id
        and sources
        and sources[-1][1] == last_speaker.entry_id
        and doc.sentence_at(sources[-1][0])
        >= _prev_sentence(doc, doc.sentence_at(cue.start()))
        and doc.entries[last_speaker.entry_id].kind == "person"
        and _generic_title_of(doc, cue, last_speaker)
    ):
        # "Ramos sostuvo que P. «Q», afirmó la autoridad": a title any official
        # bears is the one who has just spoken
        return last_speaker
    if titled is not None:
        return titled
    body = _plural_body(doc, cue, sources)
    if body is not None:
        return body
    person = _nearest_referent(doc, cue, last_speaker, sources)
    if person is not None and _unfit_title(doc, cue, person):
        return None
    return person


def _plural_body(doc: Doc, cue: re.Match, sources) -> Found | None:
    """ "Desde Presidencia aseguran que P. Destacan, además, que Q": a plural verb
    with no subject goes on with the body that spoke last, not with a person."""
    if doc.article.language != "es" or not _PLURAL_ES.search(cue.group(0)):
        return None
    si = doc.sentence_at(cue.start())
    if _opening_subject(doc, si) is not None:
        return None
    for pos, sid in reversed(sources):
        if (
            doc.sentences[doc.sentence_at(pos)].paragraph
            < doc.sentences[si].paragraph - 1
        ):
            return None  # too far back to go on with
        e = doc.entries.get(sid)
        if e is None or e.kind not in ("institution", "government"):
            continue
        mention = [f for f in doc.found if f.entry_id == sid and f.end <= cue.start()]
        return mention[-1] if mention else None
    return None


def _nearest_referent(
    doc: Doc, cue: re.Match, last_speaker: Found | None, sources
) -> Found | None:
    # A person named as a complement ("lost the run-off to Boric") is not the
    # one a later "he" stands for.
    people = [
        f
        for f in doc.found
        if f.end <= cue.start()
        and doc.entries[f.entry_id].kind == "person"
        and not _PREP_BEFORE.search(doc.folded, max(0, f.start - 25), f.start)
        and not _APPOSED_COMPLEMENT.search(doc.folded, max(0, f.start - 70), f.start)
        # "Addressing President Gabriel Boric, he wrote": the one spoken to
        and not _ADDRESSED.search(doc.folded, max(0, f.start - 40), f.start)
        # "flew to Arica with his ministers and the army's commander-in-chief,
        # General Pedro Varela": the company a subject keeps
        and not _IN_COMPANY.search(
            doc.folded, max(doc.sentences[f.sentence].start, f.start - 160), f.start
        )
        # "Kast, who beat leftist Jeannette Jara, …; he warned": the object of a
        # verb is not the one a later "he" stands for
        and not (
            doc.article.language == "en"
            and (
                OBJECT_OF.search(doc.folded, max(0, f.start - 20), f.start)
                # "used his programme to warn Kast not to…"
                or _INFINITIVE_OBJECT.search(doc.folded, max(0, f.start - 20), f.start)
            )
        )
    ]
    # "While Kast did not mention Noboa's response, he noted…": one named as the
    # owner of something, after another person of the sentence, is no subject
    people = [
        f
        for f in people
        if not (
            re.match(r"['’]s\b", doc.text[f.end : f.end + 3])
            and any(
                o.sentence == f.sentence
                and o.end <= f.start
                and o.entry_id != f.entry_id
                and not re.match(r"['’]s\b", doc.text[o.end : o.end + 3])
                for o in people
            )
        )
    ]
    # '"Respetamos lo que diga el presidente chileno", declaró': one named inside
    # the quotation did not say it
    # (a quotation of several sentences opened in an earlier one)
    si_cue = doc.sentence_at(cue.start())
    opened = _quote_opening(doc, si_cue)
    lo = opened if opened is not None else doc.sentences[si_cue].start
    people = [f for f in people if not _quoted(doc, lo, f.start, cue.start())]
    said = doc.__dict__.get("_said")
    if said and last_speaker is not None and said[2] == last_speaker.entry_id:
        # "Según informó la Presidencia, Jerí felicitó a Kast. «…», señaló": one
        # named in what the last speaker said is not the next verb's subject
        people = [f for f in people if not said[0] <= f.start < said[1]]
    # "Jerí ruled out the corridor that Kast had been promoting. He told…": the
    # subject of a clause inside another is not the one "he" stands for
    main = [
        f
        for f in people
        if not _CLAUSE_OPENS.search(doc.folded, max(0, f.start - 40), f.start)
    ]
    if main and main[-1].sentence == people[-1].sentence:
        people = main
    if people:
        last = people[-1]
        # where the last speaker last spoke: "…, sostuvo el secretario de Estado.
        # Agregó que …" is his, though the name was given before another's
        spoke_at = (
            sources[-1][0]
            if last_speaker is not None
            and sources
            and sources[-1][1] == last_speaker.entry_id
            else last_speaker.start
            if last_speaker is not None
            else -1
        )
        si = doc.sentence_at(cue.start())
        before = _prev_sentence(doc, si)
        opener = _opening_subject(doc, before)
        if (
            last_speaker is not None
            and spoke_at >= 0
            and doc.sentence_at(spoke_at) == before
            and last.sentence == before
            and last.entry_id != last_speaker.entry_id
            and (opener is None or opener.entry_id == last_speaker.entry_id)
            and _OPENING.fullmatch(doc.folded[doc.sentences[si].start : cue.start()])
        ):
            # "Kast refirió que falta dialogar con los presidentes de Colombia,
            # Gustavo Petro, y de Chile, Gabriel Boric. Dijo que…": a dropped
            # subject goes on with the one who spoke in the sentence before, not
            # with one named in what he said
            return last_speaker
        if last_speaker is None or last.start > spoke_at:
            return last
    return last_speaker


# "said that P and that Q", "dijo que P y que Q": a second proposition of the
# same verb ("and that is why" is a demonstrative, not a second "that")
_AND_THAT = re.compile(
    r"(,?\s+(?:and|y))\s+(?:that|que)\s+"
    r"(?!(?:is|was|will|would|has|had|could|can|should|must|means|meant|"
    r"es|era|fue|sera|será)\b)(?=\w)"
)


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and doc.text[lo] in " ,;:" + _QUOTES:
        lo += 1
    while hi > lo and doc.text[hi - 1] in " ,;:" + _QUOTES:
        hi -= 1
    return lo, hi


_IRREGULAR_PAST = {"say": "said", "tell": "told", "speak": "spoke", "mak": "made"}


def _past_of_gerund(m: re.Match) -> str:
    """ "likening" -> "likened", "saying" -> "said"."""
    stem = m.group(1)
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"  # "denying" -> "denied"
    return _IRREGULAR_PAST.get(stem, stem + "ed")


# Gerunds whose preterite a rule does not give
_IRREGULAR_PRETERITE = {
    "diciendo": "dijo",
    "sosteniendo": "sostuvo",
    "manteniendo": "mantuvo",
    "obteniendo": "obtuvo",
    "haciendo": "hizo",
    "pidiendo": "pidió",
    "siguiendo": "siguió",
    "proponiendo": "propuso",
    "exponiendo": "expuso",
    "reconociendo": "reconoció",
}


def _preterite_of_gerund(m: re.Match) -> str:
    """ "señalando" -> "señaló", "advirtiendo" -> "advirtió", "diciendo" -> "dijo":
    a Spanish gerund told as the speaker's past act."""
    word = m.group(0)
    if word in _IRREGULAR_PRETERITE:
        return _IRREGULAR_PRETERITE[word]
    stem, end = m.group(1), m.group(2)
    return stem + ("ó" if end == "ando" else "yó" if end == "yendo" else "ió")


def _head_of_aside(
    doc: Doc, prev: int, cue: re.Match, prop: tuple[int, int], speaker: Found
) -> str:
    """The words before a verb of saying set between commas, which open what was
    said: "La frontera, dijo Jerí, seguirá abierta", "The border, Jerí said, will
    stay open" -> "La frontera", "The border"."""
    closed = re.search(r",\s*$", doc.text[cue.end() : prop[0]]) or re.match(
        r"\s*,", doc.text[prop[0] : prop[0] + 3]
    )
    if prop[0] < cue.end() or not closed:
        return ""
    upto = cue.start()
    if prev < speaker.start and speaker.end <= cue.start():
        if doc.text[speaker.end : cue.start()].strip():
            return ""
        upto = speaker.start
    elif titled := _TITLE_AT_END.search(doc.folded, prev, cue.start()):
        upto = titled.start()  # "The crisis, the interior minister said, was…"
    # "That rhetoric, officials and local media reported, …": the first of two
    # speakers closes the head too
    head = re.sub(r",\s*(?:[\w'’-]+\s+){1,3}(?:and|y|e)\s+$", ", ", doc.text[prev:upto])
    if not re.search(r"\w\s*,\s*$", head):
        return ""
    head = head.rstrip(" ,")
    if (
        len(head) > 60
        or any(c in head for c in ",;:" + _QUOTES)
        # "Por eso, agregó, …": a connective links to what came before
        or _OPENING.fullmatch(fold(head).lower())
    ):
        return ""
    return head.strip()


_TITLE_AT_END = re.compile(_TITLE.pattern + r"\s*$")
_PASSIVE_BEFORE = re.compile(
    r"\b(?:been|being|was|were|is|are|be)\s+(?:(?:\w+ly|not|also|widely)\s+)?$"
)
# an aside opened by a dash: "—dijo", "–dijo", or a hyphen after a space, as some
# outlets type it ("De lo contrario -afirma Kast-, serán detenidos")
_DASH_INSERT_BEFORE = re.compile(r"(?:[—–]|(?<=\s)-)\s*$")
_DASH_CLOSE = re.compile(r"[—–]|-(?=[\s,;.])")
# «Estamos trabajando —dijo el canciller— para que…»: the insert goes
_DASH_INSERT = re.compile(
    r"\s*(?:—[^—\n]{2,70}—|–[^–\n]{2,70}–|(?<=\s)-[^-\n]{2,70}-(?=[\s,;.]))\s*"
)
# "LIMA/SANTIAGO, Dec 2 (Reuters) - ", "Lima, 17 mar (EFE).- ", "LIMA — ": where
# and when the story was filed, before what it says
_DATELINE_OPENING = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ .'/-]{1,40}(?:,\s*[^()\n]{1,20}?)?"
    r"\s*(?:\([^()\n]{1,20}\))?\s*\.?\s*[-\u2013\u2014]+\s+"
)


def _lemma_said(words: str, language: str) -> bool:
    """Some word of `words` is a verb of saying, by its lemma."""
    said = lex_().report_lemmas.get(language, ())
    return any(lemma_of(w, language) in said for w in re.findall(r"\w+", words.lower()))


# the first half of a quotation cut by its speaker: '"P," he said, "Q."'
_SPLIT_BEFORE = re.compile(
    r"[\"“«](?P<a>[^\"“”«»]{3,}?)(?:,\s*[\"”»]|[\"”»]\s*,)\s*[^\"“”«»,.;:]{0,40}$"
)
_SPLIT_AFTER = re.compile(r"[^\"“”«»,.;:]{0,40}?,\s*[\"“«](?P<b>[^\"“”«»]{3,})[\"”»]")


def _split_quotation(doc: Doc, sent, cue: re.Match):
    """The two halves of one quotation its verb of saying cuts ('"To the
    migrants in Chile," he said, "I tell you that…"'), or None."""
    a = _SPLIT_BEFORE.search(doc.text, sent.start, cue.start())
    b = _SPLIT_AFTER.match(doc.text, cue.end(), sent.end)
    if a is None or b is None:
        return None
    return (a.start("a"), a.end("a")), (b.start("b"), b.end("b"))


def _joined_summary(doc: Doc, split, cue: re.Match) -> str | None:
    (a0, a1), (b0, b1) = split
    first = _summary(doc, a0, a1, cue=cue)
    second = _summary(doc, b0, b1, cue=cue)
    if first is None or second is None:
        return None
    # the second half keeps its own first letter ("and it will…", "I tell you")
    second = doc.text[b0:b1].lstrip()[:1] + second[1:]
    return f"{first.rstrip('.!?…')}, {second}"


def _summary(
    doc: Doc, lo: int, hi: int, speaker: Found | None = None, cue=None, head: str = ""
) -> str | None:
    """The proposition as one sentence: from a phrase boundary to a full stop.
    With a speaker and cue, the sentence is "<speaker> <verb> <object>"; `head`
    is the words that open it before an aside ("La frontera, dijo Jerí, …")."""
    if speaker is not None:
        entry = doc.entries[speaker.entry_id]
        # a body as the article names it ("la Presidencia"), a person by surname,
        # one known by office alone by the office ("el delegado presidencial")
        role = doc.dynamic_roles.get(entry.id) or ""
        name = (
            role
            if re.match(r"(?:el|la|the|un|una|an?)\s", role, re.IGNORECASE)
            else short_name(entry)
            if entry.kind == "person"
            else speaker.surface
        )
        article = re.search(
            r"\b(?:el|la|los|las|the)\s+$",
            doc.text[max(0, speaker.start - 5) : speaker.start],
            re.IGNORECASE,
        )
        if (
            entry.kind != "person"
            and article
            and not re.match(r"(?:el|la|los|las|the)\s", name, re.IGNORECASE)
        ):
            # "El ministerio reiteró…": a body keeps its article
            name = f"{article.group(0).strip().lower()} {name}"
        # "ha negado", "has denied": the verb with its auxiliary
        aux = _AUXILIARY.search(doc.folded, max(0, cue.start() - 8), cue.start())
        start = aux.start() if aux else cue.start()
        # "la comparó con el Muro de Berlín": the verb with its clitic
        clitic = _CLITIC.search(doc.folded, max(0, start - 5), start)
        start = clitic.start() if clitic else start
        told = doc.text[start:hi].strip()
        # "Subrayó además que…" opening its sentence: the verb after the name
        told = told[:1].lower() + told[1:]
        # "…, likening the project to the Berlin Wall": told as a past act
        told = re.sub(r"^([a-z]{3,})ing\b", _past_of_gerund, told)
        # "…, señalando las coincidencias": "señaló las coincidencias"
        told = re.sub(r"^([a-zñ]{2,}?)(ando|iendo|yendo)\b", _preterite_of_gerund, told)
        text = f"{name} {told}"
    else:
        text = _DATELINE_OPENING.sub("", doc.text[lo:hi])
        text = _DASH_INSERT.sub(
            lambda m: (
                " "
                if lex_().report_before.search(fold_lower(m.group(0)))
                or _lemma_said(m.group(0), doc.article.language)
                else m.group(0)
            ),
            text,
        )
        m = _OPEN.match(text)
        if m:
            text = text[m.end() :]
    # "said on Tuesday that P", "dijo el martes que P": the day is the saying's
    # (not the first word of a quotation: '"That measure is ruled out," he said')
    if doc.text[lo:hi].lstrip()[:1] not in _QUOTES:
        text = re.sub(
            r"^\s*(?:,[^,.;:]{1,30},\s*)?"
            # "earlier today", "late on Friday", "esta mañana": the saying's time
            r"(?:(?:earlier|later|late|early)\s+)?"
            r"(?:(?:(?:on|this|last|este|esta|el|la)\s+[^\W\d]+"
            r"|today|yesterday|tonight|hoy|ayer|anoche"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
            r"(?:that|que)\s*,?\s+",
            "",
            text,
            flags=re.IGNORECASE,
        )
    # "that P and that Q", "que P y que Q": one proposition of two clauses
    # reads "P and Q" (a join inside a quotation is the quotation's)
    if not any(q in doc.text[lo:hi] for q in _QUOTES[:5]):
        text = _AND_THAT.sub(lambda m: m.group(1) + " ", text)
    if cue is not None and fold(cue.group(0)) in _TELLING:
        # "told undocumented migrants they have 103 days": what was told
        # starts at its own subject, after the listener
        listener = (
            None
            if re.match(r"(?:they|he|she|we|you)\s", text, re.IGNORECASE)
            else _LISTENER.match(text)
        )
        if listener:
            text = text[listener.end() :]
        else:
            # "told reporters the border would remain open": the listener a
            # report names, then what was told
            text = _NAMED_LISTENER.sub("", text, count=1)
    if doc.text[lo:hi].lstrip()[:1] not in _QUOTES:
        # "telling him that P", "told him P", "his warning to foreigners living in
        # Chile that P": the one told is no part of P
        text = re.sub(
            r"^\s*(?:(?:him|her|them|us|me)\s+(?!to\s)(?:that\s+)?|"
            r"to\s+[^,.;:]{1,60}?\s+that\s+)",
            "",
            text,
            flags=re.IGNORECASE,
        )
    cut = _NEXT.search(text)
    # "… y explicó que …" ends the first proposition where the second starts.
    if cut and lex_().report_before.match(fold_lower(text[cut.end() :])):
        text = text[: cut.start()]
    # "'We will not allow irregular migration' and called a Council of
    # Ministers": the quotation ends where the speaker's next act begins
    if any(q in doc.text[lo:hi] for q in _QUOTES):
        act = re.search(
            r"[\"”»'’]\s+(?:and|y|e)\s+(?:(?:also|then|later|luego|tambien)\s+)?"
            r"[a-záéíóú]+(?:ed|ó|aron|ieron)\b",
            text,
        )
        if act:
            text = text[: act.start() + 1]
    # "…, and has promised mass deportations": the speaker's next act, not
    # what was said
    act = _SPEAKERS_NEXT_ACT.search(text)
    if act:
        text = text[: act.start()]
    # "Desde entonces, comentó, las pruebas…": the verb set between commas goes
    text = re.sub(
        r",\s*([^\W\d]+)\s*,",
        lambda m: (
            ""
            if lemma_of(m.group(1).lower(), doc.article.language)
            in lex_().report_lemmas.get(doc.article.language, ())
            or m.group(1).lower() in ("dijo", "said")
            else m.group(0)
        ),
        text,
    )
    # '"P", afirmó en una entrevista': the quotation, without its verb and occasion
    said_after = re.search(r"(?<=[\"”»])\s*,\s*(?=[a-záéíóúñ])", text)
    tail = fold_lower(text[said_after.end() :]) if said_after else ""
    if said_after and (
        lex_().report_after.match(tail) or lex_().report_before.match(tail)
    ):
        text = text[: said_after.start()]
    # "que, según la secretaria general del partido, Ruth Hurtado, se aplazará"
    text = re.sub(
        r",\s*(?:según|segun|according to|de acuerdo con)\s+[^,]{1,80}?"
        r"(?:,\s*[A-ZÁÉÍÓÚÑ][^,]{1,40})?,\s*",
        " ",
        text,
    )
    # '"P," Mr de Zela said': the speaker's honorific is no part of P
    text = re.sub(r"[\"”»]?\s*,?\s*(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta)\.?\s*$", "", text)
    # '"P," Chilean Foreign Minister Alberto van Klaveren told reporters': nor
    # is the title before the speaker's name
    text = re.sub(r"(?<=[\"”»])\s*,?\s*(?:[A-ZÁÉÍÓÚ][\w'’-]*\s*){1,5}$", "", text)
    # '"P", había escrito': the auxiliary is the verb's, not the proposition's
    text = re.sub(r"[\"”»]?\s*,\s*(?:ha|han|había|habían|has|have|had)\s*$", "", text)
    text = text.strip(" ,;:\n" + _QUOTES)
    while True:  # "…, y" before the next reporting verb, "un problema que"
        # "…, Francisco Pérez Mackenna, quien le": the relative that opens the
        # next reported claim, with its listener
        cut = _DANGLING.sub("", _RELATIVE_END.sub("", text))
        if cut == text:
            break
        text = cut.rstrip(" ,;:" + _QUOTES)
    if head and text:
        text = f"{head} {text[:1].lower() + text[1:]}"
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*[\"“”«»]\s*", " ", text).strip()
    text = re.sub(r"\s+([.,;:!?…])", r"\1", text)
    if len(text) < MIN_PROPOSITION:
        return None
    return _as_sentence(text)


def _as_sentence(text: str) -> str:
    """Upper case first, a full stop last."""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text = text.rstrip(".") + "."
    return text


_ASIDE_CUE = re.compile(
    r",\s*(?:al|a la|a los|a las)\s+(?:que|cual)\s+$|,\s*which\s+(?:he|she|they)\s+$"
    # "it respected what it described as a sovereign decision", "lo que calificó
    # de…": the thing so named
    r"|\b(?:what|lo que)\s+(?:(?:he|she|it|they|el|ella)\s+)?(?:(?:has|had|have)\s+)?$"
)
_SHORT_SUMMARY = {"en": 6, "es": 3}
_AUX_EN = frozenset(
    "is are was were be been being has have had will would can could should must "
    "may might do does did shall need needs cannot can't won't wouldn't couldn't "
    "shouldn't mustn't isn't aren't wasn't weren't doesn't don't didn't hasn't "
    "haven't hadn't".split()
)


def _verbless(summary: str, language: str) -> bool:
    """A summary with no finite verb is no proposition ("On Instagram.", "El
    crimen organizado.", "A news conference.")."""
    words = re.findall(r"[^\W\d_]+", summary.lower())
    if len(words) > _SHORT_SUMMARY[language]:
        return False  # a longer one is read as it is: a tagger would be needed
    if language == "en":
        return (
            not any(
                w in _AUX_EN or (len(w) > 4 and w.endswith("ed")) or w.endswith("n't")
                for w in words
            )
            and not any(
                _is_verb_en(w)
                # "local television station Canal N": a bare form after a noun is
                # a noun; after a subject pronoun, "to" or a modal it is a verb
                and (
                    lemma_of(w, "en") != w
                    or k == 0
                    or words[k - 1] in _BEFORE_BARE_VERB
                )
                for k, w in enumerate(words)
            )
            and not any(_present_verb_en(words, k) for k in range(1, len(words) - 1))
        )
    # Spanish forms are too often nouns too ("cuenta", "espera"): only the
    # shortest summaries are read, for a verb the lemmatiser knows
    return not any(
        lemma.endswith(("ar", "er", "ir")) and not re.search(r"(?:ad|id)[oa]s?$", w)
        for w in words
        for lemma in (lemma_of(w, "es"),)
    )


_BEFORE_BARE_VERB = frozenset(
    "i we you they to will would can could must should may might not also now "
    "never always often still".split()
)
_DETERMINERS_EN = frozenset(
    "the a an this that these those his her its their our my your some no every "
    "to in on at of for by with and or".split()
)


def _present_verb_en(words: list[str], k: int) -> bool:
    """ "the decision violates the treaty": a present in -s between a noun and a
    determiner or preposition is the verb."""
    w = words[k]
    lemma = lemma_of(w, "en")
    if (
        lemma == w
        and len(w) > 2
        and w not in _DETERMINERS_EN
        and words[k - 1].endswith("s")
        and not words[k - 1].endswith(("ss", "us", "is"))
        and len(words[k - 1]) > 3
        and words[k - 1] not in _DETERMINERS_EN
        and words[k + 1] in _DETERMINERS_EN
    ):
        return True  # "some 300,000 Bolivians live in Chile": a plural, its verb
    return (
        len(w) > 3
        and w.endswith("s")
        and lemma != w
        # "local reporters at the site": a noun of who does something
        and not lemma.endswith(("er", "or", "ist", "ant", "ent", "ian"))
        and words[k - 1] not in _DETERMINERS_EN
        and words[k + 1] in _DETERMINERS_EN
    )


def _is_verb_en(word: str) -> bool:
    # a present or past form the lemmatiser maps to a verb of the lexicon's lists
    lemma = lemma_of(word, "en")
    # "met", "takes" (not a plural noun: "officials")
    return lemma in lex_().verbs or (lemma != word and not word.endswith("s"))


def fold_lower(s: str) -> str:
    return fold(s)
