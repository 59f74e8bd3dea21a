"""A sync plan's entries in plain JSON types: what ``sync --dry-run --json`` prints, and what a running agent
sends back for a dry run handed to it through its mailbox (:mod:`app.service.commands`)."""

from __future__ import annotations

from typing import Any

from app.sync.model import Plan


def plan_entries(plan: Plan) -> dict[str, list[dict[str, Any]]]:
    """The plan's entries grouped as ``{"user.new": [...], ...}`` in plain JSON types."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in plan.entries:
        key = f"{entry.kind.value}.{entry.category.value}"
        groups.setdefault(key, []).append(
            {
                "anchor": entry.anchor,
                "name": entry.display_name,
                "dn": entry.dn,
                "cloud_id": entry.cloud_id,
                "reason": entry.reason.code.value,
                "needs_review": entry.needs_review,
                "changes": [c.path for c in entry.diff],
            }
        )
    return groups
