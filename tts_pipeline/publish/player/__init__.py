"""The embeddable player: a page per episode for an iframe, a snippet for an article page, and
the site index. Pure rendering from plain data (``model``); CSS, JS and templates in ``assets/``.

May import only the shared root modules.
"""

from tts_pipeline.publish.player.build import player_episode
from tts_pipeline.publish.player.model import Cue, IndexEpisode, Paragraph, PlayerEpisode
from tts_pipeline.publish.player.render import embed_snippet, player_page
from tts_pipeline.publish.player.site import index_page

__all__ = [
    "Cue",
    "IndexEpisode",
    "Paragraph",
    "PlayerEpisode",
    "embed_snippet",
    "index_page",
    "player_episode",
    "player_page",
]
