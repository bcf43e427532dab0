"""Which stretch of a page dump is the story."""

from __future__ import annotations

from dump_pages import region_text, sentence

from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.lines import describe
from tts_pipeline.extract.region import best_region
from tts_pipeline.extract.textdump import extract_text


def test_the_heaviest_run_of_body_lines_wins():
    story = "\n\n".join(sentence(n) for n in range(6))
    teaser = sentence(99, "something else")
    page = f"Home\nNews\n\n{teaser}\n\nLatest\nSport\nWeather\n\n{story}\n\nAbout us\nContact"
    assert region_text(page) == [sentence(n) for n in range(6)]


def test_an_anchored_story_beats_a_longer_list_of_teasers():
    teasers = "\n\n".join(f"Teaser title {n}\n{sentence(n, 'a deal')}" for n in range(8))
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"{teasers}\n\nBridge opens\n\nBy Ann Lee\nMay 2, 2024\n\n{story}\n"
    assert region_text(page) == [sentence(n) for n in range(4)]


def test_nothing_after_an_end_marker_once_the_story_has_begun():
    story = "\n\n".join(sentence(n) for n in range(3))
    comments = "\n\n".join(f"user{n} says:\n{sentence(n, 'my opinion')}" for n in range(20))
    page = f"Bridge opens\n\n{story}\n\n20 Comments\n\n{comments}\n"
    assert region_text(page) == [sentence(n) for n in range(3)]


def test_an_end_marker_above_the_story_does_not_hide_it():
    story = "\n\n".join(sentence(n) for n in range(3))
    page = f"Bridge opens\n\nLeave a comment\n\n{story}\n"
    assert region_text(page) == [sentence(n) for n in range(3)]


def test_a_box_in_the_middle_of_the_story_is_skipped_not_the_rest():
    first = "\n\n".join(sentence(n) for n in range(3))
    second = "\n\n".join(sentence(n) for n in range(3, 6))
    page = (
        f"Bridge opens\n\n{first}\n\nRelated stories\nOld bridge closes\nFerry returns\n\n"
        f"{second}\n\nMost popular\nA teaser\nAnother teaser\n"
    )
    article = extract_text(page)
    assert list(article.paragraphs) == [sentence(n) for n in range(6)]


def test_a_page_without_sentences_has_no_story():
    lines = in_context([describe(line) for line in ("Home", "News", "", "Bridge opens", "")])
    assert best_region(lines) is None


CONSENT = (
    "We and our partners use cookies and similar technologies to store and access "
    "information on your device, to measure how our site is used, to show you personalised "
    "advertising and content, and to develop and improve our products; you can change your "
    "choices at any time from the privacy link at the foot of every page of this site."
)


def test_a_consent_dialog_in_full_sentences_is_not_the_story():
    dialog = "\n\n".join(
        [CONSENT, CONSENT.replace("store", "keep"), CONSENT.replace("foot", "end")]
    )
    story = "\n\n".join(sentence(n) for n in range(3))
    page = f"Bridge opens\n\n{story}\n\nYour privacy\n\n{dialog}\n\nAccept all\nReject all\n"
    assert region_text(page) == [sentence(n) for n in range(3)]


def test_a_story_that_mentions_cookies_now_and_then_is_still_the_story():
    story = [sentence(n) for n in range(6)]
    story[2] = CONSENT  # one paragraph quotes a banner: a small share of the story
    page = "Bridge opens\n\n" + "\n\n".join(story) + "\n"
    assert region_text(page) == story


VERSE = [
    "and the river runs under the bridge we built",
    "and the trains go over it all night long",
    "we will sing of it when we are old",
]


def test_verse_quoted_amid_the_story_is_kept():
    page = "\n\n".join(
        ["Bridge opens", sentence(0), sentence(1) + "\n" + "\n".join(VERSE), sentence(2)]
    )
    assert list(extract_text(page).paragraphs) == [sentence(0), sentence(1), *VERSE, sentence(2)]


