"""Frozen entry point of ``identity-connect-service.exe``: the agent as a Windows service.

The Service Control Manager starts this program (registered by the MSI with ``SERVICE=1``); it is the
agent's ``service`` command, with any options of the service's command line (``--config-dir DIR``) before it.
"""

from __future__ import annotations

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main([*sys.argv[1:], "service"]))
