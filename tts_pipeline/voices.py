"""Voice profiles: which engine and voice speak, how fast, with what pauses and lexicon.

Defaults are the named constants below; a profile (``voices/<name>.toml``, or the
user's own in ``<config dir>/tts-pipeline/voices/``) overrides only the keys it sets.
"""

from __future__ import annotations

import contextlib
import math
import types
import typing
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from pathlib import Path

from tts_pipeline.errors import PipelineError, VoiceError

DEFAULT_VOICE = "default"
DEFAULT_ENGINE = "hibari"
"""The default voice is hibari's "heart": neural, Apache-2.0, inside the core install."""
DEFAULT_ENGINE_VOICE = "heart"
DEFAULT_LANGUAGE = "en"
DEFAULT_LANGUAGES: tuple[str, ...] = ()
"""Languages a profile speaks; empty: its ``language`` alone."""
ANY_LANGUAGE = "*"
"""In ``languages``: every language the engine has a voice for (espeak-ng: about a hundred)."""
DEFAULT_RATE = 165
"""Words per minute; "heart" speaks about 165 at its own pace."""
DEFAULT_VOLUME = 1.0
"""0.0 to 1.0, given to the engine."""
DEFAULT_SENTENCE_PAUSE = 0.5
"""Seconds of silence between sentences."""
DEFAULT_PARAGRAPH_PAUSE = 0.9
"""Seconds of silence between paragraphs."""
DEFAULT_TITLE_PAUSE = 1.1
"""Seconds of silence after the spoken title and byline."""
DEFAULT_PIECE_PAUSE = 0.25
"""Seconds of silence between the pieces of a sentence too long for one synthesis call."""
DEFAULT_EDGE_SILENCE = 0.06
"""Seconds of silence kept before and after the speech of each clip; the rest is trimmed."""
DEFAULT_MAX_CHARS: int | None = None
"""Longest text per synthesis call; None: the engine's own limit (a profile can only lower it)."""
DEFAULT_HEADROOM = 1.0
"""dB the limiter keeps true peaks under ``true_peak`` before encoding, for the overshoot
MP3 encoding adds; a part whose decoded peak still goes over is encoded again. "heart" goes
over by about 0.5 dB (one part in nine encoded again at 1.0 dB), espeak by up to 2.4 dB."""
DEFAULT_BITRATE = 64
"""MP3 bit rate in kbit/s, constant."""
DEFAULT_SAMPLE_RATE = 44100
"""MP3 sample rate in Hertz."""
DEFAULT_LOUDNESS = -16.0
"""Integrated loudness of the episode, LUFS (ITU-R BS.1770), as podcast apps expect."""
DEFAULT_TRUE_PEAK = -1.0
"""Highest true peak of the episode, dBTP."""
PATH_KEYS = ("lexicon", "intro_music", "outro_music", "cover")
"""Settings that name a file (relative to the profile's): a folder, a device such as
/dev/zero or a pipe there is refused before any work."""


