"""The directory layer: everything that talks to Active Directory or another LDAP directory.

Only this package imports ldap3. Every public call is ``async`` for callers; blocking ldap3 work runs
through ``asyncio.to_thread`` with timeouts.
"""
