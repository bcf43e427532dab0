"""The batch coordinator: decides what to (re)make, hands the work out, and alone writes.

The work for one article is ``pipeline.render_episode(article, profile, settings)``,
which returns the episode's files in memory; an executor (``executors``) runs it: in-process,
in ``spawn`` worker processes, or on a Dask cluster, with at most ``IN_FLIGHT_PER_JOB``
articles per worker in flight. The coordinator holds the site's lock and writes every file:
episodes as they finish, the manifest after each (on a site of thousands, as often as
``SAVE_EVERY_SAVE_TIMES`` allows), then the index, and the feed last. Every write is atomic,
so the feed is valid at every moment, and a re-run after a crash or Ctrl-C finishes the work.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tts_pipeline import DISCLOSURE, __version__
from tts_pipeline.batch.checking import CheckLog, require_recognizer
from tts_pipeline.batch.config import PodcastConfig, default_config, load_config
from tts_pipeline.batch.gather import FeedOptions
from tts_pipeline.batch.gathered import Gathered
from tts_pipeline.batch.manifest import EpisodeRecord, Manifest
from tts_pipeline.batch.site import FEED_NAME, RESERVED_SLUGS, STATE_DIR
from tts_pipeline.errors import PipelineError, internal_error
from tts_pipeline.pipeline import (
    RenderedEpisode,
    RenderSettings,
    render_checked_episode,
    render_episode,
    warn_if_long,
)
from tts_pipeline.voices import VoiceProfile, load_profile

CONFIG_NAME = "podcast.toml"
"""Looked up in the site when no --config is given."""
IN_FLIGHT_PER_JOB = 2
"""Articles handed to each worker ahead of time; bounds the episodes held in memory."""
SAVE_EVERY_SAVE_TIMES = 9
"""The manifest is saved after an episode once this many times its last save's duration
has passed since: after every episode on a small site, and on a site of many thousands
(a save then takes seconds) at most a tenth of the coordinator's time goes to saving. What
a crash loses unsaved, the next run redoes."""


@dataclass(frozen=True)
class BatchOptions:
    site: Path
    config: Path | None = None
    """podcast.toml; default ``<site>/podcast.toml`` if it exists, else a local-only show."""
    jobs: int | None = None
    """Worker processes; None: one per core."""
    prune: bool = False
    """Remove episodes whose article is no longer among the inputs."""
    use_cache: bool = True
    voice: str | None = None
    """Voice profile; default the podcast configuration's."""
    language: str | None = None
    """Every article's language (ISO 639-1), over what its page and text say."""
    executor: str = "local"
    """Where articles are rendered: "local" (``jobs`` processes here) or "dask"."""
    scheduler: str | None = None
    """The Dask scheduler's address (``tcp://HOST:PORT``) for the "dask" executor."""
    cache: str | None = None
    """The clip cache: a folder or an fsspec URL, shared by the workers; None: each
    machine's own."""
    check: bool = False
    """Listen to each episode made with speech recognition (``check``); record the result."""
    check_fail: bool = False
    """Check, and keep an episode that fails out of the site (an earlier good one stays)."""
    feeds: FeedOptions = field(default_factory=FeedOptions)
    """Feed inputs: how many items, how politely fetched; when to stop early."""


@dataclass
class BatchReport:
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    """(source, reason)."""
    pruned: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    """Sources left for the next run (the cap on fetches, or a stop)."""
    feeds: dict[str, str] = field(default_factory=dict)
    """What each feed answered: its items, "not modified", "failed", backing off."""
    stopped: bool = False
    """A stop was asked for (``FeedOptions.stop``): the run ended between articles."""
    started: str = field(default_factory=lambda: f"{datetime.now():%Y-%m-%d %H:%M:%S}")
    """Local time."""
    synthesized: int = 0
    """Pieces of text the engine spoke in this run, over all episodes."""
    feed: Path | None = None
    other_voices: list[tuple[str, object, VoiceProfile, str]] = field(default_factory=list)
    """(source, article, voice, voice asked for) of each episode made in this run by another
    voice than the one asked for, which does not read the article's language."""
    checks: CheckLog = field(default_factory=CheckLog)

    def check_failures(self) -> list[tuple[str, str]]:
        return self.checks.published_failures(self.failed)

    def summary(self) -> str:
        text = (
            f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.failed)} failed"
        )
        text += self.checks.summary()
        text += f", {len(self.deferred)} left for the next run" if self.deferred else ""
        return text + (f", {len(self.pruned)} pruned" if self.pruned else "")

    def problems(self) -> list[str]:
        """A line for each failure (with its reason) and each feed left to back off."""
        return [failure_line(source, reason) for source, reason in self.failed] + self.waiting()

    def waiting(self) -> list[str]:
        """A line for each feed left to back off, and until when."""
        return [f"{f}: {s}" for f, s in self.feeds.items() if s.startswith("backing off")]


def failure_line(source: str, reason: str) -> str:
    """The line for a failed article: the source, then the reason, the source named once."""
    return f"failed: {reason}" if reason.startswith(f"{source}:") else f"failed: {source}: {reason}"


