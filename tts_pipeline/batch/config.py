"""The podcast configuration (``podcast.toml``): what the feed says about the show."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from tts_pipeline.errors import ConfigError

REQUIRED = ("title", "description", "author", "owner_email", "language", "category", "base_url",
            "link")  # fmt: skip
DEFAULT_CATEGORY = "News"


@dataclass(frozen=True)
class PodcastConfig:
    """The show. Paths are relative to the config file; URLs are absolute."""

    title: str
    description: str
    author: str
    owner_email: str
    language: str
    """BCP 47 / ISO 639 code, e.g. ``en`` or ``en-us``."""
    category: str
    """An Apple Podcasts category, e.g. ``News``."""
    base_url: str
    """Where the site is served from; episode URLs are built on it. Ends with ``/``."""
    link: str
    """The show's website."""
    owner_name: str = ""
    """Defaults to ``author``."""
    subcategory: str = ""
    """An Apple Podcasts subcategory of ``category``, e.g. ``Politics``."""
    explicit: bool = False
    image: str = ""
    """Cover art, a JPEG or PNG of 1400 to 3000 px; drawn from the title when empty."""
    voice: str = "default"
    """Voice profile for every episode."""
    copyright: str = ""
    source: str | None = None
    """The file the configuration was read from."""

    @property
    def owner(self) -> str:
        return self.owner_name or self.author

    def image_path(self) -> Path | None:
        if not self.image:
            return None
        base = Path(self.source).parent if self.source else Path.cwd()
        return (base / Path(self.image).expanduser()).resolve()


def load_config(path: Path) -> PodcastConfig:
    """Read and check ``podcast.toml``; a missing or wrong field is a ConfigError."""
    from tts_pipeline.resources import read_toml

    try:
        data = read_toml(path)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such podcast configuration file") from None
    except (OSError, ValueError) as e:
        raise ConfigError(f"{path}: cannot read it: {e}") from None
    return config_from_dict(data, source=str(path))


def config_from_dict(data: dict, source: str | None = None) -> PodcastConfig:
    where = source or "podcast configuration"
    owner = data.pop("owner", None)
    if isinstance(owner, dict):  # [owner] name = "...", email = "..."
        data.setdefault("owner_name", owner.get("name", ""))
        data.setdefault("owner_email", owner.get("email", ""))
    known = {f.name for f in fields(PodcastConfig)} - {"source"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {', '.join(unknown)}")
    missing = [key for key in REQUIRED if not str(data.get(key, "")).strip()]
    if missing:
        raise ConfigError(f"{where}: missing required field(s) {', '.join(missing)}")
    for key, value in data.items():
        expected = bool if key == "explicit" else str
        if not isinstance(value, expected):
            raise ConfigError(
                f"{where}: {key} must be {'true or false' if expected is bool else 'text'}"
            )
    if "@" not in data["owner_email"]:
        raise ConfigError(f"{where}: owner_email {data['owner_email']!r} is not an e-mail address")
    for key in ("base_url", "link"):
        if not data[key].startswith(("http://", "https://", "file://")):
            raise ConfigError(f"{where}: {key} must be an absolute http(s) URL")
    if not data["base_url"].endswith("/"):
        data["base_url"] += "/"
    return PodcastConfig(**data, source=source)


def default_config(site: Path) -> PodcastConfig:
    """A show for a site built without a configuration: works locally, not for publishing."""
    return PodcastConfig(
        title="Articles, read aloud",
        description="News articles turned into audio by tts-pipeline. "
        "This audio is created with AI assistance.",
        author="tts-pipeline",
        owner_email="podcast@example.invalid",
        language="en",
        category=DEFAULT_CATEGORY,
        base_url=site.resolve().as_uri() + "/",
        link=site.resolve().as_uri() + "/",
    )
