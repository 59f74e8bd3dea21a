"""The sandbox tenant's HTTP surface (Werkzeug WSGI): discovery, the OAuth 2.0 device-authorization issuer
and its sign-in page, OIDC userinfo, the agent API, the admin view and admin API, and the SCIM service
mounted at ``/scim/v2``.

Requests become calls on :class:`~sandbox.tenant.SandboxTenant`; this module only translates. Injected
faults (see :class:`~sandbox.tenant.FaultPlan`) are applied here, before routing, because they stand for
what the network or an overloaded server does.
"""

from __future__ import annotations

import hmac
import json
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from sandbox.scim import TenantScimApplication
from sandbox.tenant import (
    CLIENT_ID,
    DEVICE_CODE_GRANT,
    SUPPORTED_SCOPES,
    Account,
    AgentApiError,
    Fault,
    FaultKind,
    OAuthError,
    SandboxTenant,
    TokenGrant,
)

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

SESSION_COOKIE = "sandbox_session"
ADMIN_COOKIE = "sandbox_admin"
SESSION_TTL = 15 * 60.0
SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    response = Response(json.dumps(body), status=status, mimetype="application/json")
    response.headers["Cache-Control"] = "no-store"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def oauth_error(error: OAuthError) -> Response:
    headers = {"WWW-Authenticate": 'Bearer error="invalid_client"'} if error.status == 401 else None
    return json_response({"error": error.error, "error_description": error.description}, error.status, headers)


@dataclass
class SignInSession:
    """One browser's progress through the device sign-in page."""

    csrf: str
    created: float
    user_code: str | None = None
    account: Account | None = None


