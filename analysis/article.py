"""Read an article file: front matter, exact body text, paragraphs and sentences."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import ValidationError

from .exceptions import ArticleError
from .paths import SEEDS, display
from .schema import Article, Paragraph, Sentence
from .yamlio import LineLoader

MAX_ARTICLE_BYTES = 2_000_000
"""Largest article accepted; news stories are a few kB, so this is ample."""

FRONT_MATTER_FIELDS = {
    "id",
    "title",
    "published",
    "published_basis",
    "language",
    "translated_from",
    "source",
    "url",
}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def resolve_article_path(ref: str | Path) -> Path:
    """Turn an article id in seeds/ or a path into the article's file path."""
    ref = str(ref)
    if ID_PATTERN.match(ref) and not ref.endswith((".md", ".txt")):
        path = SEEDS / f"{ref}.md"
        if not path.exists():
            known = ", ".join(sorted(p.stem for p in SEEDS.glob("*.md"))) or "none"
            raise ArticleError(
                f"{display(path)}: no article with id '{ref}' in seeds/ "
                f"(known: {known}); pass an id or a path to a .md file"
            )
        return path
    path = Path(ref)
    if not path.is_file():
        raise ArticleError(
            f"{ref}: article file not found; pass an article id in seeds/ or a path "
            "to an existing .md file"
        )
    return path


def read_text(path: Path) -> str:
    """The file's text, refusing oversized or non-UTF-8 input with one line."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{display(path)}: article is {size:,} bytes, over the limit of "
            f"{MAX_ARTICLE_BYTES:,}; split it or trim it to the story itself"
        )
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(
            f"{display(path)}:{line}: byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start} is not UTF-8; re-save the file as UTF-8"
        ) from None


def split_front_matter(text: str, where: str) -> tuple[dict, str, int]:
    """Split YAML front matter from the body; returns (meta, body, body line)."""
    if not text.startswith("---\n"):
        return {}, text, 1
    end = text.find("\n---\n", 3)
    if end < 0:
        raise ArticleError(
            f"{where}:1: front matter opened with '---' is never closed; "
            "add a line '---' after it"
        )
    block = text[4 : end + 1]
    try:
        meta = yaml.load(block, Loader=LineLoader) or {}  # noqa: S506 - safe subclass
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ArticleError(f"{where}:{line}: front matter: {problem}") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{where}:2: front matter must be a mapping of fields")
    body_line = block.count("\n") + 3
    return meta, text[end + 5 :], body_line


def paragraphs_of(text: str) -> list[Paragraph]:
    """Each non-empty line of the body is a paragraph."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.start(), m.end()
        stripped = m.group().strip()
        if not stripped:
            continue
        start += len(m.group()) - len(m.group().lstrip())
        end -= len(m.group()) - len(m.group().rstrip())
        out.append(Paragraph(paragraph=len(out) + 1, start=start, end=end))
    return out


# The cut after a stop: closing quotes, then space before a capital. The stop opens
# the pattern (rather than a look-behind) so that `re` looks for stops alone.
_SENTENCE_END = re.compile(
    r"[.!?…](?P<cut>[\"'”’»)]*\s+(?=[\"'“‘«¿¡(]?[A-ZÁÉÍÓÚÑÜ0-9]))"
)
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Gral|Lic|Ing|St|No|Nro|etc|EE\.UU|p\.ej|a\.m|p\.m|"
    r"Gen|Adm|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Cmdr|Pres|Gob|Cnel)\.$"
)
# A wire's abbreviated month before its day: "on Dec. 14", "Nov. 28".
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.$")


def sentences_of(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Split each paragraph into sentences at a stop followed by a capital."""
    out: list[Sentence] = []
    for para in paragraphs:
        start = para.start
        chunk = text[para.start : para.end]
        cuts = []
        for m in _SENTENCE_END.finditer(chunk):
            cut_start, cut_end = m.span("cut")
            if _ABBREVIATIONS.search(chunk[:cut_start]) or (
                _MONTH_ABBREVIATION.search(chunk[:cut_start])
                and chunk[cut_end : cut_end + 1].isdigit()
            ):
                continue
            cuts.append((cut_start, cut_end))
        bounds = []
        pos = 0
        for cut_start, cut_end in cuts:
            bounds.append((pos, cut_start))
            pos = cut_end
        bounds.append((pos, len(chunk)))
        for a, b in bounds:
            if a >= b:
                continue
            s, e = start + a, start + b
            out.append(
                Sentence(
                    sentence_id=f"s{len(out) + 1}",
                    paragraph=para.paragraph,
                    start=s,
                    end=e,
                    text=text[s:e],
                    topics=[],
                )
            )
    return out


def load_article(ref: str | Path) -> Article:
    """Read and validate an article by id or path."""
    path = resolve_article_path(ref)
    where = display(path)
    text = read_text(path)
    meta, body, body_line = split_front_matter(text, where)
    unknown = sorted(set(meta) - FRONT_MATTER_FIELDS)
    if unknown:
        raise ArticleError(
            f"{where}:2: unknown front-matter field '{unknown[0]}'; allowed: "
            + ", ".join(sorted(FRONT_MATTER_FIELDS))
        )
    if not body.strip():
        raise ArticleError(
            f"{where}:{body_line}: the article has no text; paste the story "
            "below the front matter"
        )
    article_id = str(meta.get("id") or path.stem)
    if not ID_PATTERN.match(article_id) or len(article_id) > 80:
        raise ArticleError(
            f"{where}:1: article id '{article_id}' must be lower-case letters, digits, "
            "'-' or '_'; rename the file or set 'id:' in the front matter"
        )
    paragraphs = paragraphs_of(body)
    fields = {
        "article_id": article_id,
        "title": meta.get("title") or _first_words(body),
        "published": meta.get("published"),
        "published_basis": meta.get("published_basis"),
        "language": meta.get("language", "en"),
        "translated_from": meta.get("translated_from"),
        "source": meta.get("source") or "not given",
        "url": meta.get("url"),
        "path": where,
        "text": body,
        "paragraphs": paragraphs,
    }
    try:
        return Article(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        line = 1 + getattr(meta, "key_lines", {}).get(str(err["loc"][0]), 1)
        raise ArticleError(
            f"{where}:{line}: front-matter field '{field}': {err['msg']} "
            f"(got {err.get('input')!r})"
        ) from None


def _first_words(body: str, n: int = 12) -> str:
    words = body.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def article_sentences(article: Article) -> list[Sentence]:
    """The article's sentences, untagged."""
    return sentences_of(article.text, article.paragraphs)
