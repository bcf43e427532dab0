"""Episodes made before, found again in the episode cache.

An episode depends on its script and article, on the program (its version and the episode
JSON's layout), on the voice (its settings, the files it names and its engine) and on the
render settings. The cache also keeps, for each article and the rest, the key of the
episode last made of it, so that ``speak`` knows before it makes the script that no engine
needs to start.
"""

from __future__ import annotations

from tts_pipeline import __version__
from tts_pipeline.models import Article, Script
from tts_pipeline.voices import VoiceProfile


def settings_key(profile: VoiceProfile, settings: object) -> tuple:
    """What an episode depends on besides its script and article."""
    from tts_pipeline.engines import get_engine
    from tts_pipeline.publish.episode import RECORD_FORMAT  # the episode JSON's layout

    identity = get_engine(profile.engine).identity(profile)
    files = _profile_files(profile)
    return (__version__, RECORD_FORMAT, profile.to_dict(), files, settings, identity)


def get(settings: tuple, script: Script, article: Article):
    """The episode stored for these, or None."""
    from tts_pipeline.audio.cache import content_key

    return _cache().get(content_key(*settings, script, article))


def put(settings: tuple, script: Script, article: Article, episode: object) -> None:
    from tts_pipeline.audio.cache import content_key

    cache, key = _cache(), content_key(*settings, script, article)
    cache.put(key, episode)
    cache.put(content_key(*settings, "episode of", article), key)


def made_before(settings: tuple, article: Article) -> bool:
    """Whether the episode last made of ``article`` with ``settings`` is in the cache."""
    from tts_pipeline.audio.cache import content_key

    cache = _cache()
    key = cache.get(content_key(*settings, "episode of", article))
    return isinstance(key, str) and cache.has(key)


def _cache():
    from tts_pipeline.audio.cache import EpisodeCache
    from tts_pipeline.files import cache_root

    return EpisodeCache(cache_root() / "episodes")


def _profile_files(profile: VoiceProfile) -> list[tuple[str, int, int]]:
    """Path, size and modification time of the files a profile names (music, cover)."""
    found = []
    for name in (profile.intro_music, profile.outro_music, profile.cover):
        path = profile.resolve(name)
        if path and path.is_file():
            stat = path.stat()
            found.append((str(path), stat.st_size, stat.st_mtime_ns))
    return found
