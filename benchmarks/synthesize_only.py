"""Synthesize an article through tts-pipeline and stop there: no MP3, no files.

    python synthesize_only.py ARTICLE VOICE

The benchmark compares this with an engine's own command line (Piper's), which also
only synthesizes: reading and cleaning the article, the speech script, the engine's
workers and every clip, as `speak` does them, without the mastering and encoding after.
"""

import sys

from tts_pipeline.audio.cache import ClipStore
from tts_pipeline.pipeline import make_script, read_article, synthesize_script
from tts_pipeline.voices import load_profile


def main() -> int:
    profile = load_profile(sys.argv[2])
    script = make_script(read_article(sys.argv[1]), profile=profile)
    with ClipStore(None) as store:
        for _ in synthesize_script(script, profile, store).clips:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