@dataclass(frozen=True)
class VoiceProfile:
    """A named set of voice settings. Durations in seconds, rates as documented."""

    name: str = DEFAULT_VOICE
    description: str = ""
    engine: str = DEFAULT_ENGINE
    voice: str | None = DEFAULT_ENGINE_VOICE
    """The engine's own voice id (hibari ``heart``, espeak ``gmw/en-us``, a Piper model name
    or path)."""
    language: str = DEFAULT_LANGUAGE
    """The language the voice reads (BCP 47, e.g. ``en``); picks an espeak voice by language."""
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    """Every language the profile can read (``*``: any its engine has a voice for)."""
    rate: int = DEFAULT_RATE
    """Words per minute."""
    volume: float = DEFAULT_VOLUME
    sentence_pause: float = DEFAULT_SENTENCE_PAUSE
    paragraph_pause: float = DEFAULT_PARAGRAPH_PAUSE
    title_pause: float = DEFAULT_TITLE_PAUSE
    piece_pause: float = DEFAULT_PIECE_PAUSE
    edge_silence: float = DEFAULT_EDGE_SILENCE
    """Seconds of silence kept at each end of a clip."""
    max_chars: int | None = DEFAULT_MAX_CHARS
    """Longest text per synthesis call (at most the engine's); longer sentences are cut at
    clause boundaries."""
    headroom: float = DEFAULT_HEADROOM
    """dB under ``true_peak`` the limiter aims for before encoding."""
    bitrate: int = DEFAULT_BITRATE
    """kbit/s."""
    sample_rate: int = DEFAULT_SAMPLE_RATE
    """Hertz."""
    lexicon: str | None = None
    """Path of a pronunciation lexicon (TOML), relative to the profile's file."""
    loudness: float = DEFAULT_LOUDNESS
    """LUFS."""
    true_peak: float = DEFAULT_TRUE_PEAK
    """dBTP."""
    intro_disclosure: bool = False
    """Speak "This audio is created with AI assistance" after the title and byline."""
    outro: str = ""
    """Text spoken at the end, e.g. a sign-off."""
    intro_music: str | None = None
    """Sound file played before the speech; path relative to the profile's file."""
    outro_music: str | None = None
    """Sound file played after the speech; path relative to the profile's file."""
    cover: str | None = None
    """Cover image (JPEG or PNG); path relative to the profile's file. None: generated."""
    source: str | None = None
    """The file the profile was read from; None for the built-in defaults."""

    @classmethod
    def from_dict(cls, data: dict, name: str, source: str | None = None) -> VoiceProfile:
        known = {f.name for f in fields(cls)} - {"name", "source"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise VoiceError(f"voice profile {name!r}: unknown setting(s) {', '.join(unknown)}")
        data = checked_types(data, name)
        if data.get("engine", DEFAULT_ENGINE) != DEFAULT_ENGINE:
            data = {"voice": None, **data}  # the default voice id is the default engine's
        if isinstance(data.get("languages"), list):
            data = {**data, "languages": tuple(data["languages"])}  # TOML arrays are lists
        profile = cls(name=name, source=source, **data)
        profile.validate()
        return profile

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("source")
        return data

    @property
    def spoken_languages(self) -> tuple[str, ...]:
        """The languages this profile reads: ``languages``, else its ``language``."""
        return self.languages or (self.language,)

    def speaks(self, language: str) -> bool:
        """Whether the profile reads ``language`` (``de``, ``en-GB``...): by its primary
        subtag, or any language for a profile that lists ``*``."""
        wanted = _primary_subtag(language)
        return any(
            tag == ANY_LANGUAGE or _primary_subtag(tag) == wanted for tag in self.spoken_languages
        )

    def validate(self) -> None:
        problems = []
        if not 40 <= self.rate <= 600:
            problems.append(f"rate {self.rate} is not 40..600 words per minute")
        if not 0.0 <= self.volume <= 1.0:
            problems.append(f"volume {self.volume} is not 0..1")
        for key in ("sentence_pause", "paragraph_pause", "title_pause", "piece_pause"):
            if not 0.0 <= getattr(self, key) <= 10.0:
                problems.append(f"{key} {getattr(self, key)} is not 0..10 seconds")
        if not 0.0 <= self.edge_silence <= 1.0:
            problems.append(f"edge_silence {self.edge_silence} is not 0..1 seconds")
        if self.max_chars is not None and not 20 <= self.max_chars <= 100_000:
            problems.append(f"max_chars {self.max_chars} is not 20..100000 characters")
        if not 0.0 <= self.headroom <= 6.0:
            problems.append(f"headroom {self.headroom} is not 0..6 dB")
        if not isinstance(self.languages, tuple) or not all(
            isinstance(tag, str) and tag.strip() for tag in self.languages
        ):
            problems.append(f"languages {self.languages!r} is not a list of language tags")
        if self.bitrate not in (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320):
            problems.append(f"bitrate {self.bitrate} is not an MPEG-1 Layer III bit rate")
        if self.sample_rate not in (32000, 44100, 48000):
            problems.append(f"sample_rate {self.sample_rate} is not 32000, 44100 or 48000")
        if not -40.0 <= self.loudness <= -5.0:
            problems.append(f"loudness {self.loudness} is not -40..-5 LUFS")
        if not -20.0 <= self.true_peak <= 0.0:
            problems.append(f"true_peak {self.true_peak} is not -20..0 dBTP")
        for key in PATH_KEYS:
            path = self.resolve(getattr(self, key))
            if path is not None and path.exists() and not path.is_file():
                problems.append(f"{key} {path} is not a file")
        if problems:
            raise VoiceError(f"voice profile {self.name!r}: " + "; ".join(problems))

    def resolve(self, relative: str | None) -> Path | None:
        """A path written in the profile, taken relative to the profile's file."""
        if not relative:
            return None
        base = Path(self.source).parent if self.source else Path.cwd()
        return (base / Path(relative).expanduser()).resolve()


def _primary_subtag(tag: str) -> str:
    """``en`` of ``en-US``, ``en_us`` or ``EN``."""
    return tag.strip().lower().replace("_", "-").split("-")[0]


@cache
def _field_types() -> dict[str, object]:
    return typing.get_type_hints(VoiceProfile)


def checked_types(data: dict, name: str) -> dict:
    """``data`` with every value of the type its field declares (an integer where a number
    is asked for becomes a float); VoiceError naming each key of the wrong type and the type
    it needs. The types come from :class:`VoiceProfile`'s fields, so new keys are checked too."""
    problems, checked = [], {}
    for key, value in data.items():
        wanted = _field_types().get(key)
        if wanted is not None and not _matches(value, wanted):
            problems.append(f"{key} must be {_describe(wanted)}, not {_show(value)}")
        elif wanted is float and isinstance(value, int):
            value = float(value)
        checked[key] = value
    if problems:
        raise VoiceError(f"voice profile {name!r}: " + "; ".join(problems))
    return checked


def _matches(value: object, wanted: object) -> bool:
    """Whether a TOML value is of the annotated type (bool is no number, nan no number)."""
    origin, args = typing.get_origin(wanted), typing.get_args(wanted)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in args)
    if origin is typing.Literal:
        return value in args
    if wanted is type(None):
        return value is None
    if wanted is bool or isinstance(value, bool):
        return wanted is bool and isinstance(value, bool)
    if wanted is float:
        return isinstance(value, int | float) and math.isfinite(value)
    if origin in (list, tuple, set, frozenset):
        item = args[0] if args else object
        return isinstance(value, list) and all(_matches(v, item) for v in value)
    if origin is dict:
        item = args[1] if args else object
        return isinstance(value, dict) and all(_matches(v, item) for v in value.values())
    expected = origin or wanted
    return isinstance(value, expected) if isinstance(expected, type) else True


