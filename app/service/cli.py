"""Placeholder: replaced by the module's owner."""

from __future__ import annotations

from typing import Any


def register_sync(sub: Any) -> None:
    pass


def register_status(sub: Any) -> None:
    pass


def register_run(sub: Any) -> None:
    pass
