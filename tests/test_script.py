"""The speech script: its text contract on the command line, and paragraphs kept in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tts_pipeline.models import Article, Role
from tts_pipeline.speech.script import build_script

TEXT = (
    "Gen. Smith arrived on Nov. 21. He met Dr. Jones at 9 a.m.\n"
    "and left by noon.\n"
    "\n"
    "The deal is worth $5.2 billion. Talks ran Nov. 21-23.\n"
    "\n\n"
    "“Is it over?” she asked. Nobody answered.\n"
)


def run_script(cli, tmp_path, *options):
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = cli("script", str(path), "--no-clean", *options)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def test_original_is_a_sentence_a_line_and_paragraphs_apart(cli, tmp_path):
    assert run_script(cli, tmp_path, "--original") == (
        "Gen. Smith arrived on Nov. 21.\n"
        "He met Dr. Jones at 9 a.m. and left by noon.\n"
        "\n"
        "The deal is worth $5.2 billion.\n"
        "Talks ran Nov. 21-23.\n"
        "\n"
        "“Is it over?” she asked.\n"
        "Nobody answered.\n"
    )


def test_spoken_script_says_the_words(cli, tmp_path):
    assert run_script(cli, tmp_path) == (
        "General Smith arrived on November twenty-first.\n"
        "He met Doctor Jones at nine a.m. and left by noon.\n"
        "\n"
        "The deal is worth five point two billion dollars.\n"
        "Talks ran November twenty-first to twenty-third.\n"
        "\n"
        "“Is it over?” she asked.\n"
        "Nobody answered.\n"
    )


def test_article_script_adds_title_and_byline_and_no_clean_does_not():
    article = Article(
        title="Talks end", author="A. Writer", published=None, site=None, url=None,
        paragraphs=("Heading", "It ended on Nov. 21."), headings=(0,),
    )  # fmt: skip
    full = build_script(article)
    assert [b.role for b in full.blocks] == [Role.TITLE, Role.BYLINE, Role.HEADING, Role.BODY]
    assert full.blocks[1].sentences[0].text == "By A. Writer."
    bare = build_script(article, intro=False)
    assert [b.role for b in bare.blocks] == [Role.HEADING, Role.BODY]
    assert bare.blocks[1].sentences[0].speech == "It ended on November twenty-first."


PARAGRAPH = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=120
).filter(str.strip)


@settings(max_examples=150, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=6))
def test_paragraphs_stay_whole_and_in_order(paragraphs):
    article = Article(None, None, None, None, None, tuple(paragraphs))
    script = build_script(article, intro=False)
    written = [" ".join(s.text for s in block.sentences) for block in script.blocks]
    assert written == [" ".join(p.split()) for p in paragraphs]
    assert all(s.speech is not None for b in script.blocks for s in b.sentences)


def test_soft_hyphens_stay_in_the_text_but_are_not_said():
    article = Article(
        title="Die Bundes\u00adregierung tagt",
        author=None,
        published=None,
        site=None,
        url=None,
        paragraphs=("Die Bundes\u00adregierung be\u00adschließt heute ein Gesetz.",),
    )
    sentences = build_script(article).sentences()
    assert [s.text for s in sentences] == [
        "Die Bundes\u00adregierung tagt",
        "Die Bundes\u00adregierung be\u00adschließt heute ein Gesetz.",
    ]
    assert "Bundesregierung" in sentences[1].speech
    assert all("\u00ad" not in s.speech for s in sentences)
