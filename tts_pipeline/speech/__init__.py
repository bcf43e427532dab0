"""The speech script: sentences of the article (segment), what the voice says of each
(via ``normalize``), the framing a profile adds (disclosure, outro), texts cut to an engine's limit.

May import the shared root modules and ``normalize``; never audio, engines, publish or the CLI.
"""
