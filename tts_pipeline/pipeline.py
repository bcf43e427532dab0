"""The one module that knows the order of the stages.

source -> extract -> segment/normalize (script) -> chunk -> synthesize -> lay out and
measure -> plan the gain -> render (encode, check) -> tags and sidecars, in memory ->
written atomically by the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tts_pipeline.models import Article, Chapter, Episode, EpisodeAudio, Role, Script, Timing
from tts_pipeline.voices import DEFAULT_LANGUAGE, DEFAULT_VOICE, VoiceProfile

if TYPE_CHECKING:
    from tts_pipeline.audio.cache import ClipStore
    from tts_pipeline.models import Document
    from tts_pipeline.normalize.lexicon import Lexicon
    from tts_pipeline.publish.episode import EpisodeFiles

DEFAULT_OUT_DIR = Path("out")
LONG_ARTICLE_CHARS = 100_000
"""Articles longer than this (about two hours of speech) get a warning before the work."""


@dataclass(frozen=True)
class SpeakOptions:
    output: Path | str | None = None
    """The MP3 to write; default ``<out_dir>/<slug of the title>.mp3``. A folder (one that
    exists, or a name ending in a slash) means that file in that folder."""
    out_dir: Path = DEFAULT_OUT_DIR
    voice: str = DEFAULT_VOICE
    """A profile name or the path of a profile file."""
    use_cache: bool = True
    clean: bool = True
    """False: the input is the article text already."""
    jobs: int | None = None
    """Worker processes for synthesis and threads for encoding; None: one per core."""
    album: str | None = None
    """Album tag; default the site's name, else the podcast name."""
    lexicon: Path | None = None
    """A pronunciation lexicon applied after the voice profile's, overriding it."""
    language: str | None = None
    """The article's language (ISO 639-1), over what the page and its text say."""
    check: bool = False
    """Listen to the MP3 with speech recognition; the result goes into the episode JSON."""


def read_article(spec: str, clean: bool = True, language: str | None = None) -> Article:
    """Read an input (path, ``-`` or URL), clean it into an Article, and decide its language
    (``language``, the user's, over what the page and its text say)."""
    from tts_pipeline.language import with_language

    document, article = _read(spec, clean)
    return with_language(article, document, language)


def clean_article(spec: str) -> Article:
    """Read an input and clean it into an Article, its language left undecided: for what
    needs only the text, as the language model takes longer to load than a page to clean."""
    return _read(spec, clean=True)[1]


def _read(spec: str, clean: bool) -> tuple[Document, Article]:
    from tts_pipeline.extract import article_from_text, extract_article
    from tts_pipeline.sources.read import read_source

    document = read_source(spec)
    return document, extract_article(document) if clean else article_from_text(document)


def make_script(
    article: Article,
    intro: bool = True,
    profile: VoiceProfile | None = None,
    lexicon: Lexicon | None = None,
) -> Script:
    """Everything that will be spoken: title and byline (``intro``), the article, the profile's
    disclosure and outro; ``lexicon`` respells words."""
    from tts_pipeline.speech.framing import frame_script
    from tts_pipeline.speech.script import build_script

    script = build_script(article, intro=intro, lexicon=lexicon)
    return frame_script(script, profile, article.language) if profile and intro else script


def load_lexicons(profile: VoiceProfile | None, extra: Path | None) -> Lexicon | None:
    """The voice profile's lexicon (if any) with ``extra`` (``--lexicon``) over it."""
    from tts_pipeline.normalize.lexicon import Lexicon, load_lexicon

    lexicon = Lexicon()
    if profile is not None and profile.lexicon:
        base = Path(profile.source).parent if profile.source else None
        lexicon = lexicon.merged(load_lexicon(profile.lexicon, base))
    if extra is not None:
        lexicon = lexicon.merged(load_lexicon(extra))
    return lexicon or None