def test_menus_and_teasers_around_the_story_stay_out():
    menu = "Home Page Of The Site\nLatest News And Sport\nWeather Where You Are"
    teasers = "How the old ferry kept the town going\nWhy the trains are late again this week"
    page = "\n\n".join(["Bridge opens", sentence(0), menu, sentence(1), sentence(2), teasers])
    assert list(extract_text(page).paragraphs) == [sentence(0), sentence(1), sentence(2)]


def test_a_story_far_heavier_below_a_comments_link_is_still_found():
    notice = sentence(99, "our new app")
    story = "\n\n".join(sentence(n) for n in range(12))
    page = (
        f"Home\nNews\n\n{notice}\n{notice.replace('app', 'site')}\n\nShare\nComments\n\n"
        f"Bridge opens\n\nBy Ann Lee\nMay 2, 2024\n\n{story}\n"
    )
    assert region_text(page) == [sentence(n) for n in range(12)]


def test_comments_below_the_end_marker_stay_out_however_long():
    story = "\n\n".join(sentence(n) for n in range(3))
    comment = "\n\n".join(sentence(n, "my long opinion") for n in range(12))
    page = f"Bridge opens\n\n{story}\n\n2 Comments\n\nMay 3, 2024\n\n{comment}\n"
    assert region_text(page) == [sentence(n) for n in range(3)]


def test_a_photo_post_without_sentences_is_the_lines_under_its_byline():
    menu = "Home\nGallery\nAbout us\nContact"
    post = "Places\nTokyo and Berlin\nFilm\nTwo rolls of colour film\nCameras\nA panorama camera"
    spoken = [line for line in post.split("\n") if line != "Film"]  # a menu word: chrome
    page = f"{menu}\n\nA film swapped between two towns\n\nPosted May 2, 2024 by Ann Lee\n\n{post}"
    page += "\n\nShare this:\nFacebook\n\nRelated posts\nAnother swap\n"
    article = extract_text(page)
    assert list(article.paragraphs) == spoken
    assert article.title == "A film swapped between two towns"


def test_a_page_of_menus_alone_has_no_article():
    page = "Home\nGallery\nAbout us\nContact\n\nPosted May 2, 2024\n\nShare this:\nFacebook\n"
    assert extract_text(page).paragraphs == ()


def test_a_short_post_is_the_story_not_the_comment_below_it():
    """Two short lines under the dateline, then the comments: the one comment has more
    sentence words, but it stands below "Leave a Reply" and is too short for an article."""
    post = "„Will it rain before the bus comes“\n\n– „Only if you forgot your umbrella“"
    comment = (
        "This reminds me of my grandmother, who carried an umbrella every single day of the "
        "year and never trusted the weather forecast on the radio."
    )
    page = f"Small Notes\n\nOverheard at the bus stop\n\n2 May 2024 at 08:10\n\n{post}\n\n"
    page += f"Share this:\nTwitter\nFacebook\n\nLeave a Reply\n\nRosalind Park\n\n{comment}\n\n"
    page += "Reply\n"
    article = extract_text(page)
    assert list(article.paragraphs) == post.split("\n\n")


def test_on_a_page_of_short_bits_the_dated_one_is_the_story():
    """A paywalled story shows one paragraph with its date under it; a longer box of
    sentences about the paper elsewhere on the page is not the story."""
    story = sentence(0)
    about = (
        "The Valley Courier has reported on the towns of the valley since 1921, from its "
        "office on the market square.\n\n"
        "Its reporters live in the places they write about, and its editors answer every "
        "letter that readers send in."
    )
    page = (
        f"Valley Courier\nHome\nNews\n\nBridge opens after two years of work\n\n{story}\n\n"
        "12 March 2024, 09:15\n\nRead on with a subscription\nLog in\n\nMost read\n"
        "Mayor opens the new school\nFloods close the ferry\nThe harvest festival returns\n"
        "Council votes on the budget\nA new bakery on Mill Street\nThe choir sings in Rome\n"
        f"Sport\nWeather\nJobs\nEvents\n\n{about}\n\nContact\nImprint\n"
    )
    assert region_text(page) == [story]


