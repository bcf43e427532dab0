"""Short lines of a text dump's story and its end (round 5): the lines a story reads that
are too short to be paragraphs."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(3)]


def test_a_salutation_above_the_story_text_is_kept_with_it():
    salutation = "Dear friends and readers,"
    letter = (
        "after ten years of writing on this small site about bridges, ferries and the river "
        "I have decided to stop, since my new work leaves me too little time for it."
    )
    page = "A letter\n\n12 May 2021\n\n" + STORY[0] + f"\n\n{salutation}\n\n{letter}\n\n"
    page += "\n\n".join(STORY[1:]) + "\n\nShare\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [STORY[0], salutation, letter, *STORY[1:]]
    assert "Share" not in paragraphs


def test_the_short_text_of_a_post_quoted_in_the_story_is_kept_above_its_signature():
    post = "What a view from the new bridge tonight pic.twitter.com/AbC123xyz"
    signature = "— Jane Roe (@janeroe) May 2, 2020"
    page = "Bridge opens\n\n12 May 2020\n\n" + "\n\n".join(STORY[:2])
    page += f"\n\n{post}\n\n{signature}\n\n{STORY[2]}\n\nShare\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [*STORY[:2], post, signature, STORY[2]]
    assert "Share" not in paragraphs


def test_a_web_or_mail_address_alone_between_paragraphs_of_the_story_is_kept():
    intro = "The town has opened a mailbox for all questions about the new bridge and its tolls:"
    mail = "bridge.questions@example.org"
    link = "https://www.example.org/petition/keep-the-old-ferry"
    page = "Bridge opens\n\n12 May 2021\n\n" + f"{STORY[0]}\n\n{intro}\n\n{mail}\n\n"
    page += f"{STORY[1]}\n\n{link}\n\n{STORY[2]}\n\nhttps://www.example.org/share\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [STORY[0], intro, mail, STORY[1], link, STORY[2]]
    assert "https://www.example.org/share" not in paragraphs


def test_a_heading_over_a_numbered_subheading_or_asking_a_question_is_kept():
    top = "Our Five Favourite Views"
    first = "1. The Old Ferry Landing"
    question = "Why A Bridge At All?"
    second = "The Town Council Decides"
    page = "Bridge opens\n\n12 May 2021\n\n" + f"{STORY[0]}\n\n{top}\n\n{first}\n\n{STORY[1]}\n\n"
    page += f"{question}\n\n{second}\n\n{STORY[2]}\n\nShare\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [STORY[0], top, first, STORY[1], question, second, STORY[2]]
    assert "Share" not in paragraphs


def test_a_block_of_fields_amid_the_story_is_kept():
    fields = ["Jacket: Harbour Wear", "Scarf: knitted by my aunt", "Boots: River & Co"]
    teaser = "More From The Harbour Blog"
    page = "My outfit\n\n12 May 2021\n\n" + f"{STORY[0]}\n\n" + "\n".join(fields) + "\n\n"
    page += "\n\n".join(STORY[1:]) + f"\n\n{teaser}\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [STORY[0], *fields, *STORY[1:]]
    assert teaser not in paragraphs


def test_the_reviewed_books_details_right_below_the_review_are_kept():
    book = ["Jane Roe", "Bridges Of The North", "Harbour Press, 2021, 312 pages", "24.00 Euro"]
    page = "A book about bridges\n\nBy Tom Berg\n\n" + "\n\n".join(STORY) + "\n\n"
    page += "\n".join(book) + "\n\nMore Reviews\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [*STORY, *book]
    assert "More Reviews" not in paragraphs
