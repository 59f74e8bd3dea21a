"""The install step as a transaction: keyring entries, configuration file, registration with the tenant.

Order and why:

1. secrets to the keyring (bind password, refresh token, registration secret): a keyring that refuses is the
   most likely failure on a fresh machine, and it is found before anything else is written;
2. the configuration file (atomic write, 0600), without the agent id yet;
3. registration with the tenant's agent API; its answer (agent id, owner) is written into the configuration
   (a tenant without the agent API registers nothing: the agent has no id and the signed-in admin is its owner).

Any failure, and a cancel at any await, undoes what this transaction wrote: the configuration file is removed
and every keyring entry of this configuration's profile is deleted, so a later run starts from nothing. A
configuration that already exists is never overwritten (``already_configured``): rolling back must not destroy
someone's working agent. The registration itself cannot be undone from here (the tenant has marked a
single-use key as used); that is reported, not hidden.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from app.cloud.agentapi import Registration
from app.config import AgentConfig, ConfigStore
from app.errors import ConfigError, IdentityConnectError
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore

log = logging.getLogger(__name__)


StepCallback = Callable[[str, str], None]
"""``(step, status)``: step is an :class:`app.setup.flow.InstallStep` value, status running / passed / failed."""


class InstallTransaction:
    def __init__(
        self,
        paths: AgentPaths,
        config: AgentConfig,
        secrets: dict[SecretName, str],
        register: Callable[[], Awaitable[Registration | None]],
        *,
        secret_store: SecretStore | None = None,
    ) -> None:
        self.paths = paths
        self.config = config
        self._secrets = secrets
        self._register = register
        self.store = ConfigStore(paths.config_file)
        self.secret_store = secret_store or SecretStore(paths.profile)
        self._wrote_config = False
        self._wrote_secrets = False
        self.committed = False
        self.registration: Registration | None = None

    async def run(self, on_step: StepCallback | None = None) -> AgentConfig:
        def report(step: str, status: str) -> None:
            if on_step is not None:
                on_step(step, status)

        if self.store.exists():
            raise ConfigError(
                "a configuration already exists", code="already_configured", path=str(self.paths.config_file)
            )
        step = "save_secrets"
        try:
            report(step, "running")
            await self.secret_store.acheck_available()
            self._wrote_secrets = True
            for name, value in self._secrets.items():
                await self.secret_store.aset(name, value)
            report(step, "passed")

            step = "save_config"
            report(step, "running")
            self.paths.ensure()
            self._wrote_config = True
            await asyncio.to_thread(self.store.save, self.config)
            report(step, "passed")

            step = "register"
            report(step, "running")
            registration = await self._register()
            self.registration = registration
            if registration is not None:
                tenant = self.config.tenant.model_copy(
                    update={
                        "agent_id": registration.agent_id,
                        "owner_email": registration.owner.email,
                        "owner_name": registration.owner.name,
                    }
                )
                self.config = self.config.model_copy(update={"tenant": tenant})
                await asyncio.to_thread(self.store.save, self.config)
            report(step, "passed")
        except BaseException as exc:
            if not isinstance(exc, asyncio.CancelledError):
                report(step, "failed")
            self.rollback()
            if isinstance(exc, OSError):
                raise IdentityConnectError(str(exc), code="os_error", reason=exc.strerror or str(exc)) from exc
            raise
        self.committed = True
        return self.config

    def rollback(self) -> None:
        """Remove what this transaction wrote (safe to call more than once, and after a commit for Cancel)."""
        if self._wrote_config:
            self.store.delete()
            with contextlib.suppress(OSError):
                for leftover in self.paths.config_dir.glob(".config-*.tmp"):
                    leftover.unlink()
            self._wrote_config = False
        if self._wrote_secrets:
            try:
                self.secret_store.delete_all()
            except IdentityConnectError:
                log.warning("could not remove the keyring entries of profile %s", self.paths.profile)
                raise
            self._wrote_secrets = False
        self.committed = False
