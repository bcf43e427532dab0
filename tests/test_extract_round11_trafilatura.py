"""Lines that trafilatura's default reading keeps and ours lost (issue 13, helper t11, round
11). Every page is invented here; each test asserts what must and must not be read."""

from __future__ import annotations

from tts_pipeline.extract.combine import Story

MARKET = [
    "The weekly farmers' market will move to the old station square from the first of May.",
    "Stallholders asked for the move because the square has more room and shade in summer.",
]


def _story(html: str, trafilatura: list[str]) -> Story:
    """The story of ``html`` when trafilatura's precise reading of it is ``trafilatura``."""
    from tts_pipeline.extract.combine import story_lines
    from tts_pipeline.extract.dom import parse, render_tree
    from tts_pipeline.extract.htmlmeta import page_meta

    page = render_tree(parse(html))
    return story_lines(page, "\n".join(trafilatura), page_meta(page), ())


def _page(middle: str) -> str:
    return (
        "<html><head><title>Market moves | Town Post</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<h1>The farmers' market moves to the station square</h1>"
        + "".join(f"<p>{p}</p>" for p in MARKET)
        + middle
        + "<footer><p>www.town-post-example.org</p><p>Contact</p></footer></body></html>"
    )


def test_a_web_address_a_sentence_points_to_is_read() -> None:
    """A web address alone on the line below a sentence of the story that ends with a colon
    is what the sentence points to; an address in the footer is not read."""
    ask = "The council asks everyone who shops there to answer a short survey:"
    address = "https://survey.example.org/market-2021"
    after = "The results will be presented at the council meeting in June."
    html = _page(f"<p>{ask}</p><p><a href='{address}'>{address}</a></p><p>{after}</p>")
    story = _story(html, [*MARKET, ask, after])
    assert address in story.paragraphs
    assert story.paragraphs.index(address) == story.paragraphs.index(ask) + 1
    assert after in story.paragraphs
    assert "www.town-post-example.org" not in story.paragraphs


def test_a_mail_address_below_the_last_sentence_is_read() -> None:
    """A mail address below the story's last sentence, which ends with a colon, is read;
    an address under a short label ("Web:") is not."""
    ask = "Anyone who wants a stall can write to the market's organisers:"
    mail = "stalls@market.example.org"
    html = _page(
        f"<p>{ask}</p><p>{mail}</p>"
        "<div class='author'><p>Web:</p><p>www.jane-roe-example.net</p></div>"
    )
    story = _story(html, [*MARKET, ask])
    assert story.paragraphs[-1] == mail
    assert "www.jane-roe-example.net" not in story.paragraphs


def test_a_paragraph_signed_by_its_agencies_is_read_and_a_caption_is_not() -> None:
    """A paragraph of three sentences with its agencies' names in brackets at its end is the
    story's, not a caption; a photo's caption with its credit in brackets still is."""
    signed = (
        "The old station closed to trains in 1998. Since then the square in front of it has "
        "stood mostly empty. The council bought it last year for a symbolic price. (dpa/AFP)"
    )
    caption = "Stallholders set up on the square on Saturday. (AP Photo/Jane Roe)"
    html = _page(f"<p>{signed}</p><figure><figcaption>{caption}</figcaption></figure>")
    story = _story(html, [*MARKET, signed, caption])
    assert signed in story.paragraphs
    assert caption not in story.paragraphs


def test_a_dump_paragraph_signed_by_its_agencies_is_body_text() -> None:
    """The same holds for a line of a text dump; a caption with its photographer's initials
    (two short "sentences") stays one."""
    from tts_pipeline.extract.linefeatures import Kind
    from tts_pipeline.extract.lines import describe

    signed = (
        "Die Zahl der Gäste stieg im Sommer deutlich. Viele kamen mit dem Fahrrad. "
        "Die Gemeinde will nun mehr Parkplätze für Räder bauen. (FR mit dpa)"
    )
    assert describe(signed).kind is Kind.BODY
    caption = "Der Markt am Samstag. Aufnahme von J. E. Roe vom Turm aus (Archiv/dpa)."
    assert describe(caption).kind is Kind.CAPTION
