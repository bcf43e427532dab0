"""The check every page-case table of the cleaner's tests shares: a case names the story's
first and last words ("first", "last"), phrases it must hold ("must") and chrome that must
stay out ("must_not")."""

from __future__ import annotations

from tts_pipeline.models import Article


def assert_story(article: Article, case: dict) -> None:
    """``article`` keeps the story the case describes, whole, and leaves its chrome out."""
    text = "\n\n".join(article.paragraphs)
    if "first" in case:
        assert article.paragraphs[0].startswith(case["first"])
    if "last" in case:
        assert article.paragraphs[-1].endswith(case["last"])
    for phrase in case.get("must", []):
        assert phrase in text, phrase
    for phrase in case["must_not"]:
        assert phrase not in text, phrase
