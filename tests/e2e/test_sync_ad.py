"""The headless sync against a real Samba AD DC into the sandbox tenant, as an admin runs it."""

from __future__ import annotations

import json

import pytest

from tests.e2e.conftest import Agent, assert_no_duplicates, in_scope_users
from tests.servers import directory_data as data

pytestmark = [pytest.mark.samba, pytest.mark.timeout(180)]


def test_first_sync_creates_users_and_groups(ad_agent: Agent) -> None:
    done = ad_agent.sync_yes()
    print(done.stdout, done.stderr)
    users = ad_agent.users_by_name()
    expected = in_scope_users()
    assert sorted(users) == sorted(u.upn.lower() for u in expected)
