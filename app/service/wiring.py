"""Production wiring: builds the sync backend and the cloud link from a loaded configuration.

Filled in as the engine (app/sync), directory (app/ldap) and cloud (app/cloud) pieces land.
"""

from __future__ import annotations

from app.config import AgentConfig
from app.errors import SyncError
from app.paths import AgentPaths
from app.service.backend import CloudLink, SyncBackend


def make_backend(config: AgentConfig, paths: AgentPaths) -> SyncBackend:
    raise SyncError("the sync engine is not available in this build", code="engine_unavailable")


def make_cloud_link(config: AgentConfig, paths: AgentPaths) -> CloudLink:
    raise SyncError("the cloud link is not available in this build", code="engine_unavailable")
