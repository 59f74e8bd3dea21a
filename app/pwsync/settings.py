"""Password-sync settings as ``config.json`` keeps them (``password_sync``): whether it is on, where the agent
listens for DC agents, and each chosen DC with the state of its DC agent's installation."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class DcAgentState(StrEnum):
    """Where a DC's password-sync agent stands: install initiated → installed (→ connected, which the
    receiver knows), or install failed with its cause; likewise uninstall initiated → uninstalled."""

    NOT_INSTALLED = "not_installed"
    INSTALL_INITIATED = "install_initiated"
    INSTALLED = "installed"
    RESTART_NEEDED = "restart_needed"
    INSTALL_FAILED = "install_failed"
    UNINSTALL_INITIATED = "uninstall_initiated"
    UNINSTALLED = "uninstalled"


class PasswordSyncDc(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str = Field(min_length=1, max_length=253)
    state: DcAgentState = DcAgentState.NOT_INSTALLED
    detail: str | None = Field(default=None, max_length=500)  # the cause of a failure, in the installer's code
    changed_at: datetime | None = None


class PasswordSyncSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    enabled: bool = False
    listen_address: str = "0.0.0.0"
    port: int = Field(default=48443, ge=0, le=65535)
    # The names (or addresses) DC agents use to reach this agent; they go into its TLS certificate.
    agent_names: list[str] = Field(default_factory=list, max_length=20)
    domain_controllers: list[PasswordSyncDc] = Field(default_factory=list, max_length=100)
