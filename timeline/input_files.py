"""Reading the command line's input files, which may be anything: bounded reads (a FILE of /dev/zero or an
endless pipe never fills memory), JSON Lines split only at "\\n" (U+2028 or U+0085 inside a string is text, not a
line end), and an `InputError` naming the file (and line) and the problem instead of any traceback."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

from .document import MAX_DOCUMENT_CHARS

# UTF-8 takes at most 4 bytes a character, so a longer file holds more characters than allowed (3 for a BOM).
_MAX_BYTES_PER_CHAR = 4
# A JSON line holding one document at the limit: 12 bytes a character when every one is an astral character
# written as a surrogate-pair escape ("\ud83d\ude00"), plus room for the other fields.
MAX_LINE_BYTES = 12 * MAX_DOCUMENT_CHARS + 1_000_000
_SNIFF_BYTES = 8192


class InputError(ValueError):
    """Bad arguments or unreadable input; the message names the file (and line) and the problem."""


@contextmanager
def open_input(path: str) -> Iterator[BinaryIO]:
    """The file at `path` (`-`: standard input) as a buffered binary stream, refused when it starts like a
    binary file (a NUL byte in its first 8 KB)."""
    if path == "-":
        if sys.stdin is None:
            raise InputError("-: there is no standard input to read")
        yield _checked(sys.stdin.buffer, path)
        return
    try:
        stream = open(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    with stream:
        yield _checked(stream, path)


def _checked(stream: BinaryIO, path: str) -> BinaryIO:
    try:
        start = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[attr-defined]
    except OSError as error:  # e.g. a directory
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if b"\x00" in start:
        raise InputError(f"{path}: binary file, expected UTF-8 text")
    return stream


def read_text_file(path: str, max_chars: int = MAX_DOCUMENT_CHARS) -> str:
    """The UTF-8 text of the file at `path` (`-`: standard input), at most `max_chars` characters; reads no
    more bytes than so many characters can take."""
    limit = _MAX_BYTES_PER_CHAR * max_chars + 3
    with open_input(path) as stream:
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    too_long = f"more than the limit of {max_chars:,} characters for one document"
    if len(data) > limit:
        raise InputError(f"{path}: {too_long}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {error.start})") from None
    if len(text) > max_chars:
        raise InputError(f"{path}: {len(text):,} characters, {too_long}")
    return text


def json_lines(path: str) -> Iterator[tuple[str, Any]]:
    """Each non-blank line of a JSON Lines file as (`"path:line"`, its value), read one line at a time."""
    with open_input(path) as stream:
        for number in itertools.count(1):
            where = f"{path}:{number}"
            try:
                raw = stream.readline(MAX_LINE_BYTES + 1)
            except OSError as error:
                raise InputError(f"{where}: cannot read ({error.strerror or error})") from None
            if not raw:
                return
            if len(raw) > MAX_LINE_BYTES:
                raise InputError(f"{where}: line longer than {MAX_LINE_BYTES:,} bytes")
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                raise InputError(f"{where}: not UTF-8 text (invalid byte at offset {error.start})") from None
            if line.strip():
                yield where, parse_json(line, where)


def check_encodable(value: str, where: str, name: str) -> None:
    """Refuse a JSON string that holds an unpaired surrogate ("\\ud800"): valid JSON, but no character, so it
    could be neither tagged sensibly nor written out as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        character = value[error.start]
        raise InputError(f"{where}: \"{name}\" holds an unpaired surrogate ({character!r}), not text") from None


def parse_json(line: str, where: str) -> Any:
    """One JSON value; malformed, too deeply nested or too long numbers are an `InputError` naming `where`."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: not readable JSON (nested too deeply)") from None
    except ValueError:  # the only other failure: an integer longer than Python converts
        digits = sys.get_int_max_str_digits()
        raise InputError(f"{where}: not readable JSON (a number of more than {digits:,} digits)") from None