def warn_if_long(article: Article, profile: VoiceProfile) -> None:
    """Warn (``errors.PipelineWarning``) before an article so long that speaking it takes
    hours: more than ``LONG_ARTICLE_CHARS`` characters."""
    import warnings

    from tts_pipeline.errors import PipelineWarning

    characters = sum(map(len, article.paragraphs))
    if characters > LONG_ARTICLE_CHARS:
        hours = sum(len(p.split()) for p in article.paragraphs) / profile.rate / 60
        name = f'"{article.title}"' if article.title else "the article"
        warnings.warn(
            f"{name} is very long ({characters:,} characters, about {hours:.1f} hours of "
            "speech): speaking it takes long and needs much disk space",
            PipelineWarning,
            stacklevel=2,
        )


def speak(spec: str, options: SpeakOptions = SpeakOptions()) -> Episode:
    """Turn the article at ``spec`` into a tagged MP3 with its sidecars; return what was written."""
    from tts_pipeline.audio.synthesize import workers_started_early
    from tts_pipeline.files import prepare_output
    from tts_pipeline.publish.output import output_path, refuse_overwriting_input
    from tts_pipeline.publish.publishable import publishable
    from tts_pipeline.voices import load_profile

    profile = load_profile(options.voice)
    load_lexicons(profile, options.lexicon)  # a bad lexicon fails before any work
    if options.check:
        from tts_pipeline.check.transcribe import ensure_available

        ensure_available()  # say what to install before any work
    article = publishable(read_article(spec, options.clean, options.language))
    output = output_path(options.output, article, spec, options.out_dir)
    refuse_overwriting_input(spec, output)
    prepare_output(output)
    warn_if_long(article, profile)
    cached = options.use_cache and episode_cached(article, profile, _settings(output, options))
    texts = () if cached else article.paragraphs  # no engine needs to start for nothing
    with workers_started_early(profile, texts, article.language, options.jobs):
        return speak_article(article, profile, output, options)


def _settings(output: Path, options: SpeakOptions) -> RenderSettings:
    """How ``speak`` renders to ``output``."""
    return RenderSettings(
        name=output.stem,
        intro=options.clean,
        use_cache=options.use_cache,
        jobs=options.jobs,
        album=options.album,
        lexicon=options.lexicon,
    )


def speak_article(
    article: Article, profile: VoiceProfile, output: Path, options: SpeakOptions = SpeakOptions()
) -> Episode:
    """Render ``article`` and write its MP3 at ``output`` with the sidecars beside it."""
    from tts_pipeline.publish.episode import write_episode

    settings = _settings(output, options)
    rendered = render_episode(article, profile, settings)
    if options.check:
        rendered = check_rendered(rendered, options.jobs)
    files = write_episode(rendered.files, output.parent, mp3_name=output.name)
    return Episode(
        mp3=str(files[0]),
        duration=rendered.duration,
        article=article,
        timings=rendered.timings,
        files=tuple(str(f) for f in files),
        synthesized=rendered.synthesized,
        loudness=rendered.loudness,
        true_peak=rendered.true_peak,
        chapters=rendered.chapters,
        voice=rendered.voice.name if rendered.voice else profile.name,
        engine_voice=f"{rendered.voice.engine} {rendered.voice.voice}" if rendered.voice else None,
        check=rendered.check,
    )


@dataclass(frozen=True)
class RenderSettings:
    """What rendering one article needs besides the article and the voice profile."""

    name: str
    """File name stem of the episode's files, e.g. the slug of the title."""
    intro: bool = True
    """Speak the title and byline, and the profile's disclosure and outro."""
    use_cache: bool = True
    cache: str | None = None  # a clip cache several machines share (folder, fsspec URL)
    jobs: int | None = 1
    """Worker processes for synthesis and threads for encoding; None: one per core."""
    album: str | None = None
    """Album tag; default the site's name."""
    cover: bytes | None = None
    """Cover art (JPEG or PNG) for every episode, e.g. the podcast's; None: the profile's."""
    lexicon: Path | None = None
    """A pronunciation lexicon over the profile's."""


