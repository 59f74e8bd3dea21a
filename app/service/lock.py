"""One agent per configuration: an exclusive lock on the configuration's lock file, on POSIX and Windows.

The lock belongs to an open file, so it disappears with the process however it ends (``kill -9`` included):
no stale lock files to clean up. The holder writes its pid into the file so a second agent can say who is
running.

The platform difference lives in the three ``_try_lock`` / ``_unlock`` / ``_probe`` functions below, which
import their module when called (never at module level, so this module imports on every platform):

- POSIX: ``fcntl.flock`` on the whole file.
- Windows: ``msvcrt.locking`` on one byte far beyond the pid. Windows byte-range locks are mandatory, so
  locking the pid itself would stop a second agent from reading who holds the lock.

The lock file is opened with ``O_NOFOLLOW`` (where the platform has it), mode 0600, in a private folder.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from types import TracebackType

from app.errors import AgentBusyError, ConfigError
from app.private_files import O_NOFOLLOW, ensure_private_dir, open_private

# The byte locked on Windows: far past anything written to the file (locking past the end is allowed there).
_WINDOWS_LOCK_OFFSET = 0x7FFF_0000


def _try_lock(fd: int, *, shared: bool = False) -> bool:
    """Take the lock without waiting; False if another holder has it."""
    if sys.platform == "win32":
        import msvcrt

        # msvcrt has no shared lock; the probe takes the exclusive one and gives it back at once.
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _write_pid(fd: int, pid: int | None) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    if pid is not None:
        os.write(fd, f"{pid}\n".encode("ascii"))


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`AgentBusyError` (``details["pid"]``: the holder's pid, if known)."""
        if self._fd is not None:
            return
        ensure_private_dir(self.path.parent)
        try:
            fd = open_private(self.path, os.O_RDWR | os.O_CREAT)
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            # O_NOFOLLOW met a symlink where the lock file belongs: someone wants the pid written elsewhere.
            raise ConfigError(
                str(self.path),
                code="config_folder_unsafe",
                path=str(self.path.parent),
                file=str(self.path),
                reason="symlink",
            ) from None
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise AgentBusyError(
                f"another agent holds {self.path}", path=str(self.path), pid=holder_pid(self.path)
            ) from None
        _write_pid(fd, os.getpid())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _write_pid(fd, None)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def holder_pid(path: Path) -> int | None:
    """The pid written by the current holder, or None."""
    try:
        fd = os.open(path, os.O_RDONLY | O_NOFOLLOW)
    except OSError:
        return None
    try:
        text = os.read(fd, 32).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    finally:
        os.close(fd)
    return int(text) if text.isdigit() else None


def is_locked(path: Path) -> bool:
    """Whether some process (this one included, through another descriptor) holds the lock now."""
    try:
        fd = os.open(path, os.O_RDONLY | O_NOFOLLOW)
    except FileNotFoundError:
        return False
    except OSError:
        # A lock file we may not open, or a symlink planted in its place: nobody we trust holds it.
        return False
    try:
        if not _try_lock(fd, shared=True):
            return True
        _unlock(fd)
    finally:
        os.close(fd)
    return False
