"""``python -m tts_pipeline`` and the console script: the command line, and Ctrl-C as one
line even while it is still being imported.

Loading typer and the commands takes about a tenth of a second; a Ctrl-C in that time
would otherwise end in the interpreter's traceback. Only the standard library,
:mod:`.exits` and :mod:`.regex_cache` are imported before the command line is; the
expressions the command line compiles are built from the cache from then on.
"""

from __future__ import annotations

import contextlib
import os
import sys

from tts_pipeline import exits


def main() -> None:
    """Run the command line; an interruption before it handles them is one line too."""
    try:
        from tts_pipeline import regex_cache

        regex_cache.remember_compiled()
        from tts_pipeline.cli import main as run_command_line

        run_command_line()
    except (KeyboardInterrupt, RuntimeError) as error:
        interrupted = error if isinstance(error, KeyboardInterrupt) else None
        interrupted = interrupted or exits.wrapped_interruption(error)
        if interrupted is None:
            raise
        message, code = exits.interruption(interrupted)
        with contextlib.suppress(OSError, ValueError):  # stderr is gone
            sys.stderr.write(f"tts-pipeline: error: {message}\n")
            sys.stderr.flush()
        os._exit(code)


if __name__ == "__main__":
    main()
