"""One episode's player: the standalone page (for an iframe) and the snippet for an article."""

from __future__ import annotations

import re
from string import Template

from tts_pipeline import __version__
from tts_pipeline.publish.player.labels import Labels, labels
from tts_pipeline.publish.player.model import Paragraph, PlayerEpisode
from tts_pipeline.publish.player.text import (
    asset,
    duration_element,
    esc,
    time_element,
    url,
)

GENERATOR = f"tts-pipeline {__version__}"


def player_page(episode: PlayerEpisode) -> str:
    """``<slug>.player.html``: a whole page holding the player, for an iframe or a link."""
    title = labels(episode.language)["page_title"].format(title=episode.title)
    return Template(asset("player.html")).substitute(
        lang=esc(episode.language),
        generator=esc(GENERATOR),
        page_title=esc(title),
        player=player_component(episode, heading="h1"),
    )


def embed_snippet(episode: PlayerEpisode) -> str:
    """``<slug>.embed.html``: the player as a fragment to paste into an article page."""
    return Template(asset("embed.html")).substitute(
        generator=esc(GENERATOR), player=player_component(episode, heading="p")
    )


def player_component(episode: PlayerEpisode, heading: str = "p") -> str:
    """The player element with its inline style and script; ``heading`` is the title's tag.
    Its words are in the episode's language where the language's data has them."""
    words = labels(episode.language)
    audio = url(episode.audio)
    cover = ""
    if episode.cover:
        cover = f'<img class="ttsp-cover" src="{url(episode.cover)}" alt="" width="72" height="72">'
    return Template(asset("component.html")).substitute(
        id=esc(element_id(episode.audio)),
        lang=esc(episode.language),
        ui_lang=esc(words.language),
        title=esc(episode.title),
        heading=heading,
        disclosure=esc(words.disclosure),
        byline=byline(episode, words),
        cover=cover,
        audio=audio,
        captions=url(episode.captions),
        download=esc(episode.download_name or episode.audio.rsplit("/", 1)[-1]),
        duration=f"{episode.duration:.3f}",
        clock=duration_element(episode.duration),
        transcript="\n".join(paragraph_html(p) for p in episode.paragraphs),
        css=asset("player.css"),
        js=asset("player.js"),
        **_control_words(words),
    )


def _control_words(words: Labels) -> dict[str, str]:
    """The template's words for the controls, escaped."""
    units = " ".join(words[k] for k in ("minute", "minutes", "second", "seconds"))
    keys = ("listen", "play", "pause", "back", "forward", "seek", "speed", "hint", "time_of")
    found = {key: esc(words[key]) for key in keys}
    return found | {
        "units": esc(units),
        "transcript_label": esc(words["transcript"]),
        "download_label": esc(words["download"]),
        "captions_label": esc(words["captions"]),
    }


def byline(episode: PlayerEpisode, words: Labels | None = None) -> str:
    """Author, date and duration, separated by middle dots."""
    words = words or labels(episode.language)
    parts = [esc(words["by"].format(author=episode.author)) if episode.author else ""]
    parts += [time_element(episode.published, words), duration_element(episode.duration)]
    return " · ".join(p for p in parts if p)


def paragraph_html(paragraph: Paragraph) -> str:
    """A transcript paragraph: one ``<span>`` per sentence, carrying its start and end."""
    spans = " ".join(
        f'<span class="ttsp-s" data-start="{c.start:.3f}" data-end="{c.end:.3f}">'
        f"{esc(' '.join(c.text.split()))}</span>"
        for c in paragraph.cues
    )
    role = re.sub(r"[^a-z]", "", paragraph.role.lower()) or "body"
    return f'<p class="ttsp-p ttsp-p--{role}">{spans}</p>'


def element_id(audio_url: str) -> str:
    """An id for the player, unique per episode on a page that embeds several."""
    name = audio_url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "ttsp-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", name).strip("-") or "episode")
