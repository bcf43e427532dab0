"""podcast.toml and the batch inputs: checked without the speech engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT

from tts_pipeline.batch.config import config_from_dict, load_config
from tts_pipeline.batch.inputs import expand_inputs, expand_inputs_reporting
from tts_pipeline.errors import ConfigError, InputError

EXAMPLE = ROOT / "docs" / "podcast.example.toml"


def test_documented_example_loads():
    config = load_config(EXAMPLE)
    assert config.title and config.base_url.endswith("/")
    assert config.owner == "Gazette Audio Desk"
    assert config.image_path() == EXAMPLE.parent / "cover.jpg"


@pytest.mark.parametrize(
    "field", ["title", "description", "author", "owner_email", "language", "category", "base_url"]
)
def test_each_required_field_is_named_when_missing(field):
    data = load_config(EXAMPLE).__dict__ | {}
    data = {k: v for k, v in data.items() if k != "source" and k != field}
    with pytest.raises(ConfigError, match=f"missing required field\\(s\\) {field}"):
        config_from_dict(data)


def test_wrong_values_are_refused():
    base = {k: v for k, v in load_config(EXAMPLE).__dict__.items() if k != "source"}
    with pytest.raises(ConfigError, match="true or false"):
        config_from_dict(base | {"explicit": "no"})
    with pytest.raises(ConfigError, match="e-mail"):
        config_from_dict(base | {"owner_email": "nobody"})
    with pytest.raises(ConfigError, match="unknown field"):
        config_from_dict(base | {"colour": "red"})
    with pytest.raises(ConfigError, match="absolute"):
        config_from_dict(base | {"base_url": "podcast/"})


def test_owner_table_is_accepted():
    base = {k: v for k, v in load_config(EXAMPLE).__dict__.items() if k not in ("source",)}
    base.pop("owner_name"), base.pop("owner_email")
    config = config_from_dict(base | {"owner": {"name": "Desk", "email": "d@example.com"}})
    assert (config.owner, config.owner_email) == ("Desk", "d@example.com")


def test_inputs_from_folders_globs_lists_and_urls(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("x")
    (tmp_path / "a" / "two.html").write_text("x")
    (tmp_path / "a" / "notes.pdf").write_text("x")
    (tmp_path / "three.txt").write_text("x")
    listing = tmp_path / "list.txt"
    listing.write_text("# my articles\nthree.txt\nhttps://example.com/story?id=1#top\n\n")
    found = expand_inputs(
        [str(tmp_path / "a"), str(tmp_path / "*.txt"), f"@{listing}", str(tmp_path / "three.txt")]
    )
    names = [f.rsplit("/", 1)[-1] for f in found]
    assert names == ["one.txt", "two.html", "list.txt", "three.txt", "story?id=1#top"]
    assert found[-1] == "https://example.com/story?id=1#top"


def test_an_input_that_names_nothing_is_reported_not_fatal(tmp_path):
    (tmp_path / "ok.txt").write_text("x")
    found, failed = expand_inputs_reporting([str(tmp_path / "ok.txt"), str(tmp_path / "gone")])
    assert len(found) == 1 and failed[0][0].endswith("gone")
    with pytest.raises(InputError):
        expand_inputs([str(tmp_path / "gone")])


def _example() -> dict:
    return {k: v for k, v in load_config(EXAMPLE).__dict__.items() if k != "source"}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("base_url", "http://", "host"),
        ("base_url", "https:///podcast/", "host"),
        ("base_url", "https://exa mple.com/podcast/", "space"),
        ("base_url", "https://example.com/my podcast/", "space"),
        ("base_url", "ftp://example.com/podcast/", "http"),
        ("base_url", "javascript:alert(1)//", "http"),
        ("base_url", "https://example.com/podcast/?x=1", "query"),
        ("base_url", "http://[::1/podcast/", "http"),
        ("link", "https://example.com/a b", "space"),
        ("link", "example.com", "http"),
        ("category", "Nonsense", "Apple Podcasts category"),
        ("subcategory", "Politics and more", "subcategory of News"),
        ("subcategory", "Baseball", "subcategory of News"),
        ("language", "english", "language code"),
        ("language", "xx", "language code"),
        ("language", "en-", "language code"),
        ("owner_email", "@", "e-mail"),
        ("owner_email", "a@b", "e-mail"),
        ("owner_email", "desk @example.com", "e-mail"),
        ("owner_email", "desk@exa_mple..com", "e-mail"),
        ("title", "Radio \x01 news", "control character"),
        ("author", "Desk \uffff", "control character"),
        ("owner", "Desk", "table"),
    ],
)
def test_podcast_toml_values_are_checked(key, value, message):
    with pytest.raises(ConfigError, match=message) as caught:
        config_from_dict(_example() | {key: value}, source="podcast.toml")
    assert str(caught.value).startswith("podcast.toml: ") and key in str(caught.value)
    assert "\n" not in str(caught.value)


def test_good_values_are_kept_and_categories_spelled_as_apple_does():
    config = config_from_dict(
        _example()
        | {
            "category": "society & culture",
            "subcategory": "places & travel",
            "language": "pt-BR",
            "base_url": "https://example.com:8443/pod",
        }
    )
    assert (config.category, config.subcategory) == ("Society & Culture", "Places & Travel")
    assert config.language == "pt-br"
    assert config.base_url == "https://example.com:8443/pod/"
    for category in ("Technology", "True Crime", "TV & Film", "Health & Fitness"):
        assert config_from_dict(_example() | {"category": category, "subcategory": ""})


def _image(path, size: tuple[int, int], fmt: str = "PNG"):
    from PIL import Image

    Image.new("RGB", size, (20, 40, 60)).save(path, format=fmt)
    return path


@pytest.mark.parametrize(
    ("size", "message"),
    [((64, 64), "1400 to 3000"), ((1400, 1500), "square"), ((3200, 3200), "1400 to 3000")],
)
def test_a_podcast_cover_of_the_wrong_size_is_refused(tmp_path, size, message):
    from tts_pipeline.batch.config import load_podcast_image

    image = _image(tmp_path / "cover.png", size)
    with pytest.raises(ConfigError, match=message):
        load_podcast_image(image)


def test_a_podcast_cover_of_the_right_size_is_read(tmp_path):
    from tts_pipeline.batch.config import load_podcast_image

    data, mime = load_podcast_image(_image(tmp_path / "cover.jpg", (1400, 1400), "JPEG"))
    assert mime == "image/jpeg" and data.startswith(b"\xff\xd8")


@pytest.mark.parametrize("name", ["/dev/zero", "fifo", "huge.jpg", "folder"])
def test_a_cover_is_a_regular_file_of_bounded_size(tmp_path, name):
    from tts_pipeline.publish.cover import MAX_IMAGE_BYTES, load_cover

    path = tmp_path / name if not name.startswith("/") else Path(name)
    if name == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer forever
    elif name == "huge.jpg":
        with path.open("wb") as f:
            f.write(b"\xff\xd8")
            f.truncate(MAX_IMAGE_BYTES + 1)  # sparse: nothing is really written
    elif name == "folder":
        path.mkdir()
    link = tmp_path / "link.jpg"
    link.symlink_to(path)
    for given in (path, link):
        with pytest.raises(InputError, match="cover image") as caught:
            load_cover(given)
        assert "\n" not in str(caught.value)


def test_a_glob_that_matches_nothing_says_so(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    found, failed = expand_inputs_reporting([str(tmp_path / "*.txt"), str(tmp_path / "*.htm")])
    assert [Path(f).name for f in found] == ["a.txt"]
    assert len(failed) == 1 and "no file matches" in failed[0][1]
    empty = tmp_path / "empty"
    empty.mkdir()
    found, failed = expand_inputs_reporting([str(empty)])
    assert not found and "no article files" in failed[0][1]


def test_one_missing_line_of_a_list_fails_that_line_only(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "three.txt").write_text("x")
    listing = tmp_path / "list.txt"
    listing.write_text("one.txt\nmissing.txt\nthree.txt\nhttps://example.com/story\n")
    found, failed = expand_inputs_reporting([f"@{listing}"])
    assert [f.rsplit("/", 1)[1] for f in found] == ["one.txt", "three.txt", "story"]
    ((where, reason),) = failed
    assert where == f"{listing}:2" and "missing.txt" in reason


def test_the_site_being_built_is_never_its_own_input(tmp_path):
    (tmp_path / "story.txt").write_text("x")
    site = tmp_path / "site"
    site.mkdir()
    for name in ("index.html", "story.player.html", "story.embed.html"):
        (site / name).write_text("<p>x</p>")
    found, failed = expand_inputs_reporting([str(tmp_path), str(site / "*.html")], exclude=site)
    assert [Path(f).name for f in found] == ["story.txt"]
    assert [(spec, "inside the site" in reason) for spec, reason in failed] == [
        (str(site / "*.html"), True)  # an input naming the site's files only: said (round 15)
    ]


def test_each_list_file_is_read_once_however_often_it_is_named(tmp_path):
    (tmp_path / "one.txt").write_text("x")
    listing = tmp_path / "self.list"
    listing.write_text("one.txt\n" + "@self.list\nself.list\n" * 200)  # 400 ** 5 reads before
    found, failed = expand_inputs_reporting([f"@{listing}", str(listing)])
    assert [Path(f).name for f in found] == ["one.txt"] and not failed


def test_a_config_path_that_never_ends_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="larger than") as caught:
        load_config(Path("/dev/zero"))
    assert "\n" not in str(caught.value)
    with pytest.raises(ConfigError, match="cannot read it"):
        load_config(tmp_path)
