"""The kit's three ways of touching files, each done one safe way, in one place.

- SQLite is opened read-only and always closed: ``with sqlite3.connect(path) as db`` commits but does not
  close, and on Windows an open file can be neither deleted nor replaced (``read_only``).
- A file is proved to be a regular file before it is opened and again once it is open, so that a name
  pointing at ``/dev/zero`` or a FIFO is refused instead of read forever (``open_regular``, ``read_bounded``).
- A file is written beside its target, flushed to disk, checked (size, read back) and only then renamed over
  the target, so a full disk, a killed process or a power cut leaves the old file or the new one, never half
  of one; the error names the file the user knows, not the temporary one (``replacing``, ``write_atomically``).

Nothing here imports Qt; the window and the command line write their files through these helpers too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

BLOCK = 1 << 16


class UnsafeFile(OSError):
    """A name that is not a regular file, or one larger than the caller allows: refused before reading it."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(errno.EINVAL, reason, str(path))
        self.reason = reason


# -- SQLite -----------------------------------------------------------------------------------------


def connect_read_only(path: Path | str, **kwargs: object) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``): nothing done through it can change the file."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, **kwargs)  # type: ignore[arg-type]


@contextlib.contextmanager
def read_only(path: Path | str) -> Iterator[sqlite3.Connection]:
    """``with read_only(path) as db:`` — a read-only connection that is closed when the block ends."""
    with contextlib.closing(connect_read_only(path)) as db:
        yield db


# -- reading ----------------------------------------------------------------------------------------


def open_regular(path: Path | str, max_bytes: int | None = None) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file (at most ``max_bytes`` long).

    ``os.stat`` follows symbolic links, so a link to ``/dev/zero`` is seen as the character device it is.
    The file is opened non-blocking (a FIFO swapped in after the check cannot hang the open) and checked
    again through the open descriptor, so what is read is what was checked.
    """
    before = os.stat(path)
    if not stat.S_ISREG(before.st_mode):
        raise UnsafeFile(path, "not a regular file")
    if max_bytes is not None and before.st_size > max_bytes:
        raise UnsafeFile(path, f"larger than {max_bytes} bytes")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        after = os.fstat(fd)
        same = (after.st_dev, after.st_ino) == (before.st_dev, before.st_ino) or not after.st_ino
        if not stat.S_ISREG(after.st_mode) or not same:
            raise UnsafeFile(path, "not a regular file")
        if max_bytes is not None and after.st_size > max_bytes:
            raise UnsafeFile(path, f"larger than {max_bytes} bytes")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path | str, max_bytes: int) -> bytes:
    """The whole of a small regular file, refusing one that is (or grows) larger than ``max_bytes``."""
    with open_regular(path, max_bytes) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnsafeFile(path, f"larger than {max_bytes} bytes")
    return data


def sha256_file(path: Path | str) -> str:
    import hashlib  # not at import: OpenSSL's loading is start-up time, and most runs hash nothing

    digest = hashlib.sha256()
    with open_regular(path) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# -- writing ----------------------------------------------------------------------------------------


def check_writable_target(target: Path | str) -> None:
    """Raise ``UnsafeFile`` unless ``target`` is absent or a regular file: renaming a file over a device
    (``-o /dev/full``) or a folder must be refused, not attempted."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise UnsafeFile(target, "not a regular file")


def _fsync_folder(folder: Path) -> None:
    """Flush the rename itself to disk, as far as the system allows. Best effort: once the file has its
    name, the replacement has happened, and reporting it as failed would be untrue."""
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals the rename itself
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def replacing(target: Path | str, mode: int = 0o644, prefix: str = ".fiitdesk-") -> Iterator[Path]:
    """``with replacing(target) as tmp:`` — write ``tmp`` (beside ``target``, same file system); when the
    block ends without error, ``tmp`` is flushed to disk and renamed over ``target``. On any error nothing
    is left behind and ``target`` is as it was. An ``OSError`` names ``target``, never the temporary file."""
    target = Path(target)
    check_writable_target(target)
    try:
        handle, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _naming(exc, target) from exc
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as out:
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        _fsync_folder(target.parent)
    except OSError as exc:
        raise _naming(exc, target) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomically(target: Path | str, data: bytes, mode: int = 0o644) -> None:
    """Replace ``target`` by ``data``, completely or not at all (see ``replacing``): the written file is
    flushed, its size checked and its content read back before it takes the target's name."""
    with replacing(target, mode) as tmp:
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with open_regular(tmp) as back:
            same = back.read() == data
        if tmp.stat().st_size != len(data) or not same:
            raise OSError(errno.EIO, "the file written is incomplete (is the disk full?)", str(target))


def _naming(exc: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for (a full disk's ENOSPC names no file at all)."""
    if isinstance(exc, UnsafeFile) or exc.filename == str(target):
        return exc
    return OSError(exc.errno, exc.strerror or str(exc), str(target))
