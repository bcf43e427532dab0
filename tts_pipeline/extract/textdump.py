"""Clean a browser "select all, copy, paste" text dump of a news page.

The dump is one block element per line. Each line is classified by its shape and the
chrome patterns of ``data/chrome.toml`` (:mod:`.lines`); the story is the heaviest
stretch of body lines (:mod:`.region`); inside it, body lines and section subheadings
are kept; above it sit the headline, the byline and the dateline (:mod:`.header`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from tts_pipeline.extract.bios import author_bio, boxed_author, cut_story_end, name_key
from tts_pipeline.extract.chronicles import chronicle_around
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.dumpreading import DumpReading, read_lines
from tts_pipeline.extract.forums import Thread, forum_thread, story_in_thread
from tts_pipeline.extract.header import Header, deck_above, find_header
from tts_pipeline.extract.headerfields import site_name
from tts_pipeline.extract.headings import HEADING_MAX_WORDS, is_heading
from tts_pipeline.extract.headline_choice import date_over_headline, headline_over_deck
from tts_pipeline.extract.leadbox import lead_above_box
from tts_pipeline.extract.linefeatures import Kind, Line
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.linewalk import neighbour
from tts_pipeline.extract.lists import listing_entries
from tts_pipeline.extract.patterns import patterns
from tts_pipeline.extract.recipes import recipe_card, recipe_facts
from tts_pipeline.extract.region import best_region, comments_marker, weighs_an_article
from tts_pipeline.extract.results import match_lines
from tts_pipeline.extract.shortstories import (
    COMMENTED_STORY_MIN_LINES,
    list_story,
    story_below_byline,
)
from tts_pipeline.extract.standfirsts import standfirst_under_headline
from tts_pipeline.extract.storybelow import below_a_list
from tts_pipeline.extract.storyextras import lines_amid, lines_around
from tts_pipeline.extract.storyfields import first_review, story_fields
from tts_pipeline.extract.storylists import lines_between
from tts_pipeline.extract.storystart import (
    amounts_above,
    header_around_lead,
    lead_above,
    lead_ending_in_prompt,
    lead_shown_twice,
    skip_lead,
    standfirst_as_title,
    summary_above,
)
from tts_pipeline.extract.storytags import tag_line_at
from tts_pipeline.extract.tables import table_titles
from tts_pipeline.extract.titleshape import looks_like_title
from tts_pipeline.extract.topcaption import top_caption
from tts_pipeline.extract.widgets import widget_lines
from tts_pipeline.models import Article

LONE_HEADLINE_MAX_LINES = 3
"""Most lines (besides chrome) of a page reported as "only a headline"."""
LABEL_MIN_REPEATS = 3
"""A short line this many times on a page is a label, not a section heading."""
BIO_NAME_WORDS, BIO_MIN_WORDS, BIO_MAX_WORDS = 8, 5, 150
"""A line of ``BIO_MIN_WORDS`` to ``BIO_MAX_WORDS`` words that names the author in its first
``BIO_NAME_WORDS`` words is a bio."""


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract the article from a page dump."""
    return extract_lines(in_context([describe(raw) for raw in text.split("\n")]), url)


