"""The headless commands of the agent service: ``sync``, ``status`` and ``run``.

- ``sync [--dry-run] [--json] [--full] [--yes | --select ANCHOR…] [--approve RUN_ID | --reject RUN_ID]``:
  one run. Prints the plan per category (counts and entries), or applies it and prints the result.
- ``status [--json]``: the agent's state, read from the status file the service writes and the instance
  lock (so it works while ``run`` is active in another process, and tells a crashed agent from a running one).
- ``run``: the agent service in the foreground; SIGTERM / SIGINT (Windows: Ctrl+C / Ctrl+Break) stop it
  gracefully (:mod:`app.service.stop`).

Exit codes: 0 done; 1 failed (the message says why and what to do); 2 usage; 3 another agent runs this
configuration (``run`` twice, or ``sync --dry-run`` / ``--select`` while it runs); 4 the first run needs
review (``sync --yes`` or ``--select``); 5 stopped at the disable/delete threshold (``sync --approve RUN_ID``).

``sync``, ``sync --yes``, ``sync --approve RUN_ID`` and ``sync --reject RUN_ID`` while ``run`` (or the tray
app) works on the configuration are handed to that agent through its mailbox (:mod:`app.service.commands`):
it carries them out between its own runs and the command prints its answer, with the same exit codes.

The English sentences for the service's codes are in :mod:`app.messages`, the terminal's table of words.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from app import APP_DISPLAY_NAME
from app.errors import AgentBusyError, ConfigError, IdentityConnectError
from app.logging_setup import configure_logging
from app.messages import describe, fill, text
from app.messages import problem as describe_problem
from app.paths import AgentPaths
from app.service import keyring_session
from app.service.agent import AgentService, RunReport
from app.service.commands import Command, submit, wait_result, withdraw
from app.service.events import (
    AgentEvent,
    AgentState,
    AgentStatus,
    ApprovalNeeded,
    ClockSkewDetected,
    Disconnected,
    RunFinished,
    RunOutcome,
    RunStarted,
    SignInExpired,
)
from app.service.lock import is_locked
from app.service.planjson import plan_entries
from app.service.statusfile import ServiceStateStore, read_status
from app.service.stop import install_stop_handlers
from app.settings_update import (
    config_schema,
    load_config,
    parse_value,
    propose_setting,
    propose_sync,
    save_sync_settings,
    setting_items,
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BUSY = 3
EXIT_NEEDS_REVIEW = 4
EXIT_NEEDS_APPROVAL = 5

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------- words

STATE_WORDS: dict[AgentState, str] = {
    AgentState.STARTING: "starting",
    AgentState.IDLE: "idle, waiting for the next run",
    AgentState.SYNCING: "syncing",
    AgentState.AWAITING_REVIEW: "waiting for the first run to be reviewed",
    AgentState.AWAITING_APPROVAL: "waiting for approval: a run would disable or delete more than the threshold",
    AgentState.ATTENTION: "needs attention",
    AgentState.DISCONNECTED: "disconnected from the cloud tenant",
    AgentState.STOPPED: "not running",
}

CATEGORY_WORDS = {
    "new": "New",
    "update": "To update",
    "activate": "To activate",
    "disable": "To disable",
    "delete": "To delete",
    "ignored": "Ignored",
}
KIND_WORDS = {"user": "users", "group": "groups"}
DONE_WORDS = {
    "new": "created",
    "update": "updated",
    "activate": "activated",
    "disable": "disabled",
    "delete": "deleted",
}


def counts_words(counts: dict[str, int]) -> str:
    """What an applied run wrote, as a person reads it: "21 users created, 4 groups created"."""
    parts = [
        f"{counts[key]} {KIND_WORDS[kind] if counts[key] != 1 else kind} {verb}"
        for kind in ("user", "group")
        for category, verb in DONE_WORDS.items()
        if counts.get(key := f"{kind}.{category}")
    ]
    if not parts and counts.get("done"):
        parts.append(f"{counts['done']} changes")  # an agent that reports totals only
    if counts.get("failed"):
        parts.append(f"{counts['failed']} failed")
    return ", ".join(parts) or "nothing to change"


REASON_WORDS = {
    "new_in_scope": "new in scope",
    "deleted_in_cloud": "deleted in the cloud, still in the directory (select it to re-create)",
    "soft_match": "matched an existing cloud user by user name",
    "attributes_changed": "attributes changed",
    "members_changed": "members changed",
    "enabled_in_directory": "enabled in the directory",
    "disabled_in_directory": "disabled in the directory",
    "left_scope": "left the selected OUs or criteria",
    "deleted_in_directory": "deleted in the directory",
    "owner_protected": "the agent's owner is never disabled or deleted",
    "out_of_scope": "out of scope: no longer managed",
    "criteria_not_met": "does not meet the sync criteria",
    "no_username": "has no value for the user name attribute",
    "username_conflict": "another object has the same user name",
    "anchored_elsewhere": "a cloud user with this user name belongs to another directory object",
    "status_sync_off": "status sync is off",
}


def describe_code(code: str | None, *, run_id: str = "", path: str | None = None, line: int | None = None) -> str:
    if code is None:
        return ""
    values = {
        "path": path or "the configuration file",
        "line": f" at line {line}" if line is not None else "",
        "run_id": run_id,
    }
    return fill(text(code) or f"({code})", values)


# ---------------------------------------------------------------------------------------------- parsers


def register_sync(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "sync",
        help="run one sync now: show the plan, or apply it",
        description="Run one sync. The first run of a new agent only shows the plan, for review: "
        "apply it with --yes (everything) or --select (chosen objects).",
    )
    parser.add_argument("--dry-run", action="store_true", help="show the plan, change nothing")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--full", action="store_true", help="read the whole directory, not only changes")
    choose = parser.add_mutually_exclusive_group()
    choose.add_argument("--yes", action="store_true", help="first run: apply the whole plan without review")
    choose.add_argument(
        "--select", metavar="ANCHOR", nargs="+", help="first run: apply only these objects (anchors from the plan)"
    )
    settle = parser.add_mutually_exclusive_group()
    settle.add_argument("--approve", metavar="RUN_ID", help="apply a run that stopped at the threshold")
    settle.add_argument("--reject", metavar="RUN_ID", help="discard a run that stopped at the threshold")
    parser.set_defaults(func=cmd_sync)


def register_status(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser("status", help="show the agent's state and last run")
    parser.add_argument("--json", action="store_true", help="print the status as JSON")
    parser.set_defaults(func=cmd_status)


def register_run(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "run", help="run the agent service in the foreground (scheduled syncs, heartbeats)"
    )
    parser.add_argument("--heartbeat-interval", type=float, default=60.0, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument("--tick", type=float, default=30.0, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug details")
    parser.set_defaults(func=cmd_run)


# ---------------------------------------------------------------------------------------------- sync


def _exit_code(outcome: str) -> int:
    return {
        RunOutcome.APPLIED.value: EXIT_OK,
        RunOutcome.NO_CHANGES.value: EXIT_OK,
        "planned": EXIT_OK,
        RunOutcome.AWAITING_REVIEW.value: EXIT_NEEDS_REVIEW,
        RunOutcome.AWAITING_APPROVAL.value: EXIT_NEEDS_APPROVAL,
    }.get(outcome, EXIT_FAILED)


def report_json(report: RunReport, exit_code: int) -> dict[str, Any]:
    planned = report.planned
    plan = planned.plan if planned is not None else None
    data: dict[str, Any] = {
        "run_id": report.run_id,
        "outcome": report.outcome,
        "exit_code": exit_code,
        "error": report.error,
        "message": describe_code(report.error) or None,
        "plan_counts": planned.counts if planned is not None else None,
        "plan": plan_entries(plan) if plan is not None else None,
        "read": ("full" if planned.full else "delta") if planned is not None else None,
        "disables": planned.disables if planned is not None else None,
        "deletes": planned.deletes if planned is not None else None,
        "result": None,
    }
    if report.applied is not None:
        data["result"] = {
            "counts": report.applied.counts,
            "changed": report.applied.changed,
            "failed": report.applied.failed,
            "interrupted": report.applied.interrupted,
        }
    return data


def print_plan(plan: Any, out: TextIO) -> None:
    groups = plan_entries(plan)
    counts: dict[str, int] = plan.counts() if hasattr(plan, "counts") else {k: len(v) for k, v in groups.items()}
    print_plan_entries(groups, counts, out)
    unchanged = getattr(plan, "unchanged", None)
    if unchanged is not None:
        print(f"Unchanged: {unchanged}", file=out)


def print_plan_entries(groups: dict[str, list[dict[str, Any]]], counts: dict[str, int], out: TextIO) -> None:
    for kind in ("user", "group"):
        for category in CATEGORY_WORDS:
            key = f"{kind}.{category}"
            entries = groups.get(key, [])
            print(f"{CATEGORY_WORDS[category]} {KIND_WORDS[kind]}: {counts.get(key, len(entries))}", file=out)
            for item in entries:
                where = f"  ({item['dn']})" if item["dn"] else ""
                why = REASON_WORDS.get(item["reason"], item["reason"])
                flag = " [needs selection]" if item["needs_review"] else ""
                print(f"    {item['name']}{where} — {why}{flag}  [anchor {item['anchor']}]", file=out)


_NOT_VISIBLE = "source_not_visible"


def print_report(report: RunReport, out: TextIO) -> None:
    planned = report.planned
    if planned is not None and report.outcome in (
        "planned",
        RunOutcome.AWAITING_REVIEW.value,
        RunOutcome.AWAITING_APPROVAL.value,
    ):
        print(f"Plan {report.run_id} ({'full' if planned.full else 'delta'} read):", file=out)
        print_plan(planned.plan, out)
    if report.outcome == "planned":
        print("Dry run: nothing was changed.", file=out)
    elif report.outcome == RunOutcome.AWAITING_REVIEW.value:
        if planned is not None and getattr(planned.plan, "whole_domain", False):
            print(
                "The scope is the whole domain: no OU is selected, so every user and group the bind account can\n"
                "read is synced (AD system objects excepted). Choose OUs in the sync scope to narrow it.",
                file=out,
            )
        print(
            "This is the agent's first run, so nothing was changed. Review the plan above, then apply it with\n"
            "  identity-connect-agent sync --yes\n"
            "or apply only chosen objects with\n"
            "  identity-connect-agent sync --select ANCHOR [ANCHOR ...]",
            file=out,
        )
    elif report.outcome == RunOutcome.AWAITING_APPROVAL.value and planned and planned.stop_reason == _NOT_VISIBLE:
        hidden = planned.abort_details
        print(
            f"Stopped before writing: {hidden.get('count', 0)} managed users or groups are no longer visible to the "
            f"bind account (last seen in: {'; '.join(hidden.get('ous', []))}), and the directory shows no sign\n"
            "they were deleted. Check the bind account's read rights there. If they were deleted, approving\n"
            "disables them (never deletes):\n"
            f"  identity-connect-agent sync --approve {report.run_id}\n"
            f"or discard the run with\n  identity-connect-agent sync --reject {report.run_id}",
            file=out,
        )
    elif report.outcome == RunOutcome.AWAITING_APPROVAL.value and planned is not None:
        print(
            f"Stopped before writing: this run would disable {planned.disables} and delete {planned.deletes} "
            "objects, more than the safety threshold allows. Check the plan above; to apply it run\n"
            f"  identity-connect-agent sync --approve {report.run_id}\n"
            f"or discard it with\n  identity-connect-agent sync --reject {report.run_id}",
            file=out,
        )
    elif report.applied is not None:
        counts = counts_words(report.applied.counts)
        verb = "Applied" if report.outcome == RunOutcome.APPLIED.value else "Finished"
        print(f"{verb} run {report.run_id}: {counts}.", file=out)
        if report.applied.failed:
            print(f"{report.applied.failed} objects could not be synced.", file=out)
    if report.outcome == RunOutcome.NO_CHANGES.value:
        print("The cloud directory is already in step with the directory.", file=out)
    if report.outcome == RunOutcome.ABORTED.value and report.error == "rejected":
        print(f"Run {report.run_id} was discarded; nothing was changed.", file=out)
    elif report.error:
        print(describe_code(report.error), file=sys.stderr)
        hidden = planned.abort_details if planned is not None else {}
        if hidden:
            print(f"  {hidden['count']} no longer visible; last seen in: {'; '.join(hidden['ous'])}", file=sys.stderr)


def _setup_logging(paths: AgentPaths, *, console: bool, verbose: bool = False) -> None:
    try:
        configure_logging(paths.log_dir, level=logging.DEBUG if verbose else logging.INFO, console=console)
    except OSError as exc:
        print(
            f"Cannot write the log in {paths.log_dir}: {exc.strerror}. Continuing without a log file.", file=sys.stderr
        )


def cmd_sync(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    _setup_logging(paths, console=False)
    service = AgentService(paths, on_event=_log_event)
    try:
        report = asyncio.run(
            service.sync_once(
                dry_run=args.dry_run,
                force_full=args.full,
                accept_review=args.yes,
                selected_anchors=set(args.select) if args.select else None,
                approve_run=args.approve,
                reject_run=args.reject,
            )
        )
    except AgentBusyError as exc:
        if args.select:
            return _fail(args, exc, EXIT_BUSY)
        return _hand_to_running_agent(args, paths, exc)
    except IdentityConnectError as exc:
        return _fail(args, exc, EXIT_FAILED)
    code = _exit_code(report.outcome)
    if report.outcome == RunOutcome.ABORTED.value and report.error == "rejected":
        code = EXIT_OK
    if args.json:
        json.dump(report_json(report, code), sys.stdout, indent=2, sort_keys=True)
        print()
    else:
        print_report(report, sys.stdout)
    return code


def _hand_to_running_agent(args: argparse.Namespace, paths: AgentPaths, busy: AgentBusyError) -> int:
    """Another process runs this configuration: leave the command in its mailbox and wait for its answer."""
    if args.dry_run:
        command = Command("plan", force_full=bool(args.full))
    elif args.approve:
        command = Command("approve", run_id=args.approve)
    elif args.reject:
        command = Command("reject", run_id=args.reject)
    else:
        command = Command("sync", accept_review=bool(args.yes), force_full=bool(args.full))
    command = submit(paths.state_dir, command)
    pid = busy.details.get("pid")
    print(
        f"Another agent{f' (process {pid})' if pid else ''} runs this configuration; "
        "it takes this command and reports back here.",
        file=sys.stderr,
    )
    try:
        result = wait_result(paths.state_dir, command, agent_alive=lambda: is_locked(paths.lock_file))
    except KeyboardInterrupt:
        if withdraw(paths.state_dir, command):
            print("Cancelled; the running agent had not started the command.", file=sys.stderr)
        else:
            print("The running agent is already carrying out the command.", file=sys.stderr)
        return EXIT_FAILED
    if result is None:
        withdraw(paths.state_dir, command)
        print(describe_code("agent_gone"), file=sys.stderr)
        return EXIT_FAILED
    outcome = str(result.get("outcome"))
    error = result.get("error")
    code = EXIT_OK if outcome == RunOutcome.ABORTED.value and error == "rejected" else _exit_code(outcome)
    if args.json:
        data = dict(result)
        message = describe_code(error, run_id=str(result.get("run_id") or "")) if error else None
        data.update({"exit_code": code, "message": message, "via_running_agent": True})
        json.dump(data, sys.stdout, indent=2, sort_keys=True)
        print()
    else:
        _print_command_result(result, sys.stdout)
    return code


def _print_command_result(result: dict[str, Any], out: TextIO) -> None:
    run_id, outcome, error = result.get("run_id"), result.get("outcome"), result.get("error")
    applied = result.get("result")
    if outcome == "planned":
        plan_value, counts_value = result.get("plan"), result.get("plan_counts")
        plan: dict[str, list[dict[str, Any]]] = plan_value if isinstance(plan_value, dict) else {}
        counts: dict[str, int] = counts_value if isinstance(counts_value, dict) else {}
        print(f"Plan {run_id} ({result.get('read', 'full')} read, by the running agent):", file=out)
        print_plan_entries(plan, counts, out)
        print("Dry run: nothing was changed.", file=out)
    elif outcome == RunOutcome.ABORTED.value and error == "rejected":
        print(f"Run {run_id} was discarded; nothing was changed.", file=out)
    elif isinstance(applied, dict):
        counts = applied.get("counts") or {}
        done = counts_words(counts)
        print(f"{'Applied' if outcome == RunOutcome.APPLIED.value else 'Finished'} run {run_id}: {done}.", file=out)
    elif outcome == RunOutcome.AWAITING_APPROVAL.value:
        print(
            f"Run {run_id} stopped before writing: it would disable or delete more objects than the safety "
            f"threshold allows. Apply it with\n  identity-connect-agent sync --approve {run_id}",
            file=out,
        )
    elif outcome == RunOutcome.AWAITING_REVIEW.value:
        print("The first run waits for review: see 'sync --dry-run', then run 'sync --yes'.", file=out)
    if outcome == RunOutcome.NO_CHANGES.value:
        print("The cloud directory is already in step with the directory.", file=out)
    if error and error != "rejected":
        print(describe_code(str(error), run_id=str(run_id or "")), file=sys.stderr)


def _fail(args: argparse.Namespace, exc: IdentityConnectError, code: int) -> int:
    message = describe(exc)
    if getattr(args, "json", False):
        json.dump({"error": exc.code, "message": message, "exit_code": code}, sys.stdout, indent=2)
        print()
    print(message, file=sys.stderr)
    return code


# ---------------------------------------------------------------------------------------------- status


def current_status(paths: AgentPaths) -> tuple[AgentStatus, bool]:
    """The status as another process sees it: (snapshot, whether an agent holds the lock now)."""
    running = is_locked(paths.lock_file)
    try:
        status = read_status(paths.state_dir)
        if status is None:
            saved = ServiceStateStore(paths.state_dir).load()
            status = AgentStatus(
                state=AgentState.STOPPED,
                last_sync=saved.last_sync,
                last_run_counts=saved.last_run_counts,
            )
    except ConfigError as exc:
        # A damaged status or state file: say which, and where, rather than fail.
        line = exc.details.get("line")
        status = AgentStatus(
            state=AgentState.ATTENTION if running else AgentState.STOPPED,
            detail=exc.code,
            problem_file=str(exc.details.get("path") or ""),
            problem_line=line if isinstance(line, int) else None,
        )
        return status, running
    if not running and status.state is not AgentState.STOPPED:
        # The file says running but nobody holds the lock: the agent ended without saying so (killed).
        status = replace(status, state=AgentState.STOPPED, detail="not_running", pid=None, next_run=None)
    return status, running


def _watch_words(status: AgentStatus) -> str:
    """The change watch in words: "watching dc1 for changes", or why not."""
    if status.watch_host and status.watch_method == "polling":
        return f"checking {status.watch_host} for changes regularly (it sends no change notifications)"
    if status.watch_host:
        return f"watching {status.watch_host} for changes"
    words = {
        "watch_off": "not watching (sync.watch_changes is off): changes sync at the scheduled time",
        "watch_starting": "starting to watch for changes",
        "watch_ended": "the domain controller ended the change notifications; reconnecting",
    }
    reason = status.watch_reason or ""
    return words.get(reason) or f"not watching: {describe_code(reason)} Reconnecting."


def _deletion_words(status: AgentStatus) -> str:
    """How soon a deletion in the directory reaches the cloud, and why."""
    if status.deletion_detection == "dirsync":
        return "seen at the next run (DirSync: the bind account may replicate directory changes)"
    if status.deletion_detection == "tombstones":
        return "seen at the next run (the bind account may read deleted objects)"
    minutes = status.presence_check_minutes or 0
    every = "at every run" if not minutes else "every minute" if minutes == 1 else f"every {minutes} minutes"
    return (
        f"found when the users in scope are listed, {every} (the bind account may neither read deleted objects "
        'nor replicate directory changes: admin guide, "How deletions are found")'
    )


def _fmt_time(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z") if value else "never"


def _tenant_insecure(paths: AgentPaths) -> bool:
    """Whether the configuration lets the agent talk to its tenant over plain http or unverified TLS."""
    from app.config import ConfigStore

    try:
        return ConfigStore(paths.config_file).load().tenant.insecure
    except IdentityConnectError:
        return False


def cmd_status(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    status, running = current_status(paths)
    configured = paths.config_file.is_file()
    if args.json:
        data = status.to_json()
        data["running"] = running
        data["configured"] = configured
        data["tenant_insecure"] = _tenant_insecure(paths)
        if status.detail and status.detail != "not_running":
            data["message"] = describe_code(status.detail, path=status.problem_file, line=status.problem_line)
        json.dump(data, sys.stdout, indent=2, sort_keys=True)
        print()
        return EXIT_OK
    out = sys.stdout
    print(f"{APP_DISPLAY_NAME} agent: {STATE_WORDS[status.state]}", file=out)
    if _tenant_insecure(paths):
        print(
            "  Warning: the connection to the cloud tenant is insecure (plain http or TLS checks off, by the"
            " 'insecure' setting). Secrets and directory data can be read or changed on the way.",
            file=out,
        )
    if not configured:
        print(describe_code("config_missing").replace("the configuration file", str(paths.config_file)), file=out)
    if status.detail and status.detail != "not_running":
        print(f"  {describe_code(status.detail, path=status.problem_file, line=status.problem_line)}", file=out)
    if status.pid:
        print(f"  Process: {status.pid}", file=out)
    if status.device_name:
        print(f"  Device: {status.device_name}", file=out)
    if status.domain_controllers:
        print(f"  Domain controllers: {', '.join(status.domain_controllers)}", file=out)
    if status.owner_email:
        print(f"  Owner: {status.owner_email}", file=out)
    if running:
        print(f"  Cloud: {'connected' if status.connected else 'not connected'}", file=out)
    print(f"  Last sync: {_fmt_time(status.last_sync)}", file=out)
    if status.last_run_counts:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(status.last_run_counts.items()) if v)
        print(f"  Last run: {counts or 'no changes'}", file=out)
    if running and status.next_run:
        print(f"  Next run: {_fmt_time(status.next_run)}", file=out)
    if running and (status.watch_host or status.watch_reason):
        print(f"  Changes: {_watch_words(status)}", file=out)
    if running and status.deletion_detection:
        print(f"  Deletions: {_deletion_words(status)}", file=out)
    if status.pending_run_id:
        if status.state is AgentState.AWAITING_APPROVAL:
            print(f"  Approve with: identity-connect-agent sync --approve {status.pending_run_id}", file=out)
        elif status.state is AgentState.AWAITING_REVIEW:
            print("  Review with: identity-connect-agent sync --dry-run, then sync --yes", file=out)
    if status.clock_skew_seconds is not None and abs(status.clock_skew_seconds) > 300:
        print(f"  Clock differs from the tenant by {status.clock_skew_seconds:+.0f} s", file=out)
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- run


def _log_event(event: AgentEvent) -> None:
    if isinstance(event, RunStarted):
        log.info("run %s started (%s)", event.run_id, event.mode)
    elif isinstance(event, RunFinished):
        log.info("run %s: %s %s", event.run_id, event.outcome, {k: v for k, v in event.counts.items() if v})
    elif isinstance(event, ApprovalNeeded):
        log.warning(
            "run %s stopped (%s; %d disables, %d deletes): approve with 'identity-connect-agent sync --approve %s'",
            event.run_id,
            event.reason,
            event.disables,
            event.deletes,
            event.run_id,
        )
    elif isinstance(event, SignInExpired):
        log.error("the administrator's sign-in expired: sign in again or change the owner")
    elif isinstance(event, Disconnected):
        log.warning("disconnected from the cloud tenant (%s)", event.reason)
    elif isinstance(event, ClockSkewDetected):
        log.warning("the system clock differs from the tenant's by %+.0f s", event.seconds)


async def _run_service(service: AgentService, install_signals: Callable[[asyncio.AbstractEventLoop], None]) -> None:
    install_signals(asyncio.get_running_loop())
    await service.run()


def cmd_run(args: argparse.Namespace) -> int:
    paths = AgentPaths.resolve(args.config_dir)
    _setup_logging(paths, console=True, verbose=args.verbose)
    service = AgentService(paths, on_event=_log_event, heartbeat_interval=args.heartbeat_interval, tick=args.tick)
    stopping: list[asyncio.Task[None]] = []

    def install(loop: asyncio.AbstractEventLoop) -> None:
        def on_stop(name: str) -> None:
            log.info("received %s: stopping", name)
            if not stopping:
                stopping.append(loop.create_task(service.stop()))

        install_stop_handlers(loop, on_stop)

    try:
        asyncio.run(_run_service(service, install))
    except AgentBusyError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_BUSY
    except IdentityConnectError as exc:
        print(describe(exc), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


# ---------------------------------------------------------------------------------------------- keyring-session


def register_keyring_session(sub: Any) -> None:
    parser = keyring_session.register(sub)
    parser.set_defaults(func=cmd_keyring_session)


def cmd_keyring_session(args: argparse.Namespace) -> int:
    command = list(args.agent_args)
    if command[:1] == ["--"]:
        command = command[1:]
    paths = AgentPaths.resolve(args.config_dir)
    try:
        if args.in_session:
            return keyring_session.run_inner(paths, args.password_file, command, args.config_dir, program=args.program)
        return keyring_session.run_outer(paths, args.password_file, command, args.config_dir, program=args.program)
    except IdentityConnectError as exc:
        print(describe(exc), file=sys.stderr)
        return 2 if exc.code == "keyring_command_missing" else EXIT_FAILED


# ---------------------------------------------------------------------------------------------- settings


def register_settings(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "settings",
        help="show or change the sync settings (checked as the settings window checks them)",
        description="Show the configuration, or change the sync settings: the new values are validated as the "
        "settings window validates them, and a change to what a sync does shows its blast radius (what the "
        "next sync would create, change, disable and delete) before anything is saved.",
    )
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the configuration (config.json) as KEY = VALUE lines")
    show.add_argument("key", nargs="?", metavar="KEY", help="only this setting or group, e.g. sync.schedule")
    show.add_argument("--json", action="store_true", help="print it as JSON")
    change = actions.add_parser("set", help="change one sync setting, e.g. sync.safety.max_count 50")
    change.add_argument("key", metavar="KEY", help="a sync setting as 'settings show' names it (sync.…)")
    change.add_argument("value", metavar="VALUE", help='the new value: JSON (50, true, ["a"]) or plain text')
    change.add_argument("--yes", "-y", action="store_true", help="save without asking (after the blast radius)")
    actions.add_parser("schema", help="print the JSON Schema of config.json (published as docs/config.schema.json)")
    edit = actions.add_parser("edit", help="edit all sync settings as JSON in $VISUAL / $EDITOR")
    edit.add_argument("--yes", "-y", action="store_true", help="save without asking (after the blast radius)")
    parser.set_defaults(func=cmd_settings)


def cmd_settings(args: argparse.Namespace) -> int:
    if args.settings_action == "schema":
        json.dump(config_schema(), sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
        print()
        return EXIT_OK
    paths = AgentPaths.resolve(args.config_dir)
    try:
        config = load_config(paths)
        if args.settings_action == "show":
            return _settings_show(args, config)
        if args.settings_action == "set":
            proposed = propose_setting(config, args.key, parse_value(args.value))
        else:
            edited = _edit_in_editor(paths, config)
            if edited is None:
                return EXIT_FAILED
            proposed = edited
    except ConfigError as exc:
        _print_setting_error(exc, paths)
        return 2 if exc.code in ("setting_unknown", "setting_not_changeable") else EXIT_FAILED
    return _confirm_and_save(args, paths, config, proposed)


def _settings_show(args: argparse.Namespace, config: Any) -> int:
    document = config.model_dump(mode="json")
    items = setting_items(document)
    if args.key:
        items = [(k, v) for k, v in items if k == args.key or k.startswith(args.key + ".")]
        if not items:
            raise ConfigError(f"no setting {args.key}", code="setting_unknown", key=args.key)
    if args.json:
        json.dump(dict(items) if args.key else document, sys.stdout, indent=2, sort_keys=True)
        print()
        return EXIT_OK
    for key, value in items:
        print(f"{key} = {json.dumps(value)}")
    print("\nChange a sync setting with: identity-connect-agent settings set KEY VALUE", file=sys.stderr)
    return EXIT_OK


def _print_setting_error(exc: ConfigError, paths: AgentPaths) -> None:
    if exc.code != "setting_invalid":
        print(describe(exc), file=sys.stderr)
        return
    print("The new settings are not valid, so nothing was saved:", file=sys.stderr)
    problems = exc.details.get("problems")
    for where, problem in problems if isinstance(problems, list) else []:
        print(f"  {where}: {describe_problem(problem)}", file=sys.stderr)


def _edit_in_editor(paths: AgentPaths, config: Any) -> Any:
    """Open the sync settings as JSON in the admin's editor; the validated result, or None if left unchanged."""
    import os
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    fd, name = tempfile.mkstemp(prefix="identity-connect-sync-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(config.sync.model_dump(mode="json"), handle, indent=2)
        handle.write("\n")
    try:
        if subprocess.run([*shlex.split(editor), name], check=False).returncode != 0:
            print(f"The editor ({editor}) failed; nothing was saved.", file=sys.stderr)
            return None
        text = Path(name).read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", None)
            print(f"The edited settings are not valid JSON{f' (line {line})' if line else ''}; nothing was saved.",
                  file=sys.stderr)  # fmt: skip
            return None
        return propose_sync(document)
    finally:
        Path(name).unlink(missing_ok=True)


def _changes(before: Any, after: Any) -> list[tuple[str, Any, Any]]:
    old = dict(setting_items(before.model_dump(mode="json"), "sync"))
    new = dict(setting_items(after.model_dump(mode="json"), "sync"))
    return [(k, old.get(k), new.get(k)) for k in sorted(old.keys() | new.keys()) if old.get(k) != new.get(k)]


def _confirm_and_save(args: argparse.Namespace, paths: AgentPaths, config: Any, proposed: Any) -> int:
    changes = _changes(config.sync, proposed)
    if not changes:
        print("No change: the settings already have these values.")
        return EXIT_OK
    print("Changes:")
    for key, old, new in changes:
        print(f"  {key}: {json.dumps(old)} → {json.dumps(new)}")
    # A new schedule changes when a sync runs, not what it does: saved without a blast radius, as on its page.
    if any(not key.startswith("sync.schedule.") for key, _, _ in changes):
        _print_blast_radius(paths, proposed)
    if not args.yes:
        if not sys.stdin.isatty():
            print("Not saved: add --yes to save without a question (check the lines above first).", file=sys.stderr)
            return 2
        if input("Save these settings? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Not saved.")
            return EXIT_FAILED
    save_sync_settings(paths, proposed)
    print("Saved. The agent uses the new settings from its next run (a running agent picks them up by itself).")
    return EXIT_OK


def _preview(paths: AgentPaths, proposed: Any) -> dict[str, Any]:
    """The plan with the proposed settings, from a running agent (mailbox) or planned here; nothing is written."""
    service = AgentService(paths, on_event=_log_event)
    try:
        report = asyncio.run(service.sync_once(dry_run=True, force_full=True, preview_settings=proposed))
    except AgentBusyError:
        command = submit(paths.state_dir, Command("plan", force_full=True, settings=proposed.model_dump(mode="json")))
        result = wait_result(paths.state_dir, command, agent_alive=lambda: is_locked(paths.lock_file))
        if result is None:
            withdraw(paths.state_dir, command)
            return {"error": "agent_gone"}
        return dict(result)
    except IdentityConnectError as exc:
        return {"error": exc.code}
    plan = report.planned.plan if report.planned is not None else None
    return {"plan": plan_entries(plan) if plan is not None else {}, "error": report.error}


def _print_blast_radius(paths: AgentPaths, proposed: Any) -> None:
    print("Working out what the next sync would do with these settings (nothing is written)…", flush=True)
    result = _preview(paths, proposed)
    plan = result.get("plan")
    if result.get("error") or not isinstance(plan, dict):
        print(f"The blast radius could not be worked out: {describe_code(str(result.get('error')))}")
        return
    counts = {key: len(entries) for key, entries in plan.items()}
    lines = [
        (counts.get("user.new", 0), "users created"),
        (counts.get("user.update", 0), "users changed"),
        (counts.get("user.activate", 0), "users re-activated"),
        (counts.get("user.disable", 0), "users disabled"),
        (counts.get("user.delete", 0), "users deleted"),
        (sum(n for key, n in counts.items() if key.startswith("group.") and key != "group.ignored"), "groups changed"),
    ]
    print("With these settings the next sync would write:")
    for number, what in lines:
        print(f"  {number:>6}  {what}")
    reasons: dict[str, int] = {}
    for key in ("user.disable", "user.delete"):
        for entry in plan.get(key, []):
            reasons[entry["reason"]] = reasons.get(entry["reason"], 0) + 1
    for reason, number in sorted(reasons.items()):
        print(f"          {number} of them: {REASON_WORDS.get(reason, reason)}")
    if counts.get("user.disable") or counts.get("user.delete"):
        print("Warning: this change disables or deletes users in the cloud directory.")
