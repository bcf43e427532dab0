"""HTML: lines trafilatura left out amid the lines it kept of one table or list."""

from __future__ import annotations

STORY = [
    "The harbour board voted on Tuesday to deepen the main channel by two metres, a project "
    "it has put off three times since the storm of 2019.",
    "Dredging will start in March and last eleven months, the board said, and ships of up to "
    "ten thousand tonnes will be able to dock at the north quay from next winter.",
]


def _story_with_table(rows: list[tuple[str, str]], kept: list[str], cell: str = "{}"):
    """The story of a page with a table of ``rows`` between two paragraphs, when trafilatura
    reads the paragraphs and the cells ``kept``; ``cell`` wraps each cell's text."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    table = "".join(
        f"<tr><th>{cell.format(label)}</th></tr><tr><td>{cell.format(value)}</td></tr>"
        for label, value in rows
    )
    html = f"<html><body><p>{STORY[0]}</p><table>{table}</table><p>{STORY[1]}</p></body></html>"
    page = render_tree(parse(html))
    return story_lines(page, "\n".join([STORY[0], *kept, STORY[1]]), page_meta(page), ())


ROWS = [("Origin", "Sidama farmers"), ("Process", "Washed, sun-dried"), ("Roast", "Medium")]


def test_the_cells_trafilatura_left_out_amid_those_it_kept_of_a_table_are_read():
    """A table's cells run on with no blank line between: those trafilatura left out between
    two it kept (a label, a value) are read with them."""
    story = _story_with_table(ROWS, ["Sidama farmers", "Roast"])
    cells = [text for row in ROWS for text in row]
    assert list(story.paragraphs) == [STORY[0], *cells[1:5], STORY[1]]


def test_links_amid_the_cells_trafilatura_kept_are_not_read():
    story = _story_with_table(ROWS, ["Sidama farmers", "Roast"], cell='<a href="/x">{}</a>')
    assert "Washed, sun-dried" not in story.paragraphs


def test_a_menu_link_trafilatura_kept_far_above_is_not_where_the_story_starts():
    """A menu's link trafilatura kept (and our checks drop) does not move the story's start
    up to it: the lead right above the story is still read."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    menu = ["Harbour news", "Fishing fleet", "Weather at sea", "Ferry timetable"]
    links = "".join(f'<li><a href="/{n}">{item}</a></li>' for n, item in enumerate(menu))
    lead = (
        "The harbour will be deepened after all: the board gave in to the shipping companies "
        "after a year of talks, and the work is to start this spring."
    )
    story = [*STORY, "The fishermen asked for a pause in the herring season, and got one."]
    blocks = "".join(f"<div>{b}</div>" for b in ["The harbour is deepened", lead, *story])
    html = f"<html><body><nav><ul>{links}</ul></nav>{blocks}</body></html>"
    page = render_tree(parse(html))
    read = story_lines(page, "\n".join([menu[2], *story]), page_meta(page), ())
    assert list(read.paragraphs) == [lead, *story]


def _story_with_ingredients(amount: str):
    """A recipe whose ingredients (``amount`` and "Butter", a ``<div>`` each) stand below a
    heading, when trafilatura reads the heading and the ingredient but not the amount."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    html = (
        f"<html><body><article><p>{STORY[0]}</p><h2>Ingredients</h2><div>{amount}</div>"
        f"<div>Butter</div><p>{STORY[1]}</p></article></body></html>"
    )
    page = render_tree(parse(html))
    reading = [STORY[0], "Ingredients", "Butter", STORY[1]]
    return story_lines(page, "\n".join(reading), page_meta(page), ())


def test_an_amount_trafilatura_left_out_beside_its_ingredient_is_read():
    """The one line trafilatura left out between a heading and a line it kept is read when
    it runs on with that line in an element of its own kind (an amount and its ingredient)."""
    story = _story_with_ingredients("135 g")
    assert list(story.paragraphs) == [STORY[0], "Ingredients", "135 g", "Butter", STORY[1]]
    linked = _story_with_ingredients('<a href="/shop">Buy it here</a>')
    assert "Buy it here" not in linked.paragraphs


LEAD = (
    "The harbour will be deepened after all: the board gave in to the shipping companies "
    "after a year of talks, and the work is to start this spring."
)


def _story_below_boxed_headline(opening: str, closing: str):
    """A page whose headline and lead stand in a box (between ``opening`` and ``closing``),
    above the story trafilatura reads."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    story = [*STORY, "The fishermen asked for a pause in the herring season, and got one."]
    head = f"{opening}<h1>The harbour is deepened</h1><p>{LEAD}</p>{closing}"
    html = "<html><body>" + head + "".join(f"<div>{p}</div>" for p in story) + "</body></html>"
    page = render_tree(parse(html))
    return story_lines(page, "\n".join(story), page_meta(page), ()), story


def test_a_lead_in_a_box_that_holds_the_headline_is_read():
    """A box named by its class that holds the headline is the article's header: the lead
    below the headline in it is read. A sidebar by its tag is still a sidebar."""
    read, story = _story_below_boxed_headline('<div class="sidebar">', "</div>")
    assert list(read.paragraphs) == [LEAD, *story]
    read, story = _story_below_boxed_headline("<aside>", "</aside>")
    assert list(read.paragraphs) == story


def _recipe_story(ingredients_on_page: str):
    """A recipe page whose JSON-LD lists its ingredients, when trafilatura reads its method
    but not the ingredients on the page (``ingredients_on_page``)."""
    import json

    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    recipe = {"@type": "Recipe", "recipeIngredient": ["135 g butter", "2 eggs (size M)"]}
    html = (
        '<html><head><script type="application/ld+json">'
        f"{json.dumps(recipe)}</script></head><body><article><h1>Lemon cake</h1>"
        f"{ingredients_on_page}<p>{STORY[0]}</p><p>{STORY[1]}</p></article></body></html>"
    )
    page = render_tree(parse(html))
    return story_lines(page, "\n".join(STORY), page_meta(page), ("Lemon cake",))


def test_the_ingredients_the_recipe_data_lists_are_read_from_the_page():
    """The lines that are an ingredient of the page's recipe data, or its amount or name
    in a cell of its own, are read, linked or not; other lines there are not."""
    cells = "<div>135 g</div><div>butter</div>"
    eggs = '<a href="/shop/eggs">2 eggs (size M)</a>'
    story = _recipe_story(f"{cells}<ul><li>{eggs}</li><li>Print the recipe</li></ul>")
    expected = ["135 g", "butter", "2 eggs (size M)", *STORY]
    assert list(story.paragraphs) == expected