_TYPE_WORDS = {
    bool: "true or false",
    int: "a whole number",
    float: "a number",
    str: "text in quotes",
    Path: "a path in quotes",
}


def _describe(wanted: object) -> str:
    """A type in a profile's words: "a whole number", "text in quotes", ..."""
    origin, args = typing.get_origin(wanted), typing.get_args(wanted)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(arg) for arg in args if arg is not type(None))
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(arg) for arg in args)
    if origin in (list, tuple, set, frozenset):
        return "a list" + (f" of {_describe(args[0])}" if args and args[0] is not ... else "")
    if origin is dict:
        return "a table"
    return _TYPE_WORDS.get(wanted, f"a {getattr(wanted, '__name__', wanted)}")


def _show(value: object) -> str:
    """A TOML value as a user wrote it, with what kind it is."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"{_short(value)!r} (text)"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return _short(str(value))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def choose_voice(profile: VoiceProfile, language: str) -> VoiceProfile:
    """The profile that reads ``language``: ``profile`` if it does, else the best installed
    one (a profile that names the language before one that reads any, ``default`` first).
    One that reads any language reads it with its engine's voice for it (espeak's ``gmw/de``)
    and without its lexicon. VoiceError naming the language when no installed voice reads it.
    """
    from tts_pipeline.engines import get_engine
    from tts_pipeline.resources import language_name

    if profile.speaks(language) and (chosen := _reading(profile, language)):
        return chosen  # the user's own voice: its errors are the user's
    for candidate in _others(profile, language):
        with contextlib.suppress(PipelineError):  # not installed here: the next one
            chosen = _reading(candidate, language)
            if chosen and get_engine(chosen.engine).unavailable_reason(chosen) is None:
                return chosen
    raise VoiceError(
        f"no installed voice reads the language {language_name(language)}: add a profile with "
        f'languages = ["{language}"] (see `tts-pipeline voices`), or give --language a language '
        "an installed voice reads, such as en"
    )


def _reading(profile: VoiceProfile, language: str) -> VoiceProfile | None:
    """``profile`` set to read ``language``: itself if that is its own language, else with its
    engine's voice for it; None when the engine has none."""
    from tts_pipeline.engines import get_engine, voice_for_language

    if _primary_subtag(profile.language) == _primary_subtag(language):
        return profile
    voice = voice_for_language(get_engine(profile.engine), language)
    return replace(profile, language=language, voice=voice, lexicon=None) if voice else None


