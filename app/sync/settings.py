"""The sync configuration model (versioned, validated): scope, mapping, criteria, rules, schedule, safety."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SyncSettings(BaseModel):
    """What to sync and how. Extended by the sync engine; defaults are what a new agent starts with."""

    model_config = ConfigDict(extra="forbid")

    version: int = 1
