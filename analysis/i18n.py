"""Fixed text and formats in the brief's language: gettext catalogues read by Babel."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from babel.dates import format_date, format_interval, format_skeleton
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from .paths import LOCALE
from .registry import LANGUAGE_NAMES, LANGUAGES, LOCALES

__all__ = ["LANGUAGES", "LOCALES"]
DOMAIN = "messages"


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it yet."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with plural forms for the catalogue: (singular, plural)."""
    return singular, plural


DOMAINS = ("messages", "seeds")
"""messages: the package's fixed text; seeds: the curated annotations' own words."""

SEED_TEXT_FIELDS = ("name", "role", "label", "summary", "description")
"""Fields of curated records whose text a brief shows and a catalogue translates."""


def read_catalog(lang: str, domain: str):
    path = LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as fh:
        return read_po(fh, locale=LOCALES[lang])


@lru_cache
def _catalog(lang: str) -> dict:
    """Message id → translation; a plural message's id and translation are tuples."""
    if lang == "en":
        return {}
    table = {}
    for domain in DOMAINS:
        for m in read_catalog(lang, domain):
            if not m.id or m.fuzzy:
                continue
            if isinstance(m.id, tuple):
                if all(m.string):
                    table[m.id] = tuple(m.string)
            elif m.string:
                table[m.id] = m.string
    return table


@lru_cache
def _plural_index(lang: str) -> Callable[[int], int]:
    """Which plural form a count takes in a language, from CLDR via Babel."""
    import gettext

    from babel.messages.plurals import get_plural

    return gettext.c2py(get_plural(LOCALES[lang]).plural_expr)


def has_translation(message: str, lang: str) -> bool:
    """True when the catalogue translates `message` into `lang` (always for English)."""
    return lang == "en" or message in _catalog(lang)