FOOTER = (
    "Home\nNews\nSport\nWeather\nTravel\nPodcasts\nCulture\nContact\nImprint\nPrivacy policy\n"
    "Terms of use\nCookie settings\nAccessibility\nCareers\nAdvertise\nHelp\nSitemap\nRSS\n"
    "Facebook\nTwitter\nInstagram\nYouTube\nShop\nArchive"
)


def test_nothing_below_the_footer_of_a_dated_story():
    story = "\n\n".join(sentence(n) for n in range(2))
    login = "\n\n".join(sentence(n, "signing in to your account") for n in range(8))
    page = f"Bridge opens\n\nBy Ann Lee\nMay 2, 2024\n\n{story}\n\n{FOOTER}\n\n{login}\n"
    assert region_text(page) == [sentence(n) for n in range(2)]


def test_a_long_menu_below_an_undated_paragraph_is_the_top_navigation_not_a_footer():
    paragraph = sentence(99, "the weather today")
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"{paragraph}\n\n{FOOTER}\n\nBridge opens\n\nBy Ann Lee\nMay 2, 2024\n\n{story}\n"
    assert region_text(page) == [sentence(n) for n in range(4)]


def test_the_signature_of_an_embedded_post_does_not_split_the_story():
    page = (
        f"Bridge opens\n\n{sentence(0)}\n\nWhat a view from the new bridge!\n"
        f"— Jane Doe (@janedoe) May 2, 2024\n\n" + "\n\n".join(sentence(n) for n in range(1, 4))
    )
    kept = region_text(page)
    assert kept[0] == sentence(0) and kept[-1] == sentence(3)


def test_a_link_to_another_story_inside_the_story_does_not_end_it():
    first = "\n\n".join(sentence(n) for n in range(2))
    second = "\n\n".join(sentence(n) for n in range(2, 4))
    link = "Read more: Old ferry returns to the river in June"
    page = f"Bridge opens\n\n{first}\n\n{link}\n\n{second}\n"
    article = extract_text(page)
    assert list(article.paragraphs) == [sentence(n) for n in range(4)]


def test_a_stray_paragraph_far_below_the_story_is_not_joined():
    story = "\n\n".join(sentence(n) for n in range(4))
    about = sentence(99, "the author of this blog, who writes about bridges and ferries")
    page = f"Bridge opens\n\n{story}\n\nMay 2, 2024\nShare\nTweet\n\n{about}\n"
    assert region_text(page) == [sentence(n) for n in range(4)]


def test_a_stray_paragraph_right_below_the_story_is_joined():
    story = "\n\n".join(sentence(n) for n in range(4))
    last = sentence(4)
    page = f"Bridge opens\n\n{story}\n\nUpdated May 2, 2024\n\n{last}\n"
    assert region_text(page)[-1] == last


def test_a_caption_with_its_labelled_credit_is_left_out_of_the_story():
    caption = "The new bridge at night, seen from the old town. Photo: Jane Roe / City Archive"
    page = f"Bridge opens\n\n{sentence(0)}\n\n{caption}\n\n{sentence(1)}\n\n{sentence(2)}\n"
    assert list(extract_text(page).paragraphs) == [sentence(n) for n in range(3)]


def test_a_label_over_every_teaser_is_not_a_section_heading():
    teasers = "\n\n".join(f"City desk\n{sentence(n, 'another plan')}" for n in range(10, 13))
    story = f"{sentence(0)}\n\nCity desk\n{sentence(1)}\n\nThe vote\n\n{sentence(2)}"
    page = f"Bridge opens\n\n{story}\n\nMore news\n\n{teasers}\n"
    article = extract_text(page)
    assert "City desk" not in article.paragraphs
    assert "The vote" in article.paragraphs


STANDFIRST = "The council opened the new bridge on Monday, two years late and over budget."


