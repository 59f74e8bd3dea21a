"""The sandbox's SCIM 2.0 service: scim2-server's WSGI application, wrapped with the tenant's rules.

- Only access tokens this tenant minted, with the ``scim`` scope and held by an administrator, are accepted.
- The admin who owns a registered agent cannot be set ``active=false`` or deleted (403, SCIM error).
- ``Identity-Connect-Provisioning`` on a user creation or re-activation records the notifications the
  tenant would have sent (password OTP to the user or the admin, welcome mail).
- Every write goes through to :class:`~sandbox.store.SandboxStore`, so ``--data`` keeps the directory;
  deleting a user also removes it from its groups, as a real directory does.
- Bulk (RFC 7644 §3.7) is advertised in ``/ServiceProviderConfig`` with the tenant's limits
  (:class:`~sandbox.tenant.TenantOptions`: ``bulk``, ``bulk_max_operations``, ``bulk_max_payload_size``) and
  enforced by scim2-server (413 beyond them, 501 when off); each operation goes through the same rules.
- A user's ``password`` (write-only in SCIM) is checked against the tenant's password policy (400
  ``invalidValue`` with the rule it breaks), stored only as an scrypt hash and removed from the resource, so
  it is never returned nor kept in cleartext; the user can then sign in at ``/sign-in``.
"""

from __future__ import annotations

import itertools
import re
import threading
from dataclasses import dataclass
from typing import Any

from scim2_models import (
    AuthenticationScheme,
    Bulk,
    External,
    ForbiddenException,
    InvalidValueException,
    Reference,
    Resource,
    ResourceType,
    ScimProvider,
    UnauthorizedException,
)
from scim2_server.applications.wsgi import WSGIApplication
from scim2_server.memory import InMemoryStorage
from scim2_server.requests import ScimRequest
from scim2_server.responses import ScimResponse
from scim2_server.service import ScimService
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)

from sandbox.store import SandboxStore
from sandbox.tenant import SCIM_SCOPE, SEED_ACCOUNTS, SandboxTenant, TenantOptions, TokenGrant

PROVISIONING_HEADER = "Identity-Connect-Provisioning"
_PASSWORD_NOTIFICATION = ("user", "admin", "none")
_WELCOME_MAIL = ("yes", "no")

BEARER_SCHEME = AuthenticationScheme(
    type=AuthenticationScheme.Type.oauthbearertoken,
    name="OAuth Bearer Token",
    description="Access token from the tenant's device-authorization grant, with the scim scope",
    spec_uri=Reference[External]("https://datatracker.ietf.org/doc/html/rfc6750"),
    primary=True,
)


@dataclass(frozen=True)
class ProvisioningOptions:
    password_notification: str = "none"
    welcome_mail: bool = False


def parse_provisioning_header(value: str | None) -> ProvisioningOptions | None:
    """``password-notification=user; welcome-mail=yes`` → options; unknown parameters are ignored."""
    if value is None:
        return None
    params: dict[str, str] = {}
    for part in value.split(";"):
        name, sep, val = part.strip().partition("=")
        if sep:
            params[name.strip().lower()] = val.strip().lower()
    password = params.get("password-notification", "none")
    welcome = params.get("welcome-mail", "no")
    if password not in _PASSWORD_NOTIFICATION or welcome not in _WELCOME_MAIL:
        raise InvalidValueException(
            detail=f"{PROVISIONING_HEADER}: password-notification must be user, admin or none, "
            "and welcome-mail yes or no"
        )
    return ProvisioningOptions(password, welcome == "yes")


@dataclass
class ScimCall:
    """Who is calling and with which provisioning options; set per request thread."""

    grant: TokenGrant | None = None
    provisioning: ProvisioningOptions | None = None


def bulk_config(supported: bool, max_operations: int, max_payload_size: int) -> Bulk:
    return Bulk(
        supported=supported,
        max_operations=max_operations if supported else 0,
        max_payload_size=max_payload_size if supported else 0,
    )


def build_provider(options: TenantOptions | None = None) -> ScimProvider:
    options = options or TenantOptions()
    config = load_default_service_provider_config()
    config.authentication_schemes = [BEARER_SCHEME]
    config.bulk = bulk_config(options.bulk, options.bulk_max_operations, options.bulk_max_payload_size)
    return ScimProvider.from_discovery(
        load_default_schemas().values(), load_default_resource_types().values(), config=config
    )


def _addresses(resource: Resource[Any]) -> list[str]:
    found = [str(getattr(resource, "user_name", "") or "")]
    for email in getattr(resource, "emails", None) or []:
        found.append(str(email.value or ""))
    return [a.lower() for a in found if a]


