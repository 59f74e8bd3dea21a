"""The sandbox tests use the sandbox fixture plugin directly until tests/conftest.py registers it."""

from __future__ import annotations
