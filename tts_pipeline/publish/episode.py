"""One episode's files: the tagged MP3 and its sidecars, made in memory, written together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tts_pipeline import DISCLOSURE, __version__
from tts_pipeline.models import Article, EpisodeAudio, Script
from tts_pipeline.voices import VoiceProfile

RECORD_FORMAT = "2"
"""Version of the episode JSON's layout (2: each sentence's spoken words); part of the key
of cached episodes, so none made before comes back without them."""
DEFAULT_ALBUM = "tts-pipeline"
"""Album tag when neither the site nor a podcast name is known."""


SIDECAR_SUFFIXES = {
    "webvtt": ".vtt",
    "srt": ".srt",
    "chapters": ".chapters.json",
    "cover": ".jpg",
    "episode": ".episode.json",
    "player": ".player.html",
    "embed": ".embed.html",
}
"""File name suffix of each sidecar, after the episode's name."""


def sidecar_names(name: str) -> dict[str, str]:
    """File name of every file of the episode called ``name``, the MP3 first."""
    return {"audio": f"{name}.mp3", **{k: name + suffix for k, suffix in SIDECAR_SUFFIXES.items()}}


def sidecar_paths(mp3: Path) -> dict[str, Path]:
    """Where each file of the episode whose MP3 is ``mp3`` goes."""
    return {key: mp3.with_name(n) for key, n in sidecar_names(mp3.stem).items()}


@dataclass(frozen=True)
class EpisodeFiles:
    """Every file of one episode, in memory: key -> (file name, content)."""

    files: dict[str, tuple[str, bytes]]

    @property
    def mp3(self) -> bytes:
        return self.files["audio"][1]

    def names(self) -> dict[str, str]:
        return {key: name for key, (name, _) in self.files.items()}


def episode_files(
    name: str,
    article: Article,
    profile: VoiceProfile,
    script: Script,
    audio: EpisodeAudio,
    album: str | None = None,
    cover: tuple[bytes, str] | None = None,
) -> EpisodeFiles:
    """The tagged MP3 and its sidecars for the episode called ``name``; ``cover`` is the
    image and its MIME type (see :func:`cover_art`)."""
    from tts_pipeline.publish.sidecars import chapters_json, srt, to_json, webvtt
    from tts_pipeline.publish.tag import TagInfo, tagged_mp3

    names = sidecar_names(name)
    cover_data, cover_mime = cover or cover_art(article, profile)
    if cover_mime == "image/png":
        names["cover"] = f"{name}.png"
    info = TagInfo(
        album=album or article.site or DEFAULT_ALBUM,
        voice=f"{profile.name} ({profile.engine} {profile.voice or 'default'})",
        encoder=f"LAME {profile.bitrate} kbit/s CBR",
        duration=audio.duration,
        transcript="\n\n".join(" ".join(s.text for s in b.sentences) for b in script.blocks),
        chapters=audio.chapters,
        cover=cover_data,
        cover_mime=cover_mime,
    )
    contents: dict[str, bytes | str] = {
        "audio": tagged_mp3(audio.mp3, article, info),
        "webvtt": webvtt(audio.timings, article.language),
        "srt": srt(audio.timings),
        "chapters": chapters_json(audio.chapters),
        "cover": cover_data,
        "episode": to_json(episode_record(article, profile, audio, names, script)),
        **_player_files(names, article, profile, script, audio),
    }
    return EpisodeFiles(
        {
            key: (names[key], data.encode("utf-8") if isinstance(data, str) else data)
            for key, data in contents.items()
        }
    )


def with_record(files: EpisodeFiles, **entries) -> EpisodeFiles:
    """The same files, with ``entries`` added to the episode JSON (e.g. a check's result)."""
    import json

    from tts_pipeline.publish.sidecars import to_json

    name, data = files.files["episode"]
    record = {**json.loads(data), **entries}
    return EpisodeFiles({**files.files, "episode": (name, to_json(record).encode("utf-8"))})


def write_episode(files: EpisodeFiles, folder: Path, mp3_name: str | None = None) -> list[Path]:
    """Write the files into ``folder``, all or none; the MP3 appears last. Paths, MP3 first."""
    from tts_pipeline.files import staged_outputs

    paths = {key: folder / name for key, name in files.names().items()}
    if mp3_name:
        paths["audio"] = folder / mp3_name
    with staged_outputs() as stage:
        for key, (_, data) in files.files.items():
            if key != "audio":
                stage.write(paths[key], data)
        stage.write(paths["audio"], files.mp3)
    return [paths["audio"], *(p for key, p in paths.items() if key != "audio")]


def _player_files(
    names: dict[str, str],
    article: Article,
    profile: VoiceProfile,
    script: Script,
    audio: EpisodeAudio,
) -> dict[str, str]:
    """The player page (for an iframe) and the snippet to paste into the article."""
    from tts_pipeline.publish.player import embed_snippet, player_episode, player_page

    paths = {key: Path(name) for key, name in names.items()}
    language = article.language or profile.language
    player = player_episode(article, script, audio.timings, audio.duration, paths, language)
    return {"player": player_page(player), "embed": embed_snippet(player)}


def cover_art(
    article: Article, profile: VoiceProfile, given: bytes | None = None
) -> tuple[bytes, str]:
    """The episode's cover and its MIME type: ``given`` (a podcast's image), the profile's
    ``cover``, or a square drawn with the title."""
    from tts_pipeline.publish.cover import draw_cover, image_type, load_cover

    if given:
        return given, image_type(given) or "image/jpeg"
    chosen = profile.resolve(profile.cover)
    if chosen:
        return load_cover(chosen)
    return draw_cover(article.title or "Article", article.site), "image/jpeg"


def episode_record(
    article: Article,
    profile: VoiceProfile,
    audio: EpisodeAudio,
    names: dict[str, str],
    script: Script | None = None,
) -> dict:
    """The episode JSON: metadata, audio measurements, voice, files, timings, disclosure;
    with the ``script``, each sentence's spoken words too (what ``check`` listens for)."""
    from tts_pipeline.publish.sanitize import web_url

    spoken = [s.speech for s in script.sentences()] if script else []
    return {
        "generator": f"tts-pipeline {__version__}",
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "site": article.site,
        "url": web_url(article.url),
        "description": article.description,
        "disclosure": DISCLOSURE,
        "language": article.language,
        "language_source": article.language_source,
        "duration": round(audio.duration, 3),
        "loudness": {
            "integrated_lufs": round(audio.loudness, 2),
            "true_peak_dbtp": round(audio.true_peak, 2),
            "target_lufs": profile.loudness,
            "true_peak_limit_dbtp": profile.true_peak,
            "measured_on": "loudness: the mastered audio, with the encoder's gain; "
            "true peak: the decoded MP3",
        },
        "voice": {
            "profile": profile.name,
            "engine": profile.engine,
            "voice": profile.voice,
            "rate_wpm": profile.rate,
            "language": profile.language,
            "reads": list(profile.spoken_languages),
        },
        "audio": {
            "format": "MPEG-1 Layer III",
            "bitrate_kbps": profile.bitrate,
            "sample_rate_hz": profile.sample_rate,
            "channels": 1,
        },
        "files": dict(names),
        "chapters": [
            {"title": c.title, "start": round(c.start, 3), "end": round(c.end, 3)}
            for c in audio.chapters
        ],
        "sentences": [
            {
                "start": round(t.start, 3),
                "end": round(t.end, 3),
                "text": t.text,
                **({"speech": spoken[i]} if i < len(spoken) else {}),
            }
            for i, t in enumerate(audio.timings)
        ],
    }
