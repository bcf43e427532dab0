"""Batch: a podcast site (episodes, feed.xml, index.html) from many articles.

Modules: ``config`` (podcast.toml), ``inputs`` (what to read), ``manifest`` (what
the site holds), ``sitelock`` (one run per site), ``feed`` (RSS), ``site`` (the site's own
files: manifest, cover, index and feed, prune; every name kept inside the site), ``run`` (the
coordinator, which alone writes), ``executors`` (where articles are rendered: here or in local
workers), ``cluster`` (on a Dask cluster) and ``portable`` (an article's work as a task that
carries what a worker needs). The index page comes from ``tts_pipeline.publish.player``.
A newsroom's feeds as input: ``feeds`` (RSS, Atom, sitemaps to items), ``gather`` (read every
source politely; what is unchanged, deferred or failed), ``feedstate`` (what the site remembers
of its feeds), ``roundlog`` (a JSON line per run), ``watch`` (run after run), ``timespec``
(``--every``, ``--since``).

The top of the pipeline beside the CLI: it may import every part except the CLI.
"""
