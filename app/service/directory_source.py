"""The directory as the agent service hands it to the sync engine: the engine's own
:class:`app.sync.sources.LdapDirectorySource`, over a connection opened for each read.

Why a connection per read: the service lives for weeks; a domain controller that restarted between two
scheduled runs, or a bind password changed in the keyring, is simply picked up by the next run instead of
failing it on a stale socket. ``open_reader`` is called at the start of every read and the connection is
closed at its end.

One addition on AD delta reads: the change search finds deletions only as tombstones, and tombstones are
visible only to accounts allowed to list the Deleted Objects container, which a low-rights reader account
(the recommended bind account) is not. So after the engine's delta read, the users in scope are listed by
anchor (no attributes, one cheap paged search) and every managed anchor that is neither there nor already
explained by the delta (changed, moved out, tombstoned) is reported as having left the scope: the less
destructive reading, and what a full read concludes for the same user. Without it, a user deleted in AD
would stay active in the cloud until the next full run.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Awaitable, Callable, Mapping

from app.errors import DirectoryError
from app.ldap.reader import DirectoryReader
from app.sync.model import ReadKind, SourceSnapshot
from app.sync.ports import DeltaRequest, SourceRead
from app.sync.settings import SyncSettings
from app.sync.sources import LdapDirectorySource

log = logging.getLogger(__name__)

ReaderOpener = Callable[[], Awaitable[DirectoryReader]]


class PerReadDirectorySource:
    """A :class:`app.sync.ports.DirectorySource` that opens its own reader for every read."""

    def __init__(self, open_reader: ReaderOpener) -> None:
        self._open_reader = open_reader

    async def read_full(self, settings: SyncSettings, known: Mapping[str, str]) -> SourceRead:
        reader = await self._open_reader()
        try:
            return await LdapDirectorySource(reader).read_full(settings, known)
        finally:
            await reader.close()

    async def read_delta(self, settings: SyncSettings, request: DeltaRequest) -> SourceRead | None:
        reader = await self._open_reader()
        try:
            read = await LdapDirectorySource(reader).read_delta(settings, request)
            if read is None or not reader.is_ad or not read.snapshot.complete or not settings.scope.includes_users:
                return read
            return await _with_unseen_deletions(reader, settings, request, read)
        finally:
            await reader.close()


async def _with_unseen_deletions(
    reader: DirectoryReader, settings: SyncSettings, request: DeltaRequest, read: SourceRead
) -> SourceRead:
    snapshot = read.snapshot
    explained = {o.anchor for o in (*snapshot.users, *snapshot.groups)}
    explained |= snapshot.out_of_scope | {t.anchor for t in snapshot.tombstones}
    present: set[str] = set()
    try:
        async for user in reader.iter_users(settings.scope.ous):
            present.add(user.anchor)
    except DirectoryError as exc:
        log.error("listing the users in scope stopped: %s", exc.code)
        return SourceRead(SourceSnapshot(read_kind=ReadKind.DELTA, complete=False))
    unseen = {a for a in request.ledger_dns if a not in present and a not in explained}
    if not unseen:
        return read
    log.info("%d managed objects are no longer in scope (no tombstone visible to the bind account)", len(unseen))
    return dataclasses.replace(
        read, snapshot=dataclasses.replace(snapshot, out_of_scope=snapshot.out_of_scope | frozenset(unseen))
    )


__all__ = ["PerReadDirectorySource", "ReaderOpener"]