def read_dump(lines: Sequence[Line]) -> DumpReading | None:
    """The story's lines of a page dump, or None when it has none."""
    region = best_region(lines)
    if region is None:
        return list_story(lines) or story_below_byline(lines)
    marker = comments_marker(lines)
    if marker is not None and region[0] > marker and not weighs_an_article(lines, region):
        above = story_below_byline(lines[:marker], COMMENTED_STORY_MIN_LINES)
        if above is not None:
            return replace(above, found_as="the lines under its byline, above the comments")
    start, below = _story_start(lines, region)
    lead = _lead(lines, start, below.title)
    standfirst = standfirst_under_headline(lines, start, below.title) if lead == start else None
    lead = lead if standfirst is None else standfirst[0]
    header = header_around_lead(lines, lead, start, region[1], below)
    header = header if standfirst is None else replace(header, title=standfirst[1])
    author = header.author or boxed_author(lines, region[1])
    end = cut_story_end(lines, start, cut_author_bio(lines, start, region[1], author))
    keep = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    labels = repeated_labels(lines)
    keep += [i for i in range(start, end + 1) if is_heading(lines, i) and i not in labels]
    keep = sorted({*keep, *listing_entries(lines, start, end)})
    open_lead = lead if lead < start and not lines[lead].terminal else None
    keep += [lead] if lead < start else []
    keep += summary_above(lines, lead, header.title) if lead == start else []
    keep += amounts_above(lines, lead) if lead == start else []
    start = min([lead, *keep])
    deck = _deck(lines, start, end, header.title) if standfirst is None else None
    if deck is not None:
        keep.append(deck[0])
        header = replace(header, title=deck[1])
    keep, fragments = lines_amid(lines, keep, start, end)
    keep = _around(lines, keep, standfirst[0] if standfirst is not None else None)
    keep = sorted({*keep, *below_a_list(lines, keep, end)})
    keep = sorted({*keep, *match_lines(lines, keep)})
    paragraphs = [  # the stretch's own: a lead above it stands apart, past a list of facts
        i for i in keep if i >= region[0] and (lines[i].kind is Kind.BODY or is_heading(lines, i))
    ]
    listed = tuple(i for i in lines_between(lines, paragraphs, labels) if i not in keep)
    keep = sorted({*keep, *listed})
    titles = tuple(  # the headline, said as the title, is no table's
        i for i in table_titles(lines, keep) if i not in labels and lines[i].text != header.title
    )
    keep = sorted({*keep, *titles})
    credited = patterns().credited_caption
    keep = [i for i in keep if not credited.fullmatch(lines[i].text) and not tag_line_at(lines, i)]
    keep = sorted(set(keep) - widget_lines(lines, start, end))
    keep = [i for i in keep if i != top_caption(lines, keep)]
    reviews = first_review(lines, keep) if not header.author else None
    keep = keep if reviews is None else [i for i in keep if i < reviews]
    fields = tuple(story_fields(lines, keep, header.title)) if keep and not header.author else ()
    keep = sorted({*keep, *fields})
    chronicle = tuple(chronicle_around(lines, keep))
    keep = sorted({*keep, *chronicle})
    thread = forum_thread(lines)
    thread = thread if story_in_thread(thread, keep) else None
    if thread is not None:
        keep = _with_thread(keep, thread)
        first, last = thread.span
        region = min(region[0], first), max(region[1], last)
        start, end = min(start, *thread.text), max(end, last)
    recipe = tuple(i for i in recipe_card(lines) if i not in keep)
    recipe += tuple(recipe_facts(lines, read_lines(keep, recipe), header.title))
    headings = tuple(n for n, i in enumerate(read_lines(keep, recipe)) if is_heading(lines, i))
    choice = headline_over_deck(lines, header.title, start)
    header = header if choice is None else replace(header, title=choice.text)
    if header.published is None:
        header = replace(header, published=date_over_headline(lines, header.title, start))
    return DumpReading(
        tuple(keep),
        headings,
        header,
        region,
        (start, end),
        fragments=fragments,
        listed=listed,
        titles=titles,
        fields=fields,
        chronicle=chronicle,
        reviews=reviews,
        deck=deck[0] if deck is not None else None,
        open_lead=open_lead,
        standfirst=standfirst[0] if standfirst is not None else None,
        recipe=recipe,
        found_as=_FOUND_AS_THREAD if thread else DumpReading.found_as,
        thread=tuple(sorted(thread.text)) if thread else (),
        title_note=choice.reason if choice is not None else None,
    )


_FOUND_AS_THREAD = "the posts of a forum thread (the heaviest stretch of body text is one)"


def _with_thread(keep: Sequence[int], thread: Thread) -> list[int]:
    """The story's lines outside the thread and amid its posts' text (a short line), and the
    text of all of its posts: a forum thread's question and replies are the page's content;
    the lines between two posts are a poster's profile, a signature or buttons."""
    first, last = thread.span
    kept = (i for i in keep if not first <= i <= last or thread.in_a_post(i))
    return sorted({*kept, *thread.text})


def _story_start(lines: Sequence[Line], region: tuple[int, int]) -> tuple[int, Header]:
    """The story's first line in the stretch ``region`` (past a lead that is no story's
    and a headline repeated at its top), and the header found below that line."""
    start = skip_lead(lines, *region)
    if starts_with_headline(lines, start, region[1]):
        start = skip_lead(lines, start + 1, region[1])
    return start, find_header(lines, start, region[1])


def _lead(lines: Sequence[Line], start: int, title: str | None) -> int:
    """The story's lead above its first line ``start`` (a standfirst, a lead ending in a
    call to action, a standfirst shown twice, a standfirst above a box of links), or
    ``start``. The headline ``title`` is no lead: a question or an exclamation ("Wie
    entsteht Erdöl?") reads like a sentence, and taken for the lead it was read twice, and
    the title sought above it (a menu's item)."""
    lead = lead_above(lines, start, title)
    lead = lead_ending_in_prompt(lines, start) if lead == start else lead
    lead = lead_shown_twice(lines, start, title) if lead == start else lead
    lead = lead_above_box(lines, start, title) if lead == start else lead
    return start if lines[lead].text == title else lead


