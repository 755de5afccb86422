"""Curated annotations: YAML beside the article, checked against its exact words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .article import article_sentences, load_article, resolve_article_path
from .exceptions import AnnotationError
from .paths import display
from .schema import ID_FIELDS, TABLES, Article, Dataset, Sentence
from .yamlio import LineLoader, Located

RECORD_TABLES = [name for name in TABLES if name != "sentences"]
TOP_LEVEL_KEYS = ["reviewed", "sentence_topics", *RECORD_TABLES]
SINGULAR = {
    "actors": "actor",
    "places": "place",
    "events": "event",
    "measures": "measure",
    "claims": "claim",
    "figures": "figure",
    "issues": "issue",
}
# Fields that hold ids of other records, and the table those ids live in.
REFERENCES = {
    ("events", "actors"): "actors",
    ("events", "place"): "places",
    ("events", "announced_by"): "actors",
    ("measures", "actors"): "actors",
    ("claims", "speaker"): "actors",
    ("claims", "about"): "actors",
    ("claims", "measures"): "measures",
}


def annotations_path(article_path: Path) -> Path:
    """Where the curated annotations of an article live: beside it."""
    return article_path.with_name(f"{article_path.stem}.annotations.yaml")


def read_yaml(path: Path) -> Any:
    """Parse YAML with line numbers, turning syntax errors into one line."""
    where = display(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AnnotationError(
            [
                f"{where}:{line}: not UTF-8 at byte {exc.start}; re-save the file as UTF-8"
            ]
        ) from None
    try:
        return yaml.load(text, Loader=LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise AnnotationError([yaml_error_line(where, exc)]) from None


def yaml_error_line(where: str, exc: yaml.YAMLError) -> str:
    """One line for a YAML syntax error, at the line where the broken construct opens."""
    problem = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    mark = context or problem
    line = mark.line + 1 if mark else 1
    text = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if getattr(exc, "context", None):
        text = f"{exc.context}, {text}"
    if context and problem and problem.line != context.line:
        text += f" (noticed at line {problem.line + 1})"
    return f"{where}:{line}: YAML syntax error: {text}; fix the indentation or quoting"


def find_evidence(
    text: str, item: Any, fallback_line: int
) -> tuple[dict | None, str | None]:
    """Resolve one evidence entry to {start, end, quote}, or explain why not."""
    if isinstance(item, str):
        item = {"quote": item}
    if not isinstance(item, dict):
        return None, "evidence must be a quote or a mapping with 'quote'"
    unknown = sorted(set(item) - {"quote", "start", "end"})
    if unknown:
        return (
            None,
            f"unknown evidence field '{unknown[0]}' (allowed: quote, start, end)",
        )
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote:
        return (
            None,
            "evidence has no quote; copy the article's exact words into 'quote'",
        )
    start = item.get("start")
    if start is not None:
        if not isinstance(start, int) or text[start : start + len(quote)] != quote:
            return None, f"quote not at offset {start} in article: {_short(quote)}"
        return {"start": start, "end": start + len(quote), "quote": quote}, None
    count = text.count(quote)
    if count == 0:
        return None, f"quote not found in article: {_short(quote)}"
    if count > 1:
        return None, (
            f"quote occurs {count} times in article: {_short(quote)}; "
            "quote more words or give 'start'"
        )
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}, None


def _short(quote: str, n: int = 60) -> str:
    q = quote if len(quote) <= n else quote[: n - 1] + "…"
    return '"' + q.replace('"', '\\"') + '"'


def _line_of(item: Any, key: str | None = None) -> int:
    if isinstance(item, Located):
        if key is not None and key in item.key_lines:
            return item.key_lines[key]
        return item.line
    return 0


def build_dataset(article: Article, raw: Any, where: str) -> Dataset:
    """Validate raw annotations against the article; report every problem at once."""
    problems: list[str] = []

    def problem(line: int, label: str, msg: str) -> None:
        problems.append(
            f"{where}:{line}: {label}: {msg}" if label else f"{where}:{line}: {msg}"
        )

    if not isinstance(raw, dict):
        raise AnnotationError(
            [
                f"{where}:1: annotations must be a mapping with keys: {', '.join(TOP_LEVEL_KEYS)}"
            ]
        )
    for key in raw:
        if key not in TOP_LEVEL_KEYS:
            problem(
                _line_of(raw, key),
                "",
                f"unknown section '{key}'; allowed: {', '.join(TOP_LEVEL_KEYS)}",
            )

    reviewed = raw.get("reviewed", True)
    if not isinstance(reviewed, bool):
        problem(
            _line_of(raw, "reviewed"),
            "",
            "'reviewed' must be true or false; set it to true once an analyst has "
            "checked every record",
        )
        reviewed = False
    tables: dict[str, list] = {name: [] for name in RECORD_TABLES}
    ids: dict[str, set[str]] = {name: set() for name in RECORD_TABLES}
    kept: list[tuple[str, Any, Any]] = []
    for name in RECORD_TABLES:
        items = raw.get(name) or []
        if not isinstance(items, list):
            problem(_line_of(raw, name), "", f"'{name}' must be a list of records")
            continue
        model = TABLES[name]
        id_field = ID_FIELDS[name]
        for item in items:
            if not isinstance(item, dict):
                problem(
                    _line_of(raw, name), SINGULAR[name], "each record must be a mapping"
                )
                continue
            rid = item.get(id_field, "?")
            label = f"{SINGULAR[name]} '{rid}'"
            if "reviewed" in item:
                problem(
                    _line_of(item, "reviewed"),
                    label,
                    "'reviewed' is set once for the whole file, at the top",
                )
                continue
            if isinstance(rid, str) and rid in ids[name]:
                problem(_line_of(item, id_field), label, f"duplicate {id_field}")
                continue
            # Known even if the record fails below, so one fault is reported once.
            ids[name].add(rid)
            fields = dict(item)
            evidence = []
            for ev in fields.get("evidence") or []:
                resolved, err = find_evidence(article.text, ev, _line_of(item))
                if err:
                    problem(_line_of(ev) or _line_of(item, "evidence"), label, err)
                else:
                    evidence.append(resolved)
            if "evidence" in fields:
                fields["evidence"] = evidence
            fields["reviewed"] = reviewed
            if "evidence" not in item or not item.get("evidence"):
                problem(
                    _line_of(item),
                    label,
                    "no evidence; add 'evidence' with the article's exact words",
                )
                continue
            if len(evidence) != len(item["evidence"]):
                continue
            try:
                record = model(**fields)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = [str(p) for p in err["loc"]]
                    line = _line_of(item, loc[0]) if loc else _line_of(item)
                    msg = err["msg"]
                    if err["type"] == "extra_forbidden":
                        msg = f"unknown field '{loc[0]}'; allowed: " + ", ".join(
                            f for f in model.model_fields if f not in ("reviewed",)
                        )
                        problem(line, label, msg)
                    else:
                        problem(line, label, f"field '{'.'.join(loc)}': {msg}")
                continue
            tables[name].append(record)
            kept.append((name, item, record))

    for name, item, record in kept:
        label = f"{SINGULAR[name]} '{getattr(record, ID_FIELDS[name])}'"
        for (table, field), target in REFERENCES.items():
            if table != name:
                continue
            value = getattr(record, field)
            refs = value if isinstance(value, list) else [value] if value else []
            for ref in refs:
                if ref not in ids[target]:
                    problem(
                        _line_of(item, field),
                        label,
                        f"unknown {SINGULAR[target]} id '{ref}' in '{field}'; "
                        f"known: {', '.join(sorted(ids[target])) or 'none'}",
                    )

    _check_context_links(tables["events"], kept, problem)
    sentences = _tag_sentences(article, raw.get("sentence_topics"), raw, problem)
    if problems:
        raise AnnotationError(problems)
    if not reviewed:
        sentences = [s.model_copy(update={"reviewed": False}) for s in sentences]
    return Dataset(article=article, sentences=sentences, **tables)


def _check_context_links(events, kept, problem) -> None:
    from .context import all_context_event_ids

    known = all_context_event_ids()
    items = {id(r): item for name, item, r in kept if name == "events"}
    for event in events:
        if event.context_event and event.context_event not in known:
            item = items.get(id(event))
            problem(
                _line_of(item, "context_event"),
                f"event '{event.event_id}'",
                f"unknown context event '{event.context_event}'; known: "
                + ", ".join(sorted(known)),
            )


def _tag_sentences(article: Article, tags: Any, raw: Any, problem) -> list[Sentence]:
    sentences = article_sentences(article)
    if tags is None:
        problem(
            1,
            "",
            "no 'sentence_topics'; tag every sentence id (s1, s2, …), with [] for none",
        )
        return sentences
    if not isinstance(tags, dict):
        problem(
            _line_of(raw, "sentence_topics"),
            "",
            "'sentence_topics' must map sentence ids to lists of topics",
        )
        return sentences
    known = {s.sentence_id for s in sentences}
    for sid in tags:
        if sid not in known:
            problem(
                _line_of(tags, sid),
                f"sentence '{sid}'",
                f"no such sentence; the article has s1 to s{len(sentences)}",
            )
    out = []
    for s in sentences:
        if s.sentence_id not in tags:
            problem(
                _line_of(raw, "sentence_topics"),
                f"sentence '{s.sentence_id}'",
                f"not tagged; add '{s.sentence_id}: []' if it has no topic",
            )
            out.append(s)
            continue
        try:
            out.append(s.model_copy(update={"topics": list(tags[s.sentence_id] or [])}))
            Sentence.model_validate(out[-1].model_dump())
        except ValidationError as exc:
            problem(
                _line_of(tags, s.sentence_id),
                f"sentence '{s.sentence_id}'",
                f"topics: {exc.errors()[0]['msg']}",
            )
    return out


def load_dataset(ref: str | Path) -> Dataset:
    """The article and its validated curated annotations."""
    article = load_article(ref)
    path = annotations_path(resolve_article_path(ref))
    if not path.exists():
        raise AnnotationError(
            [
                f"{display(path)}: no annotations for article '{article.article_id}'; "
                f"write them or draft them with 'python -m analysis annotate {article.path}'"
            ]
        )
    return build_dataset(article, read_yaml(path), display(path))


# --- the writer: drafts for an analyst to review ---------------------------------

_RECORD_TABLES = tuple(name for name in TABLES if name != "sentences")


class _DraftDumper(yaml.SafeDumper):
    """Records as block mappings, lists of ids and aliases on one line."""


_DraftDumper.add_representer(
    list,
    lambda dumper, data: dumper.represent_sequence(
        "tag:yaml.org,2002:seq", data, flow_style=True
    ),
)


def _quote(s: str) -> str:
    # JSON strings are YAML double-quoted scalars; escape the line separators
    # YAML would otherwise read as breaks.
    q = json.dumps(s, ensure_ascii=False)
    return (
        q.replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
        .replace("\x85", "\\x85")
    )


def draft_annotations_yaml(dataset: Dataset) -> str:
    """The dataset in the curated annotations format, for an analyst to review."""
    a = dataset.article
    lines = [
        f"# DRAFT annotations for {a.path}, extracted automatically.",
        "# Nothing here has been reviewed yet. Check every record against the article, fix or",
        "# delete it, and remove this header when done. Evidence gives the offset",
        "# (`start`) of each quote so that repeated words are unambiguous.",
        f"# Dates resolved against published: {a.published or 'none (relative dates left open)'}.",
        "",
        "reviewed: false  # set to true once an analyst has checked every record",
        "",
        "sentence_topics:",
    ]
    for s in dataset.sentences:
        lines.append(f"  {s.sentence_id}: [{', '.join(s.topics)}]")
    for table in _RECORD_TABLES:
        records = getattr(dataset, table)
        lines.append("")
        if not records:
            lines.append(f"{table}: []")
            continue
        lines.append(f"{table}:")
        for r in records:
            fields = type(r).model_fields
            data = {}
            for k, v in r.model_dump(
                mode="json", exclude={"reviewed", "evidence"}
            ).items():
                if not fields[k].is_required() and v in (None, []):
                    continue
                data[k] = v
            body = (
                yaml.dump(
                    data,
                    Dumper=_DraftDumper,
                    allow_unicode=True,
                    sort_keys=False,
                    default_flow_style=False,
                    width=4096,
                )
                .rstrip("\n")
                .split("\n")
            )
            lines.append(f"  - {body[0]}")
            lines += [f"    {line}" for line in body[1:]]
            lines.append("    evidence:")
            for ev in r.evidence:
                lines.append(
                    f"      - {{quote: {_quote(ev.quote)}, start: {ev.start}}}"
                )
    return "\n".join(lines) + "\n"