# -- HTML ----------------------------------------------------------------------------------------------------

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.connected { color: #11691d; font-weight: bold; } .disconnected { color: #a11; font-weight: bold; }
.error { color: #a11; } label { display: block; margin: 0.5rem 0; } code { font-size: 1.1em; }
"""


def page(title: str, body: str, status: int = 200, *, refresh: int | None = None) -> Response:
    # The admin view reloads itself, so an agent's state and last sync follow without pressing F5.
    reload = f'<meta http-equiv="refresh" content="{int(refresh)}">' if refresh else ""
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">{reload}<title>{escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "<p>None.</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _text(value: Any) -> str:
    return "—" if value is None or value == "" else escape(str(value))


# -- the application ---------------------------------------------------------------------------------------


class SandboxWebApp:
    """The WSGI application of one sandbox tenant."""

    def __init__(self, tenant: SandboxTenant, scim: TenantScimApplication, admin_token: str) -> None:
        self.tenant = tenant
        self.scim = scim
        self.admin_token = admin_token
        self._sessions: dict[str, SignInSession] = {}
        self._sessions_lock = threading.Lock()
        self.url_map = Map(
            [
                Rule("/", endpoint="home", methods=["GET"]),
                Rule("/.well-known/identity-connect", endpoint="tenant_discovery", methods=["GET"]),
                Rule("/.well-known/openid-configuration", endpoint="oidc_discovery", methods=["GET"]),
                Rule("/oauth/device_authorization", endpoint="device_authorization", methods=["POST"]),
                Rule("/oauth/token", endpoint="token", methods=["POST"]),
                Rule("/oauth/userinfo", endpoint="userinfo", methods=["GET", "POST"]),
                Rule("/device", endpoint="device_code_form", methods=["GET"]),
                Rule("/device", endpoint="device_code_submit", methods=["POST"]),
                Rule("/device/sign-in", endpoint="device_sign_in", methods=["POST"]),
                Rule("/device/decision", endpoint="device_decision", methods=["POST"]),
                Rule("/sign-in", endpoint="user_sign_in_form", methods=["GET"]),
                Rule("/sign-in", endpoint="user_sign_in", methods=["POST"]),
                Rule("/agent-api/v1/installation-keys/validate", endpoint="validate_key", methods=["POST"]),
                Rule("/agent-api/v1/agents", endpoint="register_agent", methods=["POST"]),
                Rule("/agent-api/v1/agents/<agent_id>", endpoint="get_agent", methods=["GET"]),
                Rule("/agent-api/v1/agents/<agent_id>/heartbeat", endpoint="heartbeat", methods=["PUT"]),
                Rule("/agent-api/v1/agents/<agent_id>/owner", endpoint="change_owner", methods=["POST"]),
                Rule("/admin", endpoint="admin_view", methods=["GET"]),
                Rule("/admin/api/agents", endpoint="admin_agents", methods=["GET"]),
                Rule("/admin/api/notifications", endpoint="admin_notifications", methods=["GET"]),
                Rule("/admin/api/users", endpoint="admin_users", methods=["GET"]),
                Rule("/admin/api/groups", endpoint="admin_groups", methods=["GET"]),
                Rule("/admin/api/keys", endpoint="admin_keys", methods=["GET", "POST"]),
                Rule("/admin/api/keys/<key_hash>/revoke", endpoint="admin_revoke_key", methods=["POST"]),
                Rule("/admin/api/faults", endpoint="admin_faults", methods=["GET", "POST", "DELETE"]),
            ],
            strict_slashes=False,
        )

    # -- WSGI entry ----------------------------------------------------------------------------------------

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "") or "/"
        if not path.startswith("/admin"):
            fault = self.tenant.faults.take(path)
            if fault is not None:
                return self._suffer(fault, environ, start_response)
        return self._serve(environ, start_response)

    def _serve(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "") or "/"
        if path == "/scim" or path.startswith("/scim/"):
            environ["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "") + "/scim"
            environ["PATH_INFO"] = path.removeprefix("/scim")
            return self.scim(environ, start_response)
        request = Request(environ)
        try:
            adapter = self.url_map.bind_to_environ(environ)
            endpoint, values = adapter.match()
            handler: Callable[..., Response] = getattr(self, f"on_{endpoint}")
            response = handler(request, **values)
        except NotFound:
            response = json_response({"error": "not_found"}, 404)
        except MethodNotAllowed as exc:
            response = json_response(
                {"error": "method_not_allowed"}, 405, {"Allow": ", ".join(exc.valid_methods or [])}
            )
        except HTTPException as exc:
            response = json_response({"error": exc.name.lower().replace(" ", "_")}, exc.code or 400)
        return response(environ, start_response)

    def _suffer(self, fault: Fault, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if fault.kind is FaultKind.DROP_AFTER:
            # Carry the request out in full (its answer is made and thrown away), then drop the connection.
            answer = self._serve(environ, lambda status, headers, exc_info=None: lambda data: None)
            try:
                for _ in answer:
                    pass
            finally:
                close = getattr(answer, "close", None)
                if close is not None:
                    close()
        if fault.kind in (FaultKind.DROP, FaultKind.DROP_AFTER):
            # Close the connection without an answer, as a crashed proxy or a cut network would.
            sock: socket.socket | None = environ.get("werkzeug.socket")
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            raise ConnectionAbortedError("injected fault: connection dropped")
        status = int(fault.kind.value)
        detail = f"injected fault: {status}"
        headers: dict[str, str] = {}
        if status in (429, 503):
            headers["Retry-After"] = str(fault.retry_after)
        if environ.get("PATH_INFO", "").startswith("/scim/"):
            body: Any = {"schemas": [SCIM_ERROR_SCHEMA], "status": str(status), "detail": detail}
            response = json_response(body, status, headers)
            response.mimetype = "application/scim+json"
        else:
            response = json_response({"error": "temporarily_unavailable", "error_description": detail}, status, headers)
        return response(environ, start_response)

    # -- discovery -----------------------------------------------------------------------------------------

    def on_home(self, request: Request) -> Response:
        return page(
            self.tenant.options.tenant_name,
            '<p>This is a local sandbox tenant. <a href="/device">Approve a device</a>.</p>',
        )

    def on_tenant_discovery(self, request: Request) -> Response:
        base = self.tenant.base_url
        return json_response(
            {
                "tenant_name": self.tenant.options.tenant_name,
                "issuer": base,
                "client_id": CLIENT_ID,
                "scopes": list(SUPPORTED_SCOPES),
                "scim_base_url": f"{base}/scim/v2",
                "agent_api": f"{base}/agent-api/v1",
                # This tenant honours the Identity-Connect-Provisioning header (it records the mails it
                # would send); a plain SCIM service does not say so, and the agent then warns the admin.
                "provisioning_header": self.tenant.options.provisioning_header,
            }
        )

    def on_oidc_discovery(self, request: Request) -> Response:
        base = self.tenant.base_url
        return json_response(
            {
                "issuer": base,
                "device_authorization_endpoint": f"{base}/oauth/device_authorization",
                "token_endpoint": f"{base}/oauth/token",
                "userinfo_endpoint": f"{base}/oauth/userinfo",
                "scopes_supported": list(SUPPORTED_SCOPES),
                "response_types_supported": [],
                "grant_types_supported": [DEVICE_CODE_GRANT, "refresh_token"],
                "token_endpoint_auth_methods_supported": ["none"],
                "subject_types_supported": ["public"],
                "claims_supported": ["sub", "email", "email_verified", "name", "identity_connect_admin"],
            }
        )

    # -- OAuth 2.0 -----------------------------------------------------------------------------------------

    def on_device_authorization(self, request: Request) -> Response:
        form = request.form
        try:
            answer = self.tenant.start_device_authorization(
                form.get("client_id"), form.get("scope"), form.get("device_name")
            )
        except OAuthError as exc:
            return oauth_error(exc)
        return json_response(answer)

    def on_token(self, request: Request) -> Response:
        form = request.form
        grant_type = form.get("grant_type")
        try:
            if grant_type == DEVICE_CODE_GRANT:
                answer = self.tenant.poll_device_token(form.get("client_id"), form.get("device_code"))
            elif grant_type == "refresh_token":
                answer = self.tenant.refresh(form.get("client_id"), form.get("refresh_token"), form.get("scope"))
            else:
                raise OAuthError("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")
        except OAuthError as exc:
            return oauth_error(exc)
        return json_response(answer)

    def _bearer(self, request: Request) -> TokenGrant | None:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return self.tenant.token_grant(token.strip())

    @staticmethod
    def _invalid_token() -> Response:
        return json_response(
            {"error": "invalid_token", "error_description": "a valid access token of this tenant is required"},
            401,
            {"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )

    def on_userinfo(self, request: Request) -> Response:
        grant = self._bearer(request)
        if grant is None or "openid" not in grant.scopes:
            return self._invalid_token()
        return json_response(self.tenant.userinfo(grant))

    # -- the device sign-in page ---------------------------------------------------------------------------

    def _session(self, request: Request) -> tuple[str, SignInSession]:
        now = time.monotonic()
        with self._sessions_lock:
            for sid in [s for s, v in self._sessions.items() if now - v.created > SESSION_TTL]:
                del self._sessions[sid]
            sid = request.cookies.get(SESSION_COOKIE, "")
            session = self._sessions.get(sid)
            if session is None:
                sid = secrets.token_urlsafe(24)
                session = SignInSession(csrf=secrets.token_urlsafe(24), created=now)
                self._sessions[sid] = session
            return sid, session

    @staticmethod
    def _with_session(response: Response, sid: str) -> Response:
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="Strict", path="/device")
        return response

    @staticmethod
    def _csrf_ok(request: Request, session: SignInSession) -> bool:
        return hmac.compare_digest(request.form.get("csrf", ""), session.csrf)

    def _code_form(self, session: SignInSession, user_code: str, error: str = "", status: int = 200) -> Response:
        message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
        return page(
            f"Connect a device to {self.tenant.options.tenant_name}",
            f"{message}<p>Enter the code shown on the device that asks to connect.</p>"
            f'<form id="code-form" method="post" action="/device">{_hidden("csrf", session.csrf)}'
            f'<label>Code <input name="user_code" value="{escape(user_code)}" autocomplete="off" required></label>'
            '<button type="submit">Continue</button></form>',
            status,
        )

    def _device_line(self, grant: dict[str, Any]) -> str:
        device = grant.get("device_name") or "A device"
        return (
            f'<p id="device"><strong>{escape(device)}</strong> asks to connect to '
            f"{escape(self.tenant.options.tenant_name)}.</p>"
            f'<p>Code: <code id="user-code">{escape(grant["user_code"])}</code> — check it matches the device.</p>'
            f"<p>Access asked for: {escape(', '.join(grant['scopes'].split()))}</p>"
        )

    def _sign_in_form(
        self, session: SignInSession, grant: dict[str, Any], error: str = "", status: int = 200
    ) -> Response:
        message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
        return page(
            "Sign in to approve",
            f"{self._device_line(grant)}{message}"
            f'<form id="sign-in-form" method="post" action="/device/sign-in">{_hidden("csrf", session.csrf)}'
            '<label>Email <input name="email" type="email" autocomplete="username" required></label>'
            '<label>Password <input name="password" type="password" autocomplete="current-password" required></label>'
            '<button type="submit">Sign in</button></form>',
            status,
        )

    # -- sign-in for provisioned users (their password set by password sync) ----------------------------------

    @staticmethod
    def _user_sign_in_form(error: str = "", status: int = 200) -> Response:
        message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
        return page(
            "Sign in",
            f"{message}"
            '<form id="user-sign-in-form" method="post" action="/sign-in">'
            '<label>User name <input name="username" autocomplete="username" required></label>'
            '<label>Password <input name="password" type="password" autocomplete="current-password" required></label>'
            '<button type="submit">Sign in</button></form>',
            status,
        )

    def on_user_sign_in_form(self, request: Request) -> Response:
        return self._user_sign_in_form()

    def on_user_sign_in(self, request: Request) -> Response:
        user = self.scim.sign_in_directory_user(request.form.get("username", ""), request.form.get("password", ""))
        if user is None:
            return self._user_sign_in_form("Wrong user name or password.", 401)
        name = user.get("displayName") or user.get("userName")
        return page("Signed in", f'<p id="signed-in">Signed in as {escape(str(name))}.</p>')

    def on_device_code_form(self, request: Request) -> Response:
        sid, session = self._session(request)
        return self._with_session(self._code_form(session, request.args.get("user_code", "")), sid)

    def on_device_code_submit(self, request: Request) -> Response:
        sid, session = self._session(request)
        user_code = request.form.get("user_code", "")
        if not self._csrf_ok(request, session):
            return self._with_session(self._code_form(session, user_code, "The form expired; try again.", 400), sid)
        grant = self.tenant.pending_grant(user_code)
        if grant is None:
            error = "This code is unknown, has expired or was already used. Start again on the device."
            return self._with_session(self._code_form(session, user_code, error, 400), sid)
        session.user_code, session.account = grant["user_code"], None
        return self._with_session(self._sign_in_form(session, grant), sid)

    def on_device_sign_in(self, request: Request) -> Response:
        sid, session = self._session(request)
        grant = self.tenant.pending_grant(session.user_code or "")
        if grant is None or not self._csrf_ok(request, session):
            error = "This request expired or was already answered. Start again on the device."
            return self._with_session(self._code_form(session, "", error, 400), sid)
        account = self.tenant.authenticate(request.form.get("email", ""), request.form.get("password", ""))
        if account is None:
            return self._with_session(self._sign_in_form(session, grant, "Wrong email or password.", 401), sid)
        session.account = account
        role = "administrator" if account.is_admin else "user (not an administrator)"
        body = (
            f'<p id="signed-in">Signed in as {escape(account.name)} ({escape(account.email)}), {role}.</p>'
            f"{self._device_line(grant)}"
            f'<form id="decision-form" method="post" action="/device/decision">{_hidden("csrf", session.csrf)}'
            '<button type="submit" name="decision" value="approve">Approve</button> '
            '<button type="submit" name="decision" value="deny">Deny</button></form>'
        )
        return self._with_session(page("Approve this device?", body), sid)

    def on_device_decision(self, request: Request) -> Response:
        sid, session = self._session(request)
        decision = request.form.get("decision")
        if session.account is None or not session.user_code or not self._csrf_ok(request, session):
            return self._with_session(self._code_form(session, "", "Sign in first.", 400), sid)
        if decision not in ("approve", "deny"):
            return self._with_session(self._code_form(session, "", "Choose Approve or Deny.", 400), sid)
        approve = decision == "approve"
        if not self.tenant.decide(session.user_code, session.account, approve):
            error = "This request expired or was already answered. Start again on the device."
            return self._with_session(self._code_form(session, "", error, 400), sid)
        session.user_code = None
        if approve:
            result = page("Device approved", '<p id="result">Approved. You can return to the device.</p>')
        else:
            result = page("Device denied", '<p id="result">Denied. The device was not connected.</p>')
        return self._with_session(result, sid)

    # -- agent API -----------------------------------------------------------------------------------------

    @staticmethod
    def _json_body(request: Request) -> dict[str, Any] | None:
        try:
            # A call without a body (change owner) is an empty object.
            body = json.loads(request.get_data(as_text=True) or "{}")
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    def _agent_call(
        self, request: Request, call: Callable[[TokenGrant, dict[str, Any]], Any], status: int = 200
    ) -> Response:
        grant = self._bearer(request)
        if grant is None:
            return self._invalid_token()
        body = self._json_body(request) if request.method in ("POST", "PUT") else {}
        if body is None:
            return json_response({"error": "invalid_json"}, 400)
        try:
            return json_response(call(grant, body), status)
        except AgentApiError as exc:
            return json_response({"error": exc.code}, exc.status)

    def on_validate_key(self, request: Request) -> Response:
        body = self._json_body(request)
        if body is None or not isinstance(body.get("key_hash"), str):
            return json_response({"error": "invalid_request"}, 400)
        try:
            return json_response(self.tenant.validate_key(body["key_hash"]))
        except AgentApiError as exc:
            return json_response({"error": exc.code}, exc.status)

    def on_register_agent(self, request: Request) -> Response:
        return self._agent_call(request, lambda g, b: self.tenant.register_agent(g.account, b), 201)

    def on_get_agent(self, request: Request, agent_id: str) -> Response:
        return self._agent_call(request, lambda g, b: self.tenant.get_agent(agent_id))

    def on_heartbeat(self, request: Request, agent_id: str) -> Response:
        return self._agent_call(request, lambda g, b: self.tenant.heartbeat(g.account, agent_id, b))

    def on_change_owner(self, request: Request, agent_id: str) -> Response:
        return self._agent_call(request, lambda g, b: self.tenant.change_owner(g.account, agent_id))

    # -- admin ---------------------------------------------------------------------------------------------

    def _admin_ok(self, request: Request) -> bool:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        offered = token.strip() if scheme.lower() == "bearer" else ""
        offered = offered or request.args.get("token", "") or request.cookies.get(ADMIN_COOKIE, "")
        return bool(offered) and hmac.compare_digest(offered, self.admin_token)

    def _admin_api(self, request: Request, produce: Callable[[], Any], status: int = 200) -> Response:
        if not self._admin_ok(request):
            return json_response({"error": "admin_token_required"}, 401, {"WWW-Authenticate": "Bearer"})
        return json_response(produce(), status)

    def on_admin_agents(self, request: Request) -> Response:
        return self._admin_api(request, self.tenant.agents)

    def on_admin_notifications(self, request: Request) -> Response:
        return self._admin_api(request, self.tenant.notifications)

    def on_admin_users(self, request: Request) -> Response:
        return self._admin_api(request, lambda: self.scim.resources_of("User"))

    def on_admin_groups(self, request: Request) -> Response:
        return self._admin_api(request, lambda: self.scim.resources_of("Group"))

    def on_admin_keys(self, request: Request) -> Response:
        if request.method == "GET":
            return self._admin_api(request, self.tenant.keys)
        body = self._json_body(request) or {}

        def issue() -> dict[str, str]:
            ttl = body.get("ttl")
            key = self.tenant.issue_key(None if ttl is None else float(ttl), bool(body.get("single_use", True)))
            return {"installation_key": key}

        return self._admin_api(request, issue, 201)

    def on_admin_revoke_key(self, request: Request, key_hash: str) -> Response:
        return self._admin_api(request, lambda: {"revoked": self.tenant.revoke_key(key_hash)})

    def on_admin_faults(self, request: Request) -> Response:
        if not self._admin_ok(request):
            return json_response({"error": "admin_token_required"}, 401, {"WWW-Authenticate": "Bearer"})
        if request.method == "DELETE":
            self.tenant.faults.clear()
        elif request.method == "POST":
            body = self._json_body(request) or {}
            try:
                self.tenant.faults.inject(
                    str(body.get("kind", "")),
                    int(body.get("count", 1)),
                    retry_after=int(body.get("retry_after", 1)),
                    target=str(body.get("target", "scim")),
                )
            except (TypeError, ValueError) as exc:
                return json_response({"error": "invalid_fault", "error_description": str(exc)}, 400)
        return json_response(self.tenant.faults.pending())

    def on_admin_view(self, request: Request) -> Response:
        if not self._admin_ok(request):
            return page(
                "Sign-in required", "<p>Open the admin URL printed by the sandbox (it carries a token).</p>", 401
            )
        response = page(f"{self.tenant.options.tenant_name}: admin view", self._admin_body(), refresh=10)
        if request.args.get("token"):
            response.set_cookie(ADMIN_COOKIE, self.admin_token, httponly=True, samesite="Strict", path="/admin")
        return response

    def _admin_body(self) -> str:
        agents = self.tenant.agents()
        agent_rows = []
        for agent in agents:
            css = "connected" if agent["connection"] == "Connected" else "disconnected"
            dcs = ", ".join(agent["domain_controllers"])
            psa = ", ".join(
                f"{p['dc']}: {'connected' if p['connected'] else 'installed' if p['installed'] else 'not installed'}"
                for p in agent["password_sync_agents"]
            )
            agent_rows.append(
                [
                    _text(agent["device_name"]),
                    f'<span class="{css}">{agent["connection"]}</span>',
                    _text(agent["status"]),
                    _text(agent["last_sync"]),
                    _text(agent["last_heartbeat"]),
                    _text(f"{agent['owner']['name']} <{agent['owner']['email']}>"),
                    _text(agent["version"]),
                    _text(dcs),
                    _text(psa),
                ]
            )
        users = self.scim.resources_of("User")
        groups = self.scim.resources_of("Group")
        user_rows = [
            [
                _text(u.get("userName")),
                _text(u.get("displayName")),
                _text("yes" if u.get("active", True) else "no"),
                _text(u.get("externalId")),
                _text(u.get("id")),
            ]
            for u in users
        ]
        group_rows = [
            [
                _text(g.get("displayName")),
                _text(len(g.get("members") or [])),
                _text(g.get("externalId")),
                _text(g.get("id")),
            ]
            for g in groups
        ]
        notification_rows = [
            [
                _text(n.get("at")),
                _text(n.get("kind")),
                _text(n.get("recipient")),
                _text(n.get("to")),
                _text(n.get("user_name")),
            ]
            for n in self.tenant.notifications()
        ]
        return (
            f'<h2>Agents ({len(agents)})</h2><div id="agents">'
            + _table(
                [
                    "Device",
                    "Connection",
                    "Status",
                    "Last sync",
                    "Last heartbeat",
                    "Owner",
                    "Version",
                    "DCs",
                    "Password sync",
                ],
                agent_rows,
            )
            + f'</div><h2>Users (<span id="user-count">{len(users)}</span>)</h2><div id="users">'
            + _table(["User name", "Display name", "Active", "External ID", "ID"], user_rows)
            + f'</div><h2>Groups (<span id="group-count">{len(groups)}</span>)</h2><div id="groups">'
            + _table(["Name", "Members", "External ID", "ID"], group_rows)
            + '</div><h2>Notifications the tenant would have sent</h2><div id="notifications">'
            + _table(["At", "Kind", "Recipient", "To", "User"], notification_rows)
            + "</div>"
        )
