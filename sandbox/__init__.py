"""The local sandbox tenant: device-flow issuer, SCIM 2.0 service, agent API and admin view."""
