"""Audio: synthesize clips with an engine (cached by content), lay them out, master the
loudness, render and encode the MP3, decode it again to check it.

May import the shared root modules and ``engines``; it knows nothing of pages, publishing
or the CLI.
"""
