"""The player in a real headless Chromium, its files served on 127.0.0.1 with byte ranges."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser.chromium import launch, unavailable_reason
from browser.server import serve

from tts_pipeline.models import Article
from tts_pipeline.pipeline import SpeakOptions, speak_article
from tts_pipeline.publish.episode import sidecar_paths
from tts_pipeline.publish.player import IndexEpisode, index_page
from tts_pipeline.voices import load_profile

pytestmark = [pytest.mark.engine, pytest.mark.browser]

HOSTILE_TITLE = 'Council <script>window.pwned = 1</script> & the "bridge" </title>'
ARTICLES = {
    "bridge": Article(
        title="Town council approves the new bridge",
        author="Jane Doe",
        published="2024-03-05T09:30",
        site=None,
        url=None,
        paragraphs=(
            "The town council approved a new bridge over the river on Monday. "
            "The vote ended a debate that lasted three years.",
            "What happens next",
            "Work is expected to begin in the spring. The mayor said the bridge should open "
            "to traffic before the end of next year. Residents welcomed the news.",
        ),
        headings=(1,),
    ),
    "hostile": Article(
        title=HOSTILE_TITLE,
        author='<img src=x onerror="window.pwned = 2">',
        published="2024-01-10",
        site=None,
        url=None,
        paragraphs=("A sentence that ends a script tag </script><script>window.pwned = 3.",),
    ),
}
AUDIO = "document.querySelector('.ttsp-audio')"
ACTIVE = (
    "[...document.querySelectorAll('.ttsp-s')].flatMap((s, i) =>"
    " s.classList.contains('ttsp-active') && s.getAttribute('aria-current') === 'true' ? [i] : [])"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """Two episodes made by the real pipeline, an article page embedding both, and the index."""
    root = tmp_path_factory.mktemp("site")
    profile = load_profile("espeak")
    episodes = {
        name: speak_article(article, profile, root / f"{name}.mp3", SpeakOptions(use_cache=False))
        for name, article in ARTICLES.items()
    }
    embeds = "\n".join((root / f"{n}.embed.html").read_text() for n in episodes)
    (root / "article.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title>'
        '<link rel="icon" href="data:,"></head><body><h1>The article</h1>'
        f"{embeds}<p>The article text.</p></body></html>"
    )
    entries = [
        IndexEpisode(
            title=e.article.title,
            player=f"{name}.player.html",
            audio=f"{name}.mp3",
            duration=e.duration,
            published=e.article.published,
            author=e.article.author,
            cover=f"{name}.jpg",
        )
        for name, e in episodes.items()
    ]
    (root / "index.html").write_text(index_page("Town news", entries, "Local stories."))
    return root


@pytest.fixture(scope="module")
def browser():
    reason = unavailable_reason()
    if reason:
        pytest.skip(f"browser tests need Chromium and Playwright: {reason}")
    with launch() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def base(site):
    with serve(site) as url:
        yield url


class Visit:
    """A fresh browser context recording console errors and every request."""

    def __init__(self, browser, color_scheme: str = "light") -> None:
        self.context = browser.new_context(color_scheme=color_scheme)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.statuses: list[tuple[str, int]] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.on("response", lambda r: self.statuses.append((r.url, r.status)))
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, url: str, metadata: bool = True):
        self.page.goto(url)
        if metadata:
            self.page.wait_for_function(f"{AUDIO}.readyState >= 1")
        return self.page

    def seek(self, seconds: float) -> None:
        self.page.evaluate(
            """([selector, t]) => new Promise((resolve) => {
                const audio = document.querySelector(selector);
                audio.addEventListener("seeked", resolve, { once: true });
                audio.currentTime = t;
            })""",
            [".ttsp-audio", seconds],
        )


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def make(color_scheme: str = "light") -> Visit:
        opened.append(Visit(browser, color_scheme))
        return opened[-1]

    yield make
    for v in opened:
        v.context.close()


def timings(site: Path, name: str) -> list[dict]:
    import json

    return json.loads(sidecar_paths(site / f"{name}.mp3")["episode"].read_text())["sentences"]


def test_loads_without_errors_or_requests_elsewhere(visit, base):
    v = visit()
    page = v.open(base + "bridge.player.html")
    page.wait_for_function(f"{AUDIO}.readyState >= 3")
    assert v.errors == []
    assert {urlsplit(u).hostname for u in v.requests} == {"127.0.0.1"}
    assert (base + "bridge.mp3", 206) in v.statuses  # served in ranges, so seekable
    assert page.get_by_text("This audio is created with AI assistance").is_visible()


def test_duration_in_the_browser_matches_the_mp3(visit, base, site):
    from mutagen.mp3 import MP3

    page = visit().open(base + "bridge.player.html")
    duration = page.evaluate(f"{AUDIO}.duration")
    assert duration == pytest.approx(MP3(site / "bridge.mp3").info.length, abs=0.5)
    assert page.evaluate(f"{AUDIO}.seekable.end(0)") == pytest.approx(duration, abs=0.1)
    shown = page.locator(".ttsp-total").inner_text()
    assert shown == f"{int(duration) // 60}:{int(duration) % 60:02d}"


def test_time_inside_a_cue_highlights_exactly_that_sentence(visit, base, site):
    cues = timings(site, "bridge")
    v = visit()
    page = v.open(base + "bridge.player.html")
    assert page.locator(".ttsp-s").count() == len(cues)
    for index in sorted({0, 2, len(cues) // 2, len(cues) - 1}):
        v.seek((cues[index]["start"] + cues[index]["end"]) / 2)
        assert page.evaluate(ACTIVE) == [index]
        assert page.locator(".ttsp-active").inner_text() == cues[index]["text"]
    between = (cues[1]["end"] + cues[2]["start"]) / 2  # the pause after a sentence
    v.seek(between)
    assert page.evaluate(ACTIVE) == [1]


def test_clicking_a_sentence_plays_from_its_start(visit, base, site):
    cues = timings(site, "bridge")
    v = visit()
    page = v.open(base + "bridge.player.html")
    page.evaluate(
        f"""() => {{ const a = {AUDIO}; window.seeks = [];
        a.addEventListener('seeking', () => window.seeks.push(a.currentTime)); }}"""
    )
    target = len(cues) - 2
    page.locator(".ttsp-s").nth(target).click()
    page.wait_for_function(f"!{AUDIO}.paused")
    page.get_by_role("button", name="Pause").click()
    assert page.evaluate("window.seeks")[0] == pytest.approx(cues[target]["start"], abs=0.002)
    assert page.evaluate(f"{AUDIO}.paused")
    assert page.evaluate(ACTIVE) == [target]


def test_controls_work_from_the_keyboard(visit, base, site):
    cues = timings(site, "bridge")
    v = visit()
    page = v.open(base + "bridge.player.html")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ttsp-s')"):
            break
    else:
        pytest.fail("Tab never reached the transcript")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    focused = "[...document.querySelectorAll('.ttsp-s')].indexOf(document.activeElement)"
    assert page.evaluate(focused) == 2
    page.keyboard.press("Enter")
    page.wait_for_function(f"!{AUDIO}.paused")
    page.get_by_role("button", name="Pause").press("Enter")
    assert page.evaluate(f"{AUDIO}.paused")
    assert page.evaluate(ACTIVE) == [2]
    assert page.evaluate(f"{AUDIO}.currentTime") >= cues[2]["start"] - 0.002
    seek = page.get_by_role("slider", name="Seek")
    seek.press("End")
    assert page.evaluate(f"{AUDIO}.currentTime") == pytest.approx(
        page.evaluate(f"{AUDIO}.duration"), abs=0.2
    )
    seek.press("Home")
    assert page.evaluate(f"{AUDIO}.currentTime") == 0


def test_buttons_speed_and_download_are_labelled(visit, base):
    page = visit().open(base + "bridge.player.html")
    play = page.get_by_role("button", name="Play")
    play.click()
    page.wait_for_function(f"!{AUDIO}.paused")
    page.get_by_role("button", name="Pause").click()
    assert page.evaluate(f"{AUDIO}.paused")
    assert page.get_by_role("button", name="Back 10 seconds").is_visible()
    assert page.get_by_role("button", name="Forward 10 seconds").is_visible()
    speed = page.get_by_role("combobox", name="Playback speed")
    values = speed.locator("option").evaluate_all("os => os.map(o => Number(o.value))")
    assert min(values) == 0.75 and max(values) == 2
    speed.select_option("1.5")
    assert page.evaluate(f"{AUDIO}.playbackRate") == 1.5
    download = page.get_by_role("link", name="Download MP3")
    assert download.get_attribute("href") == "bridge.mp3"
    assert page.evaluate(f"{AUDIO}.controls") is False  # the custom controls replace them


def test_the_buttons_speak_the_episodes_language(visit, base, site):
    """A Spanish episode's player: its buttons, their Play/Pause switch and the slider's
    spoken time are Spanish."""
    from tts_pipeline.publish.player import Cue, Paragraph, PlayerEpisode, player_page

    cues = timings(site, "bridge")
    spanish = PlayerEpisode(
        title="El ayuntamiento aprueba el nuevo puente",
        duration=cues[-1]["end"],
        audio="bridge.mp3",
        captions="bridge.vtt",
        paragraphs=(Paragraph("body", (Cue(0.0, cues[-1]["end"], "El puente se abrirá."),)),),
        language="es",
    )
    (site / "puente.player.html").write_text(player_page(spanish))
    page = visit().open(base + "puente.player.html")
    page.get_by_role("button", name="Reproducir").click()
    page.wait_for_function(f"!{AUDIO}.paused")
    page.get_by_role("button", name="Pausa").click()
    assert page.evaluate(f"{AUDIO}.paused")
    # the button turns back on the audio's "pause" event, a task after the click
    page.get_by_role("button", name="Reproducir").wait_for(state="visible")
    seek = page.get_by_role("slider", name="Posición")
    assert " de " in seek.get_attribute("aria-valuetext")
    assert "segundos" in seek.get_attribute("aria-valuetext")
    assert page.get_by_role("link", name="Descargar MP3").get_attribute("href") == "bridge.mp3"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colour_schemes(visit, base, scheme):
    page = visit(scheme).open(base + "bridge.player.html")
    colours = page.evaluate(
        """() => { const s = getComputedStyle(document.querySelector('.ttsp'));
        return [s.backgroundColor, s.color]; }"""
    )
    background, text = (luminance(c) for c in colours)
    assert (background > 0.8) if scheme == "light" else (background < 0.05)
    assert (max(background, text) + 0.05) / (min(background, text) + 0.05) > 7


def luminance(css_colour: str) -> float:
    """Relative luminance (WCAG 2) of ``rgb(r, g, b)``."""
    channels = [int(c) / 255 for c in css_colour[css_colour.index("(") + 1 : -1].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("name", ["hostile.player.html", "article.html", "index.html"])
def test_a_title_with_a_script_runs_no_script(visit, base, name):
    v = visit()
    page = v.open(base + name, metadata=False)
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.get_by_text(HOSTILE_TITLE, exact=True).first.is_visible()
    assert v.errors == []


def test_the_hostile_episode_page(visit, base):
    v = visit()
    page = v.open(base + "hostile.player.html")
    assert page.title().startswith(HOSTILE_TITLE)
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert "</script><script>window.pwned = 3." in page.locator(".ttsp-transcript").inner_text()
    assert page.locator("img[onerror]").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_embeds_in_an_article_page(visit, base):
    v = visit()
    page = v.open(base + "article.html")
    players = page.locator(".ttsp")
    assert players.count() == 2
    assert players.evaluate_all("ps => ps.every(p => p.hasAttribute('data-ttsp-ready'))")
    players.nth(0).get_by_role("button", name="Play").click()
    page.wait_for_function("!document.querySelectorAll('.ttsp-audio')[0].paused")
    players.nth(1).get_by_role("button", name="Play").click()
    page.wait_for_function("document.querySelectorAll('.ttsp-audio')[0].paused")  # one at a time
    assert v.errors == []
    assert {urlsplit(u).hostname for u in v.requests} == {"127.0.0.1"}


def test_index_lists_episodes_newest_first_with_their_players(visit, base):
    v = visit()
    page = v.open(base + "index.html", metadata=False)
    assert page.locator("h2").all_inner_texts() == [ARTICLES["bridge"].title, HOSTILE_TITLE]
    assert (
        page.get_by_role("link", name="Subscribe: podcast feed (RSS)").get_attribute("href")
        == "feed.xml"
    )
    player = page.frame_locator("iframe").first
    assert player.locator(".ttsp-s").first.is_visible()
    assert player.get_by_role("button", name="Play").is_visible()
    assert v.errors == []
    assert {urlsplit(u).hostname for u in v.requests} == {"127.0.0.1"}


def test_opened_from_a_file_url(visit, site):
    cues = timings(site, "bridge")
    v = visit()
    page = v.open((site / "bridge.player.html").as_uri())
    assert page.locator(".ttsp-s").count() == len(cues)
    assert page.locator(".ttsp-transcript").is_visible()
    v.seek((cues[3]["start"] + cues[3]["end"]) / 2)
    assert page.evaluate(ACTIVE) == [3]
    assert v.errors == []
    assert {urlsplit(u).scheme for u in v.requests} == {"file"}