def test_a_standfirst_above_the_byline_and_a_few_short_lines_is_the_story_s_lead():
    """Short lines below the byline or dateline (a time stamp, the share buttons, a
    subheading) do not cut the standfirst above them off from the story."""
    story = "\n\n".join(sentence(n) for n in range(4))
    page = (
        f"Home\nNews\n\nBridge opens\n\n{STANDFIRST}\n\nBy Ann Lee\nMay 2, 2024\n"
        f"Online since 12:09\nShare on Facebook Share on X\n\n{story}\n"
    )
    article = extract_text(page)
    assert list(article.paragraphs) == [STANDFIRST, *(sentence(n) for n in range(4))]
    assert article.author == "Ann Lee"


def test_a_headline_above_the_dateline_and_a_video_title_is_not_a_lead():
    headline = 'Video shows the rescue of the bridge workers: "We got them!"'
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"Watch live\n\n{headline}\n\nMay 2, 2024 / 10:07 AM\n\nThe bridge rescue\n\n{story}\n"
    assert headline not in extract_text(page).paragraphs


def test_a_teaser_above_a_short_line_is_not_a_lead():
    """Only short lines below a byline or dateline may stand between a standfirst and the
    story: a sentence above a headline is another story's teaser."""
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"{STANDFIRST}\n\nBridge opens\n\nMay 2, 2024\n\n{story}\n"
    assert STANDFIRST not in extract_text(page).paragraphs


DECK = "Two years late and over budget, the river crossing is finally open to cars"


def test_a_deck_between_the_headline_and_the_story_is_kept():
    """A short line under the headline (a dateline may stand between), longer than it and
    set apart from the story by a blank line, is the deck: it opens the story."""
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"Home\nNews\n\nBridge opens\n\nMay 2, 2024\n\n{DECK}\n\n{story}\n"
    assert list(extract_text(page).paragraphs) == [DECK, *(sentence(n) for n in range(4))]


def test_a_credit_or_a_shorter_line_under_the_headline_is_not_a_deck():
    story = "\n\n".join(sentence(n) for n in range(4))
    headline = "The bridge over the river opens after two years of work"
    for line in ("Ann Lee and John Roe, City Desk", "Watch the bridge open"):
        page = f"Home\n\n{headline}\n\nMay 2, 2024\n\n{line}\n\n{story}\n"
        assert line not in extract_text(page).paragraphs


LONG_DECK = "Two years late and well over budget, the river crossing is finally open to all cars"


def test_a_deck_taken_for_the_headline_is_kept_and_the_headline_above_it_is_the_title():
    """The line right above the byline looks most like a headline; a shorter headline in a
    block of its own above it shows that it is the deck."""
    story = "\n\n".join(sentence(n) for n in range(4))
    page = (
        f"Home\nNews\n\nBridge opens at last\n\n{LONG_DECK}\n\nBy Ann Lee\nMay 2, 2024\n"
        f"Share\n\n{story}\n"
    )
    article = extract_text(page)
    assert list(article.paragraphs) == [LONG_DECK, *(sentence(n) for n in range(4))]
    assert article.title == "Bridge opens at last"


def test_a_section_name_or_a_caption_above_the_headline_is_not_the_title():
    story = "\n\n".join(sentence(n) for n in range(4))
    for above in ("City news", "The bridge at night. Photo: Jane Roe"):
        page = f"Home\nNews\n\n{above}\n\n{LONG_DECK}\n\nBy Ann Lee\nMay 2, 2024\n\n{story}\n"
        article = extract_text(page)
        assert article.title == LONG_DECK
        assert LONG_DECK not in article.paragraphs


def test_a_standfirst_without_a_full_stop_above_the_dateline_is_the_lead():
    """A standfirst of two sentences, or too long for a headline, needs no full stop."""
    lead = (
        "The council opened the new bridge on Monday. It came two years late and well over "
        "the budget the city had set for it, and the ferry will keep running until June"
    )
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"Home\nNews\n\nBridge opens\n\n{lead}\n\nMay 2, 2024\n\n{story}\n"
    assert list(extract_text(page).paragraphs) == [lead, *(sentence(n) for n in range(4))]