def _mail_address(resource: Resource[Any]) -> str | None:
    emails = getattr(resource, "emails", None) or []
    for email in sorted(emails, key=lambda e: not e.primary):
        if email.value:
            return str(email.value)
    user_name = str(getattr(resource, "user_name", "") or "")
    return user_name if "@" in user_name else None


MIN_PASSWORD_LENGTH = 8
# Passwords the tenant refuses whatever the directory allowed (a real service keeps a much longer list).
BANNED_PASSWORDS = frozenset({"password", "password1", "passw0rd", "12345678", "123456789", "qwertyui"})


def password_problem(password: str) -> str | None:
    """Why the tenant's password policy refuses ``password``, or None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"The password must have at least {MIN_PASSWORD_LENGTH} characters"
    if password.lower() in BANNED_PASSWORDS:
        return "The password is on the tenant's list of banned passwords"
    return None


class TenantScimStorage(InMemoryStorage):
    """scim2-server's in-memory storage, written through to the store and guarded by the tenant's rules."""

    def __init__(self, tenant: SandboxTenant, store: SandboxStore, call: threading.local) -> None:
        super().__init__()
        self.tenant = tenant
        self.store = store
        self._call = call
        self.group_type: ResourceType | None = None

    def current_call(self) -> ScimCall:
        call: ScimCall | None = getattr(self._call, "value", None)
        return call if call is not None else ScimCall()

    # -- persistence ---------------------------------------------------------------------------------------

    def restore(self, service: ScimService) -> None:
        """Load what a previous run stored; versions continue above the highest one seen."""
        loaded: list[Resource[Any]] = []
        highest = 0
        for type_name, document in self.store.list_scim_resources():
            model = service.get_model(service.get_resource_type(type_name))
            resource = model.model_validate(document)
            loaded.append(resource)
            match = re.search(r"(\d+)", str(resource.meta.version if resource.meta else ""))
            highest = max(highest, int(match.group(1)) if match else 0)
        with self.lock:
            self.resources = loaded
            self.versions = itertools.count(highest + 1)

    def _persist(self, resource_type: ResourceType, resource: Resource[Any]) -> None:
        self.store.put_scim_resource(resource_type.name, str(resource.id), resource.model_dump(mode="json"))

    # -- the tenant's rules --------------------------------------------------------------------------------

    def _is_owner(self, resource: Resource[Any]) -> bool:
        owners = self.tenant.owner_emails()
        return bool(owners) and any(address in owners for address in _addresses(resource))

    def _notify(self, user: Resource[Any], reason: str) -> None:
        call = self.current_call()
        options = call.provisioning
        if options is None:
            return
        details = {"user_id": user.id, "user_name": getattr(user, "user_name", None), "reason": reason}
        if options.password_notification == "user":
            self.tenant.record_notification("password_otp", recipient="user", to=_mail_address(user), **details)
        elif options.password_notification == "admin":
            admin = call.grant.account.email if call.grant else None
            self.tenant.record_notification("password_otp", recipient="admin", to=admin, **details)
        if options.welcome_mail:
            self.tenant.record_notification("welcome_mail", recipient="user", to=_mail_address(user), **details)

    def _take_password(self, resource_type: ResourceType, resource: Resource[Any]) -> str | None:
        """Remove the write-only password from the resource before it is stored; refuse one the policy
        does not allow."""
        password = getattr(resource, "password", None) if resource_type.name == "User" else None
        if password is None:
            return None
        problem = password_problem(str(password))
        if problem:
            raise InvalidValueException(detail=problem)
        resource.password = None  # type: ignore[attr-defined]
        return str(password)

    def _store_password(self, user_id: str, password: str | None) -> None:
        if password is not None:
            self.tenant.set_user_password(user_id, password)

    def create(self, resource_type: ResourceType, resource: Resource[Any]) -> Resource[Any]:
        with self.lock:
            password = self._take_password(resource_type, resource)
            created = super().create(resource_type, resource)
            self._persist(resource_type, created)
            self._store_password(str(created.id), password)
        if resource_type.name == "User":
            self._notify(created, "created")
        return created

    def update(
        self, resource_type: ResourceType, resource: Resource[Any], *, expected_version: str | None = None
    ) -> Resource[Any]:
        with self.lock:
            stored = self.get(resource_type, str(resource.id))
            was_active = getattr(stored, "active", None) is not False
            if resource_type.name == "User" and was_active and getattr(resource, "active", None) is False:
                if self._is_owner(stored) or self._is_owner(resource):
                    raise ForbiddenException(
                        detail="This user owns an Identity Connect agent and cannot be deactivated; "
                        "change the agent's owner first"
                    )
            password = self._take_password(resource_type, resource)
            updated = super().update(resource_type, resource, expected_version=expected_version)
            self._persist(resource_type, updated)
            self._store_password(str(updated.id), password)
        if resource_type.name == "User" and not was_active and getattr(updated, "active", None) is not False:
            self._notify(updated, "reactivated")
        return updated

    def delete(self, resource_type: ResourceType, resource_id: str, *, expected_version: str | None = None) -> None:
        with self.lock:
            stored = self.get(resource_type, resource_id)
            if resource_type.name == "User" and self._is_owner(stored):
                raise ForbiddenException(
                    detail="This user owns an Identity Connect agent and cannot be deleted; "
                    "change the agent's owner first"
                )
            super().delete(resource_type, resource_id, expected_version=expected_version)
            self.store.delete_scim_resource(resource_type.name, resource_id)
            if resource_type.name == "User":
                self._drop_memberships(resource_id)
                self.tenant.forget_user_password(resource_id)

    def _drop_memberships(self, user_id: str) -> None:
        for resource in self.resources:
            if resource.meta is None or resource.meta.resource_type != "Group":
                continue
            members = getattr(resource, "members", None) or []
            kept = [m for m in members if m.value != user_id]
            if len(kept) != len(members):
                group = resource.model_copy(deep=True)
                group.members = kept  # type: ignore[attr-defined]
                assert self.group_type is not None
                self._persist(self.group_type, super().update(self.group_type, group))


class TenantScimApplication(WSGIApplication):
    """scim2-server's WSGI application, authenticating with the tenant's access tokens."""

    def __init__(self, tenant: SandboxTenant, store: SandboxStore) -> None:
        provider = build_provider(tenant.options)
        self._call = threading.local()
        storage = TenantScimStorage(tenant, store, self._call)
        super().__init__(storage, provider, ScimService(provider))
        self.tenant = tenant
        self.scim_storage = storage
        storage.group_type = self.service.get_resource_type("Group")
        storage.restore(self.service)
        if tenant.options.seed_scim_users and not store.list_scim_resources():
            self._seed_users()

    def _seed_users(self) -> None:
        user_type = self.service.get_resource_type("User")
        model = self.service.get_model(user_type)
        for seed in SEED_ACCOUNTS:
            given, _, family = seed.name.partition(" ")
            user = model.model_validate(
                {
                    "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                    "userName": seed.email,
                    "displayName": seed.name,
                    "name": {"givenName": given, "familyName": family},
                    "emails": [{"value": seed.email, "primary": True, "type": "work"}],
                    "active": True,
                }
            )
            self.scim_storage.create(user_type, user)

    def set_bulk(self, supported: bool, max_operations: int = 1000, max_payload_size: int = 1_048_576) -> None:
        """Change the Bulk limits the service advertises and enforces from the next request on (a tenant whose
        admin changed them, for an agent that is already set up)."""
        self.service.config.bulk = bulk_config(supported, max_operations, max_payload_size)

    def check_auth(self, request: ScimRequest) -> None:
        scheme, _, token = (request.header("Authorization") or "").partition(" ")
        grant = self.tenant.token_grant(token.strip()) if scheme.lower() == "bearer" and token else None
        if grant is None:
            raise UnauthorizedException(detail="A valid access token of this tenant is required")
        if SCIM_SCOPE not in grant.scopes:
            raise ForbiddenException(detail="The access token lacks the scim scope")
        if not grant.account.is_admin:
            raise ForbiddenException(detail="Only administrators of this tenant may provision")
        self._call.value.grant = grant

    def dispatch_request(self, request: ScimRequest) -> ScimResponse:
        self._call.value = ScimCall(provisioning=parse_provisioning_header(request.header(PROVISIONING_HEADER)))
        try:
            return super().dispatch_request(request)
        finally:
            self._call.value = None

    # -- read access for the admin view and tests ----------------------------------------------------------

    def user_by_name(self, user_name: str) -> dict[str, Any] | None:
        wanted = user_name.strip().lower()
        for user in self.resources_of("User"):
            if str(user.get("userName", "")).lower() == wanted:
                return user
        return None

    def sign_in_directory_user(self, user_name: str, password: str) -> dict[str, Any] | None:
        """The user, when ``password`` is the one last set for them and their account is active."""
        user = self.user_by_name(user_name)
        if user is None or user.get("active") is False:
            return None
        return user if self.tenant.check_user_password(str(user["id"]), password) else None

    def resources_of(self, type_name: str) -> list[dict[str, Any]]:
        with self.scim_storage.lock:
            return [
                r.model_dump(mode="json")
                for r in self.scim_storage.resources
                if r.meta is not None and r.meta.resource_type == type_name
            ]