def _others(profile: VoiceProfile, language: str):
    """The installed profiles besides ``profile`` that read ``language``: those naming it,
    ``default`` first, then those reading any language."""
    loaded = []
    for name, path in sorted(available_profiles().items(), key=lambda i: i[0] != DEFAULT_VOICE):
        try:
            if name != profile.name:
                loaded.append(load_profile(str(path)))
        except PipelineError:
            continue  # a broken profile is reported by `tts-pipeline voices`, not here
    named = [p for p in loaded if p.speaks(language) and ANY_LANGUAGE not in p.spoken_languages]
    return [*named, *(p for p in loaded if ANY_LANGUAGE in p.spoken_languages)]


def profile_dirs() -> list[Path]:
    """Where profiles are looked up, first match wins: the user's, then the bundled ones."""
    from platformdirs import user_config_dir

    from tts_pipeline.files import APP_NAME
    from tts_pipeline.resources import bundled_voices_dir

    return [Path(user_config_dir(APP_NAME)) / "voices", bundled_voices_dir()]


def available_profiles() -> dict[str, Path]:
    """Every profile name with the file it comes from."""
    found: dict[str, Path] = {}
    for folder in profile_dirs():
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found.setdefault(path.stem, path)
    return found


def load_profile(name_or_path: str = DEFAULT_VOICE) -> VoiceProfile:
    """A profile by name (see :func:`profile_dirs`) or by the path of a TOML file."""
    from tts_pipeline.resources import read_toml

    path = Path(name_or_path)
    if name_or_path.endswith(".toml") or path.is_file():
        if path.is_dir():
            raise VoiceError(f"voice profile {name_or_path} is a folder: give its .toml file")
        if not path.is_file():
            raise VoiceError(f"voice profile file {name_or_path} does not exist")
        name = path.stem
    else:
        profiles = available_profiles()
        if name_or_path not in profiles:
            if name_or_path == DEFAULT_VOICE:
                return VoiceProfile()
            known = ", ".join(sorted(profiles)) or "none"
            raise VoiceError(f"unknown voice {name_or_path!r}; known voices: {known}")
        path, name = profiles[name_or_path], name_or_path
    try:
        data = read_toml(path)
    except (OSError, ValueError) as e:
        raise VoiceError(f"voice profile {path}: cannot read it: {e}") from None
    return VoiceProfile.from_dict(data, name=name, source=str(path))


@dataclass(frozen=True)
class ProfileStatus:
    """A profile as ``tts-pipeline voices`` lists it."""

    name: str
    source: Path
    profile: VoiceProfile | None
    """None when the file is not a valid profile."""
    problem: str | None
    """None: the profile can speak here; else why not, and what to install."""


def profile_statuses() -> list[ProfileStatus]:
    """Every profile, and whether its engine and voice can run on this machine."""
    from tts_pipeline.engines import get_engine

    statuses = []
    for name, path in available_profiles().items():
        profile = None
        try:
            profile = load_profile(str(path))
            problem = get_engine(profile.engine).unavailable_reason(profile)
        except PipelineError as e:
            problem = str(e)
        statuses.append(ProfileStatus(name, path, profile, problem))
    return statuses
