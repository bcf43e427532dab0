"""Text dumps of round 8: leftovers of the dump cleaner on pages rendered to dumps (a
caption whose credit follows a slash, a stock quote's panel amid the story). Each test
writes an invented page and checks what is kept and what is dropped."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _body(tmp_path, name: str, text: str) -> str:
    dump = tmp_path / name
    dump.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(dump))).paragraphs)


SLASH_CREDIT = "\n".join([
    "Coast News", "Home", "National", "Sport", "",
    "Kayaker rescued after night adrift off the cape", "",
    "By Jane Roe | 6:40am Mon 1 June 2026", "",
    "The kayaker being helped ashore at Cape Lowry. Photo / Supplied", "",
    "A kayaker who spent the night adrift off Cape Lowry was found cold but unhurt by a "
    "fishing boat early on Monday, about twelve kilometres from where he set out.", "",
    "He had left the beach on Sunday afternoon and was reported missing by his family when "
    "he did not come home for dinner, the coastguard said.", "",
    "Coastguard volunteers searched the bay until after midnight before the fog grew too "
    "thick, and the search was taken up again at first light.", "",
    "The man was taken to hospital as a precaution and is expected to go home on Tuesday.", "",
    "Most Read", "Storm warning for the weekend",
])  # fmt: skip


def test_caption_with_credit_after_a_slash_is_not_story(tmp_path):
    """A caption ending in its credit after a slash ("... at Cape Lowry. Photo / Supplied")
    is a caption, as with a colon."""
    text = _body(tmp_path, "kayak.txt", SLASH_CREDIT)
    assert "Photo / Supplied" not in text
    assert text.startswith("A kayaker who spent the night adrift")
    assert "go home on Tuesday." in text


QUOTE_PANEL = "\n".join([
    "Market Daily", "Markets", "Companies", "Sign In", "",
    "Harbor Mills shares drop after weak outlook", "",
    "By Jane Roe", "March 3, 2026 at 10:15 am ET", "",
    "Shares in Harbor Mills fell sharply on Tuesday after the flour maker said higher wheat "
    "prices would cut into its profits for the rest of the year.", "",
    "The company lowered its forecast for annual earnings and said it would raise its prices "
    "to bakeries and shops from April.", "",
    "Harbor Mills Corp NYSE: HBML",
    "$21.07 -2.14 (-9.22%)",
    "Open, 23.10, Day range, 20.95 - 23.30",
    "Volume, 3.1M, Mkt cap, 2.4B",
    "Quotes delayed at least 15 minutes. Market data provided by a vendor.", "",
    "Chief executive John Doe told analysts that the cost of wheat had risen by a third since "
    "the summer, after poor harvests in several growing regions.", "",
    "The company also said it would delay the opening of a new mill in Kansas by a year.", "",
    "Most Popular", "Oil prices rise on supply worries",
])  # fmt: skip


def test_stock_quote_panel_amid_the_story_is_dropped(tmp_path):
    """A block of lines with no blank line between them, mostly not sentences, with a chrome
    line and a signed change in per cent, is a stock quote's panel, not the story."""
    text = _body(tmp_path, "mills.txt", QUOTE_PANEL)
    assert "Day range" not in text
    assert "Quotes delayed" not in text
    assert "Volume, 3.1M" not in text
    assert "cut into its profits" in text
    assert "new mill in Kansas by a year." in text


NUMBER_ROWS = "\n".join([
    "Town Post", "News", "Sport", "",
    "Turnout rose in every ward, figures show", "",
    "By Jane Roe", "May 8, 2026", "",
    "Turnout at the town council election rose in every ward this year, according to figures "
    "published by the returning officer on Friday.", "",
    "Ward, 2022, 2026, change",
    "North, 31.2%, 35.0%, +3.8%",
    "South, 28.4%, 30.1%, +1.7%",
    "Harbour, 25.9%, 29.6%, +3.7%", "",
    "The biggest rise was in the north of the town, where a new polling station opened in the "
    "library this spring.", "",
    "The council said it would keep the new station for the next election.", "",
])  # fmt: skip


def test_table_of_figures_with_changes_stays(tmp_path):
    """A table of figures with signed changes in per cent but no chrome line is the story's
    table, not a quote panel."""
    text = _body(tmp_path, "turnout.txt", NUMBER_ROWS)
    assert "Harbour, 25.9%" in text
    assert "keep the new station" in text


FILE_CREDIT = "\n".join([
    "Channel 4 News", "Local", "Weather", "Sports", "",
    "Council approves new bus depot", "",
    "By Jane Roe", "Published: May 4, 2026, 9:10 AM", "Facebook", "Twitter", "",
    "Buses wait at the old depot on Mill Road.",
    "WKRN file", "",
    "The city council on Monday approved plans for a new bus depot on the edge of town, "
    "replacing a yard on Mill Road that has been used since the 1950s.", "",
    "The new depot will hold up to ninety buses and will have chargers for the electric buses "
    "the city plans to buy over the next ten years.", "",
    "Work is due to start in the autumn and to take about two years, the council said.", "",
    "Related Stories", "Fares to rise in January",
])  # fmt: skip


def test_credit_to_a_stations_files_makes_the_line_above_a_caption(tmp_path):
    """A photo's credit to a station's or an agency's files ("WKRN file") is a credit,
    and the line right above it the lead photo's caption, not the story's first line."""
    text = _body(tmp_path, "depot.txt", FILE_CREDIT)
    assert "Buses wait at the old depot" not in text
    assert "WKRN file" not in text
    assert text.startswith("The city council on Monday approved")
    assert "about two years, the council said." in text


