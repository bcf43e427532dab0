"""The one module that knows the order of the stages.

source -> extract -> segment/normalize (script) -> chunk -> synthesize -> assemble
-> encode -> tag, written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tts_pipeline.models import Article, Episode, Script
from tts_pipeline.voices import DEFAULT_VOICE, VoiceProfile

DEFAULT_OUT_DIR = Path("out")


@dataclass(frozen=True)
class SpeakOptions:
    output: Path | None = None
    """The MP3 to write; default ``<out_dir>/<slug of the title>.mp3``."""
    out_dir: Path = DEFAULT_OUT_DIR
    voice: str = DEFAULT_VOICE
    """A profile name or the path of a profile file."""
    use_cache: bool = True
    clean: bool = True
    """False: the input is the article text already."""
    jobs: int | None = None
    """Worker processes for synthesis; None: one per core."""
    album: str | None = None
    """Album tag; default the site's name, else the podcast name."""


DEFAULT_ALBUM = "tts-pipeline"


def read_article(spec: str, clean: bool = True) -> Article:
    """Read an input (path, ``-`` or URL) and clean it into an Article."""
    from tts_pipeline.extract import article_from_text, extract_article
    from tts_pipeline.sources import read_source

    document = read_source(spec)
    return extract_article(document) if clean else article_from_text(document)


def make_script(
    article: Article, intro: bool = True, profile: VoiceProfile | None = None
) -> Script:
    """What will be spoken; with a profile, as its lexicon respells it."""
    from tts_pipeline.lexicon import apply_lexicon, load_lexicon
    from tts_pipeline.script import build_script

    script = build_script(article, intro=intro)
    return apply_lexicon(script, load_lexicon(profile)) if profile else script


def default_output(article: Article, spec: str, out_dir: Path) -> Path:
    from tts_pipeline.slug import slugify

    fallback = Path(spec).stem if spec not in ("-",) and "://" not in spec else "article"
    return out_dir / f"{slugify(article.title or '', fallback=slugify(fallback))}.mp3"


def speak(spec: str, options: SpeakOptions = SpeakOptions()) -> Episode:
    """Turn the article at ``spec`` into a tagged MP3; return what was written."""
    from tts_pipeline.files import prepare_output
    from tts_pipeline.voices import load_profile

    profile = load_profile(options.voice)
    article = read_article(spec, clean=options.clean)
    output = options.output or default_output(article, spec, options.out_dir)
    prepare_output(output)
    return render(article, profile, output, options)


def render(article: Article, profile: VoiceProfile, output: Path, options: SpeakOptions) -> Episode:
    """The work for one article: script, speech, audio, MP3 and tags at ``output``."""
    from tts_pipeline.assemble import assemble
    from tts_pipeline.cache import ClipCache, default_cache_dir
    from tts_pipeline.chunk import split_long
    from tts_pipeline.encode import encode_mp3, encoder_delay
    from tts_pipeline.engines import get_engine
    from tts_pipeline.files import atomic_path
    from tts_pipeline.synthesize import synthesize_texts
    from tts_pipeline.tag import TagInfo, write_tags

    script = make_script(article, intro=options.clean, profile=profile)
    engine = get_engine(profile.engine)
    pieces = [split_long(s.speech, engine.max_chars) for s in script.sentences()]
    flat = [p for group in pieces for p in group]
    cache = ClipCache(default_cache_dir()) if options.use_cache else None
    result = synthesize_texts(flat, profile, cache, jobs=options.jobs)
    clips = iter(result.clips)
    grouped = [[next(clips) for _ in group] for group in pieces]
    timeline = assemble(script, grouped, profile)
    mp3 = encode_mp3(timeline.pcm, timeline.rate, profile.bitrate)
    delay = encoder_delay(timeline.rate)
    timings = tuple(replace(t, start=t.start + delay, end=t.end + delay) for t in timeline.timings)
    duration = timeline.seconds
    info = TagInfo(
        album=options.album or article.site or DEFAULT_ALBUM,
        voice=f"{profile.name} ({profile.engine} {profile.voice or 'default'})",
        encoder=f"LAME {profile.bitrate} kbit/s CBR",
        duration=duration,
        transcript="\n\n".join(" ".join(s.text for s in b.sentences) for b in script.blocks),
    )
    with atomic_path(output) as tmp:
        tmp.write_bytes(mp3)
        write_tags(tmp, article, info)
    return Episode(
        mp3=str(output),
        duration=duration,
        article=article,
        timings=timings,
        files=(str(output),),
        synthesized=result.synthesized,
    )
