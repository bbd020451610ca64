"""The malloc settings: real on glibc, a safe no-op on any other C library."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline import malloc_tuning


@pytest.fixture(autouse=True)
def fresh_lookup() -> Iterator[None]:
    """Each test looks the C library up again, and leaves no fake one cached for later tests."""
    malloc_tuning._glibc.cache_clear()
    malloc_tuning.limit_malloc_growth.cache_clear()
    yield
    malloc_tuning._glibc.cache_clear()
    malloc_tuning.limit_malloc_growth.cache_clear()


class OtherLibc:
    """A C library without glibc's functions (as ctypes sees macOS's or musl's): any call would fail loudly."""

    def __init__(self, name: str) -> None:
        self.name = name


def test_no_c_library_found_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc_tuning.ctypes.util, "find_library", lambda name: None)
    assert malloc_tuning.limit_malloc_growth() is False
    assert malloc_tuning.release_free_memory() is False


def test_another_c_library_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(malloc_tuning.ctypes.util, "find_library", lambda name: "libc.dylib")
    monkeypatch.setattr(malloc_tuning.ctypes, "CDLL", OtherLibc)
    assert malloc_tuning.limit_malloc_growth() is False
    assert malloc_tuning.release_free_memory() is False


# A fresh interpreter that loads the module alone (a long-lived one, or one that imported the whole package, may
# serve the block from free space its heap already holds): a large block freed raises glibc's threshold above it, as
# a server's earlier pages do; then how much of a 1 MB block gets a mapping of its own.
MAPPED_AFTER_LARGE_FREE = """
import ctypes, importlib.util, sys
spec = importlib.util.spec_from_file_location("malloc_tuning", "timeline/malloc_tuning.py")
malloc_tuning = importlib.util.module_from_spec(spec)
spec.loader.exec_module(malloc_tuning)
class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]
libc = ctypes.CDLL("libc.so.6")
libc.mallinfo2.restype = MallInfo2
libc.malloc.restype = ctypes.c_void_p
libc.free.argtypes = [ctypes.c_void_p]
libc.free(libc.malloc(8 << 20))
if sys.argv[1] == "tuned":
    assert malloc_tuning.limit_malloc_growth()
before = libc.mallinfo2().hblkhd
block = libc.malloc(1 << 20)
mapped = libc.mallinfo2().hblkhd - before
libc.free(block)
print(mapped, libc.mallinfo2().hblkhd - before)
"""


def mapped_bytes(mode: str) -> tuple[int, int]:
    """Bytes mapped on their own for a 1 MB block, and still mapped after it is freed."""
    result = subprocess.run([sys.executable, "-c", MAPPED_AFTER_LARGE_FREE, mode], capture_output=True, text=True,
                            check=True, cwd=Path(__file__).resolve().parent.parent)
    mapped, after_free = result.stdout.split()
    return int(mapped), int(after_free)


def test_on_glibc_a_large_block_is_mapped_on_its_own_and_returned_when_freed() -> None:
    if malloc_tuning._glibc() is None:
        pytest.skip("not glibc")
    assert mapped_bytes("default")[0] == 0  # glibc's own behaviour: carved out of the heap, kept when freed
    mapped, after_free = mapped_bytes("tuned")
    assert mapped >= 1 << 20
    assert after_free == 0  # unmapped when freed: back to the system
    assert malloc_tuning.release_free_memory() is True
