"""Records shown in the brief's language: kinds from the catalogue, else the article's words.

Rules reason on kinds and ids; words appear only here, at display. A label or summary
is shown as written when it is in the brief's language (or the catalogue translates
it); otherwise a known kind gives a label from the catalogue, and the article's own
words are shown as a quote marked with their language.
"""

from __future__ import annotations

import functools
import re

from .gazetteer import load_lexicon
from .i18n import N_, has_translation, language_note, translator
from .schema import GENERIC_EVENT_LABELS, Claim, Dataset, Event, Measure

# "Border Shield plan": a name of two capitalised words, kept as written inside a
# sentence
# Two capitalised words open a name ("Border Shield plan"), unless the first is a
# determiner ("Su Gobierno buscará…" is "su Gobierno" after "Según Kast,")
NAMED_START = re.compile(
    r"(?!(?:Su|Sus|The|His|Her|Its|Their|Our|Nuestro|Nuestra|Nuestros|Nuestras|"
    r"Este|Esta|Estos|Estas|This|These|Those)\s)"
    r"[A-ZÁÉÍÓÚÑ][\w'’-]+\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]"
)

EVENT_KINDS = {
    "visit": N_("Visit"),
    "meeting": N_("Meeting"),
    "cabinet": N_("Binational cabinet"),
    "call": N_("Phone call"),
    "announcement": N_("Announcement"),
    "invitation": N_("Invitation"),
    "agreement": N_("Agreement"),
    "emergency": N_("State of emergency"),
    "deployment": N_("Deployment"),
    "election": N_("Election"),
    "inauguration": N_("Inauguration"),
    "tour": N_("Tour"),
    "expiry": N_("End of a measure's term"),
}
"""A label for each known event kind; 'other' has none and is quoted."""

MEASURE_KINDS = {
    "state_of_emergency": N_("State of emergency"),
    "military_deployment": N_("Military deployment"),
    "joint_patrols": N_("Joint patrols"),
    "police_cooperation": N_("Police cooperation"),
    "information_exchange": N_("Information exchange"),
    "border_control": N_("Stronger border controls"),
    "migration_control": N_("Migration controls"),
    "binational_cabinet": N_("Binational cabinet"),
    "binational_committee": N_("Binational committee"),
    "humanitarian_corridor": N_("Humanitarian corridor"),
    "border_closure": N_("Border closure"),
    "expulsion": N_("Expulsions"),
    "detention_centres": N_("Detention centres"),
    "regularisation": N_("Regularisation of migrants"),
}
"""A label for each known measure kind; 'other' has none and is quoted."""


def in_brief_language(text: str, dataset: Dataset, lang: str) -> bool:
    """True when curated or drafted text can be shown as is (or translated)."""
    return dataset.article.language == lang or (
        lang != "en" and has_translation(text, lang)
    )


def quoted(text: str, dataset: Dataset, lang: str) -> str:
    """The article's words in quotation marks, with their language named."""
    return f"“{text}”{language_note(dataset.article.language, lang)}"


def event_label(event: Event, dataset: Dataset, lang: str) -> str:
    """An event's label in the brief's language."""
    _ = translator(lang)
    if event.label in GENERIC_EVENT_LABELS.values():
        # a drafted event the extractor could not name: named so in any language
        return GENERIC_EVENT_LABELS.get(lang, event.label)
    if in_brief_language(event.label, dataset, lang):
        return _(event.label)
    where = _place_name(event.place, dataset, lang)
    again = _kind_template_in(event.label, dataset.article.language, lang, where)
    if again is not None:
        # "Visita de Kast a Perú" is "Kast's visit to Peru" in an English brief
        return again
    kind = EVENT_KINDS.get(event.kind)
    if kind is None:
        return quoted(event.label, dataset, lang)
    if where:
        return _("{kind}, {place}").format(kind=_(kind), place=where)
    # "Government of Peru" is "Gobierno del Perú" in a Spanish brief
    names = [_(a.name) for a in dataset.actors if a.actor_id in event.actors[:2]]
    if names:
        return _("{kind}: {actors}").format(kind=_(kind), actors=", ".join(names))
    return _(kind)


