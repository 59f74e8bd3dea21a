"""app.admin, the GUI's door: the run history read beside a writing service, without Qt."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app import admin
from app.paths import AgentPaths
from app.sync.model import ObjectKind, PlanCategory, PlanEntry, Reason, ReasonCode
from app.sync.state import Outcome, RunStatus, StateStore


def _entry(name: str) -> PlanEntry:
    return PlanEntry(
        PlanCategory.NEW,
        ObjectKind.USER,
        f"anchor-{name}",
        None,
        name,
        Reason(ReasonCode.NEW_IN_SCOPE),
        dn=f"CN={name}",
    )


def test_run_history_before_any_run_is_empty(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path)
    assert asyncio.run(admin.recent_runs(paths)) == []
    assert asyncio.run(admin.run_outcomes(paths, 1)) == []
    assert not paths.state_db.exists()  # reading created nothing


def test_run_history_is_read_while_the_service_holds_the_store_open(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path)
    paths.ensure()
    service = StateStore.open(paths.state_db)  # the service's own connection stays open meanwhile
    first = service.start_run("manual", "full")
    service.record_outcome(first, _entry("alice.adams"), Outcome.DONE, cloud_id="c1")
    service.record_outcome(first, _entry("bob.brown"), Outcome.FAILED, error_code="scim_400")
    service.finish_run(first, RunStatus.PARTIAL, counts={"user.new": 1, "failed": 1})
    second = service.start_run("scheduled", "delta")

    async def read() -> tuple[list[admin.RunRecord], list[admin.OutcomeRecord], int]:
        runs = await admin.recent_runs(paths, limit=5)
        outcomes = await admin.run_outcomes(paths, first)
        rows = await admin.export_run_csv(paths, first, tmp_path / "run.csv")
        return runs, outcomes, rows

    try:
        runs, outcomes, rows = asyncio.run(read())
    finally:
        service.close()
    assert [(run.id, run.status) for run in runs] == [(second, RunStatus.RUNNING), (first, RunStatus.PARTIAL)]
    assert sorted((o.display_name, o.error_code) for o in outcomes) == [
        ("alice.adams", None),
        ("bob.brown", "scim_400"),
    ]
    assert rows == 2
    lines = (tmp_path / "run.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and any("bob.brown" in line and "scim_400" in line for line in lines)


def test_the_log_file_is_the_agents(tmp_path: Path) -> None:
    paths = AgentPaths.resolve(tmp_path)
    assert admin.log_file(paths) == tmp_path / "logs" / "agent.log"
