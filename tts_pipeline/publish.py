"""Write one episode's files: the tagged MP3 and its sidecars, staged to appear together."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tts_pipeline import DISCLOSURE, __version__
from tts_pipeline.files import StagedOutputs
from tts_pipeline.models import Article, Script
from tts_pipeline.voices import VoiceProfile

if TYPE_CHECKING:
    from tts_pipeline.pipeline import EpisodeAudio

DEFAULT_ALBUM = "tts-pipeline"
"""Album tag when neither the site nor a podcast name is known."""


def sidecar_paths(mp3: Path) -> dict[str, Path]:
    """Where each file of the episode whose MP3 is ``mp3`` goes."""
    stem = mp3.with_suffix("")
    return {
        "audio": mp3,
        "webvtt": stem.with_name(stem.name + ".vtt"),
        "srt": stem.with_name(stem.name + ".srt"),
        "chapters": stem.with_name(stem.name + ".chapters.json"),
        "cover": stem.with_name(stem.name + ".jpg"),
        "episode": stem.with_name(stem.name + ".episode.json"),
        "player": stem.with_name(stem.name + ".player.html"),
        "embed": stem.with_name(stem.name + ".embed.html"),
    }


def episode_files(
    stage: StagedOutputs,
    mp3_path: Path,
    article: Article,
    profile: VoiceProfile,
    script: Script,
    audio: EpisodeAudio,
    album: str | None = None,
    cover: Path | None = None,
) -> list[Path]:
    """Stage every file of the episode; the MP3 is staged last so it appears last."""
    from tts_pipeline.sidecars import chapters_json, srt, to_json, webvtt
    from tts_pipeline.tag import TagInfo, write_tags

    paths = sidecar_paths(mp3_path)
    cover_data, cover_mime = _cover(article, profile, cover)
    if cover_mime == "image/png":
        paths["cover"] = paths["cover"].with_suffix(".png")
    stage.write(paths["webvtt"], webvtt(audio.timings))
    stage.write(paths["srt"], srt(audio.timings))
    stage.write(paths["chapters"], chapters_json(audio.chapters))
    stage.write(paths["cover"], cover_data)
    stage.write(paths["episode"], to_json(episode_record(article, profile, audio, paths)))
    _player_files(stage, paths, article, profile, script, audio)
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
    mp3_tmp = stage.write(paths["audio"], audio.mp3)
    write_tags(mp3_tmp, article, info)
    return [paths["audio"], *(p for key, p in paths.items() if key != "audio")]


def _player_files(
    stage: StagedOutputs,
    paths: dict[str, Path],
    article: Article,
    profile: VoiceProfile,
    script: Script,
    audio: EpisodeAudio,
) -> None:
    from tts_pipeline.player import embed_snippet, player_episode, player_page

    player = player_episode(
        article, script, audio.timings, audio.duration, paths, language=profile.language
    )
    stage.write(paths["player"], player_page(player))
    stage.write(paths["embed"], embed_snippet(player))


def _cover(article: Article, profile: VoiceProfile, cover: Path | None) -> tuple[bytes, str]:
    from tts_pipeline.cover import draw_cover, load_cover

    chosen = cover or profile.resolve(profile.cover)
    if chosen:
        return load_cover(chosen)
    return draw_cover(article.title or "Article", article.site), "image/jpeg"


def episode_record(
    article: Article, profile: VoiceProfile, audio: EpisodeAudio, paths: dict[str, Path]
) -> dict:
    """The episode JSON: metadata, audio measurements, voice, files, timings, disclosure."""
    return {
        "generator": f"tts-pipeline {__version__}",
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "site": article.site,
        "url": article.url,
        "description": article.description,
        "disclosure": DISCLOSURE,
        "duration": round(audio.duration, 3),
        "loudness": {
            "integrated_lufs": round(audio.loudness, 2),
            "true_peak_dbtp": round(audio.true_peak, 2),
            "target_lufs": profile.loudness,
            "true_peak_limit_dbtp": profile.true_peak,
            "measured_on": "decoded MP3",
        },
        "voice": {
            "profile": profile.name,
            "engine": profile.engine,
            "voice": profile.voice,
            "rate_wpm": profile.rate,
            "language": profile.language,
        },
        "audio": {
            "format": "MPEG-1 Layer III",
            "bitrate_kbps": profile.bitrate,
            "sample_rate_hz": profile.sample_rate,
            "channels": 1,
        },
        "files": {key: path.name for key, path in paths.items()},
        "chapters": [
            {"title": c.title, "start": round(c.start, 3), "end": round(c.end, 3)}
            for c in audio.chapters
        ],
        "sentences": [
            {"start": round(t.start, 3), "end": round(t.end, 3), "text": t.text}
            for t in audio.timings
        ],
    }
