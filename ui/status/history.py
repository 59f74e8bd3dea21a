"""The run history as the status window and the tray show it: a run's counts folded into their columns.

The history itself (recent runs, one run's per-object outcomes, CSV export) is read through the GUI's door,
:func:`app.admin.recent_runs` and its neighbours, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping


def summarise_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """A run's counts folded into the columns the status window shows (users and groups together)."""

    def total(*keys: str) -> int:
        return sum(int(counts.get(f"{kind}.{key}", 0)) for kind in ("user", "group") for key in keys)

    return {
        "created": total("new"),
        "updated": total("update", "activate"),
        "disabled": total("disable"),
        "deleted": total("delete"),
        "failed": int(counts.get("failed", 0)),
    }
