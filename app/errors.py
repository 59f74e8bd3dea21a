"""The agent core's exception tree.

``app/`` raises these and returns enums/codes, never sentences meant for a person; ``ui/`` (and the CLI's
message table) turns each ``code`` into words and an action.

    IdentityConnectError            every error the core raises on purpose; ``code`` is a stable string
    ├── ConfigError                 configuration file missing, malformed or failing validation
    ├── SecretStoreError            no usable keyring, or the keyring refused
    ├── DirectoryError              (app.ldap) host names, DNs, filters, connection, TLS, bind, reads
    ├── CloudError                  (app.cloud) installation key, tenant, device flow, tokens, SCIM, agent API
    ├── SyncError                   (app.sync) planning, safety stops, journal
    └── AgentBusyError              another agent already runs this configuration
"""

from __future__ import annotations


class IdentityConnectError(Exception):
    """Base of every deliberate error; ``code`` identifies it for message tables and JSON output."""

    code: str = "error"

    def __init__(self, message: str = "", *, code: str | None = None, **details: object) -> None:
        super().__init__(message or (code or self.code))
        if code is not None:
            self.code = code
        self.details: dict[str, object] = dict(details)


class ConfigError(IdentityConnectError):
    code = "config_invalid"


class SecretStoreError(IdentityConnectError):
    code = "keyring_unavailable"


class DirectoryError(IdentityConnectError):
    code = "directory_error"


class CloudError(IdentityConnectError):
    code = "cloud_error"


class SyncError(IdentityConnectError):
    code = "sync_error"


class AgentBusyError(IdentityConnectError):
    code = "agent_busy"
