"""Fixtures of the sync tests: the real servers (imported here until the lead registers them globally)."""

from __future__ import annotations
