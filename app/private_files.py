"""Protection of the agent's local files: who may read them, who may have written them.

Everything the agent keeps on disk (configuration, service state, status, the SQLite state and its
``-wal``/``-shm``, the mailbox, logs) names users, hosts and the tenant, so it is private to the account the
agent runs as:

- POSIX: files 0600, folders 0700, a process umask of 077 (:func:`restrict_umask`) so that files created by
  libraries (SQLite, log rotation) are private too. A folder that another user owns or that others may write
  is refused (:func:`ensure_private_dir`): whoever can write there could plant a configuration or a command.
  Lock and mailbox files are opened with ``O_NOFOLLOW``, and mailbox commands count only when the file
  belongs to the agent's own user (:func:`owned_by_current_user`).
- Windows: mode bits mean little there (only the read-only flag). The files live in the per-user profile
  (or the service account's profile), whose ACL already limits access to that account and the
  administrators; the calls below are harmless no-ops where the platform has no equivalent.

All platform differences of file protection live here; nothing else looks at ``st_uid`` or mode bits.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from app.errors import ConfigError

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700
PRIVATE_UMASK = 0o077
# Where the platform has it, O_NOFOLLOW makes open() fail on a symlink instead of following it.
O_NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
# Windows opens files in text mode unless told otherwise; everything here is bytes.
O_BINARY: int = getattr(os, "O_BINARY", 0)

IS_POSIX = sys.platform != "win32"


def restrict_umask() -> None:
    """Files and folders this process creates are private from the start (umask 077)."""
    os.umask(PRIVATE_UMASK)


def owned_by_current_user(info: os.stat_result) -> bool:
    """Whether a file belongs to the account this process runs as."""
    if sys.platform == "win32":
        # st_uid is always 0 on Windows; ownership there is the profile folder's ACL, which only this account
        # (and administrators) may write.
        return True
    return info.st_uid == os.geteuid()


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (0700) or check an existing one. Refuses, with ``ConfigError("config_folder_unsafe")``,
    a folder owned by another user or writable by others; tightens one that others may read."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if not IS_POSIX:
        return
    info = folder.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise ConfigError(str(folder), code="config_folder_unsafe", path=str(folder), reason="not_a_folder")
    if not owned_by_current_user(info):
        raise ConfigError(str(folder), code="config_folder_unsafe", path=str(folder), reason="other_owner")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ConfigError(str(folder), code="config_folder_unsafe", path=str(folder), reason="writable_by_others")
    if stat.S_IMODE(info.st_mode) != PRIVATE_DIR_MODE:
        os.chmod(folder, PRIVATE_DIR_MODE)


def check_private_dir(folder: Path) -> None:
    """Like :func:`ensure_private_dir` for a folder that must already exist; a missing folder passes (the
    caller then meets the missing file itself)."""
    if folder.is_dir():
        ensure_private_dir(folder)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 (files written before the agent set its umask)."""
    if not IS_POSIX:
        return
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) & ~PRIVATE_FILE_MODE:
        os.chmod(path, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Make sure ``path`` exists as a regular 0600 file (never through a symlink), keeping its contents.

    Used for the SQLite database before SQLite opens it: SQLite gives its ``-wal`` and ``-shm`` files the
    database file's permissions, so they are private too whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | O_NOFOLLOW | O_BINARY, PRIVATE_FILE_MODE)
    os.close(fd)
    make_private(path)


def open_private(path: Path, flags: int) -> int:
    """``os.open`` with mode 0600 that refuses to follow a symlink (where the platform can)."""
    return os.open(path, flags | O_NOFOLLOW | O_BINARY, PRIVATE_FILE_MODE)


def read_private_bytes(path: Path, *, limit: int, require_owner: bool = False, nofollow: bool = True) -> bytes:
    """The bytes of a regular file, by default read without following a symlink. Raises ``OSError`` for a
    symlink (with ``nofollow``), a non-regular file, a file of another user (with ``require_owner``) or one
    larger than ``limit``."""
    fd = os.open(path, os.O_RDONLY | (O_NOFOLLOW if nofollow else 0) | O_BINARY)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path} is not a regular file")
        if require_owner and not owned_by_current_user(info):
            raise PermissionError(f"{path} belongs to another user")
        if info.st_size > limit:
            raise OSError(f"{path} is larger than {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 65536):
            size += len(chunk)
            if size > limit:  # the file grew while we read it
                raise OSError(f"{path} is larger than {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_private_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all-or-nothing (temp file in the same folder + replace), mode 0600.

    ``mkstemp`` creates the temp file 0600 (exclusively, never through a symlink); ``os.replace`` then swaps
    it in, replacing (not following) whatever was at ``path``."""
    ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, PRIVATE_FILE_MODE)  # on the path: os.fchmod does not exist on Windows before 3.13
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
