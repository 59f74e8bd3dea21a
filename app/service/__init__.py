"""The agent service: scheduler, sync runs, heartbeats, token refresh, status events."""