def _around(lines: Sequence[Line], keep: list[int], standfirst: int | None) -> list[int]:
    """``keep`` with what belongs to the story around its lines (:func:`lines_around`),
    read from the story's lines below its ``standfirst``: the byline or dateline between
    them signs no quoted post."""
    if standfirst is None:
        return lines_around(lines, keep)
    return sorted({standfirst, *lines_around(lines, [i for i in keep if i != standfirst])})


def _deck(lines: Sequence[Line], start: int, end: int, title: str | None) -> tuple[int, str] | None:
    """The deck above the story's first line ``start`` and the headline it gives, or a
    standfirst that stands where the headline would; None when there is none, or when the
    deck only repeats the headline."""
    deck = deck_above(lines, start, title)
    if deck is None:
        standfirst = standfirst_as_title(lines, start, title)
        if standfirst is not None:
            deck = standfirst, find_header(lines, standfirst, end).title
    return deck if deck is not None and lines[deck[0]].text != deck[1] else None


def extract_lines(lines: Sequence[Line], url: str | None = None) -> Article:
    """Extract the article from the classified lines of a page dump."""
    reading = read_dump(lines)
    if reading is None:
        return Article(_lone_headline(lines), None, None, None, url, ())
    keep = reading.text_lines
    return Article(
        title=reading.header.title,
        author=reading.header.author,
        published=reading.header.published,
        site=site_name(lines),
        url=url,
        paragraphs=tuple(lines[i].text for i in keep),
        headings=reading.headings,
    )


def _lone_headline(lines: Sequence[Line]) -> str | None:
    """The headline of a page that has little else (no story, a few lines at most)."""
    filled = [line for line in lines if line.kind not in (Kind.BLANK, Kind.CHROME)]
    if len(filled) > LONE_HEADLINE_MAX_LINES:
        return None
    return next((line.text for line in filled if looks_like_title(line)), None)


def starts_with_headline(lines: Sequence[Line], start: int, end: int) -> bool:
    """The first body line is the headline: one short sentence not ending in a full stop,
    with body text after it and no headline-shaped line right above it."""
    line = lines[start]
    following = neighbour(lines, start, 1)
    if following is None or following > end or lines[following].kind is not Kind.BODY:
        return False
    if line.words > HEADING_MAX_WORDS or line.text.endswith((".", ":", ";")):
        return False
    if not looks_like_title(line):
        return False
    above = [i for i in range(start - 1, -1, -1) if lines[i].kind is not Kind.BLANK][:2]
    return not any(lines[i].kind is Kind.SHORT and looks_like_title(lines[i]) for i in above)


def cut_author_bio(lines: Sequence[Line], start: int, end: int, author: str | None) -> int:
    """End the story before a line about its author ("Jane Doe is a reporter..."), when
    the text from there on is shorter than the story above it (a bio closes a story; a
    name in a line of an interview, with most of the text below, does not), or at a bio
    among the story's last lines (:func:`author_bio`), however short the story. A story that
    names its author itself (a company's release) goes on to a section about it ("About
    <company>"), not a bio."""
    name = name_key(author)
    if not name:
        return end
    body = [i for i in range(start, end + 1) if lines[i].kind is Kind.BODY]
    bio = author_bio(lines, body, author)
    if bio is not None:
        return max(j for j in body if j < bio)
    for i in range(body[1] if len(body) > 1 else end + 1, end + 1):
        if lines[i].kind not in (Kind.BODY, Kind.SHORT):
            continue
        head = " ".join(lines[i].text.split()[:BIO_NAME_WORDS])
        if name in head and BIO_MIN_WORDS <= lines[i].words <= BIO_MAX_WORDS:
            above = [j for j in body if j < i]
            if any(name in lines[j].text for j in above):
                return end
            if _words(lines, above) > _words(lines, [j for j in body if j >= i]):
                return max(above)
            return end
    return end


def _words(lines: Sequence[Line], indices: Sequence[int]) -> float:
    """Words of the lines ``indices``."""
    return sum(lines[i].words for i in indices)


def repeated_labels(lines: Sequence[Line]) -> set[int]:
    """Short lines whose text stands ``LABEL_MIN_REPEATS`` times or more on the page: the
    section name over every teaser ("Sport"), not a heading of the story (a table of
    contents repeats a heading once)."""
    counts = Counter(line.text for line in lines if line.kind is Kind.SHORT)
    return {
        i
        for i, line in enumerate(lines)
        if line.kind is Kind.SHORT and counts[line.text] >= LABEL_MIN_REPEATS
    }
