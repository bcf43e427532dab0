"""Make docs/player-light.png and docs/player-dark.png: a sample episode's player in Chromium.

Run from the project's root: ``.venv/bin/python docs/make_screenshots.py``. It speaks the short
article below with the real pipeline and the default voice, opens the player page from a file://
URL in headless Chromium (as the browser tests do; needs Chromium and the test extra), moves to a
sentence of the second paragraph so the read-along highlight shows, and screenshots it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser.chromium import launch, unavailable_reason  # noqa: E402

from tts_pipeline.models import Article  # noqa: E402
from tts_pipeline.pipeline import SpeakOptions, speak_article  # noqa: E402
from tts_pipeline.voices import load_profile  # noqa: E402

ARTICLE = Article(
    title="Town council approves the new bridge over the river",
    author="Jane Doe",
    published="2024-03-05T09:30",
    site="Riverside Gazette",
    url=None,
    paragraphs=(
        "The town council approved the construction of a new bridge over the river on Monday, "
        "ending a debate that lasted for more than three years.",
        "Work is expected to begin in the spring. The mayor said the bridge should open to "
        "traffic before the end of next year. The old ferry will keep running until then.",
        "Residents who spoke at the meeting welcomed the decision, though several asked the "
        "council to add a lane for bicycles. The council agreed to study the request.",
    ),
)
SENTENCE = 4
"""Index of the sentence highlighted in the screenshots."""
VIEWPORT = {"width": 760, "height": 600}


def main() -> int:
    reason = unavailable_reason()
    if reason:
        print(f"make_screenshots: {reason}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        mp3 = Path(folder) / "town-council.mp3"
        speak_article(ARTICLE, load_profile("default"), mp3, SpeakOptions())
        page_url = mp3.with_name("town-council.player.html").as_uri()
        with launch() as browser:
            for scheme in ("light", "dark"):
                shoot(browser, page_url, scheme, ROOT / "docs" / f"player-{scheme}.png")
    return 0


def shoot(browser, page_url: str, scheme: str, out: Path) -> None:
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORT)
    page = context.new_page()
    page.goto(page_url)
    page.wait_for_function("document.querySelector('.ttsp-audio').readyState >= 1")
    page.evaluate(
        """(i) => new Promise((resolve) => {
            const audio = document.querySelector('.ttsp-audio');
            const span = document.querySelectorAll('.ttsp-s')[i];
            audio.addEventListener('seeked', resolve, { once: true });
            audio.currentTime = (Number(span.dataset.start) + Number(span.dataset.end)) / 2;
        })""",
        SENTENCE,
    )
    page.screenshot(path=str(out))
    context.close()
    print(out.relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())
