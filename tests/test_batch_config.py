"""podcast.toml and the batch inputs: checked without the speech engine."""

from __future__ import annotations

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
