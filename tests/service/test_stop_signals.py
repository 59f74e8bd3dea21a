"""Graceful stop through the path Windows takes: a ``signal.signal`` handler that hands the request to the
agent's loop (Windows event loops have no ``add_signal_handler``). On POSIX, ``run`` uses the loop's own
handlers (tests/service/test_cli.py stops it with SIGTERM); here the other path runs on Linux, in a real
agent process stopped by a real signal."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.service.stop import stop_signals

pytestmark = pytest.mark.timeout(60)

AGENT_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys, time
    from app.paths import AgentPaths
    from app.service.agent import AgentService
    from app.service.events import AgentState
    from app.service.stop import install_stop_handlers

    service = AgentService(AgentPaths.resolve(sys.argv[1]), on_event=lambda event: None, tick=0.05)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        def on_stop(name: str) -> None:
            print("stopping on", name, flush=True)
            loop.create_task(service.stop())
        restore = install_stop_handlers(loop, on_stop, loop_handlers=False)
        task = asyncio.create_task(service.run())
        while service.status().state in (AgentState.STOPPED, AgentState.STARTING):
            await asyncio.sleep(0.02)
        print("running", service.status().state.value, flush=True)
        await task
        restore()
        print("stopped", flush=True)

    asyncio.run(main())
    """
)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_signal_through_the_portable_handler_stops_the_agent_cleanly(tmp_path: Path, signum: int) -> None:
    config_dir = tmp_path / "agent"
    agent = subprocess.Popen(
        [sys.executable, "-c", AGENT_SCRIPT, str(config_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert agent.stdout is not None
        assert agent.stdout.readline().startswith("running")
        agent.send_signal(signum)
        out, err = agent.communicate(timeout=30)
    finally:
        if agent.poll() is None:
            agent.kill()
            agent.communicate()
    assert agent.returncode == 0, err
    assert out.splitlines() == [f"stopping on {signal.Signals(signum).name}", "stopped"]
    status = json.loads((config_dir / "state" / "status.json").read_text())
    assert (status["state"], status["pid"]) == ("stopped", None)


def test_the_platform_stop_signals() -> None:
    names = {s.name for s in stop_signals()}
    assert names == ({"SIGINT", "SIGBREAK", "SIGTERM"} if sys.platform == "win32" else {"SIGINT", "SIGTERM"})
