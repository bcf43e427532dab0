"""Support for the browser tests: a local HTTP server that honours Range, and Chromium."""
