"""Build the speech script: the intro (title, byline), then every body sentence, as spoken."""

from __future__ import annotations

from tts_pipeline.models import Article, Block, Role, Script, Sentence
from tts_pipeline.normalize import Lexicon, normalize
from tts_pipeline.speech.segment import split_sentences


def build_script(article: Article, intro: bool = True, lexicon: Lexicon | None = None) -> Script:
    """The script for ``article``; ``intro=False`` speaks the paragraphs and nothing else.

    ``lexicon`` respells words (see :mod:`tts_pipeline.normalize.lexicon`).
    """
    blocks: list[Block] = []
    if intro:
        if article.title:
            blocks.append(_block(Role.TITLE, [article.title], lexicon))
        if article.author:
            blocks.append(_block(Role.BYLINE, [f"By {article.author}."], lexicon))
    headings = set(article.headings)
    for index, paragraph in enumerate(article.paragraphs):
        role = Role.HEADING if index in headings else Role.BODY
        sentences = (
            [" ".join(paragraph.split())] if role is Role.HEADING else split_sentences(paragraph)
        )
        if sentences and sentences[0]:
            blocks.append(_block(role, sentences, lexicon))
    return Script(tuple(blocks))


def _block(role: Role, sentences: list[str], lexicon: Lexicon | None) -> Block:
    return Block(role, tuple(Sentence(text=s, speech=normalize(s, lexicon)) for s in sentences))
