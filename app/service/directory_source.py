"""The directory as the agent service hands it to the sync engine: the engine's own
:class:`app.sync.sources.LdapDirectorySource`, over a connection opened for each read.

Why a connection per read: the service lives for weeks; a domain controller that restarted between two
scheduled runs, or a bind password changed in the keyring, is simply picked up by the next run instead of
failing it on a stale socket. ``open_reader`` is called at the start of every read and the connection is
closed at its end.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

from app.ldap.dirsync import DeletionDetection
from app.ldap.reader import DirectoryReader
from app.sync.ports import DeltaRequest, SourceRead
from app.sync.settings import SyncSettings
from app.sync.sources import LdapDirectorySource

ReaderOpener = Callable[[], Awaitable[DirectoryReader]]


class PerReadDirectorySource:
    """A :class:`app.sync.ports.DirectorySource` that opens its own reader for every read."""

    def __init__(self, open_reader: ReaderOpener) -> None:
        self._open_reader = open_reader
        # How the last read found (or would find) deletions: the status says whether they reach the cloud
        # at the next run or only after the next presence listing.
        self.deletion_detection: DeletionDetection | None = None
        # Why the last delta read answered None (the source's code), for the engine (ExplainsFullRead).
        self.full_read_reason: str | None = None

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        async with await self._open_reader() as reader:
            source = LdapDirectorySource(reader)
            try:
                return await source.read_full(settings, known)
            finally:
                self.deletion_detection = source.deletion_detection or self.deletion_detection

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        self.full_read_reason = None
        async with await self._open_reader() as reader:
            source = LdapDirectorySource(reader)
            try:
                return await source.read_delta(settings, request)
            finally:
                self.full_read_reason = source.full_read_reason
                self.deletion_detection = source.deletion_detection or self.deletion_detection


__all__ = ["PerReadDirectorySource", "ReaderOpener"]
