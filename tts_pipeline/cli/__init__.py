"""Command line: parse arguments, call the pipeline, turn errors into one-line messages.

``app`` holds the typer application and the error handling; each module beside it adds its
commands. The CLI may import every part; no part imports it.
"""

from tts_pipeline.cli import article, listing, site, watch  # noqa: F401  (each adds its commands)
from tts_pipeline.cli.app import app, main

__all__ = ["app", "main"]
