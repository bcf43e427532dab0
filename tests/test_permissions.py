"""Files and folders the user may not read or write: one clear line, its own exit code, and
nothing lost. The permission bits are real; as root (who passes every check) the CLI runs
under ``setpriv`` without the capabilities that override them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_errors import one_error_line

NO_OVERRIDE = "-dac_override,-dac_read_search"
STORY = (
    "A bridge opens\n\nThe town opened its new bridge on Monday morning. "
    "Hundreds of people walked across it in the rain.\n"
)


def as_user(*args: str) -> subprocess.CompletedProcess:
    """Run the CLI as a user bound by permission bits, root or not."""
    command = [sys.executable, "-m", "tts_pipeline", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("as root, permission bits are only honoured under setpriv")
        command = [setpriv, f"--bounding-set={NO_OVERRIDE}", f"--inh-caps={NO_OVERRIDE}", *command]
    return subprocess.run(command, capture_output=True, timeout=600)


@pytest.fixture
def locked(tmp_path):
    """Make paths unreadable or read-only; give the bits back so tmp_path can be removed."""
    changed: list[Path] = []

    def lock(path: Path, mode: int) -> Path:
        changed.append(path)
        path.chmod(mode)
        return path

    yield lock
    for path in changed:
        path.chmod(0o755)


@pytest.mark.parametrize("command", [["clean"], ["script", "--no-clean"], ["speak", "--no-clean"]])
def test_an_unreadable_article(tmp_path, locked, command):
    article = tmp_path / "story.txt"
    article.write_text(STORY)
    locked(article, 0o000)
    line = one_error_line(as_user(*command, str(article)), 2, "cannot read")
    assert str(article) in line and "Permission denied" in line


def test_a_folder_that_cannot_be_written_keeps_the_episode_already_there(tmp_path, locked):
    article = tmp_path / "story.txt"
    article.write_text(STORY)
    folder = tmp_path / "episodes"
    folder.mkdir()
    episode = folder / "story.mp3"
    episode.write_bytes(b"an earlier good episode")
    locked(folder, 0o555)
    result = as_user("speak", str(article), "--no-clean", "-o", str(episode))
    one_error_line(result, 6, str(folder), "not writable")
    assert episode.read_bytes() == b"an earlier good episode"
    assert sorted(p.name for p in folder.iterdir()) == ["story.mp3"]


def test_a_site_in_a_folder_that_cannot_be_written(tmp_path, locked):
    article = tmp_path / "story.txt"
    article.write_text(STORY)
    parent = tmp_path / "public"
    parent.mkdir()
    locked(parent, 0o555)
    result = as_user("batch", str(article), "--site", str(parent / "site"))
    one_error_line(result, 6, "Permission denied")
    assert list(parent.iterdir()) == []


@pytest.mark.engine
def test_an_unreadable_article_does_not_stop_the_others(tmp_path, locked):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "bridge.txt").write_text(STORY)
    (articles / "library.txt").write_text(
        "Late opening\n\nThe library will stay open late on Fridays. The mayor said so.\n"
    )
    unreadable = locked(articles / "library.txt", 0o000)
    site = tmp_path / "site"
    result = as_user("batch", str(articles), "--site", str(site), "-j", "1")
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err and "internal error" not in err
    failures = [line for line in err.splitlines() if "failed:" in line]
    assert len(failures) == 1 and failures[0].count(str(unreadable)) == 1, err
    assert "Permission denied" in failures[0]
    assert "1 new, 0 updated, 0 unchanged, 1 failed" in result.stdout.decode()
    assert [p.name for p in site.glob("*.mp3")] == ["a-bridge-opens.mp3"]
    assert "A bridge opens" in (site / "feed.xml").read_text()
