"""glibc malloc settings for a long-running server process, set from inside it.

A Streamlit server runs each script run in a new thread. glibc's malloc gives threads arenas of their own (up to 8
per core) and, once a large block has been freed, serves ever larger blocks from those arenas instead of mapping
them on their own; the freed space stays scattered in the arenas and the server's resident memory creeps up page
load after page load. `MALLOC_ARENA_MAX` in the environment would limit the arenas, but a hosted server (Streamlit
Community Cloud) starts before any of our code runs. These calls change the same settings at run time; on any other
C library (macOS, Windows, musl) they do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

# mallopt parameters, from glibc's <malloc.h>
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8

ARENA_MAX = 2
# glibc's own starting value for both thresholds. Setting them fixes them there: glibc would otherwise raise them
# (up to 32 MB) after each large free, and large blocks would then be carved out of the arenas.
THRESHOLD_BYTES = 128 * 1024


@cache
def _glibc() -> ctypes.CDLL | None:
    """The process's C library if it is glibc (the only one with these settings), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.gnu_get_libc_version  # noqa: B018 - present in glibc only
    except (OSError, AttributeError):
        return None
    return libc


@cache
def limit_malloc_growth() -> bool:
    """Once per process: fewer malloc arenas for the threads still to come, and large blocks mapped and unmapped
    on their own. True if glibc took the settings; False (nothing changed) on another C library."""
    libc = _glibc()
    if libc is None:
        return False
    return all(libc.mallopt(parameter, value) == 1 for parameter, value in (
        (M_ARENA_MAX, ARENA_MAX), (M_MMAP_THRESHOLD, THRESHOLD_BYTES), (M_TRIM_THRESHOLD, THRESHOLD_BYTES)))


def release_free_memory() -> bool:
    """Hand the free pages malloc keeps in all its arenas back to the system (`malloc_trim(0)`).
    True if glibc did; False on another C library."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True
