"""Build the speech script: the intro (title, byline), then every body sentence, as spoken."""

from __future__ import annotations

from tts_pipeline.models import Article, Block, Role, Script, Sentence
from tts_pipeline.normalize import Lexicon, normalize
from tts_pipeline.speech.segment import split_sentences


def build_script(article: Article, intro: bool = True, lexicon: Lexicon | None = None) -> Script:
    """The script for ``article``, read in its language; ``intro=False`` speaks the
    paragraphs and nothing else.

    ``lexicon`` respells words (see :mod:`tts_pipeline.normalize.lexicon`).
    """
    from tts_pipeline.speech.framing import byline

    language = article.language
    blocks: list[Block] = []
    if intro:
        if article.title:
            blocks.append(_block(Role.TITLE, [article.title], lexicon, language))
        if article.author:
            said = byline(article.author, language)
            blocks.append(_block(Role.BYLINE, [said], lexicon, language))
    headings = set(article.headings)
    for index, paragraph in enumerate(article.paragraphs):
        role = Role.HEADING if index in headings else Role.BODY
        sentences = (
            [" ".join(paragraph.split())]
            if role is Role.HEADING
            else split_sentences(paragraph, language)
        )
        if sentences and sentences[0]:
            blocks.append(_block(role, sentences, lexicon, language))
    return Script(tuple(blocks))


SOFT_HYPHEN = "\u00ad"
"""Where a word may break at the end of a line (German pages set many): kept in the text as
the page has it, left out of what is said, where a voice could split the word at it."""


def _block(
    role: Role, sentences: list[str], lexicon: Lexicon | None, language: str | None
) -> Block:
    return Block(
        role,
        tuple(
            Sentence(text=s, speech=normalize(s.replace(SOFT_HYPHEN, ""), lexicon, language))
            for s in sentences
        ),
    )
