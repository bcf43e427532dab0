"""Keep the process's memory from growing with the length of what it renders.

glibc's malloc raises its mmap threshold each time a large block is freed, so later
large arrays come from the heap, where freed memory stays with the process: rendering
an hour of audio, array by array, held 290 MB this way. A fixed threshold keeps every
large array in its own mapping, returned to the system when freed (196 MB).
"""

from __future__ import annotations

import ctypes
import sys

MMAP_THRESHOLD = 4194304
"""Bytes: allocations this large or larger get their own mapping."""
_M_MMAP_THRESHOLD = -3
"""``mallopt`` parameter number, from glibc's malloc.h."""


def keep_large_arrays_mapped() -> None:
    """Fix glibc's mmap threshold (no effect on other C libraries or systems)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except (OSError, AttributeError):
        return
