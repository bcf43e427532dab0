"""Pages whose story the cleaner read wrong (issue 13, helper g9, round 9). Every page is
invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

KO_STORY = [
    "시립 도서관이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다고 밝혔다.",
    "도서관 측은 직장인 이용자가 많아 저녁 시간 연장 요청이 꾸준히 들어왔다고 설명했다.",
    '관계자는 "시민들이 더 편하게 책을 빌릴 수 있도록 하겠다"고 말했다.',
]


def _story(html: str, trafilatura: list[str]) -> Story:
    """The story of ``html`` when trafilatura's reading of it is the lines ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


def test_the_reporters_sign_off_under_the_story_is_not_read() -> None:
    """The reporter's signature under the story ("<name> 기자 <email>"), the author the
    page's header names, is a byline, as above the story, even when trafilatura keeps it."""
    sign_off = "박서연 기자 sy.park@example.com"
    html = (
        "<html><head><title>도서관 운영 시간 연장</title></head><body>"
        "<h1>시립 도서관, 밤 10시까지 문 연다</h1>"
        "<div class='info'><span>박서연 기자</span> <span>입력 2021.05.04 10:00</span></div>"
        + "".join(f"<p>{p}</p>" for p in KO_STORY)
        + f"<p>{sign_off}</p><div>© 예시일보</div></body></html>"
    )
    story = _story(html, [*KO_STORY, sign_off])
    assert list(story.paragraphs) == KO_STORY
    assert story.author == "박서연"
