"""Files written together under temporary names: none is left behind, whatever happens."""

from __future__ import annotations

import os

import pytest

from tts_pipeline.errors import OutputError
from tts_pipeline.files import staged_outputs


def test_files_appear_together_and_no_temporary_stays(tmp_path):
    with staged_outputs() as stage:
        stage.write(tmp_path / "a.txt", "first")
        stage.write(tmp_path / "b.txt", b"second")
        assert not (tmp_path / "a.txt").exists()  # nothing in place before the block ends
    assert (tmp_path / "a.txt").read_text() == "first"
    assert (tmp_path / "b.txt").read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_an_error_in_the_block_leaves_the_old_file_and_no_temporary(tmp_path):
    (tmp_path / "a.txt").write_text("good")
    with pytest.raises(RuntimeError), staged_outputs() as stage:
        stage.write(tmp_path / "a.txt", "half")
        raise RuntimeError("failed")
    assert (tmp_path / "a.txt").read_text() == "good"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_ctrl_c_right_after_the_temporary_is_made_leaves_none(tmp_path, monkeypatch):
    """The temporary is staged before it exists, so an interrupt at any point is cleaned."""
    real_open = os.open

    def open_then_interrupt(path, flags, *args, **kwargs):
        handle = real_open(path, flags, *args, **kwargs)
        if str(path).endswith(".tmp"):
            os.close(handle)
            raise KeyboardInterrupt
        return handle

    monkeypatch.setattr(os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt), staged_outputs() as stage:
        stage.write(tmp_path / "feed.xml", "<rss/>")
    assert list(tmp_path.iterdir()) == []


def test_a_name_already_taken_is_not_removed(tmp_path, monkeypatch):
    """When the temporary name exists (someone else's file), the error leaves that file."""
    import uuid

    taken = tmp_path / ".feed.xml.000000000000.tmp"
    taken.write_text("not ours")
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=0))
    with pytest.raises(OutputError), staged_outputs() as stage:
        stage.write(tmp_path / "feed.xml", "<rss/>")
    assert taken.read_text() == "not ours"
    assert not (tmp_path / "feed.xml").exists()