def seed_strings(pattern: str = "*") -> list[str]:
    """Every translatable text of the curated annotations in seeds/ (of the
    articles whose file names match `pattern`)."""
    import yaml

    from .paths import SEEDS

    found: set[str] = set()
    for path in sorted(SEEDS.glob(pattern)):
        if path.suffix != ".md":
            continue
        front = path.read_text(encoding="utf-8").split("---")
        meta = yaml.safe_load(front[1]) if len(front) > 2 else {}
        if isinstance(meta, dict) and isinstance(meta.get("source"), str):
            found.add(meta["source"])
    for path in sorted(SEEDS.glob(pattern)):
        if not path.name.endswith(".annotations.yaml"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for table, records in data.items():
            if table == "sentence_topics" or not isinstance(records, list):
                continue
            for record in records:
                for field in SEED_TEXT_FIELDS:
                    if isinstance(record.get(field), str):
                        found.add(record[field])
    return sorted(found)


def lexicon_strings() -> list[str]:
    """The labels the extractor gives drafted measures (the lexicon's, in English)."""
    from .gazetteer import load_lexicon

    specs = load_lexicon()["measures"]
    return sorted(
        {spec["label"] for spec in specs}
        | {spec["single"]["label"] for spec in specs if "single" in spec}
    )


# A body the gazetteer names in English ("Government of Bolivia", "Red Cross"):
# a Spanish brief needs its Spanish name
ENGLISH_NAME = re.compile(
    r"'s |\bof\b|\bmigrants\b|\bMinistry\b|\bCongress\b|\bGovernment\b|\bCross\b|"
    r"\bInternational\b"
)


def gazetteer_strings() -> list[str]:
    """The English names of the gazetteer's governments, bodies, groups and parties."""
    from .gazetteer import load_gazetteer

    return sorted(
        e.name
        for e in load_gazetteer().entries.values()
        if e.table == "actors"
        and e.kind in ("government", "institution", "group", "party")
        and ENGLISH_NAME.search(e.name)
        and not re.search(r"\b(?:de|del)\b", e.name)
    )


def write_seed_template(path) -> None:
    """A .pot of the seeds' curated text, the lexicon's labels and the gazetteer's
    English names, for translators."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    catalog = Catalog(project="analysis", domain="seeds")
    for text in sorted({*seed_strings(), *lexicon_strings(), *gazetteer_strings()}):
        catalog.add(text)
    with open(path, "wb") as fh:
        write_po(fh, catalog, omit_header=True, sort_output=True, width=88)


def translator(lang: str) -> Callable[[str], str]:
    """The gettext function for a language; English text is the message id."""
    table = _catalog(lang)

    def gettext(message: str) -> str:
        return table.get(message, message)

    return gettext


def plural_translator(lang: str) -> Callable[..., str]:
    """ngettext for a language: the form that agrees with `n`, with {n} filled in.

    `n` is written in the language's number format; other fields are filled from
    keyword arguments. Every count a brief shows goes through this.
    """
    table = _catalog(lang)
    index = _plural_index(lang)

    def ngettext(singular: str, plural: str, n: int, **fields) -> str:
        forms = table.get((singular, plural), (singular, plural))
        text = forms[min(index(int(n)), len(forms) - 1)]
        return text.format(n=fmt_number(n, lang, 0), **fields)

    return ngettext


def fmt_number(value: float, lang: str, digits: int | None = None) -> str:
    """A number in the language's format: 4.6 / 4,6; 100,000 / 100.000."""
    if digits is not None:
        return format_decimal(
            round(value, digits),
            format=f"#,##0.{'0' * digits}" if digits else "#,##0",
            locale=LOCALES[lang],
        )
    return format_decimal(value, locale=LOCALES[lang])


def fmt_date(day: dt.date, lang: str) -> str:
    """11 March 2026 / 11 de marzo de 2026."""
    return format_date(day, "long", locale=LOCALES[lang])


def fmt_month(day: dt.date, lang: str) -> str:
    return format_skeleton("yMMMM", day, locale=LOCALES[lang])


def fmt_period(period: str | None, lang: str) -> str:
    """A reference period as words: '2023-08' → August 2023; ranges joined by a dash."""
    if not period:
        return ""
    if ".." in period:
        start, end = period.split("..", 1)
        try:
            first, last = _period_bounds(start)[0], _period_bounds(end)[1]
        except ValueError:
            return f"{start}–{end}"
        month_end = (last + dt.timedelta(days=1)).day == 1
        if first.day == 1 and month_end:
            return fmt_range(first, last, "month", lang)
        return _tight(format_interval(first, last, "yMMMd", locale=LOCALES[lang]))
    parts = period.split("-")
    try:
        if len(parts) == 2:
            return fmt_month(dt.date(int(parts[0]), int(parts[1]), 1), lang)
        if len(parts) == 3:
            return fmt_date(dt.date.fromisoformat(period), lang)
    except ValueError:
        return period
    return period


def _period_bounds(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of '2025', '2025-08' or '2025-08-31'."""
    import calendar

    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(*parts)
    return day, day


def fmt_range(
    date_from: dt.date | None, date_to: dt.date | None, precision: str, lang: str
) -> str:
    """A date range shown at the precision it is known to."""
    _ = translator(lang)
    if date_from is None or date_to is None:
        return _("undated")
    loc = LOCALES[lang]
    if precision == "day" or date_from == date_to:
        return fmt_date(date_from, lang)
    if precision == "year":
        return str(date_from.year)
    if precision in ("month", "bimester", "quarter", "semester"):
        if (date_from.year, date_from.month) == (date_to.year, date_to.month):
            return fmt_month(date_from, lang)
        return _tight(format_interval(date_from, date_to, "yMMMM", locale=loc))
    text = _tight(format_interval(date_from, date_to, "yMMMd", locale=loc))
    return _("{range} (approx.)").format(range=text)


def _tight(interval: str) -> str:
    """Babel spaces the dash of an interval; a brief's ranges close it: 1–21 Dec."""
    return re.sub(r"\s*–\s*", "–", interval)


LANGUAGE_NOTES = LANGUAGE_NAMES


def language_note(text_lang: str, brief_lang: str) -> str:
    """' (in English)' when quoted text is not in the brief's language, else ''."""
    if text_lang == brief_lang or text_lang not in LANGUAGE_NOTES:
        return ""
    return " " + translator(brief_lang)(LANGUAGE_NOTES[text_lang])
