"""The podcast configuration (``podcast.toml``): what the feed says about the show."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from tts_pipeline.errors import ConfigError, InputError

REQUIRED = ("title", "description", "author", "owner_email", "language", "category", "base_url",
            "link")  # fmt: skip
DEFAULT_CATEGORY = "News"
FEED_RULES = "podcast_feed.toml"
"""Apple's categories and the ISO 639-1 language codes, in ``tts_pipeline/data/``."""
COVER_PIXELS = (1400, 3000)
"""Smallest and largest side of a podcast's square cover, as Apple Podcasts requires."""
EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}"
)
LANGUAGE_TAG = re.compile(
    r"([a-z]{2})(?:-(?:[a-z]{2}|[0-9]{3}|[a-z]{4}(?:-(?:[a-z]{2}|[0-9]{3}))?))?"
)
"""An ISO 639-1 language, then optionally a region (``en-us``, ``es-419``) or a script."""
EXAMPLE_URL = "https://example.com/podcast/"
MAX_CONFIG_BYTES = 1024 * 1024
"""Largest podcast.toml read (a mistaken path such as /dev/zero must not fill the memory)."""


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
    from tts_pipeline.resources import parse_toml

    try:
        with path.open("rb") as f:  # a pipe too (--config <(...)), so not read_regular_file
            raw = f.read(MAX_CONFIG_BYTES + 1)
        if len(raw) > MAX_CONFIG_BYTES:
            raise ValueError(f"larger than {MAX_CONFIG_BYTES // 1024} KB; is it the right file?")
        data = parse_toml(raw.decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such podcast configuration file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read it: {e.strerror or e}") from None
    except ValueError as e:  # TOML, UTF-8 or size
        raise ConfigError(f"{path}: cannot read it: {e}") from None
    return config_from_dict(data, source=str(path))


def config_from_dict(data: dict, source: str | None = None) -> PodcastConfig:
    where = source or "podcast configuration"
    owner = data.pop("owner", None)
    if owner is not None and not isinstance(owner, dict):
        raise ConfigError(f'{where}: owner must be a table: [owner] name = "...", email = "..."')
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
        _check_value(where, key, value)
    if not EMAIL.fullmatch(data["owner_email"]) or len(data["owner_email"]) > 254:
        raise ConfigError(
            f"{where}: owner_email {data['owner_email']!r} is not an e-mail address "
            "(name@example.com): Apple Podcasts writes to it"
        )
    data["language"] = _language(where, data["language"])
    data["category"], data["subcategory"] = _category(
        where, data["category"], data.get("subcategory", "")
    )
    data["link"] = _web_url(where, "link", data["link"])
    base_url = _web_url(where, "base_url", data["base_url"])
    if "?" in base_url or "#" in base_url:
        raise ConfigError(
            f"{where}: base_url {data['base_url']!r} must not have a query (?) or fragment (#): "
            "episode URLs are made by adding file names to it"
        )
    data["base_url"] = base_url if base_url.endswith("/") else base_url + "/"
    return PodcastConfig(**data, source=source)


def _check_value(where: str, key: str, value: object) -> None:
    """A value of the right type, without a character no feed may hold."""
    from tts_pipeline.publish.sanitize import UNPUBLISHABLE

    expected = bool if key == "explicit" else str
    if not isinstance(value, expected):
        raise ConfigError(
            f"{where}: {key} must be {'true or false' if expected is bool else 'text'}"
        )
    found = UNPUBLISHABLE.search(value) if isinstance(value, str) else None
    if found:
        raise ConfigError(
            f"{where}: {key} contains a control character or non-character "
            f"(U+{ord(found.group()):04X}) that no feed may hold; remove it"
        )


def _web_url(where: str, key: str, value: str) -> str:
    """``value`` checked to be an absolute http(s) URL with a host, as it will be published."""
    from tts_pipeline.publish.sanitize import web_url

    if any(c.isspace() for c in value):
        raise ConfigError(
            f"{where}: {key} {value!r} contains a space; write it as %20, e.g. {EXAMPLE_URL}"
        )
    if not value.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}: {key} must be an absolute http(s) URL such as {EXAMPLE_URL}")
    url = web_url(value)
    if url is None:
        raise ConfigError(
            f"{where}: {key} {value!r} has no valid host name; give an absolute http(s) URL "
            f"such as {EXAMPLE_URL}"
        )
    return url


def _language(where: str, value: str) -> str:
    """The language code in lower case (``en``, ``en-us``), checked against ISO 639-1."""
    from tts_pipeline.resources import load_toml

    code = value.strip().lower().replace("_", "-")
    match = LANGUAGE_TAG.fullmatch(code)
    if not match or match.group(1) not in load_toml(FEED_RULES)["language"]["codes"].split():
        raise ConfigError(
            f"{where}: language {value!r} is not a language code; give an ISO 639-1 code, "
            "optionally with a region, such as en, en-us, fr or pt-br"
        )
    return code


def _category(where: str, category: str, subcategory: str) -> tuple[str, str]:
    """The category and subcategory spelled as Apple spells them; either unknown is an error."""
    from tts_pipeline.resources import load_toml

    categories: dict[str, list[str]] = load_toml(FEED_RULES)["categories"]
    by_name = {name.lower(): name for name in categories}
    name = by_name.get(" ".join(category.split()).lower())
    if name is None:
        raise ConfigError(
            f"{where}: category {category!r} is not an Apple Podcasts category; "
            f"use one of: {', '.join(categories)}"
        )
    if not subcategory.strip():
        return name, ""
    subcategories = {sub.lower(): sub for sub in categories[name]}
    sub = subcategories.get(" ".join(subcategory.split()).lower())
    if sub is None:
        choices = ", ".join(categories[name]) or "none"
        raise ConfigError(
            f"{where}: subcategory {subcategory!r} is not a subcategory of {name} in Apple "
            f"Podcasts; use one of: {choices}"
        )
    return name, sub


def load_podcast_image(path: Path, source: str | None = None) -> tuple[bytes, str]:
    """The configured cover as (bytes, MIME type): a JPEG or PNG, square, 1400 to 3000 px."""
    import io

    from tts_pipeline.publish.cover import load_cover

    where = f"{source}: image" if source else "podcast image"
    try:
        data, mime = load_cover(path)
    except InputError as e:
        raise ConfigError(f"{where}: {e}") from None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # Pillow raises many kinds for a damaged file
        raise ConfigError(f"{where}: {path} is not a readable JPEG or PNG image") from None
    smallest, largest = COVER_PIXELS
    if width != height:
        raise ConfigError(
            f"{where}: {path} is {width}×{height} px; Apple Podcasts needs a square image"
        )
    if not smallest <= width <= largest:
        raise ConfigError(
            f"{where}: {path} is {width}×{height} px; Apple Podcasts needs "
            f"{smallest} to {largest} px a side"
        )
    return data, mime


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
