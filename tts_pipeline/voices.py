"""Voice profiles: which engine and voice speak, how fast, with what pauses and lexicon.

Defaults are the named constants below; a profile (``voices/<name>.toml``, or the
user's own in ``<config dir>/tts-pipeline/voices/``) overrides only the keys it sets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tts_pipeline.errors import PipelineError, VoiceError

DEFAULT_VOICE = "default"
DEFAULT_ENGINE = "pyttsx3"
DEFAULT_ENGINE_VOICE = "gmw/en-us"
DEFAULT_LANGUAGE = "en"
DEFAULT_RATE = 170
"""Words per minute."""
DEFAULT_VOLUME = 1.0
"""0.0 to 1.0, given to the engine."""
DEFAULT_SENTENCE_PAUSE = 0.35
"""Seconds of silence between sentences."""
DEFAULT_PARAGRAPH_PAUSE = 0.8
"""Seconds of silence between paragraphs."""
DEFAULT_TITLE_PAUSE = 1.0
"""Seconds of silence after the spoken title and byline."""
DEFAULT_BITRATE = 64
"""MP3 bit rate in kbit/s, constant."""
DEFAULT_SAMPLE_RATE = 44100
"""MP3 sample rate in Hertz."""
DEFAULT_LOUDNESS = -16.0
"""Integrated loudness of the episode, LUFS (ITU-R BS.1770), as podcast apps expect."""
DEFAULT_TRUE_PEAK = -1.0
"""Highest true peak of the episode, dBTP."""


@dataclass(frozen=True)
class VoiceProfile:
    """A named set of voice settings. Durations in seconds, rates as documented."""

    name: str = DEFAULT_VOICE
    description: str = ""
    engine: str = DEFAULT_ENGINE
    voice: str | None = DEFAULT_ENGINE_VOICE
    """The engine's own voice id (espeak ``gmw/en-us``, a Piper model name or path)."""
    language: str = DEFAULT_LANGUAGE
    rate: int = DEFAULT_RATE
    """Words per minute."""
    volume: float = DEFAULT_VOLUME
    sentence_pause: float = DEFAULT_SENTENCE_PAUSE
    paragraph_pause: float = DEFAULT_PARAGRAPH_PAUSE
    title_pause: float = DEFAULT_TITLE_PAUSE
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
        if data.get("engine", DEFAULT_ENGINE) != DEFAULT_ENGINE:
            data = {"voice": None, **data}  # the default voice id is the default engine's
        profile = cls(name=name, source=source, **data)
        profile.validate()
        return profile

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("source")
        return data

    def validate(self) -> None:
        problems = []
        if not 40 <= self.rate <= 600:
            problems.append(f"rate {self.rate} is not 40..600 words per minute")
        if not 0.0 <= self.volume <= 1.0:
            problems.append(f"volume {self.volume} is not 0..1")
        for key in ("sentence_pause", "paragraph_pause", "title_pause"):
            if not 0.0 <= getattr(self, key) <= 10.0:
                problems.append(f"{key} {getattr(self, key)} is not 0..10 seconds")
        if self.bitrate not in (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320):
            problems.append(f"bitrate {self.bitrate} is not an MPEG-1 Layer III bit rate")
        if self.sample_rate not in (32000, 44100, 48000):
            problems.append(f"sample_rate {self.sample_rate} is not 32000, 44100 or 48000")
        if not -40.0 <= self.loudness <= -5.0:
            problems.append(f"loudness {self.loudness} is not -40..-5 LUFS")
        if not -20.0 <= self.true_peak <= 0.0:
            problems.append(f"true_peak {self.true_peak} is not -20..0 dBTP")
        if problems:
            raise VoiceError(f"voice profile {self.name!r}: " + "; ".join(problems))

    def resolve(self, relative: str | None) -> Path | None:
        """A path written in the profile, taken relative to the profile's file."""
        if not relative:
            return None
        base = Path(self.source).parent if self.source else Path.cwd()
        return (base / Path(relative).expanduser()).resolve()


def profile_dirs() -> list[Path]:
    """Where profiles are looked up, first match wins: the user's, then the bundled ones."""
    from platformdirs import user_config_dir

    from tts_pipeline.resources import bundled_voices_dir

    return [Path(user_config_dir("tts-pipeline")) / "voices", bundled_voices_dir()]


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
