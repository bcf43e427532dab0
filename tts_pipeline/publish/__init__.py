"""Publish one episode: ID3 tags, chapters, cover, the sidecars (WebVTT, SRT, chapters and
episode JSON) and the embeddable player, written together, whole or not at all.

May import only the shared root modules; it gets the audio as data (``models.EpisodeAudio``).
"""
