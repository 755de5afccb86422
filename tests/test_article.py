"""Reading article files: front matter, exact bytes, and bad input."""

import pytest

from analysis.article import load_article, paragraphs_of, sentences_of
from analysis.exceptions import ArticleError
from analysis.paths import ROOT

SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_42883adef3ff80d5.txt"


def test_seed_front_matter(dataset):
    a = dataset.article
    assert str(a.published) == "2025-12-21"
    assert (a.language, a.translated_from) == ("en", "es")
    assert a.published_basis and "2025-12-21" in a.published_basis
    assert a.text.startswith("He elected president of Chile")


@pytest.mark.skipif(
    not SHARED_SEED.exists(), reason="shared seed not beside the project"
)
def test_seed_body_is_byte_identical_to_the_source(dataset):
    assert dataset.article.text.encode("utf-8") == SHARED_SEED.read_bytes()


def error(path):
    with pytest.raises(ArticleError) as info:
        load_article(path)
    msg = str(info.value)
    assert "\n" not in msg
    return msg


def test_missing_file(tmp_path):
    assert error(tmp_path / "nope.md").endswith(
        "nope.md: article file not found; pass "
        "an article id in seeds/ or a path to an "
        "existing .md file"
    )


def test_unknown_id():
    assert "no article with id 'nope' in seeds/" in error("nope")


def test_empty_article(tmp_path):
    p = tmp_path / "empty.md"
    p.write_text("---\ntitle: x\n---\n\n  \n")
    assert error(p).endswith(
        "empty.md:4: the article has no text; paste the story below the front matter"
    )


def test_non_utf8(tmp_path):
    p = tmp_path / "latin.md"
    p.write_bytes("first line\nPer\xfa y Chile".encode("latin-1"))
    assert error(p).endswith(
        "latin.md:2: byte 0xfa at offset 14 is not UTF-8; re-save the file as UTF-8"
    )


def test_oversized_article_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.md"
    p.write_bytes(b"a" * 10_000_000)
    assert "over the limit of 2,000,000" in error(p)


def test_bad_published_date(tmp_path):
    p = tmp_path / "bad-date.md"
    p.write_text("---\npublished: 2025-13-01\n---\nText.\n")
    assert error(p).endswith(
        "bad-date.md:2: front-matter field 'published': Input should "
        "be a valid date or datetime, month value is outside expected "
        "range of 1-12 (got '2025-13-01')"
    )


def test_unknown_front_matter_field(tmp_path):
    p = tmp_path / "extra.md"
    p.write_text("---\nauthor: x\n---\nText.\n")
    assert "unknown front-matter field 'author'" in error(p)


def test_id_with_dots_is_refused(tmp_path):
    p = tmp_path / "..evil.md"
    p.write_text("Text.\n")
    assert "article id '..evil' must be lower-case" in error(p)


def test_no_front_matter_is_fine(tmp_path):
    p = tmp_path / "plain.md"
    p.write_text("Kast viajará a Lima. Se reunirá con Jerí.")
    a = load_article(p)
    assert a.published is None and a.article_id == "plain"
    assert a.title.startswith("Kast viajará")


@pytest.mark.parametrize(
    "text",
    [
        "Jerí phoned Kast on Dec. 14, the day of the runoff. He invited him to Lima.",
        "Kast asked Gen. Pedro Varela to build barriers. He agreed on Nov. 3 last year.",
    ],
)
def test_a_wire_s_abbreviated_month_or_title_ends_no_sentence(text):
    paras = paragraphs_of(text)
    assert len(sentences_of(text, paras)) == 2