_CONJUNCTION = {"en": " and ", "es": " y "}
# a name is capitalised words and their particles ("De Zela", "Van Klaveren"): "la
# delegación chilena" is the article's words, not a name to carry over
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|van|von)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*"
_FIELD = {
    "who": "(?P<{}>" + _NAME + ")",
    "two": "(?P<{}>" + _NAME + r"\s+(?:y|and)\s+" + _NAME + ")",
    "where": "(?P<{}>.+?)",
}


@functools.cache
def _kind_templates(src: str, dst: str) -> list[tuple[re.Pattern, str]]:
    """Each label template of the extractor's lexicon in `src`, as a pattern, with
    the same template in `dst` (the same kind, the same place in its list)."""
    labels = load_lexicon()["event_kind_labels"]
    out = []
    for key, templates in labels[src].items():
        for i, template in enumerate(templates):
            target = labels[dst].get(key, [])
            fields = set(re.findall(r"\{(\w+)\}", template))
            if i >= len(target) or not fields or fields - {"who", "two", "where"}:
                continue  # a label of no one and nowhere is the catalogue's
            pattern = "".join(
                _FIELD.get(part[1:-1], "").format(part[1:-1])
                if part.startswith("{")
                else re.escape(part)
                for part in re.split(r"(\{\w+\})", template)
                if part
            )
            out.append((re.compile(pattern), target[i]))
    return out


def _kind_template_in(label: str, src: str, dst: str, where: str) -> str | None:
    """A drafted label made from a kind's template in the article's language, made
    again from the same template in the brief's: the names stay, the place is the
    event's own in the brief's language, and "y" is "and"."""
    if src == dst or src not in _CONJUNCTION or dst not in _CONJUNCTION:
        return None
    for pattern, target in _kind_templates(src, dst):
        m = pattern.fullmatch(label)
        if m is None:
            continue
        fields = m.groupdict()
        if "where" in fields and not where:
            return None  # the words of a place no record names stay quoted
        two = fields.get("two")
        return target.format(
            who=fields.get("who", ""),
            two=two.replace(_CONJUNCTION[src], _CONJUNCTION[dst]) if two else "",
            where=where,
        )
    return None


def measure_label(measure: Measure, dataset: Dataset, lang: str) -> str:
    """A measure's label in the brief's language."""
    _ = translator(lang)
    # a drafted measure's label is the lexicon's, in English whatever the article's
    # language, and the catalogue translates every one
    if not measure.reviewed or in_brief_language(measure.label, dataset, lang):
        return _(measure.label)
    kind = MEASURE_KINDS.get(measure.kind)
    return _(kind) if kind else quoted(measure.label, dataset, lang)


def claim_summary(claim: Claim, dataset: Dataset, lang: str) -> str:
    """A claim's summary in the brief's language, or quoted with its language."""
    if in_brief_language(claim.summary, dataset, lang):
        return translator(lang)(claim.summary)
    return quoted(claim.summary, dataset, lang)


def _place_name(place_id: str | None, dataset: Dataset, lang: str) -> str:
    place = next((p for p in dataset.places if p.place_id == place_id), None)
    return translator(lang)(place.name) if place else ""


_CITING = re.compile(r"^(?P<outlet>.+?) \((?P<verb>citing|quoting) (?P<source>.+)\)$")
_VIA = re.compile(r"^(?P<outlet>.+?) via (?P<carrier>.+)$")


def publisher(name: str, lang: str) -> str:
    """A reference row's publisher, its connecting words in the brief's language."""
    _ = translator(lang)
    m = _CITING.match(name)
    if m:
        template = (
            _("{outlet} (citing {source})")
            if m["verb"] == "citing"
            else _("{outlet} (quoting {source})")
        )
        return template.format(
            outlet=publisher(m["outlet"], lang), source=_(m["source"])
        )
    m = _VIA.match(name)
    if m:
        return _("{outlet} via {carrier}").format(
            outlet=m["outlet"], carrier=m["carrier"]
        )
    return name
