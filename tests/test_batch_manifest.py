"""The site's manifest: checked whole, never silently dropped, backed up, names inside the site."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from tts_pipeline.batch.manifest import EpisodeRecord, Manifest, source_guid
from tts_pipeline.batch.site import files_exist, prune, site_file
from tts_pipeline.errors import SiteStateError


def record(n: int, **changes) -> EpisodeRecord:
    slug = f"story-{n}"
    fields = dict(
        source=f"/articles/{n}.txt",
        guid=f"https://example.com/{n}",
        slug=slug,
        input_hash="h",
        title=f"Story {n}",
        first_seen=f"2024-01-0{n}T00:00:00+00:00",
        updated="2024-01-09T00:00:00+00:00",
        duration=12.5,
        mp3_bytes=1000,
        files={"audio": f"{slug}.mp3", "webvtt": f"{slug}.vtt"},
        chapters=[[0.0, "Story"]],
    )
    return EpisodeRecord(**(fields | changes))


def write(path: Path, episodes: list, **extra) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": 1, "meta": {}, "episodes": episodes} | extra
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "site" / ".tts-pipeline" / "manifest.json"


def test_a_saved_manifest_loads_back_and_keeps_the_previous_one(path):
    first = Manifest(path, {"/articles/1.txt": record(1)})
    first.save()
    assert not first.backup.exists()
    first.episodes["/articles/2.txt"] = record(2)
    first.save()
    assert Manifest.load(path).episodes == first.episodes
    assert list(Manifest.load(first.backup).episodes) == ["/articles/1.txt"]
    assert not list(path.parent.glob(".*.tmp"))


def test_a_backup_already_linked_to_the_manifest_leaves_no_temporary_file(path):
    """A save killed between its backup and its new manifest leaves the two one file."""
    manifest = Manifest(path, {"/articles/1.txt": record(1)})
    manifest.save()
    manifest.backup.hardlink_to(path)
    manifest.episodes["/articles/2.txt"] = record(2)
    manifest.save()
    assert list(Manifest.load(manifest.backup).episodes) == ["/articles/1.txt"]
    assert list(Manifest.load(path).episodes) == ["/articles/1.txt", "/articles/2.txt"]
    assert not list(path.parent.glob(".*.tmp"))


@pytest.mark.parametrize("count", [0, 1, 3])
def test_a_manifest_saved_a_record_at_a_time_is_the_json_of_the_whole(path, count):
    episodes = {f"/articles/{n}.txt": record(n) for n in range(1, count + 1)}
    if count:  # text that JSON escapes: quotes, a new line, not ASCII, not UTF-8
        episodes["/articles/\udcff.txt"] = record(9, source="/articles/\udcff.txt",
                                                  title='Caf\u00e9 "Nord"\nnews')  # fmt: skip
    manifest = Manifest(path, episodes, {"cover": "\u00e9"})
    manifest.save()
    whole = {
        "version": 1,
        "meta": manifest.meta,
        "episodes": [asdict(e) for e in episodes.values()],
    }
    assert path.read_text(encoding="ascii") == json.dumps(whole, ensure_ascii=True, indent=1) + "\n"
    assert Manifest.load(path).episodes == episodes


DAMAGE = {
    "truncated": lambda text: text[: len(text) // 2],
    "empty": lambda text: "",
    "not UTF-8": lambda text: "\xff" + text,
    "a list": lambda text: "[]",
    "episodes not a list": lambda text: '{"episodes": {}}',
    "newer version": lambda text: text.replace('"version": 1', '"version": 99'),
    "deep": lambda text: "[" * 100_000 + "]" * 100_000,
}
BAD_RECORDS = {
    "no guid": lambda e: e.pop("guid"),
    "title not text": lambda e: e.update(title=5),
    "duration text": lambda e: e.update(duration="long"),
    "duration NaN": lambda e: e.update(duration=float("nan")),
    "mp3_bytes negative": lambda e: e.update(mp3_bytes=-1),
    "mp3_bytes boolean": lambda e: e.update(mp3_bytes=True),
    "files not an object": lambda e: e.update(files=["story-1.mp3"]),
    "no audio file": lambda e: e["files"].pop("audio"),
    "slug outside": lambda e: e.update(slug="../victim/escaped"),
    "slug absolute": lambda e: e.update(slug="/tmp/escaped"),
    "file outside": lambda e: e["files"].update(extra="../victim/precious.txt"),
    "file in a subfolder": lambda e: e["files"].update(extra="sub/precious.txt"),
    "hidden file": lambda e: e["files"].update(extra=".tts-pipeline"),
    "the site's feed": lambda e: e["files"].update(extra="feed.xml"),
    "a scheme": lambda e: e["files"].update(audio="javascript:alert(1).mp3"),
    "chapters wrong": lambda e: e.update(chapters=[["0", "x"]]),
}


@pytest.mark.parametrize("damage", list(DAMAGE) + list(BAD_RECORDS))
def test_a_damaged_manifest_is_refused_with_the_way_back(path, damage):
    good = Manifest(path, {"/articles/1.txt": record(1), "/articles/2.txt": record(2)})
    good.save()
    good.save()  # a backup of it
    text = path.read_text(encoding="utf-8")
    if damage in DAMAGE:
        path.write_bytes(DAMAGE[damage](text).encode("utf-8", "surrogateescape"))
    else:
        data = json.loads(text)
        BAD_RECORDS[damage](data["episodes"][1])
        path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SiteStateError) as caught:
        Manifest.load(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert f"copy {good.backup} over {path}" in message and "(2 episodes)" in message


def test_two_episodes_may_not_share_a_file(path):
    write(path, [asdict(record(1)), asdict(record(2, slug="story-1"))])
    with pytest.raises(SiteStateError, match="share the file 'story-1'"):
        Manifest.load(path)


def test_without_a_backup_the_message_says_how_to_start_anew(path):
    write(path, [asdict(record(1, slug="../x"))])
    with pytest.raises(SiteStateError, match=r"points outside the site.*delete .*manifest\.json"):
        Manifest.load(path)


def test_a_missing_manifest_is_refused_when_the_site_has_episodes(path):
    feed = path.parent.parent / "feed.xml"
    feed.parent.mkdir(parents=True)
    feed.write_text("<rss><channel><title>x</title></channel></rss>")
    assert Manifest.load(path, feed=feed).episodes == {}  # a new site
    feed.write_text("<rss><channel><item><guid>a</guid></item></channel></rss>")
    with pytest.raises(SiteStateError, match="missing, but the site has published episodes") as e:
        Manifest.load(path, feed=feed)
    assert f"delete {feed}, then run again" in str(e.value)
    Manifest(path, {"/articles/1.txt": record(1)}).save()
    Manifest(path, {"/articles/1.txt": record(1)}).save()
    path.unlink()
    with pytest.raises(SiteStateError, match=r"copy .*manifest\.json\.bak over"):
        Manifest.load(path)


def test_guids_are_made_unique_and_publishable(path):
    manifest = Manifest(
        path,
        {
            "/a/2.txt": record(2, source="/a/2.txt", guid="https://example.com/same"),
            "/a/1.txt": record(1, source="/a/1.txt", guid="https://example.com/same"),
            "/a/3.txt": record(3, source="/a/3.txt", guid="javascript:alert(1)"),
            "/a/4.txt": record(4, source="/a/4.txt", guid=source_guid("/a/4.txt")),
        },
    )
    assert sorted(manifest.settle_guids()) == ["/a/2.txt", "/a/3.txt"]
    guids = {s: e.guid for s, e in manifest.episodes.items()}
    assert guids["/a/1.txt"] == "https://example.com/same"  # the oldest keeps it
    assert guids["/a/2.txt"] == source_guid("/a/2.txt")
    assert guids["/a/3.txt"] == source_guid("/a/3.txt")
    assert len(set(guids.values())) == 4
    assert manifest.new_guid("/a/5.txt", "https://example.com/same") == source_guid("/a/5.txt")
    assert manifest.new_guid("/a/5.txt", "javascript:alert(1)") == source_guid("/a/5.txt")
    assert manifest.new_guid("/a/5.txt", "https://example.com/5") == "https://example.com/5"


def test_paths_from_the_manifest_stay_inside_the_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "precious.txt").write_text("keep me")
    assert site_file(site, "story-1.mp3") == site / "story-1.mp3"
    for name in ("../precious.txt", "/etc/passwd", "..", "a/../../precious.txt", "feed.xml"):
        with pytest.raises(SiteStateError):
            site_file(site, name)
    # a record made in memory (not loaded) is checked before anything is deleted
    bad = record(1, files={"audio": "story-1.mp3", "x": "../precious.txt"})
    manifest = Manifest(site / ".tts-pipeline" / "manifest.json", {bad.source: bad})
    with pytest.raises(SiteStateError):
        files_exist(site, bad)
    with pytest.raises(SiteStateError):
        prune(site, manifest, set())
    assert (tmp_path / "precious.txt").read_text() == "keep me"
    assert bad.source in manifest.episodes


def test_a_state_folder_that_cannot_be_made_is_an_output_error(tmp_path):
    from tts_pipeline.batch.run import BatchOptions, run_batch
    from tts_pipeline.errors import OutputError

    site = tmp_path / "site"
    site.mkdir()
    (site / ".tts-pipeline").write_text("a file where the state folder goes")
    with pytest.raises(OutputError, match="cannot create the site's state folder"):
        run_batch([], BatchOptions(site=site))


def test_a_source_path_that_is_not_utf8_is_saved_and_gets_a_guid(path):
    import uuid

    source = "/articles/br\udcffidge.txt"  # the byte 0xFF of a file name, as Python holds it
    guid = Manifest(path, {}).new_guid(source, None)
    assert guid.startswith("urn:uuid:") and guid.isascii()
    assert source_guid("/a/b.txt") == f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '/a/b.txt')}"
    Manifest(path, {source: record(1, source=source, guid=guid)}).save()
    assert Manifest.load(path).episodes[source].guid == guid


def test_a_manifest_that_is_not_a_regular_file_is_refused_not_waited_on(path):
    import os

    Manifest(path, {"/articles/1.txt": record(1)}).save()
    Manifest(path, {"/articles/1.txt": record(1)}).save()
    os.unlink(path.with_name("manifest.json.bak"))
    os.mkfifo(path.with_name("manifest.json.bak"))  # reading it would wait for a writer
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(SiteStateError, match="not a regular file"):
        Manifest.load(path)


@pytest.mark.parametrize("link", ["lock", ".tts-pipeline", "manifest.json"])
def test_a_symbolic_link_in_the_state_folder_takes_no_write_outside(tmp_path, link):
    from tts_pipeline.batch.run import BatchOptions, run_batch
    from tts_pipeline.errors import PipelineError

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("keep me")
    state = tmp_path / "site" / ".tts-pipeline"
    if link == ".tts-pipeline":
        state.parent.mkdir()
        state.symlink_to(outside)
    else:
        state.mkdir(parents=True)
        (state / link).symlink_to(outside / "precious.txt")
    with pytest.raises(PipelineError, match="symbolic link"):
        run_batch([], BatchOptions(site=tmp_path / "site"))
    assert [p.name for p in outside.iterdir()] == ["precious.txt"]
    assert (outside / "precious.txt").read_text() == "keep me"
