"""The malloc settings: real on glibc, a safe no-op on any other C library."""

from __future__ import annotations

import ctypes
from collections.abc import Iterator

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


class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def test_on_glibc_a_large_block_is_mapped_on_its_own_and_returned_when_freed() -> None:
    libc = malloc_tuning._glibc()
    if libc is None:
        pytest.skip("not glibc")
    libc.mallinfo2.restype = MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    # A large block freed raises glibc's threshold above it, as a server's earlier pages do.
    libc.free(libc.malloc(8 << 20))
    assert malloc_tuning.limit_malloc_growth() is True
    mapped_before = libc.mallinfo2().hblkhd
    block = libc.malloc(1 << 20)
    assert libc.mallinfo2().hblkhd >= mapped_before + (1 << 20)  # its own mapping, not space in an arena
    libc.free(block)
    assert libc.mallinfo2().hblkhd == mapped_before  # unmapped: back to the system
    assert malloc_tuning.release_free_memory() is True
