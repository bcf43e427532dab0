"""Allow ``python -m tts_pipeline``."""

from tts_pipeline.cli import main

main()
