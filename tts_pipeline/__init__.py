"""tts_pipeline: turn a news article into a podcast-ready MP3, offline."""

__version__ = "0.1.0"

DISCLOSURE = "This audio is created with AI assistance"
"""The disclosure spoken or written wherever the audio is published."""
