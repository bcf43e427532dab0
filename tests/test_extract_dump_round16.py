"""Text dumps of round 16: prose stories whose dump reading lost part or all of the story
(a dense box of teasers or a readers' Q&A outweighing it; a standfirst parted from the
story by a "Read also" box). Each test writes an invented page and checks what is kept
and what is dropped."""

from __future__ import annotations

from tts_pipeline.extract import extract_article
from tts_pipeline.sources.read import read_source


def _body(tmp_path, name: str, text: str) -> str:
    dump = tmp_path / name
    dump.write_text(text, "utf-8")
    return "\n".join(extract_article(read_source(str(dump))).paragraphs)


def _teasers(n: int) -> list[str]:
    """``n`` teaser headlines of a sidebar, copied line on line (no blank line between)."""
    subjects = ["Soap star", "Former footballer", "Reality TV couple", "Talk show host"]
    doings = [
        "shows off her new kitchen as she prepares for a family Christmas at home in Surrey",
        "reveals the secret behind his weight loss after months of training with his son",
        "are spotted on a romantic beach holiday weeks after rumours of a split emerged",
        "admits she was left in tears after a surprise visit from her old school friends",
    ]
    return [f"{subjects[k % 4]} {doings[(k // 4) % 4]} ({k + 1} pictures)" for k in range(n)]


FARM_STORY = [
    "Farmers across the county have written to the environment secretary asking for a "
    "guarantee that imported food will meet the same welfare standards as their own.",
    "The letter, signed by more than three hundred farms, warns that cheaper imports "
    "could force many small family businesses out of work within a few years.",
    "One dairy farmer said that her family had kept cows on the same land for four "
    "generations and that she feared her children would be the last to do so.",
    "The department said it remained committed to high standards and would not sign any "
    "trade deal that undermined the work of the country's farmers.",
]

SIDEBAR_PAGE = "\n".join([
    "The Daily Courier", "Home", "News", "Sport", "Showbiz", "Money", "",
    "Farmers demand guarantee on food standards in trade deals", "",
    "By Helen Marsh, Rural Affairs Editor", "",
    "Published: 09:12, 14 March 2020", "",
    *[p for para in FARM_STORY for p in (para, "")],
    "Share or comment on this article", "",
    "Most watched", "",
    *_teasers(24), "",
    "Advertisement", "",
    *_teasers(48)[24:], "",
    "Back to top", "Terms", "Privacy policy",
])  # fmt: skip


def test_a_dense_sidebar_of_teasers_does_not_outweigh_the_story(tmp_path):
    """A sidebar of teaser headlines copied line on line, heavier than the story, is a box
    on a page whose story under its byline has its paragraphs apart."""
    text = _body(tmp_path, "farm.txt", SIDEBAR_PAGE)
    assert text.split("\n") == FARM_STORY
    assert "pictures" not in text


