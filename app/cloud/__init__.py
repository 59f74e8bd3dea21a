"""Clients for the cloud tenant: installation key, discovery, device-code sign-in, tokens, SCIM, agent API.

Only this package builds httpx clients (one factory, ``transport=`` as the test seam).
"""
