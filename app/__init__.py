"""Identity Connect agent core: configuration, secrets, directory and cloud clients, sync engine, service, CLI.

Nothing in this package imports Qt; the GUI lives in ``ui/`` and calls into here.
"""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "identity-connect"
APP_DISPLAY_NAME = "Identity Connect"
