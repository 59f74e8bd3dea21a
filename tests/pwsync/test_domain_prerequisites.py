"""What password sync reads from the domain before installing anything: its DCs (computer objects with the
server-trust flag) and whether the install account is a Domain Admin, nested groups included (tokenGroups)."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import SecretStr

from app.ldap.domain import domain_controllers, is_domain_admin
from app.ldap.reader import DirectoryReader
from tests.e2e.conftest import AdAdmin
from tests.servers import directory_data as data
from tests.servers.samba import SambaDC

pytestmark = pytest.mark.samba


def _with_reader(dc: SambaDC, scenario):  # type: ignore[no-untyped-def]
    async def run():  # type: ignore[no-untyped-def]
        async with await DirectoryReader.open(dc.ldap_settings(), SecretStr(dc.admin_password)) as reader:
            return await scenario(reader)

    return asyncio.run(run())


def test_the_domain_controllers_are_read_from_the_directory(samba_dc: SambaDC) -> None:
    async def scenario(reader: DirectoryReader):  # type: ignore[no-untyped-def]
        return await domain_controllers(reader)

    [dc] = _with_reader(samba_dc, scenario)
    assert (dc.name, dc.host) == ("DC1", f"dc1.{data.DOMAIN}")
    assert dc.is_samba


def test_domain_admins_membership_counts_nested_groups(samba_dc_fresh: SambaDC) -> None:
    admin = AdAdmin(samba_dc_fresh)
    base = samba_dc_fresh.base_dn
    try:
        helpers = f"CN=Helpdesk Leads,CN=Users,{base}"
        admin.add_group(helpers, [f"CN=Bob Brown,{data.ad_ou_dn(data.ENG)}"])
        admin.conn.modify(f"CN=Domain Admins,CN=Users,{base}", {"member": [("MODIFY_ADD", [helpers])]})
    finally:
        admin.close()

    async def scenario(reader: DirectoryReader):  # type: ignore[no-untyped-def]
        return [
            await is_domain_admin(reader, f"Administrator@{data.DOMAIN}"),
            await is_domain_admin(reader, "bob.brown"),  # through Helpdesk Leads
            await is_domain_admin(reader, f"ZYLKER\\{data.SERVICE_ACCOUNT}"),
            await is_domain_admin(reader, "nobody.here"),
        ]

    assert _with_reader(samba_dc_fresh, scenario) == [True, True, False, None]
