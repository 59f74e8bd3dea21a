"""The setup steps as one flow, shared by the Qt wizard and ``identity-connect-agent setup``.

    check_key (offline) -> validate_key (tenant discovery + online check) -> start_sign_in (device code)
    -> finish_sign_in (tokens, userinfo, must be a tenant admin) -> check_directory (staged LDAP
    diagnostics) -> install (see :mod:`app.setup.install`)

:class:`SetupFlow` keeps what each step learned, so a later step cannot run before the one it needs
(:class:`SetupStepError`, code ``setup_out_of_order``). Every network step is ``async`` and cancellable: the
wizard cancels a running step when the admin presses Retry, Back or Cancel, and the flow is left as it was
before that step. Nothing is written to disk or the keyring before :meth:`SetupFlow.install`.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from app import __version__
from app.cloud.agentapi import AgentApiClient, Registration
from app.cloud.deviceflow import AdminIdentity, DeviceAuthorization, DeviceFlow, DeviceFlowEvent, TokenSet
from app.cloud.http import HttpSettings
from app.cloud.installkey import InstallationKey, parse_key
from app.cloud.tenant import KeyValidation, validate_installation_key
from app.cloud.tokens import BearerAuth, TokenManager
from app.config import AgentConfig, TenantSettings
from app.errors import IdentityConnectError
from app.ldap.diagnostics import DiagnosticsReport, Stage, StageResult, run_diagnostics
from app.ldap.discovery import SrvTarget, discover_domain_controllers
from app.ldap.settings import LdapSettings
from app.paths import AgentPaths
from app.secrets import SecretName, SecretStore
from app.setup.directory import DirectoryInput, FieldIssue, form_issues
from app.setup.install import InstallTransaction


class InstallStep(StrEnum):
    """The steps of :meth:`SetupFlow.install`, in order."""

    SAVE_SECRETS = "save_secrets"
    SAVE_CONFIG = "save_config"
    REGISTER = "register"


def stage_key(dc: str, stage: Stage, several: bool) -> str:
    """The id of one DC's diagnostic stage, in a checklist and in :attr:`StageReport.stage`: the stage's code
    when one DC is checked, ``dc/stage`` when ``several`` are."""
    return f"{dc}/{stage.value}" if several else stage.value


class DiagnosticRow(NamedTuple):
    """One line of the checklist drawn before a directory check starts: ``key`` as :func:`stage_key` makes it,
    the DC, and the stage's code."""

    key: str
    dc: str
    stage: str

    @property
    def names_dc(self) -> bool:
        """Whether several DCs are checked, so the row's label says which DC it is about."""
        return self.key != self.stage


@dataclass(frozen=True)
class StageReport:
    """One diagnostic stage as a front end shows it: ``stage`` is its :func:`stage_key`, ``name`` the stage's
    code (dns, tcp, tls, …); ``status`` is running, passed, failed or skipped; a failure has the error ``code``
    and ``details``; ``certificate`` is the presented certificate, as text, when TLS failed."""

    stage: str
    name: str
    status: str
    host: str | None = None
    code: str | None = None
    details: dict[str, object] = field(default_factory=dict)
    summary: str = ""
    certificate: str = ""


class DirectoryCheckError(IdentityConnectError):
    """The directory check failed; ``code`` is the failing stage's code (an app.ldap error code)."""

    code = "directory_error"


_CERT_FIELDS = ("subject", "issuer", "not_before", "not_after", "dns_names", "san", "serial", "fingerprint_sha256")


def describe_certificate(data: dict[str, object]) -> str:
    """The presented certificate as ``field: value`` lines (fields as the directory layer reports them)."""
    lines = []
    for name in (*_CERT_FIELDS, *sorted(k for k in data if k not in _CERT_FIELDS)):
        value = data.get(name)
        if value in (None, "", []) or name in ("host", "port", "reason"):
            continue
        shown = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
        lines.append(f"{name}: {shown}")
    return "\n".join(lines)


def _summary(result: StageResult) -> str:
    """A short, language-neutral fact for a passed stage (addresses, port, naming context)."""
    data = result.data
    if result.stage is Stage.DNS:
        return ", ".join(str(a) for a in data.get("addresses", []))
    if result.stage is Stage.TCP:
        return f"{data.get('address', '')}:{data.get('port', '')}"
    if result.stage is Stage.TLS:
        return str(data.get("subject", ""))
    if result.stage is Stage.BIND:
        return str(data.get("identity", ""))
    if result.stage is Stage.ROOT_DSE:
        return str(data.get("default_naming_context", "") or "")
    return ""


class SetupStepError(IdentityConnectError):
    """A step was asked for before the step it depends on (a programming error in a front end)."""

    code = "setup_out_of_order"


def default_device_name() -> str:
    """What the admin sees on the sign-in page and in the tenant's agent list: this computer's name."""
    name = platform.node().split(".")[0] or "identity-connect"
    return re.sub(r"[^A-Za-z0-9-]", "-", name).upper()[:63]


