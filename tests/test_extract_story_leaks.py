"""Leaks at the end of a text dump's story: author boxes and stray tails below a box."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(8)]


def test_an_author_box_with_the_name_alone_on_a_line_ends_the_story():
    bio = "Maren Holt is a staff writer who covers transport, cities and the weather for us."
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\nMaren Holt\n\n{bio}\n\nShare\n"
    assert list(extract_text(page).paragraphs) == STORY


def test_a_section_on_someone_the_story_names_is_not_an_author_box():
    about = "The engineer Maren Holt drew the first plans of the bridge in a small office."
    section = "Holt has worked on bridges for thirty years and she still checks each bolt."
    page = "Bridge opens\n\n" + "\n\n".join([*STORY, about]) + f"\n\nMaren Holt\n\n{section}\n"
    assert list(extract_text(page).paragraphs) == [*STORY, about, "Maren Holt", section]


def test_a_teaser_or_two_below_a_box_at_the_story_end_are_the_box_s():
    box = "Related stories\nOld bridge closes\nFerry returns\nTunnel plans\n"
    teaser = "The ferry is back on the river after a long winter, and it is full every day."
    other = "The tunnel under the harbour will take six more years to build, the city says."
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\n{box}\n{teaser}\n\n{other}\n\nAbout us\n"
    assert list(extract_text(page).paragraphs) == STORY


def test_the_story_goes_on_below_a_box_with_a_single_teaser():
    last = [sentence(n, "the old ferry") for n in range(2)]
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + "\n\nRead more\nFerry returns\n\n"
    page += "\n\n".join(last) + "\n"
    assert list(extract_text(page).paragraphs) == [*STORY, *last]


def test_an_about_me_of_a_few_paragraphs_below_a_box_under_a_long_story_is_left_out():
    story = [sentence(n) for n in range(16)]
    about = [
        "Welcome to my little blog about bridges, ferries and other ways across water.",
        "I am an engineer who has lived by the river for most of her life.",
        "I write about the bridges I visit on my travels, and the people who build them.",
    ]
    box = "Related posts\nOld bridge closes\nFerry returns\n"
    page = "Bridge opens\n\n" + "\n\n".join(story) + f"\n\n{box}\n" + "\n\n".join(about) + "\n"
    assert list(extract_text(page).paragraphs) == story


def test_a_name_below_an_author_label_opens_the_author_box():
    bio = "Writes about cities since 2010 and lives by the river with two cats and a boat."
    page = "Bridge opens\n\n" + "\n\n".join(STORY) + f"\n\nAuthor\nMaren Holt\n\n{bio}\n\nShare\n"
    assert list(extract_text(page).paragraphs) == STORY