@dataclass(frozen=True)
class RenderedEpisode:
    """An episode made in memory: its files, and what was measured."""

    files: EpisodeFiles
    duration: float
    """Seconds."""
    loudness: float
    """Integrated loudness, LUFS (see ``EpisodeAudio.loudness``)."""
    true_peak: float
    """dBTP, measured on the decoded MP3."""
    timings: tuple[Timing, ...]
    chapters: tuple[Chapter, ...]
    synthesized: int
    """Pieces of text the engine spoke (the rest came from the cache)."""
    voice: VoiceProfile | None = None
    """The profile that read it: ``profile``, or one that reads the article's language."""
    check: dict | None = None
    """What speech recognition heard (``check.CheckResult.to_dict``), when it listened."""


def render_episode(
    article: Article, profile: VoiceProfile, settings: RenderSettings
) -> RenderedEpisode:
    """The work for one article: script, speech, audio, MP3, tags and sidecars, in memory.

    Read by ``profile`` if it reads the article's language, else by the best voice that does
    (:func:`~tts_pipeline.voices.choose_voice`). Writes nothing (but the caches), so it can run
    in any worker; the caller writes. An episode made before with the same script, metadata
    and settings comes from the cache.
    """
    from tts_pipeline import episodes
    from tts_pipeline.voices import choose_voice

    profile = choose_voice(profile, article.language or DEFAULT_LANGUAGE)
    lexicon = load_lexicons(profile, settings.lexicon)
    script = make_script(article, intro=settings.intro, profile=profile, lexicon=lexicon)
    if not settings.use_cache:
        return _render(article, profile, settings, script)
    key = episodes.settings_key(profile, settings)
    cached = episodes.get(key, script, article)
    if isinstance(cached, RenderedEpisode):
        return replace(cached, synthesized=0)
    rendered = _render(article, profile, settings, script)
    episodes.put(key, script, article, rendered)
    return rendered


def episode_cached(article: Article, profile: VoiceProfile, settings: RenderSettings) -> bool:
    """Whether the episode last made of ``article`` with these settings is in the cache,
    found before its script is made: then no engine needs to start."""
    from tts_pipeline import episodes
    from tts_pipeline.errors import PipelineError
    from tts_pipeline.voices import choose_voice

    try:
        profile = choose_voice(profile, article.language or DEFAULT_LANGUAGE)
        key = episodes.settings_key(profile, settings)
    except PipelineError:  # said when the article is rendered
        return False
    return episodes.made_before(key, article)


def render_checked_episode(
    article: Article, profile: VoiceProfile, settings: RenderSettings
) -> RenderedEpisode:
    """:func:`render_episode`, then :func:`check_rendered` (in the same worker)."""
    return check_rendered(render_episode(article, profile, settings), settings.jobs)


def check_rendered(rendered: RenderedEpisode, jobs: int | None = None) -> RenderedEpisode:
    """Listen to the rendered MP3 against its script; the result goes into its episode JSON."""
    from tts_pipeline.check import check_mp3
    from tts_pipeline.check.expected import from_episode_json
    from tts_pipeline.publish.episode import with_record

    record = rendered.files.files["episode"][1].decode("utf-8")
    result = check_mp3(rendered.files.mp3, from_episode_json(record), threads=jobs).to_dict()
    return replace(rendered, files=with_record(rendered.files, check=result), check=result)


def _render(
    article: Article, profile: VoiceProfile, settings: RenderSettings, script: Script
) -> RenderedEpisode:
    import contextlib
    from concurrent.futures import ThreadPoolExecutor

    from tts_pipeline.audio.cache import ClipStore, open_clip_cache
    from tts_pipeline.publish.episode import cover_art, episode_files

    cache = open_clip_cache(settings.cache) if settings.use_cache else None
    with ClipStore(cache) as store, ThreadPoolExecutor(1) as beside:
        # the cover needs only the article: it is drawn while the engine speaks
        cover = beside.submit(cover_art, article, profile, settings.cover)
        speech = synthesize_script(script, profile, store, settings.jobs)
        with contextlib.closing(speech):  # stops the engine's workers, whatever happens
            audio = produce_audio(script, speech.clips, profile, store, settings.jobs)
        files = episode_files(
            settings.name, article, profile, script, audio, settings.album, cover.result()
        )
    return RenderedEpisode(
        files=files,
        duration=audio.duration,
        loudness=audio.loudness,
        true_peak=audio.true_peak,
        timings=audio.timings,
        chapters=audio.chapters,
        synthesized=speech.synthesized,
        voice=profile,
    )