@dataclass
class SetupState:
    """Everything the steps have learned so far. Secrets are excluded from ``repr``."""

    key_text: str = field(default="", repr=False)
    key: InstallationKey | None = None
    validation: KeyValidation | None = None
    authorization: DeviceAuthorization | None = None
    tokens: TokenSet | None = field(default=None, repr=False)
    admin: AdminIdentity | None = None
    directory: DirectoryInput | None = None
    """What passed the directory check, bind password included (``DirectoryInput`` keeps it out of ``repr``)."""


class SetupFlow:
    """One setup, from installation key to installed agent. Front ends call the steps in order."""

    def __init__(
        self,
        paths: AgentPaths,
        *,
        http: HttpSettings | None = None,
        device_name: str | None = None,
    ) -> None:
        self.paths = paths
        self.http = http or HttpSettings()
        self.device_name = device_name or default_device_name()
        self.state = SetupState()
        self._device_flow: DeviceFlow | None = None
        self._transaction: InstallTransaction | None = None

    # ---- installation key ----
    @staticmethod
    def check_key(text: str) -> InstallationKey:
        """Offline: decode the key and verify its checksum. Raises InstallationKeyError (key_checksum, …)."""
        return parse_key(text)

    async def validate_key(self, text: str) -> KeyValidation:
        """Online: discover the tenant the key names and ask it whether the key is usable."""
        key = parse_key(text)
        validation = await validate_installation_key(key, http=self.http)
        self.state = SetupState(key_text=text.strip(), key=key, validation=validation)
        self._device_flow = None
        return validation

    # ---- sign-in ----
    def _flow(self) -> DeviceFlow:
        validation = self.state.validation
        if validation is None:
            raise SetupStepError("validate the installation key first")
        if self._device_flow is None or self._device_flow.device_name != self.device_name:
            tenant = validation.tenant
            self._device_flow = DeviceFlow(
                tenant.oauth, tenant.client_id, tenant.scopes, self.device_name, http=self.http
            )
        return self._device_flow

    async def start_sign_in(self) -> DeviceAuthorization:
        """Ask for a new device code; a previous code is forgotten (its poll should be cancelled first)."""
        flow = self._flow()
        self.state.authorization = None
        self.state.tokens = None
        self.state.admin = None
        authorization = await flow.start()
        self.state.authorization = authorization
        return authorization

    async def finish_sign_in(self, on_event: Callable[[DeviceFlowEvent], None] | None = None) -> AdminIdentity:
        """Wait for the admin to approve the code, then read who signed in; refuses non-admins (not_admin)."""
        authorization = self.state.authorization
        if authorization is None:
            raise SetupStepError("start the sign-in first")
        flow = self._flow()
        tokens = await flow.wait_for_tokens(authorization, on_event)
        admin = (await flow.fetch_userinfo(tokens.access_token)).require_admin()
        self.state.tokens = tokens
        self.state.admin = admin
        return admin

    @property
    def tenant_ca_file(self) -> Path | None:
        verify = self.http.verify
        return Path(verify) if isinstance(verify, (str, Path)) else None

    # ---- directory ----
    @staticmethod
    def directory_issues(values: DirectoryInput) -> list[FieldIssue]:
        """Offline problems with what was typed (see :func:`app.setup.directory.form_issues`)."""
        return form_issues(values)

    @staticmethod
    def diagnostic_rows(values: DirectoryInput) -> list[DiagnosticRow]:
        """Every stage the check will go through, in order, so a checklist can be drawn before it starts. Keys
        match :attr:`StageReport.stage`."""
        dcs = values.domain_controllers
        several = len(dcs) > 1
        return [DiagnosticRow(stage_key(dc, stage, several), dc, stage.value) for dc in dcs for stage in Stage]

    async def suggest_domain_controllers(self, domain: str) -> list[SrvTarget]:
        """DCs of ``domain`` from DNS SRV records, best first (SrvNotFoundError when there are none). Those not
        ``in_domain`` must be confirmed by the admin before they are used."""
        return await discover_domain_controllers(domain)

    async def check_directory(
        self, values: DirectoryInput, on_stage: Callable[[StageReport], None] | None = None
    ) -> DiagnosticsReport:
        """Run the staged diagnostics against every DC, binding with ``values.password``; succeed only when every
        DC passes every stage, and then hold ``values`` for :meth:`install`.

        ``on_stage`` sees a ``running`` report before each stage and the outcome after it; stage keys are
        ``stage`` for one DC and ``dc/stage`` for several. Failure raises :class:`DirectoryCheckError` with the
        first failing stage's code and data (so Retry / what-to-do follow from the code).
        """
        issues = form_issues(values)
        if issues:
            first = issues[0]
            raise DirectoryCheckError("the form has problems", code=first.code, **first.details)
        settings = values.to_settings()
        stages = list(Stage)
        several = len(settings.domain_controllers) > 1

        def key(dc: str, stage: Stage) -> str:
            return stage_key(dc, stage, several)

        def report(report: StageReport) -> None:
            if on_stage is not None:
                on_stage(report)

        def start_dc(position: int) -> None:
            dcs = settings.domain_controllers
            if position < len(dcs):
                first = stages[0]
                report(StageReport(key(dcs[position], first), first.value, "running", host=dcs[position]))

        def seen(result: StageResult) -> None:
            data = dict(result.data)
            certificate = describe_certificate(data) if not result.ok and result.stage is Stage.TLS else ""
            report(
                StageReport(
                    stage=key(result.dc, result.stage),
                    name=result.stage.value,
                    status="passed" if result.ok else "failed",
                    host=result.dc,
                    code=None if result.ok else result.detail,
                    details={"host": result.dc, "port": settings.effective_port, **data},
                    summary=_summary(result),
                    certificate=certificate,
                )
            )
            index = stages.index(result.stage)
            if result.ok and index + 1 < len(stages):
                following = stages[index + 1]
                report(StageReport(key(result.dc, following), following.value, "running", host=result.dc))
            else:  # this DC is done (passed everything, or stopped at its first failure): on to the next one
                start_dc(settings.domain_controllers.index(result.dc) + 1)

        start_dc(0)
        result = await run_diagnostics(settings, values.password, on_stage=seen)
        if not result.ok:
            failure = next(r for r in result.results if not r.ok)
            details: dict[str, object] = {**dict(failure.data), "stage": failure.stage.value}
            details.setdefault("host", failure.dc)
            details.setdefault("port", settings.effective_port)
            raise DirectoryCheckError(
                f"directory check failed at {failure.stage.value} on {failure.dc}", code=failure.detail, **details
            )
        self.state.directory = values.model_copy(deep=True)
        return result

    def directory_input(self) -> DirectoryInput:
        """What passed the directory check (a copy: editing it changes nothing here)."""
        if self.state.directory is None:
            raise SetupStepError("check the directory connection first")
        return self.state.directory.model_copy(deep=True)

    # ---- install ----
    def _config(self, settings: LdapSettings) -> AgentConfig:
        validation = self.state.validation
        if validation is None or self.state.tokens is None or self.state.key is None:
            raise SetupStepError("sign in first")
        tenant = validation.tenant
        verify = self.http.verify
        return AgentConfig(
            device_name=self.device_name,
            tenant=TenantSettings(
                tenant_url=tenant.tenant_url,
                issuer=tenant.issuer,
                client_id=tenant.client_id,
                scim_base_url=tenant.scim_base_url,
                agent_api_url=tenant.agent_api_url,
                scopes=list(tenant.scopes),
                owner_email=self.state.admin.email if self.state.admin else None,
                owner_name=self.state.admin.name if self.state.admin else None,
                verify_tls=verify is not False,
                ca_file=Path(verify) if isinstance(verify, (str, Path)) else None,
            ),
            ldap=settings,
        )

    async def install(self, on_step: Callable[[InstallStep, str], None] | None = None) -> AgentConfig:
        """Write the configuration and secrets and register the agent, all or nothing (see app.setup.install),
        with the directory connection (and bind password) that passed :meth:`check_directory`."""
        tokens, key = self.state.tokens, self.state.key
        if tokens is None or key is None:
            raise SetupStepError("sign in first")
        directory = self.directory_input()
        config = self._config(directory.to_settings())
        # The key's registration secret is not stored: it is sent once, when the agent registers, and nothing
        # needs it afterwards (app.secrets removes a copy an earlier version kept).
        secrets = {SecretName.LDAP_BIND_PASSWORD: directory.password.get_secret_value()}
        if tokens.refresh_token:
            secrets[SecretName.REFRESH_TOKEN] = tokens.refresh_token
        self.rollback()
        store = SecretStore(self.paths.profile)
        transaction = InstallTransaction(self.paths, config, secrets, lambda: self._register(store), secret_store=store)
        self._transaction = transaction

        def report(step: str, status: str) -> None:
            if on_step is not None:
                on_step(InstallStep(step), status)

        return await transaction.run(report)

    async def _register(self, store: SecretStore) -> Registration | None:
        validation, tokens, key = self.state.validation, self.state.tokens, self.state.key
        if validation is None or tokens is None or key is None:
            raise SetupStepError("sign in first")
        tenant = validation.tenant
        if tenant.agent_api_url is None:
            # A tenant without the agent API still provisions; the agent's status then stays local.
            return None
        manager = TokenManager(tenant.oauth.token_endpoint, tenant.client_id, store, http=self.http)
        await manager.astore(tokens)
        client = AgentApiClient(tenant.agent_api_url, BearerAuth(manager), http=self.http)
        directory = self.state.directory
        return await client.register(
            key, self.device_name, __version__, directory.domain_controllers if directory else []
        )

    def rollback(self) -> None:
        """Undo the last install (Cancel in the wizard, Ctrl+C in the terminal); nothing if none ran."""
        transaction, self._transaction = self._transaction, None
        if transaction is not None:
            transaction.rollback()
