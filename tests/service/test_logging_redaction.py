"""The log file never holds a token, password, installation key or Authorization header."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logging_setup import REDACTED, configure_logging, redact, redaction_filter, shutdown_logging

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
