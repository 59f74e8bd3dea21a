"""Clients for the cloud tenant: installation key, discovery, device-code sign-in, tokens, SCIM, agent API.

Only this package builds httpx clients (one factory, ``transport=`` as the test seam).

    installkey   offline parse / checksum of installation keys
    http         make_client, HttpSettings (TLS, timeouts, seam), error mapping, clock skew, back-off
    errors       the CloudError tree and its stable codes
    tenant       discover_tenant, discover_oidc, validate_installation_key
    deviceflow   DeviceFlow (RFC 8628) and OIDC userinfo -> AdminIdentity
    tokens       TokenManager (access token in memory, refresh token in the keyring), BearerAuth
    scim         ScimTarget (SCIM 2.0 Users/Groups, Bulk, ETags, retries, bounded concurrency)
    agentapi     AgentApiClient (register, heartbeat, change owner, get; clock skew)
"""
