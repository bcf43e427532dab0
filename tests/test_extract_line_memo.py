"""A dump's line met again on the same page is classified once (200,000 one-word lines took
16 s to be refused: every line was classified twice, the same words each time)."""

from tts_pipeline.extract import extract_article, lines
from tts_pipeline.extract.patterns import chrome_languages
from tts_pipeline.models import Document

STORY = (
    "Ferry crews walk out\n"
    "By Ana Ruiz\n"
    "Ferry crews stopped work on Tuesday morning over a dispute about pay and rosters. "
    "Passengers were told to use the bridge instead.\n"
    "Share\nShare\nShare\n"
    "The union said talks would resume next week, and the company said it regretted the "
    "trouble caused to travellers.\n"
    "Share\n"
)


def test_each_distinct_line_of_a_page_is_classified_once(monkeypatch):
    seen: list[str] = []
    classify = lines._describe
    monkeypatch.setattr(lines, "_describe", lambda raw: seen.append(raw) or classify(raw))
    article = extract_article(Document(text=STORY, name="p"))
    assert article.paragraphs[0].startswith("Ferry crews stopped work")
    assert "Share" not in article.paragraphs
    assert len(seen) == len(set(seen)) and "Share" in seen


def test_the_memo_lives_for_one_page_and_one_set_of_languages():
    with chrome_languages(["en"], "en"):
        english = lines.describe("Teilen")
    with chrome_languages(["de"], "de"):
        german = lines.describe("Teilen")
    assert english.kind is not german.kind
    assert lines.lines_read() is None