def test_a_standfirst_above_a_long_share_bar_is_the_lead():
    """Chrome and captions between the standfirst and the story (share buttons, a photo
    gallery) are not counted with the few other lines that may stand there."""
    buttons = "\n".join(
        ("Share", "Facebook", "Twitter", "Email", "Print", "WhatsApp", "Pinterest", "LinkedIn") * 2
    )
    story = "\n\n".join(sentence(n) for n in range(4))
    page = f"Home\n\nBridge opens\n\n{STANDFIRST}\n\nMay 2, 2024\n{buttons}\n\n{story}\n"
    assert list(extract_text(page).paragraphs) == [STANDFIRST, *(sentence(n) for n in range(4))]


def test_the_datelines_of_comments_under_a_short_post_do_not_anchor_them():
    """Only the page's first few stretches under a byline or dateline get its bonus: further
    down, datelines stamp the comments (or a forum's replies), and a long comment must not
    outweigh the short post above them."""
    post = "\n\n".join(sentence(n) for n in range(2))
    stamp = "reader{n}\nLike\nMay 3, 2024 at 10:0{n}"
    short = [f"{stamp.format(n=n)}\n\n{sentence(n, 'my opinion')}" for n in range(4)]
    long = "\n\n".join(sentence(n, "what I think of it all") for n in range(10, 14))
    comments = "\n\n".join([*short, f"{stamp.format(n=9)}\n\n{long}"])
    page = f"Bridge opens\n\nBy Ann Lee\nMay 2, 2024\n\n{post}\n\n{comments}\n"
    assert region_text(page) == [sentence(n) for n in range(2)]


def test_nothing_after_the_question_whether_the_article_helped():
    """A rating prompt ("Was this article helpful?") closes the article: the sponsored
    teaser below it is not the story's."""
    story = "\n\n".join(sentence(n) for n in range(4))
    teaser = sentence(9, "a webinar on cloud storage")
    page = f"Bridge opens\n\n{story}\n\nWas this article helpful?\n\nWhite paper\n\n{teaser}\n"
    assert list(extract_text(page).paragraphs) == [sentence(n) for n in range(4)]


def test_finnish_chrome_keeps_a_reading_list_and_newsletter_box_out():
    """A Finnish page's "Lue myös:" box and newsletter prompt are chrome of its language."""
    story = [
        "Kaupunginvaltuusto päätti maanantaina, että vanha uimahalli suljetaan kesän lopussa, "
        "koska insinöörit löysivät katosta halkeamia.",
        "Uuden hallin rakentaminen alkaa ensi vuonna, ja sen on määrä valmistua kahden vuoden "
        "kuluttua, kertoo kaupungin tiedote.",
        "Asukkaat ovat kuitenkin huolissaan siitä, että lapset jäävät ilman uimaopetusta koko "
        "rakennusajan, sillä lähin halli on kaukana.",
    ]
    box = "Lue myös:\n\nJunat kulkevat taas normaalisti – rata korjattiin yön aikana\n\n"
    box += "Tilaa uutiskirjeemme!\n\nSaat parhaat jutut suoraan sähköpostiisi joka aamu!\n"
    page = "Uimahalli suljetaan\n\n" + "\n\n".join(story) + "\n\n" + box
    assert list(extract_text(page).paragraphs) == story


def test_a_comments_heading_with_a_colon_ends_the_story():
    """ "1 Comment:" (as blog platforms write it) is an end marker as "1 Comment" is."""
    story = "\n\n".join(sentence(n) for n in range(4))
    comment = sentence(7, "the last book, which I liked less than the first one")
    page = f"Bridge opens\n\n{story}\n\n1 Comment:\n\nAnna2. May 2024 um 18:12\n\n{comment}\n"
    assert list(extract_text(page).paragraphs) == [sentence(n) for n in range(4)]