Progress = Callable[[int, int], None]
"""Called with (articles done, articles in all)."""


def run_batch(inputs: list[str], options: BatchOptions, progress: Progress | None = None):
    """Build or update the site at ``options.site`` from ``inputs``; return what happened."""
    from tts_pipeline.batch import site as site_files
    from tts_pipeline.batch.executors import check_options
    from tts_pipeline.batch.gather import Gathering
    from tts_pipeline.batch.inputs import expand_inputs_reporting
    from tts_pipeline.batch.roundlog import LOG_NAME, logged_round
    from tts_pipeline.batch.sitelock import site_lock

    site = options.site
    if site.exists() and not site.is_dir():
        from tts_pipeline.errors import OutputError

        raise OutputError(f"{site}: is a file, not a folder")
    site_files.refuse_foreign_files(site)
    config = _config(options)
    check_options(options)
    profile = load_profile(options.voice or config.voice)
    if options.language is not None:
        from tts_pipeline.language import given_language

        given_language(options.language)  # a wrong code fails the run, not every article
    if options.check or options.check_fail:
        require_recognizer()
    report = BatchReport()
    sources, report.failed = expand_inputs_reporting(inputs, exclude=site)
    with site_lock(site / STATE_DIR), logged_round(site / STATE_DIR / LOG_NAME, report):
        site_files.remove_stale_temporaries(site)
        manifest = site_files.load_manifest(site)
        cover_name, podcast_cover = site_files.podcast_cover(config, site, manifest)
        episode_cover = podcast_cover if config.image else None
        job = _Job(site, config, profile, options, manifest, episode_cover, report)
        settings = _hash(job.fingerprint())
        reading = Gathering.start(site, manifest, settings, options.feeds, report)
        job.gathered = reading.read(sources)
        job.run(progress)
        read = job.gathered
        if options.prune and read.whole and not (report.failed or report.deferred):
            report.pruned = site_files.prune(site, manifest, read.listed | read.in_feeds)
        manifest.save()
        site_files.write_site(site, config, manifest, cover_name)
        reading.settle()
        report.feed = site / FEED_NAME
    return report


