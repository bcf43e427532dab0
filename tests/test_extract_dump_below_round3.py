"""Which stretch of a text dump is the story, and where it ends (round 3): notices about
the site itself (an outdated browser, a cookie dialog) are not the story."""

from __future__ import annotations

from dump_pages import sentence

from tts_pipeline.extract.textdump import extract_text

STORY = [sentence(n) for n in range(3)]
MENU = "\n".join(
    ["Home", "News", "Teams", "Men", "Women", "Youth", "Comments", "Shop", "Tickets"] * 3
)


def test_a_notice_about_an_outdated_browser_is_not_the_story():
    notice = (
        "we are very glad about your visit and your interest in our pages. Sadly you are "
        "using an outdated browser that no longer supports our newest features, so to see "
        "our pages as they are meant to be seen we recommend that you switch to one of the "
        "browsers below, which are all free to download and easy to install on any computer:"
    )
    help_line = (
        "If you have any questions, you can write to us at any time by mail and we will "
        "answer you as soon as we can."
    )
    page = f"Dear fans,\n\n{notice}\n\nFirefox\nChrome\nSafari\n\n{help_line}\n\n"
    page += f"{MENU}\n\n12 May 2021\n\nBridge opens\n\n" + "\n\n".join(STORY) + "\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == STORY
    assert not any("outdated browser" in p for p in paragraphs)


def test_the_sentences_of_a_french_cookie_dialog_are_not_the_story():
    story = [
        "Le nouveau pont sur la rivière a été ouvert hier matin par le maire de la ville, "
        "devant quelques centaines d'habitants venus assister à la cérémonie.",
        "Les travaux avaient commencé il y a trois ans et ont coûté bien plus que prévu, "
        "selon les chiffres publiés par la mairie la semaine dernière.",
    ]
    dialog = [
        "En cliquant sur « Tout accepter », vous acceptez que le site et ses partenaires "
        "utilisent des cookies et autres traceurs pour les finalités détaillées ci-dessus.",
        "En cliquant sur « Tout refuser », vous refusez que le site et ses partenaires "
        "utilisent ces traceurs pour les finalités détaillées ci-dessus, sauf les cookies "
        "strictement nécessaires au fonctionnement du site.",
        "Ces cookies permettent de partager du contenu sur les réseaux sociaux et sur les "
        "autres plateformes présentes sur notre site, ainsi que de mesurer leur audience.",
    ]
    page = "Le pont est ouvert\n\n" + "\n\n".join(story) + "\n\nPartager\n\nAccueil\n\n"
    page += "Paramétrer les cookies\n\n" + "\n\n".join(dialog) + "\n\nTout refuser\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == story
    assert not any("cookies" in p for p in paragraphs)


def test_the_signatures_of_posts_quoted_in_the_story_are_kept_with_it():
    quote = "Nobody has asked us whether we want this bridge at all, and now we pay for it!"
    other = "The new bridge is the best thing that has happened to our side of the river!"
    first = "— Jane Roe (@janeroe) May 2, 2020"
    last = "— River Friends (@riverfriends) May 3, 2020"
    page = "Bridge opens\n\n12 May 2020\n\n" + "\n\n".join(STORY[:2])
    page += f"\n\n{quote}\n\n{first}\n\n{STORY[2]}\n\n{other}\n\n{last}\n\nShare\n\nHome\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [*STORY[:2], quote, first, STORY[2], other, last]
    assert "Share" not in paragraphs


def test_the_staff_credit_right_below_the_story_is_kept_with_it():
    credit = "(Reporting by Jane Roe in Rome; Editing by John Doe and Max Mustermann)"
    teaser = "Another Story About Harbour Cranes And Ferries"
    page = "Bridge opens\n\nBy Tom Berg\n\n" + "\n\n".join(STORY)
    page += f"\n\n{credit}\n\nOur Standards\n\nRead more\n\n{teaser}\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [*STORY, credit]
    assert teaser not in paragraphs


def test_an_interviews_short_answers_amid_and_below_the_story_are_kept():
    answers = [
        f"Anna Berg: answer {n} about the new bridge goes on for a while, so that it reads "
        "like a real paragraph of an interview."
        for n in range(3)
    ]
    questions = [
        f"Tom Berg: question {n} about the bridge, asked at some length, so that it "
        "reads like a paragraph."
        for n in range(3)
    ]
    short = "Anna Berg: From Rome."
    story = [questions[0], short, *answers[:1], questions[1], answers[1], questions[2]]
    story += [answers[2]]
    last = "Anna Berg: Thank you. Bye."
    teaser = "Next: A ferry for the harbour"
    page = "Bridge talk\n\nBy Tom Berg\n\n" + "\n\n".join(story)
    page += f"\n\n{last}\n\n{teaser}\n\nShare\n"
    paragraphs = list(extract_text(page).paragraphs)
    assert paragraphs == [*story, last]
    assert teaser not in paragraphs
