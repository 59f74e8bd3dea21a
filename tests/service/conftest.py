"""Fixtures for the agent service tests: the sandbox tenant and the Samba AD DC as real servers."""

from __future__ import annotations
