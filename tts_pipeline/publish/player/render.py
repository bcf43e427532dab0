"""One episode's player: the standalone page (for an iframe) and the snippet for an article."""

from __future__ import annotations

import re
from string import Template

from tts_pipeline import DISCLOSURE, __version__
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
    return Template(asset("player.html")).substitute(
        lang=esc(episode.language),
        generator=esc(GENERATOR),
        title=esc(episode.title),
        player=player_component(episode, heading="h1"),
    )


def embed_snippet(episode: PlayerEpisode) -> str:
    """``<slug>.embed.html``: the player as a fragment to paste into an article page."""
    return Template(asset("embed.html")).substitute(
        generator=esc(GENERATOR), player=player_component(episode, heading="p")
    )


def player_component(episode: PlayerEpisode, heading: str = "p") -> str:
    """The player element with its inline style and script; ``heading`` is the title's tag."""
    audio = url(episode.audio)
    cover = ""
    if episode.cover:
        cover = f'<img class="ttsp-cover" src="{url(episode.cover)}" alt="" width="72" height="72">'
    return Template(asset("component.html")).substitute(
        id=esc(element_id(episode.audio)),
        lang=esc(episode.language),
        title=esc(episode.title),
        heading=heading,
        disclosure=esc(DISCLOSURE),
        byline=byline(episode),
        cover=cover,
        audio=audio,
        captions=url(episode.captions),
        download=esc(episode.download_name or episode.audio.rsplit("/", 1)[-1]),
        duration=f"{episode.duration:.3f}",
        clock=duration_element(episode.duration),
        transcript="\n".join(paragraph_html(p) for p in episode.paragraphs),
        css=asset("player.css"),
        js=asset("player.js"),
    )


def byline(episode: PlayerEpisode) -> str:
    """Author, date and duration, separated by middle dots."""
    parts = [f"By {esc(episode.author)}" if episode.author else ""]
    parts += [time_element(episode.published), duration_element(episode.duration)]
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
