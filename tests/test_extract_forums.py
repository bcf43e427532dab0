"""A forum thread's question and replies are its content (:mod:`tts_pipeline.extract.forums`);
a story's comments stay out. Each test writes an invented dump and checks what is kept."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.extract.context import in_context
from tts_pipeline.extract.forums import forum_thread
from tts_pipeline.extract.lines import describe
from tts_pipeline.sources.read import read_source


def _body(tmp_path, text: str) -> str:
    dump = tmp_path / "thread.txt"
    dump.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(dump))).paragraphs)


def _post(heading: str, byline: str, text: list[str], profile: list[str]) -> list[str]:
    return [heading, byline, "", *text, *profile]


TITLE = "Fahrradkette springt am kleinen Ritzel"
REPLIES = "\n".join([
    "Radler-Forum", "Suche", "FAQ", "Registrieren", "Anmelden",
    "Foren-Übersicht ‹ Technik ‹ Schaltung", TITLE, "Antwort erstellen", "4 Beiträge",
    *_post(TITLE, "von Speiche12 » Sa 7. Mär 2020, 10:02",
           ["Hallo zusammen,", "",
            "seit dem Kettenwechsel springt meine Kette auf dem kleinsten Ritzel immer wieder, "
            "vor allem am Berg. Das Schaltwerk habe ich schon neu eingestellt.",
            "Hat jemand eine Idee, woran das liegen kann?"],
           ["Gruß Tom", "Speiche12", "Beiträge: 31"]),
    *_post(f"Re: {TITLE}", "von Nabendynamo » Sa 7. Mär 2020, 11:40",
           ["Wenn nur die Kette neu ist, sind meistens die kleinen Ritzel verschlissen. "
            "Eine neue Kette läuft auf alten Zähnen nicht sauber."],
           ["Nabendynamo", "Moderator", "Beiträge: 4411"]),
    *_post(f"Re: {TITLE}", "von Speiche12 » So 8. Mär 2020, 18:15",
           ["Danke, das war es tatsächlich. Mit der neuen Kassette läuft alles wieder ruhig "
            "und nichts springt mehr."],
           ["Speiche12", "Beiträge: 32"]),
    "Antwort erstellen", "4 Beiträge", "Zurück zu „Schaltung“",
    "Wer ist online?", "Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste",
    "Powered by phpBB® Forum Software © phpBB Limited",
])  # fmt: skip


def test_replies_headed_re_and_the_title_are_kept(tmp_path):
    """Three posts, the replies headed "Re: <title>": the question and every reply are
    kept, the posters' profiles, bylines, signatures and buttons are not."""
    text = _body(tmp_path, REPLIES)
    assert "Hallo zusammen," in text
    assert "seit dem Kettenwechsel springt meine Kette" in text
    assert "sind meistens die kleinen Ritzel verschlissen" in text
    assert "Mit der neuen Kassette läuft alles wieder ruhig" in text
    for chrome in ("Beiträge: 31", "Moderator", "Gruß Tom", "Antwort erstellen", "Re: ",
                   "von Nabendynamo", "Wer ist online?"):  # fmt: skip
        assert chrome not in text, chrome


NUMBERED = "\n".join([
    "Garden Forum", "Forums", "What's new", "Log in", "Register",
    "Tomato leaves curling upwards", "Thread starter greenfinger", "Start date Jul 2, 2019", "",
    "greenfinger", "Member", "Joined", "May 3, 2018", "Jul 2, 2019", "#1",
    "My greenhouse tomatoes have started curling their top leaves upwards. The plants look "
    "healthy otherwise and are setting fruit, but I am worried it is a virus.",
    "Like Reply", "",
    "rosehip", "Well-known member", "Joined", "Apr 9, 2012", "Jul 2, 2019", "#2",
    "That is almost always heat stress. Open the vents in the afternoon and water in the "
    "morning rather than the evening.",
    "Like Reply", "",
    "greenfinger", "Member", "Joined", "May 3, 2018", "Jul 5, 2019", "#3",
    "Opened the vents as you said and the new leaves are coming through flat again. Thanks.",
    "Like Reply",
    "You must log in or register to reply here.", "Similar threads",
    "Forum software by XenForo® © 2010-2019 XenForo Ltd.",
])  # fmt: skip


def test_posts_numbered_one_by_one_are_kept(tmp_path):
    """Posts numbered "#1", "#2", "#3" below their posters' profiles: every post is kept."""
    text = _body(tmp_path, NUMBERED)
    assert "My greenhouse tomatoes have started curling" in text
    assert "That is almost always heat stress." in text
    assert "the new leaves are coming through flat again" in text
    for chrome in ("Joined", "Well-known member", "#2", "Like Reply", "Similar threads"):
        assert chrome not in text, chrome


def test_numbers_that_do_not_count_up_are_no_thread():
    """ "#1", "#5", "#2" are no posts counting up: no thread."""
    lines = in_context([describe(t) for t in ["#1", "Some text here.", "#5", "#2", "More."]])
    assert forum_thread(lines) is None


COMMENTED = "\n".join([
    "Daily Gazette", "News", "Sport", "",
    "Council approves new cycle lanes", "",
    "By Jane Roe", "May 4, 2020", "",
    "The city council has approved four new cycle lanes in the town centre after a long "
    "debate on Monday night. Work is due to start in the summer.",
    "",
    "Councillors said the lanes would make the centre safer for children on their way to "
    "school, while shop owners worry about losing parking spaces.",
    "",
    "Comments", "",
    "Re: Council approves new cycle lanes", "#1",
    "About time too. I have been waiting for safe lanes on the high street for years.", "",
    "Re: Council approves new cycle lanes", "#2",
    "What about the parking? The shops on Mill Street will lose their customers.", "",
    "Re: Council approves new cycle lanes", "#3",
    "Other towns have done this and their shops are doing fine, so I would not worry.", "",
    "Leave a comment",
])  # fmt: skip


def test_comments_under_the_comments_heading_stay_out(tmp_path):
    """Comments headed "Re: <headline>" and numbered, below the comments' heading: the
    story's comments, not a thread."""
    text = _body(tmp_path, COMMENTED)
    assert "approved four new cycle lanes" in text
    assert "About time too." not in text
    assert "Other towns have done this" not in text