@dataclass(frozen=True)
class Speech:
    clips: Iterator[tuple[str, ...]]
    """The stored clips of every sentence of the script, one per piece of a sentence: each
    sentence's keys come once its clips are stored."""
    synthesized: int
    """Pieces the engine speaks in this run; the rest come from the cache."""
    close: Callable[[], None]
    """Stop making clips (ends the engine's worker processes)."""


def synthesize_script(
    script: Script, profile: VoiceProfile, store: ClipStore, jobs: int | None = None
) -> Speech:
    """Start speaking every sentence, long ones in pieces the engine accepts, into ``store``."""
    from tts_pipeline.audio.synthesize import start_synthesis
    from tts_pipeline.engines import get_engine
    from tts_pipeline.speech.chunk import split_long

    engine = get_engine(profile.engine)
    limit = min(engine.max_chars, profile.max_chars or engine.max_chars)
    pieces = [split_long(s.speech, limit) for s in script.sentences()]
    synthesis = start_synthesis([p for group in pieces for p in group], profile, store, jobs)
    ready = iter(synthesis)
    grouped = (tuple(next(ready) for _ in group) for group in pieces)
    return Speech(grouped, synthesis.synthesized, synthesis.ready.close)


TRUE_PEAK_METER_MARGIN_DB = 0.2
"""Our true-peak meter (libsoxr oversampling) may read this much under other meters."""


def produce_audio(
    script: Script,
    clips: Iterable[Sequence[str]],
    profile: VoiceProfile,
    store: ClipStore,
    jobs: int | None = None,
) -> EpisodeAudio:
    """Lay out, master to the profile's loudness, encode on ``jobs`` threads (None: one per
    core), and check the decoded MP3."""
    from tts_pipeline.audio.encode import LAMEENC_GAIN_DB
    from tts_pipeline.audio.master import plan_gain
    from tts_pipeline.audio.render import render
    from tts_pipeline.audio.sounds import clip_loader
    from tts_pipeline.audio.synthesize import default_jobs
    from tts_pipeline.audio.timeline import lay_out
    from tts_pipeline.publish.chapters import build_chapters

    load, sounds, work_rate = clip_loader(profile, store)
    plan = lay_out(script, clips, load, profile, work_rate, sounds)
    gains = plan_gain(
        plan,
        target_lufs=profile.loudness - LAMEENC_GAIN_DB,
        true_peak_limit=profile.true_peak - LAMEENC_GAIN_DB,
        margin=profile.headroom,
    )
    audio = render(
        plan,
        gains,
        load,
        profile.sample_rate,
        profile.bitrate,
        workers=jobs or default_jobs(),
        true_peak_limit=profile.true_peak - TRUE_PEAK_METER_MARGIN_DB,
    )
    mp3 = audio.mp3
    timings = tuple(
        replace(t, start=mp3.decoded_seconds(t.start), end=mp3.decoded_seconds(t.end))
        for t in plan.timings
    )
    return EpisodeAudio(
        mp3=mp3.data,
        duration=audio.duration,
        loudness=gains.loudness + LAMEENC_GAIN_DB,
        true_peak=audio.true_peak,
        timings=timings,
        chapters=build_chapters(script, timings, audio.duration, title=_title(script)),
    )


def _title(script: Script) -> str | None:
    return next((b.sentences[0].text for b in script.blocks if b.role is Role.TITLE), None)
