"""The directory layer: everything that talks to Active Directory or another LDAP directory.

Only this package imports ldap3. Every public call is ``async`` for callers; blocking ldap3 work runs
through ``asyncio.to_thread`` with timeouts.

Modules:
    settings     LdapSettings: domain, DCs, bind identity, transport security, CA file, timeouts
    validation   host name / DN / RFC 4515 filter validators, filter value escaping
    errors       the DirectoryError subclasses and their codes (below)
    connection   open a bound connection with failover across the configured DCs
    diagnostics  staged connection checks (the wizard's checklist, ``check-ldap``)
    discovery    domain controllers from DNS SRV records
    reader       DirectoryReader: OU tree, attribute names, streamed users/groups, membership, changes
    cli          the ``check-ldap`` subcommand and its English message table

Error codes (``DirectoryError.code``), stable for message tables and JSON output:
    host_invalid              a host name is not a valid DNS name or IP address
    host_not_fqdn             LDAPS needs a fully qualified name: the certificate is issued to the FQDN
    dns_failed                the name does not resolve (details: host)
    unreachable               nothing accepts TCP connections on host:port (refused / no route)
    timeout                   the server accepted the connection but did not answer in time
    tls_untrusted             the certificate chain does not lead to a trusted CA (wrong CA file)
    tls_self_signed           the server presents a self-signed certificate
    tls_expired               the certificate is expired (or not yet valid)
    tls_hostname_mismatch     the certificate is valid but for other names
    tls_failed                the TLS handshake failed for another reason (protocol, StartTLS refused)
    bind_invalid_credentials  wrong user name or password (AD sub-code 52e / 525)
    bind_account_disabled     the account is disabled (AD 533)
    bind_account_locked       the account is locked out (AD 775)
    bind_password_expired     the password expired or must be changed (AD 532 / 773)
    bind_not_permitted        logon hours / workstation restrictions / account expired (AD 530 / 531 / 701)
    bind_failed               another bind failure (details: result, message)
    insufficient_rights       bound, but the account cannot read the users it needs
    strong_auth_required      the server refuses a simple bind without TLS
    read_incomplete           a paged read ended early; nothing read is returned as complete
    operation_failed          another LDAP error during a read (details: result, message)
    filter_invalid            a custom filter is not valid RFC 4515 (details: position)
    dn_invalid                a distinguished name is not valid RFC 4514
    no_domain_controller      every configured domain controller failed (details: attempts)
    srv_not_found             no _ldap._tcp.dc._msdcs SRV records for the domain
"""

from __future__ import annotations

import warnings

# ldap3 2.9.1 reads pyasn1 names that newer pyasn1 deprecates; the warning is raised once, at import, and is
# not ours to fix. Importing it here first keeps every later ``import ldap3`` quiet.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import ldap3  # noqa: F401
