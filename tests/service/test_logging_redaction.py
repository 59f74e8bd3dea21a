"""The log file never holds a token (a rotated refresh token included), password (quoted or not), installation key
or Authorization header."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.logging_setup import (
    MAX_LITERALS,
    REDACTED,
    RedactionFilter,
    configure_logging,
    redact,
    redaction_filter,
    shutdown_logging,
)
from app.secrets import SecretName, SecretStore
from app.service.wiring import http_settings, shared_token_manager
from tests.servers.sandbox import SandboxTenantHandle
from tests.service.agent_setup import configure_agent

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbkB6eWxrZXIudGVzdCJ9.c2lnbmF0dXJlLXZhbHVl"
KEY = "ICK1-AEAAB-2AAAA-AAABB-CCDDE-EFFGH-HIJKL-MNOPQ"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    path = configure_logging(tmp_path / "logs")
    yield path
    shutdown_logging()


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_secrets_in_messages_args_and_tracebacks_never_reach_the_file(log_file: Path) -> None:
    logger = logging.getLogger("app.cloud.test")
    logger.info("request headers: {'Authorization': 'Bearer %s', 'Accept': 'application/json'}", "opaque-token-123456")
    logger.info(
        "token response %s", '{"access_token": "AT-secret-1", "refresh_token": "RT-secret-2", "expires_in": 300}'
    )
    logger.info("posted form grant_type=refresh_token&refresh_token=RT-form-3&client_id=identity-connect-agent")
    logger.warning("bind failed for admin@zylker.test password=Hunter2Secret!")
    logger.info("id token %s", JWT)
    logger.info("user pasted key %s", KEY)
    redaction_filter().add_secret("Pa55-literal-value")
    logger.info("ldap echo: something Pa55-literal-value something")
    try:
        raise ValueError("refused client_secret=ZZZ-in-traceback")
    except ValueError:
        logger.exception("it failed")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in (
        "opaque-token-123456",
        "AT-secret-1",
        "RT-secret-2",
        "RT-form-3",
        "Hunter2Secret!",
        JWT,
        "AEAAB-2AAAA",
        "Pa55-literal-value",
        "ZZZ-in-traceback",
    ):
        assert secret not in text, secret
    # What is not secret stays readable.
    assert "admin@zylker.test" in text
    assert "expires_in" in text and "300" in text
    assert "client_id=identity-connect-agent" in text
    assert text.count(REDACTED) >= 8
    assert (log_file.stat().st_mode & 0o777) == 0o600


def test_redact_leaves_plain_text_alone() -> None:
    text = "run 20261123 applied: user.new 3, group.update 1 (dc1.zylker.test)"
    assert redact(text) == text


def test_log_rotates(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs", max_bytes=2000, backup_count=2)
    try:
        for i in range(200):
            logging.getLogger("app.x").info("line %d %s", i, "x" * 40)
        _flush()
    finally:
        shutdown_logging()
    assert path.with_name("agent.log.1").exists()
    assert path.with_name("agent.log.2").exists()
    assert not path.with_name("agent.log.3").exists()


def test_quoted_password_values_never_reach_the_file(log_file: Path) -> None:
    logger = logging.getLogger("app.ldap.test")
    logger.warning("bind as cn=svc password='Hunter 2, with; spaces' failed")
    logger.warning('retrying with password="dq secret&value" now')
    logger.warning("settings: bind_password = 'spaced out' (from the form)")
    logger.warning("escaped quote: password='it\\'s-secret' stays hidden")
    logger.warning("cut off: password='unterminated secret")
    _flush()
    text = log_file.read_text(encoding="utf-8")
    for secret in ("Hunter", "with; spaces", "dq secret", "value", "spaced out", "s-secret", "unterminated"):
        assert secret not in text, secret
    # The rest of each line stays readable.
    for words in ("bind as cn=svc", "failed", "retrying with", "now", "(from the form)", "stays hidden", "cut off"):
        assert words in text, words
    assert text.count(REDACTED) == 5


def test_a_rotated_refresh_token_never_reaches_the_file(
    sandbox_tenant: SandboxTenantHandle, tmp_path: Path, log_file: Path
) -> None:
    paths, config = configure_agent(sandbox_tenant, tmp_path / "agent")
    service = SecretStore(paths.profile).service
    try:
        before = keyring.get_password(service, SecretName.REFRESH_TOKEN.value)

        async def refresh() -> None:
            tokens = await shared_token_manager(config, paths, http_settings(config))
            await tokens.refresh()

        asyncio.run(refresh())
        # Read around SecretStore: the test must not be what teaches the filter the new value.
        after = keyring.get_password(service, SecretName.REFRESH_TOKEN.value)
    finally:
        SecretStore(paths.profile).delete_all()
    assert before and after and after != before  # the issuer rotated it
    assert redact(after) == after  # an opaque value: no pattern would catch it, only knowing it does
    logging.getLogger("app.cloud.test").warning("an unexpected echo of the new token: %s (end)", after)
    _flush()
    text = log_file.read_text(encoding="utf-8")
    assert after not in text and "an unexpected echo of the new token: [REDACTED] (end)" in text


def test_literals_are_bounded_to_the_most_recent() -> None:
    values = [f"rotated-token-{i:04d}" for i in range(MAX_LITERALS + 10)]
    fresh = RedactionFilter()  # not the process-wide one: other tests' secrets stay registered
    for value in values:
        fresh.add_secret(value)
    record = logging.LogRecord("app.x", logging.INFO, __file__, 1, "old %s new %s", (values[0], values[-1]), None)
    fresh.filter(record)
    assert record.getMessage() == f"old {values[0]} new {REDACTED}"


def test_a_secret_that_is_only_a_field_word_does_not_blind_the_field_patterns() -> None:
    from app.logging_setup import RedactionFilter, redact

    registered = RedactionFilter()
    registered.add_secret("refresh")  # a test or a careless tenant may hand out such a "token"
    registered.add_secret("RT-secret-9")
    text = redact('{"refresh_token": "RT-other-1"} refresh_token=RT-form-9', registered._literals)
    assert "RT-other-1" not in text and "RT-form-9" not in text