QA_PAGE = "\n".join([
    "Nordkurier Online", "Politik", "Ausland", "Wirtschaft", "",
    "Parlament vertagt die Abstimmung über das Handelsabkommen", "",
    "14. März 2020 16:14 Uhr", "",
    "Die Regierung muss eine herbe Niederlage hinnehmen: Das Parlament hat die Abstimmung "
    "über das Handelsabkommen mit knapper Mehrheit auf die nächste Woche vertagt.", "",
    "Mehrere Abgeordnete der Regierungspartei stimmten mit der Opposition, weil sie vor der "
    "Entscheidung mehr Zeit für die Prüfung der umstrittenen Klauseln verlangt hatten.", "",
    "Der Minister zeigte sich enttäuscht, kündigte aber an, das Abkommen in der kommenden "
    "Woche erneut vorzulegen und bis dahin mit den Kritikern zu sprechen.", "",
    "Themen in diesem Artikel", "Handel", "Parlament", "",
    "Mehr zum Thema", "",
    "Handelsabkommen", "", "Was in dem umstrittenen Vertrag wirklich steht", "",
    "Von Kai Berger", "",
    "Quiz", "", "Wie gut kennen Sie die Hauptstädte Europas?", "",
    "Leserfragen", "",
    "Neueste",
    "Warum dauert die Prüfung eines Handelsabkommens eigentlich so lange?",
    "Ich verstehe nicht, warum so ein Abkommen jahrelang verhandelt wird und am Ende trotzdem "
    "niemand genau weiß, was drinsteht. Kann mir das jemand erklären, der sich auskennt?",
    "Lohnt sich eine Photovoltaikanlage auf dem Garagendach noch?",
    "Wir überlegen, auf unserer Garage eine kleine Anlage zu bauen, aber die Vergütung ist ja "
    "stark gesunken, und der Speicher kostet viel Geld. Hat jemand Erfahrungen damit gemacht?",
    "Wie findet man einen guten Steuerberater für eine kleine Firma?",
    "Ich habe mich vor einem Jahr selbstständig gemacht und verliere bei der Buchhaltung den "
    "Überblick. Worauf sollte man bei der Suche nach einem Steuerberater achten?",
    "Darf mein Vermieter die Nebenkosten einfach so erhöhen?",
    "In der letzten Abrechnung sind die Kosten für den Hausmeister fast doppelt so hoch wie im "
    "Jahr davor, ohne dass uns jemand gefragt oder informiert hätte. Ist das erlaubt?",
    "Was bringt ein Tempolimit auf der Autobahn wirklich für das Klima?",
    "Die einen sagen, es spare kaum etwas, die anderen rechnen mit Millionen Tonnen weniger "
    "Kohlendioxid im Jahr. Welche Zahlen stimmen denn nun, und woher kommen sie eigentlich?",
    "", "Newsticker", "Impressum", "Datenschutz",
])  # fmt: skip


def test_a_readers_questions_box_packed_line_on_line_is_not_the_story(tmp_path):
    """A readers' Q&A box (each question, then its answer, line on line) below a story
    whose paragraphs stand apart is a box, though it has more words."""
    text = _body(tmp_path, "abstimmung.txt", QA_PAGE)
    assert text.startswith("Die Regierung muss eine herbe Niederlage hinnehmen")
    assert "bis dahin mit den Kritikern zu sprechen" in text
    assert "Steuerberater" not in text
    assert "Photovoltaikanlage" not in text


MINUTES_PAGE = "\n".join([
    "Tauschring Nord", "Startseite", "Verein", "Termine", "",
    "Protokoll der Vorstandssitzung vom 3. Februar 2020", "",
    "12.02.2020 von Webteam", "",
    "Mitgliederbeiträge",
    "Wir wollen eine Formulierung finden, über die die Mitglieder in der nächsten "
    "Versammlung abstimmen können, damit die Beiträge künftig einfacher eingezogen werden.",
    "Anna richtet dafür eine Online-Abstimmung ein, bei der jedes Mitglied seine Stimme "
    "bis Ende März abgeben kann.",
    "Neue Mitglieder",
    "In letzter Zeit sind regelmäßig neue Mitglieder zu uns gekommen, und wir wollen sie "
    "mit einem kleinen Treffen im Frühjahr begrüßen.",
    "Buchhaltung",
    "Jonas meldet sich bei Anna, um bei der Buchhaltung für das vergangene Jahr mitzuhelfen.",
    "Verschiedenes",
    "Der Vorstand beschließt, den Newsletter künftig jeden zweiten Monat zu verschicken und "
    "darin auch die Angebote der Mitglieder vorzustellen.",
    "",
    "Tauschen statt kaufen", "",
    "Der Tauschring ist ein Verein für Leute, die Waren und Dienstleistungen tauschen "
    "möchten, ohne dafür Geld auszugeben.", "",
    "Wir haben eine eigene Währung, die Stunde, und jedes Mitglied kann selbst bestimmen, "
    "wie viel es anbietet und was es dafür verlangt.", "",
    "© 2020 Tauschring Nord",
])  # fmt: skip


def test_minutes_packed_line_on_line_under_their_date_stay_the_story(tmp_path):
    """A meeting's minutes copied line on line under their date are the story: the page's
    only text with its paragraphs apart is a sidebar with no byline or dateline above it."""
    text = _body(tmp_path, "protokoll.txt", MINUTES_PAGE)
    assert text.startswith("Wir wollen eine Formulierung finden")
    assert "den Newsletter künftig jeden zweiten Monat" in text
