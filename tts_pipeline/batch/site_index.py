"""The site's index.html: the show and its episodes, newest first, with a link to the feed."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from urllib.parse import quote

from tts_pipeline import DISCLOSURE
from tts_pipeline.batch.config import PodcastConfig
from tts_pipeline.batch.manifest import EpisodeRecord


def render_index(config: PodcastConfig, episodes: Sequence[EpisodeRecord], cover: str) -> bytes:
    from tts_pipeline.batch.feed import FEED_NAME, publication_time

    items = []
    for e in sorted(episodes, key=publication_time, reverse=True):
        minutes, seconds = divmod(round(e.duration), 60)
        byline = f" · {escape(e.author)}" if e.author else ""
        items.append(
            f"<li><h2>{escape(e.title)}</h2><p>{publication_time(e):%Y-%m-%d}{byline} · "
            f"{minutes}:{seconds:02d}</p>"
            f'<audio controls preload="none" src="{escape(quote(e.files["audio"]))}"></audio></li>'
        )
    page = f"""<!doctype html>
<html lang="{escape(config.language)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(config.title)}</title>
<link rel="alternate" type="application/rss+xml" title="{escape(config.title)}" href="{FEED_NAME}">
</head><body>
<header><img src="{escape(quote(cover))}" alt="" width="160" height="160">
<h1>{escape(config.title)}</h1><p>{escape(config.description)}</p>
<p><a href="{FEED_NAME}">Podcast feed (RSS)</a> · {escape(DISCLOSURE)}</p></header>
<ol reversed>{"".join(items)}</ol>
</body></html>
"""
    return page.encode("utf-8")