@dataclass
class _Job:
    """One run over the sources: what changed goes to the executor; results are written."""

    site: Path
    config: PodcastConfig
    profile: VoiceProfile
    options: BatchOptions
    manifest: Manifest
    episode_cover: bytes | None
    report: BatchReport
    gathered: Gathered = field(default_factory=Gathered)
    """The sources, read."""
    _unsaved: int = 0
    """Episodes written since the manifest was last saved."""
    _saved_at: float = float("-inf")
    _save_seconds: float = 0.0
    """How long the last save of the manifest took."""

    def fingerprint(self) -> str:
        """Everything besides the input that shapes an episode (see _settings_fingerprint)."""
        fingerprint = _settings_fingerprint(self.profile, self.config, self.episode_cover)
        if self.options.language:  # the language given: every episode read in it anew
            fingerprint += f"\x00language={self.options.language}"
        return fingerprint

    def run(self, progress: Progress | None) -> None:
        from tts_pipeline.batch.executors import open_executor
        from tts_pipeline.batch.site import files_exist

        fingerprint = self.fingerprint()
        report = self.report
        total = len(self.gathered.documents) + len(report.failed) + len(report.unchanged)
        changed: list[tuple[str, object, str]] = []
        for source, gathered in self.gathered.documents:
            try:
                digest = _hash(fingerprint, self.gathered.read(source, gathered).text)
            except PipelineError as e:
                self.report.failed.append((source, str(e)))
                continue
            record = self.manifest.episodes.get(source)
            if record and record.input_hash == digest and files_exist(self.site, record):
                self.report.unchanged.append(source)
            else:
                changed.append((source, gathered, digest))  # a file: read again in its turn
        done = total - len(changed)
        if progress:
            progress(done, total)
        if not changed:  # nothing to render: no worker started, no cluster reached
            return
        executor = open_executor(self.options, self.profile, several=len(changed) > 1)
        with executor, self._saving():
            in_flight: dict[Future, tuple[str, str, object, str]] = {}
            for index, (source, document, digest) in enumerate(changed):
                if self._stop_asked(changed[index:]):
                    break
                settings = self._settings(source, document, digest, in_flight, executor)
                if settings is None:
                    done += 1
                    continue
                checked = self.options.check or self.options.check_fail
                render = render_checked_episode if checked else render_episode
                future = executor.submit(render, settings[0], self.profile, settings[1])
                in_flight[future] = (source, digest, settings[0], settings[1].name)
                while len(in_flight) >= executor.slots * IN_FLIGHT_PER_JOB:
                    done += self._finish(in_flight, FIRST_COMPLETED)
                    if progress:
                        progress(done, total)
            while in_flight:
                done += self._finish(in_flight, FIRST_COMPLETED)
                if progress:
                    progress(done, total)

    def _stop_asked(self, left: list) -> bool:
        """Whether to stop between articles (``FeedOptions.stop``): the rest wait."""
        stop = self.options.feeds.stop
        if stop is None or not stop():
            return False
        self.report.stopped = True
        self.report.deferred += [source for source, *_ in left]
        return True

    def _settings(self, source, document, digest, in_flight, executor):
        """Clean the article and choose its file names; None (and a failure) if it cannot be."""
        from tts_pipeline.extract import extract_article
        from tts_pipeline.language import with_language
        from tts_pipeline.publish.publishable import publishable

        try:
            document = self.gathered.read(source, document)
            article = with_language(extract_article(document), document, self.options.language)
        except PipelineError as e:
            self.report.failed.append((source, str(e)))
            return None
        except Exception as e:  # a bug met by one article must not stop the others
            self.report.failed.append((source, internal_error(e)))
            return None
        article = publishable(self.gathered.complete(source, article))
        warn_if_long(article, self.profile)
        record = self.manifest.episodes.get(source)
        slug = record.slug if record else self._new_slug(article, source, in_flight)
        settings = RenderSettings(
            name=slug,
            album=self.config.title,
            cover=self.episode_cover,
            use_cache=self.options.use_cache,
            jobs=executor.article_jobs,  # one article alone: its chunks use the cores
            cache=executor.cache,
        )
        return article, settings

    def _new_slug(self, article, source: str, in_flight) -> str:
        from tts_pipeline.publish.slug import slugify

        taken = self.manifest.slugs() | {meta[3] for meta in in_flight.values()} | RESERVED_SLUGS
        base = slugify(article.title or "", fallback=slugify(Path(source).stem))
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def _finish(self, in_flight: dict, mode) -> int:
        """Write the episodes that are done; return how many finished (written or failed)."""
        from tts_pipeline.audio.workers import TaskTimedOut, WorkerCrashed
        from tts_pipeline.publish.episode import write_episode

        finished, _ = wait(in_flight, return_when=mode)
        for future in [f for f in in_flight if f in finished]:  # in the order handed out
            source, digest, article, _ = in_flight.pop(future)
            try:
                rendered: RenderedEpisode = future.result()
                kept_out = self.report.checks.admit(source, rendered.check, self.options.check_fail)
                if kept_out:
                    self.report.failed.append((source, kept_out))
                    continue
                write_episode(rendered.files, self.site)
            except (PipelineError, WorkerCrashed, TaskTimedOut) as e:
                self.report.failed.append((source, str(e)))
                continue
            except Exception as e:  # a bug in one article must not stop the others
                self.report.failed.append((source, internal_error(e)))
                continue
            self._record(source, digest, article, rendered)
        return len(finished)

    def _record(self, source: str, digest: str, article, rendered: RenderedEpisode) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        previous = self.manifest.episodes.get(source)
        (self.report.updated if previous else self.report.new).append(source)
        self.report.synthesized += rendered.synthesized
        if rendered.voice and rendered.voice.name != self.profile.name:
            self.report.other_voices.append((source, article, rendered.voice, self.profile.name))
        self.manifest.episodes[source] = EpisodeRecord(
            source=source,
            guid=previous.guid
            if previous
            else self.manifest.new_guid(source, article.url, self.gathered.guid(source)),
            slug=rendered.files.files["audio"][0].removesuffix(".mp3"),
            input_hash=digest,
            title=article.title or rendered.files.files["audio"][0],
            first_seen=previous.first_seen if previous else now,
            updated=now,
            duration=round(rendered.duration, 3),
            mp3_bytes=len(rendered.files.mp3),
            files=rendered.files.names(),
            author=article.author,
            published=article.published,
            url=article.url,
            description=article.description,
            synthesized=rendered.synthesized,
            chapters=[[round(c.start, 3), c.title] for c in rendered.chapters],
            language=article.language,
            voice=rendered.voice.name if rendered.voice else None,
        )
        self._unsaved += 1
        if time.monotonic() - self._saved_at >= SAVE_EVERY_SAVE_TIMES * self._save_seconds:
            self._save_manifest()

    @contextlib.contextmanager
    def _saving(self):
        """Whatever happens (Ctrl-C included), the episodes written are recorded."""
        try:
            yield
        finally:
            if self._unsaved:
                self._save_manifest()

    def _save_manifest(self) -> None:
        started = time.monotonic()
        self.manifest.save()
        self._saved_at = time.monotonic()
        self._save_seconds, self._unsaved = self._saved_at - started, 0


def _config(options: BatchOptions) -> PodcastConfig:
    if options.config:
        return load_config(options.config)
    in_site = options.site / CONFIG_NAME
    return load_config(in_site) if in_site.is_file() else default_config(options.site)


def _settings_fingerprint(profile: VoiceProfile, config: PodcastConfig, cover: bytes | None) -> str:
    """Everything besides the input that shapes an episode's files."""
    settings = {
        "version": __version__,
        "disclosure": DISCLOSURE,
        "profile": profile.to_dict(),
        "album": config.title,
        "cover": hashlib.sha256(cover).hexdigest() if cover else None,
    }
    return json.dumps(settings, sort_keys=True)


def _hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()
