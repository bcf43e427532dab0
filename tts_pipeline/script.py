"""Build the speech script: the intro (title, byline), then every body sentence, as spoken."""

from __future__ import annotations

from tts_pipeline.models import Article, Block, Role, Script, Sentence
from tts_pipeline.normalize import normalize
from tts_pipeline.segment import split_sentences


def build_script(article: Article, intro: bool = True) -> Script:
    """The script for ``article``; ``intro=False`` speaks the paragraphs and nothing else."""
    blocks: list[Block] = []
    if intro:
        if article.title:
            blocks.append(_block(Role.TITLE, [article.title]))
        if article.author:
            blocks.append(_block(Role.BYLINE, [f"By {article.author}."]))
    headings = set(article.headings)
    for index, paragraph in enumerate(article.paragraphs):
        role = Role.HEADING if index in headings else Role.BODY
        sentences = [paragraph] if role is Role.HEADING else split_sentences(paragraph)
        if sentences:
            blocks.append(_block(role, sentences))
    return Script(tuple(blocks))


def _block(role: Role, sentences: list[str]) -> Block:
    return Block(role, tuple(Sentence(text=s, speech=normalize(s)) for s in sentences))
