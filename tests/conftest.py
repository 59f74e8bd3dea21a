"""Shared pytest configuration. Server fixtures live in ``tests/servers/`` and are loaded as plugins."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
