"""More HTML extraction rules: an element standing for a missing article element."""

from __future__ import annotations

from tts_pipeline.extract.dom import parse, render_tree
from tts_pipeline.extract.standin import stand_in_article, stand_in_links_out

_STORY = [
    "The river rose by two metres overnight and the old bridge was closed at dawn.",
    "Engineers said the pillars had held, but the road surface would need repairs.",
    "Residents of the lower town were asked to move their cars to higher ground.",
    "The council expects to reopen the bridge next week if the water falls again.",
]
_PAGE = f"""<html><body>
<div class="top"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="wrap">
<div class="left"><p>Our town's weather station reports rain every day of this month.</p></div>
<div class="c1"><p>{_STORY[0]}</p><p>{_STORY[1]}</p>
<p>{_STORY[2]}</p><p>{_STORY[3]}</p>
<p><a href="/more">Read more stories from the lower town and the river</a></p></div></div>
<div class="bottom"><p>Copyright by the town's newspaper and all of its writers.</p></div>
</body></html>"""


def _lines(page):
    return list(zip(page.text.split("\n"), page.evidence, strict=False))


def test_the_smallest_element_holding_most_of_trafilaturas_text_stands_for_the_article():
    tree = parse(_PAGE)
    assert not any(e.in_article for e in render_tree(tree).evidence)
    element = stand_in_article(tree, _STORY[:3])
    assert element is not None and element.get("class") == "c1"
    page = stand_in_links_out(render_tree(tree, element))
    inside = {text for text, e in _lines(page) if e.in_article}
    assert set(_STORY) <= inside
    assert not any("weather" in t or "Copyright" in t or "Read more" in t for t in inside)


def test_a_few_words_of_trafilatura_give_no_stand_in():
    assert stand_in_article(parse(_PAGE), ["Residents of the lower town"]) is None


def test_a_heading_ending_with_a_colon_alone_in_a_gap_of_the_story_is_kept():
    from tts_pipeline.extract.dom import Evidence
    from tts_pipeline.extract.gaps import filled_gaps
    from tts_pipeline.extract.lines import describe

    texts = ["250 g flour", "", "For the topping:", "", "50 g butter", "", "Share this:", "Tags"]
    lines = [describe(t) for t in texts]
    evidence = [Evidence(tag="p", in_article=True) for _ in texts]
    assert 2 in filled_gaps(lines, evidence, [0, 4], set())
    assert not filled_gaps(lines, evidence, [0, 7], set()) & {6}


def test_sentences_running_on_right_above_the_story_start_are_kept():
    from tts_pipeline.extract.dom import Evidence
    from tts_pipeline.extract.gaps import filled_gaps
    from tts_pipeline.extract.lines import describe

    texts = [
        "Wine regions",
        "",
        "The valley lies along the river and has three parts with their own soils.",
        "The rules allow four red and three white grapes for the wines made there.",
        "Grade, Young, Aged",
        "Months in the barrel, 6, 12",
    ]
    lines = [describe(t) for t in texts]
    evidence = [Evidence(tag="p") for _ in texts]
    assert filled_gaps(lines, evidence, [4, 5], set()) == {2, 3}
