"""The site's ``index.html``: every episode, newest first, each with its player."""

from __future__ import annotations

from collections.abc import Iterable
from string import Template

from tts_pipeline.publish.player.labels import Labels, labels
from tts_pipeline.publish.player.model import IndexEpisode
from tts_pipeline.publish.player.render import GENERATOR
from tts_pipeline.publish.player.text import asset, duration_element, esc, time_element, url


def index_page(
    title: str,
    episodes: Iterable[IndexEpisode],
    description: str | None = None,
    feed: str = "feed.xml",
    language: str = "en",
) -> str:
    """The HTML of ``index.html``: a link to ``feed`` and each episode's player in an iframe.

    Episodes are listed newest first by ``published``; those without a date come last, in the
    order given. URLs are relative to the index (or http(s)); every text is escaped.
    """
    words = labels(language)
    ordered = newest_first(episodes)
    items = "\n".join(episode_item(e, n, words) for n, e in enumerate(ordered, 1))
    return Template(asset("index.html")).substitute(
        lang=esc(language),
        generator=esc(GENERATOR),
        title=esc(title),
        description=f"<p>{esc(description)}</p>\n" if description else "",
        feed=url(feed),
        disclosure=esc(words.disclosure),
        subscribe=esc(words["subscribe"]),
        css=asset("index.css"),
        episodes=f'<ol class="episodes">\n{items}\n</ol>'
        if items
        else f'<p class="empty">{esc(words["no_episodes"])}</p>',
    )


def newest_first(episodes: Iterable[IndexEpisode]) -> list[IndexEpisode]:
    """Dated episodes newest first (ISO 8601 text sorts by time), then the undated ones."""
    episodes = list(episodes)
    dated = sorted((e for e in episodes if e.published), key=lambda e: e.published, reverse=True)
    return dated + [e for e in episodes if not e.published]


def episode_item(episode: IndexEpisode, number: int, words: Labels | None = None) -> str:
    """One ``<li>``: cover, title linking to the player page, byline, and the player itself."""
    words = words or labels("en")
    heading = f"episode-{number}"
    cover = (
        f'<img src="{url(episode.cover)}" alt="" width="64" height="64" loading="lazy">'
        if episode.cover
        else ""
    )
    meta = [esc(words["by"].format(author=episode.author)) if episode.author else ""]
    meta += [time_element(episode.published, words), duration_element(episode.duration)]
    meta.append(f'<a href="{url(episode.audio)}" download>MP3</a>')
    return (
        f'<li class="episode" aria-labelledby="{heading}">\n'
        f'<div class="episode-head">{cover}<div>\n'
        f'<h2 id="{heading}"><a href="{url(episode.player)}">{esc(episode.title)}</a></h2>\n'
        f'<p class="meta">{" · ".join(m for m in meta if m)}</p>\n'
        "</div></div>\n"
        f'<iframe src="{url(episode.player)}"'
        f' title="{esc(words["player_title"].format(title=episode.title))}"'
        ' loading="lazy"></iframe>\n'
        "</li>"
    )
