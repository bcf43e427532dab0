"""``clean --explain``: every line of a page, kept or dropped, and why.

For a text dump, the lines are the dump's; for HTML, the page as a browser would copy it
(one block a line). Each line shows what the cleaner took it for (its kind and the
evidence: words, sentence end, case, function words, or the chrome words it matched,
or what its neighbours made of it) and whether it is part of the story, with the reason:
the stretch of lines found to hold the story, trafilatura's reading, the article element.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tts_pipeline.extract.forums import FORUM_POST, NOT_A_POST
from tts_pipeline.extract.linefeatures import Kind, Line, fold, stop_word_share
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.liveblog import LIVE_UPDATE, live_updates
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.storyrest import finishes_the_story
from tts_pipeline.extract.storytail import same_label
from tts_pipeline.extract.stretchchoice import passed_over_note
from tts_pipeline.extract.topcaption import top_caption
from tts_pipeline.models import Document

TEXT_WIDTH = 72
"""Characters of each line's text shown."""

KIND_MEANING = {
    Kind.CHROME: "chrome (menu, button, prompt)",
    Kind.END: "end marker (comments, author box, footer)",
    Kind.BOX: "box marker (related stories, newsletter)",
    Kind.CAPTION: "caption or photo credit",
    Kind.BYLINE: "byline",
    Kind.DATE: "dateline",
    Kind.BODY: "body text",
    Kind.SHORT: "short line",
}


@dataclass(frozen=True)
class Explained:
    """One line of the page and what the cleaner made of it."""

    number: int
    text: str
    kind: Kind
    evidence: str
    keep: bool
    reason: str


def explain(document: Document) -> str:
    """The report of ``clean --explain`` for a page."""
    from tts_pipeline.extract import looks_like_html

    if looks_like_html(document.text):
        summary, lines = _explain_html(document)
    else:
        summary, lines = _explain_text(document)
    kept = sum(line.keep for line in lines)
    out = [*summary, f"lines: {len(lines)}, kept: {kept}", ""]
    out += [_format(line) for line in lines]
    return "\n".join(out)


def _format(line: Explained) -> str:
    text = line.text if len(line.text) <= TEXT_WIDTH else line.text[: TEXT_WIDTH - 1] + "…"
    mark = "KEEP" if line.keep else "drop"
    head = f"{line.number:5} {mark} {line.kind.value:7} {text!r}"
    return f"{head}\n{'':11}{line.reason}; {line.evidence}"


def evidence(line: Line) -> str:
    """What made the line what it is."""
    alone = describe(line.text)
    if alone.kind is not line.kind:
        return f"{_meaning(line.kind)} by its neighbours (alone: {_meaning(alone.kind)})"
    if line.kind in (Kind.BODY, Kind.SHORT):
        ending = "ends like a sentence" if line.terminal else "no sentence end"
        case = "" if line.lower is None else f", {round(100 * line.lower)}% lower-case words"
        stop = round(100 * stop_word_share(line.text.lower()))
        return (
            f"{_meaning(line.kind)}: {line.words:g} words, {ending}{case}, {stop}% function words"
        )
    return f"{_meaning(line.kind)}: matches the chrome words of its languages"


def _meaning(kind: Kind) -> str:
    return KIND_MEANING.get(kind, kind.value)


def _explain_text(document: Document) -> tuple[list[str], list[Explained]]:
    from tts_pipeline.extract.context import in_context
    from tts_pipeline.extract.language import guess_languages, main_language
    from tts_pipeline.extract.lists import numbered_lists
    from tts_pipeline.extract.patterns import chrome_languages
    from tts_pipeline.extract.plain import is_plain, unwrap
    from tts_pipeline.extract.textdump import is_heading, read_dump
    from tts_pipeline.extract.wrapped import join_wrapped_runs

    text = join_wrapped_runs(unwrap(document.text))
    languages = guess_languages(text)
    with chrome_languages(languages, main_language(text)):
        lines = in_context([describe(raw) for raw in text.split("\n")])
        if is_plain(lines):
            summary = [f"{document.name}: plain text, the article as it is", _languages(languages)]
            explained = [
                Explained(i + 1, line.text, line.kind, evidence(line), True, "plain text")
                for i, line in enumerate(lines)
                if line.kind is not Kind.BLANK
            ]
            return summary, explained
        reading = read_dump(lines)
        keep = set(reading.text_lines) if reading else set()
        numbered = {i for items in numbered_lists(lines) for i in items}
        explained = []
        for i, line in enumerate(lines):
            if line.kind is Kind.BLANK:
                continue
            reason = _dump_reason(lines, i, reading, i in keep, i in numbered, is_heading)
            explained.append(
                Explained(i + 1, line.text, line.kind, evidence(line), i in keep, reason)
            )
    summary = [f"{document.name}: a page's text (a browser's copy of it)", _languages(languages)]
    if reading is None:
        summary.append("no story found: no run of sentences and no run of list lines")
    else:
        first, last = reading.region
        summary.append(f"story: {reading.found_as}, lines {first + 1} to {last + 1}")
        summary.append(
            _header(reading.header.title, reading.header.author, reading.header.published)
        )
        if reading.title_note:
            summary.append(f"title chosen as {reading.title_note}")
    return summary, explained


