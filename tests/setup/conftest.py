"""Fixtures for the setup tests: the sandbox tenant, the Samba AD DC, and a private configuration folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import app.ldap  # noqa: F401  (imports ldap3 quietly before anything else does)
from app.paths import AgentPaths
from app.secrets import SecretStore


@pytest.fixture
def agent_paths(tmp_path: Path) -> Iterator[AgentPaths]:
    paths = AgentPaths.resolve(tmp_path / "agent")
    yield paths
    SecretStore(paths.profile).delete_all()