READ_MORE = "\n".join([
    "Harbour Herald", "National", "Sport", "",
    "Swimmer found safe after night on island", "",
    "By Jane Roe | 7:02am Tue 2 June 2026", "",
    "A swimmer who was swept out to a small island off Gull Point was found safe on Tuesday "
    "morning after spending the night in a cave above the tide line.", "",
    "She had gone for a swim late on Monday and could not get back against the current, "
    "police said.", "",
    "READ MORE: * Rip currents blamed for busy week of rescues", "",
    "* Volunteers sought for beach patrols this summer", "",
    "A helicopter crew spotted her waving a towel from the rocks shortly after dawn and "
    "lifted her off a few minutes later.", "",
    "She was checked by paramedics and did not need to go to hospital.", "",
    "Most Read", "Storm warning for the weekend",
])  # fmt: skip


def test_bulleted_link_under_read_more_is_not_a_heading(tmp_path):
    """A line that starts with a list's bullet ("* Volunteers sought ...") is a list's item,
    here a link under "READ MORE:", not a subheading of the story."""
    text = _body(tmp_path, "swimmer.txt", READ_MORE)
    assert "Volunteers sought" not in text
    assert "Rip currents blamed" not in text
    assert "lifted her off a few minutes later." in text
    assert text.endswith("did not need to go to hospital.")


PHOTOGRAPH_CREDIT = "\n".join([
    "The River Review", "Features", "Places", "",
    "The ferry that refuses to sink", "", "By Jane Roe", "3 June 2026", "",
    "For ninety years a small chain ferry has carried cars and walkers across the river at "
    "Lowford, and for most of those years someone has said it would soon be closed.", "",
    "The ferry's crew of three works in shifts from six in the morning until ten at night, and "
    "the crossing takes a little under four minutes each way.", "",
    "The ferry leaving the east bank at dawn. Photograph: John Doe", "",
    "The parish council took over the ferry from the county ten years ago and has kept the "
    "fares the same since then, paying for repairs from a fund raised by the villagers.", "",
    "Enjoyed this story?", "Subscribe now",
])  # fmt: skip


def test_caption_ending_in_photograph_credit_is_not_story(tmp_path):
    """A caption ending in its credit labelled "Photograph:" is a caption, as with
    "Photo:"."""
    text = _body(tmp_path, "ferry.txt", PHOTOGRAPH_CREDIT)
    assert "Photograph: John Doe" not in text
    assert "east bank at dawn" not in text
    assert "raised by the villagers." in text
    assert "four minutes each way." in text


REVIEWED = "\n".join([
    "Health Today", "Conditions", "Wellness", "Subscribe", "",
    "Why do cold hands ache in winter?", "",
    "Medically reviewed by Jane Roe, MD — Written by John Doe — Updated on March 2, 2026", "",
    "Hands that get very cold can ache or throb, and the ache often gets worse as they warm up "
    "again indoors, which surprises many people.", "",
    "In the cold, the small blood vessels in the fingers narrow to keep heat in the body, and "
    "the nerves in the skin send signals that the brain reads as pain.", "",
    "See a doctor if your fingers turn white or blue in the cold, or if the ache lasts for "
    "hours after you have warmed up.", "",
    "How we reviewed this article:", "",
    "Our experts continually monitor the health space, and we update our articles when new "
    "information becomes available.", "",
    "Roe J, et al. (2024). Cold-induced pain in the hands. Journal of Skin Research.",
    "Doe J. (2022). Blood flow in cold fingers. Clinical Physiology.", "",
    "Last medically reviewed on March 2, 2026", "",
    "Read this next", "How to keep warm on a winter walk",
])  # fmt: skip


def test_how_we_reviewed_box_ends_the_story(tmp_path):
    """The box on how the story was reviewed ("How we reviewed this article:", then the
    site's note and the story's sources) ends the story: no more of it is read."""
    text = _body(tmp_path, "hands.txt", REVIEWED)
    assert "continually monitor" not in text
    assert "Cold-induced pain" not in text
    assert text.endswith("after you have warmed up.")


PULL_QUOTE = "\n".join([
    "The Valley Magazine", "Features", "People", "",
    "The choir that sings in the old mine", "", "By Jane Roe", "4 June 2026", "",
    "Once a month, forty singers walk half a mile into the hill above the village and sing "
    "in a chamber where miners once loaded ore into carts.", "",
    "The choir was started by a retired teacher who noticed how long a note rang on in the "
    "chamber when she visited it on a tour with her grandchildren.", "",
    "“Down there, even a small voice sounds like a cathedral.”", "",
    "John Doe, 71", "",
    "Most of the singers had never sung in a choir before, and some had never been inside "
    "the mine, although their grandparents had worked in it for most of their lives.", "",
    "The next concert is in July, and tickets are free but must be booked.", "",
    "Enjoyed this story?", "Subscribe now",
])  # fmt: skip


def test_pull_quotes_attribution_is_not_a_heading(tmp_path):
    """A name with an age or a role after a comma ("John Doe, 71") right under a line
    quoted from end to end is the pull quote's attribution, not a subheading."""
    text = _body(tmp_path, "choir.txt", PULL_QUOTE)
    assert "John Doe, 71" not in text
    assert "grandparents had worked in it" in text
    assert text.endswith("must be booked.")