def _dump_reason(lines, i, reading, kept, numbered, is_heading) -> str:
    if reading is None:
        return "no story on the page"
    first, last = reading.region
    start, end = reading.span
    line = lines[i]
    if kept:
        if i in live_updates(lines, reading.keep):
            return f"kept: {LIVE_UPDATE}"
        if is_heading(lines, i):
            return "kept: a section heading of the story"
        if i == reading.standfirst:
            return "kept: the standfirst under the headline, above the byline, share bar or photo"
        if i == reading.deck:
            return "kept: the deck under the headline, right above the story"
        if i in reading.recipe:
            return "kept: a line of the recipe's card (its ingredients, its steps)"
        if i in reading.thread:
            return f"kept: {FORUM_POST}"
        if i in reading.fragments:
            return "kept: a short line amid the story's sentences (verse, dialogue, a list)"
        if i in reading.fields:
            return "kept: a field of the story (a label and its value: a product's details)"
        if i in reading.chronicle:
            return "kept: a year-led line of a chronicle around the story (a history, a CV)"
        if i in reading.titles:
            return "kept: the title of a table the story keeps (a caption over its rows)"
        if i in reading.listed:
            return "kept: a line of a list or table between the story's lines (no chrome there)"
        if numbered and line.kind is Kind.SHORT:
            return "kept: an item of a numbered list in the story"
        if i > end and patterns().story_credits.match(fold(line.text)):
            return "kept: the staff credit under the story (its reporters, its editors)"
        if i > end and finishes_the_story(lines, reading.keep, i):
            return "kept: it finishes the story (the rest of its last sentence, a postscript)"
        others = [k for k in reading.keep if k != i]
        if (line.kind is Kind.SHORT or i > end) and i in same_label(lines, others):
            return "kept: it opens with a label (a speaker) that opens the story's lines"
        if line.kind is Kind.SHORT:
            return "kept: an item of a list in the story"
        if line.kind is Kind.DATE:
            return "kept: the signature of a post quoted in the story"
        return "kept: in the story"
    if i < first:
        return "above the story" + passed_over_note(lines, i)
    if reading.reviews is not None and reading.reviews <= i <= max(last, end):
        return "after the story's end: a reader's review (fields of a name and a rating)"
    if i > max(last, end):
        return "below the story" + passed_over_note(lines, i)
    if reading.thread and reading.thread[0] <= i <= reading.thread[-1]:
        return f"in the forum thread, but not a post's text: {NOT_A_POST}"
    if i < start:
        return "in the standfirst or headline above the byline, not the story"
    if i > end:
        return "after the story's end (an author's bio, a comment), not the story"
    if line.kind is Kind.BODY and patterns().credited_caption.fullmatch(line.text):
        return "inside the story, but a caption that ends with its credit"
    if i == top_caption(lines, sorted({*reading.keep, i})):
        return "inside the story, but a photo's caption atop it (in a block with its first line)"
    return f"inside the story, but a {_meaning(line.kind)}"


def _explain_html(document: Document) -> tuple[list[str], list[Explained]]:
    from tts_pipeline.extract.html import read_html

    article, story, languages = read_html(document.text, url=document.url)
    explained = [
        Explained(i + 1, line.text, line.kind, evidence(line), verdict.keep, verdict.reason)
        for i, (line, verdict) in enumerate(zip(story.lines, story.verdicts, strict=True))
        if verdict is not None
    ]
    summary = [
        f"{document.name}: HTML, rendered one block a line",
        _languages(languages),
        f"story: {story.source}",
        _header(article.title, article.author, article.published),
    ]
    return summary, explained


def _languages(codes: Sequence[str]) -> str:
    return f"chrome words of: {', '.join(codes)}"


def _header(title: str | None, author: str | None, published: str | None) -> str:
    return f"title: {title!r}, author: {author!r}, published: {published!r}"
