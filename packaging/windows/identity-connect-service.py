"""Frozen entry point of ``identity-connect-service.exe``: the agent as a Windows service.

The Service Control Manager starts this program (registered by the MSI with ``SERVICE=1``) and waits only briefly
for it to connect, so it goes straight to the service dispatcher (``app.service.winservice.main``) rather than
through the agent's command line, which loads every command first. Its only option: ``--config-dir DIR``.
"""

from __future__ import annotations

import sys

from app.service.winservice import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
